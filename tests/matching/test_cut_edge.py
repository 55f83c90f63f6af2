"""Words a till cut short (``tastevin.matching.cut_edge``), read alone on a fictional
cellar: the stub at the till's width, and a sale's word cut short anywhere."""

from __future__ import annotations

import pytest

from tastevin.matching.cut_edge import CutWords, cut_colour, cut_word
from tastevin.matching.index import LibraryIndex
from tastevin.matching.lookup import TokenLookup
from tastevin.matching.reading import LabelReader
from tests.matching.conftest import entry

CELLAR = [
    entry("sancr", "Sancerre Rouge", "Domaine Vacheron", "Sancerre", "rouge", 2022),
    entry("sancb", "Sancerre Blanc", "Domaine Vacheron", "Sancerre", "blanc", 2023),
    entry("chevr", "Cheverny Rouge", "Domaine du Salvard", "Cheverny", "rouge", 2023),
    entry("fer", "Cognac 1840", "Ferrand", None, None, None, "70", "spiritueux"),
    entry("vill", "Villeneuve", "Château de Villeneuve", "Saumur", "rouge", 2020),
    entry("martini", "Martini Bianco", "Martini", None, None, None, "100", "autre"),
    entry("gin", "Gin Marinier", "Distillerie Corvalle", None, None, None, "70", "spiritueux"),
    entry("pach", "Pacherenc", "Domaine Berthoumieu", "Pacherenc du Vic-Bilh", "blanc", 2021),
]


@pytest.fixture(scope="module")
def cut() -> CutWords:
    index = LibraryIndex(CELLAR)
    return LabelReader(index, TokenLookup(index.vocab)).cut


@pytest.mark.parametrize(
    ("folded", "read"),
    [
        ("sancerre rou", "sancerre rouge"),  # a colour cut short after a still wine
        ("sancerre blan", "sancerre blanc"),
        ("martini blan", "martini blan"),  # no still wine before it: no colour
        ("cheverny r", "cheverny rouge"),  # the one word after Cheverny that R starts
        ("ferrand 184", "ferrand 1840"),  # the one number of the house it starts
        ("villeneuve 2", "villeneuve "),  # a vintage cut to its first digit: set aside
        ("marinier g", "marinier g"),  # one letter no word follows with: an initial, kept
        ("marinier zq", "marinier "),  # two letters that start nothing say nothing
    ],
)
def test_the_stub_at_the_till_width_is_the_word_it_starts(
    cut: CutWords, folded: str, read: str
) -> None:
    assert cut.at_cut(folded) == read


def test_a_word_of_the_sale_cut_anywhere_is_that_word(cut: CutWords) -> None:
    # no library word starts "moell": the sale's one word that does
    assert cut.sale_words_cut("pacherenc moell 2021") == "pacherenc moelleux 2021"
    # a library word it may start is the lookup's to read, not the sale's
    assert cut.sale_words_cut("pache moell") == "pache moelleux"
    assert cut.sale_words_cut("sancerre vach") == "sancerre vach"


def test_the_words_a_stub_starts_beside_a_house(cut: CutWords) -> None:
    assert cut.beside("sancerre", "bl") == {"blanc"}
    assert cut.beside("sancerre", "ro") == {"rouge"}
    assert cut.stemmed("sanc") == ["sancerre"]
    assert cut.stemmed("san") == []  # shorter than a completed word


def test_a_colour_cut_short_and_the_cut_word() -> None:
    assert cut_colour("rou") == "rouge"
    assert cut_colour("ros") == "rose"  # the shortest colour word it starts, not "rosso"
    assert cut_colour("whi") is None  # whisky's, a category word
    assert cut_colour("ro") is None  # too short to be a family's code
    assert cut_word("CHABLIS FOURCH", ["chablis", "fourch"]) == "fourch"
    assert cut_word("CHABLIS 2019", ["chablis", "2019"]) is None  # ends in a digit: not cut
