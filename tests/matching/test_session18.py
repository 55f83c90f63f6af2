"""Session 18's mechanisms (docs/matching.md, "Session 18"), each found on a blind set of
an ordinary restaurant measured untouched first."""

from __future__ import annotations

from decimal import Decimal

from tastevin.matching import Matcher
from tastevin.matching.fields import learn_fields, strip_fields
from tastevin.matching.normalise import draught_family
from tastevin.matching.printed import item_column
from tastevin.matching.reading import family_colour
from tests.matching.conftest import entry

AUVERGNE = [
    entry("corent", "Corent", "Saint-Verny", "Côtes d'Auvergne", "rosé", 2024),
    entry("corent23", "Corent", "Saint-Verny", "Côtes d'Auvergne", "rosé", 2023),
    entry("pn", "Pinot Noir", "Saint-Verny", "Côtes d'Auvergne", "rouge", 2023),
    entry("chard", "Chardonnay", "Saint-Verny", "Côtes d'Auvergne", "blanc", 2023),
    entry("brouilly", "Brouilly", "Georges Duboeuf", "Brouilly", "rouge", 2023, "37.5"),
    entry("brouilly75", "Brouilly", "Georges Duboeuf", "Brouilly", "rouge", 2023),
    entry("cheverny", "Cheverny Rouge", "Domaine du Salvard", "Cheverny", "rouge", 2022),
    entry("chevernyb", "Cheverny Blanc", "Domaine du Salvard", "Cheverny", "blanc", 2023),
    entry("lor", "Muscadet L d'Or", "Luneau-Papin", "Muscadet Sèvre et Maine", "blanc", 2022),
    entry("clos", "Muscadet Clos des Allées", "Luneau-Papin", "Muscadet", "blanc", 2022),
    entry("kro", "Kronenbourg", "Kronenbourg", None, None, None, "3000", "biere"),
    entry("kro33", "Kronenbourg", "Kronenbourg", None, None, None, "33", "biere"),
    entry("leffe", "Leffe Blonde", "Abbaye de Leffe", None, None, None, "33", "biere"),
]
# a bar's register: a key text cut at 14 columns, then the price the journal prints
REGISTER = [
    "VR CORENT 23     6,00",
    "VR CORENT RS 2   3,20",
    "VR ST VERNY PN   5,70",
    "VR CHARDONNAY    4,60",
    "1/2 BROUILLY 2  21,50",
    "VR BROUILLY 23   5,10",
    "V15 CHEVERNY R   8,00",
    "VR MUSC LOR      4,00",
    "DEMI KRO         3,00",
    "CAFE             1,70",
    "CROQUE MONSIEU   7,50",
    "SALADE DE CHEV  12,50",
]


def test_a_journals_price_after_the_item_is_no_part_of_its_column() -> None:
    assert item_column("VR BOUDES 22     5,60") == "VR BOUDES 22"
    assert item_column("VR CH ROUSSET RS 2 4.50") == "VR CH ROUSSET RS 2"
    # a total after its sum, the second of two prices, a volume in litres: left alone
    total = "S31 DOSE MARTINI BLC....   27 x   4,00 =   108,00"
    assert item_column(total) == total
    assert item_column("PRESS 1664 0,25") == "PRESS 1664 0,25"
    # the till's cut is learnt on the item's column, the price apart
    assert Matcher(AUVERGNE).learn_habits(REGISTER).width == 14


def test_a_digit_left_at_the_cut_is_a_vintage_cut_short() -> None:
    matcher = Matcher(AUVERGNE)
    habits = matcher.learn_habits(REGISTER)
    cut = (("VR CORENT RS 2   3,20", "corent"), ("1/2 BROUILLY 2  21,50", "brouilly"))
    for label, wanted in cut:
        found = matcher.suggest(label, habits=habits)
        assert (found.answer, found.candidates[0].entry_id) == ("yes", wanted), label


# ...and as a till without a journal sends it, the same keys cut at 14
KEYS = [label[:14].rstrip() for label in REGISTER]


