"""What the waiters typed on the dining-room tablet (`salle`): the owner's menu names, mixed
case with accents; the tablet adds ` (2024)` and ` – measure`.

key|measure|vintage (two digits, or empty)|text typed
-|measure||text typed|why it is no drink of the library
"""
CASES = """
duc|bt|24|Picpoul de Pinet Duc de Morny
duc|v|23|Picpoul Duc de Morny
duc|db|23|Picpoul de Pinet Duc de Morny
duc|mg||Duc de Morny
duc|p25|25|Picpoul de Pinet Duc de Morny
ormnoir|bt|24|Picpoul Carte Noire l'Ormarine
beauv|db||Picpoul de Pinet Beauvignac
beauv|bt|22|Beauvignac Picpoul
beauv|mg|24|Beauvignac
gaujal|v|22|Picpoul Cuvée Ludovic Gaujal
gaujal|p50||Picpoul Ludovic Gaujal
gaujalt|bt|23|Picpoul de Pinet Gaujal de Saint Bon
mirande|bt|21|Picpoul Château de la Mirande
felvv|bt|22|Picpoul Félines Jourdan Vieilles Vignes
fel|bt|24|Picpoul Félines Jourdan
fel|db||Picpoul Félines Jourdan
msl|v15|23|Picpoul Mas Saint-Laurent
stmartin|v|24|Picpoul Saint Martin de la Garrigue
morin|bt||Picpoul Morin-Langaran
argali|bt|23|Argali rosé Puech-Haut
argali|mg|23|Argali Puech-Haut
puechr|p50|24|Puech-Haut Prestige rosé
puechb|bt|22|Puech-Haut Prestige blanc
grisblanc|bt|24|Gris Blanc Gérard Bertrand
cdrrose|bt|22|Côte des Roses rosé G. Bertrand
cdrblanc|bt|23|Côte des Roses blanc
daumasb|bt|22|Daumas Gassac blanc
daumasr|bt|18|Daumas Gassac rouge
lascaux|v|22|Lascaux Pierres d'Argent
bebian|bt|19|Prieuré de Bébian blanc
rouquette|v|22|Rouquette-sur-Mer Arpège
listel|bt|24|Listel Gris de Gris
frontignan|v|22|Muscat de Frontignan Stony
frontignan|bt50|21|Muscat de Frontignan Château de Stony
bregeon|bt|22|Muscadet Brégeon
bregeon|bt|21|Muscadet Michel Brégeon
hfevrie|bt|23|Muscadet Haute Févrie Excellence
chasseloir|bt|23|Muscadet Château de Chasseloir
briords|v||Muscadet Clos des Briords
lmichel|bt|23|Chablis Louis Michel
lmichel|bt|20|Chablis Louis Michel
lmichel1|bt||Chablis 1er Cru Montmain Louis Michel
sereine|bt|23|Chablis La Sereine
sbillaud|v|23|Chablis Samuel Billaud
wangel|bt|23|Whispering Angel
wangel|p50|24|Whispering Angel
rangel|v||Rock Angel
miraval|bt|22|Miraval rosé
byott|bt|24|By Ott rosé
selle|bt|22|Château de Selle rosé
bolsc|mg||Bollinger Special Cuvée
bolrose|cp||Bollinger rosé
lpcuvee|db||Laurent-Perrier La Cuvée
lprose|cp||Laurent-Perrier rosé
gosset|bt||Gosset Grande Réserve
ruinart|cp||Ruinart Blanc de Blancs
antech|bt|21|Crémant de Limoux Antech
noillya|v||Noilly Prat ambré
dolin|v||Vermouth Dolin blanc
suze|d4||Suze
p51|d2||Pastis 51
alaryk|pinte||Alaryk blonde
grimb|demi||Grimbergen blanche
aber16|d4||Aberlour 16 ans
laubade|d2||Armagnac Laubade VSOP
diplo|d4||Diplomatico
clement|d4||Rhum Clément VSOP
get31|d4||Get 31
quezac|bt||Quézac
-|||Tielle sétoise|food
-|||Macaronade sétoise|food
-|||Bourride de baudroie|food
-|||Encornets farcis|food
-|||Moules de Bouzigues farcies|food
-|||Gâteau à l'orange|dessert
-|||Café gourmand|coffee
-|||Droit de bouchon|service
-|v||Picpoul de Pinet|generic: eleven Picpoul de Pinet held
-|v||Vin blanc du moment|generic
-|p50||Rosé de Provence|generic: several Provence rosés
-|cp||Champagne|generic
-|bt||Muscadet sur lie|Muscadet from four wines
-|v||Noilly Prat|Noilly Prat in three colours held
-|bt||Puech-Haut Prestige|rosé and blanc held, no colour
gaujalt|bt||Picpoul de Pinet Gaujal
-|bt||Miraval blanc|Miraval in a colour not held
-|bt||Daumas Gassac rosé frizant|a Daumas Gassac wine not held
-|bt||Chablis 1er Cru Vaillons Louis Michel|a Louis Michel cru not held
-|bt||Whispering Angel The Beach|an Esclans wine not held
-|cp||Bollinger La Grande Année|a Bollinger not held
-|cp||Laurent-Perrier Blanc de Blancs|a Laurent-Perrier not held
-|v||Muscat de Mireval|an appellation not held
-|d4||Aberlour A'bunadh|an Aberlour not held
-|d4||Glenmorangie 18 ans|an age not held
-|d4||Havana Club Especial|a Havana Club not held
-|v||Spritz Noilly|mixed drink
-|v||Kir à la violette|mixed drink
-|pinte||Panaché|mixed drink
-|d4||Pastis|generic: two pastis held
"""
