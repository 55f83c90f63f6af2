"""Le Balto: what the staff keyed on the counter register (zinc).

`key|measure|year|text|reason`: key of the drink meant (or `-` for no drink of the
library, with the reason), the measure code, the vintage typed, the text as keyed
(upper case, abbreviated to fit 16 columns; `~` ends the words that identify the
drink), and for a none the reason. The register renders and cuts it.
"""
CASES = """
vousec|vre|22|VOUVRAY SEC|
voudsec|vre||VOUV DEMISEC|
voudsec|btl|20|VOUV D.SEC|
voupet|cp||VOUV PETILLANT|
remus|btl|21|MONTLOUIS REMUS|
remus|half|22|REMUS|
presauv|vre|23|SAUV PRESLE|
prerose|p50||TOUR ROSE|
joguet|vre||CHINON JOGUET|
joguet|mag|20|JOGUET TERROIR|
joguetrs|vre||CHINON ROSE|
chiens|btl|19|CHIENS CHIENS|
chiens|p50||NOBLAIE|
druet|btl|20|BOURGUEIL DRUET|
source|vre|22|STNIC AMIRAULT|
source|half||STNICOLAS|
salvbl|vre||CHEVERNY BL|
fourbl|half|23|SANC FOURNIER|
fourbl|vre||SANC BL FOURNIER|
fourrg|btl|19|SANC RGE FOURN|
chatel|vre||MELLOT|
baltorg|p50||BALTO RGE|
baltobl|p25||BALTO BLC|
miramb|btl|20|MIRAMBEAU|
guigal|half|21|CDR GUIGAL|
perrin|vre||CDR PERRIN|
cremant|cp||CREMANT|
mumm|cp||MUMM|
mumm|half||MUMM~ CORDON RGE|
k1664|demi||1664|
kgrim|demi||GRIMBERGEN|
khoeg|pinte||HOEGAARDEN|
kleffe|pinte||LEFFE|
kturone|demi||TURONE|
bduvel|bib||DUVEL|
bchimay|bib||CHIMAY BLEUE|
bdesp|bib||DESPE|
b1664bl|bib||1664 BLANC|
bheine0|bib||HEINEKEN 0.0|
p51|dose||51|
picon|dose||PICON|
martr|dose||MARTINI RGE|
lillet|dose||LILLET BLANC|
chivas|dose||CHIVAS 12|
glen12|dose||GLENFIDDICH~ 12|
hav7|dose||HAVANA 7|
hav3|dose||HAVANA 3~ ANS|
get27|dose||GET 27|
coca|||COCA|
pagoab|||PAGO ABRICOT|
gamay|btl|21|MARIONNET|
joguet|btl|21|CHINON JOGUET|
salvbl|btl|21|CHEVERNY BL|
chatel|btl|21|CHATELLENIE|
miramb|btl|21|CH MIRAMBEAU|
guigal|btl|19|CDR GUIGAL|
vousec|btl|20|VOUVRAY SEC|
voudsec|btl|21|VOUV DEMISEC|
remus|btl|19|REMUS|
source|btl|20|LA SOURCE|
chiens|btl|20|CHIENS CHIENS|
fourbl|btl|21|SANC FOURN BL|
perrin|btl|23|CDR PERRIN|
druet|btl|23|DRUET|
joguet|vre|21|JOGUET|
-|||CROQUE MONSIEUR|food
-|||CAFE|hot drink
-|||CHOCOLAT CHAUD|hot drink
-|||FORMULE MIDI|food (lunch menu)
-|||RILLETTES TOURS|food
-|vre||ROUGE|generic glass of red
-|p50||ROSE|generic pichet of rosé
-|demi||BLONDE|generic draught blonde, several held
-|vre||BLANC SEC|generic glass of dry white
-|||DEMI PICON|mixed drink (picon and draught beer)
-|||KIR|mixed drink (cassis and white wine)
-|||PANACHE|mixed drink (beer and lemonade)
-|||DIABOLO MENTHE|mixed drink (lemonade and syrup)
-|||SIROP GRENADINE|syrup, not held
-|||PERROQUET|mixed drink (pastis and mint syrup)
-|dose||MARTINI|brand alone, Rosso and Bianco held
-|dose||LILLET|brand alone, Blanc and Rosé held
-|dose||HAVANA|brand alone, 3 and 7 ans held
-|dose||CHIVAS 18|another age, the 12 ans held
-|dose||GLENFID 15|another age, the 12 ans held
-|||PAGO|brand alone, three Pago juices held
bduvel|pinte||DUVEL|
-|bib||CHIMAY ROUGE|another Chimay, the Bleue held
kleffe|bib||LEFFE BLONDE|
kguin|bib||GUINNESS|
-|vre||VOUVRAY|appellation alone: sec, demi-sec and pétillant held
-|vre||CHINON|appellation alone: several red Chinons held
-|vre||SANCERRE BL|appellation alone: Fournier and Mellot whites held
-|vre||CDR|appellation alone: Guigal and Perrin held
miramb|mag||MIRAMBEAU|
joguet|half||CHINON JOGUET|
-|||CHINON BL JOGUET|colour not held (Joguet's red and rosé held)
-|||BOURGUEIL ROSE|colour not held
-|||VOUV MOELLEUX 18|style not held (sec, demi-sec, pétillant held)
-|cp||CREMANT ROSE|colour not held (the white crémant held)
-|dose||HENNESSY XO|another grade, the VS held
-|cp||MUMM ROSE|another cuvée, the Cordon Rouge held
"""
