"""Session 15's tills (docs/matching.md, "Session 15"): what blind builders' tills write
first and last (a button's position, a journal's date and count, a count in brackets, a
room's number, a voucher's id, a vintage in brackets, a class letter, a size key's code),
their widths and families, and their staff's languages."""

from __future__ import annotations

from decimal import Decimal

from tastevin.matching import Matcher
from tastevin.matching.families import family_prefixes
from tastevin.matching.folding import fold
from tastevin.matching.habits import learn
from tastevin.matching.normalise import parse_label
from tests.matching.conftest import entry

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


QUERCY = [
    entry("cedre15", "Le Cèdre", "Château du Cèdre", "Cahors", "rouge", 2015),
    entry("cedre18", "Le Cèdre", "Château du Cèdre", "Cahors", "rouge", 2018),
    entry("lagr09", "Château Lagrézette", "Château Lagrézette", "Cahors", "rouge", 2009),
    entry("lagr17", "Château Lagrézette", "Château Lagrézette", "Cahors", "rouge", 2017),
    entry("renr", "Renaissance rouge", "Domaine Rotier", "Gaillac", "rouge", 2018),
    entry("rend", "Renaissance doux", "Domaine Rotier", "Gaillac", "liquoreux", 2018, "50"),
    entry("orangina", "Orangina", "Orangina", None, None, None, "25", "soft"),
    entry("corona", "Corona", "Corona", None, None, None, "33", "biere"),
]


ORDER_APP = [
    "1 × Bouteille – Ch. du Cèdre « Le Cèdre », Cahors (2015)",
    "1 × Bouteille – Ch. du Cèdre « Le Cèdre », Cahors (2018)",
    "1 × Bouteille – Ch. Lagrézette, Cahors (2009)",
    "1 × Bouteille – Ch. Lagrézette, Cahors (2017)",
    "2 × Verre – Renaissance rouge (2018)",
    "1 × Bouteille – Orangina (1)",
    "1 × Assiette – Farçou (12)",
]


def test_a_vintage_in_brackets_last_is_no_article_number() -> None:
    matcher = Matcher(QUERCY)
    habits = matcher.learn_habits(ORDER_APP)
    for label, want in [(ORDER_APP[0], "cedre15"), (ORDER_APP[2], "lagr09")]:
        found = matcher.suggest(label, habits=habits)
        assert (found.answer, found.candidates[0].entry_id) == ("yes", want), found.explanation


def test_a_till_filing_under_many_families_files_a_rarer_one_with_the_same_separator() -> None:
    labels = [
        "Red Wine: LE CEDRE, Bottle",
        "Red Wine: LAGREZETTE, Bottle",
        "Red Wine: RENAISSANCE ROUGE, Glass",
        "Sweet Wine: RENAISSANCE DOUX, Glass",
        "Sweet Wine: RENAISSANCE DOUX, Bottle",
        "Sweet Wine: MONBAZILLAC, Glass",
        "Bottled Beer: CORONA, Regular",
        "Bottled Beer: DESPERADOS, Regular",
        "Bottled Beer: LEFFE, Regular",
        "Food: FARCOU, Regular",
        "Food: SALADE, Regular",
        "Food: TARTE, Regular",
        "Soft Drinks: ORANGINA, Bottle",
        "Soft Drinks: LIPTON ICE TEA, Bottle",
    ]
    matcher = Matcher(QUERCY)
    habits = matcher.learn_habits(labels)
    assert "soft drinks: " in habits.prefixes
    found = matcher.suggest("Soft Drinks: ORANGINA, Bottle", habits=habits)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "orangina")


AUGE = [
    entry(
        "calva",
        "Calvados Hors d'Âge",
        "Domaine Dupont",
        "Calvados Pays d'Auge",
        None,
        None,
        "70",
        "spiritueux",
    ),
    entry(
        "pommeau", "Pommeau de Normandie", "Christian Drouin", "Pommeau", None, None, "75", "autre"
    ),
    entry(
        "rouge", "Vin de la maison rouge", "Rémy Pannier", "Vin de France", "rouge", None, "1000"
    ),
    entry("rose", "Vin de la maison rosé", "Rémy Pannier", "Vin de France", "rose", None, "1000"),
    entry(
        "qdc", "Quarts de Chaume", "Château Bellerive", "Quarts de Chaume", "liquoreux", 2014, "50"
    ),
]


JOURNAL = [
    "26/05 1 bout. calva dupont hors d'âge 25,70€",
    "27/08 4 doses calva dupont hors d'âge 32,40€",
    "04/08 1 bout. pommeau drouin 24,50€",
    "04/09 2 verres 6cl pommeau drouin 14,60€",
    "10/09 2 pichets 50 rouge maison 24€",
    "20/10 2 quarts rosé maison 14,20€",
    "21/10 2 Quarts de Chaume Bellerive 2014 50cl 130€",
]


