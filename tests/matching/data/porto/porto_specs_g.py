"""What the waiters typed on the handheld (G), one product button per line.

y(key, measure, vintage, text, mods)  a product meant for the drink `key` of the library
    (the answer is computed from the rendered label: a format the library does not hold
    for that drink gives `none`).
n(measure, vintage, text, kind, reason, mods)  a product that is no drink of the library.
G writes the measure word first, the text as typed (lower case, accents), the vintage,
a bottle size, then the service modifiers.
"""


def y(key, measure, vintage, text, mods=""):
    return {
        "till": "G",
        "key": key,
        "fam": None,
        "measure": measure,
        "vintage": vintage,
        "text": text,
        "mods": mods,
        "kind": None,
        "reason": None,
    }


def n(measure, vintage, text, kind, reason, mods=""):
    return {
        "till": "G",
        "key": None,
        "fam": None,
        "measure": measure,
        "vintage": vintage,
        "text": text,
        "mods": mods,
        "kind": kind,
        "reason": reason,
    }


SPECS = [
    # ---- ports by the cálice (6 cl) and the bottle
    y("tay_t20", "calice", None, "taylor's 20 anos"),
    y("tay_t10", "half", None, "taylor's 10 anos"),
    y("tay_t30", "calice", None, "taylor 30 anos"),
    y("tay_t40", "calice", None, "taylor's tawny 40 anos"),
    y("tay_chip", "calice", None, "taylor's chip dry", "c/ gelo"),
    y("tay_lbv", "calice", 2018, "taylor's lbv"),
    y("tay_lbv", "calice", 2016, "taylor's lbv"),
    y("tay_lbv", "half", 2017, "taylor's lbv"),
    y("tay_lbv", "btl", None, "taylors lbv"),
    y("tay_vint", "btl", 2017, "taylor's vintage"),
    y("tay_vint", "mag", 2017, "taylor's vintage"),
    y("tay_vint", "btl", 2014, "taylor's vintage"),
    y("nie_colh", "calice", 2005, "niepoort colheita"),
    y("nie_colh", "calice", 2001, "niepoort colheita"),
    y("nie_white", "calice", None, "niepoort dry white", "fresco"),
    y("nie_lbv", "calice", 2017, "niepoort lbv"),
    y("rp_ervamoira", "calice", None, "ramos pinto ervamoira 10 anos"),
    y("nov_t40", "calice", None, "quinta do noval 40 anos"),
    y("nov_lbv", "calice", 2019, "noval lbv"),
    y("nov_colh", "calice", 2003, "noval colheita"),
    y("fon_bin27", "calice", None, "fonseca bin 27"),
    y("fon_vint", "btl", 2016, "fonseca vintage"),
    y("san_t20", "calice", None, "sandman 20 anos"),
    y("kop_colh", "calice", 2005, "kopke colheita"),
    y("kop_wcolh", "calice", 2003, "kopke colheita branco"),
    y("fer_duque", "calice", None, "ferreira duque de bragança 20 anos"),
    y("fer_antonia", "calice", None, "dona antónia reserva"),
    y("cro_pink", "calice", None, "croft pink", "c/ gelo"),
    # ---- Madeira (10 and 15 anos held in 50 cl) and Moscatel
    y("bla_malm10", "calice", None, "blandy's malmsey 10 anos"),
    y("bla_malm10", "b50", None, "blandy's malmsey 10 anos"),
    y("bla_bual5", "calice", None, "blandy's bual 5 anos"),
    y("hh_verd15", "calice", None, "henriques verdelho 15 anos"),
    y("bar_boal", "calice", 2006, "barbeito boal colheita"),
    y("jmf_alambre", "calice", 2019, "moscatel alambre"),
    y("jmf_alambre20", "calice", None, "alambre 20 anos"),
    y("bac_moscatel", "calice", None, "moscatel bacalhôa"),
    # ---- wines: tto / tinto, bco / branco
    y("soalheiro", "btl", 2023, "soalheiro alvarinho"),
    y("soalheiro", "copo", 2021, "soalheiro alvarinho"),
    y("casal", "btl", None, "casal garcia", "fresco"),
    y("crasto", "copo", 2021, "crasto tto"),
    y("crasto_rvv", "mag", 2018, "crasto vinhas velhas"),
    y("redoma_t", "btl", 2019, "redoma tto"),
    y("redoma_b", "btl", 2022, "redoma bco"),
    y("dq_t", "jarro", None, "duas quintas tinto"),
    y("dq_b", "copo", 2022, "duas quintas branco"),
    y("meandro", "btl", 2020, "meandro"),
    y("santar", "half", 2019, "casa de santar reserva"),
    y("esp_res_t", "btl", 2020, "esporão reserva tto"),
    y("esp_res_t", "half", 2021, "esporão reserva tinto"),
    y("esp_res_b", "copo", 2022, "esporao reserva bco"),
    y("esp_colh_b", "btl", 2022, "esporão colheita branco"),
    y("peramanca", "btl", 2014, "pêra-manca tto"),
    y("periquita", "jarro", None, "periquita"),
    y("mateus", "half", None, "mateus rosé"),
    y("tresb", "btl", None, "filipa pato 3b rosé"),
    # ---- ginjinha, aguardentes
    y("ginja_sr", "copinho", None, "ginja sem rival", "com elas"),
    y("espinheira", "copinho", None, "ginjinha espinheira", "sem elas"),
    y("beirao", "copinho", None, "licor beirão", "c/ gelo"),
    y("adegavelha", "copinho", None, "adega velha 12 anos"),
    # ---- beers, softs, waters
    y("superbock", "imperial", None, "super bock"),
    y("superbock", "caneca", None, "super bock"),
    y("sagres", "fino", None, "sagres"),
    y("superbock", "mini", None, "super bock"),
    y("sagres_preta", "b33", None, "sagres preta"),
    y("sumol_ana", "lata", None, "sumol ananás"),
    y("compal_pera", "b20", None, "compal pêra"),
    y("pedras", "b25", None, "água das pedras", "c/ limão"),
    y("luso", "b50", None, "luso", "natural"),
    # ---- formats the library does not hold (computed to none)
    y("tay_t20", "half", None, "taylor's 20 anos"),
    y("tay_lbv", "mag", 2018, "taylor's lbv"),
    y("sagres_preta", "caneca", None, "sagres preta"),
    y("superbock", "b33", None, "super bock"),
    y("compal_pera", "lata", None, "compal pêra"),
    # ---- none: food, coffee, services
    n(None, None, "bacalhau à brás", "food", "food"),
    n(None, None, "bica", "food", "coffee"),
    n(None, None, "couvert", "food", "bread, olives and butter"),
    n(None, None, "taxa de rolha", "food", "corkage, a service"),
    # ---- none: drinks made at the bar
    n(None, None, "porto tónico", "cocktail", "white port and tonic, made at the bar"),
    n(
        None,
        None,
        "porto tónico taylor's chip dry",
        "cocktail",
        "a cocktail, even naming a held white port",
    ),
    n("jarro", None, "sangria", "cocktail", "sangria, made at the bar"),
    n("imperial", None, "panaché", "cocktail", "beer and lemonade shandy"),
    # ---- none: generic labels
    n("jarro", None, "tinto da casa", "generic", "generic house red"),
    n("copo", None, "branco da casa", "generic", "generic house white"),
    n("calice", None, "porto da casa", "generic", "generic house port"),
    n(
        "copinho",
        None,
        "aguardente velha",
        "generic",
        "generic: two aguardentes velhas held (Adega Velha, CR&F)",
    ),
    n("imperial", None, "", "generic", "a draught without its beer: Super Bock and Sagres"),
    # ---- none: a brand alone when several drinks of it are held
    n("calice", None, "taylor's", "alone", "Taylor's alone: seven ports held"),
    n("calice", None, "niepoort", "alone", "Niepoort alone: six ports held"),
    n(
        "btl",
        None,
        "fonseca",
        "alone",
        "Fonseca alone: five Fonseca ports and José Maria da Fonseca's wines",
    ),
    n("lata", None, "sumol", "alone", "Sumol alone: Laranja and Ananás held"),
    n("copinho", None, "ginjinha", "alone", "ginjinha alone: two held"),
    n("btl", 2020, "redoma", "alone", "Redoma without colour: tinto and branco held"),
    # ---- none: another age of a held house
    n("calice", None, "taylor's 50 anos", "age", "Taylor's holds 10, 20, 30, 40 anos"),
    n("calice", None, "noval 20 anos", "age", "Noval holds 10 and 40 anos"),
    n("calice", None, "sandeman 10 anos", "age", "Sandeman holds the 20 anos"),
    n("calice", None, "blandy's malmsey 20 anos", "age", "Blandy's Malmsey held in 5, 10, 15 anos"),
    n("copinho", None, "adega velha 6 anos", "age", "Adega Velha held in 12 anos"),
    # ---- none: another style of a held house
    n("calice", None, "taylor's ruby", "style", "Taylor's ruby not held"),
    n(
        "calice",
        None,
        "niepoort tawny",
        "style",
        "Niepoort's plain tawny (no age) not held; its 10 anos is",
    ),
    n("btl", 2017, "noval nacional", "style", "Nacional, another wine than Noval's Vintage"),
    n(
        "calice",
        None,
        "blandy's sercial 5 anos",
        "style",
        "Blandy's 5 anos held in Bual and Malmsey, Sercial in 10 anos",
    ),
    # ---- none: another cuvée, colour or wine sharing a word
    n("btl", 2019, "crasto maria teresa", "cuvee", "another cuvée of Crasto"),
    n("btl", 2022, "monte velho tto", "cuvee", "Esporão's Monte Velho, not held"),
    n("copo", 2022, "soalheiro primeiras vinhas", "cuvee", "another cuvée of Soalheiro"),
    n(
        "btl",
        2021,
        "muros de melgaço",
        "cuvee",
        "Anselmo Mendes' other Alvarinho, not Muros Antigos",
    ),
    n("lata", None, "sumol maracujá", "cuvee", "another Sumol flavour"),
    n("btl", 2021, "pêra-manca bco", "colour", "Pêra-Manca held in red only"),
]
