"""The drinks of "Le Mail" (Manosque): one family a line.

key: (name, producer, appellation, region, colour, category, {format_cl: [vintages]})
Ids MNQ001... are given in this order, formats in the order written, vintages ascending.
"""

PROV, RHO, CHA = "Provence", "Vallée du Rhône", "Champagne"

FAMILIES = [
    # --- Pierrevert, the appellation of Manosque
    ("blaque_rs", ("Domaine de la Blaque", "Domaine de la Blaque", "Pierrevert", PROV, "rosé", "vin", {75: [2023, 2024], 150: [2023]})),
    ("blaque_rg", ("Domaine de la Blaque", "Domaine de la Blaque", "Pierrevert", PROV, "rouge", "vin", {75: [2020, 2021]})),
    ("blaque_bl", ("Domaine de la Blaque", "Domaine de la Blaque", "Pierrevert", PROV, "blanc", "vin", {75: [2023]})),
    ("regusse_rs", ("Domaine de Régusse", "Domaine de Régusse", "Pierrevert", PROV, "rosé", "vin", {75: [2023, 2024], 37.5: [2024]})),
    ("regusse_rg", ("Domaine de Régusse", "Domaine de Régusse", "Pierrevert", PROV, "rouge", "vin", {75: [2021]})),
    ("rousset_rs", ("Château de Rousset", "Château de Rousset", "Pierrevert", PROV, "rosé", "vin", {75: [2024]})),
    ("rousset_rg", ("Château de Rousset", "Château de Rousset", "Pierrevert", PROV, "rouge", "vin", {75: [2019, 2021]})),
    ("madeleine_rs", ("Domaine de la Madeleine", "Domaine de la Madeleine", "Pierrevert", PROV, "rosé", "vin", {75: [2024]})),
    # --- Luberon
    ("verrerie_rs", ("Château La Verrerie", "Château La Verrerie", "Luberon", PROV, "rosé", "vin", {75: [2023, 2024]})),
    ("verrerie_bl", ("Château La Verrerie", "Château La Verrerie", "Luberon", PROV, "blanc", "vin", {75: [2022]})),
    ("isolette_rs", ("Château de l'Isolette", "Château de l'Isolette", "Luberon", PROV, "rosé", "vin", {75: [2024]})),
    ("isolette_rg", ("Château de l'Isolette", "Château de l'Isolette", "Luberon", PROV, "rouge", "vin", {75: [2018, 2019]})),
    ("turcan_rs", ("Château Turcan", "Château Turcan", "Luberon", PROV, "rosé", "vin", {75: [2024]})),
    # --- Côtes de Provence
    ("roubine_rs", ("Château Roubine", "Château Roubine", "Côtes de Provence", PROV, "rosé", "vin", {75: [2023, 2024], 150: [2024]})),
    ("berne_insp", ("Inspiration", "Château de Berne", "Côtes de Provence", PROV, "rosé", "vin", {75: [2024], 37.5: [2024]})),
    ("berne_rom", ("Romance", "Château de Berne", "Côtes de Provence", PROV, "rosé", "vin", {75: [2023, 2024]})),
    ("figuiere_magali", ("Magali", "Saint André de Figuière", "Côtes de Provence", PROV, "rosé", "vin", {75: [2024]})),
    ("leoube_rs", ("Rosé de Léoube", "Château Léoube", "Côtes de Provence", PROV, "rosé", "vin", {75: [2023]})),
    ("leoube_secret", ("Secret de Léoube", "Château Léoube", "Côtes de Provence", PROV, "rosé", "vin", {75: [2022, 2023]})),
    ("aumerade_mc", ("Cuvée Marie-Christine", "Château de l'Aumérade", "Côtes de Provence", PROV, "rosé", "vin", {75: [2024]})),
    ("cadenet_rs", ("Mas de Cadenet", "Mas de Cadenet", "Côtes de Provence Sainte-Victoire", PROV, "rosé", "vin", {75: [2023]})),
    # --- Coteaux d'Aix, Baux
    ("bas_alv_rs", ("L'Alvernègue", "Château Bas", "Coteaux d'Aix-en-Provence", PROV, "rosé", "vin", {75: [2024]})),
    ("bas_alv_rg", ("L'Alvernègue", "Château Bas", "Coteaux d'Aix-en-Provence", PROV, "rouge", "vin", {75: [2020]})),
    ("bargemone_rs", ("Commanderie de la Bargemone", "Commanderie de la Bargemone", "Coteaux d'Aix-en-Provence", PROV, "rosé", "vin", {75: [2023, 2024]})),
    ("masdame_rs", ("Rosé du Mas", "Mas de la Dame", "Les Baux-de-Provence", PROV, "rosé", "vin", {75: [2024]})),
    # --- Bandol, Cassis
    ("vannieres_rg", ("Château Vannières", "Château Vannières", "Bandol", PROV, "rouge", "vin", {75: [2016, 2018], 150: [2016]})),
    ("vannieres_rs", ("Château Vannières", "Château Vannières", "Bandol", PROV, "rosé", "vin", {75: [2023]})),
    ("begude_rs", ("Domaine de la Bégude", "Domaine de la Bégude", "Bandol", PROV, "rosé", "vin", {75: [2023]})),
    ("pibarnon_rg", ("Château de Pibarnon", "Château de Pibarnon", "Bandol", PROV, "rouge", "vin", {75: [2019]})),
    ("fontcreuse_bl", ("Château de Fontcreuse", "Château de Fontcreuse", "Cassis", PROV, "blanc", "vin", {75: [2023]})),
    ("paternel_bl", ("Domaine du Paternel", "Domaine du Paternel", "Cassis", PROV, "blanc", "vin", {75: [2023, 2024]})),
    # --- Southern Rhône
    ("janasse_cdr", ("Côtes du Rhône", "Domaine de la Janasse", "Côtes du Rhône", RHO, "rouge", "vin", {75: [2021, 2022]})),
    ("janasse_cdp", ("Châteauneuf-du-Pape Tradition", "Domaine de la Janasse", "Châteauneuf-du-Pape", RHO, "rouge", "vin", {75: [2019, 2020]})),
    ("montredon_rg", ("Château Mont-Redon", "Château Mont-Redon", "Châteauneuf-du-Pape", RHO, "rouge", "vin", {75: [2019], 150: [2018]})),
    ("montredon_bl", ("Château Mont-Redon", "Château Mont-Redon", "Châteauneuf-du-Pape", RHO, "blanc", "vin", {75: [2022]})),
    ("donjon_rg", ("Domaine du Vieux Donjon", "Domaine du Vieux Donjon", "Châteauneuf-du-Pape", RHO, "rouge", "vin", {75: [2019, 2020]})),
    ("santaduc_hg", ("Les Hautes Garrigues", "Domaine Santa Duc", "Gigondas", RHO, "rouge", "vin", {75: [2019]})),
    ("cayron_rg", ("Domaine du Cayron", "Domaine du Cayron", "Gigondas", RHO, "rouge", "vin", {75: [2020, 2021]})),
    ("monardiere_2m", ("Les 2 Monardes", "Domaine de la Monardière", "Vacqueyras", RHO, "rouge", "vin", {75: [2021]})),
    ("escaravailles_ponce", ("La Ponce", "Domaine des Escaravailles", "Rasteau", RHO, "rouge", "vin", {75: [2021]})),
    ("perrin_res_rg", ("Perrin Réserve", "Famille Perrin", "Côtes du Rhône", RHO, "rouge", "vin", {75: [2021, 2022], 37.5: [2022]})),
    ("perrin_res_rs", ("Perrin Réserve", "Famille Perrin", "Côtes du Rhône", RHO, "rosé", "vin", {75: [2024]})),
    ("montezargues", ("Prieuré de Montézargues", "Prieuré de Montézargues", "Tavel", RHO, "rosé", "vin", {75: [2023]})),
    ("rocepine_tavel", ("Tavel", "Domaine Lafond Roc-Épine", "Tavel", RHO, "rosé", "vin", {75: [2024]})),
    ("fondreche_persia", ("Persia", "Domaine de Fondrèche", "Ventoux", RHO, "rouge", "vin", {75: [2021]})),
    ("fondreche_rs", ("Domaine de Fondrèche", "Domaine de Fondrèche", "Ventoux", RHO, "rosé", "vin", {75: [2024]})),
    ("bernardins_mbv", ("Muscat de Beaumes-de-Venise", "Domaine des Bernardins", "Muscat de Beaumes-de-Venise", RHO, "liquoreux", "vin", {75: [None], 37.5: [None]})),
    # --- Champagne
    ("lp_cuvee", ("La Cuvée", "Laurent-Perrier", "Champagne", CHA, "effervescent", "champagne", {75: [None], 37.5: [None], 150: [None]})),
    ("lp_rose", ("Cuvée Rosé", "Laurent-Perrier", "Champagne", CHA, "rosé", "champagne", {75: [None]})),
    ("lp_mill", ("Brut Millésimé", "Laurent-Perrier", "Champagne", CHA, "effervescent", "champagne", {75: [2012, 2015]})),
    # --- Pastis and aperitifs
    ("ricard", ("Ricard", "Ricard", None, None, None, "spiritueux", {100: [None]})),
    ("p51", ("Pastis 51", "Pernod", None, None, None, "spiritueux", {100: [None]})),
    ("bardouin", ("Pastis Henri Bardouin", "Distilleries et Domaines de Provence", None, None, None, "spiritueux", {70: [None]})),
    ("rinquinquin", ("Rinquinquin à la pêche", "Distilleries et Domaines de Provence", None, None, None, "autre", {75: [None]})),
    ("farigoule", ("Farigoule de Forcalquier", "Distilleries et Domaines de Provence", None, None, None, "spiritueux", {70: [None]})),
    ("suze", ("Suze", "Suze", None, None, None, "autre", {100: [None]})),
    ("martini_rosso", ("Martini Rosso", "Martini", None, None, None, "autre", {100: [None]})),
    ("martini_bianco", ("Martini Bianco", "Martini", None, None, None, "autre", {100: [None]})),
    ("lillet_bl", ("Lillet Blanc", "Lillet", None, None, None, "autre", {75: [None]})),
    ("picon", ("Picon Bière", "Picon", None, None, None, "autre", {100: [None]})),
    # --- Spirits
    ("glenmo_10", ("Glenmorangie The Original 10 ans", "Glenmorangie", None, None, None, "spiritueux", {70: [None]})),
    ("glenmo_lasanta", ("Glenmorangie Lasanta 12 ans", "Glenmorangie", None, None, None, "spiritueux", {70: [None]})),
    ("monkey", ("Monkey Shoulder", "William Grant & Sons", None, None, None, "spiritueux", {70: [None]})),
    ("nikka_ftb", ("Nikka From The Barrel", "Nikka", None, None, None, "spiritueux", {50: [None]})),
    ("diplomatico", ("Diplomático Reserva Exclusiva", "Diplomático", None, None, None, "spiritueux", {70: [None]})),
    ("tanqueray", ("Tanqueray London Dry", "Tanqueray", None, None, None, "spiritueux", {70: [None]})),
    ("greygoose", ("Grey Goose", "Grey Goose", None, None, None, "spiritueux", {70: [None]})),
    ("camus_vs", ("Camus VS", "Camus", None, None, None, "spiritueux", {70: [None]})),
    ("camus_vsop", ("Camus VSOP", "Camus", None, None, None, "spiritueux", {70: [None]})),
    ("magloire", ("Calvados Pays d'Auge VSOP", "Père Magloire", None, None, None, "spiritueux", {70: [None]})),
    ("grand_marnier", ("Grand Marnier Cordon Rouge", "Grand Marnier", None, None, None, "spiritueux", {70: [None]})),
    ("baileys", ("Baileys Original", "Baileys", None, None, None, "spiritueux", {70: [None]})),
    ("mette_poire", ("Poire Williams", "Distillerie Metté", None, None, None, "spiritueux", {70: [None]})),
    ("genepi_ddp", ("Génépi", "Distilleries et Domaines de Provence", None, None, None, "spiritueux", {70: [None]})),
    # --- Beers
    ("k1664", ("1664 Blonde", "Kronenbourg", None, None, None, "bière", {3000: [None], 25: [None]})),
    ("grimbergen", ("Grimbergen Blonde", "Grimbergen", None, None, None, "bière", {2000: [None]})),
    ("cagole_blonde", ("La Cagole Blonde", "La Cagole", None, None, None, "bière", {33: [None]})),
    ("cagole_blanche", ("La Cagole Blanche", "La Cagole", None, None, None, "bière", {33: [None]})),
    ("leffe_blonde", ("Leffe Blonde", "Leffe", None, None, None, "bière", {33: [None]})),
    ("desperados", ("Desperados", "Desperados", None, None, None, "bière", {33: [None]})),
    ("k1664_zero", ("1664 Blonde 0,0 %", "Kronenbourg", None, None, None, "bière", {25: [None]})),
    # --- Softs and waters
    ("coca", ("Coca-Cola", "Coca-Cola", None, None, None, "soft", {33: [None]})),
    ("coca_zero", ("Coca-Cola Zéro", "Coca-Cola", None, None, None, "soft", {33: [None]})),
    ("orangina", ("Orangina", "Orangina", None, None, None, "soft", {25: [None]})),
    ("schweppes", ("Schweppes Indian Tonic", "Schweppes", None, None, None, "soft", {25: [None]})),
    ("oasis", ("Oasis Tropical", "Oasis", None, None, None, "soft", {33: [None]})),
    ("perrier", ("Perrier", "Perrier", None, None, None, "soft", {33: [None]})),
    ("badoit", ("Badoit", "Badoit", None, None, None, "soft", {100: [None], 50: [None]})),
    ("evian", ("Evian", "Evian", None, None, None, "soft", {100: [None], 50: [None]})),
    ("pago_orange", ("Pago Orange", "Pago", None, None, None, "soft", {20: [None]})),
    ("pago_abricot", ("Pago Abricot", "Pago", None, None, None, "soft", {20: [None]})),
    ("pago_tomate", ("Pago Tomate", "Pago", None, None, None, "soft", {20: [None]})),
    ("icetea", ("Lipton Ice Tea Pêche", "Lipton", None, None, None, "soft", {25: [None]})),
]

KEGS = {3000, 2000}
