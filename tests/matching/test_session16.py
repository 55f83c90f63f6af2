"""Session 16's mechanisms (docs/matching.md, "Session 16"), each found on a blind set of
an ordinary restaurant measured untouched first: an export's columns (a serving's code
and its centilitres apart, bare centilitres, the till's families), a hotel's room-service
code, words cut short anywhere, the style words that describe a drink named in full, the
staff's English and the tills' abbreviations."""

from __future__ import annotations

from decimal import Decimal

from tastevin.matching import Matcher
from tastevin.matching.fields import FieldSpec, learn_fields, strip_fields
from tastevin.matching.habits import Habits
from tastevin.matching.measure_codes import coded_size
from tests.matching.conftest import entry

GASCONY = [
    entry("bousc", "Château Bouscassé", "Alain Brumont", "Pacherenc du Vic-Bilh", "blanc", 2021),
    entry(
        "aydie",
        "Château d'Aydie",
        "Famille Laplace",
        "Pacherenc du Vic-Bilh",
        "liquoreux",
        2020,
        "50",
    ),
    entry("montus", "Château Montus", "Alain Brumont", "Madiran", "rouge", 2016),
    entry("montus_m", "Château Montus", "Alain Brumont", "Madiran", "rouge", 2016, "150"),
    entry("colo", "Colombelle L'Original", "Plaimont", "Côtes de Gascogne", "blanc", 2024),
    entry(
        "floc",
        "Floc de Gascogne blanc",
        "Tariquet",
        "Floc de Gascogne",
        "blanc",
        None,
        "75",
        "autre",
    ),
    entry("orangina", "Orangina", "Orangina", None, None, None, "25", "soft"),
    entry("pelle50", "San Pellegrino", "San Pellegrino", None, None, None, "50", "soft"),
    entry("pelle100", "San Pellegrino", "San Pellegrino", None, None, None, "100", "soft"),
    entry(
        "laubade",
        "Armagnac VSOP",
        "Château de Laubade",
        "Bas-Armagnac",
        None,
        None,
        "70",
        "spiritueux",
    ),
]


def _habits_and_matcher(labels: list[str]) -> tuple[Matcher, Habits]:
    matcher = Matcher(GASCONY)
    return matcher, matcher.learn_habits(labels)


COMPTA = [
    "1976;MADIRAN CH MONTUS;2016;BT;75",
    "1977;MADIRAN CH MONTUS;2016;BT;150",
    "2824;PACHERENC SEC BOUSCASSE;;VE;12,5",
    "2057;PACHERENC MOELL. CH D'AY;2020;BT;50",
    "2912;CDG COLOMBELLE BLANC;2024;PI;25",
    "2477;CDG COLOMBELLE BLANC;2024;BT;150",
    "7421;FLOC DE GASCOGNE BLANC;;VE;8",
    "4586;ARMAGNAC LAUBADE VSOP;;DO;4",
    "6114;SAN PELLEGRINO;;BT;50",
    "6115;SAN PELLEGRINO;;BT;100",
    "6200;ORANGINA;;BT;33",
    "6201;ORANGINA;;BT;25",
]


def test_an_exports_serving_code_and_its_centilitres_in_two_columns() -> None:
    matcher, habits = _habits_and_matcher(COMPTA)
    assert habits.fields is not None and habits.fields.sized_apart
    water = matcher.suggest("6114;SAN PELLEGRINO;;BT;50", habits=habits)
    assert (water.answer, water.candidates[0].entry_id) == ("yes", "pelle50")
    # no 33 cl Orangina is held: the column says the bottle, the answer is none
    assert matcher.suggest("6200;ORANGINA;;BT;33", habits=habits).answer == "none"
    glass = matcher.suggest("7421;FLOC DE GASCOGNE BLANC;;VE;8", habits=habits)
    assert glass.candidates[0].entry_id == "floc"
    assert glass.units_per_sale == Decimal("0.1067")  # 8 cl of 75 cl
    magnum = matcher.suggest("1977;MADIRAN CH MONTUS;2016;BT;150", habits=habits)
    assert magnum.candidates[0].entry_id == "montus_m"


