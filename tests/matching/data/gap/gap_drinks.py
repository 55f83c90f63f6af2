"""Drinks of "Le Refuge Gapençais" (Gap). One key per wine/drink; formats {format_cl: [vintages]}.

Tuple: key -> (name, producer, appellation, region, country, colour, category, {fmt: [vintages]}).
Entries are written in this order, formats ascending, vintages ascending.
"""

F = "France"
HA = "IGP Hautes-Alpes"

DRINKS = [
    # --- Hautes-Alpes IGP -------------------------------------------------------------
    ("allem_mol", ("Mollard", "Domaine Allemand", HA, "Hautes-Alpes", F, "rouge", "vin", {75: [2020, 2021, 2022], 150: [2020]})),
    ("allem_bl", ("Hautes-Alpes blanc", "Domaine Allemand", HA, "Hautes-Alpes", F, "blanc", "vin", {75: [2023]})),
    ("allem_rs", ("Hautes-Alpes rosé", "Domaine Allemand", HA, "Hautes-Alpes", F, "rosé", "vin", {75: [2024]})),
    ("hv_mol", ("Mollard", "Cave des Hautes Vignes", HA, "Hautes-Alpes", F, "rouge", "vin", {75: [2022, 2023]})),
    ("hv_rs", ("Rosé d'altitude", "Cave des Hautes Vignes", HA, "Hautes-Alpes", F, "rosé", "vin", {75: [2024]})),
    ("jm_via", ("Via Domitia", "Domaine Joffrey Martin", HA, "Hautes-Alpes", F, "rouge", "vin", {75: [2021, 2022]})),
    ("jm_viars", ("Via Domitia rosé", "Domaine Joffrey Martin", HA, "Hautes-Alpes", F, "rosé", "vin", {75: [2024]})),
    ("jm_mat", ("Les Matagots", "Domaine Joffrey Martin", HA, "Hautes-Alpes", F, "blanc", "vin", {75: [2023]})),
    # --- Diois ----------------------------------------------------------------------------
    ("jail_trad", ("Clairette de Die Tradition Cuvée Impériale", "Jaillance", "Clairette de Die", "Drôme", F, "effervescent", "vin", {37.5: [None], 75: [None], 150: [None]})),
    ("jail_crem", ("Crémant de Die Brut Cuvée Icône", "Jaillance", "Crémant de Die", "Drôme", F, "effervescent", "vin", {75: [None]})),
    ("ac_trad", ("Clairette de Die Tradition", "Achard-Vincent", "Clairette de Die", "Drôme", F, "effervescent", "vin", {75: [None]})),
    ("ac_crem", ("Crémant de Die Brut", "Achard-Vincent", "Crémant de Die", "Drôme", F, "effervescent", "vin", {75: [2021]})),
    ("jail_chat", ("Châtillon-en-Diois Gamay", "Jaillance", "Châtillon-en-Diois", "Drôme", F, "rouge", "vin", {75: [2021, 2022, 2023]})),
    ("jail_chatb", ("Châtillon-en-Diois Aligoté", "Jaillance", "Châtillon-en-Diois", "Drôme", F, "blanc", "vin", {75: [2023]})),
    # --- Rhône ------------------------------------------------------------------------------
    ("mont_vac", ("Vacqueyras Garrigues", "Domaine Montirius", "Vacqueyras", "Rhône", F, "rouge", "vin", {75: [2019, 2021], 150: [2019]})),
    ("mont_gig", ("Gigondas Terre des Aînés", "Domaine Montirius", "Gigondas", "Rhône", F, "rouge", "vin", {75: [2018, 2020]})),
    ("cayron", ("Gigondas", "Domaine du Cayron", "Gigondas", "Rhône", F, "rouge", "vin", {37.5: [2020], 75: [2020]})),
    ("stcosme", ("Gigondas", "Château de Saint Cosme", "Gigondas", "Rhône", F, "rouge", "vin", {75: [2021]})),
    ("santaduc", ("Gigondas Les Hautes Garrigues", "Domaine Santa Duc", "Gigondas", "Rhône", F, "rouge", "vin", {75: [2019], 150: [2019]})),
    ("sangc", ("Vacqueyras Floureto", "Le Sang des Cailloux", "Vacqueyras", "Rhône", F, "rouge", "vin", {75: [2020, 2021]})),
    ("monard", ("Vacqueyras Les 2 Monardes", "Domaine de la Monardière", "Vacqueyras", "Rhône", F, "rouge", "vin", {75: [2021, 2022]})),
    ("guigal_r", ("Côtes du Rhône", "E. Guigal", "Côtes du Rhône", "Rhône", F, "rouge", "vin", {37.5: [2021], 75: [2020, 2021]})),
    ("guigal_b", ("Côtes du Rhône blanc", "E. Guigal", "Côtes du Rhône", "Rhône", F, "blanc", "vin", {75: [2023]})),
    ("perrin", ("Réserve Perrin", "Famille Perrin", "Côtes du Rhône", "Rhône", F, "rouge", "vin", {75: [2022]})),
    ("richaud", ("Cairanne", "Domaine Richaud", "Cairanne", "Rhône", F, "rouge", "vin", {75: [2022]})),
    ("vtelegraphe", ("Vieux Télégraphe La Crau", "Domaine du Vieux Télégraphe", "Châteauneuf-du-Pape", "Rhône", F, "rouge", "vin", {75: [2019, 2020]})),
    ("graillot", ("Crozes-Hermitage", "Alain Graillot", "Crozes-Hermitage", "Rhône", F, "rouge", "vin", {37.5: [2022], 75: [2021, 2022]})),
    ("pesquie", ("Les Terrasses", "Château Pesquié", "Ventoux", "Rhône", F, "rouge", "vin", {75: [2021, 2022]})),
    ("aqueria", ("Tavel", "Château d'Aqueria", "Tavel", "Rhône", F, "rosé", "vin", {75: [2024]})),
    ("durban", ("Muscat de Beaumes-de-Venise", "Domaine de Durban", "Muscat de Beaumes-de-Venise", "Rhône", F, "liquoreux", "vin", {50: [None]})),
    # --- Savoie -----------------------------------------------------------------------------
    ("perrier_apr", ("Apremont", "Jean Perrier et Fils", "Vin de Savoie Apremont", "Savoie", F, "blanc", "vin", {37.5: [2023], 75: [2022, 2023]})),
    ("magnin_mond", ("Mondeuse Arbin", "Louis Magnin", "Vin de Savoie Arbin", "Savoie", F, "rouge", "vin", {75: [2020, 2021]})),
    ("dupasq_rous", ("Roussette de Savoie Marestel", "Dupasquier", "Roussette de Savoie", "Savoie", F, "blanc", "vin", {75: [2019]})),
    ("quenard_berg", ("Chignin-Bergeron Les Terrasses", "Jean-François Quenard", "Vin de Savoie Chignin-Bergeron", "Savoie", F, "blanc", "vin", {75: [2022]})),
    # --- Provence & Champagne ----------------------------------------------------------------
    ("minuty", ("M de Minuty", "Château Minuty", "Côtes de Provence", "Provence", F, "rosé", "vin", {75: [2024], 150: [2024]})),
    ("boll_sc", ("Special Cuvée", "Bollinger", "Champagne", "Champagne", F, "effervescent", "champagne", {37.5: [None], 75: [None], 150: [None]})),
    ("boll_rs", ("Rosé", "Bollinger", "Champagne", "Champagne", F, "rosé", "champagne", {75: [None]})),
    ("ruinart_bdb", ("Blanc de Blancs", "Ruinart", "Champagne", "Champagne", F, "effervescent", "champagne", {75: [None]})),
    ("taitt", ("Brut Réserve", "Taittinger", "Champagne", "Champagne", F, "effervescent", "champagne", {75: [None]})),
    # --- Spirits ---------------------------------------------------------------------------
    ("chartr_v", ("Chartreuse Verte", "Chartreuse Diffusion", None, "Isère", F, None, "spiritueux", {70: [None]})),
    ("chartr_j", ("Chartreuse Jaune", "Chartreuse Diffusion", None, "Isère", F, None, "spiritueux", {70: [None]})),
    ("genepi_pc", ("Génépi des Pères Chartreux", "Chartreuse Diffusion", None, "Isère", F, None, "spiritueux", {70: [None]})),
    ("genepi_dol", ("Génépi des Alpes", "Dolin", None, "Savoie", F, None, "spiritueux", {70: [None]})),
    ("salers", ("Gentiane Salers", "Salers", None, "Auvergne", F, None, "autre", {100: [None]})),
    ("aveze", ("Gentiane Avèze", "Avèze", None, "Auvergne", F, None, "autre", {100: [None]})),
    ("hglaces", ("Les Moissons Single Malt", "Domaine des Hautes Glaces", None, "Isère", F, None, "spiritueux", {70: [None]})),
    ("lagavulin", ("Lagavulin 16 ans", "Lagavulin", None, "Islay", "Écosse", None, "spiritueux", {70: [None]})),
    ("talisker", ("Talisker 10 ans", "Talisker", None, "Skye", "Écosse", None, "spiritueux", {70: [None]})),
    ("glenmo", ("Glenmorangie Original 10 ans", "Glenmorangie", None, "Highlands", "Écosse", None, "spiritueux", {70: [None]})),
    ("nikka", ("Nikka From The Barrel", "Nikka", None, None, "Japon", None, "spiritueux", {50: [None]})),
    ("diplo", ("Diplomático Reserva Exclusiva", "Diplomático", None, None, "Venezuela", None, "spiritueux", {70: [None]})),
    ("massenez", ("Poire Williams", "Massenez", None, "Alsace", F, None, "spiritueux", {70: [None]})),
    ("remy", ("Rémy Martin VSOP", "Rémy Martin", "Cognac", "Cognac", F, None, "spiritueux", {70: [None]})),
    ("magloire", ("Calvados Père Magloire VSOP", "Père Magloire", "Calvados Pays d'Auge", "Normandie", F, None, "spiritueux", {70: [None]})),
    ("get27", ("Get 27", "Get", None, None, F, None, "spiritueux", {70: [None]})),
    # --- Aperitifs -------------------------------------------------------------------------
    ("suze", ("Suze", "Suze", None, None, F, None, "autre", {100: [None]})),
    ("ricard", ("Ricard", "Ricard", None, None, F, None, "autre", {100: [None]})),
    ("bardouin", ("Pastis Henri Bardouin", "Distilleries et Domaines de Provence", None, "Provence", F, None, "autre", {70: [None]})),
    ("rinquin", ("Rinquinquin", "Distilleries et Domaines de Provence", None, "Provence", F, None, "autre", {75: [None]})),
    ("martini_b", ("Martini Bianco", "Martini", None, None, "Italie", None, "autre", {100: [None]})),
    ("lillet", ("Lillet Blanc", "Lillet", None, "Bordeaux", F, None, "autre", {75: [None]})),
    ("aperol", ("Aperol", "Aperol", None, None, "Italie", None, "autre", {70: [None]})),
    ("vinchaud", ("Vin chaud maison aux épices", "Le Refuge Gapençais", None, "Hautes-Alpes", F, None, "autre", {500: [None]})),
    # --- Beers -----------------------------------------------------------------------------
    ("tourm_bl_p", ("La Tourmente Blonde (fût)", "Brasserie des Grands Cols", None, "Hautes-Alpes", F, None, "bière", {3000: [None]})),
    ("tourm_bl", ("La Tourmente Blonde", "Brasserie des Grands Cols", None, "Hautes-Alpes", F, None, "bière", {33: [None]})),
    ("tourm_ipa", ("La Tourmente IPA", "Brasserie des Grands Cols", None, "Hautes-Alpes", F, None, "bière", {33: [None]})),
    ("caturige", ("Caturige Blonde", "Brasserie de Serre-Ponçon", None, "Hautes-Alpes", F, None, "bière", {33: [None]})),
    ("durecuire", ("Dure à Cuire Ambrée", "Brasserie de Serre-Ponçon", None, "Hautes-Alpes", F, None, "bière", {33: [None]})),
    ("glaciale_p", ("Glaci'ale Blanche (fût)", "Brasserie de Serre-Ponçon", None, "Hautes-Alpes", F, None, "bière", {2000: [None]})),
    ("k1664_p", ("1664 (fût)", "Kronenbourg", None, "Alsace", F, None, "bière", {3000: [None]})),
    ("chimay", ("Chimay Bleue", "Chimay", None, None, "Belgique", None, "bière", {33: [None]})),
    ("desperados", ("Desperados", "Heineken", None, None, "Pays-Bas", None, "bière", {33: [None]})),
    # --- Softs & waters --------------------------------------------------------------------
    ("coca", ("Coca-Cola", "Coca-Cola", None, None, None, None, "soft", {33: [None]})),
    ("coca_z", ("Coca-Cola Zéro", "Coca-Cola", None, None, None, None, "soft", {33: [None]})),
    ("orangina", ("Orangina", "Orangina", None, None, F, None, "soft", {25: [None]})),
    ("tonic", ("Schweppes Indian Tonic", "Schweppes", None, None, None, None, "soft", {25: [None]})),
    ("perrier", ("Perrier", "Perrier", None, None, F, None, "soft", {33: [None]})),
    ("evian", ("Evian", "Evian", None, "Haute-Savoie", F, None, "soft", {50: [None], 100: [None]})),
    ("badoit", ("Badoit", "Badoit", None, None, F, None, "soft", {100: [None]})),
    ("sanpe", ("San Pellegrino", "San Pellegrino", None, None, "Italie", None, "soft", {100: [None]})),
    ("lorina", ("Limonade Lorina", "Lorina", None, None, F, None, "soft", {33: [None]})),
    ("pago_or", ("Pago Orange", "Pago", None, None, None, None, "soft", {20: [None]})),
    ("icetea", ("Lipton Ice Tea Pêche", "Lipton", None, None, None, None, "soft", {25: [None]})),
]