def test_a_journals_day_month_count_and_plural_measure() -> None:
    matcher = Matcher(AUGE)
    habits = matcher.learn_habits(JOURNAL)
    wanted = [
        ("calva", Decimal(1)),
        ("calva", Decimal("0.0571")),
        ("pommeau", Decimal(1)),
        ("pommeau", Decimal("0.08")),
        ("rouge", Decimal("0.05")),
        ("rose", Decimal("0.025")),
        ("qdc", Decimal(1)),
    ]
    for label, (want, units) in zip(JOURNAL, wanted, strict=True):
        found = matcher.suggest(label, habits=habits)
        assert found.answer != "none", (label, found.explanation)
        assert found.candidates[0].entry_id == want, label
        assert found.units_per_sale == units, label


LORRAINE = [
    entry("chard", "Chardonnay", "Domaine de la Muzy", "Côtes de Meuse", "blanc", 2021),
    entry("gentil", "Gentil", "Hugel", "Alsace", "blanc", 2021),
    entry("kro", "Kronenbourg 1664", "Kronenbourg", None, None, None, "3000", "biere"),
    entry("erd0", "Erdinger Alkoholfrei", "Erdinger", None, None, None, "50", "biere"),
    entry("cola", "Coca-Cola Zéro", "Coca-Cola", None, None, None, "33", "soft"),
    entry("absolut", "Absolut Vodka", "Absolut", None, None, None, "70", "spiritueux"),
]


KELLNER = [
    "Weißwein: Chardonnay Muzy 2021 – Flasche",
    "Weißwein: Gentil Hugel 2021 – Glas",
    "Weißwein: Gentil Hugel 2021 – Flasche",
    "Fassbier: 1664 – 0,3l",
    "Fassbier: 1664 – 0,5l",
    "Fassbier: Karlsberg – 0,4l",
    "Alkoholfrei: Cola Zero – Flasche 0,33l",
    "Alkoholfrei: Erdinger – Flasche 0,5l",
    "Alkoholfrei: Apfelsaft – Flasche 0,33l",
    "Spirituosen: Absolut Wodka – 4cl",
    "Spirituosen: Absolut Wodka – 2cl",
    "Spirituosen: Mirabellenbrand – 2cl",
]


def test_a_german_waiters_families_and_words() -> None:
    matcher = Matcher(LORRAINE)
    habits = matcher.learn_habits(KELLNER)
    assert {"weisswein: ", "fassbier: ", "alkoholfrei: "} <= set(habits.prefixes)
    for label, want, units in [
        (KELLNER[0], "chard", Decimal(1)),  # "Weißwein: " is cut whole, "ß" and all
        (KELLNER[3], "kro", Decimal("0.01")),  # 30 cl drawn from the keg
        (KELLNER[6], "cola", Decimal(1)),
        (KELLNER[9], "absolut", Decimal("0.0571")),
    ]:
        found = matcher.suggest(label, habits=habits)
        assert (found.answer, found.candidates[0].entry_id) == ("yes", want), found.explanation
        assert found.units_per_sale == units


CHABLIS = [
    entry("steclaire", "Chablis Sainte Claire", "Jean-Marc Brocard", "Chablis", "blanc", 2022),
    entry(
        "montmains",
        "Chablis 1er Cru Montmains",
        "Jean-Marc Brocard",
        "Chablis Premier Cru",
        "blanc",
        2021,
    ),
    entry("badoit", "Badoit", "Badoit", None, None, None, "100", "eau"),
    entry("chart", "Chartreuse Verte", "Chartreuse", None, None, None, "70", "spiritueux"),
]


def test_a_spreadsheets_escaped_line_breaks_are_spaces() -> None:
    assert fold("CHABLIS_x000D_STE CLAIRE 2022_x000D_VERRE") == "chablis ste claire 2022 verre"
    assert fold("Chablis\r\nBrocard") == "chablis brocard"
    found = Matcher(CHABLIS).suggest("CHABLIS_x000D_STE CLAIRE 2022_x000D_VERRE")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "steclaire")


