"""The drinks of "Le Grill du Rond-Point" (a grill/steakhouse chain restaurant by a ring road).

Each product is one wine (same name, producer, appellation, colour) or one other drink, with
the formats and vintages the restaurant holds, and how each connection names it:

- ``cat``: the core of the central catalogue export's description (after the SKU and the
  measure), ALL CAPITALS, abbreviated;
- ``pad``: the short name on the handheld order pads (mixed case, no vintage);
- ``web``: the product name on the delivery platform (its vintage is added after it);
- ``slot``: the delivery platform's second field for drinks that are not wine;
- ``sig``: word groups; a label names the product only if, for every group, one of the words
  is on it (whole, or as the last word cut by the till to at least four letters).

Vintages and formats are invented; names are real public trade names.
"""

W75 = 75

PRODUCTS = []


def wine(key, name, producer, appellation, region, colour, formats, cat, pad, web, sig,
         category="vin"):
    PRODUCTS.append({
        "key": key, "name": name, "producer": producer, "appellation": appellation, "region": region,
        "country": "France", "colour": colour, "category": category, "formats": formats, "cat": cat,
        "pad": pad, "web": web, "slot": None, "sig": sig, "fam": "V"})


def other(key, name, producer, appellation, region, country, category, formats, cat, pad,
          web, slot, sig, fam):
    PRODUCTS.append({
        "key": key, "name": name, "producer": producer, "appellation": appellation, "region": region,
        "country": country, "colour": None, "category": category, "formats": formats, "cat": cat, "pad": pad,
        "web": web, "slot": slot, "sig": sig, "fam": fam})


RGE = ["RGE", "ROUGE"]
BLC = ["BLC", "BLANC"]
RSE = ["RSE", "ROSE"]

# --- Bordeaux -------------------------------------------------------------------------
wine("dourthe_r", "Dourthe N°1", "Dourthe", "Bordeaux", "Bordeaux", "rouge",
     {75: [2020, 2022], 37.5: [2021]}, "BDX RGE DOURTHE N1", "Dourthe N°1 rge",
     "Dourthe N°1 Bordeaux", [["DOURTHE"], RGE])
wine("dourthe_b", "Dourthe N°1", "Dourthe", "Bordeaux", "Bordeaux", "blanc",
     {75: [2023]}, "BDX BLC DOURTHE N1", "Dourthe N°1 blc", "Dourthe N°1 Bordeaux",
     [["DOURTHE"], BLC])
wine("dourthe_rs", "Dourthe N°1", "Dourthe", "Bordeaux Rosé", "Bordeaux", "rosé",
     {75: [2023]}, "BDX RSE DOURTHE N1", "Dourthe N°1 rosé", "Dourthe N°1 Bordeaux Rosé",
     [["DOURTHE"], RSE])
wine("sirius_r", "Sirius", "Maison Sichel", "Bordeaux", "Bordeaux", "rouge",
     {75: [2019, 2021], 37.5: [2021]}, "BDX RGE SIRIUS", "Sirius rge", "Sirius Bordeaux",
     [["SIRIUS"], RGE])
wine("sirius_b", "Sirius", "Maison Sichel", "Bordeaux", "Bordeaux", "blanc",
     {75: [2022]}, "BDX BLC SIRIUS", "Sirius blc", "Sirius Bordeaux", [["SIRIUS"], BLC])
wine("timberlay", "Château Timberlay", "Vignobles Robert Giraud", "Bordeaux Supérieur",
     "Bordeaux", "rouge", {75: [2019, 2020]}, "CH TIMBERLAY", "Timberlay",
     "Château Timberlay Bordeaux Supérieur", [["TIMBERLAY"]])
wine("chevalnoir", "Cheval Noir", "Mähler-Besse", "Saint-Émilion", "Bordeaux", "rouge",
     {75: [2018, 2019], 37.5: [2019]}, "ST EM CHEVAL NOIR", "Cheval Noir",
     "Cheval Noir Saint-Émilion", [["CHEVAL"]])

