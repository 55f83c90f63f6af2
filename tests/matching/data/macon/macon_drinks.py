"""Drinks of Le Relais de Saône (Mâcon): one tuple per wine or product.

(key, name, producer, appellation, region, colour, category, {format_cl: [vintages]})
Every (format, vintage) pair becomes one library entry, in this order.
"""

BG, BJ, LO = "Bourgogne", "Beaujolais", "Loire"
NV = [None]

DRINKS = [
    # --- Mâconnais whites
    ("mv_jadot", "Mâcon-Villages", "Louis Jadot", "Mâcon-Villages", BG, "blanc", "vin", {75: [2022, 2023], 37.5: [2023]}),
    ("lugny_charmes", "Mâcon-Lugny Les Charmes", "Cave de Lugny", "Mâcon-Lugny", BG, "blanc", "vin", {75: [2022, 2023], 150: [2022]}),
    ("lugny_genievres", "Mâcon-Lugny Les Genièvres", "Louis Latour", "Mâcon-Lugny", BG, "blanc", "vin", {75: [2022]}),
    ("milly", "Mâcon-Milly-Lavigne", "Héritiers du Comte Lafon", "Mâcon-Milly-Lavigne", BG, "blanc", "vin", {75: [2021, 2022]}),
    ("macon_rouge", "Mâcon Rouge", "Cave de Lugny", "Mâcon", BG, "rouge", "vin", {75: [2023]}),
    ("macon_rose", "Mâcon Rosé", "Cave de Lugny", "Mâcon", BG, "rosé", "vin", {75: [2023]}),
    ("vc_bonhomme", "Viré-Clessé Vieilles Vignes", "Domaine André Bonhomme", "Viré-Clessé", BG, "blanc", "vin", {75: [2020, 2022]}),
    ("vc_vire", "Viré-Clessé", "Cave de Viré", "Viré-Clessé", BG, "blanc", "vin", {75: [2023]}),
    ("sv_barraud", "Saint-Véran Les Pommards", "Domaine Barraud", "Saint-Véran", BG, "blanc", "vin", {75: [2021, 2022]}),
    ("sv_fuisse", "Saint-Véran", "Château-Fuissé", "Saint-Véran", BG, "blanc", "vin", {75: [2022], 37.5: [2022]}),
    ("sv_duboeuf", "Saint-Véran", "Georges Duboeuf", "Saint-Véran", BG, "blanc", "vin", {75: [2023]}),
    ("pf_ferret", "Pouilly-Fuissé", "Domaine J.-A. Ferret", "Pouilly-Fuissé", BG, "blanc", "vin", {75: [2020, 2022]}),
    ("pf_ferret_men", "Pouilly-Fuissé 1er Cru Les Ménétrières", "Domaine J.-A. Ferret", "Pouilly-Fuissé 1er Cru", BG, "blanc", "vin", {75: [2020, 2021]}),
    ("pf_fuisse_tc", "Pouilly-Fuissé Tête de Cru", "Château-Fuissé", "Pouilly-Fuissé", BG, "blanc", "vin", {75: [2021, 2022], 150: [2020]}),
    ("pf_fuisse_clos", "Pouilly-Fuissé 1er Cru Le Clos", "Château-Fuissé", "Pouilly-Fuissé 1er Cru", BG, "blanc", "vin", {75: [2020]}),
    ("pf_saumaize", "Pouilly-Fuissé Ampelopsis", "Domaine Saumaize-Michelin", "Pouilly-Fuissé", BG, "blanc", "vin", {75: [2021]}),
    ("pf_barraud", "Pouilly-Fuissé Alliance", "Domaine Barraud", "Pouilly-Fuissé", BG, "blanc", "vin", {75: [2022]}),
    ("pf_barraud_crays", "Pouilly-Fuissé 1er Cru Les Crays", "Domaine Barraud", "Pouilly-Fuissé 1er Cru", BG, "blanc", "vin", {75: [2021]}),
    ("ploche", "Pouilly-Loché", "Cave des Grands Crus Blancs", "Pouilly-Loché", BG, "blanc", "vin", {75: [2022]}),
    ("pvinz", "Pouilly-Vinzelles Les Quarts", "Cave des Grands Crus Blancs", "Pouilly-Vinzelles", BG, "blanc", "vin", {75: [2021, 2022]}),
    ("pfume", "Pouilly-Fumé", "de Ladoucette", "Pouilly-Fumé", LO, "blanc", "vin", {75: [2022]}),
    # --- Aligoté, crémants
    ("bouzeron", "Bouzeron", "A. et P. de Villaine", "Bouzeron", BG, "blanc", "vin", {75: [2022]}),
    ("alig_lugny", "Bourgogne Aligoté", "Cave de Lugny", "Bourgogne Aligoté", BG, "blanc", "vin", {75: [2023]}),
    ("alig_goisot", "Bourgogne Aligoté", "Domaine Goisot", "Bourgogne Aligoté", BG, "blanc", "vin", {75: [2021, 2022]}),
    ("cb_ivoire", "Crémant de Bourgogne Perle d'Ivoire", "Louis Bouillot", "Crémant de Bourgogne", BG, "effervescent", "vin", {75: NV, 37.5: NV}),
    ("cb_aurore", "Crémant de Bourgogne Perle d'Aurore", "Louis Bouillot", "Crémant de Bourgogne", BG, "rosé", "vin", {75: NV}),
    ("cb_lugny", "Crémant de Bourgogne Brut", "Cave de Lugny", "Crémant de Bourgogne", BG, "effervescent", "vin", {75: NV, 150: NV}),
    ("cb_ambal", "Crémant de Bourgogne Grande Cuvée", "Veuve Ambal", "Crémant de Bourgogne", BG, "effervescent", "vin", {75: NV}),
    # --- Côte Chalonnaise reds
    ("merc_framb", "Mercurey La Framboisière", "Domaine Faiveley", "Mercurey", BG, "rouge", "vin", {75: [2020, 2021]}),
    ("merc_myglands", "Mercurey 1er Cru Clos des Myglands", "Domaine Faiveley", "Mercurey 1er Cru", BG, "rouge", "vin", {75: [2019], 150: [2019]}),
    ("merc_chamirey", "Mercurey", "Château de Chamirey", "Mercurey", BG, "rouge", "vin", {75: [2021]}),
    ("merc_chamirey_bl", "Mercurey Blanc", "Château de Chamirey", "Mercurey", BG, "blanc", "vin", {75: [2022]}),
    ("givry_joblot", "Givry 1er Cru Clos de la Servoisine", "Domaine Joblot", "Givry 1er Cru", BG, "rouge", "vin", {75: [2020]}),
    ("givry_ragot", "Givry", "Domaine Ragot", "Givry", BG, "rouge", "vin", {75: [2020, 2021], 37.5: [2021]}),
    # --- Beaujolais
    ("mav_jacques", "Moulin-à-Vent Château des Jacques", "Louis Jadot", "Moulin-à-Vent", BJ, "rouge", "vin", {75: [2019, 2020]}),
    ("mav_rochegres", "Moulin-à-Vent Clos de Rochegrès", "Louis Jadot", "Moulin-à-Vent", BJ, "rouge", "vin", {75: [2019]}),
    ("fleurie_roilette", "Fleurie Clos de la Roilette", "Domaine Coudert", "Fleurie", BJ, "rouge", "vin", {75: [2022]}),
    ("fleurie_duboeuf", "Fleurie", "Georges Duboeuf", "Fleurie", BJ, "rouge", "vin", {75: [2023], 37.5: [2023]}),
    ("morgon_py", "Morgon Côte du Py", "Jean-Marc Burgaud", "Morgon", BJ, "rouge", "vin", {75: [2020, 2022]}),
    ("morgon_lapierre", "Morgon", "Marcel Lapierre", "Morgon", BJ, "rouge", "vin", {75: [2022], 150: [2021]}),
    ("stamour", "Saint-Amour", "Georges Duboeuf", "Saint-Amour", BJ, "rouge", "vin", {75: [2022]}),
    ("julienas", "Juliénas Château des Capitans", "Georges Duboeuf", "Juliénas", BJ, "rouge", "vin", {75: [2021, 2022]}),
    ("chenas", "Chénas", "Domaine Thillardon", "Chénas", BJ, "rouge", "vin", {75: [2021]}),
    ("brouilly", "Brouilly", "Château de la Chaize", "Brouilly", BJ, "rouge", "vin", {75: [2022, 2023]}),
    ("bjv", "Beaujolais-Villages", "Georges Duboeuf", "Beaujolais-Villages", BJ, "rouge", "vin", {75: [2023]}),
    # --- spirits
    ("marc", "Marc de Bourgogne", "Briottet", "Marc de Bourgogne", BG, None, "spiritueux", {70: NV}),
    ("marc_ha", "Marc de Bourgogne Hors d'Âge", "Briottet", "Marc de Bourgogne", BG, None, "spiritueux", {70: NV}),
    ("fine", "Fine de Bourgogne", "Briottet", "Fine de Bourgogne", BG, None, "spiritueux", {70: NV}),
    ("glen12", "Glenfiddich 12 ans", "Glenfiddich", None, "Speyside", None, "spiritueux", {70: NV}),
    ("laga16", "Lagavulin 16 ans", "Lagavulin", None, "Islay", None, "spiritueux", {70: NV}),
    ("talisker", "Talisker 10 ans", "Talisker", None, "Skye", None, "spiritueux", {70: NV}),
    ("nikka", "Nikka From the Barrel", "Nikka", None, "Japon", None, "spiritueux", {50: NV}),
    ("jameson", "Jameson", "Jameson", None, "Irlande", None, "spiritueux", {70: NV}),
    ("jackd", "Jack Daniel's Old No. 7", "Jack Daniel's", None, "Tennessee", None, "spiritueux", {70: NV}),
    ("hennessy", "Hennessy VS", "Hennessy", "Cognac", "Cognac", None, "spiritueux", {70: NV}),
    ("diplo", "Diplomático Reserva Exclusiva", "Diplomático", None, "Venezuela", None, "spiritueux", {70: NV}),
    ("hendricks", "Hendrick's Gin", "Hendrick's", None, "Écosse", None, "spiritueux", {70: NV}),
    ("get27", "Get 27", "Get", None, None, None, "spiritueux", {70: NV}),
    ("chartreuse", "Chartreuse Verte", "Chartreuse", None, "Isère", None, "spiritueux", {70: NV}),
    # --- aperitifs
    ("ricard", "Ricard", "Ricard", None, None, None, "autre", {100: NV}),
    ("p51", "Pastis 51", "Pernod", None, None, None, "autre", {100: NV}),
    ("suze", "Suze", "Suze", None, None, None, "autre", {100: NV}),
    ("martini_b", "Martini Bianco", "Martini", None, "Italie", None, "autre", {100: NV}),
    ("martini_r", "Martini Rosso", "Martini", None, "Italie", None, "autre", {100: NV}),
    ("lillet", "Lillet Blanc", "Lillet", None, "Bordeaux", None, "autre", {75: NV}),
    ("cassis", "Crème de Cassis de Bourgogne", "Lejay-Lagoute", "Crème de Cassis de Bourgogne", BG, None, "autre", {70: NV}),
    # --- beers
    ("k1664", "1664", "Kronenbourg", None, "Alsace", None, "bière", {3000: NV, 25: NV}),
    ("grim_bl", "Grimbergen Blonde", "Grimbergen", None, "Belgique", None, "bière", {2000: NV}),
    ("grim_amb", "Grimbergen Ambrée", "Grimbergen", None, "Belgique", None, "bière", {33: NV}),
    ("leffe", "Leffe Blonde", "Leffe", None, "Belgique", None, "bière", {33: NV}),
    ("chimay", "Chimay Bleue", "Chimay", None, "Belgique", None, "bière", {33: NV}),
    ("desperados", "Desperados", "Desperados", None, None, None, "bière", {33: NV}),
    ("heineken", "Heineken", "Heineken", None, "Pays-Bas", None, "bière", {25: NV}),
    # --- softs and waters
    ("coca", "Coca-Cola", "Coca-Cola", None, None, None, "soft", {33: NV}),
    ("coca0", "Coca-Cola Zéro", "Coca-Cola", None, None, None, "soft", {33: NV}),
    ("orangina", "Orangina", "Orangina", None, None, None, "soft", {25: NV}),
    ("schweppes", "Schweppes Indian Tonic", "Schweppes", None, None, None, "soft", {25: NV}),
    ("oasis", "Oasis Tropical", "Oasis", None, None, None, "soft", {25: NV}),
    ("icetea", "Lipton Ice Tea Pêche", "Lipton", None, None, None, "soft", {25: NV}),
    ("perrier", "Perrier", "Perrier", None, None, None, "soft", {33: NV}),
    ("badoit", "Badoit", "Badoit", None, None, None, "soft", {100: NV}),
    ("evian", "Evian", "Evian", None, None, None, "soft", {50: NV, 100: NV}),
    ("sanpe", "San Pellegrino", "San Pellegrino", None, "Italie", None, "soft", {100: NV}),
    ("milliat_pomme", "Jus de Pomme", "Alain Milliat", None, None, None, "soft", {33: NV}),
    ("milliat_abricot", "Nectar d'Abricot", "Alain Milliat", None, None, None, "soft", {33: NV}),
]

COUNTRY = {"Speyside": "Écosse", "Islay": "Écosse", "Skye": "Écosse", "Écosse": "Écosse",
           "Japon": "Japon", "Irlande": "Irlande", "Tennessee": "États-Unis",
           "Venezuela": "Venezuela", "Italie": "Italie", "Belgique": "Belgique",
           "Pays-Bas": "Pays-Bas", "Isère": "France"}
