"""Precision first (issue 11): a label word or number that contradicts a drink forbids
"yes"; a maker naming none of its brands answers none; bar measures."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tastevin.matching import LibraryEntry, Matcher
from tests.matching.conftest import entry

BAR = [
    entry("rum3", "Havana Club 3 Años", "Havana Club", None, None, None, "70", "spiritueux"),
    entry("roch8", "Rochefort 8", "Abbaye de Rochefort", None, None, None, "33", "bière"),
    entry("keg", "Leffe Blonde", "Abbaye de Leffe", None, None, None, "3000", "bière"),
    entry("p51", "Pastis 51", "Pernod", None, None, None, "100", "autre"),
    entry("apl", "Aperol", "Campari", None, None, None, "70", "autre"),
    entry("gin3", "No. 3 London Dry Gin", "Berry Bros", None, None, None, "70", "spiritueux"),
    entry("jd", "Jack Daniel's Old No. 7", "Jack Daniel's", None, None, None, "70", "spiritueux"),
    entry("cadet", "Mouton Cadet", "Baron Philippe de Rothschild", "Bordeaux", "rouge", 2019),
    entry(
        "moet",
        "Brut Impérial",
        "Moët & Chandon",
        "Champagne",
        "effervescent",
        None,
        category="champagne",
    ),
]


@pytest.fixture(scope="module")
def bar() -> Matcher:
    return Matcher(BAR)


@pytest.mark.parametrize(
    "label",
    ["HAVANA CLUB 7 ANS", "ROCHEFORT 10", "ROCHEFORT 6", "PASTIS 45", "GIN N°5 4CL"],
)
def test_another_number_is_another_drink(bar: Matcher, label: str) -> None:
    assert bar.suggest(label).answer == "none"


@pytest.mark.parametrize(
    ("label", "expected"),
    [("HAVANA CLUB 3 ANS", "rum3"), ("ROCHEFORT 8", "roch8"), ("51", "p51"), ("GIN N°3", "gin3")],
)
def test_numbers_that_are_names(bar: Matcher, label: str, expected: str) -> None:
    found = bar.suggest(label)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", expected)


def test_possessives_and_numbered_names_are_one_spelling(bar: Matcher) -> None:
    found = bar.suggest("JACK DANIELS OLD NO 7")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "jd")


def test_a_spirit_maker_names_none_of_its_brands(bar: Matcher) -> None:
    assert bar.suggest("CAMPARI 4CL").answer == "none"
    assert bar.suggest("APEROL 4CL").answer == "yes"


def test_a_champagne_house_names_its_wine(bar: Matcher) -> None:
    found = bar.suggest("COUPE MOET")
    assert (found.answer, found.units_per_sale) == ("yes", Decimal("0.1667"))


def test_a_chateau_on_the_label_is_not_a_brand_wine(bar: Matcher) -> None:
    assert bar.suggest("CH MOUTON ROTHSCHILD 2016").answer == "none"
    assert bar.suggest("MOUTON CADET 2019").answer == "yes"


@pytest.mark.parametrize(
    ("label", "units"),
    [
        ("LEFFE DEMI", "0.0083"),  # 25 cl of a 30 l keg
        ("PRESSION LEFFE PINTE", "0.0167"),  # 50 cl
        ("HAVANA CLUB 3 DOSE", "0.0571"),  # a dose is 4 cl of the 70 cl bottle
        ("CP MOET", "0.1667"),  # a coupe is 12.5 cl
    ],
)
def test_bar_measures(bar: Matcher, label: str, units: str) -> None:
    found = bar.suggest(label)
    assert found.answer == "yes"
    assert found.units_per_sale == Decimal(units)


def test_demi_on_a_wine_is_still_a_half_bottle(library: list[LibraryEntry]) -> None:
    found = Matcher(library).suggest("DEMI SANCERRE MARCHAND 2022")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "mb22h")
    assert found.units_per_sale == Decimal(1)
