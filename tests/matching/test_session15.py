"""Session 15's readings of what a till or an export prints (docs/matching.md, "Session
15"): HTML entities and a DOS code page mended, prices in `4E50` or two currencies, a stock
tool's fields and movements, a Swiss waiter's décis, a distributor's packing, a litre said
in words, an export's sparkling column. What tills write first and last, their widths,
families and languages are in `test_session15_tills.py`; which drink a read label means in
`test_session15_decisions.py`."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tastevin.matching import Matcher
from tastevin.matching.folding import fold
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


def test_an_exports_sparkling_column_names_no_wine() -> None:
    matcher = Matcher(
        [entry("tait", "Brut Réserve", "Taittinger", "Champagne", None, None, "75", "champagne")]
    )
    found = matcher.suggest("75 cl;;Effervescent;Brut Réserve;Taittinger")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "tait")


def test_prices_after_their_currencys_code() -> None:
    parsed = parse_label("VRE MUSCADET PEPIERE 23  EUR  8.00 GBP  7.00")
    assert (parsed.tokens, parsed.vintage, parsed.serving) == (
        ("muscadet", "pepiere"),
        2023,
        "glass",
    )
    assert parse_label("MAG MUSCA PEPIERE 22     EUR104.00 GBP 89.50").vintage == 2022


def test_a_stock_movements_bottles_taken_out() -> None:
    bottle = parse_label("Cidre Capelle brut · 750 ml · -1 btl")
    assert (bottle.volume_cl, bottle.serving) == (Decimal(75), "bottle")
    assert "1" not in bottle.tokens
    pour = parse_label("Guinness · fût 30 L · -500 ml")
    assert pour.volume_cl == Decimal(50)


def test_a_dos_journal_read_in_the_wrong_code_page_is_mended() -> None:
    assert fold("3028 Cr‚mant Sieur d'Arques 2021 75cl") == "3028 cremant sieur d'arques 2021 75cl"
    assert fold("Castelmaure Nø3 CorbiŠres") == "castelmaure n°3 corbieres"  # N°3 as written
    assert fold("Vi¤a Ardanza") == "vina ardanza"
    assert fold("Champagne – Brut “Réserve”") == "champagne – brut “reserve”"  # written right


def test_a_distributors_packing_says_the_bottle_and_a_litre_said_in_words() -> None:
    packed = parse_label("A73735 VIN RGE AOP BUZET BARON D'ARDEUIL 2020 6X75CL | BOUTEILLE")
    assert (packed.volume_cl, packed.count, packed.vintage) == (Decimal(75), 1, 2020)
    assert "6x75cl" not in packed.tokens
    assert parse_label("CAISSE 6 X 75CL CHINON").count == 6  # a case sold whole, still
    assert parse_label("Litre Côtes du Rhône").volume_cl == Decimal(100)
    assert parse_label("Demi-litre Bordeaux blanc").volume_cl == Decimal(50)
    assert parse_label("badoit (1 litre)").volume_cl == Decimal(100)
