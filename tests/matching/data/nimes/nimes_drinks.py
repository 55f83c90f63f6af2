"""Drinks of "Le Toril" (Nîmes): key, name, producer, appellation, region, country,
colour, category, then the vintages held per format (format_cl -> list of vintages)."""
RH, LG, PR = "Vallée du Rhône", "Languedoc", "Provence"
CN = "Costières de Nîmes"
F = "France"

WINES = [
    # key, name, producer, appellation, region, colour, category, {format: [vintages]}
    ("terre_argence", "Terre d'Argence", "Château Mourgues du Grès", CN, RH, "rouge", "vin", {75: [2020, 2021, 2022], 150: [2020]}),
    ("galets_rouges", "Les Galets Rouges", "Château Mourgues du Grès", CN, RH, "rouge", "vin", {75: [2022]}),
    ("galets_roses", "Les Galets Rosés", "Château Mourgues du Grès", CN, RH, "rosé", "vin", {75: [2023, 2024]}),
    ("galets_dores", "Les Galets Dorés", "Château Mourgues du Grès", CN, RH, "blanc", "vin", {75: [2023]}),
    ("cimels", "Les Cimels", "Château d'Or et de Gueules", CN, RH, "rouge", "vin", {75: [2021, 2022], 37.5: [2022]}),
    ("trassegum", "Trassegum", "Château d'Or et de Gueules", CN, RH, "rouge", "vin", {75: [2019]}),
    ("nages_r", "Château de Nages Réserve", "Château de Nages", CN, RH, "rouge", "vin", {75: [2021, 2022]}),
    ("nages_b", "Château de Nages Réserve", "Château de Nages", CN, RH, "blanc", "vin", {75: [2023]}),
    ("nostre_pais", "Nostre Païs", "Michel Gassier", CN, RH, "rouge", "vin", {75: [2020]}),
    ("bressades_r", "Cuvée Tradition", "Mas des Bressades", CN, RH, "rouge", "vin", {75: [2022]}),
    ("bressades_rs", "Cuvée Tradition", "Mas des Bressades", CN, RH, "rosé", "vin", {75: [2024]}),
    ("campuget_r", "Tradition de Campuget", "Château de Campuget", CN, RH, "rouge", "vin", {75: [2022, 2023]}),
    ("campuget_rs", "Tradition de Campuget", "Château de Campuget", CN, RH, "rosé", "vin", {75: [2024], 150: [2024]}),
    ("c1753_r", "1753", "Château de Campuget", CN, RH, "rouge", "vin", {75: [2021]}),
    ("c1753_b", "1753", "Château de Campuget", CN, RH, "blanc", "vin", {75: [2023]}),
    ("hippolyte", "Hippolyte", "Château Grande Cassagne", CN, RH, "rouge", "vin", {75: [2021]}),
    ("cassagne_rs", "Grande Cassagne Rosé", "Château Grande Cassagne", CN, RH, "rosé", "vin", {75: [2024]}),
    ("beaubois_exp", "Expression", "Château Beaubois", CN, RH, "rosé", "vin", {75: [2024]}),
    ("beaubois_eleg", "Élégance", "Château Beaubois", CN, RH, "rouge", "vin", {75: [2021]}),
    ("aqueria", "Château d'Aqueria", "Château d'Aqueria", "Tavel", RH, "rosé", "vin", {75: [2022, 2023], 150: [2023], 37.5: [2023]}),
    ("dame_rousse", "La Dame Rousse", "Domaine de la Mordorée", "Tavel", RH, "rosé", "vin", {75: [2023]}),
    ("reine_bois", "La Reine des Bois", "Domaine de la Mordorée", "Lirac", RH, "rouge", "vin", {75: [2020]}),
    ("prima_donna", "Prima Donna", "Domaine Maby", "Tavel", RH, "rosé", "vin", {75: [2023]}),
    ("listel", "Listel Gris", "Listel", "IGP Sable de Camargue", LG, "rosé", "vin", {75: [None], 150: [None]}),
    ("gournier_r", "Domaine de Gournier Rouge", "Domaine de Gournier", "IGP Cévennes", LG, "rouge", "vin", {75: [2023]}),
    ("gournier_rs", "Domaine de Gournier Rosé", "Domaine de Gournier", "IGP Cévennes", LG, "rosé", "vin", {75: [2024]}),
    ("gournier_b", "Domaine de Gournier Blanc", "Domaine de Gournier", "IGP Cévennes", LG, "blanc", "vin", {75: [2024]}),
    ("hortus", "Bergerie de l'Hortus", "Domaine de l'Hortus", "Pic Saint-Loup", LG, "rouge", "vin", {75: [2021, 2022]}),
    ("cote_roses", "Côte des Roses", "Gérard Bertrand", "Languedoc", LG, "rosé", "vin", {75: [2024]}),
    ("picpoul", "Picpoul de Pinet", "Domaine Félines Jourdan", "Picpoul de Pinet", LG, "blanc", "vin", {75: [2024]}),
    ("muscat_lunel", "Muscat de Lunel", "Domaine du Clos de Bellevue", "Muscat de Lunel", LG, "liquoreux", "vin", {50: [2021]}),
    ("guigal_cdr", "Côtes du Rhône", "E. Guigal", "Côtes du Rhône", RH, "rouge", "vin", {75: [2020, 2021], 150: [2020]}),
    ("vieille_ferme_r", "La Vieille Ferme Rouge", "Famille Perrin", "Ventoux", RH, "rouge", "vin", {75: [2022]}),
    ("vieille_ferme_rs", "La Vieille Ferme Rosé", "Famille Perrin", "Luberon", RH, "rosé", "vin", {75: [2024]}),
    ("telegraphe", "La Crau", "Domaine du Vieux Télégraphe", "Châteauneuf-du-Pape", RH, "rouge", "vin", {75: [2018, 2019]}),
    ("cayron", "Gigondas", "Domaine du Cayron", "Gigondas", RH, "rouge", "vin", {75: [2020]}),
    ("doucinello", "Doucinello", "Le Sang des Cailloux", "Vacqueyras", RH, "rouge", "vin", {75: [2021]}),
    ("graillot", "Crozes-Hermitage", "Alain Graillot", "Crozes-Hermitage", RH, "rouge", "vin", {75: [2021]}),
    ("minuty_m", "M de Minuty", "Château Minuty", "Côtes de Provence", PR, "rosé", "vin", {75: [2024], 150: [2024]}),
    ("whispering", "Whispering Angel", "Caves d'Esclans", "Côtes de Provence", PR, "rosé", "vin", {75: [2023, 2024]}),
    ("tempier_rs", "Bandol Rosé", "Domaine Tempier", "Bandol", PR, "rosé", "vin", {75: [2023]}),
    ("laroche", "Chablis Saint Martin", "Domaine Laroche", "Chablis", "Bourgogne", "blanc", "vin", {75: [2022]}),
    ("baronnes", "Les Baronnes", "Henri Bourgeois", "Sancerre", "Loire", "blanc", "vin", {75: [2023]}),
    ("larose", "Château Larose-Trintaudon", "Château Larose-Trintaudon", "Haut-Médoc", "Bordeaux", "rouge", "vin", {75: [2018, 2019]}),
    ("cote_py", "Côte du Py", "Jean Foillard", "Morgon", "Beaujolais", "rouge", "vin", {75: [2022]}),
    ("feuillatte", "Brut Réserve", "Nicolas Feuillatte", "Champagne", "Champagne", "effervescent", "champagne", {75: [None], 37.5: [None]}),
    ("ruinart_bdb", "Blanc de Blancs", "Ruinart", "Champagne", "Champagne", "effervescent", "champagne", {75: [None]}),
    ("clairette", "Clairette de Die Tradition", "Jaillance", "Clairette de Die", RH, "effervescent", "vin", {75: [None]}),
]