def test_a_count_in_brackets_and_a_waiters_note_after_a_comma() -> None:
    labels = [
        "[1] Chablis Sainte-Claire Brocard 2022 en bouteille, bien frais",
        "[2] Chablis Sainte-Claire Brocard 2022 au verre",
        "[1] Chablis 1er cru Montmains Brocard 2021 en bouteille, avec le poisson",
        "[2] Badoit en 1L, bien fraîche",
        "[1] Chartreuse verte en dose, avec glaçons",
        "[3] Chartreuse verte en dose",
        "[1] Café, serré",
    ]
    matcher = Matcher(CHABLIS)
    habits = matcher.learn_habits(labels)
    for label, want in [(labels[0], "steclaire"), (labels[3], "badoit"), (labels[4], "chart")]:
        found = matcher.suggest(label, habits=habits)
        assert (found.answer, found.candidates[0].entry_id) == ("yes", want), found.explanation


FERRY = [
    entry(
        "pepiere",
        "Muscadet Sèvre et Maine sur lie",
        "Domaine de la Pépière",
        "Muscadet Sèvre et Maine sur lie",
        "blanc",
        2023,
    ),
    entry("guinness", "Guinness Draught", "Guinness", None, None, None, "3000", "biere"),
    entry("guinness44", "Guinness Draught", "Guinness", None, None, None, "44", "biere"),
    entry("smith", "Smithwick's", "Smithwick's", None, None, None, "33", "biere"),
    entry("capelle", "Cidre Brut", "Capelle", None, None, None, "75", "autre"),
]


def test_a_vouchers_id_first_is_a_code() -> None:
    labels = [
        "FV-7DC6C CARAFE 50CL: Muscadet Pepiere 2023",
        "FV-6E5BC PINT: Guinness",
        "FV-2EA2E BOTTLE 33CL: Smithwick's",
        "FV-4DE5A BOTTLE: Normandy cider Capelle brut",
        "FV-27B70 PINT: Guinness",
        "FV-8CB5E BOTTLE 33CL: Smithwick's",
    ]
    matcher = Matcher(FERRY)
    habits = matcher.learn_habits(labels)
    found = matcher.suggest(labels[2], habits=habits)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "smith"), found.explanation


LOZERE = [
    entry(
        "cdr",
        "Côtes du Rhône cuvée de la maison",
        "Cellier des Dauphins",
        "Côtes du Rhône",
        "rouge",
        None,
        "1000",
    ),
    entry("guigal", "Côtes du Rhône", "E. Guigal", "Côtes du Rhône", "rouge", 2020),
    entry(
        "cdrv",
        "Côtes du Rhône Villages",
        "Domaine Rabasse",
        "Côtes du Rhône Villages",
        "rouge",
        2021,
    ),
    entry("ipa", "IPA de la Jonte", "Brasserie de la Jonte", None, None, None, "33", "biere"),
    entry("blonde", "Blonde de la Jonte", "Brasserie de la Jonte", None, None, None, "33", "biere"),
    entry("gentiane", "Gentiane", "Avèze", None, None, None, "100", "autre"),
]


PORTER = [
    "ch8 1 pichet 50 cdr maison",
    "ch22 2 33cl ipa jonte",
    "ch19 2 33cl blonde jonte",
    "ch19 2 doses gentiane aveze",
    "ch3 1 dose gentiane aveze",
    "ch12 1 btlle cdr guigal 2020",
]


def test_a_count_between_a_rooms_number_and_the_measure() -> None:
    matcher = Matcher(LOZERE)
    habits = matcher.learn_habits(PORTER)
    for label, want in [(PORTER[1], "ipa"), (PORTER[3], "gentiane"), (PORTER[0], "cdr")]:
        found = matcher.suggest(label, habits=habits)
        assert (found.answer, found.candidates[0].entry_id) == ("yes", want), found.explanation


CORSICA = [
    entry("prat_r", "Pratavone", "Domaine de Pratavone", "Ajaccio", "rouge", 2021),
    entry("prat_b", "Pratavone", "Domaine de Pratavone", "Ajaccio", "blanc", 2023),
    entry("prat_rs", "Pratavone", "Domaine de Pratavone", "Ajaccio", "rose", 2024),
    entry("moru", "Capitaine Moru", "Domaine Pieretti", "Vin de Corse", "rouge", 2022),
]


PATRONU = [
    "Aiacciu Pratavone Rossu 21",
    "Bichjeru Pratavone Biancu 23",
    "Bichjeru Pratavone Rusatu 24",
    "Caraffa 50 Pratavone Rusatu 24",
    "Capitan Moru Biancu 21",
    "Bichjeru Capitan Moru Rossu 22",
    "Pratavone Biancu 22",
]


