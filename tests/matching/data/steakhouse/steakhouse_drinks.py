"""The drinks of "Le Fil du Couteau" (Paris 8e), a steakhouse and grill.

One tuple a wine or product: (key, name, producer, appellation, region, country, colour,
category, formats), formats = ((format_cl, (vintages...)), ...); None as the only vintage
for a non-vintage drink. The build numbers the entries sk001... in this order.
"""

R, B, P = "rouge", "blanc", "rosé"
V, S, BI, SO, A, C = "vin", "spiritueux", "bière", "soft", "autre", "champagne"
ARG = ("Mendoza", "Argentine")
CHI = ("Valle Central", "Chili")
CAL = ("Californie", "États-Unis")
AUS = ("Australie-Méridionale", "Australie")
RSA = ("Western Cape", "Afrique du Sud")
NZ = ("Marlborough", "Nouvelle-Zélande")
NV = (None,)

DRINKS = [
    # Argentina
    ("ca_mal", "Catena Malbec", "Catena Zapata", "Mendoza", *ARG, R, V, ((75, (2020, 2021)),)),
    ("ca_cab", "Catena Cabernet Sauvignon", "Catena Zapata", "Mendoza", *ARG, R, V, ((75, (2020,)),)),
    ("ca_cha", "Catena Chardonnay", "Catena Zapata", "Mendoza", *ARG, B, V, ((75, (2022,)),)),
    ("ca_alta", "Catena Alta Malbec", "Catena Zapata", "Mendoza", *ARG, R, V, ((75, (2019,)),)),
    ("ca_nic", "Nicolás Catena Zapata", "Catena Zapata", "Mendoza", *ARG, R, V, ((75, (2018,)),)),
    ("zu_q", "Zuccardi Q Malbec", "Familia Zuccardi", "Valle de Uco", *ARG, R, V, ((75, (2020, 2021)),)),
    ("zu_sa", "Zuccardi Serie A Malbec", "Familia Zuccardi", "Valle de Uco", *ARG, R, V, ((75, (2022,)),)),
    ("zu_conc", "Zuccardi Concreto Malbec", "Familia Zuccardi", "Paraje Altamira", *ARG, R, V, ((75, (2021,)),)),
    ("af_mal", "Achaval-Ferrer Malbec", "Achaval-Ferrer", "Mendoza", *ARG, R, V, ((75, (2021,)), (150, (2020,)))),
    ("af_quim", "Quimera", "Achaval-Ferrer", "Mendoza", *ARG, R, V, ((75, (2018, 2019)),)),
    ("af_fbv", "Finca Bella Vista Malbec", "Achaval-Ferrer", "Perdriel", *ARG, R, V, ((75, (2018,)),)),
    # Chile
    ("mo_acab", "Montes Alpha Cabernet Sauvignon", "Viña Montes", "Valle de Colchagua", *CHI, R, V, ((75, (2020, 2021)),)),
    ("mo_acar", "Montes Alpha Carmenère", "Viña Montes", "Valle de Colchagua", *CHI, R, V, ((75, (2021,)),)),
    ("mo_m", "Montes Alpha M", "Viña Montes", "Valle de Colchagua", *CHI, R, V, ((75, (2018,)),)),
    ("mo_pa", "Purple Angel", "Viña Montes", "Valle de Colchagua", *CHI, R, V, ((75, (2019,)),)),
    ("dm", "Don Melchor Cabernet Sauvignon", "Concha y Toro", "Puente Alto", *CHI, R, V, ((75, (2018, 2019)), (150, (2018,)))),
    ("cd_cab", "Casillero del Diablo Cabernet Sauvignon", "Concha y Toro", "Valle Central", *CHI, R, V, ((75, (2022,)),)),
    ("alm", "Almaviva", "Viña Almaviva", "Puente Alto", *CHI, R, V, ((75, (2019,)),)),
    # California
    ("ri_mb", "Monte Bello", "Ridge Vineyards", "Santa Cruz Mountains", *CAL, R, V, ((75, (2016, 2018)),)),
    ("ri_gv", "Geyserville", "Ridge Vineyards", "Alexander Valley", *CAL, R, V, ((75, (2020, 2021)),)),
    ("ri_ls", "Lytton Springs", "Ridge Vineyards", "Dry Creek Valley", *CAL, R, V, ((75, (2020,)),)),
    ("opus", "Opus One", "Opus One Winery", "Oakville", *CAL, R, V, ((75, (2018, 2019)), (37.5, (2019,)))),
    ("cay_cab", "Caymus Cabernet Sauvignon", "Caymus Vineyards", "Napa Valley", *CAL, R, V, ((75, (2021,)), (150, (2020,)))),
    ("cay_ss", "Caymus Special Selection Cabernet Sauvignon", "Caymus Vineyards", "Napa Valley", *CAL, R, V, ((75, (2018,)),)),
    ("so_av", "Silver Oak Alexander Valley Cabernet Sauvignon", "Silver Oak Cellars", "Alexander Valley", *CAL, R, V, ((75, (2018,)),)),
    # Australia
    ("pf_389", "Bin 389 Cabernet Shiraz", "Penfolds", "South Australia", *AUS, R, V, ((75, (2019, 2020)),)),
    ("pf_407", "Bin 407 Cabernet Sauvignon", "Penfolds", "South Australia", *AUS, R, V, ((75, (2020,)),)),
    ("pf_28", "Bin 28 Kalimna Shiraz", "Penfolds", "South Australia", *AUS, R, V, ((75, (2020,)),)),
    ("pf_grange", "Grange", "Penfolds", "South Australia", *AUS, R, V, ((75, (2016, 2017)),)),
    ("tb_wc", "Woodcutter's Shiraz", "Torbreck", "Barossa Valley", *AUS, R, V, ((75, (2021, 2022)),)),
    ("tb_struie", "The Struie", "Torbreck", "Barossa", *AUS, R, V, ((75, (2019,)),)),
    ("tb_runrig", "RunRig", "Torbreck", "Barossa Valley", *AUS, R, V, ((75, (2017,)),)),
    # South Africa
    ("kk_pino", "Kanonkop Pinotage", "Kanonkop", "Stellenbosch", *RSA, R, V, ((75, (2019, 2020)),)),
    ("kk_ps", "Paul Sauer", "Kanonkop", "Stellenbosch", *RSA, R, V, ((75, (2018,)),)),
    ("ml_rub", "Rubicon", "Meerlust", "Stellenbosch", *RSA, R, V, ((75, (2017,)),)),
    ("hr_cha", "Hamilton Russell Chardonnay", "Hamilton Russell Vineyards", "Hemel-en-Aarde Valley", *RSA, B, V, ((75, (2022,)),)),
    # New Zealand
    ("cb_sb", "Cloudy Bay Sauvignon Blanc", "Cloudy Bay", "Marlborough", *NZ, B, V, ((75, (2023, 2024)), (37.5, (2023,)))),
    ("cb_pn", "Cloudy Bay Pinot Noir", "Cloudy Bay", "Marlborough", *NZ, R, V, ((75, (2021,)),)),
    ("cb_tk", "Te Koko", "Cloudy Bay", "Marlborough", *NZ, B, V, ((75, (2020,)),)),
    ("vm_sb", "Private Bin Sauvignon Blanc", "Villa Maria", "Marlborough", *NZ, B, V, ((75, (2024,)),)),
    # Spain
    ("mu_res", "Muga Reserva", "Bodegas Muga", "Rioja", "Rioja", "Espagne", R, V, ((75, (2019, 2020)), (150, (2019,)))),
    ("mu_pe", "Prado Enea Gran Reserva", "Bodegas Muga", "Rioja", "Rioja", "Espagne", R, V, ((75, (2015,)),)),
    ("mu_ros", "Muga Rosado", "Bodegas Muga", "Rioja", "Rioja", "Espagne", P, V, ((75, (2023,)),)),
    ("lra_904", "Gran Reserva 904", "La Rioja Alta", "Rioja", "Rioja", "Espagne", R, V, ((75, (2015,)),)),
    ("lra_ard", "Viña Ardanza Reserva", "La Rioja Alta", "Rioja", "Rioja", "Espagne", R, V, ((75, (2016,)),)),
    ("vs_val", "Valbuena 5º", "Vega Sicilia", "Ribera del Duero", "Castilla y León", "Espagne", R, V, ((75, (2018,)),)),
    ("vs_un", "Único", "Vega Sicilia", "Ribera del Duero", "Castilla y León", "Espagne", R, V, ((75, (2012,)),)),
    ("em", "Emilio Moro", "Bodegas Emilio Moro", "Ribera del Duero", "Castilla y León", "Espagne", R, V, ((75, (2020,)),)),
    # Italy
    ("tig", "Tignanello", "Marchesi Antinori", "Toscana IGT", "Toscane", "Italie", R, V, ((75, (2019, 2020)), (150, (2019,)))),
    ("pc_bar", "Barolo", "Pio Cesare", "Barolo", "Piémont", "Italie", R, V, ((75, (2018,)),)),
    ("vi_bar", "Barolo Castiglione", "Vietti", "Barolo", "Piémont", "Italie", R, V, ((75, (2019,)),)),
    # France
    ("lb", "Château Lynch-Bages", "Château Lynch-Bages", "Pauillac", "Bordeaux", "France", R, V, ((75, (2015, 2016)),)),
    ("echo", "Echo de Lynch-Bages", "Château Lynch-Bages", "Pauillac", "Bordeaux", "France", R, V, ((75, (2018,)),)),
    ("gg_cr", "Côte-Rôtie Brune et Blonde", "E. Guigal", "Côte-Rôtie", "Vallée du Rhône", "France", R, V, ((75, (2019,)),)),
    ("beau", "Château de Beaucastel", "Famille Perrin", "Châteauneuf-du-Pape", "Vallée du Rhône", "France", R, V, ((75, (2019,)),)),
    ("lp_brut", "La Cuvée Brut", "Laurent-Perrier", "Champagne", "Champagne", "France", "effervescent", C, ((75, NV),)),
    ("lp_rose", "Cuvée Rosé", "Laurent-Perrier", "Champagne", "Champagne", "France", P, C, ((75, NV),)),
    # Bourbons and ryes
    ("buf", "Buffalo Trace", "Buffalo Trace Distillery", "Kentucky Straight Bourbon", "Kentucky", "États-Unis", None, S, ((70, NV),)),
    ("wr", "Woodford Reserve", "Woodford Reserve", "Kentucky Straight Bourbon", "Kentucky", "États-Unis", None, S, ((70, NV),)),
    ("wr_do", "Woodford Reserve Double Oaked", "Woodford Reserve", "Kentucky Straight Bourbon", "Kentucky", "États-Unis", None, S, ((70, NV),)),
    ("mm", "Maker's Mark", "Maker's Mark", "Kentucky Straight Bourbon", "Kentucky", "États-Unis", None, S, ((70, NV),)),
    ("bul_b", "Bulleit Bourbon", "Bulleit", "Kentucky Straight Bourbon", "Kentucky", "États-Unis", None, S, ((70, NV),)),
    ("bul_r", "Bulleit Rye", "Bulleit", "Straight Rye Whiskey", "Indiana", "États-Unis", None, S, ((70, NV),)),
    ("rit", "Rittenhouse Rye Bottled in Bond", "Heaven Hill", "Kentucky Straight Rye", "Kentucky", "États-Unis", None, S, ((70, NV),)),
    ("ec_sb", "Elijah Craig Small Batch", "Heaven Hill", "Kentucky Straight Bourbon", "Kentucky", "États-Unis", None, S, ((70, NV),)),
    ("of_1920", "Old Forester 1920 Prohibition Style", "Old Forester", "Kentucky Straight Bourbon", "Kentucky", "États-Unis", None, S, ((70, NV),)),
    ("wp_10", "WhistlePig 10 ans Rye", "WhistlePig", "Straight Rye Whiskey", "Vermont", "États-Unis", None, S, ((70, NV),)),
    ("mi_rye", "Michter's US*1 Rye", "Michter's", "Kentucky Straight Rye", "Kentucky", "États-Unis", None, S, ((70, NV),)),
    # Whiskies with ages
    ("gm_10", "Glenmorangie The Original 10 ans", "Glenmorangie", "Highland Single Malt", "Écosse", "Royaume-Uni", None, S, ((70, NV),)),
    ("gm_18", "Glenmorangie 18 ans", "Glenmorangie", "Highland Single Malt", "Écosse", "Royaume-Uni", None, S, ((70, NV),)),
    ("hp_12", "Highland Park 12 ans", "Highland Park", "Island Single Malt", "Écosse", "Royaume-Uni", None, S, ((70, NV),)),
    ("hp_18", "Highland Park 18 ans", "Highland Park", "Island Single Malt", "Écosse", "Royaume-Uni", None, S, ((70, NV),)),
    ("oban", "Oban 14 ans", "Oban", "Highland Single Malt", "Écosse", "Royaume-Uni", None, S, ((70, NV),)),
    ("lf_10", "Laphroaig 10 ans", "Laphroaig", "Islay Single Malt", "Écosse", "Royaume-Uni", None, S, ((70, NV),)),
    ("yz_12", "Yamazaki 12 ans", "Suntory", "Single Malt Japonais", "Osaka", "Japon", None, S, ((70, NV),)),
    ("nk_ftb", "Nikka From the Barrel", "Nikka", "Blended Whisky", "Japon", "Japon", None, S, ((50, NV),)),
    # Other spirits
    ("dip", "Diplomático Reserva Exclusiva", "Diplomático", "Rhum", "Lara", "Venezuela", None, S, ((70, NV),)),
    ("hen", "Hendrick's Gin", "Hendrick's", "Gin", "Écosse", "Royaume-Uni", None, S, ((70, NV),)),
    ("camp", "Campari", "Campari", "Bitter", "Lombardie", "Italie", None, S, ((100, NV),)),
    ("fer", "Fernet-Branca", "Fratelli Branca", "Amaro", "Lombardie", "Italie", None, S, ((70, NV),)),
    # Aperitifs
    ("lil", "Lillet Blanc", "Lillet", "Apéritif à base de vin", "Bordeaux", "France", None, A, ((75, NV),)),
    ("coc", "Cocchi Americano", "Giulio Cocchi", "Aperitivo", "Piémont", "Italie", None, A, ((75, NV),)),
    # Beers
    ("gi_ipa", "Goose Island IPA", "Goose Island", "IPA", "Illinois", "États-Unis", None, BI, ((3000, NV), (35.5, NV))),
    ("bk_lag", "Brooklyn Lager", "Brooklyn Brewery", "Lager", "New York", "États-Unis", None, BI, ((3000, NV),)),
    ("dd_ind", "Indigo IPA", "Deck & Donohue", "IPA", "Île-de-France", "France", None, BI, ((2000, NV),)),
    ("sn_pa", "Sierra Nevada Pale Ale", "Sierra Nevada", "Pale Ale", "Californie", "États-Unis", None, BI, ((35.5, NV),)),
    ("bd_punk", "Punk IPA", "BrewDog", "IPA", "Écosse", "Royaume-Uni", None, BI, ((33, NV),)),
    # Softs
    ("coke", "Coca-Cola", "Coca-Cola", "Soda", None, "France", None, SO, ((33, NV),)),
    ("coke0", "Coca-Cola Zéro", "Coca-Cola", "Soda", None, "France", None, SO, ((33, NV),)),
    ("ftgb", "Fever-Tree Ginger Beer", "Fever-Tree", "Soda", None, "Royaume-Uni", None, SO, ((20, NV),)),
    ("sp", "San Pellegrino", "San Pellegrino", "Eau gazeuse", "Lombardie", "Italie", None, SO, ((100, NV), (50, NV))),
    ("ap", "Acqua Panna", "Acqua Panna", "Eau plate", "Toscane", "Italie", None, SO, ((100, NV),)),
    ("per", "Perrier", "Perrier", "Eau gazeuse", "Occitanie", "France", None, SO, ((33, NV),)),
]

# caisse family (the register's three-letter prefix) per country / category
def family(d):
    _key, _name, _prod, app, _reg, country, _colour, cat, _fmts = d
    if cat == "champagne":
        return "CHP"
    if cat == "vin":
        return {"Argentine": "ARG", "Chili": "CHI", "États-Unis": "USA", "Australie": "AUS",
                "Afrique du Sud": "AFS", "Nouvelle-Zélande": "NZL", "Espagne": "ESP",
                "Italie": "ITA", "France": "FRA"}[country]
    if cat == "spiritueux":
        if country == "États-Unis":
            return "BBN"
        if app.endswith("Single Malt") or "Whisky" in app:
            return "WHY"
        return "SPI"
    if cat == "autre":
        return "APE"
    if cat == "bière":
        return "BIE"
    return "SFT"
