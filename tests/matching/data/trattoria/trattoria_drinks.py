"""The drinks of "Trattoria Lucciola" (Paris 11e): the library, one entry per wine,
vintage and format.

Each drink: key, name, producer, appellation, region, country, colour, category, and
``formats``: {format_cl: [vintages]} (``None`` for a non-vintage drink). The build gives
ids ``w001``... in this order, formats in the order written, vintages ascending.
"""

IT, FR = "Italie", "France"
PIE, TOS, VEN, LOM, SIC, PUG, CAM, AA, EMR = (
    "Piémont", "Toscane", "Vénétie", "Lombardie", "Sicile", "Pouilles", "Campanie",
    "Haut-Adige", "Émilie-Romagne")

NV = [None]


def _w(key, name, producer, appellation, region, colour, formats, country=IT, category="vin"):
    return {"key": key, "name": name, "producer": producer, "appellation": appellation,
                "region": region, "country": country, "colour": colour, "category": category,
                "formats": formats}


def _o(key, name, producer, appellation, category, fmts, region=None, country=IT):
    """A drink that is no wine: colour null, no vintage; fmts one size or a tuple."""
    fmts = fmts if isinstance(fmts, tuple) else (fmts,)
    return {"key": key, "name": name, "producer": producer, "appellation": appellation,
                "region": region, "country": country, "colour": None, "category": category,
                "formats": dict.fromkeys(fmts, NV)}


