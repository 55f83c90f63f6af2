"""export: the back office's article export. key|measure|vintage|description|want, or
-FAMILY|measure|vintage|description|reason for a product that is no drink of the library."""
CASES = """
lel_gris|B|2023|GRIS DE TOUL LELIEVRE|y
lel_gris|H|2022|GRIS LELIEVRE|a
lel_aux|G|2023|AUXERROIS LELIEVRE|y
lel_pn|B|2022|PINOT NOIR LELIEVRE|y
reg_aux|B|2024|AUXERROIS PRESTIGE REGINA|a
reg_gris|B|2023|GRIS VIEILLES VIGNES REGINA|y
reg_pn|P50||PINOT NOIR TRADITION|y
lar_gris|G|2023|GRIS LAROPPE|y
-RSE|H||GRIS LAROPPE|no half bottle of Laroppe's gris is held
vaux_sept|B|2023|SEPTENTRION CH DE VAUX|a
oury_aux|B|2023|AUXERROIS OURY SCHREIBER|y
blanck_ries|B|2020|RIESLING CLASSIQUE BLANCK|a
blanck_gc|B|2019|SCHLOSSBERG GC BLANCK|y
-BLC|B||RIESLING VT BLANCK|a vendanges tardives, another wine, not held
dopff_gew|H|2021|GEWURZTRAMINER DOPFF|y
dopff_crem|M||CREMANT JULIEN DOPFF|y
-BUL|H||CREMANT JULIEN DOPFF|no half bottle of Cuvée Julien is held
arthur_crem|B||CREMANT ROSE ARTHUR METZ|y
turck_pb|B|2022|PINOT BLANC TURCKHEIM|a
ld_chablis|B|2022|CHABLIS LONG DEPAQUIT|y
ld_chablis|P25||CHABLIS LONG DEPAQUIT|y
-BLC|M||CHABLIS LONG DEPAQUIT|no magnum of Chablis is held
bich_macon|B|2022|MACON VILLAGES BICHOT|a
bouch_vignee|G||BOURGOGNE LA VIGNEE|y
drouhin_cdb|B|2020|COTE DE BEAUNE VILLAGES|y
foillard_py|B|2021|MORGON COTE DU PY|y
duboeuf_bv|P50||BEAUJOLAIS VILLAGES DUBOEUF|y
-RGE|B||BEAUJOLAIS NOUVEAU|not held
boll_sc|B||BOLLINGER SPECIAL CUVEE|y
boll_rose|M||BOLLINGER ROSE|n
vcp_brut|B||VEUVE CLICQUOT BRUT|y
pol_vint|B|2014|POL ROGER VINTAGE|a
deutz|H||DEUTZ BRUT CLASSIC|n
-BUL|B||DEUTZ AMOUR DE DEUTZ|not held
jol_sanc|B|2022|SANCERRE JOLIVET|y
jol_sanc|H|2023|SANCERRE PASCAL JOLIVET|y
-BLC|B||SANCERRE VACHERON|another producer's Sancerre, not held
ladou_pf|B|2021|POUILLY FUME LADOUCETTE|a
couly_chinon|B|2020|CHINON COULY DUTHEIL|y
cleray|G||MUSCADET CLERAY|y
-BLC|B||PEPIERE MUSCADET|another producer's Muscadet, not held
phelan|B|2016|CH PHELAN SEGUR|y
phelan|M|2015|CH PHELAN SEGUR|a
chasse|B|2018|CH CHASSE SPLEEN|y
reynon|B|2021|CH REYNON BLANC|a
-RGE|B||CH REYNON ROUGE|Reynon's red is not held
puyg|G||CH PUYGUERAUD|y
p45_r|B|2021|PARALLELE 45 ROUGE JABOULET|y
p45_rs|B|2022|PARALLELE 45 ROSE JABOULET|a
-BLC|B||PARALLELE 45 BLANC|Jaboulet's white Parallèle 45 is not held
beauc|M|2019|CH DE BEAUCASTEL|n
delas_croz|B|2021|CROZES HERMITAGE LES LAUNES|y
wa|M|2023|WHISPERING ANGEL|y
meteor|DM||METEOR PILS PRESSION|y
bdl_1418|DM||BRASSEURS LORRAINE 14-18|y
jeanne|B||JEANNE D ARC BLANCHE|y
paumee_bl|B||PAUMEE BLONDE|y
-BRE|B||BRASSEURS LORRAINE|generic: several beers of the brewery held
chouffe|S33||CHOUFFE|y
karm|B||TRIPEL KARMELIET|y
orval|DM||ORVAL|n
gd_mir|D||MIRABELLE GRALLET DUPIC|y
gd_mir|B||MIRABELLE GRALLET DUPIC|y
miclo_poire|D||POIRE WILLIAMS MICLO|y
-EDV|D||MASSENEZ POIRE WILLIAMS|Massenez's poire is not held
roz_fume|B||ROZELIEURES FUME|y
hennvs|D||HENNESSY VS|y
lagav|B||LAGAVULIN 16 ANS|y
ricard|D||RICARD|y
suze|B||SUZE|y
cassis|D||CREME DE CASSIS LEJAY|y
-APE|G||KIR|a mix, not a drink of the library
-SFT|S100||COCA COLA|no 1 L Coca-Cola is held
sanpe|S100||SAN PELLEGRINO|y
vittel|S50||VITTEL|y
fuze|B||FUZE TEA PECHE|y
-SFT|B||FUZE TEA CITRON|not held
-SFT|B||EAU EN CARAFE|service
-CUI|U||QUICHE LORRAINE PART|food
-CUI|U||PLANCHE LORRAINE|food
-CUI|U||TARTE AUX MIRABELLES|food
-CUI|U||FORMULE MIDI|food
-CAF|U||CAFE ALLONGE|coffee
-CAF|U||CHOCOLAT VIENNOIS|drink, not held
-DIV|U||PRIVATISATION SALON|service
-DIV|U||AVOIR CLIENT|service
"""
