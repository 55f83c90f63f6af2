"""Drinks of "Le Beffroi de la Place" (Amiens): one row per wine or product.

(key, name, producer, appellation, region, country, colour, category, [(vintage, format_cl), ...])
The library entries are written in this order, one per (vintage, format).
"""
F = "France"
B = "Belgique"
WINES = [
    # Bordeaux
    ("cadet", "Mouton Cadet", "Baron Philippe de Rothschild", "Bordeaux", "Bordeaux", F, "rouge", "vin",
     [(2020, 75), (2021, 75), (2020, 37.5)]),
    ("larose", "Château Larose-Trintaudon", "Château Larose-Trintaudon", "Haut-Médoc", "Bordeaux", F, "rouge", "vin",
     [(2016, 75), (2018, 75), (2016, 150)]),
    ("sociando", "Château Sociando-Mallet", "Château Sociando-Mallet", "Haut-Médoc", "Bordeaux", F, "rouge", "vin",
     [(2015, 75), (2017, 75)]),
    ("demoiselle", "La Demoiselle de Sociando-Mallet", "Château Sociando-Mallet", "Haut-Médoc", "Bordeaux", F, "rouge", "vin",
     [(2019, 75)]),
    ("capfaug", "Château Cap de Faugères", "Château Cap de Faugères", "Castillon Côtes de Bordeaux", "Bordeaux", F, "rouge", "vin",
     [(2019, 75)]),
    ("fombrauge", "Château Fombrauge", "Château Fombrauge", "Saint-Émilion Grand Cru", "Bordeaux", F, "rouge", "vin",
     [(2018, 75), (2019, 75)]),
    ("reynon", "Château Reynon Blanc", "Denis Dubourdieu Domaines", "Bordeaux", "Bordeaux", F, "blanc", "vin",
     [(2022, 75), (2023, 75)]),
    ("castelnau", "Castelnau de Suduiraut", "Château Suduiraut", "Sauternes", "Bordeaux", F, "liquoreux", "vin",
     [(2017, 75), (2017, 37.5)]),
    # Loire
    ("baronnes_b", "Sancerre Les Baronnes Blanc", "Henri Bourgeois", "Sancerre", "Loire", F, "blanc", "vin",
     [(2022, 75), (2023, 75), (2023, 37.5)]),
    ("baronnes_r", "Sancerre Les Baronnes Rouge", "Henri Bourgeois", "Sancerre", "Loire", F, "rouge", "vin",
     [(2021, 75)]),
    ("ladoucette", "Pouilly-Fumé de Ladoucette", "De Ladoucette", "Pouilly-Fumé", "Loire", F, "blanc", "vin",
     [(2021, 75), (2022, 75)]),
    ("granges", "Chinon Les Granges", "Bernard Baudry", "Chinon", "Loire", F, "rouge", "vin",
     [(2020, 75), (2022, 75)]),
    ("villeneuve", "Saumur-Champigny", "Château de Villeneuve", "Saumur-Champigny", "Loire", F, "rouge", "vin",
     [(2021, 75)]),
    ("cleray", "Muscadet Sèvre et Maine sur Lie Château du Cléray", "Sauvion", "Muscadet Sèvre et Maine", "Loire", F, "blanc", "vin",
     [(2023, 75)]),
    ("vouvray", "Vouvray Sec", "Domaine Vigneau-Chevreau", "Vouvray", "Loire", F, "blanc", "vin",
     [(2022, 75)]),
    ("passavant", "Rosé d'Anjou", "Château de Passavant", "Rosé d'Anjou", "Loire", F, "rosé", "vin",
     [(2023, 75)]),
    # Rhône
    ("guigal_r", "Côtes du Rhône Rouge", "E. Guigal", "Côtes du Rhône", "Rhône", F, "rouge", "vin",
     [(2019, 75), (2020, 75), (2020, 37.5), (2019, 150)]),
    ("guigal_b", "Côtes du Rhône Blanc", "E. Guigal", "Côtes du Rhône", "Rhône", F, "blanc", "vin",
     [(2022, 75)]),
    ("fiole", "La Fiole du Pape", "Père Anselme", "Châteauneuf-du-Pape", "Rhône", F, "rouge", "vin",
     [(None, 75)]),
    ("graillot", "Crozes-Hermitage", "Alain Graillot", "Crozes-Hermitage", "Rhône", F, "rouge", "vin",
     [(2020, 75), (2021, 75)]),
    ("cayron", "Gigondas", "Domaine du Cayron", "Gigondas", "Rhône", F, "rouge", "vin",
     [(2019, 75)]),
    ("vferme_r", "La Vieille Ferme Rouge", "Famille Perrin", "Ventoux", "Rhône", F, "rouge", "vin",
     [(2022, 75)]),
    ("vferme_rs", "La Vieille Ferme Rosé", "Famille Perrin", "Ventoux", "Rhône", F, "rosé", "vin",
     [(2023, 75)]),
    # Alsace
    ("wolf_ries", "Riesling", "Wolfberger", "Alsace", "Alsace", F, "blanc", "vin",
     [(2021, 75), (2022, 75)]),
    ("wolf_gew", "Gewurztraminer", "Wolfberger", "Alsace", "Alsace", F, "blanc", "vin",
     [(2022, 75)]),
    ("wolf_crem", "Crémant d'Alsace Brut", "Wolfberger", "Crémant d'Alsace", "Alsace", F, "effervescent", "vin",
     [(None, 75)]),
    ("sparr_pg", "Pinot Gris", "Pierre Sparr", "Alsace", "Alsace", F, "blanc", "vin",
     [(2021, 75)]),
    # Languedoc
    ("picpoul", "Picpoul de Pinet", "Domaine Félines Jourdan", "Picpoul de Pinet", "Languedoc", F, "blanc", "vin",
     [(2023, 75), (2024, 75)]),
    ("grisblanc", "Gris Blanc", "Gérard Bertrand", "Pays d'Oc", "Languedoc", F, "rosé", "vin",
     [(2023, 75), (2023, 150)]),
    ("cdroses", "Côte des Roses Rosé", "Gérard Bertrand", "Languedoc", "Languedoc", F, "rosé", "vin",
     [(2023, 75)]),
    ("lancyre", "Château de Lancyre", "Château de Lancyre", "Pic Saint-Loup", "Languedoc", F, "rouge", "vin",
     [(2020, 75)]),
    ("daumas", "Mas de Daumas Gassac Rouge", "Mas de Daumas Gassac", "Pays de l'Hérault", "Languedoc", F, "rouge", "vin",
     [(2019, 75)]),
    # Champagne
    ("moet", "Brut Impérial", "Moët & Chandon", "Champagne", "Champagne", F, "effervescent", "champagne",
     [(None, 75), (None, 37.5), (None, 150)]),
    ("moet_rose", "Rosé Impérial", "Moët & Chandon", "Champagne", "Champagne", F, "rosé", "champagne",
     [(None, 75)]),
    ("clicquot", "Brut Carte Jaune", "Veuve Clicquot", "Champagne", "Champagne", F, "effervescent", "champagne",
     [(None, 75)]),
    ("pannier", "Brut Sélection", "Champagne Pannier", "Champagne", "Champagne", F, "effervescent", "champagne",
     [(None, 75), (None, 37.5)]),
    ("taittinger", "Brut Réserve", "Taittinger", "Champagne", "Champagne", F, "effervescent", "champagne",
     [(None, 75)]),
]

