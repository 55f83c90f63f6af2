"""What the bar staff keyed on the counter register (caisse).

key|measure|vintage|text   for a drink of the library (the department follows the drink), or
-|dept|measure|vintage|text|reason   for a product that is no drink of the library.
"""
CASES = """
pf_lad|vre|2022|PF LADOUCETTE
pf_lad|btl|2021|POUILLY FUME LADOU
pf_baronl|btl|2019|BARON DE L
pf_saget|vre|2023|PF SAGET PERRIERE
pf_serge|p50|2023|PF S DAGUENEAU
pf_serge|btl|2021|PF S DAGUENEAU
pf_tracy|btl|2021|CH DE TRACY
pf_tracy|mag|2019|CH TRACY
pf_tracy|btl|2019|CH TRACY
pf_paulus|btl|2022|VILLA PAULUS
sa_vach|vre|2023|SANCERRE VACHERON
sa_vach_rg|btl|2021|SANC VACH RGE
sa_vach_rg|vre|2020|SANC VACH RGE
sa_romains|btl|2020|SANC ROMAINS VACH
sa_jolivet|half|2023|SANC JOLIVET
sa_moussiere|btl|2022|MOUSSIERE A MELLOT
sa_moussiere|mag|2022|MOUSSIERE
sa_moussiere|btl|2021|LA MOUSSIERE
ms_pelle|btl|2023|MOROGUES PELLE
ms_pelle|vre|2021|MOROGUES PELLE
ms_chatenoy|vre|-|MENETOU CHATENOY
cg_villargeau|vre|2023|GIENNOIS BL VILLARGEAU
cg_villargeau|btl|2021|GIEN BL VILLARG
cg_villargeau_rg|p50|2022|GIEN RG VILLARG
bg_jadot|vre|2022|BOURG PN JADOT
bg_jadot|half|2022|BOURG JADOT
bg_jadot|btl|2020|BOURG JADOT
bg_jadot|p25|2021|BGNE JACOBINS JADOT
bn_mouches_rg|btl|2019|BEAUNE MOUCHES RG
gc_trapet|btl|2019|GEVREY R TRAPET
gc_trapet|mag|2018|GEVREY TRAPET
ch_stmartin|vre|2023|CHABLIS ST MARTIN
ch_stmartin|half|2023|CHAB ST MARTIN
ch_stmartin|btl|2021|CHAB ST MARTIN
ch_montmain|btl|2019|CHAB MONTMAIN
ch_clos|btl|2018|CHAB LES CLOS FEVRE
bx_lanessan|btl|2016|LANESSAN
bx_lanessan|btl|2017|CH LANESSAN
bx_ormes|btl|2020|ORMES DE PEZ
bx_capfaugeres|mag|2016|CAP FAUGERES
rh_perrin_rg|p25|2022|CDR PERRIN RGE
rh_perrin_rg|btl|2020|CDR PERRIN RGE
rh_p45|vre|2022|PARALLELE 45
rh_thalabert|btl|2019|THALABERT
rh_telegraphe|mag|2016|VX TELEGRAPHE
cp_boll|cp|-|BOLLINGER SPEC
cp_boll_ga|btl|2014|BOLL GDE ANNEE
cp_boll_ga|btl|2012|BOLL GRANDE ANNEE
cp_taitt|flute|-|TAITTINGER BRUT
cp_lp|mag|-|LAURENT PERRIER
bi_kro|demi|-|KRO
bi_kro|pinte|-|KRONENBOURG
bi_vez_bl|pinte|-|VEZELAY BLONDE
bi_1664bl|demi|-|1664 BLANC
sp_lagavulin|cl4|-|LAGAVULIN 16ANS
sp_glen12|cl4|-|GLENFIDDICH 12ANS
ap_ricard|dose|-|RICARD
ap_lillet|vre|-|LILLET BLANC
so_coca|b33|-|COCA
so_perrier|b100|-|PERRIER
sa_vach|mag|2022|SANC VACHERON
pf_saget|half|2023|PF SAGET
ch_clos|mag|2018|CHAB LES CLOS
cp_taitt|mag|-|TAITTINGER
bx_ormes|half|2019|ORMES PEZ
-|CUIS|-|-|FRITURE DE LOIRE|food
-|CUIS|-|-|JAMBON PERSILLE|food
-|CUIS|-|-|NOUGATINE NEVERS|dessert
-|CAFE|-|-|CAFE SERRE|coffee
-|CAFE|-|-|IRISH COFFEE|coffee drink
-|DIV|-|-|DROIT BOUCHON|service
-|DIV|-|-|FORMULE GP|race-weekend menu
-|BL|vre|-|BLANC MAISON|generic house wine
-|RG|p50|-|ROUGE MAISON|generic house wine
-|BL|vre|-|POUILLY FUME|appellation alone, five Pouilly-Fumé held
-|BL|vre|-|SANCERRE BLANC|appellation alone, three white Sancerres held
-|BL|btl|-|CHABLIS|appellation alone, several Chablis held
-|BL|btl|2021|PF SILEX DAGUENEAU|Didier Dagueneau's Silex, not held
-|BL|btl|2022|SANC BOURGEOIS|producer not held
-|RS|btl|2023|SANC ROSE VACHERON|colour not held for Vacheron
-|BL|btl|2019|CHAB VAUDESIR FEVRE|another grand cru of a held producer
-|BL|btl|2021|CHAB FOURCHAUME|another premier cru, not held
-|RG|btl|2020|GEVREY 1ER TRAPET|another wine of a held producer
-|ALC|cl4|-|GLENFIDDICH 18ANS|age not held
-|ALC|dose|-|HAVANA 7ANS|age not held
-|ALC|cl4|-|LAGAVULIN 8ANS|age not held
-|APE|vre|-|KIR|mixed drink
-|APE|flute|-|KIR ROYAL|mixed drink
-|APE|vre|-|SPRITZ APEROL|mixed drink
-|PRESS|demi|-|PANACHE|mixed drink
-|PRESS|demi|-|MONACO|mixed drink
-|PRESS|pinte|-|BIERE DU MOMENT|generic
-|SOFT|b33|-|COCA CHERRY|soft not held
-|BUL|cp|-|COUPE CHAMPAGNE|generic, several champagnes held
-|BUL|btl|-|TAITT COMTES|Comtes de Champagne, not held
-|BUL|flute|-|CREMANT DE LOIRE|not held
-|RG|btl|2019|COTE ROTIE GUIGAL|wine not held
"""
