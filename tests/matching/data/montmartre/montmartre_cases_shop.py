"""shop: the cellar shop's web shop (click and collect, delivery in Paris): order lines exported as
'[SKU] Product title - Variant title'. Vintage and size are variant options ('2021 / 75 cl'); some products
carry the vintage in the title; a product without options exports 'Default Title'.
Lines: key|measure|vintage|t|text (t: vintage in the title), or -|measure|vintage|FAM|text|reason."""

CASES = """
foil_cdp|btl|2021||Morgon Côte du Py — Jean Foillard
foil_cdp|mag|2019||Morgon Côte du Py — Jean Foillard
foil_cdp|case6|2021||Morgon Côte du Py — Jean Foillard
foil_cdp|btl|2022|t|Jean Foillard Morgon Côte du Py
lap_morgon|btl|2023||Morgon — Marcel Lapierre
lap_morgon|mag|2022||Morgon — Marcel Lapierre
lap_morgon|case6|2023||Morgon — Marcel Lapierre
lap_rg|bare|2024||Raisins Gaulois — Lapierre
breton_ptm|btl|2022||Morgon P'tit Max — Guy Breton
foil_fleur|btl|2022|t|Fleurie Jean Foillard
huet_hl|btl|2020||Vouvray Le Haut-Lieu Sec — Domaine Huet
huet_hl|btl|2018||Vouvray Le Haut-Lieu Sec — Domaine Huet
huet_mont|btl|2019||Vouvray Le Mont Demi-Sec — Domaine Huet
germ_tc|mag|2019||Saumur-Champigny Terres Chaudes — Thierry Germain
germ_ins|btl|2022||Saumur Blanc L'Insolite — Thierry Germain
roug_bourg|btl|2017||Clos Rougeard Le Bourg
roug_poy|btl|2019||Clos Rougeard Les Poyeux
chid_breuil|btl|2022||Montlouis Clos du Breuil — Chidaine
vach_b|half|2022||Sancerre Blanc — Domaine Vacheron
vach_b|btl|2023||Sancerre Blanc — Domaine Vacheron
vach_b|case6|2023||Sancerre Blanc — Domaine Vacheron
bret_nuits|btl|2019||Bourgueil Nuits d'Ivresse — Catherine & Pierre Breton
roulot_bb|btl|2022||Bourgogne Blanc — Domaine Roulot
pat_anc|btl|2019||Marsannay L'Ancestrale — Sylvain Pataille
chass_r|btl|2021||Saint-Romain Combe Bazin Rouge — Chassorney
pac_gev|btl|2019|t|Gevrey-Chambertin Philippe Pacalet
demoor_ros|btl|2022||Chablis Coteau de Rosette — Alice & Olivier De Moor
jamet_cr|btl|2018||Côte-Rôtie — Domaine Jamet
jamet_cr|btl|2020||Côte-Rôtie — Domaine Jamet
beauc_cdp|btl|2019||Châteauneuf-du-Pape — Château de Beaucastel
beauc_cdp|btl|2016||Châteauneuf-du-Pape — Château de Beaucastel
coud|btl|2021||Coudoulet de Beaucastel Rouge
clape_cor|btl|2019||Cornas — Auguste Clape
guigal_cdr|half|2020||Côtes du Rhône Rouge — Guigal
jullien_tl|btl|2019||Terrasses du Larzac — Mas Jullien
barral_val|btl|2016||Faugères Valinière — Léon Barral
tdc_fou|bare|2022||Fou du Roi — Le Temps des Cerises
tp_rupt|btl|2021||La Rupture — Turner Pageot
stoppa_ag|btl|2019||Ageno — La Stoppa
tissot_vj|clav|2016||Arbois Vin Jaune — Stéphane Tissot
macle_cc|clav|2016||Château-Chalon — Jean Macle
macle_cc|bare|2015||Château-Chalon Jean Macle
frick_ries|btl|2021||Riesling Rot Murlé — Pierre Frick
plag_mauz|btl|2023||Mauzac Nature — Plageoles
lb_lat|btl|||Larmandier-Bernier Latitude Extra Brut
lb_rose|btl|||Larmandier-Bernier Rosé de Saignée 1er Cru
bere_res|mag|||Bérêche et Fils Brut Réserve
ruin_r|btl|||R de Ruinart
polr_res|half|||Pol Roger Brut Réserve
polr_vin|btl|2015||Pol Roger Brut Vintage
polr_vin|btl|2012||Pol Roger Brut Vintage
dolin_b|bare|||Dolin Vermouth de Chambéry Blanc
groult_8|c70|||Calvados Roger Groult 8 ans
ferrand_1840|bare|||Cognac Pierre Ferrand 1840
monkey47|c50|||Monkey 47 Schwarzwald Dry Gin
nikka_cg|bare|||Nikka Coffey Grain Whisky
chart_v|c70|||Chartreuse Verte
god_marcadet|c33|||Marcadet — Brasserie de la Goutte d'Or
god_chrouge|c33|||Château Rouge — Brasserie de la Goutte d'Or
drouin_jus|c100|||Jus de pomme Christian Drouin
-|btl|2021|VIN|Morgon Côte du Py — Marcel Lapierre|Côte du Py held only from Foillard
foil_corc|mag|2021||Morgon Corcelette — Jean Foillard
lap_morgon|half|2021||Morgon — Marcel Lapierre
-|btl|2022|VIN|Sancerre Rouge La Belle Dame — Vacheron|another cuvée of Vacheron
-|btl|2020|VIN|Côte-Rôtie La Landonne — Guigal|not held
-|btl|2019|VIN|Châteauneuf-du-Pape Blanc — Beaucastel|colour not held
clape_cor|mag|2018||Cornas — Auguste Clape
-|btl|2021|VIN|Meursault Meix Chavaux — Roulot|another cuvée of Roulot
-|btl||VIN|Larmandier-Bernier Terre de Vertus|another cuvée
-|btl||VIN|Ruinart Rosé|another Ruinart
polr_res|mag|||Pol Roger Brut Réserve
-|bare||VIN|Coffret découverte natures 3 bouteilles|mixed box
-|c70||SPI|Calvados Roger Groult 3 ans|age not held
-|c70||SPI|Chartreuse Jaune|not held
-|bare||SPI|Vermouth Dolin Rosé|colour not held
god_ernest|c33|||Ernestine — Brasserie de la Goutte d'Or
-|bare||BIE|Pack 6 × Château Rouge|format not held
-|bare||ACC|Tire-bouchon Laguiole|accessory
-|bare||ACC|Sac isotherme 2 bouteilles|accessory
-|bare||ACC|Carafe à décanter|accessory
-|bare||CAD|Carte cadeau 50 €|gift card
-|bare||LIV|Livraison Paris 18e|delivery
-|bare||LIV|Retrait en boutique|service
-|bare||ATL|Atelier dégustation vins nature|workshop
-|bare||EPI|Rillettes de canard 180 g|grocery
-|bare||EPI|Saucisson sec de Lacaune|grocery
-|bare||EPI|Comté 18 mois 250 g|grocery
-|bare||EPI|Huile d'olive Moulin Castelas 50 cl|grocery
-|bare||ACC|Verres Zalto Universal (x2)|accessory
-|bare||CAD|Abonnement box mensuelle|subscription
-|btl|2021|VIN|Morgon Côte du Py — Jean-Marc Burgaud|Côte du Py held only from Foillard
-|btl|2022|VIN|Fleurie — Julie Balagny|Fleurie not held from Balagny
monkey47|c70|||Monkey 47 Schwarzwald Dry Gin
"""
