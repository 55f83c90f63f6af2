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


CHAMPAGNE = [
    entry("ruinart", "Blanc de Blancs", "Ruinart", "Champagne", "effervescent", None),
    entry("moet", "Brut Impérial", "Moët & Chandon", "Champagne", "effervescent", None),
    entry("lillet", "Lillet Blanc", "Lillet", None, None, None, "75", "autre"),
    entry("ricard", "Ricard", "Ricard", None, None, None, "100", "spiritueux"),
    entry("coca", "Coca-Cola", "Coca-Cola", None, None, None, "33", "soft"),
    entry("kro", "Kronenbourg", "Kronenbourg", None, None, None, "3000", "biere"),
    entry("cdr", "Côtes du Rhône", "Guigal", "Côtes du Rhône", "rouge", 2021),
]


def test_a_wine_lists_bin_number_is_no_word_of_the_drink() -> None:
    labels = [f"N°{100 + n} Ruinart Blanc de Blancs" for n in range(5)] + [
        "N°196 Moët Impérial, magnum",
        "N°713 Ricard, 2 cl",
        "Café",
    ]
    matcher = Matcher(CHAMPAGNE)
    habits = matcher.learn_habits(labels)
    assert habits.lead is not None
    found = matcher.suggest("N°139 Ruinart Blanc de Blancs", habits=habits)
    assert found.answer == "yes"
    assert found.candidates[0].entry_id == "ruinart"


def test_short_measure_codes_of_a_till_that_writes_its_measures_first() -> None:
    labels = [
        "V:LILLET",
        "V:CDR GUIGAL",
        "V:RUINART",
        "CP:MOET",
        "CP:RUINART",
        "DOSE:RICARD",
        "DOSE:LILLET",
        "33CL:COCA",
        "DEMI:KRO",
        "PINTE:KRO",
        "P25:CDR GUIGAL",
        "B:CDR GUIGAL",
    ]
    matcher = Matcher(CHAMPAGNE)
    habits = matcher.learn_habits(labels)
    glass = matcher.suggest("V:LILLET", habits=habits)
    assert glass.candidates[0].entry_id == "lillet"
    assert glass.units_per_sale == Decimal("0.1667")  # a glass of 12.5 cl
    coupe = matcher.suggest("CP:MOET", habits=habits)
    assert coupe.candidates[0].entry_id == "moet"
    assert coupe.units_per_sale == Decimal("0.1667")
    assert matcher.suggest("B:CDR GUIGAL", habits=habits).units_per_sale == Decimal(1)


def test_a_family_code_before_its_measures_size_stays_a_family() -> None:
    # "FL/25 …", "SH/2 …": the family, then the measure's size; no measure written first
    labels = ["FL/25 Kronenbourg", "FL/33 Coca", "SH/2 Ricard", "SH/4 Ricard", "FL/75 Lillet"]
    habits = Matcher(CHAMPAGNE).learn_habits(labels)
    assert habits.measures == ()
