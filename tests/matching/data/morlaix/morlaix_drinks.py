"""The drinks of "Ti Bolée" (Morlaix): key -> fields and {format_cl: [vintages]}.

One library entry per (format, vintage). Fields in the bench order. None vintage = non-vintage.
"""

FR = "France"
# key: (name, producer, appellation, region, country, colour, category, {format: [vintages]})
DRINKS = [
    # ciders, poiré (category autre, no colour)
    ("kerne_brut", "Cidre Kerné Brut", "Cidrerie Kerné", "IGP Cidre de Bretagne", "Bretagne", FR, None, "autre", {75: [None], 33: [None]}),
    ("kerne_aop", "Cidre Cornouaille AOP", "Cidrerie Kerné", "Cornouaille", "Bretagne", FR, None, "autre", {75: [None]}),
    ("kerne_doux", "Cidre Kerné Doux", "Cidrerie Kerné", "IGP Cidre de Bretagne", "Bretagne", FR, None, "autre", {75: [None]}),
    ("valrance", "Cidre Cru Breton Brut", "Val de Rance", "IGP Cidre de Bretagne", "Bretagne", FR, None, "autre", {75: [None]}),
    ("nicol", "Cidre Bouché Brut", "Cidrerie Nicol", "IGP Cidre de Bretagne", "Bretagne", FR, None, "autre", {75: [None]}),
    ("carpediem", "Cidre Carpe Diem Brut", "Domaine de Kervéguen", "IGP Cidre de Bretagne", "Bretagne", FR, None, "autre", {75: [2021, 2022]}),
    ("sassy", "Sassy Cidre Brut", "Maison Sassy", "Pays d'Auge", "Normandie", FR, None, "autre", {33: [None]}),
    ("sassy_rose", "Sassy Cidre Rosé", "Maison Sassy", "Normandie", "Normandie", FR, None, "autre", {33: [None]}),
    ("poire", "Poiré Domfront", "Domaine Pacory", "Poiré Domfront", "Normandie", FR, None, "autre", {75: [None]}),
    # aperitifs
    ("chouchen", "Chouchen", "Distillerie Fisselier", None, "Bretagne", FR, None, "autre", {75: [None]}),
    ("pommeau", "Pommeau de Bretagne", "Domaine de Kervéguen", "Pommeau de Bretagne", "Bretagne", FR, None, "autre", {75: [None]}),
    ("lillet", "Lillet Blanc", "Lillet", None, "Bordeaux", FR, None, "autre", {75: [None]}),
    ("suze", "Suze", "Pernod Ricard", None, None, FR, None, "autre", {100: [None]}),
    # spirits
    ("ricard", "Ricard", "Pernod Ricard", None, None, FR, None, "spiritueux", {100: [None]}),
    ("armorik", "Armorik Classic", "Distillerie Warenghem", None, "Bretagne", FR, None, "spiritueux", {70: [None]}),
    ("armorik_dm", "Armorik Double Maturation", "Distillerie Warenghem", None, "Bretagne", FR, None, "spiritueux", {70: [None]}),
    ("eddu_silver", "Eddu Silver", "Distillerie des Menhirs", None, "Bretagne", FR, None, "spiritueux", {70: [None]}),
    ("eddu_gold", "Eddu Gold", "Distillerie des Menhirs", None, "Bretagne", FR, None, "spiritueux", {70: [None]}),
    ("lambig", "Lambig de Bretagne 10 ans", "Distillerie Fisselier", "Eau-de-vie de cidre de Bretagne", "Bretagne", FR, None, "spiritueux", {70: [None]}),
    ("glen12", "Glenfiddich 12 ans", "Glenfiddich", "Speyside", "Écosse", "Royaume-Uni", None, "spiritueux", {70: [None]}),
    ("glen15", "Glenfiddich 15 ans", "Glenfiddich", "Speyside", "Écosse", "Royaume-Uni", None, "spiritueux", {70: [None]}),
    ("jameson", "Jameson", "Jameson", None, None, "Irlande", None, "spiritueux", {70: [None]}),
    ("drouin", "Calvados Pays d'Auge VSOP", "Christian Drouin", "Calvados Pays d'Auge", "Normandie", FR, None, "spiritueux", {70: [None]}),
    ("remy", "Rémy Martin VSOP", "Rémy Martin", "Cognac", "Cognac", FR, None, "spiritueux", {70: [None]}),
    ("diplo", "Diplomático Reserva Exclusiva", "Diplomático", None, None, "Venezuela", None, "spiritueux", {70: [None]}),
    ("havana3", "Havana Club 3 ans", "Havana Club", None, None, "Cuba", None, "spiritueux", {70: [None]}),
    ("bombay", "Bombay Sapphire", "Bombay", None, None, "Royaume-Uni", None, "spiritueux", {70: [None]}),
    ("get27", "Get 27", "Get", None, None, FR, None, "spiritueux", {70: [None]}),
    # beers (draught as kegs)
    ("coreff_amb", "Coreff Ambrée", "Brasserie Coreff", None, "Bretagne", FR, None, "bière", {3000: [None], 33: [None]}),
    ("coreff_bl", "Coreff Blonde", "Brasserie Coreff", None, "Bretagne", FR, None, "bière", {3000: [None]}),
    ("k1664", "Kronenbourg 1664", "Kronenbourg", None, "Alsace", FR, None, "bière", {3000: [None]}),
    ("britt_blanche", "Britt Blanche", "Brasserie de Bretagne", None, "Bretagne", FR, None, "bière", {33: [None]}),
    ("dremmwel", "Dremmwel Blonde Bio", "Brasserie de Bretagne", None, "Bretagne", FR, None, "bière", {33: [None]}),
    ("telenn_du", "Telenn Du", "Brasserie Lancelot", None, "Bretagne", FR, None, "bière", {33: [None]}),
    ("bonnets", "Bonnets Rouges", "Brasserie Lancelot", None, "Bretagne", FR, None, "bière", {33: [None]}),
    ("leffe", "Leffe Blonde", "Abbaye de Leffe", None, None, "Belgique", None, "bière", {33: [None]}),
    ("duvel", "Duvel", "Duvel Moortgat", None, None, "Belgique", None, "bière", {33: [None]}),
    ("heineken00", "Heineken 0.0", "Heineken", None, None, "Pays-Bas", None, "bière", {33: [None]}),
    # softs
    ("breizh", "Breizh Cola", "Phare Ouest", None, "Bretagne", FR, None, "soft", {33: [None]}),
    ("breizh0", "Breizh Cola Zéro", "Phare Ouest", None, "Bretagne", FR, None, "soft", {33: [None]}),
    ("coca", "Coca-Cola", "Coca-Cola", None, None, FR, None, "soft", {33: [None]}),
    ("coca0", "Coca-Cola Zéro", "Coca-Cola", None, None, FR, None, "soft", {33: [None]}),
    ("perrier", "Perrier", "Perrier", None, None, FR, None, "soft", {33: [None]}),
    ("orangina", "Orangina", "Orangina", None, None, FR, None, "soft", {25: [None]}),
    ("schweppes", "Schweppes Tonic", "Schweppes", None, None, FR, None, "soft", {25: [None]}),
    ("lorina", "Lorina Limonade", "Lorina", None, None, FR, None, "soft", {33: [None]}),
    ("milliat", "Jus de pomme", "Alain Milliat", None, None, FR, None, "soft", {33: [None]}),
    ("plancoet", "Plancoët", "Eaux de Plancoët", None, "Bretagne", FR, None, "soft", {100: [None]}),
    ("plancoet_fb", "Plancoët Fines Bulles", "Eaux de Plancoët", None, "Bretagne", FR, None, "soft", {100: [None]}),
    ("badoit", "Badoit", "Badoit", None, None, FR, None, "soft", {100: [None]}),
    # wines: Loire
    ("briords", "Muscadet Sèvre et Maine sur lie Clos des Briords", "Domaine de la Pépière", "Muscadet Sèvre et Maine", "Loire", FR, "blanc", "vin", {75: [2021, 2022], 37.5: [2022]}),
    ("clisson", "Muscadet Sèvre et Maine Clisson", "Domaine de la Pépière", "Muscadet Sèvre et Maine", "Loire", FR, "blanc", "vin", {75: [2018]}),
    ("allees", "Muscadet Sèvre et Maine sur lie Clos des Allées", "Luneau-Papin", "Muscadet Sèvre et Maine", "Loire", FR, "blanc", "vin", {75: [2021, 2022]}),
    ("grosplant", "Gros Plant du Pays Nantais sur lie", "Domaine de la Pépière", "Gros Plant du Pays Nantais", "Loire", FR, "blanc", "vin", {75: [2023]}),
    ("baronnes_b", "Sancerre Les Baronnes", "Henri Bourgeois", "Sancerre", "Loire", FR, "blanc", "vin", {75: [2022, 2023], 37.5: [2022]}),
    ("baronnes_r", "Sancerre Les Baronnes", "Henri Bourgeois", "Sancerre", "Loire", FR, "rouge", "vin", {75: [2021]}),
    ("vacheron", "Sancerre", "Domaine Vacheron", "Sancerre", "Loire", FR, "blanc", "vin", {75: [2022]}),
    ("ladoucette", "Pouilly-Fumé", "de Ladoucette", "Pouilly-Fumé", "Loire", FR, "blanc", "vin", {75: [2021]}),
    ("huet", "Vouvray Le Haut-Lieu Sec", "Domaine Huet", "Vouvray", "Loire", FR, "blanc", "vin", {75: [2019, 2020]}),
    ("terres_chaudes", "Saumur-Champigny Terres Chaudes", "Domaine des Roches Neuves", "Saumur-Champigny", "Loire", FR, "rouge", "vin", {75: [2020, 2021]}),
    ("echo", "Chinon Clos de l'Écho", "Couly-Dutheil", "Chinon", "Loire", FR, "rouge", "vin", {75: [2018, 2019]}),
    ("baudry", "Chinon Le Domaine", "Bernard Baudry", "Chinon", "Loire", FR, "rouge", "vin", {75: [2021]}),
    ("butte", "Bourgueil Le Haut de la Butte", "Domaine de la Butte", "Bourgueil", "Loire", FR, "rouge", "vin", {75: [2020]}),
    ("passavant", "Cabernet d'Anjou", "Château de Passavant", "Cabernet d'Anjou", "Loire", FR, "rosé", "vin", {75: [2023]}),
    ("baumard", "Quarts de Chaume", "Domaine des Baumard", "Quarts de Chaume", "Loire", FR, "liquoreux", "vin", {50: [2017]}),
    ("langlois", "Crémant de Loire Brut", "Langlois-Château", "Crémant de Loire", "Loire", FR, "effervescent", "vin", {75: [None]}),
    # Burgundy, Beaujolais
    ("laroche", "Chablis Saint Martin", "Domaine Laroche", "Chablis", "Bourgogne", FR, "blanc", "vin", {75: [2021, 2022], 37.5: [2021]}),
    ("lugny", "Mâcon-Lugny Les Charmes", "Cave de Lugny", "Mâcon-Lugny", "Bourgogne", FR, "blanc", "vin", {75: [2022]}),
    ("vignee", "Bourgogne Pinot Noir La Vignée", "Bouchard Père & Fils", "Bourgogne", "Bourgogne", FR, "rouge", "vin", {75: [2021, 2022]}),
    ("foillard", "Morgon Côte du Py", "Jean Foillard", "Morgon", "Beaujolais", FR, "rouge", "vin", {75: [2019, 2020]}),
    ("thivin", "Côte de Brouilly", "Château Thivin", "Côte de Brouilly", "Beaujolais", FR, "rouge", "vin", {75: [2021]}),
    # Rhône
    ("guigal_r", "Côtes du Rhône", "E. Guigal", "Côtes du Rhône", "Rhône", FR, "rouge", "vin", {75: [2020, 2021], 150: [2020]}),
    ("guigal_b", "Côtes du Rhône", "E. Guigal", "Côtes du Rhône", "Rhône", FR, "blanc", "vin", {75: [2022]}),
    ("graillot", "Crozes-Hermitage", "Alain Graillot", "Crozes-Hermitage", "Rhône", FR, "rouge", "vin", {75: [2020]}),
    # Bordeaux
    ("greysac", "Château Greysac", "Château Greysac", "Médoc", "Bordeaux", FR, "rouge", "vin", {75: [2016, 2018]}),
    ("cadet", "Mouton Cadet", "Baron Philippe de Rothschild", "Bordeaux", "Bordeaux", FR, "rouge", "vin", {75: [2020], 37.5: [2020]}),
    ("lanessan", "Château Lanessan", "Château Lanessan", "Haut-Médoc", "Bordeaux", FR, "rouge", "vin", {75: [2015]}),
    ("fombrauge", "Château Fombrauge", "Château Fombrauge", "Saint-Émilion Grand Cru", "Bordeaux", FR, "rouge", "vin", {75: [2016, 2018]}),
    # South
    ("picpoul", "Picpoul de Pinet", "Domaine Félines Jourdan", "Picpoul de Pinet", "Languedoc", FR, "blanc", "vin", {75: [2023]}),
    ("cotedesroses", "Côte des Roses", "Gérard Bertrand", "Languedoc", "Languedoc", FR, "rosé", "vin", {75: [2023]}),
    ("tariquet", "Tariquet Classic", "Domaine du Tariquet", "IGP Côtes de Gascogne", "Sud-Ouest", FR, "blanc", "vin", {75: [2023]}),
    ("lafage", "Côté Est", "Domaine Lafage", "IGP Côtes Catalanes", "Roussillon", FR, "rouge", "vin", {75: [2022]}),
    ("minuty", "M de Minuty", "Château Minuty", "Côtes de Provence", "Provence", FR, "rosé", "vin", {75: [2023], 150: [2022]}),
    ("whispering", "Whispering Angel", "Château d'Esclans", "Côtes de Provence", "Provence", FR, "rosé", "vin", {75: [2022, 2023]}),
    # Alsace
    ("trimbach", "Riesling", "Trimbach", "Alsace", "Alsace", FR, "blanc", "vin", {75: [2020, 2021]}),
    ("hugel", "Gewurztraminer Classic", "Hugel", "Alsace", "Alsace", FR, "blanc", "vin", {75: [2021]}),
    # Champagne
    ("taittinger", "Taittinger Brut Réserve", "Taittinger", "Champagne", "Champagne", FR, "effervescent", "champagne", {75: [None], 37.5: [None]}),
    ("taitt_rose", "Taittinger Prestige Rosé", "Taittinger", "Champagne", "Champagne", FR, "rosé", "champagne", {75: [None]}),
    ("ruinart", "Ruinart Blanc de Blancs", "Ruinart", "Champagne", "Champagne", FR, "effervescent", "champagne", {75: [None]}),
]

FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category", "vintage", "format_cl"]


def entries():
    """Yield (key, entry-dict-without-id) in library order: per drink, formats as written, vintages ascending."""
    for key, name, prod, app, reg, ctry, col, cat, fmts in DRINKS:
        for fmt, vints in fmts.items():
            for v in sorted(vints, key=lambda x: (x is None, x or 0)):
                yield key, {"name": name, "producer": prod, "appellation": app, "region": reg,
                            "country": ctry, "colour": col, "category": cat, "vintage": v,
                            "format_cl": fmt}
