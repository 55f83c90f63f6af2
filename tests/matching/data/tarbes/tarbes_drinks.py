"""Le Pilier (Tarbes): the drinks library.

One row per wine / drink: (key, name, producer, appellation, region, country, colour,
category, {format_cl: [vintages]}).  Each format and vintage becomes its own library entry,
in this order (formats as listed, vintages ascending).  A keg is the draught beer's format.
"""

SO, FR = "Sud-Ouest", "France"

DRINKS = [
    # --- Madiran (rouge) ---
    ("montus", "Château Montus", "Alain Brumont", "Madiran", SO, FR, "rouge", "vin", {75: [2015, 2016, 2018], 150: [2016], 37.5: [2016]}),
    ("latyre", "Château Montus La Tyre", "Alain Brumont", "Madiran", SO, FR, "rouge", "vin", {75: [2015]}),
    ("bouscasse", "Château Bouscassé", "Alain Brumont", "Madiran", SO, FR, "rouge", "vin", {75: [2017, 2019]}),
    ("bouscassevv", "Château Bouscassé Vieilles Vignes", "Alain Brumont", "Madiran", SO, FR, "rouge", "vin", {75: [2015]}),
    ("aydie", "Château d'Aydie", "Famille Laplace", "Madiran", SO, FR, "rouge", "vin", {75: [2016, 2018]}),
    ("ode", "Odé d'Aydie", "Famille Laplace", "Madiran", SO, FR, "rouge", "vin", {75: [2020], 37.5: [2020]}),
    ("laffitte", "Château Laffitte-Teston", "Jean-Marc Laffitte", "Madiran", SO, FR, "rouge", "vin", {75: [2019]}),
    ("batzrg", "Charles de Batz", "Domaine Berthoumieu", "Madiran", SO, FR, "rouge", "vin", {75: [2017, 2019]}),
    ("couvent", "Cuvée du Couvent", "Domaine Capmartin", "Madiran", SO, FR, "rouge", "vin", {75: [2018]}),
    ("crouseilles", "Château de Crouseilles", "Plaimont", "Madiran", SO, FR, "rouge", "vin", {75: [2018]}),
    # --- Pacherenc du Vic-Bilh ---
    ("montusblc", "Château Montus Blanc", "Alain Brumont", "Pacherenc du Vic-Bilh", SO, FR, "blanc", "vin", {75: [2019]}),
    ("brumaire", "Brumaire", "Alain Brumont", "Pacherenc du Vic-Bilh", SO, FR, "liquoreux", "vin", {50: [2016]}),
    ("symphautomne", "Symphonie d'Automne", "Domaine Berthoumieu", "Pacherenc du Vic-Bilh", SO, FR, "liquoreux", "vin", {50: [2018, 2020]}),
    # --- Saint-Mont ---
    ("sabazan", "Château de Sabazan", "Plaimont", "Saint-Mont", SO, FR, "rouge", "vin", {75: [2015]}),
    ("retrouvees", "Les Vignes Retrouvées", "Plaimont", "Saint-Mont", SO, FR, "blanc", "vin", {75: [2021, 2022]}),
    ("monastere", "Monastère de Saint-Mont", "Plaimont", "Saint-Mont", SO, FR, "rouge", "vin", {75: [2019]}),
    # --- Jurançon ---
    ("chantvignes", "Chant des Vignes", "Domaine Cauhapé", "Jurançon sec", SO, FR, "blanc", "vin", {75: [2022]}),
    ("symphnov", "Symphonie de Novembre", "Domaine Cauhapé", "Jurançon", SO, FR, "liquoreux", "vin", {75: [2019], 37.5: [2019]}),
    ("marie", "Cuvée Marie", "Clos Uroulat", "Jurançon sec", SO, FR, "blanc", "vin", {75: [2020, 2021]}),
    ("uroulat", "Clos Uroulat", "Clos Uroulat", "Jurançon", SO, FR, "liquoreux", "vin", {50: [2019]}),
    ("casterasses", "Les Casterasses", "Domaine Bru-Baché", "Jurançon", SO, FR, "liquoreux", "vin", {75: [2018]}),
    # --- Côtes de Gascogne, Tursan, Béarn, Irouléguy, Cahors, Fronton, Gaillac ---
    ("tqclassic", "Tariquet Classic", "Domaine du Tariquet", "Côtes de Gascogne", SO, FR, "blanc", "vin", {75: [2023]}),
    ("tqcote", "Tariquet Côté", "Domaine du Tariquet", "Côtes de Gascogne", SO, FR, "blanc", "vin", {75: [2022]}),
    ("tqgrives", "Tariquet Premières Grives", "Domaine du Tariquet", "Côtes de Gascogne", SO, FR, "liquoreux", "vin", {75: [2023]}),
    ("tqrose", "Tariquet Rosé de Pressée", "Domaine du Tariquet", "Côtes de Gascogne", SO, FR, "rosé", "vin", {75: [2023]}),
    ("uby3", "Uby N°3", "Domaine Uby", "Côtes de Gascogne", SO, FR, "blanc", "vin", {75: [2023]}),
    ("bachen", "Château de Bachen", "Michel Guérard", "Tursan", SO, FR, "blanc", "vin", {75: [2020]}),
    ("lapeyre", "Béarn Rosé", "Domaine Lapeyre", "Béarn", SO, FR, "rosé", "vin", {75: [2023]}),
    ("ilarria", "Domaine Ilarria", "Domaine Ilarria", "Irouléguy", SO, FR, "rouge", "vin", {75: [2019]}),
    ("hauteserre", "Château de Haute-Serre", "Georges Vigouroux", "Cahors", SO, FR, "rouge", "vin", {75: [2016, 2019]}),
    ("bellevue", "Château Bellevue la Forêt", "Château Bellevue la Forêt", "Fronton", SO, FR, "rouge", "vin", {75: [2021]}),
    ("bellevuers", "Château Bellevue la Forêt Rosé", "Château Bellevue la Forêt", "Fronton", SO, FR, "rosé", "vin", {75: [2023]}),
    ("renaissance", "Renaissance", "Domaine Rotier", "Gaillac", SO, FR, "rouge", "vin", {75: [2018]}),
    # --- Bordeaux ---
    ("chassespleen", "Château Chasse-Spleen", "Château Chasse-Spleen", "Moulis-en-Médoc", "Bordeaux", FR, "rouge", "vin", {75: [2016, 2018], 37.5: [2016]}),
    ("lanessan", "Château Lanessan", "Château Lanessan", "Haut-Médoc", "Bordeaux", FR, "rouge", "vin", {75: [2017]}),
    ("cantemerle", "Château Cantemerle", "Château Cantemerle", "Haut-Médoc", "Bordeaux", FR, "rouge", "vin", {75: [2016]}),
    ("allees", "Les Allées de Cantemerle", "Château Cantemerle", "Haut-Médoc", "Bordeaux", FR, "rouge", "vin", {75: [2019]}),
    ("dauphine", "Château de La Dauphine", "Château de La Dauphine", "Fronsac", "Bordeaux", FR, "rouge", "vin", {75: [2018]}),
    ("reynon", "Château Reynon", "Denis Dubourdieu", "Cadillac Côtes de Bordeaux", "Bordeaux", FR, "rouge", "vin", {75: [2019]}),
    ("reynonblc", "Château Reynon Vieilles Vignes Blanc", "Denis Dubourdieu", "Bordeaux", "Bordeaux", FR, "blanc", "vin", {75: [2022]}),
    ("coutet", "Château Coutet", "Château Coutet", "Barsac", "Bordeaux", FR, "liquoreux", "vin", {37.5: [2015]}),
    # --- Champagne ---
    ("taittbr", "Brut Réserve", "Taittinger", "Champagne", "Champagne", FR, "effervescent", "champagne", {75: [None], 150: [None]}),
    ("taittrose", "Prestige Rosé", "Taittinger", "Champagne", "Champagne", FR, "rosé", "champagne", {75: [None]}),
    ("lpcuvee", "La Cuvée", "Laurent-Perrier", "Champagne", "Champagne", FR, "effervescent", "champagne", {75: [None], 37.5: [None]}),
    ("lprose", "Cuvée Rosé", "Laurent-Perrier", "Champagne", "Champagne", FR, "rosé", "champagne", {75: [None]}),
    ("gosset", "Grande Réserve", "Gosset", "Champagne", "Champagne", FR, "effervescent", "champagne", {75: [None]}),
    ("deutz", "Brut Classic", "Deutz", "Champagne", "Champagne", FR, "effervescent", "champagne", {75: [None]}),
    # --- Armagnac, Floc ---
    ("tqvsop", "Bas-Armagnac Tariquet VSOP", "Château du Tariquet", "Bas-Armagnac", SO, FR, None, "spiritueux", {70: [None]}),
    ("tqxo", "Bas-Armagnac Tariquet XO", "Château du Tariquet", "Bas-Armagnac", SO, FR, None, "spiritueux", {70: [None]}),
    ("tq15", "Bas-Armagnac Tariquet 15 ans", "Château du Tariquet", "Bas-Armagnac", SO, FR, None, "spiritueux", {70: [None]}),
    ("tqmill", "Bas-Armagnac Tariquet Millésime", "Château du Tariquet", "Bas-Armagnac", SO, FR, None, "spiritueux", {70: [1993, 2000]}),
    ("darroze20", "Darroze Les Grands Assemblages 20 ans", "Francis Darroze", "Bas-Armagnac", SO, FR, None, "spiritueux", {70: [None]}),
    ("flocblc", "Floc de Gascogne Blanc", "Domaine d'Ognoas", "Floc de Gascogne", SO, FR, None, "autre", {75: [None]}),
    ("flocrs", "Floc de Gascogne Rosé", "Domaine d'Ognoas", "Floc de Gascogne", SO, FR, None, "autre", {75: [None]}),
    # --- spirits ---
    ("ricard", "Ricard", "Pernod Ricard", None, None, FR, None, "spiritueux", {100: [None]}),
    ("p51", "Pastis 51", "Pernod Ricard", None, None, FR, None, "spiritueux", {100: [None]}),
    ("jackd", "Jack Daniel's Old No. 7", "Jack Daniel Distillery", None, None, "États-Unis", None, "spiritueux", {70: [None]}),
    ("jameson", "Jameson", "Irish Distillers", None, None, "Irlande", None, "spiritueux", {70: [None]}),
    ("aberlour12", "Aberlour 12 ans", "Aberlour", "Speyside", None, "Écosse", None, "spiritueux", {70: [None]}),
    ("talisker10", "Talisker 10 ans", "Talisker", "Isle of Skye", None, "Écosse", None, "spiritueux", {70: [None]}),
    ("get27", "Get 27", "Get Frères", None, None, FR, None, "spiritueux", {70: [None]}),
    ("bacardi", "Bacardi Carta Blanca", "Bacardi", None, None, "Porto Rico", None, "spiritueux", {70: [None]}),
    ("havana3", "Havana Club 3 ans", "Havana Club", None, None, "Cuba", None, "spiritueux", {70: [None]}),
    ("absolut", "Absolut Vodka", "Absolut", None, None, "Suède", None, "spiritueux", {70: [None]}),
    ("gordons", "Gordon's London Dry Gin", "Gordon's", None, None, "Royaume-Uni", None, "spiritueux", {70: [None]}),
    ("izarraverte", "Izarra Verte", "Izarra", None, "Pays basque", FR, None, "spiritueux", {70: [None]}),
    ("izarrajaune", "Izarra Jaune", "Izarra", None, "Pays basque", FR, None, "spiritueux", {70: [None]}),
    ("hennessy", "Hennessy Fine de Cognac", "Hennessy", "Cognac", "Cognac", FR, None, "spiritueux", {70: [None]}),
    # --- aperitifs ---
    ("suze", "Suze", "Pernod Ricard", None, None, FR, None, "autre", {100: [None]}),
    ("lillet", "Lillet Blanc", "Lillet", None, "Bordeaux", FR, None, "autre", {75: [None]}),
    ("martinib", "Martini Bianco", "Martini & Rossi", None, None, "Italie", None, "autre", {100: [None]}),
    ("martinir", "Martini Rosso", "Martini & Rossi", None, None, "Italie", None, "autre", {100: [None]}),
    ("sandeman", "Porto Sandeman Ruby", "Sandeman", "Porto", None, "Portugal", None, "autre", {75: [None]}),
    # --- draught beers (kegs) ---
    ("kro", "Kronenbourg", "Kronenbourg", None, None, FR, None, "bière", {3000: [None]}),
    ("blanc1664", "1664 Blanc", "Kronenbourg", None, None, FR, None, "bière", {2000: [None]}),
    ("grimbblde", "Grimbergen Blonde", "Grimbergen", None, None, "Belgique", None, "bière", {2000: [None]}),
    ("grimbamb", "Grimbergen Ambrée", "Grimbergen", None, None, "Belgique", None, "bière", {2000: [None]}),
    ("guinness", "Guinness", "Guinness", None, None, "Irlande", None, "bière", {3000: [None]}),
    # --- bottled beers ---
    ("desperados", "Desperados", "Heineken", None, None, "Pays-Bas", None, "bière", {33: [None]}),
    ("leffeblde", "Leffe Blonde", "Abbaye de Leffe", None, None, "Belgique", None, "bière", {33: [None]}),
    ("chimaybl", "Chimay Bleue", "Chimay", None, None, "Belgique", None, "bière", {33: [None]}),
    ("duvel", "Duvel", "Duvel Moortgat", None, None, "Belgique", None, "bière", {33: [None]}),
    ("corona", "Corona Extra", "Grupo Modelo", None, None, "Mexique", None, "bière", {35.5: [None]}),
    ("heineken00", "Heineken 0.0", "Heineken", None, None, "Pays-Bas", None, "bière", {33: [None]}),
    ("blonde1664", "1664 Blonde", "Kronenbourg", None, None, FR, None, "bière", {25: [None]}),
    # --- softs and waters ---
    ("coca", "Coca-Cola", "Coca-Cola", None, None, FR, None, "soft", {33: [None]}),
    ("cocazero", "Coca-Cola Zéro", "Coca-Cola", None, None, FR, None, "soft", {33: [None]}),
    ("orangina", "Orangina", "Orangina", None, None, FR, None, "soft", {25: [None]}),
    ("tonic", "Schweppes Indian Tonic", "Schweppes", None, None, FR, None, "soft", {25: [None]}),
    ("agrumes", "Schweppes Agrumes", "Schweppes", None, None, FR, None, "soft", {25: [None]}),
    ("perrier", "Perrier", "Perrier", None, None, FR, None, "soft", {33: [None]}),
    ("salvetat", "La Salvetat", "La Salvetat", None, None, FR, None, "soft", {100: [None]}),
    ("evian", "Evian", "Evian", None, None, FR, None, "soft", {50: [None]}),
    ("pago", "Pago Orange", "Pago", None, None, "Autriche", None, "soft", {20: [None]}),
    ("icetea", "Lipton Ice Tea Pêche", "Lipton", None, None, FR, None, "soft", {33: [None]}),
    ("redbull", "Red Bull", "Red Bull", None, None, "Autriche", None, "soft", {25: [None]}),
    ("lorina", "Lorina Limonade", "Lorina", None, None, FR, None, "soft", {33: [None]}),
]


def entries():
    """Yield (key, library dict) in id order."""
    n = 0
    for key, name, prod, app, reg, ctry, col, cat, fmts in DRINKS:
        for fmt, vins in fmts.items():
            for v in sorted(vins, key=lambda x: x or 0):
                n += 1
                yield key, {
                    "id": "tr%03d" % n, "name": name, "producer": prod, "appellation": app,
                    "region": reg, "country": ctry, "colour": col, "category": cat,
                    "vintage": v, "format_cl": fmt,
                }