def test_an_abbreviation_at_the_cut_whose_words_the_library_holds_is_read_whole() -> None:
    matcher = Matcher(AUVERGNE)
    habits = matcher.learn_habits(KEYS)
    assert habits.width == 14
    found = matcher.suggest("VR ST VERNY PN", habits=habits)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "pn")


def test_one_letter_at_the_cut_that_starts_the_houses_next_word_is_that_word() -> None:
    matcher = Matcher(AUVERGNE)
    habits = matcher.learn_habits(KEYS)
    found = matcher.suggest("V15 CHEVERNY R", habits=habits)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "cheverny")


def test_an_initial_before_the_cut_does_not_hide_the_word_before_it() -> None:
    # "L D OR": the stub at the cut goes on from Muscadet, over the initials
    matcher = Matcher(AUVERGNE)
    habits = matcher.learn_habits([*KEYS, "VR MUSC L D OR"])
    found = matcher.suggest("VR MUSC L D OR", habits=habits)
    assert found.candidates[0].entry_id == "lor"


POURS = ("12,5CL", "15CL")
EXPORT = [
    *(f"VBL43{n:02};MUSCADET L D OR {year};75CL;-1" for n, year in enumerate((2020, 2021, 2022))),
    *(f"VBL53{n:02};MUSCADET CLOS DES ALLEES;75CL;-{size}" for n, size in enumerate(("1", *POURS))),
    *(f"VRG29{n:02};CHEVERNY ROUGE SALVARD {year};75CL;-1" for n, year in enumerate((2021, 2022))),
    *(f"VBL61{n:02};CHEVERNY BLANC SALVARD {year};75CL;-1" for n, year in enumerate((2022, 2023))),
    *(f"VRS18{n:02};CORENT SAINT VERNY {year};75CL;-1" for n, year in enumerate((2023, 2024))),
    *(f"VRG18{n:02};PINOT NOIR SAINT VERNY {year};75CL;-1" for n, year in enumerate((2022, 2023))),
    *(f"VRG19{n:02};CHARDONNAY SAINT VERNY {year};75CL;-1" for n, year in enumerate((2022, 2023))),
    *(f"BIE93{n:02};KRONENBOURG;{size};-1" for n, size in enumerate(("25CL", "33CL", "50CL"))),
    "BIE9400;LEFFE BLONDE;33CL;-1",
    *(f"VBL71{n:02};CHEVERNY BLANC SALVARD;75CL;-{pour}" for n, pour in enumerate(POURS)),
    *(f"VRG71{n:02};CHEVERNY ROUGE SALVARD;75CL;-{pour}" for n, pour in enumerate(POURS)),
    *(f"PRE11{n:02};KRONENBOURG;{size};-1" for n, size in enumerate(("25CL", "50CL"))),
    *(f"CUI00{n:02};{dish};UNITE;-1" for n, dish in enumerate(("CROQUE", "SALADE", "TARTE"))),
    *(f"CUI01{n:02};{dish};UNITE;-1" for n, dish in enumerate(("OMELETTE", "FRITES"))),
]


def test_a_signed_count_column_names_nothing() -> None:
    matcher = Matcher(AUVERGNE)
    vocabulary = frozenset(matcher.index.vocab)
    spec = learn_fields(EXPORT, vocabulary)
    assert spec is not None
    assert "-1" not in strip_fields("VRS1882;CORENT SAINT VERNY 2024;75CL;-1", spec)
    habits = matcher.learn_habits(EXPORT)
    found = matcher.suggest("BIE9400;LEFFE BLONDE;33CL;-1", habits=habits)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "leffe")


def test_an_article_code_that_begins_with_the_family_files_the_drink() -> None:
    matcher = Matcher(AUVERGNE)
    habits = matcher.learn_habits(EXPORT)
    assert habits.fields is not None and habits.fields.coded
    assert habits.split("VRS1882;CORENT SAINT VERNY 2024;75CL;-1")[0] == "vrs "
    # VBL: a wine family's code that says white; Saint-Verny's Corent is held in rosé only
    white = matcher.suggest("VBL0001;CORENT SAINT VERNY 2024;75CL;-1", habits=habits)
    assert white.answer == "none"
    rose = matcher.suggest("VRS0002;CORENT SAINT VERNY 2024;75CL;-1", habits=habits)
    assert (rose.answer, rose.candidates[0].entry_id) == ("yes", "corent")


