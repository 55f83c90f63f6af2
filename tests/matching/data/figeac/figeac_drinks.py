"""The drinks library of "Le Café de la Place Champollion" (Figeac). One tuple a family:
(name, producer, appellation, region, colour, category, [(vintage, format_cl), ...])."""

W = "vin"
SO = "Sud-Ouest"
FAMILIES = [
    # Cahors
    ("Le Cèdre", "Château du Cèdre", "Cahors", SO, "rouge", W, [(2015, 75), (2016, 75), (2018, 75), (2016, 150)]),
    ("Cèdre Héritage", "Château du Cèdre", "Cahors", SO, "rouge", W, [(2020, 75), (2020, 37.5)]),
    ("Château Lagrézette", "Château Lagrézette", "Cahors", SO, "rouge", W, [(2009, 75), (2015, 75), (2017, 75), (2015, 150)]),
    ("Clos Triguedina", "Clos Triguedina", "Cahors", SO, "rouge", W, [(2014, 75), (2016, 75)]),
    ("The New Black Wine", "Clos Triguedina", "Cahors", SO, "rouge", W, [(2015, 75)]),
    ("Cuvée Particulière", "Château Lamartine", "Cahors", SO, "rouge", W, [(2017, 75), (2019, 75), (2019, 37.5)]),
    ("Expression", "Château Lamartine", "Cahors", SO, "rouge", W, [(2016, 75)]),
    ("Clos de Gamot", "Jouffreau-Hermann", "Cahors", SO, "rouge", W, [(2005, 75), (2010, 75), (2012, 75)]),
    ("Château de Haute-Serre", "Georges Vigouroux", "Cahors", SO, "rouge", W, [(2016, 75)]),
    ("Château de Chambert", "Château de Chambert", "Cahors", SO, "rouge", W, [(2016, 75), (2018, 75)]),
    ("Le Combal", "Domaine Cosse Maisonneuve", "Cahors", SO, "rouge", W, [(2019, 75)]),
    ("Les Escures", "Mas del Périé", "Cahors", SO, "rouge", W, [(2020, 75), (2021, 75)]),
    ("La Roque", "Mas del Périé", "Cahors", SO, "rouge", W, [(2019, 75)]),
    # Coteaux du Quercy
    ("Domaine d'Ariès", "Domaine d'Ariès", "Coteaux du Quercy", SO, "rouge", W, [(2018, 75), (2019, 75)]),
    ("Domaine d'Ariès rosé", "Domaine d'Ariès", "Coteaux du Quercy", SO, "rosé", W, [(2022, 75)]),
    ("Domaine du Merchien", "Domaine du Merchien", "Coteaux du Quercy", SO, "rouge", W, [(2019, 75), (2020, 75)]),
    # Marcillac
    ("Lo Sang del Païs", "Domaine du Cros", "Marcillac", SO, "rouge", W, [(2021, 75), (2022, 75)]),
    ("Vieilles Vignes", "Domaine du Cros", "Marcillac", SO, "rouge", W, [(2019, 75)]),
    ("Cave du Vallon Tradition", "Cave du Vallon", "Marcillac", SO, "rouge", W, [(2022, 75)]),
    ("Pierres Rouges", "Domaine Laurens", "Marcillac", SO, "rouge", W, [(2020, 75)]),
    # Gaillac
    ("Mauzac Nature", "Domaine Plageoles", "Gaillac", SO, "effervescent", W, [(None, 75)]),
    ("Braucol", "Domaine Plageoles", "Gaillac", SO, "rouge", W, [(2020, 75)]),
    ("Ondenc", "Domaine Plageoles", "Gaillac", SO, "blanc", W, [(2021, 75)]),
    ("Renaissance rouge", "Domaine Rotier", "Gaillac", SO, "rouge", W, [(2018, 75)]),
    ("Renaissance doux", "Domaine Rotier", "Gaillac", SO, "liquoreux", W, [(2018, 50)]),
    ("Château Clément Termes rosé", "Château Clément Termes", "Gaillac", SO, "rosé", W, [(2022, 75)]),
    # Bergerac, Pécharmant, Monbazillac
    ("Cuvée des Conti", "Château Tour des Gendres", "Bergerac", SO, "blanc", W, [(2021, 75), (2022, 75)]),
    ("Château de la Jaubertie", "Château de la Jaubertie", "Bergerac", SO, "rouge", W, [(2019, 75)]),
    ("Château de la Jaubertie rosé", "Château de la Jaubertie", "Bergerac", SO, "rosé", W, [(2022, 75)]),
    ("Château Les Miaudoux", "Château Les Miaudoux", "Bergerac", SO, "blanc", W, [(2021, 75)]),
    ("Château de Tiregand", "Château de Tiregand", "Pécharmant", SO, "rouge", W, [(2016, 75), (2018, 75)]),
    ("Les Pins", "Château Tirecul La Gravière", "Monbazillac", SO, "liquoreux", W, [(2018, 75), (2018, 37.5)]),
    ("Château de Monbazillac", "Cave de Monbazillac", "Monbazillac", SO, "liquoreux", W, [(2016, 75), (2019, 75), (2019, 37.5)]),
    ("Blanche de Bosredon", "Château Bélingard", "Monbazillac", SO, "liquoreux", W, [(2017, 50)]),
    # Bordeaux
    ("Château Larose-Trintaudon", "Château Larose-Trintaudon", "Haut-Médoc", "Bordeaux", "rouge", W, [(2016, 75)]),
    ("Château Fonplégade", "Château Fonplégade", "Saint-Émilion Grand Cru", "Bordeaux", "rouge", W, [(2015, 75)]),
    ("Château Reynon blanc", "Denis Dubourdieu", "Bordeaux", "Bordeaux", "blanc", W, [(2021, 75)]),
    ("Château Puygueraud", "Château Puygueraud", "Francs Côtes de Bordeaux", "Bordeaux", "rouge", W, [(2016, 75), (2016, 150)]),
    ("Mouton Cadet", "Baron Philippe de Rothschild", "Bordeaux", "Bordeaux", "rouge", W, [(2019, 75)]),
    # Champagne
    ("Carte d'Or Brut", "Drappier", "Champagne", "Champagne", "effervescent", "champagne", [(None, 75), (None, 37.5)]),
    # local aperitifs and liqueurs
    ("Noix de la Saint-Jean", "La Quercynoise", None, SO, None, "autre", [(None, 75)]),
    ("Vin de noix maison", "Le Café de la Place", None, SO, None, "autre", [(None, 100)]),
    ("Vieille Prune", "Distillerie Louis Roque", None, SO, None, "spiritueux", [(None, 70)]),
    ("Liqueur de Prune", "Distillerie Louis Roque", None, SO, None, "spiritueux", [(None, 70)]),
    ("Ratafia de noix", "La Quercynoise", None, SO, None, "autre", [(None, 70)]),
    # armagnac, cognac
    ("Château de Laubade VSOP", "Château de Laubade", "Bas-Armagnac", "Gascogne", None, "spiritueux", [(None, 70)]),
    ("Château de Laubade XO", "Château de Laubade", "Bas-Armagnac", "Gascogne", None, "spiritueux", [(None, 70)]),
    ("Château de Laubade Millésime", "Château de Laubade", "Bas-Armagnac", "Gascogne", None, "spiritueux", [(1990, 70)]),
    ("Darroze 20 ans", "Darroze", "Bas-Armagnac", "Gascogne", None, "spiritueux", [(None, 70)]),
    ("Delord Hors d'Âge", "Delord", "Bas-Armagnac", "Gascogne", None, "spiritueux", [(None, 70)]),
    ("Rémy Martin VSOP", "Rémy Martin", "Cognac", "Cognac", None, "spiritueux", [(None, 70)]),
    ("Hennessy XO", "Hennessy", "Cognac", "Cognac", None, "spiritueux", [(None, 70)]),
    # classic spirits and aperitifs
    ("Ricard", "Pernod Ricard", None, None, None, "spiritueux", [(None, 100)]),
    ("Suze", "Suze", None, None, None, "autre", [(None, 100)]),
    ("Martini Bianco", "Martini", None, None, None, "autre", [(None, 100)]),
    ("Lillet Blanc", "Lillet", None, "Bordeaux", None, "autre", [(None, 75)]),
    ("Crème de cassis", "Lejay-Lagoute", None, "Bourgogne", None, "autre", [(None, 70)]),
    ("Get 27", "Get", None, None, None, "spiritueux", [(None, 70)]),
    ("Jack Daniel's Old No. 7", "Jack Daniel's", None, None, None, "spiritueux", [(None, 70)]),
    ("Jameson", "Jameson", None, None, None, "spiritueux", [(None, 70)]),
    ("Lagavulin 16 ans", "Lagavulin", None, None, None, "spiritueux", [(None, 70)]),
    ("Bombay Sapphire", "Bombay", None, None, None, "spiritueux", [(None, 70)]),
    ("Havana Club 3 ans", "Havana Club", None, None, None, "spiritueux", [(None, 70)]),
    ("Absolut Vodka", "Absolut", None, None, None, "spiritueux", [(None, 70)]),
    ("Cointreau", "Cointreau", None, None, None, "spiritueux", [(None, 70)]),
    ("Baileys", "Baileys", None, None, None, "spiritueux", [(None, 70)]),
    ("Avèze", "Avèze", None, "Auvergne", None, "autre", [(None, 100)]),
    ("Calvados Pays d'Auge", "Christian Drouin", "Calvados Pays d'Auge", "Normandie", None, "spiritueux", [(None, 70)]),
    # beers: draught kegs, then bottles
    ("1664", "Kronenbourg", None, None, None, "bière", [(None, 3000)]),
    ("Grimbergen Blonde", "Grimbergen", None, None, None, "bière", [(None, 2000)]),
    ("Hoegaarden Blanche", "Hoegaarden", None, None, None, "bière", [(None, 2000)]),
    ("Leffe Blonde", "Leffe", None, None, None, "bière", [(None, 33)]),
    ("Chimay Bleue", "Chimay", None, None, None, "bière", [(None, 33)]),
    ("Desperados", "Desperados", None, None, None, "bière", [(None, 33)]),
    ("Corona Extra", "Corona", None, None, None, "bière", [(None, 35.5)]),
    ("Brasserie Ratz Blonde", "Brasserie Ratz", None, SO, None, "bière", [(None, 33)]),
    ("Heineken 0.0", "Heineken", None, None, None, "bière", [(None, 25)]),
    ("Pelforth Brune", "Pelforth", None, None, None, "bière", [(None, 25)]),
    # softs
    ("Coca-Cola", "Coca-Cola", None, None, None, "soft", [(None, 33)]),
    ("Coca-Cola Zéro", "Coca-Cola", None, None, None, "soft", [(None, 33)]),
    ("Orangina", "Orangina", None, None, None, "soft", [(None, 25)]),
    ("Perrier", "Perrier", None, None, None, "soft", [(None, 33)]),
    ("Badoit", "Badoit", None, None, None, "soft", [(None, 100), (None, 50)]),
    ("Evian", "Evian", None, None, None, "soft", [(None, 100), (None, 50)]),
    ("Salvetat", "Salvetat", None, "Occitanie", None, "soft", [(None, 100)]),
    ("Schweppes Indian Tonic", "Schweppes", None, None, None, "soft", [(None, 20)]),
    ("Lipton Ice Tea", "Lipton", None, None, None, "soft", [(None, 25)]),
    ("Limonade", "Lorina", None, None, None, "soft", [(None, 33)]),
    ("Jus de pomme", "Alain Milliat", None, None, None, "soft", [(None, 100)]),
    ("Jus d'abricot", "Alain Milliat", None, None, None, "soft", [(None, 100)]),
]

def library():
    """Entries in id order (fg001...): the families in order, vintages and formats as listed."""
    out = []
    for name, prod, app, reg, col, cat, items in FAMILIES:
        for vint, fmt in items:
            out.append({"name": name, "producer": prod, "appellation": app, "region": reg,
                        "country": FOREIGN.get(name, "France"),
                        "colour": col, "category": cat, "vintage": vint,
                        "format_cl": int(fmt) if float(fmt).is_integer() else fmt})
    for i, d in enumerate(out, 1):
        d["id"] = "fg%03d" % i
    return out

FOREIGN = {"Jack Daniel's Old No. 7": "États-Unis", "Jameson": "Irlande", "Lagavulin 16 ans": "Écosse",
           "Bombay Sapphire": "Royaume-Uni", "Havana Club 3 ans": "Cuba", "Absolut Vodka": "Suède",
           "Baileys": "Irlande", "Leffe Blonde": "Belgique", "Chimay Bleue": "Belgique",
           "Desperados": "France", "Corona Extra": "Mexique", "Heineken 0.0": "Pays-Bas",
           "Grimbergen Blonde": "Belgique", "Hoegaarden Blanche": "Belgique"}
