"""The drinks of "Lakou Rhum" (Paris 10e): a rum and spirits bar with a Creole kitchen.

Each product is one line of DRINKS: (key, family, name, producer, appellation, region,
country, colour, category, formats), where formats is a tuple of (format_cl, vintages) and
vintages a tuple of years, or (None,) for a drink without vintage. Every (format, vintage)
pair is one library entry; entries are numbered x001... in the order of this file.

family says which shelf the drink is on (the bartender's tablet prints it first):
  ra  rhum agricole          rh  other rums           wh  whisky
  co  cognac                 ar  armagnac             vr  red wine
  vb  white wine             vs  rosé                 vd  sweet wine
  ch  champagne              bi  beer                 so  soft drinks and waters
"""

NV = (None,)

MQ = ("Rhum agricole AOC Martinique", "Martinique", "France")
GP = ("Rhum agricole de la Guadeloupe", "Guadeloupe", "France")
MG = ("Rhum agricole de Marie-Galante", "Marie-Galante", "France")
RE_AG = ("Rhum agricole de la Réunion", "La Réunion", "France")
RE_TR = ("Rhum traditionnel de la Réunion", "La Réunion", "France")


def _sp(key, family, name, producer, origin, formats):
    appellation, region, country = origin
    return (key, family, name, producer, appellation, region, country, None, "spiritueux",
            formats)


def _rum(key, name, producer, origin, formats=((70, NV),), family="ra"):
    return _sp(key, family, name, producer, origin, formats)


def _wine(key, family, name, producer, appellation, region, country, colour, formats,
          category="vin"):
    return (key, family, name, producer, appellation, region, country, colour, category,
            formats)


def _other(key, family, name, producer, region, country, category, formats):
    return (key, family, name, producer, None, region, country, None, category, formats)


B100 = ((100, NV),)
B100_70 = ((100, NV), (70, NV))

