"""Session 11's mechanisms (docs/matching.md, "Session 11"), found on a fourth wave of
ordinary tills: a space-coded family that is a colour or a kind of drink, or its cut."""

from __future__ import annotations

from tastevin.matching import Matcher
from tests.matching.conftest import entry

SAVOIE = [
    entry("ap", "Apremont", "Domaine Jean Perrier", "Vin de Savoie", "blanc", 2023),
    entry("mo", "Mondeuse Arbin", "Louis Magnin", "Vin de Savoie", "rouge", 2021),
    entry("cb", "Chignin-Bergeron", "Jean-Pierre Quénard", "Chignin-Bergeron", "blanc", 2022),
    entry("rg", "Riesling Grand Cru Eichberg", "Zind-Humbrecht", "Alsace", "blanc", 2019),
    entry("ap2", "Apérol", "Campari", None, None, None, "70", "autre"),
    entry("kr", "1664", "Kronenbourg", None, None, None, "3000", "biere"),
    entry("cc", "Coca-Cola", "Coca-Cola", None, None, None, "33", "soft"),
]
# an old register files its labels under four-letter departments: some name nothing
# ("BULL", "DIGE", "CUIS"), others are a colour or a kind of drink cut to four letters
COUNTER = [
    "ROUG MONDEUSE 21",
    "ROUG VRE MAGNIN",
    "ROUG PICH50 MAISON",
    "BLAN APREMONT 23",
    "BLAN CHIG BERG 22",
    "BLAN VRE APREMONT",
    "BULL COUPE MAISON",
    "BULL CREMANT",
    "BULL 1/2 MAISON",
    "DIGE DOSE GENEPI",
    "DIGE DOSE CHARTR",
    "DIGE DOSE MARC",
    "APER SPRITZ APEROL",
    "APER DOSE APEROL",
    "APER KIR",
    "CUIS TARTIFLETTE",
    "CUIS CROZIFLETTE",
    "CUIS FONDUE",
    "BIER DEMI 1664",
    "BIER PINTE 1664",
    "BIER MONACO",
]


def test_a_code_that_says_a_colour_or_a_kind_joins_the_tills_system_of_codes() -> None:
    matcher = Matcher(SAVOIE)
    habits = matcher.learn_habits(COUNTER)
    # "BULL", "DIGE", "CUIS" name nothing and make a system; "ROUG", "BLAN", "BIER",
    # "APER" begin library words (rouge, blanc, bière, Apérol) but say a colour or a kind
    assert {"bull ", "dige ", "cuis ", "roug ", "blan ", "bier ", "aper "} <= set(habits.prefixes)
    found = matcher.suggest("ROUG MONDEUSE 21", habits=habits)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "mo")
    white = matcher.suggest("BLAN CHIG BERG 22", habits=habits)
    assert (white.answer, white.candidates[0].entry_id) == ("yes", "cb")


def test_a_cut_grape_heading_labels_is_no_family_code() -> None:
    # "RIES" begins Riesling: a word of one drink's name, not a kind a family says
    labels = [*COUNTER, "RIES EICHBERG 19", "RIES EICHBERG 18", "RIES EICHB VRE"]
    habits = Matcher(SAVOIE).learn_habits(labels)
    assert "ries " not in habits.prefixes
    assert "roug " in habits.prefixes
