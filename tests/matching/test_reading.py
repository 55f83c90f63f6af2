"""The label reader alone (``tastevin.matching.reading``): what a label's words become
before it is parsed, on a fictional cellar, whatever the decision then makes of them."""

from __future__ import annotations

import pytest

from tastevin.matching.glued import unglue
from tastevin.matching.habits import learn
from tastevin.matching.index import LibraryIndex
from tastevin.matching.lookup import TokenLookup
from tastevin.matching.reading import LabelReader, family_colour
from tests.matching.conftest import entry

CELLAR = [
    entry("alba", "Nebbiolo d'Alba", "Cantina Verdelli", "Nebbiolo d'Alba", "rouge", 2020),
    entry("neuf", "Cuvée Tradition", "Domaine Ravanel", "Châteauneuf-du-Pape", "rouge", 2019),
    entry("gin", "Gin Marinier", "Distillerie Corvalle", None, None, None, "70", "spiritueux"),
    entry("malt", "Single Malt", "Glen Ardoch", None, None, None, "70", "spiritueux"),
]


@pytest.fixture(scope="module")
def reader() -> LabelReader:
    index = LibraryIndex(CELLAR)
    return LabelReader(index, TokenLookup(index.vocab))


@pytest.mark.parametrize(
    ("label", "reading"),
    [
        ("NEBBIOLODALBA VERDELLI", "nebbiolo d alba verdelli"),  # elision glued between words
        ("GINMARINIER", "gin marinier"),  # two library words glued
        ("GLENARDOCH12", "glen ardoch 12"),  # an age glued to the name
        ("CHATEAU NEUF RAVANEL", "chateauneuf ravanel"),  # split where the library joins
        ("MarinierGin", "marinier gin"),  # a tablet's camel case
        ("VERDELLI 75CL", "verdelli 75cl"),  # a unit stays with its number
        ("TRADITIONCUVEE", "tradition cuvee"),
    ],
)
def test_a_label_is_read_with_the_librarys_words(
    reader: LabelReader, label: str, reading: str
) -> None:
    assert reader.read(label, False, reader.meanings) == reading


def test_the_word_the_till_cut_is_the_start_of_a_word(reader: LabelReader) -> None:
    # a one-letter stub after a name is an initial, kept; not a colour
    assert reader.read("MARINIER G", True, reader.meanings).endswith(" g")
    # the same label not cut: read as it is
    assert reader.read("MARINIER G", False, reader.meanings) == "marinier g"


def test_a_family_code_glued_to_the_first_word_is_taken_apart(reader: LabelReader) -> None:
    till = [
        "VRO NEBBIOLO VERDELLI",
        "VRO TRADITION RAVANEL",
        "VRO VERRE ALBA",
        "SPI GIN MARINIER",
        "SPI GLEN ARDOCH 12",
        "SPI MALT ARDOCH",
        "BIB CAFE",
        "BIB EAU PLATE",
    ]
    habits = learn(till)
    assert "vro " in habits.prefixes
    assert reader.glued_code(habits, "VRONEBBIOLO VERDELLI") == ("vro ", "NEBBIOLO VERDELLI")
    # a first word that is itself a word of the library is no glued code
    assert reader.glued_code(habits, "VERDELLI 2020") == (None, "VERDELLI 2020")


def test_unglue_takes_the_fewest_known_pieces() -> None:
    words = frozenset({"remy", "martin", "clos", "de", "la", "barbera", "alba", "d"})
    assert unglue("remymartin", words) == ["remy", "martin"]
    assert unglue("closdela", words) == ["clos", "de", "la"]
    assert unglue("barberadalba", words) == ["barbera", "d", "alba"]
    assert unglue("zzzzzzzz", words) == ["zzzzzzzz"]  # nothing explains it: unchanged
    assert unglue("remy", words) == ["remy"]  # too short to be two words


def test_family_colour() -> None:
    assert family_colour("[blancs]") == "blanc"
    assert family_colour("(rosés)") == "rose"
    assert family_colour("BIERES") is None
