"""Drinks of Winstub Zum Lowe (Colmar): one row per wine or product.

(key, name, producer, appellation, region, colour, category, {format_cl: [vintages]})
A vintage of None is a non-vintage drink. The build makes one library entry per
format and vintage, in this order (formats as listed, vintages ascending).
"""
A, GC, CR, EDV = "Alsace", "Alsace Grand Cru", "Crémant d'Alsace", "Eau-de-vie d'Alsace"
NV = [None]

DRINKS = [
    # Émile Beyer, Eguisheim
    ("eb_ries", "Riesling Tradition", "Domaine Émile Beyer", A, "Alsace", "blanc", "vin", {75: [2020, 2022], 37.5: [2022]}),
    ("eb_pfer", "Riesling Grand Cru Pfersigberg", "Domaine Émile Beyer", GC, "Alsace", "blanc", "vin", {75: [2017, 2019], 150: [2017]}),
    ("eb_eich", "Riesling Grand Cru Eichberg", "Domaine Émile Beyer", GC, "Alsace", "blanc", "vin", {75: [2018]}),
    ("eb_pg", "Pinot Gris Tradition", "Domaine Émile Beyer", A, "Alsace", "blanc", "vin", {75: [2021]}),
    ("eb_pb", "Pinot Blanc Tradition", "Domaine Émile Beyer", A, "Alsace", "blanc", "vin", {75: [2022]}),
    ("eb_crem", "Crémant d'Alsace Brut Tradition", "Domaine Émile Beyer", CR, "Alsace", "effervescent", "vin", {75: NV, 150: NV}),
    # Paul Ginglinger, Eguisheim
    ("gi_ries", "Riesling", "Domaine Paul Ginglinger", A, "Alsace", "blanc", "vin", {75: [2021]}),
    ("gi_pfer", "Gewurztraminer Grand Cru Pfersigberg", "Domaine Paul Ginglinger", GC, "Alsace", "blanc", "vin", {75: [2015, 2018, 2020]}),
    ("gi_eich", "Riesling Grand Cru Eichberg", "Domaine Paul Ginglinger", GC, "Alsace", "blanc", "vin", {75: [2017]}),
    # Louis Sipp and Jean Sipp, Ribeauvillé
    ("ls_ries", "Riesling", "Domaine Louis Sipp", A, "Alsace", "blanc", "vin", {75: [2021, 2022], 37.5: [2021]}),
    ("ls_oster", "Riesling Grand Cru Osterberg", "Domaine Louis Sipp", GC, "Alsace", "blanc", "vin", {75: [2016, 2018]}),
    ("ls_pgoster", "Pinot Gris Grand Cru Osterberg", "Domaine Louis Sipp", GC, "Alsace", "blanc", "vin", {75: [2019]}),
    ("ls_gew", "Gewurztraminer", "Domaine Louis Sipp", A, "Alsace", "blanc", "vin", {75: [2020]}),
    ("ls_gewvt", "Gewurztraminer Vendanges Tardives", "Domaine Louis Sipp", A, "Alsace", "liquoreux", "vin", {50: [2015, 2017]}),
    ("js_kirch", "Riesling Grand Cru Kirchberg de Ribeauvillé", "Domaine Jean Sipp", GC, "Alsace", "blanc", "vin", {75: [2017]}),
    ("js_ries", "Riesling", "Domaine Jean Sipp", A, "Alsace", "blanc", "vin", {75: [2020]}),
    ("js_pg", "Pinot Gris", "Domaine Jean Sipp", A, "Alsace", "blanc", "vin", {75: [2021]}),
    # Cave de Ribeauvillé
    ("cr_edel", "Edelzwicker", "Cave de Ribeauvillé", A, "Alsace", "blanc", "vin", {75: NV}),
    ("cr_oster", "Riesling Grand Cru Osterberg", "Cave de Ribeauvillé", GC, "Alsace", "blanc", "vin", {75: [2019]}),
    ("cr_crem", "Crémant d'Alsace Giersberger Brut", "Cave de Ribeauvillé", CR, "Alsace", "effervescent", "vin", {75: NV, 37.5: NV}),
    ("cr_pn", "Pinot Noir", "Cave de Ribeauvillé", A, "Alsace", "rouge", "vin", {75: [2022]}),
    # Hunawihr
    ("ma_ros", "Riesling Grand Cru Rosacker", "Domaine Mader", GC, "Alsace", "blanc", "vin", {75: [2018, 2020], 150: [2018]}),
    ("ma_ries", "Riesling", "Domaine Mader", A, "Alsace", "blanc", "vin", {75: [2022]}),
    ("ma_pb", "Pinot Blanc", "Domaine Mader", A, "Alsace", "blanc", "vin", {75: [2022]}),
    ("ma_gew", "Gewurztraminer", "Domaine Mader", A, "Alsace", "blanc", "vin", {75: [2021]}),
    ("ch_ros", "Riesling Grand Cru Rosacker", "Cave de Hunawihr", GC, "Alsace", "blanc", "vin", {75: [2019]}),
    # Jean Becker, Zellenberg
    ("jb_froehn", "Gewurztraminer Grand Cru Froehn", "Domaine Jean Becker", GC, "Alsace", "blanc", "vin", {75: [2018]}),
    ("jb_musc", "Muscat Grand Cru Froehn", "Domaine Jean Becker", GC, "Alsace", "blanc", "vin", {75: [2019]}),
    ("jb_ries", "Riesling", "Domaine Jean Becker", A, "Alsace", "blanc", "vin", {75: [2022]}),
    ("jb_pn", "Pinot Noir", "Domaine Jean Becker", A, "Alsace", "rouge", "vin", {75: [2021]}),
    # Dopff & Irion, Riquewihr
    ("di_mur", "Riesling Les Murailles", "Dopff & Irion", A, "Alsace", "blanc", "vin", {75: [2016, 2019, 2021]}),
    ("di_sorc", "Gewurztraminer Les Sorcières", "Dopff & Irion", A, "Alsace", "blanc", "vin", {75: [2020]}),
    ("di_maq", "Muscat Les Maquisards", "Dopff & Irion", A, "Alsace", "blanc", "vin", {75: [2021]}),
    ("di_schoen", "Riesling Grand Cru Schoenenbourg", "Dopff & Irion", GC, "Alsace", "blanc", "vin", {75: [2017]}),
    ("di_crem", "Crémant d'Alsace Brut", "Dopff & Irion", CR, "Alsace", "effervescent", "vin", {75: NV}),
    # Joseph Cattin, Voegtlinshoffen
    ("jc_hats", "Riesling Grand Cru Hatschbourg", "Joseph Cattin", GC, "Alsace", "blanc", "vin", {75: [2019]}),
    ("jc_gewhats", "Gewurztraminer Grand Cru Hatschbourg", "Joseph Cattin", GC, "Alsace", "blanc", "vin", {75: [2018, 2020]}),
    ("jc_pn", "Pinot Noir", "Joseph Cattin", A, "Alsace", "rouge", "vin", {75: [2020, 2022], 37.5: [2022]}),
    ("jc_crem", "Crémant d'Alsace Brut", "Joseph Cattin", CR, "Alsace", "effervescent", "vin", {75: NV, 150: NV}),
    ("jc_cremrs", "Crémant d'Alsace Rosé", "Joseph Cattin", CR, "Alsace", "rosé", "vin", {75: NV}),
    # Pierre Sparr, Sigolsheim
    ("ps_mamb", "Gewurztraminer Grand Cru Mambourg", "Pierre Sparr", GC, "Alsace", "blanc", "vin", {75: [2015, 2017, 2018]}),
    ("ps_schloss", "Riesling Grand Cru Schlossberg", "Pierre Sparr", GC, "Alsace", "blanc", "vin", {75: [2019]}),
    ("ps_pg", "Pinot Gris Réserve", "Pierre Sparr", A, "Alsace", "blanc", "vin", {75: [2021]}),
    ("ps_pgvt", "Pinot Gris Vendanges Tardives", "Pierre Sparr", A, "Alsace", "liquoreux", "vin", {50: [2016]}),
    ("ps_sylv", "Sylvaner", "Pierre Sparr", A, "Alsace", "blanc", "vin", {75: [2022]}),
    # Martin Schaetzel, Ammerschwihr
    ("mz_kaef", "Riesling Grand Cru Kaefferkopf", "Domaine Martin Schaetzel", GC, "Alsace", "blanc", "vin", {75: [2018]}),
    ("mz_pgkaef", "Pinot Gris Grand Cru Kaefferkopf", "Domaine Martin Schaetzel", GC, "Alsace", "blanc", "vin", {75: [2019]}),
    # Fernand Engel, Rorschwihr
    ("fe_ries", "Riesling", "Domaine Fernand Engel", A, "Alsace", "blanc", "vin", {75: [2021]}),
    ("fe_gew", "Gewurztraminer", "Domaine Fernand Engel", A, "Alsace", "blanc", "vin", {75: [2020, 2021], 37.5: [2021]}),
    ("fe_gewvt", "Gewurztraminer Vendanges Tardives", "Domaine Fernand Engel", A, "Alsace", "liquoreux", "vin", {75: [2017]}),
    ("fe_sylv", "Sylvaner", "Domaine Fernand Engel", A, "Alsace", "blanc", "vin", {75: [2022]}),
    ("fe_musc", "Muscat", "Domaine Fernand Engel", A, "Alsace", "blanc", "vin", {75: [2022]}),
    ("fe_pn", "Pinot Noir", "Domaine Fernand Engel", A, "Alsace", "rouge", "vin", {75: [2021]}),
    ("fe_edel", "Edelzwicker", "Domaine Fernand Engel", A, "Alsace", "blanc", "vin", {100: NV}),
    # Pfister, Dahlenheim
    ("pf_eng", "Riesling Grand Cru Engelberg", "Domaine Pfister", GC, "Alsace", "blanc", "vin", {75: [2018]}),
    # aperitifs
    ("lillet", "Lillet Blanc", "Lillet", None, "Bordeaux", None, "autre", {75: NV}),
    ("picon", "Picon Bière", "Picon", None, None, None, "autre", {100: NV}),
    ("suze", "Suze", "Suze", None, None, None, "autre", {100: NV}),
    ("martini", "Martini Bianco", "Martini", None, None, None, "autre", {100: NV}),
    # eaux-de-vie
    ("me_kir", "Kirsch", "Distillerie Meyer", EDV, "Alsace", None, "spiritueux", {70: NV}),
    ("me_kir10", "Kirsch 10 ans", "Distillerie Meyer", EDV, "Alsace", None, "spiritueux", {70: NV}),
    ("me_mir", "Mirabelle", "Distillerie Meyer", EDV, "Alsace", None, "spiritueux", {70: NV}),
    ("me_poire", "Poire Williams", "Distillerie Meyer", EDV, "Alsace", None, "spiritueux", {70: NV}),
    ("he_kir", "Kirsch", "Distillerie Hepp", EDV, "Alsace", None, "spiritueux", {70: NV}),
    ("he_framb", "Framboise Sauvage", "Distillerie Hepp", EDV, "Alsace", None, "spiritueux", {70: NV}),
    ("he_mir5", "Mirabelle 5 ans", "Distillerie Hepp", EDV, "Alsace", None, "spiritueux", {70: NV}),
    ("he_mir15", "Mirabelle 15 ans", "Distillerie Hepp", EDV, "Alsace", None, "spiritueux", {70: NV}),
    ("ho_poire", "Poire Williams", "Distillerie Gilbert Holl", EDV, "Alsace", None, "spiritueux", {70: NV}),
    ("ho_framb", "Framboise", "Distillerie Gilbert Holl", EDV, "Alsace", None, "spiritueux", {70: NV}),
    ("ho_marc", "Marc de Gewurztraminer", "Distillerie Gilbert Holl", "Marc d'Alsace", "Alsace", None, "spiritueux", {70: NV}),
    ("ho_quet", "Quetsch", "Distillerie Gilbert Holl", EDV, "Alsace", None, "spiritueux", {70: NV}),
    ("wo_mir", "Mirabelle Vieille Réserve", "Wolfberger", EDV, "Alsace", None, "spiritueux", {70: NV}),
    ("wo_marc", "Marc de Gewurztraminer", "Wolfberger", "Marc d'Alsace", "Alsace", None, "spiritueux", {70: NV}),
    # beers
    ("kro", "Kronenbourg 1664", "Kronenbourg", None, "Alsace", None, "bière", {3000: NV}),
    ("blanc", "1664 Blanc", "Kronenbourg", None, "Alsace", None, "bière", {2000: NV}),
    ("met", "Météor Pils", "Brasserie Météor", None, "Alsace", None, "bière", {3000: NV, 25: NV}),
    ("lic", "Licorne Original", "Brasserie Licorne", None, "Alsace", None, "bière", {33: NV}),
    ("licb", "Licorne Black", "Brasserie Licorne", None, "Alsace", None, "bière", {33: NV}),
    ("dor", "Fischer Doreleï", "Brasserie Fischer", None, "Alsace", None, "bière", {33: NV}),
    ("perle", "Perle Dans les Vignes", "Brasserie Perle", None, "Alsace", None, "bière", {33: NV}),
    # softs
    ("watt", "Wattwiller Plate", "Wattwiller", None, "Alsace", None, "soft", {100: NV, 50: NV}),
    ("lisb", "Lisbeth Pétillante", "Lisbeth", None, "Alsace", None, "soft", {100: NV}),
    ("coca", "Coca-Cola", "Coca-Cola", None, None, None, "soft", {33: NV}),
    ("cocaz", "Coca-Cola Zéro", "Coca-Cola", None, None, None, "soft", {33: NV}),
    ("orang", "Orangina", "Orangina", None, None, None, "soft", {25: NV}),
    ("tonic", "Schweppes Tonic", "Schweppes", None, None, None, "soft", {25: NV}),
    ("pomme", "Jus de Pomme", "Jus de Fruits d'Alsace", None, "Alsace", None, "soft", {25: NV}),
]