def test_a_wine_familys_code_says_its_colour_and_pre_is_the_tap() -> None:
    assert [family_colour(code) for code in ("vbl ", "vrg ", "vrs ")] == ["blanc", "rouge", "rose"]
    assert family_colour("vr ") is None  # a glass
    assert draught_family("pre ")
    assert not draught_family("spi ")  # spirits, not the Italian spina
    matcher = Matcher(AUVERGNE)
    habits = matcher.learn_habits(EXPORT)
    demi = matcher.suggest("PRE1111;KRONENBOURG;25CL;-1", habits=habits)
    assert (demi.answer, demi.candidates[0].entry_id) == ("yes", "kro")
    assert demi.units_per_sale == Decimal("0.0083")  # 25 cl drawn from the 30 l keg


_SHOP = [
    ("RG CHEVERNY ROUGE SALVARD 2022", "75CL"),
    ("RG PINOT NOIR SAINT VERNY 2023", "75CL"),
    ("RG BROUILLY DUBOEUF 2023", "37,5CL"),
    ("RG CHEVERNY ROUGE", "PICH50"),
    ("BL CHEVERNY BLANC SALVARD 2023", "75CL"),
    ("BL MUSCADET L D OR LUNEAU 2022", "75CL"),
    ("BL MUSCADET CLOS DES ALLEES", "VERRE"),
    ("RS CORENT SAINT VERNY 2024", "75CL"),
    ("BIE KRONENBOURG PRESSION", "PINTE"),
    ("BIE KRONENBOURG PRESSION", "DEMI"),
    ("BIE KRONENBOURG", "33CL"),
    ("APE MARTINI ROUGE", "DOSE6"),
    ("APE PASTIS 51", "DOSE"),
    ("APE SUZE", "DOSE"),
    ("DIG CALVADOS DROUIN", "DOSE"),
    ("DIG WHISKY TALISKER 10", "DOSE"),
    ("DIG RHUM CLEMENT BLANC", "DOSE"),
    ("CUIS GALETTE SAUCISSE", "UNITE"),
    ("SOFT LORINA LIMONADE", "33CL"),
    ("SOFT COCA COLA", "33CL"),
    ("SOFT ORANGINA", "25CL"),
]
# a shop's export: article, name cut at 24 columns, size, price
SHOP = [f"{10000 + n};{name[:24]};{size};9,50" for n, (name, size) in enumerate(_SHOP)]


def test_a_family_is_read_at_the_start_of_a_name_the_export_cut() -> None:
    # "RG CHEVERNY ROUGE SALVAR" fills its 24 columns: the size column is read first, and
    # the family still starts the name
    matcher = Matcher(AUVERGNE)
    habits = matcher.learn_habits(SHOP)
    assert {"rg ", "bl ", "bie ", "ape ", "dig "} <= set(habits.prefixes)
    assert habits.fields is not None and habits.fields.cut == (1, 24)
    prefix, rest = habits.split(SHOP[0])
    assert prefix == "rg "
    assert rest == "75CL;CHEVERNY ROUGE SALVAR"


def test_blanc_de_blanc_is_the_style_not_the_colour() -> None:
    library = [
        entry("brut", "Brut Réserve", "Billecart-Salmon", "Champagne", "effervescent", None),
        entry("rose", "Brut Rosé", "Billecart-Salmon", "Champagne", "rosé", None),
        entry("ruinart", "Blanc de Blancs", "Ruinart", "Champagne", "effervescent", None),
    ]
    matcher = Matcher(library)
    assert matcher.suggest("BTL BILLECART BLANC DE BLANC").answer == "none"
    for label in ("cp ruinart blanc de blanc", "cp ruinart blancdeblancs"):
        found = matcher.suggest(label)
        assert (found.answer, found.candidates[0].entry_id) == ("yes", "ruinart"), label


