"""What the staff keyed on the bar's touch till: key|measure|vintage|text, or
-|measure|vintage|text|reason for a product that is no drink of the library."""
CASES = """
amphib|gl14|2023|Amphib Landron
amphib|gl|2022|Musca Amphibolite
amphib|btl||Amphibolite
fief|gl|2020|Fief Breil
fief|btl|2019|Fief du Breil Landr
granite|gl|2021|Granite Ecu
granite|btl|2020|Ecu Granite
orthog|btl|2019|Orthogneiss
allees|gl|2023|Clos Allees LP
allees|half|2022|Clos Allees
grosplant|pch25|2023|Gros Plant
grosplant|pch50|2023|GPlant Luneau
cleray|gl|2023|Musca Cleray
clisson|btl|2018|Clisson Cormerais
baronnes|gl|2023|Sanc Baronnes
moussiere|btl|2022|Mellot Moussiere
ladoucette|btl|2022|PF Ladoucette
careme|gl|2022|Vouvray Careme
minuty|gl|2023|M Minuty
minuty|mag|2023|Minuty
langlois|cp||Cremant Langlois
langloisrose|cp||Cremant Rose Langl
cartedor|cp||Drappier
cartedor|half||Drappier C.Or
billecart|cp||Billecart
joguet|gl|2022|Chinon Pet.Roches
phelan|btl|2016|Phelan Segur
frank|btl|2018|Frank Phelan
kervbrut|pch50||Kerveguen Brut
kerisac|btl||Kerisac
chouchen|gl||Chouchen
pommeau|gl||Pommeau Kerveg
morbrazb|pinte||Morbraz Blde
santerwann|pinte||Sant Erwann
santerwann|demi||St Erwann IPA
k1664|demi||1664
guinness|pinte||Guinness
pelforth|demi||Pelfort Brune
duchesse|c33||Duchesse Anne
armclassic|4cl||Armorik Classic
arm10|4cl||Armorik 10ans
lagavulin|4cl||Lagavulin16
talisker|dose||Talisker10
havana7|4cl||Havana 7ans
diplomatico|4cl||Diplomatico
ricard|2cl||Ricard
lillet|gl||Lillet
breizhcola|c33||Breizh Cola
amphib|gl|2021|Amphib Landron
granite|gl|2022|Granite Ecu
allees|gl|2024|Clos Allees LP
cleray|gl|2024|Cleray
grosplant|pch25|2024|Gros Plant
baronnes|gl|2024|Baronnes
careme|gl|2023|Vouvray Careme
joguet|gl|2020|Chinon Pet.Roches
cantemerle|btl|2018|Cantemerle
phelan|btl|2014|Phelan Segur
minuty|gl|2024|M Minuty
steclaire|gl|2024|Chab Ste Claire
matrot|btl|2018|Meursault Matrot
reynon|gl|2021|Reynon Blc
-||||Moules Frites|kitchen
-||||Huitres x6 Quiberon|kitchen: oysters
-||||Assiette Bulots|kitchen
-||||Far Breton|dessert
-||||Cafe|coffee
-||||Irish Coffee|coffee cocktail
-||||Kir Breton|mixed drink (cider and cassis)
-||||Spritz Aperol|cocktail, not the bottle of Aperol
-||||Mojito|cocktail
-||||Carafe Eau|service
-|gl|||Blanc Maison|generic house wine
-|pch50|||Rouge Maison|generic house wine
-|gl|||Rose du Moment|generic wine of the moment
-|demi|||Cidre Pression|no draught cider in the library
-|demi|||Panache|mixed drink
-|demi|||Monaco|mixed drink
-|demi|||Picon Biere|mixed drink
-|4cl|||Armorik 12ans|an age the library does not hold
-|4cl|||Lagavulin8|an age the library does not hold
-|dose|||Talisker Storm|another expression, not held
-|4cl|||Havana Especial|another rum of the brand, not held
-|c33|||Coca Cherry|another variant, not held
-|c33|||Breizh Zero|Breizh Cola Zero, not held
morbraza|pinte||Morbraz Ambree
philob|pinte||Philomenn Blonde
duchesse|demi||Duchesse Anne
-|gl|2023||Sancerre Rge Bourgeois|red Sancerre, the library holds Bourgeois' whites only
-|gl|||Muscadet|appellation alone, several held
-|gl|||Chablis|appellation alone, several held
-|dose|||Kornog|Glann ar Mor's peated malt, not held
-|4cl|||Eddu Grey Rock|another Eddu, not held
-|gl|2023||Minuty Prestige|another cuvee of Minuty
phelan|half|2015|Phelan Segur
amphib|half|2023|Amphibolite
-|btl|2020||Dagueneau Silex|Dagueneau's other wine
langlois|mag||Cremant Langlois
-|cp|||Billecart Rose|another champagne of the house
perrier|c100||Perrier
"""
