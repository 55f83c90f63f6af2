"""comptoir: the zinc's old register. key|measure|vintage|typed text|want, or
-FAMILY|measure|vintage|typed text|reason for a product that is no drink of the library."""
CASES = """
lel_gris|B|2023|GRISTOUL LELIEVRE|y
lel_gris|H|2023|GRIS LEL|y
lel_gris|H|2021|GRIS LEL|a
lel_aux|B|2023|AUXERROIS LEL|y
lel_pn|B|2020|PN LELIEVRE|a
lel_pn|P25||PN LELIEVRE|y
reg_aux|B|2022|AUX PRESTIGE REGINA|y
reg_gris|B|2023|GRIS VV REGINA|y
reg_gris|B|2024|GRIS VV REG|a
lar_gris|M|2023|GRIS LAROPPE|y
lar_gris|B|2022|GRIS LAROPPE|a
-RSE|G||GRIS DE TOUL|three gris de Toul held, the label does not tell them apart
-RSE|M||GRIS LELIEVRE|Lelievre's gris is held in 75 and 37.5 cl, no magnum
vaux_sept|B|2022|SEPTENTRION VAUX|y
vaux_sept|B|2021|SEPTENTRION|a
oury_aux|G||AUX OURY SCHREIBER|y
-RGE|B||PN OURY SCHREIBER|Oury-Schreiber's pinot noir is not held
blanck_ries|B|2021|RIESL BLANCK|y
blanck_ries|B|2019|RIES BLANCK|a
blanck_gc|B|2019|GC SCHLOSSBERG|y
-BLC|B||GEWURZ BLANCK|Blanck's gewurztraminer is not held
-BLC|B||FURSTENTUM BLANCK|another grand cru of Blanck, not held
dopff_gew|B|2021|GEWURZ DOPFF|y
dopff_crem|CP||CREMANT JULIEN|y
arthur_crem|B||CREM ROSE ARTHURMETZ|y
-BUL|B||CREMANT ROSE DOPF|Dopff's rosé crémant is not held
turck_pn|P50||PN TURCKHEIM|y
turck_pb|P50||PINOT BLANC|y
ld_chablis|B|2023|CHABLIS LONG DEP|y
ld_chablis|H|2022|CHABLIS|a
ld_chablis|G||CHABLIS|y
-BLC|B||CHABLIS 1ER CRU|no premier cru Chablis is held
bouch_vignee|B|2022|LA VIGNEE BOUCHARD|y
bouch_vignee|B|2019|VIGNEE BOUCH|a
foillard_py|M|2021|MORGON PY|y
foillard_py|B|2022|COTE PY|a
duboeuf_bv|P25||BEAUJ VILLAGES|y
-RGE|B||BROUILLY|no Brouilly is held
bouch_meurs|B|2020|MEURSAULT BOUCHARD|y
-BLC|B||MEURSAULT DROUHIN|Drouhin's Meursault is not held
boll_sc|B||BOLLINGER SC|y
boll_sc|CP||BOLLINGER|y
-BUL|B||BOLL GDE ANNEE|Bollinger La Grande Année is not held
vcp_brut|B||VEUVE CLICQUOT|y
-BUL|M||CLICQUOT|no magnum of Veuve Clicquot is held
-BUL|B||CLICQUOT ROSE|Veuve Clicquot's rosé is not held
pol_res|CP||POL ROGER|y
pol_vint|B|2015|POL ROGER VINT|y
pol_vint|B|2012|POLROGER MILL|a
jol_sanc|B|2023|SANCERRE JOLIVET|y
jol_sanc|G||SANCERRE|y
jol_sanc|H|2021|SANCERRE|a
-RGE|B||SANCERRE ROUGE|no red Sancerre is held
ladou_pf|B|2022|POUILLY FUME|y
-BLC|B||POUILLY FUISSE|no Pouilly-Fuissé is held
couly_chinon|B|2019|CHINON BARONNIE|y
couly_chinon|B|2018|CHINON COULY|a
phelan|B|2016|PHELAN SEGUR|y
phelan|M|2018|PHELAN SEGUR|y
phelan|B|2017|PHELAN|a
-RGE|B||FRANK PHELAN|Phélan Ségur's second wine is not held
chasse|B|2015|CHASSE SPLEEN|y
chasse|B|2016|CHASSESPLEEN|a
lions|S50||LIONS SUDUIRAUT|y
lions|G||SAUTERNES|y
p45_r|B|2022|PARALLELE45|y
p45_r|G||P45 JABOULET|y
p45_r|B|2020|PARALLELE 45|a
beauc|B|2019|BEAUCASTEL|y
beauc|B|2018|BEAUCAST|a
-RGE|B||CDP VIEUX TELEGRAPHE|no Vieux Télégraphe is held
wa|M|2023|ESCLANS|y
-RSE|B||ROCK ANGEL|Esclans's Rock Angel is not held
meteor|DM||METEOR|y
affl|DM||AFFLIGEM|y
bdl_1418|PT||14-18|y
jeanne|DM||JEANNE DARC|n
orval|B||ORVAL|y
chouffe|S75||CHOUFFE|y
-BRE|B||CHOUFFE HOUBLON|Houblon Chouffe is not held
-PRS|DM||PANACHE|a mix, not a drink of the library
-PRS|DM||MONACO|a mix, not a drink of the library
-PRS|PT||PICON BIERE|a mix, not a drink of the library
gd_mir|D||MIRAB GRALLET|y
-EDV|D||MIRABELLE|two mirabelles held, the label does not tell them apart
miclo_poire|D||POIRE WILLIAMS|y
roz_fume|D||ROZ FUME|y
-EDV|D||ROZELIEURES|two Rozelieures whiskies held
glenmo|D||GLENMO 10|y
-EDV|D||LAGAVULIN 8|Lagavulin 8 ans is not held
hennvs|D||COGNAC VS|y
-EDV|D||HENNESSY XO|Hennessy XO is not held
ricard|D2||RICARD|y
suze|D||SUZE|y
lillet|G||LILLET|y
-APE|U||KIR LORRAIN|a mix, not a drink of the library
-BUL|CP||KIR ROYAL|a mix, not a drink of the library
coca|B||COCA|y
vittel|S100||VITTEL|y
contrex|S50||CONTREX|n
-SFT|U||SIROP MENTHE|a syrup, not held
-CUI|U||QUICHE LORRAINE|food
-CUI|U||TARTE MIRABELLES|food
-CUI|U||PATE LORRAIN|food
-CAF|U||NOISETTE|coffee
-CAF|U||GRAND CREME|coffee
-DIV|U||DROIT BOUCHON|service
-RGE|G||VIN DU MOMENT|generic label
-BRE|B||KRONENBOURG|no Kronenbourg is held
-EDV|D||GET 27|Get 27 is not held
"""
