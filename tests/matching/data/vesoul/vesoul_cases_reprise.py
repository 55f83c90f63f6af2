"""reprise: the counter till (old register's articles imported into the new POS).

One case a line: expect|key|measure|yy|text   or   n|-|measure|-|text|fam|reason
(expect y / a / n is what the author means; the build recomputes it from the rendered label
and stops on a disagreement). The text is the old register's designation.
"""
CASES = """
y|guigal_cdr_r|v|-|CDR GUIGAL
y|guigal_cdr_r|p50|-|CDR GUIGAL
y|guigal_cdr_r|bt|21|CDR GUIGAL RGE
y|guigal_cdr_r|half|21|CDR GUIGAL
a|guigal_cdr_r|bt|19|CDR GUIGAL RGE
y|guigal_cdr_b|v|-|CDR GUIGAL BLC
a|guigal_cdr_b|bt|21|CDR GUIGAL BLC
y|guigal_cdr_rs|p50|-|CDR GUIGAL ROSE
y|drouhin_pn|v|-|BGNE PINOT DROUHIN
y|drouhin_pn|bt|20|BGNE PN DROUHIN
a|drouhin_pn|bt|21|BGNE PN DROUHIN
y|drouhin_pn|half|-|BGNE PN DROUHIN
y|bouchard_ch|v|-|BGNE CHARD BOUCHARD
y|laroche_chab|bt|22|CHABLIS LAROCHE
y|laroche_chab|bt|20|CHABLIS ST MARTIN
y|laroche_chab|half|21|CHABLIS LAROCHE
y|faiveley_merc|v|-|MERCUREY FAIVELEY
a|faiveley_merc|bt|20|MERCUREY FAIV
y|trapet_gev|mag|19|GEVREY TRAPET
y|rolet_trous|v|-|ARB TROUSSEAU ROLET
y|tissot_pouls|v|-|POULSARD TISSOT
a|tissot_pouls|bt|20|POULSARD TISSOT
y|fruit_sav|v|-|SAVAGNIN FRUITIERE
a|fruit_sav|bt|17|SAVAGNIN FRUIT
y|baud_trad|p25|-|CDJ TRADITION BAUD
a|baud_trad|bt|20|CDJ TRADI BAUD
y|baud_jaune|v|-|VIN JAUNE BAUD
y|bb_chalon|clav|16|CHAT CHALON BB
a|bb_chalon|clav|14|CHALON BB
y|bb_paille|half|-|VIN PAILLE BB
y|rolet_cremant|v|-|CREMANT JURA ROLET
y|rolet_cremant|mag|-|CREM JURA ROLET
y|rolet_cremrose|v|-|CREM JURA ROSE
y|trimbach_ries|v|-|RIESLING TRIMBACH
a|trimbach_ries|half|19|RIESL TRIMB
y|hugel_gewu|v|-|GEWURZ HUGEL
a|hugel_gewu|bt|22|GEWURZ HUGEL
y|turck_pn|v|-|PINOT NOIR ALSACE
y|mirambeau_r|p50|-|MIRAMBEAU RGE
a|mirambeau_r|half|20|MIRAMBEAU
a|cantemerle|bt|17|CANTEMERLE
a|vt_lacrau|bt|20|CDP LA CRAU VT
a|ferret_pf|bt|20|POUILLY FUISSE
y|minuty_m|v|-|M DE MINUTY
a|minuty_m|mag|22|MINUTY
y|drappier_cd|v|-|CHAMP DRAPPIER
y|drappier_cd|half|-|CHAMP DRAPPIER
y|peureux_kirsch|dose|-|KIRSCH PEUREUX
y|devoille_kvieux|d2|-|KIRSCH VX DEVOILLE
y|pernot_vp|dose|-|ABSINTHE PONTARLIER
y|guy_pont|d2|-|PONTARLIER ANIS
y|ricard|d2|-|RICARD
y|kro_keg|demi|-|KRO
y|grim_keg|demi|-|GRIMBERGEN
y|rdl_keg|pinte|-|ROUGET LISLE BLONDE
y|blanc1664_keg|demi|-|1664 BLANC
y|franche_blonde|c75|-|FRANCHE BLD
y|coca||-|COCA
y|vittel|c50|-|VITTEL
y|chartreuse_v|dose|-|CHARTREUSE VERTE
y|havana7|d5|-|HAVANA 7
n|-||-|CROQUE MONSIEUR|C|food
n|-||-|SAUCISSE MORTEAU|C|food
n|-||-|CANCOILLOTTE FRITES|C|food
n|-||-|ASSIETTE COMTE|C|food
n|-||-|CAFE|H|coffee
n|-||-|CAFE GOURMAND|C|dessert with coffee
n|-||-|CHOCOLAT CHAUD|H|hot drink, not held
n|-||-|CONSIGNE FUT|X|service (keg deposit)
n|-||-|DROIT BOUCHON|X|service (corkage)
n|-|v|-|ROUGE MAISON|R|generic house red
n|-|p50|-|BLANC DU MOMENT|B|generic white of the moment
n|-||-|KIR|A|mixed drink, not a library drink
n|-||-|KIR ROYAL|A|mixed drink, not a library drink
n|-||-|PICON BIERE|P|Picon not held, mixed drink
n|-|demi|-|PANACHE|P|mixed drink (beer and lemonade)
n|-|v|-|SANCERRE|B|wine not held
n|-|bt|-|SAUMUR CHAMPIGNY|R|wine not held
n|-|v|-|BEAUJOLAIS|R|wine not held
n|guigal_cdr_r|mag|-|CDR GUIGAL
n|fruit_sav|half|-|SAVAGNIN FRUIT
n|-|bt|-|ARBOIS ROUGE|R|two red Arbois held (Trousseau Rolet, Poulsard Tissot)
n|-|v|-|CREMANT|M|generic: three crémants held
n|-|dose|-|CHIVAS 18 ANS|D|age not held (12 ans only)
n|-|dose|-|HAVANA 15 ANS|D|age not held (3 and 7 ans only)
n|-|dose|-|KIRSCH|D|generic: two kirsch held
n|-||-|COUPE GRIOTTINES|C|dessert
n|-|dose|-|COGNAC XO REMY|D|XO not held (VSOP only)
n|-|dose|-|MARC BOURGOGNE|D|marc de Bourgogne not held (marc du Jura only)
n|leffe_b|demi|-|LEFFE
n|coca|c50|-|COCA
n|-||-|SIROP A L EAU|F|generic soft
n|-||-|DIABOLO MENTHE|F|generic soft
n|-||-|SCHWEPPES|F|two Schweppes held (tonic, agrum)
n|-|v|-|PINOT NOIR|R|two pinot noirs held (Drouhin, Turckheim)
n|-|bt|-|CHABLIS 1ER VAUCOUP|B|premier cru not held (Montmains only)
n|-|bt|-|TRIMBACH GEWURZ|B|producer's other wine
n|-|bt|-|GUIGAL CROZES|R|producer's other wine
n|-||-|REMISE 10%|X|discount
"""
