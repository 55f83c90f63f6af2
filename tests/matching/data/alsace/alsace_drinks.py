"""Drinks of "Winstub Zum Storchennescht" (Colmar): one line a wine or product.

(key, name, producer, appellation, region, country, colour, category, {format_cl: [vintages]})
A vintage list of [None] is a non-vintage drink. Entries are written in this order, each
format in the order given, each vintage ascending.
"""

A, AGC, CR = "Alsace", "Alsace Grand Cru", "Crémant d'Alsace"
FR = "France"


def w(
    key, name, producer, app, formats, colour="blanc", region="Alsace", country=FR, category="vin"
):
    return (key, name, producer, app, region, country, colour, category, formats)


ZH, WB, DE, AM = (
    "Domaine Zind-Humbrecht",
    "Domaine Weinbach",
    "Domaine Marcel Deiss",
    "Domaine Albert Mann",
)
SC, OS, PB, SL = (
    "Domaine Schoffit",
    "Domaine Ostertag",
    "Domaine Paul Blanck",
    "Domaines Schlumberger",
)
DM, MF, BB, RG = (
    "Dopff au Moulin",
    "Domaine Meyer-Fonné",
    "Domaine Barmès-Buecher",
    "Domaine Rolly Gassmann",
)
JO, CT, BG, LB = ("Domaine Josmeyer", "Cave de Turckheim", "Domaine Bott-Geyl", "Maison Léon Beyer")
KI, ZU, MU, BO = (
    "Domaine Kientzler",
    "Domaine Valentin Zusslin",
    "Domaine René Muré",
    "Domaine Émile Boeckel",
)

