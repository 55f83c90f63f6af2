"""Session 13's mechanisms (docs/matching.md, "Session 13"): a till's habits read the same
whatever a till or its export wraps every label in."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tastevin.matching import Matcher
from tastevin.matching.fields import unquoted
from tastevin.matching.normalise import parse_label
from tests.matching.conftest import entry

RHONE = [
    entry("g30", "Granit 30", "Vincent Paris", "Cornas", "rouge", 2021),
    entry("g60", "Granit 60", "Vincent Paris", "Cornas", "rouge", 2020),
    entry("p45", "Parallèle 45", "Paul Jaboulet Aîné", "Côtes du Rhône", "rouge", 2022),
    entry("p45r", "Parallèle 45", "Paul Jaboulet Aîné", "Côtes du Rhône", "rosé", 2023),
    entry("sc", "Saumur-Champigny", "Château de Villeneuve", "Saumur-Champigny", "rouge", 2021),
    entry("sb", "Saumur Blanc", "Château de Villeneuve", "Saumur", "blanc", 2022),
    entry("mp", "Montepulciano d'Abruzzo", "Masciarelli", "Montepulciano d'Abruzzo", "rouge", 2021),
]
# a till filing its wines under a colour code, the code's letters no word of the library
TILL = [
    "VRO GRANIT 30 PARIS 21",
    "VRO GRANIT 60 PARIS 20",
    "VRO PARALLELE 45 JABOULET",
    "VRO SAUMUR CHAMPIGNY VILLENEUVE",
    "VRO MONTEPULCIANO MASCIARELLI",
    "VRS PARALLELE 45 23",
    "VRS JABOULET 45",
    "VRS P45 JABOULET 23",
    "VBI SAUMUR VILLENEUVE 22",
    "VBI VILLENEUVE SAUMUR",
    "VBI SAUMUR 22",
]


@pytest.mark.parametrize(
    "wrap",
    [
        lambda label: f'"{label}"',  # an export quoting each label whole
        lambda label: f"*{label}",  # a till marking every line
        lambda label: f"« {label} »",
        lambda label: f"• {label}",
    ],
    ids=["quoted", "starred", "guillemets", "bullet"],
)
def test_a_label_wrapped_whole_is_read_as_the_till_wrote_it(wrap: object) -> None:
    matcher = Matcher(RHONE)
    plain = matcher.learn_habits(TILL)
    assert plain.prefixes  # the codes are learnt...
    wrapped = [wrap(label) for label in TILL]  # type: ignore[operator]
    habits = matcher.learn_habits(wrapped)
    assert habits.prefixes == plain.prefixes  # ...and the same ones under the wrapping
    for label, other in zip(TILL, wrapped, strict=True):
        mine, theirs = matcher.suggest(label, habits=plain), matcher.suggest(other, habits=habits)
        assert (theirs.answer, theirs.candidates[0].entry_id) == (
            mine.answer,
            mine.candidates[0].entry_id,
        ), other


def test_only_marks_around_the_whole_label_are_set_aside() -> None:
    assert unquoted('"VRO GRANIT 30"') == "VRO GRANIT 30"
    assert unquoted("**VRO GRANIT 30**") == "VRO GRANIT 30"
    # a quote inside is the label's own: an apostrophe, a cuvée's name in quotes
    assert unquoted("'18 CHINON L'ILE'") == "'18 CHINON L'ILE'"
    assert unquoted('Granit "30" Paris') == 'Granit "30" Paris'
    assert unquoted("APE*PASTIS 3ANS") == "APE*PASTIS 3ANS"
    # a row of quoted fields separated by semicolons is a CSV row, its fields joined
    assert unquoted('"VRO";"Granit 30";"75cl"') == "VRO;Granit 30;75cl"


def test_an_exports_mojibake_is_mended_before_its_fields_are_learnt() -> None:
    # UTF-8 read as Windows-1252: the export's separator and euro sign are in it
    assert unquoted("macvin rouge, verre 6cl 14,00â‚¬ â†’ chambre 20") == (
        "macvin rouge, verre 6cl 14,00€ → chambre 20"
    )
    matcher = Matcher(RHONE)
    rows = [
        f"Z{100 + number} · 1{number}/07 · VINS · {label.title()} · qté {number} · CA 9,00 €"
        for number, label in enumerate(TILL)
    ]
    garbled = [row.encode("utf-8").decode("cp1252") for row in rows]
    assert garbled[0] != rows[0] and "Â·" in garbled[0]
    clean, mended = matcher.learn_habits(rows), matcher.learn_habits(garbled)
    assert clean.fields is not None
    assert mended.fields == clean.fields
    for row, other in zip(rows, garbled, strict=True):
        mine, theirs = matcher.suggest(row, habits=clean), matcher.suggest(other, habits=mended)
        assert (theirs.answer, theirs.candidates, theirs.units_per_sale) == (
            mine.answer,
            mine.candidates,
            mine.units_per_sale,
        ), other


def test_a_quantity_before_the_article_number_is_no_part_of_the_label() -> None:
    matcher = Matcher(RHONE)
    numbered = [f"{11000 + 37 * number} {label}" for number, label in enumerate(TILL)]
    # a register's journal: how many, then the article number ("2 x 11768 VB VRE …")
    journal = [f"{number % 3 + 1} x {label}" for number, label in enumerate(numbered)]
    plain, habits = matcher.learn_habits(numbered), matcher.learn_habits(journal)
    assert plain.lead == habits.lead == (5, 5)
    assert habits.prefixes == plain.prefixes != ()
    for label, other in zip(numbered, journal, strict=True):
        mine, theirs = matcher.suggest(label, habits=plain), matcher.suggest(other, habits=habits)
        assert (theirs.answer, theirs.candidates) == (mine.answer, mine.candidates), other
    # a quantity before a measure code is no article number: "3 x vre15 …", "1 x 1/2 …"
    found = matcher.suggest("1 x 1/2 BTL GRANIT 30 PARIS", habits=habits)
    assert found.candidates[0].entry_id == "g30"


def test_a_count_marked_by_its_sign_alone_is_no_word_of_the_label() -> None:
    matcher = Matcher(RHONE)
    for label in ("Granit 30 Vincent Paris 2021 Verre x6 7,50", "Granit 30 Paris (x2)"):
        found = matcher.suggest(label)
        assert (found.answer, found.candidates[0].entry_id) == ("yes", "g30"), label
    assert parse_label("Cornas Granit 30 Bouteille × 3").tokens == ("cornas", "granit", "30")
    # an x and a number apart is no count: "GLENFARCLAS X 12" keeps its number
    assert "30" in parse_label("GRANIT X 30").tokens


# a waiters' tablet writing where the sale was made first: a table, the terrace's, the bar
TABLET = [
    "t4 vr granit 30 paris '21",
    "t12 btl granit 60 paris",
    "t9 parallele 45 jaboulet",
    "t2 verre saumur champigny villeneuve",
    "t15 montepulciano masciarelli",
    "t7 btl saumur blanc villeneuve",
    "t3 pich50 parallele 45",
    "terr3 glass granit 30",
    "terr1 vr rose parallele 45",
    "terr2 btl montepulciano masciarelli",
    "bar vr parallele 45 rose",
    "bar granit 60 paris",
    "bar pot saumur champigny",
    "bar montepulciano",
    "bar verre saumur blanc",
]


def test_where_a_tablet_made_the_sale_is_no_part_of_the_label() -> None:
    # ("bar" is near Balthazar, "terr" starts Terrasses: neither is a word of the till's
    # own unless where it stands says so)
    matcher = Matcher(
        [
            *RHONE,
            entry("balt", "Cornas Chaillot", "Franck Balthazar", "Cornas", "rouge", 2021),
            entry(
                "larz", "Terrasses du Larzac", "Mas Jullien", "Terrasses du Larzac", "rouge", 2020
            ),
        ]
    )
    habits = matcher.learn_habits(TABLET)
    assert "bar" in habits.noise  # a word written first, wherever it is, and no drink's
    expected = {
        "terr3 glass granit 30": ("g30", "12.5"),
        "terr1 vr rose parallele 45": ("p45r", "12.5"),
        "bar granit 60 paris": ("g60", "1"),
        "bar pot saumur champigny": ("sc", None),
        "t3 pich50 parallele 45": ("p45", "50"),  # a measure's code, not a table's
    }
    for label, (wanted, volume) in expected.items():
        found = matcher.suggest(label, habits=habits)
        assert found.answer != "none" and found.candidates[0].entry_id == wanted, label
        if volume == "1":
            assert found.units_per_sale == 1, label
        elif volume is not None:
            assert found.units_per_sale == (Decimal(volume) / 75).quantize(Decimal("0.0001"))


BAR = [
    entry("laga", "Lagavulin 16 ans", "Lagavulin", None, None, None, "70", "spiritueux"),
    entry("kro", "Kronenbourg", "Kronenbourg", None, None, None, "3000", "biere"),
    entry("guin", "Guinness", "Guinness", None, None, None, "2000", "biere"),
    entry("press", "Little James' Basket Press", "Château de Saint Cosme", None, "rouge", None),
]


def test_a_words_start_glued_to_its_names_number_is_no_measure_code() -> None:
    # 16 is a size drinks are sold in, but LAGA starts the word Lagavulin's 16 follows
    found = Matcher(BAR).suggest("4CL LAGA16")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "laga")
    assert found.units_per_sale == Decimal("0.0571")  # a 4 cl dose of the 70 cl bottle
    # a measure's code glued to its size stays one: a 16 cl glass
    assert parse_label("VRE16 LAGAVULIN").volume_cl == 16


@pytest.mark.parametrize("label", ["PRESS50 GUINNESS", "PRESS 50 GUINNESS", "PRESSION 50 GUINNESS"])
def test_the_centilitres_after_a_draught_word_are_drawn_from_the_keg(label: str) -> None:
    parsed = parse_label(label)
    assert (parsed.serving, parsed.volume_cl) == ("glass", 50)
    found = Matcher(BAR).suggest(label)
    assert (found.candidates[0].entry_id, found.units_per_sale) == ("guin", Decimal("0.025"))


def test_a_girafe_is_a_tower_of_draught_and_a_press_in_a_name_no_draught() -> None:
    found = Matcher(BAR).suggest("GIRAFE KRO")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "kro")
    assert found.units_per_sale == Decimal("0.0833")  # 250 cl of the 3,000 cl keg
    parsed = parse_label("Basket Press (Vin de France) N.V. - 75cl")
    assert (parsed.serving, parsed.volume_cl) == (None, 75)


CATALOGUE = [
    entry("lan", "Château Lanessan", "Château Lanessan", "Haut-Médoc", "rouge", 2016),
    entry("ora", "L'Oratoire de Chasse-Spleen", "Château Chasse-Spleen", "Moulis", "rouge", 2019),
    entry(
        "rui", "Blanc de Blancs", "Ruinart", "Champagne", "effervescent", None, "75", "champagne"
    ),
    entry("orval", "Orval", "Brasserie d'Orval", None, None, None, "33", "biere"),
    entry("chti", "Ch'ti Blonde", "Brasserie Castelain", None, None, None, "3000", "biere"),
]


def test_a_cloud_tills_json_line_is_read_by_its_texts() -> None:
    label = '{"produit":"Château Lanessan 2016","variante":"Verre 15cl","prix":8.50}'
    assert unquoted(label) == "Château Lanessan 2016;Verre 15cl"
    found = Matcher(CATALOGUE).suggest(label)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "lan")
    assert found.units_per_sale == Decimal("0.2")  # 15 cl of the 75 cl bottle
    assert unquoted('{"produit": 12}') == '{"produit": 12}'  # no text: the label as sent


# a dining room's till whose items were imported from the wholesaler's catalogue
CATALOGUE_LINES = [
    "777873 Vin rouge AOC Haut-Médoc Château Lanessan 2016 75cl carton 6 // Bouteille",
    "881866 L'Oratoire de Chasse-Spleen Moulis rouge 2019 75cl CT12 // Bouteille",
    "272325 Champagne Ruinart Blanc de Blancs 75cl CT6 // Coupe",
    "948372 Bière trappiste Orval 6,2° 33cl VP x24 // Bouteille",
    "540519 Bière Ch'ti Blonde Castelain 6,4° fût 30L inox // Demi 25cl",
    "315568 Château Lanessan Haut-Médoc 2016 37,5cl carton 12 // Bouteille",
]


@pytest.mark.parametrize(
    ("label", "wanted", "units"),
    [
        (
            "777873 Vin rouge AOC Haut-Médoc Château Lanessan 2016 75cl carton 6 // Bouteille",
            "lan",
            "1",
        ),
        ("881866 L'Oratoire de Chasse-Spleen Moulis rouge 2019 75cl CT12 // Bouteille", "ora", "1"),
        ("272325 Champagne Ruinart Blanc de Blancs 75cl CT6 // Coupe", "rui", "0.1667"),
        ("948372 Bière trappiste Orval 6,2° 33cl VP x24 // Bouteille", "orval", "1"),
    ],
)
def test_a_wholesalers_catalogue_line_names_the_drink_its_packaging_nothing(
    label: str, wanted: str, units: str
) -> None:
    # the case and its count ("carton 6", "CT12") are no size and no name's number; the
    # bottle's 75 cl before the sale's pour is the bottle poured from
    matcher = Matcher(CATALOGUE)
    found = matcher.suggest(label, habits=matcher.learn_habits(CATALOGUE_LINES))
    assert (found.answer, found.candidates[0].entry_id) == ("yes", wanted), found.explanation
    assert found.units_per_sale == Decimal(units)


def test_a_stadium_cup_is_drawn_from_the_keg() -> None:
    found = Matcher(CATALOGUE).suggest("GOB25 CHTI BLONDE @4.30")
    assert (found.candidates[0].entry_id, found.units_per_sale) == ("chti", Decimal("0.0083"))


def test_a_z_reports_quantity_and_amount_columns_are_no_part_of_the_item() -> None:
    # "PLU name qty amount": the name padded to its column, then how many and how much
    parsed = parse_label("8045 GRANIT 30 PARIS 21     5   435.00")
    assert (parsed.tokens[-3:], parsed.vintage) == (("granit", "30", "paris"), 2021)
    found = Matcher(RHONE).suggest("VRE GRANIT 60 PARIS  4    28.00")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "g60")


def test_a_csv_row_is_read_by_its_fields_whichever_is_quoted() -> None:
    row = 'ROUGES,"Cornas Granit 30 Vincent Paris",2021,Bouteille'
    assert unquoted(row) == "ROUGES;Cornas Granit 30 Vincent Paris;2021;Bouteille"
    found = Matcher(RHONE).suggest(row)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "g30")
    # quotes inside a label that is no row stay its own
    assert unquoted('Cuvée "Granit", Paris 2021') == 'Cuvée "Granit", Paris 2021'


def test_a_jahrgang_glued_or_cut_is_the_vintage_or_nothing() -> None:
    assert parse_label("FL GRANIT 30 PARIS JG18").vintage == 2018  # no 18 cl code
    assert "jg" not in parse_label("GLAS GRANIT 30 PARIS JG1").tokens  # cut at the width


BEERS = [
    entry("met", "Météor Pils", "Brasserie Météor", None, None, None, "3000", "biere"),
    entry("metb", "Météor Pils", "Brasserie Météor", None, None, None, "25", "biere"),
    entry("guin", "Guinness", "Guinness", None, None, None, "3000", "biere"),
    entry("perr", "Perrier", "Perrier", None, None, None, "33", "soft"),
    entry("kes", "Riesling Grand Cru Kessler", "Dirler-Cadé", "Alsace Grand Cru", "blanc", 2019),
    entry(
        "pol", "Brut Réserve", "Pol Roger", "Champagne", "effervescent", None, "37.5", "champagne"
    ),
]
# a beer hall's counter: its code, then the size ("FL/33": a 33 cl bottle)
COUNTER = [
    "FL/25 MeteorPils",
    "FL/33 Guinness",
    "FL/50 Perrier",
    "FL/33 Perrier",
    "VR/25 Meteor",
    "VR/50 Guinness",
    "VR/25 Guinness",
    "SH/4 Kirsch",
    "SH/2 Kirsch",
    "KU/1 Bretzel",
    "FL/100 Perrier",
]


def test_the_size_a_counter_writes_after_its_code_is_the_sales_measure() -> None:
    matcher = Matcher(BEERS)
    habits = matcher.learn_habits(COUNTER)
    assert habits.sizes_first and habits.lead is None  # sizes, not article numbers
    found = matcher.suggest("FL/25 MeteorPils", habits=habits)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "metb")
    found = matcher.suggest("FL/33 Perrier", habits=habits)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "perr")
    # a size the library does not hold is no sale of another one
    for label in ("FL/50 Perrier", "FL/33 Guinness"):
        assert matcher.suggest(label, habits=habits).answer == "none", label


# a dining room's daily journal: time, table, count (a void's is negative), the product
JOURNAL = [
    "12:48 T11 +1 Dirler Riesling Kessler 2019",
    "21:39 T19 +1 Dirler Riesling Kessler 2019 > verre 15cl",
    "12:14 T10 +1 Météor Pils > demi",
    "12:28 T16 +1 Pol Roger Brut Réserve > 1/2 btl",
    "13:02 T25 +2 Guinness > pinte",
    "20:10 T10 +1 Perrier > 33cl",
    "12:48 T11 -1 Dirler Riesling Kessler 2019 [ANNUL]",
    "22:37 T11 -1 Pol Roger Brut Réserve > 1/2 btl [ANNUL]",
]


def test_a_journals_time_table_and_count_are_no_part_of_the_product() -> None:
    matcher = Matcher(BEERS)
    habits = matcher.learn_habits(JOURNAL)
    assert habits.codes_first and habits.lead is None  # a clock's time is no article number
    expected = {
        "12:48 T11 +1 Dirler Riesling Kessler 2019": ("kes", "1"),
        "12:14 T10 +1 Météor Pils > demi": ("met", "0.0083"),  # T10 is no 10 cl measure
        "12:28 T16 +1 Pol Roger Brut Réserve > 1/2 btl": ("pol", "1"),
        "12:48 T11 -1 Dirler Riesling Kessler 2019 [ANNUL]": ("kes", "1"),  # a void's drink
    }
    for label, (wanted, units) in expected.items():
        found = matcher.suggest(label, habits=habits)
        assert found.answer != "none" and found.candidates[0].entry_id == wanted, label
        assert found.units_per_sale == Decimal(units), label


def test_a_web_shops_sku_in_brackets_is_no_part_of_the_title() -> None:
    matcher = Matcher(RHONE)
    lines = [
        f"[VIN-{4000 + 7 * number}] {label.title()} - Default Title"
        for number, label in enumerate(TILL)
    ]
    habits = matcher.learn_habits(lines)
    assert habits.lead is not None
    found = matcher.suggest(
        "[VIN-6298] Cornas Granit 30 — Vincent Paris - 2021 / 75 cl", habits=habits
    )
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "g30")
    # Shopify's "Default Title" (a product without options) says nothing
    found = matcher.suggest("[VIN-1557] Parallèle 45 Jaboulet 2022 - Default Title", habits=habits)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "p45")


def test_an_orange_wine_is_said_so_not_read_as_two_words() -> None:
    library = [*RHONE, entry("rup", "La Rupture", "Turner Pageot", "IGP Pays d'Oc", "blanc", 2021)]
    matcher = Matcher([*library, entry("or", "Carte d'Or", "Drappier", "Champagne", None, None)])
    found = matcher.suggest("la rupture turner pageot orange 21 / glass")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "rup")


def test_a_case_sold_whole_is_that_many_bottles() -> None:
    matcher = Matcher(RHONE)
    for label in (
        "Cornas Granit 30 — Vincent Paris - 2021 / Caisse 6 × 75 cl",
        "Granit 30 Paris 2021 carton de 6 bouteilles",
    ):
        found = matcher.suggest(label)
        assert (found.candidates[0].entry_id, found.units_per_sale) == ("g30", 6), label
    # a wholesaler's packaging beside the sale is no case sold ("carton 6 // Bouteille")
    assert matcher.suggest("Granit 30 Paris 2021 75cl carton 6 // Bouteille").units_per_sale == 1
    # a pour from a case is one pour
    assert parse_label("Caisse 6 × 75 cl Granit 30 verre").count == 6
    assert matcher.suggest("Granit 30 Paris 2021 verre").units_per_sale == Decimal("0.1667")


def test_a_cup_drawn_from_the_keg_and_a_keg_sold_whole() -> None:
    matcher = Matcher(BEERS)
    for label in ("GUINNESS G50", "Guinness / Écocup 50cl / 8.50"):
        found = matcher.suggest(label)
        assert (found.candidates[0].entry_id, found.units_per_sale) == ("guin", Decimal("0.0167"))
    found = matcher.suggest("Guinness · per keg 30L · qty 3")
    assert (found.candidates[0].entry_id, found.units_per_sale) == ("guin", 1)


def test_a_second_number_after_the_family_is_an_article_number_too() -> None:
    # a hotel's postings: the room, the outlet, the revenue code, then the item
    matcher = Matcher(RHONE)
    postings = [
        f"#{100 + 13 * number} {('RST', 'BAR')[number % 2]} {5100 + 100 * (number % 3)} {label}"
        for number, label in enumerate(TILL)
    ]
    habits = matcher.learn_habits(postings)
    assert habits.lead == (3, 4)
    found = matcher.suggest("#123 RST 5100 BTL GRANIT 30 PARIS 21     1x  144.00", habits=habits)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "g30")


def test_letters_an_export_could_not_write_are_read_as_the_one_word_they_can_be() -> None:
    library = [
        *RHONE,
        entry("cc", "Château-Chalon", "Jean Macle", "Château-Chalon", "blanc", 2016, "62"),
    ]
    matcher = Matcher(library)
    found = matcher.suggest("Ch?teau-Chalon Macle 2016 ; clavelin")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "cc")
    found = matcher.suggest("Parall?le 45 Jaboulet 2022")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "p45")
    assert "what?" in matcher.reader.read("what? 12", False, matcher.reader.meanings)


def test_a_swedish_order_and_an_english_glass() -> None:
    matcher = Matcher(RHONE)
    found = matcher.suggest("Flaska Granit 30 Paris, årg. 2021")
    assert (found.answer, found.candidates[0].entry_id, found.units_per_sale) == ("yes", "g30", 1)
    found = matcher.suggest("Karaff 50cl Parallèle 45 Jaboulet, årg. 2022")
    assert (found.candidates[0].entry_id, found.units_per_sale) == ("p45", Decimal("0.6667"))
    parsed = parse_label("GLS175 GRANIT 30 PARIS 21")  # a 175 ml glass
    assert (parsed.serving, parsed.volume_cl) == ("glass", Decimal("17.5"))


def test_bolly_is_bollinger() -> None:
    matcher = Matcher(
        [entry("sc", "Special Cuvée", "Bollinger", "Champagne", None, None, "75", "champagne")]
    )
    found = matcher.suggest("CP BOLLY")
    assert found.candidates[0].entry_id == "sc" and found.answer in ("yes", "almost")


def test_a_sales_modifiers_say_nothing_and_brut_is_a_sparkling_wines_own_style() -> None:
    library = [
        *RHONE,
        entry("sc", "Special Cuvée", "Bollinger", "Champagne", None, None, "75", "champagne"),
    ]
    matcher = Matcher(library)
    found = matcher.suggest("Cornas Granit 30 Paris 2021 {Bouteille, Offert direction}")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "g30")
    found = matcher.suggest("Cornas Granit 60 Paris 2020 [Bouteille] +Glaçons +Seau")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "g60")
    found = matcher.suggest("Bollinger Special Cuvée Brut – Bottle 750ml")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "sc")
    # a still wine's "brut" is no style of it
    assert matcher.suggest("Granit 30 Paris Brut 2021").answer == "none"


def test_a_tap_a_stubby_and_a_half_bottles_db() -> None:
    library = [
        *BEERS,
        entry("coop", "Coopers Pale Ale", "Coopers", None, None, None, "37.5", "biere"),
    ]
    matcher = Matcher(library)
    found = matcher.suggest("Guinness - Tap 50cl")
    assert (found.candidates[0].entry_id, found.units_per_sale) == ("guin", Decimal("0.0167"))
    found = matcher.suggest("Coopers Pale Ale - Stubby 375ml")
    assert (found.answer, found.candidates[0].entry_id, found.units_per_sale) == ("yes", "coop", 1)
    assert parse_label("VBL DB MEURSAULT").serving == "half"
    # a producer's initials ending so are no elided half ("LDB": l' demi-bouteille)
    assert "db" not in Matcher(RHONE).reader.read("BGL LDB VV 17", False, {}).split()


def test_an_exports_size_column_keeps_a_measure_written_as_a_word() -> None:
    matcher = Matcher(
        [
            *RHONE,
            entry(
                "p45h",
                "Parallèle 45",
                "Paul Jaboulet Aîné",
                "Côtes du Rhône",
                "rouge",
                2022,
                "37.5",
            ),
        ]
    )
    sizes = ("btl", "vr", "vr12", "p50", "1/2", "mag")
    rows = [
        f"{10000 + 97 * number};{label.lower()};{sizes[number % 6]}"
        for number, label in enumerate(TILL)
    ]
    habits = matcher.learn_habits(rows)
    assert habits.fields is not None and habits.fields.sizes is not None
    found = matcher.suggest("43962;parallele 45 jaboulet;1/2", habits=habits)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "p45h")
    # a magnum the library does not hold is no sale of the bottle
    assert matcher.suggest("16891;granit 30 paris;mag", habits=habits).answer == "none"


def test_a_measure_word_glued_to_its_size_is_the_measure() -> None:
    parsed = parse_label(Matcher(RHONE).reader.read("GranitTrente21 Ecocup15 8,50", False, {}))
    assert (parsed.serving, parsed.volume_cl) == ("glass", 15)
    found = Matcher(RHONE).suggest("Granit 30 Paris 21 Verre12 8,50")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "g30")
    assert found.units_per_sale == Decimal("0.16")


def test_bl_is_blonde_where_the_library_holds_a_blonde() -> None:
    found = Matcher(
        [
            *BEERS,
            entry("grim", "Grimbergen Blonde", "Grimbergen", None, None, None, "2000", "biere"),
        ]
    ).suggest("PINTE GRIM BL")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "grim")
    # a white wine's BL stays blanc
    found = Matcher(
        [
            *RHONE,
            entry("grim", "Grimbergen Blonde", "Grimbergen", None, None, None, "2000", "biere"),
        ]
    ).suggest("VRE SAUMUR BL VILLENEUVE")
    assert found.candidates[0].entry_id == "sb"


def test_a_volume_in_litres_without_its_unit() -> None:
    matcher = Matcher([*RHONE, *BEERS])
    for label in ("PERRIER 0,33", "GRANIT 30 PARIS 1,5", "PRESS GUINNESS 0,25"):
        parsed = parse_label(label)
        assert parsed.volume_cl in (Decimal(33), Decimal(150), Decimal(25)), label
    found = matcher.suggest("PERRIER 0,33")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "perr")
    assert matcher.suggest("GRANIT 30 PARIS 1,5").answer == "none"  # no magnum held
    found = matcher.suggest("PRESS GUINNESS 0,25")
    assert (found.candidates[0].entry_id, found.units_per_sale) == ("guin", Decimal("0.0083"))
    # a price keeps its sign, and a price of euros and cents is no volume
    assert parse_label("COCA 0,50 €").volume_cl is None
    assert parse_label("CHINON 2019 1,50").volume_cl is None


def test_a_drinks_own_name_heading_its_labels_is_no_family() -> None:
    library = [
        *RHONE,
        entry("gen19", "Les Genêts", "Domaine Laureau", "Savennières", "blanc", 2019),
        entry("gen20", "Les Genêts", "Domaine Laureau", "Savennières", "blanc", 2020),
        entry("bel", "Le Bel Ouvrage", "Domaine Laureau", "Savennières", "blanc", 2018),
        entry("sa", "1664 Sans Alcool", "Kronenbourg", None, None, None, "25", "biere"),
    ]
    matcher = Matcher(library)
    tablet = [
        "Les Genêts · Laureau · 2019 · Bouteille",
        "Les Genêts · Laureau · 2020 · Verre",
        "Les Genêts · Laureau · Demi-bouteille",
        "Le Bel Ouvrage · Laureau · 2018 · Bouteille",
        "Le Bel Ouvrage · Laureau · Verre",
        "Le Bel Ouvrage · Laureau · 2017 · Bouteille",
        "Granit 30 · Paris · 2021 · Bouteille",
        "Granit 60 · Paris · 2020 · Bouteille",
        "Sans alcool · 1664 · Bouteille",
        "Sans alcool · Perrier · Bouteille",
        "Sans alcool · Coca · Bouteille",
    ]
    habits = matcher.learn_habits(tablet)
    assert not any(prefix.startswith(("les genets", "le bel")) for prefix in habits.prefixes)
    found = matcher.suggest("Les Genêts · Laureau · 2019 · Bouteille", habits=habits)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "gen19")