def test_the_journals_price_set_aside_does_not_make_the_format_unsure() -> None:
    library = [
        entry("phelan", "Château Phélan Ségur", "Phélan Ségur", "Saint-Estèphe", "rouge", 2017),
        entry("phelan16", "Château Phélan Ségur", "Phélan Ségur", "Saint-Estèphe", "rouge", 2016),
    ]
    matcher = Matcher(library)
    habits = matcher.learn_habits(["Phélan Ségur 95,00", "Café 2,00", "Eau 3,00"])
    with_price = matcher.suggest("Phélan Ségur 95,00", habits=habits)
    without = matcher.suggest("Phélan Ségur", habits=habits)
    assert with_price.candidates[0].confidence == without.candidates[0].confidence


def test_a_colour_cut_short_at_the_till_width_is_that_colour() -> None:
    library = [
        entry("sancr", "Sancerre Rouge", "Vacheron", "Sancerre", "rouge", 2022),
        entry("sancb", "Sancerre Blanc", "Vacheron", "Sancerre", "blanc", 2023),
        entry("martini", "Martini Bianco", "Martini", None, None, None, "100", "autre"),
    ]
    labels = ["VRE SANCERRE ROU", "VRE SANCERRE BLA", "DOSE MARTINI BLAN", "DOSE MARTINI ROSS"]
    labels += ["BTL SANCERRE ROUG", "CAFE ALLONGE", "CROQUE MONSIEUR"]
    matcher = Matcher(library)
    habits = matcher.learn_habits([label.ljust(16)[:16] for label in labels])
    assert habits.width == 16
    red = matcher.suggest("VRE SANCERRE ROU", habits=habits)
    assert (red.answer, red.candidates[0].entry_id) == ("yes", "sancr")
    white = matcher.suggest("VRE SANCERRE BLA", habits=habits)
    assert (white.answer, white.candidates[0].entry_id) == ("yes", "sancb")
    # no wine's colour: the Bianco's "BLAN" is no word of its, and says nothing read here
    assert matcher.suggest("DOSE MARTINI BLAN", habits=habits).answer == "none"


HOTEL = [
    entry("gamay", "Gamay", "Henry Marionnet", "Touraine", "rouge", 2023),
    entry("chev", "Cheverny", "Domaine du Salvard", "Cheverny", "blanc", 2023),
    entry("deutz", "Brut Classic", "Deutz", "Champagne", "effervescent", None),
    entry("coca", "Coca-Cola", "Coca-Cola", None, None, None, "33", "soft"),
    entry("kro", "Kronenbourg", "Kronenbourg", None, None, None, "25", "biere"),
    entry("cognac", "Hennessy VS", "Hennessy", None, None, None, "70", "spiritueux"),
]


def test_a_hotels_outlets_file_where_the_sale_was_made_not_what_was_sold() -> None:
    labels = [
        *(f"BAR {item}" for item in ("Coke", "Kronenbourg", "Glass Cheverny", "Hennessy VS")),
        *(f"BAR {item}" for item in ("Bottle Gamay Marionnet", "Coca-Cola")),
        *(f"MB {item}" for item in ("Coca-Cola", "Kronenbourg", "Half Cheverny", "Gamay")),
        *(f"MB {item}" for item in ("Hennessy VS", "Bottle Cheverny")),
        *(f"SEM {item}" for item in ("Deutz Brut Classic", "Flute Deutz", "Bottle Deutz")),
        "SEM Bottle Cheverny 2023",
        "SEM Coffee break",
    ]
    matcher = Matcher(HOTEL)
    habits = matcher.learn_habits(labels)
    assert {"bar ", "mb ", "sem "} <= set(habits.prefixes)
    # only sparkling and white wines were recognised under SEM: it still files any drink
    assert habits.allowed_kinds("sem ") is None
    found = matcher.suggest("SEM Bottle Gamay Marionnet 2023", habits=habits)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "gamay")


