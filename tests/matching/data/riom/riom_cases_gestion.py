"""gestion: the back office's monthly sales export, CODE;LIBELLE;MILL;VOL;QTE;CA.

One tuple a line: (family or None to derive it from the drink, libellé as the manager keyed
it, drink key or None, measure, vintage or None, why none).
The family code starts the article code and gives the colour of a wine:
VRG red, VBL white, VRS rosé, BUL sparkling, PRE draught, BIE bottled beer, APE aperitifs,
DIG digestifs and spirits, EAU waters, SOF softs, CUI food, DES desserts, CAF hot drinks,
DIV services.
"""

CASES = [
    # --- Côtes d'Auvergne ---
    (None, "Madargue Déat", "deat_mad", "B", 2022, None),
    (None, "Madargue Déat", "deat_mad", "B", 2021, None),
    (None, "Madargue Déat", "deat_rs", "B", 2024, None),
    ("VBL", "Madargue Déat", None, "B", 2024, "no white Madargue held"),
    (None, "Madargue Vigneron", "vign_mad", "B", 2023, None),
    ("VRG", "Madargue", None, "G", None, "Madargue red from two growers"),
    (None, "Chateaugay Montel", "montel_chg", "B", 2023, None),
    (None, "Chateaugay Montel", "montel_chg", "H", 2023, None),
    ("VRS", "Chateaugay Montel", None, "B", 2024, "Montel's rosé not held"),
    (None, "Chanturgue Montel", "montel_cht", "G", 2021, None),
    (None, "Boudes Sauvat", "sauvat_rg", "POT", 2022, None),
    (None, "Boudes Sauvat", "sauvat_rg", "POT", 2020, None),
    (None, "Boudes Sauvat", "sauvat_rg", "M", 2022, None),
    (None, "Cotes d'Auvergne Pinot St-Verny", "sv_pn", "B", 2023, None),
    (None, "Cotes d'Auvergne Pinot St-Verny", "sv_pn", "G", 2024, None),
    (None, "Corent St-Verny", "sv_corent", "B", 2024, None),
    ("VRG", "Corent St-Verny", None, "B", 2023, "no red Corent held"),
    (None, "Chanvergne Chaput", "chaput_chv", "B", None, None),
    # --- Saint-Pourçain ---
    (None, "St-Pourcain Nebout", "nebout_rg", "B", 2023, None),
    (None, "St-Pourcain Nebout", "nebout_rg", "B", 2021, None),
    (None, "St-Pourcain Nebout", "nebout_bl", "H", 2023, None),
    (None, "St-Pourcain Nebout", "nebout_bl", "M", 2023, None),
    (None, "Ficelle", "ficelle_rg", "P50", 2024, None),
    ("VRG", "St-Pourcain Ray", None, "B", 2023, "Ray's red not held"),
    # --- Beaujolais ---
    (None, "Brouilly Chateau de la Chaize", "chaize_br", "B", 2023, None),
    (None, "Brouilly Chateau de la Chaize", "chaize_br", "B", 2024, None),
    (None, "Brouilly Chateau de la Chaize", "chaize_br", "M", 2023, None),
    (None, "Morgon Cote du Py Burgaud", "burgaud_py", "POT", 2022, None),
    ("VRG", "Morgon Lapierre", None, "B", 2022, "Morgon of another producer"),
    (None, "Fleurie Madone", "madone_fl", "G", 2023, None),
    (None, "Fleurie Madone", "madone_fl", "B", 2022, None),
    (None, "Beaujolais Villages Duboeuf", "duboeuf_bv", "P50", 2023, None),
    ("VRG", "Beaujolais Nouveau Duboeuf", None, "P50", 2024, "Beaujolais nouveau not held"),
    # --- Rhône ---
    (None, "Cotes du Rhone Guigal", "guigal_rg", "M", 2020, None),
    (None, "Cotes du Rhone Guigal", "guigal_rg", "B", 2019, None),
    (None, "Cotes du Rhone Guigal", "guigal_rg", "H", 2020, None),
    (None, "Cotes du Rhone Guigal", "guigal_bl", "B", 2023, None),
    ("VRS", "Cotes du Rhone Guigal", None, "B", 2023, "Guigal's CDR rosé not held"),
    ("VRG", "Cotes du Rhone", None, "POT", None, "Côtes du Rhône from three producers"),
    (None, "Cotes du Rhone St-Esprit Delas", "delas_se", "B", 2022, None),
    (None, "St-Esprit Delas", "delas_se", "B", 2021, None),
    (None, "Crozes-Hermitage Meysonniers", "chap_meys", "B", 2022, None),
    (None, "Tavel Aqueria", "aqueria_tv", "B", 2023, None),
    # --- Burgundy and Bordeaux ---
    (None, "Bourgogne Couvent des Jacobins Jadot", "jadot_cj", "G", 2020, None),
    (None, "Chablis Venerables Chablisienne", "chabl_ven", "B", 2021, None),
    (None, "Chablis Venerables Chablisienne", "chabl_ven", "H", 2021, None),
    (None, "Haut-Medoc Chateau Cissac", "cissac", "H", 2018, None),
    (None, "Chateau Cissac", "cissac", "B", 2017, None),
    (None, "Chateau Cissac", "cissac", "M", 2018, None),
    (None, "Chateau Bonnet", "bonnet_rg", "B", 2021, None),
    (None, "Chateau Bonnet", "bonnet_bl", "B", 2023, None),
    # --- Sparkling ---
    (None, "Canard-Duchene Authentic Brut", "cd_brut", "M", None, None),
    (None, "Canard-Duchene Authentic Rose", "cd_rose", "G", None, None),
    (None, "Canard-Duchene Authentic Rose", "cd_rose", "H", None, None),
    ("BUL", "Canard-Duchene Charles VII", None, "B", None, "Charles VII cuvée not held"),
    # --- Aperitifs ---
    (None, "Salers Gentiane", "salers", "D", None, None),
    (None, "Salers Gentiane", "salers", "S70", None, None),
    ("APE", "Gentiane", None, "D", None, "three gentian aperitifs held"),
    (None, "Porto Sandeman Ruby", "sandeman", "D6", None, None),
    (None, "Lillet Blanc", "lillet_bl", "D6", None, None),
    ("APE", "Kir royal", None, "G", None, "cocktail"),
    # --- Digestifs and spirits ---
    (None, "Verveine Velay Jaune Pages", "verv_jaune", "D", None, None),
    (None, "Verveine Velay Extra Pages", "verv_extra", "D2", None, None),
    ("DIG", "Verveine Velay Pages", None, "D", None, "three Verveines du Velay held"),
    (None, "Get 27", "get27", "D", None, None),
    (None, "Cognac Remy Martin VSOP", "remy_vsop", "D", None, None),
    (None, "Whisky Glenfiddich 12 ans", "glen12", "D", None, None),
    ("DIG", "Whisky Glenfiddich 18 ans", None, "D", None, "Glenfiddich 18 not held"),
    ("DIG", "Rhum Havana Club Especial", None, "D", None, "Havana Especial not held"),
    (None, "Cointreau", "cointreau", "D2", None, None),
    ("DIG", "Armagnac Laubade XO", None, "D", None, "Laubade XO not held"),
    # --- Beers ---
    (None, "Kronenbourg", "kro_pr", "DM", None, None),
    (None, "1664 Blanc", "b1664bl_pr", "PT", None, None),
    (None, "Leffe Blonde", "leffe_bl", "DM", None, None),
    (None, "Leffe Blonde", "leffe_bl", "S33", None, None),
    (None, "Kronenbourg Sans Alcool", "kro_sa", "S25", None, None),
    ("BIE", "Kronenbourg", "kro_pr", "S25", None, None),
    ("BIE", "Desperados", "desperados", "S25", None, None),
    ("PRE", "Pelforth Brune", None, "DM", None, "Pelforth not held"),
    # --- Waters and softs ---
    (None, "Volvic", "volvic", "S50", None, None),
    (None, "Vichy Celestins", "celestins", "S100", None, None),
    (None, "Vichy Celestins", "celestins", "S50", None, None),
    (None, "Coca-Cola Zero", "coca0", "S33", None, None),
    (None, "Coca-Cola", "coca", "S100", None, None),
    (None, "Pago Orange", "pago_or", "S20", None, None),
    ("SOF", "Sirop grenadine", None, "U", None, "syrup"),
    # --- Food, hot drinks, services ---
    ("CUI", "Truffade", None, "U", None, "food"),
    ("CUI", "Saint-Nectaire fermier", None, "U", None, "cheese"),
    ("DES", "Coupe Colonel", None, "U", None, "dessert (sorbet and vodka)"),
    ("CAF", "Cafe", None, "U", None, "coffee"),
    ("CAF", "Tisane verveine", None, "U", None, "herbal tea"),
    ("DIV", "Droit de bouchon", None, "U", None, "corkage"),
]

# unit prices of what is not a drink of the library (cents)
PRICES = {"Sirop grenadine": 250, "Truffade": 1650, "Saint-Nectaire fermier": 750,
          "Coupe Colonel": 850, "Cafe": 180, "Tisane verveine": 300, "Droit de bouchon": 1200,
          "Kir royal": 950}