def test_an_exports_column_of_bare_centilitres_is_the_sales_volume() -> None:
    labels = [
        "VINS ROUGES;MADIRAN MONTUS;2016;75;76,70",
        "VINS ROUGES;MADIRAN MONTUS;2016;150;150,00",
        "VINS BLANCS;COLOMBELLE;2024;75;22,00",
        "VINS BLANCS;COLOMBELLE;2024;25;7,50",
        "SOFTS;SAN PELLEGRINO;;50;4,20",
        "SOFTS;SAN PELLEGRINO;;100;6,20",
        "SOFTS;ORANGINA;;25;3,00",
        "SOFTS;ORANGINA;;50;4,00",
    ]
    matcher, habits = _habits_and_matcher(labels)
    magnum = matcher.suggest(labels[1], habits=habits)
    assert (magnum.answer, magnum.candidates[0].entry_id) == ("yes", "montus_m")
    water = matcher.suggest(labels[4], habits=habits)
    assert water.candidates[0].entry_id == "pelle50"
    assert matcher.suggest(labels[-1], habits=habits).answer == "none"


def test_an_exports_column_of_families_says_the_colour_not_a_word_of_the_name() -> None:
    rows = [
        f"{1000 + n};{name} {year} 75CL;{family};{n % 6 + 1};{20 + n},00"
        for n, (name, family) in enumerate(
            [
                ("SANCERRE BELLES VIGNES", "VINS BLANCS"),
                ("SANCERRE BROCHARD", "VINS ROSES"),
                ("MENETOU SALON CHATENOY", "VINS ROSES"),
                ("MENETOU SALON CHATENOY", "VINS BLANCS"),
                ("CHINON BAUDRY", "VINS ROUGES"),
                ("CHINON GRANGES", "VINS ROUGES"),
                ("QUINCY TREMBLAY", "VINS BLANCS"),
                ("REUILLY RENAUDAT", "VINS BLANCS"),
            ]
        )
        for year in (2021, 2022, 2023)
    ]
    rows += [
        "22222;LEFFE BLONDE 25CL;BIERES PRESSION;9;40,50",
        "33333;COCA COLA 33CL;SOFTS;12;36,00",
    ]
    vocabulary = frozenset({"sancerre", "menetou", "salon", "chinon", "quincy", "reuilly", "leffe"})
    spec = learn_fields(rows, vocabulary)
    assert spec is not None and spec.family == 2
    rose_row = "94777;MENETOU SALON CHATENOY 2023 75CL;VINS ROSES;4;95,68"
    white_row = "28356;MENETOU SALON CHATENOY 2023 75CL;VINS BLANCS;5;122,60"
    assert "rose" in strip_fields(rose_row, spec).split(";")
    assert "blancs" not in strip_fields(white_row, spec).lower()
    assert "BIERES PRESSION" in strip_fields(rows[-2], spec)  # the tap says the measure
    matcher = Matcher(
        [
            entry("chat_b", "Chatenoy", "Domaine de Chatenoy", "Menetou-Salon", "blanc", 2023),
            entry("chat_r", "Chatenoy", "Domaine de Chatenoy", "Menetou-Salon", "rosé", 2023),
        ]
    )
    habits = matcher.learn_habits(rows)
    rose = matcher.suggest(rose_row, habits=habits)
    white = matcher.suggest(white_row, habits=habits)
    assert (rose.answer, rose.candidates[0].entry_id) == ("yes", "chat_r")
    assert (white.answer, white.candidates[0].entry_id) == ("yes", "chat_b")


def test_a_field_spec_keeps_what_it_learnt_through_json() -> None:
    spec = FieldSpec(";", True, True, (False, True, True, True, False), 3, (1, 24), True, 2)
    assert FieldSpec.from_json(spec.to_json()) == spec
    older = [";", True, False, [False, True, True], None, None]  # as stored before
    assert FieldSpec.from_json(older) == FieldSpec(";", True, False, (False, True, True))