# --- Rhône ------------------------------------------------------------------------------
wine("perrin_r", "Perrin Réserve", "Famille Perrin", "Côtes du Rhône", "Rhône", "rouge",
     {75: [2021, 2022], 37.5: [2022], 150: [2021]}, "CDR RGE PERRIN", "Perrin Rés. rge",
     "Perrin Réserve Côtes du Rhône", [["PERRIN"], RGE, ["CDR", "RES", "RESERVE"]])
wine("perrin_b", "Perrin Réserve", "Famille Perrin", "Côtes du Rhône", "Rhône", "blanc",
     {75: [2023]}, "CDR BLC PERRIN", "Perrin Rés. blc", "Perrin Réserve Côtes du Rhône",
     [["PERRIN"], BLC, ["CDR", "RES", "RESERVE"]])
wine("perrin_rs", "Perrin Réserve", "Famille Perrin", "Côtes du Rhône", "Rhône", "rosé",
     {75: [2023]}, "CDR RSE PERRIN", "Perrin Rés. rosé", "Perrin Réserve Côtes du Rhône",
     [["PERRIN"], RSE, ["CDR", "RES", "RESERVE"]])
wine("vf_r", "La Vieille Ferme", "Famille Perrin", "Ventoux", "Rhône", "rouge",
     {75: [2022, 2023]}, "VIEILLE FERME RGE", "Vieille Ferme rge",
     "La Vieille Ferme Ventoux", [["VIEILLE", "VX"], ["FERME"], RGE])
wine("vf_b", "La Vieille Ferme", "Famille Perrin", "Luberon", "Rhône", "blanc",
     {75: [2023]}, "VIEILLE FERME BLC", "Vieille Ferme blc", "La Vieille Ferme Luberon",
     [["VIEILLE", "VX"], ["FERME"], BLC])
wine("vf_rs", "La Vieille Ferme", "Famille Perrin", "Ventoux", "Rhône", "rosé",
     {75: [2023]}, "VIEILLE FERME RSE", "Vieille Ferme rosé",
     "La Vieille Ferme Ventoux", [["VIEILLE", "VX"], ["FERME"], RSE])
wine("cdd_r", "Cellier des Dauphins Prestige", "Cellier des Dauphins", "Côtes du Rhône",
     "Rhône", "rouge", {75: [2022], 50: [2022], 37.5: [2022]}, "CDR RGE CELL.DAUPHINS",
     "Cellier Dauph. rge", "Cellier des Dauphins Prestige", [["CELLIER", "CELL"], RGE])
wine("cdd_rs", "Cellier des Dauphins Prestige", "Cellier des Dauphins", "Côtes du Rhône",
     "Rhône", "rosé", {50: [2023]}, "CDR RSE CELL.DAUPHINS", "Cellier Dauph. rosé",
     "Cellier des Dauphins Prestige", [["CELLIER", "CELL"], RSE])
wine("delas", "Saint-Esprit", "Delas Frères", "Côtes du Rhône", "Rhône", "rouge",
     {75: [2020, 2021]}, "CDR RGE DELAS", "Delas St-Esprit", "Delas Saint-Esprit",
     [["DELAS"]])

# --- Languedoc, Pays d'Oc -------------------------------------------------------------------
wine("cdroses_r", "Côte des Roses", "Gérard Bertrand", "Languedoc", "Languedoc", "rouge",
     {75: [2022]}, "LANG RGE CTE ROSES", "Côte Roses rge", "Gérard Bertrand Côte des Roses",
     [["ROSES"], RGE])
wine("cdroses_b", "Côte des Roses", "Gérard Bertrand", "Languedoc", "Languedoc", "blanc",
     {75: [2023]}, "LANG BLC CTE ROSES", "Côte Roses blc", "Gérard Bertrand Côte des Roses",
     [["ROSES"], BLC])
