"""The drinks of "Auberge de la Planèze" (Saint-Flour, Cantal).

One row a product: key, name, producer, appellation, region, country, colour,
category, {format_cl: [vintages]} (None for a non-vintage drink).  Ids are given
in this order, formats ascending, vintages ascending.
"""

F = "France"

def w(key, name, producer, appellation, region, colour, formats, category="vin", country=F):
    return (key, name, producer, appellation, region, country, colour, category, formats)

def o(key, name, producer, appellation, region, category, formats, country=F):
    return (key, name, producer, appellation, region, country, None, category, formats)

NV = [None]

PRODUCTS = [
    # Saint-Pourçain
    w("ficelle_rg", "Ficelle rouge", "Union des Vignerons de Saint-Pourçain", "Saint-Pourçain", "Loire", "rouge", {75: [2022, 2023]}),
    w("ficelle_bl", "Ficelle blanc", "Union des Vignerons de Saint-Pourçain", "Saint-Pourçain", "Loire", "blanc", {75: [2023]}),
    w("resspe_rg", "Réserve Spéciale rouge", "Union des Vignerons de Saint-Pourçain", "Saint-Pourçain", "Loire", "rouge", {37.5: [2021], 75: [2021]}),
    w("nebout_bl", "Saint-Pourçain blanc", "Domaine Nebout", "Saint-Pourçain", "Loire", "blanc", {75: [2022, 2023]}),
    w("nebout_rs", "Saint-Pourçain rosé", "Domaine Nebout", "Saint-Pourçain", "Loire", "rosé", {75: [2024]}),
    w("berioles_rg", "Saint-Pourçain rouge", "Domaine des Bérioles", "Saint-Pourçain", "Loire", "rouge", {75: [2021, 2022]}),
    w("bellevue_tres", "Tressallier", "Domaine de Bellevue", "Saint-Pourçain", "Loire", "blanc", {75: [2023]}),
    # Côtes d'Auvergne
    w("volcane", "Volcane", "Domaine Miolanne", "Côtes d'Auvergne", "Auvergne", "rouge", {75: [2020, 2022], 150: [2020]}),
    w("miolanne_bl", "Côtes d'Auvergne blanc", "Domaine Miolanne", "Côtes d'Auvergne", "Auvergne", "blanc", {75: [2023]}),
    w("chanturgue", "Chanturgue", "Desprat Saint-Verny", "Côtes d'Auvergne Chanturgue", "Auvergne", "rouge", {75: [2020, 2021]}),
    w("sv_pinot", "Pinot Noir", "Desprat Saint-Verny", "IGP Puy-de-Dôme", "Auvergne", "rouge", {75: [2022]}),
    w("sv_rose", "Côtes d'Auvergne rosé", "Desprat Saint-Verny", "Côtes d'Auvergne", "Auvergne", "rosé", {75: [2024]}),
    w("sauvat_boudes", "Boudes rouge", "Domaine Sauvat", "Côtes d'Auvergne Boudes", "Auvergne", "rouge", {37.5: [2022], 75: [2020, 2022]}),
    w("montel_chgay", "Châteaugay rouge", "Benoît Montel", "Côtes d'Auvergne Châteaugay", "Auvergne", "rouge", {75: [2022]}),
    # Aveyron
    w("cros_sang", "Lo Sang del Païs", "Domaine du Cros", "Marcillac", "Sud-Ouest", "rouge", {37.5: [2022], 75: [2022, 2023], 150: [2021]}),
    w("cros_vv", "Marcillac Vieilles Vignes", "Domaine du Cros", "Marcillac", "Sud-Ouest", "rouge", {75: [2019, 2021]}),
    w("laurens_pr", "Pierres Rouges", "Domaine Laurens", "Marcillac", "Sud-Ouest", "rouge", {75: [2022]}),
    w("vallon_marc", "Marcillac", "Les Vignerons du Vallon", "Marcillac", "Sud-Ouest", "rouge", {75: [2022]}),
    w("fel_bl", "Entraygues Le Fel blanc", "Domaine du Fel", "Entraygues-Le Fel", "Sud-Ouest", "blanc", {75: [2023]}),
    # Cahors
    w("cedre", "Le Cèdre", "Château du Cèdre", "Cahors", "Sud-Ouest", "rouge", {75: [2016, 2018], 150: [2016]}),
    w("cedre_her", "Cèdre Héritage", "Château du Cèdre", "Cahors", "Sud-Ouest", "rouge", {37.5: [2021], 75: [2021, 2022]}),
    w("probus", "Probus", "Clos Triguedina", "Cahors", "Sud-Ouest", "rouge", {75: [2015, 2016]}),
    w("triguedina", "Clos Triguedina", "Clos Triguedina", "Cahors", "Sud-Ouest", "rouge", {75: [2019]}),
    w("coutale", "Clos La Coutale", "Philippe Bernède", "Cahors", "Sud-Ouest", "rouge", {37.5: [2021], 75: [2021, 2022]}),
    w("lagrezette", "Château Lagrézette", "Château Lagrézette", "Cahors", "Sud-Ouest", "rouge", {75: [2017]}),
    w("hauteserre", "Château de Haute-Serre", "Georges Vigouroux", "Cahors", "Sud-Ouest", "rouge", {75: [2018]}),
    # Rhône
    w("guigal_rg", "Côtes-du-Rhône rouge", "E. Guigal", "Côtes-du-Rhône", "Rhône", "rouge", {37.5: [2021], 75: [2020, 2021]}),
    w("guigal_bl", "Côtes-du-Rhône blanc", "E. Guigal", "Côtes-du-Rhône", "Rhône", "blanc", {75: [2022]}),
    w("graillot", "Crozes-Hermitage rouge", "Alain Graillot", "Crozes-Hermitage", "Rhône", "rouge", {75: [2021]}),
    w("deschants", "Deschants", "M. Chapoutier", "Saint-Joseph", "Rhône", "rouge", {75: [2020]}),
    w("telegraphe", "La Crau", "Domaine du Vieux Télégraphe", "Châteauneuf-du-Pape", "Rhône", "rouge", {75: [2018, 2019]}),
    w("aqueria", "Château d'Aquéria", "Château d'Aquéria", "Tavel", "Rhône", "rosé", {75: [2024]}),
    # Bordeaux
    w("chasse", "Château Chasse-Spleen", "Château Chasse-Spleen", "Moulis-en-Médoc", "Bordeaux", "rouge", {75: [2015, 2017], 150: [2015]}),
    w("meyney", "Château Meyney", "Château Meyney", "Saint-Estèphe", "Bordeaux", "rouge", {75: [2016]}),
    w("tourdeby", "Château La Tour de By", "Château La Tour de By", "Médoc", "Bordeaux", "rouge", {75: [2018, 2019]}),
    w("corbin", "Château Grand Corbin-Despagne", "Château Grand Corbin-Despagne", "Saint-Émilion Grand Cru", "Bordeaux", "rouge", {75: [2017]}),
    w("floridene", "Clos Floridène blanc", "Denis Dubourdieu", "Graves", "Bordeaux", "blanc", {75: [2022]}),
    w("coutet", "Château Coutet", "Château Coutet", "Barsac", "Bordeaux", "liquoreux", {37.5: [2016], 75: [2016]}),
    # Bubbles
    w("drappier_cdo", "Carte d'Or Brut", "Drappier", "Champagne", "Champagne", "effervescent", {37.5: NV, 75: NV, 150: NV}, "champagne"),
    w("drappier_rs", "Rosé de Saignée Brut", "Drappier", "Champagne", "Champagne", "rosé", {75: NV}, "champagne"),
    w("langlois", "Crémant de Loire Brut", "Langlois-Château", "Crémant de Loire", "Loire", "effervescent", {75: NV}),
    # Aperitifs
    o("salers", "Salers Gentiane", "Salers", None, "Auvergne", "autre", {100: NV}),
    o("aveze", "Avèze Gentiane", "Distillerie Avèze", None, "Auvergne", "autre", {100: NV}),
    o("suze", "Suze", "Suze", None, None, "autre", {100: NV}),
    o("ricard", "Ricard", "Pernod Ricard", None, None, "spiritueux", {100: NV}),
    o("p51", "Pastis 51", "Pernod Ricard", None, None, "spiritueux", {100: NV}),
    o("martini_rs", "Martini Rosso", "Martini", None, None, "autre", {100: NV}, "Italie"),
    o("lillet_bl", "Lillet Blanc", "Lillet", None, "Bordeaux", "autre", {75: NV}),
    o("sixgrapes", "Six Grapes Reserve Port", "Graham's", "Porto", "Douro", "autre", {75: NV}, "Portugal"),
    # Liqueurs, eaux-de-vie, spirits
    o("verv_verte", "Verveine du Velay Verte", "Pagès", None, "Auvergne", "spiritueux", {70: NV}),
    o("verv_jaune", "Verveine du Velay Jaune", "Pagès", None, "Auvergne", "spiritueux", {70: NV}),
    o("chartreuse_v", "Chartreuse Verte", "Chartreuse", None, None, "spiritueux", {70: NV}),
    o("poire", "Poire Williams", "G.E. Massenez", None, "Alsace", "spiritueux", {70: NV}),
    o("prune", "La Vieille Prune", "Louis Roque", None, "Sud-Ouest", "spiritueux", {70: NV}),
    o("remy_vsop", "Rémy Martin VSOP", "Rémy Martin", "Cognac", "Cognac", "spiritueux", {70: NV}),
    o("remy_xo", "Rémy Martin XO", "Rémy Martin", "Cognac", "Cognac", "spiritueux", {70: NV}),
    o("laubade_vsop", "Château de Laubade VSOP", "Château de Laubade", "Bas-Armagnac", "Gascogne", "spiritueux", {70: NV}),
    o("magloire", "Père Magloire VSOP", "Père Magloire", "Calvados Pays d'Auge", "Normandie", "spiritueux", {70: NV}),
    o("aberlour12", "Aberlour 12 ans", "Aberlour", "Speyside", None, "spiritueux", {70: NV}, "Écosse"),
    o("lagavulin16", "Lagavulin 16 ans", "Lagavulin", "Islay", None, "spiritueux", {70: NV}, "Écosse"),
    o("jameson", "Jameson", "Jameson", None, None, "spiritueux", {70: NV}, "Irlande"),
    o("jack", "Jack Daniel's Old No. 7", "Jack Daniel's", "Tennessee", None, "spiritueux", {70: NV}, "États-Unis"),
    o("havana3", "Havana Club 3 ans", "Havana Club", None, None, "spiritueux", {70: NV}, "Cuba"),
    o("havana7", "Havana Club 7 ans", "Havana Club", None, None, "spiritueux", {70: NV}, "Cuba"),
    o("diplomatico", "Diplomático Reserva Exclusiva", "Diplomático", None, None, "spiritueux", {70: NV}, "Venezuela"),
    o("hendricks", "Hendrick's Gin", "Hendrick's", None, None, "spiritueux", {70: NV}, "Écosse"),
    o("bombay", "Bombay Sapphire", "Bombay", None, None, "spiritueux", {70: NV}, "Angleterre"),
    o("greygoose", "Grey Goose", "Grey Goose", None, None, "spiritueux", {70: NV}),
    o("get27", "Get 27", "Get", None, None, "spiritueux", {70: NV}),
    o("cointreau", "Cointreau", "Cointreau", None, None, "spiritueux", {70: NV}),
    o("baileys", "Baileys Original", "Baileys", None, None, "spiritueux", {70: NV}, "Irlande"),
    # Beers
    o("kro", "Kronenbourg", "Kronenbourg", None, "Alsace", "bière", {3000: NV}),
    o("grim_bl", "Grimbergen Blonde", "Grimbergen", None, None, "bière", {2000: NV}, "Belgique"),
    o("milvus_bl", "Milvus Blonde", "Brasserie des Estives", None, "Auvergne", "bière", {33: NV, 2000: NV}),
    o("milvus_amb", "Milvus Ambrée", "Brasserie des Estives", None, "Auvergne", "bière", {33: NV}),
    o("blanc1664", "1664 Blanc", "Kronenbourg", None, None, "bière", {25: NV}),
    o("leffe_bl", "Leffe Blonde", "Leffe", None, None, "bière", {33: NV}, "Belgique"),
    o("chouffe", "La Chouffe", "Brasserie d'Achouffe", None, None, "bière", {33: NV}, "Belgique"),
    o("desperados", "Desperados", "Desperados", None, None, "bière", {33: NV}),
    o("tourtel", "Tourtel Twist Citron", "Tourtel", None, None, "bière", {27.5: NV}),
    # Softs and waters
    o("coca", "Coca-Cola", "Coca-Cola", None, None, "soft", {33: NV}),
    o("coca_zero", "Coca-Cola Zéro", "Coca-Cola", None, None, "soft", {33: NV}),
    o("orangina", "Orangina", "Orangina", None, None, "soft", {25: NV}),
    o("schweppes_t", "Schweppes Indian Tonic", "Schweppes", None, None, "soft", {25: NV}),
    o("schweppes_a", "Schweppes Agrumes", "Schweppes", None, None, "soft", {25: NV}),
    o("perrier", "Perrier", "Perrier", None, None, "soft", {33: NV}),
    o("styorre", "Vichy Saint-Yorre", "Saint-Yorre", None, "Auvergne", "soft", {100: NV}),
    o("celestins", "Vichy Célestins", "Vichy Célestins", None, "Auvergne", "soft", {100: NV}),
    o("volvic", "Volvic", "Volvic", None, "Auvergne", "soft", {50: NV, 100: NV}),
    o("badoit", "Badoit", "Badoit", None, None, "soft", {100: NV}),
    o("chateldon", "Châteldon", "Châteldon", None, "Auvergne", "soft", {75: NV}),
    o("pago_or", "Pago Orange", "Pago", None, None, "soft", {20: NV}),
    o("pago_ab", "Pago Abricot", "Pago", None, None, "soft", {20: NV}),
    o("lorina", "Lorina Limonade", "Lorina", None, None, "soft", {33: NV}),
    o("icetea", "Lipton Ice Tea Pêche", "Lipton", None, None, "soft", {33: NV}),
]

BY_KEY = {p[0]: p for p in PRODUCTS}
WINE_CATS = ("vin", "champagne")
