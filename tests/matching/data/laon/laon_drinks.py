"""The drinks of "Le Beffroi" (Laon): key, library fields, and per format the vintages held.

One tuple per wine or drink: (key, name, producer, appellation, region, country, colour,
category, {format_cl: [vintages]}), where a vintage list of [None] means non-vintage.
The build gives ids la001... in this order (format ascending, then vintage ascending).
"""

F, B, S, I = "France", "Belgique", "Écosse", "Italie"
CH, V, SP, BI, SO, AU = "champagne", "vin", "spiritueux", "bière", "soft", "autre"
NV = [None]

DRINKS = [
    # --- Champagne: houses
    ("polres", "Brut Réserve", "Pol Roger", "Champagne", "Champagne", F, "effervescent", CH, {37.5: NV, 75: NV, 150: NV}),
    ("polbdb", "Blanc de Blancs", "Pol Roger", "Champagne", "Champagne", F, "effervescent", CH, {75: [2013, 2015]}),
    ("polros", "Rosé Vintage", "Pol Roger", "Champagne", "Champagne", F, "rosé", CH, {75: [2015]}),
    ("polswc", "Sir Winston Churchill", "Pol Roger", "Champagne", "Champagne", F, "effervescent", CH, {75: [2013]}),
    ("bsres", "Brut Réserve", "Billecart-Salmon", "Champagne", "Champagne", F, "effervescent", CH, {75: NV, 150: NV}),
    ("bsros", "Brut Rosé", "Billecart-Salmon", "Champagne", "Champagne", F, "rosé", CH, {37.5: NV, 75: NV}),
    ("bsbdb", "Blanc de Blancs Grand Cru", "Billecart-Salmon", "Champagne", "Champagne", F, "effervescent", CH, {75: NV}),
    ("vccj", "Brut Carte Jaune", "Veuve Clicquot", "Champagne", "Champagne", F, "effervescent", CH, {37.5: NV, 75: NV, 150: NV}),
    ("vcros", "Rosé", "Veuve Clicquot", "Champagne", "Champagne", F, "rosé", CH, {75: NV}),
    ("vcgd", "La Grande Dame", "Veuve Clicquot", "Champagne", "Champagne", F, "effervescent", CH, {75: [2012, 2015]}),
    ("moetimp", "Impérial Brut", "Moët & Chandon", "Champagne", "Champagne", F, "effervescent", CH, {37.5: NV, 75: NV}),
    ("moetros", "Rosé Impérial", "Moët & Chandon", "Champagne", "Champagne", F, "rosé", CH, {75: NV}),
    ("ruibdb", "Blanc de Blancs", "Ruinart", "Champagne", "Champagne", F, "effervescent", CH, {75: NV}),
    ("bolsc", "Special Cuvée", "Bollinger", "Champagne", "Champagne", F, "effervescent", CH, {75: NV, 150: NV}),
    ("bolga", "La Grande Année", "Bollinger", "Champagne", "Champagne", F, "effervescent", CH, {75: [2014, 2015]}),
    ("taitres", "Brut Réserve", "Taittinger", "Champagne", "Champagne", F, "effervescent", CH, {75: NV}),
    ("taitcomtes", "Comtes de Champagne Blanc de Blancs", "Taittinger", "Champagne", "Champagne", F, "effervescent", CH, {75: [2012]}),
    ("roed244", "Collection 244", "Louis Roederer", "Champagne", "Champagne", F, "effervescent", CH, {75: NV}),
    ("gossetgr", "Grande Réserve Brut", "Gosset", "Champagne", "Champagne", F, "effervescent", CH, {75: NV}),
    ("pannsel", "Brut Sélection", "Pannier", "Champagne", "Champagne", F, "effervescent", CH, {37.5: NV, 75: NV}),
    ("pannros", "Rosé Velours", "Pannier", "Champagne", "Champagne", F, "rosé", CH, {75: NV}),
    # --- Champagne: growers
    ("drapcdo", "Carte d'Or Brut", "Drappier", "Champagne", "Champagne", F, "effervescent", CH, {37.5: NV, 75: NV, 150: NV}),
    ("drapnat", "Brut Nature Zéro Dosage", "Drappier", "Champagne", "Champagne", F, "effervescent", CH, {75: NV}),
    ("drapgs", "Grande Sendrée", "Drappier", "Champagne", "Champagne", F, "effervescent", CH, {75: [2012]}),
    ("gimcuis", "Cuis 1er Cru Blanc de Blancs Brut", "Pierre Gimonnet & Fils", "Champagne", "Champagne", F, "effervescent", CH, {75: NV}),
    ("gimfleu", "Fleuron 1er Cru Blanc de Blancs", "Pierre Gimonnet & Fils", "Champagne", "Champagne", F, "effervescent", CH, {75: [2016, 2018]}),
    ("eglytrad", "Brut Tradition Grand Cru", "Egly-Ouriet", "Champagne", "Champagne", F, "effervescent", CH, {75: NV}),
    ("larmlat", "Latitude Extra Brut", "Larmandier-Bernier", "Champagne", "Champagne", F, "effervescent", CH, {75: NV}),
    ("jacq746", "Cuvée 746 Extra Brut", "Jacquesson", "Champagne", "Champagne", F, "effervescent", CH, {75: NV}),
    ("chartbdn", "Blanc de Noirs Brut", "Charlot-Tanneux", "Champagne", "Champagne", F, "effervescent", CH, {75: NV}),
    ("ratafia", "Ratafia de Champagne", "Drappier", "Ratafia champenois", "Champagne", F, None, AU, {70: NV}),
    ("coteauxch", "Coteaux Champenois Rouge Bouzy", "Paul Bara", "Coteaux Champenois", "Champagne", F, "rouge", V, {75: [2018]}),
    # --- Loire
    ("sancbourg", "Sancerre La Côte des Monts Damnés", "Henri Bourgeois", "Sancerre", "Loire", F, "blanc", V, {75: [2020, 2022]}),
    ("sancvach", "Sancerre Les Romains", "Domaine Vacheron", "Sancerre", "Loire", F, "blanc", V, {75: [2021]}),
    ("sancrouge", "Sancerre Rouge", "Domaine Vacheron", "Sancerre", "Loire", F, "rouge", V, {75: [2021]}),
    ("ladouc", "Pouilly-Fumé", "de Ladoucette", "Pouilly-Fumé", "Loire", F, "blanc", V, {37.5: [2022], 75: [2021, 2022]}),
    ("dagpur", "Pur Sang", "Didier Dagueneau", "Pouilly-Fumé", "Loire", F, "blanc", V, {75: [2019, 2020]}),
    ("huethaut", "Le Haut-Lieu Sec", "Domaine Huet", "Vouvray", "Loire", F, "blanc", V, {75: [2020, 2021]}),
    ("baudgrez", "Les Grézeaux", "Bernard Baudry", "Chinon", "Loire", F, "rouge", V, {75: [2019, 2020]}),
    ("villchamp", "Saumur-Champigny", "Château de Villeneuve", "Saumur-Champigny", "Loire", F, "rouge", V, {37.5: [2021], 75: [2021, 2022]}),
    ("pepiere", "Clos des Briords", "Domaine de la Pépière", "Muscadet Sèvre et Maine", "Loire", F, "blanc", V, {75: [2022]}),
    ("baumard", "Coteaux du Layon", "Domaine des Baumard", "Coteaux du Layon", "Loire", F, "liquoreux", V, {50: [2019]}),
    # --- Burgundy
    ("brocste", "Chablis Sainte-Claire", "Jean-Marc Brocard", "Chablis", "Bourgogne", F, "blanc", V, {37.5: [2022], 75: [2022, 2023], 150: [2021]}),
    ("brocmont", "Chablis 1er Cru Montmains", "Jean-Marc Brocard", "Chablis 1er Cru", "Bourgogne", F, "blanc", V, {75: [2020, 2021]}),
    ("billaud", "Chablis 1er Cru Montée de Tonnerre", "Domaine Billaud-Simon", "Chablis 1er Cru", "Bourgogne", F, "blanc", V, {75: [2020]}),
    ("faivgev", "Gevrey-Chambertin", "Domaine Faiveley", "Gevrey-Chambertin", "Bourgogne", F, "rouge", V, {75: [2018, 2019]}),
    ("faivmerc", "Mercurey La Framboisière", "Domaine Faiveley", "Mercurey", "Bourgogne", F, "rouge", V, {75: [2020]}),
    ("parentpom", "Pommard", "Domaine Parent", "Pommard", "Bourgogne", F, "rouge", V, {75: [2017, 2019]}),
    ("ballmeur", "Meursault", "Domaine Ballot-Millot", "Meursault", "Bourgogne", F, "blanc", V, {75: [2020]}),
    ("ferretpf", "Pouilly-Fuissé", "Domaine J.A. Ferret", "Pouilly-Fuissé", "Bourgogne", F, "blanc", V, {75: [2021]}),
    ("bouillot", "Crémant de Bourgogne Perle d'Ivoire", "Louis Bouillot", "Crémant de Bourgogne", "Bourgogne", F, "effervescent", V, {75: NV}),
    # --- Bordeaux
    ("lagrange", "Château Lagrange", "Château Lagrange", "Saint-Julien", "Bordeaux", F, "rouge", V, {75: [2015, 2016], 150: [2015]}),
    ("fiefs", "Les Fiefs de Lagrange", "Château Lagrange", "Saint-Julien", "Bordeaux", F, "rouge", V, {75: [2018]}),
    ("cantemerle", "Château Cantemerle", "Château Cantemerle", "Haut-Médoc", "Bordeaux", F, "rouge", V, {75: [2016, 2018]}),
    ("sociando", "Château Sociando-Mallet", "Château Sociando-Mallet", "Haut-Médoc", "Bordeaux", F, "rouge", V, {75: [2017]}),
    ("tsb", "Château Tour Saint-Bonnet", "Château Tour Saint-Bonnet", "Médoc", "Bordeaux", F, "rouge", V, {37.5: [2019], 75: [2019]}),
    ("fieuzalb", "Château de Fieuzal Blanc", "Château de Fieuzal", "Pessac-Léognan", "Bordeaux", F, "blanc", V, {75: [2019]}),
    ("doisy", "Château Doisy-Daëne", "Château Doisy-Daëne", "Sauternes", "Bordeaux", F, "liquoreux", V, {37.5: [2017]}),
    # --- a few others on the list
    ("cdrguigal", "Côtes du Rhône", "E. Guigal", "Côtes du Rhône", "Rhône", F, "rouge", V, {75: [2020]}),
    ("miraval", "Miraval", "Château Miraval", "Côtes de Provence", "Provence", F, "rosé", V, {75: [2023]}),
    # --- beers: draught kegs
    ("goudalep", "La Goudale Blonde (pression)", "Brasserie Goudale", None, "Hauts-de-France", F, None, BI, {3000: NV}),
    ("pelforthp", "Pelforth Blonde (pression)", "Pelforth", None, "Hauts-de-France", F, None, BI, {3000: NV}),
    ("page24p", "Page 24 Réserve Hildegarde Ambrée (pression)", "Brasserie Saint-Germain", None, "Hauts-de-France", F, None, BI, {2000: NV}),
    ("chtiblp", "Ch'ti Blanche (pression)", "Brasserie Castelain", None, "Hauts-de-France", F, None, BI, {2000: NV}),
    # --- beers: bottles
    ("jenlamb", "Jenlain Ambrée", "Brasserie Duyck", None, "Hauts-de-France", F, None, BI, {33: NV, 75: NV}),
    ("troismonts", "3 Monts", "Brasserie de Saint-Sylvestre", None, "Hauts-de-France", F, None, BI, {33: NV}),
    ("anosteke", "Anosteké Blonde", "Brasserie du Pays Flamand", None, "Hauts-de-France", F, None, BI, {33: NV}),
    ("chimayb", "Chimay Bleue", "Abbaye de Scourmont", None, "Wallonie", B, None, BI, {33: NV}),
    ("orval", "Orval", "Brasserie d'Orval", None, "Wallonie", B, None, BI, {33: NV}),
    # --- genièvres, spirits, liqueurs
    ("wambre", "Genièvre de Wambrechies", "Distillerie de Wambrechies", None, "Hauts-de-France", F, None, SP, {70: NV}),
    ("wambre8", "Genièvre de Wambrechies 8 ans", "Distillerie de Wambrechies", None, "Hauts-de-France", F, None, SP, {70: NV}),
    ("houlle", "Genièvre de Houlle", "Distillerie Persyn", None, "Hauts-de-France", F, None, SP, {70: NV}),
    ("loos", "Genièvre de Loos Filliers", "Filliers", None, "Flandre", B, None, SP, {100: NV}),
    ("marcch", "Marc de Champagne", "Drappier", "Marc de Champagne", "Champagne", F, None, SP, {70: NV}),
    ("fermarne", "Fine de la Marne", "Goyard", "Fine Champagne de la Marne", "Champagne", F, None, SP, {70: NV}),
    ("ferrand", "Pierre Ferrand 1840 Original", "Maison Ferrand", "Cognac", "Charentes", F, None, SP, {70: NV}),
    ("drouin", "Calvados Pays d'Auge VSOP", "Christian Drouin", "Calvados Pays d'Auge", "Normandie", F, None, SP, {70: NV}),
    ("chartv", "Chartreuse Verte", "Chartreuse Diffusion", None, "Isère", F, None, SP, {70: NV}),
    ("lagav16", "Lagavulin 16 ans", "Lagavulin", "Islay", "Écosse", S, None, SP, {70: NV}),
    ("diplo", "Diplomático Reserva Exclusiva", "Diplomático", None, "Venezuela", "Venezuela", None, SP, {70: NV}),
    ("get27", "Get 27", "Get Frères", None, None, F, None, SP, {70: NV}),
    # --- aperitifs
    ("picon", "Picon Bière", "Picon", None, None, F, None, AU, {100: NV}),
    ("ricard", "Ricard", "Pernod Ricard", None, None, F, None, AU, {100: NV}),
    ("lillet", "Lillet Blanc", "Lillet", None, "Bordeaux", F, None, AU, {75: NV}),
    # --- softs
    ("coca", "Coca-Cola", "Coca-Cola", None, None, F, None, SO, {33: NV}),
    ("perrier", "Perrier", "Perrier", None, None, F, None, SO, {33: NV, 100: NV}),
    ("badoit", "Badoit", "Badoit", None, None, F, None, SO, {100: NV}),
    ("evian", "Evian", "Evian", None, None, F, None, SO, {50: NV, 100: NV}),
    ("orangina", "Orangina", "Orangina", None, None, F, None, SO, {25: NV}),
    ("schwepp", "Schweppes Indian Tonic", "Schweppes", None, None, F, None, SO, {25: NV}),
]