wine("cdroses_rs", "Côte des Roses", "Gérard Bertrand", "Languedoc", "Languedoc", "rosé",
     {75: [2023, 2024], 37.5: [2023]}, "LANG RSE CTE ROSES", "Côte Roses rosé",
     "Gérard Bertrand Côte des Roses", [["ROSES"], RSE])
wine("grisblanc", "Gris Blanc", "Gérard Bertrand", "IGP Pays d'Oc", "Languedoc", "rosé",
     {75: [2023, 2024], 150: [2023]}, "OC RSE GRIS BLANC", "Gris Blanc",
     "Gérard Bertrand Gris Blanc", [["GRIS"], ["BLANC"]])
wine("chenet_r", "J.P. Chenet Cabernet-Syrah", "J.P. Chenet", "IGP Pays d'Oc", "Languedoc",
     "rouge", {75: [2022]}, "OC RGE JP CHENET", "JP Chenet rge",
     "J.P. Chenet Cabernet-Syrah", [["CHENET"], [*RGE, "CABERNET", "CAB"]])
wine("chenet_b", "J.P. Chenet Chardonnay", "J.P. Chenet", "IGP Pays d'Oc", "Languedoc",
     "blanc", {75: [2023]}, "OC BLC JP CHENET", "JP Chenet Chardo",
     "J.P. Chenet Chardonnay", [["CHENET"], [*BLC, "CHARDONNAY", "CHARDO"]])
wine("chenet_rs", "J.P. Chenet Grenache-Cinsault", "J.P. Chenet", "IGP Pays d'Oc",
     "Languedoc", "rosé", {75: [2023]}, "OC RSE JP CHENET", "JP Chenet rosé",
     "J.P. Chenet Grenache-Cinsault", [["CHENET"], [*RSE, "GRENACHE"]])
wine("frog_r", "Arrogant Frog Ribet Red", "Jean-Claude Mas", "IGP Pays d'Oc", "Languedoc",
     "rouge", {75: [2021, 2022]}, "ARROGANT FROG RGE", "Arrogant Frog rge",
     "Arrogant Frog Ribet Red", [["FROG"], [*RGE, "RIBET", "RED"]])
wine("frog_b", "Arrogant Frog Lily Pad White", "Jean-Claude Mas", "IGP Pays d'Oc",
     "Languedoc", "blanc", {75: [2023]}, "ARROGANT FROG BLC", "Arrogant Frog blc",
     "Arrogant Frog Lily Pad White", [["FROG"], [*BLC, "LILY", "WHITE"]])
wine("jamelles_pn", "Les Jamelles Pinot Noir", "Badet Clément", "IGP Pays d'Oc",
     "Languedoc", "rouge", {75: [2022]}, "OC RGE JAMELLES PN", "Jamelles Pinot N.",
     "Les Jamelles Pinot Noir", [["JAMELLES"], ["PN", "PINOT", "NOIR"]])
wine("jamelles_sb", "Les Jamelles Sauvignon Blanc", "Badet Clément", "IGP Pays d'Oc",
     "Languedoc", "blanc", {75: [2023]}, "OC BLC JAMELLES SAUV", "Jamelles Sauv.",
     "Les Jamelles Sauvignon Blanc", [["JAMELLES"], ["SAUV", "SAUVIGNON"]])

# --- Provence -----------------------------------------------------------------------------
wine("lumiere", "Estandon Lumière", "Estandon Vignerons", "Coteaux Varois en Provence",
     "Provence", "rosé", {75: [2023], 150: [2023]}, "RSE ESTANDON LUMIERE",
     "Estandon Lumière", "Estandon Lumière Coteaux Varois", [["ESTANDON"], ["LUMIERE"]])
wine("heritage", "Estandon Héritage", "Estandon Vignerons", "Côtes de Provence",
     "Provence", "rosé", {75: [2023, 2024], 37.5: [2023]}, "RSE ESTANDON HERITAGE",
     "Estandon Héritage", "Estandon Héritage Côtes de Provence",
     [["ESTANDON"], ["HERITAGE"]])

