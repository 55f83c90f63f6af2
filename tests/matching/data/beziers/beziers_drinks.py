"""Drinks of the bodega: key, name, producer, appellation, region, country, colour,
category, [(format_cl, vintage), ...].  Ids are given in this order."""

F = "France"
LG = "Languedoc"
W = [
    # Faugères
    ("montfalette", "Montfalette", "Mas d'Alezon", "Faugères", LG, F, "rouge", "vin", [(75, 2020), (75, 2021)]),
    ("barral", "Domaine Léon Barral", "Domaine Léon Barral", "Faugères", LG, F, "rouge", "vin", [(75, 2018), (75, 2019)]),
    ("alquier_mj", "La Maison Jaune", "Domaine Alquier", "Faugères", LG, F, "rouge", "vin", [(75, 2020)]),
    ("liquiere_am", "Les Amandiers", "Château de la Liquière", "Faugères", LG, F, "rouge", "vin", [(75, 2021)]),
    ("liquiere_am_rs", "Les Amandiers Rosé", "Château de la Liquière", "Faugères", LG, F, "rosé", "vin", [(75, 2023)]),
    ("ot_fossibus", "Castel Fossibus", "Domaine Ollier-Taillefer", "Faugères", LG, F, "rouge", "vin", [(75, 2019)]),
    ("ot_collines", "Les Collines", "Domaine Ollier-Taillefer", "Faugères", LG, F, "rouge", "vin", [(75, 2021), (150, 2021)]),
    # Saint-Chinian
    ("maghani", "Maghani", "Domaine Canet-Valette", "Saint-Chinian", LG, F, "rouge", "vin", [(75, 2018), (75, 2020)]),
    ("mille_nuits", "Une et Mille Nuits", "Domaine Canet-Valette", "Saint-Chinian", LG, F, "rouge", "vin", [(75, 2021), (37.5, 2021)]),
    ("schistes", "Les Schistes", "Borie La Vitarèle", "Saint-Chinian", LG, F, "rouge", "vin", [(75, 2020)]),
    ("champart_causse", "Causse du Bousquet", "Mas Champart", "Saint-Chinian", LG, F, "rouge", "vin", [(75, 2019)]),
    ("roches_noires", "Roches Noires", "Cave de Roquebrun", "Saint-Chinian Roquebrun", LG, F, "rouge", "vin", [(75, 2021), (150, 2020)]),
    ("aupenac_bl", "Les Fiefs d'Aupenac Blanc", "Cave de Roquebrun", "Saint-Chinian Roquebrun", LG, F, "blanc", "vin", [(75, 2022)]),
    # Pic Saint-Loup
    ("arbouse", "L'Arbouse", "Mas Bruguière", "Pic Saint-Loup", LG, F, "rouge", "vin", [(75, 2021)]),
    ("grenadiere", "La Grenadière", "Mas Bruguière", "Pic Saint-Loup", LG, F, "rouge", "vin", [(75, 2019), (75, 2020)]),
    ("olivette", "L'Olivette", "Clos Marie", "Pic Saint-Loup", LG, F, "rouge", "vin", [(75, 2021)]),
    ("ste_agnes", "Sainte Agnès", "Ermitage du Pic Saint-Loup", "Pic Saint-Loup", LG, F, "rouge", "vin", [(75, 2020), (37.5, 2020)]),
    # Picpoul de Pinet
    ("felines", "Picpoul de Pinet", "Domaine Félines Jourdan", "Picpoul de Pinet", LG, F, "blanc", "vin", [(75, 2022), (75, 2023)]),
    ("morny", "Duc de Morny", "Cave de l'Ormarine", "Picpoul de Pinet", LG, F, "blanc", "vin", [(75, 2023), (37.5, 2023), (150, 2022)]),
    ("st_martin", "Picpoul de Pinet", "Château Saint-Martin de la Garrigue", "Picpoul de Pinet", LG, F, "blanc", "vin", [(75, 2022)]),
    ("beauvignac", "Beauvignac", "Cave de Pomérols", "Picpoul de Pinet", LG, F, "blanc", "vin", [(75, 2023)]),
    # Minervois
    ("oupia_barons", "Les Barons", "Château d'Oupia", "Minervois", LG, F, "rouge", "vin", [(75, 2019), (75, 2021)]),
    ("la_nine", "La Nine", "Domaine Jean-Baptiste Sénat", "Minervois", LG, F, "rouge", "vin", [(75, 2021)]),
    ("las_combes", "Las Combes", "Château Maris", "Minervois-La Livinière", LG, F, "rouge", "vin", [(75, 2019)]),
    ("marie_claude", "Marie-Claude", "Domaine La Tour Boisée", "Minervois", LG, F, "blanc", "vin", [(75, 2022)]),
    # Corbières
    ("alaric", "Alaric", "Château La Baronne", "Corbières", LG, F, "rouge", "vin", [(75, 2019)]),
    ("villemajou", "Château de Villemajou", "Gérard Bertrand", "Corbières-Boutenac", LG, F, "rouge", "vin", [(75, 2018), (75, 2020)]),
    ("col_vents", "Col des Vents", "Cave de Castelmaure", "Corbières", LG, F, "rouge", "vin", [(75, 2022)]),
    ("col_vents_rs", "Col des Vents Rosé", "Cave de Castelmaure", "Corbières", LG, F, "rosé", "vin", [(75, 2023)]),
    # IGP / house
    ("gris_blanc", "Gris Blanc", "Gérard Bertrand", "IGP Pays d'Oc", LG, F, "rosé", "vin", [(75, 2023), (150, 2023)]),
    ("claude_val_rg", "Claude Val Rouge", "Domaine Paul Mas", "IGP Pays d'Oc", LG, F, "rouge", "vin", [(75, 2022)]),
    ("claude_val_bl", "Claude Val Blanc", "Domaine Paul Mas", "IGP Pays d'Oc", LG, F, "blanc", "vin", [(75, 2023)]),
    ("rose_aurore", "Côté Mas Rosé Aurore", "Domaine Paul Mas", "IGP Pays d'Oc", LG, F, "rosé", "vin", [(75, 2023)]),
    ("daumas_rg", "Mas de Daumas Gassac Rouge", "Mas de Daumas Gassac", "IGP Saint-Guilhem-le-Désert", LG, F, "rouge", "vin", [(75, 2019), (75, 2020), (150, 2019)]),
    ("daumas_bl", "Mas de Daumas Gassac Blanc", "Mas de Daumas Gassac", "IGP Saint-Guilhem-le-Désert", LG, F, "blanc", "vin", [(75, 2022)]),
    ("colombette_rg", "Domaine la Colombette Rouge", "Domaine la Colombette", "IGP Pays d'Oc", LG, F, "rouge", "vin", [(75, 2023)]),
    ("colombette_rs", "Domaine la Colombette Rosé", "Domaine la Colombette", "IGP Pays d'Oc", LG, F, "rosé", "vin", [(75, 2023)]),
    # Limoux, sweet
    ("antech_rs", "Émotion Rosé", "Maison Antech", "Crémant de Limoux", LG, F, "rosé", "vin", [(75, None)]),
    ("antech_bq", "Blanquette de Limoux Brut Nature", "Maison Antech", "Blanquette de Limoux", LG, F, "effervescent", "vin", [(75, None)]),
    ("barroubio", "Muscat de Saint-Jean-de-Minervois", "Domaine de Barroubio", "Muscat de Saint-Jean-de-Minervois", LG, F, "liquoreux", "vin", [(50, 2022)]),
    # Provence, Rhône, Bordeaux, Champagne
    ("m_minuty", "M de Minuty", "Château Minuty", "Côtes de Provence", "Provence", F, "rosé", "vin", [(75, 2023)]),
    ("whispering", "Whispering Angel", "Château d'Esclans", "Côtes de Provence", "Provence", F, "rosé", "vin", [(75, 2023), (150, 2022)]),
    ("guigal_cdr", "Côtes du Rhône Rouge", "E. Guigal", "Côtes du Rhône", "Rhône", F, "rouge", "vin", [(75, 2020), (75, 2021)]),
    ("belleruche", "Belleruche Rouge", "M. Chapoutier", "Côtes du Rhône", "Rhône", F, "rouge", "vin", [(75, 2022)]),
    ("janasse_cdp", "Châteauneuf-du-Pape Tradition", "Domaine de la Janasse", "Châteauneuf-du-Pape", "Rhône", F, "rouge", "vin", [(75, 2019)]),
    ("cantemerle", "Château Cantemerle", "Château Cantemerle", "Haut-Médoc", "Bordeaux", F, "rouge", "vin", [(75, 2016), (75, 2018)]),
    ("mouton_cadet", "Mouton Cadet Rouge", "Baron Philippe de Rothschild", "Bordeaux", "Bordeaux", F, "rouge", "vin", [(75, 2020)]),
    ("moet_imp", "Brut Impérial", "Moët & Chandon", "Champagne", "Champagne", F, "effervescent", "champagne", [(75, None), (150, None)]),
    ("lp_cuvee", "La Cuvée Brut", "Laurent-Perrier", "Champagne", "Champagne", F, "effervescent", "champagne", [(75, None)]),
]

