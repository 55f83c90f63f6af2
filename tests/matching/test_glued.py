"""Glued words a till leaves (session 4), on fictional drinks: an elision glued between
two words, a glued last word the till cut, a family code glued to the first word, and a
vintage written before the family code."""

from __future__ import annotations

import pytest

from tastevin.matching import Matcher
from tastevin.matching.habits import learn
from tests.matching.conftest import entry

CELLAR = [
    entry("alba", "Nebbiolo d'Alba", "Cantina Verdelli", "Nebbiolo d'Alba", "rouge", 2020),
    entry("rosso", "Rosso Collinare", "Fattoria Montebrusco", "Toscana", "rouge", 2021),
    entry("bianco", "Bianco Sassoso", "Tenuta Ravanelli", "Soave", "blanc", 2022),
    entry("acqua", "Acqua Frizzante", "Fonte Lavedra", None, None, None, "100", "soft"),
]
TILL = [
    "VRO ROSSO COLLINARE",
    "VRO NEBBIOLO VERDELLI",
    "VRO PICHET 50 ROSSO",
    "VBI BIANCO SASSOSO",
    "VBI VERRE SOAVE",
    "VBI SOAVE RAVANELLI",
    "BIB ACQUA LAVEDRA",
    "BIB LAVEDRA 1L",
    "BIB CAFE",
]


@pytest.fixture(scope="module")
def cellar() -> Matcher:
    return Matcher(CELLAR)


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("NEBBIOLODALBA VERDELLI 2020", "alba"),  # the elision "d'" glued between words
        ("ROSSO MONTEBRUSCOCOLLIN", "rosso"),  # a glued last word cut by the till
    ],
)
def test_glued_words_are_read_apart(cellar: Matcher, label: str, expected: str) -> None:
    found = cellar.suggest(label)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", expected)


def test_an_unknown_glued_word_stays_unexplained(cellar: Matcher) -> None:
    # no split into library words explains "montebruscoxylo": not the Rosso
    assert cellar.suggest("MONTEBRUSCOXYLOFAR").answer == "none"


@pytest.mark.parametrize(
    ("label", "expected"),
    [("VROROSSO COLLINARE", "rosso"), ("BIBACQUA LAVEDRA", "acqua")],
)
def test_a_family_code_glued_to_the_first_word_is_the_code(
    cellar: Matcher, label: str, expected: str
) -> None:
    habits = cellar.learn_habits([*TILL, label])
    found = cellar.suggest(label, habits=habits)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", expected)
    # without the till's habits, the glued code is a word the drink does not explain
    assert cellar.suggest(label).answer == "none"


def test_a_vintage_written_before_the_family_code() -> None:
    habits = learn(TILL)
    assert habits.split("2021 VRO ROSSO COLLINARE") == ("vro ", "2021 ROSSO COLLINARE")
    assert habits.split("2021 ROSSO COLLINARE") == (None, "2021 ROSSO COLLINARE")
