"""Drinks of "Les Chartrons Gourmands" (Bordeaux): one line a wine or drink, with the
formats held and, per format, the vintages held (None for a non-vintage drink).

(key, name, producer, appellation, region, country, colour, category, {format_cl: [vintages]})
"""

BDX = "Bordeaux"
FR = "France"
PAU, SJU, MAR, SES = "Pauillac", "Saint-Julien", "Margaux", "Saint-Estèphe"
HME, MOU, LIS, MED = "Haut-Médoc", "Moulis-en-Médoc", "Listrac-Médoc", "Médoc"
PES, GRA = "Pessac-Léognan", "Graves"
SEG = "Saint-Émilion Grand Cru"
POM, FRO, CFR = "Pomerol", "Fronsac", "Canon-Fronsac"
SAU, BAR = "Sauternes", "Barsac"
PBN = "Château Pichon Baron"
PCL = "Château Pichon Longueville Comtesse de Lalande"
LLC = "Château Léoville Las Cases"


def w(key, name, producer, app, colour, formats, region=BDX, country=FR, cat="vin"):
    return (key, name, producer, app, region, country, colour, cat, formats)


def ch(key, name, app, colour, formats, producer=None, **kw):
    return w(key, name, producer or name, app, colour, formats, **kw)


WINES = [
    # Pauillac: two Pichons, their second wines, two 'Milon'
    ch("pbaron", PBN, PAU, "rouge", {75: [2014, 2016, 2018], 150: [2015]}),
    w("tourelles", "Les Tourelles de Longueville", PBN, PAU, "rouge", {75: [2017, 2019]}),
    ch("pcomtesse", PCL, PAU, "rouge", {75: [2015, 2017], 37.5: [2016]}),
    w("rcomtesse", "Réserve de la Comtesse", PCL, PAU, "rouge", {75: [2018]}),
    ch("clercmilon", "Château Clerc Milon", PAU, "rouge", {75: [2016]}),
    ch("duhart", "Château Duhart-Milon", PAU, "rouge", {75: [2017]}),
    ch("batailley", "Château Batailley", PAU, "rouge", {75: [2015, 2019]}),
    # Saint-Julien: three Léovilles
    ch("llcases", LLC, SJU, "rouge", {75: [2014, 2016]}),
    w("petitlion", "Le Petit Lion du Marquis de Las Cases", LLC, SJU, "rouge", {75: [2018, 2019]}),
    ch(
        "lbarton",
        "Château Léoville Barton",
        SJU,
        "rouge",
        {75: [2015, 2016, 2019], 150: [2016], 37.5: [2017]},
    ),
    ch("langoa", "Château Langoa Barton", SJU, "rouge", {75: [2018]}),
    ch("lpoyferre", "Château Léoville Poyferré", SJU, "rouge", {75: [2017]}),
    ch("gruaud", "Château Gruaud Larose", SJU, "rouge", {75: [2012, 2016], 150: [2010]}),
    w("sarget", "Sarget de Gruaud Larose", "Château Gruaud Larose", SJU, "rouge", {75: [2018]}),
    ch("ducru", "Château Ducru-Beaucaillou", SJU, "rouge", {75: [2015]}),
    w(
        "croixbeau",
        "La Croix de Beaucaillou",
        "Château Ducru-Beaucaillou",
        SJU,
        "rouge",
        {75: [2018]},
    ),
    # Margaux
    ch("palmer", "Château Palmer", MAR, "rouge", {75: [2014]}),
    w("alterego", "Alter Ego de Palmer", "Château Palmer", MAR, "rouge", {75: [2017, 2018]}),
    ch("rauzan", "Château Rauzan-Ségla", MAR, "rouge", {75: [2016]}),
    w("segla", "Ségla", "Château Rauzan-Ségla", MAR, "rouge", {75: [2019]}),
    ch("brane", "Château Brane-Cantenac", MAR, "rouge", {75: [2015, 2018]}),
    w("baronbrane", "Baron de Brane", "Château Brane-Cantenac", MAR, "rouge", {75: [2019]}),
    ch("issan", "Château d'Issan", MAR, "rouge", {75: [2017]}),
    ch("siran", "Château Siran", MAR, "rouge", {75: [2018], 37.5: [2016]}),
    # Saint-Estèphe
    ch("cos", "Château Cos d'Estournel", SES, "rouge", {75: [2012, 2015]}),
    w("pagodes", "Les Pagodes de Cos", "Château Cos d'Estournel", SES, "rouge", {75: [2017, 2019]}),
    ch("montrose", "Château Montrose", SES, "rouge", {75: [2014]}),
    w("damemontrose", "La Dame de Montrose", "Château Montrose", SES, "rouge", {75: [2018]}),
    ch("calon", "Château Calon-Ségur", SES, "rouge", {75: [2016]}),
    w(
        "marquiscalon",
        "Le Marquis de Calon Ségur",
        "Château Calon-Ségur",
        SES,
        "rouge",
        {75: [2019]},
    ),
    ch("ormes", "Château Ormes de Pez", SES, "rouge", {75: [2016, 2018]}),
    # Haut-Médoc, Moulis, Listrac, Médoc
    ch("sociando", "Château Sociando-Mallet", HME, "rouge", {75: [2015, 2017], 150: [2016]}),
    ch("lalagune", "Château La Lagune", HME, "rouge", {75: [2016]}),
    ch("chassespleen", "Château Chasse-Spleen", MOU, "rouge", {75: [2016, 2019], 37.5: [2018]}),
    # Pessac-Léognan, Graves: reds and whites under one name
    ch("shl_r", "Château Smith Haut Lafitte", PES, "rouge", {75: [2015, 2017]}),
    ch("shl_b", "Château Smith Haut Lafitte", PES, "blanc", {75: [2019]}),
    w("hautsmith", "Les Hauts de Smith", "Château Smith Haut Lafitte", PES, "rouge", {75: [2019]}),
    ch("papeclem_r", "Château Pape Clément", PES, "rouge", {75: [2016]}),
    ch("papeclem_b", "Château Pape Clément", PES, "blanc", {75: [2018]}),
    w("clementin", "Clémentin de Pape Clément", "Château Pape Clément", PES, "rouge", {75: [2018]}),
    ch("carbonnieux_b", "Château Carbonnieux", PES, "blanc", {75: [2019, 2020], 37.5: [2019]}),
    ch("carbonnieux_r", "Château Carbonnieux", PES, "rouge", {75: [2016]}),
    ch("malartic", "Château Malartic-Lagravière", PES, "rouge", {75: [2016]}),
    ch("chantegrive_b", "Château de Chantegrive", GRA, "blanc", {75: [2021]}),
    ch("chantegrive_r", "Château de Chantegrive", GRA, "rouge", {75: [2019]}),
    w("floridene", "Clos Floridène", "Clos Floridène", GRA, "blanc", {75: [2021]}),
    # Saint-Émilion: three 'Figeac'
    ch("figeac", "Château Figeac", SEG, "rouge", {75: [2014, 2016]}),
    w("petitfigeac", "Petit-Figeac", "Château Figeac", SEG, "rouge", {75: [2018]}),
    ch("latourfigeac", "Château La Tour Figeac", SEG, "rouge", {75: [2016]}),
    ch("grandcorbin", "Château Grand Corbin-Despagne", SEG, "rouge", {75: [2015, 2018]}),
    ch("angelus", "Château Angélus", SEG, "rouge", {75: [2012]}),
    w("carillon", "Carillon d'Angélus", "Château Angélus", SEG, "rouge", {75: [2017]}),
    ch("troplong", "Château Troplong Mondot", SEG, "rouge", {75: [2016]}),
    w("mondot", "Mondot", "Château Troplong Mondot", SEG, "rouge", {75: [2019]}),
    ch("closfourtet", "Château Clos Fourtet", SEG, "rouge", {75: [2015]}),
    w("closerie", "La Closerie de Fourtet", "Château Clos Fourtet", SEG, "rouge", {75: [2018]}),
    # satellites
    ch(
        "barbeblanche",
        "Château de Barbe Blanche",
        "Lussac-Saint-Émilion",
        "rouge",
        {75: [2018, 2019]},
    ),
    ch("roudier", "Château Roudier", "Montagne-Saint-Émilion", "rouge", {75: [2018], 150: [2016]}),
    ch("laurets", "Château des Laurets", "Puisseguin-Saint-Émilion", "rouge", {75: [2018]}),
    # Pomerol
    ch("vcc", "Vieux Château Certan", POM, "rouge", {75: [2014]}),
    ch("gazin", "Château Gazin", POM, "rouge", {75: [2015, 2017]}),
    ch("conseillante", "Château La Conseillante", POM, "rouge", {75: [2015]}),
    ch("evangile", "Château L'Évangile", POM, "rouge", {75: [2014]}),
    w("blason", "Blason de l'Évangile", "Château L'Évangile", POM, "rouge", {75: [2017]}),
    ch("beauregard", "Château Beauregard", POM, "rouge", {75: [2018], 37.5: [2016]}),
    ch("nenin", "Château Nénin", POM, "rouge", {75: [2016]}),
    w("fugue", "Fugue de Nénin", "Château Nénin", POM, "rouge", {75: [2019]}),
    # Fronsac, Canon-Fronsac
    ch("dauphine", "Château de la Dauphine", FRO, "rouge", {75: [2018]}),
    ch("moulinpey", "Château Moulin Pey-Labrie", CFR, "rouge", {75: [2017]}),
    # Côtes de Bordeaux, Bourg
    ch(
        "aiguilhe", "Château d'Aiguilhe", "Castillon Côtes de Bordeaux", "rouge", {75: [2017, 2019]}
    ),
    w(
        "clospuy",
        "Clos Puy Arnaud",
        "Clos Puy Arnaud",
        "Castillon Côtes de Bordeaux",
        "rouge",
        {75: [2018]},
    ),
    ch("roccambes", "Château Roc de Cambes", "Côtes de Bourg", "rouge", {75: [2017]}),
    # Entre-Deux-Mers, Bordeaux, clairets
    ch("bonnet_b", "Château Bonnet", "Entre-Deux-Mers", "blanc", {75: [2022, 2023]}),
    ch("bonnet_r", "Château Bonnet", "Bordeaux", "rouge", {75: [2020]}),
    w(
        "saintemarie",
        "Château Sainte-Marie Vieilles Vignes",
        "Château Sainte-Marie",
        "Entre-Deux-Mers",
        "blanc",
        {75: [2022]},
    ),
    w(
        "thieuley_c",
        "Château Thieuley Clairet",
        "Château Thieuley",
        "Bordeaux Clairet",
        "rosé",
        {75: [2023]},
    ),
    w(
        "penin_c",
        "Château Penin Clairet",
        "Château Penin",
        "Bordeaux Clairet",
        "rosé",
        {75: [2023]},
    ),
    # Sauternes, Barsac
    ch("suduiraut", "Château Suduiraut", SAU, "liquoreux", {75: [2015], 37.5: [2016, 2017]}),
    w("lions", "Lions de Suduiraut", "Château Suduiraut", SAU, "liquoreux", {75: [2017]}),
    ch("coutet", "Château Coutet", BAR, "liquoreux", {75: [2016], 37.5: [2015, 2018]}),
    ch("doisydaene", "Château Doisy-Daëne", BAR, "liquoreux", {50: [2017, 2018]}),
    ch("guiraud", "Château Guiraud", SAU, "liquoreux", {75: [2014]}),
    w("petitguiraud", "Petit Guiraud", "Château Guiraud", SAU, "liquoreux", {75: [2019]}),
    ch("latourblanche", "Château La Tour Blanche", SAU, "liquoreux", {37.5: [2016]}),
    # Sud-Ouest
    w(
        "tourgendres",
        "La Gloire de mon Père",
        "Château Tour des Gendres",
        "Côtes de Bergerac",
        "rouge",
        {75: [2019]},
        region="Sud-Ouest",
    ),
    ch(
        "tirecul",
        "Château Tirecul La Gravière",
        "Monbazillac",
        "liquoreux",
        {50: [2016]},
        region="Sud-Ouest",
    ),
    w(
        "triguedina",
        "Clos Triguedina",
        "Jean-Luc Baldès",
        "Cahors",
        "rouge",
        {75: [2016, 2018]},
        region="Sud-Ouest",
    ),
    ch("laffitte", "Château Laffitte-Teston", "Madiran", "rouge", {75: [2017]}, region="Sud-Ouest"),
    # bubbles
    w(
        "celene_b",
        "Celene Crémant de Bordeaux Brut",
        "Celene",
        "Crémant de Bordeaux",
        "effervescent",
        {75: [None]},
    ),
    w(
        "celene_r",
        "Celene Crémant de Bordeaux Rosé",
        "Celene",
        "Crémant de Bordeaux",
        "rosé",
        {75: [None]},
    ),
    w(
        "lateyron",
        "Château Lateyron Crémant de Bordeaux Brut",
        "Château Lateyron",
        "Crémant de Bordeaux",
        "effervescent",
        {75: [None]},
    ),
    w(
        "drappier",
        "Drappier Carte d'Or Brut",
        "Drappier",
        "Champagne",
        "effervescent",
        {75: [None], 37.5: [None], 150: [None]},
        region="Champagne",
        cat="champagne",
    ),
    w(
        "henriot",
        "Henriot Brut Souverain",
        "Henriot",
        "Champagne",
        "effervescent",
        {75: [None]},
        region="Champagne",
        cat="champagne",
    ),
]


