"""Drinks of "Le Relais des Canaux" (Montargis). One row per wine or drink:
(key, name, producer, appellation, region, country, colour, category, {format_cl: [vintages]}).
Each format x vintage is one library entry; ids mq001... follow this order."""
L, B, BJ, R, C, F = "Loire", "Bordeaux", "Beaujolais", "Vallée du Rhône", "Champagne", "France"
DRINKS = [
    # Loire
    ("baronnes", "Sancerre Les Baronnes", "Henri Bourgeois", "Sancerre", L, F, "blanc", "vin", {75: [2021, 2022], 37.5: [2022], 150: [2020]}),
    ("baronnes_rg", "Sancerre Les Baronnes rouge", "Henri Bourgeois", "Sancerre", L, F, "rouge", "vin", {75: [2020]}),
    ("bourgeoise", "Sancerre La Bourgeoise", "Henri Bourgeois", "Sancerre", L, F, "blanc", "vin", {75: [2019]}),
    ("vacheron", "Sancerre", "Domaine Vacheron", "Sancerre", L, F, "blanc", "vin", {75: [2022]}),
    ("angelots", "Pouilly-Fumé Les Angelots", "Masson-Blondelet", "Pouilly-Fumé", L, F, "blanc", "vin", {75: [2022, 2023]}),
    ("mardon", "Quincy Très Vieilles Vignes", "Domaine Mardon", "Quincy", L, F, "blanc", "vin", {75: [2022]}),
    ("trotereau", "Quincy", "Domaine Trotereau", "Quincy", L, F, "blanc", "vin", {75: [2021, 2023]}),
    ("pelle", "Menetou-Salon Morogues", "Domaine Pellé", "Menetou-Salon", L, F, "blanc", "vin", {75: [2022]}),
    ("lafond", "Reuilly rosé La Grande Pièce", "Domaine Claude Lafond", "Reuilly", L, F, "rosé", "vin", {75: [2023]}),
    ("corbillieres", "Touraine Sauvignon", "Domaine des Corbillières", "Touraine", L, F, "blanc", "vin", {75: [2023], 37.5: [2023]}),
    ("marionnet", "Touraine Gamay Première Vendange", "Henry Marionnet", "Touraine", L, F, "rouge", "vin", {75: [2022]}),
    ("huet", "Vouvray Le Haut-Lieu sec", "Domaine Huet", "Vouvray", L, F, "blanc", "vin", {75: [2019, 2021]}),
    ("joguet", "Chinon Cuvée Terroir", "Charles Joguet", "Chinon", L, F, "rouge", "vin", {75: [2020, 2022]}),
    ("baudry", "Chinon Les Granges", "Bernard Baudry", "Chinon", L, F, "rouge", "vin", {75: [2022]}),
    ("rochesneuves", "Saumur-Champigny Terres Chaudes", "Domaine des Roches Neuves", "Saumur-Champigny", L, F, "rouge", "vin", {75: [2021]}),
    ("butte", "Bourgueil Le Haut de la Butte", "Domaine de la Butte", "Bourgueil", L, F, "rouge", "vin", {75: [2020]}),
    ("briords", "Muscadet Clos des Briords", "Domaine de la Pépière", "Muscadet Sèvre et Maine sur lie", L, F, "blanc", "vin", {75: [2022]}),
    ("forges", "Coteaux du Layon Saint-Aubin", "Domaine des Forges", "Coteaux du Layon", L, F, "liquoreux", "vin", {50: [2018]}),
    ("langlois", "Crémant de Loire Brut Réserve", "Langlois-Château", "Crémant de Loire", L, F, "effervescent", "vin", {75: [None]}),
    ("langlois_rs", "Crémant de Loire Brut Rosé", "Langlois-Château", "Crémant de Loire", L, F, "rosé", "vin", {75: [None]}),
    ("villargeau_bl", "Coteaux du Giennois blanc", "Domaine de Villargeau", "Coteaux du Giennois", L, F, "blanc", "vin", {75: [2022]}),
    ("villargeau_rg", "Coteaux du Giennois rouge", "Domaine de Villargeau", "Coteaux du Giennois", L, F, "rouge", "vin", {75: [2022]}),
    ("fiacre", "Orléans rouge", "Clos Saint-Fiacre", "Orléans", L, F, "rouge", "vin", {75: [2022]}),
    ("salvard", "Cheverny blanc", "Domaine du Salvard", "Cheverny", L, F, "blanc", "vin", {75: [2023]}),
    # Bordeaux
    ("mirambeau_rg", "Château Tour de Mirambeau rouge", "Vignobles Despagne", "Bordeaux", B, F, "rouge", "vin", {75: [2019, 2020]}),
    ("mirambeau_bl", "Château Tour de Mirambeau blanc", "Vignobles Despagne", "Bordeaux", B, F, "blanc", "vin", {75: [2022]}),
    ("puygueraud", "Château Puygueraud", "Famille Thienpont", "Francs Côtes de Bordeaux", B, F, "rouge", "vin", {75: [2018]}),
    ("cantemerle", "Château Cantemerle", "Château Cantemerle", "Haut-Médoc", B, F, "rouge", "vin", {75: [2016, 2018], 150: [2016]}),
    ("lanessan", "Château Lanessan", "Château Lanessan", "Haut-Médoc", B, F, "rouge", "vin", {75: [2017]}),
    ("fombrauge", "Château Fombrauge", "Château Fombrauge", "Saint-Émilion Grand Cru", B, F, "rouge", "vin", {75: [2017, 2019]}),
    ("fleurbouard", "Château La Fleur de Boüard", "Famille de Boüard", "Lalande-de-Pomerol", B, F, "rouge", "vin", {75: [2018]}),
    ("chantegrive", "Château de Chantegrive blanc", "Château de Chantegrive", "Graves", B, F, "blanc", "vin", {75: [2021]}),
    ("filhot", "Château Filhot", "Château Filhot", "Sauternes", B, F, "liquoreux", "vin", {37.5: [2015]}),
    # Beaujolais
    ("foillard", "Morgon Côte du Py", "Jean Foillard", "Morgon", BJ, F, "rouge", "vin", {75: [2021, 2022]}),
    ("chignard", "Fleurie Les Moriers", "Domaine Chignard", "Fleurie", BJ, F, "rouge", "vin", {75: [2022]}),
    ("chaize", "Brouilly", "Château de la Chaize", "Brouilly", BJ, F, "rouge", "vin", {75: [2022]}),
    ("moulinavent", "Moulin-à-Vent", "Château du Moulin-à-Vent", "Moulin-à-Vent", BJ, F, "rouge", "vin", {75: [2019]}),
    ("brun", "Beaujolais L'Ancien", "Jean-Paul Brun, Terres Dorées", "Beaujolais", BJ, F, "rouge", "vin", {75: [2022]}),
    # Rhône
    ("guigal_rg", "Côtes du Rhône rouge", "E. Guigal", "Côtes du Rhône", R, F, "rouge", "vin", {75: [2020, 2021], 37.5: [2021]}),
    ("guigal_bl", "Côtes du Rhône blanc", "E. Guigal", "Côtes du Rhône", R, F, "blanc", "vin", {75: [2022]}),
    ("graillot", "Crozes-Hermitage", "Domaine Alain Graillot", "Crozes-Hermitage", R, F, "rouge", "vin", {75: [2021]}),
    ("offerus", "Saint-Joseph Offerus", "J.-L. Chave Sélection", "Saint-Joseph", R, F, "rouge", "vin", {75: [2020]}),
    ("cayron", "Gigondas", "Domaine du Cayron", "Gigondas", R, F, "rouge", "vin", {75: [2019]}),
    ("telegraphe", "Châteauneuf-du-Pape La Crau", "Domaine du Vieux Télégraphe", "Châteauneuf-du-Pape", R, F, "rouge", "vin", {75: [2017, 2019]}),
    ("telegramme", "Télégramme", "Domaine du Vieux Télégraphe", "Châteauneuf-du-Pape", R, F, "rouge", "vin", {75: [2021]}),
    ("vf_rg", "La Vieille Ferme rouge", "Famille Perrin", "Ventoux", R, F, "rouge", "vin", {75: [2022]}),
    ("vf_rs", "La Vieille Ferme rosé", "Famille Perrin", "Ventoux", R, F, "rosé", "vin", {75: [2023]}),
    # Champagne
    ("moet", "Moët & Chandon Impérial Brut", "Moët & Chandon", "Champagne", C, F, "effervescent", "champagne", {75: [None], 37.5: [None], 150: [None]}),
    ("moet_rs", "Moët & Chandon Rosé Impérial", "Moët & Chandon", "Champagne", C, F, "rosé", "champagne", {75: [None]}),
    ("moet_gv", "Moët & Chandon Grand Vintage", "Moët & Chandon", "Champagne", C, F, "effervescent", "champagne", {75: [2013, 2015]}),
    ("clicquot", "Veuve Clicquot Brut Carte Jaune", "Veuve Clicquot", "Champagne", C, F, "effervescent", "champagne", {75: [None]}),
    ("feuillatte", "Nicolas Feuillatte Brut Réserve", "Nicolas Feuillatte", "Champagne", C, F, "effervescent", "champagne", {75: [None]}),
    ("taittinger", "Taittinger Brut Réserve", "Taittinger", "Champagne", C, F, "effervescent", "champagne", {75: [None]}),
    # Beers (draught held as the keg)
    ("kro", "Kronenbourg pression", "Kronenbourg", None, None, F, None, "bière", {3000: [None]}),
    ("blanche", "1664 Blanche pression", "Kronenbourg", None, None, F, None, "bière", {2000: [None]}),
    ("grimbergen", "Grimbergen Blonde pression", "Carlsberg", None, None, "Belgique", None, "bière", {2000: [None]}),
    ("leffe", "Leffe Blonde", "AB InBev", None, None, "Belgique", None, "bière", {33: [None]}),
    ("heineken", "Heineken", "Heineken", None, None, "Pays-Bas", None, "bière", {33: [None]}),
    ("heineken0", "Heineken 0.0", "Heineken", None, None, "Pays-Bas", None, "bière", {25: [None]}),
    ("desperados", "Desperados", "Heineken", None, None, F, None, "bière", {33: [None]}),
    ("chimay", "Chimay Bleue", "Abbaye de Scourmont", None, None, "Belgique", None, "bière", {33: [None]}),
    ("duvel", "Duvel", "Duvel Moortgat", None, None, "Belgique", None, "bière", {33: [None]}),
    ("pelforth", "Pelforth Brune", "Heineken", None, None, F, None, "bière", {25: [None]}),
    # Aperitifs and spirits
    ("ricard", "Ricard", "Pernod Ricard", None, None, F, None, "spiritueux", {100: [None]}),
    ("p51", "Pastis 51", "Pernod Ricard", None, None, F, None, "spiritueux", {100: [None]}),
    ("martini_bl", "Martini Bianco", "Martini & Rossi", None, None, "Italie", None, "autre", {100: [None]}),
    ("martini_rs", "Martini Rosso", "Martini & Rossi", None, None, "Italie", None, "autre", {100: [None]}),
    ("suze", "Suze", "Pernod Ricard", None, None, F, None, "autre", {100: [None]}),
    ("lillet", "Lillet Blanc", "Lillet", None, None, F, None, "autre", {75: [None]}),
    ("sandeman", "Porto Sandeman Ruby", "Sandeman", "Porto", None, "Portugal", None, "autre", {75: [None]}),
    ("picon", "Picon Bière", "Picon", None, None, F, None, "autre", {100: [None]}),
    ("jameson", "Jameson", "Irish Distillers", None, None, "Irlande", None, "spiritueux", {70: [None]}),
    ("glenfiddich", "Glenfiddich 12 ans", "William Grant & Sons", None, None, "Écosse", None, "spiritueux", {70: [None]}),
    ("chivas", "Chivas Regal 12 ans", "Chivas Brothers", None, None, "Écosse", None, "spiritueux", {70: [None]}),
    ("jackdaniels", "Jack Daniel's Old No. 7", "Jack Daniel's", None, None, "États-Unis", None, "spiritueux", {70: [None]}),
    ("remy", "Cognac Rémy Martin VSOP", "Rémy Martin", "Cognac", None, F, None, "spiritueux", {70: [None]}),
    ("hennessy", "Cognac Hennessy VS", "Hennessy", "Cognac", None, F, None, "spiritueux", {70: [None]}),
    ("magloire", "Calvados Père Magloire VSOP", "Père Magloire", "Calvados Pays d'Auge", None, F, None, "spiritueux", {70: [None]}),
    ("poire", "Poire Williams", "G. E. Massenez", None, None, F, None, "spiritueux", {70: [None]}),
    ("get27", "Get 27", "Get Frères", None, None, F, None, "spiritueux", {70: [None]}),
    ("cointreau", "Cointreau", "Rémy Cointreau", None, None, F, None, "spiritueux", {70: [None]}),
    ("grandmarnier", "Grand Marnier Cordon Rouge", "Marnier-Lapostolle", None, None, F, None, "spiritueux", {70: [None]}),
    ("chartreuse", "Chartreuse Verte", "Chartreuse Diffusion", None, None, F, None, "spiritueux", {70: [None]}),
    ("diplomatico", "Rhum Diplomático Reserva Exclusiva", "Diplomático", None, None, "Venezuela", None, "spiritueux", {70: [None]}),
    ("havana", "Rhum Havana Club 3 ans", "Havana Club", None, None, "Cuba", None, "spiritueux", {70: [None]}),
    ("absolut", "Vodka Absolut", "Absolut", None, None, "Suède", None, "spiritueux", {70: [None]}),
    ("bombay", "Gin Bombay Sapphire", "Bombay Spirits", None, None, "Royaume-Uni", None, "spiritueux", {70: [None]}),
    ("hendricks", "Gin Hendrick's", "William Grant & Sons", None, None, "Écosse", None, "spiritueux", {70: [None]}),
    # Softs
    ("coca", "Coca-Cola", "Coca-Cola", None, None, F, None, "soft", {33: [None]}),
    ("cocazero", "Coca-Cola Zéro", "Coca-Cola", None, None, F, None, "soft", {33: [None]}),
    ("orangina", "Orangina", "Orangina Suntory", None, None, F, None, "soft", {25: [None]}),
    ("schweppes", "Schweppes Indian Tonic", "Schweppes", None, None, F, None, "soft", {25: [None]}),
    ("perrier", "Perrier", "Nestlé Waters", None, None, F, None, "soft", {33: [None]}),
    ("evian", "Evian", "Danone", None, None, F, None, "soft", {50: [None], 100: [None]}),
    ("badoit", "Badoit", "Danone", None, None, F, None, "soft", {100: [None]}),
    ("pellegrino", "San Pellegrino", "Nestlé Waters", None, None, "Italie", None, "soft", {100: [None]}),
    ("oasis", "Oasis Tropical", "Orangina Suntory", None, None, F, None, "soft", {25: [None]}),
    ("icetea", "Lipton Ice Tea pêche", "Lipton", None, None, F, None, "soft", {25: [None]}),
    ("pago_or", "Pago Orange", "Pago", None, None, "Autriche", None, "soft", {20: [None]}),
    ("pago_ab", "Pago Abricot", "Pago", None, None, "Autriche", None, "soft", {20: [None]}),
]


def entries():
    out = []
    for row in DRINKS:
        key, name, prod, app, reg, ctry, col, cat, fmts = row
        for fmt, vins in fmts.items():
            for v in vins:
                out.append({"key": key, "name": name, "producer": prod, "appellation": app, "region": reg,
                                "country": ctry, "colour": col, "category": cat, "vintage": v, "format_cl": fmt})
    for i, e in enumerate(out, 1):
        e["id"] = "mq%03d" % i
    return out
