"""A till's habits learnt from its own labels (issue 11): family prefixes and what they
announce, truncation width, case style; and the matcher reading labels with them."""

from __future__ import annotations

from decimal import Decimal

from tastevin.matching import Matcher
from tastevin.matching.habits import Habits, learn
from tests.matching.conftest import entry

TILL_A = [
    "ROUGE/CH BELLE CROIX 16",
    "ROUGE/CROZES GALETS ROU",
    "ROUGE/SANCERRE ROUGE MA",
    "BLANC/SANCERRE MARCHAND",
    "BLANC/SANCERRE MARCH 22",
    "BLANC/SANCERRE BL MARCH",
    "BULLES/DELORME BRUT RES",
    "BULLES/COUPE DELORME",
    "BULLES/FLUTE DELORME",
    "SOFT/EVIAN 1L",
    "SOFT/EVIAN",
    "SOFT/EVIAN 50CL",
    "CUIS/CROQUE MONSIEUR",
    "CUIS/PLANCHE MIXTE",
    "CUIS/FRITES",
    "DIGEST/FARGEOT XO 4CL",
]


def test_recurring_prefixes_width_and_case_are_learnt() -> None:
    habits = learn(TILL_A)
    assert set(habits.prefixes) == {"rouge/", "blanc/", "bulles/", "soft/", "cuis/"}
    assert habits.width == 23
    assert habits.case == "upper"
    assert habits.split("ROUGE/CH BELLE CROIX 16") == ("rouge/", "CH BELLE CROIX 16")
    assert habits.truncated("BLANC/SANCERRE MARCHAND")
    assert not habits.truncated("SOFT/EVIAN")


def test_spaced_hyphen_prefixes_and_lower_case() -> None:
    labels = [f"vins rouges - {name} {price},50" for name, price in (("a", 7), ("bb", 12))]
    labels += ["vins rouges - ccc 125,00", "bieres - x 5,00"]
    habits = learn(labels * 2)
    assert "vins rouges - " in habits.prefixes
    assert habits.case == "lower"
    assert habits.width is None  # prices make the lengths vary: nothing is cut


def test_a_hyphenated_name_is_not_a_prefix() -> None:
    labels = [f"SAINT-JOSEPH {producer}" for producer in ("GONON", "CHAVE", "FAURY", "COURSODON")]
    labels += ["SAINT-JOSEPH GRIPA", "COTES-DU-RHONE X"]
    assert learn(labels, frozenset({"saint", "joseph"})).prefixes == ()


def test_habits_round_trip_through_json() -> None:
    habits = Habits(("rouge/",), 22, "upper", 40, {"rouge/": {"rouge": 5}})
    assert Habits.from_json(habits.to_json()) == habits
    assert Habits.from_json(None) == Habits()


def test_prefix_is_a_hint_not_a_word_to_explain(library: list) -> None:  # type: ignore[type-arg]
    matcher = Matcher(library)
    cellar = ["KAV/CH BELLE CROIX 16", "KAV/SANCERRE MARCHAND 21", "KAV/CROZES GALETS ROUX"]
    plain = matcher.suggest(cellar[0])
    assert plain.answer == "none"  # "kav" read as a word the wine does not explain
    habits = matcher.learn_habits(cellar)
    read = matcher.suggest(cellar[0], habits=habits)
    assert (read.answer, read.candidates[0].entry_id) == ("yes", "bc16")


def test_a_prefix_announces_the_kinds_seen_under_it(library: list) -> None:  # type: ignore[type-arg]
    matcher = Matcher(
        [
            *library,
            entry(
                "pj",
                "Grand Brut",
                "Evian-Jouet",
                "Champagne",
                "effervescent",
                None,
                category="champagne",
            ),
        ]
    )
    habits = matcher.learn_habits(TILL_A)
    assert habits.allowed_kinds("soft/") == {"soft"}
    # a bare brand filed under softs is no champagne sharing its word
    assert matcher.suggest("SOFT/EVIAN-JOUET", habits=habits).answer == "none"
    assert matcher.suggest("BULLES/EVIAN JOUET", habits=habits).answer == "yes"


def test_the_word_at_the_cut_is_the_start_of_a_word(library: list) -> None:  # type: ignore[type-arg]
    matcher = Matcher(library)
    habits = matcher.learn_habits(TILL_A)
    found = matcher.suggest("BLANC/SANCERRE MARCHAND", habits=habits)
    assert found.answer == "yes" and found.candidates[0].entry_id == "mb22"
    cut = matcher.suggest("ROUGE/CROZES GALETS ROU", habits=habits)
    assert cut.candidates[0].entry_id == "rg20" and cut.answer == "yes"


def test_glued_words_are_split_on_the_library_vocabulary(library: list) -> None:  # type: ignore[type-arg]
    matcher = Matcher(library)
    found = matcher.suggest("sancerre blanc domainemarchand 2021")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "mb21")
    dose = matcher.suggest("fargeot xodose")
    assert dose.answer == "yes" and dose.units_per_sale == Decimal("0.0571")


