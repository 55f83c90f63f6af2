"""Drinks of "Le Penalty" (Lens): key, library fields, {format_cl: [vintages]}.

One library entry per key, format and vintage, in the order below (formats as
written, vintages ascending). Kegs (2000 / 3000 cl) are draught beers.
"""
HDF, WAL, VLA = "Hauts-de-France", "Wallonie", "Flandre"
FR, BE = "France", "Belgique"

# key, name, producer, appellation, region, country, colour, category, formats
DRINKS = [
    # --- draught and bottled beers, north of France
    ("chti_blonde", "Ch'ti Blonde", "Brasserie Castelain", None, HDF, FR, None, "bière", {3000: [None], 75: [None]}),
    ("chti_ambree", "Ch'ti Ambrée", "Brasserie Castelain", None, HDF, FR, None, "bière", {3000: [None]}),
    ("chti_triple", "Ch'ti Triple", "Brasserie Castelain", None, HDF, FR, None, "bière", {33: [None]}),
    ("jenlain", "Jenlain Ambrée", "Brasserie Duyck", None, HDF, FR, None, "bière", {3000: [None], 75: [None]}),
    ("goudale", "La Goudale", "Les Brasseurs de Gayant", None, HDF, FR, None, "bière", {3000: [None], 25: [None]}),
    ("page24", "Page 24 Blonde", "Brasserie Saint-Germain", None, HDF, FR, None, "bière", {2000: [None], 33: [None]}),
    ("rhubipa", "Rhub'IPA", "Brasserie Saint-Germain", None, HDF, FR, None, "bière", {33: [None]}),
    ("anosteke", "Anosteké Blonde", "Brasserie du Pays Flamand", None, HDF, FR, None, "bière", {33: [None]}),
    ("troismonts", "3 Monts", "Brasserie de Saint-Sylvestre", None, HDF, FR, None, "bière", {75: [None]}),
    ("pelforth", "Pelforth Brune", "Brasserie Pelforth", None, HDF, FR, None, "bière", {3000: [None]}),
    ("k1664", "1664", "Kronenbourg", None, "Alsace", FR, None, "bière", {3000: [None]}),
    ("grimbergen", "Grimbergen Blonde", "Kronenbourg", None, "Alsace", FR, None, "bière", {3000: [None]}),
    # --- Belgian beers
    ("leffe_blonde", "Leffe Blonde", "Abbaye de Leffe (AB InBev)", None, WAL, BE, None, "bière", {3000: [None], 33: [None]}),
    ("leffe_brune", "Leffe Brune", "Abbaye de Leffe (AB InBev)", None, WAL, BE, None, "bière", {2000: [None]}),
    ("affligem", "Affligem Blonde", "Brouwerij Affligem", None, VLA, BE, None, "bière", {2000: [None]}),
    ("kwak", "Kwak", "Brouwerij Bosteels", None, VLA, BE, None, "bière", {2000: [None], 33: [None]}),
    ("karmeliet", "Tripel Karmeliet", "Brouwerij Bosteels", None, VLA, BE, None, "bière", {2000: [None], 33: [None]}),
    ("chouffe", "La Chouffe", "Brasserie d'Achouffe", None, WAL, BE, None, "bière", {2000: [None]}),
    ("hoegaarden", "Hoegaarden Blanche", "Brouwerij Hoegaarden", None, VLA, BE, None, "bière", {2000: [None]}),
    ("stella", "Stella Artois", "Brouwerij Artois (AB InBev)", None, VLA, BE, None, "bière", {3000: [None]}),
    ("duvel", "Duvel", "Duvel Moortgat", None, VLA, BE, None, "bière", {33: [None]}),
    ("delirium", "Delirium Tremens", "Brouwerij Huyghe", None, VLA, BE, None, "bière", {33: [None]}),
    ("chimay_bleue", "Chimay Bleue", "Bières de Chimay", None, WAL, BE, None, "bière", {33: [None], 75: [None]}),
    ("chimay_rouge", "Chimay Rouge", "Bières de Chimay", None, WAL, BE, None, "bière", {33: [None]}),
    ("chimay_triple", "Chimay Triple", "Bières de Chimay", None, WAL, BE, None, "bière", {33: [None]}),
    ("orval", "Orval", "Brasserie d'Orval", None, WAL, BE, None, "bière", {33: [None]}),
    ("rochefort8", "Rochefort 8", "Brasserie de Rochefort", None, WAL, BE, None, "bière", {33: [None]}),
    ("rochefort10", "Rochefort 10", "Brasserie de Rochefort", None, WAL, BE, None, "bière", {33: [None]}),
    ("westmalle_tripel", "Westmalle Tripel", "Brouwerij Westmalle", None, "Anvers", BE, None, "bière", {33: [None]}),
    ("westmalle_dubbel", "Westmalle Dubbel", "Brouwerij Westmalle", None, "Anvers", BE, None, "bière", {33: [None]}),
    # --- genièvres, spirits
    ("houlle", "Genièvre de Houlle", "Distillerie Persyn", None, HDF, FR, None, "spiritueux", {70: [None]}),
    ("wamb8", "Genièvre de Wambrechies 8 ans", "Distillerie Claeyssens", None, HDF, FR, None, "spiritueux", {70: [None]}),
    ("filliers", "Filliers Oude Graanjenever", "Filliers", None, VLA, BE, None, "spiritueux", {70: [None]}),
    ("ricard", "Ricard", "Pernod Ricard", None, None, FR, None, "spiritueux", {100: [None]}),
    ("pastis51", "Pastis 51", "Pernod Ricard", None, None, FR, None, "spiritueux", {100: [None]}),
    ("get27", "Get 27", "Get Frères", None, None, FR, None, "spiritueux", {70: [None]}),
    ("jager", "Jägermeister", "Mast-Jägermeister", None, None, "Allemagne", None, "spiritueux", {70: [None]}),
    ("jack", "Jack Daniel's Old No. 7", "Jack Daniel Distillery", None, "Tennessee", "États-Unis", None, "spiritueux", {70: [None]}),
    ("jameson", "Jameson", "Irish Distillers", None, None, "Irlande", None, "spiritueux", {70: [None]}),
    ("chivas12", "Chivas Regal 12 ans", "Chivas Brothers", None, "Écosse", "Royaume-Uni", None, "spiritueux", {70: [None]}),
    ("glen12", "Glenfiddich 12 ans", "William Grant & Sons", "Speyside", "Écosse", "Royaume-Uni", None, "spiritueux", {70: [None]}),
    ("glen15", "Glenfiddich 15 ans", "William Grant & Sons", "Speyside", "Écosse", "Royaume-Uni", None, "spiritueux", {70: [None]}),
    ("havana3", "Havana Club 3 ans", "Havana Club", None, None, "Cuba", None, "spiritueux", {70: [None]}),
    ("absolut", "Absolut Vodka", "The Absolut Company", None, None, "Suède", None, "spiritueux", {70: [None]}),
    ("gordons", "Gordon's London Dry Gin", "Diageo", None, None, "Royaume-Uni", None, "spiritueux", {70: [None]}),
    ("remy_vsop", "Rémy Martin VSOP", "Rémy Martin", "Cognac Fine Champagne", "Cognac", FR, None, "spiritueux", {70: [None]}),
    # --- aperitifs
    ("picon", "Picon Bière", "Picon", None, None, FR, None, "autre", {100: [None]}),
    ("martini_bianco", "Martini Bianco", "Martini & Rossi", None, None, "Italie", None, "autre", {100: [None]}),
    ("martini_rosso", "Martini Rosso", "Martini & Rossi", None, None, "Italie", None, "autre", {100: [None]}),
    ("suze", "Suze", "Pernod Ricard", None, None, FR, None, "autre", {100: [None]}),
    ("lillet", "Lillet Blanc", "Lillet", None, "Bordeaux", FR, None, "autre", {75: [None]}),
    ("porto_taylor", "Taylor's 10 ans Tawny", "Taylor's", "Porto", "Douro", "Portugal", None, "autre", {75: [None]}),
    # --- softs and waters
    ("coca", "Coca-Cola", "Coca-Cola", None, None, FR, None, "soft", {33: [None]}),
    ("coca_zero", "Coca-Cola Zéro", "Coca-Cola", None, None, FR, None, "soft", {33: [None]}),
    ("orangina", "Orangina", "Orangina Suntory", None, None, FR, None, "soft", {25: [None]}),
    ("schweppes", "Schweppes Indian Tonic", "Schweppes", None, None, FR, None, "soft", {25: [None]}),
    ("icetea", "Lipton Ice Tea Pêche", "Lipton", None, None, FR, None, "soft", {25: [None]}),
    ("perrier", "Perrier", "Nestlé Waters", None, None, FR, None, "soft", {33: [None]}),
    ("vittel", "Vittel", "Nestlé Waters", None, None, FR, None, "soft", {50: [None], 100: [None]}),
    ("badoit", "Badoit", "Danone", None, None, FR, None, "soft", {100: [None]}),
    # --- Bordeaux
    ("lanessan", "Château Lanessan", "Château Lanessan", "Haut-Médoc", "Bordeaux", FR, "rouge", "vin", {75: [2016, 2018], 37.5: [2018]}),
    ("tsb", "Château Tour Saint-Bonnet", "Château Tour Saint-Bonnet", "Médoc", "Bordeaux", FR, "rouge", "vin", {75: [2019, 2020]}),
    ("greysac", "Château Greysac", "Château Greysac", "Médoc", "Bordeaux", FR, "rouge", "vin", {75: [2018]}),
    ("puygueraud", "Château Puygueraud", "Famille Thienpont", "Francs Côtes de Bordeaux", "Bordeaux", FR, "rouge", "vin", {75: [2018, 2019]}),
    ("desales", "Château de Sales", "Château de Sales", "Pomerol", "Bordeaux", FR, "rouge", "vin", {75: [2015]}),
    ("chasse", "Château Chasse-Spleen", "Château Chasse-Spleen", "Moulis-en-Médoc", "Bordeaux", FR, "rouge", "vin", {75: [2015, 2017], 150: [2015]}),
    ("oratoire", "L'Oratoire de Chasse-Spleen", "Château Chasse-Spleen", "Moulis-en-Médoc", "Bordeaux", FR, "rouge", "vin", {75: [2019]}),
    ("mouton_cadet", "Mouton Cadet", "Baron Philippe de Rothschild", "Bordeaux", "Bordeaux", FR, "rouge", "vin", {75: [2020]}),
    ("belair", "Château Bel Air Perponcher Blanc", "Vignobles Despagne", "Bordeaux", "Bordeaux", FR, "blanc", "vin", {75: [2022]}),
    # --- Rhône, Beaujolais, Provence
    ("cdr_guigal_r", "Côtes du Rhône Rouge", "E. Guigal", "Côtes du Rhône", "Vallée du Rhône", FR, "rouge", "vin", {75: [2019, 2020], 150: [2019]}),
    ("cdr_guigal_b", "Côtes du Rhône Blanc", "E. Guigal", "Côtes du Rhône", "Vallée du Rhône", FR, "blanc", "vin", {75: [2022]}),
    ("cdr_perrin", "Côtes du Rhône Réserve Rouge", "Famille Perrin", "Côtes du Rhône", "Vallée du Rhône", FR, "rouge", "vin", {75: [2021]}),
    ("cdr_cosme", "Côtes du Rhône", "Château de Saint Cosme", "Côtes du Rhône", "Vallée du Rhône", FR, "rouge", "vin", {75: [2022]}),
    ("gigondas_cosme", "Gigondas", "Château de Saint Cosme", "Gigondas", "Vallée du Rhône", FR, "rouge", "vin", {75: [2019]}),
    ("crozes", "Crozes-Hermitage Les Meysonniers", "M. Chapoutier", "Crozes-Hermitage", "Vallée du Rhône", FR, "rouge", "vin", {75: [2020, 2021]}),
    ("morgon", "Morgon Côte du Py", "Jean Foillard", "Morgon", "Beaujolais", FR, "rouge", "vin", {75: [2020, 2021]}),
    ("whispering", "Whispering Angel", "Château d'Esclans", "Côtes de Provence", "Provence", FR, "rosé", "vin", {75: [2023], 150: [2023]}),
    # --- Loire
    ("sancerre", "Sancerre Blanc", "Domaine Vacheron", "Sancerre", "Loire", FR, "blanc", "vin", {75: [2022, 2023], 37.5: [2022]}),
    ("tracy", "Château de Tracy", "Château de Tracy", "Pouilly-Fumé", "Loire", FR, "blanc", "vin", {75: [2021]}),
    ("coing", "Château du Coing de Saint-Fiacre", "Château du Coing", "Muscadet Sèvre et Maine", "Loire", FR, "blanc", "vin", {75: [2022]}),
    ("chinon", "Chinon Les Picasses", "Domaine Olga Raffault", "Chinon", "Loire", FR, "rouge", "vin", {75: [2017, 2018]}),
    ("villeneuve", "Château de Villeneuve", "Château de Villeneuve", "Saumur-Champigny", "Loire", FR, "rouge", "vin", {75: [2020]}),
    ("huet", "Le Haut-Lieu Sec", "Domaine Huet", "Vouvray", "Loire", FR, "blanc", "vin", {75: [2020]}),
    # --- Alsace
    ("trimbach_ries", "Riesling", "Trimbach", "Alsace", "Alsace", FR, "blanc", "vin", {75: [2021, 2022]}),
    ("trimbach_cfe", "Riesling Cuvée Frédéric Émile", "Trimbach", "Alsace", "Alsace", FR, "blanc", "vin", {75: [2015]}),
    ("trimbach_gew", "Gewurztraminer", "Trimbach", "Alsace", "Alsace", FR, "blanc", "vin", {75: [2020]}),
    ("hugel", "Gentil", "Hugel", "Alsace", "Alsace", FR, "blanc", "vin", {75: [2022]}),
    ("wolfberger", "Crémant d'Alsace Brut", "Wolfberger", "Crémant d'Alsace", "Alsace", FR, "effervescent", "vin", {75: [None]}),
    # --- Champagne
    ("taittinger", "Brut Réserve", "Taittinger", "Champagne", "Champagne", FR, "effervescent", "champagne", {75: [None], 150: [None]}),
    ("polroger_br", "Brut Réserve", "Pol Roger", "Champagne", "Champagne", FR, "effervescent", "champagne", {75: [None], 37.5: [None]}),
    ("polroger_vint", "Brut Vintage", "Pol Roger", "Champagne", "Champagne", FR, "effervescent", "champagne", {75: [2013, 2015]}),
    ("ruinart", "Blanc de Blancs", "Ruinart", "Champagne", "Champagne", FR, "effervescent", "champagne", {75: [None]}),
]

FIELDS = ("id", "name", "producer", "appellation", "region", "country",
          "colour", "category", "vintage", "format_cl")


def library(prefix="le"):
    """Library rows (dicts in bench order) and {key: [row, ...]}."""
    rows, by_key, n = [], {}, 0
    for key, name, prod, app, reg, ctry, col, cat, fmts in DRINKS:
        for fmt, vints in fmts.items():
            for v in sorted(vints, key=lambda x: (x is None, x or 0)):
                n += 1
                fc = int(fmt) if float(fmt).is_integer() else fmt
                row = dict(zip(FIELDS, (f"{prefix}{n:03d}", name, prod, app, reg, ctry, col, cat, v, fc), strict=False))
                rows.append(row)
                by_key.setdefault(key, []).append(row)
    return rows, by_key
