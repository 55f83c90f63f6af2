from decimal import Decimal

import pytest

from tastevin.matching import LibraryEntry, Matcher, Suggestion, label_key


@pytest.fixture
def matcher(library: list[LibraryEntry]) -> Matcher:
    return Matcher(library)


def top(suggestion: Suggestion) -> str | None:
    return suggestion.candidates[0].entry_id if suggestion.answer != "none" else None


def test_yes_when_vintage_held(matcher: Matcher) -> None:
    suggestion = matcher.suggest("CH BELLE CROIX 16")
    assert (suggestion.answer, top(suggestion)) == ("yes", "bc16")
    assert suggestion.vintage == 2016
    assert suggestion.units_per_sale == Decimal(1)


def test_no_vintage_on_label_gives_most_recent(matcher: Matcher) -> None:
    suggestion = matcher.suggest("BELLE CROIX ST JULIEN")
    assert (suggestion.answer, top(suggestion)) == ("yes", "bc18")


def test_almost_with_nearest_vintage_and_explanation(matcher: Matcher) -> None:
    suggestion = matcher.suggest("CHATEAU BELLE-CROIX 2019")
    assert (suggestion.answer, top(suggestion)) == ("almost", "bc18")
    assert suggestion.vintage == 2019
    assert "vintage 2019 ≠ 2018" in suggestion.explanation
    assert "vintage_differs" in {reason.code for reason in suggestion.reasons}


def test_almost_tie_prefers_more_recent(matcher: Matcher) -> None:
    assert top(matcher.suggest("CH BELLE CROIX 2017")) == "bc18"


def test_estate_name_means_the_grand_vin_not_the_second_wine(matcher: Matcher) -> None:
    assert top(matcher.suggest("CH BELLE CROIX 2018")) == "bc18"
    assert top(matcher.suggest("TOURELLES DE BELLE CROIX 19")) == "lcb19"


def test_second_wine_alone_does_not_stand_for_the_estate(library: list[LibraryEntry]) -> None:
    without_grand_vin = [e for e in library if not e.id.startswith("bc")]
    assert Matcher(without_grand_vin).suggest("CH BELLE CROIX 2018").answer == "none"


def test_colour_decides_between_wines_of_a_producer(matcher: Matcher) -> None:
    assert top(matcher.suggest("SANCERRE MARCHAND RGE 20")) == "mr20"
    assert top(matcher.suggest("SANCERRE MARCHAND BLC 22")) == "mb22"


def test_colour_not_held_is_none(matcher: Matcher) -> None:
    suggestion = matcher.suggest("SANCERRE ROSE MARCHAND")
    assert suggestion.answer == "none"
    assert suggestion.units_per_sale is None


def test_unknown_producer_is_none(matcher: Matcher) -> None:
    assert matcher.suggest("SANCERRE DUPONT-LAVAL 2021").answer == "none"


def test_cuvee_not_held_is_none(matcher: Matcher) -> None:
    assert matcher.suggest("CROZES HERMITAGE ROUX LES PIERRIERS").answer == "none"


@pytest.mark.parametrize("label", ["CAFE", "PLAT DU JOUR 18.50", "MENU ENFANT", "VRE VIN ROUGE"])
def test_not_a_library_drink_is_none(matcher: Matcher, label: str) -> None:
    assert matcher.suggest(label).answer == "none"


def test_generic_label_over_several_wines_is_none(matcher: Matcher) -> None:
    assert matcher.suggest("VRE CHAMPAGNE").answer == "none"


def test_magnum_held(matcher: Matcher) -> None:
    suggestion = matcher.suggest("MAG BELLE CROIX 2016")
    assert (suggestion.answer, top(suggestion)) == ("yes", "bc16m")


def test_magnum_not_held_is_none_never_two_bottles(matcher: Matcher) -> None:
    suggestion = matcher.suggest("MAG SANCERRE MARCHAND BL")
    assert suggestion.answer == "none"
    assert "no magnum" in suggestion.explanation


def test_half_bottle_held_and_not_held(matcher: Matcher) -> None:
    assert top(matcher.suggest("1/2 SANCERRE MARCHAND BL")) == "mb22h"
    assert matcher.suggest("1/2 BTL BELLE CROIX").answer == "none"


@pytest.mark.parametrize(
    ("label", "entry", "units"),
    [
        ("VRE SANCERRE MARCHAND BL", "mb22", "0.1667"),
        ("VERRE SANCERRE MARCHAND BL 15CL", "mb22", "0.2"),
        ("PICHET 50 CROZES ROUX", "rg20", "0.6667"),
        ("FARGEOT XO 4CL", "fx", "0.0571"),
        ("EVIAN 1L", "ev", "1"),
    ],
)
def test_units_per_sale(matcher: Matcher, label: str, entry: str, units: str) -> None:
    suggestion = matcher.suggest(label)
    assert top(suggestion) == entry
    assert suggestion.units_per_sale == Decimal(units)


def test_glass_never_refers_to_the_half_bottle(matcher: Matcher) -> None:
    suggestion = matcher.suggest("VRE SANCERRE MARCHAND BL 2022")
    assert top(suggestion) == "mb22"


def test_unstated_rose_means_the_white_champagne(matcher: Matcher) -> None:
    assert top(matcher.suggest("COUPE DELORME BRUT")) == "dl"
    assert top(matcher.suggest("DELORME ROSE")) == "dlr"


def test_abbreviated_and_misspelt_labels(matcher: Matcher) -> None:
    assert top(matcher.suggest("CROZES HERM. GALETS ROUX 20")) == "rg20"
    assert top(matcher.suggest("SANCERE MARCHEND BL 21")) == "mb21"


def test_candidates_are_ranked_with_bounded_confidence(matcher: Matcher) -> None:
    suggestion = matcher.suggest("SANCERRE MARCHAND BL 2021", limit=3)
    assert 1 <= len(suggestion.candidates) <= 3
    confidences = [candidate.confidence for candidate in suggestion.candidates]
    assert all(0.0 <= value <= 1.0 for value in confidences)
    assert confidences[0] == max(confidences)
    assert suggestion.candidates[0].confidence > 0.5


def test_confirmed_pair_ranks_first(library: list[LibraryEntry]) -> None:
    confirmed = {label_key("CUVEE DU PATRON"): "rg20"}
    matcher = Matcher(library, confirmed)
    suggestion = matcher.suggest("Cuvée du patron")
    assert (suggestion.answer, top(suggestion)) == ("yes", "rg20")
    assert Matcher(library).suggest("Cuvée du patron").answer == "none"


def test_confirmed_pair_applies_to_near_identical_label(library: list[LibraryEntry]) -> None:
    matcher = Matcher(library, {label_key("CUVEE DU PATRON ROUGE"): "rg20"})
    assert top(matcher.suggest("CUVEE DU PATRONS ROUGE")) == "rg20"
    assert matcher.suggest("CUVEE DU PATRON ROUGE 2019").answer == "none"


def test_confirmed_pair_to_a_deleted_entry_is_ignored(library: list[LibraryEntry]) -> None:
    matcher = Matcher(library, {label_key("CUVEE DU PATRON"): "gone"})
    assert matcher.suggest("CUVEE DU PATRON").answer == "none"