def test_initials_glued_to_a_name_and_non_vintage_dots(library: list) -> None:  # type: ignore[type-arg]
    matcher = Matcher(library)
    found = matcher.suggest("SANCERRE BLANC DMARCHAND 2021")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "mb21")
    brut = matcher.suggest("DELORME BRUT RESERVE N.V.")
    assert (brut.answer, brut.candidates[0].entry_id, brut.vintage) == ("yes", "dl", None)


def test_any_symbol_separates_a_prefix() -> None:
    labels = ["Rossi · Chianti 24,00€", "Rossi · Barolo 18 56,00€", "Rossi · Soave 9,50€"]
    labels += ["Birre » Peroni Demi 4,50€", "Birre » Moretti 5,00€", "Birre » Menabrea 33 5,00€"]
    habits = learn(labels)
    assert set(habits.prefixes) == {"rossi · ", "birre » "}
    # (the journal's price after the item is no part of it)
    assert habits.split("Birre » Peroni Demi 4,50€") == ("birre » ", "Peroni Demi")


CODES = [
    "VRO CHIANTI FONTODI",
    "VRO BAROLO BORGOGNO 2016",
    "VRO TIGNANELLO",
    "BIB ACQUA PANNA 1L",
    "BIB COCA 33",
    "BIB CHINOTTO LURISIA",
    "CAFE CREME",
    "CAFE ALLONGE",
    "CAFE NOISETTE",
    "TIRAMISU",
]


def test_space_separated_codes_are_learnt_as_a_system() -> None:
    habits = learn(CODES, frozenset({"chianti", "barolo", "coca"}))
    # unknown first words that start many labels: the till's family codes
    assert set(habits.prefixes) == {"vro ", "bib ", "cafe "}
    assert habits.split("VRO CHIANTI FONTODI") == ("vro ", "CHIANTI FONTODI")
    # one recurring unknown first word is no system of codes
    alone = learn(["CAFE CREME", "CAFE ALLONGE", "CAFE NOISETTE", "TIRAMISU", "CHIANTI"])
    assert alone.prefixes == ()
    # a word of the library or of the tables never is a code ("VERRE", "CH", "ROUGE")
    tables_words = learn([f"{head} X{n}" for head in ("VERRE", "CH", "ROUGE") for n in range(4)])
    assert tables_words.prefixes == ()


def test_codes_glued_by_a_dot_are_learnt_as_a_system() -> None:
    # two blind sets' registers (session 5) filed every label so: "RG.", "LQ.", "DV."
    labels = [f"RG.CHATEAU X{n} 19" for n in range(6)] + [f"LQ.VRE COUTEAU{n}" for n in range(4)]
    labels += [f"SP.RHUM{n} DOSE" for n in range(3)]
    labels += ["DV.COUVERT", "BL.SANCERRE 22", "CH.MARGOTTE 18", "AP.SUZE DOSE"]
    habits = learn(labels, frozenset({"sancerre", "margotte"}))
    # a rare code and a colour's abbreviation are codes once the system is seen...
    assert {"rg.", "lq.", "dv.", "bl.", "ap."} <= set(habits.prefixes)
    # ...an abbreviation that names (château) is not
    assert "ch." not in habits.prefixes
    assert habits.split("LQ.VRE COUTEAU2") == ("lq.", "VRE COUTEAU2")
    # without a system, a dot ends abbreviations: "CH.", "ST." start no family
    plain = learn(["CH.MARGAUX 15", "CH.LATOUR 16", "CH.PETRUS 12", "ST.JULIEN 18", "ST.ESTEPHE"])
    assert plain.prefixes == ()


def test_hyphenated_codes_include_short_ones_once_the_till_uses_them() -> None:
    labels = [f"VRG-Wine{n}" for n in range(5)] + [f"BIE-Beer{n}" for n in range(5)]
    labels += ["GIN-Citadelle", "GIN-Hendricks 4cl", "GIN-Monkey 47"]
    habits = learn(labels, frozenset({"gin"}))
    assert {"vrg-", "bie-", "gin-"} <= set(habits.prefixes)
    # without a system of codes, a hyphen after a library word stays part of the name
    assert (
        learn(["GIN-Citadelle", "GIN-Hendricks 4cl", "GIN-Monkey 47"], frozenset({"gin"})).prefixes
        == ()
    )


def test_camel_case_and_dots_are_spaces(library: list) -> None:  # type: ignore[type-arg]
    matcher = Matcher(library)
    glued = matcher.suggest("Sancerre Blanc DomaineMarchand 2021")
    assert (glued.answer, glued.candidates[0].entry_id) == ("yes", "mb21")
    dotted = matcher.suggest("FARGEOT.XO.4CL")
    assert dotted.answer == "yes" and dotted.units_per_sale == Decimal("0.0571")