DRINKS = [
    # --- Piémont
    _w("scav_bar", "Barolo", "Paolo Scavino", "Barolo", PIE, "rouge",
       {75: [2018, 2019], 150: [2016]}),
    _w("scav_bdf", "Barolo Bric dël Fiasc", "Paolo Scavino", "Barolo", PIE, "rouge", {75: [2017]}),
    _w("scav_dol", "Dolcetto d'Alba", "Paolo Scavino", "Dolcetto d'Alba", PIE, "rouge", {75: [2022]}),
    _w("odd_roc", "Barolo Rocche di Castiglione", "Oddero", "Barolo", PIE, "rouge",
       {75: [2018, 2019]}),
    _w("odd_neb", "Langhe Nebbiolo", "Oddero", "Langhe", PIE, "rouge", {75: [2021, 2022]}),
    _w("gaja_bb", "Barbaresco", "Gaja", "Barbaresco", PIE, "rouge", {75: [2019], 150: [2017]}),
    _w("rocca_ron", "Barbaresco Ronchi", "Albino Rocca", "Barbaresco", PIE, "rouge",
       {75: [2019, 2020]}),
    _w("corr_arn", "Roero Arneis", "Matteo Correggia", "Roero", PIE, "blanc", {75: [2022, 2023]}),
    # --- Toscane
    _w("fel_cc", "Chianti Classico Berardenga", "Fèlsina", "Chianti Classico", TOS, "rouge",
       {75: [2020, 2021], 37.5: [2021]}),
    _w("fel_ran", "Chianti Classico Riserva Rancia", "Fèlsina", "Chianti Classico", TOS, "rouge",
       {75: [2019]}),
    _w("vol_cc", "Chianti Classico", "Castello di Volpaia", "Chianti Classico", TOS, "rouge",
       {75: [2021]}),
    _w("vol_ris", "Chianti Classico Riserva", "Castello di Volpaia", "Chianti Classico", TOS,
       "rouge", {75: [2019, 2020]}),
    _w("vol_vs", "Vin Santo del Chianti Classico", "Castello di Volpaia",
       "Vin Santo del Chianti Classico", TOS, "liquoreux", {50: [2015]}),
    _w("bro_cc", "Brolio Chianti Classico", "Barone Ricasoli", "Chianti Classico", TOS, "rouge",
       {75: [2021, 2022]}),
    _w("pog_bdm", "Brunello di Montalcino", "Il Poggione", "Brunello di Montalcino", TOS, "rouge",
       {75: [2017, 2018], 150: [2016]}),
    _w("pog_rdm", "Rosso di Montalcino", "Il Poggione", "Rosso di Montalcino", TOS, "rouge",
       {75: [2021, 2022]}),
    _w("bs_bdm", "Brunello di Montalcino", "Biondi-Santi", "Brunello di Montalcino", TOS, "rouge",
       {75: [2016]}),
    _w("io_cep", "Cepparello", "Isole e Olena", "Toscana IGT", TOS, "rouge", {75: [2019, 2020]}),
    _w("mac_bol", "Bolgheri Rosso", "Le Macchiole", "Bolgheri", TOS, "rouge", {75: [2021]}),
    # --- Vénétie, Lombardie
    _w("masi_ama", "Amarone della Valpolicella Classico Costasera", "Masi",
       "Amarone della Valpolicella", VEN, "rouge",
       {75: [2017, 2018], 150: [2015], 37.5: [2016]}),
    _w("masi_cf", "Campofiorin", "Masi", "Rosso del Veronese", VEN, "rouge", {75: [2020, 2021]}),
    _w("speri_ama", "Amarone della Valpolicella Classico Sant'Urbano", "Speri",
       "Amarone della Valpolicella", VEN, "rouge", {75: [2016, 2017]}),
    _w("speri_val", "Valpolicella Classico Superiore Sant'Urbano", "Speri", "Valpolicella", VEN,
       "rouge", {75: [2020, 2021]}),
    _w("zen_rip", "Valpolicella Ripasso Superiore", "Zenato", "Valpolicella Ripasso", VEN,
       "rouge", {75: [2020, 2021]}),
    _w("inama_soave", "Soave Classico", "Inama", "Soave", VEN, "blanc", {75: [2022, 2023]}),
    _w("inama_fos", "Soave Classico Vigneti di Foscarino", "Inama", "Soave", VEN, "blanc",
       {75: [2021]}),
    _w("frati", "Lugana I Frati", "Ca' dei Frati", "Lugana", LOM, "blanc", {75: [2022, 2023]}),
    _w("bisol_crede", "Valdobbiadene Prosecco Superiore Crede", "Bisol",
       "Valdobbiadene Prosecco Superiore", VEN, "effervescent", {75: NV, 150: NV}),
    _w("bisol_cart", "Cartizze", "Bisol", "Valdobbiadene Superiore di Cartizze", VEN,
       "effervescent", {75: NV}),
    _w("rug_gio", "Valdobbiadene Prosecco Superiore Giall'Oro", "Ruggeri",
       "Valdobbiadene Prosecco Superiore", VEN, "effervescent", {75: NV}),
    _w("berl_brut", "'61 Franciacorta Brut", "Berlucchi", "Franciacorta", LOM, "effervescent",
       {75: NV, 150: NV}),
    _w("berl_rose", "'61 Franciacorta Rosé", "Berlucchi", "Franciacorta", LOM, "rosé", {75: NV}),
    _w("mr_prima", "Franciacorta Prima Cuvée Brut", "Monte Rossa", "Franciacorta", LOM,
       "effervescent", {75: NV}),
    # --- Sicile, Pouilles, Campanie
    _w("ben_er", "Etna Rosso", "Benanti", "Etna", SIC, "rouge", {75: [2020, 2021]}),
    _w("ben_eb", "Etna Bianco", "Benanti", "Etna", SIC, "blanc", {75: [2022]}),
    _w("ben_pm", "Pietra Marina", "Benanti", "Etna", SIC, "blanc", {75: [2018]}),
    _w("tn_er", "Etna Rosso", "Tenuta delle Terre Nere", "Etna", SIC, "rouge", {75: [2021]}),
    _w("df_sher", "Sherazade", "Donnafugata", "Sicilia", SIC, "rouge", {75: [2022, 2023]}),
    _w("df_ben", "Ben Ryé", "Donnafugata", "Passito di Pantelleria", SIC, "liquoreux",
       {75: [2020], 37.5: [2021]}),
    _w("pla_cer", "Cerasuolo di Vittoria", "Planeta", "Cerasuolo di Vittoria", SIC, "rouge",
       {75: [2021, 2022]}),
    _w("sm_60", "Sessantanni", "Cantine San Marzano", "Primitivo di Manduria", PUG, "rouge",
       {75: [2019, 2020], 150: [2018]}),
    _w("ldc_5r", "Five Roses", "Leone de Castris", "Salento", PUG, "rosé", {75: [2023]}),
    _w("fino_es", "Es", "Gianfranco Fino", "Primitivo di Manduria", PUG, "rouge", {75: [2020]}),
    _w("feudi_fiano", "Fiano di Avellino", "Feudi di San Gregorio", "Fiano di Avellino", CAM,
       "blanc", {75: [2022]}),
    # --- Haut-Adige, Émilie
    _w("terl_cl", "Terlaner Classico", "Cantina Terlano", "Alto Adige Terlano", AA, "blanc",
       {75: [2022, 2023]}),
    _w("terl_vor", "Vorberg Pinot Bianco Riserva", "Cantina Terlano", "Alto Adige Terlano", AA,
       "blanc", {75: [2020]}),
    _w("tram_nuss", "Gewürztraminer Nussbaumer", "Cantina Tramin", "Alto Adige", AA, "blanc",
       {75: [2022]}),
    _w("medici_conc", "Lambrusco Concerto", "Medici Ermete", "Lambrusco Reggiano", EMR, "rouge",
       {75: [2022, 2023]}),
    _w("chiarli_vm", "Vecchia Modena Premium", "Cleto Chiarli", "Lambrusco di Sorbara", EMR,
       "rouge", {75: NV}),
    # --- France
    _w("jab_p45", "Parallèle 45", "Paul Jaboulet Aîné", "Côtes du Rhône", "Vallée du Rhône",
       "rouge", {75: [2021, 2022]}, country=FR),
    _w("chab_ven", "Chablis Les Vénérables Vieilles Vignes", "La Chablisienne", "Chablis",
       "Bourgogne", "blanc", {75: [2021]}, country=FR),
    _w("mignon_brut", "Premium Réserve Brut", "Charles Mignon", "Champagne", "Champagne",
       "effervescent", {75: NV, 37.5: NV}, country=FR, category="champagne"),
    _w("mignon_rose", "Premium Rosé Brut", "Charles Mignon", "Champagne", "Champagne", "rosé",
       {75: NV}, country=FR, category="champagne"),
    # --- Aperitivi, amari, grappe, liquori (70 cl unless written)
    _o("campari", "Campari", "Campari", "Bitter", "spiritueux", 70),
    _o("aperol", "Aperol", "Barbieri", "Aperitivo", "spiritueux", 70),
    _o("professore", "Vermouth del Professore Rosso", "Antica Distilleria Quaglia",
       "Vermouth di Torino", "autre", 75),
    _o("meletti", "Amaro Meletti", "Silvio Meletti", "Amaro", "spiritueux", 70),
    _o("amaro_nard", "Amaro Nardini", "Bortolo Nardini", "Amaro", "spiritueux", 70),
    _o("grappa_nard", "Grappa Bianca", "Bortolo Nardini", "Grappa", "spiritueux", 70),
    _o("sarpa", "Sarpa di Poli", "Jacopo Poli", "Grappa", "spiritueux", 70),
    _o("marzadro", "Le Diciotto Lune", "Marzadro", "Grappa", "spiritueux", 70),
    _o("limoncello", "Limoncello di Capri", "Limoncello di Capri", "Liquore di limoni",
       "spiritueux", 70),
    _o("strega", "Liquore Strega", "Strega Alberti", "Liquore", "spiritueux", 70),
    _o("mirto", "Mirto di Sardegna", "Zedda Piras", "Liquore di mirto", "spiritueux", 70),
    _o("vecchia_rom", "Vecchia Romagna Etichetta Nera", "Vecchia Romagna", "Brandy italiano",
       "spiritueux", 70),
    # --- Birre: two kegs, bottles
    _o("tipopils", "Tipopils", "Birrificio Italiano", None, "bière", (3000, 33)),
    _o("via_emilia", "Via Emilia", "Birra del Ducato", None, "bière", 2000),
    _o("ducato_verdi", "Verdi Imperial Stout", "Birra del Ducato", None, "bière", 33),
    _o("poretti", "Poretti 4 Luppoli", "Birrificio Angelo Poretti", None, "bière", (33, 66)),
    # --- Acque e bibite
    _o("spell", "S.Pellegrino", "Sanpellegrino", None, "soft", (75, 50)),
    _o("levissima", "Levissima", "Levissima", None, "soft", 75),
    _o("crodino", "Crodino", "Crodino", None, "soft", 10),
    _o("sanbitter", "Sanbittèr", "Sanpellegrino", None, "soft", 10),
    _o("coca", "Coca-Cola", "Coca-Cola", None, "soft", 33, country="États-Unis"),
    _o("galv_aranc", "Aranciata Rossa", "Galvanina", None, "soft", 35.5),
    _o("galv_lim", "Limonata", "Galvanina", None, "soft", 35.5),
]

FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category",
          "vintage", "format_cl"]


def fmt_cl(f):
    """35.5 stays 35.5, 75.0 is written 75."""
    return int(f) if float(f).is_integer() else f


def library():
    """Library rows in order, and an index: key -> {format: {vintage: id}}."""
    rows, index = [], {}
    n = 0
    for d in DRINKS:
        index[d["key"]] = {}
        for fmt, vintages in d["formats"].items():
            index[d["key"]][fmt] = {}
            for v in sorted(vintages, key=lambda x: (x is not None, x)):
                n += 1
                bid = "w%03d" % n
                index[d["key"]][fmt][v] = bid
                row = {"id": bid}
                for f in FIELDS[1:8]:
                    row[f] = d[f]
                row["vintage"] = v
                row["format_cl"] = fmt_cl(fmt)
                rows.append(row)
    return rows, index


BY_KEY = {d["key"]: d for d in DRINKS}
