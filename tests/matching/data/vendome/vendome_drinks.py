"""The drinks of the Hôtel-restaurant (Vendôme): one row a product.

(key, name, producer, appellation, region, country, colour, category, {format_cl: [vintages]})
A vintage of None means a non-vintage drink.  Ids are given in this order, formats
ascending, vintages ascending.
"""

L, BX, BG, CH, FR = "Loire", "Bordeaux", "Bourgogne", "Champagne", "France"
V = "vin"
NV = [None]

DRINKS = [
    # --- Coteaux du Vendômois, Loir valley ------------------------------------------------
    ("colin_pf", "Pierre-François", "Domaine Patrice Colin", "Coteaux du Vendômois", L, FR, "rouge", V, {37.5: [2022], 75: [2021, 2022]}),
    ("colin_gris", "Gris", "Domaine Patrice Colin", "Coteaux du Vendômois", L, FR, "rosé", V, {75: [2023]}),
    ("colin_bodin", "Gris Bodin", "Domaine Patrice Colin", "Coteaux du Vendômois", L, FR, "rosé", V, {75: [2021, 2022]}),
    ("colin_feu", "Pierre à Feu", "Domaine Patrice Colin", "Coteaux du Vendômois", L, FR, "blanc", V, {75: [2022]}),
    ("colin_emilien", "Les Vignes d'Émilien Colin", "Domaine Patrice Colin", "Coteaux du Vendômois", L, FR, "rouge", V, {75: [2020]}),
    ("vv_gris", "Coteaux du Vendômois Gris", "Les Vignerons du Vendômois", "Coteaux du Vendômois", L, FR, "rosé", V, {37.5: [2023], 75: [2023]}),
    ("vv_rouge", "Coteaux du Vendômois Rouge", "Les Vignerons du Vendômois", "Coteaux du Vendômois", L, FR, "rouge", V, {75: [2022]}),
    ("vv_blanc", "Coteaux du Vendômois Blanc", "Les Vignerons du Vendômois", "Coteaux du Vendômois", L, FR, "blanc", V, {75: [2023]}),
    ("bel_rosiers", "Les Rosiers", "Domaine de Bellivière", "Jasnières", L, FR, "blanc", V, {75: [2020, 2022]}),
    ("bel_effraie", "L'Effraie", "Domaine de Bellivière", "Coteaux du Loir", L, FR, "blanc", V, {75: [2022]}),
    # --- Cheverny, Touraine, Vouvray, Montlouis ------------------------------------------
    ("salvard_b", "Cheverny Blanc", "Domaine du Salvard", "Cheverny", L, FR, "blanc", V, {37.5: [2023], 75: [2022, 2023]}),
    ("salvard_r", "Cheverny Rouge", "Domaine du Salvard", "Cheverny", L, FR, "rouge", V, {75: [2022]}),
    ("tessier_cour", "Cour-Cheverny", "Domaine Philippe Tessier", "Cour-Cheverny", L, FR, "blanc", V, {75: [2020]}),
    ("mar_sauv", "Touraine Sauvignon", "Henry Marionnet", "Touraine", L, FR, "blanc", V, {75: [2023]}),
    ("mar_gamay", "Première Vendange", "Henry Marionnet", "Touraine", L, FR, "rouge", V, {75: [2023]}),
    ("huet_sec", "Le Mont Sec", "Domaine Huet", "Vouvray", L, FR, "blanc", V, {75: [2019, 2021]}),
    ("huet_ds", "Le Mont Demi-Sec", "Domaine Huet", "Vouvray", L, FR, "blanc", V, {75: [2020]}),
    ("huet_moel", "Le Haut-Lieu Moelleux", "Domaine Huet", "Vouvray", L, FR, "liquoreux", V, {37.5: [2018], 75: [2018]}),
    ("champalou_sec", "Vouvray Sec", "Domaine Champalou", "Vouvray", L, FR, "blanc", V, {75: [2022]}),
    ("champalou_brut", "Vouvray Brut", "Domaine Champalou", "Vouvray", L, FR, "effervescent", V, {75: NV}),
    ("tal_remus", "Rémus", "Domaine de la Taille aux Loups", "Montlouis-sur-Loire", L, FR, "blanc", V, {75: [2021, 2022]}),
    # --- Chinon, Bourgueil, Saumur ---------------------------------------------------------
    ("baudry_grez", "Les Grézeaux", "Domaine Bernard Baudry", "Chinon", L, FR, "rouge", V, {75: [2018, 2020], 150: [2018]}),
    ("baudry_dom", "Le Domaine", "Domaine Bernard Baudry", "Chinon", L, FR, "rouge", V, {37.5: [2021], 75: [2021]}),
    ("joguet_var", "Les Varennes du Grand Clos", "Charles Joguet", "Chinon", L, FR, "rouge", V, {75: [2017, 2019]}),
    ("couly_rose", "René Couly Rosé", "Couly-Dutheil", "Chinon", L, FR, "rosé", V, {75: [2023]}),
    ("druet_gm", "Grand Mont", "Pierre-Jacques Druet", "Bourgueil", L, FR, "rouge", V, {75: [2015, 2017]}),
    ("breton_trinch", "Trinch!", "Catherine et Pierre Breton", "Bourgueil", L, FR, "rouge", V, {75: [2022]}),
    ("amirault_malg", "Les Malgagnes", "Yannick Amirault", "Saint-Nicolas-de-Bourgueil", L, FR, "rouge", V, {75: [2019]}),
    ("villeneuve", "Saumur-Champigny", "Château de Villeneuve", "Saumur-Champigny", L, FR, "rouge", V, {37.5: [2021], 75: [2020, 2021]}),
    ("langlois_brut", "Crémant de Loire Brut", "Langlois-Château", "Crémant de Loire", L, FR, "effervescent", V, {37.5: NV, 75: NV}),
    ("langlois_rose", "Crémant de Loire Rosé", "Langlois-Château", "Crémant de Loire", L, FR, "rosé", V, {75: NV}),
    # --- Centre-Loire, Anjou sweet ----------------------------------------------------------
    ("vach_b", "Sancerre Blanc", "Domaine Vacheron", "Sancerre", L, FR, "blanc", V, {37.5: [2022], 75: [2022, 2023]}),
    ("vach_r", "Sancerre Rouge", "Domaine Vacheron", "Sancerre", L, FR, "rouge", V, {75: [2021]}),
    ("tracy", "Château de Tracy", "Château de Tracy", "Pouilly-Fumé", L, FR, "blanc", V, {75: [2022]}),
    ("baumard_qdc", "Quarts de Chaume", "Domaine des Baumard", "Quarts de Chaume", L, FR, "liquoreux", V, {50: [2016]}),
    # --- Bordeaux -------------------------------------------------------------------------
    ("chasse", "Château Chasse-Spleen", "Château Chasse-Spleen", "Moulis-en-Médoc", BX, FR, "rouge", V, {75: [2015, 2016, 2018], 150: [2015]}),
    ("sociando", "Château Sociando-Mallet", "Château Sociando-Mallet", "Haut-Médoc", BX, FR, "rouge", V, {75: [2016]}),
    ("amiral", "Amiral de Beychevelle", "Château Beychevelle", "Saint-Julien", BX, FR, "rouge", V, {75: [2018]}),
    ("meyney", "Château Meyney", "Château Meyney", "Saint-Estèphe", BX, FR, "rouge", V, {75: [2014, 2017]}),
    ("gcd", "Château Grand Corbin-Despagne", "Château Grand Corbin-Despagne", "Saint-Émilion Grand Cru", BX, FR, "rouge", V, {75: [2018]}),
    ("chantegrive_b", "Château de Chantegrive Blanc", "Château de Chantegrive", "Graves", BX, FR, "blanc", V, {75: [2021]}),
    ("coutet", "Château Coutet", "Château Coutet", "Barsac", BX, FR, "liquoreux", V, {37.5: [2016], 75: [2015]}),
    ("peylatour", "Château Pey La Tour", "Dourthe", "Bordeaux Supérieur", BX, FR, "rouge", V, {75: [2020, 2022]}),
    # --- Burgundy -------------------------------------------------------------------------
    ("jadot_couvent", "Couvent des Jacobins", "Louis Jadot", "Bourgogne", BG, FR, "rouge", V, {75: [2021]}),
    ("laroche_stm", "Saint Martin", "Domaine Laroche", "Chablis", BG, FR, "blanc", V, {37.5: [2022], 75: [2021, 2022]}),
    ("faiveley_fr", "La Framboisière", "Domaine Faiveley", "Mercurey", BG, FR, "rouge", V, {75: [2019]}),
    ("bouchard_beaune", "Beaune du Château Premier Cru", "Bouchard Père & Fils", "Beaune", BG, FR, "rouge", V, {75: [2018]}),
    ("ferret_pf", "Pouilly-Fuissé", "Domaine J.A. Ferret", "Pouilly-Fuissé", BG, FR, "blanc", V, {75: [2021]}),
    # --- Champagne ------------------------------------------------------------------------
    ("deutz_brut", "Brut Classic", "Deutz", "Champagne", CH, FR, "effervescent", "champagne", {37.5: NV, 75: NV, 150: NV}),
    ("deutz_rose", "Brut Rosé", "Deutz", "Champagne", CH, FR, "rosé", "champagne", {75: NV}),
    ("bolly_sc", "Special Cuvée", "Bollinger", "Champagne", CH, FR, "effervescent", "champagne", {75: NV, 150: NV}),
    ("ruinart_bdb", "Blanc de Blancs", "Ruinart", "Champagne", CH, FR, "effervescent", "champagne", {75: NV}),
    # --- Aperitifs ------------------------------------------------------------------------
    ("lillet_b", "Lillet Blanc", "Lillet", None, BX, FR, None, "autre", {75: NV}),
    ("martini_b", "Martini Bianco", "Martini & Rossi", None, None, "Italie", None, "autre", {100: NV}),
    ("suze", "Suze", "Suze", None, None, FR, None, "autre", {100: NV}),
    ("aperol", "Aperol", "Aperol", None, None, "Italie", None, "autre", {70: NV}),
    ("ricard", "Ricard", "Ricard", None, None, FR, None, "spiritueux", {100: NV}),
    ("p51", "Pastis 51", "Pernod", None, None, FR, None, "spiritueux", {100: NV}),
    ("taylor_lbv", "Taylor's Late Bottled Vintage", "Taylor's", "Porto", "Douro", "Portugal", None, "autre", {75: [2017, 2018]}),
    # --- Spirits and liqueurs -------------------------------------------------------------
    ("cointreau", "Cointreau", "Cointreau", None, L, FR, None, "spiritueux", {70: NV}),
    ("get27", "Get 27", "Get", None, None, FR, None, "spiritueux", {70: NV}),
    ("baileys", "Baileys Original Irish Cream", "Baileys", None, None, "Irlande", None, "spiritueux", {70: NV}),
    ("chivas12", "Chivas Regal 12 ans", "Chivas Brothers", None, "Speyside", "Écosse", None, "spiritueux", {70: NV}),
    ("jameson", "Jameson", "Jameson", None, None, "Irlande", None, "spiritueux", {70: NV}),
    ("jack", "Jack Daniel's Old No. 7", "Jack Daniel's", None, "Tennessee", "États-Unis", None, "spiritueux", {70: NV}),
    ("laphroaig10", "Laphroaig 10 ans", "Laphroaig", None, "Islay", "Écosse", None, "spiritueux", {70: NV}),
    ("glenf12", "Glenfiddich 12 ans", "Glenfiddich", None, "Speyside", "Écosse", None, "spiritueux", {70: NV}),
    ("glenf15", "Glenfiddich 15 ans", "Glenfiddich", None, "Speyside", "Écosse", None, "spiritueux", {70: NV}),
    ("remy_vsop", "Rémy Martin VSOP", "Rémy Martin", "Cognac", "Cognac", FR, None, "spiritueux", {70: NV}),
    ("hennessy_xo", "Hennessy XO", "Hennessy", "Cognac", "Cognac", FR, None, "spiritueux", {70: NV}),
    ("magloire_vsop", "Père Magloire VSOP", "Père Magloire", "Calvados Pays d'Auge", "Normandie", FR, None, "spiritueux", {70: NV}),
    ("laubade_mill", "Château de Laubade Millésime", "Château de Laubade", "Bas-Armagnac", "Gascogne", FR, None, "spiritueux", {70: [1990, 1995]}),
    ("massenez_poire", "Poire Williams", "Massenez", None, "Alsace", FR, None, "spiritueux", {70: NV}),
    ("havana3", "Havana Club 3 ans", "Havana Club", None, None, "Cuba", None, "spiritueux", {70: NV}),
    ("havana7", "Havana Club 7 ans", "Havana Club", None, None, "Cuba", None, "spiritueux", {70: NV}),
    ("diplomatico", "Diplomático Reserva Exclusiva", "Diplomático", None, None, "Venezuela", None, "spiritueux", {70: NV}),
    ("hendricks", "Hendrick's", "Hendrick's", None, None, "Écosse", None, "spiritueux", {70: NV}),
    ("greygoose", "Grey Goose", "Grey Goose", None, None, FR, None, "spiritueux", {70: NV}),
    # --- Beers: draught kegs and bottles ----------------------------------------------------
    ("kro_keg", "Kronenbourg", "Kronenbourg", None, "Alsace", FR, None, "bière", {3000: NV}),
    ("grim_keg", "Grimbergen Blonde", "Grimbergen", None, None, "Belgique", None, "bière", {2000: NV}),
    ("b1664_keg", "1664 Blanc", "Kronenbourg", None, "Alsace", FR, None, "bière", {2000: NV}),
    ("leffe_b", "Leffe Blonde", "Leffe", None, None, "Belgique", None, "bière", {33: NV}),
    ("chouffe", "La Chouffe", "Brasserie d'Achouffe", None, None, "Belgique", None, "bière", {33: NV}),
    ("desperados", "Desperados", "Heineken", None, None, FR, None, "bière", {33: NV}),
    ("heineken", "Heineken", "Heineken", None, None, "Pays-Bas", None, "bière", {25: NV}),
    # --- Softs and waters -------------------------------------------------------------------
    ("coca", "Coca-Cola", "Coca-Cola", None, None, FR, None, "soft", {33: NV}),
    ("coca_zero", "Coca-Cola Zéro", "Coca-Cola", None, None, FR, None, "soft", {33: NV}),
    ("orangina", "Orangina", "Orangina", None, None, FR, None, "soft", {25: NV}),
    ("schweppes", "Schweppes Indian Tonic", "Schweppes", None, None, FR, None, "soft", {25: NV}),
    ("perrier", "Perrier", "Perrier", None, None, FR, None, "soft", {33: NV}),
    ("badoit", "Badoit", "Badoit", None, None, FR, None, "soft", {100: NV}),
    ("evian", "Evian", "Evian", None, None, FR, None, "soft", {50: NV, 100: NV}),
]
