"""The drinks of "Le Pot de Madargue" (Riom).

One row a product: key, name, producer, appellation, region, country, colour,
category, {format_cl: [vintages]} (None for a non-vintage drink).
Ids are given in this order, formats ascending, vintages ascending.
"""

A = "Auvergne"
F = "France"

DRINKS = [
    # --- Côtes d'Auvergne (Madargue, Châteaugay, Chanturgue, Boudes, Corent) ---
    ("deat_mad", "Madargue Rouge", "Domaine Déat", "Côtes d'Auvergne Madargue", A, F, "rouge", "vin", {75: [2022, 2023], 150: [2022]}),
    ("deat_rs", "Madargue Rosé", "Domaine Déat", "Côtes d'Auvergne Madargue", A, F, "rosé", "vin", {75: [2024]}),
    ("vign_mad", "Madargue", "Laurent Vigneron", "Côtes d'Auvergne Madargue", A, F, "rouge", "vin", {75: [2021, 2022]}),
    ("montel_chg", "Châteaugay Rouge", "Benoît Montel", "Côtes d'Auvergne Châteaugay", A, F, "rouge", "vin", {37.5: [2023], 75: [2022, 2023]}),
    ("montel_cht", "Chanturgue", "Benoît Montel", "Côtes d'Auvergne Chanturgue", A, F, "rouge", "vin", {75: [2021]}),
    ("goig_bl", "Châteaugay Blanc", "Domaine Pierre Goigoux", "Côtes d'Auvergne Châteaugay", A, F, "blanc", "vin", {75: [2023]}),
    ("sauvat_rg", "Boudes Rouge", "Domaine Sauvat", "Côtes d'Auvergne Boudes", A, F, "rouge", "vin", {75: [2021, 2022]}),
    ("sv_pn", "Pinot Noir", "Cave Saint-Verny", "Côtes d'Auvergne", A, F, "rouge", "vin", {75: [2022, 2023]}),
    ("sv_corent", "Corent Rosé", "Cave Saint-Verny", "Côtes d'Auvergne Corent", A, F, "rosé", "vin", {37.5: [2024], 75: [2024]}),
    ("sv_chard", "Chardonnay", "Cave Saint-Verny", "IGP Puy-de-Dôme", A, F, "blanc", "vin", {75: [2023]}),
    ("miol_volc", "Volcane", "Domaine Miolanne", "Côtes d'Auvergne", A, F, "rouge", "vin", {75: [2022]}),
    ("chaput_chv", "Chanvergne Brut", "Christian Chaput", "Vin mousseux de qualité", A, F, "effervescent", "vin", {75: [None]}),
    # --- Saint-Pourçain ---
    ("nebout_rg", "Saint-Pourçain Rouge", "Domaine Nebout", "Saint-Pourçain", A, F, "rouge", "vin", {75: [2022, 2023]}),
    ("nebout_bl", "Saint-Pourçain Blanc", "Domaine Nebout", "Saint-Pourçain", A, F, "blanc", "vin", {37.5: [2023], 75: [2023]}),
    ("berioles_tr", "Tressallier", "Domaine des Bérioles", "Saint-Pourçain", A, F, "blanc", "vin", {75: [2023]}),
    ("ficelle_rg", "La Ficelle Rouge", "Cave de Saint-Pourçain", "Saint-Pourçain", A, F, "rouge", "vin", {75: [2023, 2024]}),
    ("ficelle_bl", "La Ficelle Blanc", "Cave de Saint-Pourçain", "Saint-Pourçain", A, F, "blanc", "vin", {75: [2024]}),
    ("ray_rs", "Saint-Pourçain Rosé", "Domaine Ray", "Saint-Pourçain", A, F, "rosé", "vin", {75: [2024]}),
    # --- Beaujolais ---
    ("chaize_br", "Château de la Chaize", "Château de la Chaize", "Brouilly", "Beaujolais", F, "rouge", "vin", {37.5: [2023], 75: [2022, 2023]}),
    ("burgaud_py", "Morgon Côte du Py", "Domaine Jean-Marc Burgaud", "Morgon", "Beaujolais", F, "rouge", "vin", {75: [2020, 2022]}),
    ("jacques_mav", "Château des Jacques", "Louis Jadot", "Moulin-à-Vent", "Beaujolais", F, "rouge", "vin", {75: [2020]}),
    ("madone_fl", "Fleurie", "Domaine de la Madone", "Fleurie", "Beaujolais", F, "rouge", "vin", {75: [2023]}),
    ("duboeuf_bv", "Beaujolais-Villages", "Georges Duboeuf", "Beaujolais-Villages", "Beaujolais", F, "rouge", "vin", {75: [2023]}),
    ("billards_sa", "Domaine des Billards", "Loron et Fils", "Saint-Amour", "Beaujolais", F, "rouge", "vin", {75: [2022]}),
    # --- Rhône ---
    ("guigal_rg", "Côtes du Rhône Rouge", "E. Guigal", "Côtes du Rhône", "Rhône", F, "rouge", "vin", {37.5: [2021], 75: [2020, 2021], 150: [2020]}),
    ("guigal_bl", "Côtes du Rhône Blanc", "E. Guigal", "Côtes du Rhône", "Rhône", F, "blanc", "vin", {75: [2023]}),
    ("perrin_res", "Perrin Réserve Rouge", "Famille Perrin", "Côtes du Rhône", "Rhône", F, "rouge", "vin", {75: [2022]}),
    ("delas_se", "Saint-Esprit", "Delas Frères", "Côtes du Rhône", "Rhône", F, "rouge", "vin", {75: [2022, 2023]}),
    ("chap_meys", "Les Meysonniers", "M. Chapoutier", "Crozes-Hermitage", "Rhône", F, "rouge", "vin", {75: [2021]}),
    ("aqueria_tv", "Château d'Aquéria", "Château d'Aquéria", "Tavel", "Rhône", F, "rosé", "vin", {75: [2023]}),
    # --- Burgundy ---
    ("jadot_cj", "Couvent des Jacobins", "Louis Jadot", "Bourgogne", "Bourgogne", F, "rouge", "vin", {75: [2021, 2022]}),
    ("chabl_ven", "Les Vénérables Vieilles Vignes", "La Chablisienne", "Chablis", "Bourgogne", F, "blanc", "vin", {37.5: [2022], 75: [2021, 2022]}),
    ("lugny_ch", "Les Charmes", "Cave de Lugny", "Mâcon-Lugny", "Bourgogne", F, "blanc", "vin", {75: [2023]}),
    ("faiv_framb", "La Framboisière", "Domaine Faiveley", "Mercurey", "Bourgogne", F, "rouge", "vin", {75: [2020]}),
    ("bouillot_pi", "Perle d'Ivoire Brut", "Louis Bouillot", "Crémant de Bourgogne", "Bourgogne", F, "effervescent", "vin", {75: [None]}),
    # --- Bordeaux ---
    ("cissac", "Château Cissac", "Château Cissac", "Haut-Médoc", "Bordeaux", F, "rouge", "vin", {37.5: [2018], 75: [2016, 2018]}),
    ("bonnet_rg", "Château Bonnet Rouge", "André Lurton", "Bordeaux", "Bordeaux", F, "rouge", "vin", {75: [2021]}),
    ("bonnet_bl", "Château Bonnet Blanc", "André Lurton", "Entre-Deux-Mers", "Bordeaux", F, "blanc", "vin", {75: [2023]}),
    ("lussac", "Château de Lussac", "Château de Lussac", "Lussac-Saint-Émilion", "Bordeaux", F, "rouge", "vin", {75: [2018, 2019]}),
    # --- Champagne ---
    ("cd_brut", "Authentic Brut", "Canard-Duchêne", "Champagne", "Champagne", F, "effervescent", "champagne", {37.5: [None], 75: [None], 150: [None]}),
    ("cd_rose", "Authentic Rosé", "Canard-Duchêne", "Champagne", "Champagne", F, "rosé", "champagne", {75: [None]}),
    # --- Aperitifs ---
    ("salers", "Salers Gentiane", "Distillerie de Salers", "Liqueur de gentiane", A, F, None, "autre", {100: [None]}),
    ("aveze", "Avèze Gentiane Fraîche", "Distillerie Avèze", "Liqueur de gentiane", A, F, None, "autre", {100: [None]}),
    ("suze", "Suze", "Pernod", "Apéritif à la gentiane", None, F, None, "autre", {100: [None]}),
    ("ricard", "Ricard", "Pernod Ricard", "Pastis", None, F, None, "autre", {100: [None]}),
    ("p51", "Pastis 51", "Pernod", "Pastis", None, F, None, "autre", {100: [None]}),
    ("mart_bi", "Martini Bianco", "Martini & Rossi", "Vermouth", None, "Italie", None, "autre", {100: [None]}),
    ("mart_ro", "Martini Rosso", "Martini & Rossi", "Vermouth", None, "Italie", None, "autre", {100: [None]}),
    ("lillet_bl", "Lillet Blanc", "Lillet", "Apéritif à base de vin", "Bordeaux", F, None, "autre", {75: [None]}),
    ("sandeman", "Sandeman Ruby", "Sandeman", "Porto", "Douro", "Portugal", None, "autre", {75: [None]}),
    ("lejay", "Crème de Cassis", "Lejay", "Crème de cassis de Dijon", "Bourgogne", F, None, "spiritueux", {70: [None]}),
    # --- Liqueurs and spirits ---
    ("verv_verte", "Verveine du Velay Verte", "Pagès", "Liqueur de verveine", A, F, None, "spiritueux", {70: [None]}),
    ("verv_jaune", "Verveine du Velay Jaune", "Pagès", "Liqueur de verveine", A, F, None, "spiritueux", {70: [None]}),
    ("verv_extra", "Verveine du Velay Extra", "Pagès", "Liqueur de verveine", A, F, None, "spiritueux", {70: [None]}),
    ("get27", "Get 27", "Get Frères", "Liqueur de menthe", None, F, None, "spiritueux", {70: [None]}),
    ("cointreau", "Cointreau", "Cointreau", "Liqueur d'orange", None, F, None, "spiritueux", {70: [None]}),
    ("poire_mass", "Poire Williams", "G.E. Massenez", "Eau-de-vie de poire", "Alsace", F, None, "spiritueux", {70: [None]}),
    ("drouin_sel", "Calvados Sélection", "Christian Drouin", "Calvados Pays d'Auge", "Normandie", F, None, "spiritueux", {70: [None]}),
    ("remy_vsop", "Rémy Martin VSOP", "Rémy Martin", "Cognac", "Cognac", F, None, "spiritueux", {70: [None]}),
    ("remy_xo", "Rémy Martin XO", "Rémy Martin", "Cognac", "Cognac", F, None, "spiritueux", {70: [None]}),
    ("laubade_vsop", "Château de Laubade VSOP", "Château de Laubade", "Bas-Armagnac", "Gascogne", F, None, "spiritueux", {70: [None]}),
    ("jameson", "Jameson", "Jameson", "Irish Whiskey", None, "Irlande", None, "spiritueux", {70: [None]}),
    ("chivas12", "Chivas Regal 12 ans", "Chivas Brothers", "Scotch Whisky", None, "Écosse", None, "spiritueux", {70: [None]}),
    ("glen12", "Glenfiddich 12 ans", "William Grant & Sons", "Speyside Single Malt", None, "Écosse", None, "spiritueux", {70: [None]}),
    ("glen15", "Glenfiddich 15 ans", "William Grant & Sons", "Speyside Single Malt", None, "Écosse", None, "spiritueux", {70: [None]}),
    ("havana3", "Havana Club 3 ans", "Havana Club", "Rhum", None, "Cuba", None, "spiritueux", {70: [None]}),
    ("havana7", "Havana Club 7 ans", "Havana Club", "Rhum", None, "Cuba", None, "spiritueux", {70: [None]}),
    ("gordons", "Gordon's", "Gordon's", "London Dry Gin", None, "Royaume-Uni", None, "spiritueux", {70: [None]}),
    ("absolut", "Absolut", "Absolut", "Vodka", None, "Suède", None, "spiritueux", {70: [None]}),
    ("baileys", "Baileys Original", "Baileys", "Irish Cream", None, "Irlande", None, "spiritueux", {70: [None]}),
    # --- Beers ---
    ("kro_pr", "Kronenbourg", "Kronenbourg", "Bière blonde pression", None, F, None, "bière", {3000: [None]}),
    ("b1664bl_pr", "1664 Blanc", "Kronenbourg", "Bière blanche pression", None, F, None, "bière", {2000: [None]}),
    ("leffe_bl", "Leffe Blonde", "Abbaye de Leffe", "Bière d'abbaye", None, "Belgique", None, "bière", {33: [None], 3000: [None]}),
    ("leffe_br", "Leffe Brune", "Abbaye de Leffe", "Bière d'abbaye", None, "Belgique", None, "bière", {33: [None]}),
    ("desperados", "Desperados", "Heineken", "Bière aromatisée", None, F, None, "bière", {33: [None]}),
    ("heineken", "Heineken", "Heineken", "Bière blonde", None, "Pays-Bas", None, "bière", {25: [None]}),
    ("kro_sa", "Kronenbourg Sans Alcool", "Kronenbourg", "Bière sans alcool", None, F, None, "bière", {25: [None]}),
    # --- Waters and softs ---
    ("volvic", "Volvic", "Volvic", "Eau minérale naturelle", A, F, None, "soft", {50: [None], 100: [None]}),
    ("chateldon", "Châteldon", "Châteldon", "Eau minérale gazeuse", A, F, None, "soft", {75: [None]}),
    ("styorre", "Saint-Yorre", "Saint-Yorre", "Eau minérale gazeuse", A, F, None, "soft", {50: [None], 100: [None]}),
    ("celestins", "Vichy Célestins", "Vichy Célestins", "Eau minérale gazeuse", A, F, None, "soft", {100: [None]}),
    ("badoit", "Badoit", "Badoit", "Eau minérale gazeuse", None, F, None, "soft", {100: [None]}),
    ("perrier", "Perrier", "Perrier", "Eau gazeuse", None, F, None, "soft", {33: [None]}),
    ("coca", "Coca-Cola", "Coca-Cola", "Soda", None, F, None, "soft", {33: [None]}),
    ("coca0", "Coca-Cola Zéro", "Coca-Cola", "Soda", None, F, None, "soft", {33: [None]}),
    ("orangina", "Orangina", "Orangina", "Soda", None, F, None, "soft", {25: [None]}),
    ("schweppes", "Schweppes Indian Tonic", "Schweppes", "Tonic", None, F, None, "soft", {25: [None]}),
    ("oasis", "Oasis Tropical", "Oasis", "Boisson aux fruits", None, F, None, "soft", {25: [None]}),
    ("icetea", "Lipton Ice Tea Pêche", "Lipton", "Thé glacé", None, F, None, "soft", {25: [None]}),
    ("pago_or", "Pago Orange", "Pago", "Jus de fruits", None, "Autriche", None, "soft", {20: [None]}),
    ("pago_ab", "Pago Abricot", "Pago", "Nectar", None, "Autriche", None, "soft", {20: [None]}),
]