# (key, name, producer, appellation, region, country, category, [formats])  colour is null
OTHERS = [
    # beers: kegs of 2,000 / 3,000 cl and bottles
    ("k1664", "1664 Blonde", "Kronenbourg", None, "Alsace", F, "bière", [3000]),
    ("jenlain", "Jenlain Ambrée", "Brasserie Duyck", None, "Hauts-de-France", F, "bière", [3000, 75]),
    ("grimb", "Grimbergen Blonde", "Grimbergen", None, None, B, "bière", [2000]),
    ("hoeg", "Hoegaarden Blanche", "Hoegaarden", None, None, B, "bière", [2000]),
    ("goudale", "La Goudale", "Brasserie Goudale", None, "Hauts-de-France", F, "bière", [2000]),
    ("chim_bl", "Chimay Bleue", "Bières de Chimay", None, None, B, "bière", [33]),
    ("chim_r", "Chimay Rouge", "Bières de Chimay", None, None, B, "bière", [33]),
    ("orval", "Orval", "Brasserie d'Orval", None, None, B, "bière", [33]),
    ("westm", "Westmalle Tripel", "Brouwerij Westmalle", None, None, B, "bière", [33]),
    ("roch8", "Rochefort 8", "Brasserie de Rochefort", None, None, B, "bière", [33]),
    ("roch10", "Rochefort 10", "Brasserie de Rochefort", None, None, B, "bière", [33]),
    ("chouffe", "La Chouffe", "Brasserie d'Achouffe", None, None, B, "bière", [33]),
    ("kwak", "Kwak", "Brouwerij Bosteels", None, None, B, "bière", [33]),
    ("karmel", "Tripel Karmeliet", "Brouwerij Bosteels", None, None, B, "bière", [33]),
    ("duvel", "Duvel", "Duvel Moortgat", None, None, B, "bière", [33]),
    ("delirium", "Delirium Tremens", "Brouwerij Huyghe", None, None, B, "bière", [33]),
    ("abt12", "St. Bernardus Abt 12", "Brouwerij St. Bernardus", None, None, B, "bière", [33]),
    ("zot", "Brugse Zot Blonde", "De Halve Maan", None, None, B, "bière", [33]),
    ("chti", "Ch'ti Blonde", "Brasserie Castelain", None, "Hauts-de-France", F, "bière", [75]),
    ("3monts", "3 Monts", "Brasserie de Saint-Sylvestre", None, "Hauts-de-France", F, "bière", [75, 33]),
    ("rieul", "Saint-Rieul Ambrée", "Brasserie de Saint-Rieul", None, "Hauts-de-France", F, "bière", [33]),
    ("kriek", "Lindemans Kriek", "Lindemans", None, None, B, "bière", [25]),
    ("despe", "Desperados", "Heineken", None, None, "Pays-Bas", "bière", [33]),
    ("hein00", "Heineken 0.0", "Heineken", None, None, "Pays-Bas", "bière", [33]),
    # ciders
    ("vdr_brut", "Cidre Brut", "Val de Rance", "Cidre", "Bretagne", F, "autre", [75]),
    ("vdr_doux", "Cidre Doux", "Val de Rance", "Cidre", "Bretagne", F, "autre", [75]),
    ("ecusson", "Cidre Brut", "Ecusson", "Cidre", "Normandie", F, "autre", [33]),
    # aperitifs
    ("ricard", "Ricard", "Pernod Ricard", "Pastis", None, F, "spiritueux", [100]),
    ("p51", "Pastis 51", "Pernod", "Pastis", None, F, "spiritueux", [100]),
    ("mart_b", "Martini Bianco", "Martini", "Vermouth", None, "Italie", "autre", [100]),
    ("mart_r", "Martini Rosso", "Martini", "Vermouth", None, "Italie", "autre", [100]),
    ("suze", "Suze", "Suze", "Gentiane", None, F, "spiritueux", [100]),
    ("lillet", "Lillet Blanc", "Lillet", "Apéritif à base de vin", "Bordeaux", F, "autre", [75]),
    ("picon", "Picon Bière", "Picon", "Amer", None, F, "spiritueux", [100]),
    ("porto", "Porto Tawny", "Porto Cruz", "Porto", None, "Portugal", "autre", [75]),
    # digestifs and spirits
    ("magloire", "Calvados VSOP", "Père Magloire", "Calvados Pays d'Auge", "Normandie", F, "spiritueux", [70]),
    ("remy", "Rémy Martin VSOP", "Rémy Martin", "Cognac", "Cognac", F, "spiritueux", [70]),
    ("janneau", "Janneau VSOP", "Janneau", "Armagnac", "Gascogne", F, "spiritueux", [70]),
    ("get27", "Get 27", "Get", "Liqueur de menthe", None, F, "spiritueux", [70]),
    ("chartreuse", "Chartreuse Verte", "Chartreuse Diffusion", "Liqueur", "Isère", F, "spiritueux", [70]),
    ("baileys", "Baileys Original", "Baileys", "Crème de whiskey", None, "Irlande", "spiritueux", [70]),
    ("poire", "Poire Williams", "Joseph Cartron", "Eau-de-vie de poire", "Bourgogne", F, "spiritueux", [70]),
    ("jameson", "Jameson", "Jameson", "Irish Whiskey", None, "Irlande", "spiritueux", [70]),
    ("jack", "Jack Daniel's Old No. 7", "Jack Daniel's", "Tennessee Whiskey", None, "États-Unis", "spiritueux", [70]),
    ("clan", "Clan Campbell", "Clan Campbell", "Blended Scotch Whisky", None, "Écosse", "spiritueux", [70]),
    ("glen12", "Glenfiddich 12 ans", "Glenfiddich", "Speyside Single Malt", None, "Écosse", "spiritueux", [70]),
    ("laga16", "Lagavulin 16 ans", "Lagavulin", "Islay Single Malt", None, "Écosse", "spiritueux", [70]),
    ("hav3", "Havana Club 3 ans", "Havana Club", "Rhum", None, "Cuba", "spiritueux", [70]),
    ("hav7", "Havana Club 7 ans", "Havana Club", "Rhum", None, "Cuba", "spiritueux", [70]),
    ("bombay", "Bombay Sapphire", "Bombay", "London Dry Gin", None, "Royaume-Uni", "spiritueux", [70]),
    ("absolut", "Absolut Vodka", "Absolut", "Vodka", None, "Suède", "spiritueux", [70]),
    # softs
    ("coca", "Coca-Cola", "Coca-Cola", None, None, F, "soft", [33]),
    ("cocazero", "Coca-Cola Zéro", "Coca-Cola", None, None, F, "soft", [33]),
    ("orangina", "Orangina", "Orangina", None, None, F, "soft", [25]),
    ("schweppes", "Schweppes Indian Tonic", "Schweppes", None, None, F, "soft", [25]),
    ("perrier", "Perrier", "Perrier", None, None, F, "soft", [33]),
    ("evian", "Evian", "Evian", None, None, F, "soft", [50, 100]),
    ("badoit", "Badoit", "Badoit", None, None, F, "soft", [100]),
    ("oasis", "Oasis Tropical", "Oasis", None, None, F, "soft", [25]),
    ("icetea", "Lipton Ice Tea Pêche", "Lipton", None, None, F, "soft", [25]),
    ("pampryl", "Jus d'Orange", "Pampryl", None, None, F, "soft", [25]),
    ("milliat", "Jus de Pomme", "Alain Milliat", None, None, F, "soft", [33]),
]


