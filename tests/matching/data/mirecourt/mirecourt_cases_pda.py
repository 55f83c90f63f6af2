"""PDA: the waiters' handheld, `Menu/Article` as the manager typed the wine list.

One line a key: key|measure|vintage|text, or -fam|measure|vintage|text|reason. The handheld
adds the menu, the four-digit vintage and the measure word the menu does not say.
"""
CASES = """
wolf_ries|B|2021|Riesling Wolfberger
wolf_ries|B||Riesling Wolfberger
schl_ries|B|2021|Riesling Princes Abbés
schl_pg|B|2020|Pinot Gris Schlumberger
blanck_vt|S50|2018|Gewurztraminer VT Paul Blanck
blanck_vt|G||Gewurztraminer VT Blanck
lar_aux|B|2023|Auxerrois Laroppe
laroche_chab|B|2022|Chablis St Martin Laroche
laroche_chab|H|2022|Chablis Laroche
jadot_macon|B||Mâcon-Villages Jadot
latour_ch|B|2022|Bourgogne Chardonnay Latour
mir_blanc|B|2023|Ch. Tour de Mirambeau blanc
guigal_b|B||Côtes du Rhône Guigal blanc
pfaff_pn|B|2021|Pinot Noir Pfaffenheim
lel_pn|B||Pinot Noir Lelièvre
latour_pn|B|2022|Bourgogne Pinot Noir Latour
latour_pn|M|2020|Bourgogne Pinot Noir Latour
bichot_hcn|B|2021|Hautes-Côtes de Nuits Bichot
mir_rouge|B|2020|Ch. Tour de Mirambeau rouge
larose|B|2019|Ch. Larose-Trintaudon
larose|M|2016|Ch. Larose-Trintaudon
lanessan|B|2017|Ch. Lanessan
puyblanq|H|2018|Ch. Puy-Blanquet
guigal_r|H|2021|Côtes du Rhône Guigal rouge
guigal_r|B|2020|Côtes du Rhône Guigal rouge
delas_crozes|B|2021|Crozes-Hermitage Les Launes Delas
belleruche|B||Belleruche Chapoutier
lar_gris|M|2023|Gris de Toul Laroppe
lel_gris|B|2023|Gris de Toul Lelièvre
lanson|B||Lanson Black Label
lanson|H||Lanson Black Label
wolf_crem_rose|B||Crémant d'Alsace rosé Wolfberger
lar_gris|G|2024|Gris de Toul Laroppe
lel_gris|P50|2024|Gris de Toul Lelièvre
maison_r|P50||Côtes du Rhône Maison
willm_edel|P25||Edelzwicker
pfaff_sylv|G12||Sylvaner
bichot_hcn|G15||Hautes-Côtes de Nuits
wolf_crem|CP||Crémant d'Alsace Wolfberger
leisen_mir|D||Mirabelle de Lorraine Leisen
massenez_mir|D||Mirabelle Massenez
devoille_liqmir|D||Liqueur de mirabelle
guy_sapin|D||Bourgeon de sapin
boulard_vsop|D||Calvados Boulard
martini_b|D||Martini blanc
milliat_pomme|S33||Jus de pomme Milliat
wolf_ries|B|2020|Riesling Wolfberger
schl_pg|B|2021|Pinot Gris Schlumberger
laroche_chab|B|2021|Chablis St Martin Laroche
laroche_chab|H|2023|Chablis Laroche
latour_pn|M|2019|Bourgogne Pinot Noir Latour
larose|B|2016|Ch. Larose-Trintaudon
greysac|B|2020|Ch. Greysac
mir_rouge|B|2019|Ch. Tour de Mirambeau rouge
lar_gris|B|2022|Gris de Toul Laroppe
guigal_r|H|2020|Côtes du Rhône Guigal rouge
puyblanq|B|2019|Ch. Puy-Blanquet
delas_crozes|B|2022|Crozes-Hermitage Les Launes Delas
lel_gris|G|2022|Gris de Toul Lelièvre
blanck_vt|S50|2017|Gewurztraminer VT Paul Blanck
-cuisine|||Potée lorraine|food
-cuisine|||Quiche lorraine|food
-cuisine|||Pâté lorrain en croûte|food
-cuisine|||Tarte aux mirabelles|food
-cuisine|||Munster rôti|food
-cuisine|||Plat du jour|food
-cuisine|||Menu enfant|food
-chaud|||Café gourmand|dessert with coffee
-chaud|||Irish coffee|cocktail
-divers|||Droit de bouchon|corkage
-blanc|G||Vin blanc du moment|generic
-rose|P50||Rosé|generic pichet
-rouge|G||Bordeaux rouge|generic
-rouge|G||Kir|cocktail
-blanc|B||Riesling Kitterlé Schlumberger|another cuvée of the producer
-blanc|B||Chablis 1er cru Vaudevey Laroche|another cuvée of the producer
larose|H|2018|Ch. Larose-Trintaudon
rodet_merc|M|2020|Mercurey Rodet
blanck_vt|B|2018|Gewurztraminer VT Paul Blanck
lel_gris|M|2024|Gris de Toul Lelièvre
wolf_crem_rose|H||Crémant d'Alsace rosé Wolfberger
-bulles|B||Lanson Rosé|not held
guigal_r|M|2021|Côtes du Rhône Guigal rouge
-rouge|B||Gigondas Guigal|the producer's other wine
-rose|B||Côtes du Rhône rosé Perrin|the producer's rosé is not held
pfaff_sylv|H|2023|Sylvaner Pfaffenheim
-blanc|B||Pinot Gris Wolfberger|not held
-digestif|D||Mirabelle|generic: two eaux-de-vie and a liqueur
-digestif|D||Framboise Massenez|not held
-digestif|D||Cognac|two cognacs: generic
-digestif|D||Whisky|generic
vittel|S33||Vittel
orangina|S33||Orangina
-soft|S25||Sirop à l'eau|not held
leffe_bl|PI||Leffe
-biere|DE||Panaché|mixed
-biere|DE||Monaco|mixed
"""
