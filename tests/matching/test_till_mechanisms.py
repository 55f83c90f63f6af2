"""Mechanisms found on the blind oyster-bar set (session 3), each on fictional drinks:
the euro sign as a decimal mark, a till's separator system, measures a bottle cannot
pour, colour words of an estate's own name, spirit grades, the cider bowl."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tastevin.matching import Matcher
from tastevin.matching.habits import learn
from tests.matching.conftest import entry

SHOP = [
    entry("vsop", "Fargeot VSOP", "Fargeot", "Cognac", None, None, "70", "spiritueux"),
    entry("stout", "Kornog Stout", "Brasserie Kornog", None, None, None, "33", "bière"),
    entry("ambree", "Kornog Ambrée", "Brasserie Kornog", None, None, None, "3000", "bière"),
    entry("big", "Blonde de Marée", "Brasserie du Port", None, None, None, "75", "bière"),
    entry("rose", "Rosé", "Domaine de la Combe Blanche", "Bandol", "rosé", 2023),
    entry("cidre", "Cidre Brut", "Cidrerie Lannec", None, None, None, "75", "cidre"),
    entry("quincy", "Quincy", "Domaine Pelletier", "Quincy", "blanc", 2022),
]


@pytest.fixture(scope="module")
def shop() -> Matcher:
    return Matcher(SHOP)


def test_a_price_written_with_the_euro_sign_as_its_decimal_mark_is_no_vintage(
    shop: Matcher,
) -> None:
    found = shop.suggest("Quincy Pelletier 2022 38€50")
    assert (found.answer, found.candidates[0].entry_id, found.vintage) == ("yes", "quincy", 2022)


def test_a_rare_code_of_a_tills_separator_system_is_a_prefix() -> None:
    labels = ["vb>quincy"] * 3 + ["ch>delorme"] * 3 + ["sp>fargeot_vsop"] + ["ci>cidre"] * 4
    habits = learn(labels)
    assert habits.split("sp>fargeot_vsop") == ("sp>", "fargeot_vsop")
    # without a system (one recurring code), a rare head is still read as words
    assert learn(["vb>quincy"] * 3 + ["sp>fargeot"]).split("sp>fargeot")[0] is None


@pytest.mark.parametrize("label", ["KORNOG STOUT PINTE", "KORNOG STOUT DEMI", "PINTE BLONDE"])
def test_a_glass_is_not_poured_from_a_bottled_beer(shop: Matcher, label: str) -> None:
    assert shop.suggest(label).answer == "none"


def test_a_glass_of_draught_beer_comes_from_its_keg(shop: Matcher) -> None:
    found = shop.suggest("KORNOG AMBREE PINTE")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "ambree")
    assert found.units_per_sale == Decimal("0.0167")


def test_the_estates_own_colour_word_says_no_colour_but_the_labels_other_one_does(
    shop: Matcher,
) -> None:
    assert shop.suggest("Bandol Rosé Combe Blanche 2023").answer == "yes"
    assert shop.suggest("Bandol Rouge Combe Blanche 2023").answer == "none"


@pytest.mark.parametrize("label", ["FARGEOT VS", "FARGEOT XO 4CL"])
def test_another_spirit_grade_is_another_drink(shop: Matcher, label: str) -> None:
    assert shop.suggest(label).answer == "none"
    assert shop.suggest("FARGEOT VSOP 4CL").answer == "yes"


def test_a_bolee_is_the_25_cl_cider_bowl(shop: Matcher) -> None:
    found = shop.suggest("BOLEE CIDRE LANNEC")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "cidre")
    assert found.units_per_sale == Decimal("0.3333")