OTHERS = [
    # key, name, producer, category, format_cl
    ("p51", "Pastis 51", "Pernod", "spiritueux", 100),
    ("ricard", "Ricard", "Pernod Ricard", "spiritueux", 100),
    ("bardouin", "Pastis Henri Bardouin", "Distilleries et Domaines de Provence", "spiritueux", 70),
    ("berger", "Berger Blanc", "Berger", "spiritueux", 100),
    ("suze", "Suze", "Pernod", "autre", 100),
    ("martini_b", "Martini Bianco", "Martini & Rossi", "autre", 100),
    ("martini_r", "Martini Rosso", "Martini & Rossi", "autre", 100),
    ("lillet", "Lillet Blanc", "Lillet", "autre", 75),
    ("noilly", "Noilly Prat Original Dry", "Noilly Prat", "autre", 75),
    ("byrrh", "Byrrh Grand Quinquina", "Byrrh", "autre", 75),
    ("picon", "Picon Bière", "Picon", "autre", 100),
    ("sandeman", "Porto Ruby", "Sandeman", "autre", 75),
    ("lejay", "Crème de Cassis", "Lejay", "autre", 70),
    ("get27", "Get 27", "Get", "spiritueux", 70),
    ("jack", "Jack Daniel's Old No. 7", "Jack Daniel's", "spiritueux", 70),
    ("jameson", "Jameson", "Jameson", "spiritueux", 70),
    ("aberlour", "Aberlour 10 ans", "Aberlour", "spiritueux", 70),
    ("ballantines", "Ballantine's Finest", "Ballantine's", "spiritueux", 70),
    ("hennessy", "Hennessy VS", "Hennessy", "spiritueux", 70),
    ("havana3", "Havana Club 3 ans", "Havana Club", "spiritueux", 70),
    ("havana7", "Havana Club 7 ans", "Havana Club", "spiritueux", 70),
    ("bacardi", "Bacardi Carta Blanca", "Bacardi", "spiritueux", 100),
    ("smirnoff", "Smirnoff Red", "Smirnoff", "spiritueux", 70),
    ("gordons", "Gordon's London Dry", "Gordon's", "spiritueux", 70),
    ("hendricks", "Hendrick's", "Hendrick's", "spiritueux", 70),
    ("olmeca", "Olmeca Blanco", "Olmeca", "spiritueux", 70),
    ("poire", "Poire Williams", "Massenez", "spiritueux", 70),
    ("kro_keg", "Kronenbourg", "Kronenbourg", "bière", 3000),
    ("blanc1664_keg", "1664 Blanc", "Kronenbourg", "bière", 3000),
    ("grim_keg", "Grimbergen Blonde", "Grimbergen", "bière", 2000),
    ("kro_25", "Kronenbourg", "Kronenbourg", "bière", 25),
    ("desperados", "Desperados", "Heineken", "bière", 33),
    ("corona", "Corona Extra", "Corona", "bière", 35.5),
    ("heineken", "Heineken", "Heineken", "bière", 33),
    ("heineken0", "Heineken 0.0", "Heineken", "bière", 33),
    ("estrella", "Estrella Damm", "Damm", "bière", 33),
    ("leffe", "Leffe Blonde", "Leffe", "bière", 33),
    ("coca", "Coca-Cola", "Coca-Cola", "soft", 33),
    ("coca0", "Coca-Cola Zéro", "Coca-Cola", "soft", 33),
    ("orangina", "Orangina", "Orangina", "soft", 25),
    ("perrier33", "Perrier", "Perrier", "soft", 33),
    ("perrier100", "Perrier", "Perrier", "soft", 100),
    ("schweppes", "Schweppes Indian Tonic", "Schweppes", "soft", 25),
    ("oasis", "Oasis Tropical", "Oasis", "soft", 25),
    ("icetea", "Lipton Ice Tea Pêche", "Lipton", "soft", 25),
    ("vittel50", "Vittel", "Vittel", "soft", 50),
    ("vittel100", "Vittel", "Vittel", "soft", 100),
    ("pellegrino", "San Pellegrino", "San Pellegrino", "soft", 100),
    ("pago", "Pago Orange", "Pago", "soft", 20),
    ("redbull", "Red Bull", "Red Bull", "soft", 25),
]


def library():
    """Entries in id order, with the key of the drink (a key groups the formats and
    vintages of one wine)."""
    out = []
    for key, name, prod, app, reg, col, cat, fmts in WINES:
        for fmt, vints in fmts.items():
            for v in sorted(vints, key=lambda x: (x is None, x or 0)):
                out.append((key, {"name": name, "producer": prod, "appellation": app, "region": reg,
                                      "country": F, "colour": col, "category": cat, "vintage": v,
                                      "format_cl": fmt}))
    for key, name, prod, cat, fmt in OTHERS:
        out.append((key, {"name": name, "producer": prod, "appellation": None, "region": None,
                              "country": None, "colour": None, "category": cat, "vintage": None,
                              "format_cl": fmt}))
    return out