WINES = [
    # Zind-Humbrecht
    w("zh_ries", "Riesling", ZH, A, {75: [2021, 2022]}),
    w(
        "zh_rangen",
        "Riesling Grand Cru Rangen de Thann Clos Saint-Urbain",
        ZH,
        AGC,
        {75: [2017, 2019], 150: [2017]},
    ),
    w("zh_hengst", "Gewurztraminer Grand Cru Hengst", ZH, AGC, {75: [2018]}),
    w("zh_roche", "Gewurztraminer Roche Calcaire", ZH, A, {75: [2020]}),
    w("zh_rotenberg", "Pinot Gris Rotenberg", ZH, A, {75: [2019]}),
    w(
        "zh_windsbuhl_vt",
        "Pinot Gris Clos Windsbuhl Vendange Tardive",
        ZH,
        A,
        {75: [2016]},
        colour="liquoreux",
    ),
    # Weinbach
    w("wb_schloss", "Riesling Grand Cru Schlossberg", WB, AGC, {75: [2019, 2020], 37.5: [2020]}),
    w("wb_catherine", "Riesling Cuvée Sainte Catherine", WB, A, {75: [2019]}),
    w("wb_laurence", "Gewurztraminer Cuvée Laurence", WB, A, {75: [2019, 2020]}),
    w("wb_sylv", "Sylvaner Réserve", WB, A, {75: [2021, 2022]}),
    w("wb_gew_vt", "Gewurztraminer Vendanges Tardives", WB, A, {75: [2017]}, colour="liquoreux"),
    w(
        "wb_pg_sgn",
        "Pinot Gris Sélection de Grains Nobles",
        WB,
        A,
        {50: [2015]},
        colour="liquoreux",
    ),
    # Deiss
    w("de_altenberg", "Altenberg de Bergheim Grand Cru", DE, AGC, {75: [2016, 2018]}),
    w("de_schoen", "Schoenenbourg Grand Cru", DE, AGC, {75: [2015]}),
    w("de_blanc", "Alsace Blanc", DE, A, {75: [2021]}),
    w("de_engel", "Engelgarten", DE, A, {75: [2019]}),
    # Albert Mann
    w("am_schloss", "Riesling Grand Cru Schlossberg", AM, AGC, {75: [2020, 2021]}),
    w("am_hengst", "Pinot Gris Grand Cru Hengst", AM, AGC, {75: [2019]}),
    w("am_aux", "Pinot Blanc Auxerrois", AM, A, {75: [2022]}),
    w("am_pn", "Pinot Noir Les Saintes Claires", AM, A, {75: [2019, 2020]}, colour="rouge"),
    w("am_crem", "Crémant d'Alsace Extra Brut", AM, CR, {75: [2019]}, colour="effervescent"),
    # Schoffit
    w("sc_rangen", "Riesling Grand Cru Rangen Clos Saint-Théobald", SC, AGC, {75: [2018, 2020]}),
    w("sc_chass", "Chasselas Vieilles Vignes", SC, A, {75: [2021, 2022]}),
    # Ostertag
    w("os_sylv", "Sylvaner Vieilles Vignes", OS, A, {75: [2021]}),
    w("os_muench", "Riesling Grand Cru Muenchberg", OS, AGC, {75: [2019, 2020]}),
    w("os_fronholz", "Pinot Gris Fronholz", OS, A, {75: [2018]}),
    # Paul Blanck
    w("pb_ries", "Riesling Classique", PB, A, {75: [2021, 2022], 37.5: [2022]}),
    w("pb_pg", "Pinot Gris Classique", PB, A, {75: [2021, 2022]}),
    w("pb_furst", "Riesling Grand Cru Furstentum", PB, AGC, {75: [2017]}),
    w("pb_pnf", "Pinot Noir F", PB, A, {75: [2020]}, colour="rouge"),
    w("pb_musc", "Muscat", PB, A, {75: [2022]}),
    # Schlumberger
    w("sl_kitterle", "Riesling Grand Cru Kitterlé", SL, AGC, {75: [2017, 2019], 150: [2017]}),
    w("sl_pa_ries", "Riesling Les Princes Abbés", SL, A, {75: [2021]}),
    w("sl_pa_gew", "Gewurztraminer Les Princes Abbés", SL, A, {75: [2021], 37.5: [2021]}),
    w("sl_kessler", "Gewurztraminer Grand Cru Kessler", SL, AGC, {75: [2018]}),
    w(
        "sl_christine",
        "Gewurztraminer Cuvée Christine Vendanges Tardives",
        SL,
        A,
        {50: [2015, 2017]},
        colour="liquoreux",
    ),
    # Dopff au Moulin
    w(
        "dm_julien",
        "Crémant d'Alsace Cuvée Julien Brut",
        DM,
        CR,
        {75: [None], 150: [None], 37.5: [None]},
        colour="effervescent",
    ),
    w("dm_schoen", "Riesling Grand Cru Schoenenbourg", DM, AGC, {75: [2019]}),
    # Meyer-Fonné
    w("mf_wineck", "Riesling Grand Cru Wineck-Schlossberg", MF, AGC, {75: [2020]}),
    w("mf_gentil", "Gentil", MF, A, {75: [2022]}),
    w("mf_pb", "Pinot Blanc Vieilles Vignes", MF, A, {75: [2021, 2022]}),
    # Barmès-Buecher
    w("bb_hengst", "Riesling Grand Cru Hengst", BB, AGC, {75: [2018]}),
    w("bb_rosenberg", "Gewurztraminer Rosenberg", BB, A, {75: [2020]}),
    # Rolly Gassmann
    w("rg_aux", "Auxerrois Moenchreben", RG, A, {75: [2020]}),
    w("rg_musc", "Muscat Moenchreben", RG, A, {75: [2019]}),
    w(
        "rg_sgn",
        "Gewurztraminer Sélection de Grains Nobles",
        RG,
        A,
        {50: [2011]},
        colour="liquoreux",
    ),
    # Josmeyer
    w("jo_brand", "Riesling Grand Cru Brand", JO, AGC, {75: [2017, 2019]}),
    w("jo_printemps", "Pinot Blanc Mise du Printemps", JO, A, {75: [2022]}),
    # Cave de Turckheim (house wines)
    w("ct_brand", "Gewurztraminer Grand Cru Brand", CT, AGC, {75: [2019, 2020]}),
    w("ct_edel", "Edelzwicker", CT, A, {100: [None]}),
    w("ct_crem", "Crémant d'Alsace Brut", CT, CR, {75: [None], 150: [None]}, colour="effervescent"),
    # Bott-Geyl
    w("bg_sonn_pg", "Pinot Gris Grand Cru Sonnenglanz", BG, AGC, {75: [2018]}),
    w(
        "bg_sonn_vt",
        "Gewurztraminer Grand Cru Sonnenglanz Vendanges Tardives",
        BG,
        AGC,
        {75: [2015]},
        colour="liquoreux",
    ),
    # Léon Beyer
    w("lb_comtes", "Riesling Comtes d'Eguisheim", LB, A, {75: [2016, 2017]}),
    w("lb_gew", "Gewurztraminer", LB, A, {75: [2020, 2021]}),
    w("lb_gew_vt", "Gewurztraminer Vendanges Tardives", LB, A, {75: [2017]}, colour="liquoreux"),
    # Kientzler
    w("ki_osterberg", "Riesling Grand Cru Osterberg", KI, AGC, {75: [2019, 2021]}),
    w("ki_kirchberg", "Gewurztraminer Grand Cru Kirchberg de Ribeauvillé", KI, AGC, {75: [2018]}),
    # Zusslin
    w("zu_liebenberg", "Riesling Clos Liebenberg", ZU, A, {75: [2018]}),
    w("zu_bollenberg", "Pinot Noir Bollenberg", ZU, A, {75: [2020]}, colour="rouge"),
    w("zu_zero", "Crémant d'Alsace Brut Zéro", ZU, CR, {75: [None]}, colour="effervescent"),
    # Muré
    w("mu_vorbourg", "Riesling Grand Cru Vorbourg Clos Saint Landelin", MU, AGC, {75: [2018]}),
    w("mu_pn", "Pinot Noir Clos Saint Landelin", MU, A, {75: [2018, 2020]}, colour="rouge"),
    # others
    w("bo_zotz", "Sylvaner Grand Cru Zotzenberg", BO, AGC, {75: [2020, 2021]}),
    w(
        "jmb_sommer",
        "Riesling Grand Cru Sommerberg",
        "Domaine Jean-Marc Bernhard",
        AGC,
        {75: [2019]},
    ),
    w("ab_zinn", "Riesling Grand Cru Zinnkoepflé", "Domaine Agathe Bursin", AGC, {75: [2020]}),
    w("fs_ottrott", "Rouge d'Ottrott", "Domaine Fritz-Schmitt", A, {75: [2021]}, colour="rouge"),
    w(
        "la_rose",
        "Crémant d'Alsace Brut Rosé",
        "Lucien Albrecht",
        CR,
        {75: [None], 150: [None]},
        colour="rosé",
    ),
    # Germany, Austria
    w(
        "de_loosen",
        "Wehlener Sonnenuhr Riesling Kabinett",
        "Dr. Loosen",
        "Mosel",
        {75: [2021]},
        region="Mosel",
        country="Allemagne",
    ),
    w(
        "de_prum",
        "Graacher Himmelreich Riesling Spätlese",
        "Joh. Jos. Prüm",
        "Mosel",
        {75: [2019, 2020]},
        region="Mosel",
        country="Allemagne",
    ),
    w(
        "de_donnhoff",
        "Riesling Trocken",
        "Dönnhoff",
        "Nahe",
        {75: [2022]},
        region="Nahe",
        country="Allemagne",
    ),
    w(
        "at_gv",
        "Grüner Veltliner Federspiel Terrassen",
        "Domäne Wachau",
        "Wachau",
        {75: [2022, 2023]},
        region="Niederösterreich",
        country="Autriche",
    ),
    w(
        "at_hirtz",
        "Riesling Smaragd Singerriedel",
        "Hirtzberger",
        "Wachau",
        {75: [2019]},
        region="Niederösterreich",
        country="Autriche",
    ),
    w(
        "at_moric",
        "Blaufränkisch",
        "Moric",
        "Burgenland",
        {75: [2020]},
        colour="rouge",
        region="Burgenland",
        country="Autriche",
    ),
]