def test_article_numbers_quantities_and_prices_before_or_after_the_label(
    library: list,  # type: ignore[type-arg]
) -> None:
    matcher = Matcher(library)
    typed = ["ROUGE/CH BELLE CROIX 16", "BLANC/SANCERRE MARCHAND 21", "SOFT/EVIAN 50CL"]
    for style in ("{n:04d} {label}", "{n} - {label}", "1x {label}", "{label} #{n}"):
        labels = [style.format(n=400 + n, label=label) for n, label in enumerate(typed * 3)]
        habits = matcher.learn_habits(labels)
        assert habits.lead is not None or habits.trail, style
        assert {"rouge/", "blanc/", "soft/"} <= set(habits.prefixes), style
        found = matcher.suggest(labels[0], habits=habits)
        assert (found.answer, found.candidates[0].entry_id) == ("yes", "bc16"), style
    # numbers that are years before most labels are vintages, not article numbers
    vintages = learn(["2016 BELLE CROIX", "2021 SANCERRE", "2019 CROZES", "2020 X"])
    assert vintages.lead is None
    # a few labels that start with a number (a beer "1664") are no numbering habit
    assert learn(["1664 DEMI", "LEFFE", "CHIMAY", "DUVEL", "PERRIER"]).lead is None
    assert Habits.from_json(habits.to_json()) == habits


def test_bracketed_families_and_a_family_inside_a_family() -> None:
    labels = [
        f"[{outer}] {inner}/{name}"
        for outer in ("BAR", "CAVE")
        for inner, name in (
            ("ROUGE", "BROUILLY"),
            ("ROUGE", "MORGON"),
            ("BLANC", "CHABLIS"),
            ("BLANC", "MACON"),
        )
        for _ in range(2)
    ]
    habits = learn(labels)
    assert {"[bar] ", "[cave] ", "rouge/", "blanc/"} <= set(habits.prefixes)
    assert habits.split("[BAR] ROUGE/BROUILLY") == ("rouge/", "BROUILLY")


def test_several_glued_words_and_underscores(library: list) -> None:  # type: ignore[type-arg]
    matcher = Matcher(library)
    glued = matcher.suggest("VRESANCERREBLANCMARCHAND")
    assert (glued.answer, glued.candidates[0].entry_id) == ("yes", "mb22")
    assert glued.units_per_sale == Decimal("0.1667")
    under = matcher.suggest("SANCERRE_BLANC_DOMAINE_MARCHAND_2021")
    assert (under.answer, under.candidates[0].entry_id) == ("yes", "mb21")


def test_a_stub_at_the_cut_that_continues_the_drinks_name_is_no_measure() -> None:
    matcher = Matcher(
        [
            entry(
                "bb",
                "Brunello di Montalcino",
                "Castello Banfi",
                "Brunello di Montalcino",
                "rouge",
                2018,
            ),
            entry("k", "Kronenbourg 1664", "Kronenbourg", None, None, None, "3000", "bière"),
        ]
    )
    cut = Habits(width=20)
    banfi = matcher.suggest("BRUNELLO CASTELLO BA", habits=cut)  # 20 characters
    assert (banfi.answer, banfi.candidates[0].entry_id, banfi.units_per_sale) == (
        "yes",
        "bb",
        Decimal(1),
    )
    demi = matcher.suggest("PRESSION KRO 1664 DE", habits=cut)  # "DE" starts "demi"
    assert demi.answer == "yes" and demi.units_per_sale == Decimal("0.0083")


def test_a_lone_word_a_letter_short_of_a_short_word_names_nothing(
    library: list,  # type: ignore[type-arg]
) -> None:
    matcher = Matcher(
        [
            *library,
            entry("cv", "Chartreuse Verte", "Chartreuse", None, None, None, "70", "spiritueux"),
        ]
    )
    assert matcher.suggest("THE VERT").answer == "none"  # "vert" is 4/5 of "verte"
    assert matcher.suggest("CHARTREUSE VERTE").answer == "yes"


def test_the_first_field_of_an_export_is_no_family() -> None:
    # blind natural-wine bar: a shop app writing "cuvée — grower — vintage — size"
    labels = [
        "Raoul — Le Mazel — 2022 — 75cl",
        "Raoul — Le Mazel — 2021 — 75cl",
        "Raoul — Le Mazel — 2020 — 150cl",
        "La Butte — Puzelat — 2022 — 75cl",
    ]
    assert learn(labels, frozenset({"raoul", "mazel", "butte", "puzelat"})).prefixes == ()
    # a family written first, then the name and the price, is one
    families = [f"rosés | cuvée {n} '22 | 8,50" for n in range(4)] + ["rouges | x | 9,00"] * 3
    assert "roses | " in learn(families, frozenset({"roses", "cuvee"})).prefixes