def test_a_number_in_a_name_written_as_its_figure_is_a_rebus() -> None:
    library = [
        entry("janasse", "Châteauneuf-du-Pape", "Domaine de la Janasse", None, "rouge", 2019),
        entry("edm", "Entre-deux-Mers", "Château Bonnet", "Entre-deux-Mers", "blanc", 2023),
        entry("lirac", "Lirac", "Domaine de la Mordorée", "Lirac", "rouge", 2021),
    ]
    matcher = Matcher(library)
    found = matcher.suggest("c9dp janasse 19 btl")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "janasse")
    bonnet = matcher.suggest("VRE E2M BONNET 23")
    assert (bonnet.answer, bonnet.candidates[0].entry_id) == ("yes", "edm")


def test_brut_said_of_a_house_alone_is_its_one_ordinary_cuvee() -> None:
    library = [
        entry("lp", "La Cuvée", "Laurent-Perrier", "Champagne", "effervescent", None),
        entry("lprose", "Cuvée Rosé", "Laurent-Perrier", "Champagne", "rosé", None),
        entry("perrier", "Perrier", "Perrier", None, None, None, "33", "soft"),
        entry("bdb", "Blanc de Blancs", "Ruinart", "Champagne", "effervescent", None),
        entry("rrose", "Rosé", "Ruinart", "Champagne", "rosé", None),
    ]
    matcher = Matcher(library)
    found = matcher.suggest("COUPE LAURENT PERRIER BRUT")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "lp")
    # the house's brut is not its Blanc de Blancs
    assert matcher.suggest("COUPE RUINART BRUT").answer == "none"


def test_a_word_cut_from_an_abbreviations_meaning_is_not_that_abbreviation_glued() -> None:
    library = [
        entry("billecart", "Brut Réserve", "Billecart-Salmon", "Champagne", "effervescent", None),
        entry("diplo", "Reserva Exclusiva", "Diplomático", None, None, None, "70", "spiritueux"),
    ]
    matcher = Matcher(library)
    # "RESE" is réserve cut short, not "RES" (réserve) glued to Exclusiva's E
    found = matcher.suggest("CP BILLEC RESE")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "billecart")


def test_a_drink_without_alcohol_is_one_variant_however_it_is_written() -> None:
    library = [
        entry("blonde", "1664 Blonde", "Kronenbourg", None, None, None, "25", "biere"),
        entry("free", "1664 Blonde 0,0 %", "Kronenbourg", None, None, None, "25", "biere"),
    ]
    matcher = Matcher(library)
    for label in ("1664 sans alcool - 25cl", "1664 0.0 25CL", "1664 0% 25cl"):
        found = matcher.suggest(label)
        assert (found.answer, found.candidates[0].entry_id) == ("yes", "free"), label
    plain = matcher.suggest("1664 - 25cl")
    assert (plain.answer, plain.candidates[0].entry_id) == ("yes", "blonde")


def test_an_appellation_and_a_common_word_of_one_producer_name_the_cooperative() -> None:
    library = [
        entry(
            "coop",
            "Coteaux du Vendômois Rouge",
            "Les Vignerons du Vendômois",
            "Coteaux du Vendômois",
            "rouge",
            2023,
        ),
        entry(
            "colin",
            "Pierre-François",
            "Domaine Patrice Colin",
            "Coteaux du Vendômois",
            "rouge",
            2022,
        ),
        entry("brazilier", "Tradition", "Domaine Brazilier", "Coteaux du Vendômois", "rouge", 2022),
    ]
    matcher = Matcher(library)
    assert matcher.suggest("ROUGE - Coteaux du Vendômois pichet 50cl").answer == "none"
    for label in ("ROUGE - Coteaux du Vendômois Vignerons pichet 50cl", "Carafe Vendomois Vigner"):
        found = matcher.suggest(label)
        assert (found.answer, found.candidates[0].entry_id) == ("yes", "coop"), label
    # "vin" is no producer's word: a common word names the one producer that holds it
    assert matcher.suggest("VIN VERRE COTEAUX DU VENDOMOIS").answer == "none"