def test_a_hotels_room_service_code_among_its_family_codes_is_no_rose() -> None:
    labels = [
        *(f"CH20{n} RS btle montus 2016" for n in range(1, 6)),
        "CH210 RS btle bouscasse 2021",
        "CH211 RS 1/2 btle colombelle 2024",
        "CH212 RS btle colombelle 2024",
        "CH213 RS btle pacherenc aydie 2020",
        *(f"CH10{n} BAR verre madiran montus 2016" for n in range(1, 5)),
        "CH110 BAR verre colombelle 2024",
        "CH111 BAR dose laubade vsop",
        *(f"CH30{n} REST btle montus 2016" for n in range(1, 4)),
        "CH310 REST btle colombelle 2024",
        "CH311 REST btle bouscasse 2021",
        *(f"CH40{n} MINIB orangina" for n in range(1, 4)),
        "CH410 MINIB san pellegrino 50cl",
    ]
    matcher, habits = _habits_and_matcher(labels)
    found = matcher.suggest("CH207 RS btle montus 2016", habits=habits)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "montus")


def test_a_word_cut_short_anywhere_is_the_one_sale_word_it_starts() -> None:
    matcher = Matcher(GASCONY)
    sweet = matcher.suggest("PACHERENC MOELL. CH D'AYDIE 2020 50CL")
    assert (sweet.answer, sweet.candidates[0].entry_id) == ("yes", "aydie")
    beers = [
        entry("kro", "Kronenbourg", "Kronenbourg", None, None, None, "3000", "bière"),
        entry("gin", "Hendrick's", "Hendrick's", None, None, None, "70", "spiritueux"),
    ]
    girafe = Matcher(beers).suggest("GIRA KRON")  # a girafe: 250 cl drawn from the keg
    assert (girafe.answer, girafe.candidates[0].entry_id) == ("yes", "kro")
    assert girafe.units_per_sale == Decimal("0.0833")


def test_a_measure_word_before_its_centilitres_stays_the_tills_own() -> None:
    labels = [
        f"BLANCS;{name};cora {cl};11.00"
        for name in ("bouscasse", "colombelle", "floc")
        for cl in (10, 15)
    ]
    matcher, habits = _habits_and_matcher(labels)
    assert "cora" in habits.measures  # not read as "coravin"
    pour = matcher.suggest(labels[1], habits=habits)
    assert pour.candidates[0].entry_id == "bousc"
    assert pour.units_per_sale == Decimal("0.2")


def test_a_still_whites_sec_said_with_its_name_describes_it() -> None:
    matcher = Matcher(GASCONY)
    dry = matcher.suggest("Château Bouscassé – Pacherenc sec 2021 (bouteille)")
    assert (dry.answer, dry.candidates[0].entry_id) == ("yes", "bousc")
    # of an appellation said alone, "sec" says which appellation ("Bergerac sec")
    alone = Matcher(
        [entry("conti", "Cuvée des Conti", "Tour des Gendres", "Bergerac", "blanc", 2022)]
    ).suggest("Bergerac sec · bouteille")
    assert alone.answer == "none"


def test_brut_and_vintage_describe_a_champagne_named_in_full() -> None:
    houses = [
        entry(
            "boll",
            "Special Cuvée",
            "Bollinger",
            "Champagne",
            "effervescent",
            None,
            "75",
            "champagne",
        ),
        entry(
            "dp",
            "Dom Pérignon",
            "Moët & Chandon",
            "Champagne",
            "effervescent",
            2012,
            "75",
            "champagne",
        ),
        entry(
            "rbb",
            "Blanc de Blancs",
            "Ruinart",
            "Champagne",
            "effervescent",
            None,
            "75",
            "champagne",
        ),
        entry(
            "noble", "Noble Brut", "Lanson", "Champagne", "effervescent", 2008, "75", "champagne"
        ),
    ]
    matcher = Matcher(houses)
    assert (
        matcher.suggest("1 x Bollinger Special Cuvée Brut – Bottle").candidates[0].entry_id
        == "boll"
    )
    assert matcher.suggest("Bollinger Special Cuvée Brut").answer == "yes"
    assert matcher.suggest("Dom Pérignon Vintage (2012) – Bottle").answer == "yes"
    # a house's brut is not its Blanc de Blancs; "Le Vintage" is no Noble Brut
    assert matcher.suggest("Ruinart Brut – Bottle").answer == "none"
    assert matcher.suggest("Lanson Le Vintage 2012 - Bottle").answer == "none"


