"""SALLE: the dining room till's sales export. 'key|measure|vintage[|article]' for a drink of
the library, or '-|serving|article|reason' for a product that is no drink of the library."""
CASES = """
serol_eclat|btl|2022
serol_eclat|mag|2021
serol_eclat|btl|2020
serol_turb|btl|
pothiers_ref|btl|2021
pothiers_ref|half|2021
vl_gourmets|btl|2021
vl_volca|btl|2021
vf_rouge|pot|2021
vf_rose|vr|2023
faury_sj|btl|2020
faury_sjvv|btl|2020
faury_sjbl|btl|2022
montez_papy|btl|2019
montez_papy|btl|2020
monier_sj|v15|2021
darnaud_fil|mag|2020
darnaud_fil|btl|2022
darnaud_mise|mag|2022
belle_louis|btl|2019
belle_bl|mag|2022
dardribo_cr|btl|2022
vernay_terr|btl|2021
vernay_terr|half|2022
vernay_vernon|btl|2020
vernay_vernon|btl|2019
faury_condrieu|v15|2022
guigal_bb|btl|2020
guigal_bb|mag|2018
guigal_bb|mag|2017
guigal_ampuis|btl|2018
levet_amethyste|btl|2020
guigal_cdr|pot|2022
clape_cornas|btl|2020
clape_cornas|half|2019
clape_renais|btl|2020
balthazar_casimir|btl|2021
balthazar_casimir|btl|2019
lapierre_morgon|btl|2021
lapierre_morgon|mag|2019
foillard_py|btl|2020
foillard_corce|btl|2021
chignard_moriers|btl|2021
thivin_7v|btl|2022
sunier_regnie|btl|2022
sunier_regnie|vr|2021
jacques_mav|btl|2019
brocard_ste_claire|btl|2022
brocard_ste_claire|vr|2023
faiveley_framb|btl|2021
gouges_nsg|btl|2019
gouges_nsg|btl|2017
dureuil_rully|btl|2021
billecart_br|btl|
billecart_rose|btl|
taittinger_br|mag|
taittinger_comtes|btl|2012
ruinart_bdb|cp|
ruinart_bdb|mag|
chartreuse_j|dose|
verveine_velay|dose|
hennessy_vs|dose|
glenfiddich15|dose|
diplomatico|dose|
lillet_blanc|vr|
evian|b100|
milliat_pomme|b33|
-|Assiette|Tablier de sapeur|food
-|Assiette|Salade de pissenlits aux lardons|food
-|Assiette|Râpée stéphanoise|food
-|Portion|Cervelle de canut|food
-|Unité|Café gourmand|coffee and dessert
-|Unité|Menu du Chaudron|set menu
-|Forfait|Droit de bouchon|corkage
-|Unité|Carafe d'eau|tap water
-|Pot 46cl|Vin rouge de la maison|generic house wine
-|Pot 46cl|Côte Roannaise|appellation alone, three producers
-|Bouteille|Saint-Joseph rouge 2021|appellation alone, several Saint-Joseph reds
-|Bouteille|Morgon 2022|appellation alone, several Morgon
-|Bouteille|Côte-Rôtie La Landonne Guigal 2018|another Guigal cuvée
-|Bouteille|Condrieu La Doriane Guigal 2021|another Guigal wine
-|Bouteille|Champagne Billecart-Salmon Blanc de Blancs|another Billecart cuvée
-|Coupe|Champagne Taittinger Prélude Grands Crus|another Taittinger cuvée
-|Bouteille|Chablis 1er Cru Montmains J.-M. Brocard 2021|another Brocard wine
-|Bouteille|Mercurey blanc Faiveley 2021|colour not held
-|Bouteille|Côtes du Forez blanc Verdier-Logel 2022|colour not held
-|Bouteille|Hermitage blanc Chante-Alouette Chapoutier 2020|not held
-|Verre|Kir pétillant|mixed drink
-|Unité|Cocktail du Chaudron|cocktail
-|Unité|Irish coffee|coffee cocktail
-|Dose 4cl|Glenfiddich 18 ans|age not held
-|Dose 4cl|Cognac Hennessy XO|another Hennessy quality
-|Dose 4cl|Rhum Diplomático Mantuano|another Diplomático
-|Dose 4cl|Chartreuse V.E.P.|another Chartreuse
-|Unité|Sirop à l'eau|syrup, kitchen
"""
