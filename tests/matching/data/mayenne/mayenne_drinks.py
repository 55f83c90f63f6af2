"""The drinks of Le Grand Café de la Place (Mayenne).

One product a line: key, name, producer, appellation, region, country, colour, category,
{format_cl: [vintages]} (None = non-vintage). Ids are given in this order, formats
ascending, vintages ascending.
"""

L, FR = "Loire", "France"
W = "vin"

DRINKS = [
    # --- Muscadet and Pays nantais
    ("cleray", "Château du Cléray", "Sauvion", "Muscadet Sèvre et Maine", L, FR, "blanc", W, {75: [2022, 2023], 37.5: [2023]}),
    ("briords", "Clos des Briords", "Domaine de la Pépière", "Muscadet Sèvre et Maine", L, FR, "blanc", W, {75: [2021, 2022]}),
    ("pepie", "La Pépie", "Domaine de la Pépière", "Muscadet Sèvre et Maine", L, FR, "blanc", W, {75: [2023]}),
    ("ecu", "Granite", "Domaine de l'Écu", "Muscadet Sèvre et Maine", L, FR, "blanc", W, {75: [2020]}),
    ("grosplant", "Gros Plant", "Domaine de la Haute Févrie", "Gros Plant du Pays Nantais", L, FR, "blanc", W, {75: [2023]}),
    # --- Anjou
    ("passav", "Anjou Rouge", "Château de Passavant", "Anjou", L, FR, "rouge", W, {75: [2021, 2022], 150: [2021]}),
    ("rochelles", "La Croix de Mission", "Domaine des Rochelles", "Anjou Villages Brissac", L, FR, "rouge", W, {75: [2019, 2020]}),
    ("ogereau", "Vent de Spilite", "Domaine Ogereau", "Anjou", L, FR, "blanc", W, {75: [2022]}),
    ("rosanjou", "Rosé d'Anjou", "Domaine des Trottières", "Rosé d'Anjou", L, FR, "rosé", W, {75: [2023]}),
    ("cabanjou", "Cabernet d'Anjou", "Domaine des Trottières", "Cabernet d'Anjou", L, FR, "rosé", W, {75: [2022, 2023]}),
    ("closel", "La Jalousie", "Domaine du Closel", "Savennières", L, FR, "blanc", W, {75: [2020, 2021]}),
    ("epire", "Château d'Épiré", "Château d'Épiré", "Savennières", L, FR, "blanc", W, {75: [2021, 2022]}),
    ("layon", "Coteaux du Layon Beaulieu", "Château Pierre-Bise", "Coteaux du Layon", L, FR, "liquoreux", W, {50: [2019, 2020]}),
    # --- Saumur
    ("villchamp", "Saumur-Champigny", "Château de Villeneuve", "Saumur-Champigny", L, FR, "rouge", W, {37.5: [2021], 75: [2020, 2021]}),
    ("villblanc", "Saumur Blanc", "Château de Villeneuve", "Saumur", L, FR, "blanc", W, {75: [2022]}),
    ("rneuves", "Terres Chaudes", "Domaine des Roches Neuves", "Saumur-Champigny", L, FR, "rouge", W, {75: [2020, 2022]}),
    ("filliat", "La Grande Vignolle", "Domaine Filliatreau", "Saumur-Champigny", L, FR, "rouge", W, {75: [2019]}),
    ("bibrouge", "Saumur Rouge", "Cave de Saumur", "Saumur", L, FR, "rouge", W, {1000: [None]}),
    ("bibrose", "Cabernet de Saumur", "Cave de Saumur", "Cabernet de Saumur", L, FR, "rosé", W, {1000: [None]}),
    ("bibblanc", "Saumur Blanc", "Cave de Saumur", "Saumur", L, FR, "blanc", W, {1000: [None]}),
    ("saphir", "Saphir Brut", "Bouvet-Ladubay", "Saumur", L, FR, "effervescent", W, {75: [2019, 2020]}),
    ("tresor", "Trésor Brut", "Bouvet-Ladubay", "Saumur", L, FR, "effervescent", W, {75: [None]}),
    ("flamme", "Cuvée Flamme Brut", "Gratien & Meyer", "Crémant de Loire", L, FR, "effervescent", W, {75: [None]}),
    ("flammerose", "Cuvée Flamme Rosé", "Gratien & Meyer", "Crémant de Loire", L, FR, "rosé", W, {75: [None]}),
    # --- Touraine, Sarthe, Centre
    ("baudry", "Les Granges", "Bernard Baudry", "Chinon", L, FR, "rouge", W, {75: [2021, 2022]}),
    ("baudryrose", "Chinon Rosé", "Bernard Baudry", "Chinon", L, FR, "rosé", W, {75: [2023]}),
    ("amirault", "La Source", "Yannick Amirault", "Saint-Nicolas-de-Bourgueil", L, FR, "rouge", W, {75: [2021, 2022]}),
    ("huet", "Le Haut-Lieu Sec", "Domaine Huet", "Vouvray", L, FR, "blanc", W, {75: [2020, 2022]}),
    ("corbil", "Touraine Sauvignon", "Domaine des Corbillières", "Touraine", L, FR, "blanc", W, {75: [2023]}),
    ("bellivi", "Les Rosiers", "Domaine de Bellivière", "Jasnières", L, FR, "blanc", W, {75: [2021]}),
    ("vachblanc", "Sancerre Blanc", "Domaine Vacheron", "Sancerre", L, FR, "blanc", W, {37.5: [2022], 75: [2022, 2023]}),
    ("vachrouge", "Sancerre Rouge", "Domaine Vacheron", "Sancerre", L, FR, "rouge", W, {75: [2021]}),
    # --- elsewhere
    ("mcadet", "Mouton Cadet", "Baron Philippe de Rothschild", "Bordeaux", "Bordeaux", FR, "rouge", W, {37.5: [2020], 75: [2020, 2021]}),
    ("larose", "Château Larose-Trintaudon", "Château Larose-Trintaudon", "Haut-Médoc", "Bordeaux", FR, "rouge", W, {75: [2016, 2018]}),
    ("guigal", "Côtes du Rhône Rouge", "E. Guigal", "Côtes du Rhône", "Rhône", FR, "rouge", W, {75: [2020, 2021]}),
    ("chaize", "Château de la Chaize", "Château de la Chaize", "Brouilly", "Beaujolais", FR, "rouge", W, {75: [2022, 2023]}),
    ("laroche", "Chablis Saint Martin", "Domaine Laroche", "Chablis", "Bourgogne", FR, "blanc", W, {75: [2021, 2022]}),
    ("minuty", "M de Minuty", "Château Minuty", "Côtes de Provence", "Provence", FR, "rosé", W, {75: [2023], 150: [2023]}),
    ("tariquet", "Classic", "Domaine du Tariquet", "Côtes de Gascogne", "Sud-Ouest", FR, "blanc", W, {75: [2023]}),
    # --- Champagne
    ("veuve", "Brut Carte Jaune", "Veuve Clicquot", "Champagne", "Champagne", FR, "effervescent", "champagne", {37.5: [None], 75: [None], 150: [None]}),
    ("veuverose", "Rosé", "Veuve Clicquot", "Champagne", "Champagne", FR, "rosé", "champagne", {75: [None]}),
    ("moet", "Brut Impérial", "Moët & Chandon", "Champagne", "Champagne", FR, "effervescent", "champagne", {75: [None]}),
    # --- cider, perry, pommeau (Mayenne farms)
    ("theilbrut", "Cidre Fermier Brut", "Ferme du Theil", None, "Pays de la Loire", FR, None, "autre", {75: [None]}),
    ("theildoux", "Cidre Fermier Doux", "Ferme du Theil", None, "Pays de la Loire", FR, None, "autre", {75: [None]}),
    ("pommeau", "Pommeau du Maine", "Ferme du Theil", "Pommeau du Maine", "Pays de la Loire", FR, None, "autre", {70: [None]}),
    ("pressbrut", "Cidre Bouché Brut", "Ferme du Pressoir", None, "Pays de la Loire", FR, None, "autre", {33: [None], 75: [None]}),
    ("poire", "Poiré", "Ferme du Pressoir", None, "Pays de la Loire", FR, None, "autre", {75: [None]}),
    # --- aperitifs
    ("ricard", "Ricard", "Pernod Ricard", None, None, FR, None, "spiritueux", {100: [None]}),
    ("p51", "Pastis 51", "Pernod", None, None, FR, None, "spiritueux", {100: [None]}),
    ("suze", "Suze", "Suze", None, None, FR, None, "autre", {100: [None]}),
    ("mbianco", "Martini Bianco", "Martini & Rossi", None, None, "Italie", None, "autre", {100: [None]}),
    ("mrosso", "Martini Rosso", "Martini & Rossi", None, None, "Italie", None, "autre", {100: [None]}),
    ("lillet", "Lillet Blanc", "Lillet", None, "Bordeaux", FR, None, "autre", {75: [None]}),
    ("sandruby", "Porto Fine Ruby", "Sandeman", "Porto", "Douro", "Portugal", None, "autre", {75: [None]}),
    ("sandtawny", "Porto Tawny 10 Ans", "Sandeman", "Porto", "Douro", "Portugal", None, "autre", {75: [None]}),
    ("picon", "Picon Bière", "Picon", None, None, FR, None, "autre", {100: [None]}),
    ("aperol", "Aperol", "Campari", None, None, "Italie", None, "autre", {70: [None]}),
    # --- spirits and liqueurs
    ("pmvsop", "Calvados VSOP", "Père Magloire", "Calvados Pays d'Auge", "Normandie", FR, None, "spiritueux", {70: [None]}),
    ("pmxo", "Calvados XO", "Père Magloire", "Calvados Pays d'Auge", "Normandie", FR, None, "spiritueux", {70: [None]}),
    ("remy", "Rémy Martin VSOP", "Rémy Martin", "Cognac", "Cognac", FR, None, "spiritueux", {70: [None]}),
    ("hennessy", "Hennessy VS", "Hennessy", "Cognac", "Cognac", FR, None, "spiritueux", {70: [None]}),
    ("jameson", "Jameson", "Jameson", None, None, "Irlande", None, "spiritueux", {70: [None]}),
    ("jack", "Jack Daniel's Old No. 7", "Jack Daniel's", None, None, "États-Unis", None, "spiritueux", {70: [None]}),
    ("glen12", "Glenfiddich 12 Ans", "Glenfiddich", None, "Speyside", "Écosse", None, "spiritueux", {70: [None]}),
    ("glen15", "Glenfiddich 15 Ans", "Glenfiddich", None, "Speyside", "Écosse", None, "spiritueux", {70: [None]}),
    ("clan", "Clan Campbell", "Clan Campbell", None, None, "Écosse", None, "spiritueux", {100: [None]}),
    ("havana3", "Havana Club 3 Años", "Havana Club", None, None, "Cuba", None, "spiritueux", {70: [None]}),
    ("havana7", "Havana Club 7 Años", "Havana Club", None, None, "Cuba", None, "spiritueux", {70: [None]}),
    ("gordons", "Gordon's London Dry Gin", "Gordon's", None, None, "Royaume-Uni", None, "spiritueux", {70: [None]}),
    ("hendricks", "Hendrick's Gin", "Hendrick's", None, None, "Écosse", None, "spiritueux", {70: [None]}),
    ("absolut", "Absolut Vodka", "Absolut", None, None, "Suède", None, "spiritueux", {70: [None]}),
    ("cointreau", "Cointreau", "Cointreau", None, "Anjou", FR, None, "spiritueux", {70: [None]}),
    ("get27", "Get 27", "Get", None, None, FR, None, "spiritueux", {70: [None]}),
    ("baileys", "Baileys Original", "Baileys", None, None, "Irlande", None, "spiritueux", {70: [None]}),
    ("jager", "Jägermeister", "Mast-Jägermeister", None, None, "Allemagne", None, "spiritueux", {70: [None]}),
    # --- beers (draught held as kegs)
    ("kro", "Kronenbourg", "Kronenbourg", None, "Alsace", FR, None, "bière", {3000: [None]}),
    ("kro25", "Kronenbourg", "Kronenbourg", None, "Alsace", FR, None, "bière", {25: [None]}),
    ("leffe", "Leffe Blonde", "Leffe", None, None, "Belgique", None, "bière", {2000: [None]}),
    ("leffruby", "Leffe Ruby", "Leffe", None, None, "Belgique", None, "bière", {33: [None]}),
    ("hoeg", "Hoegaarden Blanche", "Hoegaarden", None, None, "Belgique", None, "bière", {2000: [None]}),
    ("guinness", "Guinness", "Guinness", None, None, "Irlande", None, "bière", {3000: [None]}),
    ("mhkeg", "Mont Hardi Blonde", "Brasserie du Mont Hardi", None, "Pays de la Loire", FR, None, "bière", {2000: [None]}),
    ("mh33", "Mont Hardi Blonde", "Brasserie du Mont Hardi", None, "Pays de la Loire", FR, None, "bière", {33: [None]}),
    ("mhambree", "Mont Hardi Ambrée", "Brasserie du Mont Hardi", None, "Pays de la Loire", FR, None, "bière", {33: [None]}),
    ("desperados", "Desperados", "Desperados", None, None, FR, None, "bière", {33: [None]}),
    ("duvel", "Duvel", "Duvel Moortgat", None, None, "Belgique", None, "bière", {33: [None]}),
    ("chimay", "Chimay Bleue", "Bières de Chimay", None, None, "Belgique", None, "bière", {33: [None]}),
    # --- softs and waters
    ("coca", "Coca-Cola", "Coca-Cola", None, None, FR, None, "soft", {33: [None]}),
    ("cocazero", "Coca-Cola Zéro", "Coca-Cola", None, None, FR, None, "soft", {33: [None]}),
    ("orangina", "Orangina", "Orangina", None, None, FR, None, "soft", {25: [None]}),
    ("schweppes", "Schweppes Indian Tonic", "Schweppes", None, None, FR, None, "soft", {25: [None]}),
    ("perrier", "Perrier", "Perrier", None, None, FR, None, "soft", {33: [None]}),
    ("badoit", "Badoit", "Badoit", None, None, FR, None, "soft", {100: [None]}),
    ("vittel", "Vittel", "Vittel", None, None, FR, None, "soft", {50: [None], 100: [None]}),
    ("oasis", "Oasis Tropical", "Oasis", None, None, FR, None, "soft", {25: [None]}),
    ("icetea", "Lipton Ice Tea Pêche", "Lipton", None, None, FR, None, "soft", {25: [None]}),
    ("pagoor", "Pago Orange", "Pago", None, None, "Autriche", None, "soft", {20: [None]}),
    ("pagoab", "Pago Abricot", "Pago", None, None, "Autriche", None, "soft", {20: [None]}),
    ("jusp", "Jus de Pomme Fermier", "Ferme du Theil", None, "Pays de la Loire", FR, None, "soft", {100: [None]}),
]

ORDER = ["id", "name", "producer", "appellation", "region", "country", "colour", "category", "vintage", "format_cl"]


def fmt_num(x):
    return int(x) if float(x).is_integer() else x


def library(prefix="MAY"):
    """Entries in id order and an index key -> {format: {vintage: id}}."""
    rows, index, n = [], {}, 0
    for key, name, prod, app, reg, ctry, col, cat, formats in DRINKS:
        index[key] = {}
        for f in sorted(formats):
            index[key][fmt_num(f)] = {}
            for v in sorted(formats[f], key=lambda x: -1 if x is None else x):
                n += 1
                bid = "%s%03d" % (prefix, n)
                rows.append({"id": bid, "name": name, "producer": prod, "appellation": app,
                             "region": reg, "country": ctry, "colour": col, "category": cat,
                             "vintage": v, "format_cl": fmt_num(f)})
                index[key][fmt_num(f)][v] = bid
    return rows, index


KEYS = {d[0]: d for d in DRINKS}
