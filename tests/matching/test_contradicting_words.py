"""A label word that names other drinks of the library, left unexplained by a candidate,
forbids yes; a word the till cut that starts words of several drinks is a tie; and the
candidates are listed in the order of the figure the answer is given by. Fictional drinks."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tastevin.matching import LibraryEntry, Matcher
from tastevin.matching.habits import Habits
from tests.matching.conftest import entry


def _region(region: str, *entries: LibraryEntry) -> list[LibraryEntry]:
    return [replace(item, region=region) for item in entries]


CELLAR = [
    *_region(
        "Armorique",
        entry(
            "pom_arm",
            "Pommeau d'Armorique",
            "Distillerie Ar Men",
            "Pommeau d'Armorique",
            None,
            None,
            "70",
            "autre",
        ),
        entry(
            "lambig",
            "Lambig d'Armorique",
            "Distillerie Ar Men",
            None,
            None,
            None,
            "70",
            "spiritueux",
        ),
        entry("cola", "Kerbol Cola", "Phare Gwenn", None, None, None, "33", "soft"),
        entry("cidre", "Cidre Brut", "Cidrerie Lannec", None, None, None, "75", "autre"),
        entry("biere", "Gwenn Ambrée", "Brasserie Gwenn", None, None, None, "33", "bière"),
        entry("blonde", "Gwenn Blonde", "Brasserie Gwenn", None, None, None, "33", "bière"),
        entry("eau", "Eau Plate", "Source Kerlo", None, None, None, "50", "soft"),
        entry("jus", "Jus de Pomme", "Verger Lannec", None, None, None, "25", "soft"),
    ),
    *_region(
        "Normandie",
        entry(
            "pom_norm",
            "Pommeau de Normandie",
            "Manoir Armel",
            "Pommeau de Normandie",
            None,
            None,
            "70",
            "autre",
        ),
        entry(
            "fine",
            "Calvados Pays d'Auge Fine",
            "Manoir Armel",
            "Calvados Pays d'Auge",
            None,
            None,
            "70",
            "spiritueux",
        ),
    ),
    entry("muscadet", "Clos des Roches", "Domaine Lebrun", "Muscadet", "blanc", 2023),
    entry("saumur", "Les Terres", "Domaine Vaillant", "Saumur", "rouge", 2022),
    entry("sancerre", "Silex", "Domaine Pichard", "Sancerre", "blanc", 2023),
    entry("kerval", "Brut Majeur", "Kerval", "Champagne", "effervescent", None, "75", "champagne"),
    entry(
        "delmont",
        "Blanc de Blancs",
        "Delmont",
        "Champagne",
        "effervescent",
        None,
        "75",
        "champagne",
    ),
]


@pytest.fixture(scope="module")
def cellar() -> Matcher:
    return Matcher(CELLAR)


def test_a_word_naming_other_drinks_forbids_yes_however_common_the_region_makes_it(
    cellar: Matcher,
) -> None:
    # "armorique" is the region of eight drinks (a low weight) but names two of them
    found = cellar.suggest("FINE ARMORIQUE DOSE")
    assert found.answer == "none"
    assert cellar.suggest("CALVADOS FINE DOSE").answer == "yes"


def test_another_houses_cuvee_named_instead_of_the_candidates_forbids_yes(
    cellar: Matcher,
) -> None:
    assert cellar.suggest("KERVAL BLANC DE BLANCS").answer == "none"
    found = cellar.suggest("DELMONT BLANC DE BLANCS")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "delmont")
    found = cellar.suggest("KERVAL BRUT MAJEUR")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "kerval")


def test_a_stub_at_the_tills_cut_that_starts_words_of_two_drinks_is_a_tie(
    cellar: Matcher,
) -> None:
    # "arm" ends the cut label: Armorique, or the Armel of the other Pommeau
    habits = Habits(width=15)
    found = cellar.suggest("6CL POMMEAU ARM", habits=habits)
    assert found.answer == "none"
    # an uncut label with the whole word is not ambiguous
    found = cellar.suggest("POMMEAU ARMORIQUE 6CL", habits=habits)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "pom_arm")


@pytest.mark.parametrize("label", ["POMMEAU ARM", "FINE ARMORIQUE", "KERVAL"])
def test_candidates_are_listed_in_the_order_of_their_confidence(
    cellar: Matcher, label: str
) -> None:
    found = cellar.suggest(label)
    figures = [candidate.confidence for candidate in found.candidates]
    assert figures == sorted(figures, reverse=True)
