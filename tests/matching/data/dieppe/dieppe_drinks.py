"""Drinks of "Le Galet" (Dieppe): one row per wine/product, one entry per format and vintage.

Row: key, family, name, producer, appellation, region, country, colour, category, formats
where formats is {format_cl: [vintages]} ([None] for a non-vintage drink).
family: W white, R red, P rosé, C champagne, N Normandy (cider, poiré, pommeau, calvados),
S spirits and aperitifs, B beer, D softs and waters.
"""

F = "France"
DRINKS = [
    # --- Loire whites
    ("ecu_gra", "W", "Muscadet Sèvre et Maine sur Lie Granite", "Domaine de l'Écu", "Muscadet Sèvre et Maine", "Loire", F, "blanc", "vin", {75: [2021, 2022], 37.5: [2022]}),
    ("ecu_ort", "W", "Muscadet Sèvre et Maine sur Lie Orthogneiss", "Domaine de l'Écu", "Muscadet Sèvre et Maine", "Loire", F, "blanc", "vin", {75: [2021]}),
    ("lp_all", "W", "Muscadet Sèvre et Maine sur Lie Clos des Allées", "Luneau-Papin", "Muscadet Sèvre et Maine", "Loire", F, "blanc", "vin", {75: [2022, 2023], 150: [2021]}),
    ("lp_gp", "W", "Gros Plant du Pays Nantais sur Lie", "Luneau-Papin", "Gros Plant du Pays Nantais", "Loire", F, "blanc", "vin", {75: [2023]}),
    ("chasse", "W", "Château de Chasseloir Muscadet sur Lie", "Chéreau Carré", "Muscadet Sèvre et Maine", "Loire", F, "blanc", "vin", {75: [2022, 2023]}),
    ("vach_b", "W", "Sancerre Blanc", "Domaine Vacheron", "Sancerre", "Loire", F, "blanc", "vin", {75: [2022, 2023], 37.5: [2022], 150: [2022]}),
    ("baron_b", "W", "Sancerre Les Baronnes", "Henri Bourgeois", "Sancerre", "Loire", F, "blanc", "vin", {75: [2022, 2023]}),
    ("ladouc", "W", "Pouilly-Fumé", "de Ladoucette", "Pouilly-Fumé", "Loire", F, "blanc", "vin", {75: [2022, 2023]}),
    ("mardon", "W", "Quincy Très Vieilles Vignes", "Domaine Mardon", "Quincy", "Loire", F, "blanc", "vin", {75: [2023]}),
    # --- Burgundy whites
    ("pierrelee", "W", "Chablis La Pierrelée", "La Chablisienne", "Chablis", "Bourgogne", F, "blanc", "vin", {75: [2021, 2022]}),
    ("grenouil", "W", "Chablis Grand Cru Château Grenouilles", "La Chablisienne", "Chablis Grand Cru", "Bourgogne", F, "blanc", "vin", {75: [2019]}),
    ("bs_chab", "W", "Chablis", "Domaine Billaud-Simon", "Chablis", "Bourgogne", F, "blanc", "vin", {75: [2022]}),
    ("bs_mdm", "W", "Chablis 1er Cru Mont de Milieu", "Domaine Billaud-Simon", "Chablis Premier Cru", "Bourgogne", F, "blanc", "vin", {75: [2020, 2021]}),
    ("fuisse", "W", "Pouilly-Fuissé Tête de Cru", "Château Fuissé", "Pouilly-Fuissé", "Bourgogne", F, "blanc", "vin", {75: [2022]}),
    # --- South-west and south whites
    ("felines", "W", "Picpoul de Pinet", "Félines Jourdan", "Picpoul de Pinet", "Languedoc", F, "blanc", "vin", {75: [2023, 2024]}),
    ("beauvig", "W", "Picpoul de Pinet Beauvignac", "Cave de Pomérols", "Picpoul de Pinet", "Languedoc", F, "blanc", "vin", {75: [2023]}),
    ("turcaud", "W", "Château Turcaud Entre-Deux-Mers", "Château Turcaud", "Entre-Deux-Mers", "Bordeaux", F, "blanc", "vin", {75: [2022, 2023]}),
    ("stemarie", "W", "Château Sainte-Marie Vieilles Vignes", "Château Sainte-Marie", "Entre-Deux-Mers", "Bordeaux", F, "blanc", "vin", {75: [2022]}),
    ("trimbach", "W", "Riesling", "Trimbach", "Alsace", "Alsace", F, "blanc", "vin", {75: [2021]}),
    ("guiraud", "W", "Château Guiraud", "Château Guiraud", "Sauternes", "Bordeaux", F, "liquoreux", "vin", {37.5: [2017]}),
    # --- rosés
    ("baron_p", "P", "Sancerre Les Baronnes Rosé", "Henri Bourgeois", "Sancerre", "Loire", F, "rosé", "vin", {75: [2023]}),
    ("minuty", "P", "M de Minuty", "Château Minuty", "Côtes de Provence", "Provence", F, "rosé", "vin", {75: [2023], 150: [2023]}),
    # --- reds
    ("vach_r", "R", "Sancerre Rouge", "Domaine Vacheron", "Sancerre", "Loire", F, "rouge", "vin", {75: [2021]}),
    ("joguet", "R", "Chinon Cuvée Terroir", "Charles Joguet", "Chinon", "Loire", F, "rouge", "vin", {75: [2021, 2022], 150: [2020]}),
    ("amirault", "R", "Saint-Nicolas-de-Bourgueil La Source", "Yannick Amirault", "Saint-Nicolas-de-Bourgueil", "Loire", F, "rouge", "vin", {75: [2021, 2022]}),
    ("chaize", "R", "Brouilly", "Château de la Chaize", "Brouilly", "Beaujolais", F, "rouge", "vin", {75: [2022]}),
    ("lapierre", "R", "Morgon", "Marcel Lapierre", "Morgon", "Beaujolais", F, "rouge", "vin", {75: [2022]}),
    ("reignac", "R", "Château de Reignac", "Château de Reignac", "Bordeaux Supérieur", "Bordeaux", F, "rouge", "vin", {75: [2018, 2019]}),
    ("stcosme", "R", "Côtes du Rhône", "Château de Saint-Cosme", "Côtes du Rhône", "Rhône", F, "rouge", "vin", {75: [2022, 2023]}),
    # --- champagnes
    ("bs_brut", "C", "Billecart-Salmon Brut Réserve", "Billecart-Salmon", "Champagne", "Champagne", F, "effervescent", "champagne", {75: [None], 37.5: [None], 150: [None]}),
    ("bs_rose", "C", "Billecart-Salmon Brut Rosé", "Billecart-Salmon", "Champagne", "Champagne", F, "rosé", "champagne", {75: [None]}),
    ("gos_gr", "C", "Gosset Grande Réserve Brut", "Gosset", "Champagne", "Champagne", F, "effervescent", "champagne", {75: [None], 150: [None]}),
    ("gos_rose", "C", "Gosset Grand Rosé Brut", "Gosset", "Champagne", "Champagne", F, "rosé", "champagne", {75: [None]}),
    ("henriot", "C", "Henriot Blanc de Blancs", "Henriot", "Champagne", "Champagne", F, "effervescent", "champagne", {75: [None]}),
    ("pr_brut", "C", "Pol Roger Brut Réserve", "Pol Roger", "Champagne", "Champagne", F, "effervescent", "champagne", {75: [None]}),
    ("pr_vint", "C", "Pol Roger Brut Vintage", "Pol Roger", "Champagne", "Champagne", F, "effervescent", "champagne", {75: [2015, 2016]}),
    # --- ciders, poirés, pommeaux
    ("dr_cid_br", "N", "Cidre Pays d'Auge Brut", "Christian Drouin", "Cidre Pays d'Auge", "Normandie", F, None, "autre", {75: [None]}),
    ("dr_cid_dx", "N", "Cidre Pays d'Auge Doux", "Christian Drouin", "Cidre Pays d'Auge", "Normandie", F, None, "autre", {75: [None]}),
    ("dr_poire", "N", "Poiré", "Christian Drouin", "Poiré", "Normandie", F, None, "autre", {75: [None]}),
    ("bord_auth", "N", "Poiré Authentique", "Éric Bordelet", "Poiré", "Normandie", F, None, "autre", {75: [None]}),
    ("bord_gran", "N", "Poiré Granit", "Éric Bordelet", "Poiré", "Normandie", F, None, "autre", {75: [2020, 2021]}),
    ("bord_sidre", "N", "Sidre Brut Tendre", "Éric Bordelet", "Cidre", "Normandie", F, None, "autre", {75: [None]}),
    ("ecus_br", "N", "Écusson Cidre Brut", "Écusson", "Cidre de Normandie", "Normandie", F, None, "autre", {2000: [None], 33: [None]}),
    ("ecus_rose", "N", "Écusson Cidre Rosé", "Écusson", "Cidre de Normandie", "Normandie", F, None, "autre", {33: [None]}),
    ("dr_pomm", "N", "Pommeau de Normandie", "Christian Drouin", "Pommeau de Normandie", "Normandie", F, None, "autre", {70: [None]}),
    ("breuil_pomm", "N", "Pommeau de Normandie", "Château du Breuil", "Pommeau de Normandie", "Normandie", F, None, "autre", {70: [None]}),
    # --- calvados
    ("dr_vsop", "N", "Calvados Pays d'Auge VSOP", "Christian Drouin", "Calvados Pays d'Auge", "Normandie", F, None, "spiritueux", {70: [None]}),
    ("dr_xo", "N", "Calvados Pays d'Auge XO", "Christian Drouin", "Calvados Pays d'Auge", "Normandie", F, None, "spiritueux", {70: [None]}),
    ("dr_hda", "N", "Calvados Pays d'Auge Hors d'Âge", "Christian Drouin", "Calvados Pays d'Auge", "Normandie", F, None, "spiritueux", {70: [None]}),
    ("br_fine", "N", "Calvados Pays d'Auge Fine", "Château du Breuil", "Calvados Pays d'Auge", "Normandie", F, None, "spiritueux", {70: [None]}),
    ("br_vsop", "N", "Calvados Pays d'Auge VSOP", "Château du Breuil", "Calvados Pays d'Auge", "Normandie", F, None, "spiritueux", {70: [None]}),
    ("br_xo", "N", "Calvados Pays d'Auge XO", "Château du Breuil", "Calvados Pays d'Auge", "Normandie", F, None, "spiritueux", {70: [None]}),
    ("br_15", "N", "Calvados Pays d'Auge 15 ans", "Château du Breuil", "Calvados Pays d'Auge", "Normandie", F, None, "spiritueux", {70: [None]}),
    ("coq_vsop", "N", "Calvados VSOP", "Domaine du Coquerel", "Calvados", "Normandie", F, None, "spiritueux", {70: [None]}),
    ("coq_hda", "N", "Calvados Hors d'Âge", "Domaine du Coquerel", "Calvados", "Normandie", F, None, "spiritueux", {70: [None]}),
    # --- liqueurs, spirits, aperitifs
    ("bene", "S", "Bénédictine", "Bénédictine", None, "Normandie", F, None, "spiritueux", {70: [None]}),
    ("bnb", "S", "B&B", "Bénédictine", None, "Normandie", F, None, "spiritueux", {70: [None]}),
    ("ferrand", "S", "Cognac Ambre", "Pierre Ferrand", "Cognac", "Cognac", F, None, "spiritueux", {70: [None]}),
    ("citadelle", "S", "Citadelle Gin", "Maison Ferrand", None, None, F, None, "spiritueux", {70: [None]}),
    ("diplo", "S", "Diplomático Reserva Exclusiva", "Diplomático", None, None, "Venezuela", None, "spiritueux", {70: [None]}),
    ("glenmo", "S", "Glenmorangie Original 10 ans", "Glenmorangie", "Highland", "Écosse", "Royaume-Uni", None, "spiritueux", {70: [None]}),
    ("jm_blanc", "S", "Rhum Blanc Agricole 50°", "J.M", "Martinique", "Martinique", F, None, "spiritueux", {100: [None]}),
    ("greygoose", "S", "Grey Goose", "Grey Goose", None, None, F, None, "spiritueux", {70: [None]}),
    ("ricard", "S", "Ricard", "Pernod Ricard", None, None, F, None, "autre", {100: [None]}),
    ("bardouin", "S", "Pastis Henri Bardouin", "Distilleries et Domaines de Provence", None, "Provence", F, None, "autre", {70: [None]}),
    ("lillet", "S", "Lillet Blanc", "Lillet", None, "Bordeaux", F, None, "autre", {75: [None]}),
    ("noilly", "S", "Noilly Prat Original Dry", "Noilly Prat", None, "Languedoc", F, None, "autre", {75: [None]}),
    ("suze", "S", "Suze", "Suze", None, None, F, None, "autre", {100: [None]}),
    # --- beers
    ("pelforth", "B", "Pelforth Blonde", "Pelforth", None, None, F, None, "bière", {3000: [None]}),
    ("affligem", "B", "Affligem Blonde", "Affligem", None, None, "Belgique", None, "bière", {2000: [None]}),
    ("hoegaarden", "B", "Hoegaarden Blanche", "Hoegaarden", None, None, "Belgique", None, "bière", {2000: [None]}),
    ("guinness", "B", "Guinness Draught", "Guinness", None, None, "Irlande", None, "bière", {3000: [None]}),
    ("leffe", "B", "Leffe Blonde", "Leffe", None, None, "Belgique", None, "bière", {33: [None]}),
    ("chouffe", "B", "La Chouffe", "Brasserie d'Achouffe", None, None, "Belgique", None, "bière", {33: [None]}),
    ("duvel", "B", "Duvel", "Duvel Moortgat", None, None, "Belgique", None, "bière", {33: [None]}),
    ("chimay", "B", "Chimay Bleue", "Chimay", None, None, "Belgique", None, "bière", {33: [None]}),
    ("desperados", "B", "Desperados", "Heineken", None, None, F, None, "bière", {33: [None]}),
    ("hein00", "B", "Heineken 0.0", "Heineken", None, None, "Pays-Bas", None, "bière", {33: [None]}),
    # --- softs and waters
    ("coca", "D", "Coca-Cola", "Coca-Cola", None, None, F, None, "soft", {33: [None]}),
    ("cocazero", "D", "Coca-Cola Zéro", "Coca-Cola", None, None, F, None, "soft", {33: [None]}),
    ("orangina", "D", "Orangina", "Orangina", None, None, F, None, "soft", {25: [None]}),
    ("schweppes", "D", "Schweppes Tonic", "Schweppes", None, None, F, None, "soft", {20: [None]}),
    ("lorina", "D", "Lorina Limonade", "Lorina", None, None, F, None, "soft", {33: [None]}),
    ("perrier", "D", "Perrier", "Perrier", None, None, F, None, "soft", {33: [None]}),
    ("badoit", "D", "Badoit", "Badoit", None, None, F, None, "soft", {100: [None]}),
    ("evian", "D", "Evian", "Evian", None, None, F, None, "soft", {50: [None], 100: [None]}),
    ("milliat", "D", "Jus de Pomme", "Alain Milliat", None, None, F, None, "soft", {100: [None]}),
]