# --- Beaujolais (Georges Duboeuf) ----------------------------------------------------------------
wine("bjv", "Beaujolais-Villages", "Georges Duboeuf", "Beaujolais-Villages", "Beaujolais",
     "rouge", {75: [2022, 2023], 37.5: [2023]}, "BJL VIL DUBOEUF", "Bjls Villages",
     "Georges Duboeuf Beaujolais-Villages", [["VIL", "VILLAGES"]])
wine("morgon", "Morgon", "Georges Duboeuf", "Morgon", "Beaujolais", "rouge",
     {75: [2021, 2022]}, "MORGON DUBOEUF", "Morgon", "Georges Duboeuf Morgon", [["MORGON"]])
wine("fleurie", "Fleurie", "Georges Duboeuf", "Fleurie", "Beaujolais", "rouge",
     {75: [2022]}, "FLEURIE DUBOEUF", "Fleurie", "Georges Duboeuf Fleurie", [["FLEURIE"]])
wine("bjn", "Beaujolais Nouveau", "Georges Duboeuf", "Beaujolais", "Beaujolais", "rouge",
     {75: [2024]}, "BJL NOUV DUBOEUF", "Bjls Nouveau", "Georges Duboeuf Beaujolais Nouveau",
     [["NOUV", "NOUVEAU"]])

# --- Alsace -------------------------------------------------------------------------------
wine("metz_ries", "Arthur Metz Riesling", "Arthur Metz", "Alsace", "Alsace", "blanc",
     {75: [2022]}, "RIESLING A.METZ", "Riesling Metz", "Arthur Metz Riesling",
     [["METZ"], ["RIESLING"]])
wine("metz_gew", "Arthur Metz Gewurztraminer", "Arthur Metz", "Alsace", "Alsace", "blanc",
     {75: [2021, 2022]}, "GEWURZ A.METZ", "Gewurz", "Arthur Metz Gewurztraminer",
     [["GEWURZ", "GEWURZTRAMINER"]])
wine("metz_pg", "Arthur Metz Pinot Gris", "Arthur Metz", "Alsace", "Alsace", "blanc",
     {75: [2022]}, "PINOT GRIS A.METZ", "Pinot Gris", "Arthur Metz Pinot Gris",
     [["PINOT"], ["GRIS"]])
wine("metz_crem", "Arthur Metz Crémant d'Alsace Brut", "Arthur Metz", "Crémant d'Alsace",
     "Alsace", "effervescent", {75: [None]}, "CREMANT ALS A.METZ", "Crémant Metz",
     "Arthur Metz Crémant d'Alsace Brut", [["CREMANT"]])
wine("wolf_pn", "Wolfberger Pinot Noir", "Wolfberger", "Alsace", "Alsace", "rouge",
     {75: [2022]}, "PN WOLFBERGER", "Pinot Noir Wolf.", "Wolfberger Pinot Noir",
     [["WOLFBERGER", "WOLF"], ["PN", "PINOT"]])
wine("wolf_ries", "Wolfberger Riesling", "Wolfberger", "Alsace", "Alsace", "blanc",
     {75: [2021]}, "RIESLING WOLFBERGER", "Riesling Wolf.", "Wolfberger Riesling",
     [["WOLFBERGER", "WOLF"], ["RIESLING"]])

# --- Loire --------------------------------------------------------------------------------
wine("pannier_rda", "Rosé d'Anjou", "Rémy Pannier", "Rosé d'Anjou", "Loire", "rosé",
     {75: [2023], 50: [2023]}, "ROSE ANJOU PANNIER", "Rosé d'Anjou",
     "Rémy Pannier Rosé d'Anjou", [["ROSE"], ["ANJOU"]])
