"""What the delivery / takeaway platform exported: key|measure|vintage|item, or
-|measure|vintage|item|reason for a product that is no drink of the library (the platform
puts the family before a library drink's item by itself; other items carry their own)."""
CASES = """
cedre|btl|2016|Le Cedre Chateau du Cedre
cedre|btl||Chateau du Cedre Le Cedre
cedre|mag|2018|Le Cedre Magnum
cedher|btl|2021|Cedre Heritage
cedblc|btl||Cedre Blanc Cotes du Lot
trig|btl|2019|Clos Triguedina
trig|half||Clos Triguedina Demi
trignb|btl||New Black Wine Triguedina
lagrez|btl|2017|Chateau Lagrezette
lagrez|btl||Chateau Lagrezette Cahors
lagdame|btl||Dame d Honneur Lagrezette
hserre|btl||Chateau de Haute-Serre
mercues|btl|2016|Chateau de Mercues
lamart|btl|2020|Chateau Lamartine
lampart|btl|2019|Lamartine Particuliere
gamot|btl|2017|Clos de Gamot
gamvc|btl||Clos de Gamot Vignes Centenaires
crsil|btl|2020|Les Croisille Silice
crcal|btl||Les Croisille Calcaire
cmlaq|btl|2019|Cosse Maisonneuve Les Laquets
cmfage|btl|2020|Cosse Maisonneuve La Fage
hmonp|btl||Haut-Monplaisir Prestige
ponzac|btl||Ponzac Maintenant ou Jamais
caminadec|btl||La Commandery de la Caminade
eugenie|btl||Chateau Eugenie
coutale|btl|2021|Clos La Coutale
perieesc|btl|2021|Mas del Perie Les Escures
merchien|btl||Domaine du Merchien
mayr|btl|2022|Chateau de Mayragues
peyrouz|btl||Peyrouzelles Causse Marines
tourby|btl|2018|Chateau La Tour de By
tdgr|btl||Chateau Tour des Gendres
monbaz|cl50||Chateau de Monbazillac
quercynoix|btl||Quercynoix Louis Roque
prune|btl||Vieille Prune Louis Roque
tariqxo|btl||Tariquet XO
citadelle|btl||Gin Citadelle
oltipa|cl33||Olt IPA
mbblanche|cl33||Mont Blanc Blanche
coca|cl33||Coca-Cola
orangina|cl25||Orangina
evian|cl100||Evian
milliat|cl33||Jus de Pomme Alain Milliat
lorina|cl75||Limonade Lorina
cedre|btl|2019|Le Cedre
cedher|btl|2018|Cedre Heritage
trig|btl|2020|Clos Triguedina
lagrez|btl|2016|Chateau Lagrezette
hserre|btl|2017|Haute-Serre
lamart|btl|2019|Chateau Lamartine
gamot|btl|2018|Clos de Gamot
cmlaq|btl|2020|Les Laquets
chambert|btl|2015|Chateau de Chambert
cause|btl|2019|Domaine de Cause
pineraie|btl|2020|Chateau Pineraie
tourby|btl|2015|La Tour de By
trignb|btl|2017|New Black Wine
renaiss|btl|2019|Renaissance Rotier
mercues|btl|2018|Mercues
cedre|half|2018|Le Cedre Demi
gamot|half|2017|Clos de Gamot Demi
lagdame|mag|2018|Dame d Honneur Magnum
crcal|mag|2018|Croisille Calcaire Magnum
pineraie|half|2019|Pineraie Demi
tourby|mag|2018|La Tour de By Magnum
-|cl75|2020|Vin Rouge - Extra Libre Chateau du Cedre|a cuvée not held
-|cl75|2021|Vin Rose - Lagrezette Rose|the producer's other colour, not held
-|cl75|2022|Vin Blanc - Triguedina Blanc|the producer's other colour, not held
-|cl75|2018|Vin Rouge - Chateau La Tour Figeac|another Château ... Tour, not held
-|cl75||Vin Rouge - Cahors Rouge|generic: many Cahors fit
-|cl75||Vin Rouge - Malbec du Mois|generic
-|cl75||Vin Rouge - Coteaux du Quercy Rouge|three producers fit
-|cl75||Bulles - Champagne Brut|no champagne held
-|cl75||Vin Rouge - Bordeaux Rouge|generic, not held
-|cl33||Biere - Kronenbourg|not held
-|cl33||Biere - Heineken|not held
oltamb|cl50||Olt Ambree
-|cl33||Biere - Olt Blanche|the brewery's other beer, not held
-|cl33||Boisson - Sprite|not held
-|cl33||Boisson - Ice Tea|not held
coca|cl150||Coca-Cola
-|cl100||Boisson - Vittel|not held
-|||Plat - Burger Quercynois|food
-|||Accompagnement - Frites Maison|food
-|||Plat - Salade Quercynoise|food
-|||Dessert - Pastis Quercynois|food (the apple pastry), not the aniseed drink
-|||Dessert - Tarte aux Noix|food
-|||Fromage - Cabecou du Quercy|food
-|||Frais de Livraison|service
-|||Frais de Service|service
-|||Sac Isotherme|service
-|||Glacons|service
"""
