"""Session 17's mechanisms (docs/matching.md, "Session 17"), each found on a blind set of
an ordinary restaurant measured untouched first."""

from __future__ import annotations

from decimal import Decimal

from tastevin.matching import Matcher
from tests.matching.conftest import entry

CIDERS = [
    entry("dupont", "Cidre Dupont Réserve", "Domaine Dupont", None, None, None, "75", "autre"),
    entry("bordelet", "Poiré Granit", "Eric Bordelet", None, None, None, "75", "autre"),
    entry("kerisac", "Cidre Kerisac brut", "Kerisac", None, None, None, "33", "autre"),
    entry("kro", "Kronenbourg", "Kronenbourg", None, None, None, "25", "biere"),
    entry("chinon", "Les Granges", "Bernard Baudry", "Chinon", "rouge", 2022),
]


def test_a_bare_bolee_of_a_bottled_cider_is_poured_from_its_bottle() -> None:
    matcher = Matcher(CIDERS)
    for label in ("CIDRE DUPONT C25", "CIDRE DUPONT RESERVE;;25CL"):
        bolee = matcher.suggest(label)
        assert bolee.answer == "yes", label
        assert bolee.candidates[0].entry_id == "dupont"
        assert bolee.units_per_sale == Decimal("0.3333")  # 25 cl of the 75 cl bottle


def test_a_cider_sold_in_small_bottles_keeps_its_bottle_rule() -> None:
    matcher = Matcher(CIDERS)
    # held in 33 cl only: 25 cl is another bottle, not a bolée poured from it
    assert matcher.suggest("CIDRE KERISAC 25CL").answer == "none"
    # the bottle itself stays one bottle
    bottle = matcher.suggest("CIDRE DUPONT 75CL")
    assert bottle.answer == "yes"
    assert bottle.units_per_sale == Decimal(1)
