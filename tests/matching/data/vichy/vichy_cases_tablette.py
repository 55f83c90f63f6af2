"""Dining-room tablet: key|measure|typed vintage|text (or -|measure|vintage|text|reason)."""
CASES = """
fic_r|p50||Saint-Pourçain Ficelle rouge
uv_res|btl|2020|Saint-Pourçain Réserve Spéciale
neb_r|btl|2020|Saint-Pourçain rouge du Domaine Nebout
neb_b|btl||Saint-Pourçain blanc Nebout
bel_gr|btl|2019|Saint-Pourçain Grande Réserve Bellevue
bel_gr|mag|2019|Saint-Pourçain Grande Réserve Bellevue
grosbot|btl|2021|Saint-Pourçain blanc Grosbot-Barbara
miol|btl|2020|Volcane, Miolanne
goig|btl|2020|Châteaugay Goigoux
sauv_bo|btl|2019|Boudes Sauvat
sv_rs|half||Côtes d'Auvergne rosé Saint-Verny
jol_sanc|half|2022|Sancerre Jolivet
cro_sanc|btl|2022|Sancerre Lucien Crochet
vach_r|btl||Sancerre rouge Vacheron
baud_gr|btl|2019|Chinon Les Grézeaux
baud_cg|btl||Chinon Clos Guillot
huet|btl|2020|Vouvray Haut-Lieu sec Huet
lar_chab|mag|2021|Chablis Saint-Martin Laroche
lar_chab|half||Chablis Saint-Martin Laroche
chab_mont|btl|2020|Chablis 1er cru Montmains
cham_b|btl|2021|Mercurey blanc Chamirey
jad_pn|half|2021|Bourgogne Pinot Noir Jadot
jad_pf|btl||Pouilly-Fuissé Jadot
chandon|btl|2018|Savigny-lès-Beaune Chandon de Briailles
trapet|btl|2017|Gevrey-Chambertin Rossignol-Trapet
latour_m|btl|2020|Meursault Louis Latour
foi_py|mag|2020|Morgon Côte du Py Foillard
foi_cor|btl|2021|Morgon Corcelette Foillard
chignard|btl|2022|Fleurie Les Moriers
mav|btl|2019|Château du Moulin-à-Vent
chasse|btl|2016|Château Chasse-Spleen
chasse|half|2016|Château Chasse-Spleen
chasse|mag|2015|Chasse-Spleen
lagr|btl|2014|Château Lagrange Saint-Julien
fiefs|btl|2018|Les Fiefs de Lagrange
fieu_b|btl|2019|Fieuzal blanc
doisy|half|2017|Doisy-Daëne, Sauternes
boll|mag||Bollinger Special Cuvée
boll|half||Bollinger
polr_v|btl|2015|Pol Roger Vintage
ruin_r|btl||R de Ruinart
lp_cuv|half||Laurent-Perrier La Cuvée
celest|b125||Vichy Célestins
styorre|b115||Saint-Yorre
chateldon|b75||Châteldon
sanpell|b100||San Pellegrino
badoit_r|b100||Badoit Rouge
neb_r|btl|2019|Saint-Pourçain rouge Nebout
bel_gr|btl|2018|Saint-Pourçain Grande Réserve Bellevue
goig|btl|2021|Châteaugay Goigoux
chasse|btl|2017|Château Chasse-Spleen
chasse|mag|2016|Chasse-Spleen
lagr|btl|2015|Château Lagrange
trapet|btl|2018|Gevrey-Chambertin Rossignol-Trapet
baud_cg|btl|2020|Chinon Clos Guillot
fiefs|btl|2019|Les Fiefs de Lagrange
polr_v|btl|2013|Pol Roger Vintage
foi_cor|btl|2022|Morgon Corcelette Foillard
latour_m|btl|2019|Meursault Louis Latour
jol_sanc|half|2021|Sancerre Jolivet
doisy|half|2015|Doisy-Daëne
mav|btl|2020|Château du Moulin-à-Vent
-|||Pavé de charolais, sauce Saint-Pourçain|dish
-|||Pastilles de Vichy|sweets
-|||Pâté aux pommes de terre bourbonnais|dish
-|||Truffade|dish
-|||Café gourmand|dessert and coffee
-|||Tisane verveine|herbal tea, not the Verveine du Velay liqueur
-|||Menu curiste|the spa guests' set menu
-|||Supplément fromage|food supplement
-|||Droit de bouchon|corkage
-|btl||Saint-Pourçain rouge|several Saint-Pourçain reds held
-|btl||Côtes d'Auvergne rouge|several Côtes d'Auvergne reds held (Volcane, Châteaugay, Boudes)
-|btl||Sancerre rouge Jolivet|colour not held for Jolivet
-|btl||Sancerre Le Chêne Marchand Crochet|another cuvée of Crochet
-|btl||Chinon Les Varennes du Grand Clos Baudry|another cuvée of Baudry
-|btl||Vouvray moelleux Huet|another wine of Huet
-|btl||Chablis Les Vaillons Laroche|another cuvée of Laroche
-|btl||Rully Chamirey|another wine of Chamirey
-|btl||Morgon Foillard|two Morgons of Foillard held (Côte du Py, Corcelette)
-|btl||Fleurie Château de Poncié|Fleurie of another producer
-|btl||Château Lagrange Pomerol|the Pomerol Château Lagrange, not the Saint-Julien
-|btl||Château de Fieuzal|two colours of Fieuzal held
-|btl||Bollinger La Grande Année|another cuvée of Bollinger
-|btl||Laurent-Perrier Grand Siècle|another cuvée of Laurent-Perrier
-|btl||Ruinart|two Ruinart cuvées held
-|btl||Pol Roger|two Pol Roger cuvées held in bottle
ruin_bdb|mag||Ruinart Blanc de Blancs
gloria|mag||Château Gloria
chignard|half||Fleurie Les Moriers
boll_rs|half||Bollinger Rosé
fieu_b|half||Fieuzal blanc
cro_sanc|half||Sancerre Crochet
volvic|b50||Volvic
sanpell|b50||San Pellegrino
-|b100||Evian|not held
-|b100||Vittel|not held
-|b75||eau plate|generic water
-|p50||vin rouge de la maison|generic house wine
-|glass||vin blanc du moment|generic wine
"""
CASES = [l for l in CASES.strip().splitlines() if l.strip()]
