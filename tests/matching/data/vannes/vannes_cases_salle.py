"""What the dining-room software holds (its CSV export): key|measure|vintage|text, or
-|measure|vintage|FAMILY|text|reason for a product that is no drink of the library."""
CASES = """
amphib|btl|2022|Muscadet Amphibolite Jo Landron
amphib|mag|2022|Muscadet Amphibolite Landron
fief|btl|2020|Muscadet Le Fief du Breil Landron
granite|btl|2021|Muscadet Granite Domaine de l'Écu
orthog|btl||Muscadet Orthogneiss l'Écu
allees|gl12|2023|Clos des Allées
excelsior|btl|2017|Muscadet Goulaine Excelsior Luneau-Papin
monnieres|btl|2018|Muscadet Monnières Saint-Fiacre Caillé
thebaud|btl|2019|Muscadet Château-Thébaud Huchet
clisson|btl|2017|Muscadet Clisson Cormerais
baronnes|btl|2022|Sancerre Les Baronnes H. Bourgeois
montsdamnes|btl|2020|Sancerre Monts Damnés H. Bourgeois
moussiere|half|2022|Sancerre La Moussière Mellot
dagueneau|btl|2020|Pouilly-Fumé Blanc Fumé de Pouilly Dagueneau
pelle|btl|2022|Menetou-Salon Morogues Pellé
remus|btl|2020|Montlouis Rémus Taille aux Loups
jalousie|btl|2020|Savennières La Jalousie Closel
papillon|btl|2019|Savennières Clos du Papillon Closel
guiberteau|gl|2021|Saumur Blanc Guiberteau
aubance|c50|2018|Coteaux de l'Aubance Montgilet
aubance|gl||Coteaux de l'Aubance Montgilet
dioterie|btl|2018|Chinon Clos de la Dioterie Joguet
butte|btl|2019|Bourgueil Mi-Pente La Butte
cantemerle|half|2017|Château Cantemerle
carbob|btl|2021|Château Carbonnieux blanc
carbor|btl|2018|Château Carbonnieux rouge
larcis|btl|2016|Château Larcis Ducasse
thieuley|gl||Entre-deux-Mers Château Thieuley
coutet|half|2015|Barsac Château Coutet
steclaire|half|2022|Chablis Sainte Claire Brocard
tetedor|btl|2021|Chablis Tête d'Or Billaud-Simon
fuisse|btl|2021|Pouilly-Fuissé Tête de Cru Château Fuissé
deuxroches|gl14|2022|Saint-Véran Deux Roches
bouzeron|btl|2021|Bouzeron A. et P. de Villaine
cartedor|mag||Champagne Drappier Carte d'Or
billecart|btl||Champagne Billecart-Salmon Brut Réserve
carpediem|btl||Cidre Carpe Diem Kervéguen
nicol|btl||Cidre bouché doux Nicol
morbraza|c33||Mor Braz Ambrée
glannarmor|4cl||Glann ar Mor
eddu|4cl||Eddu Silver
nikka|2cl||Nikka From the Barrel
lambig|4cl||Lambig du Gorvello
martinib|dose||Martini Bianco
lagavulin|2cl||Lagavulin 16 ans
havana7|c70||Havana Club 7 ans
badoit|btl||Badoit
amphib|btl|2021|Muscadet Amphibolite Jo Landron
fief|btl|2021|Muscadet Le Fief du Breil Landron
granite|btl|2019|Muscadet Granite Domaine de l'Écu
allees|half|2023|Clos des Allées Luneau-Papin
clisson|btl|2016|Muscadet Clisson Cormerais
baronnes|btl|2021|Sancerre Les Baronnes H. Bourgeois
moussiere|btl|2023|Sancerre La Moussière Mellot
ladoucette|btl|2021|Pouilly-Fumé de Ladoucette
phelan|mag|2016|Château Phélan Ségur
phelan|btl|2017|Château Phélan Ségur
cantemerle|btl|2020|Château Cantemerle
carbob|btl|2022|Château Carbonnieux blanc
matrot|btl|2021|Meursault Matrot
steclaire|btl|2021|Chablis Sainte Claire Brocard
careme|btl|2020|Vouvray sec Vincent Carême
joguet|btl|2023|Chinon Les Petites Roches Joguet
-|||CUISINE|Plateau de fruits de mer Royal|kitchen
-|||CUISINE|Huîtres creuses de Quiberon n°3 (6)|kitchen: oysters
-|||CUISINE|Moules marinières|kitchen
-|||CUISINE|Bar de ligne beurre blanc|kitchen
-|||CUISINE|Homard bleu grillé|kitchen
-|||CUISINE|Cotriade|kitchen: Breton fish stew
-|||DESSERTS|Far breton aux pruneaux|dessert
-|||DESSERTS|Kouign-amann glace vanille|dessert
-|||CAFES|Café gourmand|coffee
-|||CAFES|Infusion verveine|hot drink
-|||DIVERS|Droit de bouchon|service
-|||DIVERS|Supplément pain|service
-|cp||BULLES|Coupe du moment|generic sparkling
-|gl||VINS BLANCS|Vin blanc du moment|generic wine
-|pch50||VINS ROUGES|Vin rouge de pays|generic wine
-|gl||APERITIFS|Kir au Muscadet|mixed drink
-|btl|2018|VINS BLANCS|Muscadet Clisson Jo Landron|a cru held only from Cormerais
-|btl|2019|VINS BLANCS|Muscadet Gorges Luneau-Papin|Luneau-Papin's Gorges, not held
-|btl|2021|VINS BLANCS|Sancerre Le MD de Bourgeois|Bourgeois' other Sancerre, not held
-|btl|2022|VINS ROUGES|Sancerre rouge La Moussière Mellot|the red Moussiere, not held
-|btl|2019|VINS BLANCS|Savennières Clos du Papillon Baumard|Papillon held only from Closel
-|btl|2020|VINS BLANCS|Chablis 1er Cru Vaillons Brocard|Brocard's other premier cru
matrot|mag|2019|Meursault Matrot
tetedor|half|2021|Chablis Tête d'Or Billaud-Simon
-|btl|2023|VINS ROSES|Château Minuty Prestige rosé|another cuvee of Minuty
frank|mag|2018|Frank Phélan
-|btl||BULLES|Champagne Drappier Brut Nature|another cuvee of Drappier
-|btl||BULLES|Champagne Billecart-Salmon Brut Rosé|another cuvee of Billecart
-|4cl||SPIRITUEUX|Armorik Sherry Cask|another Armorik, not held
-|4cl||SPIRITUEUX|Rhum Clément XO|another grade of Clement
vittel|c75||Vittel
badoit|c50||Badoit
morbraza|pinte||Mor Braz Ambrée
kerisac|demi||Kerisac
-|dose||APERITIFS|Pommeau de Normandie|Normandy pommeau, not held
-|c50|2018|VINS DOUX|Coteaux du Layon Montgilet|Montgilet's other sweet wine
"""