wine("pannier_cab", "Cabernet d'Anjou", "Rémy Pannier", "Cabernet d'Anjou", "Loire", "rosé",
     {75: [2023]}, "CAB ANJOU PANNIER", "Cab. d'Anjou", "Rémy Pannier Cabernet d'Anjou",
     [["CAB", "CABERNET"], ["ANJOU"]])
wine("saget_sanc", "Sancerre", "Saget La Perrière", "Sancerre", "Loire", "blanc",
     {75: [2022, 2023], 37.5: [2022]}, "SANCERRE SAGET", "Sancerre",
     "Saget La Perrière Sancerre", [["SANCERRE"]])
wine("saget_pf", "Pouilly-Fumé", "Saget La Perrière", "Pouilly-Fumé", "Loire", "blanc",
     {75: [2022]}, "POUILLY F SAGET", "Pouilly Fumé", "Saget La Perrière Pouilly-Fumé",
     [["POUILLY"]])
wine("sauvion", "Muscadet Sèvre et Maine sur Lie", "Sauvion", "Muscadet Sèvre et Maine",
     "Loire", "blanc", {75: [2023]}, "MUSCADET SAUVION", "Muscadet",
     "Sauvion Muscadet Sèvre et Maine sur Lie", [["MUSCADET"]])

# --- Champagne ----------------------------------------------------------------------------
wine("mercier", "Mercier Brut", "Mercier", "Champagne", "Champagne", "effervescent",
     {75: [None], 37.5: [None]}, "CHAMP MERCIER BRUT", "Mercier", "Champagne Mercier Brut",
     [["MERCIER"]], category="champagne")
wine("castellane", "De Castellane Brut", "De Castellane", "Champagne", "Champagne",
     "effervescent", {75: [None]}, "CHAMP CASTELLANE BRUT", "Castellane",
     "Champagne De Castellane Brut", [["CASTELLANE"]], category="champagne")

# --- Spirits, aperitifs, digestifs (S) ------------------------------------------------------
SP = "spiritueux"
other("clan", "Clan Campbell", "Clan Campbell", "Blended Scotch Whisky", None, "Écosse", SP,
      {70: [None]}, "WSK CLAN CAMPBELL", "Clan Campbell", "Clan Campbell", "Whisky",
      [["CLAN", "CAMPBELL"]], "S")
other("l5_black", "Label 5 Classic Black", "Label 5", "Blended Scotch Whisky", None,
      "Écosse", SP, {70: [None]}, "LABEL 5 BLACK", "Label 5 Black", "Label 5 Classic Black",
      "Whisky", [["LABEL"], ["BLACK", "CLASSIC"]], "S")
other("l5_12", "Label 5 12 ans", "Label 5", "Blended Scotch Whisky", None, "Écosse", SP,
      {70: [None]}, "LABEL 5 12 ANS", "Label 5 12 ans", "Label 5 12 ans", "Whisky",
      [["LABEL"], ["12"]], "S")
other("knockando", "Knockando 12 ans", "Knockando", "Speyside Single Malt Scotch Whisky",
      None, "Écosse", SP, {70: [None]}, "WSK KNOCKANDO 12", "Knockando 12",
      "Knockando 12 ans", "Whisky", [["KNOCKANDO"]], "S")
other("cm_spiced", "Captain Morgan Original Spiced Gold", "Captain Morgan", None, None,
      "Îles Vierges des États-Unis", SP, {70: [None]}, "RHUM CAPTAIN SPICED",
      "Captain Spiced", "Captain Morgan Original Spiced Gold", "Rhum",
      [["CAPTAIN", "MORGAN"], ["SPICED", "GOLD"]], "S")
other("cm_white", "Captain Morgan White", "Captain Morgan", None, None,
      "Îles Vierges des États-Unis", SP, {70: [None]}, "RHUM CAPTAIN WHITE",
      "Captain White", "Captain Morgan White", "Rhum",
      [["CAPTAIN", "MORGAN"], ["WHITE"]], "S")