def test_a_glass_initial_and_one_digit_is_a_glass_of_that_many_centilitres() -> None:
    matcher = Matcher(GASCONY)
    floc = matcher.suggest("V8 FLOC BLC")
    assert (floc.answer, floc.units_per_sale) == ("yes", Decimal("0.1067"))
    # no glass holds 5 cl: "V5" is a table's number
    assert coded_size("v", "8") == Decimal(8)
    assert coded_size("v", "5") is None


def test_the_staffs_english_and_the_tills_abbreviations() -> None:
    library = [
        entry(
            "jadot",
            "Bourgogne Pinot Noir Couvent des Jacobins",
            "Louis Jadot",
            "Bourgogne",
            "rouge",
            2021,
        ),
        entry("jus", "Jus de pomme", "Alain Milliat", None, None, None, "33", "soft"),
        entry(
            "hda",
            "Calvados Hors d'Âge",
            "Christian Drouin",
            "Calvados Pays d'Auge",
            None,
            None,
            "70",
            "spiritueux",
        ),
        entry(
            "mill",
            "Calvados Millésime",
            "Christian Drouin",
            "Calvados Pays d'Auge",
            None,
            1996,
            "70",
            "spiritueux",
        ),
        entry(
            "pommeau",
            "Pommeau de Bretagne",
            "Warenghem",
            "Pommeau de Bretagne",
            None,
            None,
            "70",
            "autre",
        ),
        entry(
            "vcp",
            "Brut Carte Jaune",
            "Veuve Clicquot",
            "Champagne",
            "effervescent",
            None,
            "75",
            "champagne",
        ),
        entry("thivin", "Côte de Brouilly", "Château Thivin", "Côte de Brouilly", "rouge", 2022),
    ]
    matcher = Matcher(library)
    assert matcher.suggest("318 BTL RED BURGUNDY JADOT 2021").candidates[0].entry_id == "jadot"
    assert matcher.suggest("33CL APPLE JUICE MILLIAT").answer == "yes"
    assert matcher.suggest("CALVA DROUIN H.D.A 4CL").candidates[0].entry_id == "hda"
    assert matcher.suggest("DOSE POMMEAU BZH").answer == "yes"
    assert matcher.suggest("VCP carte jaune").candidates[0].entry_id == "vcp"
    assert matcher.suggest("VR CTE BROUILLY THIVIN 22").answer == "yes"


def test_a_flavour_is_a_variant_said_on_the_label() -> None:
    whiskies = [
        entry(
            "no7", "Jack Daniel's Old No. 7", "Jack Daniel's", None, None, None, "70", "spiritueux"
        ),
        entry(
            "honey",
            "Jack Daniel's Tennessee Honey",
            "Jack Daniel's",
            None,
            None,
            None,
            "70",
            "spiritueux",
        ),
    ]
    matcher = Matcher(whiskies)
    plain = matcher.suggest("4CL JACK DANIELS")
    assert (plain.answer, plain.candidates[0].entry_id) == ("yes", "no7")
    assert matcher.suggest("4CL JACK DANIELS HONEY").candidates[0].entry_id == "honey"


def test_a_wines_maison_is_the_house_wine_a_spirits_is_homemade() -> None:
    library = [
        entry("labarthe", "Gaillac Rouge", "Domaine de Labarthe", "Gaillac", "rouge", 2022),
        entry("limoncello", "Limoncello", "Villa Massa", None, None, None, "70", "spiritueux"),
    ]
    matcher = Matcher(library)
    house = matcher.suggest("Rouges > Gaillac maison Labarthe (pichet 50cl)")
    assert (house.answer, house.candidates[0].entry_id) == ("yes", "labarthe")
    assert matcher.suggest("Limoncello Maison Dose 7,00").answer == "none"


