"""What was typed on till L (bar register): key|measure|vintage|text, or -family|...|note."""

L_SPECS = """
arr_rge|btl|20|ARRETXEA ROUGE
arr_rge|mag|19|ARRETXEA
arr_haitza|btl|18|HAITZA ARRETXEA
arr_haitza|btl|17|HAITZA
arr_hego|btl|22|HEGOXURI
brana_rge|mag|18|BRANA IROULEGUY
brana_rge|btl|20|BRANA ROUGE
brana_blc|glass||BRANA BLANC
ilarria_rse|glass|23|ILARRIA
etx_leh|btl|16|LEHENGOA ETXEGARAYA
etx_rse|btl|23|ETXEGARAYA
gorri|glass|21|GORRI D'ANSA
gorri|btl|22|GORRI D'ANSA
argi|half|23|ARGI D'ANSA
argi|btl|23|ARGI D'ANSA
lap_sec|btl|22|LAPEYRE SEC
lap_sec|glass|21|JURANCON SEC LAPEYRE
lap_mag|50cl|19|MAGENDIA LAPEYRE
lap_mag|glass|20|MAGENDIA
cau_symph|50cl|20|SYMPHONIE NOVEMBRE
cau_symph|glass|20|CAUHAPE SYMPHONIE
uro_moel|50cl|18|UROULAT MOELLEUX
bru_cast|btl|21|CASTERASSES
montus|btl|18|CH MONTUS
montus|btl|17|CH MONTUS
montus|mag|15|CH MONTUS
montus|half|16|MONTUS
torus|glass|20|TORUS
montus_blc|btl|19|MONTUS BLANC
aydie|btl|15|CH D'AYDIE
cedre|mag|17|LE CEDRE
cedre_her|glass|21|CEDRE HERITAGE
lagrezette|mag|16|LAGREZETTE
rot_ren_d|50cl|18|RENAISSANCE DOUX
tq_classic|glass|23|TARIQUET CLASSIC
tq_classic|half|23|TARIQUET CLASSIC
uby3|btl|23|UBY N3
larrivet|btl|16|LARRIVET HAUT BRION
demoiselles|btl|19|DEMOISELLES LARRIVET
phelan|btl|17|CH PHELAN SEGUR
phelan|mag|15|PHELAN SEGUR
lynch|half|16|LYNCH BAGES
lynch|btl|15|LYNCH BAGES
connetable|btl|19|CONNETABLE TALBOT
cune_cza|glass|20|CUNE CZA
imp_rsv|btl|17|IMPERIAL RSV
imp_rsv|mag|17|IMPERIAL RSV
ardanza|half|16|ARDANZA RSV
gr904|btl|15|RIOJA ALTA 904 GR
tondonia|btl|12|TONDONIA RSV
protos_cza|btl|18|PROTOS CZA
ameztoi|btl|23|TXAKOLI AMEZTOI
ameztoi|glass||TXAKOLI AMEZTOI
txomin|mag|22|TXOMIN ETXANIZ
juve_rf|btl|20|JUVE CAMPS RF
tio_pepe|glass||FINO TIO PEPE
guita|btl||MANZANILLA LA GUITA
px|glass||PX SAN EMILIO
cast_mill|btl|90|CASTAREDE
cast_mill|dose|88|CASTAREDE
cast_20|dose||CASTAREDE 20 ANS
tq_xo|dose||TARIQUET XO
delord_hda|dose||DELORD HORS D'AGE
izarra_v|dose||IZARRA VERTE
izarra_j|2cl||IZARRA JAUNE
etxeko|dose||PATXARAN ETXEKO
zoco|dose||ZOCO
eguzki_pr|demi||EGUZKI
aker_bl|demi||AKERBELTZ
aker_br|pinte||AKERBELTZ BRUNE
estrella|cana||ESTRELLA
e1906|33cl||ESTRELLA 1906
ogeu|50cl||OGEU
-r|btl|15|IMPERIAL GR|Imperial Gran Reserva not held (Reserva is)
-r|btl|19|CUNE GR|Cune Gran Reserva not held
-r|btl|18|ARDANZA GR|no gran reserva of Ardanza
-b|btl|21|TONDONIA BLANCO|Tondonia white not held (red Reserva is)
-r|btl||IROULEGUY ROUGE|appellation alone: several red Irouléguy held
-s|glass||IROULEGUY ROSE|several Irouléguy rosés held
-r|btl||MADIRAN|several Madiran held
-a|dose||CASTAREDE XO|Castarède XO not held (VSOP, 20 ans, vintages)
-a|dose||TARIQUET 12 ANS|Tariquet 12 ans not held
-a|dose||ARMAGNAC|generic: several armagnacs
-l|dose||IZARRA|bare brand: green and yellow held
-l|dose||PATXARAN|generic patxaran: two held
-k|demi||PRESSION|generic draught
-k|pinte||KELER|Keler held only in 33 cl
-k|33cl||EGUZKI BLONDE|Eguzki Blonde held only on draught
-w|btl||COCA ZERO|Coca Zero not held
-w|btl||KAS LIMON|Kas Limón not held
-r|glass||VIN DU MOMENT|generic glass
-s|mag||BRANA ROSE|magnum of Brana rosé not held
-b|btl|23|UBY N4|Uby N°4 not held (N°3 is)
-r|btl|19|MONTUS XL|Brumont's XL (Montus XL) not held
-c|btl||CIDRE|generic cider: two held
-p|btl||TXIPIRONES|food
-p|btl||GILDA|pintxo
-x|btl||AXOA VEAU|food
-x|btl||JAMON IBERICO|food
-f|btl||CAFE SOLO|coffee
-v|btl||BOUCHON|corkage
probus|btl|15|PROBUS
arr_hego|btl|20|HEGOXURI
echo|btl|17|ECHO LYNCH
imp_rsv|btl|18|IMPERIAL RSV
probus|mag|16|PROBUS
brana_blc|half|22|BRANA BLANC
etxeko|1l||PATXARAN ETXEKO
-r|p50||ROUGE|generic carafe
-r|btl|19|HAITZA BRANA|Haitza is Arretxea's, not Brana's
-b|btl|22|ILARRIA|no white Ilarria held
-s|btl|23|ARRETXEA ROSE|Arretxea rosé not held
-d|glass||JURANCON MOELLEUX|several sweet Jurançon held
"""
