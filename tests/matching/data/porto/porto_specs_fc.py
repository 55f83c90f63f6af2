"""What was typed on the French counter till (F) and in the catalogue export (C).

yf / yc(key, measure, vintage, text)  a product meant for the drink `key`;
nf(fam, measure, vintage, text, kind, reason) / nc(measure, vintage, text, kind, reason)
a product that is no drink of the library. F's text is ASCII capitals (ages `20A`), C's the
importer's catalogue name (ages `20Y`, `Red` / `White`).
"""


def _s(till, key, fam, measure, vintage, text, kind=None, reason=None):
    return {
        "till": till,
        "key": key,
        "fam": fam,
        "measure": measure,
        "vintage": vintage,
        "text": text,
        "mods": "",
        "kind": kind,
        "reason": reason,
    }


def yf(key, measure, vintage, text):
    return _s("F", key, None, measure, vintage, text)


def nf(fam, measure, vintage, text, kind, reason):
    return _s("F", None, fam, measure, vintage, text, kind, reason)


def yc(key, measure, vintage, text):
    return _s("C", key, None, measure, vintage, text)


def nc(measure, vintage, text, kind, reason):
    return _s("C", None, None, measure, vintage, text, kind, reason)


SPECS_F = [
    # ---- ports: 6CL is the port glass
    yf("tay_t10", "calice", None, "TAYLOR 10A"),
    yf("tay_t20", "btl", None, "TAYLOR TAWNY 20A"),
    yf("tay_t40", "calice", None, "TAYLOR 40A"),
    yf("tay_chip", "calice", None, "TAYLOR CHIP DRY"),
    yf("tay_lbv", "calice", 2017, "TAYLOR LBV"),
    yf("tay_lbv", "btl", 2019, "TAYLOR LBV"),
    yf("tay_lbv", "half", 2018, "TAYLOR LBV"),
    yf("tay_vint", "btl", 2011, "TAYLOR VINTAGE"),
    yf("tay_vint", "mag", 2016, "TAYLOR VINTAGE"),
    yf("nie_colh", "calice", 1997, "NIEPOORT COLHEITA"),
    yf("nie_colh", "btl", 1995, "NIEPOORT COLH"),
    yf("nie_vint", "btl", 2016, "NIEPOORT VINTAGE"),
    yf("nie_t10", "calice", None, "NIEPOORT 10A"),
    yf("rp_ervamoira", "calice", None, "RAMOS PINTO ERVAMOIRA"),
    yf("rp_lbv", "btl", 2017, "RAMOS PINTO LBV"),
    yf("nov_lbv", "calice", 2016, "NOVAL LBV UNFILT"),
    yf("nov_vint", "btl", 2011, "QTA DO NOVAL VINTAGE"),
    yf("nov_colh", "btl", 2000, "NOVAL COLHEITA"),
    yf("fon_vint", "btl", 2017, "FONSECA VINTAGE"),
    yf("san_founders", "calice", None, "SANDEMAN FOUNDERS"),
    yf("kop_wcolh", "btl", 2005, "KOPKE WHITE COLH"),
    yf("fer_duque", "calice", None, "DUQUE DE BRAG 20A"),
    # ---- Madeira and Moscatel
    yf("bla_malm5", "calice", None, "BLANDY MALMSEY 5A"),
    yf("bla_serc10", "calice", None, "BLANDY SERC 10A"),
    yf("bla_malm15", "b50", None, "BLANDY MALM 15A"),
    yf("bar_boal", "calice", 2004, "BARBEITO BOAL"),
    yf("dol_verd", "calice", 1981, "D OLIVEIRAS VERDELHO"),
    yf("jmf_alambre", "calice", 2017, "JMF ALAMBRE"),
    yf("bac_moscatel", "calice", 2015, "BACALHOA MOSCATEL"),
    # ---- wines: the family code carries the colour
    yf("muros", "copo", 2022, "MUROS ANTIGOS"),
    yf("aphros", "btl", 2021, "APHROS LOUREIRO"),
    yf("crasto_rvv", "btl", 2019, "CRASTO VINHAS VELHAS"),
    yf("redoma_t", "copo", 2019, "REDOMA"),
    yf("vertente", "btl", 2021, "NIEPOORT VERTENTE"),
    yf("dq_t", "btl", 2019, "DUAS QUINTAS"),
    yf("valemeao", "btl", 2019, "QTA DO VALE MEAO"),
    yf("chryseia", "btl", 2017, "CHRYSEIA"),
    yf("cedro", "copo", 2019, "CEDRO DO NOVAL"),
    yf("roques_tn", "btl", 2018, "ROQUES TOURIGA NACIONAL"),
    yf("pellada", "btl", 2015, "QTA DA PELLADA"),
    yf("esp_res_t", "copo", 2019, "ESPORAO RES"),
    yf("esp_res_t", "mag", 2019, "ESPORAO RES"),
    yf("esp_res_b", "btl", 2022, "ESPORAO RESERVA"),
    yf("ea", "copo", 2021, "EA FUNDACAO"),
    yf("tonel", "btl", 2016, "MOUCHAO TONEL 3-4"),
    yf("pato_vv", "btl", 2017, "LUIS PATO VV"),
    yf("periquita", "jarro", None, "PERIQUITA"),
    yf("periquita", "btl", 2021, "FONSECA PERIQUITA"),
    yf("mateus", "btl", None, "MATEUS ROSE"),
    yf("murganheira", "btl", None, "MURGANHEIRA BRUTO RES"),
    # ---- spirits, beers, softs
    yf("ginja_sr", "copinho", None, "GINJA SEM RIVAL"),
    yf("crf", "copinho", None, "CR&F RESERVA"),
    yf("soalheiro_bag", "copinho", None, "BAGACEIRA SOALHEIRO"),
    yf("superbock", "caneca", None, "SUPER BOCK"),
    yf("sagres", "imperial", None, "SAGRES"),
    yf("sb_stout", "mini", None, "SUPER BOCK STOUT"),
    yf("sumol_lar", "lata", None, "SUMOL ORANGE"),
    yf("coca", "lata", None, "COCA"),
    # ---- formats the library does not hold (computed to none)
    yf("tay_t30", "half", None, "TAYLOR 30A"),
    yf("nie_colh", "half", 2005, "NIEPOORT COLH"),
    yf("esp_res_b", "mag", 2022, "ESPORAO RES"),
    yf("bla_malm10", "b75", None, "BLANDY MALM 10A"),
    yf("coral", "caneca", None, "CORAL"),
    # ---- none: food, coffee, services
    nf("CU", None, None, "BACALHAU BRAS", "food", "food"),
    nf("CU", None, None, "PASTEIS NATA X2", "food", "pastry"),
    nf("CU", None, None, "FRANCESINHA", "food", "food"),
    nf("CA", None, None, "CAFE", "food", "coffee"),
    nf("DV", None, None, "DROIT BOUCHON", "food", "corkage, a service"),
    # ---- none: drinks made at the bar
    nf("CK", None, None, "PORTO TONIC", "cocktail", "white port and tonic"),
    nf("CK", "jarro", None, "SANGRIA", "cocktail", "sangria, made at the bar"),
    nf("BI", "caneca", None, "PANACHE", "cocktail", "beer and lemonade shandy"),
    # ---- none: generic labels
    nf("RG", "copo", None, "ROUGE MAISON", "generic", "generic house red"),
    nf("PT", "calice", None, "PORTO MAISON", "generic", "generic house port"),
    nf("BL", "copo", None, "VINHO VERDE", "generic", "generic: four vinhos verdes held"),
    nf("BI", "imperial", None, "PRESSION", "generic", "a draught without its beer"),
    # ---- none: a house, style or appellation alone when several drinks fit
    nf("PT", "calice", None, "NOVAL", "alone", "Noval alone: six ports held"),
    nf("PT", "calice", None, "SANDEMAN", "alone", "Sandeman alone: two ports held"),
    nf("PT", "calice", None, "PORTO 20A", "alone", "a 20 anos without its house: five held"),
    nf(
        "PT",
        "btl",
        2018,
        "PORTO LBV",
        "alone",
        "an LBV without its house: Taylor's, Ramos Pinto and Fonseca 2018 held",
    ),
    nf(
        "PT",
        "btl",
        2017,
        "TAYLOR",
        "alone",
        "Taylor's 2017 without LBV or Vintage: both held in 2017",
    ),
    nf(
        "MA",
        "calice",
        None,
        "BLANDY 10A",
        "alone",
        "Blandy's 10 anos without its grape: Malmsey and Sercial held",
    ),
    nf("LQ", "copinho", None, "GINJINHA", "alone", "ginjinha alone: two held"),
    nf("SF", "b20", None, "COMPAL", "alone", "Compal alone: Pêra and Pêssego held"),
    # ---- none: another age
    nf("PT", "calice", None, "FONSECA 10A", "age", "Fonseca holds the 20 anos"),
    nf("PT", "calice", None, "KOPKE 20A", "age", "Kopke holds the 10 anos"),
    nf("PT", "calice", None, "NIEPOORT 20A", "age", "Niepoort holds the 10 anos"),
    nf(
        "PT",
        "calice",
        None,
        "RAMOS PINTO 30A",
        "age",
        "Ramos Pinto holds the 10 (Ervamoira) and 20 anos (Bom Retiro)",
    ),
    nf("MA", "calice", None, "H&H MALMSEY 15A", "age", "H&H Malmsey held in 10 anos"),
    # ---- none: another style
    nf("PT", "calice", None, "TAYLOR TAWNY", "style", "Taylor's plain tawny (no age) not held"),
    nf("PT", "calice", None, "SANDEMAN WHITE", "style", "Sandeman's white port not held"),
    nf("PT", "calice", None, "RAMOS PINTO RUBY", "style", "Ramos Pinto's ruby not held"),
    nf(
        "PT",
        "btl",
        2017,
        "RAMOS PINTO VINT",
        "style",
        "Ramos Pinto's Vintage line not held (its LBV is)",
    ),
    nf("PT", "btl", 2018, "CROFT LBV", "style", "Croft holds the Pink only"),
    # ---- none: another cuvée, colour, or a wine sharing words
    nf("RG", "btl", 2020, "CRASTO SUPERIOR", "cuvee", "another Crasto wine"),
    nf(
        "RG",
        "btl",
        2017,
        "DUAS QUINTAS RES ESP",
        "cuvee",
        "Duas Quintas Reserva Especial, not the Reserva",
    ),
    nf("RG", "btl", 2019, "QTA DO VESUVIO", "share", "an estate not held"),
    nf("RS", "btl", 2022, "REDOMA ROSE", "colour", "Redoma held in red and white"),
    nf("RS", "btl", None, "CASAL GARCIA ROSE", "colour", "Casal Garcia held in white"),
    nf("EV", "copinho", None, "MEDRONHO", "generic", "a medronho, none held"),
]

