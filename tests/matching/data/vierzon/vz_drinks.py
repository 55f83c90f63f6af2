"""Drinks of the Relais de la Sologne: one entry per (format, vintage).

Each drink: key, name, producer, appellation, region, country, colour, category,
{format_cl: [vintages]} (None = non-vintage). Library ids follow this order.
"""

L, F = "Loire", "France"


def W(key, name, producer, appellation, colour, formats, region=L, cat="vin"):
    return {"key": key, "name": name, "producer": producer, "appellation": appellation,
                "region": region, "country": F, "colour": colour, "category": cat, "formats": formats}


def X(key, name, producer, cat, fmt, country=F, appellation=None, region=None):
    fmts = fmt if isinstance(fmt, dict) else {fmt: [None]}
    return {"key": key, "name": name, "producer": producer, "appellation": appellation,
                "region": region, "country": country, "colour": None, "category": cat, "formats": fmts}


DRINKS = [
    # Sancerre
    W("fbv", "Sancerre Les Belles Vignes", "Fournier Père et Fils", "Sancerre", "blanc",
      {75: [2022, 2023], 37.5: [2023]}),
    W("fbvr", "Sancerre Les Belles Vignes", "Fournier Père et Fils", "Sancerre", "rouge",
      {75: [2021]}),
    W("fgc", "Sancerre Grande Cuvée", "Fournier Père et Fils", "Sancerre", "blanc", {75: [2022]}),
    W("jmc", "Sancerre La Châtellenie", "Joseph Mellot", "Sancerre", "blanc",
      {75: [2021, 2022], 150: [2021]}),
    W("jmcr", "Sancerre La Châtellenie", "Joseph Mellot", "Sancerre", "rouge", {75: [2021]}),
    W("dez", "Sancerre", "Domaine André Dezat", "Sancerre", "blanc", {75: [2020, 2022, 2023]}),
    W("dezr", "Sancerre", "Domaine André Dezat", "Sancerre", "rouge", {75: [2021]}),
    W("bro", "Sancerre Rosé", "Domaine Hubert Brochard", "Sancerre", "rosé",
      {75: [2023], 37.5: [2023]}),
    # Menetou-Salon
    W("cha", "Menetou-Salon", "Domaine de Chatenoy", "Menetou-Salon", "blanc", {75: [2022, 2023]}),
    W("char", "Menetou-Salon", "Domaine de Chatenoy", "Menetou-Salon", "rouge", {75: [2021]}),
    W("chap", "Menetou-Salon", "Domaine de Chatenoy", "Menetou-Salon", "rosé", {75: [2023]}),
    W("tei", "Menetou-Salon", "Domaine Jean Teiller", "Menetou-Salon", "blanc", {75: [2023]}),
    # Quincy, Reuilly
    W("tre", "Quincy", "Domaine du Tremblay", "Quincy", "blanc", {75: [2022, 2023], 37.5: [2023]}),
    W("rou", "Quincy", "Domaine Jacques Rouzé", "Quincy", "blanc", {75: [2022], 37.5: [2022]}),
    W("ren", "Reuilly", "Domaine Valéry Renaudat", "Reuilly", "blanc", {75: [2022, 2023]}),
    W("renr", "Reuilly", "Domaine Valéry Renaudat", "Reuilly", "rouge", {75: [2021]}),
    W("renp", "Reuilly Pinot Gris", "Domaine Valéry Renaudat", "Reuilly", "rosé", {75: [2023]}),
    # Touraine, Valençay, Cheverny, other Loire
    W("bel", "Touraine Sauvignon", "Domaine Bellevue", "Touraine", "blanc", {75: [2023]}),
    W("mar", "Touraine Gamay Première Vendange", "Henry Marionnet", "Touraine", "rouge",
      {75: [2022, 2023]}),
    W("rnd", "Touraine Rosé", "Domaine de la Renaudie", "Touraine", "rosé", {75: [2023]}),
    W("pre", "Valençay", "Domaine Jacky Preys", "Valençay", "rouge", {75: [2021, 2022]}),
    W("preb", "Valençay", "Domaine Jacky Preys", "Valençay", "blanc", {75: [2023]}),
    W("sal", "Cheverny", "Domaine du Salvard", "Cheverny", "blanc", {75: [2023]}),
    W("pf", "Pouilly-Fumé Les Angelots", "Masson-Blondelet", "Pouilly-Fumé", "blanc", {75: [2022]}),
    W("pep", "Muscadet Sèvre et Maine sur Lie", "Domaine de la Pépière",
      "Muscadet Sèvre et Maine", "blanc", {75: [2023]}),
    W("chi", "Chinon Les Petites Roches", "Charles Joguet", "Chinon", "rouge", {75: [2021]}),
    W("snb", "Saint-Nicolas-de-Bourgueil La Source", "Yannick Amirault",
      "Saint-Nicolas-de-Bourgueil", "rouge", {75: [2022]}),
    # House wines, bag-in-box of 10 l poured in pichets
    W("hr", "Cuvée du Relais", "Relais de la Sologne", "IGP Val de Loire", "rouge", {1000: [None]}),
    W("hb", "Cuvée du Relais", "Relais de la Sologne", "IGP Val de Loire", "blanc", {1000: [None]}),
    W("hp", "Cuvée du Relais", "Relais de la Sologne", "IGP Val de Loire", "rosé", {1000: [None]}),
    # Elsewhere
    W("col", "Colombelle", "Plaimont", "IGP Côtes de Gascogne", "blanc", {75: [2023]},
      region="Sud-Ouest"),
    W("cdr", "Côtes du Rhône", "E. Guigal", "Côtes du Rhône", "rouge",
      {75: [2020, 2021], 37.5: [2021]}, region="Rhône"),
    W("mca", "Mouton Cadet", "Baron Philippe de Rothschild", "Bordeaux", "rouge",
      {75: [2020, 2021]}, region="Bordeaux"),
    W("mor", "Morgon Jean Descombes", "Georges Duboeuf", "Morgon", "rouge", {75: [2022]},
      region="Beaujolais"),
    W("feu", "Brut Réserve", "Nicolas Feuillatte", "Champagne", "effervescent",
      {75: [None], 37.5: [None], 150: [None]}, region="Champagne", cat="champagne"),
    W("feur", "Rosé", "Nicolas Feuillatte", "Champagne", "rosé", {75: [None]},
      region="Champagne", cat="champagne"),
    W("cre", "Crémant de Loire Brut", "Langlois-Château", "Crémant de Loire", "effervescent",
      {75: [None]}),
    # Spirits
    X("ric", "Ricard", "Pernod Ricard", "spiritueux", 100),
    X("p51", "Pastis 51", "Pernod Ricard", "spiritueux", 100),
    X("g27", "Get 27", "Get Frères", "spiritueux", 70),
    X("g31", "Get 31", "Get Frères", "spiritueux", 70),
    X("lb5", "Label 5 Classic Black", "La Martiniquaise", "spiritueux", 70, "Écosse"),
    X("wl", "William Lawson's", "William Lawson's", "spiritueux", 70, "Écosse"),
    X("jd", "Jack Daniel's Old No. 7", "Jack Daniel's", "spiritueux", 70, "États-Unis"),
    X("chv", "Chivas Regal 12 ans", "Chivas Brothers", "spiritueux", 70, "Écosse"),
    X("clan", "Clan Campbell", "Clan Campbell", "spiritueux", 70, "Écosse"),
    X("jam", "Jameson", "Jameson", "spiritueux", 70, "Irlande"),
    X("fro", "Four Roses Bourbon", "Four Roses", "spiritueux", 70, "États-Unis"),
    X("hen", "Hennessy VS", "Hennessy", "spiritueux", 70, appellation="Cognac"),
    X("rem", "Rémy Martin VSOP", "Rémy Martin", "spiritueux", 70, appellation="Cognac"),
    X("mag", "Père Magloire Fine", "Père Magloire", "spiritueux", 70, appellation="Calvados"),
    X("cdd", "Clés des Ducs VSOP", "Clés des Ducs", "spiritueux", 70, appellation="Armagnac"),
    X("poi", "Poire Williams", "Distillerie Massenez", "spiritueux", 70),
    X("smi", "Smirnoff Red", "Smirnoff", "spiritueux", 70, "Royaume-Uni"),
    X("hc3", "Havana Club Añejo 3 Años", "Havana Club", "spiritueux", 70, "Cuba"),
    X("hc7", "Havana Club Añejo 7 Años", "Havana Club", "spiritueux", 70, "Cuba"),
    X("bac", "Bacardi Carta Blanca", "Bacardi", "spiritueux", 70, "Porto Rico"),
    X("gor", "Gordon's London Dry Gin", "Gordon's", "spiritueux", 70, "Royaume-Uni"),
    X("coi", "Cointreau", "Cointreau", "spiritueux", 70),
    X("gm", "Grand Marnier Cordon Rouge", "Grand Marnier", "spiritueux", 70),
    X("bai", "Baileys Original", "Baileys", "spiritueux", 70, "Irlande"),
    X("jag", "Jägermeister", "Mast-Jägermeister", "spiritueux", 70, "Allemagne"),
    # Aperitifs
    X("suz", "Suze", "Suze", "autre", 100),
    X("mb", "Martini Bianco", "Martini", "autre", 100, "Italie"),
    X("mr", "Martini Rosso", "Martini", "autre", 100, "Italie"),
    X("por", "Porto Cruz Tawny", "Porto Cruz", "autre", 75, "Portugal", appellation="Porto"),
    X("lil", "Lillet Blanc", "Lillet", "autre", 75),
    X("byr", "Byrrh Grand Quinquina", "Byrrh", "autre", 75),
    X("pic", "Picon Bière", "Picon", "autre", 100),
    X("cas", "Crème de Cassis de Dijon", "Lejay-Lagoute", "autre", 70),
    # Beers: draught held as kegs
    X("kro", "Kronenbourg", "Brasseries Kronenbourg", "bière", 3000),
    X("k16", "1664 Blonde", "Brasseries Kronenbourg", "bière", 3000),
    X("lef", "Leffe Blonde", "Abbaye de Leffe", "bière", 2000, "Belgique"),
    X("hoe", "Hoegaarden Blanche", "Hoegaarden", "bière", 2000, "Belgique"),
    X("hei", "Heineken", "Heineken", "bière", 25, "Pays-Bas"),
    X("des", "Desperados", "Heineken", "bière", 33),
    X("chb", "Chimay Bleue", "Abbaye de Chimay", "bière", 33, "Belgique"),
    X("pel", "Pelforth Brune", "Pelforth", "bière", 33),
    X("tou", "Tourtel Twist Citron", "Tourtel", "bière", 27.5),
    # Softs and waters
    X("coc", "Coca-Cola", "Coca-Cola", "soft", 33),
    X("coz", "Coca-Cola Zéro", "Coca-Cola", "soft", 33),
    X("ora", "Orangina", "Orangina", "soft", 25),
    X("sch", "Schweppes Indian Tonic", "Schweppes", "soft", 25),
    X("sca", "Schweppes Agrumes", "Schweppes", "soft", 25),
    X("fan", "Fanta Orange", "Coca-Cola", "soft", 33),
    X("per", "Perrier", "Perrier", "soft", 33),
    X("bad", "Badoit", "Badoit", "soft", {50: [None], 100: [None]}),
    X("vit", "Vittel", "Vittel", "soft", {50: [None], 100: [None]}),
    X("evi", "Evian", "Evian", "soft", 50),
    X("lip", "Lipton Ice Tea Pêche", "Lipton", "soft", 25),
    X("pao", "Pago Orange", "Pago", "soft", 20, "Autriche"),
    X("paa", "Pago Ananas", "Pago", "soft", 20, "Autriche"),
    X("pat", "Pago Tomate", "Pago", "soft", 20, "Autriche"),
    X("rb", "Red Bull", "Red Bull", "soft", 25, "Autriche"),
]

BY_KEY = {d["key"]: d for d in DRINKS}


def library():
    """Library rows in id order, and {(key, format, vintage): id}."""
    rows, index = [], {}
    n = 0
    for d in DRINKS:
        for fmt in sorted(d["formats"], key=lambda f: (f != 75 and f != min(d["formats"]), f)):
            for v in d["formats"][fmt]:
                n += 1
                bid = "vz%03d" % n
                index[(d["key"], fmt, v)] = bid
                rows.append({"id": bid, "name": d["name"], "producer": d["producer"],
                             "appellation": d["appellation"], "region": d["region"],
                             "country": d["country"], "colour": d["colour"],
                             "category": d["category"], "vintage": v,
                             "format_cl": int(fmt) if fmt == int(fmt) else fmt})
    return rows, index
