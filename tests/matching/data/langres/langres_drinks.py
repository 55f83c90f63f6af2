"""Drinks of the invented Hôtel des Remparts (Langres): key, fields, {format_cl: [vintages]}.

Non-vintage drinks hold [None]. The order here is the order of the library ids.
"""

CH = "Champagne"
BG = "Bourgogne"
AL = "Alsace"
HM = "Haute-Marne"

N = [None]

# key, name, producer, appellation, region, colour, category, {format: [vintages]}
DRINKS = [
    # Champagne, Marne
    ("moet", "Brut Impérial", "Moët & Chandon", "Champagne", CH, "effervescent", "champagne", {75: N, 37.5: N, 150: N}),
    ("ruinart_bdb", "Blanc de Blancs", "Ruinart", "Champagne", CH, "effervescent", "champagne", {75: N}),
    ("bolly", "Special Cuvée", "Bollinger", "Champagne", CH, "effervescent", "champagne", {75: N, 150: N}),
    ("taitt_br", "Brut Réserve", "Taittinger", "Champagne", CH, "effervescent", "champagne", {75: N, 37.5: N}),
    ("taitt_rose", "Prestige Rosé", "Taittinger", "Champagne", CH, "rosé", "champagne", {75: N}),
    ("billecart_rose", "Brut Rosé", "Billecart-Salmon", "Champagne", CH, "rosé", "champagne", {75: N}),
    ("polroger_v", "Brut Vintage", "Pol Roger", "Champagne", CH, "effervescent", "champagne", {75: [2013, 2015]}),
    ("veuve", "Brut Carte Jaune", "Veuve Clicquot", "Champagne", CH, "effervescent", "champagne", {75: N, 37.5: N}),
    ("lp_cuvee", "La Cuvée", "Laurent-Perrier", "Champagne", CH, "effervescent", "champagne", {75: N}),
    ("lp_rose", "Cuvée Rosé", "Laurent-Perrier", "Champagne", CH, "rosé", "champagne", {75: N}),
    # Champagne, Aube (Côte des Bar)
    ("drap_cdo", "Carte d'Or Brut", "Drappier", "Champagne", CH, "effervescent", "champagne", {75: N, 150: N}),
    ("drap_bn", "Brut Nature", "Drappier", "Champagne", CH, "effervescent", "champagne", {75: N}),
    ("devaux_gr", "Grande Réserve", "Devaux", "Champagne", CH, "effervescent", "champagne", {75: N, 37.5: N}),
    ("fleury_bdn", "Blanc de Noirs Brut", "Fleury", "Champagne", CH, "effervescent", "champagne", {75: N}),
    ("riceys", "Rosé des Riceys", "Alexandre Bonnet", "Rosé des Riceys", CH, "rosé", "vin", {75: [2018, 2020]}),
    # Haute-Marne
    ("coiffy_rg", "Coteaux de Coiffy Pinot Noir", "Domaine Florence Pelletier", "Coteaux de Coiffy", HM, "rouge", "vin", {75: [2021, 2022]}),
    ("coiffy_bl", "Coteaux de Coiffy Auxerrois", "Domaine Florence Pelletier", "Coteaux de Coiffy", HM, "blanc", "vin", {75: [2022]}),
    ("muid", "Chardonnay", "Le Muid Montsaugeonnais", "Haute-Marne", HM, "blanc", "vin", {75: [2022]}),
    # Burgundy whites
    ("laroche_stm", "Chablis Saint Martin", "Domaine Laroche", "Chablis", BG, "blanc", "vin", {75: [2021, 2022], 37.5: [2021]}),
    ("fevre_vaillons", "Chablis Premier Cru Vaillons", "William Fèvre", "Chablis Premier Cru", BG, "blanc", "vin", {75: [2019, 2020]}),
    ("fevre_bougros", "Chablis Grand Cru Bougros", "William Fèvre", "Chablis Grand Cru", BG, "blanc", "vin", {75: [2018]}),
    ("brocard_pc", "Petit Chablis", "Jean-Marc Brocard", "Petit Chablis", BG, "blanc", "vin", {75: [2022]}),
    ("jadot_chard", "Bourgogne Chardonnay Couvent des Jacobins", "Louis Jadot", "Bourgogne", BG, "blanc", "vin", {75: [2021]}),
    ("villaine_bouz", "Bouzeron", "A. et P. de Villaine", "Bouzeron", BG, "blanc", "vin", {75: [2020, 2021]}),
    ("lugny", "Mâcon-Lugny Les Charmes", "Cave de Lugny", "Mâcon-Lugny", BG, "blanc", "vin", {75: [2022]}),
    ("ferret_pf", "Pouilly-Fuissé", "Domaine J.A. Ferret", "Pouilly-Fuissé", BG, "blanc", "vin", {75: [2020]}),
    ("deuxroches", "Saint-Véran Vieilles Vignes", "Domaine des Deux Roches", "Saint-Véran", BG, "blanc", "vin", {75: [2022]}),
    ("bouchard_meurs", "Meursault", "Bouchard Père & Fils", "Meursault", BG, "blanc", "vin", {75: [2019, 2020], 37.5: [2019]}),
    ("leflaive_pul", "Puligny-Montrachet", "Olivier Leflaive", "Puligny-Montrachet", BG, "blanc", "vin", {75: [2020]}),
    ("buxy_mont", "Montagny Premier Cru", "Cave de Buxy", "Montagny Premier Cru", BG, "blanc", "vin", {75: [2021]}),
    ("goisot_alig", "Bourgogne Aligoté", "Domaine Goisot", "Bourgogne Aligoté", BG, "blanc", "vin", {75: [2022]}),
    # Burgundy reds and rosé
    ("faiv_gevrey", "Gevrey-Chambertin", "Domaine Faiveley", "Gevrey-Chambertin", BG, "rouge", "vin", {75: [2018, 2019, 2020], 150: [2018]}),
    ("faiv_nuits", "Nuits-Saint-Georges", "Domaine Faiveley", "Nuits-Saint-Georges", BG, "rouge", "vin", {75: [2019]}),
    ("faiv_merc", "Mercurey La Framboisière", "Domaine Faiveley", "Mercurey", BG, "rouge", "vin", {75: [2020, 2021], 37.5: [2020]}),
    ("jadot_ursules", "Beaune Premier Cru Clos des Ursules", "Louis Jadot", "Beaune Premier Cru", BG, "rouge", "vin", {75: [2017, 2018]}),
    ("jadot_pn", "Bourgogne Pinot Noir Couvent des Jacobins", "Louis Jadot", "Bourgogne", BG, "rouge", "vin", {75: [2020, 2021]}),
    ("latour_pommard", "Pommard", "Louis Latour", "Pommard", BG, "rouge", "vin", {75: [2019]}),
    ("clair_mars_rg", "Marsannay", "Domaine Bruno Clair", "Marsannay", BG, "rouge", "vin", {75: [2020]}),
    ("clair_mars_rs", "Marsannay Rosé", "Domaine Bruno Clair", "Marsannay", BG, "rosé", "vin", {75: [2022]}),
    ("hcn", "Hautes-Côtes de Nuits", "Cave des Hautes-Côtes", "Bourgogne Hautes-Côtes de Nuits", BG, "rouge", "vin", {75: [2021], 37.5: [2021]}),
    ("colinot_irancy", "Irancy", "Domaine Colinot", "Irancy", BG, "rouge", "vin", {75: [2020]}),
    ("fixin", "Fixin", "Domaine Pierre Gelin", "Fixin", BG, "rouge", "vin", {75: [2019, 2020]}),
    ("bailly_res", "Crémant de Bourgogne Réserve Brut", "Bailly Lapierre", "Crémant de Bourgogne", BG, "effervescent", "vin", {75: N}),
    ("bailly_rose", "Crémant de Bourgogne Rosé Brut", "Bailly Lapierre", "Crémant de Bourgogne", BG, "rosé", "vin", {75: N}),
    # Alsace
    ("trimbach_ries", "Riesling", "Trimbach", "Alsace", AL, "blanc", "vin", {75: [2020, 2021]}),
    ("trimbach_cfe", "Riesling Cuvée Frédéric Emile", "Trimbach", "Alsace", AL, "blanc", "vin", {75: [2014]}),
    ("hugel_gewurz", "Gewurztraminer Classic", "Hugel", "Alsace", AL, "blanc", "vin", {75: [2020]}),
    ("hugel_vt", "Gewurztraminer Vendange Tardive", "Hugel", "Alsace", AL, "liquoreux", "vin", {50: [2015]}),
    ("hugel_gentil", "Gentil", "Hugel", "Alsace", AL, "blanc", "vin", {75: [2022]}),
    ("blanck_pg", "Pinot Gris", "Domaine Paul Blanck", "Alsace", AL, "blanc", "vin", {75: [2021]}),
    ("ostertag_sylv", "Sylvaner Vieilles Vignes", "Domaine Ostertag", "Alsace", AL, "blanc", "vin", {75: [2021]}),
    ("mann_pn", "Pinot Noir", "Domaine Albert Mann", "Alsace", AL, "rouge", "vin", {75: [2020]}),
    ("dopff_julien", "Crémant d'Alsace Cuvée Julien", "Dopff au Moulin", "Crémant d'Alsace", AL, "effervescent", "vin", {75: N, 37.5: N}),
    # Spirits
    ("drap_marc", "Marc de Champagne", "Drappier", "", CH, None, "spiritueux", {70: N}),
    ("bejot_marc", "Marc de Bourgogne", "Jean-Baptiste Béjot", "", BG, None, "spiritueux", {70: N}),
    ("remy_vsop", "Rémy Martin VSOP", "Rémy Martin", "Cognac", "Cognac", None, "spiritueux", {70: N}),
    ("remy_xo", "Rémy Martin XO", "Rémy Martin", "Cognac", "Cognac", None, "spiritueux", {70: N}),
    ("magloire", "Calvados Pays d'Auge VSOP", "Père Magloire", "Calvados Pays d'Auge", "Normandie", None, "spiritueux", {70: N}),
    ("glen12", "Glenfiddich 12 ans", "Glenfiddich", "", "Speyside", None, "spiritueux", {70: N}),
    ("glen15", "Glenfiddich 15 ans", "Glenfiddich", "", "Speyside", None, "spiritueux", {70: N}),
    ("chivas12", "Chivas Regal 12 ans", "Chivas Brothers", "", "Écosse", None, "spiritueux", {70: N}),
    ("diplo", "Diplomático Reserva Exclusiva", "Diplomático", "", "Venezuela", None, "spiritueux", {70: N}),
    ("hendricks", "Hendrick's Gin", "Hendrick's", "", "Écosse", None, "spiritueux", {70: N}),
    ("greygoose", "Grey Goose Vodka", "Grey Goose", "", "France", None, "spiritueux", {70: N}),
    ("massenez_poire", "Poire Williams", "Massenez", "", AL, None, "spiritueux", {70: N}),
    ("massenez_mir", "Mirabelle", "Massenez", "", AL, None, "spiritueux", {70: N}),
    ("chartreuse", "Chartreuse Verte", "Chartreuse", "", "Isère", None, "spiritueux", {70: N}),
    ("cointreau", "Cointreau", "Cointreau", "", "Anjou", None, "spiritueux", {70: N}),
    ("get27", "Get 27", "Get", "", "France", None, "spiritueux", {70: N}),
    ("lejay_cassis", "Crème de Cassis de Dijon", "Lejay-Lagoute", "", BG, None, "spiritueux", {70: N}),
    ("ricard", "Ricard", "Ricard", "", "France", None, "spiritueux", {100: N}),
    ("p51", "Pastis 51", "Pernod", "", "France", None, "spiritueux", {100: N}),
    # Aperitifs
    ("lillet", "Lillet Blanc", "Lillet", "", "Bordeaux", None, "autre", {75: N}),
    ("martini_b", "Martini Bianco", "Martini", "", "Italie", None, "autre", {100: N}),
    ("martini_r", "Martini Rosso", "Martini", "", "Italie", None, "autre", {100: N}),
    ("suze", "Suze", "Suze", "", "France", None, "autre", {100: N}),
    ("porto_sand", "Porto Ruby", "Sandeman", "Porto", "Douro", None, "autre", {75: N}),
    ("porto_tawny", "Porto Tawny 10 ans", "Taylor's", "Porto", "Douro", None, "autre", {75: N}),
    ("drap_ratafia", "Ratafia Champenois", "Drappier", "", CH, None, "autre", {70: N}),
    ("aperol", "Aperol", "Aperol", "", "Italie", None, "autre", {70: N}),
    # Beers
    ("kro", "Kronenbourg", "Kronenbourg", "", AL, None, "bière", {3000: N, 25: N}),
    ("grim_f", "Grimbergen Blonde", "Grimbergen", "", "Belgique", None, "bière", {2000: N}),
    ("b1664_f", "1664 Blanc", "Kronenbourg", "", AL, None, "bière", {2000: N}),
    ("leffe", "Leffe Blonde", "Leffe", "", "Belgique", None, "bière", {33: N}),
    ("leffe_ruby", "Leffe Ruby", "Leffe", "", "Belgique", None, "bière", {33: N}),
    ("chimay_bleue", "Chimay Bleue", "Chimay", "", "Belgique", None, "bière", {33: N}),
    ("desperados", "Desperados", "Heineken", "", "France", None, "bière", {33: N}),
    ("heineken00", "Heineken 0.0", "Heineken", "", "Pays-Bas", None, "bière", {25: N}),
    # Softs and waters
    ("coca", "Coca-Cola", "Coca-Cola", "", "", None, "soft", {33: N}),
    ("coca_zero", "Coca-Cola Zéro", "Coca-Cola", "", "", None, "soft", {33: N}),
    ("orangina", "Orangina", "Orangina", "", "", None, "soft", {25: N}),
    ("schweppes", "Schweppes Indian Tonic", "Schweppes", "", "", None, "soft", {25: N}),
    ("perrier", "Perrier", "Perrier", "", "", None, "soft", {33: N}),
    ("badoit", "Badoit", "Badoit", "", "", None, "soft", {50: N, 100: N}),
    ("evian", "Evian", "Evian", "", "", None, "soft", {50: N, 100: N}),
    ("vittel", "Vittel", "Vittel", "", "", None, "soft", {100: N}),
    ("milliat_or", "Jus d'orange", "Alain Milliat", "", "", None, "soft", {20: N}),
]
