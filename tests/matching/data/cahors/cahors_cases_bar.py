"""What was keyed on the bar's old register: key|measure|vintage|text, or
-|measure|vintage|text|reason for a product that is no drink of the library."""
CASES = """
cedre|glass|2018|CAH LE CEDRE
cedre|glass15||LE CEDRE CAH
cedher|glass|2021|CEDRE HERITAGE
trig|glass|2019|CL TRIGUEDINA
trignb|glass|2015|NEW BLACK TRIGUED
lagrez|glass|2019|CHT LAGREZETTE
lagrez|glass15|2017|LAGREZETTE
lagdame|glass||DAME HONNEUR LAGRZ
hserre|glass|2019|HAUTE SERRE
mercues|glass|2016|CHT MERCUES
atrium|glass||ATRIUM MALBEC CDL
lamart|glass|2021|LAMARTINE
lampart|glass|2019|LAMARTINE PARTIC
lamexp|glass||LAMARTINE EXPRESS
gamot|glass|2017|CLOS GAMOT
crsil|glass|2020|CROISILLE SILICE
crcal|glass|2018|CROIS CALCAIRE
cmlaq|glass|2019|LAQUETS COSSE
cmfage|glass|2020|LA FAGE COSSE
caminade|glass|2020|LA CAMINADE
coutale|glass|2021|CL COUTALE
perieesc|glass||ESCURES PERIE
cause|glass|2021|CQ DNE CAUSE
quercyr|p25||CQ VIGNERONS RGE
quercyrs|p50||CQ VIGN ROSE
quercyrs|glass|2023|CQ ROSE VIGNERONS
cedblc|glass||CEDRE BLC CDL
mauzac|glass||MAUZAC NATURE PLAG
tdgb|glass||CONTI TOUR GENDRES
monbaz|glass||MONBAZILLAC CHT
quercynoix|glass||QUERCYNOIX
lillet|glass||LILLET BLANC
prune|dose||VIEILLE PRUNE ROQUE
delordnap|dose||DELORD NAPOLEON
delord25|dose||DELORD 25ANS
tariqxo|dose||TARIQUET XO
glenmo|dose||GLENMORANGIE
nikka|dose||NIKKA BARREL
ricard|cl2||RICARD
suze|dose||SUZE
oltbk|demi||PRESS OLT BLONDE
oltbk|pinte||PRESS OLT BLONDE
mbrousse|demi||PRESS MT BLANC ROUSSE
oltb|cl33||OLT BLONDE
coca|cl33||COCA
cocaz|cl33||COCA ZERO
orangina|cl25||ORANGINA
cedre|glass|2017|CAH LE CEDRE
cedher|glass|2019|CEDRE HERITAGE
trig|glass|2018|CL TRIGUEDINA
lagrez|glass|2018|CHT LAGREZETTE
hserre|glass|2020|HAUTE SERRE
lampart|glass|2020|LAMARTINE PART
gamot|glass|2016|CLOS GAMOT
crsil|glass|2021|SILICE CROIS
cmlaq|glass|2018|LAQUETS COSSE
cause|glass|2022|CQ DNE CAUSE
quercyr|p25|2023|CQ VIGN RGE
chambert|glass|2017|CHT CHAMBERT
tourby|glass|2017|TOUR DE BY MEDOC
mercues|glass|2015|CHT MERCUES
coutale|glass|2019|CL COUTALE
eugenie|glass|2021|CHT EUGENIE
-|glass||VIN ROUGE DU MOIS|generic house glass
-|p50||PICHET CAHORS|an appellation alone: many Cahors fit
-|glass||CAHORS MALBEC|generic: many Cahors fit
-|glass||CQ ROUGE|Coteaux du Quercy red: three producers fit
-|glass||GAILLAC ROUGE|two red Gaillacs fit
-|glass||LAGREZETTE ROSE|the producer's other colour, not held
-|glass||HAUTE SERRE BLC|the producer's other colour, not held
-|glass||KIR|mixed drink
-|glass||KIR NOIX|mixed drink
-|glass||KIR ROYAL|mixed drink, no champagne held
-|||CAFE|coffee
-|||CAFE GOURMAND|food
-|||CHOCOLAT CHAUD|hot drink
-|||CROQUE MONSIEUR|food
-|||ASSIETTE CABECOU|food
-|dose||ARMAGNAC|generic: four armagnacs fit
-|dose||WHISKY|generic: four whiskies fit
-|dose||TARIQUET FOLLE BLANCHE|the producer's other armagnac, not held
-|dose||DELORD 30ANS|age not held
-|dose||GLENMORANGIE 18ANS|age not held
-|dose||COGNAC|no cognac held
-|dose||PASTIS 51|not held
-|dose||GET 27|not held
-|demi||PRESS MONACO|mixed drink
-|demi||PANACHE|mixed drink
oltamb|demi||PRESS OLT AMBREE
mira|pinte||PRESS MIRA TRIPLE
-|cl33||LIMONADE|generic, lemonade held only as Lorina 75 cl
-|cl25||DIABOLO MENTHE|mixed soft
-|cl25||JUS ORANGE PRESSE|fresh juice, not held
perrier|cl100||PERRIER
coca|cl50||COCA
-|glass||CHAMPAGNE|no champagne held
-|glass||VIN DE NOIX MAISON|house walnut wine, not held
-|||SUPPL SIROP|service
-|dose||GIN TONIC CITADELLE|mixed drink
"""
