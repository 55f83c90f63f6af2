"""Till B, the bar counter register: what the staff keyed, one product a line.

`key|measure|vintage|name as keyed` for a drink of the library (the answer is computed),
`-family|measure|vintage|name as keyed|reason` for a product that is none.
"""
CASES = """
gaintza|vre|23|TXAKOLI GAINTZA
gaintza|p50||GAINTZA
txomin|vre|23|TXOMIN
ilarria_rg|vre|21|ILARRIA RG
mourguy|vre|20|MOURGUY
mourguy|p25||MOURGUY
gorri|p50||GORRI D ANSA
lapeyre_rs|p50||BEARN RS
chant|vre|23|CHANT VIGNES
symph|vre||SYMPHONIE
castera_moel|vre|20|CASTERA MOEL
partdavant|vre|22|PART DAVANT
ode|vre|21|ODE DAYDIE
muga_res|vre|19|MUGA RES
bilbao_cza|vre|21|RAMON BILBAO CZA
bilbao_cza|p50||BILBAO CZA
canas_cza|vre|20|LUIS CANAS CZA
tariquet_classic|vre||TARIQUET CLASSIC
moet|cp||MOET
lp_rose|cp||LP ROSE
heineken|demi||HEINEKEN
heineken|pinte||HEINEKEN
guinness|pinte||GUINNESS
guinness|demi||GUINESS
affligem|pinte||AFFLIGEM BLDE
eguzki|demi||EGUZKI BLDE
leffe|c33||LEFFE BLDE
desperados|only||DESPERADOS
corona|only||CORONA
pelforth|only||PELFORTH BRUNE
b1664|only||1664 BLANC
loic|only||CIDRE LOIC RAISON
isastegi|vre||SAGARDO ISASTEGI
izarra_v|dose||IZARRA VERTE
izarra_j|dose||IZARRA JNE
baines|dose||PATXARAN BAINES
p51|2cl||PASTIS51
havana3|dose||HAVANA 3
zacapa|dose||ZACAPA23
lagavulin16|dose||LAGAVULIN16
coca|only||COCA
schweppes|only||SCHWEPPES TONIC
evian|c50||EVIAN
mourguy|btl|19|MOURGUY
montus|btl|18|MONTUS
moet|btl||MOET IMPERIAL
mourguy|vre|21|MOURGUY
gaintza|vre|21|GAINTZA
ilarria_rg|vre|20|ILARRIA RG
ode|vre|19|ODE DAYDIE
muga_res|vre|20|MUGA RES
bilbao_cza|vre|22|BILBAO CZA
chant|vre|21|CHANT VIGN
txomin|vre|22|TXOMIN
montus|btl|17|MONTUS
symph|vre|20|SYMPHONIE
partdavant|vre|20|PART DAVANT
lapeyre_rg|vre|22|BEARN RG
castera_sec|vre|23|CASTERA SEC
aydie|btl|19|CH DAYDIE
heineken|c33||HEINEKEN
leffe|pinte||LEFFE
gaintza|mag||GAINTZA
montus|half||MONTUS
ode|p50|21|ODE DAYDIE
-w|p50|23|TARIQUET|producer named alone: Tariquet Classic and Premieres Grives are both held
-k|only||CROQ MONSIEUR|food
-k|only||ASSIETTE TAPAS|food
-k|only||FRITES|food
-k|only||AXOA VEAU|food
-k|only||PINTXO JAMBON|food
-d|only||CAFE|coffee
-d|only||DECA|coffee
-d|only||SUPPL SIROP|supplement
-d|only||CONSIGNE GOBELET|cup deposit
-r|vre||ROUGE MAISON|generic house red
-w|vre||BLANC MAISON|generic house white
-p|p50||ROSE MAISON|generic house rose
-r|vre||VIN DU MOMENT|generic
-b|demi||PRESSION|generic draught
-b|pinte||PANACHE|mixed drink
-b|demi||MONACO|mixed drink
-s|only||GIN TONIC|mixed drink
-s|only||KALIMOTXO|mixed drink
-s|dose||WHISKY|generic spirit
-s|dose||IZARRA|brand alone: green and yellow Izarra both held
-s|dose||PATXARAN|generic: Baines and Zoco both held
-s|dose||GLENFIDDICH15|age not held (12 ans only)
-s|dose||LAGAVULIN8|age not held (16 ans only)
-r|vre||IROULEGUY RG|appellation alone: several red Irouleguy held
-r|vre||RIOJA CZA|several Rioja crianzas held
-w|vre||MOURGUY BL|colour not held: Mourguy red only
-c|cp||RUINART ROSE|cuvee not held
-c|cp||CHAMPAGNE|generic coupe
-b|pinte||EGUZKI AMBREE|beer not held
-f|only||COCA CHERRY|variant not held
-f|only||JUS ORANGE PRESSE|fresh juice, not a library drink
""".strip().splitlines()