D = [
    # aperitifs and anises
    ("ricard", "Ricard", "Pernod Ricard", None, None, F, None, "spiritueux", [(100, None)]),
    ("p51", "Pastis 51", "Pernod Ricard", None, None, F, None, "spiritueux", [(100, None)]),
    ("janot", "Pastis Janot", "Distillerie Janot", None, "Provence", F, None, "spiritueux", [(100, None)]),
    ("bardouin", "Pastis Henri Bardouin", "Distilleries et Domaines de Provence", None, "Provence", F, None, "spiritueux", [(70, None)]),
    ("casanis", "Casanis", "La Martiniquaise", None, None, F, None, "spiritueux", [(100, None)]),
    ("suze", "Suze", "Pernod Ricard", None, None, F, None, "autre", [(100, None)]),
    ("noilly", "Noilly Prat Original Dry", "Noilly Prat", None, LG, F, None, "autre", [(75, None)]),
    ("byrrh", "Byrrh Grand Quinquina", "Byrrh", None, "Roussillon", F, None, "autre", [(75, None)]),
    ("lillet", "Lillet Blanc", "Lillet", None, "Bordeaux", F, None, "autre", [(75, None)]),
    ("martini_b", "Martini Bianco", "Martini", None, None, "Italie", None, "autre", [(100, None)]),
    # spirits
    ("get27", "Get 27", "Get", None, None, F, None, "spiritueux", [(70, None)]),
    ("hennessy", "Hennessy VS", "Hennessy", "Cognac", "Cognac", F, None, "spiritueux", [(70, None)]),
    ("armagnac", "Bas-Armagnac 10 ans", "Château de Laubade", "Bas-Armagnac", "Gascogne", F, None, "spiritueux", [(70, None)]),
    ("jameson", "Jameson", "Irish Distillers", None, None, "Irlande", None, "spiritueux", [(70, None)]),
    ("jack", "Jack Daniel's Old No. 7", "Jack Daniel's", None, None, "États-Unis", None, "spiritueux", [(70, None)]),
    ("lagavulin16", "Lagavulin 16 ans", "Lagavulin", None, "Islay", "Écosse", None, "spiritueux", [(70, None)]),
    ("talisker10", "Talisker 10 ans", "Talisker", None, "Skye", "Écosse", None, "spiritueux", [(70, None)]),
    ("diplo", "Diplomático Reserva Exclusiva", "Diplomático", None, None, "Venezuela", None, "spiritueux", [(70, None)]),
    ("havana3", "Havana Club 3 ans", "Havana Club", None, None, "Cuba", None, "spiritueux", [(70, None)]),
    ("hendricks", "Hendrick's", "William Grant & Sons", None, None, "Écosse", None, "spiritueux", [(70, None)]),
    ("citadelle", "Citadelle", "Maison Ferrand", None, None, F, None, "spiritueux", [(70, None)]),
    ("greygoose", "Grey Goose", "Grey Goose", None, None, F, None, "spiritueux", [(70, None)]),
    ("patron", "Patrón Silver", "Patrón", None, None, "Mexique", None, "spiritueux", [(70, None)]),
    ("chartreuse_v", "Chartreuse Verte", "Chartreuse Diffusion", None, None, F, None, "spiritueux", [(70, None)]),
    # beers: kegs
    ("kro_f", "Kronenbourg", "Kronenbourg", None, None, F, None, "bière", [(3000, None)]),
    ("grim_f", "Grimbergen Blonde", "Grimbergen", None, None, "Belgique", None, "bière", [(2000, None)]),
    ("grim_amb_f", "Grimbergen Ambrée", "Grimbergen", None, None, "Belgique", None, "bière", [(2000, None)]),
    ("blanc1664_f", "1664 Blanc", "Kronenbourg", None, None, F, None, "bière", [(2000, None)]),
    ("guinness_f", "Guinness Draught", "Guinness", None, None, "Irlande", None, "bière", [(3000, None)]),
    ("alaryk_f", "Alaryk Blonde", "Brasserie Alaryk", None, LG, F, None, "bière", [(2000, None)]),
    # beers: bottles
    ("alaryk_ipa", "Alaryk IPA", "Brasserie Alaryk", None, LG, F, None, "bière", [(33, None)]),
    ("alaryk_bl", "Alaryk Blanche", "Brasserie Alaryk", None, LG, F, None, "bière", [(33, None)]),
    ("estrella", "Estrella Damm", "Damm", None, None, "Espagne", None, "bière", [(33, None)]),
    ("sanmiguel", "San Miguel", "Mahou San Miguel", None, None, "Espagne", None, "bière", [(33, None)]),
    ("desperados", "Desperados", "Heineken", None, None, F, None, "bière", [(33, None)]),
    ("corona", "Corona Extra", "AB InBev", None, None, "Mexique", None, "bière", [(35.5, None)]),
    ("heineken", "Heineken", "Heineken", None, None, "Pays-Bas", None, "bière", [(25, None)]),
    ("leffe", "Leffe Blonde", "AB InBev", None, None, "Belgique", None, "bière", [(33, None), (75, None)]),
    ("chimay_b", "Chimay Bleue", "Abbaye de Scourmont", None, None, "Belgique", None, "bière", [(33, None)]),
    ("kro_0", "Kronenbourg 0,0 %", "Kronenbourg", None, None, F, None, "bière", [(25, None)]),
    # softs and waters
    ("coca", "Coca-Cola", "Coca-Cola", None, None, F, None, "soft", [(33, None)]),
    ("coca_z", "Coca-Cola Zéro", "Coca-Cola", None, None, F, None, "soft", [(33, None)]),
    ("orangina", "Orangina", "Orangina", None, None, F, None, "soft", [(25, None)]),
    ("schweppes", "Schweppes Indian Tonic", "Schweppes", None, None, F, None, "soft", [(25, None)]),
    ("oasis", "Oasis Tropical", "Oasis", None, None, F, None, "soft", [(33, None)]),
    ("icetea", "Lipton Ice Tea Pêche", "Lipton", None, None, F, None, "soft", [(33, None)]),
    ("perrier", "Perrier", "Perrier", None, None, F, None, "soft", [(33, None), (100, None)]),
    ("sanpe", "San Pellegrino", "San Pellegrino", None, None, "Italie", None, "soft", [(100, None)]),
    ("evian", "Evian", "Evian", None, None, F, None, "soft", [(50, None), (100, None)]),
    ("vittel", "Vittel", "Vittel", None, None, F, None, "soft", [(100, None)]),
    ("jus_raisin", "Jus de raisin Muscat", "Domaine de Barroubio", None, LG, F, None, "soft", [(75, None)]),
]

ALL = W + D
