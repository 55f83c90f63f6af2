"""The library of L'Auberge de la Châtaigne (Privas): one row per drink, with the
formats it is held in and the vintages held in each format (None: non-vintage)."""

RH = "Vallée du Rhône"
FR = "France"


def W(key, name, producer, appellation, colour, formats, region=RH, category="vin"):
    return {"key": key, "name": name, "producer": producer, "appellation": appellation,
                "region": region, "country": FR, "colour": colour, "category": category,
                "formats": formats}


def D(key, name, producer, category, formats, country=FR, appellation=None, region=None):
    return {"key": key, "name": name, "producer": producer, "appellation": appellation,
                "region": region, "country": country, "colour": None, "category": category,
                "formats": formats}


NV = [None]

DRINKS = [
    # Côtes du Vivarais
    W("gal_r", "Domaine Gallety Rouge", "Domaine Gallety", "Côtes du Vivarais", "rouge",
      {75: [2019, 2020], 150: [2019]}),
    W("gal_b", "Domaine Gallety Blanc", "Domaine Gallety", "Côtes du Vivarais", "blanc",
      {75: [2022]}),
    W("vig_r", "Domaine de Vigier Rouge", "Domaine de Vigier", "Côtes du Vivarais", "rouge",
      {75: [2021, 2022], 37.5: [2022]}),
    W("vig_rs", "Domaine de Vigier Rosé", "Domaine de Vigier", "Côtes du Vivarais", "rosé",
      {75: [2023, 2024]}),
    W("vig_b", "Domaine de Vigier Blanc", "Domaine de Vigier", "Côtes du Vivarais", "blanc",
      {75: [2023]}),
    # Saint-Joseph, Saint-Péray
    W("gri_sj", "Saint-Joseph", "Domaine Bernard Gripa", "Saint-Joseph", "rouge",
      {75: [2019, 2021], 37.5: [2021]}),
    W("gri_ber", "Saint-Joseph Le Berceau", "Domaine Bernard Gripa", "Saint-Joseph", "rouge",
      {75: [2018]}),
    W("gri_sjb", "Saint-Joseph Blanc", "Domaine Bernard Gripa", "Saint-Joseph", "blanc",
      {75: [2022]}),
    W("gri_sp", "Saint-Péray Les Figuiers", "Domaine Bernard Gripa", "Saint-Péray", "blanc",
      {75: [2022]}),
    W("cou_sil", "Saint-Joseph Silice", "Domaine Coursodon", "Saint-Joseph", "rouge",
      {75: [2020, 2022]}),
    W("cou_oli", "Saint-Joseph L'Olivaie", "Domaine Coursodon", "Saint-Joseph", "rouge",
      {75: [2019]}),
    W("gon_sj", "Saint-Joseph", "Domaine Pierre Gonon", "Saint-Joseph", "rouge",
      {75: [2020]}),
    W("gon_oli", "Saint-Joseph Les Oliviers", "Domaine Pierre Gonon", "Saint-Joseph", "blanc",
      {75: [2022]}),
    W("cha_des", "Saint-Joseph Deschants", "M. Chapoutier", "Saint-Joseph", "rouge",
      {75: [2021, 2022], 37.5: [2022]}),
    W("cha_desb", "Saint-Joseph Deschants Blanc", "M. Chapoutier", "Saint-Joseph", "blanc",
      {75: [2022]}),
    # Cornas
    W("vog_vf", "Cornas Les Vieilles Fontaines", "Alain Voge", "Cornas", "rouge",
      {75: [2017, 2019]}),
    W("vog_cha", "Cornas Les Chailles", "Alain Voge", "Cornas", "rouge",
      {75: [2020, 2021], 150: [2020]}),
    W("vog_cru", "Saint-Péray Fleur de Crussol", "Alain Voge", "Saint-Péray", "blanc",
      {75: [2021]}),
    W("par_30", "Cornas Granit 30", "Vincent Paris", "Cornas", "rouge", {75: [2020, 2022]}),
    W("par_60", "Cornas Granit 60", "Vincent Paris", "Cornas", "rouge", {75: [2019]}),
    W("cla_cor", "Cornas", "Domaine Auguste Clape", "Cornas", "rouge", {75: [2016]}),
    W("tai_are", "Cornas Arènes Sauvages", "Cave de Tain", "Cornas", "rouge", {75: [2019]}),
    # Côtes du Rhône (Ardèche side and Guigal)
    W("lib_pet", "Vin de Pétanque", "Mas de Libian", "Côtes du Rhône", "rouge",
      {75: [2022, 2023]}),
    W("lib_kha", "Khayyâm", "Mas de Libian", "Côtes du Rhône", "rouge", {75: [2021]}),
    W("lib_bdz", "Bout d'Zan", "Mas de Libian", "Côtes du Rhône", "rouge", {75: [2023]}),
    W("cous_r", "Domaine Notre-Dame de Cousignac Rouge", "Domaine Notre-Dame de Cousignac",
      "Côtes du Rhône", "rouge", {75: [2021, 2022], 150: [2021]}),
    W("cous_b", "Domaine Notre-Dame de Cousignac Blanc", "Domaine Notre-Dame de Cousignac",
      "Côtes du Rhône", "blanc", {75: [2023]}),
    W("gui_r", "Côtes du Rhône Rouge", "E. Guigal", "Côtes du Rhône", "rouge",
      {75: [2020, 2021], 37.5: [2021]}),
    W("gui_rs", "Côtes du Rhône Rosé", "E. Guigal", "Côtes du Rhône", "rosé", {75: [2024]}),
    # IGP Ardèche
    W("lat_ga", "Grand Ardèche Chardonnay", "Louis Latour", "IGP Ardèche", "blanc",
      {75: [2021, 2022]}),
    W("va_vio", "Viognier", "Vignerons Ardéchois", "IGP Ardèche", "blanc", {75: [2023]}),
    W("va_gam", "Gamay", "Vignerons Ardéchois", "IGP Ardèche", "rouge", {75: [2023]}),
    W("va_rs", "Grenache Rosé", "Vignerons Ardéchois", "IGP Ardèche", "rosé", {75: [2024]}),
    # Northern Rhône neighbours
    W("ver_con", "Condrieu Les Terrasses de l'Empire", "Domaine Georges Vernay", "Condrieu",
      "blanc", {75: [2022], 37.5: [2022]}),
    W("com_cro", "Crozes-Hermitage Rouge", "Domaine Combier", "Crozes-Hermitage", "rouge",
      {75: [2021, 2022]}),
    # Bubbles
    W("cla_die", "Clairette de Die Tradition", "Jaillance", "Clairette de Die", "effervescent",
      {75: NV, 37.5: NV}),
    W("feu_brut", "Réserve Exclusive Brut", "Nicolas Feuillatte", "Champagne", "effervescent",
      {75: NV, 37.5: NV, 150: NV}, region="Champagne", category="champagne"),
    W("feu_rose", "Réserve Exclusive Rosé", "Nicolas Feuillatte", "Champagne", "rosé",
      {75: NV}, region="Champagne", category="champagne"),
    # Beers (kegs 2,000 / 3,000 cl)
    D("k1664", "1664", "Kronenbourg", "bière", {3000: NV, 25: NV}),
    D("affl", "Affligem Blonde", "Affligem", "bière", {2000: NV}, country="Belgique"),
    D("bou_bl", "Bourganel Blonde", "Brasserie Bourganel", "bière", {2000: NV, 33: NV}),
    D("bou_mar", "Bourganel aux Marrons d'Ardèche", "Brasserie Bourganel", "bière",
      {33: NV, 75: NV}),
    D("bou_ver", "Bourganel à la Verveine", "Brasserie Bourganel", "bière", {33: NV}),
    D("bou_myr", "Bourganel à la Myrtille", "Brasserie Bourganel", "bière", {33: NV}),
    D("leffe", "Leffe Blonde", "Leffe", "bière", {33: NV}, country="Belgique"),
    D("despe", "Desperados", "Desperados", "bière", {33: NV}),
    # Aperitifs
    D("ricard", "Ricard", "Ricard", "autre", {100: NV}),
    D("p51", "Pastis 51", "Pernod", "autre", {100: NV}),
    D("suze", "Suze", "Suze", "autre", {100: NV}),
    D("mart_b", "Martini Bianco", "Martini", "autre", {100: NV}, country="Italie"),
    D("mart_r", "Martini Rosso", "Martini", "autre", {100: NV}, country="Italie"),
    D("lillet", "Lillet Blanc", "Lillet", "autre", {75: NV}),
    D("noix", "Noix de la Saint-Jean", "Noix de la Saint-Jean", "autre", {75: NV}),
    D("porto", "Porto Tawny", "Sandeman", "autre", {75: NV}, country="Portugal"),
    # Liqueurs and spirits
    D("liq_cha", "Liqueur de Châtaigne", "Distillerie Eyguebelle", "spiritueux", {70: NV}),
    D("cre_cha", "Crème de Châtaigne", "Distillerie Eyguebelle", "spiritueux", {50: NV}),
    D("cassis", "Crème de Cassis", "Lejay-Lagoute", "spiritueux", {70: NV}),
    D("chart_v", "Chartreuse Verte", "Chartreuse", "spiritueux", {70: NV}),
    D("chart_j", "Chartreuse Jaune", "Chartreuse", "spiritueux", {70: NV}),
    D("get27", "Get 27", "Get", "spiritueux", {70: NV}),
    D("remy", "Rémy Martin VSOP", "Rémy Martin", "spiritueux", {70: NV}, appellation="Cognac"),
    D("calva", "Père Magloire VSOP", "Père Magloire", "spiritueux", {70: NV},
      appellation="Calvados"),
    D("jameson", "Jameson", "Jameson", "spiritueux", {70: NV}, country="Irlande"),
    D("jack", "Jack Daniel's Old No. 7", "Jack Daniel's", "spiritueux", {70: NV},
      country="États-Unis"),
    D("label5", "Label 5", "Label 5", "spiritueux", {70: NV}, country="Écosse"),
    D("glenmo", "Glenmorangie 10 ans", "Glenmorangie", "spiritueux", {70: NV}, country="Écosse"),
    D("chivas", "Chivas Regal 12 ans", "Chivas Regal", "spiritueux", {70: NV}, country="Écosse"),
    D("havana3", "Havana Club 3 ans", "Havana Club", "spiritueux", {70: NV}, country="Cuba"),
    D("havana7", "Havana Club 7 ans", "Havana Club", "spiritueux", {70: NV}, country="Cuba"),
    D("bombay", "Bombay Sapphire", "Bombay", "spiritueux", {70: NV}, country="Angleterre"),
    D("absolut", "Absolut", "Absolut", "spiritueux", {70: NV}, country="Suède"),
    D("baileys", "Baileys Original", "Baileys", "spiritueux", {70: NV}, country="Irlande"),
    # Softs and waters
    D("coca", "Coca-Cola", "Coca-Cola", "soft", {33: NV}),
    D("zero", "Coca-Cola Zéro", "Coca-Cola", "soft", {33: NV}),
    D("orangina", "Orangina", "Orangina", "soft", {25: NV}),
    D("schweppes", "Schweppes Tonic", "Schweppes", "soft", {25: NV}),
    D("icetea", "Lipton Ice Tea Pêche", "Lipton", "soft", {25: NV}),
    D("perrier", "Perrier", "Perrier", "soft", {33: NV}),
    D("evian", "Evian", "Evian", "soft", {50: NV, 100: NV}),
    D("arcens", "Eau d'Arcens", "Arcens", "soft", {100: NV}),
    D("badoit", "Badoit", "Badoit", "soft", {100: NV}),
    D("milliat", "Jus de Pomme", "Alain Milliat", "soft", {33: NV}),
    D("lorina", "Limonade Lorina", "Lorina", "soft", {33: NV}),
]
