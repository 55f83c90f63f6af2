"""Session 7's mechanisms, each found on a set built blind (docs/matching.md, "Session 7"):
a till's own words and measure words learnt per connection, families a till writes in
other ways, a system of colour codes, a house named alone, and pours from a keg."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tastevin.matching import Matcher
from tastevin.matching.habits import Habits, learn
from tastevin.matching.matcher import CONFIDENT
from tests.matching.conftest import entry

LIBRARY = [
    entry("vs", "Vouvray Sec", "Domaine Hardouin", "Vouvray", "blanc", 2022),
    entry("sc", "Sancerre Les Caillottes", "Domaine Ribard", "Sancerre", "blanc", 2023),
    entry("ml", "Meursault Les Tillets", "Domaine Javelle", "Meursault", "blanc", 2020),
    entry("ch", "Chinon Les Grézeaux", "Domaine Bardin", "Chinon", "rouge", 2018),
    entry(
        "cr", "Crozes-Hermitage Les Bruyères", "Domaine Fayolle", "Crozes-Hermitage", "rouge", 2021
    ),
    entry("hc", "Haut-Coustias", "Domaine Vidalou", "Languedoc", "rouge", 2019),
    entry("sl", "Saint-Véran Les Lys", "Domaine Perraud", "Saint-Véran", "blanc", 2022),
    entry("br", "Brouilly Pierreux", "Domaine Mathon", "Brouilly", "rouge", 2022),
    entry(
        "ha",
        "Château Ardan Hors d'Âge",
        "Château Ardan",
        "Bas-Armagnac",
        None,
        None,
        "70",
        "spiritueux",
    ),
    entry(
        "hm",
        "Château Ardan Millésime",
        "Château Ardan",
        "Bas-Armagnac",
        None,
        1998,
        "70",
        "spiritueux",
    ),
    entry("kk", "Cidre Brut", "Cidrerie Kerlann", None, None, None, "2000", "autre"),
    entry("kb", "Cidre Brut", "Cidrerie Kerlann", None, None, None, "33", "autre"),
    entry("kr", "Cidre Rosé", "Cidrerie Kerlann", None, None, None, "33", "autre"),
    entry("gd", "Gold", "Cidrerie Taunton", None, None, None, "2000", "autre"),
]

# a sommelier's till: its own word for the Coravin, followed by the pour's centilitres
TILL_B = [
    "BLANCS;vouvray sec hardouin mill. 2022;cora 10;11.00",
    "BLANCS;sancerre caillottes ribard mill. 2023;cora 15;19.00",
    "BLANCS;meursault tillets javelle mill. 2020;cora 15;32.00",
    "ROUGES;chinon grezeaux bardin mill. 2018;cora 10;11.00",
    "ROUGES;brouilly pierreux mathon;cora 10;9.00",
    "BLANCS;saint-veran lys perraud;verre;9.00",
    "ROUGES;crozes bruyeres fayolle;verre;10.00",
    "ROUGES;haut coustias vidalou;cora 15;14.00",
    "EAUX;evian;100cl;6.00",
    "EAUX;badoit;100cl;6.00",
]


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(LIBRARY)


def test_a_till_measure_word_is_learnt_and_read_as_a_pour(matcher: Matcher) -> None:
    habits = matcher.learn_habits(TILL_B)
    assert habits.measures == ("cora",)
    assert "blancs;" in habits.prefixes  # a colour family in the plural is a family
    found = matcher.suggest(TILL_B[0], habits=habits)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "vs")
    assert found.units_per_sale == Decimal("0.1333")  # 10 cl of 75 cl
    # without the till's habits the unknown word forbids the match
    assert matcher.suggest(TILL_B[0]).answer == "none"


def test_a_till_word_naming_several_drinks_is_the_tills_not_a_name(matcher: Matcher) -> None:
    till = [
        "VOUVRAY HARDOUIN SRV",
        "SANCERRE CAILLOTTES SRV",
        "MEURSAULT TILLETS SRV",
        "CHINON GREZEAUX SRV",
        "CAFE",
        "THE VERT",
        "DESSERT",
        "MENU MIDI",
    ]
    habits = matcher.learn_habits(till)
    assert habits.noise == ("srv",)
    assert matcher.suggest("CHINON GREZEAUX SRV", habits=habits).candidates[0].entry_id == "ch"
    assert Habits.from_json(habits.to_json()) == habits


def test_an_unknown_producer_recurring_stays_a_word_that_forbids(matcher: Matcher) -> None:
    # a producer the library does not hold, with four wines on the list: set aside, its
    # labels name no drink (or one), so it is no till word
    till = [
        "VOUVRAY MOREAU",
        "VOUVRAY MOREAU DEMI SEC",
        "CHINON MOREAU",
        "CREMANT MOREAU",
        "CAFE",
    ]
    habits = matcher.learn_habits(till)
    assert "moreau" not in habits.noise
    assert matcher.suggest("CHINON MOREAU", habits=habits).answer == "none"


def test_a_producer_after_a_family_is_the_drinks_first_field() -> None:
    labels = [
        "Vin rouge • Domaine Vidalou • Haut-Coustias • 2019 • verre",
        "Vin rouge • Domaine Vidalou • Haut-Coustias • 2018 • bouteille",
        "Vin rouge • Domaine Vidalou • Haut-Coustias • 2016 • magnum",
        "Vin blanc • Domaine Ribard • Les Caillottes • 2023 • verre",
        "Vin blanc • Domaine Hardouin • Vouvray Sec • 2022 • verre",
        "Vin rouge • Domaine Bardin • Les Grézeaux • 2018 • verre",
    ]
    habits = learn(labels, frozenset({"domaine", "vidalou", "coustias", "haut"}))
    assert "vin rouge • " in habits.prefixes
    assert "domaine vidalou • " not in habits.prefixes


def test_a_web_shops_path_and_a_longer_hyphen_code_are_families() -> None:
    labels = [f"vins-blancs/wine-{n}-2021" for n in range(4)]
    labels += [f"sans-alcool/soft-{n}-25cl" for n in range(3)] + ["cidres/cidre-brut-75cl"] * 3
    habits = learn(labels)
    assert {"vins-blancs/", "sans-alcool/"} <= set(habits.prefixes)
    hyphen = [f"{code}-{name}" for code in ("ROUGE", "BLANC") for name in "ABCDE"]
    hyphen += ["APERO-DOSE FLOC", "APERO-VRE8 FLOC", "APERO-PASTIS"]
    assert "apero-" in learn(hyphen).prefixes


def test_a_system_of_colour_codes_says_the_colour(matcher: Matcher) -> None:
    till = [
        "VR/CHINON GREZEAUX 18",
        "VR/BROUILLY PIERREUX",
        "VR/HAUT COUSTIAS 19",
        "VB/VOUVRAY HARDOUIN",
        "VB/SANCERRE CAILLOT",
        "VB/MEURSAULT TILLETS",
        "VB/CROZES HERMITAGE",
        "VB/SAINT VERAN LYS",
    ]
    habits = matcher.learn_habits(till)
    assert habits.colour("vb/") == "blanc"
    assert habits.colour("vr/") == "rouge"
    # the Crozes held is red: a white one is not held
    assert matcher.suggest("VB/CROZES HERMITAGE", habits=habits).answer == "none"
    # beers and waters under "BIR"/"BIB" spell no colour
    assert Habits(prefixes=("bir ", "bib ")).colour("bir ") is None


def test_a_bottle_of_a_house_named_alone_is_none(matcher: Matcher) -> None:
    found = matcher.suggest("BTL CHATEAU ARDAN")
    assert found.answer == "none"
    assert found.reasons[0].code == "house_alone"
    assert matcher.suggest("CHATEAU ARDAN 1998").candidates[0].entry_id == "hm"
    # a dose of the house's spirit says no more: none too
    assert matcher.suggest("CH ARDAN DOSE").answer == "none"


def test_a_coupe_of_a_champagne_house_is_its_brut_below_90() -> None:
    house = Matcher(
        [
            entry(
                "bt",
                "Brut Tradition",
                "Maison Lemaire",
                "Champagne",
                "effervescent",
                None,
                category="champagne",
            ),
            entry(
                "pr",
                "Cuvée Prestige",
                "Maison Lemaire",
                "Champagne",
                "effervescent",
                2015,
                category="champagne",
            ),
        ]
    )
    coupe = house.suggest("COUPE LEMAIRE")
    assert (coupe.answer, coupe.candidates[0].entry_id) == ("yes", "bt")
    assert coupe.candidates[0].confidence < CONFIDENT  # a convention chose, not the label
    assert house.suggest("BTL LEMAIRE").answer == "none"


def test_pours_of_a_drink_on_draught_and_a_keg_is_no_bottle(matcher: Matcher) -> None:
    bolee = matcher.suggest("BOLEE 25CL KERLANN BRUT")
    assert bolee.candidates[0].entry_id == "kk"  # from the keg, not the 33 cl bottle
    assert bolee.units_per_sale == Decimal("0.0125")
    # a 25 cl measure is no share of a 33 cl bottle
    assert matcher.suggest("BOLEE 25CL KERLANN ROSE").answer == "none"
    assert matcher.suggest("TAUNTON GOLD BTL").answer == "none"  # held on draught only
    assert matcher.suggest("TAUNTON GOLD PINTE").answer == "yes"


def test_a_glass_glued_to_one_digit_and_vin_r(matcher: Matcher) -> None:
    found = matcher.suggest("VRE8 SANCERRE CAILLOTTES")
    assert found.units_per_sale == Decimal("0.1067")
    assert matcher.suggest("VIN R VERRE SANCERRE CAILLOTTES").answer == "none"
    assert matcher.suggest("VIN B VERRE SANCERRE CAILLOTTES").answer == "yes"


def test_a_beers_strength_is_no_name_and_a_spirits_degree_tells_its_expressions() -> None:
    bar = Matcher(
        [
            entry("tb", "Troublette", "Caracole", None, None, None, "33", "biere"),
            entry("sn", "Stille Nacht", "De Dolle", None, None, 2023, "33", "biere"),
            entry("tw", "Westvleteren 12", "Westvleteren", None, None, None, "33", "biere"),
            entry("k50", "Karibé Blanc 50°", "Karibé", "Rhum", None, None, "70", "spiritueux"),
            entry("kxo", "Karibé XO", "Karibé", "Rhum", None, None, "70", "spiritueux"),
        ]
    )
    for label, wanted in (
        ("caracole troublette 5,5° 33cl 5,00", "tb"),
        ("stille nacht 12° 2023 33cl", "sn"),
        ("KARIBE 50% 4CL", "k50"),
    ):
        found = bar.suggest(label)
        assert (found.answer, found.candidates[0].entry_id) == ("yes", wanted), label
    assert bar.suggest("KARIBE BLANC 59% 4CL").answer == "none"  # another degree


def test_a_till_writing_the_containers_centilitres_last() -> None:
    bar = Matcher(
        [
            entry("mk", "Mélusine Blonde", "Mélusine", None, None, None, "3000", "biere"),
            entry("mb", "Mélusine Blonde", "Mélusine", None, None, None, "33", "biere"),
            entry("mi", "Mélusine IPA", "Mélusine", None, None, None, "44", "biere"),
            entry("gz", "Oude Geuze", "3 Fonteinen", None, None, None, "37.5", "biere"),
        ]
    )
    till = [
        "PRESS/MEL.BLONDE 25",
        "PRESS/MEL.BLONDE 50",
        "PRESS/MEL.IPA 25",
        "BTL/MEL.BLONDE 33",
        "CAN/MEL.IPA 44",
        "BTL/3F OUDE GEUZE 37",
        "BTL/3F OUDE GEUZE 75",
        "SOFT/TONIC 20",
        "CAFE",
    ]
    habits = bar.learn_habits(till)
    assert habits.sizes_last
    assert bar.suggest("CAN/MEL.IPA 44", habits=habits).candidates[0].entry_id == "mi"
    assert bar.suggest("BTL/3F OUDE GEUZE 37", habits=habits).candidates[0].entry_id == "gz"
    # two-digit vintages spread over years are no sizes
    assert not learn([f"VR/CHINON {year}" for year in (15, 16, 18, 19, 20, 21, 22)]).sizes_last


def test_a_producers_own_cuvee_a_white_cassis_and_the_kind_of_a_soft() -> None:
    list_ = Matcher(
        [
            entry(
                "cd",
                "Cellier des Dauphins Prestige",
                "Cellier des Dauphins",
                "Côtes du Rhône",
                "rouge",
                None,
            ),
            entry("fb", "Cassis Blanc", "Domaine de la Ferme Blanche", "Cassis", "blanc", 2023),
            entry(
                "bg",
                "Château de Brégançon",
                "Château de Brégançon",
                "Côtes de Provence",
                "rosé",
                2024,
            ),
            entry("vv", "Volvic", "Volvic", None, None, None, "100", "soft"),
        ]
    )
    # its own name first: no second wine of an estate the label names alone
    assert list_.suggest("PICHET 50 CELLIER DES DAUPHINS ROUGE").answer == "yes"
    cassis = list_.suggest("lafermeblanche cassis blanc '23 verre 10,00")
    assert (cassis.answer, cassis.candidates[0].entry_id) == ("yes", "fb")
    assert list_.suggest("BLANC CASSIS").answer == "none"  # the mixed drink still is
    assert list_.suggest("Volvic - Eau - 1L - 2,50 €").answer == "yes"


def test_a_family_of_wines_of_several_colours_holds_its_sweet_ones_too() -> None:
    habits = Habits(prefixes=("vin/", "bie/"), kinds={"vin/": {"rouge": 2, "blanc": 2}})
    allowed = habits.allowed_kinds("vin/")
    assert allowed is not None and {"liquoreux", "effervescent"} <= allowed
    beers = Habits(prefixes=("bie/",), kinds={"bie/": {"biere": 4}}).allowed_kinds("bie/")
    assert beers == frozenset({"biere"})


def test_a_half_of_beer_a_demi_of_draught_cider_and_a_can() -> None:
    pub = Matcher(
        [
            entry("mu", "Murphy's Irish Stout", "Murphy's", None, None, None, "3000", "biere"),
            entry("mc", "Murphy's Irish Stout", "Murphy's", None, None, None, "50", "biere"),
            entry("tg", "Thatchers Gold", "Thatchers", None, None, None, "2000", "autre"),
            entry("ch", "Chablis", "Domaine Laroche", "Chablis", "blanc", 2022, "37.5"),
        ]
    )
    half = pub.suggest("murphy's irish stout half 7,50")
    assert (half.candidates[0].entry_id, half.units_per_sale) == ("mu", Decimal("0.0083"))
    assert pub.suggest("DEMI THATCHERS").units_per_sale == Decimal("0.0125")
    assert pub.suggest("murphy's irish stout can 5,50").candidates[0].entry_id == "mc"
    assert pub.suggest("HALF CHABLIS LAROCHE").candidates[0].entry_id == "ch"  # a wine's half


def test_a_family_named_after_the_tap_pours_and_a_style_alone_names_no_beer() -> None:
    bar = Matcher(
        [
            entry("mk", "Mélusine Blonde", "Mélusine", None, None, None, "3000", "biere"),
            entry("ck", "Cervoise Blonde", "Lancelot", None, None, None, "3000", "biere"),
            entry("mb", "Mélusine Blonde", "Mélusine", None, None, None, "33", "biere"),
        ]
    )
    till = ["PRESS/MEL.BLONDE 25", "PRESS/LANCELOT BLONDE 50", "PRESS/BLONDE 25", "BTL/MEL 33"]
    habits = bar.learn_habits(till * 2)
    found = bar.suggest("PRESS/MEL.BLONDE 25", habits=habits)
    assert (found.candidates[0].entry_id, found.units_per_sale) == ("mk", Decimal("0.0083"))
    assert bar.suggest("PRESS/BLONDE 25", habits=habits).answer == "none"