def s(key, name, producer, formats, category="spiritueux", app=None, region="Alsace", country=FR):
    return (key, name, producer, app, region, country, None, category, {f: [None] for f in formats})


OTHER = [
    # eaux-de-vie, marc, whisky, apéritif
    s("ev_kirsch_mette", "Kirsch", "Distillerie Metté", [70]),
    s("ev_kirsch_nus", "Kirsch Vieux", "Distillerie Nusbaumer", [70]),
    s("ev_mir_nus", "Mirabelle", "Distillerie Nusbaumer", [70]),
    s("ev_mir_miclo", "Mirabelle", "Distillerie G. Miclo", [70]),
    s("ev_poire_mette", "Poire Williams", "Distillerie Metté", [70]),
    s("ev_poire_miclo", "Poire Williams", "Distillerie G. Miclo", [70]),
    s("ev_framb", "Framboise Sauvage", "Distillerie Metté", [70]),
    s("ev_quetsche", "Quetsche", "Distillerie Nusbaumer", [70]),
    s("ev_marc", "Marc de Gewurztraminer", "Distillerie Lehmann", [70]),
    s("ev_whisky", "Uberach Single Malt", "Distillerie Bertrand", [70]),
    s("ap_picon_club", "Picon Club", "Picon", [100]),
    # beers: kegs and bottles
    s("bi_meteor", "Météor Pils", "Brasserie Météor", [3000, 25], category="bière"),
    s("bi_meteor_amb", "Météor Ambrée", "Brasserie Météor", [3000], category="bière"),
    s("bi_noel", "Météor Bière de Noël", "Brasserie Météor", [2000], category="bière"),
    s("bi_meteor_ipa", "Météor IPA", "Brasserie Météor", [33], category="bière"),
    s("bi_perle", "Perle Blonde", "Brasserie Perle", [33], category="bière"),
    s("bi_perle_vignes", "Perle Dans les Vignes", "Brasserie Perle", [33], category="bière"),
    s("bi_uberach", "Uberach Ambrée", "Brasserie d'Uberach", [33, 75], category="bière"),
    s("bi_fischer", "Fischer Tradition", "Brasserie Fischer", [65], category="bière"),
    s("bi_licorne", "Licorne Black", "Brasserie Licorne", [33], category="bière"),
    s(
        "bi_erdinger",
        "Erdinger Weissbier",
        "Erdinger",
        [50],
        category="bière",
        region="Bavière",
        country="Allemagne",
    ),
    # softs and waters
    s("so_carola_r", "Carola Rouge", "Carola", [100, 50], category="soft"),
    s("so_carola_v", "Carola Verte", "Carola", [100], category="soft"),
    s("so_coca", "Coca-Cola", "Coca-Cola", [33], category="soft"),
    s("so_coca_zero", "Coca-Cola Zéro", "Coca-Cola", [33], category="soft"),
    s("so_orangina", "Orangina", "Orangina", [25], category="soft"),
    s("so_pomme", "Jus de Pomme", "Vergers de Wolxheim", [100], category="soft"),
    s("so_raisin", "Jus de Raisin Gewurztraminer", "Vergers de Wolxheim", [75], category="soft"),
]

DRINKS = WINES + OTHER
