"""L'Auberge du Viaduc: the drinks library (key, names, {format_cl: [vintages]})."""

F = "France"
LR, SO, RH, BX, CH = "Languedoc-Roussillon", "Sud-Ouest", "Vallée du Rhône", "Bordeaux", "Champagne"

# key: (name, producer, appellation, region, country, colour, category, {format: [vintages]})
DRINKS = [
    # Côtes de Millau
    ("sampettes", ("Maître des Sampettes", "Cave des Vignerons des Gorges du Tarn", "Côtes de Millau", SO, F, "rouge", "vin", {75: [2021, 2022]})),
    ("noyer_rg", ("Domaine du Vieux Noyer rouge", "Domaine du Vieux Noyer", "Côtes de Millau", SO, F, "rouge", "vin", {75: [2020, 2022]})),
    ("noyer_rs", ("Domaine du Vieux Noyer rosé", "Domaine du Vieux Noyer", "Côtes de Millau", SO, F, "rosé", "vin", {75: [2023]})),
    ("viaduc_rg", ("Cuvée du Viaduc rouge", "Cave des Vignerons des Gorges du Tarn", "IGP Aveyron", SO, F, "rouge", "vin", {75: [None]})),
    ("viaduc_rs", ("Cuvée du Viaduc rosé", "Cave des Vignerons des Gorges du Tarn", "IGP Aveyron", SO, F, "rosé", "vin", {75: [None]})),
    ("viaduc_bl", ("Cuvée du Viaduc blanc", "Cave des Vignerons des Gorges du Tarn", "IGP Aveyron", SO, F, "blanc", "vin", {75: [None]})),
    # Marcillac, two makers
    ("cros_sang", ("Lo Sang del Païs", "Domaine du Cros", "Marcillac", SO, F, "rouge", "vin", {75: [2021, 2022], 150: [2021]})),
    ("cros_vv", ("Marcillac Vieilles Vignes", "Domaine du Cros", "Marcillac", SO, F, "rouge", "vin", {75: [2019]})),
    ("laurens", ("Les Pierres Rouges", "Domaine Laurens", "Marcillac", SO, F, "rouge", "vin", {75: [2020, 2022]})),
    # Gaillac
    ("gravels", ("Les Gravels", "Domaine Rotier", "Gaillac", SO, F, "rouge", "vin", {75: [2019, 2020]})),
    ("renaissance", ("Renaissance doux", "Domaine Rotier", "Gaillac", SO, F, "liquoreux", "vin", {50: [2018]})),
    ("mauzac", ("Mauzac Nature", "Domaine Plageoles", "Gaillac", SO, F, "effervescent", "vin", {75: [2022]})),
    ("perle", ("Gaillac Perlé", "Domaine de Labarthe", "Gaillac", SO, F, "blanc", "vin", {75: [2023]})),
    # Saint-Chinian
    ("viranel", ("Château Viranel", "Château Viranel", "Saint-Chinian", LR, F, "rouge", "vin", {75: [2020]})),
    ("schistes", ("Les Schistes", "Borie La Vitarèle", "Saint-Chinian", LR, F, "rouge", "vin", {75: [2019, 2021], 37.5: [2020]})),
    ("champart", ("Mas Champart", "Mas Champart", "Saint-Chinian", LR, F, "rouge", "vin", {75: [2020]})),
    ("rimbert", ("Le Mas au Schiste", "Domaine Rimbert", "Saint-Chinian", LR, F, "rouge", "vin", {75: [2019]})),
    # Faugères
    ("barral", ("Domaine Léon Barral", "Domaine Léon Barral", "Faugères", LR, F, "rouge", "vin", {75: [2018, 2019]})),
    ("amandiers_rg", ("Les Amandiers rouge", "Château de la Liquière", "Faugères", LR, F, "rouge", "vin", {75: [2022]})),
    ("amandiers_rs", ("Les Amandiers rosé", "Château de la Liquière", "Faugères", LR, F, "rosé", "vin", {75: [2023]})),
    ("alquier", ("Les Bastides", "Domaine Jean-Michel Alquier", "Faugères", LR, F, "rouge", "vin", {75: [2017]})),
    # Pic Saint-Loup, two producers
    ("bergerie", ("Bergerie de l'Hortus", "Domaine de l'Hortus", "Pic Saint-Loup", LR, F, "rouge", "vin", {75: [2021, 2022], 37.5: [2022]})),
    ("hortus_gc", ("Grande Cuvée", "Domaine de l'Hortus", "Pic Saint-Loup", LR, F, "rouge", "vin", {75: [2019]})),
    ("calcaires", ("Les Calcaires", "Château de Cazeneuve", "Pic Saint-Loup", LR, F, "rouge", "vin", {75: [2020, 2021]})),
    ("cazeneuve_rs", ("Château de Cazeneuve rosé", "Château de Cazeneuve", "Pic Saint-Loup", LR, F, "rosé", "vin", {75: [2023]})),
    # Côtes du Rhône
    ("guigal_rg", ("Côtes du Rhône rouge", "E. Guigal", "Côtes du Rhône", RH, F, "rouge", "vin", {75: [2020, 2021], 150: [2020]})),
    ("guigal_bl", ("Côtes du Rhône blanc", "E. Guigal", "Côtes du Rhône", RH, F, "blanc", "vin", {75: [2022]})),
    ("albion", ("Les Deux Albion", "Château de Saint Cosme", "Côtes du Rhône", RH, F, "rouge", "vin", {75: [2020]})),
    # Bordeaux
    ("chasse", ("Château Chasse-Spleen", "Château Chasse-Spleen", "Moulis-en-Médoc", BX, F, "rouge", "vin", {75: [2016, 2018]})),
    ("greysac", ("Château Greysac", "Château Greysac", "Médoc", BX, F, "rouge", "vin", {75: [2019]})),
    ("reynon", ("Château Reynon blanc", "Château Reynon", "Bordeaux", BX, F, "blanc", "vin", {75: [2022]})),
    ("cantemerle", ("Château Cantemerle", "Château Cantemerle", "Haut-Médoc", BX, F, "rouge", "vin", {75: [2015, 2017]})),
    # Champagne
    ("taitt", ("Brut Réserve", "Taittinger", "Champagne", CH, F, "effervescent", "champagne", {75: [None], 150: [None]})),
    # Aperitifs
    ("ricard", ("Ricard", "Pernod Ricard", None, None, F, None, "spiritueux", {100: [None]})),
    ("p51", ("Pastis 51", "Pernod Ricard", None, None, F, None, "spiritueux", {100: [None]})),
    ("bardouin", ("Pastis Henri Bardouin", "Distilleries et Domaines de Provence", None, None, F, None, "spiritueux", {70: [None]})),
    ("salers", ("Salers Gentiane", "Distillerie Couderc", None, None, F, None, "autre", {100: [None]})),
    ("suze", ("Suze", "Pernod Ricard", None, None, F, None, "autre", {100: [None]})),
    ("martini_b", ("Martini Bianco", "Martini & Rossi", None, None, "Italie", None, "autre", {100: [None]})),
    ("martini_r", ("Martini Rosso", "Martini & Rossi", None, None, "Italie", None, "autre", {100: [None]})),
    ("lillet", ("Lillet Blanc", "Lillet", None, None, F, None, "autre", {75: [None]})),
    ("cassis", ("Crème de cassis", "Lejay-Lagoute", None, None, F, None, "autre", {70: [None]})),
    # Spirits
    ("glen12", ("Glenfiddich 12 ans", "William Grant & Sons", None, None, "Écosse", None, "spiritueux", {70: [None]})),
    ("glen18", ("Glenfiddich 18 ans", "William Grant & Sons", None, None, "Écosse", None, "spiritueux", {70: [None]})),
    ("laga16", ("Lagavulin 16 ans", "Lagavulin", None, None, "Écosse", None, "spiritueux", {70: [None]})),
    ("jameson", ("Jameson", "Irish Distillers", None, None, "Irlande", None, "spiritueux", {70: [None]})),
    ("jack", ("Jack Daniel's Old No. 7", "Jack Daniel's", None, None, "États-Unis", None, "spiritueux", {70: [None]})),
    ("nikka", ("Nikka From the Barrel", "Nikka", None, None, "Japon", None, "spiritueux", {50: [None]})),
    ("armorik", ("Armorik Classic", "Distillerie Warenghem", None, None, F, None, "spiritueux", {70: [None]})),
    ("hendricks", ("Hendrick's Gin", "William Grant & Sons", None, None, "Écosse", None, "spiritueux", {70: [None]})),
    ("bombay", ("Bombay Sapphire", "Bacardi", None, None, "Angleterre", None, "spiritueux", {70: [None]})),
    ("absolut", ("Absolut Vodka", "The Absolut Company", None, None, "Suède", None, "spiritueux", {70: [None]})),
    ("diplo", ("Diplomático Reserva Exclusiva", "Diplomático", None, None, "Venezuela", None, "spiritueux", {70: [None]})),
    ("hennessy", ("Hennessy VS", "Hennessy", None, None, F, None, "spiritueux", {70: [None]})),
    ("laubade", ("Armagnac Château de Laubade VSOP", "Château de Laubade", "Bas-Armagnac", SO, F, None, "spiritueux", {70: [None]})),
    ("get27", ("Get 27", "Get Frères", None, None, F, None, "spiritueux", {70: [None]})),
    ("prune", ("Vieille Prune", "Louis Roque", None, None, F, None, "spiritueux", {70: [None]})),
    ("cointreau", ("Cointreau", "Rémy Cointreau", None, None, F, None, "spiritueux", {70: [None]})),
    # Beers: bottles and kegs
    ("olt_blonde", ("Bière d'Olt Blonde", "Brasserie d'Olt", None, None, F, None, "bière", {33: [None], 2000: [None]})),
    ("olt_ambree", ("Bière d'Olt Ambrée", "Brasserie d'Olt", None, None, F, None, "bière", {33: [None]})),
    ("olt_blanche", ("Bière d'Olt Blanche", "Brasserie d'Olt", None, None, F, None, "bière", {33: [None]})),
    ("alaryk_ipa", ("Alaryk IPA", "Brasserie Alaryk", None, None, F, None, "bière", {33: [None], 2000: [None]})),
    ("alaryk_bl", ("Alaryk Blonde", "Brasserie Alaryk", None, None, F, None, "bière", {33: [None]})),
    ("k1664", ("1664", "Kronenbourg", None, None, F, None, "bière", {3000: [None], 25: [None]})),
    ("grimb", ("Grimbergen Blonde", "Grimbergen", None, None, "Belgique", None, "bière", {2000: [None]})),
    ("leffe_r", ("Leffe Ruby", "Leffe", None, None, "Belgique", None, "bière", {33: [None]})),
    ("desperados", ("Desperados", "Heineken", None, None, F, None, "bière", {33: [None]})),
    ("heineken00", ("Heineken 0.0", "Heineken", None, None, "Pays-Bas", None, "bière", {25: [None]})),
    ("duvel", ("Duvel", "Duvel Moortgat", None, None, "Belgique", None, "bière", {33: [None]})),
    # Softs and waters
    ("coca", ("Coca-Cola", "Coca-Cola", None, None, F, None, "soft", {33: [None], 50: [None]})),
    ("coca0", ("Coca-Cola Zéro", "Coca-Cola", None, None, F, None, "soft", {33: [None], 50: [None]})),
    ("orangina", ("Orangina", "Orangina", None, None, F, None, "soft", {25: [None], 50: [None]})),
    ("oasis", ("Oasis Tropical", "Oasis", None, None, F, None, "soft", {50: [None]})),
    ("icetea", ("Lipton Ice Tea pêche", "Lipton", None, None, F, None, "soft", {33: [None], 50: [None]})),
    ("tonic", ("Schweppes Indian Tonic", "Schweppes", None, None, F, None, "soft", {25: [None]})),
    ("agrumes", ("Schweppes Agrumes", "Schweppes", None, None, F, None, "soft", {25: [None]})),
    ("perrier", ("Perrier", "Perrier", None, None, F, None, "soft", {33: [None], 100: [None]})),
    ("badoit", ("Badoit", "Badoit", None, None, F, None, "soft", {50: [None], 100: [None]})),
    ("evian", ("Evian", "Evian", None, None, F, None, "soft", {50: [None], 150: [None]})),
    ("salvetat", ("La Salvetat", "La Salvetat", None, None, F, None, "soft", {50: [None], 100: [None]})),
    ("quezac", ("Quézac", "Quézac", None, None, F, None, "soft", {100: [None]})),
    ("redbull", ("Red Bull", "Red Bull", None, None, "Autriche", None, "soft", {25: [None]})),
    ("pago_or", ("Jus d'orange Pago", "Pago", None, None, "Autriche", None, "soft", {20: [None]})),
    ("pago_ab", ("Jus d'abricot Pago", "Pago", None, None, "Autriche", None, "soft", {20: [None]})),
    ("sirop_menthe", ("Sirop de menthe Monin", "Monin", None, None, F, None, "soft", {70: [None]})),
    ("sirop_grenad", ("Sirop de grenadine Monin", "Monin", None, None, F, None, "soft", {70: [None]})),
]
