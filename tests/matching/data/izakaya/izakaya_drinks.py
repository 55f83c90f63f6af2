"""The drinks of the izakaya (library source).

Each drink is one wine in the bench README's sense (same name, producer,
appellation, colour); its formats and vintages make the library entries.
`formats` maps a bottle size in cl to the vintages held in it ([None] for a
non-vintage drink). Keys are what the case specs refer to.
"""

JP = "Japon"
FR = "France"


def D(key, name, producer, appellation, region, country, colour, category, formats):
    return {
        "key": key,
        "name": name,
        "producer": producer,
        "appellation": appellation,
        "region": region,
        "country": country,
        "colour": colour,
        "category": category,
        "formats": formats,
    }


def sake(key, name, producer, grade, region, formats):
    return D(key, name, producer, grade, region, JP, None, "autre", formats)


def spirit(key, name, producer, appellation, region, formats):
    return D(key, name, producer, appellation, region, JP, None, "spiritueux", formats)


NV = [None]

DRINKS = [
    # --- sakes (nihonshu): 72 cl yongōbin, 30 cl, 180 cl isshōbin ---
    sake(
        "dassai45",
        "Dassai 45",
        "Asahi Shuzo",
        "Junmai Daiginjo",
        "Yamaguchi",
        {72: NV, 30: NV, 180: NV},
    ),
    sake("dassai39", "Dassai 39", "Asahi Shuzo", "Junmai Daiginjo", "Yamaguchi", {72: NV}),
    sake("dassai23", "Dassai 23", "Asahi Shuzo", "Junmai Daiginjo", "Yamaguchi", {72: NV, 30: NV}),
    sake("senju", "Kubota Senju", "Asahi Shuzo (Niigata)", "Ginjo", "Niigata", {72: NV, 180: NV}),
    sake("manju", "Kubota Manju", "Asahi Shuzo (Niigata)", "Junmai Daiginjo", "Niigata", {72: NV}),
    sake(
        "hakkaisan_thj",
        "Hakkaisan",
        "Hakkai Jozo",
        "Tokubetsu Honjozo",
        "Niigata",
        {72: NV, 180: NV},
    ),
    sake("hakkaisan_jdg", "Hakkaisan", "Hakkai Jozo", "Junmai Daiginjo", "Niigata", {72: NV}),
    sake("icchorai", "Kokuryu Icchorai", "Kokuryu Shuzo", "Ginjo", "Fukui", {72: NV}),
    sake("ryu", "Kokuryu Ryu", "Kokuryu Shuzo", "Daiginjo", "Fukui", {72: NV}),
    sake(
        "oka", "Dewazakura Oka", "Dewazakura Shuzo", "Ginjo", "Yamagata", {72: NV, 30: NV, 180: NV}
    ),
    sake(
        "dewasansan",
        "Dewazakura Dewasansan",
        "Dewazakura Shuzo",
        "Junmai Ginjo",
        "Yamagata",
        {72: NV},
    ),
    sake(
        "okuden", "Masumi Okuden Kantsukuri", "Miyasaka Jozo", "Junmai", "Nagano", {72: NV, 180: NV}
    ),
    sake("sanka", "Masumi Sanka", "Miyasaka Jozo", "Junmai Daiginjo", "Nagano", {72: NV}),
    sake("nanbu", "Nanbu Bijin", "Nanbu Bijin", "Tokubetsu Junmai", "Iwate", {72: NV, 180: NV}),
    sake("akabu_jm", "Akabu", "Akabu Shuzo", "Junmai", "Iwate", {72: NV}),
    sake("akabu_jg", "Akabu", "Akabu Shuzo", "Junmai Ginjo", "Iwate", {72: NV}),
    sake(
        "kuheiji",
        "Kuheiji Eau du Désir",
        "Banjo Jozo",
        "Junmai Daiginjo",
        "Aichi",
        {72: [2021, 2022]},
    ),
    sake(
        "jozen",
        "Jozen Mizuno Gotoshi",
        "Shirataki Shuzo",
        "Junmai Ginjo",
        "Niigata",
        {72: NV, 30: NV},
    ),
    sake(
        "dreamy",
        "Rihaku Dreamy Clouds",
        "Rihaku Shuzo",
        "Tokubetsu Junmai Nigori",
        "Shimane",
        {72: NV, 30: NV},
    ),
    sake("poet", "Rihaku Wandering Poet", "Rihaku Shuzo", "Junmai Ginjo", "Shimane", {72: NV}),
    sake("sayuri", "Sayuri", "Hakutsuru Shuzo", "Nigori", "Hyogo", {30: NV}),
    sake("horin", "Gekkeikan Horin", "Gekkeikan", "Junmai Daiginjo", "Kyoto", {72: NV}),
    sake("mio", "Mio", "Takara Shuzo", "Sparkling", "Kyoto", {30: NV}),
    sake("suzune", "Suzune", "Ichinokura", "Sparkling", "Miyagi", {30: NV}),
    sake(
        "kasumi", "Shichiken Yama no Kasumi", "Yamanashi Meijo", "Sparkling", "Yamanashi", {72: NV}
    ),
    sake(
        "daishichi",
        "Daishichi Kimoto Classic",
        "Daishichi Shuzo",
        "Junmai Kimoto",
        "Fukushima",
        {72: NV, 180: NV},
    ),
    sake("no6s", "Aramasa No.6 S-type", "Aramasa Shuzo", "Junmai", "Akita", {74: NV}),
    sake("no6x", "Aramasa No.6 X-type", "Aramasa Shuzo", "Junmai", "Akita", {74: NV}),
    sake("sai", "Koshi no Kanbai Sai", "Ishimoto Shuzo", "Junmai Ginjo", "Niigata", {72: NV}),
    sake("tokusen", "Koshi no Kanbai Tokusen", "Ishimoto Shuzo", "Ginjo", "Niigata", {72: NV}),
    sake(
        "funaguchi",
        "Kikusui Funaguchi",
        "Kikusui Shuzo",
        "Honjozo Nama Genshu",
        "Niigata",
        {20: NV},
    ),
    sake("kikusui", "Kikusui", "Kikusui Shuzo", "Junmai Ginjo", "Niigata", {72: NV, 30: NV}),
    sake("born", "Born Gold", "Katoukichibee Shouten", "Junmai Daiginjo", "Fukui", {72: NV}),
    sake("kizakura", "Kizakura Yamahai", "Kizakura", "Junmai", "Kyoto", {180: NV}),
    sake("daruma5", "Daruma Masamune 5 ans", "Shiraki Tsunesuke", "Koshu", "Gifu", {50: NV}),
    sake("daruma10", "Daruma Masamune 10 ans", "Shiraki Tsunesuke", "Koshu", "Gifu", {50: NV}),
    sake(
        "kamotsuru", "Kamotsuru Tokusei Gold", "Kamotsuru Shuzo", "Daiginjo", "Hiroshima", {72: NV}
    ),
    sake("tentaka", "Tentaka Kuni", "Tentaka Shuzo", "Junmai", "Tochigi", {72: NV}),
    # --- shochu and awamori ---
    spirit("kuro", "Kuro Kirishima", "Kirishima Shuzo", "Honkaku shochu imo", "Miyazaki", {90: NV}),
    spirit(
        "shiro", "Shiro Kirishima", "Kirishima Shuzo", "Honkaku shochu imo", "Miyazaki", {90: NV}
    ),
    spirit(
        "silhouette", "Iichiko Silhouette", "Sanwa Shurui", "Honkaku shochu mugi", "Oita", {72: NV}
    ),
    spirit("saiten", "Iichiko Saiten", "Sanwa Shurui", "Honkaku shochu mugi", "Oita", {70: NV}),
    spirit("moriizo", "Mori Izo", "Morii Shuzo", "Satsuma shochu", "Kagoshima", {72: NV, 180: NV}),
    spirit("kannoko", "Kannoko", "Satsuma Shuzo", "Honkaku shochu mugi", "Kagoshima", {72: NV}),
    spirit("hakutake", "Hakutake Shiro", "Takahashi Shuzo", "Kuma shochu", "Kumamoto", {72: NV}),
    spirit(
        "rento", "Rento", "Amami Oshima Kaiun Shuzo", "Amami kokuto shochu", "Kagoshima", {72: NV}
    ),
    spirit("zuisen3", "Zuisen Kusu 3 ans", "Zuisen Shuzo", "Ryukyu awamori", "Okinawa", {72: NV}),
    spirit("zuisen10", "Zuisen Kusu 10 ans", "Zuisen Shuzo", "Ryukyu awamori", "Okinawa", {72: NV}),
    spirit(
        "vipgold",
        "Kikunotsuyu VIP Gold",
        "Kikunotsuyu Shuzo",
        "Ryukyu awamori",
        "Okinawa",
        {72: NV},
    ),
    # --- Japanese whiskies ---
    spirit(
        "togpremium",
        "Togouchi Premium",
        "Sakurao Brewery & Distillery",
        None,
        "Hiroshima",
        {70: NV},
    ),
    spirit("tog9", "Togouchi 9 ans", "Sakurao Brewery & Distillery", None, "Hiroshima", {70: NV}),
    spirit("tog12", "Togouchi 12 ans", "Sakurao Brewery & Distillery", None, "Hiroshima", {70: NV}),
    spirit("kurapm", "The Kurayoshi Pure Malt", "Matsui Shuzo", None, "Tottori", {70: NV}),
    spirit("kura8", "The Kurayoshi 8 ans", "Matsui Shuzo", None, "Tottori", {70: NV}),
    spirit("kura12", "The Kurayoshi 12 ans", "Matsui Shuzo", None, "Tottori", {70: NV}),
    spirit("kura18", "The Kurayoshi 18 ans", "Matsui Shuzo", None, "Tottori", {70: NV}),
    spirit(
        "ichirowl", "Ichiro's Malt & Grain White Label", "Venture Whisky", None, "Saitama", {70: NV}
    ),
    spirit(
        "mwr", "Ichiro's Malt Mizunara Wood Reserve", "Venture Whisky", None, "Saitama", {70: NV}
    ),
    spirit("firstten", "Chichibu The First Ten", "Venture Whisky", None, "Saitama", {70: NV}),
    spirit("iwai", "Mars Iwai Tradition", "Hombo Shuzo", None, "Nagano", {70: NV}),
    spirit("komagatake", "Mars Komagatake", "Hombo Shuzo", None, "Nagano", {70: NV}),
    spirit("akashi", "Akashi White Oak", "Eigashima Shuzo", None, "Hyogo", {50: NV}),
    spirit("kaiyo", "Kaiyo Mizunara Oak", "Kaiyo Whisky", None, "Tokyo", {70: NV}),
    spirit("fuji", "Fuji Single Grain", "Kirin Fuji Gotemba", None, "Shizuoka", {70: NV}),
    spirit("shinobu", "Shinobu 10 ans Mizunara", "Niigata Kameda", None, "Niigata", {70: NV}),
    spirit("hatopm", "Hatozaki Pure Malt", "Kaikyo Distillery", None, "Hyogo", {70: NV}),
    spirit("hato12", "Hatozaki 12 ans", "Kaikyo Distillery", None, "Hyogo", {70: NV}),
    # --- Japanese gins ---
    spirit(
        "sakuraoor",
        "Sakurao Gin Original",
        "Sakurao Brewery & Distillery",
        None,
        "Hiroshima",
        {70: NV},
    ),
    spirit(
        "sakuraoli",
        "Sakurao Gin Limited",
        "Sakurao Brewery & Distillery",
        None,
        "Hiroshima",
        {70: NV},
    ),
    spirit("masahiro", "Masahiro Okinawa Gin", "Masahiro Distillery", None, "Okinawa", {70: NV}),
    spirit("komasa", "Komasa Gin Sakurajima Komikan", "Komasa Jyozo", None, "Kagoshima", {50: NV}),
    spirit("kozue", "Kozue", "Nakano BC", None, "Wakayama", {70: NV}),
    # --- umeshu and fruit liqueurs ---
    D("choyaey", "Choya Extra Years", "Choya Umeshu", None, "Osaka", JP, None, "autre", {50: NV}),
    D(
        "choyasy",
        "The Choya Single Year",
        "Choya Umeshu",
        None,
        "Osaka",
        JP,
        None,
        "autre",
        {70: NV},
    ),
    D("hkumeshu", "Hakkaisan Umeshu", "Hakkai Jozo", None, "Niigata", JP, None, "autre", {72: NV}),
    D("aragoshiume", "Aragoshi Umeshu", "Umenoyado", None, "Nara", JP, None, "autre", {72: NV}),
    D("aragoshiyuzu", "Aragoshi Yuzu", "Umenoyado", None, "Nara", JP, None, "autre", {72: NV}),
    # --- French natural wines ---
    D(
        "crozes_r",
        "Crozes-Hermitage",
        "Dard & Ribo",
        "Crozes-Hermitage",
        "Rhône",
        FR,
        "rouge",
        "vin",
        {75: [2021, 2022], 150: [2020]},
    ),
    D(
        "crozes_b",
        "Crozes-Hermitage",
        "Dard & Ribo",
        "Crozes-Hermitage",
        "Rhône",
        FR,
        "blanc",
        "vin",
        {75: [2022]},
    ),
    D(
        "gilbourg",
        "Gilbourg",
        "Benoît Courault",
        "Anjou",
        "Loire",
        FR,
        "blanc",
        "vin",
        {75: [2020, 2021]},
    ),
    D(
        "rouliers",
        "Les Rouliers",
        "Benoît Courault",
        "Vin de France",
        "Loire",
        FR,
        "rouge",
        "vin",
        {75: [2022]},
    ),
    D(
        "sonorite",
        "Sonorité du Vent",
        "Domaine des Miroirs",
        "Côtes du Jura",
        "Jura",
        FR,
        "blanc",
        "vin",
        {75: [2019]},
    ),
    D(
        "cornaline",
        "Cornaline",
        "Domaine Hauvette",
        "Les Baux-de-Provence",
        "Provence",
        FR,
        "rouge",
        "vin",
        {75: [2017, 2019]},
    ),
    D(
        "dolia",
        "Dolia",
        "Domaine Hauvette",
        "IGP Alpilles",
        "Provence",
        FR,
        "blanc",
        "vin",
        {75: [2021]},
    ),
    D(
        "carteries",
        "Les Carteries",
        "Christian Venier",
        "Cheverny",
        "Loire",
        FR,
        "rouge",
        "vin",
        {75: [2022]},
    ),
    D("milady", "Milady", "Les Bottes Rouges", "Arbois", "Jura", FR, "blanc", "vin", {75: [2021]}),
    D(
        "pointe",
        "Sur la Pointe des Pieds",
        "Les Bottes Rouges",
        "Arbois",
        "Jura",
        FR,
        "rouge",
        "vin",
        {75: [2022]},
    ),
    # --- beers (a keg is held as its 2,000 cl) ---
    D(
        "sapporo",
        "Sapporo Premium",
        "Sapporo Breweries",
        None,
        "Hokkaido",
        JP,
        None,
        "bière",
        {2000: NV, 50: NV},
    ),
    D(
        "kirin",
        "Kirin Ichiban",
        "Kirin Brewery",
        None,
        "Tokyo",
        JP,
        None,
        "bière",
        {33: NV, 63.3: NV},
    ),
    D("yebisu", "Yebisu", "Sapporo Breweries", None, "Tokyo", JP, None, "bière", {33: NV}),
    D(
        "orion",
        "Orion Draft",
        "Orion Breweries",
        None,
        "Okinawa",
        JP,
        None,
        "bière",
        {33: NV, 63.3: NV},
    ),
    D(
        "hitawhite",
        "Hitachino Nest White Ale",
        "Kiuchi Brewery",
        None,
        "Ibaraki",
        JP,
        None,
        "bière",
        {2000: NV, 33: NV},
    ),
    D(
        "hitared",
        "Hitachino Nest Red Rice Ale",
        "Kiuchi Brewery",
        None,
        "Ibaraki",
        JP,
        None,
        "bière",
        {33: NV},
    ),
    D("coedoshiro", "Coedo Shiro", "Coedo Brewery", None, "Saitama", JP, None, "bière", {33: NV}),
    D("beniaka", "Coedo Beniaka", "Coedo Brewery", None, "Saitama", JP, None, "bière", {33: NV}),
    # --- softs ---
    D("ramune", "Ramune Original", "Hata Kosen", None, "Hyogo", JP, None, "soft", {20: NV}),
    D("ramunemelon", "Ramune Melon", "Hata Kosen", None, "Hyogo", JP, None, "soft", {20: NV}),
    D("ramunelitchi", "Ramune Litchi", "Hata Kosen", None, "Hyogo", JP, None, "soft", {20: NV}),
    D("ryokucha", "Oi Ocha Ryokucha", "Ito En", None, "Tokyo", JP, None, "soft", {50: NV}),
    D("hojicha", "Oi Ocha Hojicha", "Ito En", None, "Tokyo", JP, None, "soft", {50: NV}),
    D("calpico", "Calpico", "Calpis", None, "Tokyo", JP, None, "soft", {50: NV}),
]

BY_KEY = {d["key"]: d for d in DRINKS}
assert len(BY_KEY) == len(DRINKS)

# A sake's pours (go, masu, tokkuri, glass) and any pour come from the drink's
# ordinary bottle: its 72 cl (74 cl for Aramasa), 75 cl (wine) or 70 cl (spirit)
# entry, or its only format when it has none of these.
ORDINARY = (72, 74, 75, 70)


def library():
    """The library entries in order, ids j001..., and each drink's entries."""
    rows, entries = [], {}
    for d in DRINKS:
        entries[d["key"]] = []
        for fmt in sorted(d["formats"], key=lambda f: (f not in ORDINARY, f)):
            for v in sorted(d["formats"][fmt], key=lambda x: (x is None, x or 0)):
                row = {
                    "id": "j%03d" % (len(rows) + 1),
                    "name": d["name"],
                    "producer": d["producer"],
                    "appellation": d["appellation"],
                    "region": d["region"],
                    "country": d["country"],
                    "colour": d["colour"],
                    "category": d["category"],
                    "vintage": v,
                    "format_cl": fmt,
                }
                rows.append(row)
                entries[d["key"]].append(row)
    return rows, entries