def test_a_colour_before_vintages_is_no_measure_and_corsican_says_colours() -> None:
    matcher = Matcher(CORSICA)
    habits = matcher.learn_habits(PATRONU)
    assert "biancu" not in habits.measures
    white = matcher.suggest("Bichjeru Pratavone Biancu 23", habits=habits)
    assert (white.answer, white.candidates[0].entry_id) == ("yes", "prat_b"), white.explanation
    assert white.units_per_sale == Decimal("0.1667")
    # Capitaine Moru is held red only: its white is none, never a 21 cl glass
    assert matcher.suggest("Capitan Moru Biancu 21", habits=habits).answer == "none"


def test_a_tills_width_is_its_item_columns_before_the_journals_quantity_and_price() -> None:
    labels = [
        "VR.BRIORDS.2 1X   4,10",
        "VR.SANC.BL.2 1X   5,90",
        "VR.BRIORDS   2X   8,20",
        "DS.CHARTREUS 1X   6,00",
        "BT.BRIORDS.2 1X  24,00",
        "BT.SANC.BL.2 1X  32,00",
        "CAFE         1X   1,80",
        "DS.BAD.1L    1X   4,00",
    ]
    library = [
        entry("briords", "Clos des Briords", "Domaine de la Pépière", "Muscadet", "blanc", 2022),
        entry("sancerre", "Sancerre", "Domaine Vacheron", "Sancerre", "blanc", 2022),
        entry("chart", "Chartreuse Verte", "Chartreuse", None, None, None, "70", "spiritueux"),
    ]
    matcher = Matcher(library)
    habits = matcher.learn_habits(labels)
    assert habits.width == 12
    found = matcher.suggest(labels[0], habits=habits)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "briords"), found.explanation
    assert found.vintage is None  # the year the cut left one digit of says none


CATALUNYA = [
    entry("graim", "Graimenous", "Domaine J. Laurens", "Crémant de Limoux", "blanc", 2021),
    entry("muga", "Muga Reserva", "Bodegas Muga", "Rioja", "rouge", 2019),
    entry("bombay", "Bombay Sapphire", "Bacardi", None, None, None, "70", "spiritueux"),
    entry("pierres", "Mille et Une Pierres", "Château Tour des Gendres", "Bergerac", "rouge", 2019),
]


def test_catalan_and_spanish_staffs_measures_vintages_and_marks() -> None:
    matcher = Matcher(CATALUNYA)
    for label, want, units in [
        ("Ampolla de Laurens Graimenous del 21", "graim", Decimal(1)),
        ("VINO TINTO D.O.CA. RIOJA MUGA RVA 2019 0,75L", "muga", Decimal(1)),
        ("GINEBRA BOMBAY SAPPHIRE 0,7L /CHUPITO 4CL", "bombay", Decimal("0.0571")),
        ("VRE12 1001 PIERRES R 19", "pierres", Decimal("0.16")),
    ]:
        found = matcher.suggest(label)
        assert (found.answer, found.candidates[0].entry_id) == ("yes", want), found.explanation
        assert found.units_per_sale == units, label
    assert parse_label("Ampolla de Laurens Graimenous del 21").vintage == 2021


CHAMPAGNE_BAR = [
    entry("pr75", "Brut Réserve", "Pol Roger", "Champagne", None, None, "75", "champagne"),
    entry("pr150", "Brut Réserve", "Pol Roger", "Champagne", None, None, "150", "champagne"),
    entry("ruinart", "Blanc de Blancs", "Ruinart", "Champagne", None, None, "75", "champagne"),
    entry("orval", "Orval", "Abbaye d'Orval", None, None, None, "33", "biere"),
]


SIZE_KEYS = [
    "POL ROGER BRUT RES #012",
    "POL ROGER BRUT RES #075",
    "POL ROGER BRUT RES #150",
    "RUINART BLANC BLANCS #075",
    "RUINART BLANC BLANCS #150",
    "ORVAL #033",
    "ORVAL #050",
    "CAFE #000",
]


def test_a_size_keys_three_digit_code_after_a_mark_is_the_measure() -> None:
    matcher = Matcher(CHAMPAGNE_BAR)
    habits = matcher.learn_habits(SIZE_KEYS)
    assert habits.mark == "#"
    magnum = matcher.suggest("POL ROGER BRUT RES #150", habits=habits)
    assert (magnum.answer, magnum.candidates[0].entry_id) == ("yes", "pr150")
    coupe = matcher.suggest("POL ROGER BRUT RES #012", habits=habits)
    assert (coupe.candidates[0].entry_id, coupe.units_per_sale) == ("pr75", Decimal("0.16"))
    # a magnum, a 50 cl beer the library lacks: none, never the bottle held
    assert matcher.suggest("RUINART BLANC BLANCS #150", habits=habits).answer == "none"
    assert matcher.suggest("ORVAL #050", habits=habits).answer == "none"