other("absolut", "Absolut Vodka", "Absolut", None, None, "Suède", SP, {70: [None]},
      "VODKA ABSOLUT", "Absolut", "Absolut Vodka", "Vodka", [["ABSOLUT"]], "S")
other("smirnoff", "Smirnoff No. 21", "Smirnoff", None, None, "Royaume-Uni", SP,
      {70: [None]}, "VODKA SMIRNOFF N21", "Smirnoff", "Smirnoff No. 21", "Vodka",
      [["SMIRNOFF"]], "S")
other("gibsons", "Gibson's London Dry Gin", "Gibson's", None, None, "France", SP,
      {70: [None]}, "GIN GIBSONS", "Gin Gibson's", "Gibson's London Dry Gin", "Gin",
      [["GIBSONS", "GIBSON"]], "S")
other("casanis", "Casanis", "Casanis", "Pastis de Marseille", None, "France", SP,
      {100: [None]}, "PASTIS CASANIS", "Casanis", "Casanis Pastis de Marseille", "Pastis",
      [["CASANIS"]], "S")
other("straph_a", "Saint Raphaël Ambré", "Saint Raphaël", None, None, "France", "autre",
      {75: [None]}, "APE ST RAPHAEL AMBRE", "St Raphaël ambré", "Saint Raphaël Ambré",
      "Apéritif", [["RAPHAEL"], ["AMBRE"]], "S")
other("straph_r", "Saint Raphaël Rouge", "Saint Raphaël", None, None, "France", "autre",
      {75: [None]}, "APE ST RAPHAEL ROUGE", "St Raphaël rouge", "Saint Raphaël Rouge",
      "Apéritif", [["RAPHAEL"], ["ROUGE", "RGE"]], "S")
other("cruz_tawny", "Porto Cruz Tawny", "Porto Cruz", "Porto", "Douro", "Portugal", "autre",
      {75: [None]}, "CRUZ TAWNY", "Porto Cruz Tawny", "Porto Cruz Tawny", "Porto",
      [["CRUZ"], ["TAWNY"]], "S")
other("cruz_pink", "Porto Cruz Pink", "Porto Cruz", "Porto", "Douro", "Portugal", "autre",
      {75: [None]}, "CRUZ PINK", "Porto Cruz Pink", "Porto Cruz Pink", "Porto",
      [["CRUZ"], ["PINK"]], "S")
other("vedrenne", "Crème de Cassis de Bourgogne Védrenne", "Védrenne",
      "Crème de Cassis de Bourgogne", "Bourgogne", "France", SP, {70: [None]},
      "CASSIS VEDRENNE", "Cassis Védrenne", "Védrenne Crème de Cassis de Bourgogne",
      "Liqueur", [["VEDRENNE"]], "S")
other("magloire_fine", "Père Magloire Fine", "Père Magloire", "Calvados", "Normandie",
      "France", SP, {70: [None]}, "CALVA FINE MAGLOIRE", "Calva Magloire Fine",
      "Père Magloire Fine", "Calvados", [["MAGLOIRE"], ["FINE"]], "S")
other("magloire_vsop", "Père Magloire VSOP", "Père Magloire", "Calvados", "Normandie",
      "France", SP, {70: [None]}, "CALVA VSOP MAGLOIRE", "Calva Magloire VSOP",
      "Père Magloire VSOP", "Calvados", [["MAGLOIRE"], ["VSOP"]], "S")
other("get31", "Get 31", "Get", None, None, "France", SP, {70: [None]}, "LIQ GET 31",
      "Get 31", "Get 31 Pippermint", "Liqueur", [["GET"], ["31"]], "S")

# --- Beers (B): kegs are 3,000 cl ---------------------------------------------------------------
BI = "bière"
other("kro", "Kronenbourg", "Kronenbourg", None, None, "France", BI,
      {3000: [None], 25: [None]}, "KRONENBOURG", "Kro", "Kronenbourg", "Bière",
      [["KRONENBOURG", "KRO"]], "B")
