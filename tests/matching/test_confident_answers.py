"""What the confident wrong answers of every set pointed to (session 6), each on fictional
drinks: an answer shown at 90 % or more must be right 99 times in 100, so a convention
that chose (not the label) is offered below it; a bottle is never a magnum or a jeroboam
the label does not say; dotted letters are one word; a letter is no initial of a word
the label spells out."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tastevin.matching import Matcher
from tastevin.matching.matcher import CONFIDENT
from tests.matching.conftest import entry

LIBRARY = [
    entry(
        "clos-rose", "Clos des Asphodèles Rosé", "Mas Ferrant", "Côtes de Provence", "rosé", 2022
    ),
    entry(
        "clos-blanc", "Clos des Asphodèles Blanc", "Mas Ferrant", "Côtes de Provence", "blanc", 2022
    ),
    entry("apero-blanc", "Quinquina Vernet Blanc", "Vernet", None, None, None, "75", "autre"),
    entry("apero-rose", "Quinquina Vernet Rosé", "Vernet", None, None, None, "75", "autre"),
    entry("vodka", "Oie Grise", "Oie Grise", None, None, None, "70", "spiritueux"),
    entry("vodka-mag", "Oie Grise", "Oie Grise", None, None, None, "150", "spiritueux"),
    entry(
        "cordon-mag",
        "Cordon Vermeil Brut",
        "Maison Aubrac",
        "Champagne",
        "effervescent",
        None,
        "150",
        "champagne",
    ),
    entry(
        "cordon-jero",
        "Cordon Vermeil Brut",
        "Maison Aubrac",
        "Champagne",
        "effervescent",
        None,
        "300",
        "champagne",
    ),
    entry(
        "verte", "Liqueur des Moines Verte", "Moines de Ronce", None, None, None, "70", "spiritueux"
    ),
]


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(LIBRARY)


def test_a_label_naming_neither_of_two_colours_both_names_say_is_none(matcher: Matcher) -> None:
    # "Clos des Asphodèles Blanc" and "… Rosé": the label says neither colour, and each
    # name says its own, so neither is the plainer reading (the blind beach, Nice,
    # Marseille and Lebanese sets answer none; the white was offered below the threshold
    # until session 9)
    found = matcher.suggest("CLOS DES ASPHODELES 2022")
    assert found.answer == "none"
    assert {item.entry_id for item in found.candidates[:2]} == {"clos-blanc", "clos-rose"}


@pytest.mark.parametrize(
    ("label", "chosen"),
    [
        # the white, by the rule that a rosé is said; but the label says neither colour
        ("QUINQUINA VERNET DOSE", "apero-blanc"),
    ],
)
def test_a_colour_the_label_does_not_say_is_offered_below_the_confident_threshold(
    matcher: Matcher, label: str, chosen: str
) -> None:
    found = matcher.suggest(label)
    assert found.candidates[0].entry_id == chosen
    assert found.answer in ("yes", "almost")
    assert found.candidates[0].confidence < CONFIDENT


@pytest.mark.parametrize(
    ("label", "chosen"),
    [("CLOS DES ASPHODELES BLANC 2022", "clos-blanc"), ("QUINQUINA VERNET ROSE", "apero-rose")],
)
def test_the_colour_said_keeps_the_answer_confident(
    matcher: Matcher, label: str, chosen: str
) -> None:
    found = matcher.suggest(label)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", chosen)
    assert found.candidates[0].confidence >= CONFIDENT


def test_a_bottle_of_a_spirit_is_its_ordinary_bottle_not_the_magnum_above_the_bar(
    matcher: Matcher,
) -> None:
    found = matcher.suggest("BTL OIE GRISE")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "vodka")
    assert found.units_per_sale == Decimal(1)
    magnum = matcher.suggest("MAG OIE GRISE")
    assert (magnum.answer, magnum.candidates[0].entry_id) == ("yes", "vodka-mag")
    # poured from the 70 cl, not from the 150 cl above the bar
    assert matcher.suggest("OIE GRISE 4CL").units_per_sale == Decimal("0.0571")


@pytest.mark.parametrize("label", ["BTL AUBRAC CORDON VERMEIL", "AUBRAC CORDON VERMEIL BRUT"])
def test_a_wine_held_only_in_large_formats_is_no_bottle(matcher: Matcher, label: str) -> None:
    assert matcher.suggest(label).answer == "none"


def test_a_large_format_said_is_still_found(matcher: Matcher) -> None:
    found = matcher.suggest("MAG AUBRAC CORDON VERMEIL")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "cordon-mag")


def test_dotted_letters_are_one_word_the_drink_does_not_have(matcher: Matcher) -> None:
    assert matcher.suggest("Liqueur des Moines V.E.P. Verte - Dose 4 cl").answer == "none"
    plain = matcher.suggest("Liqueur des Moines Verte - Dose 4 cl")
    assert (plain.answer, plain.candidates[0].entry_id) == ("yes", "verte")


RUM_BAR = [
    entry(
        "blanc50", "Habitation Karibé Blanc 50°", "Karibé", None, None, None, "100", "spiritueux"
    ),
    entry(
        "blanc55", "Habitation Karibé Blanc 55°", "Karibé", None, None, None, "100", "spiritueux"
    ),
    entry("age12", "Habitation Karibé 12 ans", "Karibé", None, None, None, "70", "spiritueux"),
    entry("age15", "Habitation Karibé 15 ans", "Karibé", None, None, None, "70", "spiritueux"),
    entry("vieux", "Karibé Millésime", "Karibé", None, None, 2009, "70", "spiritueux"),
    entry("keg", "Anolis Blonde", "Brasserie Anolis", None, None, None, "3000", "bière"),
    entry("gin", "Gin des Mornes", "Distillerie des Mornes", None, None, None, "70", "spiritueux"),
]


@pytest.fixture(scope="module")
def rum_bar() -> Matcher:
    return Matcher(RUM_BAR)


@pytest.mark.parametrize(
    ("label", "chosen", "units"),
    [
        ("2CL KARIBE BLANC 50%", "blanc50", "0.0200"),  # a degree, not a 50 cl bottle
        ("karibe blanc 55 vol +2cl", "blanc55", "0.0200"),  # nor the vintage 1955
        ("Rhum • Karibé • Blanc 55° • 4cl", "blanc55", "0.0400"),
        ("KARIBE 12Y DOSE", "age12", "0.0571"),  # an age in English
        ("karibe 15yo +dose +glacons +citron vert", "age15", "0.0571"),  # extras after it
        ("KARIBE MILLESIME M09 DOSE", "vieux", "0.0571"),  # M09: the millésime 2009
        ("Bière • Anolis • pression 25cl", "keg", "0.0083"),  # drawn from the keg
    ],
)
def test_degrees_ages_millesimes_extras_and_draught_as_bars_write_them(
    rum_bar: Matcher, label: str, chosen: str, units: str
) -> None:
    found = rum_bar.suggest(label)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", chosen)
    assert found.units_per_sale == Decimal(units)


@pytest.mark.parametrize(
    "label",
    [
        "4CL KARIBE BLANC 59%",  # another degree is another rum
        "KARIBE 18YO DOSE",  # another age
        "GIN DES MORNES + TONIC",  # a plus before any measure joins two drinks
    ],
)
def test_another_degree_or_age_and_a_mixed_drink_name_none(rum_bar: Matcher, label: str) -> None:
    assert rum_bar.suggest(label).answer == "none"


def test_a_family_of_mixed_drinks_makes_the_label_one() -> None:
    matcher = Matcher(RUM_BAR)
    labels = [
        "Rhum • Karibé • Blanc 50° • 4cl",
        "Rhum • Karibé • Blanc 55° • 2cl",
        "Rhum • Karibé • 12 ans • 4cl",
        "Rhum • Karibé • 15 ans • 4cl",
        "Rhum • Karibé • Millésime • 2009 • 4cl",
        "Gin • Gin des Mornes • 4cl",
        "Bière • Anolis • pression 25cl",
        "Cocktail • Ti' punch • Karibé Blanc 55°",
        "Cocktail • Planteur • Karibé 12 ans",
        "Cocktail • Karibé Blanc 50°",  # the rum it is made with
    ]
    habits = matcher.learn_habits(labels)
    assert habits.split(labels[-1])[0] is not None  # "Cocktail • " is a family of this till
    assert matcher.suggest(labels[0], habits=habits).answer == "yes"
    for label in labels[-3:]:
        found = matcher.suggest(label, habits=habits)
        assert found.answer == "none", found.explanation


def test_a_beer_has_no_dose_and_blanc_de_noirs_is_not_blanc_de_blancs() -> None:
    matcher = Matcher(
        [
            entry("ipa", "Vesline IPA", "Brasserie Vesline", None, None, None, "2000", "bière"),
            entry("brut", "Cordon Azur Brut", "Maison Orval", "Champagne", "effervescent", None),
            entry(
                "bdb", "Prince Blanc de Blancs", "Maison Orval", "Champagne", "effervescent", None
            ),
            entry("rose", "Prince Rosé", "Maison Orval", "Champagne", "rosé", None),
        ]
    )
    assert matcher.suggest("Brasserie Vesline Double IPA | 0,33L").answer == "none"
    assert matcher.suggest("Maison Orval Prince Blanc de Noirs | 0,75L").answer == "none"
    found = matcher.suggest("Maison Orval Prince Blanc de Blancs | 0,75L")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "bdb")


SAKE_BAR = [
    entry("kaze72", "Kazeyama 45", "Kazeyama Shuzo", "Junmai Daiginjo", None, None, "72", "autre"),
    entry(
        "kaze180", "Kazeyama 45", "Kazeyama Shuzo", "Junmai Daiginjo", None, None, "180", "autre"
    ),
    entry("kaze30", "Kazeyama 45", "Kazeyama Shuzo", "Junmai Daiginjo", None, None, "30", "autre"),
    entry("shochu", "Kuromori 12 ans", "Kuromori", None, None, None, "70", "spiritueux"),
    entry("draught", "Hoshiya Lager", "Hoshiya", None, None, None, "2000", "bière"),
]


@pytest.mark.parametrize(
    ("label", "chosen", "units"),
    [
        ("KAZEYAMA 45 BIN720", "kaze72", "1"),  # a till's code glued to millilitres
        ("KAZEYAMA 45 BIN1800", "kaze180", "1"),
        ("KAZEYAMA 45 BT30", "kaze30", "1"),  # ...or to centilitres
        ("KAZEYAMA 45 GO", "kaze72", "0.2500"),  # a gō (18 cl) pours from the 72 cl bottle
        ("KAZEYAMA 45 TOKK", "kaze72", "0.4167"),  # a tokkuri of 30 cl too, not the 30 cl bottle
        ("Kazeyama 45 — verre 10cl", "kaze72", "0.1389"),  # never from the 180 cl isshōbin
        ("KUROMORI 12NEN D4", "shochu", "0.0571"),  # an age in Japanese, a dose code
        ("HOSHIYA NAMA500", "draught", "0.0250"),  # nama: draught, from the keg
    ],
)
def test_a_sake_bar_s_codes_and_measures(label: str, chosen: str, units: str) -> None:
    found = Matcher(SAKE_BAR).suggest(label)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", chosen), found.explanation
    assert found.units_per_sale == Decimal(units)


def test_a_number_every_label_of_a_till_ends_with_is_its_price() -> None:
    matcher = Matcher(SAKE_BAR)
    labels = [
        "x1 kazeyama 45 go 2500",
        "x2 kazeyama 45 bt72 9800",
        "x1 kuromori 12y 4cl 1300",
        "x2 hoshiya jk50 850",
        "x1 edamame 600",
    ]
    habits = matcher.learn_habits(labels)
    found = matcher.suggest(labels[1], habits=habits)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "kaze72")
    found = matcher.suggest(labels[2], habits=habits)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "shochu")
    # a till that writes the vintage last keeps it: a year is never such a price
    wines = Matcher([entry("v", "Clos Bréant", "Clos Bréant", "Chinon", "rouge", 2019)])
    vintages = ["CLOS BREANT 2019", "CLOS BREANT 2018", "CHINON 2017", "ANJOU 2016"]
    found = wines.suggest(vintages[1], habits=wines.learn_habits(vintages))
    assert (found.answer, found.vintage) == ("almost", 2018)


@pytest.mark.parametrize("label", ["A1710 LA PERLE", "LALLIER R020", "ARAMASA NO6"])
def test_a_number_glued_to_letters_that_is_no_size_stays_a_name(label: str) -> None:
    from tastevin.matching.normalise import parse_label

    assert parse_label(label).volume_cl is None


def test_a_two_digit_number_is_a_name_when_the_label_marks_its_vintage() -> None:
    matcher = Matcher(
        [
            entry("g30", "Cornas Granit 30", "Domaine Vallin", "Cornas", "rouge", 2020),
            entry("g60", "Cornas Granit 60", "Domaine Vallin", "Cornas", "rouge", 2019),
        ]
    )
    # the vintage held for the other cuvée does not choose it: 30 and 60 are names
    found = matcher.suggest("cornas granit 30 vallin '19 btl 55,00")
    assert (found.answer, found.candidates[0].entry_id) == ("almost", "g30")
    found = matcher.suggest("cornas granit 60 vallin '20 btl 77,00")
    assert (found.answer, found.candidates[0].entry_id) == ("almost", "g60")


def test_a_till_s_leading_measure_codes_are_no_article_numbers() -> None:
    matcher = Matcher(RUM_BAR)
    labels = [
        "D4 KARIBE 12Y       ",
        "D2 KARIBE BLC 50%   ",
        "B70 KARIBE 15Y      ",
        "D4 GIN DES MORNES   ",
        "B100 KARIBE BLC 55% ",
        "D6 KARIBE 15Y       ",
    ]
    habits = matcher.learn_habits(labels)
    found = matcher.suggest(labels[0], habits=habits)
    assert (found.candidates[0].entry_id, found.units_per_sale) == ("age12", Decimal("0.0571"))
    found = matcher.suggest(labels[4], habits=habits)
    assert (found.candidates[0].entry_id, found.units_per_sale) == ("blanc55", Decimal(1))


def test_a_generic_word_hyphened_to_a_name_is_part_of_that_name() -> None:
    matcher = Matcher(
        [
            entry("ech", "Échézeaux", "Domaine Morlanne", "Échézeaux", "rouge", 2013),
            # a library that knows "grand" (a generic word) reads "grands" as it
            entry("gc", "Grande Cuvée", "Maison Ferlan", "Bourgogne", "rouge", 2018),
            entry("gv", "Grand Vin", "Château Lurac", "Pauillac", "rouge", 2015),
        ]
    )
    # Grands-Échézeaux is another grand cru: "grands" is no generic word here
    found = matcher.suggest("Grands-Échézeaux Morlanne 2013 - Bottle")
    assert found.answer == "none" or found.candidates[0].confidence < CONFIDENT
    found = matcher.suggest("Échézeaux Morlanne 2013 - Bottle")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "ech")


TASCA = [
    entry("t10", "Tawny 10 anos", "Taylor's", "Porto", "liquoreux", None, "75", "vin"),
    entry("t20", "Tawny 20 anos", "Taylor's", "Porto", "liquoreux", None, "75", "vin"),
    entry("t20h", "Tawny 20 anos", "Taylor's", "Porto", "liquoreux", None, "37.5", "vin"),
    entry("colh", "Colheita", "Kopke", "Porto", "liquoreux", 2002),
    entry("white", "White Colheita", "Kopke", "Porto", "liquoreux", 2003),
    entry("res", "Esporão Reserva", "Herdade do Esporão", "Alentejo", "rouge", 2020),
    entry("resb", "Esporão Reserva", "Herdade do Esporão", "Alentejo", "blanc", 2022),
    entry("malm", "Malmsey 15 anos", "Blandy's", "Madeira", "liquoreux", None, "50", "vin"),
]


@pytest.mark.parametrize(
    ("label", "chosen", "units"),
    [
        ("5605355816402 Taylor's Tawny 20Y 75cl", "t20", "1"),  # an EAN-13 barcode first
        ("6CL TAYLOR TAWNY 10A", "t10", "0.0800"),  # an age written 10A
        ("meia garrafa taylor's 20 anos", "t20h", "1"),  # a half bottle, in Portuguese
        ("copo esporao reserva tto 2020", "res", "0.1667"),  # tinto; reserva = RES
        ("garrafa esporão res bco 2022", "resb", "1"),  # branco
        ("cálice kopke colheita branco 2003", "white", "0.1667"),  # white, as its name says
        ("copinho malmsey blandy 15 anos c/ gelo", "malm", "0.0800"),  # "with ice"
    ],
)
def test_a_portuguese_waiter_and_a_catalogue_with_barcodes(
    label: str, chosen: str, units: str
) -> None:
    found = Matcher(TASCA).suggest(label)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", chosen), found.explanation
    assert found.units_per_sale == Decimal(units)


@pytest.mark.parametrize(
    "label",
    [
        "meia garrafa taylor's 10 anos",  # no half of the 10-year-old
        "MA=6CL H&H MALMSEY 15A",  # H&H: Henriques & Henriques, another house
        "6CL TAYLOR TAWNY 30A",  # another age
    ],
)
def test_another_house_s_initials_or_format_or_age_name_none(label: str) -> None:
    assert Matcher(TASCA).suggest(label).answer == "none"


SWISS = [
    entry("fendant", "Fendant Balavaud", "Germanier", "Valais", "blanc", 2022),
    entry("dezaley", "Dézaley Chemin de Fer", "Luc Massy", "Dézaley", "blanc", 2022, "50"),
    entry(
        "lager", "Feldschlösschen Original", "Feldschlösschen", None, None, None, "2000", "bière"
    ),
]


@pytest.mark.parametrize(
    ("label", "chosen", "units"),
    [
        ("fendant balavaud 2022 · 2 dl · Fr. 16.50", "fendant", "0.2667"),  # decilitres
        ("FL 7.5DL FENDANT BALAVAUD 22", "fendant", "1"),
        ("fendant balavaud 2022 · ballon · Fr. 7.–", "fendant", "0.1667"),  # round francs
        (
            "Art.-Nr. 14797 / Dézaley Chemin de Fer, Luc Massy / Jg. 2022 / 50 cl / CHF 1'034.–",
            "dezaley",
            "1",
        ),
        ("STANGE FELDSCHLOSSCHEN", "lager", "0.0150"),  # 3 dl of draught
    ],
)
def test_a_swiss_bar_s_decilitres_francs_and_article_numbers(
    label: str, chosen: str, units: str
) -> None:
    found = Matcher(SWISS).suggest(label)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", chosen), found.explanation
    assert found.units_per_sale == Decimal(units)
    assert found.vintage in (None, 2022)  # "Fr. 34.–" is no vintage 2034
