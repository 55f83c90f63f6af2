"""The drinks of the Hôtel-Restaurant du Livradois (Ambert).

One tuple per product: key, name, producer, appellation, region, colour, category,
family (the bar's department: VIN, BIE, APE, ALC, SOF), {format_cl: [vintages]}.
Ids are given in this order, formats ascending, vintages ascending.
"""

AUV = "Auvergne"
BJ = "Beaujolais"
RH = "Vallée du Rhône"
LO = "Loire"
BX = "Bordeaux"
CH = "Champagne"

DRINKS = [
    # Côtes d'Auvergne and IGP Puy-de-Dôme
    ("volc_r", "Les Volcans", "Desprat Saint-Verny", "Côtes d'Auvergne", AUV, "rouge", "vin", "VIN", {75: [2021, 2022], 150: [2021]}),
    ("volc_b", "Les Volcans", "Desprat Saint-Verny", "Côtes d'Auvergne", AUV, "blanc", "vin", "VIN", {75: [2023]}),
    ("laves", "Terre et Laves", "Desprat Saint-Verny", "Côtes d'Auvergne", AUV, "rouge", "vin", "VIN", {75: [2020]}),
    ("legend", "La Légendaire", "Desprat Saint-Verny", "Côtes d'Auvergne", AUV, "rouge", "vin", "VIN", {75: [2021]}),
    ("gamay", "Gamay", "Desprat Saint-Verny", "IGP Puy-de-Dôme", AUV, "rouge", "vin", "VIN", {75: [2023]}),
    ("chard", "Chardonnay", "Desprat Saint-Verny", "IGP Puy-de-Dôme", AUV, "blanc", "vin", "VIN", {75: [2023]}),
    ("corent", "Corent", "Domaine des Trouillères", "Côtes d'Auvergne Corent", AUV, "rosé", "vin", "VIN", {37.5: [2023], 75: [2023]}),
    ("annol", "Annolium", "Domaine des Trouillères", "Côtes d'Auvergne", AUV, "rouge", "vin", "VIN", {75: [2021, 2022]}),
    ("chgay", "Châteaugay", "Domaine de la Croix Arpin (Pierre Goigoux)", "Côtes d'Auvergne Châteaugay", AUV, "rouge", "vin", "VIN", {75: [2020, 2022]}),
    ("chant", "Chanturgue", "Domaine Henri Bourcheix", "Côtes d'Auvergne Chanturgue", AUV, "rouge", "vin", "VIN", {75: [2020]}),
    # Beaujolais
    ("bjv", "Beaujolais-Villages", "Georges Duboeuf", "Beaujolais-Villages", BJ, "rouge", "vin", "VIN", {37.5: [2023], 75: [2022, 2023]}),
    ("stam", "Saint-Amour", "Georges Duboeuf", "Saint-Amour", BJ, "rouge", "vin", "VIN", {75: [2023]}),
    ("brouil", "Brouilly", "Henry Fessy", "Brouilly", BJ, "rouge", "vin", "VIN", {75: [2021, 2022]}),
    ("fleurie", "Fleurie", "Domaine des Marrans", "Fleurie", BJ, "rouge", "vin", "VIN", {75: [2022, 2023]}),
    ("morgon", "Morgon Côte du Py", "Dominique Piron", "Morgon", BJ, "rouge", "vin", "VIN", {75: [2019, 2020], 150: [2019]}),
    ("thorins", "Couvent des Thorins", "Château du Moulin-à-Vent", "Moulin-à-Vent", BJ, "rouge", "vin", "VIN", {75: [2020]}),
    # Rhône
    ("p45_r", "Parallèle 45", "Paul Jaboulet Aîné", "Côtes du Rhône", RH, "rouge", "vin", "VIN", {37.5: [2022], 75: [2021, 2022], 150: [2021]}),
    ("p45_b", "Parallèle 45", "Paul Jaboulet Aîné", "Côtes du Rhône", RH, "blanc", "vin", "VIN", {75: [2023]}),
    ("p45_rs", "Parallèle 45", "Paul Jaboulet Aîné", "Côtes du Rhône", RH, "rosé", "vin", "VIN", {75: [2023]}),
    ("jalets", "Les Jalets", "Paul Jaboulet Aîné", "Crozes-Hermitage", RH, "rouge", "vin", "VIN", {75: [2021]}),
    ("belle_r", "Belleruche", "M. Chapoutier", "Côtes du Rhône", RH, "rouge", "vin", "VIN", {75: [2022, 2023]}),
    ("belle_b", "Belleruche", "M. Chapoutier", "Côtes du Rhône", RH, "blanc", "vin", "VIN", {75: [2023]}),
    # Loire
    ("mouss_b", "La Moussière", "Alphonse Mellot", "Sancerre", LO, "blanc", "vin", "VIN", {37.5: [2023], 75: [2022, 2023]}),
    ("mouss_r", "La Moussière", "Alphonse Mellot", "Sancerre", LO, "rouge", "vin", "VIN", {75: [2021]}),
    ("ladou", "De Ladoucette", "De Ladoucette (Château du Nozet)", "Pouilly-Fumé", LO, "blanc", "vin", "VIN", {75: [2021, 2022]}),
    ("lafond", "Comte Lafond", "De Ladoucette", "Sancerre", LO, "blanc", "vin", "VIN", {75: [2022]}),
    ("gravier", "Les Gravières", "Couly-Dutheil", "Chinon", LO, "rouge", "vin", "VIN", {75: [2020, 2022]}),
    ("filliat", "Saumur-Champigny", "Domaine Filliatreau", "Saumur-Champigny", LO, "rouge", "vin", "VIN", {75: [2022]}),
    ("pepiere", "Muscadet Sèvre et Maine sur Lie", "Domaine de la Pépière", "Muscadet Sèvre et Maine", LO, "blanc", "vin", "VIN", {75: [2023]}),
    ("layon", "Coteaux du Layon Carte d'Or", "Domaine des Baumard", "Coteaux du Layon", LO, "liquoreux", "vin", "VIN", {50: [2019, 2020]}),
    # Bordeaux
    ("cantem", "Château Cantemerle", "Château Cantemerle", "Haut-Médoc", BX, "rouge", "vin", "VIN", {37.5: [2016], 75: [2015, 2016]}),
    ("allees", "Allées de Cantemerle", "Château Cantemerle", "Haut-Médoc", BX, "rouge", "vin", "VIN", {75: [2019]}),
    ("greysac", "Château Greysac", "Château Greysac", "Médoc", BX, "rouge", "vin", "VIN", {37.5: [2018], 75: [2018, 2019]}),
    ("mcadet_r", "Mouton Cadet", "Baron Philippe de Rothschild", "Bordeaux", BX, "rouge", "vin", "VIN", {75: [2021]}),
    ("mcadet_b", "Mouton Cadet", "Baron Philippe de Rothschild", "Bordeaux", BX, "blanc", "vin", "VIN", {75: [2022]}),
    ("fombr", "Château Fombrauge", "Château Fombrauge", "Saint-Émilion Grand Cru", BX, "rouge", "vin", "VIN", {75: [2016]}),
    ("chgrive", "Château de Chantegrive", "Château de Chantegrive", "Graves", BX, "blanc", "vin", "VIN", {75: [2022]}),
    # Champagne
    ("nf_brut", "Brut Réserve", "Nicolas Feuillatte", "Champagne", CH, "effervescent", "champagne", "VIN", {37.5: [None], 75: [None], 150: [None]}),
    ("nf_rose", "Rosé", "Nicolas Feuillatte", "Champagne", CH, "rosé", "champagne", "VIN", {75: [None]}),
    # aperitifs
    ("salers", "Salers Gentiane", "Distillerie de Salers", None, AUV, None, "spiritueux", "APE", {100: [None]}),
    ("aveze", "Avèze Gentiane", "Distillerie Avèze", None, AUV, None, "spiritueux", "APE", {100: [None]}),
    ("couderc", "Gentiane Couderc", "Distillerie Louis Couderc", None, AUV, None, "spiritueux", "APE", {70: [None]}),
    ("suze", "Suze", "Pernod Ricard", None, None, None, "spiritueux", "APE", {100: [None]}),
    ("ricard", "Ricard", "Pernod Ricard", None, None, None, "spiritueux", "APE", {100: [None]}),
    ("p51", "Pastis 51", "Pernod Ricard", None, None, None, "spiritueux", "APE", {100: [None]}),
    ("mart_b", "Martini Bianco", "Martini & Rossi", None, None, None, "autre", "APE", {100: [None]}),
    ("mart_r", "Martini Rosso", "Martini & Rossi", None, None, None, "autre", "APE", {100: [None]}),
    ("lillet", "Lillet Blanc", "Lillet", None, BX, None, "autre", "APE", {75: [None]}),
    ("cruz", "Porto Cruz Tawny", "Porto Cruz", "Porto", "Douro", None, "autre", "APE", {75: [None]}),
    ("cassis", "Crème de Cassis de Bourgogne", "Védrenne", None, "Bourgogne", None, "autre", "APE", {70: [None]}),
    # digestifs and spirits
    ("get27", "Get 27", "Get Frères", None, None, None, "spiritueux", "ALC", {70: [None]}),
    ("chart_v", "Chartreuse Verte", "Chartreuse Diffusion", None, None, None, "spiritueux", "ALC", {70: [None]}),
    ("chart_j", "Chartreuse Jaune", "Chartreuse Diffusion", None, None, None, "spiritueux", "ALC", {70: [None]}),
    ("prune", "Vieille Prune", "Louis Roque", None, None, None, "spiritueux", "ALC", {70: [None]}),
    ("poire", "Poire Williams", "Massenez", None, "Alsace", None, "spiritueux", "ALC", {70: [None]}),
    ("martell_vs", "Martell VS", "Martell", "Cognac", None, None, "spiritueux", "ALC", {70: [None]}),
    ("martell_vsop", "Martell VSOP", "Martell", "Cognac", None, None, "spiritueux", "ALC", {70: [None]}),
    ("magloire", "Père Magloire Fine", "Père Magloire", "Calvados", "Normandie", None, "spiritueux", "ALC", {70: [None]}),
    ("janneau", "Janneau VSOP", "Janneau", "Armagnac", None, None, "spiritueux", "ALC", {70: [None]}),
    ("jd", "Jack Daniel's Old No. 7", "Jack Daniel's", None, None, None, "spiritueux", "ALC", {70: [None]}),
    ("clan", "Clan Campbell", "Clan Campbell", None, None, None, "spiritueux", "ALC", {70: [None]}),
    ("aber12", "Aberlour 12 ans", "Aberlour", None, None, None, "spiritueux", "ALC", {70: [None]}),
    ("aber16", "Aberlour 16 ans", "Aberlour", None, None, None, "spiritueux", "ALC", {70: [None]}),
    ("chivas", "Chivas Regal 12 ans", "Chivas Brothers", None, None, None, "spiritueux", "ALC", {70: [None]}),
    ("bacardi", "Bacardi Carta Blanca", "Bacardi", None, None, None, "spiritueux", "ALC", {70: [None]}),
    ("havana3", "Havana Club 3 ans", "Havana Club", None, None, None, "spiritueux", "ALC", {70: [None]}),
    ("bombay", "Bombay Sapphire", "Bombay", None, None, None, "spiritueux", "ALC", {70: [None]}),
    ("smirnoff", "Smirnoff", "Smirnoff", None, None, None, "spiritueux", "ALC", {70: [None]}),
    ("baileys", "Baileys", "Baileys", None, None, None, "autre", "ALC", {70: [None]}),
    ("cointreau", "Cointreau", "Cointreau", None, None, None, "spiritueux", "ALC", {70: [None]}),
    # beers
    ("heine", "Heineken", "Heineken", None, None, None, "bière", "BIE", {3000: [None]}),
    ("heine00", "Heineken 0.0", "Heineken", None, None, None, "bière", "BIE", {25: [None]}),
    ("affli", "Affligem Blonde", "Affligem", None, None, None, "bière", "BIE", {33: [None], 2000: [None]}),
    ("pelforth", "Pelforth Brune", "Pelforth", None, None, None, "bière", "BIE", {33: [None]}),
    ("despe", "Desperados", "Desperados", None, None, None, "bière", "BIE", {33: [None]}),
    ("chouffe", "La Chouffe", "Brasserie d'Achouffe", None, None, None, "bière", "BIE", {33: [None]}),
    ("k1664", "1664", "Kronenbourg", None, None, None, "bière", "BIE", {25: [None]}),
    # waters and softs
    ("volvic", "Volvic", "Volvic", None, AUV, None, "soft", "SOF", {50: [None], 100: [None], 150: [None]}),
    ("styorre", "Saint-Yorre", "Saint-Yorre", None, AUV, None, "soft", "SOF", {100: [None]}),
    ("badoit", "Badoit", "Badoit", None, None, None, "soft", "SOF", {100: [None]}),
    ("perrier", "Perrier", "Perrier", None, None, None, "soft", "SOF", {33: [None]}),
    ("coca", "Coca-Cola", "Coca-Cola", None, None, None, "soft", "SOF", {33: [None]}),
    ("cocaz", "Coca-Cola Zéro", "Coca-Cola", None, None, None, "soft", "SOF", {33: [None]}),
    ("orangina", "Orangina", "Orangina", None, None, None, "soft", "SOF", {25: [None]}),
    ("schw", "Schweppes Indian Tonic", "Schweppes", None, None, None, "soft", "SOF", {25: [None]}),
    ("icetea", "Lipton Ice Tea Pêche", "Lipton", None, None, None, "soft", "SOF", {25: [None]}),
    ("oasis", "Oasis Tropical", "Oasis", None, None, None, "soft", "SOF", {25: [None]}),
    ("pago_o", "Pago Orange", "Pago", None, None, None, "soft", "SOF", {20: [None]}),
    ("pago_p", "Pago Pomme", "Pago", None, None, None, "soft", "SOF", {20: [None]}),
]
