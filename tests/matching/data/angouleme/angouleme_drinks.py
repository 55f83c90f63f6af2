"""Drinks of the Café des Remparts (Angoulême): one row per wine/product, expanded by
format and vintage into library entries. (key, name, producer, appellation, region,
country, colour, category, {format_cl: [vintages]})."""
F = "France"
N = [None]
DRINKS = [
    # Bordeaux
    ("lagrange", "Château Lagrange", "Château Lagrange", "Saint-Julien", "Bordeaux", F, "rouge", "vin", {75: [2015, 2016], 37.5: [2016]}),
    ("fiefs", "Les Fiefs de Lagrange", "Château Lagrange", "Saint-Julien", "Bordeaux", F, "rouge", "vin", {75: [2018]}),
    ("cantenac", "Château Cantenac Brown", "Château Cantenac Brown", "Margaux", "Bordeaux", F, "rouge", "vin", {75: [2017], 150: [2015]}),
    ("tourmons", "Château Tour de Mons", "Château Tour de Mons", "Margaux", "Bordeaux", F, "rouge", "vin", {75: [2016, 2018, 2019]}),
    ("fieuzal_b", "Château de Fieuzal", "Château de Fieuzal", "Pessac-Léognan", "Bordeaux", F, "blanc", "vin", {75: [2019]}),
    ("fieuzal_r", "Château de Fieuzal", "Château de Fieuzal", "Pessac-Léognan", "Bordeaux", F, "rouge", "vin", {75: [2016]}),
    ("puygueraud", "Château Puygueraud", "Château Puygueraud", "Francs Côtes de Bordeaux", "Bordeaux", F, "rouge", "vin", {75: [2019, 2020]}),
    ("reignac", "Château de Reignac", "Château de Reignac", "Bordeaux Supérieur", "Bordeaux", F, "rouge", "vin", {75: [2018], 150: [2018]}),
    ("doisy", "Château Doisy-Daëne", "Château Doisy-Daëne", "Barsac", "Bordeaux", F, "liquoreux", "vin", {37.5: [2017]}),
    ("cadet", "Mouton Cadet", "Baron Philippe de Rothschild", "Bordeaux", "Bordeaux", F, "rouge", "vin", {75: N}),
    # Bergerac
    ("gloire", "La Gloire de mon Père", "Château Tour des Gendres", "Bergerac", "Sud-Ouest", F, "rouge", "vin", {75: [2016, 2018, 2019]}),
    ("conti", "Cuvée des Conti", "Château Tour des Gendres", "Bergerac Sec", "Sud-Ouest", F, "blanc", "vin", {75: [2021]}),
    ("jaubertie", "Château de la Jaubertie", "Château de la Jaubertie", "Bergerac Sec", "Sud-Ouest", F, "blanc", "vin", {75: [2022]}),
    ("tiregand", "Château de Tiregand", "Château de Tiregand", "Pécharmant", "Sud-Ouest", F, "rouge", "vin", {75: [2016, 2018]}),
    ("tirecul", "Château Tirecul La Gravière", "Château Tirecul La Gravière", "Monbazillac", "Sud-Ouest", F, "liquoreux", "vin", {50: [2015]}),
    # Loire
    ("huet_hl", "Le Haut-Lieu Sec", "Domaine Huet", "Vouvray", "Loire", F, "blanc", "vin", {75: [2020, 2022]}),
    ("huet_mont", "Le Mont Demi-Sec", "Domaine Huet", "Vouvray", "Loire", F, "blanc", "vin", {75: [2019]}),
    ("vacheron", "Sancerre", "Domaine Vacheron", "Sancerre", "Loire", F, "blanc", "vin", {75: [2021, 2022], 37.5: [2022]}),
    ("tracy", "Château de Tracy", "Château de Tracy", "Pouilly-Fumé", "Loire", F, "blanc", "vin", {75: [2021]}),
    ("busardieres", "Busardières", "Domaine de la Chevalerie", "Bourgueil", "Loire", F, "rouge", "vin", {75: [2017]}),
    ("villeneuve", "Saumur-Champigny", "Château de Villeneuve", "Saumur-Champigny", "Loire", F, "rouge", "vin", {75: [2020, 2021]}),
    ("briords", "Clos des Briords", "Domaine de la Pépière", "Muscadet Sèvre et Maine", "Loire", F, "blanc", "vin", {75: [2022]}),
    ("saphir", "Saphir Brut", "Bouvet-Ladubay", "Saumur", "Loire", F, "effervescent", "vin", {75: N}),
    # Burgundy
    ("stmartin", "Chablis Saint Martin", "Domaine Laroche", "Chablis", "Bourgogne", F, "blanc", "vin", {75: [2021, 2022], 37.5: [2022]}),
    ("mercurey", "Mercurey", "Domaine Faiveley", "Mercurey", "Bourgogne", F, "rouge", "vin", {75: [2019]}),
    ("laforet", "Laforêt Pinot Noir", "Joseph Drouhin", "Bourgogne", "Bourgogne", F, "rouge", "vin", {75: [2021]}),
    ("pernand", "Pernand-Vergelesses", "Domaine Rapet", "Pernand-Vergelesses", "Bourgogne", F, "blanc", "vin", {75: [2019]}),
    # Rhône and Provence
    ("guigal_r", "Côtes du Rhône", "E. Guigal", "Côtes du Rhône", "Rhône", F, "rouge", "vin", {75: [2019, 2020], 37.5: [2020]}),
    ("guigal_b", "Côtes du Rhône", "E. Guigal", "Côtes du Rhône", "Rhône", F, "blanc", "vin", {75: [2022]}),
    ("launes", "Les Launes", "Delas Frères", "Crozes-Hermitage", "Rhône", F, "rouge", "vin", {75: [2020]}),
    ("beaucastel", "Château de Beaucastel", "Famille Perrin", "Châteauneuf-du-Pape", "Rhône", F, "rouge", "vin", {75: [2016, 2017]}),
    ("whispering", "Whispering Angel", "Château d'Esclans", "Côtes de Provence", "Provence", F, "rosé", "vin", {75: [2022, 2023], 150: [2023]}),
    # Champagne
    ("polroger", "Brut Réserve", "Pol Roger", "Champagne", "Champagne", F, "effervescent", "champagne", {75: N, 37.5: N, 150: N}),
    ("taitt", "Brut Réserve", "Taittinger", "Champagne", "Champagne", F, "effervescent", "champagne", {75: N}),
    ("taitt_rose", "Prestige Rosé", "Taittinger", "Champagne", "Champagne", F, "rosé", "champagne", {75: N}),
    ("deutz", "Brut Classic", "Deutz", "Champagne", "Champagne", F, "effervescent", "champagne", {75: N}),
    ("ruinart_bdb", "Blanc de Blancs", "Ruinart", "Champagne", "Champagne", F, "effervescent", "champagne", {75: N}),
    # Pineau des Charentes (vins de liqueur)
    ("beaulon5", "Pineau des Charentes Blanc 5 ans", "Château de Beaulon", "Pineau des Charentes", "Charentes", F, "blanc", "vin", {75: N}),
    ("beaulon10", "Pineau des Charentes Blanc 10 ans", "Château de Beaulon", "Pineau des Charentes", "Charentes", F, "blanc", "vin", {75: N}),
    ("reynac_b", "Pineau des Charentes Blanc", "Reynac", "Pineau des Charentes", "Charentes", F, "blanc", "vin", {75: N}),
    ("beaulon_r", "Pineau des Charentes Rouge 5 ans", "Château de Beaulon", "Pineau des Charentes", "Charentes", F, "rouge", "vin", {75: N}),
    ("reynac_r", "Pineau des Charentes Rouge", "Reynac", "Pineau des Charentes", "Charentes", F, "rouge", "vin", {75: N}),
    # Cognac
    ("otard_vsop", "Otard VSOP", "Baron Otard", "Cognac", "Charentes", F, None, "spiritueux", {70: N}),
    ("otard_xo", "Otard XO Gold", "Baron Otard", "Cognac", "Charentes", F, None, "spiritueux", {70: N}),
    ("meukow_vs", "Meukow VS", "Meukow", "Cognac", "Charentes", F, None, "spiritueux", {70: N}),
    ("meukow_vsop", "Meukow VSOP", "Meukow", "Cognac", "Charentes", F, None, "spiritueux", {70: N}),
    ("meukow_xo", "Meukow XO", "Meukow", "Cognac", "Charentes", F, None, "spiritueux", {70: N}),
    ("bache_vsop", "Bache-Gabrielsen VSOP Fine Champagne", "Bache-Gabrielsen", "Cognac Fine Champagne", "Charentes", F, None, "spiritueux", {70: N}),
    ("bache_xo", "Bache-Gabrielsen XO Fine Champagne", "Bache-Gabrielsen", "Cognac Fine Champagne", "Charentes", F, None, "spiritueux", {70: N}),
    ("bache_hda", "Bache-Gabrielsen Hors d'Âge Grande Champagne", "Bache-Gabrielsen", "Cognac Grande Champagne", "Charentes", F, None, "spiritueux", {70: N}),
    ("larsen_vsop", "Larsen VSOP", "Larsen", "Cognac", "Charentes", F, None, "spiritueux", {70: N}),
    ("larsen_xo", "Larsen XO", "Larsen", "Cognac", "Charentes", F, None, "spiritueux", {70: N, 35: N}),
    ("ragnaud20", "Réserve Spéciale N°20", "Ragnaud-Sabourin", "Cognac Grande Champagne", "Charentes", F, None, "spiritueux", {70: N}),
    ("ragnaud35", "Fontvieille N°35", "Ragnaud-Sabourin", "Cognac Grande Champagne", "Charentes", F, None, "spiritueux", {70: N}),
    ("remy_vsop", "Rémy Martin VSOP", "Rémy Martin", "Cognac Fine Champagne", "Charentes", F, None, "spiritueux", {70: N}),
    ("remy_xo", "Rémy Martin XO", "Rémy Martin", "Cognac Fine Champagne", "Charentes", F, None, "spiritueux", {70: N}),
    ("hennessy_vs", "Hennessy Very Special", "Hennessy", "Cognac", "Charentes", F, None, "spiritueux", {70: N}),
    # other spirits
    ("citadelle", "Citadelle Gin", "Maison Ferrand", None, "Charentes", F, None, "spiritueux", {70: N}),
    ("monkey", "Monkey 47 Dry Gin", "Black Forest Distillers", None, None, "Allemagne", None, "spiritueux", {50: N}),
    ("brenne", "Brenne Estate Cask", "Brenne", None, "Charentes", F, None, "spiritueux", {70: N}),
    ("jameson", "Jameson", "Jameson", None, None, "Irlande", None, "spiritueux", {70: N}),
    ("chivas12", "Chivas Regal 12 ans", "Chivas Brothers", "Scotch Whisky", None, "Écosse", None, "spiritueux", {70: N}),
    ("diplo", "Diplomático Reserva Exclusiva", "Diplomático", None, None, "Venezuela", None, "spiritueux", {70: N}),
    ("drouin", "Calvados Pays d'Auge VSOP", "Christian Drouin", "Calvados Pays d'Auge", "Normandie", F, None, "spiritueux", {70: N}),
    ("cointreau", "Cointreau", "Cointreau", None, None, F, None, "spiritueux", {70: N}),
    # aperitifs
    ("p51", "Pastis 51", "Pernod", None, None, F, None, "autre", {100: N}),
    ("suze", "Suze", "Pernod", None, None, F, None, "autre", {100: N}),
    ("lillet_b", "Lillet Blanc", "Lillet", None, "Bordeaux", F, None, "autre", {75: N}),
    ("martini_b", "Martini Bianco", "Martini", None, None, "Italie", None, "autre", {100: N}),
    ("aperol", "Aperol", "Campari", None, None, "Italie", None, "autre", {70: N}),
    # beers
    ("pelforth_k", "Pelforth Blonde", "Pelforth", None, None, F, None, "bière", {3000: N}),
    ("grim_blonde", "Grimbergen Blonde", "Grimbergen", None, None, "Belgique", None, "bière", {2000: N, 33: N}),
    ("grim_ambree", "Grimbergen Ambrée", "Grimbergen", None, None, "Belgique", None, "bière", {2000: N}),
    ("guinness", "Guinness", "Guinness", None, None, "Irlande", None, "bière", {3000: N}),
    ("leffe", "Leffe Blonde", "Leffe", None, None, "Belgique", None, "bière", {33: N}),
    ("chimay", "Chimay Bleue", "Chimay", None, None, "Belgique", None, "bière", {33: N}),
    ("duvel", "Duvel", "Duvel Moortgat", None, None, "Belgique", None, "bière", {33: N}),
    ("debauche", "La Débauche IPA", "Brasserie La Débauche", None, "Charentes", F, None, "bière", {33: N}),
    ("corona", "Corona Extra", "Corona", None, None, "Mexique", None, "bière", {33: N}),
    # softs and waters
    ("coca", "Coca-Cola", "Coca-Cola", None, None, F, None, "soft", {33: N}),
    ("coca_zero", "Coca-Cola Zéro", "Coca-Cola", None, None, F, None, "soft", {33: N}),
    ("orangina", "Orangina", "Orangina", None, None, F, None, "soft", {25: N}),
    ("tonic", "Schweppes Indian Tonic", "Schweppes", None, None, F, None, "soft", {25: N}),
    ("perrier", "Perrier", "Perrier", None, None, F, None, "soft", {33: N, 100: N}),
    ("evian", "Evian", "Evian", None, None, F, None, "soft", {50: N, 100: N}),
    ("badoit", "Badoit", "Badoit", None, None, F, None, "soft", {100: N}),
    ("oasis", "Oasis Tropical", "Oasis", None, None, F, None, "soft", {25: N}),
]


def entries():
    """Library rows in order, with the key of their drink."""
    out = []
    for key, name, prod, app, reg, ctry, col, cat, fmts in DRINKS:
        for fmt in fmts:
            for v in sorted(fmts[fmt], key=lambda x: x or 0):
                out.append((key, {"name": name, "producer": prod, "appellation": app, "region": reg,
                                  "country": ctry, "colour": col, "category": cat,
                                  "vintage": v, "format_cl": fmt}))
    return out

BY_KEY = {d[0]: d for d in DRINKS}