SPECS_C = [
    # ---- ports
    yc("tay_t20", "btl", None, "Taylor's Tawny 20Y"),
    yc("tay_t10", "half", None, "Taylor's Tawny 10Y"),
    yc("tay_t40", "calice", None, "Taylor's Tawny 40Y"),
    yc("tay_vint", "btl", None, "Taylor's Vintage Port"),
    yc("tay_lbv", "btl", 2015, "Taylor's Late Bottled Vintage"),
    yc("nie_vint", "btl", 2017, "Niepoort Vintage Port"),
    yc("nie_colh", "btl", 2010, "Niepoort Colheita"),
    yc("nie_white", "btl", None, "Niepoort Dry White Port"),
    yc("rp_bomretiro", "calice", None, "Ramos Pinto Quinta do Bom Retiro 20Y"),
    yc("rp_lbv", "btl", 2018, "Ramos Pinto LBV"),
    yc("nov_vint", "btl", 2017, "Quinta do Noval Vintage Port"),
    yc("nov_lbv", "btl", 2017, "Quinta do Noval LBV Unfiltered"),
    yc("fon_lbv", "btl", 2016, "Fonseca LBV"),
    yc("fon_bin27", "btl", None, "Fonseca Bin 27"),
    yc("kop_colh", "btl", 2008, "Kopke Colheita"),
    yc("kop_colh", "btl", 1999, "Kopke Colheita"),
    yc("fer_antonia", "btl", None, "Ferreira Dona Antónia Reserva"),
    # ---- Madeira and Moscatel
    yc("bla_malm15", "calice", None, "Blandy's Malmsey 15Y"),
    yc("bla_serc10", "b50", None, "Blandy's Sercial 10Y"),
    yc("hh_verd15", "b50", None, "Henriques & Henriques Verdelho 15Y"),
    yc("bar_boal", "b50", 2008, "Barbeito Boal Colheita"),
    yc("dol_verd", "btl", 1985, "D'Oliveiras Verdelho Frasqueira"),
    yc("jmf_alambre20", "b50", None, "José Maria da Fonseca Alambre 20Y"),
    yc("jmf_alambre", "btl", 2020, "José Maria da Fonseca Alambre Moscatel de Setúbal"),
    # ---- wines
    yc("muros", "btl", 2023, "Anselmo Mendes Muros Antigos Alvarinho"),
    yc("crasto_rvv", "btl", 2017, "Quinta do Crasto Reserva Vinhas Velhas"),
    yc("redoma_b", "copo", 2021, "Niepoort Redoma White"),
    yc("dq_t", "btl", 2021, "Ramos Pinto Duas Quintas Red"),
    yc("valemeao", "btl", 2018, "Quinta do Vale Meão"),
    yc("chryseia", "btl", 2018, "Prats & Symington Chryseia"),
    yc("esp_res_t", "btl", 2020, "Esporão Reserva Red"),
    yc("esp_res_t", "half", 2020, "Esporão Reserva Red"),
    yc("peramanca", "btl", 2015, "Pêra-Manca Red"),
    yc("mouchao", "btl", 2015, "Herdade do Mouchão"),
    yc("tonel", "btl", 2014, "Mouchão Tonel 3-4"),
    yc("vinhapan", "btl", 2016, "Luis Pato Vinha Pan"),
    yc("murganheira", "btl", None, "Murganheira Bruto Reserva"),
    # ---- spirits, beers, softs, waters
    yc("adegavelha", "b70", None, "Adega Velha Aguardente 12Y"),
    yc("espinheira", "copinho", None, "Ginjinha Espinheira"),
    yc("sagres", "caneca", None, "Sagres"),
    yc("superbock", "mini", None, "Super Bock"),
    yc("sumol_lar", "lata", None, "Sumol Laranja"),
    yc("luso", "b100", None, "Luso Água Mineral"),
    # ---- formats the library does not hold (computed to none)
    yc("tay_vint", "half", 2017, "Taylor's Vintage Port"),
    yc("mateus", "mag", None, "Mateus Rosé"),
    yc("coral", "imperial", None, "Coral"),
    yc("luso", "b33", None, "Luso Água Mineral"),
    # ---- none: food, services
    nc(None, None, "Polvo à Lagareiro", "food", "food"),
    nc(None, None, "Arroz de Pato", "food", "food"),
    nc(None, None, "Queijo da Serra", "food", "cheese"),
    nc(None, None, "Corkage", "food", "corkage, a service"),
    # ---- none: drinks made at the bar
    nc(None, None, "Porto Tónico", "cocktail", "white port and tonic"),
    nc("jarro", None, "Sangria Branca", "cocktail", "white sangria, made at the bar"),
    nc(None, None, "Caipirinha", "cocktail", "a cocktail"),
    # ---- none: generic labels
    nc("copo", None, "House Red", "generic", "generic house red"),
    nc("calice", None, "House Tawny", "generic", "generic house port"),
    # ---- none: a house, style or appellation alone when several drinks fit
    nc("calice", None, "Fonseca Port", "alone", "Fonseca alone: five ports held"),
    nc(
        "btl",
        2017,
        "Vintage Port",
        "alone",
        "a Vintage Port without its house: Taylor's, Niepoort and Noval 2017 held",
    ),
    nc(
        "calice",
        None,
        "Madeira Malmsey 10Y",
        "alone",
        "a Malmsey 10 anos without its house: Blandy's and H&H held",
    ),
    # ---- none: another age
    nc("calice", None, "Fonseca Tawny 40Y", "age", "Fonseca holds the 20 anos"),
    nc("btl", None, "Kopke Tawny 30Y", "age", "Kopke holds the 10 anos"),
    nc("b50", None, "Blandy's Bual 10Y", "age", "Blandy's Bual held in 5 anos"),
    # ---- none: another style or wine of a held house
    nc("btl", None, "Taylor's Fine Ruby", "style", "Taylor's ruby not held"),
    nc("btl", 2018, "Sandeman Vau Vintage", "style", "Sandeman's Vintage line not held"),
    nc(
        "btl",
        2016,
        "Quinta do Noval Nacional",
        "style",
        "Nacional, another wine than Noval's Vintage",
    ),
    # ---- none: another cuvée, colour, or a wine sharing words
    nc("btl", 2019, "Niepoort Batuta", "cuvee", "another Niepoort Douro wine"),
    nc("btl", 2021, "Esporão Private Selection White", "cuvee", "another Esporão cuvée"),
    nc("btl", 2018, "Cartuxa Reserva Red", "cuvee", "Cartuxa Reserva, not the Cartuxa Colheita"),
    nc("btl", 2018, "Quinta de la Rosa LBV", "share", "a port house not held"),
    nc("btl", 2022, "Quinta do Crasto Douro White", "colour", "Crasto held in red only"),
]
