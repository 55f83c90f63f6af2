"""The drinks of "La Cabane du Port" (Arcachon): one row per drink, with the
formats held and, per format, the vintages held (None = non-vintage).

(key, name, producer, appellation, region, colour, category, {format_cl: [vintages]})
"""

B, R, RS, LQ, EF = "blanc", "rouge", "rosé", "liquoreux", "effervescent"
BX = "Bordeaux"

DRINKS = [
    # --- Entre-Deux-Mers and Bordeaux whites
    ("fontenille_b", "Château de Fontenille", "Château de Fontenille", "Entre-Deux-Mers", BX, B, "vin", {75: [2023, 2024]}),
    ("lamothe_b", "Château Lamothe de Haux", "Château Lamothe de Haux", "Entre-Deux-Mers", BX, B, "vin", {75: [2023]}),
    ("mirambeau_b", "Château Tour de Mirambeau", "Vignobles Despagne", "Entre-Deux-Mers", BX, B, "vin", {75: [2023, 2024], 150: [2023]}),
    ("nardique_b", "Château Nardique La Gravière", "Château Nardique La Gravière", "Entre-Deux-Mers", BX, B, "vin", {75: [2024]}),
    ("dourthe_b", "Dourthe N°1 Sauvignon Blanc", "Dourthe", "Bordeaux", BX, B, "vin", {75: [2023]}),
    ("fourcas_b", "Château Fourcas Hosten Blanc", "Château Fourcas Hosten", "Bordeaux", BX, B, "vin", {75: [2022]}),
    ("fombrauge_b", "Château Fombrauge Blanc", "Château Fombrauge", "Bordeaux", BX, B, "vin", {75: [2021]}),
    # --- Graves and Pessac-Léognan whites
    ("villabelair_b", "Château Villa Bel-Air", "Château Villa Bel-Air", "Graves", BX, B, "vin", {75: [2021, 2022]}),
    ("ferrande_b", "Château Ferrande", "Château Ferrande", "Graves", BX, B, "vin", {75: [2022]}),
    ("roquetaillade_b", "Château de Roquetaillade La Grange", "Château de Roquetaillade La Grange", "Graves", BX, B, "vin", {75: [2022]}),
    ("rochemorin_b", "Château de Rochemorin", "André Lurton", "Pessac-Léognan", BX, B, "vin", {75: [2020, 2022], 37.5: [2021]}),
    ("louviere_b", "Château La Louvière", "André Lurton", "Pessac-Léognan", BX, B, "vin", {75: [2019, 2021]}),
    ("martillac_b", "Château Latour-Martillac", "Château Latour-Martillac", "Pessac-Léognan", BX, B, "vin", {75: [2020]}),
    ("lagrave_b", "Lagrave-Martillac", "Château Latour-Martillac", "Pessac-Léognan", BX, B, "vin", {75: [2022]}),
    ("hautbergey_b", "Château Haut-Bergey", "Château Haut-Bergey", "Pessac-Léognan", BX, B, "vin", {75: [2021]}),
    ("olivier_b", "Château Olivier", "Château Olivier", "Pessac-Léognan", BX, B, "vin", {75: [2020]}),
    # --- rosés and clairets
    ("sours_rs", "Château de Sours Rosé", "Château de Sours", "Bordeaux Rosé", BX, RS, "vin", {75: [2023, 2024], 150: [2023]}),
    ("mirambeau_rs", "Château Tour de Mirambeau Rosé", "Vignobles Despagne", "Bordeaux Rosé", BX, RS, "vin", {75: [2024]}),
    ("fontenille_cl", "Château de Fontenille Clairet", "Château de Fontenille", "Bordeaux Clairet", BX, RS, "vin", {75: [2024]}),
    ("bellegarde_cl", "Château Belle-Garde Clairet", "Éric Duffau", "Bordeaux Clairet", BX, RS, "vin", {75: [2024]}),
    # --- reds
    ("mirambeau_r", "Château Tour de Mirambeau Rouge", "Vignobles Despagne", "Bordeaux", BX, R, "vin", {75: [2020, 2022]}),
    ("fontenille_r", "Château de Fontenille Rouge", "Château de Fontenille", "Bordeaux", BX, R, "vin", {75: [2021]}),
    ("lamothe_r", "Château Lamothe de Haux Rouge", "Château Lamothe de Haux", "Cadillac Côtes de Bordeaux", BX, R, "vin", {75: [2020]}),
    ("villabelair_r", "Château Villa Bel-Air", "Château Villa Bel-Air", "Graves", BX, R, "vin", {75: [2018, 2019]}),
    ("ferrande_r", "Château Ferrande", "Château Ferrande", "Graves", BX, R, "vin", {75: [2019]}),
    ("roquetaillade_r", "Château de Roquetaillade La Grange", "Château de Roquetaillade La Grange", "Graves", BX, R, "vin", {75: [2019]}),
    ("rochemorin_r", "Château de Rochemorin", "André Lurton", "Pessac-Léognan", BX, R, "vin", {75: [2018, 2019], 150: [2016]}),
    ("louviere_r", "Château La Louvière", "André Lurton", "Pessac-Léognan", BX, R, "vin", {75: [2016, 2018]}),
    ("ldelouviere_r", "L de La Louvière", "André Lurton", "Pessac-Léognan", BX, R, "vin", {75: [2019]}),
    ("martillac_r", "Château Latour-Martillac", "Château Latour-Martillac", "Pessac-Léognan", BX, R, "vin", {75: [2017]}),
    ("hautbergey_r", "Château Haut-Bergey", "Château Haut-Bergey", "Pessac-Léognan", BX, R, "vin", {75: [2018]}),
    ("olivier_r", "Château Olivier", "Château Olivier", "Pessac-Léognan", BX, R, "vin", {75: [2018]}),
    ("fourcas_r", "Château Fourcas Hosten", "Château Fourcas Hosten", "Listrac-Médoc", BX, R, "vin", {75: [2018, 2019]}),
    ("potensac_r", "Château Potensac", "Château Potensac", "Médoc", BX, R, "vin", {75: [2016, 2018], 37.5: [2017]}),
    ("tourdeby_r", "Château La Tour de By", "Château La Tour de By", "Médoc", BX, R, "vin", {75: [2016, 2019]}),
    ("lanessan_r", "Château Lanessan", "Château Lanessan", "Haut-Médoc", BX, R, "vin", {75: [2017]}),
    ("phelan_r", "Château Phélan Ségur", "Château Phélan Ségur", "Saint-Estèphe", BX, R, "vin", {75: [2015]}),
    ("fombrauge_r", "Château Fombrauge", "Château Fombrauge", "Saint-Émilion Grand Cru", BX, R, "vin", {75: [2016, 2019], 150: [2016]}),
    ("dassault_r", "Château Dassault", "Château Dassault", "Saint-Émilion Grand Cru", BX, R, "vin", {75: [2018]}),
    ("ddassault_r", "D de Dassault", "Château Dassault", "Saint-Émilion Grand Cru", BX, R, "vin", {75: [2020]}),
    ("dominique_r", "Château La Dominique", "Château La Dominique", "Saint-Émilion Grand Cru", BX, R, "vin", {75: [2015]}),
    ("faizeau_r", "Château Faizeau", "Château Faizeau", "Montagne-Saint-Émilion", BX, R, "vin", {75: [2018]}),
    ("belair_royere_r", "Château Bel-Air La Royère", "Château Bel-Air La Royère", "Blaye Côtes de Bordeaux", BX, R, "vin", {75: [2018]}),
    # --- sweet
    ("hautbergeron_lq", "Château Haut-Bergeron", "Château Haut-Bergeron", "Sauternes", BX, LQ, "vin", {50: [2018, 2019]}),
    ("lafaurie_lq", "Château Lafaurie-Peyraguey", "Château Lafaurie-Peyraguey", "Sauternes", BX, LQ, "vin", {75: [2016], 37.5: [2017]}),
    ("ricaud_lq", "Château de Ricaud", "Château de Ricaud", "Loupiac", BX, LQ, "vin", {75: [2018]}),
    # --- crémant and champagnes
    ("jaillance_ef", "Jaillance Cuvée de l'Abbaye Brut", "Jaillance", "Crémant de Bordeaux", BX, EF, "vin", {75: [None]}),
    ("jaillance_rs", "Jaillance Cuvée de l'Abbaye Rosé", "Jaillance", "Crémant de Bordeaux", BX, RS, "vin", {75: [None]}),
    ("lanson_bl", "Lanson Black Label Brut", "Lanson", "Champagne", "Champagne", EF, "champagne", {37.5: [None], 75: [None], 150: [None]}),
    ("lanson_rs", "Lanson Rosé Label", "Lanson", "Champagne", "Champagne", RS, "champagne", {75: [None]}),
    ("lanson_v", "Lanson Le Vintage", "Lanson", "Champagne", "Champagne", EF, "champagne", {75: [2012, 2013]}),
    ("charles_bl", "Charles Heidsieck Brut Réserve", "Charles Heidsieck", "Champagne", "Champagne", EF, "champagne", {75: [None]}),
    ("charles_rs", "Charles Heidsieck Rosé Réserve", "Charles Heidsieck", "Champagne", "Champagne", RS, "champagne", {75: [None]}),
    # --- apéritifs
    ("lillet_b", "Lillet Blanc", "Lillet", None, BX, None, "autre", {75: [None]}),
    ("lillet_rs", "Lillet Rosé", "Lillet", None, BX, None, "autre", {75: [None]}),
    ("pastis51", "Pastis 51", "Pernod", None, None, None, "spiritueux", {100: [None]}),
    # --- spirits
    ("frapin_vsop", "Frapin VSOP", "Frapin", "Cognac", "Cognac", None, "spiritueux", {70: [None]}),
    ("frapin_xo", "Frapin XO", "Frapin", "Cognac", "Cognac", None, "spiritueux", {70: [None]}),
    ("frapin_1270", "Frapin 1270", "Frapin", "Cognac", "Cognac", None, "spiritueux", {70: [None]}),
    ("laubade_vsop", "Château de Laubade VSOP", "Château de Laubade", "Bas-Armagnac", "Armagnac", None, "spiritueux", {70: [None]}),
    ("drouin_vsop", "Christian Drouin VSOP", "Christian Drouin", "Calvados Pays d'Auge", "Normandie", None, "spiritueux", {70: [None]}),
    ("get27", "Get 27", "Get", None, None, None, "spiritueux", {70: [None]}),
    ("cointreau", "Cointreau", "Cointreau", None, None, None, "spiritueux", {70: [None]}),
    ("hendricks", "Hendrick's Gin", "Hendrick's", None, None, None, "spiritueux", {70: [None]}),
    ("greygoose", "Grey Goose", "Grey Goose", None, None, None, "spiritueux", {70: [None]}),
    ("troisrivieres_vsop", "Trois Rivières VSOP", "Trois Rivières", "Rhum de la Martinique", "Martinique", None, "spiritueux", {70: [None]}),
    ("troisrivieres_blanc", "Trois Rivières Blanc", "Trois Rivières", "Rhum de la Martinique", "Martinique", None, "spiritueux", {70: [None]}),
    ("glenmo_10", "Glenmorangie 10 ans The Original", "Glenmorangie", None, "Highlands", None, "spiritueux", {70: [None]}),
    ("glenmo_18", "Glenmorangie 18 ans", "Glenmorangie", None, "Highlands", None, "spiritueux", {70: [None]}),
    ("nikka_ftb", "Nikka From the Barrel", "Nikka", None, "Japon", None, "spiritueux", {50: [None]}),
    # --- beers
    ("pelforth_keg", "Pelforth Blonde", "Pelforth", None, None, None, "bière", {3000: [None]}),
    ("b1664_keg", "1664 Blanc", "Kronenbourg", None, None, None, "bière", {2000: [None], 25: [None]}),
    ("leffe_b", "Leffe Blonde", "Leffe", None, None, None, "bière", {33: [None]}),
    ("pelforth_brune", "Pelforth Brune", "Pelforth", None, None, None, "bière", {25: [None]}),
    ("desperados", "Desperados", "Desperados", None, None, None, "bière", {33: [None]}),
    ("corona", "Corona Extra", "Corona", None, None, None, "bière", {35.5: [None]}),
    ("chouffe", "La Chouffe", "Brasserie d'Achouffe", None, None, None, "bière", {33: [None]}),
    ("hoegaarden", "Hoegaarden Blanche", "Hoegaarden", None, None, None, "bière", {25: [None]}),
    # --- softs and waters
    ("abatilles_pl", "Eau des Abatilles Plate", "Abatilles", None, None, None, "soft", {100: [None], 50: [None]}),
    ("abatilles_pet", "Eau des Abatilles Pétillante", "Abatilles", None, None, None, "soft", {100: [None]}),
    ("coca", "Coca-Cola", "Coca-Cola", None, None, None, "soft", {33: [None]}),
    ("cocazero", "Coca-Cola Zéro", "Coca-Cola", None, None, None, "soft", {33: [None]}),
    ("orangina", "Orangina", "Orangina", None, None, None, "soft", {25: [None]}),
    ("schweppes", "Schweppes Indian Tonic", "Schweppes", None, None, None, "soft", {25: [None]}),
    ("perrier", "Perrier", "Perrier", None, None, None, "soft", {33: [None]}),
    ("oasis", "Oasis Tropical", "Oasis", None, None, None, "soft", {25: [None]}),
    ("milliat_pomme", "Alain Milliat Jus de Pomme", "Alain Milliat", None, None, None, "soft", {20: [None]}),
    ("lorina", "Lorina Limonade", "Lorina", None, None, None, "soft", {33: [None]}),
]
