"""Session 9's mechanisms (docs/matching.md, "Session 9"): a chalkboard's hashtags and
half-euro prices, small bottles said by name, an export's columns and CSV rows, Greek
labels, ounces, sizes written first, a format chosen by convention shown as unsure."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from tastevin.matching import Matcher
from tastevin.matching.fields import FieldSpec, learn_fields, strip_fields, unquoted
from tastevin.matching.folding import fold
from tastevin.matching.habits import learn
from tastevin.matching.matcher import CONFIDENT
from tastevin.matching.normalise import parse_label
from tests.matching.conftest import entry

LANGUEDOC = [
    entry("ar", "L'Arbouse", "Mas Bruguière", "Pic Saint-Loup", "rouge", 2021),
    entry("sy", "Sylla", "Domaine Sylla", "Minervois", "rouge", 2019),
    entry("mp", "Minute Papillon", "Domaine Mamaruta", "Vin de France", "rouge", 2022),
    entry("vc", "Vichy Catalan", None, None, None, None, "100", "soft"),
]


def test_a_chalkboards_hashtags_are_hints_or_measures_and_its_prices_half_euros() -> None:
    label = "🔴 L'Arbouse · Mas Bruguière 2021 — 45,5€ #bouteille #picsaintloup #34 #bio"
    parsed = parse_label(label)
    # "#34" is a département, "45,5€" a price: neither a vintage nor a word of the drink
    assert (parsed.vintage, parsed.serving) == (2021, "bottle")
    assert "34" not in parsed.tokens and "45" not in parsed.tokens
    assert parse_label("Sylla — 9€ #verre #minervois #11").vintage is None
    water = parse_label("💧 Vichy Catalan — 5€ #1litre #pétillante")
    assert (water.volume_cl, water.tokens) == (Decimal(100), ("vichy", "catalan"))
    matcher = Matcher(LANGUEDOC)
    for text, expected in ((label, "ar"), ("💧 Vichy Catalan — 5€ #1litre #pétillante", "vc")):
        found = matcher.suggest(text)
        assert (found.answer, found.candidates[0].entry_id) == ("yes", expected), text
    # one hashtag alone is no tagging style: "#3" may be a cuvée's number
    assert "3" in parse_label("Cuvée #3 Mas Bruguière").tokens


def test_a_measure_word_cut_before_its_volume_and_catalan_colours() -> None:
    assert parse_label("PIC25 PLAISIR EULALIE").serving == "carafe"
    assert parse_label("RECTORIA COTE MER NEGRE").colour == "rouge"
    assert parse_label("GOT BRUGUIERA ROSAT 23").colour == "rose"


THEATRE = [
    entry("p20", "Brut Royal", "Pommery", "Champagne", "effervescent", None, "20", "champagne"),
    entry("p75", "Brut Royal", "Pommery", "Champagne", "effervescent", None, "75", "champagne"),
    entry("p150", "Brut Royal", "Pommery", "Champagne", "effervescent", None, "150", "champagne"),
    entry("mc18", "Mouton Cadet", "Baron Philippe", "Bordeaux", "rouge", 2020, "18.75"),
    entry("mc75", "Mouton Cadet", "Baron Philippe", "Bordeaux", "rouge", 2020),
    entry("hg5", "Hendrick's", "Hendrick's", None, None, None, "5", "spiritueux"),
    entry("hg70", "Hendrick's", "Hendrick's", None, None, None, "70", "spiritueux"),
    entry("gg", "Grey Goose", "Grey Goose", None, None, None, "70", "spiritueux"),
]


def test_small_bottles_said_by_name_and_a_champagnes_quart() -> None:
    matcher = Matcher(THEATRE)
    # an interval bar's buttons: an article code, then the format first
    till = ["C809 QUART POMMERY BRUT ROYAL", "C290 PICCOLO POMMERY", "S102 MINI HENDRICKS GIN"]
    till += ["C413 MAG POMMERY", "V305 18.75 MOUTON CADET", "S619 MINI GREY GOOSE"]
    habits = learn(till)
    for label, expected in (
        ("C809 QUART POMMERY BRUT ROYAL", "p20"),  # a champagne's quart is its 20 cl bottle
        ("C290 PICCOLO POMMERY", "p20"),
        ("S102 MINI HENDRICKS GIN", "hg5"),
        ("Mouton Cadet Rouge 187ml", "mc18"),  # 187 ml is the 18.75 cl bottle, rounded
        ("Pommery Brut Royal 1500ml", "p150"),
    ):
        found = matcher.suggest(label, habits=habits)
        assert (found.answer, found.candidates[0].entry_id) == ("yes", expected), label
        assert found.units_per_sale == 1
    # a miniature the library does not hold is none, never the 70 cl bottle
    assert matcher.suggest("S619 MINI GREY GOOSE", habits=habits).answer == "none"
    assert parse_label("pommery brut (0,375)").volume_cl == Decimal("37.5")


def test_an_exports_columns_before_the_drink_are_what_the_sale_is_filed_under() -> None:
    vocabulary = frozenset({"pommery", "brut", "royal", "heineken", "lanson", "black", "label"})
    rows = [
        "ENTRACTE2;4;Pommery Brut Royal;200ml;46.00",
        "AVANT;1;Heineken Bouteille;250ml;6.00",
        "APRES;2;Lanson Black Label;750ml;120.00",
        "ENTRACTE1;3;Pommery Brut Royal;750ml;150.00",
        "AVANT;2;Lanson Black Label;1500ml;260.00",
    ]
    spec = learn_fields(rows, vocabulary)
    assert spec is not None and spec.columns == (False, False, True, True, False)
    assert strip_fields(rows[0], spec) == "Pommery Brut Royal;200ml"
    # a CSV row sent as the label is read as its fields
    assert unquoted('"Singha, Thai lager","Bottle 33cl",2,6.00') == (
        "Singha, Thai lager;Bottle 33cl;2;6.00"
    )
    assert FieldSpec.from_json(spec.to_json()) == spec


def test_greek_is_read_as_it_sounds() -> None:
    assert fold("Ασύρτικο Σιγαλά") == "asyrtiko sigala"
    assert fold("Μπουτάρη Νάουσα") == "boutari naousa"
    assert fold("Χατζηδάκη") == "hatzidaki"
    assert fold("Водка Белуга") == "vodka beluga"
    assert fold("拉菲 LAFITE") == "拉菲 lafite"  # ideograms are not spelt as sounds
    matcher = Matcher(
        [
            entry("as", "Assyrtiko", "Domaine Sigalas", "Santorini", "blanc", 2022),
            entry("na", "Naoussa", "Boutari", "Naoussa", "rouge", 2018, "150"),
        ]
    )
    for label, expected in (
        ("ποτήρι · Ασύρτικο Σιγαλά 2022", "as"),
        ("μάγκνουμ 1,5L · Μπουτάρη Νάουσα 2018", "na"),
    ):
        found = matcher.suggest(label)
        assert (found.answer, found.candidates[0].entry_id) == ("yes", expected), label


def test_an_american_bars_ounces() -> None:
    glass = parse_label("GLS 6OZ Ridge Geyserville '21 €25.00")
    assert (glass.serving, glass.volume_cl, glass.vintage) == ("glass", Decimal("17.74"), 2021)
    assert parse_label("1.5OZ Buffalo Trace Bourbon").volume_cl == Decimal("4.44")
    # a two-digit number past next year names the wine ("BIN28"), no vintage
    assert parse_label("AUS VR15 BIN 28 KALIMNA").vintage is None


def test_the_measure_written_first_is_learnt_as_sizes_not_article_numbers() -> None:
    till = ["50 CDR", "25 CDR", "12 CDR", "75 SAUMUR", "150 CAHORS COUTALE 20", "4 COGNAC"]
    till += ["37,5 CROZES TAIN 22", "33 EVIAN", "50 KRO", "25 KRO"]
    habits = learn(till)
    assert habits.sizes_first and habits.lead is None
    house = entry("cdr", "Côtes du Rhône", "Cellier des Dauphins", "Côtes du Rhône", "rouge", None)
    matcher = Matcher(
        [
            replace(house, format_cl=Decimal(500)),  # held only in its bag-in-box
            entry("ca", "Cahors", "Clos La Coutale", "Cahors", "rouge", 2020),
            entry("cam", "Cahors", "Clos La Coutale", "Cahors", "rouge", 2020, "150"),
        ]
    )
    pichet = matcher.suggest("50 CDR", habits=habits)
    # a pichet drawn from the house wine's bag-in-box
    assert (pichet.answer, pichet.units_per_sale) == ("yes", Decimal("0.1"))
    magnum = matcher.suggest("150 CAHORS COUTALE 20", habits=habits)
    assert (magnum.answer, magnum.candidates[0].entry_id) == ("yes", "cam")


def test_a_format_chosen_by_convention_is_not_shown_as_sure() -> None:
    # an Occitan till files its half bottles under "MIEJA", a word no table holds: the
    # 75 cl bottle is still the answer, but not one to accept without a look
    library = [
        entry("gc", "Grande Cuvée", "Château de Lancyre", "Pic Saint-Loup", "rouge", 2021),
        entry("gh", "Grande Cuvée", "Château de Lancyre", "Pic Saint-Loup", "rouge", 2021, "37.5"),
        entry("ro", "Roussanne", "Château de Lancyre", "Pic Saint-Loup", "blanc", 2023),
    ]
    till = ["MIEJA LANCYRE GRANDE CUVEE 21", "MIEJA LANCYRE ROUSSANNE", "MIEJA FOULAQUIER"]
    till += ["LANCYRE GRANDE CUVEE 21", "LANCYRE ROUSSANNE 23", "FOULAQUIER 20"]
    habits = learn(till)
    matcher = Matcher(library)
    cut = matcher.suggest("MIEJA LANCYRE GRANDE CUVEE 21", habits=habits)
    plain = matcher.suggest("LANCYRE GRANDE CUVEE 21", habits=habits)
    assert plain.answer == "yes" and plain.candidates[0].confidence >= CONFIDENT
    assert cut.candidates[0].confidence < CONFIDENT


def test_a_rose_gives_way_only_to_a_wine_whose_name_does_not_say_its_colour() -> None:
    prestige = [
        entry("pr", "Minuty Prestige", "Château Minuty", "Côtes de Provence", "rosé", 2022),
        entry("pb", "Minuty Prestige Blanc", "Château Minuty", "Côtes de Provence", "blanc", 2022),
    ]
    found = Matcher(prestige).suggest("MINUTY PRESTIGE 22")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "pr")
    # a champagne's white is still the house's plain wine, "Blanc de Blancs" or not
    champagnes = [
        entry("bb", "Dom Ruinart Blanc de Blancs", "Ruinart", "Champagne", "effervescent", 2009),
        entry("ro", "Dom Ruinart Rosé", "Ruinart", "Champagne", "rosé", 2009),
    ]
    found = Matcher(champagnes).suggest("DOM RUINART 2009")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "bb")


def test_a_code_written_with_a_space_beside_families_written_with_separators() -> None:
    vocabulary = frozenset({"chinon", "sancerre", "dupont", "giraud", "tariquet", "fine"})
    till = [f"VR/VRE CHINON {n} 12,00" for n in range(5)]
    till += [f"VB-VRE SANCERRE {n} 9,00" for n in range(5)]
    till += ["ALC DOSE DUPONT FINE 8,00", "ALC DOSE GIRAUD 5,00", "ALC DOSE TARIQUET 7,50"]
    till += [f"CHINON {n}" for n in range(20)]
    habits = learn(till, vocabulary)
    assert {"vr/", "vb-", "alc "} <= set(habits.prefixes)
    # alone, a first word that recurs on few labels is no family ("CAFE" of the coffees)
    assert "alc " not in learn(till[10:], vocabulary).prefixes
