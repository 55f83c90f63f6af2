"""fields.py alone: which fields an export writes around the drink are learnt as naming
nothing, which are always read, and the codes a terminal writes first. The matcher's
answers on such labels are in test_session8.py."""

from __future__ import annotations

from tastevin.matching.fields import FieldSpec, learn_fields, strip_fields
from tastevin.matching.terminal_codes import learn_codes_first, strip_codes

VOCABULARY = frozenset(
    {"cremant", "jura", "brut", "arbois", "trousseau", "poulsard", "rolet", "blancos", "rouge"}
)
GROUPS = [
    "26/01 Club alpin de Lons (81 pax) » Crémant du Jura Brut » coupe",
    "24/07 Mariage Vuillermoz-Grappe (79 pax) » Arbois Trousseau » 75 cl",
    "13/03 ESF Bellefontaine (54 pax) » Arbois Poulsard, Rolet 2022 » 75 cl",
    "04/02 CE Smoby (54 pax) » Crémant du Jura Brut » 150 cl",
    "19/03 Foyer de ski de fond (65 pax) » Arbois Trousseau » pichet 50 cl",
]


def test_a_group_before_the_item_is_learnt_and_set_aside_its_format_is_read() -> None:
    spec = learn_fields(GROUPS, VOCABULARY)
    # three columns: the group, the drink, its format
    assert spec == FieldSpec(" » ", first=True, last=False, columns=(False, True, True))
    # "(81 pax)" is no 81 cl: the group goes, the format after the item stays
    assert strip_fields(GROUPS[0], spec) == "Crémant du Jura Brut » coupe"
    assert strip_fields(GROUPS[1], spec) == "Arbois Trousseau » 75 cl"
    assert FieldSpec.from_json(spec.to_json()) == spec  # type: ignore[union-attr]
    assert FieldSpec.from_json({"separator": " » "}) is None


def test_a_family_that_recurs_is_no_field_to_set_aside() -> None:
    # the values recur (a family), even in a language the tables do not hold
    family = [f"{name} > Rioja {n}" for name in ("Tintos", "Blancos") for n in range(6)]
    spec = learn_fields(family, VOCABULARY)
    assert spec is None or not spec.first


def test_what_is_added_goes_one_after_another_a_price_field_alone() -> None:
    added = FieldSpec(" +", last=True)
    assert strip_fields("Campari (bicchierino) + ghiaccio + arancia", added) == (
        "Campari (bicchierino)"
    )
    priced = FieldSpec(";", last=True)
    assert strip_fields("BLANCS;chablis montmains;cora 10;16.00", priced) == (
        "BLANCS;chablis montmains;cora 10"
    )
    # a last field with a measure is read ("… ; 75 cl")
    assert strip_fields("Chablis ; 75 cl", FieldSpec(" ; ", last=True)) == "Chablis ; 75 cl"


def test_account_and_article_numbers_are_codes_however_often_they_recur() -> None:
    compta = [f"707110;SALLE;V{8000 + n};ARBOIS TROUSSEAU 2020;BT75" for n in range(6)]
    spec = learn_fields(compta, VOCABULARY)
    assert spec is not None and spec.first
    # the columns before the drink (the account, the room, the article) name none of it;
    # the one after it is its measure code
    assert spec.columns == (False, False, False, True, True)
    assert strip_fields(compta[0], spec) == "ARBOIS TROUSSEAU 2020;BT75"
    # a row of another shape falls back on the first fields' codes
    assert strip_fields("707110;SALLE;V8;ARBOIS;2020;BT75", spec) == "SALLE;V8;ARBOIS;2020;BT75"
    assert FieldSpec.from_json(["|", True, False]) == FieldSpec("|", True, False)


def test_a_terminals_codes_first() -> None:
    assert strip_codes("TERR2 11:41 #D208 apremont perrier '23 verre") == (
        "apremont perrier '23 verre"
    )
    assert strip_codes("SNACK 10:23 #AE5F apremont") == "apremont"  # its name, then codes
    assert strip_codes("#ADFB6B Morgon, Château de Pizay 2021") == "Morgon, Château de Pizay 2021"
    for label in (
        "VRE12 CHABLIS",  # a measure
        "4CL GLENGOYNE 12ANS",
        "B70 FAVORITE 50%",
        "2018 BAROLO",  # a vintage
        "11:MUSCADET BREGEON",  # an article number glued to the drink's first word
        "CHIANTI A12 RISERVA",  # one code after a word: the word may be the drink's
    ):
        assert strip_codes(label) == label, label
    # a quantity first is a code; an age after the drink's words is no terminal's
    assert strip_codes("x1 daruma masamune 10y bt50") == "daruma masamune 10y bt50"
    till = ["TERR2 11:41 #D208 apremont", "TERR1 16:29 #B298 mondeuse", "SNACK 10:23 #AE5F x"]
    assert learn_codes_first(till * 2)
    assert not learn_codes_first(["VRE12 CHABLIS", "4CL GLENGOYNE", "2018 BAROLO"] * 2)
