"""The drinks of "La Table du Sénéchal" (Cité de Carcassonne): key, fields, formats.

Each drink: (key, name, producer, appellation, region, country, colour, category,
{format_cl: [vintages]}) -- vintages [None] for a non-vintage drink. The build numbers the
entries cc001... in this order (formats in the given order, vintages ascending).
"""

F = "France"
L = "Languedoc"
R = "Roussillon"
B = "Bordeaux"
C = "Champagne"

DRINKS = [
    # Corbières
    ("lastours", "Château de Lastours Simone Descamps", "Château de Lastours", "Corbières", L, F, "rouge", "vin", {75: [2016, 2018]}),
    ("villemajou", "Château de Villemajou", "Gérard Bertrand", "Corbières-Boutenac", L, F, "rouge", "vin", {75: [2019, 2020], 150: [2019]}),
    ("colvents_r", "Col des Vents", "Castelmaure", "Corbières", L, F, "rouge", "vin", {75: [2022]}),
    ("colvents_rs", "Col des Vents", "Castelmaure", "Corbières", L, F, "rosé", "vin", {75: [2023]}),
    ("pompadour", "La Pompadour", "Castelmaure", "Corbières", L, F, "rouge", "vin", {75: [2020]}),
    ("pechlatt", "Château Pech-Latt", "Château Pech-Latt", "Corbières", L, F, "rouge", "vin", {75: [2020]}),
    ("alaric", "Alaric", "Château La Baronne", "Corbières", L, F, "rouge", "vin", {75: [2018, 2019]}),
    # Minervois
    ("cantilene", "La Cantilène", "Château Sainte Eulalie", "Minervois La Livinière", L, F, "rouge", "vin", {75: [2019, 2020], 37.5: [2020]}),
    ("plaisir", "Plaisir d'Eulalie", "Château Sainte Eulalie", "Minervois", L, F, "rouge", "vin", {75: [2021, 2022]}),
    ("esprit", "Esprit d'Automne", "Domaine Borie de Maurel", "Minervois", L, F, "rouge", "vin", {75: [2022]}),
    ("sylla", "Sylla", "Domaine Borie de Maurel", "Minervois", L, F, "rouge", "vin", {75: [2018]}),
    ("granaxa", "Granaxa", "Château Coupe Roses", "Minervois", L, F, "rouge", "vin", {75: [2019]}),
    ("gourgazaud_r", "Château de Gourgazaud Réserve", "Château de Gourgazaud", "Minervois", L, F, "rouge", "vin", {75: [2020, 2021]}),
    ("gourgazaud_rs", "Château de Gourgazaud", "Château de Gourgazaud", "Minervois", L, F, "rosé", "vin", {75: [2023]}),
    ("nine", "La Nine", "Domaine Jean-Baptiste Senat", "Minervois", L, F, "rouge", "vin", {75: [2021]}),
    # Cabardès
    ("pennautier_r", "Château de Pennautier", "Lorgeril", "Cabardès", L, F, "rouge", "vin", {75: [2019, 2020, 2021], 150: [2019]}),
    ("pennautier_rs", "Château de Pennautier", "Lorgeril", "Cabardès", L, F, "rosé", "vin", {75: [2023]}),
    ("vent_est", "Vent d'Est", "Domaine de Cabrol", "Cabardès", L, F, "rouge", "vin", {75: [2018]}),
    ("vent_ouest", "Vent d'Ouest", "Domaine de Cabrol", "Cabardès", L, F, "rouge", "vin", {75: [2019]}),
    ("ventenac", "Château Ventenac", "Château Ventenac", "Cabardès", L, F, "rouge", "vin", {75: [2020]}),
    # Malepère
    ("guilhem_r", "Château Guilhem Prestige", "Château Guilhem", "Malepère", L, F, "rouge", "vin", {75: [2019, 2021]}),
    ("guilhem_rs", "Château Guilhem", "Château Guilhem", "Malepère", L, F, "rosé", "vin", {75: [2023]}),
    ("routier", "Château de Routier", "Château de Routier", "Malepère", L, F, "rouge", "vin", {75: [2018]}),
    # Limoux
    ("eugenie", "Cuvée Eugénie Brut", "Maison Antech", "Blanquette de Limoux", L, F, "effervescent", "vin", {75: [None], 37.5: [None]}),
    ("ancestrale_antech", "Méthode Ancestrale", "Maison Antech", "Blanquette Méthode Ancestrale", L, F, "effervescent", "vin", {75: [None]}),
    ("emotion", "Émotion Brut Rosé", "Maison Antech", "Crémant de Limoux", L, F, "rosé", "vin", {75: [None]}),
    ("g1531", "Grande Cuvée 1531", "Sieur d'Arques", "Crémant de Limoux", L, F, "effervescent", "vin", {75: [None], 150: [None]}),
    ("blanq_sieur", "Blanquette de Limoux Brut", "Sieur d'Arques", "Blanquette de Limoux", L, F, "effervescent", "vin", {75: [None]}),
    ("code_rouge", "Code Rouge Brut", "Gérard Bertrand", "Crémant de Limoux", L, F, "effervescent", "vin", {75: [None]}),
    ("toques", "Toques et Clochers", "Sieur d'Arques", "Limoux", L, F, "blanc", "vin", {75: [2020, 2021]}),
    ("aigle", "Domaine de l'Aigle Chardonnay", "Gérard Bertrand", "Limoux", L, F, "blanc", "vin", {75: [2022]}),
    # Fitou
    ("megalithes", "Les Mégalithes", "Domaine Bertrand-Bergé", "Fitou", L, F, "rouge", "vin", {75: [2019, 2020], 150: [2019]}),
    ("ancestrale_bb", "Ancestrale", "Domaine Bertrand-Bergé", "Fitou", L, F, "rouge", "vin", {75: [2017]}),
    ("douze", "Les Douze", "Mont Tauch", "Fitou", L, F, "rouge", "vin", {75: [2021], 37.5: [2021]}),
    ("nouvelles", "Château de Nouvelles", "Château de Nouvelles", "Fitou", L, F, "rouge", "vin", {75: [2018]}),
    # Languedoc, others
    ("falaise", "La Falaise", "Château La Négly", "La Clape", L, F, "rouge", "vin", {75: [2019, 2020]}),
    ("daumas", "Mas de Daumas Gassac", "Mas de Daumas Gassac", "Pays de l'Hérault", L, F, "rouge", "vin", {75: [2018, 2019]}),
    ("gris_blanc", "Gris Blanc", "Gérard Bertrand", "Pays d'Oc", L, F, "rosé", "vin", {75: [2023], 150: [2023]}),
    ("cote_roses", "Côte des Roses", "Gérard Bertrand", "Languedoc", L, F, "rosé", "vin", {75: [2023]}),
    ("figure_libre", "Figure Libre Freestyle", "Domaine Gayda", "Pays d'Oc", L, F, "rouge", "vin", {75: [2021]}),
    ("picpoul", "Duc de Morny", "Ormarine", "Picpoul de Pinet", L, F, "blanc", "vin", {75: [2023]}),
    # Roussillon
    ("gauby", "Vieilles Vignes", "Domaine Gauby", "Côtes Catalanes", R, F, "blanc", "vin", {75: [2020]}),
    ("cote_est", "Côté Est", "Domaine Lafage", "Côtes Catalanes", R, F, "blanc", "vin", {75: [2023]}),
    ("amiel10", "Maury 10 ans d'âge", "Mas Amiel", "Maury", R, F, "liquoreux", "vin", {75: [None]}),
    ("rimage", "Banyuls Rimage", "Cellier des Templiers", "Banyuls", R, F, "liquoreux", "vin", {50: [2019, 2020]}),
    # Bordeaux
    ("larose", "Château Larose-Trintaudon", "Château Larose-Trintaudon", "Haut-Médoc", B, F, "rouge", "vin", {75: [2016, 2018]}),
    ("chasse", "Château Chasse-Spleen", "Château Chasse-Spleen", "Moulis-en-Médoc", B, F, "rouge", "vin", {75: [2015]}),
    ("oratoire", "L'Oratoire de Chasse-Spleen", "Château Chasse-Spleen", "Moulis-en-Médoc", B, F, "rouge", "vin", {75: [2018]}),
    ("cadet", "Mouton Cadet", "Baron Philippe de Rothschild", "Bordeaux", B, F, "rouge", "vin", {75: [2020]}),
    # Champagne
    ("moet", "Moët & Chandon Brut Impérial", "Moët & Chandon", "Champagne", C, F, "effervescent", "champagne", {75: [None], 37.5: [None]}),
    ("moet_rose", "Moët & Chandon Rosé Impérial", "Moët & Chandon", "Champagne", C, F, "rosé", "champagne", {75: [None]}),
    ("clicquot", "Veuve Clicquot Brut Carte Jaune", "Veuve Clicquot", "Champagne", C, F, "effervescent", "champagne", {75: [None], 150: [None]}),
    ("ruinart", "Ruinart Blanc de Blancs", "Ruinart", "Champagne", C, F, "effervescent", "champagne", {75: [None]}),
    ("lp", "Laurent-Perrier La Cuvée", "Laurent-Perrier", "Champagne", C, F, "effervescent", "champagne", {75: [None]}),
    ("lp_rose", "Laurent-Perrier Cuvée Rosé", "Laurent-Perrier", "Champagne", C, F, "rosé", "champagne", {75: [None]}),
    ("bolly", "Bollinger Special Cuvée", "Bollinger", "Champagne", C, F, "effervescent", "champagne", {75: [None]}),
    ("taittinger", "Taittinger Brut Réserve", "Taittinger", "Champagne", C, F, "effervescent", "champagne", {75: [None]}),
    # Beers
    ("kro", "Kronenbourg", "Kronenbourg", None, None, F, None, "bière", {3000: [None]}),
    ("grim_blonde", "Grimbergen Blonde", "Grimbergen", None, None, "Belgique", None, "bière", {2000: [None]}),
    ("hoegaarden", "Hoegaarden Blanche", "Hoegaarden", None, None, "Belgique", None, "bière", {2000: [None]}),
    ("leffe", "Leffe Blonde", "Leffe", None, None, "Belgique", None, "bière", {33: [None]}),
    ("chimay", "Chimay Bleue", "Chimay", None, None, "Belgique", None, "bière", {33: [None]}),
    ("duvel", "Duvel", "Duvel Moortgat", None, None, "Belgique", None, "bière", {33: [None]}),
    ("desperados", "Desperados", "Desperados", None, None, F, None, "bière", {33: [None]}),
    ("corona", "Corona Extra", "Corona", None, None, "Mexique", None, "bière", {35.5: [None]}),
    ("grim_ambree", "Grimbergen Ambrée", "Grimbergen", None, None, "Belgique", None, "bière", {33: [None]}),
    # Spirits
    ("laubade_xo", "Château de Laubade XO", "Château de Laubade", "Bas-Armagnac", "Gascogne", F, None, "spiritueux", {70: [None]}),
    ("darroze20", "Darroze Les Grands Assemblages 20 ans", "Darroze", "Bas-Armagnac", "Gascogne", F, None, "spiritueux", {70: [None]}),
    ("glen12", "Glenfiddich 12 ans", "Glenfiddich", "Speyside", "Écosse", "Royaume-Uni", None, "spiritueux", {70: [None]}),
    ("glen18", "Glenfiddich 18 ans", "Glenfiddich", "Speyside", "Écosse", "Royaume-Uni", None, "spiritueux", {70: [None]}),
    ("lagavulin", "Lagavulin 16 ans", "Lagavulin", "Islay", "Écosse", "Royaume-Uni", None, "spiritueux", {70: [None]}),
    ("nikka", "Nikka From the Barrel", "Nikka", None, None, "Japon", None, "spiritueux", {50: [None]}),
    ("jameson", "Jameson", "Jameson", None, None, "Irlande", None, "spiritueux", {70: [None]}),
    ("hennessy", "Hennessy VS", "Hennessy", "Cognac", "Charentes", F, None, "spiritueux", {70: [None]}),
    ("diplomatico", "Diplomático Reserva Exclusiva", "Diplomático", None, None, "Venezuela", None, "spiritueux", {70: [None]}),
    ("hendricks", "Hendrick's Gin", "Hendrick's", None, None, "Royaume-Uni", None, "spiritueux", {70: [None]}),
    ("ricard", "Ricard", "Pernod Ricard", None, None, F, None, "spiritueux", {100: [None]}),
    # Aperitifs
    ("byrrh", "Byrrh Grand Quinquina", "Byrrh", None, R, F, None, "autre", {75: [None]}),
    ("lillet", "Lillet Blanc", "Lillet", None, B, F, None, "autre", {75: [None]}),
    ("noilly", "Noilly Prat Original Dry", "Noilly Prat", None, L, F, None, "autre", {75: [None]}),
    ("suze", "Suze", "Suze", None, None, F, None, "autre", {100: [None]}),
    ("martini", "Martini Rosso", "Martini", None, None, "Italie", None, "autre", {100: [None]}),
    # Softs and waters
    ("coca", "Coca-Cola", "Coca-Cola", None, None, None, None, "soft", {33: [None]}),
    ("coca_zero", "Coca-Cola Zéro", "Coca-Cola", None, None, None, None, "soft", {33: [None]}),
    ("orangina", "Orangina", "Orangina", None, None, F, None, "soft", {25: [None]}),
    ("tonic", "Schweppes Indian Tonic", "Schweppes", None, None, None, None, "soft", {25: [None]}),
    ("perrier", "Perrier", "Perrier", None, None, F, None, "soft", {33: [None]}),
    ("evian50", "Evian", "Evian", None, None, F, None, "soft", {50: [None], 100: [None]}),
    ("pellegrino", "San Pellegrino", "San Pellegrino", None, None, "Italie", None, "soft", {50: [None], 100: [None]}),
    ("badoit", "Badoit", "Badoit", None, None, F, None, "soft", {100: [None]}),
    ("lorina", "Lorina Limonade", "Lorina", None, None, F, None, "soft", {33: [None]}),
    ("milliat", "Nectar d'Abricot", "Alain Milliat", None, None, F, None, "soft", {33: [None]}),
]
