"""SALLE: the dining-room tablet. key|measure|vintage|text, or -|measure|vintage|family|text|reason."""
CASES = """
sancvach|v15|23|Sancerre Blanc Dom. Vacheron
sancvach|btl|20|Sancerre Blanc Dom. Vacheron
sancvachr|btl|21|Sancerre Rouge Dom. Vacheron
pfladou|btl|19|Pouilly-Fumé Baron de L Ladoucette
pfladou|btl|21|Pouilly-Fumé Baron de L Ladoucette
musclun|p50|23|Muscadet Sèvre et Maine sur Lie Clos des Allées Luneau-Papin
musclun|btl|20|Muscadet Sèvre et Maine sur Lie Clos des Allées Luneau-Papin
chinbaud|btl|21|Chinon Les Granges Bernard Baudry
chinbaud|mag|18|Chinon Les Granges Bernard Baudry
layonbaum|b50|18|Coteaux du Layon Carte d'Or Baumard
layonbaum|b50|19|Coteaux du Layon Carte d'Or Baumard
fombrauge|btl|18|Ch. Fombrauge
fombrauge|btl|15|Ch. Fombrauge
chasse|mag|15|Ch. Chasse-Spleen
prieurmey|btl|19|Prieur de Meyney
cantemerle|v15|18|Ch. Cantemerle
larrivb|btl|21|Ch. Larrivet Haut-Brion Blanc
coutet|btl|15|Ch. Coutet
coutet|half|16|Ch. Coutet
chabbroc|v12|23|Chablis Sainte-Claire Jean-Marc Brocard
chabmont|btl|20|Chablis 1er Cru Montmains Jean-Marc Brocard
gevrossi|half|19|Gevrey-Chambertin Dom. Rossignol-Trapet
gevrossi|btl|18|Gevrey-Chambertin Dom. Rossignol-Trapet
pfuisferr|v|21|Pouilly-Fuissé Dom. J.A. Ferret
morgfoil|btl|22|Morgon Côte du Py Jean Foillard
brouthiv|btl|21|Brouilly Ch. Thivin
cdpvt|btl|19|Châteauneuf-du-Pape Dom. du Vieux Télégraphe
cdpvt|mag|16|Châteauneuf-du-Pape Dom. du Vieux Télégraphe
riestrim|btl|20|Riesling Trimbach
gewtrim|btl|19|Gewurztraminer Trimbach
chchalon|v|16|Château-Chalon Dom. Berthet-Bondet
cdroses|btl|23|Côte des Roses Rosé Gérard Bertrand
miraval|btl|24|Miraval Rosé
cedre|btl|17|Ch. du Cèdre Le Cèdre
montus|btl|18|Château Montus Alain Brumont
ruinbdb|btl||Ruinart Blanc de Blancs
billrose|cp||Billecart-Salmon Brut Rosé
drapcarte|mag||Drappier Carte d'Or
gossetmil|btl|15|Gosset Grand Millésime
gossetmil|btl|13|Gosset Grand Millésime
dupcidre|btl||Cidre Pays d'Auge Brut Dom. Louis Dupont
dupreserve|btl|22|Cidre Réserve Dom. Louis Dupont
dupcalvha|dose||Calvados Hors d'Âge Dom. Louis Dupont
bordgranit|btl||Poiré Granit Éric Bordelet
bordarg|btl|19|Sidre Argelette Éric Bordelet
huetcidre|p25||Cidre Cambremer Pierre Huet
boulardgs|dose||Calvados Pays d'Auge Grand Solage Boulard
groult3|dose||Calvados Réserve 3 ans Roger Groult
affligem|b33||Affligem Blonde
chouffe|b33||La Chouffe Blonde Brasserie d'Achouffe
jenlain|b75||Jenlain Ambrée Brasserie Duyck
lilletb|v||Lillet Blanc
noilly|dose||Noilly Prat Original Dry
portoruby|dose||Porto Ruby Sandeman
glenf18|dose||Glenfiddich 18 ans
tanqueray|dose||Tanqueray London Dry
zacapa|dose||Zacapa 23
cocazero|b33||Coca-Cola Zéro
badoit|b100||Badoit
schwtonic|b25||Schweppes Indian Tonic
sancvach|half|23|Sancerre Blanc Dom. Vacheron
chinbaud|half|21|Chinon Les Granges Bernard Baudry
ruinrose|mag||Ruinart Rosé
gossetgr|half||Gosset Grande Réserve
-|-||VIN|Salade normande|food
-|-||VIN|Entrecôte frites|food
-|-||VIN|Sole meunière|food
-|-||VIN|Camembert rôti|food
-|-||VIN|Teurgoule|food
-|-||VIN|Café gourmand|coffee
-|-||VIN|Thé|tea
-|-||VIN|Droit de bouchon|service
-|-||VIN|Verre de vin rouge|generic glass
-|v||VIN|Vin blanc du moment|generic
-|v||VIN|Rosé de Provence|generic, Miraval and no other? appellation: one Provence rosé held but label generic
-|cp||VIN|Champagne brut|generic champagne
-|dose||VIN|Calvados Pays d'Auge|generic, several held
-|dose||VIN|Calvados 20 ans Château du Breuil|age not held for this house
-|dose||VIN|Pommeau|two held
-|bol||VIN|Cidre fermier|generic
-|cp||VIN|Kir royal|mixed drink
-|v||VIN|Kir normand|mixed drink
-|v||VIN|Spritz Aperol|mixed drink
-|dose||VIN|Gin tonic|mixed drink
-|-||VIN|Trou normand|calvados sorbet
-|btl|23|VIN|Sancerre Rosé Vacheron|colour not held
-|btl|22|VIN|Chinon Blanc Baudry|colour not held
-|btl|21|VIN|Pouilly-Fuissé 1er Cru Ferret|another cuvée
-|btl||VIN|Chablis Grand Cru Brocard|another cuvée
-|btl||VIN|Gevrey-Chambertin 1er Cru Rossignol-Trapet|another cuvée
-|btl|19|VIN|Côte-Rôtie|not held
-|v||VIN|Saint-Émilion|generic appellation
-|btl||VIN|Ruinart Blanc de Blancs Rosé|not held
-|btl||VIN|Billecart-Salmon Blanc de Blancs|another cuvée
-|dose||VIN|Glenfiddich 15 ans|age not held
-|dose||VIN|Martell XO|not held
-|b33||VIN|Westmalle Extra|not held
-|b33||VIN|Coca-Cola Cherry|not held
-|b25||VIN|Limonade|not held
-|-||VIN|Sirop grenadine|sirop
"""
