"""The drinks of the Club-house du Golf de la Foret (Chantilly, Oise).

One row per wine/drink: key, name, producer, appellation, region, country, colour,
category, {format_cl: [vintages]} (an empty list or [None] for a non-vintage drink).
The build expands each row into one library entry per (format, vintage), ids gf001...
in the order written here.
"""

F = "France"
NV = [None]

DRINKS = [
    # --- Bordeaux: chateaux and their second wines
    ("lagrange", "Château Lagrange", "Château Lagrange", "Saint-Julien", "Bordeaux", F, "rouge", "vin", {75: [2015, 2016], 150: [2015]}),
    ("fiefs", "Les Fiefs de Lagrange", "Château Lagrange", "Saint-Julien", "Bordeaux", F, "rouge", "vin", {75: [2018]}),
    ("phelan", "Château Phélan Ségur", "Château Phélan Ségur", "Saint-Estèphe", "Bordeaux", F, "rouge", "vin", {75: [2016, 2018], 37.5: [2016]}),
    ("frank", "Frank Phélan", "Château Phélan Ségur", "Saint-Estèphe", "Bordeaux", F, "rouge", "vin", {75: [2019]}),
    ("lynch", "Château Lynch-Bages", "Château Lynch-Bages", "Pauillac", "Bordeaux", F, "rouge", "vin", {75: [2014, 2016]}),
    ("echo", "Echo de Lynch-Bages", "Château Lynch-Bages", "Pauillac", "Bordeaux", F, "rouge", "vin", {75: [2018]}),
    ("giscours", "Château Giscours", "Château Giscours", "Margaux", "Bordeaux", F, "rouge", "vin", {75: [2015, 2018]}),
    ("sirene", "La Sirène de Giscours", "Château Giscours", "Margaux", "Bordeaux", F, "rouge", "vin", {75: [2019]}),
    ("hautbailly", "Château Haut-Bailly", "Château Haut-Bailly", "Pessac-Léognan", "Bordeaux", F, "rouge", "vin", {75: [2016]}),
    ("parde", "La Parde de Haut-Bailly", "Château Haut-Bailly", "Pessac-Léognan", "Bordeaux", F, "rouge", "vin", {75: [2018]}),
    ("chevalier_r", "Domaine de Chevalier", "Domaine de Chevalier", "Pessac-Léognan", "Bordeaux", F, "rouge", "vin", {75: [2015, 2017]}),
    ("chevalier_b", "Domaine de Chevalier Blanc", "Domaine de Chevalier", "Pessac-Léognan", "Bordeaux", F, "blanc", "vin", {75: [2018]}),
    ("poujeaux", "Château Poujeaux", "Château Poujeaux", "Moulis-en-Médoc", "Bordeaux", F, "rouge", "vin", {75: [2016, 2018], 150: [2016]}),
    ("canon", "Château Canon", "Château Canon", "Saint-Émilion Grand Cru", "Bordeaux", F, "rouge", "vin", {75: [2016]}),
    ("croixcanon", "Croix Canon", "Château Canon", "Saint-Émilion Grand Cru", "Bordeaux", F, "rouge", "vin", {75: [2018]}),
    ("clinet", "Château Clinet", "Château Clinet", "Pomerol", "Bordeaux", F, "rouge", "vin", {75: [2015]}),
    ("lapointe", "Château La Pointe", "Château La Pointe", "Pomerol", "Bordeaux", F, "rouge", "vin", {75: [2016, 2018]}),
    ("rieussec", "Château Rieussec", "Château Rieussec", "Sauternes", "Bordeaux", F, "liquoreux", "vin", {75: [2015], 37.5: [2015, 2017]}),
    ("carmes", "Carmes de Rieussec", "Château Rieussec", "Sauternes", "Bordeaux", F, "liquoreux", "vin", {75: [2018]}),
    ("fontenille", "Château de Fontenille", "Château de Fontenille", "Entre-Deux-Mers", "Bordeaux", F, "blanc", "vin", {75: [2023]}),
    ("reignac", "Château de Reignac", "Château de Reignac", "Bordeaux Supérieur", "Bordeaux", F, "rouge", "vin", {75: [2018]}),
    # --- Burgundy and Beaujolais
    ("steclaire", "Chablis Sainte Claire", "Jean-Marc Brocard", "Chablis", "Bourgogne", F, "blanc", "vin", {75: [2022, 2023], 37.5: [2023]}),
    ("montmains", "Chablis Premier Cru Montmains", "Jean-Marc Brocard", "Chablis Premier Cru", "Bourgogne", F, "blanc", "vin", {75: [2021]}),
    ("mercurey", "Mercurey", "Domaine Faiveley", "Mercurey", "Bourgogne", F, "rouge", "vin", {75: [2020, 2021]}),
    ("meursault", "Meursault", "Louis Latour", "Meursault", "Bourgogne", F, "blanc", "vin", {75: [2020, 2021]}),
    ("pfuisse", "Pouilly-Fuissé", "Louis Latour", "Pouilly-Fuissé", "Bourgogne", F, "blanc", "vin", {75: [2022]}),
    ("gevrey", "Gevrey-Chambertin", "Bouchard Père & Fils", "Gevrey-Chambertin", "Bourgogne", F, "rouge", "vin", {75: [2019]}),
    ("beauneduch", "Beaune du Château Premier Cru", "Bouchard Père & Fils", "Beaune Premier Cru", "Bourgogne", F, "rouge", "vin", {75: [2019, 2020]}),
    ("jacques", "Moulin-à-Vent", "Château des Jacques", "Moulin-à-Vent", "Beaujolais", F, "rouge", "vin", {75: [2020]}),
    # --- Loire
    ("sancerre", "Sancerre", "Pascal Jolivet", "Sancerre", "Loire", F, "blanc", "vin", {75: [2022, 2023]}),
    ("pfume", "Pouilly-Fumé", "Pascal Jolivet", "Pouilly-Fumé", "Loire", F, "blanc", "vin", {75: [2023]}),
    ("granges", "Chinon Les Granges", "Bernard Baudry", "Chinon", "Loire", F, "rouge", "vin", {75: [2022]}),
    ("villeneuve", "Château de Villeneuve", "Château de Villeneuve", "Saumur-Champigny", "Loire", F, "rouge", "vin", {75: [2021]}),
    ("hautlieu", "Le Haut-Lieu Sec", "Domaine Huet", "Vouvray", "Loire", F, "blanc", "vin", {75: [2021]}),
    ("pepiere", "Muscadet Sèvre et Maine", "Domaine de la Pépière", "Muscadet Sèvre et Maine", "Loire", F, "blanc", "vin", {75: [2023]}),
    # --- Rhone
    ("guigal_r", "Côtes du Rhône Rouge", "E. Guigal", "Côtes du Rhône", "Rhône", F, "rouge", "vin", {75: [2020, 2021]}),
    ("guigal_b", "Côtes du Rhône Blanc", "E. Guigal", "Côtes du Rhône", "Rhône", F, "blanc", "vin", {75: [2022]}),
    ("launes", "Crozes-Hermitage Les Launes", "Delas Frères", "Crozes-Hermitage", "Rhône", F, "rouge", "vin", {75: [2021]}),
    ("telegraphe", "Vieux Télégraphe La Crau", "Domaine du Vieux Télégraphe", "Châteauneuf-du-Pape", "Rhône", F, "rouge", "vin", {75: [2018, 2019], 150: [2018]}),
    ("raspail", "Gigondas", "Domaine Raspail-Ay", "Gigondas", "Rhône", F, "rouge", "vin", {75: [2020]}),
    # --- Alsace
    ("pa_riesling", "Riesling Les Princes Abbés", "Domaines Schlumberger", "Alsace", "Alsace", F, "blanc", "vin", {75: [2021]}),
    ("pa_gewurz", "Gewurztraminer Les Princes Abbés", "Domaines Schlumberger", "Alsace", "Alsace", F, "blanc", "vin", {75: [2021, 2022]}),
    ("pa_pgris", "Pinot Gris Les Princes Abbés", "Domaines Schlumberger", "Alsace", "Alsace", F, "blanc", "vin", {75: [2020]}),
    # --- Provence rose for the terrace
    ("minuty", "M de Minuty", "Château Minuty", "Côtes de Provence", "Provence", F, "rosé", "vin", {75: [2023, 2024], 150: [2023]}),
    ("whispering", "Whispering Angel", "Château d'Esclans", "Côtes de Provence", "Provence", F, "rosé", "vin", {75: [2024]}),
    # --- Champagne
    ("bolly", "Bollinger Special Cuvée", "Bollinger", "Champagne", "Champagne", F, "effervescent", "champagne", {75: NV, 37.5: NV, 150: NV}),
    ("bolly_rose", "Bollinger Rosé", "Bollinger", "Champagne", "Champagne", F, "rosé", "champagne", {75: NV}),
    ("ruinart_bdb", "Ruinart Blanc de Blancs", "Ruinart", "Champagne", "Champagne", F, "effervescent", "champagne", {75: NV}),
    ("r_ruinart", "R de Ruinart", "Ruinart", "Champagne", "Champagne", F, "effervescent", "champagne", {75: NV}),
    ("taitt", "Taittinger Brut Réserve", "Taittinger", "Champagne", "Champagne", F, "effervescent", "champagne", {75: NV, 37.5: NV}),
    ("dompe", "Dom Pérignon", "Moët & Chandon", "Champagne", "Champagne", F, "effervescent", "champagne", {75: [2013, 2015]}),
    ("billecart", "Billecart-Salmon Brut Rosé", "Billecart-Salmon", "Champagne", "Champagne", F, "rosé", "champagne", {75: NV}),
    # --- Whiskies
    ("dalmore12", "The Dalmore 12 ans", "The Dalmore", "Highland Single Malt", "Écosse", "Royaume-Uni", None, "spiritueux", {70: NV}),
    ("dalmore15", "The Dalmore 15 ans", "The Dalmore", "Highland Single Malt", "Écosse", "Royaume-Uni", None, "spiritueux", {70: NV}),
    ("dalmore18", "The Dalmore 18 ans", "The Dalmore", "Highland Single Malt", "Écosse", "Royaume-Uni", None, "spiritueux", {70: NV}),
    ("chivas12", "Chivas Regal 12 ans", "Chivas Brothers", "Blended Scotch Whisky", "Écosse", "Royaume-Uni", None, "spiritueux", {70: NV}),
    ("chivas18", "Chivas Regal 18 ans", "Chivas Brothers", "Blended Scotch Whisky", "Écosse", "Royaume-Uni", None, "spiritueux", {70: NV}),
    ("lagavulin", "Lagavulin 16 ans", "Lagavulin", "Islay Single Malt", "Écosse", "Royaume-Uni", None, "spiritueux", {70: NV}),
    ("talisker", "Talisker 10 ans", "Talisker", "Island Single Malt", "Écosse", "Royaume-Uni", None, "spiritueux", {70: NV}),
    ("jwblack", "Johnnie Walker Black Label 12 ans", "Johnnie Walker", "Blended Scotch Whisky", "Écosse", "Royaume-Uni", None, "spiritueux", {70: NV}),
    ("nikka", "Nikka From the Barrel", "Nikka", "Blended Whisky", "Japon", "Japon", None, "spiritueux", {50: NV}),
    # --- Cognac, armagnac
    ("courvs", "Courvoisier VS", "Courvoisier", "Cognac", "Cognac", F, None, "spiritueux", {70: NV}),
    ("courvsop", "Courvoisier VSOP", "Courvoisier", "Cognac", "Cognac", F, None, "spiritueux", {70: NV}),
    ("courxo", "Courvoisier XO", "Courvoisier", "Cognac", "Cognac", F, None, "spiritueux", {70: NV}),
    ("laubade", "Château de Laubade XO", "Château de Laubade", "Bas-Armagnac", "Armagnac", F, None, "spiritueux", {70: NV}),
    # --- Gin, rum, vodka, liqueurs
    ("hendricks", "Hendrick's Gin", "Hendrick's", "Gin", "Écosse", "Royaume-Uni", None, "spiritueux", {70: NV}),
    ("tanq", "Tanqueray London Dry Gin", "Tanqueray", "Gin", "Angleterre", "Royaume-Uni", None, "spiritueux", {70: NV}),
    ("tanq10", "Tanqueray N°10", "Tanqueray", "Gin", "Angleterre", "Royaume-Uni", None, "spiritueux", {70: NV}),
    ("citadelle", "Citadelle Gin", "Maison Ferrand", "Gin", "Cognac", F, None, "spiritueux", {70: NV}),
    ("havana3", "Havana Club 3 ans", "Havana Club", "Rhum de Cuba", "Cuba", "Cuba", None, "spiritueux", {70: NV}),
    ("havana7", "Havana Club 7 ans", "Havana Club", "Rhum de Cuba", "Cuba", "Cuba", None, "spiritueux", {70: NV}),
    ("diplo", "Diplomático Reserva Exclusiva", "Diplomático", "Rhum du Venezuela", "Venezuela", "Venezuela", None, "spiritueux", {70: NV}),
    ("clement", "Rhum Clément VSOP", "Rhum Clément", "Rhum agricole AOC Martinique", "Martinique", F, None, "spiritueux", {70: NV}),
    ("greygoose", "Grey Goose", "Grey Goose", "Vodka", "Cognac", F, None, "spiritueux", {70: NV}),
    ("get27", "Get 27", "Get", "Liqueur de menthe", "Occitanie", F, None, "spiritueux", {70: NV}),
    ("baileys", "Baileys Original Irish Cream", "Baileys", "Liqueur", "Irlande", "Irlande", None, "spiritueux", {70: NV}),
    ("cointreau", "Cointreau", "Cointreau", "Liqueur d'orange", "Anjou", F, None, "spiritueux", {70: NV}),
    # --- Aperitifs (autre)
    ("ricard", "Ricard", "Ricard", "Pastis", "Provence", F, None, "autre", {100: NV}),
    ("martini_b", "Martini Bianco", "Martini", "Vermouth", "Piémont", "Italie", None, "autre", {100: NV}),
    ("campari", "Campari", "Campari", "Bitter", "Lombardie", "Italie", None, "autre", {100: NV}),
    ("suze", "Suze", "Suze", "Gentiane", "France", F, None, "autre", {100: NV}),
    ("taylors10", "Taylor's 10 ans Tawny", "Taylor's", "Porto", "Douro", "Portugal", None, "autre", {75: NV}),
    # --- Beers: draught (kegs) and bottles
    ("heineken_f", "Heineken", "Heineken", "Lager", "Pays-Bas", "Pays-Bas", None, "bière", {3000: NV, 33: NV}),
    ("k1664_f", "Kronenbourg 1664", "Kronenbourg", "Lager", "Alsace", F, None, "bière", {3000: NV}),
    ("edelweiss_f", "Edelweiss Blanche", "Edelweiss", "Bière blanche", "Autriche", "Autriche", None, "bière", {2000: NV}),
    ("corona", "Corona Extra", "Corona", "Lager", "Mexique", "Mexique", None, "bière", {35.5: NV}),
    ("chimay", "Chimay Bleue", "Bières de Chimay", "Trappiste", "Wallonie", "Belgique", None, "bière", {33: NV}),
    ("blanc1664", "1664 Blanc", "Kronenbourg", "Bière blanche", "Alsace", F, None, "bière", {33: NV}),
    ("heineken00", "Heineken 0.0", "Heineken", "Bière sans alcool", "Pays-Bas", "Pays-Bas", None, "bière", {33: NV}),
    # --- Softs and waters
    ("coca", "Coca-Cola", "Coca-Cola", None, None, F, None, "soft", {33: NV}),
    ("cocazero", "Coca-Cola Zéro", "Coca-Cola", None, None, F, None, "soft", {33: NV}),
    ("perrier", "Perrier", "Perrier", None, None, F, None, "soft", {33: NV}),
    ("evian", "Evian", "Evian", None, None, F, None, "soft", {50: NV, 100: NV}),
    ("pellegrino", "San Pellegrino", "San Pellegrino", None, None, "Italie", None, "soft", {100: NV}),
    ("schweppes", "Schweppes Indian Tonic", "Schweppes", None, None, F, None, "soft", {25: NV}),
    ("orangina", "Orangina", "Orangina", None, None, F, None, "soft", {25: NV}),
    ("icetea", "Lipton Ice Tea Pêche", "Lipton", None, None, F, None, "soft", {25: NV}),
    ("powerade", "Powerade Ice Storm", "Powerade", None, None, F, None, "soft", {50: NV}),
    ("pago_orange", "Pago Orange", "Pago", None, None, "Autriche", None, "soft", {20: NV}),
    ("pago_tomate", "Pago Tomate", "Pago", None, None, "Autriche", None, "soft", {20: NV}),
]
