"""COMPTOIR: the bar register (match nights). 'key|measure|vintage[|words]' for a drink of the
library (words: what was keyed if not the article's usual words), or
'-|family|measure|words|reason' for a product that is no drink of the library."""
CASES = """
serol_eclat|vr|22
serol_eclat|pot|21
serol_eclat|mag|21
serol_eclat|btl|
serol_orig|btl|21
serol_orig|mag|22
pothiers_ref|pot|22
pothiers_ref|half|22
pothiers_ref|vr|20
paroisse_rg|pot|
paroisse_rg|vr|21
vl_gourmets|vr|22
vl_gourmets|pot|20
vl_volca|btl|20
vf_rouge|pot|22
vf_rose|vr|23
vf_rose|pot|22
faury_sj|vr|21
faury_sjbl|vr|22
faury_sjvv|btl|20
montez_papy|btl|19
darnaud_fil|vr|22
darnaud_fil|btl|21
darnaud_fil|btl|23
darnaud_mise|vr|22
belle_louis|btl|20
belle_louis|btl|18
vernay_terr|btl|22
vernay_terr|half|21
vernay_terr|btl|20
jamet_cr|btl|20
jamet_cr|btl|18
jamet_cr|half|19
guigal_bb|btl|19
guigal_cdr|pot|22
clape_cornas|btl|19
clape_cornas|btl|21
clape_cornas|mag|19
clape_renais|btl|20
lapierre_morgon|vr|22
lapierre_morgon|mag|20
lapierre_morgon|pot|23
foillard_corce|btl|22
roilette_tard|btl|20
thivin_7v|vr|22
jacques_mav|btl|20
billecart_br|cp|
billecart_br|half|
billecart_rose|half|
taittinger_br|cp|
taittinger_comtes|btl|13
k1664|demi|
k1664|pinte|
k1664|b33|
grimb_blonde_k|pinte|
manu_k|pinte|
pilat_blonde_k|pinte|
machuree|b33|
machuree|pinte|
pilat_ipa|pinte|
chouffe|b33|
k1664_sa|b25|
ricard|dose|
aperol|dose|
chartreuse_v|dose|
glenfiddich12|dose|
jack|dose|
coca|b33|
badoit|b50|
badoit|b33|
-|50||FRITES|food
-|50||CROQUE MONSIEUR|food
-|50||PLANCHE CHARCUTERIE|food
-|50||SAUCISSON BRIOCHE|food
-|70||CAFE|coffee
-|70||CAFE CREME|coffee
-|70||CHOCOLAT CHAUD|hot drink
-|60||CONSIGNE GOBELET|cup deposit
-|60||DROIT BOUCHON|corkage
-|10|VR|ROUGE MAISON|generic house wine, none held
-|11|VR|BLANC MOMENT|generic white of the moment
-|20|DM|PRESSION|generic draught, several kegs
-|20|PI|BIERE DU MOIS|generic beer of the month
-|13|CP|CHAMPAGNE|generic champagne, several held
-|30||KIR|mixed drink
-|20|PI|PICON BIERE|mixed drink
-|20|DM|PANACHE|mixed drink
-|40||DIABOLO MENTHE|mixed soft
-|10|VR|CROZES 21|appellation alone, several Crozes-Hermitage
-|10||COTE ROTIE 19|appellation alone, several Côte-Rôtie
-|10||MORGON 22|appellation alone, several Morgon
-|11||CONDRIEU 22|appellation alone, several Condrieu
-|10||GUIGAL 19|brand alone, three Guigal reds
-|31|DS|GLENFIDDICH|brand alone, 12 and 15 ans held
-|31|DS|CHARTREUSE|green and yellow held
-|30|DS|MARTINI|bianco and rosso held
-|10||CROZES DARNAUD TROIS CHENES|another Darnaud cuvée
-|11||CONDRIEU GUIGAL|Guigal's Condrieu not held
-|10||COTE ROTIE GUIGAL LANDONNE|another Guigal cuvée
-|11|VR|MORGON LAPIERRE|no white Morgon held
-|31|DS|GLENFIDDICH 18|age not held
"""