other("carls", "Carlsberg", "Carlsberg", None, None, "Danemark", BI, {3000: [None]},
      "CARLSBERG", "Carlsberg", "Carlsberg", "Bière", [["CARLSBERG"]], "B")
other("skoll", "Skøll Tuborg", "Tuborg", None, None, "France", BI, {33: [None]},
      "SKOLL TUBORG", "Skoll", "Skøll Tuborg", "Bière", [["SKOLL"]], "B")
other("tt_agr", "Tourtel Twist Agrumes", "Tourtel", None, None, "France", BI,
      {27.5: [None]}, "TOURTEL AGRUMES", "Tourtel Agrumes", "Tourtel Twist Agrumes",
      "Bière sans alcool", [["TOURTEL"], ["AGRUMES"]], "B")
other("tt_cit", "Tourtel Twist Citron", "Tourtel", None, None, "France", BI,
      {27.5: [None]}, "TOURTEL CITRON", "Tourtel Citron", "Tourtel Twist Citron",
      "Bière sans alcool", [["TOURTEL"], ["CITRON"]], "B")
other("tt_pec", "Tourtel Twist Pêche", "Tourtel", None, None, "France", BI,
      {27.5: [None]}, "TOURTEL PECHE", "Tourtel Pêche", "Tourtel Twist Pêche",
      "Bière sans alcool", [["TOURTEL"], ["PECHE"]], "B")

# --- Softs and waters (E) -------------------------------------------------------------------
SO = "soft"
other("pepsi", "Pepsi", "Pepsi", None, None, "France", SO, {33: [None], 100: [None]},
      "PEPSI", "Pepsi", "Pepsi", "Soft", [["PEPSI"]], "E")
other("pepsimax", "Pepsi Max", "Pepsi", None, None, "France", SO, {33: [None]},
      "PEPSI MAX", "Pepsi Max", "Pepsi Max", "Soft", [["PEPSI"], ["MAX"]], "E")
other("oasis_trop", "Oasis Tropical", "Oasis", None, None, "France", SO, {33: [None]},
      "OASIS TROPICAL", "Oasis Tropical", "Oasis Tropical", "Soft",
      [["OASIS"], ["TROPICAL", "TROP"]], "E")
other("oasis_pcf", "Oasis Pomme Cassis Framboise", "Oasis", None, None, "France", SO,
      {33: [None]}, "OASIS PCF", "Oasis PCF", "Oasis Pomme Cassis Framboise", "Soft",
      [["OASIS"], ["PCF", "POMME", "CASSIS"]], "E")
other("tropi_orange", "Tropicana Orange", "Tropicana", None, None, "France", SO,
      {25: [None]}, "TROPI ORANGE", "Tropicana orange", "Tropicana Orange", "Jus",
      [["TROPICANA", "TROPI"], ["ORANGE"]], "E")
other("tropi_pomme", "Tropicana Pomme", "Tropicana", None, None, "France", SO,
      {25: [None]}, "TROPI POMME", "Tropicana pomme", "Tropicana Pomme", "Jus",
      [["TROPICANA", "TROPI"], ["POMME"]], "E")
other("monster", "Monster Energy", "Monster", None, None, "États-Unis", SO, {50: [None]},
      "MONSTER ENERGY", "Monster", "Monster Energy", "Soft", [["MONSTER"]], "E")
other("volvic", "Volvic", "Volvic", None, None, "France", SO, {50: [None], 100: [None]},
      "VOLVIC", "Volvic", "Volvic", "Eau", [["VOLVIC"]], "E")
other("styorre", "Saint-Yorre", "Saint-Yorre", None, None, "France", SO,
      {50: [None], 100: [None]}, "ST YORRE", "St-Yorre", "Saint-Yorre", "Eau gazeuse",
      [["YORRE"]], "E")

BY_KEY = {p["key"]: p for p in PRODUCTS}
