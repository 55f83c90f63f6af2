"""N: the bar's cloud POS nightly export. key|measure|vintage|colour^cuvee^domaine or
-|measure|vintage|colour^cuvee^domaine|reason."""
CASES = """
minuty_prestige|btl|2023|Rosé^Prestige^Château Minuty
minuty_prestige|mag|2023|Rosé^Prestige^Château Minuty
m_minuty|g15|2024|Rosé^M de Minuty^Minuty
minuty_roseor|btl|2023|Rosé^Rose et Or^Minuty
alycastre|btl|2024|Rosé^L'Alycastre^Domaine de la Courtade
alycastre_b|btl|2023|Blanc^L'Alycastre^Domaine de la Courtade
courtade_b|btl|2021|Blanc^La Courtade^Domaine de la Courtade
courtade|btl|2021|Rosé^La Courtade^Domaine de la Courtade
ile|mag|2023|Rosé^Rosé^Domaine de l'Île
ile_b|btl|2023|Blanc^Blanc^Domaine de l'Île
ile|g12|2024|Rosé^Rosé^Domaine de l'Île
magali|btl|2024|Rosé^Magali^Saint-André de Figuière
fantastique|btl|2022|Rosé^Fantastique^Château Sainte-Marguerite
symphonie|mag||Rosé^Symphonie^Sainte-Marguerite
marie_christine|btl|2022|Rosé^Marie-Christine^Aumérade
bregancon|car50|2023|Rosé^Cru Classé^Château de Brégançon
bregancon_res|btl|2020|Rouge^Réserve du Château^Brégançon
whispering|half|2024|Rosé^Whispering Angel^Château d'Esclans
whispering|btl|2023|Rosé^Whispering Angel^Château d'Esclans
rock_angel|g15||Rosé^Rock Angel^Château d'Esclans
meduse|mag|2023|Rosé^Lampe de Méduse^Sainte Roseline
meduse|btl|2023|Rosé^Lampe de Méduse^Sainte Roseline
leoube|btl|2024|Rosé^Rosé^Château Léoube
peyrassol|btl|2024|Rosé^Commanderie^Peyrassol
selle|btl|2023|Rosé^Château de Selle^Domaines Ott
byott|g12|2024|Rosé^By.Ott^Ott
mirabeau_pure|btl|2024|Rosé^Pure^Mirabeau
irresistible|btl|2024|Rosé^Irrésistible^Domaine de la Croix
pibarnon_rs|btl|2023|Rosé^Rosé^Château de Pibarnon
bastide_blanche|btl|2023|Rosé^Rosé^La Bastide Blanche
fontcreuse|g12|2023|Blanc^Cassis^Château de Fontcreuse
belleruche|btl|2022|Rouge^Belleruche^Chapoutier
taittinger|btl||Effervescent^Brut Réserve^Taittinger
taittinger_rs|cp||Rosé^Prestige Rosé^Taittinger
langlois|g12||Effervescent^Crémant de Loire^Langlois-Château
ricard|dose2||^Pastis^Ricard
p51|dose2||^Pastis 51^Pernod Ricard
ouzo12|dose||^Ouzo^Ouzo 12
lillet_rs|g8||Rosé^Lillet Rosé^Lillet
lillet_b|g8||Blanc^Lillet Blanc^Lillet
rinquinquin|g12||^Rinquinquin^Distilleries de Provence
bacardi|dose||^Carta Blanca^Bacardi
havana3|dose||^Rhum 3 ans^Havana Club
jack|dose||^Old No. 7^Jack Daniel's
hendricks|dose||^Gin^Hendrick's
grimbergen|demi||^Blonde^Grimbergen
k1664|pinte||^1664^Kronenbourg
k1664_blanc|b33||^1664 Blanc^Kronenbourg
perrier|b100||^Eau gazeuse^Perrier
courtade|btl|2024|Rosé^La Courtade^Domaine de la Courtade
alycastre_b|btl|2022|Blanc^L'Alycastre^Domaine de la Courtade
ile_b|btl|2022|Blanc^Blanc^Domaine de l'Île
ile|mag|2024|Rosé^Rosé^Domaine de l'Île
fantastique|btl|2023|Rosé^Fantastique^Château Sainte-Marguerite
marie_christine|btl|2021|Rosé^Marie-Christine^Aumérade
bregancon|btl|2024|Rosé^Cru Classé^Château de Brégançon
whispering|half|2023|Rosé^Whispering Angel^Château d'Esclans
meduse|btl|2024|Rosé^Lampe de Méduse^Sainte Roseline
selle|btl|2024|Rosé^Château de Selle^Domaines Ott
byott|btl|2023|Rosé^By.Ott^Ott
irresistible|btl|2022|Rosé^Irrésistible^Domaine de la Croix
pibarnon_rs|btl|2024|Rosé^Rosé^Château de Pibarnon
minuty_prestige_b|btl|2022|Blanc^Prestige^Château Minuty
tempier_rs|btl|2022|Rosé^Rosé^Domaine Tempier
-|portion||^Supions à la provençale^Cuisine|food
-|portion||^Pan bagnat^Cuisine|food
-|portion||^Moules frites^Cuisine|food
-|x||^Café^Bar|coffee
-|x||^Café crème^Bar|coffee
-|x||^Glace 2 boules^Glacier|an ice cream
-|forfait||^Privatisation terrasse^Événement|a service
-|forfait||^Droit de bouchon^Service|corkage, a service
-|x||^Chocolat chaud^Bar|a hot drink
-|x||^Sirop à l'eau^Bar|a syrup with water, not held
-|g12||Rosé^Rosé du moment^Maison|generic house rosé
-|car50||Rosé^Côtes de Provence^Maison|generic house rosé
-|g12||Blanc^Vin blanc^Maison|generic house white
-|demi||^Panaché^Bar|beer with lemonade, a mixed drink
-|btl||Rosé^Bandol^|an appellation alone, four Bandol rosés held
-|btl||Blanc^Cassis^|an appellation alone, three Cassis whites held
-|g12||Rouge^Côtes du Rhône^|an appellation alone, two Côtes du Rhône reds held
-|g15||^Spritz^Aperol|a cocktail naming a held aperitif
-|g15||^Hugo^Bar|a cocktail
-|g12||Rosé^Rosé pamplemousse^Maison|the house mix, not Listel's bottled aperitif
-|x||^Mojito^Havana Club|a cocktail naming a held rum
-|cp||^Kir Royal^Taittinger|a cocktail naming a held champagne
peyrassol|mag|2023|Rosé^Commanderie^Peyrassol
taittinger_rs|mag||Rosé^Prestige Rosé^Taittinger
minuty_prestige|half|2023|Rosé^Prestige^Château Minuty
whispering|jero|2022|Rosé^Whispering Angel^Château d'Esclans
perrier|b50||^Eau gazeuse^Perrier
leffe|pinte||^Blonde^Leffe
leoube|mag||Rosé^Rosé^Château Léoube
-|btl|2023|Rosé^Garrus^Château d'Esclans|an Esclans cuvée not held
-|btl|2023|Blanc^Magali^Saint-André de Figuière|a colour of Magali not held
-|btl|2022|Rouge^La Courtade^Domaine de la Courtade|a colour of La Courtade not held
-|btl|2023|Blanc^Château de Selle^Domaines Ott|a colour of Château de Selle not held
-|dose||^Selección de Maestros^Havana Club|a Havana Club rum not held
-|dose||^15 ans^Glenfiddich|an age not held
-|dose||^Gentleman Jack^Jack Daniel's|a Jack Daniel's whiskey not held
-|btl||Effervescent^Comtes de Champagne^Taittinger|a Taittinger cuvée not held
"""