def test_the_basque_spelling_of_pacharan() -> None:
    library = [entry("zoco", "Pacharán", "Zoco", None, None, None, "100", "spiritueux")]
    found = Matcher(library).suggest("DOSE PATXARAN ZOCO")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "zoco")


BURGUNDY_HOTEL = [
    entry("jadot", "Bourgogne Pinot Noir", "Louis Jadot", "Bourgogne", "rouge", 2021),
    entry("laroche", "Chablis Saint Martin", "Domaine Laroche", "Chablis", "blanc", 2022),
    entry("coca", "Coca-Cola", "Coca-Cola", None, None, None, "33", "soft"),
    entry("evian", "Evian", "Evian", None, None, None, "50", "soft"),
    entry("remy", "Rémy Martin VSOP", "Rémy Martin", "Cognac", None, None, "70", "spiritueux"),
    entry("kro", "Kronenbourg", "Kronenbourg", None, None, None, "3000", "bière"),
]


def test_a_hotels_outlet_codes_go_on_with_an_article_number() -> None:
    labels = [
        "MINI 2453 33CL COCA COLA",
        "MINI 5035 50CL EVIAN",
        "MINI 5036 50CL EVIAN",
        "RSV 3504 BTL BGNE PN JADOT 2021",
        "RSV 1732 BTL CHABLIS LAROCHE 2022",
        "RSV 1733 BTL CHABLIS LAROCHE 2022",
        "BQT 9259 BTL BGNE PN JADOT 2021",
        "BQT 7128 BTL CHABLIS LAROCHE 2022",
        "BQT 7129 BTL CHABLIS LAROCHE 2022",
        "DIV 3643 DOSE COGNAC REMY VSOP",
        "DIV 2618 PINTE KRONENBOURG PRESSION",
        "DIV 2619 DEMI KRONENBOURG PRESSION",
        "SEM 8982 50CL EVIAN",
        "SEM 9518 BTL CHABLIS LAROCHE 2022",
        "SEM 9519 BTL BGNE PN JADOT 2021",
    ]
    matcher = Matcher(BURGUNDY_HOTEL)
    habits = matcher.learn_habits(labels)
    assert {"mini ", "rsv "} <= set(habits.prefixes)
    coca = matcher.suggest(labels[0], habits=habits)  # the minibar's, no miniature
    assert (coca.answer, coca.candidates[0].entry_id) == ("yes", "coca")
    wine = matcher.suggest(labels[3], habits=habits)  # "RSV" files the sale: no "réserve"
    assert (wine.answer, wine.candidates[0].entry_id) == ("yes", "jadot")


def test_two_letters_start_the_word_that_follows_in_the_library() -> None:
    waters = [
        entry("pelle", "San Pellegrino", "San Pellegrino", None, None, None, "100", "soft"),
        entry("leffe", "Leffe Brune", "Abbaye de Leffe", None, None, None, "3000", "bière"),
        entry("leffeb", "Leffe Blonde", "Abbaye de Leffe", None, None, None, "3000", "bière"),
    ]
    matcher = Matcher(waters)
    assert matcher.suggest("SAN PE 1L").candidates[0].entry_id == "pelle"
    brown = matcher.suggest("GAL LEFFE BR 4,00")
    assert (brown.answer, brown.candidates[0].entry_id) == ("yes", "leffe")


def test_eau_de_vie_is_a_kind_of_spirit() -> None:
    library = [
        entry(
            "poire", "Poire Williams", "Distillerie Massenez", None, None, None, "70", "spiritueux"
        ),
    ]
    matcher = Matcher(library)
    brandy = matcher.suggest("EAU DE VIE POIRE WILLIAMS DOSE 2CL")
    assert (brandy.answer, brandy.candidates[0].entry_id) == ("yes", "poire")
    # the house's own pear brandy is none of the library's
    assert matcher.suggest("EAU DE VIE POIRE MAISON DOSE 2CL").answer == "none"
