"""Mechanisms found on the blind Burgundy and brasserie sets (session 4), each on
fictional drinks: numbers glued to words or written as words, elisions without their
apostrophe, a compound appellation's tail alone, a variant the label does not say, the
plain drink held in another format, a till's spaced family separator, measures."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tastevin.matching import Matcher
from tastevin.matching.habits import learn
from tests.matching.conftest import entry

BAR = [
    entry("glen12", "Glen Aradh 12 ans", "Glen Aradh", None, None, None, "70", "spiritueux"),
    entry("glen18", "Glen Aradh 18 ans", "Glen Aradh", None, None, None, "70", "spiritueux"),
    entry("trois", "Trois Collines Blanc", "Trois Collines", None, None, None, "70", "spiritueux"),
    entry("zero", "Brune des Quais 0.0", "Brasserie des Quais", None, None, None, "25", "bière"),
    entry("keg", "Brune des Quais", "Brasserie des Quais", None, None, None, "3000", "bière"),
    entry("vermouth", "Vermut Ardiano Bianco", "Ardiano", None, None, None, "100", "autre"),
    entry("crozes", "Crozes-Hermitage", "Domaine Pélissard", "Crozes-Hermitage", "rouge", 2021),
    entry("gouttes", "Meursault Les Gouttes d'Or", "Domaine Varet", "Meursault", "blanc", 2020),
    entry("sbrouilly", "Côte de Brouilly", "Domaine Lambelin", "Côte de Brouilly", "rouge", 2022),
    entry("ste", "Ste Victoire", "Mas Aurelien", "Côtes de Provence Sainte-Victoire", "rosé", 2023),
]


@pytest.fixture(scope="module")
def bar() -> Matcher:
    return Matcher(BAR)


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("GLENARADH18 DOSE", "glen18"),  # the age glued to the brand
        ("GLEN ARADH 12ANS", "glen12"),  # the age glued to its unit
        ("RHUM 3 COLLINES BLANC 4CL", "trois"),  # "Trois" typed as a number
        ("MEURSAULT GOUTTES DOR VARET", "gouttes"),  # d'Or without its apostrophe
        ("VERMUT ARDIANO BLANC", "vermouth"),  # Bianco is the drink's own word for blanc
        ("STE VICTOIRE AURELIEN 23", "ste"),  # a sub-zone after a space is no tail
    ],
)
def test_how_tills_write_what_the_library_spells_otherwise(
    bar: Matcher, label: str, expected: str
) -> None:
    found = bar.suggest(label)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", expected)


@pytest.mark.parametrize(
    "label",
    [
        "HERMITAGE PELISSARD",  # Hermitage is its own appellation, not Crozes-Hermitage
        "BROUILLY LAMBELIN",  # nor is Brouilly a Côte de Brouilly
        "BRUNE DES QUAIS 25CL",  # the plain Brune, held on draught only, not the 0.0
        "GLEN ARADH 15 ANS",  # another age
    ],
)
def test_labels_that_name_a_drink_the_library_does_not_hold(bar: Matcher, label: str) -> None:
    assert bar.suggest(label).answer == "none"


def test_the_variant_is_found_when_the_label_says_it(bar: Matcher) -> None:
    found = bar.suggest("BRUNE DES QUAIS 0.0 25CL")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "zero")


def test_a_draught_beer_poured_as_a_galopin_or_a_formidable(bar: Matcher) -> None:
    small, litre = bar.suggest("GALOPIN BRUNE DES QUAIS"), bar.suggest("BRUNE QUAIS FORMIDABLE")
    assert (small.candidates[0].entry_id, small.units_per_sale) == ("keg", Decimal("0.0042"))
    assert (litre.candidates[0].entry_id, litre.units_per_sale) == ("keg", Decimal("0.0333"))


def test_a_rare_family_of_a_till_that_files_everything_under_a_spaced_separator() -> None:
    labels = [f"whiskies | glen aradh {age} ans" for age in (12, 18, 12)]
    labels += [f"bières | brune des quais {n}" for n in ("demi", "pinte", "galopin")]
    labels += ["anisés | pastis dose", "anisés | pastis 2cl"]  # two labels only
    habits = learn(labels)
    assert habits.split("anisés | pastis dose") == ("anises | ", "pastis dose")
    # without such a system, two labels are not enough to make a family
    assert learn(labels[-2:]).split("anisés | pastis dose")[0] is None
