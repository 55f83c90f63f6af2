"""Drinks of the Brasserie de la Jaude (Clermont-Ferrand): one row per wine or product.

(key, name, producer, appellation, region, country, colour, category, {format_cl: [vintages]})
A format's list holds the vintages held in that format ([None] for a non-vintage drink).
Ids cf001... are given in this order, formats in the order written, vintages ascending.
"""

FR = "France"
A = "Auvergne"

DRINKS = [
    # Côtes d'Auvergne
    ("chg_rg", "Châteaugay Rouge", "Domaine Rougeyron", "Côtes d'Auvergne Châteaugay", A, FR, "rouge", "vin", {75: [2021, 2022], 150: [2021]}),
    ("chg_vv", "Châteaugay Vieilles Vignes", "Domaine Rougeyron", "Côtes d'Auvergne Châteaugay", A, FR, "rouge", "vin", {75: [2020]}),
    ("chg_rs", "Châteaugay Rosé", "Domaine Rougeyron", "Côtes d'Auvergne Châteaugay", A, FR, "rosé", "vin", {75: [2023]}),
    ("bousset", "Bousset d'Or", "Domaine Rougeyron", "Côtes d'Auvergne Châteaugay", A, FR, "blanc", "vin", {75: [2022, 2023]}),
    ("sv_corent", "Corent", "Desprat Saint-Verny", "Côtes d'Auvergne Corent", A, FR, "rosé", "vin", {75: [2023, 2024]}),
    ("sv_chant", "Chanturgue", "Desprat Saint-Verny", "Côtes d'Auvergne Chanturgue", A, FR, "rouge", "vin", {75: [2021]}),
    ("bour_chant", "Chanturgue", "Domaine Henri Bourcheix", "Côtes d'Auvergne Chanturgue", A, FR, "rouge", "vin", {75: [2020, 2022], 37.5: [2022]}),
    ("pradier_rg", "Côtes d'Auvergne Rouge", "Domaine Pradier", "Côtes d'Auvergne", A, FR, "rouge", "vin", {75: [2022, 2023]}),
    ("pradier_bl", "Côtes d'Auvergne Blanc", "Domaine Pradier", "Côtes d'Auvergne", A, FR, "blanc", "vin", {75: [2023]}),
    ("maupertuis", "Les Pierres Noires", "Domaine Jean Maupertuis", "Côtes d'Auvergne", A, FR, "rouge", "vin", {75: [2021]}),
    # Saint-Pourçain
    ("ficelle", "La Ficelle", "Union des Vignerons de Saint-Pourçain", "Saint-Pourçain", A, FR, "rouge", "vin", {75: [2023, 2024], 37.5: [2023]}),
    ("resspe", "Réserve Spéciale", "Union des Vignerons de Saint-Pourçain", "Saint-Pourçain", A, FR, "rosé", "vin", {75: [2024]}),
    ("bellevue_rg", "Saint-Pourçain Rouge", "Domaine de Bellevue", "Saint-Pourçain", A, FR, "rouge", "vin", {75: [2022]}),
    ("bellevue_bl", "Saint-Pourçain Blanc", "Domaine de Bellevue", "Saint-Pourçain", A, FR, "blanc", "vin", {75: [2023, 2024]}),
    # Loire
    ("mouss_bl", "La Moussière", "Alphonse Mellot", "Sancerre", "Loire", FR, "blanc", "vin", {75: [2022, 2023], 37.5: [2023], 150: [2022]}),
    ("mouss_rg", "La Moussière", "Alphonse Mellot", "Sancerre", "Loire", FR, "rouge", "vin", {75: [2021]}),
    ("ladoucette", "De Ladoucette", "De Ladoucette", "Pouilly-Fumé", "Loire", FR, "blanc", "vin", {75: [2022]}),
    ("baronnie", "La Baronnie Madeleine", "Couly-Dutheil", "Chinon", "Loire", FR, "rouge", "vin", {75: [2019, 2020]}),
    ("huet_sec", "Le Haut-Lieu Sec", "Domaine Huet", "Vouvray", "Loire", FR, "blanc", "vin", {75: [2021]}),
    ("huet_ds", "Le Haut-Lieu Demi-Sec", "Domaine Huet", "Vouvray", "Loire", FR, "blanc", "vin", {75: [2020, 2022]}),
    ("langlois", "Crémant de Loire Brut Réserve", "Langlois-Château", "Crémant de Loire", "Loire", FR, "effervescent", "vin", {75: [None]}),
    # Beaujolais
    ("lapierre", "Morgon", "Marcel Lapierre", "Morgon", "Beaujolais", FR, "rouge", "vin", {75: [2022, 2023], 150: [2022]}),
    ("foillard", "Morgon Côte du Py", "Jean Foillard", "Morgon", "Beaujolais", FR, "rouge", "vin", {75: [2021]}),
    ("poncie", "Fleurie Poncié", "Domaine du Vissoux", "Fleurie", "Beaujolais", FR, "rouge", "vin", {75: [2022]}),
    ("duboeuf", "Beaujolais-Villages", "Georges Duboeuf", "Beaujolais-Villages", "Beaujolais", FR, "rouge", "vin", {75: [2023]}),
    ("boissalle", "Château du Bois de la Salle", "Château du Bois de la Salle", "Juliénas", "Beaujolais", FR, "rouge", "vin", {75: [2022]}),
    # Rhône
    ("perrin_rg", "Côtes du Rhône Réserve", "Famille Perrin", "Côtes du Rhône", "Rhône", FR, "rouge", "vin", {75: [2022, 2023], 37.5: [2022]}),
    ("perrin_bl", "Côtes du Rhône Réserve", "Famille Perrin", "Côtes du Rhône", "Rhône", FR, "blanc", "vin", {75: [2023]}),
    ("graillot", "Crozes-Hermitage", "Alain Graillot", "Crozes-Hermitage", "Rhône", FR, "rouge", "vin", {75: [2020, 2021]}),
    ("telegraphe", "Vieux Télégraphe La Crau", "Domaine du Vieux Télégraphe", "Châteauneuf-du-Pape", "Rhône", FR, "rouge", "vin", {75: [2018, 2019], 150: [2018]}),
    ("telegramme", "Télégramme", "Domaine du Vieux Télégraphe", "Châteauneuf-du-Pape", "Rhône", FR, "rouge", "vin", {75: [2021]}),
    # Bordeaux
    ("chasse", "Château Chasse-Spleen", "Château Chasse-Spleen", "Moulis-en-Médoc", "Bordeaux", FR, "rouge", "vin", {75: [2016, 2018], 37.5: [2016]}),
    ("oratoire", "L'Oratoire de Chasse-Spleen", "Château Chasse-Spleen", "Moulis-en-Médoc", "Bordeaux", FR, "rouge", "vin", {75: [2019]}),
    ("tourdeby", "Château Tour de By", "Château Tour de By", "Médoc", "Bordeaux", FR, "rouge", "vin", {75: [2018]}),
    ("bonnet_bl", "Château Bonnet", "André Lurton", "Entre-deux-Mers", "Bordeaux", FR, "blanc", "vin", {75: [2023]}),
    ("bonnet_rg", "Château Bonnet", "André Lurton", "Bordeaux", "Bordeaux", FR, "rouge", "vin", {75: [2021]}),
    # Bourgogne
    ("jadot", "Bourgogne Pinot Noir Couvent des Jacobins", "Louis Jadot", "Bourgogne", "Bourgogne", FR, "rouge", "vin", {75: [2021, 2022]}),
    ("longdep", "Chablis", "Domaine Long-Depaquit", "Chablis", "Bourgogne", FR, "blanc", "vin", {75: [2022]}),
    ("faiveley", "Mercurey La Framboisière", "Domaine Faiveley", "Mercurey", "Bourgogne", FR, "rouge", "vin", {75: [2020]}),
    # Champagne
    ("taitt_br", "Brut Réserve", "Taittinger", "Champagne", "Champagne", FR, "effervescent", "champagne", {75: [None], 37.5: [None], 150: [None]}),
    ("taitt_rs", "Prestige Rosé", "Taittinger", "Champagne", "Champagne", FR, "rosé", "champagne", {75: [None]}),
    ("deutz_bc", "Brut Classic", "Deutz", "Champagne", "Champagne", FR, "effervescent", "champagne", {75: [None]}),
    ("deutz_bdb", "Blanc de Blancs", "Deutz", "Champagne", "Champagne", FR, "effervescent", "champagne", {75: [2016, 2017]}),
    # Apéritifs, liqueurs, spirits
    ("salers", "Salers Gentiane Apéritif", "Distillerie de la Salers", None, A, FR, None, "autre", {100: [None]}),
    ("aveze", "Avèze Gentiane Fraîche", "Distillerie d'Auvergne", None, A, FR, None, "autre", {100: [None]}),
    ("suze", "Suze", "Pernod", None, None, FR, None, "autre", {100: [None]}),
    ("verv_verte", "Verveine du Velay Verte", "Pagès", None, A, FR, None, "spiritueux", {70: [None]}),
    ("verv_jaune", "Verveine du Velay Jaune", "Pagès", None, A, FR, None, "spiritueux", {70: [None]}),
    ("ricard", "Ricard", "Pernod Ricard", None, None, FR, None, "spiritueux", {100: [None]}),
    ("p51", "Pastis 51", "Pernod", None, None, FR, None, "spiritueux", {100: [None]}),
    ("mart_b", "Martini Bianco", "Martini", None, None, "Italy", None, "autre", {100: [None]}),
    ("mart_r", "Martini Rosso", "Martini", None, None, "Italy", None, "autre", {100: [None]}),
    ("lillet", "Lillet Blanc", "Lillet", None, "Bordeaux", FR, None, "autre", {75: [None]}),
    ("campari", "Campari Bitter", "Campari", None, None, "Italy", None, "spiritueux", {70: [None]}),
    ("get27", "Get 27", "Get Frères", None, None, FR, None, "spiritueux", {70: [None]}),
    ("hennessy", "Hennessy VS", "Hennessy", "Cognac", "Cognac", FR, None, "spiritueux", {70: [None]}),
    ("magloire", "Père Magloire VSOP", "Père Magloire", "Calvados Pays d'Auge", "Normandie", FR, None, "spiritueux", {70: [None]}),
    ("jameson", "Jameson", "Jameson", None, None, "Ireland", None, "spiritueux", {70: [None]}),
    ("jackd", "Jack Daniel's Old No. 7", "Jack Daniel's", None, None, "United States", None, "spiritueux", {70: [None]}),
    ("glen12", "Glenfiddich 12 ans", "Glenfiddich", None, "Speyside", "United Kingdom", None, "spiritueux", {70: [None]}),
    ("glen15", "Glenfiddich 15 ans", "Glenfiddich", None, "Speyside", "United Kingdom", None, "spiritueux", {70: [None]}),
    ("chartreuse", "Chartreuse Verte", "Chartreuse Diffusion", None, None, FR, None, "spiritueux", {70: [None]}),
    # Beers (kegs are 2,000 or 3,000 cl)
    ("k1664", "1664", "Kronenbourg", None, None, FR, None, "bière", {3000: [None], 25: [None]}),
    ("grim_bl", "Grimbergen Blonde", "Grimbergen", None, None, "Belgium", None, "bière", {2000: [None]}),
    ("grim_amb", "Grimbergen Ambrée", "Grimbergen", None, None, "Belgium", None, "bière", {2000: [None]}),
    ("guinness", "Guinness", "Guinness", None, None, "Ireland", None, "bière", {3000: [None]}),
    ("planb_bl", "Plan B Blonde", "Brasserie Le Plan B", None, A, FR, None, "bière", {2000: [None]}),
    ("planb_amb", "Plan B Ambrée", "Brasserie Le Plan B", None, A, FR, None, "bière", {33: [None]}),
    ("leffe", "Leffe Blonde", "Leffe", None, None, "Belgium", None, "bière", {33: [None]}),
    ("chouffe", "La Chouffe", "Brasserie d'Achouffe", None, None, "Belgium", None, "bière", {33: [None]}),
    ("duvel", "Duvel", "Duvel Moortgat", None, None, "Belgium", None, "bière", {33: [None]}),
    ("desperados", "Desperados", "Heineken", None, None, FR, None, "bière", {33: [None]}),
    ("corona", "Corona Extra", "Grupo Modelo", None, None, "Mexico", None, "bière", {35.5: [None]}),
    # Waters and softs
    ("volvic", "Volvic", "Volvic", None, A, FR, None, "soft", {50: [None], 100: [None]}),
    ("styorre", "Saint-Yorre", "Saint-Yorre", None, A, FR, None, "soft", {100: [None]}),
    ("chateldon", "Châteldon", "Châteldon", None, A, FR, None, "soft", {75: [None]}),
    ("coca", "Coca-Cola", "Coca-Cola", None, None, FR, None, "soft", {33: [None]}),
    ("coca0", "Coca-Cola Zéro", "Coca-Cola", None, None, FR, None, "soft", {33: [None]}),
    ("orangina", "Orangina", "Orangina", None, None, FR, None, "soft", {25: [None]}),
    ("schweppes", "Schweppes Indian Tonic", "Schweppes", None, None, FR, None, "soft", {25: [None]}),
    ("perrier", "Perrier", "Perrier", None, None, FR, None, "soft", {33: [None]}),
    ("pampryl", "Pampryl Orange", "Pampryl", None, None, FR, None, "soft", {25: [None]}),
    ("lorina", "Lorina Limonade", "Lorina", None, None, FR, None, "soft", {33: [None]}),
]
