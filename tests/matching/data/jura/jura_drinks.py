"""The drinks of "La Grange aux Tavaillons" (Bellefontaine, Haut-Jura).

One row per drink: key, name, producer, appellation, region, country, colour,
category, and the vintages held per format (cl). `None` in a vintage list is a
non-vintage drink. The library's ids follow this order (formats in the order
written, vintages ascending).
"""

J, FR = "Jura", "France"


def W(key, name, producer, appellation, colour, formats, region=J):
    return {"key": key, "name": name, "producer": producer, "appellation": appellation,
                "region": region, "country": FR, "colour": colour, "category": "vin",
                "formats": formats}


def X(key, name, producer, appellation, category, formats, region="Franche-Comté",
      country=FR):
    return {"key": key, "name": name, "producer": producer, "appellation": appellation,
                "region": region, "country": country, "colour": None, "category": category,
                "formats": formats}


ROLET = "Domaine Rolet Père et Fils"
PETIT = "Domaine Désiré Petit"
FVA = "Fruitière Vinicole d'Arbois"
ARLAY = "Château d'Arlay"
RDL = "Brasserie La Rouget de Lisle"

DRINKS = [
    # --- Arbois -------------------------------------------------------------
    W("rolet_poulsard", "Poulsard", ROLET, "Arbois", "rouge",
      {75: [2021, 2022], 150: [2020]}),
    W("rolet_trousseau", "Trousseau", ROLET, "Arbois", "rouge", {75: [2019, 2020]}),
    W("rolet_chardonnay", "Chardonnay", ROLET, "Arbois", "blanc", {75: [2020, 2021]}),
    W("rolet_tradition", "Tradition", ROLET, "Arbois", "blanc", {75: [2018]}),
    W("rolet_vj", "Vin Jaune", ROLET, "Arbois", "blanc", {62: [2014, 2016]}),
    W("rolet_macvin", "Macvin Blanc", ROLET, "Macvin du Jura", "liquoreux", {75: [None]}),
    X("rolet_marc", "Marc du Jura", ROLET, "Marc du Jura", "spiritueux", {70: [None]},
      region=J),
    W("petit_ploussard", "Ploussard", PETIT, "Arbois Pupillin", "rouge",
      {75: [2022, 2023], 37.5: [2022]}),
    W("petit_vj", "Vin Jaune", PETIT, "Arbois Pupillin", "blanc", {62: [2014, 2015]}),
    W("petit_paille", "Vin de Paille", PETIT, "Arbois Pupillin", "liquoreux",
      {37.5: [2018]}),
    W("ren_ploussard", "Ploussard", "Domaine de la Renardière", "Arbois Pupillin",
      "rouge", {75: [2022, 2023]}),
    W("ren_chardonnay", "Chardonnay", "Domaine de la Renardière", "Arbois Pupillin",
      "blanc", {75: [2020, 2021]}),
    W("fva_bethanie", "Château Béthanie", FVA, "Arbois", "blanc",
      {75: [2018, 2019, 2020], 37.5: [2019]}),
    W("fva_cremant", "Crémant du Jura Brut", FVA, "Crémant du Jura", "effervescent",
      {75: [None], 150: [None]}),
    W("fva_vj", "Vin Jaune", FVA, "Arbois", "blanc", {62: [2015]}),
    W("dugois_grev", "Trousseau Grevillière", "Domaine Daniel Dugois", "Arbois", "rouge",
      {75: [2019, 2020, 2022], 37.5: [2020]}),
    W("aviet_geol", "Trousseau Cuvée des Géologues", "Caveau de Bacchus (Lucien Aviet)",
      "Arbois", "rouge", {75: [2019, 2021], 150: [2019]}),
    # --- Côtes du Jura, Château-Chalon, L'Étoile -------------------------------
    W("arlay_vj", "Vin Jaune", ARLAY, "Côtes du Jura", "blanc", {62: [2013, 2015]}),
    W("arlay_paille", "Vin de Paille", ARLAY, "Côtes du Jura", "liquoreux",
      {37.5: [2017, 2019]}),
    W("arlay_macvin", "Macvin Rouge", ARLAY, "Macvin du Jura", "liquoreux", {75: [None]}),
    W("arlay_tradition", "Blanc Tradition", ARLAY, "Côtes du Jura", "blanc",
      {75: [2015, 2016]}),
    X("arlay_fine", "Vieille Fine du Jura", ARLAY, "Fine du Jura", "spiritueux",
      {70: [None]}, region=J),
    W("labet_fleur", "Fleur de Savagnin", "Domaine Labet", "Côtes du Jura", "blanc",
      {75: [2020, 2021, 2022], 150: [2020]}),
    W("labet_varrons", "Chardonnay Les Varrons", "Domaine Labet", "Côtes du Jura",
      "blanc", {75: [2018, 2019]}),
    W("pignier_trousseau", "Trousseau", "Domaine Pignier", "Côtes du Jura", "rouge",
      {75: [2021, 2022]}),
    W("pignier_sauvageon", "Sauvageon", "Domaine Pignier", "Côtes du Jura", "blanc",
      {75: [2020]}),
    W("pignier_cellier", "Cellier des Chartreux", "Domaine Pignier", "Côtes du Jura",
      "blanc", {75: [2019, 2020]}),
    W("pignier_macvin", "Macvin Blanc", "Domaine Pignier", "Macvin du Jura", "liquoreux",
      {50: [None]}),
    W("badoz_vj", "Vin Jaune", "Domaine Badoz", "Côtes du Jura", "blanc",
      {62: [2015, 2016]}),
    W("badoz_vermeil", "Le Vermeil", "Domaine Badoz", "Côtes du Jura", "rouge",
      {75: [2020, 2021]}),
    W("badoz_arrogance", "Chardonnay Arrogance", "Domaine Badoz", "Côtes du Jura",
      "blanc", {75: [2018, 2020]}),
    W("rev_cremant", "Crémant du Jura Brut", "Domaine Xavier Reverchon",
      "Crémant du Jura", "effervescent", {75: [None], 37.5: [None]}),
    W("rev_cremant_rose", "Crémant du Jura Rosé", "Domaine Xavier Reverchon",
      "Crémant du Jura", "rosé", {75: [None]}),
    W("rev_stsavin", "Chardonnay Saint Savin", "Domaine Xavier Reverchon",
      "Côtes du Jura", "blanc", {75: [2019, 2020]}),
    W("bourdy_cc", "Château-Chalon", "Domaine Jean Bourdy", "Château-Chalon", "blanc",
      {62: [2012, 2014]}),
    W("bourdy_rouge", "Côtes du Jura Rouge", "Domaine Jean Bourdy", "Côtes du Jura",
      "rouge", {75: [2016, 2018]}),
    W("courbet_cc", "Château-Chalon", "Domaine Courbet", "Château-Chalon", "blanc",
      {62: [2015, 2017]}),
    W("courbet_sav", "Savagnin Ouillé", "Domaine Courbet", "Côtes du Jura", "blanc",
      {75: [2020, 2021]}),
    W("voiteur_cc", "Château-Chalon", "Fruitière Vinicole de Voiteur", "Château-Chalon",
      "blanc", {62: [2014, 2016]}),
    W("etoile_vj", "Vin Jaune", "Château de l'Étoile", "L'Étoile", "blanc",
      {62: [2014, 2015]}),
    W("etoile_chardonnay", "Chardonnay", "Château de l'Étoile", "L'Étoile", "blanc",
      {75: [2020, 2021]}),
    W("etoile_cremant", "Crémant du Jura Brut", "Château de l'Étoile", "Crémant du Jura",
      "effervescent", {75: [None]}),
    W("gen_savagnin", "Savagnin", "Domaine Geneletti", "L'Étoile", "blanc",
      {75: [2019, 2021]}),
    # --- Burgundy and Savoie --------------------------------------------------
    W("pavelot_dominode", "Savigny-lès-Beaune 1er Cru La Dominode",
      "Domaine Jean-Marc et Hugues Pavelot", "Savigny-lès-Beaune Premier Cru", "rouge",
      {75: [2019, 2020], 150: [2019]}, region="Bourgogne"),
    W("rollin_pernand", "Pernand-Vergelesses Blanc", "Domaine Rollin Père et Fils",
      "Pernand-Vergelesses", "blanc", {75: [2021], 37.5: [2021]}, region="Bourgogne"),
    W("goisot_stbris", "Saint-Bris", "Domaine Guilhem et Jean-Hugues Goisot",
      "Saint-Bris", "blanc", {75: [2022, 2023]}, region="Bourgogne"),
    W("vullien_bergeron", "Chignin-Bergeron Les Divolettes", "Domaine Jean Vullien et Fils",
      "Chignin-Bergeron", "blanc", {75: [2022, 2023]}, region="Savoie"),
    W("vullien_mondeuse", "Mondeuse", "Domaine Jean Vullien et Fils", "Vin de Savoie",
      "rouge", {75: [2021, 2022]}, region="Savoie"),
    # --- Spirits and aperitifs ------------------------------------------------
    X("pontarlier_anis", "Pontarlier-Anis", "Distillerie Armand Guy", "Anisé",
      "spiritueux", {100: [None]}),
    X("vert_sapin", "Le Vert Sapin", "Distillerie Armand Guy", "Liqueur de sapin",
      "spiritueux", {70: [None]}),
    X("vieux_pontarlier", "Absinthe Vieux Pontarlier", "Les Fils d'Émile Pernot",
      "Absinthe", "spiritueux", {70: [None]}),
    X("pontiane", "Pontiane", "Les Fils d'Émile Pernot", "Apéritif à la gentiane",
      "autre", {70: [None]}),
    X("kirsch_peureux", "Kirsch de Fougerolles", "Distillerie Peureux",
      "Kirsch de Fougerolles", "spiritueux", {70: [None]}),
    X("whisky_rdl", "Whisky Rouget de Lisle", RDL, "Whisky français", "spiritueux",
      {70: [None]}, region=J),
    # --- Beers (a draught beer is held as its keg) ----------------------------
    X("rdl_blonde", "La Rouget de Lisle Blonde", RDL, None, "bière", {3000: [None]},
      region=J),
    X("rdl_plateaux", "Blanche des Plateaux", RDL, None, "bière", {33: [None]}, region=J),
    X("rdl_riviere", "Grande Rivière", RDL, None, "bière", {33: [None]}, region=J),
    X("franche_enbas", "La Franche d'en Bas", "Brasserie La Franche", None, "bière",
      {2000: [None]}, region=J),
    X("franche_devie", "La Franche de Vie", "Brasserie La Franche", None, "bière",
      {75: [None]}, region=J),
    # --- Waters and softs ----------------------------------------------------
    X("coca", "Coca-Cola", "The Coca-Cola Company", None, "soft", {33: [None]},
      region=None, country="États-Unis"),
    X("coca_zero", "Coca-Cola Zéro", "The Coca-Cola Company", None, "soft", {33: [None]},
      region=None, country="États-Unis"),
    X("orangina", "Orangina", "Orangina Suntory France", None, "soft", {25: [None]},
      region=None),
    X("perrier", "Perrier", "Nestlé Waters", None, "soft", {33: [None]}, region=None),
    X("badoit", "Badoit", "Danone", None, "soft", {100: [None], 50: [None]}, region=None),
    X("evian", "Evian", "Danone", None, "soft", {100: [None], 50: [None]}, region=None),
]

BY_KEY = {d["key"]: d for d in DRINKS}
assert len(BY_KEY) == len(DRINKS)


def library():
    """The library entries in id order, and a map (key, format, vintage) -> id."""
    rows, index = [], {}
    for d in DRINKS:
        for fmt, vintages in d["formats"].items():
            for v in sorted(vintages, key=lambda x: -1 if x is None else x):
                i = "ju%03d" % (len(rows) + 1)
                rows.append({"id": i, "name": d["name"], "producer": d["producer"],
                             "appellation": d["appellation"], "region": d["region"],
                             "country": d["country"], "colour": d["colour"],
                             "category": d["category"], "vintage": v,
                             "format_cl": fmt})
                index[(d["key"], fmt, v)] = i
    return rows, index
