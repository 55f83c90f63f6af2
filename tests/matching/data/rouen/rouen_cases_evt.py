"""EVT: the terrace/events till. key|measure|vintage|text, or -|measure|vintage|family|text|reason."""
CASES = """
sancvach|v|22|Sancerre Vacheron
musclun|v|23|Muscadet Sèvre et Maine sur Lie Clos des Allées Luneau-Papin
chinbaud|v|21|Chinon Les Granges Baudry
pfladouc|v|22|Pouilly-Fumé Ladoucette
chabbroc|btl|24|Chablis Sainte-Claire Brocard
morgfoil|v|21|Morgon Côte du Py Foillard
brouthiv|v|22|Brouilly Thivin
brouthiv|btl|20|Brouilly Thivin
riestrim|v|21|Riesling Trimbach
riestrim|btl|22|Riesling Trimbach
hortus|btl|23|Pic Saint-Loup Bergerie de l'Hortus
cdroses|btl|22|Côte des Roses Rosé Bertrand
miraval|btl|22|Miraval Rosé
cedre|v|18|Ch du Cèdre Le Cèdre
jurancon|btl|21|Jurançon Sec Chant des Vignes Cauhapé
bourgrossi|btl|21|Bourgogne Rouge Rossignol-Trapet
fombrauge|v|18|Ch Fombrauge
ruinbdb|cp||Ruinart Blanc de Blancs
ruinrose|cp||Ruinart Rosé
billres|half||Billecart-Salmon Brut Réserve
drapcarte|cp||Drappier Carte d'Or
gossetgr|btl||Gosset Grande Réserve
dupcidre|btl||Cidre Pays d'Auge Brut Dupont
huetcidre|bol||Cidre Cambremer Huet
bordgranit|bol||Poiré Granit Bordelet
dupreserve|btl|20|Cidre Réserve Dupont
huetpomm|dose||Pommeau de Normandie Huet
breuil15|dose||Calvados 15 ans Breuil
busnel|dose||Calvados VSOP Busnel
affligem|pinte||Affligem Blonde
pelfbrune|pinte||Pelforth Brune
chouffe|b33||La Chouffe Blonde d'Achouffe
k1664|b25||Kronenbourg 1664
ricard|dose||Ricard
aperol|dose||Aperol
lilletb|dose||Lillet Blanc
glenf12|dose||Glenfiddich 12 ans
citadelle|dose||Gin Citadelle Ferrand
martellvs|dose||Martell VS
cointreau|dose||Cointreau
coca|b33||Coca-Cola
perrier|b33||Perrier
orangina|b25||Orangina
schwtonic|b25||Schweppes Indian Tonic
huetjus|b100||Jus de Pomme Huet
-|-||EVT|VerreRougeMaison|terrace/event product, no drink of the library
-|-||EVT|VerreBlancMaison|terrace/event product, no drink of the library
-|-||EVT|VerreRoseMaison|terrace/event product, no drink of the library
-|-||EVT|PichetRouge|terrace/event product, no drink of the library
-|-||EVT|CoupeCremant|terrace/event product, no drink of the library
-|-||EVT|CoupeChampagne|terrace/event product, no drink of the library
-|-||EVT|BtlChampagne|terrace/event product, no drink of the library
-|-||EVT|CidreBouche|terrace/event product, no drink of the library
-|-||EVT|PintePression|terrace/event product, no drink of the library
-|-||EVT|DemiPression|terrace/event product, no drink of the library
-|-||EVT|PinteBlanche|terrace/event product, no drink of the library
-|-||EVT|PinteIPA|terrace/event product, no drink of the library
-|-||EVT|BiereSansAlcool|terrace/event product, no drink of the library
-|-||EVT|DosePastis|terrace/event product, no drink of the library
-|-||EVT|DoseCalva|terrace/event product, no drink of the library
-|-||EVT|Mojito|terrace/event product, no drink of the library
-|-||EVT|Spritz|terrace/event product, no drink of the library
-|-||EVT|JusOrange|terrace/event product, no drink of the library
-|-||EVT|Citronnade|terrace/event product, no drink of the library
-|-||EVT|EauPlate|terrace/event product, no drink of the library
-|-||EVT|Cafe|terrace/event product, no drink of the library
-|-||EVT|AssietteFromages|terrace/event product, no drink of the library
-|-||EVT|PlancheCharcuterie|terrace/event product, no drink of the library
-|-||EVT|Consigne Ecocup|terrace/event product, no drink of the library
-|-||EVT|PrivatisationTerrasse|terrace/event product, no drink of the library
-|-||EVT|Ticket Boisson|terrace/event product, no drink of the library
miraval|half|22|Miraval
chouffe|pinte||Chouffe
ruinbdb|half||Ruinart BdB
-|btl|21||Sancerre Rouge Cotat|another producer
-|btl|22||Chinon Rose|colour not held
-|dose||EVT|Calvados Boulard|two Boulard held
-|dose||EVT|Glenfiddich 15|age not held
-|dose||EVT|Lillet|two Lillet held
-|dose||EVT|Porto|two Porto held
-|pinte||EVT|Pelforth|two Pelforth held
hortus|btl|19|Hortus
gigcosme|btl|18|Gigondas Cosme
chabbroc|btl|20|Chablis Brocard
meyney|btl|18|Ch Meyney
montus|btl|15|Montus
fombrauge|btl|17|Fombrauge
chasse|btl|16|Chasse Spleen
cdpvt|btl|20|CDP Telegraphe
morgfoil|btl|23|Morgon Foillard
riestrim|v|19|Riesling Trimbach
"""
