"""The drinks of Le Café du Château (Tarascon): one family per key.

A family is (name, producer, appellation, region, country, colour, category) with its
formats {format_cl: [vintages]}; the build makes one library entry per format and vintage,
in this order.
"""
P, R, L, C = "Provence", "Vallée du Rhône", "Languedoc", "France"
BX = "Les Baux-de-Provence"
CP = "Côtes de Provence"
CN = "Costières de Nîmes"
CDP = "Châteauneuf-du-Pape"
N = None

# key: (name, producer, appellation, region, country, colour, category, {format: [vintages]})
FAMILIES = {
    # Alpilles and Baux-de-Provence
    "rdm": ("Rosé du Mas", "Mas de la Dame", BX, P, C, "rosé", "vin", {75: [2023, 2024], 37.5: [2024], 150: [2023]}),
    "stele": ("La Stèle", "Mas de la Dame", BX, P, C, "rouge", "vin", {75: [2019, 2020]}),
    "trev_r": ("Domaine de Trévallon", "Domaine de Trévallon", "IGP Alpilles", P, C, "rouge", "vin", {75: [2016, 2017, 2019], 150: [2017]}),
    "trev_b": ("Domaine de Trévallon", "Domaine de Trévallon", "IGP Alpilles", P, C, "blanc", "vin", {75: [2021]}),
    "romanin": ("Château Romanin", "Château Romanin", BX, P, C, "rouge", "vin", {75: [2018]}),
    "cornaline": ("Cornaline", "Domaine Hauvette", BX, P, C, "rouge", "vin", {75: [2017]}),
    "estoublon": ("Château Estoublon", "Château Estoublon", BX, P, C, "rosé", "vin", {75: [2024]}),
    "passerose": ("Passe Rose", "Mas Sainte Berthe", BX, P, C, "rosé", "vin", {75: [2024]}),
    # Provence rosés and whites
    "mminuty": ("M de Minuty", "Château Minuty", CP, P, C, "rosé", "vin", {75: [2024], 37.5: [2024], 150: [2024]}),
    "prestige": ("Minuty Prestige", "Château Minuty", CP, P, C, "rosé", "vin", {75: [2023]}),
    "wa": ("Whispering Angel", "Château d'Esclans", CP, P, C, "rosé", "vin", {75: [2023, 2024], 150: [2023]}),
    "byott": ("By.Ott", "Domaines Ott", CP, P, C, "rosé", "vin", {75: [2023]}),
    "peyrassol": ("Commanderie de Peyrassol", "Commanderie de Peyrassol", CP, P, C, "rosé", "vin", {75: [2024]}),
    "sabine": ("Sabine", "Bieler Père et Fils", "Coteaux d'Aix-en-Provence", P, C, "rosé", "vin", {75: [2024]}),
    "tempier_rs": ("Domaine Tempier", "Domaine Tempier", "Bandol", P, C, "rosé", "vin", {75: [2023]}),
    "tempier_rg": ("Domaine Tempier", "Domaine Tempier", "Bandol", P, C, "rouge", "vin", {75: [2019]}),
    "csm": ("Clos Sainte Magdeleine", "Clos Sainte Magdeleine", "Cassis", P, C, "blanc", "vin", {75: [2023], 37.5: [2023]}),
    "simone": ("Château Simone", "Château Simone", "Palette", P, C, "rouge", "vin", {75: [2018]}),
    # Costières de Nîmes
    "galets_rg": ("Les Galets Rouges", "Château Mourgues du Grès", CN, R, C, "rouge", "vin", {75: [2021, 2022], 150: [2021]}),
    "galets_rs": ("Les Galets Rosés", "Château Mourgues du Grès", CN, R, C, "rosé", "vin", {75: [2024]}),
    "argence": ("Terre d'Argence", "Château Mourgues du Grès", CN, R, C, "rouge", "vin", {75: [2020]}),
    "compostelle": ("Compostelle", "Château Mas Neuf", CN, R, C, "rouge", "vin", {75: [2021]}),
    # Châteauneuf-du-Pape and the Rhône
    "vt": ("Vieux Télégraphe La Crau", "Domaine du Vieux Télégraphe", CDP, R, C, "rouge", "vin", {75: [2018, 2019, 2020], 150: [2019], 37.5: [2020]}),
    "telegramme": ("Télégramme", "Domaine du Vieux Télégraphe", CDP, R, C, "rouge", "vin", {75: [2021]}),
    "beau_rg": ("Château de Beaucastel", "Famille Perrin", CDP, R, C, "rouge", "vin", {75: [2019]}),
    "beau_bl": ("Château de Beaucastel", "Famille Perrin", CDP, R, C, "blanc", "vin", {75: [2021]}),
    "papes": ("Clos des Papes", "Clos des Papes", CDP, R, C, "rouge", "vin", {75: [2019, 2020], 37.5: [2019]}),
    "mr_rg": ("Château Mont-Redon", "Château Mont-Redon", CDP, R, C, "rouge", "vin", {75: [2020]}),
    "mr_bl": ("Château Mont-Redon", "Château Mont-Redon", CDP, R, C, "blanc", "vin", {75: [2022]}),
    "guigal": ("Côtes du Rhône", "E. Guigal", "Côtes du Rhône", R, C, "rouge", "vin", {75: [2020], 37.5: [2020]}),
    "perrin_rg": ("Perrin Réserve", "Famille Perrin", "Côtes du Rhône", R, C, "rouge", "vin", {75: [2022]}),
    "perrin_rs": ("Perrin Réserve", "Famille Perrin", "Côtes du Rhône", R, C, "rosé", "vin", {75: [2024]}),
    "aqueria": ("Château d'Aquéria", "Château d'Aquéria", "Tavel", R, C, "rosé", "vin", {75: [2023]}),
    "cayron": ("Domaine du Cayron", "Domaine du Cayron", "Gigondas", R, C, "rouge", "vin", {75: [2020]}),
    "muscat": ("Muscat de Beaumes-de-Venise", "Domaine de Durban", "Muscat de Beaumes-de-Venise", R, C, "liquoreux", "vin", {50: [2021]}),
    # house wines, 5 l bag-in-box for glasses and pichets
    "house_rs": ("Rosé de la Maison", "Le Café du Château", "IGP Alpilles", P, C, "rosé", "vin", {500: [N]}),
    "house_rg": ("Rouge de la Maison", "Le Café du Château", "IGP Alpilles", P, C, "rouge", "vin", {500: [N]}),
    "house_bl": ("Blanc de la Maison", "Le Café du Château", "IGP Alpilles", P, C, "blanc", "vin", {500: [N]}),
    # sparkling
    "jaillance": ("Clairette de Die Tradition", "Jaillance", "Clairette de Die", R, C, "effervescent", "vin", {75: [N]}),
    "moet": ("Moët Impérial Brut", "Moët & Chandon", "Champagne", "Champagne", C, "effervescent", "champagne", {75: [N], 37.5: [N], 150: [N]}),
    "lp_brut": ("La Cuvée", "Laurent-Perrier", "Champagne", "Champagne", C, "effervescent", "champagne", {75: [N]}),
    "lp_rose": ("Cuvée Rosé", "Laurent-Perrier", "Champagne", "Champagne", C, "rosé", "champagne", {75: [N]}),
    # pastis and anise
    "ricard": ("Ricard", "Pernod Ricard", N, N, C, N, "spiritueux", {100: [N]}),
    "p51": ("Pastis 51", "Pernod Ricard", N, N, C, N, "spiritueux", {100: [N]}),
    "bardouin": ("Pastis Henri Bardouin", "Distilleries et Domaines de Provence", N, P, C, N, "spiritueux", {70: [N]}),
    "casanis": ("Casanis", "Casanis", N, N, C, N, "spiritueux", {100: [N]}),
    "janot": ("Pastis Janot", "Distillerie Janot", N, P, C, N, "spiritueux", {70: [N]}),
    "pernod": ("Pernod", "Pernod Ricard", N, N, C, N, "spiritueux", {100: [N]}),
    # aperitifs and liqueurs
    "suze": ("Suze", "Pernod Ricard", N, N, C, N, "autre", {100: [N]}),
    "martini_r": ("Martini Rosso", "Martini", N, N, "Italie", N, "autre", {100: [N]}),
    "martini_b": ("Martini Bianco", "Martini", N, N, "Italie", N, "autre", {100: [N]}),
    "lillet": ("Lillet Blanc", "Lillet", N, "Bordeaux", C, N, "autre", {75: [N]}),
    "campari": ("Campari", "Campari", N, N, "Italie", N, "autre", {100: [N]}),
    "aperol": ("Aperol", "Campari", N, N, "Italie", N, "autre", {70: [N]}),
    "noilly": ("Noilly Prat Original Dry", "Noilly Prat", N, L, C, N, "autre", {75: [N]}),
    "rinquinquin": ("Rinquinquin à la pêche", "Distilleries et Domaines de Provence", N, P, C, N, "autre", {75: [N]}),
    "picon": ("Picon Bière", "Picon", N, N, C, N, "autre", {100: [N]}),
    "vedrenne": ("Crème de Cassis", "Védrenne", N, "Bourgogne", C, N, "spiritueux", {70: [N]}),
    # spirits
    "jameson": ("Jameson", "Jameson", N, N, "Irlande", N, "spiritueux", {70: [N]}),
    "jackd": ("Jack Daniel's Old No. 7", "Jack Daniel's", N, N, "États-Unis", N, "spiritueux", {70: [N]}),
    "chivas12": ("Chivas Regal 12 ans", "Chivas Brothers", N, N, "Écosse", N, "spiritueux", {70: [N]}),
    "talisker10": ("Talisker 10 ans", "Talisker", N, N, "Écosse", N, "spiritueux", {70: [N]}),
    "nikka": ("Nikka From the Barrel", "Nikka", N, N, "Japon", N, "spiritueux", {50: [N]}),
    "havana3": ("Havana Club 3 ans", "Havana Club", N, N, "Cuba", N, "spiritueux", {70: [N]}),
    "havana7": ("Havana Club 7 ans", "Havana Club", N, N, "Cuba", N, "spiritueux", {70: [N]}),
    "diplo": ("Diplomático Reserva Exclusiva", "Diplomático", N, N, "Venezuela", N, "spiritueux", {70: [N]}),
    "bombay": ("Bombay Sapphire", "Bombay", N, N, "Royaume-Uni", N, "spiritueux", {70: [N]}),
    "absolut": ("Absolut", "Absolut", N, N, "Suède", N, "spiritueux", {70: [N]}),
    "greygoose": ("Grey Goose", "Grey Goose", N, N, C, N, "spiritueux", {70: [N]}),
    "get27": ("Get 27", "Get", N, N, C, N, "spiritueux", {70: [N]}),
    "hennessy": ("Hennessy VS", "Hennessy", "Cognac", "Cognac", C, N, "spiritueux", {70: [N]}),
    "baileys": ("Baileys Original", "Baileys", N, N, "Irlande", N, "spiritueux", {70: [N]}),
    # beers: draught as kegs
    "kro": ("Kronenbourg", "Kronenbourg", N, "Alsace", C, N, "bière", {3000: [N]}),
    "k1664b": ("1664 Blanc", "Kronenbourg", N, "Alsace", C, N, "bière", {2000: [N], 25: [N]}),
    "leffe": ("Leffe Blonde", "Abbaye de Leffe", N, N, "Belgique", N, "bière", {2000: [N], 33: [N]}),
    "heineken": ("Heineken", "Heineken", N, N, "Pays-Bas", N, "bière", {25: [N]}),
    "despe": ("Desperados", "Heineken", N, N, "Pays-Bas", N, "bière", {33: [N]}),
    "corona": ("Corona Extra", "Grupo Modelo", N, N, "Mexique", N, "bière", {35.5: [N]}),
    "chimay": ("Chimay Bleue", "Abbaye de Scourmont", N, N, "Belgique", N, "bière", {33: [N]}),
    "pietra": ("Pietra", "Brasserie Pietra", N, "Corse", C, N, "bière", {33: [N]}),
    # softs and waters
    "coca": ("Coca-Cola", "Coca-Cola", N, N, N, N, "soft", {33: [N], 150: [N]}),
    "cocazero": ("Coca-Cola Zéro", "Coca-Cola", N, N, N, N, "soft", {33: [N]}),
    "orangina": ("Orangina", "Orangina", N, N, C, N, "soft", {25: [N]}),
    "tonic": ("Schweppes Indian Tonic", "Schweppes", N, N, N, N, "soft", {25: [N]}),
    "agrum": ("Schweppes Agrum'", "Schweppes", N, N, N, N, "soft", {25: [N]}),
    "perrier": ("Perrier", "Perrier", N, "Occitanie", C, N, "soft", {33: [N], 100: [N]}),
    "evian": ("Evian", "Evian", N, "Haute-Savoie", C, N, "soft", {50: [N], 100: [N]}),
    "badoit": ("Badoit", "Badoit", N, "Loire", C, N, "soft", {100: [N]}),
    "oasis": ("Oasis Tropical", "Oasis", N, N, C, N, "soft", {33: [N]}),
    "icetea": ("Lipton Ice Tea Pêche", "Lipton", N, N, N, N, "soft", {33: [N]}),
    "milliat": ("Nectar d'abricot", "Alain Milliat", N, "Vallée du Rhône", C, N, "soft", {33: [N]}),
}
