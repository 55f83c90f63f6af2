"""COMPTOIR (the counter's register): what the staff keyed, as `key|measure|vintage|text`
or `-|measure|vintage|text|reason` for what is no drink of the library. The till folds to
ASCII capitals, prints the PLU name in a 16-column field and the size key after it."""

CASES = """
pinte_karl|vre||POULSARD AMI KARL
pinte_karl|btl|2021|KARL PINTE
pinte_sav|btl|2020|SAVAGNIN PINTE
pinte_vj|clav|2016|VJ PINTE
fva_trou|vre|2022|TROUSSEAU FVA
fva_trou|mag|2021|TROUSS FVA
fva_beth|c25||BETHANIE FVA
fva_crem|vre||CREMANT JURA FVA
fva_cremrose|vre||CREMANT ROSE FVA
fva_macvin|vre||MACVIN BLANC FVA
tissot_sing|btl|2021|SINGULIER TISSOT
bb_trad|vre||CDJ TRADITION BB
bb_cc|clav|2015|CH CHALON BB
macle_cc|clav||CH CHALON MACLE
macle_chard|btl||CDJ CHARDONNAY MACLE
arlay_corail|btl||CORAIL ARLAY
arlay_paille|half|2019|PAILLE ARLAY
montb_etoile|vre||ETOILE MONTBOURGEAU
hmaire_fou|btl||VIN FOU HENRI MAIRE
bouch_vig|half||BGNE PN VIGNEE
bouch_vig|c50||BOURGOGNE VIGNEE
bouch_alig|vre||ALIGOTE BOUCHARD
latour_gen|vre|2022|LUGNY GENIEVRES
brocard_sc|btl|2022|CHAB BROCARD
brocard_sc|half||CHABLIS BROCARD
faiv_fram|btl|2019|MERCUREY FAIV
faiv_gevrey|btl||GEVREY FAIVELEY
chanson_lav|btl|2018|SAVIGNY CHANSON
fuisse_tdc|btl||POUILLY FUISSE
deuxroches_sv|v15||ST VERAN 2 ROCHES
lugny_crem|vre||CREMANT BGNE
duboeuf_bv|c25|2023|BEAUJ VILLAGES
guigal_cdr|c50||CDR GUIGAL RGE
minuty_m|mag||M MINUTY
moet_imp|half||MOET BRUT
moet_rose|btl||MOET ROSE IMPERIAL
guy_pont|dose||PONTARLIER GUY
pernot_vp|dose||VIEUX PONTARLIER
guy_sapin|dose||VRAI SAPIN
bb_blonde|pinte||BONNE BOUILLE BLD
rdl_blanche|demi||ROUGET BLANCHE
k1664|demi||1664
grim_bl|pinte||GRIMBERGEN
chimay_bl|b33||CHIMAY BLEUE
schweppes|b25||SCHWEPPES TONIC
perrier|b100||PERRIER
glen12|dose||GLENFIDDICH 12ANS
# almost: a vintage the library does not hold (short names so the vintage fits)
pinte_karl|btl|2020|KARL PINTE
pinte_vj|clav|2012|VJ PINTE
fva_trou|vre|2020|TROUSS FVA
fva_beth|btl|2018|BETHANIE FVA
bb_cc|clav|2013|CH CHALON BB
bb_trad|btl|2022|CDJ TRAD BB
arlay_paille|half|2018|PAILLE ARLAY
montb_etoile|btl|2019|ETOILE MONTB
bouch_vig|btl|2020|BGNE VIGNEE
faiv_fram|vre|2021|MERCUREY FAIV
chanson_lav|btl|2019|SAVIGNY CHANS
guigal_cdr|btl|2022|GUIGAL RGE
duboeuf_bv|btl|2021|BEAUJ VILL
minuty_m|btl|2022|M MINUTY
# formats the library does not hold
pinte_karl|mag||KARL PINTE
bb_trad|half||CDJ TRAD BB
latour_gen|mag||LUGNY GENIEVRES
bouch_alig|half||ALIGOTE BOUCH
rdl_blonde|demi||ROUGET BLONDE
bb_ambree|pinte||BONNE BOUILLE AMB
moet_rose|half||MOET ROSE
# none
-|vre||VIN JAUNE|a type alone: the library holds several vins jaunes (Arbois, two Château-Chalon)
-|vre||VIN ROUGE MAISON|generic house wine
-|c50||PICHET ROSE|generic carafe of rosé
-|||CAFE|coffee
-|||CROUTE MORILLES|food
-|||SAUCISSE MORTEAU|food
-|||FONDUE COMTOISE|food
-|vre||KIR|mixed drink (cassis and aligoté)
-|vre||KIR ROYAL|mixed drink (cassis and champagne)
-|demi||PANACHE|mixed drink (beer and lemonade)
-|demi||MONACO|mixed drink (beer, lemonade, grenadine)
-|dose||PERROQUET|mixed drink (anis and mint syrup)
-|btl||SAVAGNIN TISSOT|Tissot's savagnin is not held (only its Crémant Indigène and Trousseau Singulier)
-|btl||POULSARD FVA|the Fruitière's poulsard is not held
-|btl||CHABLIS 1ER CRU|a Chablis premier cru is not held
-|btl||GEVREY ROSSIGNOL|another producer's Gevrey-Chambertin
-|vre||MACVIN ROUGE|only the white Macvin is held
-|btl||CREMANT ROSE TISSOT|Tissot's rosé crémant is not held
-|dose||ABSINTHE|a type alone: three absinthes are held
-|dose||WHISKY|generic
-|dose||GLENFIDDICH 18ANS|an age not held (12 and 15)
-|dose||HAVANA ESPECIAL|Havana Club Especial is not held
-|b33||FANTA ORANGE|not held
-|pinte||PELFORTH BRUNE|not held
-|dose||MIRABELLE|a type alone, not held
-|vre||VIN CHAUD|mulled wine
-|btl||MERCUREY BLANC FAIV|Faiveley's white Mercurey is not held
-|vre||COUPE CHAMPAGNE|generic: two champagnes are held
-|b100||EAU GAZEUSE|generic: three sparkling waters
"""
