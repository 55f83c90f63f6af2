"""Drinks of "L'Écume du Hérel" (Granville): one row per wine/drink, one library entry per
format and vintage, ids given in this order.

Row: key, name, producer, appellation, region, country, colour, category, {format_cl: [vintages]}
(None in the vintage list = a non-vintage drink).
"""

F = "France"
DRINKS = [
    # --- Muscadet and the Nantais
    ("briords", "Clos des Briords", "Domaine de la Pépière", "Muscadet Sèvre et Maine sur Lie", "Loire", F, "blanc", "vin", {75: [2022, 2023], 37.5: [2023], 150: [2022]}),
    ("pepiere", "Muscadet Sèvre et Maine sur Lie", "Domaine de la Pépière", "Muscadet Sèvre et Maine sur Lie", "Loire", F, "blanc", "vin", {75: [2023]}),
    ("amphibolite", "Amphibolite Nature", "Domaine de la Louvetrie (Jo Landron)", "Muscadet Sèvre et Maine sur Lie", "Loire", F, "blanc", "vin", {75: [2022, 2023]}),
    ("ldor", "L d'Or", "Domaine Luneau-Papin", "Muscadet Sèvre et Maine sur Lie", "Loire", F, "blanc", "vin", {75: [2020]}),
    ("chasseloir", "Château de Chasseloir", "Chéreau Carré", "Muscadet Sèvre et Maine sur Lie", "Loire", F, "blanc", "vin", {75: [2022]}),
    ("grosplant", "Gros Plant du Pays Nantais sur Lie", "Domaine Luneau-Papin", "Gros Plant du Pays Nantais", "Loire", F, "blanc", "vin", {75: [2023]}),
    # --- Chablis and Burgundy whites
    ("fevre", "Chablis", "Domaine William Fèvre", "Chablis", "Bourgogne", F, "blanc", "vin", {75: [2022, 2023], 37.5: [2022]}),
    ("montmains", "Chablis Premier Cru Montmains", "Domaine William Fèvre", "Chablis Premier Cru", "Bourgogne", F, "blanc", "vin", {75: [2021]}),
    ("venerables", "Les Vénérables Vieilles Vignes", "La Chablisienne", "Chablis", "Bourgogne", F, "blanc", "vin", {75: [2020, 2021]}),
    ("passipetit", "Pas si Petit", "La Chablisienne", "Petit Chablis", "Bourgogne", F, "blanc", "vin", {75: [2023]}),
    ("fuisse", "Pouilly-Fuissé Tête de Cru", "Château Fuissé", "Pouilly-Fuissé", "Bourgogne", F, "blanc", "vin", {75: [2021]}),
    ("deuxroches", "Saint-Véran Vieilles Vignes", "Domaine des Deux Roches", "Saint-Véran", "Bourgogne", F, "blanc", "vin", {75: [2022]}),
    # --- Centre-Loire and Touraine
    ("vacheron_bl", "Sancerre Blanc", "Domaine Vacheron", "Sancerre", "Loire", F, "blanc", "vin", {75: [2022, 2023], 37.5: [2023]}),
    ("vacheron_rg", "Sancerre Rouge", "Domaine Vacheron", "Sancerre", "Loire", F, "rouge", "vin", {75: [2021]}),
    ("jolivet", "Sancerre Blanc", "Pascal Jolivet", "Sancerre", "Loire", F, "blanc", "vin", {75: [2023]}),
    ("ladoucette", "Pouilly-Fumé", "Baron de Ladoucette", "Pouilly-Fumé", "Loire", F, "blanc", "vin", {75: [2021, 2022]}),
    ("pelle", "Menetou-Salon Morogues", "Domaine Henry Pellé", "Menetou-Salon", "Loire", F, "blanc", "vin", {75: [2022]}),
    ("charmoise", "Touraine Sauvignon", "Henry Marionnet (Domaine de la Charmoise)", "Touraine", "Loire", F, "blanc", "vin", {75: [2023]}),
    # --- Entre-deux-Mers and Bordeaux
    ("saintemarie", "Château Sainte-Marie Vieilles Vignes", "Château Sainte-Marie", "Entre-deux-Mers", "Bordeaux", F, "blanc", "vin", {75: [2022, 2023]}),
    ("bonnet_bl", "Château Bonnet Blanc", "André Lurton", "Entre-deux-Mers", "Bordeaux", F, "blanc", "vin", {75: [2023]}),
    ("turcaud", "Château Turcaud Blanc", "Château Turcaud", "Entre-deux-Mers", "Bordeaux", F, "blanc", "vin", {75: [2023]}),
    ("bonnet_rg", "Château Bonnet Rouge", "André Lurton", "Bordeaux", "Bordeaux", F, "rouge", "vin", {75: [2020]}),
    ("beaumont", "Château Beaumont", "Château Beaumont", "Haut-Médoc", "Bordeaux", F, "rouge", "vin", {75: [2016, 2018]}),
    # --- other whites
    ("trimbach", "Riesling", "Maison Trimbach", "Alsace", "Alsace", F, "blanc", "vin", {75: [2021]}),
    ("picpoul", "Picpoul de Pinet", "Beauvignac", "Picpoul de Pinet", "Languedoc", F, "blanc", "vin", {75: [2023]}),
    ("tariquet", "Tariquet Classic", "Domaine du Tariquet", "Côtes de Gascogne", "Sud-Ouest", F, "blanc", "vin", {75: [2023, 2024]}),
    # --- rosés
    ("mminuty", "M de Minuty", "Château Minuty", "Côtes de Provence", "Provence", F, "rosé", "vin", {75: [2023], 150: [2023]}),
    ("whispering", "Whispering Angel", "Château d'Esclans", "Côtes de Provence", "Provence", F, "rosé", "vin", {75: [2023], 150: [2022]}),
    ("grisdegris", "Gris de Gris", "Domaine de Jarras", "Sable de Camargue", "Languedoc", F, "rosé", "vin", {75: [2023]}),
    # --- reds
    ("villeneuve", "Saumur-Champigny", "Château de Villeneuve", "Saumur-Champigny", "Loire", F, "rouge", "vin", {75: [2021, 2022], 37.5: [2022]}),
    ("joguet", "Chinon Cuvée Terroir", "Charles Joguet", "Chinon", "Loire", F, "rouge", "vin", {75: [2021]}),
    ("framboisiere", "Mercurey La Framboisière", "Domaine Faiveley", "Mercurey", "Bourgogne", F, "rouge", "vin", {75: [2021]}),
    ("madone", "Fleurie", "Domaine de la Madone", "Fleurie", "Beaujolais", F, "rouge", "vin", {75: [2022]}),
    ("p45", "Parallèle 45 Rouge", "Paul Jaboulet Aîné", "Côtes du Rhône", "Rhône", F, "rouge", "vin", {75: [2022]}),
    # --- champagnes and crémants
    ("taitt", "Brut Réserve", "Taittinger", "Champagne", "Champagne", F, "effervescent", "champagne", {75: [None], 37.5: [None], 150: [None]}),
    ("taitt_rose", "Prestige Rosé", "Taittinger", "Champagne", "Champagne", F, "rosé", "champagne", {75: [None]}),
    ("clicquot", "Brut Carte Jaune", "Veuve Clicquot", "Champagne", "Champagne", F, "effervescent", "champagne", {75: [None]}),
    ("ruinart", "Blanc de Blancs", "Ruinart", "Champagne", "Champagne", F, "effervescent", "champagne", {75: [None]}),
    ("drappier", "Carte d'Or Brut", "Drappier", "Champagne", "Champagne", F, "effervescent", "champagne", {75: [None], 150: [None]}),
    ("lp_rose", "Cuvée Rosé", "Laurent-Perrier", "Champagne", "Champagne", F, "rosé", "champagne", {75: [None]}),
    ("bolly_ga", "La Grande Année", "Bollinger", "Champagne", "Champagne", F, "effervescent", "champagne", {75: [2014, 2015]}),
    ("bailly", "Crémant de Bourgogne Brut Réserve", "Bailly-Lapierre", "Crémant de Bourgogne", "Bourgogne", F, "effervescent", "vin", {75: [None]}),
    ("langlois", "Crémant de Loire Brut", "Langlois-Château", "Crémant de Loire", "Loire", F, "effervescent", "vin", {75: [None]}),
    # --- Normandy: cider, poiré, pommeau
    ("herout_trad", "Cidre Cotentin Cuvée Tradition", "Maison Hérout", "Cidre Cotentin", "Normandie", F, None, "autre", {75: [2021, 2022]}),
    ("herout_gc", "Cidre Cotentin Grande Cuvée", "Maison Hérout", "Cidre Cotentin", "Normandie", F, None, "autre", {75: [2020]}),
    ("drouin_cidre", "Cidre Pays d'Auge", "Christian Drouin", "Cidre Pays d'Auge", "Normandie", F, None, "autre", {75: [None]}),
    ("pacory", "Poiré Domfront", "Domaine Pacory", "Poiré Domfront", "Normandie", F, None, "autre", {75: [None]}),
    ("pommeau_drouin", "Pommeau de Normandie", "Christian Drouin", "Pommeau de Normandie", "Normandie", F, None, "autre", {70: [None]}),
    ("pommeau_herout", "Pommeau de Normandie", "Maison Hérout", "Pommeau de Normandie", "Normandie", F, None, "autre", {70: [None]}),
    # --- calvados and spirits
    ("coq_vsop", "Calvados VSOP", "Domaine du Coquerel", "Calvados", "Normandie", F, None, "spiritueux", {70: [None]}),
    ("coq_xo", "Calvados XO", "Domaine du Coquerel", "Calvados", "Normandie", F, None, "spiritueux", {70: [None]}),
    ("drouin_hda", "Calvados Hors d'Âge", "Christian Drouin", "Calvados Pays d'Auge", "Normandie", F, None, "spiritueux", {70: [None]}),
    ("herout_12", "Calvados 12 ans", "Maison Hérout", "Calvados", "Normandie", F, None, "spiritueux", {70: [None]}),
    ("benedictine", "Bénédictine", "Bénédictine", None, "Normandie", F, None, "spiritueux", {70: [None]}),
    ("normindia", "Normindia Gin", "Domaine du Coquerel", None, "Normandie", F, None, "spiritueux", {70: [None]}),
    ("remy", "Rémy Martin VSOP", "Rémy Martin", "Cognac Fine Champagne", "Cognac", F, None, "spiritueux", {70: [None]}),
    ("jameson", "Jameson", "Irish Distillers", "Irish Whiskey", None, "Irlande", None, "spiritueux", {70: [None]}),
    ("chivas12", "Chivas Regal 12 ans", "Chivas Brothers", "Scotch Whisky", "Speyside", "Écosse", None, "spiritueux", {70: [None]}),
    ("lagavulin16", "Lagavulin 16 ans", "Lagavulin", "Scotch Whisky", "Islay", "Écosse", None, "spiritueux", {70: [None]}),
    ("glenmo", "Glenmorangie The Original 10 ans", "Glenmorangie", "Scotch Whisky", "Highlands", "Écosse", None, "spiritueux", {70: [None]}),
    ("havana3", "Havana Club 3 ans", "Havana Club", None, None, "Cuba", None, "spiritueux", {70: [None]}),
    ("diplo", "Diplomático Reserva Exclusiva", "Diplomático", None, None, "Venezuela", None, "spiritueux", {70: [None]}),
    ("hendricks", "Hendrick's Gin", "William Grant & Sons", None, None, "Écosse", None, "spiritueux", {70: [None]}),
    ("absolut", "Absolut Vodka", "Absolut", None, None, "Suède", None, "spiritueux", {70: [None]}),
    ("get27", "Get 27", "Get Frères", None, None, F, None, "spiritueux", {70: [None]}),
    ("cassis", "Crème de Cassis de Bourgogne", "Védrenne", None, "Bourgogne", F, None, "spiritueux", {70: [None]}),
    # --- aperitifs
    ("ricard", "Ricard", "Pernod Ricard", None, None, F, None, "spiritueux", {100: [None]}),
    ("pastis51", "Pastis 51", "Pernod Ricard", None, None, F, None, "spiritueux", {100: [None]}),
    ("lillet", "Lillet Blanc", "Lillet", None, "Bordeaux", F, None, "autre", {75: [None]}),
    ("martini", "Martini Bianco", "Martini & Rossi", None, None, "Italie", None, "autre", {100: [None]}),
    ("suze", "Suze", "Suze", None, None, F, None, "autre", {100: [None]}),
    ("grahams10", "10 Year Old Tawny Port", "Graham's", "Porto", "Douro", "Portugal", None, "autre", {75: [None]}),
    # --- beers
    ("k1664", "1664 Blonde", "Kronenbourg", None, "Alsace", F, None, "bière", {3000: [None]}),
    ("grim_blonde", "Grimbergen Blonde", "Grimbergen", None, None, "Belgique", None, "bière", {2000: [None]}),
    ("grim_blanche", "Grimbergen Blanche", "Grimbergen", None, None, "Belgique", None, "bière", {2000: [None]}),
    ("leffe", "Leffe Blonde", "Abbaye de Leffe", None, None, "Belgique", None, "bière", {33: [None]}),
    ("duvel", "Duvel", "Duvel Moortgat", None, None, "Belgique", None, "bière", {33: [None]}),
    ("chouffe", "La Chouffe", "Brasserie d'Achouffe", None, None, "Belgique", None, "bière", {33: [None]}),
    ("coreff", "Coreff Ambrée", "Brasserie Coreff", None, "Bretagne", F, None, "bière", {33: [None]}),
    ("desperados", "Desperados", "Heineken", None, None, "Pays-Bas", None, "bière", {33: [None]}),
    ("heineken00", "Heineken 0.0", "Heineken", None, None, "Pays-Bas", None, "bière", {33: [None]}),
    # --- softs and waters
    ("coca", "Coca-Cola", "Coca-Cola", None, None, F, None, "soft", {33: [None]}),
    ("cocazero", "Coca-Cola Zéro", "Coca-Cola", None, None, F, None, "soft", {33: [None]}),
    ("orangina", "Orangina", "Orangina", None, None, F, None, "soft", {25: [None]}),
    ("schweppes", "Schweppes Indian Tonic", "Schweppes", None, None, F, None, "soft", {25: [None]}),
    ("lorina", "Limonade Artisanale", "Lorina", None, None, F, None, "soft", {33: [None]}),
    ("milliat", "Jus de Pomme", "Alain Milliat", None, None, F, None, "soft", {33: [None]}),
    ("perrier", "Perrier", "Perrier", None, None, F, None, "soft", {33: [None]}),
    ("badoit", "Badoit", "Badoit", None, None, F, None, "soft", {100: [None]}),
    ("evian", "Evian", "Evian", None, None, F, None, "soft", {50: [None], 100: [None]}),
]

FIELDS = ("id", "name", "producer", "appellation", "region", "country", "colour", "category", "vintage", "format_cl")


def _fmt(f):
    return int(f) if float(f).is_integer() else f


def library(prefix="GRV"):
    """Library rows (dicts in bench field order) and a map key -> {format: {vintage: id}}."""
    rows, index, n = [], {}, 0
    for key, name, prod, app, reg, country, colour, cat, formats in DRINKS:
        index[key] = {}
        for fmt, vintages in formats.items():
            index[key][fmt] = {}
            for v in sorted(vintages, key=lambda x: x or 0):
                n += 1
                bid = "%s%03d" % (prefix, n)
                index[key][fmt][v] = bid
                rows.append(dict(zip(FIELDS, (bid, name, prod, app, reg, country, colour, cat, v, _fmt(fmt)), strict=False)))
    return rows, index


BY_KEY = {d[0]: d for d in DRINKS}
