"""BO: the back office's article export, CODE;LIBELLÉ;UNITÉ;PRIX.

One line an article: key|measure|vintage|text, or -fam|measure|vintage|text|reason. The
manager keyed the libellés accounting-style, appellation or family first; the export
puts them in capitals (accents kept), adds the four-digit vintage, the family code with the
article number, the unit key and the price.
"""
CASES = """
wolf_ries|G|2022|Alsace Riesling Wolfberger
schl_pg|B|2022|Alsace Pinot Gris Princes Abbés
schl_ries|G||Alsace Riesling Schlumberger
willm_edel|P50||Alsace Edelzwicker Willm
pfaff_sylv|B|2023|Alsace Sylvaner Pfaffenheim
pfaff_pn|P25|2022|Alsace Pinot Noir Pfaffenheim
lar_gris|B|2024|Côtes de Toul Gris Laroppe
lel_gris|B|2024|Côtes de Toul Gris Lelièvre
lar_aux|P50|2023|Côtes de Toul Auxerrois Laroppe
laroche_chab|B|2023|Chablis St Martin Dom. Laroche
laroche_chab|G15||Chablis St Martin Dom. Laroche
chabl_petit|G||Petit Chablis Chablisienne
latour_pn|B||Bourgogne Pinot Noir L. Latour
rodet_merc|B|2021|Mercurey Rouge A. Rodet
jadot_macon|P25||Mâcon-Villages Jadot
mir_rouge|B|2022|Bordeaux Ch. Tour de Mirambeau Rouge
mir_blanc|G||Bordeaux Ch. Tour de Mirambeau Blanc
larose|B|2018|Haut-Médoc Ch. Larose-Trintaudon
lanessan|G||Haut-Médoc Ch. Lanessan
puyblanq|B|2018|St-Émilion GC Ch. Puy-Blanquet
guigal_r|B|2021|Côtes du Rhône Rouge Guigal
belleruche|P50||Côtes du Rhône Belleruche
maison_r|B||Côtes du Rhône Cuvée Maison
delas_crozes|G||Crozes-Hermitage Delas
wolf_crem|H||Crémant d'Alsace Brut Wolfberger
bailly_crem|CP||Crémant de Bourgogne Bailly
lanson|M||Champagne Lanson Black Label
lanson|CP||Champagne Lanson
kro|DE||Pression Kronenbourg
madelon_bl|PI||Pression La Madelon
gero_blanche|PI||Pression Gérômoise Blanche
madelon_bl|S33||Bière La Madelon Blonde
paumee_bl|S33||Bière La Paumée Blonde
gero_brune|S33||Bière Gérômoise Brune
lillet_b|G||Apéritif Lillet Blanc
lejay_cassis|D2||Crème de Cassis Lejay
sandeman_tawny|G||Porto Tawny Sandeman
leisen_mir|D2||Eau-de-vie Mirabelle Leisen
massenez_mir|D||Eau-de-vie Mirabelle Massenez
devoille_myrt|D||Liqueur Myrtille Devoille
miscault_sapin|D||Liqueur Sapin Miscault
courvoisier_vsop|D||Cognac Courvoisier VSOP
aberlour10|D||Whisky Aberlour 10 ans
diplomatico|D||Rhum Diplomático
hendricks|D||Gin Hendrick's
coca_zero|S33||Coca-Cola Zéro
wolf_gewu|G|2021|Alsace Gewurztraminer Wolfberger
schl_ries|B|2020|Alsace Riesling Princes Abbés
blanck_pb|B|2022|Alsace Pinot Blanc P. Blanck
pfaff_sylv|P25|2021|Alsace Sylvaner Pfaffenheim
lar_aux|B|2022|Côtes de Toul Auxerrois Laroppe
lel_gris|B|2025|Côtes de Toul Gris Lelièvre
chabl_petit|B|2022|Petit Chablis Chablisienne
latour_ch|B|2023|Bourgogne Chardonnay L. Latour
bichot_hcn|B|2020|Hautes-Côtes de Nuits Bichot
rodet_merc|B|2019|Mercurey Rouge A. Rodet
mir_blanc|B|2022|Bordeaux Ch. Tour de Mirambeau Blanc
larose|M|2015|Haut-Médoc Ch. Larose-Trintaudon
guigal_b|B|2023|Côtes du Rhône Blanc Guigal
perrin_res|G|2021|Côtes du Rhône Perrin Réserve
-cuisine|||Salade vosgienne|food
-cuisine|||Andouille du Val d'Ajol|food
-cuisine|||Croque-monsieur|food
-cuisine|||Dessert du jour|food
-chaud|||Café expresso|coffee
-chaud|||Thé|tea
-chaud|||Vin chaud|mulled wine, made in house
-divers|||Location salle|room hire
-divers|||Remise fidélité|discount
-rouge|P50||Vin rouge pichet|generic
-rose|G||Rosé du moment|generic
-blanc|G||Alsace Riesling|two Rieslings (Wolfberger, Schlumberger): generic
-rouge|B||Haut-Médoc|two Haut-Médocs: generic
-rouge|G||Côtes du Rhône Rouge|four reds: generic
-blanc|B||Alsace Riesling Grand Cru Wolfberger|another cuvée of the producer
-rouge|B||Bourgogne Pinot Noir Jadot|Jadot's red Burgundy is not held
-rouge|B||Côtes de Toul Pinot Noir Laroppe|Laroppe's Pinot Noir is not held
-rose|B||Côtes de Toul Vin Gris Migot|another grower
-rouge|B||Ch. Lanessan Second Vin|second wine not held
lanessan|M|2017|Haut-Médoc Ch. Lanessan
greysac|H|2019|Médoc Ch. Greysac
latour_ch|H|2022|Bourgogne Chardonnay L. Latour
-bulles|B||Champagne Lanson Rosé|not held
-biere|S33||Bière La Madelon Noire|not held
-biere|S33||Bière Chimay Blanche|not held (Bleue)
paumee_bl|DE||Pression La Paumée Blonde
bete_vosges|PI||Pression Bête des Vosges
kro|S33||Bière Kronenbourg
-digestif|D||Eau-de-vie Quetsche|no quetsche held
-digestif|D||Cognac Hennessy XO|not held (VS)
-digestif|D||Rhum Havana Club 7 ans|not held (3)
-apero|D||Martini Rosso|not held (Bianco)
-apero|D||Picon Club|not held (Picon Bière)
-soft|S33||Schweppes Agrumes|not held
contrex|S50||Eau Contrex
badoit|S50||Eau Badoit
"""
