"""The drinks of "Le Grill de la Manu" (Châtellerault): one row per drink, then its formats.

Each row: key, name, producer, appellation, region, country, colour, category, formats,
where formats is a list of (format_cl, [vintages]) and a vintage list [None] means a
non-vintage drink. The build gives one library entry per (format, vintage), in this order.
Draught beers are held as their keg (2,000 or 3,000 cl).
"""

F = "France"

DRINKS = [
    # --- Haut-Poitou (the house wines, poured by the glass and the 46 cl pot)
    ("hp_sauv", "Cave du Haut-Poitou Sauvignon", "Cave du Haut-Poitou", "Haut-Poitou", "Loire", F, "blanc", "vin", [(75, [2022, 2023])]),
    ("hp_gamay", "Cave du Haut-Poitou Gamay", "Cave du Haut-Poitou", "Haut-Poitou", "Loire", F, "rouge", "vin", [(75, [2022])]),
    ("hp_rose", "Cave du Haut-Poitou Rosé", "Cave du Haut-Poitou", "Haut-Poitou", "Loire", F, "rosé", "vin", [(75, [2023])]),
    ("tb_sauv", "Domaine de la Tour Beaumont Sauvignon", "Domaine de la Tour Beaumont", "Haut-Poitou", "Loire", F, "blanc", "vin", [(75, [2022])]),
    ("tb_cab", "Domaine de la Tour Beaumont Cabernet", "Domaine de la Tour Beaumont", "Haut-Poitou", "Loire", F, "rouge", "vin", [(75, [2020, 2021])]),
    # --- Vouvray
    ("aub_silex", "Cuvée de Silex", "Domaine des Aubuisières", "Vouvray", "Loire", F, "blanc", "vin", [(75, [2021, 2022])]),
    ("bredif", "Vouvray Classic", "Marc Brédif", "Vouvray", "Loire", F, "blanc", "vin", [(75, [2021]), (37.5, [2020])]),
    ("careme", "Le Peu Morier", "Domaine Vincent Carême", "Vouvray", "Loire", F, "blanc", "vin", [(75, [2021])]),
    ("moncontour", "Château Moncontour Brut", "Château Moncontour", "Vouvray", "Loire", F, "effervescent", "vin", [(75, [None])]),
    # --- Chinon
    ("cd_coulee", "La Coulée Automnale", "Couly-Dutheil", "Chinon", "Loire", F, "rouge", "vin", [(75, [2021, 2022]), (150, [2021])]),
    ("cd_echo", "Clos de l'Écho", "Couly-Dutheil", "Chinon", "Loire", F, "rouge", "vin", [(75, [2018, 2019]), (150, [2018])]),
    ("cd_chanteaux", "Les Chanteaux", "Couly-Dutheil", "Chinon", "Loire", F, "blanc", "vin", [(75, [2022])]),
    ("cd_rose", "René Couly Rosé", "Couly-Dutheil", "Chinon", "Loire", F, "rosé", "vin", [(75, [2023])]),
    ("noblaie", "Les Temps Modernes", "Domaine de la Noblaie", "Chinon", "Loire", F, "rouge", "vin", [(75, [2021]), (37.5, [2021])]),
    ("gasnier", "Les Graves", "Domaine Fabrice Gasnier", "Chinon", "Loire", F, "rouge", "vin", [(75, [2022])]),
    # --- Loire rosé
    ("ouches", "Cabernet d'Anjou", "Domaine des Hautes Ouches", "Cabernet d'Anjou", "Loire", F, "rosé", "vin", [(75, [2023])]),
    # --- Bordeaux
    ("mcadet", "Mouton Cadet", "Baron Philippe de Rothschild", "Bordeaux", "Bordeaux", F, "rouge", "vin", [(75, [2020, 2021]), (37.5, [2021])]),
    ("mcadet_rs", "Mouton Cadet Rosé", "Baron Philippe de Rothschild", "Bordeaux", "Bordeaux", F, "rosé", "vin", [(75, [2023])]),
    ("tsb", "Château Tour Saint-Bonnet", "Château Tour Saint-Bonnet", "Médoc", "Bordeaux", F, "rouge", "vin", [(75, [2018, 2019]), (150, [2016])]),
    ("tourdeby", "Château La Tour de By", "Château La Tour de By", "Médoc", "Bordeaux", F, "rouge", "vin", [(75, [2018])]),
    ("lanessan", "Château Lanessan", "Château Lanessan", "Haut-Médoc", "Bordeaux", F, "rouge", "vin", [(75, [2016, 2018])]),
    ("chaigneau", "Château Haut-Chaigneau", "Château Haut-Chaigneau", "Lalande-de-Pomerol", "Bordeaux", F, "rouge", "vin", [(75, [2019])]),
    ("capmourlin", "Château Cap de Mourlin", "Château Cap de Mourlin", "Saint-Émilion Grand Cru", "Bordeaux", F, "rouge", "vin", [(75, [2016])]),
    ("lugagnac", "Château de Lugagnac", "Château de Lugagnac", "Bordeaux Supérieur", "Bordeaux", F, "rouge", "vin", [(75, [2020])]),
    ("chantegrive", "Château de Chantegrive", "Château de Chantegrive", "Graves", "Bordeaux", F, "rouge", "vin", [(75, [2019])]),
    ("mirambeau", "Château Tour de Mirambeau", "Vignobles Despagne", "Bordeaux", "Bordeaux", F, "blanc", "vin", [(75, [2022])]),
    # --- Côtes du Rhône and Ventoux
    ("bell_r", "Belleruche", "M. Chapoutier", "Côtes du Rhône", "Rhône", F, "rouge", "vin", [(75, [2021, 2022]), (150, [2021])]),
    ("bell_b", "Belleruche", "M. Chapoutier", "Côtes du Rhône", "Rhône", F, "blanc", "vin", [(75, [2022])]),
    ("bell_rs", "Belleruche", "M. Chapoutier", "Côtes du Rhône", "Rhône", F, "rosé", "vin", [(75, [2023])]),
    ("p45_r", "Parallèle 45", "Paul Jaboulet Aîné", "Côtes du Rhône", "Rhône", F, "rouge", "vin", [(75, [2021, 2022]), (37.5, [2022])]),
    ("p45_rs", "Parallèle 45", "Paul Jaboulet Aîné", "Côtes du Rhône", "Rhône", F, "rosé", "vin", [(75, [2023])]),
    ("delas", "Saint-Esprit", "Delas Frères", "Côtes du Rhône", "Rhône", F, "rouge", "vin", [(75, [2021])]),
    ("cdd", "Cellier des Dauphins Prestige", "Cellier des Dauphins", "Côtes du Rhône", "Rhône", F, "rouge", "vin", [(75, [2022])]),
    ("vfm", "La Vieille Ferme", "Famille Perrin", "Ventoux", "Rhône", F, "rouge", "vin", [(75, [2022])]),
    ("aqueria", "Château d'Aqueria", "Château d'Aqueria", "Tavel", "Rhône", F, "rosé", "vin", [(75, [2023])]),
    # --- Provence and Camargue rosés
    ("minuty", "M de Minuty", "Château Minuty", "Côtes de Provence", "Provence", F, "rosé", "vin", [(75, [2023]), (150, [2023])]),
    ("wangel", "Whispering Angel", "Château d'Esclans", "Côtes de Provence", "Provence", F, "rosé", "vin", [(75, [2022, 2023])]),
    ("byott", "By.Ott", "Domaines Ott", "Côtes de Provence", "Provence", F, "rosé", "vin", [(75, [2023])]),
    ("listel", "Listel Gris", "Listel", "Sable de Camargue", "Languedoc", F, "rosé", "vin", [(75, [2023])]),
    # --- Bubbles
    ("mumm", "Mumm Cordon Rouge", "Mumm", "Champagne", "Champagne", F, "effervescent", "champagne", [(75, [None]), (37.5, [None])]),
    ("ackerman", "Crémant de Loire Brut", "Ackerman", "Crémant de Loire", "Loire", F, "effervescent", "vin", [(75, [None])]),
    # --- Aperitifs
    ("ricard", "Ricard", "Pernod Ricard", None, None, F, None, "spiritueux", [(100, [None])]),
    ("martini_b", "Martini Bianco", "Martini & Rossi", None, None, "Italie", None, "autre", [(100, [None])]),
    ("martini_r", "Martini Rosso", "Martini & Rossi", None, None, "Italie", None, "autre", [(100, [None])]),
    ("suze", "Suze", "Pernod Ricard", None, None, F, None, "autre", [(100, [None])]),
    ("pineau", "Pineau des Charentes Blanc", "Maison Brillet", "Pineau des Charentes", "Charentes", F, "blanc", "autre", [(75, [None])]),
    ("lillet", "Lillet Blanc", "Lillet", None, "Bordeaux", F, None, "autre", [(75, [None])]),
    ("sandeman", "Sandeman Tawny", "Sandeman", "Porto", "Douro", "Portugal", None, "autre", [(75, [None])]),
    ("aperol", "Aperol", "Campari", None, None, "Italie", None, "autre", [(70, [None])]),
    ("get27", "Get 27", "Get Frères", None, None, F, None, "spiritueux", [(70, [None])]),
    # --- Spirits
    ("jd", "Jack Daniel's Old No. 7", "Jack Daniel's", "Tennessee Whiskey", None, "États-Unis", None, "spiritueux", [(70, [None])]),
    ("jameson", "Jameson", "Jameson", "Irish Whiskey", None, "Irlande", None, "spiritueux", [(70, [None])]),
    ("clan", "Clan Campbell", "Clan Campbell", "Scotch Whisky", None, "Écosse", None, "spiritueux", [(70, [None])]),
    ("label5", "Label 5", "La Martiniquaise", "Scotch Whisky", None, "Écosse", None, "spiritueux", [(70, [None])]),
    ("chivas12", "Chivas Regal 12 ans", "Chivas Brothers", "Scotch Whisky", None, "Écosse", None, "spiritueux", [(70, [None])]),
    ("nikka", "Nikka From the Barrel", "Nikka", "Japanese Whisky", None, "Japon", None, "spiritueux", [(50, [None])]),
    ("courv_vs", "Courvoisier VS", "Courvoisier", "Cognac", "Charentes", F, None, "spiritueux", [(70, [None])]),
    ("courv_vsop", "Courvoisier VSOP", "Courvoisier", "Cognac", "Charentes", F, None, "spiritueux", [(70, [None])]),
    ("magloire", "Père Magloire Fine", "Père Magloire", "Calvados", "Normandie", F, None, "spiritueux", [(70, [None])]),
    ("ducs", "Clés des Ducs VSOP", "Clés des Ducs", "Armagnac", "Gascogne", F, None, "spiritueux", [(70, [None])]),
    ("bacardi", "Bacardi Carta Blanca", "Bacardi", None, None, "Porto Rico", None, "spiritueux", [(70, [None])]),
    ("diplomatico", "Diplomático Reserva Exclusiva", "Diplomático", None, None, "Venezuela", None, "spiritueux", [(70, [None])]),
    ("absolut", "Absolut Vodka", "Absolut", None, None, "Suède", None, "spiritueux", [(70, [None])]),
    ("gordons", "Gordon's London Dry Gin", "Gordon's", None, None, "Royaume-Uni", None, "spiritueux", [(70, [None])]),
    ("bombay", "Bombay Sapphire", "Bombay", None, None, "Royaume-Uni", None, "spiritueux", [(70, [None])]),
    ("baileys", "Baileys Original", "Baileys", None, None, "Irlande", None, "spiritueux", [(70, [None])]),
    ("cointreau", "Cointreau", "Cointreau", None, "Loire", F, None, "spiritueux", [(70, [None])]),
    ("massenez", "Poire Williams", "G.E. Massenez", None, "Alsace", F, None, "spiritueux", [(70, [None])]),
    # --- Beers (draught as kegs)
    ("kro", "Kronenbourg", "Kronenbourg", None, None, F, None, "bière", [(3000, [None])]),
    ("k1664b", "1664 Blanc", "Kronenbourg", None, None, F, None, "bière", [(2000, [None])]),
    ("leffe_bl", "Leffe Blonde", "Abbaye de Leffe", None, None, "Belgique", None, "bière", [(3000, [None]), (33, [None])]),
    ("leffe_ruby", "Leffe Ruby", "Abbaye de Leffe", None, None, "Belgique", None, "bière", [(2000, [None])]),
    ("affligem", "Affligem Blonde", "Affligem", None, None, "Belgique", None, "bière", [(2000, [None])]),
    ("despe", "Desperados", "Heineken", None, None, "France", None, "bière", [(33, [None])]),
    ("corona", "Corona Extra", "Grupo Modelo", None, None, "Mexique", None, "bière", [(35.5, [None])]),
    ("tourtel", "Tourtel Twist Agrumes", "Kronenbourg", None, None, F, None, "bière", [(27.5, [None])]),
    # --- Softs and juices
    ("coca", "Coca-Cola", "Coca-Cola", None, None, F, None, "soft", [(33, [None])]),
    ("coca0", "Coca-Cola Zéro", "Coca-Cola", None, None, F, None, "soft", [(33, [None])]),
    ("orangina", "Orangina", "Orangina", None, None, F, None, "soft", [(25, [None])]),
    ("tonic", "Schweppes Indian Tonic", "Schweppes", None, None, F, None, "soft", [(25, [None])]),
    ("agrum", "Schweppes Agrum'", "Schweppes", None, None, F, None, "soft", [(25, [None])]),
    ("oasis", "Oasis Tropical", "Oasis", None, None, F, None, "soft", [(25, [None])]),
    ("icetea", "Lipton Ice Tea Pêche", "Lipton", None, None, F, None, "soft", [(25, [None])]),
    ("redbull", "Red Bull", "Red Bull", None, None, "Autriche", None, "soft", [(25, [None])]),
    ("pago_or", "Pago Orange", "Pago", None, None, "Autriche", None, "soft", [(20, [None])]),
    ("pago_an", "Pago Ananas", "Pago", None, None, "Autriche", None, "soft", [(20, [None])]),
    ("caprisun", "Capri-Sun Multivitamin", "Capri-Sun", None, None, "Allemagne", None, "soft", [(20, [None])]),
    ("evian", "Evian", "Evian", None, None, F, None, "soft", [(50, [None]), (100, [None])]),
    ("perrier", "Perrier", "Perrier", None, None, F, None, "soft", [(33, [None]), (100, [None])]),
    ("pellegrino", "San Pellegrino", "San Pellegrino", None, None, "Italie", None, "soft", [(100, [None])]),
]
