"""What was keyed on the waiters' tablet: key|measure|vintage|text, or
-|measure|vintage|text|reason for a product that is no drink of the library."""
CASES = """
cedre|btl|2016|Le Cèdre – Ch. du Cèdre
cedre|mag|2018|Le Cèdre Ch. du Cèdre
cedre|btl||Château du Cèdre Le Cèdre
cedher|half|2021|Cèdre Héritage
cedblc|btl|2022|Cèdre blanc Viognier
trig|btl|2016|Clos Triguedina
trig|half|2019|Clos Triguedina
trignb|btl|2015|The New Black Wine Triguedina
trigprob|btl||Probus
lagrez|mag|2017|Château Lagrézette
lagrez|btl|2019|Ch. Lagrézette
lagdame|btl|2018|Dame d'Honneur Lagrézette
hserre|btl|2018|Ch. de Haute-Serre
mercues|btl|2016|Château de Mercuès
lampart|btl|2018|Lamartine Cuvée Particulière
lamexp|btl|2016|Lamartine Cuvée Expression
lamart|btl||Château Lamartine tradition
gamot|mag|2015|Clos de Gamot
gamvc|btl|2015|Gamot Vignes Centenaires
crcal|btl|2018|Les Croisille Calcaire
crsil|btl|2019|Les Croisille Silice
cmlaq|btl|2017|Les Laquets Cosse Maisonneuve
cmfage|half|2020|La Fage Cosse Maisonneuve
cmfage|btl||La Fage
hmonp|btl|2019|Haut-Monplaisir Prestige
ponzac|btl|2020|Ponzac Maintenant ou Jamais
chambert|btl|2018|Château de Chambert
pineraie|mag|2019|Château Pineraie
caminadec|btl|2017|La Commandery Caminade
eugres|btl|2019|Eugénie Réservée de l'Aïeul
eugenie|btl|2020|Château Eugénie
coutale|mag|2020|Clos La Coutale
vincens|btl|2019|Vincens Prestige
perieroq|btl|2019|La Roque Mas del Périé
quercyr|p50|2022|Coteaux du Quercy Vignerons rouge
quercyrs|p25||Coteaux du Quercy rosé Vignerons
renaiss|btl|2018|Gaillac Renaissance Rotier
peyrouz|btl|2020|Peyrouzelles Causse Marines
tourby|btl|2016|Château La Tour de By
cantem|half|2015|Cantemerle
phelan|btl|2014|Phélan Ségur
tdgb|btl|2022|Tour des Gendres Cuvée des Conti
monbaz|cl50|2018|Château de Monbazillac
lillet|glass||Lillet blanc
delord25|dose||Armagnac Delord 25 ans
lagav|dose||Lagavulin 16 ans
diplo|dose||Rhum Diplomatico
salvetat|cl100||Salvetat
cedre|btl|2015|Le Cèdre
cedre|mag|2016|Le Cèdre
trig|btl|2017|Clos Triguedina
trig|half|2016|Clos Triguedina
lagrez|btl|2020|Ch. Lagrézette
lagdame|btl|2016|Dame d'Honneur
hserre|btl|2015|Haute-Serre
gamot|btl|2013|Clos de Gamot
crsil|btl|2018|Les Croisille Silice
crcal|btl|2020|Croisille Calcaire
cantem|btl|2016|Château Cantemerle
tourby|btl|2019|La Tour de By
chambert|btl|2019|Ch. de Chambert
lampart|btl|2017|Lamartine Particulière
eugres|btl|2017|Réservée de l'Aïeul Eugénie
lagrez|half||Lagrézette
hserre|mag|2018|Haute-Serre
crsil|mag|2020|Croisille Silice
cedher|mag|2020|Cèdre Héritage
trignb|half|2015|New Black Wine
cmlaq|mag|2019|Les Laquets
-|btl|2021|Clos Triguedina blanc|the producer's other colour, not held
-|btl|2020|Lamartine rosé|the producer's other colour, not held
-|btl|2019|Le Cèdre GC|a cuvée not held
-|btl|2018|Lagrézette Le Pigeonnier|a cuvée not held
-|btl|2019|Château La Tour Carnet|another Château ... Tour, not held
-|btl|2018|Cosse Maisonneuve Le Sid|a cuvée not held
-|btl|2018|Mercuès Icône|a cuvée not held
-|btl||Cahors Malbec|generic: many Cahors fit
-|p50||Pichet rouge maison|generic house wine
-|glass||Verre de blanc du moment|generic
-|btl||Gaillac rouge|two red Gaillacs fit
-|btl||Champagne brut|no champagne held
-|glass||Coupe de crémant|no crémant held
-|btl||Bordeaux supérieur|generic, not held
-|btl|2022|Bergerac rosé|not held
-|||Menu du jour@16.50|food
-|||Carafe d'eau@0.00|tap water
-|||Magret de canard@21.00|food
-|||Salade quercynoise@13.50|food
-|||Cabécou rôti@9.00|food
-|||Croustade aux pommes@7.50|food
-|||Café gourmand@8.50|food
-|||Déca@2.20|coffee
-|dose||Calvados|not held
-|dose||Poire Williams|another eau-de-vie, not held
badoit|cl33||Badoit
salvetat|cl50||Salvetat
-|glass||Kir au vin de noix|mixed drink
-|glass||Spritz|mixed drink
-|btl||Vin de noix|two walnut wines fit
"""