DRINKS = [
    # --- Martinique, rhum agricole AOC ---------------------------------------------------
    _rum("sj_blanc50", "Saint James Blanc 50°", "Saint James", MQ, B100_70),
    _rum("sj_ambre", "Saint James Royal Ambré", "Saint James", MQ, B100),
    _rum("sj_vsop", "Saint James VSOP", "Saint James", MQ),
    _rum("sj_xo", "Saint James XO", "Saint James", MQ),
    _rum("sj_12", "Saint James 12 ans", "Saint James", MQ),
    _rum("sj_15", "Saint James 15 ans", "Saint James", MQ),
    _rum("sj_mill", "Saint James Millésime", "Saint James", MQ, ((70, (2006, 2010)),)),
    _rum("depaz_blanc55", "Depaz Blanc 55°", "Depaz", MQ, B100),
    _rum("depaz_bluecane", "Depaz Blue Cane Ambré", "Depaz", MQ),
    _rum("depaz_vsop", "Depaz VSOP Réserve Spéciale", "Depaz", MQ),
    _rum("depaz_xo", "Depaz XO Grande Réserve", "Depaz", MQ),
    _rum("hse_blanc50", "HSE Blanc 50°", "Habitation Saint-Étienne", MQ, B100),
    _rum("hse_vsop", "HSE VSOP", "Habitation Saint-Étienne", MQ),
    _rum("hse_xo", "HSE XO", "Habitation Saint-Étienne", MQ),
    _rum("hse_terme", "HSE XO Finition Château Marquis de Terme", "Habitation Saint-Étienne",
         MQ),
    _rum("hse_bdf", "HSE Brut de Fût", "Habitation Saint-Étienne", MQ,
         ((50, (2005, 2013)),)),
    _rum("lf_cdc50", "La Favorite Cœur de Canne Blanc 50°", "La Favorite", MQ, B100_70),
    _rum("lf_ambre", "La Favorite Ambré", "La Favorite", MQ, B100),
    _rum("lf_flibuste", "La Favorite Cuvée Flibuste", "La Favorite", MQ,
         ((70, (1995, 2000)),)),
    _rum("lf_belair", "La Favorite Rivière Bel'Air", "La Favorite", MQ),
    _rum("dillon_blanc55", "Dillon Blanc 55°", "Dillon", MQ, B100),
    _rum("dillon_vsop", "Dillon Très Vieux VSOP", "Dillon", MQ),
    _rum("dillon_xo", "Dillon XO", "Dillon", MQ),
    _rum("mauny_blanc50", "La Mauny Blanc 50°", "La Mauny", MQ, B100),
    _rum("mauny_vsop", "La Mauny VSOP", "La Mauny", MQ),
    _rum("mauny_xo", "La Mauny XO", "La Mauny", MQ),
    _rum("mauny_1749", "La Mauny 1749", "La Mauny", MQ),
    _rum("a1710_perle", "A1710 La Perle 54,5°", "A1710", MQ),
    _rum("bally_7", "Bally 7 ans", "Bally", MQ),
    # --- Guadeloupe --------------------------------------------------------------------------
    _rum("lgt_blanc50", "Longueteau Blanc 50°", "Domaine de Longueteau", GP, B100),
    _rum("lgt_blanc55", "Longueteau Blanc 55°", "Domaine de Longueteau", GP, B100),
    _rum("lgt_blanc62", "Longueteau Blanc 62°", "Domaine de Longueteau", GP),
    _rum("lgt_vsop", "Longueteau VSOP", "Domaine de Longueteau", GP),
    _rum("lgt_xo", "Longueteau XO", "Domaine de Longueteau", GP),
    _rum("karu_rs", "Karukera Réserve Spéciale", "Domaine de Longueteau", GP),
    _rum("karu_mill", "Karukera Millésime", "Domaine de Longueteau", GP,
         ((70, (2009, 2012)),)),
    _rum("mtb_blanc50", "Montebello Blanc 50°", "Montebello", GP, B100),
    _rum("mtb_6", "Montebello 6 ans", "Montebello", GP),
    _rum("mtb_8", "Montebello 8 ans", "Montebello", GP),
    _rum("mtb_10", "Montebello 10 ans", "Montebello", GP),
    _rum("bol_blanc50", "Bologne Blanc 50°", "Bologne", GP, B100),
    _rum("bol_blackcane", "Bologne Black Cane", "Bologne", GP),
    _rum("bol_vsop", "Bologne VSOP", "Bologne", GP),
    _rum("bol_xo", "Bologne XO", "Bologne", GP),
    _rum("rei_blanc50", "Reimonenq Blanc 50°", "Reimonenq", GP, B100),
    _rum("rei_6", "Reimonenq 6 ans", "Reimonenq", GP),
    _rum("rei_9", "Reimonenq 9 ans", "Reimonenq", GP),
    _rum("sev_blanc50", "Séverin Blanc 50°", "Domaine de Séverin", GP, B100),
    _rum("sev_vsop", "Séverin VSOP", "Domaine de Séverin", GP),
    _rum("sev_xo", "Séverin XO", "Domaine de Séverin", GP),
    # --- Marie-Galante -----------------------------------------------------------------------
    _rum("bielle_blanc59", "Bielle Blanc 59°", "Bielle", MG, B100),
    _rum("bielle_3", "Bielle 3 ans", "Bielle", MG),
    _rum("bielle_7", "Bielle 7 ans", "Bielle", MG),
    _rum("bielle_bdf", "Bielle Brut de Fût", "Bielle", MG, ((50, (2009, 2013)),)),
    _rum("labat_blanc50", "Père Labat Blanc 50°", "Distillerie Poisson", MG, B100),
    _rum("labat_blanc59", "Père Labat Blanc 59°", "Distillerie Poisson", MG, B100),
    _rum("labat_8", "Père Labat 8 ans", "Distillerie Poisson", MG),
    # --- La Réunion --------------------------------------------------------------------------
    _rum("sav_creol", "Savanna Créol Blanc 49°", "Savanna", RE_AG, B100),
    _rum("sav_7", "Savanna 7 ans", "Savanna", RE_TR, family="rh"),
    _rum("sav_12", "Savanna 12 ans", "Savanna", RE_TR, family="rh"),
    _rum("sav_herr", "Savanna HERR Grand Arôme 57°", "Savanna", RE_TR, family="rh"),
    _rum("isau_7", "Isautier 7 ans", "Isautier", RE_TR, family="rh"),
    _rum("isau_10", "Isautier 10 ans", "Isautier", RE_TR, family="rh"),
    _rum("isau_barik", "Isautier Barik", "Isautier", RE_TR, family="rh"),
    _rum("rdm_gr", "Rivière du Mât Grande Réserve", "Rivière du Mât", RE_TR, family="rh"),
    _rum("rdm_xo", "Rivière du Mât XO", "Rivière du Mât", RE_TR, family="rh"),
    # --- Haïti ---------------------------------------------------------------------------------
    _rum("barb_3", "Barbancourt 3 Étoiles 4 ans", "Barbancourt", ("Rhum d'Haïti", "Ouest",
         "Haïti"), family="rh"),
    _rum("barb_5", "Barbancourt 5 Étoiles 8 ans", "Barbancourt", ("Rhum d'Haïti", "Ouest",
         "Haïti"), family="rh"),
    _rum("barb_rdd", "Barbancourt Réserve du Domaine 15 ans", "Barbancourt",
         ("Rhum d'Haïti", "Ouest", "Haïti"), family="rh"),
    _rum("sajous", "Clairin Sajous", "Michel Sajous", ("Clairin", "Nord", "Haïti"),
         family="rh"),
    # --- Jamaica, Barbados, Trinidad, Venezuela, Philippines, Panama ---------------------------
    _rum("hampden_8", "Hampden 8 ans", "Hampden Estate", ("Jamaica rum", "Trelawny",
         "Jamaïque"), family="rh"),
    _rum("hampden_op", "Hampden Overproof 60°", "Hampden Estate", ("Jamaica rum", "Trelawny",
         "Jamaïque"), family="rh"),
    _rum("rumfire", "Rum Fire Overproof 63°", "Hampden Estate", ("Jamaica rum", "Trelawny",
         "Jamaïque"), family="rh"),
    _rum("wp_ser", "Worthy Park Single Estate Reserve", "Worthy Park",
         ("Jamaica rum", "St Catherine", "Jamaïque"), family="rh"),
    _rum("wp_109", "Worthy Park 109", "Worthy Park", ("Jamaica rum", "St Catherine",
         "Jamaïque"), family="rh"),
    _rum("wray", "Wray & Nephew White Overproof 63°", "J. Wray & Nephew",
         ("Jamaica rum", "St Elizabeth", "Jamaïque"), family="rh"),
    _rum("smithcross", "Smith & Cross 57°", "Smith & Cross", ("Jamaica rum", "Jamaïque",
         "Jamaïque"), family="rh"),
    _rum("doorly_xo", "Doorly's XO", "Foursquare", ("Barbados rum", "Saint Philip",
         "Barbade"), family="rh"),
    _rum("doorly_12", "Doorly's 12 ans", "Foursquare", ("Barbados rum", "Saint Philip",
         "Barbade"), family="rh"),
    _rum("ango_7", "Angostura 7 ans", "Angostura", ("Trinidad rum", "Laventille",
         "Trinité-et-Tobago"), family="rh"),
    _rum("ango_1919", "Angostura 1919", "Angostura", ("Trinidad rum", "Laventille",
         "Trinité-et-Tobago"), family="rh"),
    _rum("ango_1824", "Angostura 1824", "Angostura", ("Trinidad rum", "Laventille",
         "Trinité-et-Tobago"), family="rh"),
    _rum("st_1796", "Santa Teresa 1796", "Santa Teresa", ("Ron de Venezuela", "Aragua",
         "Venezuela"), family="rh"),
    _rum("donpapa", "Don Papa", "Bleeding Heart Rum Company",
         ("Philippine rum", "Negros Occidental", "Philippines"), family="rh"),
    _rum("abuelo_7", "Ron Abuelo 7 ans", "Varela Hermanos", ("Ron de Panamá", "Herrera",
         "Panama"), family="rh"),
    _rum("abuelo_12", "Ron Abuelo 12 ans", "Varela Hermanos", ("Ron de Panamá", "Herrera",
         "Panama"), family="rh"),
    # --- whiskies, 70 cl ----------------------------------------------------------------------
    _sp("gd_12", "wh", "GlenDronach 12 ans", "GlenDronach",
        ("Scotch single malt", "Highlands", "Écosse"), ((70, NV),)),
    _sp("gd_15", "wh", "GlenDronach 15 ans Revival", "GlenDronach",
        ("Scotch single malt", "Highlands", "Écosse"), ((70, NV),)),
    _sp("gd_18", "wh", "GlenDronach 18 ans Allardice", "GlenDronach",
        ("Scotch single malt", "Highlands", "Écosse"), ((70, NV),)),
    _sp("sb_10", "wh", "Springbank 10 ans", "Springbank",
        ("Scotch single malt", "Campbeltown", "Écosse"), ((70, NV),)),
    _sp("sb_15", "wh", "Springbank 15 ans", "Springbank",
        ("Scotch single malt", "Campbeltown", "Écosse"), ((70, NV),)),
    _sp("bun_12", "wh", "Bunnahabhain 12 ans", "Bunnahabhain",
        ("Scotch single malt", "Islay", "Écosse"), ((70, NV),)),
    _sp("bun_18", "wh", "Bunnahabhain 18 ans", "Bunnahabhain",
        ("Scotch single malt", "Islay", "Écosse"), ((70, NV),)),
    _sp("dal_12", "wh", "The Dalmore 12 ans", "The Dalmore",
        ("Scotch single malt", "Highlands", "Écosse"), ((70, NV),)),
    _sp("dal_15", "wh", "The Dalmore 15 ans", "The Dalmore",
        ("Scotch single malt", "Highlands", "Écosse"), ((70, NV),)),
    _sp("dal_cigar", "wh", "The Dalmore Cigar Malt", "The Dalmore",
        ("Scotch single malt", "Highlands", "Écosse"), ((70, NV),)),
    _sp("gm_12", "wh", "Glen Moray 12 ans", "Glen Moray",
        ("Scotch single malt", "Speyside", "Écosse"), ((70, NV),)),
    _sp("gm_port", "wh", "Glen Moray Port Cask Finish", "Glen Moray",
        ("Scotch single malt", "Speyside", "Écosse"), ((70, NV),)),
    _sp("gm_sherry", "wh", "Glen Moray Sherry Cask Finish", "Glen Moray",
        ("Scotch single malt", "Speyside", "Écosse"), ((70, NV),)),
    _sp("kil_mb", "wh", "Kilchoman Machir Bay", "Kilchoman",
        ("Scotch single malt", "Islay", "Écosse"), ((70, NV),)),
    _sp("kav_cm", "wh", "Kavalan Concertmaster Port Cask Finish", "Kavalan",
        ("Taiwanese single malt", "Yilan", "Taïwan"), ((70, NV),)),
    _sp("teeling_sb", "wh", "Teeling Small Batch", "Teeling",
        ("Irish whiskey", "Dublin", "Irlande"), ((70, NV),)),
    _sp("roz_fume", "wh", "Rozelieures Fumé", "Distillerie Rozelieures",
        ("Whisky de Lorraine", "Lorraine", "France"), ((70, NV),)),
    # --- cognacs and armagnacs, 70 cl ---------------------------------------------------------
    _sp("tess_76", "co", "Tesseron Lot 76 XO Tradition", "Tesseron",
        ("Cognac", "Charente", "France"), ((70, NV),)),
    _sp("tess_53", "co", "Tesseron Lot 53 XO Perfection", "Tesseron",
        ("Cognac", "Charente", "France"), ((70, NV),)),
    _sp("rag_20", "co", "Ragnaud-Sabourin Alliance n°20", "Ragnaud-Sabourin",
        ("Cognac Grande Champagne", "Charente", "France"), ((70, NV),)),
    _sp("rag_35", "co", "Ragnaud-Sabourin Fontvieille n°35", "Ragnaud-Sabourin",
        ("Cognac Grande Champagne", "Charente", "France"), ((70, NV),)),
    _sp("pru_vsop", "co", "Prunier VSOP", "Maison Prunier", ("Cognac", "Charente", "France"),
        ((70, NV),)),
    _sp("pru_xo", "co", "Prunier XO", "Maison Prunier", ("Cognac", "Charente", "France"),
        ((70, NV),)),
    _sp("pru_20", "co", "Prunier 20 ans", "Maison Prunier", ("Cognac", "Charente", "France"),
        ((70, NV),)),
    _sp("pg_vsop", "co", "Paul Giraud VSOP", "Paul Giraud",
        ("Cognac Grande Champagne", "Charente", "France"), ((70, NV),)),
    _sp("pg_hda", "co", "Paul Giraud Hors d'Âge", "Paul Giraud",
        ("Cognac Grande Champagne", "Charente", "France"), ((70, NV),)),
    _sp("rav_hda", "ar", "Château de Ravignan Hors d'Âge", "Château de Ravignan",
        ("Bas-Armagnac", "Gascogne", "France"), ((70, NV),)),
    _sp("rav_mill", "ar", "Château de Ravignan Millésime", "Château de Ravignan",
        ("Bas-Armagnac", "Gascogne", "France"), ((70, (1990, 1995)),)),
    _sp("duf_nap", "ar", "Marie Duffau Napoléon", "Marie Duffau",
        ("Bas-Armagnac", "Gascogne", "France"), ((70, NV),)),
    _sp("duf_hda", "ar", "Marie Duffau Hors d'Âge", "Marie Duffau",
        ("Bas-Armagnac", "Gascogne", "France"), ((70, NV),)),
    # --- the short wine list -------------------------------------------------------------------
    _wine("hortus_gc", "vr", "Domaine de l'Hortus Grande Cuvée", "Domaine de l'Hortus",
          "Pic Saint-Loup", "Languedoc", "France", "rouge",
          ((75, (2019, 2020)), (150, (2018,)))),
    _wine("hortus_bl", "vb", "Domaine de l'Hortus Bergerie Blanc", "Domaine de l'Hortus",
          "IGP Val de Montferrand", "Languedoc", "France", "blanc", ((75, (2022,)),)),
    _wine("musar", "vr", "Château Musar", "Château Musar", "Vallée de la Bekaa", "Bekaa",
          "Liban", "rouge", ((75, (2016, 2017)), (37.5, (2016,)))),
    _wine("cdp", "vr", "Clos des Papes", "Clos des Papes", "Châteauneuf-du-Pape",
          "Vallée du Rhône", "France", "rouge", ((75, (2018,)),)),
    _wine("grosnore", "vr", "Domaine du Gros Noré", "Domaine du Gros Noré", "Bandol",
          "Provence", "France", "rouge", ((75, (2019,)),)),
    _wine("mordoree", "vs", "La Dame Rousse", "Domaine de la Mordorée", "Tavel",
          "Vallée du Rhône", "France", "rosé", ((75, (2023,)),)),
    _wine("guiberteau", "vb", "Guiberteau Saumur Blanc", "Domaine Guiberteau", "Saumur",
          "Loire", "France", "blanc", ((75, (2021,)),)),
    _wine("chidaine", "vb", "Les Tuffeaux", "Domaine Chidaine", "Montlouis-sur-Loire",
          "Loire", "France", "blanc", ((75, (2020,)),)),
    _wine("catena", "vr", "Catena Malbec", "Bodega Catena Zapata", "Mendoza", "Mendoza",
          "Argentine", "rouge", ((75, (2021,)),)),
    _wine("baumard", "vd", "Quarts de Chaume", "Domaine des Baumard", "Quarts de Chaume",
          "Loire", "France", "liquoreux", ((50, (2018,)),)),
    _wine("janasse", "vr", "Côtes du Rhône Réserve", "Domaine de la Janasse",
          "Côtes du Rhône", "Vallée du Rhône", "France", "rouge", ((75, (2021, 2022)),)),
    _wine("lallier_gr", "ch", "Lallier Grande Réserve", "Champagne Lallier", "Champagne",
          "Champagne", "France", "effervescent", ((75, NV), (150, NV)), category="champagne"),
    _wine("lallier_r020", "ch", "Lallier R.020", "Champagne Lallier", "Champagne",
          "Champagne", "France", "effervescent", ((75, NV),), category="champagne"),
    # --- beers: the draught ones are held as their keg -------------------------------------
    _other("lorraine", "bi", "Lorraine Blonde", "Brasserie Lorraine", "Martinique", "France",
           "bière", ((3000, NV), (33, NV))),
    _other("dodo", "bi", "Dodo", "Brasseries de Bourbon", "La Réunion", "France", "bière",
           ((33, NV),)),
    _other("redstripe", "bi", "Red Stripe", "Desnoes & Geddes", "Kingston", "Jamaïque",
           "bière", ((33, NV),)),
    _other("oeil", "bi", "L'Oeil de Biche", "Paname Brewing Company", "Île-de-France",
           "France", "bière", ((2000, NV),)),
    # --- softs and waters ------------------------------------------------------------------------
    _other("ting", "so", "Ting", "Ting", "Jamaïque", "Jamaïque", "soft", ((33, NV),)),
    _other("oldjam", "so", "Old Jamaica Ginger Beer", "Old Jamaica", "Jamaïque", "Jamaïque",
           "soft", ((33, NV),)),
    _other("car_goyave", "so", "Caresse Antillaise Goyave", "Caresse Antillaise",
           "Guadeloupe", "France", "soft", ((25, NV),)),
    _other("car_maracudja", "so", "Caresse Antillaise Maracudja", "Caresse Antillaise",
           "Guadeloupe", "France", "soft", ((25, NV),)),
    _other("didier", "so", "Eau Didier", "Source Didier", "Martinique", "France", "soft",
           ((100, NV), (50, NV))),
    _other("matouba", "so", "Matouba", "Source Matouba", "Guadeloupe", "France", "soft",
           ((100, NV),)),
    _other("coca", "so", "Coca-Cola", "The Coca-Cola Company", "Île-de-France", "France",
           "soft", ((33, NV),)),
    _other("cocazero", "so", "Coca-Cola Zéro", "The Coca-Cola Company", "Île-de-France",
           "France", "soft", ((33, NV),)),
]
