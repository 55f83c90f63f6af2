"""The drinks of the Bar & Brasserie of the Hôtel Saint-Aurèle (Paris 8e).

One line a product: key, name, producer, appellation, region, country, colour,
category, and {format_cl: [vintages]} (None for a non-vintage drink).
A draught beer is held as its keg (2,000 or 3,000 cl).
"""

C, B, S, F = "Champagne", "Bordeaux", "Bourgogne", "France"
EFF, RGE, BLC, RSE, LIQ = "effervescent", "rouge", "blanc", "rosé", "liquoreux"
NV = [None]

DRINKS = [
    # Champagnes
    ("henriot_souverain", "Henriot Brut Souverain", "Champagne Henriot", "Champagne", C, F, EFF, "champagne", {75: NV, 37.5: NV, 150: NV}),
    ("henriot_rose", "Henriot Brut Rosé", "Champagne Henriot", "Champagne", C, F, RSE, "champagne", {75: NV}),
    ("henriot_bdb", "Henriot Blanc de Blancs", "Champagne Henriot", "Champagne", C, F, EFF, "champagne", {75: NV}),
    ("henriot_mill", "Henriot Brut Millésime", "Champagne Henriot", "Champagne", C, F, EFF, "champagne", {75: [2012, 2014]}),
    ("henriot_hemera", "Henriot Hemera", "Champagne Henriot", "Champagne", C, F, EFF, "champagne", {75: [2006, 2008]}),
    ("philipponnat_royale", "Philipponnat Royale Réserve Brut", "Philipponnat", "Champagne", C, F, EFF, "champagne", {75: NV, 150: NV}),
    ("philipponnat_rose", "Philipponnat Royale Réserve Rosé", "Philipponnat", "Champagne", C, F, RSE, "champagne", {75: NV}),
    ("philipponnat_goisses", "Clos des Goisses", "Philipponnat", "Champagne", C, F, EFF, "champagne", {75: [2012, 2013]}),
    ("lanson_black", "Lanson Le Black Label Brut", "Lanson", "Champagne", C, F, EFF, "champagne", {75: NV, 37.5: NV, 150: NV}),
    ("lanson_rose", "Lanson Le Rosé", "Lanson", "Champagne", C, F, RSE, "champagne", {75: NV}),
    ("lanson_bdb", "Lanson Le Blanc de Blancs", "Lanson", "Champagne", C, F, EFF, "champagne", {75: NV}),
    ("lanson_noble", "Lanson Noble Cuvée Brut", "Lanson", "Champagne", C, F, EFF, "champagne", {75: [2004, 2008]}),
    ("jacquesson_745", "Jacquesson Cuvée 745", "Jacquesson", "Champagne", C, F, EFF, "champagne", {75: NV}),
    ("jacquesson_744", "Jacquesson Cuvée 744", "Jacquesson", "Champagne", C, F, EFF, "champagne", {150: NV}),
    ("drappier_carte", "Drappier Carte d'Or Brut", "Drappier", "Champagne", C, F, EFF, "champagne", {75: NV, 37.5: NV}),
    ("drappier_nature", "Drappier Brut Nature", "Drappier", "Champagne", C, F, EFF, "champagne", {75: NV}),
    ("drappier_sendree", "Drappier Grande Sendrée", "Drappier", "Champagne", C, F, EFF, "champagne", {75: [2012, 2015]}),
    # Bordeaux
    ("leoville_barton", "Château Léoville Barton", "Château Léoville Barton", "Saint-Julien", B, F, RGE, "vin", {75: [2010, 2015, 2016], 150: [2010]}),
    ("reserve_barton", "La Réserve de Léoville Barton", "Château Léoville Barton", "Saint-Julien", B, F, RGE, "vin", {75: [2018]}),
    ("langoa", "Château Langoa Barton", "Château Langoa Barton", "Saint-Julien", B, F, RGE, "vin", {75: [2016]}),
    ("cos", "Château Cos d'Estournel", "Château Cos d'Estournel", "Saint-Estèphe", B, F, RGE, "vin", {75: [2012, 2016]}),
    ("pagodes", "Les Pagodes de Cos", "Château Cos d'Estournel", "Saint-Estèphe", B, F, RGE, "vin", {75: [2017, 2019]}),
    ("calon", "Château Calon-Ségur", "Château Calon-Ségur", "Saint-Estèphe", B, F, RGE, "vin", {75: [2014, 2018]}),
    ("palmer", "Château Palmer", "Château Palmer", "Margaux", B, F, RGE, "vin", {75: [2011, 2015], 37.5: [2014]}),
    ("alter_ego", "Alter Ego de Palmer", "Château Palmer", "Margaux", B, F, RGE, "vin", {75: [2018]}),
    ("pichon_baron", "Château Pichon Baron", "Château Pichon Baron", "Pauillac", B, F, RGE, "vin", {75: [2014, 2016]}),
    ("figeac", "Château Figeac", "Château Figeac", "Saint-Émilion Grand Cru", B, F, RGE, "vin", {75: [2015, 2016], 150: [2015]}),
    ("angelus", "Château Angélus", "Château Angélus", "Saint-Émilion Grand Cru", B, F, RGE, "vin", {75: [2012]}),
    ("carillon", "Carillon d'Angélus", "Château Angélus", "Saint-Émilion Grand Cru", B, F, RGE, "vin", {75: [2019]}),
    ("smith_rouge", "Château Smith Haut Lafitte", "Château Smith Haut Lafitte", "Pessac-Léognan", B, F, RGE, "vin", {75: [2016, 2018]}),
    ("smith_blanc", "Château Smith Haut Lafitte Blanc", "Château Smith Haut Lafitte", "Pessac-Léognan", B, F, BLC, "vin", {75: [2019]}),
    ("clinet", "Château Clinet", "Château Clinet", "Pomerol", B, F, RGE, "vin", {75: [2015]}),
    ("yquem", "Château d'Yquem", "Château d'Yquem", "Sauternes", B, F, LIQ, "vin", {75: [2009, 2015], 37.5: [2011]}),
    # Burgundy
    ("rousseau_gevrey", "Gevrey-Chambertin", "Domaine Armand Rousseau", "Gevrey-Chambertin", S, F, RGE, "vin", {75: [2018, 2019]}),
    ("rousseau_chambertin", "Chambertin Grand Cru", "Domaine Armand Rousseau", "Chambertin", S, F, RGE, "vin", {75: [2015]}),
    ("vogue_chambolle", "Chambolle-Musigny", "Domaine Comte Georges de Vogüé", "Chambolle-Musigny", S, F, RGE, "vin", {75: [2017, 2019]}),
    ("vogue_musigny", "Musigny Vieilles Vignes", "Domaine Comte Georges de Vogüé", "Musigny", S, F, RGE, "vin", {75: [2014]}),
    ("lambrays", "Clos des Lambrays", "Domaine des Lambrays", "Clos des Lambrays", S, F, RGE, "vin", {75: [2016, 2017]}),
    ("grivot_vosne", "Vosne-Romanée", "Domaine Jean Grivot", "Vosne-Romanée", S, F, RGE, "vin", {75: [2019]}),
    ("grivot_bm", "Vosne-Romanée 1er Cru Les Beaux Monts", "Domaine Jean Grivot", "Vosne-Romanée", S, F, RGE, "vin", {75: [2017]}),
    ("drc_ech", "Échézeaux", "Domaine de la Romanée-Conti", "Échézeaux", S, F, RGE, "vin", {75: [2013]}),
    ("prieur_mazeray", "Meursault Clos de Mazeray", "Domaine Jacques Prieur", "Meursault", S, F, BLC, "vin", {75: [2019, 2020]}),
    ("latour_cc", "Corton-Charlemagne Grand Cru", "Maison Louis Latour", "Corton-Charlemagne", S, F, BLC, "vin", {75: [2017], 150: [2015]}),
    ("niellon", "Chassagne-Montrachet 1er Cru Les Vergers", "Domaine Michel Niellon", "Chassagne-Montrachet", S, F, BLC, "vin", {75: [2019]}),
    ("carillon_pm", "Puligny-Montrachet", "Domaine Jacques Carillon", "Puligny-Montrachet", S, F, BLC, "vin", {75: [2020]}),
    ("moreau_clos", "Chablis Grand Cru Les Clos", "Domaine Christian Moreau", "Chablis Grand Cru", S, F, BLC, "vin", {75: [2018, 2020], 37.5: [2019]}),
    ("moreau_chablis", "Chablis", "Domaine Christian Moreau", "Chablis", S, F, BLC, "vin", {75: [2022]}),
    # Other wines
    ("ott_mireille", "Clos Mireille Rosé", "Domaines Ott", "Côtes de Provence", "Provence", F, RSE, "vin", {75: [2022, 2023], 150: [2022]}),
    ("jolivet", "Sancerre", "Pascal Jolivet", "Sancerre", "Loire", F, BLC, "vin", {75: [2022], 37.5: [2022]}),
    ("beaucastel", "Château de Beaucastel", "Famille Perrin", "Châteauneuf-du-Pape", "Rhône", F, RGE, "vin", {75: [2017]}),
    ("cloudy", "Cloudy Bay Sauvignon Blanc", "Cloudy Bay", "Marlborough", "Marlborough", "New Zealand", BLC, "vin", {75: [2023]}),
    ("opus", "Opus One", "Opus One Winery", "Napa Valley", "California", "USA", RGE, "vin", {75: [2017]}),
    # Whiskies
    ("macallan_12", "The Macallan 12 Years Old Double Cask", "The Macallan", "Speyside Single Malt", "Speyside", "Scotland", None, "spiritueux", {70: NV}),
    ("macallan_18", "The Macallan 18 Years Old Sherry Oak", "The Macallan", "Speyside Single Malt", "Speyside", "Scotland", None, "spiritueux", {70: NV}),
    ("glenlivet_12", "The Glenlivet 12 Years Old", "The Glenlivet", "Speyside Single Malt", "Speyside", "Scotland", None, "spiritueux", {70: NV}),
    ("glenlivet_15", "The Glenlivet 15 Years Old French Oak Reserve", "The Glenlivet", "Speyside Single Malt", "Speyside", "Scotland", None, "spiritueux", {70: NV}),
    ("balvenie_12", "The Balvenie 12 Years Old DoubleWood", "The Balvenie", "Speyside Single Malt", "Speyside", "Scotland", None, "spiritueux", {70: NV}),
    ("balvenie_14", "The Balvenie 14 Years Old Caribbean Cask", "The Balvenie", "Speyside Single Malt", "Speyside", "Scotland", None, "spiritueux", {70: NV}),
    ("laphroaig_10", "Laphroaig 10 Years Old", "Laphroaig", "Islay Single Malt", "Islay", "Scotland", None, "spiritueux", {70: NV}),
    ("ardbeg_10", "Ardbeg Ten Years Old", "Ardbeg", "Islay Single Malt", "Islay", "Scotland", None, "spiritueux", {70: NV}),
    ("ardbeg_uig", "Ardbeg Uigeadail", "Ardbeg", "Islay Single Malt", "Islay", "Scotland", None, "spiritueux", {70: NV}),
    ("yamazaki_12", "Yamazaki 12 Years Old", "Suntory", "Japanese Single Malt", "Osaka", "Japan", None, "spiritueux", {70: NV}),
    ("jw_blue", "Johnnie Walker Blue Label", "Johnnie Walker", "Blended Scotch Whisky", "Scotland", "Scotland", None, "spiritueux", {70: NV}),
    ("blantons", "Blanton's Original Single Barrel", "Blanton's", "Kentucky Straight Bourbon", "Kentucky", "USA", None, "spiritueux", {70: NV}),
    # Cognacs
    ("hine_vsop", "Hine Rare VSOP", "Hine", "Cognac Fine Champagne", "Cognac", F, None, "spiritueux", {70: NV}),
    ("hine_xo", "Hine Antique XO", "Hine", "Cognac Grande Champagne", "Cognac", F, None, "spiritueux", {70: NV}),
    ("otard_vs", "Otard VS", "Baron Otard", "Cognac", "Cognac", F, None, "spiritueux", {70: NV}),
    ("otard_vsop", "Otard VSOP", "Baron Otard", "Cognac", "Cognac", F, None, "spiritueux", {70: NV}),
    ("delamain_xo", "Delamain Pale & Dry XO", "Delamain", "Cognac Grande Champagne", "Cognac", F, None, "spiritueux", {70: NV}),
    ("louis13", "Louis XIII", "Rémy Martin", "Cognac Grande Champagne", "Cognac", F, None, "spiritueux", {70: NV}),
    # Rums
    ("diplomatico", "Diplomático Reserva Exclusiva", "Diplomático", "Rum", "Lara", "Venezuela", None, "spiritueux", {70: NV}),
    ("zacapa", "Ron Zacapa Centenario 23", "Ron Zacapa", "Rum", "Quetzaltenango", "Guatemala", None, "spiritueux", {70: NV}),
    ("appleton12", "Appleton Estate 12 Years Old Rare Casks", "Appleton Estate", "Jamaica Rum", "Jamaica", "Jamaica", None, "spiritueux", {70: NV}),
    ("mountgay_xo", "Mount Gay XO", "Mount Gay", "Barbados Rum", "Barbados", "Barbados", None, "spiritueux", {70: NV}),
    ("neisson_blanc", "Neisson Rhum Blanc Agricole", "Neisson", "Rhum de la Martinique", "Martinique", F, None, "spiritueux", {70: NV}),
    # Gins
    ("botanist", "The Botanist Islay Dry Gin", "Bruichladdich", "Gin", "Islay", "Scotland", None, "spiritueux", {70: NV}),
    ("sipsmith", "Sipsmith London Dry Gin", "Sipsmith", "London Dry Gin", "London", "England", None, "spiritueux", {70: NV}),
    ("plymouth", "Plymouth Gin Original", "Plymouth", "Gin", "Plymouth", "England", None, "spiritueux", {70: NV}),
    ("kinobi", "Ki No Bi Kyoto Dry Gin", "The Kyoto Distillery", "Gin", "Kyoto", "Japan", None, "spiritueux", {70: NV}),
    # Vodkas
    ("greygoose", "Grey Goose", "Grey Goose", "Vodka", "Cognac", F, None, "spiritueux", {70: NV}),
    ("belvedere", "Belvedere", "Belvedere", "Vodka", "Mazovia", "Poland", None, "spiritueux", {70: NV}),
    ("beluga", "Beluga Noble", "Beluga", "Vodka", "Siberia", "Russia", None, "spiritueux", {70: NV}),
    # Tequilas
    ("casamigos_blanco", "Casamigos Blanco", "Casamigos", "Tequila", "Jalisco", "Mexico", None, "spiritueux", {70: NV}),
    ("casamigos_rep", "Casamigos Reposado", "Casamigos", "Tequila", "Jalisco", "Mexico", None, "spiritueux", {70: NV}),
    ("clase_azul", "Clase Azul Reposado", "Clase Azul", "Tequila", "Jalisco", "Mexico", None, "spiritueux", {70: NV}),
    # Liqueurs
    ("grand_marnier", "Grand Marnier Cordon Rouge", "Grand Marnier", "Liqueur", "Cognac", F, None, "spiritueux", {70: NV}),
    ("cointreau", "Cointreau", "Cointreau", "Liqueur", "Anjou", F, None, "spiritueux", {70: NV}),
    ("benedictine", "Bénédictine D.O.M.", "Bénédictine", "Liqueur", "Normandie", F, None, "spiritueux", {70: NV}),
    ("disaronno", "Disaronno Originale", "Illva Saronno", "Amaretto", "Lombardia", "Italy", None, "spiritueux", {70: NV}),
    ("baileys", "Baileys Original Irish Cream", "Baileys", "Cream Liqueur", "Dublin", "Ireland", None, "spiritueux", {70: NV}),
    ("stgermain", "St-Germain", "St-Germain", "Elderflower Liqueur", "Paris", F, None, "spiritueux", {70: NV}),
    # Beers
    ("stella", "Stella Artois", "AB InBev", None, "Leuven", "Belgium", None, "bière", {3000: NV}),
    ("goose_ipa_keg", "Goose Island IPA", "Goose Island", None, "Chicago", "USA", None, "bière", {2000: NV}),
    ("goose_ipa_btl", "Goose Island IPA", "Goose Island", None, "Chicago", "USA", None, "bière", {35.5: NV}),
    ("asahi", "Asahi Super Dry", "Asahi", None, "Tokyo", "Japan", None, "bière", {33: NV}),
    ("punk", "Punk IPA", "BrewDog", None, "Ellon", "Scotland", None, "bière", {33: NV}),
    ("lucky", "Lucky Saint Unfiltered Lager 0.5%", "Lucky Saint", None, "London", "England", None, "bière", {33: NV}),
    # Waters and softs
    ("voss_still", "Voss Still", "Voss", None, None, "Norway", None, "soft", {80: NV, 37.5: NV}),
    ("voss_spark", "Voss Sparkling", "Voss", None, None, "Norway", None, "soft", {80: NV}),
    ("coke", "Coca-Cola", "Coca-Cola", None, None, F, None, "soft", {33: NV}),
    ("fever_tonic", "Fever-Tree Premium Indian Tonic Water", "Fever-Tree", None, None, "England", None, "soft", {20: NV}),
    ("fever_ginger", "Fever-Tree Ginger Beer", "Fever-Tree", None, None, "England", None, "soft", {20: NV}),
    ("redbull", "Red Bull", "Red Bull", None, None, "Austria", None, "soft", {25: NV}),
]
