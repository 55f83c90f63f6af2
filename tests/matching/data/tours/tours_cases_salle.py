"""Le Balto: what the waiters keyed on their handhelds (salle).

`key|measure|year|text|reason`: key of the drink meant, or `-fam` (the handheld's
family code) for no drink of the library, with the reason. The handheld writes the
family code, the text in lower case, `'yy`, the measure and the price.
"""
CASES = """
vousec|vre|22|vouvraysec aubuis|
voudsec|btl||vouvray demisec|
voudsec|p50|20|vouv.demisec|
remus|vre|22|montlouis remus|
zero|cp||triplezero|
presauv|p25|23|touraine sauv presle|
gamay|p50|23|gamay marionnet|
joguet|btl|22|chinon joguet terroir|
joguet|mag|20|joguet|
joguetrs|btl|23|chinon rose joguet|
chiens|vre|21|chinon chienschiens|
druet|p50||bourgueil druet|
druet|mag|21|centboisselees|
source|btl|23|stnicolas lasource|
source|half|22|st-nic amirault|
salvbl|btl|23|cheverny salvard|
salvrg|vre||cheverny|
fourbl|btl|22|sancerre bellesvignes|
fourrg|vre|21|sancerre bellesvignes|
chatel|btl|23|sancerre mellot|
baltorg|p25||balto|
baltobl|vre||balto|
baltors|p50||balto|
miramb|btl|22|tour.de.mirambeau|
penin|btl|19|ch.penin|
guigal|vre||cdr guigal|
perrin|btl|21|cdr perrin reserve|
mumm|btl||mumm cordonrouge|
mumm|mag||mumm|
k1664|demi||1664|
kgrim|pinte||grim|
khoeg|demi||hoegaarden|
kturone|pinte||turone|
bchouffe|bib||chouffe|
bkro|bib||kro|
bruby|bib||leffe ruby|
ricard|d2||ricard|
p51|dose||51|
martb|dose||martini blanc|
lilletrs|dose||lillet rose|
porto|dose||porto sandeman|
jameson|dose||jameson|
laph|dose||laphroaig 10|
nikka|dose||nikka barrel|
cognac|dose||hennessy|
cointreau|dose||cointreau|
tonic|||schweppes tonic|
icetea|||icetea peche|
vousec|btl|20|vouvray sec|
voudsec|vre|21|vouvray demisec|
remus|btl|20|remus|
presauv|btl|21|touraine sauvignon|
gamay|btl|21|gamay 1erevendange|
joguet|btl|19|joguet terroir|
chiens|btl|22|chienschiens|
druet|btl|19|druet centboisselees|
source|vre|21|lasource|
salvrg|btl|21|cheverny salvard|
fourbl|btl|21|sancerre fournier|
miramb|btl|19|mirambeau|
guigal|btl|22|guigal cdr|
perrin|vre|23|perrin reserve|
fourrg|btl|22|sancerre fournier|
-cuis|||croque madame|food
-cuis|||assiette rillons|food (rillons de Tours)
-cuis|||nougat de tours|food (dessert)
-chd|||cafe|hot drink
-chd|||the menthe|hot drink
-chd|||double expresso|hot drink
-rge|||vin chaud|mixed hot drink
-div|||jeton flipper|service
-rge|vre||vin rouge|generic glass of red
-blc|vre||blanc du moment|generic glass of white
-pres|pinte||biere du moment|generic draught
-ape|||kir|mixed drink
-bul|cp||kir royal|mixed drink
-ape|demi||picon biere|mixed drink (picon and draught beer)
-ape|||tomate|mixed drink (pastis and grenadine)
-pres|demi||panache|mixed drink (beer and lemonade)
-sft|||diabolo grenadine|mixed drink
-sft|||coca light|soft not held (Coca-Cola and Zéro held)
-ape|dose||martini|brand alone, Rosso and Bianco held
-alc|dose||havana|brand alone, 3 and 7 ans held
-sft|||schweppes|brand alone, Tonic and Agrumes held
-sft|||pago|brand alone, three Pago juices held
-alc|dose||laphroaig 18|another age, the 10 ans held
-alc|dose||jameson black barrel|another Jameson, the Original held
bdesp|cl65||desperados|
bchimay|cl75||chimay bleue|
bcorona|demi||corona|
joguet|half||chinon joguet|
miramb|mag||mirambeau|
-rse|||cheverny rose|colour not held
-blc|||chinon blanc noblaie|colour not held
-rge|||chinon noblaie pierre de tuf|another cuvée of the Noblaie
-rge|||druet grand mont|another cuvée of Druet
-blc|||taille aux loups clos michet|another cuvée of the Taille aux Loups
-rge|vre||chinon|appellation alone: several red Chinons held
-blc|btl||vouvray|appellation alone: sec and demi-sec held
-rge|vre||cdr|appellation alone: Guigal and Perrin held
"""
