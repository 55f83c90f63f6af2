"""The drinks of "Tasca da Calçada" (Paris 11e): the library of the porto set.

Each product is D(key, fam, name, producer, appellation, region, colour, category,
entries), where `entries` lists (vintage, format_cl) pairs: one library entry each, in
that order. `fam` is the family code the French counter till (F) prints before `=`.
Library ids `t001`... follow the order of this list.
"""

PORT, MAD, MOS = "Porto", "Madeira", "Moscatel de Setúbal"
LIQ, VIN, SPI, BIE, SOFT = "liquoreux", "vin", "spiritueux", "bière", "soft"


def D(key, fam, name, producer, appellation, region, colour, category, entries,
      country="Portugal"):
    return {"key": key, "fam": fam, "name": name, "producer": producer,
            "appellation": appellation, "region": region, "colour": colour,
            "category": category, "entries": list(entries), "country": country}


def P(key, name, producer, entries):
    """A port: appellation Porto, region Douro, a fortified (liquoreux) wine."""
    return D(key, "PT", name, producer, PORT, "Douro", LIQ, VIN, entries)


def M(key, name, producer, entries):
    return D(key, "MA", name, producer, MAD, "Madeira", LIQ, VIN, entries)


NV75 = [(None, 75)]

DRINKS = [
    # ---- Port: Taylor's
    P("tay_chip", "Chip Dry White Port", "Taylor's", NV75),
    P("tay_t10", "Tawny 10 Anos", "Taylor's", [(None, 75), (None, 37.5)]),
    P("tay_t20", "Tawny 20 Anos", "Taylor's", NV75),
    P("tay_t30", "Tawny 30 Anos", "Taylor's", NV75),
    P("tay_t40", "Tawny 40 Anos", "Taylor's", NV75),
    P("tay_lbv", "Late Bottled Vintage", "Taylor's", [(2017, 75), (2018, 75), (2018, 37.5)]),
    P("tay_vint", "Vintage Port", "Taylor's", [(2011, 75), (2017, 75), (2017, 150)]),
    # ---- Port: Niepoort
    P("nie_white", "Dry White", "Niepoort", NV75),
    P("nie_ruby", "Ruby Dum", "Niepoort", NV75),
    P("nie_t10", "Tawny 10 Anos", "Niepoort", NV75),
    P("nie_colh", "Colheita", "Niepoort", [(1997, 75), (2005, 75)]),
    P("nie_lbv", "Late Bottled Vintage", "Niepoort", [(2019, 75)]),
    P("nie_vint", "Vintage Port", "Niepoort", [(2017, 75)]),
    # ---- Port: Ramos Pinto
    P("rp_ervamoira", "Quinta da Ervamoira 10 Anos", "Ramos Pinto", NV75),
    P("rp_bomretiro", "Quinta do Bom Retiro 20 Anos", "Ramos Pinto", NV75),
    P("rp_lbv", "Late Bottled Vintage", "Ramos Pinto", [(2018, 75)]),
    P("rp_adriano", "Adriano Reserva", "Ramos Pinto", NV75),
    # ---- Port: Quinta do Noval
    P("nov_t10", "Tawny 10 Anos", "Quinta do Noval", NV75),
    P("nov_t40", "Tawny 40 Anos", "Quinta do Noval", NV75),
    P("nov_black", "Noval Black", "Quinta do Noval", NV75),
    P("nov_lbv", "Late Bottled Vintage Unfiltered", "Quinta do Noval", [(2016, 75), (2017, 75)]),
    P("nov_vint", "Vintage Port", "Quinta do Noval", [(2017, 75)]),
    P("nov_colh", "Colheita", "Quinta do Noval", [(2003, 75)]),
    # ---- Port: Fonseca
    P("fon_bin27", "Bin 27", "Fonseca", NV75),
    P("fon_t20", "Tawny 20 Anos", "Fonseca", NV75),
    P("fon_lbv", "Late Bottled Vintage", "Fonseca", [(2018, 75)]),
    P("fon_vint", "Vintage Port", "Fonseca", [(2016, 75)]),
    P("fon_terra", "Terra Prima", "Fonseca", NV75),
    # ---- Port: Sandeman, Kopke, Ferreira, Croft
    P("san_founders", "Founders Reserve", "Sandeman", NV75),
    P("san_t20", "Tawny 20 Anos", "Sandeman", NV75),
    P("kop_t10", "Tawny 10 Anos", "Kopke", NV75),
    P("kop_colh", "Colheita", "Kopke", [(2002, 75), (2008, 75)]),
    P("kop_wcolh", "White Colheita", "Kopke", [(2003, 75)]),
    P("fer_antonia", "Dona Antónia Reserva", "Ferreira", NV75),
    P("fer_duque", "Duque de Bragança 20 Anos", "Ferreira", NV75),
    P("cro_pink", "Pink", "Croft", NV75),
    # ---- Madeira (the 10 and 15 anos in 50 cl only)
    M("bla_bual5", "Bual 5 Anos", "Blandy's", NV75),
    M("bla_malm5", "Malmsey 5 Anos", "Blandy's", NV75),
    M("bla_malm10", "Malmsey 10 Anos", "Blandy's", [(None, 50)]),
    M("bla_serc10", "Sercial 10 Anos", "Blandy's", [(None, 50)]),
    M("bla_malm15", "Malmsey 15 Anos", "Blandy's", [(None, 50)]),
    M("hh_malm10", "Malmsey 10 Anos", "Henriques & Henriques", [(None, 50)]),
    M("hh_verd15", "Verdelho 15 Anos", "Henriques & Henriques", [(None, 50)]),
    M("bar_boal", "Boal Colheita", "Barbeito", [(2004, 50), (2008, 50)]),
    M("dol_verd", "Verdelho Frasqueira", "D'Oliveiras", [(1981, 75)]),
    # ---- Moscatel de Setúbal
    D("jmf_alambre", "MO", "Alambre Moscatel de Setúbal", "José Maria da Fonseca", MOS,
      "Península de Setúbal", LIQ, VIN, [(2018, 75), (2019, 75)]),
    D("jmf_alambre20", "MO", "Alambre 20 Anos", "José Maria da Fonseca", MOS,
      "Península de Setúbal", LIQ, VIN, [(None, 50)]),
    D("bac_moscatel", "MO", "Moscatel de Setúbal", "Bacalhôa", MOS,
      "Península de Setúbal", LIQ, VIN, [(2017, 75)]),
    # ---- Vinho Verde
    D("soalheiro", "BL", "Soalheiro Alvarinho", "Quinta de Soalheiro", "Vinho Verde", "Minho",
      "blanc", VIN, [(2022, 75), (2023, 75)]),
    D("muros", "BL", "Muros Antigos Alvarinho", "Anselmo Mendes", "Vinho Verde", "Minho",
      "blanc", VIN, [(2022, 75)]),
    D("casal", "BL", "Casal Garcia", "Aveleda", "Vinho Verde", "Minho", "blanc", VIN, NV75),
    D("aphros", "BL", "Aphros Loureiro", "Aphros", "Vinho Verde", "Minho", "blanc", VIN,
      [(2022, 75)]),
    # ---- Douro
    D("crasto", "RG", "Quinta do Crasto", "Quinta do Crasto", "Douro", "Douro", "rouge", VIN,
      [(2020, 75), (2021, 75)]),
    D("crasto_rvv", "RG", "Quinta do Crasto Reserva Vinhas Velhas", "Quinta do Crasto", "Douro",
      "Douro", "rouge", VIN, [(2019, 75), (2018, 150)]),
    D("redoma_t", "RG", "Redoma", "Niepoort", "Douro", "Douro", "rouge", VIN, [(2019, 75)]),
    D("redoma_b", "BL", "Redoma", "Niepoort", "Douro", "Douro", "blanc", VIN, [(2021, 75)]),
    D("vertente", "RG", "Vertente", "Niepoort", "Douro", "Douro", "rouge", VIN, [(2020, 75)]),
    D("dq_t", "RG", "Duas Quintas", "Ramos Pinto", "Douro", "Douro", "rouge", VIN,
      [(2020, 75), (2021, 75)]),
    D("dq_b", "BL", "Duas Quintas", "Ramos Pinto", "Douro", "Douro", "blanc", VIN, [(2022, 75)]),
    D("dq_res", "RG", "Duas Quintas Reserva", "Ramos Pinto", "Douro", "Douro", "rouge", VIN,
      [(2019, 75)]),
    D("meandro", "RG", "Meandro do Vale Meão", "Quinta do Vale Meão", "Douro", "Douro",
      "rouge", VIN, [(2020, 75)]),
    D("valemeao", "RG", "Quinta do Vale Meão", "Quinta do Vale Meão", "Douro", "Douro",
      "rouge", VIN, [(2019, 75)]),
    D("vallado", "RG", "Quinta do Vallado", "Quinta do Vallado", "Douro", "Douro", "rouge",
      VIN, [(2021, 75)]),
    D("chryseia", "RG", "Chryseia", "Prats & Symington", "Douro", "Douro", "rouge", VIN,
      [(2018, 75)]),
    D("postscriptum", "RG", "Post Scriptum de Chryseia", "Prats & Symington", "Douro", "Douro",
      "rouge", VIN, [(2020, 75)]),
    D("cedro", "RG", "Cedro do Noval", "Quinta do Noval", "Douro", "Douro", "rouge", VIN,
      [(2019, 75)]),
    # ---- Dão
    D("roques_enc", "BL", "Quinta dos Roques Encruzado", "Quinta dos Roques", "Dão", "Dão",
      "blanc", VIN, [(2021, 75)]),
    D("roques_tn", "RG", "Quinta dos Roques Touriga Nacional", "Quinta dos Roques", "Dão",
      "Dão", "rouge", VIN, [(2018, 75)]),
    D("roques_t", "RG", "Quinta dos Roques", "Quinta dos Roques", "Dão", "Dão", "rouge", VIN,
      [(2020, 75)]),
    D("pellada", "RG", "Quinta da Pellada", "Álvaro Castro", "Dão", "Dão", "rouge", VIN,
      [(2017, 75)]),
    D("santar", "RG", "Casa de Santar Reserva", "Casa de Santar", "Dão", "Dão", "rouge", VIN,
      [(2019, 75), (2019, 37.5)]),
    # ---- Alentejo
    D("esp_res_t", "RG", "Esporão Reserva", "Herdade do Esporão", "Alentejo", "Alentejo",
      "rouge", VIN, [(2019, 75), (2020, 75), (2019, 150), (2020, 37.5)]),
    D("esp_res_b", "BL", "Esporão Reserva", "Herdade do Esporão", "Alentejo", "Alentejo",
      "blanc", VIN, [(2022, 75)]),
    D("esp_colh_b", "BL", "Esporão Colheita", "Herdade do Esporão", "Alentejo", "Alentejo",
      "blanc", VIN, [(2022, 75)]),
    D("cartuxa", "RG", "Cartuxa Colheita", "Fundação Eugénio de Almeida", "Alentejo",
      "Alentejo", "rouge", VIN, [(2019, 75)]),
    D("peramanca", "RG", "Pêra-Manca", "Fundação Eugénio de Almeida", "Alentejo", "Alentejo",
      "rouge", VIN, [(2015, 75)]),
    D("ea", "RG", "EA", "Fundação Eugénio de Almeida", "Alentejo", "Alentejo", "rouge", VIN,
      [(2021, 75)]),
    D("mouchao", "RG", "Mouchão", "Herdade do Mouchão", "Alentejo", "Alentejo", "rouge", VIN,
      [(2015, 75), (2016, 75)]),
    D("tonel", "RG", "Mouchão Tonel 3-4", "Herdade do Mouchão", "Alentejo", "Alentejo",
      "rouge", VIN, [(2014, 75)]),
    D("rocim", "RG", "Rocim Amphora", "Herdade do Rocim", "Alentejo", "Alentejo", "rouge",
      VIN, [(2021, 75)]),
    # ---- Bairrada, Setúbal, rosés and sparkling
    D("vinhapan", "RG", "Vinha Pan", "Luis Pato", "Bairrada", "Bairrada", "rouge", VIN,
      [(2017, 75)]),
    D("pato_vv", "RG", "Luis Pato Vinhas Velhas", "Luis Pato", "Bairrada", "Bairrada",
      "rouge", VIN, [(2019, 75)]),
    D("tresb", "RS", "3B Rosé", "Filipa Pato", "Bairrada", "Bairrada", "rosé", VIN, NV75),
    D("periquita", "RG", "Periquita", "José Maria da Fonseca", "Península de Setúbal",
      "Península de Setúbal", "rouge", VIN, [(2021, 75)]),
    D("mateus", "RS", "Mateus Rosé", "Sogrape", "Vinho de Portugal", "Douro", "rosé", VIN,
      [(None, 75), (None, 37.5)]),
    D("murganheira", "EF", "Murganheira Bruto Reserva", "Murganheira", "Távora-Varosa",
      "Távora-Varosa", "effervescent", VIN, NV75),
    # ---- Spirits and liqueurs
    D("ginja_sr", "LQ", "Ginja Sem Rival", "Sem Rival", "Ginjinha", "Lisboa", None, SPI,
      [(None, 70)]),
    D("espinheira", "LQ", "Ginjinha Espinheira", "Espinheira", "Ginjinha", "Lisboa", None, SPI,
      [(None, 70)]),
    D("beirao", "LQ", "Licor Beirão", "Licor Beirão", "Licor", "Beira Interior", None, SPI,
      [(None, 70)]),
    D("adegavelha", "EV", "Adega Velha 12 Anos", "Aveleda", "Aguardente Vínica Velha",
      "Minho", None, SPI, [(None, 70)]),
    D("crf", "EV", "CR&F Reserva", "Carvalho, Ribeiro & Ferreira", "Aguardente Vínica Velha",
      "Lisboa", None, SPI, [(None, 70)]),
    D("macieira", "EV", "Macieira", "Macieira", "Brandy", "Lisboa", None, SPI, [(None, 100)]),
    D("bagaceira", "EV", "Bagaceira Velha", "Caves Aliança", "Aguardente Bagaceira",
      "Bairrada", None, SPI, [(None, 70)]),
    D("soalheiro_bag", "EV", "Aguardente Bagaceira de Alvarinho", "Quinta de Soalheiro",
      "Aguardente Bagaceira", "Minho", None, SPI, [(None, 50)]),
    # ---- Beers (draught held as 30 L kegs)
    D("superbock", "BI", "Super Bock", "Super Bock Group", "Cerveja", "Porto", None, BIE,
      [(None, 3000), (None, 25)]),
    D("sb_stout", "BI", "Super Bock Stout", "Super Bock Group", "Cerveja", "Porto", None, BIE,
      [(None, 25)]),
    D("sagres", "BI", "Sagres", "Sociedade Central de Cervejas", "Cerveja", "Lisboa", None,
      BIE, [(None, 3000), (None, 33)]),
    D("sagres_preta", "BI", "Sagres Preta", "Sociedade Central de Cervejas", "Cerveja",
      "Lisboa", None, BIE, [(None, 33)]),
    D("coral", "BI", "Coral", "Empresa de Cervejas da Madeira", "Cerveja", "Madeira", None,
      BIE, [(None, 33)]),
    # ---- Softs and waters
    D("sumol_lar", "SF", "Sumol Laranja", "Sumol+Compal", "Refrigerante", "Portugal", None,
      SOFT, [(None, 33)]),
    D("sumol_ana", "SF", "Sumol Ananás", "Sumol+Compal", "Refrigerante", "Portugal", None,
      SOFT, [(None, 33)]),
    D("compal_pera", "SF", "Compal Pêra", "Sumol+Compal", "Néctar", "Portugal", None, SOFT,
      [(None, 20)]),
    D("compal_pess", "SF", "Compal Pêssego", "Sumol+Compal", "Néctar", "Portugal", None, SOFT,
      [(None, 20)]),
    D("pedras", "SF", "Água das Pedras", "Super Bock Group", "Água mineral gasocarbónica",
      "Trás-os-Montes", None, SOFT, [(None, 25)]),
    D("luso", "SF", "Luso", "Sociedade da Água de Luso", "Água mineral natural", "Beiras",
      None, SOFT, [(None, 100), (None, 50)]),
    D("coca", "SF", "Coca-Cola", "The Coca-Cola Company", "Refrigerante", "Géorgie", None,
      SOFT, [(None, 33)], country="États-Unis"),
]

BY_KEY = {d["key"]: d for d in DRINKS}
assert len(BY_KEY) == len(DRINKS)