def library():
    """Library rows in order, ids am001...; returns (rows, index) where index maps
    key -> list of (format_cl, vintage, id)."""
    rows, index = [], {}
    n = 0
    for key, name, prod, app, reg, ctry, col, cat, ents in WINES:
        for vin, fmt in ents:
            n += 1
            i = "am%03d" % n
            rows.append({"id": i, "name": name, "producer": prod, "appellation": app, "region": reg,
                         "country": ctry, "colour": col, "category": cat, "vintage": vin, "format_cl": fmt})
            index.setdefault(key, []).append((fmt, vin, i))
    for key, name, prod, app, reg, ctry, cat, fmts in OTHERS:
        for fmt in fmts:
            n += 1
            i = "am%03d" % n
            rows.append({"id": i, "name": name, "producer": prod, "appellation": app, "region": reg,
                         "country": ctry, "colour": None, "category": cat, "vintage": None, "format_cl": fmt})
            index.setdefault(key, []).append((fmt, None, i))
    return rows, index


def kind(key):
    """'wine' for WINES rows, else the category."""
    for w in WINES:
        if w[0] == key:
            return "wine"
    for o in OTHERS:
        if o[0] == key:
            return o[6]
    raise KeyError(key)


def colour(key):
    for w in WINES:
        if w[0] == key:
            return w[6], w[7]
    return None, None
