"""tablette: the waiters' handheld (dining room and terrace). One line an item:
key|measure|vintage|text  or  -FAM|measure|vintage|text|reason.
The text is the item as the manager typed it in the catalogue ('producer, wine');
the handheld shows it in lower case, then the vintage, the variant and the price."""

CASES = """
ecu_granite|B|2022|L'Écu, Granite
ecu_granite|B||Domaine de l'Écu, Granite muscadet
ecu_granite|B|2019|L'Écu, Granite
ecu_granite|H||L'Écu, Granite
coing_surlie|B|2023|Château du Coing, muscadet sur lie
coing_surlie|B|2024|Château du Coing, muscadet sur lie
coing_surlie|H|2022|Château du Coing, sur lie
coing_surlie|H|2023|Château du Coing, sur lie
coing_gorges|B|2018|Coing, muscadet Gorges
coing_gorges|B|2019|Coing, muscadet Gorges
noelle_mcl|B|2023|La Noëlle, muscadet coteaux de la Loire
noelle_mcl|M|2022|La Noëlle, coteaux de la Loire
noelle_mcl|M|2023|La Noëlle, coteaux de la Loire
noelle_gp|H||La Noëlle, gros-plant
noelle_gp|B|2023|La Noëlle, gros-plant sur lie
guindon_mcl|B|2022|Guindon, muscadet côteaux Loire
guindon_gamay|P50||Guindon, gamay coteaux d'Ancenis
guindon_gamay|B|2024|Guindon, gamay coteaux d'Ancenis
guindon_gamay|M||Guindon, gamay
genaudieres_malvoisie|C50|2020|Génaudières, malvoisie
genaudieres_malvoisie|C50|2019|Génaudières, malvoisie
genaudieres_mcl|B|2022|Génaudières, muscadet coteaux de la Loire
passavant_cab|H|2023|Passavant, cabernet d'Anjou
passavant_cab|B|2022|Passavant, cabernet d'Anjou
passavant_rdl|B|2024|Passavant, rosé de Loire
passavant_rdl|P50||Passavant, rosé de Loire
passavant_rdl|M||Passavant, rosé de Loire
brissac_rda|P50||Caves de la Loire, rosé d'Anjou
pierrebise_layon|C50|2019|Pierre-Bise, Layon Beaulieu
pierrebise_layon|C50|2018|Pierre-Bise, Layon Beaulieu
pierrebise_gamay|G||Pierre-Bise, Anjou gamay
ogereau_chenin|B|2021|Ogereau, Anjou blanc En Chenin
ogereau_chenin|B|2020|Ogereau, Anjou blanc En Chenin
filliatreau_champ|H||Filliatreau, Saumur-Champigny
filliatreau_champ|B|2022|Filliatreau, Saumur-Champigny
filliatreau_vignolle|M||Filliatreau, Grande Vignolle
filliatreau_vignolle|M|2020|Filliatreau, Grande Vignolle
filliatreau_vignolle|B|2017|Filliatreau, La Grande Vignolle
guiberteau_blanc|B|2022|Guiberteau, Saumur blanc
guiberteau_blanc|B|2023|Guiberteau, Saumur blanc
baudry_granges|B|2021|Baudry, Chinon Les Granges
baudry_granges|M||Baudry, Chinon Les Granges
corbillieres_sauv|B||Corbillières, Touraine sauvignon
corbillieres_sauv|B|2022|Corbillières, Touraine sauvignon
jolivet_sancerre|G15||Jolivet, Sancerre
jolivet_sancerre|H||Jolivet, Sancerre
bouvet_saphir|H||Bouvet, Saphir brut
bouvet_saphir|M|2020|Bouvet-Ladubay, Saphir
bouvet_saphir|B|2022|Bouvet-Ladubay, Saphir
bouvet_tresor_rose|B||Bouvet, Trésor rosé
gratien_brut|H||Gratien & Meyer, crémant brut
gratien_rose|M||Gratien & Meyer, crémant rosé
langlois_brut|M||Langlois-Château, crémant de Loire
langlois_brut|CP||Langlois, crémant brut
drappier_cartedor|H||Drappier, Carte d'Or
drappier_cartedor|M||Drappier, Carte d'Or
ragotiere_surlie|M|2022|Ragotière, muscadet sur lie
ragotiere_surlie|B||Château de la Ragotière
kerisac_brut|C75||Kerisac, cidre brut
kerisac_doux|C75||Kerisac, cidre doux
lillet_blanc|G||Lillet blanc
martini_bianco|D||Martini bianco
remy_vsop|D||Rémy Martin VSOP
magloire_vsop|D||Calvados Père Magloire VSOP
diplomatico|D||Diplomatico Reserva
milliat_pomme|C33||Alain Milliat, jus de pomme
sanpellegrino|C100||San Pellegrino
lorina|C33||Limonade Lorina
-RG|B||Bouvet, Trésor brut|Bouvet's Trésor Brut not held (only the Trésor Rosé)
-BU|B||Drappier, Brut Nature|Drappier's Brut Nature not held
-MO|B||Pierre-Bise, Savennières|Pierre-Bise's Savennières not held
-RG|B||Baudry, Chinon La Croix Boissée|Baudry's other cuvée not held
-RG|B||Passavant, Anjou rouge|Passavant's red not held
-RG|B||Jolivet, Sancerre rouge|red Sancerre not held
-RG|B||Guiberteau, Saumur rouge|Guiberteau's red not held
-MO|B||La Noëlle, malvoisie|the Noëlle's Malvoisie not held (Génaudières' is)
-RS|B||Corbillières, Touraine rosé|Corbillières' rosé not held
-RS|B||Langlois-Château, crémant rosé|Langlois' rosé not held
-BL|B||Luneau-Papin, Clos des Allées|Muscadet of a producer not held
-BL|B||Domaine de la Pépière, muscadet|Muscadet of a producer not held
-RG|B||Roches Neuves, Saumur-Champigny|Saumur-Champigny of a producer not held
-BL|B||Château Yvonne, Saumur blanc|Saumur blanc of a producer not held
-RS|P50||Rosé de la maison|generic house rosé
-BL|G||Vin blanc du moment|generic
-AP|CP||Kir royal|cocktail with crémant
-AP|G||Kir au muscadet|cocktail
-CF|||Irish coffee|coffee with whiskey
-CF|||Café gourmand|coffee and sweets
-GL|||Milk-shake vanille|ice-cream drink
-GL|||Coupe colonel|sorbet with vodka
-GL|||Glace 2 boules|ice cream
-CU|||Friture d'éperlans|food
-CU|||Sandre au beurre blanc|food
-CU|||Moules marinières|food
-CU|||Gâteau nantais|dessert
-CU|||Fouace et rillettes|food
-DV|||Droit de bouchon|corkage
-DV|||Supplément chantilly|supplement
"""
