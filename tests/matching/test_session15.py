"""Session 15's mechanisms (docs/matching.md, "Session 15"): what four more blind builders'
tills wrote that nobody had: a web tool's HTML entities, a register's `4E50` prices, a stock
tool's `M2019` and `Q=0.750L`, a Swiss waiter's décis, a touch screen's button, a supplier's
VAT class letter last."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tastevin.matching import Matcher
from tastevin.matching.families import family_prefixes
from tastevin.matching.folding import fold
from tastevin.matching.habits import learn
from tastevin.matching.normalise import parse_label
from tests.matching.conftest import entry

ROUERGUE = [
    entry("cros22", "Lo Sang del Païs", "Domaine du Cros", "Marcillac", "rouge", 2022),
    entry("millau", "Gorges du Tarn", "Cave des Vignerons", "Côtes de Millau", "rouge", 2021),
    entry("olt", "Estaing Blanc", "Vignerons d'Olt", "Estaing", "blanc", 2022),
    entry("salv", "Salvetat", "Salvetat", None, None, None, "100", "eau"),
    entry("badoit", "Badoit", "Badoit", None, None, None, "100", "eau"),
    entry("lorina", "Limonade", "Lorina", None, None, None, "75", "soft"),
    entry("kro0", "Kronenbourg Sans Alcool", "Kronenbourg", None, None, None, "25", "biere"),
    entry("chart", "Chartreuse Verte", "Chartreuse", None, None, None, "70", "spiritueux"),
    entry("vieille", "Vieille Prune", "Louis Roque", None, None, None, "70", "spiritueux"),
]


def test_html_entities_are_the_letters_they_stand_for() -> None:
    assert fold("C&ocirc;tes de Millau") == "cotes de millau"
    assert fold("Vignerons d&#39;Olt &laquo; Estaing &raquo;") == "vignerons d'olt « estaing »"
    assert fold("H&amp;H") == "h&h"
    assert fold("D&R Bordeaux") == "d&r bordeaux"  # no entity: left as typed


def test_an_html_escaped_export_is_read_as_its_letters_not_as_fields() -> None:
    labels = [
        "Vins > Rouges > Marcillac Dom. du Cros &laquo; Lo Sang del Pa&iuml;s &raquo; 2022"
        " - Bouteille 75 cl",
        "Vins > Rouges > C&ocirc;tes de Millau Gorges du Tarn 2021 - Bouteille 75 cl",
        "Vins > Blancs > Estaing Vignerons d&#39;Olt 2022 - Bouteille 75 cl",
        "Bar > Sans alcool > Salvetat - Bouteille 1 l",
        "Bar > Sans alcool > Badoit - Bouteille 1 l",
        "Bar > Sans alcool > Limonade Lorina - Bouteille 75 cl",
        "Bar > Digestifs et spiritueux > Chartreuse verte - Dose 4 cl",
        "Bar > Digestifs et spiritueux > Vieille prune Louis Roque - Dose 4 cl",
        "Bar > Digestifs et spiritueux > Cognac Hennessy VS - Dose 4 cl",
    ]
    matcher = Matcher(ROUERGUE)
    habits = matcher.learn_habits(labels)
    assert habits.fields is None  # the entities' semicolons are no export's fields
    assert {"sans alcool > ", "digestifs et spiritueux > "} <= set(habits.prefixes)
    wanted = ["cros22", "millau", "olt", "salv", "badoit", "lorina", "chart", "vieille", None]
    for label, want in zip(labels, wanted, strict=True):
        found = matcher.suggest(label, habits=habits)
        got = found.candidates[0].entry_id if found.answer != "none" else None
        assert got == want, (label, found.explanation)


@pytest.mark.parametrize(
    ("label", "tokens"),
    [
        ("VRE MARCILLAC CROS 9E50", ("marcillac", "cros")),
        ("DOSE SUZE 11E00", ("suze",)),
        ("COTES 8€50", ("cotes",)),
        ("HEINEKEN 25CL 8E50", ("heineken",)),
    ],
)
def test_a_price_with_e_for_its_decimal_point_is_a_price(
    label: str, tokens: tuple[str, ...]
) -> None:
    assert parse_label(label).tokens[-len(tokens) :] == tokens
    assert all("e" not in token or not token[0].isdigit() for token in parse_label(label).tokens)


def test_a_stock_tools_vintage_field_and_quantity_taken_out() -> None:
    red = parse_label("[RGE] Arbois Trousseau Dom. Rolet  M2022 Q=0.750L")
    assert (red.vintage, red.volume_cl) == (2022, Decimal("75.000"))
    assert "q" not in red.tokens and "m2022" not in red.tokens
    none = parse_label("[APE] Martini Rosso                M---- Q=0.060L")
    assert none.vintage is None and none.volume_cl == Decimal("6.000")
    assert "martini" in none.tokens and "m" not in none.tokens
    assert parse_label("CHINON M05").vintage == 2005  # the short form read before


@pytest.mark.parametrize(
    ("label", "volume"),
    [
        ("trousseau rolet – déci", Decimal(10)),
        ("poulsard rolet 2022 – 2 décis", Decimal(20)),
        ("beaujolais dupeuble – 5 décis", Decimal(50)),
    ],
)
def test_a_swiss_waiters_deci_is_a_pour_of_tenths_of_a_litre(label: str, volume: Decimal) -> None:
    parsed = parse_label(label)
    assert (parsed.serving, parsed.volume_cl) == ("glass", volume)
    assert "deci" not in parsed.tokens and "decis" not in parsed.tokens


JURA = [
    entry("chard", "Arbois Chardonnay", "Domaine Rolet", "Arbois", "blanc", 2022),
    entry("trou", "Arbois Trousseau", "Domaine Rolet", "Arbois", "rouge", 2022),
    entry("poul", "Arbois Poulsard", "Domaine Rolet", "Arbois", "rouge", 2022),
    entry("crem", "Crémant du Jura", "Domaine Rolet", "Crémant du Jura", None, None),
    entry("vittel", "Vittel", "Vittel", None, None, None, "100", "eau"),
    entry("vittel50", "Vittel", "Vittel", None, None, None, "50", "eau"),
    entry("pastis", "Pastis 51", "Pernod Ricard", None, None, None, "100", "spiritueux"),
    entry("martini", "Martini Rosso", "Martini", None, None, None, "100", "autre"),
]


def test_a_touch_screens_button_position_is_one_code() -> None:
    labels = [
        "P1.D2 CHARDONNAY | ROLET '22 > Bouteille",
        "P1.D2 CHARDONNAY | ROLET '22 > Verre",
        "P2.A1 TROUSSEAU | ROLET '22 > Bouteille",
        "P2.A3 POULSARD | ROLET '22 > Bouteille",
        "P4.B6 CRÉMANT | ROLET > Bouteille",
        "P7.D6 VITTEL > 50cl",
        "P7.D6 VITTEL > 1L",
        "P8.E6 CAFÉ",
    ]
    matcher = Matcher(JURA)
    habits = matcher.learn_habits(labels)
    bottle = matcher.suggest(labels[0], habits=habits)
    assert (bottle.answer, bottle.candidates[0].entry_id) == ("yes", "chard")
    assert bottle.units_per_sale == Decimal(1)  # a bottle, not a page and a 2 cl dose
    water = matcher.suggest(labels[5], habits=habits)
    assert (water.candidates[0].entry_id, water.units_per_sale) == ("vittel50", Decimal(1))


def test_a_till_filing_under_bracketed_codes_files_a_rarer_one_too() -> None:
    labels = [
        *(f"[RGE] Arbois Trousseau M20{year} Q=0.750L" for year in (18, 19, 20, 21, 22)),
        *(f"[BLC] Arbois Chardonnay M20{year} Q=0.750L" for year in (18, 19, 20, 21, 22)),
        "[APE] Pastis 51 M---- Q=0.020L",
        "[APE] Martini Rosso M---- Q=0.060L",
    ]
    prefixes = family_prefixes(labels, frozenset({"arbois", "trousseau", "pastis", "martini"}))
    assert {"[rge] ", "[blc] ", "[ape] "} <= set(prefixes)
    matcher = Matcher(JURA)
    habits = matcher.learn_habits(labels)
    dose = matcher.suggest(labels[-2], habits=habits)
    assert (dose.answer, dose.candidates[0].entry_id) == ("yes", "pastis")
    assert dose.units_per_sale == Decimal("0.02")


BELGIAN = [
    entry("leffe", "Leffe Blonde", "Abbaye de Leffe", None, None, None, "33", "biere"),
    entry("westt", "Westmalle Tripel", "Brouwerij Westmalle", None, None, None, "33", "biere"),
    entry("westd", "Westmalle Dubbel", "Brouwerij Westmalle", None, None, None, "33", "biere"),
    entry("spa", "Spa Reine", "Spa", None, None, None, "100", "eau"),
    entry("looza", "Looza Orange", "Looza", None, None, None, "20", "soft"),
    entry("sancerre", "Sancerre", "Domaine Vacheron", "Sancerre", "blanc", 2022),
    entry("guigal", "Côtes du Rhône", "Guigal", "Côtes du Rhône", "rouge", 2021),
    entry(
        "filliers", "Filliers Graanjenever 8 ans", "Filliers", None, None, None, "70", "spiritueux"
    ),
    entry(
        "filliers0", "Filliers Oude Graanjenever", "Filliers", None, None, None, "70", "spiritueux"
    ),
]
SUPPLIER_TILL = [
    "23961 LEFFE BL 33CL A",
    "27688 WESTMALLE TRIPLE 33CL A",
    "27689 WESTMALLE DUBBEL 33CL A",
    "12001 SANCERRE VACHERON 22 A",
    "12002 GUIGAL CDR RGE 21 A",
    "24886 FILLIERS GRAAN 8JAAR 2CL A",
    "91206 SPA REINE 1L B",
    "19061 LOOZA ORANGE 20CL B",
    "80001 CROQUE MONSIEUR B",
    "80002 CAFE B",
]


def test_a_class_letter_printed_last_on_every_line_says_no_colour() -> None:
    habits = learn(SUPPLIER_TILL)
    assert habits.suffixes == ("a", "b")
    matcher = Matcher(BELGIAN)
    habits = matcher.learn_habits(SUPPLIER_TILL)
    for label, want in [
        ("91206 SPA REINE 1L B", "spa"),
        ("19061 LOOZA ORANGE 20CL B", "looza"),
        ("12001 SANCERRE VACHERON 22 A", "sancerre"),
        ("27688 WESTMALLE TRIPLE 33CL A", "westt"),
        ("24886 FILLIERS GRAAN 8JAAR 2CL A", "filliers"),
    ]:
        found = matcher.suggest(label, habits=habits)
        assert (found.answer, found.candidates[0].entry_id) == ("yes", want), found.explanation


def test_colour_initials_said_last_are_no_class() -> None:
    labels = [
        "CHINON R",
        "SANCERRE B",
        "SAUMUR CHAMPIGNY R",
        "VOUVRAY B",
        "BOURGUEIL R",
        "MUSCADET B",
        "ANJOU R",
    ]
    assert learn(labels).suffixes == ()


HOUSES = [
    entry("drap75", "Carte d'Or Brut", "Drappier", "Champagne", None, None, "75", "champagne"),
    entry("drap37", "Carte d'Or Brut", "Drappier", "Champagne", None, None, "37.5", "champagne"),
    entry("drapmag", "Carte d'Or Brut", "Drappier", "Champagne", None, None, "150", "champagne"),
    entry("drapnat", "Brut Nature", "Drappier", "Champagne", None, None, "75", "champagne"),
    entry(
        "pep",
        "Muscadet Sèvre et Maine sur lie",
        "Domaine de la Pépière",
        "Muscadet Sèvre et Maine sur lie",
        "blanc",
        2022,
    ),
    entry(
        "briords",
        "Clos des Briords",
        "Domaine de la Pépière",
        "Muscadet Sèvre et Maine sur lie",
        "blanc",
        2022,
    ),
]


def test_a_house_named_alone_in_a_format_only_its_brut_comes_in() -> None:
    matcher = Matcher(HOUSES)
    for label, want in [("1/2 btl champagne drappier", "drap37"), ("MAG DRAPPIER", "drapmag")]:
        found = matcher.suggest(label)
        assert (found.answer, found.candidates[0].entry_id) == ("yes", want), found.explanation
    nature = matcher.suggest("DRAPPIER BRUT NATURE 1/2")
    assert nature.answer == "none"  # its Brut Nature comes in 75 cl only


def test_an_appellation_said_short_is_the_houses_wine_of_that_name() -> None:
    matcher = Matcher(HOUSES)
    found = matcher.suggest("Muscadet sur lie Pépière 2022 (Pichet 25 cl) 7,00 €")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "pep"), found.explanation
    assert matcher.suggest("PEPIERE 2022").answer == "none"  # the house alone: which?


POURS = [
    entry("sang", "Lo Sang del Païs", "Domaine du Cros", "Marcillac", "rouge", 2022),
    entry("marcros", "Marc de Marcillac", "Domaine du Cros", None, None, None, "70", "spiritueux"),
    entry("chablis", "Chablis Sainte Claire", "Jean-Marc Brocard", "Chablis", "blanc", 2022),
    entry("marc1", "Marc du Jura", "Domaine Rolet", "Marc du Jura", None, None, "70", "spiritueux"),
    entry(
        "marc2",
        "Marc du Jura",
        "Domaine Berthet-Bondet",
        "Marc du Jura",
        None,
        None,
        "70",
        "spiritueux",
    ),
    entry("juice", "Jus de Raisin Gewurztraminer", "Vergers", None, None, None, "100", "soft"),
    entry("gewmarc", "Marc de Gewurztraminer", "Lehmann", None, None, None, "70", "spiritueux"),
]


def test_a_glass_is_a_wines_pour_and_a_dose_a_spirits() -> None:
    matcher = Matcher(POURS)
    glass = matcher.suggest("VRE MARCILLAC CROS")
    assert (glass.answer, glass.candidates[0].entry_id) == ("yes", "sang"), glass.explanation
    # a dose of marc: two are held, and Jean-Marc Brocard's Chablis is poured by no dose
    assert matcher.suggest("marc – 2 cl").answer == "none"
    dose = matcher.suggest("DOSE MARC CROS")
    assert (dose.answer, dose.candidates[0].entry_id) == ("yes", "marcros")
    # no wine fits "GEWURZ" here: the glass chooses between no two other drinks
    assert matcher.suggest("1/8 GEWURZ").answer == "none"
