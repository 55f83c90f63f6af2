"""Library of "Brasserie du Parvis Notre-Dame" (Rodez). Rows: key, name, producer,
appellation, region, colour, category, [vintages], format_cl. Ids are given in order."""
SO = "Sud-Ouest"
W = [
    # Aveyron
    ("Lo Sang del Païs", "Domaine du Cros", "Marcillac", SO, "rouge", [2020, 2021, 2022], 75),
    ("Lo Sang del Païs", "Domaine du Cros", "Marcillac", SO, "rouge", [2021], 37.5),
    ("Lo Sang del Païs", "Domaine du Cros", "Marcillac", SO, "rouge", [2019], 150),
    ("Vieilles Vignes", "Domaine du Cros", "Marcillac", SO, "rouge", [2019, 2020], 75),
    ("Pierres Rouges", "Domaine Laurens", "Marcillac", SO, "rouge", [2021, 2022], 75),
    ("Marcillac Rosé", "Domaine Laurens", "Marcillac", SO, "rosé", [2023], 75),
    ("Cuvée Réserve", "Cave du Vallon", "Marcillac", SO, "rouge", [2021], 75),
    ("Entraygues-Le Fel Blanc", "Domaine Laurent Mousset", "Entraygues-Le Fel", SO, "blanc", [2022, 2023], 75),
    ("Entraygues-Le Fel Rouge", "Domaine Laurent Mousset", "Entraygues-Le Fel", SO, "rouge", [2021], 75),
    ("Entraygues Blanc", "Domaine Jean-Marc Viguier", "Entraygues-Le Fel", SO, "blanc", [2022], 75),
    ("Mauvais Temps", "Nicolas Carmarans", "IGP Aveyron", SO, "rouge", [2020], 75),
    ("Gorges du Tarn Rouge", "Vignerons des Gorges du Tarn", "Côtes de Millau", SO, "rouge", [2021, 2022], 75),
    ("Gorges du Tarn Rosé", "Vignerons des Gorges du Tarn", "Côtes de Millau", SO, "rosé", [2023], 75),
    ("Estaing Blanc", "Les Vignerons d'Olt", "Estaing", SO, "blanc", [2022], 75),
    # Gaillac
    ("Mauzac Nature", "Domaine Plageoles", "Gaillac", SO, "effervescent", [2021], 75),
    ("Renaissance Rouge", "Domaine Rotier", "Gaillac", SO, "rouge", [2018, 2019], 75),
    ("Renaissance Doux", "Domaine Rotier", "Gaillac", SO, "liquoreux", [2018], 50),
    ("Château de Mayragues Rouge", "Château de Mayragues", "Gaillac", SO, "rouge", [2020], 75),
    ("Peyrouzelles", "Domaine de Causse Marines", "Gaillac", SO, "rouge", [2021], 75),
    ("Ondenc", "Domaine Plageoles", "Gaillac", SO, "blanc", [2022], 75),
    ("Perlé Blanc", "Domaine de Labarthe", "Gaillac", SO, "blanc", [2023], 75),
    # Cahors
    ("Château Lagrézette", "Château Lagrézette", "Cahors", SO, "rouge", [2015, 2016, 2018], 75),
    ("Château Lagrézette", "Château Lagrézette", "Cahors", SO, "rouge", [2016], 37.5),
    ("Probus", "Clos Triguedina", "Cahors", SO, "rouge", [2015], 75),
    ("Le Cèdre", "Château du Cèdre", "Cahors", SO, "rouge", [2017, 2019], 75),
    ("Cuvée Particulière", "Château Lamartine", "Cahors", SO, "rouge", [2018, 2019], 75),
    ("Château de Haute-Serre", "Château de Haute-Serre", "Cahors", SO, "rouge", [2018], 75),
    # Fronton
    ("Château Bellevue la Forêt", "Château Bellevue la Forêt", "Fronton", SO, "rouge", [2021], 75),
    ("Château Bellevue la Forêt Rosé", "Château Bellevue la Forêt", "Fronton", SO, "rosé", [2023], 75),
    ("Château Plaisance", "Château Plaisance", "Fronton", SO, "rouge", [2020], 75),
    # Languedoc
    ("Mas de Daumas Gassac Rouge", "Mas de Daumas Gassac", "IGP Pays d'Hérault", "Languedoc", "rouge", [2019], 75),
    ("Grande Cuvée", "Domaine de l'Hortus", "Pic Saint-Loup", "Languedoc", "rouge", [2020, 2021], 75),
    ("Côte des Roses", "Gérard Bertrand", "Languedoc", "Languedoc", "rosé", [2023], 75),
    ("Les Darons", "Jeff Carrel", "Languedoc", "Languedoc", "rouge", [2022], 75),
    ("Première Bulle", "Sieur d'Arques", "Blanquette de Limoux", "Languedoc", "effervescent", [None], 75),
    # Bordeaux
    ("Château Larose-Trintaudon", "Château Larose-Trintaudon", "Haut-Médoc", "Bordeaux", "rouge", [2016, 2018], 75),
    ("Château Greysac", "Château Greysac", "Médoc", "Bordeaux", "rouge", [2017], 75),
    ("Château Greysac", "Château Greysac", "Médoc", "Bordeaux", "rouge", [2015], 150),
    ("Mouton Cadet Rouge", "Baron Philippe de Rothschild", "Bordeaux", "Bordeaux", "rouge", [None], 75),
    ("Château Bauduc Blanc", "Château Bauduc", "Bordeaux", "Bordeaux", "blanc", [2022], 75),
    # Champagne
    ("Brut Réserve", "Taittinger", "Champagne", "Champagne", "effervescent", [None], 75),
    ("Brut Réserve", "Taittinger", "Champagne", "Champagne", "effervescent", [None], 37.5),
    ("Brut Réserve", "Taittinger", "Champagne", "Champagne", "effervescent", [None], 150),
    ("Prestige Rosé", "Taittinger", "Champagne", "Champagne", "rosé", [None], 75),
]
# other drinks: name, producer, appellation, region, country, category, format
O = [
    ("Gentiane", "Avèze", None, "Auvergne", "France", "autre", 100),
    ("Gentiane", "Salers", None, "Auvergne", "France", "autre", 100),
    ("Suze", "Suze", None, None, "France", "autre", 100),
    ("Vin de Noix", "Domaine du Cros", None, "Sud-Ouest", "France", "autre", 75),
    ("Ratafia de Marcillac", "Domaine Laurens", None, "Sud-Ouest", "France", "autre", 50),
    ("Crème de Cassis", "Védrenne", None, "Bourgogne", "France", "autre", 70),
    ("Birlou", "Distillerie des Monts d'Auvergne", None, "Auvergne", "France", "autre", 70),
    ("Verveine du Velay Verte", "Pagès", None, "Auvergne", "France", "spiritueux", 70),
    ("Verveine du Velay Jaune", "Pagès", None, "Auvergne", "France", "spiritueux", 70),
    ("Eau-de-vie de Prune", "Distillerie Couderc", None, "Auvergne", "France", "spiritueux", 70),
    ("Liqueur de Châtaigne", "Distillerie Couderc", None, "Auvergne", "France", "spiritueux", 70),
    ("Poire Williams", "Massenez", None, "Alsace", "France", "spiritueux", 70),
    ("Marc de Marcillac", "Domaine du Cros", None, "Sud-Ouest", "France", "spiritueux", 70),
    ("Vieille Prune", "Louis Roque", None, "Sud-Ouest", "France", "spiritueux", 70),
    ("Ricard", "Ricard", None, None, "France", "spiritueux", 100),
    ("Pastis 51", "Pernod", None, None, "France", "spiritueux", 100),
    ("Pastis Henri Bardouin", "Distilleries et Domaines de Provence", None, "Provence", "France", "spiritueux", 70),
    ("Chartreuse Verte", "Chartreuse", None, "Savoie", "France", "spiritueux", 70),
    ("Get 27", "Get", None, None, "France", "spiritueux", 70),
    ("Armagnac VSOP", "Janneau", "Armagnac", "Gascogne", "France", "spiritueux", 70),
    ("Cognac VS", "Hennessy", "Cognac", "Charentes", "France", "spiritueux", 70),
    ("Calvados Pays d'Auge Hors d'Âge", "Christian Drouin", "Calvados Pays d'Auge", "Normandie", "France", "spiritueux", 70),
    ("Jack Daniel's Old No. 7", "Jack Daniel's", None, None, "États-Unis", "spiritueux", 70),
    ("Jameson", "Jameson", None, None, "Irlande", "spiritueux", 70),
    ("Lagavulin 16 ans", "Lagavulin", None, "Islay", "Écosse", "spiritueux", 70),
    ("Lagavulin 8 ans", "Lagavulin", None, "Islay", "Écosse", "spiritueux", 70),
    ("Absolut Vodka", "Absolut", None, None, "Suède", "spiritueux", 70),
    ("Bombay Sapphire", "Bombay", None, None, "Royaume-Uni", "spiritueux", 70),
    ("Diplomático Reserva Exclusiva", "Diplomático", None, None, "Venezuela", "spiritueux", 70),
    ("Baileys", "Baileys", None, None, "Irlande", "spiritueux", 70),
    ("Martini Bianco", "Martini", None, None, "Italie", "autre", 100),
    ("Porto Tawny", "Sandeman", "Porto", None, "Portugal", "autre", 75),
    ("Kronenbourg Pression", "Kronenbourg", None, "Alsace", "France", "bière", 3000),
    ("Grimbergen Blonde Pression", "Grimbergen", None, None, "Belgique", "bière", 2000),
    ("Leffe Ruby Pression", "Leffe", None, None, "Belgique", "bière", 2000),
    ("Leffe Blonde", "Leffe", None, None, "Belgique", "bière", 33),
    ("Desperados", "Desperados", None, None, "France", "bière", 33),
    ("Heineken", "Heineken", None, None, "Pays-Bas", "bière", 25),
    ("Chouffe Blonde", "Brasserie d'Achouffe", None, None, "Belgique", "bière", 33),
    ("Brasserie d'Olt Blonde", "Brasserie d'Olt", None, "Sud-Ouest", "France", "bière", 33),
    ("Brasserie d'Olt Ambrée", "Brasserie d'Olt", None, "Sud-Ouest", "France", "bière", 33),
    ("Kronenbourg Sans Alcool", "Kronenbourg", None, None, "France", "bière", 25),
    ("Salvetat", "Salvetat", None, "Languedoc", "France", "soft", 100),
    ("Salvetat", "Salvetat", None, "Languedoc", "France", "soft", 50),
    ("Badoit", "Badoit", None, None, "France", "soft", 100),
    ("Badoit", "Badoit", None, None, "France", "soft", 50),
    ("Evian", "Evian", None, None, "France", "soft", 50),
    ("Coca-Cola", "Coca-Cola", None, None, "France", "soft", 33),
    ("Coca-Cola Zéro", "Coca-Cola", None, None, "France", "soft", 33),
    ("Orangina", "Orangina", None, None, "France", "soft", 25),
    ("Schweppes Indian Tonic", "Schweppes", None, None, "France", "soft", 25),
    ("Perrier", "Perrier", None, None, "France", "soft", 33),
    ("Jus de Pomme", "Alain Milliat", None, None, "France", "soft", 100),
    ("Jus d'Abricot", "Alain Milliat", None, None, "France", "soft", 33),
    ("Limonade", "Lorina", None, None, "France", "soft", 75),
    ("Sirop de Menthe", "Teisseire", None, None, "France", "soft", 100),
]


def rows():
    out = []
    for name, prod, app, reg, col, vins, fmt in W:
        cat = "champagne" if app == "Champagne" else "vin"
        for v in vins:
            out.append({"name": name, "producer": prod, "appellation": app, "region": reg,
                        "country": "France", "colour": col, "category": cat,
                        "vintage": v, "format_cl": fmt})
    for name, prod, app, reg, ctry, cat, fmt in O:
        out.append({"name": name, "producer": prod, "appellation": app, "region": reg,
                    "country": ctry, "colour": None, "category": cat,
                    "vintage": None, "format_cl": fmt})
    for i, r in enumerate(out, 1):
        r["id"] = "rz%03d" % i
    return out
