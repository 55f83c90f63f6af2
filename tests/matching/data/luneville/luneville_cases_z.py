"""z: the articles of the dining-room till as the reseller typed them (before the 20-column cut).

One case a line: key|measure|vintage|text   or   -|measure|vintage|text|reason
"""
CASES = """
lel_gris|B|2023|LELIEVRE GRIS TOUL
lel_aux|B|2023|LELIEVRE AUXERROIS
lel_pn|B|2022|LELIEVRE PN
lar_gris|K50|2023|LAROPPE GRIS
lar_pn|B|2021|LAROPPE PINOT NOIR
mig_gris|K25|2023|MIGOT GRIS TOUL
vdt_gris|B|2023|VIGN.TOULOIS GRIS
vdt_aux|K50|2023|TOULOIS AUXERROIS
vaux_sept|B|2022|CH.VAUX SEPTENTRION
vaux_pn|B|2020|CH.VAUX PINOT NOIR
oury_pg|B|2021|OURY-SCHREIBER PG
hug_gewurz|B|2021|HUGEL GEWURZTRAMINER
hug_ries|G|2021|HUGEL RIESLING
hug_pn|B|2021|HUGEL PINOT NOIR
trim_ries|B|2021|TRIMBACH RIESLING
trim_pg|G|2020|TRIMBACH PG RESERVE
mann_schloss|B|2020|MANN SCHLOSSBERG GC
mann_aux|B|2022|MANN AUXERROIS VV
beyer_gewurz|G|2021|BEYER GEWURZ
wolf_brut|B||WOLFBERGER CREM.BRUT
wolf_rose|F||WOLFBERGER CREM.ROSE
lanson_bl|H||LANSON BLACK LABEL
lanson_bl|F||LANSON BLACK LABEL
jadot_jac|B|2022|JADOT COUVENT JACOBINS
jadot_jac_blc|G|2022|JADOT BOURG.CHARDONNAY
broc_chablis|G|2023|BROCARD CHABLIS STE CLAIRE
broc_1er|B|2021|BROCARD 1ER CRU MONTMAINS
guigal_cdr|B|2021|GUIGAL COTES DU RHONE
chasse|B|2017|CHASSE SPLEEN
larose|B|2018|LAROSE TRINTAUDON
bonnet_blc|B|2023|CH.BONNET BLANC
kro|DE||KRONENBOURG PRESSION
meteor|PI||METEOR PILS PRESSION
loup_blond|PI||BRASS.LORRAINE LOUP BLOND
noiraude|C33||BRASS.LORRAINE NOIRAUDE
k1664_blanc|C25||KRONENBOURG 1664 BLANC
mdm_quet|D||MAISON MIRAB.QUETSCHE
dev_mirab|D||DEVOILLE MIRABELLE
glenf12|D||GLENFIDDICH 12 ANS
citadelle|D||CITADELLE GIN
havana7|D||HAVANA CLUB 7 ANS
lillet_b|G||LILLET BLANC
lillet_r|G||LILLET ROSE
martini_b|D||MARTINI BIANCO
cassis|D2||CREME CASSIS VEDRENNE
schweppes_ag|C25||SCHWEPPES AGRUMES
coca_zero|C33||COCA-COLA ZERO
lel_gris|G|2024|LELIEVRE GRIS
lel_pn|B|2019|LELIEVRE PN
chasse|B|2016|CHASSE SPLEEN
larose|M|2018|LAROSE TRINT.
hug_gewurz|G|2022|HUGEL GEWURZ
trim_ries|G|2022|TRIMBACH RIES
mann_schloss|B|2017|MANN SCHLOSSB.
oury_pg|G|2020|OURY PINOT GRIS
faiv_merc|B|2021|FAIVELEY MERC.
guigal_cdr|M|2021|GUIGAL CDR
jadot_jac|G|2023|JADOT JACOBINS
vaux_sept|G|2020|CH.VAUX SEPT.
fonreaud|B|2019|FONREAUD
broc_chablis|H|2023|BROC.STE CLAIRE
-|X||QUICHE LORRAINE|food
-|X||PATE LORRAIN|food
-|X||CHOUCROUTE GARNIE|food
-|X||TARTE FLAMBEE|food
-|X||FROMAGE BLANC|food
-|X||CAFE|coffee
-|X||DECAFEINE|coffee
-|X||INFUSION VERVEINE|hot drink
-|X||DROIT DE BOUCHON|service
-|X||REMISE FIDELITE|discount
-|X||ACOMPTE GROUPE|deposit
-|K50||VIN ROUGE MAISON|house wine, not in the library
-|K25||VIN GRIS MAISON|house wine, not in the library
-|G||VIN DU MOMENT|generic label
-|G||KIR LORRAIN|cocktail
-|F||KIR ROYAL|cocktail
-|DE||PICON BIERE|mixed drink
-|DE||PANACHE|mixed drink
-|D||LIQUEUR MIRABELLE|not held
-|D||MIRABELLE|two eaux-de-vie de mirabelle held
-|B|2022|LAROPPE AUXERROIS|Laroppe's Auxerrois not held
-|B|2021|TRIMBACH GEWURZ|Trimbach's Gewurztraminer not held
-|B|2020|HUGEL GEWURZ VT|Vendanges Tardives not held
-|B||LANSON GREEN LABEL|Lanson's other cuvée, not held
-|B||R DE RUINART|Ruinart's other cuvée, not held
trim_pg|M|2020|TRIMBACH PG RESERVE
larose|H|2016|LAROSE TRINT.
lanson_rose|M||LANSON ROSE
kro|C25||KRONENBOURG
-|B|2019|CH.LAROSE PERGANSON|another wine of the Larose estate, not held
-|B|2020|CH.VAUX ROSE|Château de Vaux rosé not held
-|D||ROZELIEURES TOURBE|Rozelieures Tourbé not held
-|D||GLENFIDDICH 15 ANS|another age, not held
-|D||REMY MARTIN XO|another grade, not held
-|C33||COCA-COLA CHERRY|not held
badoit|C50||BADOIT
-|B|2021|PINOT GRIS|three Pinots Gris held
"""