def test_a_measure_code_glued_to_its_centilitres_is_no_abbreviations_word() -> None:
    # "PT" alone may be petit or pinte; "PT25" is a pot of 25 cl (no pinte holds 25 cl)
    library = [entry("gris", "Gris de Toul", "Lelièvre", "Côtes de Toul", "rosé", 2022)]
    matcher = Matcher(library)
    found = matcher.suggest("PT25 GRIS LELIEVRE 22")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "gris")
    assert found.units_per_sale == Decimal("0.3333")


def test_a_wholesalers_container_before_its_size_names_nothing() -> None:
    library = [
        entry("kro", "Kronenbourg", "Kronenbourg", None, None, None, "25", "biere"),
        entry("coca", "Coca-Cola", "Coca-Cola", None, None, None, "50", "soft"),
    ]
    matcher = Matcher(library)
    for label, wanted in (
        ("3856464730987 KRONENBOURG BIERE VP 25CL", "kro"),
        ("3657103838886 COCA COLA PET 50CL", "coca"),
    ):
        found = matcher.suggest(label)
        assert (found.answer, found.candidates[0].entry_id) == ("yes", wanted), label
    assert matcher.suggest("COCA COLA PET 1,5L").answer == "none"  # the size is still read


def test_a_glass_word_cut_short_that_a_till_writes_first_is_its_glass() -> None:
    library = [
        entry(
            "layon", "Carte d'Or", "Domaine Baumard", "Coteaux du Layon", "liquoreux", 2020, "50"
        ),
        entry("corent", "Corent", "Desprat", "Côtes d'Auvergne", "rouge", 2023),
        entry("gamay", "Gamay", "Desprat", "Côtes d'Auvergne", "rouge", 2022),
        entry("fleurie", "Fleurie", "Domaine Chignard", "Fleurie", "rouge", 2022),
    ]
    labels = ["BAL LAYON 20", "BAL CORENT 23", "BAL GAMAY", "BAL FLEURIE", "BTL FLEURIE 22"]
    matcher = Matcher(library)
    habits = matcher.learn_habits([*labels, "CAFE", "CROQUE MONSIEUR"])
    found = matcher.suggest("BAL LAYON 20", habits=habits)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "layon")
    assert found.units_per_sale == Decimal("0.25")  # 12.5 cl of the 50 cl bottle


def test_a_wholesalers_degree_written_with_a_d_is_a_strength() -> None:
    library = [
        entry(
            "drouin",
            "Calvados XO",
            "Christian Drouin",
            "Calvados Pays d'Auge",
            None,
            None,
            "70",
            "spiritueux",
        ),
        entry("vs", "Hennessy VS", "Hennessy", None, None, None, "70", "spiritueux"),
    ]
    matcher = Matcher(library)
    for label, wanted in (
        ("CALVADOS PAYS D AUGE DROUIN XO 40D DOSE", "drouin"),
        ("HENNESSY VS 40D DOSE", "vs"),
    ):
        found = matcher.suggest(label)
        assert (found.answer, found.candidates[0].entry_id) == ("yes", wanted), label


def test_a_colour_code_reads_as_the_shortest_colour_word_it_starts() -> None:
    # "ROS" is one letter short of "rose", two of the Italian "rosso"
    assert family_colour("ros ") == "rose"
    assert family_colour("rou ") == "rouge"
    library = [
        entry("r", "Deleuze-Rochetin Rouge", "Deleuze-Rochetin", "Duché d'Uzès", "rouge", 2022),
        entry("p", "Deleuze-Rochetin Rosé", "Deleuze-Rochetin", "Duché d'Uzès", "rosé", 2024),
        entry("b", "Deleuze-Rochetin Blanc", "Deleuze-Rochetin", "Duché d'Uzès", "blanc", 2023),
    ]
    labels = ["ROS VRE DELEUZE 24", "RGE VRE DELEUZE 22", "BLC BTL DELEUZE 23", "ROS BTL DELEUZE"]
    labels += ["RGE PICH50 DELEUZE", "BLC VRE DELEUZE", "CAF EXPRESSO", "CAF DECA"]
    matcher = Matcher(library)
    habits = matcher.learn_habits(labels)
    found = matcher.suggest("ROS VRE DELEUZE 24", habits=habits)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "p")
