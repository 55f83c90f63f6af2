"""Till E, the terrace handhelds on rugby nights: what the waiters typed, one product a line.

`key|measure|vintage|text` for a drink of the library (the answer is computed),
`-family|measure|vintage|text|reason` for a product that is none.
"""
CASES = """
heineken|demi||heineken
heineken|pinte||heine
guinness|pinte||guiness
guinness|demi||guinness
affligem|pinte||affligem
affligem|demi||affli blonde
eguzki|pinte||eguzki
heineken00|only||heineken 0.0
desperados|only||despe
corona|only||corona
leffe|only||leffe
pelforth|only||pelforth
b1664|only||1664 blanc
coca|only||coca
coca_zero|only||coca zero
orangina|only||orangina
icetea|only||ice tea peche
schweppes|only||schweppes
perrier|only||perrier
pago_ananas|only||jus ananas
gaintza|vre|23|txakoli gaintza
txomin|vre||txomin
itsasmendi|p50||itsasmendi
rubentis|vre||rubentis rose
muga_rosado|vre|23|muga rosado
argi|vre||argi dansa
ilarria_rs|vre|23|ilarria rose
lapeyre_rs|p50|23|bearn rose
mourguy|vre|19|mourguy
gorri|p50||gorri
bilbao_cza|vre|21|ramon bilbao
muga_res|vre|18|muga reserva
tariquet_classic|vre|23|tariquet classic
moet|btl||moet imperial
moet_rose|btl||moet rose
vcp|btl||veuve clicquot
izarra_v|dose||izarra verte
izarra_j|dose||izarra jaune
zoco|dose||zoco
havana7|dose||havana 7
don_papa|dose||don papa
trois_riv|dose||trois rivieres blanc
jack|dose||jack daniels
talisker_storm|dose||talisker storm
ricard|2cl||ricard
get27|dose||get27
campari|dose||campari
martini|6cl||martini blanc
mourguy|vre|21|mourguy
gaintza|vre|21|gaintza
ilarria_rg|vre|20|ilarria rouge
muga_res|vre|17|muga reserva
bilbao_cza|vre|19|bilbao crianza
ode|vre|22|ode daydie
chant|vre|24|chant vignes
txomin|vre|24|txomin etxaniz
itsasmendi|vre|22|itsasmendi
argi|vre|22|argi dansa
lapeyre_rs|vre|22|bearn rose lapeyre
xuri|vre|23|xuri dansa
canas_cza|vre|21|luis canas
heineken|c33||heineken
leffe|pinte||leffe blonde
b1664|pinte||1664
guinness|c33||guinness
-b|demi||pression|generic draught
-b|demi||panache|mixed drink
-b|pinte||picon biere|mixed drink
-b|pinte||monaco|mixed drink
-s|only||kalimotxo|mixed drink
-r|p50||sangria|mixed drink
-s|only||spritz|mixed drink
-s|only||mojito|mixed drink
-s|only||whisky coca|mixed drink
-r|vre||vin chaud|mixed drink
-w|vre|23|txakoli|appellation alone: several txakolis held
-r|vre||rouge du moment|generic
-w|vre||blanc|generic
-p|p50||rose|generic
-s|dose||patxaran|generic: Baines and Zoco both held
-s|dose||havana|brand alone: 3 and 7 anos both held
-s|dose||talisker|brand alone: 10 ans and Storm both held
-s|dose||izarra|brand alone: green and yellow both held
-s|dose||jameson black barrel|another cuvee of Jameson, not held
-s|dose||don papa 10ans|age not held
-b|pinte||eguzki ambree|beer not held
-b|pinte||affligem brune|beer not held
-f|only||coca cherry|variant not held
-f|only||oasis|soft not held
-k|only||sandwich jambon|food
-k|only||frites|food
-k|only||planche mixte|food
-k|only||merguez frites|food
-d|only||gobelet consigne|cup deposit
-d|only||cafe|coffee
-d|only||chocolat|hot drink
""".strip().splitlines()
