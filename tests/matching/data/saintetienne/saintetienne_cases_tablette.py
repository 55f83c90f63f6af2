"""TABLETTE: the waiters' tablet, typed freely by the student staff.
'key|measure|text' for a drink of the library, '-|text|reason' for anything else.
The vintage, if any, is read back from the text ('21 or 2021)."""
CASES = """
serol_eclat|vr|t4 vr eclat granite serol '22
serol_eclat|btl|t12 btl eclat de granit
serol_eclat|mag|t9 magnum serol eclat '21
serol_orig|vr|t2 verre originelles serol
serol_orig|btl|t15 serol originelles 2021
serol_turb|btl|t7 btl turbulent serol
serol_turb|vr|terr3 glass turbullent
pothiers_ref|half|t6 1/2 pothiers reference '22
pothiers_ref|btl|t10 pothier reference '23
paroisse_rg|pot|t3 pot roannaise paroisse
vl_gourmets|pot|t8 pot forez gourmets
vl_gourmets|vr|t11 vr verdier logel gourmets '20
vl_volca|btl|t14 volcanique verdier
vf_rouge|pot|t5 pot forez tradi
vf_rouge|vr|t16 vr cotes du forez trad '21
vf_rose|vr|terr1 vr rose forez
faury_sj|vr|t2 vr st jo faury
faury_sj|btl|t18 st jo faury '20
faury_sjvv|btl|t20 st jo faury vv
faury_sjvv|btl|t21 st joseph faury vieilles vignes '21
montez_papy|btl|t19 papy montez
montez_papy|vr|t13 vr st jo cuvee du papy '20
monier_sj|btl|t17 st jo monier perreol
darnaud_fil|vr|t6 vr crozes au fil du temps
darnaud_fil|mag|t22 mag crozes darnaud fil du temps '20
darnaud_fil|btl|t23 crozes darnaud fil du temps '19
darnaud_mise|vr|t9 vr mise en bouche darnaud
belle_louis|btl|t11 crozes louis belle '19
belle_bl|vr|t12 vr crozes blc belle
dardribo_cr|btl|t25 dard ribo '20
vernay_terr|vr|t1 vr condrieu terrasses empire
vernay_terr|half|t5 demi btl condrieu vernay terrasses
vernay_vernon|btl|t26 coteau de vernon
faury_condrieu|btl|t27 condrieu faury '21
jamet_cr|btl|t14 cote rotie jamet '19
guigal_bb|btl|t28 brune et blonde guigal
guigal_bb|btl|t8 cote rotie brune blonde '21
guigal_ampuis|btl|t29 chateau d'ampuis
levet_amethyste|btl|t30 amethyste levet
guigal_cdr|pot|bar pot cdr guigal
clape_cornas|btl|t3 cornas clape '19
clape_renais|btl|t7 renaissance clape '19
balthazar_casimir|btl|t10 cornas casimir balthazar
lapierre_morgon|half|t17 1/2 morgon lapierre '21
foillard_py|btl|t18 foillard cote du py '19
foillard_corce|btl|t19 corcelette foillard
roilette_fl|btl|t21 fleurie roilette '21
thivin_7v|btl|t22 thivin 7 vignes
jacques_mav|btl|t24 moulin a vent ch des jacques '21
gouges_nsg|btl|t27 nuits st georges gouges
billecart_br|cp|t28 coupe billecart
billecart_rose|btl|t29 billecart rose btl
taittinger_br|cp|terr4 flute taittinger
taittinger_comtes|btl|t30 comtes de champagne '13
k1664|pinte|bar pinte 1664
manu_k|pinte|bar pint manu
grimb_blonde_k|pinte|bar pinte grim blonde
pilat_blonde_k|demi|terr5 demi pilat blonde
pilat_ambree|b33|bar pilat ambree 33cl
machuree|b33|bar machuree
chouffe|pinte|bar pinte chouffe
grimb_blanche|pinte|terr6 pinte grim blanche
ricard|dose|bar ricard
chartreuse_v|dose|t5 chartreuse verte shot
hendricks|dose|bar hendricks
coca_zero|b33|terr1 coca zero
-|t4 tablier de sapeur x2|food
-|t6 frites|food
-|t8 2 cafes|coffee
-|t10 dessert du jour|food
-|bar happy hour pinte|generic draught promotion
-|terr2 pinte biere du moment|generic draught
-|t12 pichet rouge|generic house wine
-|t14 verre de blanc|generic white
-|t16 vr rose pamplemousse|rosé with grapefruit syrup, mixed
-|t3 carafe d'eau|tap water
-|terr3 monaco|mixed beer drink
-|bar picon demi|mixed beer drink
-|t18 spritz|cocktail
-|t20 kir|mixed aperitif
-|terr4 diabolo fraise|mixed soft
-|t22 crozes '21|appellation alone, several Crozes-Hermitage
-|t24 st jo '21|appellation alone, several Saint-Joseph
-|t26 fleurie|appellation alone, three Fleurie
-|t28 cornas '20|appellation alone, several Cornas
-|t30 guigal|brand alone, three Guigal reds
-|bar whisky|generic spirit
-|t1 condrieu la doriane guigal|another Guigal wine
-|t11 crozes darnaud trois chenes|another Darnaud cuvée
-|t13 morgon lapierre raisins gaulois|another Lapierre wine
-|t15 champagne ruinart rose|another Ruinart cuvée
-|t17 cote rotie jamet fructus voluptas|another Jamet cuvée
-|t19 vr st jo rose|no rosé Saint-Joseph held
-|t21 crozes belle rose|no rosé Crozes held
-|t23 glenfiddich 21|age not held
clape_cornas|mag|t25 mag cornas clape '19
billecart_rose|half|t27 1/2 billecart rose
machuree|pinte|bar pinte machuree
k1664|b33|bar 33cl 1664
"""
