"""Drinks of "L'Auberge du Pont Saint-Étienne" (Limoges).

key: (name, producer, appellation, region, country, colour, category, {format_cl: [vintages]})
A vintage list [None] means a non-vintage drink.
"""

F = "France"
DRINKS = [
    # Bordeaux
    ("cissac", ("Château Cissac", "Château Cissac", "Haut-Médoc", "Bordeaux", F, "rouge", "vin", {75: [2016, 2019], 37.5: [2018]})),
    ("larose", ("Château Larose-Trintaudon", "Château Larose-Trintaudon", "Haut-Médoc", "Bordeaux", F, "rouge", "vin", {75: [2018], 150: [2016]})),
    ("fonreaud", ("Château Fonréaud", "Château Fonréaud", "Listrac-Médoc", "Bordeaux", F, "rouge", "vin", {75: [2017]})),
    ("mirambeau_r", ("Château Tour de Mirambeau", "Vignobles Despagne", "Bordeaux", "Bordeaux", F, "rouge", "vin", {75: [2020]})),
    ("mirambeau_b", ("Château Tour de Mirambeau", "Vignobles Despagne", "Entre-deux-Mers", "Bordeaux", F, "blanc", "vin", {75: [2022]})),
    ("reynon", ("Château Reynon", "Denis Dubourdieu Domaines", "Cadillac Côtes de Bordeaux", "Bordeaux", F, "rouge", "vin", {75: [2018, 2019]})),
    ("fombrauge", ("Château Fombrauge", "Château Fombrauge", "Saint-Émilion Grand Cru", "Bordeaux", F, "rouge", "vin", {75: [2016, 2018]})),
    ("pressac", ("Château de Pressac", "Château de Pressac", "Saint-Émilion Grand Cru", "Bordeaux", F, "rouge", "vin", {75: [2017]})),
    ("bonalgue", ("Château Bonalgue", "Château Bonalgue", "Pomerol", "Bordeaux", F, "rouge", "vin", {75: [2017], 37.5: [2019]})),
    ("fleurboua", ("Château La Fleur de Boüard", "Château La Fleur de Boüard", "Lalande-de-Pomerol", "Bordeaux", F, "rouge", "vin", {75: [2016]})),
    ("parenchere", ("Château de Parenchère", "Château de Parenchère", "Bordeaux Supérieur", "Bordeaux", F, "rouge", "vin", {75: [2019, 2020]})),
    ("rahoul", ("Château Rahoul", "Château Rahoul", "Graves", "Bordeaux", F, "blanc", "vin", {75: [2021]})),
    ("hautbergeron", ("Château Haut-Bergeron", "Château Haut-Bergeron", "Sauternes", "Bordeaux", F, "liquoreux", "vin", {75: [2015], 37.5: [2017]})),
    # Bergerac
    ("jaubertie_r", ("Château de la Jaubertie", "Château de la Jaubertie", "Bergerac", "Sud-Ouest", F, "rouge", "vin", {75: [2020]})),
    ("jaubertie_b", ("Château de la Jaubertie", "Château de la Jaubertie", "Bergerac Sec", "Sud-Ouest", F, "blanc", "vin", {75: [2022]})),
    ("tiregand", ("Château de Tiregand", "Château de Tiregand", "Pécharmant", "Sud-Ouest", F, "rouge", "vin", {75: [2017, 2019]})),
    ("monbazillac", ("Château de Monbazillac", "Cave de Monbazillac", "Monbazillac", "Sud-Ouest", F, "liquoreux", "vin", {75: [2018], 50: [2016]})),
    ("abbaye", ("L'Abbaye", "Domaine de l'Ancienne Cure", "Bergerac", "Sud-Ouest", F, "rouge", "vin", {75: [2019]})),
    # Cahors
    ("lecedre", ("Le Cèdre", "Château du Cèdre", "Cahors", "Sud-Ouest", F, "rouge", "vin", {75: [2016, 2018]})),
    ("cedreher", ("Cèdre Héritage", "Château du Cèdre", "Cahors", "Sud-Ouest", F, "rouge", "vin", {75: [2021]})),
    ("lagrezette", ("Château Lagrézette", "Château Lagrézette", "Cahors", "Sud-Ouest", F, "rouge", "vin", {75: [2015, 2017]})),
    ("coutale", ("Clos La Coutale", "Clos La Coutale", "Cahors", "Sud-Ouest", F, "rouge", "vin", {75: [2020, 2021], 150: [2019]})),
    ("monplaisir", ("Prestige", "Château Haut-Monplaisir", "Cahors", "Sud-Ouest", F, "rouge", "vin", {75: [2019]})),
    # Loire
    ("grezeaux", ("Les Grézeaux", "Domaine Bernard Baudry", "Chinon", "Loire", F, "rouge", "vin", {75: [2019]})),
    ("baudrydom", ("Le Domaine", "Domaine Bernard Baudry", "Chinon", "Loire", F, "rouge", "vin", {75: [2021]})),
    ("joguet", ("Cuvée Terroir", "Charles Joguet", "Chinon", "Loire", F, "rouge", "vin", {75: [2020]})),
    ("coudraye", ("La Coudraye", "Domaine Yannick Amirault", "Bourgueil", "Loire", F, "rouge", "vin", {75: [2020, 2021]})),
    ("villeneuve", ("Château de Villeneuve", "Château de Villeneuve", "Saumur-Champigny", "Loire", F, "rouge", "vin", {75: [2019], 37.5: [2020]})),
    ("rouilleres", ("Les Rouillères", "Domaine Frédéric Mabileau", "Saint-Nicolas-de-Bourgueil", "Loire", F, "rouge", "vin", {75: [2021]})),
    ("crochet_b", ("Le Croix du Roy", "Lucien Crochet", "Sancerre", "Loire", F, "blanc", "vin", {75: [2022], 37.5: [2022]})),
    ("crochet_r", ("Le Croix du Roy", "Lucien Crochet", "Sancerre", "Loire", F, "rouge", "vin", {75: [2021]})),
    ("pepiere", ("Domaine de la Pépière", "Domaine de la Pépière", "Muscadet Sèvre et Maine", "Loire", F, "blanc", "vin", {75: [2022]})),
    ("silex", ("Cuvée de Silex", "Domaine des Aubuisières", "Vouvray", "Loire", F, "blanc", "vin", {75: [2021]})),
    # Beaujolais
    ("morgon", ("Côte du Py", "Domaine Jean-Marc Burgaud", "Morgon", "Beaujolais", F, "rouge", "vin", {75: [2021, 2022]})),
    ("moriers", ("Les Moriers", "Domaine Chignard", "Fleurie", "Beaujolais", F, "rouge", "vin", {75: [2021]})),
    ("jacques", ("Château des Jacques", "Louis Jadot", "Moulin-à-Vent", "Beaujolais", F, "rouge", "vin", {75: [2019]})),
    ("chaize", ("Château de la Chaize", "Château de la Chaize", "Brouilly", "Beaujolais", F, "rouge", "vin", {75: [2022]})),
    ("ancien", ("L'Ancien", "Jean-Paul Brun", "Beaujolais", "Beaujolais", F, "rouge", "vin", {75: [2022]})),
    # Rhône
    ("delas_r", ("Saint-Esprit", "Delas Frères", "Côtes du Rhône", "Rhône", F, "rouge", "vin", {75: [2020, 2021], 37.5: [2020]})),
    ("delas_b", ("Saint-Esprit", "Delas Frères", "Côtes du Rhône", "Rhône", F, "blanc", "vin", {75: [2022]})),
    ("delas_rs", ("Saint-Esprit", "Delas Frères", "Côtes du Rhône", "Rhône", F, "rosé", "vin", {75: [2023]})),
    ("janasse", ("Réserve", "Domaine de la Janasse", "Côtes du Rhône", "Rhône", F, "rouge", "vin", {75: [2021]})),
    ("coudoulet", ("Coudoulet de Beaucastel", "Famille Perrin", "Côtes du Rhône", "Rhône", F, "rouge", "vin", {75: [2020]})),
    # Burgundy
    ("jacobins", ("Couvent des Jacobins", "Louis Jadot", "Bourgogne", "Bourgogne", F, "rouge", "vin", {75: [2021]})),
    ("chamirey", ("Château de Chamirey", "Château de Chamirey", "Mercurey", "Bourgogne", F, "rouge", "vin", {75: [2019]})),
    ("brocard", ("Sainte Claire", "Domaine Jean-Marc Brocard", "Chablis", "Bourgogne", F, "blanc", "vin", {75: [2021, 2022], 37.5: [2022]})),
    ("saumaize", ("Vignes Blanches", "Domaine Saumaize-Michelin", "Pouilly-Fuissé", "Bourgogne", F, "blanc", "vin", {75: [2021]})),
    ("pavelot", ("Savigny-lès-Beaune", "Domaine Pavelot", "Savigny-lès-Beaune", "Bourgogne", F, "rouge", "vin", {75: [2019]})),
    # Bubbles, rosé
    ("taitt", ("Brut Réserve", "Taittinger", "Champagne", "Champagne", F, "effervescent", "champagne", {75: [None], 37.5: [None], 150: [None]})),
    ("taitt_rs", ("Prestige Rosé", "Taittinger", "Champagne", "Champagne", F, "rosé", "champagne", {75: [None]})),
    ("feuillatte", ("Réserve Exclusive Brut", "Nicolas Feuillatte", "Champagne", "Champagne", F, "effervescent", "champagne", {75: [None]})),
    ("polroger", ("Brut Réserve", "Pol Roger", "Champagne", "Champagne", F, "effervescent", "champagne", {75: [None]})),
    ("langlois", ("Crémant de Loire Brut", "Langlois-Château", "Crémant de Loire", "Loire", F, "effervescent", "vin", {75: [None]})),
    ("bila", ("Les Vignes de Bila-Haut", "M. Chapoutier", "Côtes du Roussillon", "Roussillon", F, "rosé", "vin", {75: [2023]})),
    # House wines in a 5 l BIB
    ("maison_r", ("Cuvée Maison rouge", "Cave de Sigoulès", "Bergerac", "Sud-Ouest", F, "rouge", "vin", {500: [None]})),
    ("maison_b", ("Cuvée Maison blanc", "Cave de Sigoulès", "Bergerac Sec", "Sud-Ouest", F, "blanc", "vin", {500: [None]})),
    ("maison_rs", ("Cuvée Maison rosé", "Cave de Sigoulès", "Bergerac", "Sud-Ouest", F, "rosé", "vin", {500: [None]})),
    # Beers (draught held as the keg)
    ("k1664", ("1664 Blonde", "Kronenbourg", None, None, F, None, "bière", {3000: [None]})),
    ("leffe", ("Leffe Blonde", "Abbaye de Leffe", None, None, "Belgique", None, "bière", {2000: [None], 33: [None]})),
    ("grimb_bd", ("Grimbergen Blonde", "Grimbergen", None, None, "Belgique", None, "bière", {3000: [None]})),
    ("grimb_bl", ("Grimbergen Blanche", "Grimbergen", None, None, "Belgique", None, "bière", {33: [None]})),
    ("pelforth", ("Pelforth Brune", "Pelforth", None, None, F, None, "bière", {33: [None]})),
    # Softs
    ("coca", ("Coca-Cola", "Coca-Cola", None, None, F, None, "soft", {33: [None]})),
    ("cocazero", ("Coca-Cola Zéro", "Coca-Cola", None, None, F, None, "soft", {33: [None]})),
    ("orangina", ("Orangina", "Orangina", None, None, F, None, "soft", {25: [None]})),
    ("schweppes", ("Schweppes Indian Tonic", "Schweppes", None, None, F, None, "soft", {25: [None]})),
    ("perrier", ("Perrier", "Perrier", None, None, F, None, "soft", {33: [None]})),
    ("evian", ("Evian", "Evian", None, None, F, None, "soft", {100: [None], 50: [None]})),
    ("badoit", ("Badoit", "Badoit", None, None, F, None, "soft", {100: [None]})),
    ("lorina", ("Limonade Lorina", "Lorina", None, None, F, None, "soft", {33: [None]})),
    # Aperitifs
    ("ricard", ("Ricard", "Pernod Ricard", None, None, F, None, "spiritueux", {100: [None]})),
    ("suze", ("Suze", "Suze", None, None, F, None, "autre", {100: [None]})),
    ("martini_b", ("Martini Bianco", "Martini", None, None, "Italie", None, "autre", {100: [None]})),
    ("martini_r", ("Martini Rosso", "Martini", None, None, "Italie", None, "autre", {100: [None]})),
    ("pineau", ("Pineau des Charentes blanc 5 ans", "Château de Beaulon", "Pineau des Charentes", "Cognac", F, None, "autre", {75: [None]})),
    ("porto", ("Porto Ruby", "Sandeman", "Porto", "Douro", "Portugal", None, "autre", {75: [None]})),
    ("lillet", ("Lillet Blanc", "Lillet", None, "Bordeaux", F, None, "autre", {75: [None]})),
    # Cognac, Armagnac, other spirits
    ("remy_vsop", ("Rémy Martin VSOP", "Rémy Martin", "Cognac", "Cognac", F, None, "spiritueux", {70: [None]})),
    ("remy_xo", ("Rémy Martin XO", "Rémy Martin", "Cognac", "Cognac", F, None, "spiritueux", {70: [None]})),
    ("hennessy", ("Hennessy VS", "Hennessy", "Cognac", "Cognac", F, None, "spiritueux", {70: [None]})),
    ("ferrand", ("Pierre Ferrand 1840", "Pierre Ferrand", "Cognac", "Cognac", F, None, "spiritueux", {70: [None]})),
    ("laubade_vsop", ("Château de Laubade VSOP", "Château de Laubade", "Bas-Armagnac", "Gascogne", F, None, "spiritueux", {70: [None]})),
    ("laubade_xo", ("Château de Laubade XO", "Château de Laubade", "Bas-Armagnac", "Gascogne", F, None, "spiritueux", {70: [None]})),
    ("delord", ("Delord Millésime", "Delord", "Bas-Armagnac", "Gascogne", F, None, "spiritueux", {70: [1985, 1990]})),
    ("janneau", ("Janneau VSOP", "Janneau", "Armagnac", "Gascogne", F, None, "spiritueux", {70: [None]})),
    ("calva", ("Père Magloire VSOP", "Père Magloire", "Calvados Pays d'Auge", "Normandie", F, None, "spiritueux", {70: [None]})),
    ("poire", ("Poire Williams", "Massenez", None, "Alsace", F, None, "spiritueux", {70: [None]})),
    ("glenf", ("Glenfiddich 12 ans", "Glenfiddich", None, "Speyside", "Écosse", None, "spiritueux", {70: [None]})),
    ("jameson", ("Jameson", "Jameson", None, None, "Irlande", None, "spiritueux", {70: [None]})),
]
