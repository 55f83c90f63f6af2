"""The drinks of "Le Buron" (Aurillac).

Each drink: (key, fam, name, producer, appellation, region, country, colour, category,
{format_cl: [vintages]}). `fam` is the bar register's family code (for wines it is the
colour; beers get PR or BI from the measure). The build expands one entry per format and
vintage, ids al001... in this order.
"""

F = "France"
DRINKS = [
    # Saint-Pourçain
    ("bel_ts", "RG", "Saint-Pourçain Tradition Rouge", "Domaine de Bellevue", "Saint-Pourçain", "Auvergne", F, "rouge", "vin", {75: [2021, 2022], 37.5: [2022]}),
    ("bel_bl", "BL", "Saint-Pourçain Tradition Blanc", "Domaine de Bellevue", "Saint-Pourçain", "Auvergne", F, "blanc", "vin", {75: [2022]}),
    ("bel_gris", "RS", "Gris de Bellevue", "Domaine de Bellevue", "Saint-Pourçain", "Auvergne", F, "rosé", "vin", {75: [2023]}),
    ("gb_tress", "BL", "Tressallier", "Domaine Grosbot-Barbara", "Saint-Pourçain", "Auvergne", F, "blanc", "vin", {75: [2022]}),
    ("gb_pn", "RG", "Pinot Noir", "Domaine Grosbot-Barbara", "Saint-Pourçain", "Auvergne", F, "rouge", "vin", {75: [2020, 2022]}),
    # Côtes d'Auvergne
    ("pradier_rg", "RG", "Côtes d'Auvergne Rouge", "Domaine Pradier", "Côtes d'Auvergne", "Auvergne", F, "rouge", "vin", {75: [2022, 2023], 150: [2022]}),
    ("pradier_rs", "RS", "Côtes d'Auvergne Rosé", "Domaine Pradier", "Côtes d'Auvergne", "Auvergne", F, "rosé", "vin", {75: [2023]}),
    ("arkose", "RG", "Boudes", "Les Chemins de l'Arkose", "Côtes d'Auvergne Boudes", "Auvergne", F, "rouge", "vin", {75: [2021, 2022]}),
    ("persilier", "RG", "Gergovia", "Domaine Gilles Persilier", "Côtes d'Auvergne", "Auvergne", F, "rouge", "vin", {75: [2022]}),
    ("peyra", "RG", "Côtes d'Auvergne", "Domaine de Peyra", "Côtes d'Auvergne", "Auvergne", F, "rouge", "vin", {75: [2022]}),
    # Aveyron
    ("vp_marc", "RG", "Marcillac", "Domaine du Vieux Porche", "Marcillac", "Sud-Ouest", F, "rouge", "vin", {75: [2021, 2022], 37.5: [2022], 150: [2021]}),
    ("vp_rs", "RS", "Marcillac Rosé", "Domaine du Vieux Porche", "Marcillac", "Sud-Ouest", F, "rosé", "vin", {75: [2023]}),
    ("laurens", "RG", "Marcillac Les Pierres Rouges", "Domaine Laurens", "Marcillac", "Sud-Ouest", F, "rouge", "vin", {75: [2020, 2022]}),
    ("mej_rg", "RG", "Entraygues-Le Fel Rouge", "Domaine de Méjanassère", "Entraygues-Le Fel", "Sud-Ouest", F, "rouge", "vin", {75: [2022]}),
    ("mej_bl", "BL", "Entraygues-Le Fel Blanc", "Domaine de Méjanassère", "Entraygues-Le Fel", "Sud-Ouest", F, "blanc", "vin", {75: [2023]}),
    ("fages", "RG", "Estaing Rouge", "Domaine Fages", "Estaing", "Sud-Ouest", F, "rouge", "vin", {75: [2022]}),
    # Cahors
    ("coutale", "RG", "Clos La Coutale", "Clos La Coutale (Bernède)", "Cahors", "Sud-Ouest", F, "rouge", "vin", {75: [2019, 2021], 37.5: [2021], 150: [2019]}),
    ("cedre", "RG", "Le Cèdre", "Château du Cèdre", "Cahors", "Sud-Ouest", F, "rouge", "vin", {75: [2018]}),
    ("cedre_her", "RG", "Cèdre Héritage", "Château du Cèdre", "Cahors", "Sud-Ouest", F, "rouge", "vin", {75: [2021, 2022]}),
    ("probus", "RG", "Probus", "Clos Triguedina", "Cahors", "Sud-Ouest", F, "rouge", "vin", {75: [2016]}),
    # Gaillac
    ("rotier_ren", "RG", "Renaissance Rouge", "Domaine Rotier", "Gaillac", "Sud-Ouest", F, "rouge", "vin", {75: [2019]}),
    ("rotier_gr_rg", "RG", "Les Gravels Rouge", "Domaine Rotier", "Gaillac", "Sud-Ouest", F, "rouge", "vin", {75: [2021, 2022]}),
    ("rotier_gr_rs", "RS", "Les Gravels Rosé", "Domaine Rotier", "Gaillac", "Sud-Ouest", F, "rosé", "vin", {75: [2023]}),
    ("plag_nat", "BU", "Mauzac Nature", "Domaine Plageoles", "Gaillac", "Sud-Ouest", F, "effervescent", "vin", {75: [2022]}),
    ("plag_vert", "BL", "Mauzac Vert", "Domaine Plageoles", "Gaillac", "Sud-Ouest", F, "blanc", "vin", {75: [2021]}),
    ("plag_prun", "RG", "Prunelart", "Domaine Plageoles", "Gaillac", "Sud-Ouest", F, "rouge", "vin", {75: [2022]}),
    ("plag_autan", "LQ", "Vin d'Autan", "Domaine Plageoles", "Gaillac", "Sud-Ouest", F, "liquoreux", "vin", {50: [2015]}),
    # Bordeaux
    ("sociando", "RG", "Château Sociando-Mallet", "Château Sociando-Mallet", "Haut-Médoc", "Bordeaux", F, "rouge", "vin", {75: [2015, 2017], 37.5: [2017]}),
    ("mirambeau_rg", "RG", "Château Tour de Mirambeau Rouge", "Vignobles Despagne", "Bordeaux", "Bordeaux", F, "rouge", "vin", {75: [2020]}),
    ("mirambeau_bl", "BL", "Château Tour de Mirambeau Blanc", "Vignobles Despagne", "Bordeaux", "Bordeaux", F, "blanc", "vin", {75: [2023]}),
    ("puyg", "RG", "Château Puygueraud", "Château Puygueraud", "Francs Côtes de Bordeaux", "Bordeaux", F, "rouge", "vin", {75: [2018, 2019]}),
    ("rocdecambes", "RG", "Roc de Cambes", "Roc de Cambes", "Côtes de Bourg", "Bordeaux", F, "rouge", "vin", {75: [2018]}),
    # Rhône
    ("guigal_rg", "RG", "Côtes du Rhône Rouge", "E. Guigal", "Côtes du Rhône", "Vallée du Rhône", F, "rouge", "vin", {75: [2020, 2021], 150: [2020]}),
    ("guigal_rs", "RS", "Côtes du Rhône Rosé", "E. Guigal", "Côtes du Rhône", "Vallée du Rhône", F, "rosé", "vin", {75: [2023]}),
    ("guigal_bl", "BL", "Côtes du Rhône Blanc", "E. Guigal", "Côtes du Rhône", "Vallée du Rhône", F, "blanc", "vin", {75: [2022]}),
    ("cuill", "RG", "Saint-Joseph Cavanos", "Yves Cuilleron", "Saint-Joseph", "Vallée du Rhône", F, "rouge", "vin", {75: [2021]}),
    ("janasse", "RG", "Châteauneuf-du-Pape Tradition", "Domaine de la Janasse", "Châteauneuf-du-Pape", "Vallée du Rhône", F, "rouge", "vin", {75: [2019]}),
    # Beaujolais
    ("foill_py", "RG", "Morgon Côte du Py", "Jean Foillard", "Morgon", "Beaujolais", F, "rouge", "vin", {75: [2020, 2022]}),
    ("foill_cor", "RG", "Morgon Corcelette", "Jean Foillard", "Morgon", "Beaujolais", F, "rouge", "vin", {75: [2022]}),
    ("brun", "RG", "L'Ancien", "Jean-Paul Brun (Terres Dorées)", "Beaujolais", "Beaujolais", F, "rouge", "vin", {75: [2023]}),
    ("thivin", "RG", "Côte de Brouilly", "Château Thivin", "Côte de Brouilly", "Beaujolais", F, "rouge", "vin", {75: [2021, 2022], 37.5: [2022]}),
    # Champagne
    ("polroger", "BU", "Brut Réserve", "Pol Roger", "Champagne", "Champagne", F, "effervescent", "champagne", {75: [None], 37.5: [None]}),
    # Apéritifs
    ("avz_fr", "AP", "Avèze Gentiane Fraîche", "Distillerie Avèze", None, "Auvergne", F, None, "autre", {100: [None]}),
    ("avz_gr", "AP", "Avèze Grande Réserve", "Distillerie Avèze", None, "Auvergne", F, None, "autre", {70: [None]}),
    ("salers", "AP", "Salers Gentiane", "Salers", None, "Auvergne", F, None, "autre", {100: [None]}),
    ("suze", "AP", "Suze", "Suze", None, None, F, None, "autre", {100: [None]}),
    ("suze_anc", "AP", "Suze Saveur d'Autrefois", "Suze", None, None, F, None, "autre", {100: [None]}),
    ("ricard", "AP", "Ricard", "Ricard", None, None, F, None, "spiritueux", {100: [None]}),
    ("lillet", "AP", "Lillet Blanc", "Lillet", None, "Bordeaux", F, None, "autre", {75: [None]}),
    # Digestifs, spirits
    ("verv_verte", "DG", "Verveine du Velay Verte", "Pagès", None, "Auvergne", F, None, "spiritueux", {70: [None]}),
    ("verv_jaune", "DG", "Verveine du Velay Jaune", "Pagès", None, "Auvergne", F, None, "spiritueux", {70: [None]}),
    ("remy_vsop", "DG", "Rémy Martin VSOP", "Rémy Martin", "Cognac", "Cognac", F, None, "spiritueux", {70: [None]}),
    ("remy_xo", "DG", "Rémy Martin XO", "Rémy Martin", "Cognac", "Cognac", F, None, "spiritueux", {70: [None]}),
    ("frapin", "DG", "Frapin VSOP Grande Champagne", "Frapin", "Cognac", "Cognac", F, None, "spiritueux", {70: [None]}),
    ("laubade", "DG", "Château de Laubade VSOP", "Château de Laubade", "Bas-Armagnac", "Armagnac", F, None, "spiritueux", {70: [None]}),
    ("miclo", "DG", "Poire Williams", "Distillerie G. Miclo", None, "Alsace", F, None, "spiritueux", {70: [None]}),
    ("aberl12", "WH", "Aberlour 12 ans", "Aberlour", None, "Speyside", "Écosse", None, "spiritueux", {70: [None]}),
    ("aberl16", "WH", "Aberlour 16 ans", "Aberlour", None, "Speyside", "Écosse", None, "spiritueux", {70: [None]}),
    ("talisker", "WH", "Talisker 10 ans", "Talisker", None, "Isle of Skye", "Écosse", None, "spiritueux", {70: [None]}),
    ("laga", "WH", "Lagavulin 16 ans", "Lagavulin", None, "Islay", "Écosse", None, "spiritueux", {70: [None]}),
    ("glenmo", "WH", "Glenmorangie The Original 10 ans", "Glenmorangie", None, "Highlands", "Écosse", None, "spiritueux", {70: [None]}),
    ("nikka", "WH", "Nikka From the Barrel", "Nikka", None, None, "Japon", None, "spiritueux", {50: [None]}),
    # Beers
    ("jord_bl", "BE", "Jordanne Blonde", "Brasserie de la Jordanne", None, "Auvergne", F, None, "bière", {3000: [None], 33: [None]}),
    ("jord_amb", "BE", "Jordanne Ambrée", "Brasserie de la Jordanne", None, "Auvergne", F, None, "bière", {33: [None]}),
    ("jord_bla", "BE", "Jordanne Blanche", "Brasserie de la Jordanne", None, "Auvergne", F, None, "bière", {2000: [None]}),
    ("lioran", "BE", "IPA du Lioran", "Brasserie du Lioran", None, "Auvergne", F, None, "bière", {33: [None], 75: [None]}),
    ("leffe_bl", "BE", "Leffe Blonde", "Leffe", None, None, "Belgique", None, "bière", {33: [None]}),
    ("leffe_br", "BE", "Leffe Brune", "Leffe", None, None, "Belgique", None, "bière", {33: [None]}),
    ("heineken", "BE", "Heineken", "Heineken", None, None, "Pays-Bas", None, "bière", {3000: [None], 25: [None]}),
    # Ciders
    ("vdr_brut", "CI", "Cidre Brut", "Val de Rance", None, "Bretagne", F, None, "autre", {75: [None], 33: [None]}),
    ("vdr_doux", "CI", "Cidre Doux", "Val de Rance", None, "Bretagne", F, None, "autre", {75: [None]}),
    # Softs
    ("coca", "SO", "Coca-Cola", "Coca-Cola", None, None, F, None, "soft", {33: [None]}),
    ("cocaz", "SO", "Coca-Cola Zéro", "Coca-Cola", None, None, F, None, "soft", {33: [None]}),
    ("orangina", "SO", "Orangina", "Orangina", None, None, F, None, "soft", {25: [None]}),
    ("schwep", "SO", "Schweppes Indian Tonic", "Schweppes", None, None, F, None, "soft", {25: [None]}),
    ("elixia", "SO", "Limonade Elixia", "Elixia", None, "Auvergne", F, None, "soft", {100: [None]}),
    ("lipton", "SO", "Lipton Ice Tea Pêche", "Lipton", None, None, F, None, "soft", {33: [None]}),
    ("milliat", "SO", "Nectar d'Abricot", "Alain Milliat", None, None, F, None, "soft", {33: [None]}),
    # Waters
    ("volvic", "EA", "Volvic", "Volvic", None, "Auvergne", F, None, "soft", {50: [None], 100: [None]}),
    ("pell", "EA", "San Pellegrino", "San Pellegrino", None, None, "Italie", None, "soft", {50: [None], 100: [None]}),
    ("perrier", "EA", "Perrier", "Perrier", None, None, F, None, "soft", {33: [None]}),
    ("badoit", "EA", "Badoit", "Badoit", None, None, F, None, "soft", {100: [None]}),
]