def sp(key, name, producer, app, region, country, formats, cat="spiritueux"):
    return (key, name, producer, app, region, country, None, cat, formats)


NV70 = {70: [None]}
DRINKS = [
    # Lillet (aperitif wines, 75 cl)
    sp("lillet_b", "Lillet Blanc", "Lillet", None, BDX, FR, {75: [None]}, cat="autre"),
    sp("lillet_r", "Lillet Rosé", "Lillet", None, BDX, FR, {75: [None]}, cat="autre"),
    sp("lillet_n", "Lillet Rouge", "Lillet", None, BDX, FR, {75: [None]}, cat="autre"),
    # cognacs
    sp("otard_vsop", "Otard VSOP", "Otard", "Cognac", "Cognac", FR, NV70),
    sp("otard_xo", "Otard XO", "Otard", "Cognac", "Cognac", FR, NV70),
    sp("meukow_vs", "Meukow VS", "Meukow", "Cognac", "Cognac", FR, NV70),
    sp("meukow_vsop", "Meukow VSOP", "Meukow", "Cognac", "Cognac", FR, NV70),
    sp("meukow_xo", "Meukow XO", "Meukow", "Cognac", "Cognac", FR, NV70),
    sp("hine", "Hine Rare VSOP", "Hine", "Cognac Fine Champagne", "Cognac", FR, NV70),
    # armagnacs
    sp("dartig_xo", "Dartigalongue XO", "Dartigalongue", "Bas-Armagnac", "Gascogne", FR, NV70),
    sp(
        "dartig",
        "Dartigalongue Millésime",
        "Dartigalongue",
        "Bas-Armagnac",
        "Gascogne",
        FR,
        {70: [1985, 1992]},
    ),
    sp(
        "sigognac10",
        "Baron de Sigognac 10 ans",
        "Baron de Sigognac",
        "Bas-Armagnac",
        "Gascogne",
        FR,
        NV70,
    ),
    sp(
        "sigognac20",
        "Baron de Sigognac 20 ans",
        "Baron de Sigognac",
        "Bas-Armagnac",
        "Gascogne",
        FR,
        NV70,
    ),
    # rums
    sp("diplo", "Diplomático Reserva Exclusiva", "Diplomático", None, None, "Venezuela", NV70),
    sp("zacapa", "Ron Zacapa 23", "Zacapa", None, None, "Guatemala", NV70),
    sp(
        "appleton8",
        "Appleton Estate 8 ans Reserve",
        "Appleton Estate",
        None,
        None,
        "Jamaïque",
        NV70,
    ),
    sp(
        "appleton12",
        "Appleton Estate 12 ans Rare Casks",
        "Appleton Estate",
        None,
        None,
        "Jamaïque",
        NV70,
    ),
    sp("mg_eclipse", "Mount Gay Eclipse", "Mount Gay", None, None, "Barbade", NV70),
    sp("mg_xo", "Mount Gay XO", "Mount Gay", None, None, "Barbade", NV70),
    sp("damoiseau", "Damoiseau VSOP", "Damoiseau", None, "Guadeloupe", FR, NV70),
    sp("neisson", "Neisson Blanc 52,5", "Neisson", "Rhum de la Martinique", "Martinique", FR, NV70),
    # whiskies
    sp("glenlivet12", "The Glenlivet 12 ans", "The Glenlivet", None, "Speyside", "Écosse", NV70),
    sp(
        "glenlivet15",
        "The Glenlivet 15 ans French Oak",
        "The Glenlivet",
        None,
        "Speyside",
        "Écosse",
        NV70,
    ),
    sp(
        "balvenie12",
        "The Balvenie 12 ans DoubleWood",
        "The Balvenie",
        None,
        "Speyside",
        "Écosse",
        NV70,
    ),
    sp(
        "balvenie14",
        "The Balvenie 14 ans Caribbean Cask",
        "The Balvenie",
        None,
        "Speyside",
        "Écosse",
        NV70,
    ),
    sp(
        "macallan12",
        "The Macallan 12 ans Double Cask",
        "The Macallan",
        None,
        "Speyside",
        "Écosse",
        NV70,
    ),
    sp("ardbeg10", "Ardbeg 10 ans", "Ardbeg", None, "Islay", "Écosse", NV70),
    sp("caolila12", "Caol Ila 12 ans", "Caol Ila", None, "Islay", "Écosse", NV70),
    sp("yamazaki12", "Yamazaki 12 ans", "Suntory", None, None, "Japon", NV70),
    # beers: kegs and bottles
    sp(
        "mira_blonde",
        "Mira Blonde",
        "Brasserie Mira",
        None,
        "Nouvelle-Aquitaine",
        FR,
        {3000: [None]},
        cat="bière",
    ),
    sp(
        "mira_ipa",
        "Mira IPA",
        "Brasserie Mira",
        None,
        "Nouvelle-Aquitaine",
        FR,
        {33: [None]},
        cat="bière",
    ),
    sp(
        "affligem",
        "Affligem Blonde",
        "Affligem",
        None,
        None,
        "Belgique",
        {2000: [None], 33: [None]},
        cat="bière",
    ),
    sp(
        "paulaner",
        "Paulaner Hefe-Weissbier",
        "Paulaner",
        None,
        None,
        "Allemagne",
        {3000: [None]},
        cat="bière",
    ),
    sp(
        "westmalle",
        "Westmalle Tripel",
        "Westmalle",
        None,
        None,
        "Belgique",
        {33: [None]},
        cat="bière",
    ),
    # softs and waters
    sp(
        "abat_plate",
        "Eau des Abatilles plate",
        "Les Abatilles",
        None,
        "Arcachon",
        FR,
        {100: [None], 50: [None]},
        cat="soft",
    ),
    sp(
        "abat_gaz",
        "Eau des Abatilles pétillante",
        "Les Abatilles",
        None,
        "Arcachon",
        FR,
        {100: [None]},
        cat="soft",
    ),
    sp("coca", "Coca-Cola", "Coca-Cola", None, None, None, {33: [None]}, cat="soft"),
    sp(
        "fevertree",
        "Fever-Tree Indian Tonic",
        "Fever-Tree",
        None,
        None,
        None,
        {20: [None]},
        cat="soft",
    ),
    sp("orangina", "Orangina", "Orangina", None, None, FR, {25: [None]}, cat="soft"),
]

ALL = WINES + DRINKS
