"""One or two tests per general rule added for the held-out set (fictional estates)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tastevin.matching import LibraryEntry, Matcher, Suggestion, parse_label
from tastevin.matching.matcher import CONFIDENT
from tests.matching.conftest import entry


def top(suggestion: Suggestion) -> str | None:
    return suggestion.candidates[0].entry_id if suggestion.answer != "none" else None


# --- normaliser -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "volume", "vintage"),
    [
        ("PIETRA 33", Decimal(33), None),
        ("CHATELDON 75", Decimal(75), None),
        ("SANCERRE DUPIN 21 75", Decimal(75), 2021),
        ("SANCERRE DUPIN MILL 75", None, 1975),
        ("SANCERRE DUPIN '75", None, 1975),
        ("SANCERRE DUPIN 0.75L", Decimal(75), None),
        ("SANCERRE DUPIN 37,5CL", Decimal("37.5"), None),
    ],
)
def test_bare_bottle_sizes_and_marked_vintages(
    label: str, volume: Decimal | None, vintage: int | None
) -> None:
    parsed = parse_label(label)
    assert (parsed.volume_cl, parsed.vintage) == (volume, vintage)


@pytest.mark.parametrize("label", ["1/4 GAMAY", "QUART GAMAY", "PICHET 25 GAMAY"])
def test_quarter_is_a_25_cl_carafe(label: str) -> None:
    parsed = parse_label(label)
    assert (parsed.serving, parsed.volume_cl, parsed.tokens) == ("carafe", Decimal(25), ("gamay",))


def test_quarts_de_chaume_is_not_a_carafe() -> None:
    parsed = parse_label("QUARTS DE CHAUME")
    assert parsed.serving is None
    assert parsed.tokens == ("quarts", "de", "chaume")


@pytest.mark.parametrize(("label", "volume"), [("GLS PICPOUL", "12.5"), ("GLS 14 PICPOUL", "14")])
def test_gls_is_a_glass(label: str, volume: str) -> None:
    parsed = parse_label(label)
    assert (parsed.serving, parsed.volume_cl) == ("glass", Decimal(volume))


def test_saint_jo_is_saint_joseph() -> None:
    assert parse_label("ST JO GONIN").tokens == ("saint", "joseph", "gonin")


# --- matcher ----------------------------------------------------------------------------


@pytest.fixture
def village() -> list[LibraryEntry]:
    return [
        entry("cv17", "Clos des Vignes", "Château de Varenne", "Varenne", "rouge", 2017),
        entry("cv18", "Clos des Vignes", "Château de Varenne", "Varenne", "rouge", 2018),
        entry("pv19", "Varenne", "Domaine Perrot", "Varenne", "rouge", 2019),
        entry("ls21", "Lessard", "Domaine Aubry", "Lessard", "blanc", 2021),
        entry("rk", "Riesling Kappel", "Domaine Hoffer", "Alsace", "blanc", 2020),
        entry("rs", "Riesling Grand Cru Sonnenberg", "Domaine Hoffer", "Alsace", "blanc", 2019),
        entry("gw", "Gewurztraminer", "Domaine Hoffer", "Alsace", "blanc", 2021),
        entry("gwvt", "Gewurztraminer Vendanges Tardives", "Domaine Hoffer", "Alsace",
              "liquoreux", 2017, "50"),
        entry("tc", "Terres Chaudes", "Domaine Morin", "Saumur-Champigny", "rouge", 2020),
        entry("vr", "Vermouth Rouge", "Maison Berlioz", "Vermouth", None, None, "75", "autre"),
        entry("cr", "Château Rouge", "Brasserie du Faubourg", "Bière ambrée", None, None,
              "33", "bière"),
        entry("sv", "Mondeuse", "Domaine Favre", "Vin de Savoie", "rouge", 2021),
        entry("sv2", "Persan", "Domaine Gaillard", "Vin de Savoie", "rouge", 2020),
        entry("bb", "Brut Tradition", "Lemaire", "Champagne", "effervescent", None,
              category="champagne"),
        entry("bbr", "Brut Rosé", "Lemaire", "Champagne", "rosé", None, category="champagne"),
        entry("lp15", "Cuvée Prestige", "Lemaire", "Champagne", "effervescent", 2015,
              category="champagne"),
        entry("vs", "Vouvray Sec", "Domaine Roche", "Vouvray", "blanc", 2021),
        entry("vb", "Vouvray Brut", "Domaine Roche", "Vouvray", "effervescent", None),
        entry("lim", "Limonade Artisanale", "Elixir", "Soda", None, None, "33", "soft"),
        entry("cc", "Crème de Cassis", "Maison Berlioz", "Liqueur", None, None, "70",
              "spiritueux"),
    ]  # fmt: skip


@pytest.fixture
def matcher(village: list[LibraryEntry]) -> Matcher:
    return Matcher(village)


@pytest.mark.parametrize("label", ["VARENNE", "VRE VARENNE", "VARENNE ROUGE", "VARENNE 2019"])
def test_appellation_shared_by_several_wines_is_none(matcher: Matcher, label: str) -> None:
    suggestion = matcher.suggest(label)
    assert suggestion.answer == "none"


def test_appellation_of_a_single_wine_is_that_wine(matcher: Matcher) -> None:
    suggestion = matcher.suggest("VRE LESSARD")
    assert (suggestion.answer, top(suggestion)) == ("yes", "ls21")
    assert suggestion.units_per_sale == Decimal("0.1667")


@pytest.mark.parametrize(
    ("label", "expected", "answer"),
    [
        ("VARENNE CH DE VARENNE 2018", "cv18", "yes"),
        ("CHATEAU DE VARENNE", "cv18", "yes"),
        ("CHT DE VARENNE 2016", "cv17", "almost"),
        ("VARENNE PERROT", "pv19", "yes"),
    ],
)
def test_producer_named_like_its_appellation(
    matcher: Matcher, label: str, expected: str, answer: str
) -> None:
    suggestion = matcher.suggest(label)
    assert (suggestion.answer, top(suggestion)) == (answer, expected)


@pytest.mark.parametrize("label", ["COUPE LEMAIRE", "FLUTE CHAMPAGNE LEMAIRE"])
def test_unstated_colour_means_the_producers_white_not_its_rose(
    matcher: Matcher, label: str
) -> None:
    found = matcher.suggest(label)
    assert top(found) == "bb"
    # a convention chose among the house's drinks, not the label: offered below 90 %
    assert found.candidates[0].confidence < CONFIDENT
    assert top(matcher.suggest(f"{label} ROSE")) == "bbr"


def test_a_bottle_of_a_house_named_alone_is_none_when_several_of_its_drinks_fit(
    matcher: Matcher,
) -> None:
    found = matcher.suggest("LEMAIRE")
    assert found.answer == "none"
    assert found.reasons[0].code == "house_alone"
    assert top(matcher.suggest("LEMAIRE ROSE")) == "bbr"  # the label says which


def test_same_evidence_prefers_the_plain_wine(matcher: Matcher) -> None:
    assert top(matcher.suggest("GEWURZ HOFFER 21")) == "gw"
    assert top(matcher.suggest("GEWURZ VT HOFFER 50CL")) == "gwvt"


def test_same_evidence_with_incomparable_cuvees_is_a_tie_unless_one_is_a_cru(
    matcher: Matcher,
) -> None:
    # a grand cru is said on a label: "RIESLING HOFFER" is the house's Kappel (session
    # 10, as the metz and golf blind builders read it; a tie until then)
    found = matcher.suggest("RIESLING HOFFER")
    assert (found.answer, top(found)) == ("yes", "rk")
    assert top(matcher.suggest("RIESLING GC HOFFER")) == "rs"
    suggestion = matcher.suggest("HOFFER 2020")
    assert suggestion.answer == "none"  # Kappel or the Gewurztraminer: nothing tells


@pytest.mark.parametrize("label", ["VIN CHAUD", "MOND"])
def test_lone_loose_word_names_nothing(matcher: Matcher, label: str) -> None:
    assert matcher.suggest(label).answer == "none"


def test_lone_exact_word_names_a_wine(matcher: Matcher) -> None:
    assert top(matcher.suggest("MONDEUSE")) == "sv"


def test_wine_word_excludes_other_drinks(matcher: Matcher) -> None:
    assert matcher.suggest("VIN DE SAVOIE ROUGE").answer == "none"
    assert top(matcher.suggest("VERMOUTH ROUGE BERLIOZ 6CL")) == "vr"


def test_colour_word_in_a_beers_name(matcher: Matcher) -> None:
    suggestion = matcher.suggest("CHATEAU ROUGE 33CL")
    assert (suggestion.answer, top(suggestion)) == ("yes", "cr")
    assert matcher.suggest("1/4 ROUGE").answer == "none"


def test_style_word_alone_names_nothing(matcher: Matcher) -> None:
    assert matcher.suggest("VIN BLANC SEC").answer == "none"
    assert top(matcher.suggest("VOUVRAY SEC")) == "vs"
    assert top(matcher.suggest("VOUVRAY BRUT ROCHE")) == "vb"


@pytest.mark.parametrize("label", ["BLANC LIMONADE", "LIMONADE ROSE"])
def test_wine_colour_on_a_drink_without_colour_is_a_conflict(matcher: Matcher, label: str) -> None:
    assert matcher.suggest(label).answer == "none"
    assert top(matcher.suggest("LIMONADE ARTISANALE")) == "lim"


@pytest.mark.parametrize("label", ["KIR", "KIR ROYAL LEMAIRE", "BLANC CASSIS", "PICON BIERE"])
def test_mixed_drinks_are_none(matcher: Matcher, label: str) -> None:
    suggestion = matcher.suggest(label)
    assert suggestion.answer == "none"
    assert suggestion.reasons[0].code == "mixed_drink"
    assert top(matcher.suggest("CREME DE CASSIS 4CL")) == "cc"


def test_house_name_alone_means_its_non_vintage_wine_when_poured(matcher: Matcher) -> None:
    # Brut Tradition and Cuvée Prestige leave out incomparable words: a glass is poured
    # from the non-vintage one; a bottle says nothing of which (none, above)
    assert top(matcher.suggest("VERRE LEMAIRE")) == "bb"
    # the label's vintage is held by one of them only: that one
    assert top(matcher.suggest("LEMAIRE 2015")) == "lp15"
