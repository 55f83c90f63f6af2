"""Champagne bar register: key|measure|vintage|text, or -|measure|vintage|text|reason."""
CASES = """
vc_brut|flute||VEUVE BRUT
vc_brut|btl||VEUVE CLICQUOT
vc_brut|half||VEUVE BRUT
vc_brut|mag||VEUVE CLICQ BRUT
vc_rose|coupe||VEUVE ROSE
vc_gdame|btl|2015|GDE DAME
bo_sc|flute||BOLLY SPEC CUV
bo_sc|mag||BOLLY SC
bo_rose|btl||BOLLY ROSE
bo_ga|btl|2014|BOLLY GDE ANNEE
bo_ga|btl|2015|BOLLY GA
ru_bdb|flute||RUINART BDB
ru_bdb|mag||RUINART BLANC BLANCS
ru_r|coupe||R DE RUINART
ru_rose|btl||RUINART ROSE
dom_p|btl|2013|DOM PERIGNON
moet_imp|flute||MOET IMPERIAL
moet_imp|half||MOET BRUT IMP
ta_brut|coupe||TAITT BRUT RES
ta_brut|half||TAITTINGER
ta_comtes|btl|2012|COMTES CHAMP
lp_cuvee|flute||LP LA CUVEE
lp_rose|mag||LP ROSE
pr_brut|flute||POL ROGER
pr_brut|half||POL ROGER RES
krug_gc|btl||KRUG GDE CUVEE
deutz_bdb|btl|2017|DEUTZ BDB
deutz_bdb|btl|2016|DEUTZ BLANC BLANCS
gosset_gr|btl||GOSSET GDE RES
cristal|btl|2015|CRISTAL ROED
lr_coll|flute||ROEDERER 244
jq_745|btl||JACQUESSON 745
lb_latitude|coupe||LARMANDIER LATIT
wangel|glass||WHISP ANGEL
wangel|mag||WHISPERING ANGEL
huet_hautlieu|glass|2020|VOUVRAY HAUT LIEU
drouin_reserve|d4||CALVA DROUIN RES
drouin_12|dose||DROUIN 12ANS
dupont_hda|d2||DUPONT HORS AGE
magloire_vsop|dose||PERE MAGLOIRE
k1664|demi||1664
guinness|pinte||GUINNESS
glenf18|d4||GLENFIDDICH 18A
lillet_rose|glass||LILLET ROSE
ft_med|c20||FEVER MEDIT
coca_zero|c33||COCA ZERO
dom_p|btl|2010|DOM PERIGNON
dom_p|btl|2015|DOM PERIG
cristal|btl|2013|CRISTAL
cristal|btl|2016|CRISTAL ROED
bo_ga|btl|2012|BOLLY GA
vc_gdame|btl|2012|GDE DAME VEUVE
ta_comtes|btl|2013|COMTES TAITT
pr_wsc|btl|2015|WINSTON CHURCH
deutz_bdb|btl|2018|DEUTZ BDB
deutz_bdb|btl|2015|DEUTZ BLC BLCS
jolivet_sanc|glass|2021|SANC JOLIVET
lar_stmartin|glass|2023|CHAB STMARTIN
lynch|mag|2009|LYNCH BAGES
talbot|btl|2015|TALBOT
-|flute||CHAMP DU MOIS|generic house champagne
-|flute||KIR ROYAL|mixed drink
-|coupe||SPRITZ APEROL|mixed drink
-|glass||MIMOSA|mixed drink
-|||HUITRES N3 X6|food
-|||EXPRESSO|coffee
dom_p|mag|2012|DOM PERIGNON
-|btl|2008|DOM P ROSE|another colour of Dom Perignon
vc_rose|mag||VEUVE ROSE
-|btl||VEUVE DEMI SEC|another cuvee of Veuve Clicquot
-|flute||VEUVE RICH|another cuvee of Veuve Clicquot
bo_sc|half||BOLLY SPEC CUV
-|btl|2008|BOLLY RD|another cuvee of Bollinger
-|btl|2010|DOM RUINART|another cuvee of Ruinart
-|btl||KRUG ROSE|another colour of Krug
-|btl|2008|KRUG|Krug vintage, only Grande Cuvee held
-|btl||ROEDERER 243|another Collection number
-|btl||JACQUESSON 746|another cuvee number
ta_brut|jero||TAITTINGER
-|btl||TAITT PRELUDE|another cuvee of Taittinger
-|coupe||LP ULTRA BRUT|another cuvee of Laurent-Perrier
-|btl||POL ROGER ROSE|another colour of Pol Roger
-|btl||DEUTZ ROSE|another colour of Deutz
-|coupe||CHAMP ROSE|generic, several rose champagnes
-|btl||MOET ICE IMP|another cuvee of Moet
-|glass||VIN BLANC|generic
-|dose||CALVADOS|generic, several calvados
-|d4||DROUIN 15ANS|age not held
-|d4||DUPONT 20ANS|age not held
-|dose||MAGLOIRE XO|another age of Pere Magloire
-|pinte||PANACHE|mixed drink
duvel|pinte||DUVEL
-|d4||GLENFIDDICH 15A|age not held
-|glass||GIN TONIC|mixed drink
-|d4||HENNESSY VSOP|another age of Hennessy
-|||DROIT BOUCHON|service
-|c33||COCA CHERRY|another variant of Coca-Cola
"""
