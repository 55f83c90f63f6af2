"""Drinks of "Le Quai de la Solane" (Tulle): one key per wine (same name, producer,
appellation, colour), with the (vintage, format_cl) entries the library holds."""

SO, BX, LO, CH, LIM = "Sud-Ouest", "Bordeaux", "Loire", "Champagne", "Limousin"

# key: (name, producer, appellation, region, country, colour, category, [(vintage, format_cl), ...])
WINES = [
    ("conti", ("Cuvée des Conti", "Château Tour des Gendres", "Bergerac", SO, "France", "blanc", "vin", [(2021, 75), (2022, 75)])),
    ("gloire", ("La Gloire de mon Père", "Château Tour des Gendres", "Côtes de Bergerac", SO, "France", "rouge", "vin", [(2019, 75)])),
    ("tiregand", ("Château de Tiregand", "Château de Tiregand", "Pécharmant", SO, "France", "rouge", "vin", [(2018, 75), (2019, 75), (2018, 150)])),
    ("champarel", ("Château Champarel", "Château Champarel", "Pécharmant", SO, "France", "rouge", "vin", [(2020, 75)])),
    ("belingard_rs", ("Château Belingard", "Château Belingard", "Bergerac", SO, "France", "rosé", "vin", [(2023, 75)])),
    ("bosredon", ("Blanche de Bosredon", "Château Belingard", "Bergerac", SO, "France", "rouge", "vin", [(2019, 75), (2020, 75)])),
    ("jaubertie", ("Château de la Jaubertie", "Château de la Jaubertie", "Bergerac", SO, "France", "blanc", "vin", [(2022, 75)])),
    ("verdots", ("Clos des Verdots", "Clos des Verdots", "Côtes de Bergerac", SO, "France", "rouge", "vin", [(2019, 75)])),
    ("theulet", ("Château Theulet", "Château Theulet", "Monbazillac", SO, "France", "liquoreux", "vin", [(2018, 75), (2018, 37.5)])),
    ("tirecul", ("Château Tirecul La Gravière", "Château Tirecul La Gravière", "Monbazillac", SO, "France", "liquoreux", "vin", [(2017, 50)])),
    ("miaudoux", ("Château Les Miaudoux", "Château Les Miaudoux", "Saussignac", SO, "France", "liquoreux", "vin", [(2018, 50)])),
    ("cedre", ("Le Cèdre", "Château du Cèdre", "Cahors", SO, "France", "rouge", "vin", [(2018, 75), (2019, 75)])),
    ("heritage", ("Cèdre Héritage", "Château du Cèdre", "Cahors", SO, "France", "rouge", "vin", [(2022, 75), (2022, 37.5)])),
    ("probus", ("Probus", "Clos Triguedina", "Cahors", SO, "France", "rouge", "vin", [(2015, 75), (2016, 75)])),
    ("triguedina", ("Clos Triguedina", "Clos Triguedina", "Cahors", SO, "France", "rouge", "vin", [(2019, 75)])),
    ("lamartine", ("Château Lamartine", "Château Lamartine", "Cahors", SO, "France", "rouge", "vin", [(2020, 75)])),
    ("lamartine_cp", ("Château Lamartine Cuvée Particulière", "Château Lamartine", "Cahors", SO, "France", "rouge", "vin", [(2019, 75)])),
    ("gamot", ("Clos de Gamot", "Clos de Gamot", "Cahors", SO, "France", "rouge", "vin", [(2017, 75), (2019, 37.5)])),
    ("hauteserre", ("Château de Haute-Serre", "Château de Haute-Serre", "Cahors", SO, "France", "rouge", "vin", [(2018, 75), (2018, 150)])),
    ("lagrezette", ("Château Lagrézette", "Château Lagrézette", "Cahors", SO, "France", "rouge", "vin", [(2016, 75)])),
    ("paille", ("Vin Paillé de la Corrèze", "Cave de Branceilles", "Corrèze", SO, "France", "liquoreux", "vin", [(2018, 50), (2019, 50)])),
    ("mille_rg", ("Mille et Une Pierres", "Cave de Branceilles", "Corrèze", SO, "France", "rouge", "vin", [(2021, 75)])),
    ("mille_bl", ("Mille et Une Pierres", "Cave de Branceilles", "Corrèze", SO, "France", "blanc", "vin", [(2022, 75)])),
    ("saillant", ("Ardoise du Saillant", "Domaine du Saillant", "Corrèze Coteaux de la Vézère", SO, "France", "blanc", "vin", [(2021, 75)])),
    ("reignac", ("Château Reignac", "Château Reignac", "Bordeaux Supérieur", BX, "France", "rouge", "vin", [(2016, 75), (2018, 75), (2016, 150)])),
    ("penin", ("Château Penin", "Château Penin", "Bordeaux Supérieur", BX, "France", "rouge", "vin", [(2020, 75)])),
    ("thieuley", ("Château Thieuley", "Château Thieuley", "Bordeaux", BX, "France", "blanc", "vin", [(2022, 75)])),
    ("lanessan", ("Château Lanessan", "Château Lanessan", "Haut-Médoc", BX, "France", "rouge", "vin", [(2015, 75), (2016, 75)])),
    ("tourdeby", ("Château La Tour de By", "Château La Tour de By", "Médoc", BX, "France", "rouge", "vin", [(2017, 75), (2017, 150)])),
    ("fonplegade", ("Château Fonplégade", "Château Fonplégade", "Saint-Émilion Grand Cru", BX, "France", "rouge", "vin", [(2016, 75)])),
    ("cadet", ("Mouton Cadet", "Baron Philippe de Rothschild", "Bordeaux", BX, "France", "rouge", "vin", [(2020, 75), (2020, 37.5)])),
    ("puygueraud", ("Château Puygueraud", "Château Puygueraud", "Francs Côtes de Bordeaux", BX, "France", "rouge", "vin", [(2018, 75)])),
    ("cantenac", ("Château Cantenac Brown", "Château Cantenac Brown", "Margaux", BX, "France", "rouge", "vin", [(2015, 75)])),
    ("baronnes", ("Les Baronnes", "Henri Bourgeois", "Sancerre", LO, "France", "blanc", "vin", [(2022, 75), (2023, 75), (2023, 37.5)])),
    ("baronnes_rg", ("Les Baronnes", "Henri Bourgeois", "Sancerre", LO, "France", "rouge", "vin", [(2021, 75)])),
    ("ladoucette", ("Pouilly-Fumé de Ladoucette", "de Ladoucette", "Pouilly-Fumé", LO, "France", "blanc", "vin", [(2021, 75)])),
    ("joguet", ("Cuvée Terroir", "Charles Joguet", "Chinon", LO, "France", "rouge", "vin", [(2020, 75)])),
    ("filliatreau", ("La Grande Vignolle", "Domaine Filliatreau", "Saumur-Champigny", LO, "France", "rouge", "vin", [(2019, 75)])),
    ("pepiere", ("Domaine de la Pépière", "Domaine de la Pépière", "Muscadet Sèvre et Maine sur Lie", LO, "France", "blanc", "vin", [(2022, 75)])),
    ("huet_sec", ("Le Haut-Lieu Sec", "Domaine Huet", "Vouvray", LO, "France", "blanc", "vin", [(2020, 75)])),
    ("huet_ds", ("Le Haut-Lieu Demi-Sec", "Domaine Huet", "Vouvray", LO, "France", "blanc", "vin", [(2019, 75)])),
    ("drappier", ("Carte d'Or Brut", "Drappier", "Champagne", CH, "France", "effervescent", "champagne", [(None, 75), (None, 37.5), (None, 150)])),
    ("drappier_nat", ("Brut Nature Zéro Dosage", "Drappier", "Champagne", CH, "France", "effervescent", "champagne", [(None, 75)])),
    ("drappier_rs", ("Rosé de Saignée Brut", "Drappier", "Champagne", CH, "France", "rosé", "champagne", [(None, 75)])),
]

