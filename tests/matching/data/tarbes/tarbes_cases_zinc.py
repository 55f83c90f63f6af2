"""Le Pilier, till `zinc`: the old counter register.  One case a line:
key|measure|vintage|text  for a drink of the library (the answer follows the rules),
-|family|measure|vintage|text|reason  for a product that is no drink of the library.
Text as the owner programmed the key (ASCII capitals, his own short names)."""

CASES = """
montus|VRE|2016|MONTUS
montus|BTL|2018|MONTUS
montus|MAG|2016|MONTUS
montus|HALF|2016|MONTUS
bouscasse|VRE||BOUSCASSE
bouscassevv|BTL|2015|BOUSCASSE VV
ode|VRE15|2020|ODEDAYDIE
ode|HALF||ODE D AYDIE
aydie|P50|2018|CH D AYDIE
laffitte|VRE||LAFFITTE TESTON
batzrg|BTL|2019|BERTHOUMIEU BATZ
couvent|VRE||CAPMARTIN COUVENT
crouseilles|P25||CROUSEILLES
montusblc|VRE|2019|MONTUS BLC
symphautomne|VRE||SYMPHONIE AUTOMNE
sabazan|BTL|2015|SABAZAN
retrouvees|VRE|2022|VIGNES RETROUVEES
chantvignes|VRE|2022|CAUHAPE CHANT VGN
symphnov|VRE|2019|SYMPH NOV
marie|VRE15|2021|UROULAT MARIE
tqclassic|VRE||TARIQUET CLASSIC
tqrose|P50||TARIQUET ROSE
tqgrives|VRE||TARIQ PREM GRIVES
uby3|VRE||UBY N3
lapeyre|P25||BEARN ROSE LAPEYRE
taittbr|CP||TAITTINGER BRUT
lpcuvee|CP||LAURENT PERRIER
tqvsop|DOSE||TARIQUET VSOP
tqxo|DOSE||TARIQUET XO
tq15|DOSE||TARIQUET 15ANS
tqmill|DOSE|1993|TARIQUET
darroze20|D2||DARROZE 20A
ricard|D2||RICARD
p51|D2||PASTIS51
get27|DOSE||GET27
izarraverte|DOSE||IZARRA VERTE
flocblc|VRE||FLOC BLANC
kro|DEMI||KRO
kro|PINTE||KRONENBOURG
blanc1664|DEMI||1664 BLANC
grimbamb|PINTE||GRIMB AMBREE
guinness|PINTE||GUINNESS
coca|BTL||COCA
cocazero|BTL||COCA ZERO
perrier|BTL||PERRIER
desperados|BTL||DESPERADOS
leffeblde|BTL||LEFFE
montus|VRE|2017|MONTUS
montus|BTL|2012|MONTUS
montus|MAG|2018|MONTUS
bouscasse|BTL|2018|BOUSCASSE
aydie|VRE|2015|AYDIE
batzrg|VRE|2020|BATZ
sabazan|VRE|2016|SABAZAN
retrouvees|BTL|2020|RETROUVEES
marie|BTL|2019|UROULAT MARIE
tqmill|DOSE|1995|TARIQUET
symphautomne|B50|2019|SYMPH AUTOMNE
chassespleen|BTL|2015|CHASSE SPLEEN
hauteserre|VRE|2018|HAUTE SERRE
casterasses|VRE|2017|CASTERASSES
tqclassic|BTL|2022|TARIQ CLASSIC
aydie|MAG|2016|AYDIE
bouscasse|HALF||BOUSCASSE
leffeblde|PINTE||LEFFE
duvel|DEMI||DUVEL
coca|B1L||COCA
evian|B1L||EVIAN
taittrose|MAG||TAITT ROSE
-|CU|||CROQUE MONSIEUR|food
-|CU|||GARBURE|food (Bigourdan cabbage soup)
-|CU|||PLANCHE NOIR BIGO|food (porc noir de Bigorre board)
-|CF|||CAFE|coffee
-|CF|||CAFE CREME|coffee
-|DV|||CONSIGNE GOBELET|service: cup deposit
-|DV|||DROIT BOUCHON|service: corkage
-|RG|VRE||VIN DU MOMENT|generic label
-|RG|P50||ROUGE MAISON|generic house wine, no library drink
-|BC|VRE||BLANC SEC|generic label
-|RG|VRE||MADIRAN|appellation alone: several Madirans in the library
-|BC|VRE||JURANCON SEC|appellation alone: two Jurançon sec (Cauhapé, Uroulat)
-|RS|VRE||ROSE|generic label
-|AL|DOSE||WHISKY|generic: several whiskies
-|AR|DOSE||ARMAGNAC|generic: several armagnacs
-|AR|DOSE||TARIQUET 20ANS|Tariquet 20 ans not held (VSOP, XO, 15 ans, vintages)
-|AL|DOSE||ABERLOUR 16A|Aberlour 16 ans not held (12 ans only)
-|AL|DOSE||HAVANA 7A|Havana Club 7 ans not held (3 ans only)
-|PR|DEMI||PANACHE|mixed at the bar
-|PR|DEMI||MONACO|mixed at the bar (beer, lemonade, grenadine)
-|PR|PINTE||PICON BIERE|mixed at the bar
-|AP|VRE||KIR|mixed at the bar
-|AL|DOSE||IZARRA|brand alone: Izarra Verte and Jaune both held
-|PR|DEMI||GRIMBERGEN|brand alone: Grimbergen Blonde and Ambrée both on draught
-|SF|BTL||DIABOLO MENTHE|mixed at the bar
-|SF|BTL||JUS ABRICOT|not held
-|DX|VRE||FRIMAIRE|Brumont's Frimaire not held (Brumaire is)
-|RG|VRE||TORUS|Brumont's Torus not held
-|BC|VRE||ODE AYDIE BLANC|Odé d'Aydie white not held (red only)
-|PR|DEMI||PELFORTH|not held
"""
