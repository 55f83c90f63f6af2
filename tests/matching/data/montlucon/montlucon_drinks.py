"""Drinks of "Le Bouchon Bourbonnais" (Montlucon): one tuple per wine / drink.

(key, name, producer, appellation, region, country, colour, category,
 {format_cl: [vintages]}, journal family)
A vintage None is a non-vintage drink. Each (format, vintage) is its own library entry.
"""

F = "France"
VR, VB, VRS, BUL = "VINS ROUGES", "VINS BLANCS", "VINS ROSES", "BULLES"
AP, DG, BI, SO = "APERITIFS", "DIGESTIFS", "BIERES", "SOFTS"
SP = "Saint-Pourçain"
UV = "Union des Vignerons de Saint-Pourçain"

DRINKS = [
    # Saint-Pourçain
    ("fic_r", "La Ficelle rouge", UV, SP, "Val de Loire", F, "rouge", "vin", {75: [2022, 2023], 37.5: [2023]}, VR),
    ("fic_b", "La Ficelle blanc", UV, SP, "Val de Loire", F, "blanc", "vin", {75: [2023]}, VB),
    ("fic_rs", "La Ficelle rosé", UV, SP, "Val de Loire", F, "rosé", "vin", {75: [2023]}, VRS),
    ("bellevue", "Domaine de Bellevue rouge", "Domaine de Bellevue (Pétillat)", SP, "Val de Loire", F, "rouge", "vin", {75: [2020, 2022], 150: [2020]}, VR),
    ("berioles", "Domaine des Bérioles blanc", "Domaine des Bérioles", SP, "Val de Loire", F, "blanc", "vin", {75: [2022]}, VB),
    ("ray", "Domaine Ray rouge", "Domaine Ray", SP, "Val de Loire", F, "rouge", "vin", {75: [2021]}, VR),
    # Auvergne, Berry
    ("goigoux", "Châteaugay", "Domaine Pierre Goigoux", "Côtes d'Auvergne Châteaugay", "Auvergne", F, "rouge", "vin", {75: [2021, 2022]}, VR),
    ("sauvat", "Boudes", "Domaine Sauvat", "Côtes d'Auvergne Boudes", "Auvergne", F, "rouge", "vin", {75: [2020]}, VR),
    ("corent", "Corent rosé", "Cave Saint-Verny", "Côtes d'Auvergne Corent", "Auvergne", F, "rosé", "vin", {75: [2023]}, VRS),
    ("volcane", "Volcane", "Domaine Miolanne", "Côtes d'Auvergne", "Auvergne", F, "rouge", "vin", {75: [2021]}, VR),
    ("chmeil", "Châteaumeillant gris", "Domaine Siret-Courtaud", "Châteaumeillant", "Val de Loire", F, "rosé", "vin", {75: [2023]}, VRS),
    # Beaujolais
    ("bjv", "Beaujolais-Villages", "Georges Duboeuf", "Beaujolais-Villages", "Beaujolais", F, "rouge", "vin", {75: [2022, 2023]}, VR),
    ("brun", "Beaujolais L'Ancien", "Jean-Paul Brun (Terres Dorées)", "Beaujolais", "Beaujolais", F, "rouge", "vin", {75: [2022]}, VR),
    ("lapierre", "Morgon", "Marcel Lapierre", "Morgon", "Beaujolais", F, "rouge", "vin", {75: [2021, 2022], 150: [2020]}, VR),
    ("thivin", "Côte de Brouilly", "Château Thivin", "Côte de Brouilly", "Beaujolais", F, "rouge", "vin", {75: [2022]}, VR),
    ("madone", "Fleurie", "Domaine de la Madone", "Fleurie", "Beaujolais", F, "rouge", "vin", {75: [2022]}, VR),
    ("capitans", "Juliénas Château des Capitans", "Georges Duboeuf", "Juliénas", "Beaujolais", F, "rouge", "vin", {75: [2021]}, VR),
    ("billards", "Saint-Amour", "Domaine des Billards", "Saint-Amour", "Beaujolais", F, "rouge", "vin", {75: [2022]}, VR),
    ("cheysson", "Chiroubles", "Domaine Cheysson", "Chiroubles", "Beaujolais", F, "rouge", "vin", {75: [2022]}, VR),
    ("jacques", "Moulin-à-Vent Château des Jacques", "Louis Jadot", "Moulin-à-Vent", "Beaujolais", F, "rouge", "vin", {75: [2019, 2020]}, VR),
    # Burgundy
    ("aligote", "Bourgogne Aligoté", "Domaine Goisot", "Bourgogne Aligoté", "Bourgogne", F, "blanc", "vin", {75: [2022]}, VB),
    ("vignee", "Bourgogne Pinot Noir La Vignée", "Bouchard Père & Fils", "Bourgogne", "Bourgogne", F, "rouge", "vin", {75: [2021, 2022], 37.5: [2022]}, VR),
    ("steclaire", "Chablis Sainte Claire", "Jean-Marc Brocard", "Chablis", "Bourgogne", F, "blanc", "vin", {75: [2022, 2023], 37.5: [2022]}, VB),
    ("montmains", "Chablis 1er Cru Montmains", "Jean-Marc Brocard", "Chablis Premier Cru", "Bourgogne", F, "blanc", "vin", {75: [2021]}, VB),
    ("lugny", "Mâcon-Lugny Les Charmes", "Cave de Lugny", "Mâcon-Lugny", "Bourgogne", F, "blanc", "vin", {75: [2023]}, VB),
    ("framb", "Mercurey La Framboisière", "Domaine Faiveley", "Mercurey", "Bourgogne", F, "rouge", "vin", {75: [2020]}, VR),
    ("fuisse", "Pouilly-Fuissé Tête de Cru", "Château-Fuissé", "Pouilly-Fuissé", "Bourgogne", F, "blanc", "vin", {75: [2021]}, VB),
    ("salomon", "Givry 1er Cru Clos Salomon", "Domaine du Clos Salomon", "Givry Premier Cru", "Bourgogne", F, "rouge", "vin", {75: [2019]}, VR),
    ("bouillot", "Crémant de Bourgogne Perle d'Ivoire", "Louis Bouillot", "Crémant de Bourgogne", "Bourgogne", F, "effervescent", "vin", {75: [None]}, BUL),
    # Loire
    ("baronnes", "Sancerre Les Baronnes", "Henri Bourgeois", "Sancerre", "Val de Loire", F, "blanc", "vin", {75: [2022, 2023], 37.5: [2023]}, VB),
    ("baronnes_r", "Sancerre Les Baronnes rouge", "Henri Bourgeois", "Sancerre", "Val de Loire", F, "rouge", "vin", {75: [2021]}, VR),
    ("baronL", "Baron de L", "de Ladoucette", "Pouilly-Fumé", "Val de Loire", F, "blanc", "vin", {75: [2020]}, VB),
    ("ladoucette", "Pouilly-Fumé de Ladoucette", "de Ladoucette", "Pouilly-Fumé", "Val de Loire", F, "blanc", "vin", {75: [2022]}, VB),
    ("pelle", "Menetou-Salon Morogues", "Domaine Henry Pellé", "Menetou-Salon", "Val de Loire", F, "blanc", "vin", {75: [2022]}, VB),
    ("mardon", "Quincy", "Domaine Mardon", "Quincy", "Val de Loire", F, "blanc", "vin", {75: [2023]}, VB),
    ("lafond", "Reuilly La Raie", "Domaine Claude Lafond", "Reuilly", "Val de Loire", F, "blanc", "vin", {75: [2022]}, VB),
    ("joguet", "Chinon Les Varennes du Grand Clos", "Charles Joguet", "Chinon", "Val de Loire", F, "rouge", "vin", {75: [2019]}, VR),
    ("filliatreau", "Saumur-Champigny", "Domaine Filliatreau", "Saumur-Champigny", "Val de Loire", F, "rouge", "vin", {75: [2022]}, VR),
    ("pepiere", "Muscadet Sèvre et Maine sur lie", "Domaine de la Pépière", "Muscadet Sèvre et Maine", "Val de Loire", F, "blanc", "vin", {75: [2023]}, VB),
    ("huet", "Vouvray Le Mont demi-sec", "Domaine Huet", "Vouvray", "Val de Loire", F, "blanc", "vin", {75: [2020]}, VB),
    ("layon", "Coteaux du Layon", "Domaine des Baumard", "Coteaux du Layon", "Val de Loire", F, "liquoreux", "vin", {50: [2018]}, VB),
    # Rhône, Bordeaux
    ("cdr", "Côtes du Rhône", "E. Guigal", "Côtes du Rhône", "Vallée du Rhône", F, "rouge", "vin", {75: [2020, 2021], 37.5: [2021]}, VR),
    ("cissac", "Château Cissac", "Château Cissac", "Haut-Médoc", "Bordeaux", F, "rouge", "vin", {75: [2016, 2018]}, VR),
    ("puyg", "Château Puygueraud", "Château Puygueraud", "Francs Côtes de Bordeaux", "Bordeaux", F, "rouge", "vin", {75: [2019]}, VR),
    # Champagne
    ("moet", "Brut Impérial", "Moët & Chandon", "Champagne", "Champagne", F, "effervescent", "champagne", {75: [None], 37.5: [None], 150: [None]}, BUL),
    ("moet_rs", "Rosé Impérial", "Moët & Chandon", "Champagne", "Champagne", F, "rosé", "champagne", {75: [None]}, BUL),
    ("drappier", "Carte d'Or Brut", "Drappier", "Champagne", "Champagne", F, "effervescent", "champagne", {75: [None]}, BUL),
    # Beers (kegs of 30 / 20 l)
    ("kro", "Kronenbourg", "Kronenbourg", None, None, F, None, "bière", {3000: [None]}, BI),
    ("k1664", "1664", "Kronenbourg", None, None, F, None, "bière", {25: [None]}, BI),
    ("affligem", "Affligem Blonde", "Affligem", None, None, "Belgique", None, "bière", {2000: [None]}, BI),
    ("pelforth", "Pelforth Brune", "Pelforth", None, None, F, None, "bière", {2000: [None]}, BI),
    ("leffe", "Leffe Blonde", "Leffe", None, None, "Belgique", None, "bière", {33: [None]}, BI),
    ("chimay", "Chimay Bleue", "Bières de Chimay", None, None, "Belgique", None, "bière", {33: [None]}, BI),
    ("desperados", "Desperados", "Heineken", None, None, F, None, "bière", {33: [None]}, BI),
    ("heineken", "Heineken", "Heineken", None, None, "Pays-Bas", None, "bière", {25: [None]}, BI),
    ("tourtel", "Tourtel Twist Citron", "Kronenbourg", None, None, F, None, "bière", {27.5: [None]}, BI),
    # Aperitifs
    ("suze", "Suze", "Suze", None, None, F, None, "spiritueux", {100: [None]}, AP),
    ("aveze", "Avèze", "Distillerie de la Salers", None, "Auvergne", F, None, "spiritueux", {100: [None]}, AP),
    ("salers", "Salers Gentiane", "Distillerie de la Salers", None, "Auvergne", F, None, "spiritueux", {100: [None]}, AP),
    ("ricard", "Ricard", "Pernod Ricard", None, None, F, None, "spiritueux", {100: [None]}, AP),
    ("p51", "Pastis 51", "Pernod Ricard", None, None, F, None, "spiritueux", {100: [None]}, AP),
    ("martini_b", "Martini Bianco", "Martini", None, None, "Italie", None, "autre", {100: [None]}, AP),
    ("martini_r", "Martini Rosso", "Martini", None, None, "Italie", None, "autre", {100: [None]}, AP),
    ("lillet", "Lillet Blanc", "Lillet", None, "Bordeaux", F, None, "autre", {75: [None]}, AP),
    ("lillet_rs", "Lillet Rosé", "Lillet", None, "Bordeaux", F, None, "autre", {75: [None]}, AP),
    ("cassis", "Crème de Cassis de Dijon", "Lejay-Lagoute", None, "Bourgogne", F, None, "spiritueux", {70: [None]}, AP),
    ("mure", "Crème de Mûre", "Lejay-Lagoute", None, "Bourgogne", F, None, "spiritueux", {70: [None]}, AP),
    # Digestifs and spirits
    ("remy", "Rémy Martin VSOP", "Rémy Martin", "Cognac Fine Champagne", "Cognac", F, None, "spiritueux", {70: [None]}, DG),
    ("remy_xo", "Rémy Martin XO", "Rémy Martin", "Cognac Fine Champagne", "Cognac", F, None, "spiritueux", {70: [None]}, DG),
    ("calva", "Calvados Pays d'Auge VSOP", "Christian Drouin", "Calvados Pays d'Auge", "Normandie", F, None, "spiritueux", {70: [None]}, DG),
    ("poire", "Poire Williams", "Massenez", None, "Alsace", F, None, "spiritueux", {70: [None]}, DG),
    ("prune", "Vieille Prune", "Louis Roque", None, "Sud-Ouest", F, None, "spiritueux", {70: [None]}, DG),
    ("verveine", "Verveine du Velay Verte", "Pagès", None, "Auvergne", F, None, "spiritueux", {70: [None]}, DG),
    ("chart_v", "Chartreuse Verte", "Chartreuse", None, "Savoie", F, None, "spiritueux", {70: [None]}, DG),
    ("chart_j", "Chartreuse Jaune", "Chartreuse", None, "Savoie", F, None, "spiritueux", {70: [None]}, DG),
    ("get27", "Get 27", "Get", None, None, F, None, "spiritueux", {70: [None]}, DG),
    ("baileys", "Baileys Original", "Baileys", None, None, "Irlande", None, "spiritueux", {70: [None]}, DG),
    ("jameson", "Jameson", "Jameson", None, None, "Irlande", None, "spiritueux", {70: [None]}, DG),
    ("aberlour12", "Aberlour 12 ans Double Cask", "Aberlour", None, "Speyside", "Écosse", None, "spiritueux", {70: [None]}, DG),
    ("aberlour16", "Aberlour 16 ans Double Cask", "Aberlour", None, "Speyside", "Écosse", None, "spiritueux", {70: [None]}, DG),
    ("clan", "Clan Campbell", "Clan Campbell", None, None, "Écosse", None, "spiritueux", {70: [None]}, DG),
    ("diplo", "Diplomático Reserva Exclusiva", "Diplomático", None, None, "Venezuela", None, "spiritueux", {70: [None]}, DG),
    ("gordons", "Gordon's London Dry Gin", "Gordon's", None, None, "Royaume-Uni", None, "spiritueux", {70: [None]}, DG),
    ("absolut", "Absolut Vodka", "Absolut", None, None, "Suède", None, "spiritueux", {70: [None]}, DG),
    # Softs and waters
    ("coca", "Coca-Cola", "Coca-Cola", None, None, F, None, "soft", {33: [None]}, SO),
    ("coca_z", "Coca-Cola Zéro", "Coca-Cola", None, None, F, None, "soft", {33: [None]}, SO),
    ("orangina", "Orangina", "Orangina", None, None, F, None, "soft", {25: [None]}, SO),
    ("schweppes", "Schweppes Indian Tonic", "Schweppes", None, None, F, None, "soft", {25: [None]}, SO),
    ("oasis", "Oasis Tropical", "Oasis", None, None, F, None, "soft", {25: [None]}, SO),
    ("icetea", "Lipton Ice Tea Pêche", "Lipton", None, None, F, None, "soft", {25: [None]}, SO),
    ("granini", "Granini Orange", "Granini", None, None, F, None, "soft", {25: [None]}, SO),
    ("perrier", "Perrier", "Perrier", None, None, F, None, "soft", {33: [None]}, SO),
    ("badoit", "Badoit", "Badoit", None, None, F, None, "soft", {50: [None], 100: [None]}, SO),
    ("volvic", "Volvic", "Volvic", None, "Auvergne", F, None, "soft", {50: [None], 100: [None]}, SO),
    ("vichy", "Vichy Célestins", "Vichy Célestins", None, "Auvergne", F, None, "soft", {100: [None]}, SO),
]