# Other drinks: key: (name, producer, appellation, region, country, category, format_cl)
OTHERS = [
    ("quinquinoix", ("Quinquinoix", "Distillerie Denoix", None, LIM, "France", "autre", 70)),
    ("vinnoix", ("Vin de Noix", "Distillerie Denoix", None, LIM, "France", "autre", 70)),
    ("supreme", ("Suprême Denoix", "Distillerie Denoix", None, LIM, "France", "spiritueux", 70)),
    ("chataigne", ("Liqueur de Châtaigne", "Distillerie Denoix", None, LIM, "France", "spiritueux", 50)),
    ("poirew", ("Poire Williams", "Distillerie Denoix", None, LIM, "France", "spiritueux", 70)),
    ("prune", ("Vieille Prune", "Louis Roque", None, SO, "France", "spiritueux", 70)),
    ("cidre", ("Cidre du Limousin Brut", "Vergers de Lubersac", None, LIM, "France", "autre", 75)),
    ("poire_cidre", ("Poiré du Limousin", "Vergers de Lubersac", None, LIM, "France", "autre", 75)),
    ("jus_pomme", ("Jus de Pomme du Limousin", "Limdor", None, LIM, "France", "soft", 25)),
    ("nectar_poire", ("Nectar de Poire", "Limdor", None, LIM, "France", "soft", 25)),
    ("k1664", ("1664", "Kronenbourg", None, None, "France", "bière", 3000)),
    ("pelforth", ("Pelforth Brune", "Pelforth", None, None, "France", "bière", 2000)),
    ("affligem", ("Affligem Blonde", "Affligem", None, None, "Belgique", "bière", 2000)),
    ("grimbergen", ("Grimbergen Blanche", "Grimbergen", None, None, "Belgique", "bière", 2000)),
    ("blanc1664", ("1664 Blanc", "Kronenbourg", None, None, "France", "bière", 25)),
    ("leffe", ("Leffe Blonde", "Leffe", None, None, "Belgique", "bière", 33)),
    ("chouffe", ("La Chouffe", "Brasserie d'Achouffe", None, None, "Belgique", "bière", 33)),
    ("desperados", ("Desperados", "Heineken", None, None, "Pays-Bas", "bière", 33)),
    ("mon_blonde", ("Monédières Blonde", "Brasserie des Monédières", None, LIM, "France", "bière", 33)),
    ("mon_ambree", ("Monédières Ambrée", "Brasserie des Monédières", None, LIM, "France", "bière", 33)),
    ("ricard", ("Ricard", "Pernod Ricard", None, None, "France", "autre", 100)),
    ("p51", ("Pastis 51", "Pernod", None, None, "France", "autre", 100)),
    ("suze", ("Suze", "Pernod Ricard", None, None, "France", "autre", 100)),
    ("aveze", ("Avèze", "Distillerie de la Salers", None, "Auvergne", "France", "autre", 100)),
    ("salers", ("Salers Gentiane", "Distillerie de la Salers", None, "Auvergne", "France", "autre", 100)),
    ("lillet", ("Lillet Blanc", "Lillet", None, BX, "France", "autre", 75)),
    ("martini", ("Martini Rosso", "Martini", None, None, "Italie", "autre", 100)),
    ("cassis", ("Crème de Cassis", "Lejay", None, "Bourgogne", "France", "spiritueux", 70)),
    ("remy", ("Rémy Martin VSOP", "Rémy Martin", "Cognac", None, "France", "spiritueux", 70)),
    ("hennessy", ("Hennessy VS", "Hennessy", "Cognac", None, "France", "spiritueux", 70)),
    ("darroze12", ("Darroze Les Grands Assemblages 12 ans", "Darroze", "Bas-Armagnac", SO, "France", "spiritueux", 70)),
    ("darroze20", ("Darroze Les Grands Assemblages 20 ans", "Darroze", "Bas-Armagnac", SO, "France", "spiritueux", 70)),
    ("magloire", ("Père Magloire VSOP", "Père Magloire", "Calvados Pays d'Auge", "Normandie", "France", "spiritueux", 70)),
    ("glenfiddich", ("Glenfiddich 12 ans", "Glenfiddich", None, None, "Écosse", "spiritueux", 70)),
    ("jameson", ("Jameson", "Jameson", None, None, "Irlande", "spiritueux", 70)),
    ("absolut", ("Absolut Vodka", "Absolut", None, None, "Suède", "spiritueux", 70)),
    ("bombay", ("Bombay Sapphire", "Bombay", None, None, "Royaume-Uni", "spiritueux", 70)),
    ("diplomatico", ("Diplomático Reserva Exclusiva", "Diplomático", None, None, "Venezuela", "spiritueux", 70)),
    ("chartreuse", ("Chartreuse Verte", "Chartreuse", None, None, "France", "spiritueux", 70)),
    ("get27", ("Get 27", "Get", None, None, "France", "spiritueux", 70)),
    ("baileys", ("Baileys", "Baileys", None, None, "Irlande", "spiritueux", 70)),
    ("coca", ("Coca-Cola", "Coca-Cola", None, None, "France", "soft", 33)),
    ("cocazero", ("Coca-Cola Zéro", "Coca-Cola", None, None, "France", "soft", 33)),
    ("orangina", ("Orangina", "Orangina", None, None, "France", "soft", 25)),
    ("perrier", ("Perrier", "Perrier", None, None, "France", "soft", 33)),
    ("badoit", ("Badoit", "Badoit", None, None, "France", "soft", 100)),
    ("evian100", ("Evian", "Evian", None, None, "France", "soft", 100)),
    ("evian50", ("Evian", "Evian", None, None, "France", "soft", 50)),
    ("schweppes", ("Schweppes Indian Tonic", "Schweppes", None, None, "France", "soft", 25)),
    ("limonade", ("Limonade", "Lorina", None, None, "France", "soft", 33)),
]


def library():
    """Rows in id order and, for each key, the ids of its entries."""
    rows, by_key = [], {}
    for key, (name, prod, app, reg, ctry, col, cat, ents) in WINES:
        for vin, fmt in ents:
            rows.append({"name": name, "producer": prod, "appellation": app, "region": reg,
                         "country": ctry, "colour": col, "category": cat, "vintage": vin,
                         "format_cl": fmt, "_key": key})
    for key, (name, prod, app, reg, ctry, cat, fmt) in OTHERS:
        rows.append({"name": name, "producer": prod, "appellation": app, "region": reg,
                     "country": ctry, "colour": None, "category": cat, "vintage": None,
                     "format_cl": fmt, "_key": key})
    for i, r in enumerate(rows, 1):
        r["id"] = "tu%03d" % i
        by_key.setdefault(r["_key"], []).append(r)
    return rows, by_key
