"""Session 11's mechanisms (docs/matching.md, "Session 11"), found on a fourth wave of
ordinary tills: a space-coded family that is a colour or a kind of drink, or its cut."""

from __future__ import annotations

from decimal import Decimal

from tastevin.matching import Matcher
from tastevin.matching.glued import unglue
from tastevin.matching.habits import Habits
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


BRASSERIE = [
    entry("ch", "Chinon Les Granges", "Bernard Baudry", "Chinon", "rouge", 2020),
    entry(
        "lr",
        "Château Larose-Trintaudon",
        "Château Larose-Trintaudon",
        "Haut-Médoc",
        "rouge",
        2016,
        "150",
    ),
    entry("ri", "Ricard", "Pernod Ricard", None, None, None, "100", "spiritueux"),
    entry("kr", "1664 Blonde", "Kronenbourg", None, None, None, "3000", "biere"),
    entry("ja", "Jenlain Ambrée", "Brasserie Duyck", None, None, None, "75", "biere"),
]
# a back office's export: article; libellé; millésime; conditionnement (a code and its
# centilitres); price
EXPORT = [
    "470442;Ch Larose Trintaudon Mag;2016;BT 150;52,60",
    "526965;Chinon Les Granges;2020;PI 25;8,60",
    "526966;Chinon Les Granges;2020;VR 12,5;5,60",
    "695086;Ricard 1L;;DO 4;5,00",
    "695087;Ricard 1L;;DO 2;3,00",
    "651264;Kronenbourg 1664 Fut 30L;;FUT 50;8,00",
    "651265;Kronenbourg 1664 Fut 30L;;FUT 25;4,00",
    "459374;Jenlain Ambree 75cl;;BT 75;12,60",
    "449490;Ficelle Picarde;;UN;4,50",
    "972527;Cafe Expresso;;UN;2,80",
    "322056;Menu Enfant;;UN;4,30",
    "385092;Coca Cola Zero 33;;BT 33;5,10",
    "177075;San Pellegrino 1L;;BT 100;4,80",
    "470189;Schweppes Tonic 25;;BT 25;4,00",
    "149642;Vin Rouge Pichet Maison;;PI 50;17,50",
]


def test_an_exports_column_of_coded_servings_is_read_as_the_measure() -> None:
    matcher = Matcher(BRASSERIE)
    habits = matcher.learn_habits(EXPORT)
    assert habits.fields is not None
    assert habits.fields.sizes == 3
    assert Habits.from_json(habits.to_json()) == habits  # stored per connection
    expected = {
        "526965;Chinon Les Granges;2020;PI 25;8,60": ("ch", "0.3333"),
        "526966;Chinon Les Granges;2020;VR 12,5;5,60": ("ch", "0.1667"),
        "470442;Ch Larose Trintaudon Mag;2016;BT 150;52,60": ("lr", "1"),
        # the container in the libellé, the pour in the column: 4 cl of the 1 l bottle
        "695086;Ricard 1L;;DO 4;5,00": ("ri", "0.04"),
        "651264;Kronenbourg 1664 Fut 30L;;FUT 50;8,00": ("kr", "0.0167"),
        "459374;Jenlain Ambree 75cl;;BT 75;12,60": ("ja", "1"),
    }
    for label, (drink, units) in expected.items():
        found = matcher.suggest(label, habits=habits)
        assert (found.answer, found.candidates[0].entry_id) == ("yes", drink), label
        assert found.units_per_sale == Decimal(units), label


def test_a_column_of_tables_or_rooms_is_no_measure() -> None:
    rows = [f"BQ2601{n:02d};T{n % 30 + 1};Chinon Les Granges;2020;75cl" for n in range(20)]
    habits = Matcher(BRASSERIE).learn_habits(rows)
    assert habits.fields is None or habits.fields.sizes is None


def test_a_keg_sold_whole_is_no_glass() -> None:
    found = Matcher(BRASSERIE).suggest("Kronenbourg 1664 Blonde fût 30 L")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "kr")
    assert found.units_per_sale == Decimal(1)


ALPS = [
    entry(
        "vr",
        "Vermouth de Chambéry Rouge",
        "Dolin",
        "Vermouth de Chambéry",
        None,
        None,
        "75",
        "autre",
    ),
    entry(
        "vb",
        "Vermouth de Chambéry Blanc",
        "Dolin",
        "Vermouth de Chambéry",
        None,
        None,
        "75",
        "autre",
    ),
    entry("ge", "Génépi", "Dolin", None, None, None, "70", "spiritueux"),
    entry("cv", "Chartreuse Verte", "Chartreuse Diffusion", None, None, None, "70", "spiritueux"),
    entry("cj", "Chartreuse Jaune", "Chartreuse Diffusion", None, None, None, "70", "spiritueux"),
    entry("hv", "Hennessy VSOP", "Hennessy", "Cognac", None, None, "70", "spiritueux"),
]
# a register that cuts every label at 18 characters
CUT_AT_18 = [
    "DIGE DOSE DOLIN GE",
    "DIGE DOSE CHART JA",
    "DIGE DOSE CHARTREU",
    "DIGE DOSE GENEPI D",
    "DIGE DOSE HENNE VS",
    "APER DOSE VERMOUTH",
    "CUIS TARTIFLETTE G",
    "CUIS CROZIFLETTE S",
    "CUIS FONDUE SAVOYA",
    "DIGE DOSE MARC DE ",
]


def test_a_stub_at_the_cut_is_the_one_word_it_starts_among_the_houses_drinks() -> None:
    matcher = Matcher(ALPS)
    habits = matcher.learn_habits(CUT_AT_18)
    assert habits.width == 18
    expected = {"DIGE DOSE DOLIN GE": "ge", "DIGE DOSE CHART JA": "cj"}
    for label, drink in expected.items():
        found = matcher.suggest(label, habits=habits)
        assert (found.answer, found.candidates[0].entry_id) == ("yes", drink), label
    # a spirit's grade is whole at the cut: VS is no cut VSOP
    graded = matcher.suggest("DIGE DOSE HENNE VS", habits=habits)
    assert graded.answer == "none"


BERGERAC = [
    entry("jr", "Château de la Jaubertie", "Château de la Jaubertie", "Bergerac", "rouge", 2020),
    entry(
        "jb", "Château de la Jaubertie", "Château de la Jaubertie", "Bergerac Sec", "blanc", 2022
    ),
    entry(
        "vh",
        "Château de Villeneuve",
        "Château de Villeneuve",
        "Saumur-Champigny",
        "rouge",
        2020,
        "37.5",
    ),
    entry(
        "vi", "Château de Villeneuve", "Château de Villeneuve", "Saumur-Champigny", "rouge", 2020
    ),
    entry("pf", "Pierre Ferrand 1840", "Pierre Ferrand", "Cognac", None, None, "70", "spiritueux"),
]
CUT_AT_16 = [
    "VRE JAUBERTIE RG",
    "1/2 VILLENEUVE 2",
    "DOSE FERRAND 184",
    "VILLENEUVE RG 19",
    "CAFE GOURMAND SU",
    "MENU OUVRIER PLA",
    "PICH25 ROUGE MAI",
    "ENTRECOTE LIMOUS",
    "COUPE CHAMPAGNE ",
]


def test_a_colour_a_number_or_a_vintage_at_the_cut() -> None:
    matcher = Matcher(BERGERAC)
    habits = matcher.learn_habits(CUT_AT_16)
    assert habits.width == 16
    expected = {
        "VRE JAUBERTIE RG": ("yes", "jr"),  # a colour's abbreviation chooses the red
        "1/2 VILLENEUVE 2": ("yes", "vh"),  # what is left of a vintage says nothing
        "DOSE FERRAND 184": ("yes", "pf"),  # the number of the house's drink it starts
        "VILLENEUVE RG 19": ("almost", "vi"),  # two digits are a vintage, whole
    }
    for label, (answer, drink) in expected.items():
        found = matcher.suggest(label, habits=habits)
        assert (found.answer, found.candidates[0].entry_id) == (answer, drink), label


def test_a_named_houses_rose_wine_is_said_but_its_aperitifs_stay_open() -> None:
    matcher = Matcher(
        [
            entry("ct", "Chinon Cuvée Terroir", "Charles Joguet", "Chinon", "rouge", 2022),
            entry("cr", "Chinon Rosé", "Charles Joguet", "Chinon", "rosé", 2023),
            entry("lb", "Lillet Blanc", "Lillet", None, None, None, "75", "autre"),
            entry("lr", "Lillet Rosé", "Lillet", None, None, None, "75", "autre"),
        ]
    )
    red = matcher.suggest("CHINON JOGUET 21")
    assert (red.answer, red.candidates[0].entry_id) == ("almost", "ct")
    assert matcher.suggest("CHINON JOGUET ROSE 23").candidates[0].entry_id == "cr"
    assert matcher.suggest("DOSE LILLET").answer == "none"  # the Blanc or the Rosé


def test_a_staff_stem_of_one_library_word_names_it() -> None:
    matcher = Matcher(
        [
            entry(
                "tb",
                "Brut Réserve",
                "Taittinger",
                "Champagne",
                "effervescent",
                None,
                "37.5",
                "champagne",
            ),
            entry("ds", "Desperados", "Heineken", None, None, None, "33", "biere"),
            entry(
                "cv",
                "Chartreuse Verte",
                "Chartreuse Diffusion",
                None,
                None,
                None,
                "70",
                "spiritueux",
            ),
        ]
    )
    half = matcher.suggest("1/2 TAITT")
    assert (half.answer, half.candidates[0].entry_id) == ("yes", "tb")
    assert matcher.suggest("BTL DESPE").candidates[0].entry_id == "ds"
    # a word of its own is no stem: green tea is not Chartreuse Verte
    assert matcher.suggest("THE VERT").answer == "none"


def test_glued_words_of_the_tables_phrases_and_a_glued_stem() -> None:
    matcher = Matcher(
        [
            entry(
                "fo",
                "Château Fombrauge",
                "Château Fombrauge",
                "Saint-Émilion Grand Cru",
                "rouge",
                2018,
            ),
            entry(
                "pr", "Château Pressac", "Château Pressac", "Saint-Émilion Grand Cru", "rouge", 2017
            ),
            entry("sj", "Saint-Joseph", "Domaine Faury", "Saint-Joseph", "rouge", 2022),
            entry(
                "lt",
                "Château Larose-Trintaudon",
                "Château Larose-Trintaudon",
                "Haut-Médoc",
                "rouge",
                2019,
            ),
            entry("mv", "Château des Jacques", "Louis Jadot", "Moulin-à-Vent", "rouge", 2019),
        ]
    )
    expected = {
        "BTL.FOMBRAUGE.STEMGC": ("yes", "fo"),  # St-Em Grand Cru, glued
        "BTL.PRESSAC.STEM.17": ("yes", "pr"),
        "VRE.STJO.FAURY.22": ("yes", "sj"),
        "BTL.LAROSETRINT.19": ("yes", "lt"),  # a name glued to the stem of the next
        "BTL.MOULINAVENT.19": ("yes", "mv"),  # Moulin-à-Vent, its "à" glued too
    }
    for label, (answer, drink) in expected.items():
        found = matcher.suggest(label)
        assert (found.answer, found.candidates[0].entry_id) == (answer, drink), label


def test_a_house_cuvee_is_sold_by_its_colour_and_maison() -> None:
    matcher = Matcher(
        [
            entry("hr", "Cuvée Maison rouge", "Cave de Sigoulès", "Bergerac", "rouge", None, "500"),
            entry(
                "hb", "Cuvée Maison blanc", "Cave de Sigoulès", "Bergerac Sec", "blanc", None, "500"
            ),
        ]
    )
    white = matcher.suggest("VRE BLANC MAISON")
    assert (white.answer, white.candidates[0].entry_id) == ("yes", "hb")
    assert white.units_per_sale == Decimal("0.025")
    assert matcher.suggest("VRE MAISON").answer == "none"  # which colour?


def test_a_size_said_twice_is_no_vintage() -> None:
    matcher = Matcher([entry("st", "Schweppes Tonic", "Schweppes", None, None, None, "25", "soft")])
    habits = matcher.learn_habits(EXPORT)
    found = matcher.suggest("470189;Schweppes Tonic 25;;BT 25;4,00", habits=habits)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "st")
    assert found.vintage is None


def test_an_exports_name_column_cut_at_its_width() -> None:
    library = [
        *BRASSERIE,
        entry(
            "cw", "Crémant d'Alsace Brut", "Wolfberger", "Crémant d'Alsace", "effervescent", None
        ),
        entry("gb", "Gris Blanc", "Gérard Bertrand", "Pays d'Oc", "rosé", 2023, "150"),
    ]
    rows = [
        *EXPORT,
        "467014;Cremant d Alsace Brut Wo;;BT 75;28,60",  # 24 characters: the column's width
        "852968;Gris Blanc G Bertrand Ma;2023;BT 150;58,70",
        "564783;Jenlain Ambree Fut 30L D;;FUT 25;3,30",
        "882631;Ch ti Blonde Castelain 7;;BT 75;11,90",
        "441263;Chinon Les Granges Baudr;2020;BT 75;28,60",
    ]
    matcher = Matcher(library)
    habits = matcher.learn_habits(rows)
    assert habits.fields is not None and habits.fields.cut == (1, 24)
    assert Habits.from_json(habits.to_json()) == habits
    for label, drink in {rows[-5]: "cw", rows[-4]: "gb"}.items():
        found = matcher.suggest(label, habits=habits)
        assert (found.answer, found.candidates[0].entry_id) == ("yes", drink), label


def test_a_stem_before_a_tables_abbreviation_and_a_number_of_four_digits_glued() -> None:
    matcher = Matcher(
        [
            entry(
                "rn",
                "Saumur-Champigny Les Roches Neuves",
                "Thierry Germain",
                "Saumur-Champigny",
                "rouge",
                2022,
            ),
            entry("ch", "Champagne Brut", "Maison X", "Champagne", "effervescent", None),
            entry("kr", "1664", "Kronenbourg", None, None, None, "3000", "biere"),
        ]
    )
    # "SAUM" is Saumur's stem: the CHAMP after it is Champigny, not the tables' champagne
    for label in ("SAUM CHAMP R NEUVES 22", "SaumChamp RochesNeuves 2022 Btl 29,50"):
        found = matcher.suggest(label)
        assert (found.answer, found.candidates[0].entry_id) == ("yes", "rn"), label
    pint = matcher.suggest("PINTE KRO1664")
    assert (pint.answer, pint.candidates[0].entry_id) == ("yes", "kr")


def test_a_brut_nature_or_a_demi_sec_is_not_the_houses_plain_wine() -> None:
    matcher = Matcher(
        [
            entry("vs", "Vouvray Sec", "Domaine de la Fontainerie", "Vouvray", "blanc", 2021),
            entry("vs2", "Vouvray Sec", "Domaine de la Fontainerie", "Vouvray", "blanc", 2022),
            entry("vd", "Vouvray Demi-Sec", "Domaine de la Fontainerie", "Vouvray", "blanc", 2020),
            entry(
                "vm", "Vouvray Moelleux", "Domaine de la Fontainerie", "Vouvray", "liquoreux", 2018
            ),
            entry(
                "vb", "Vouvray Brut", "Domaine de la Fontainerie", "Vouvray", "effervescent", None
            ),
        ]
    )
    # the house's Sec, Demi-Sec, Moelleux and Brut, said by none: the Sec is no plainer
    # than the Demi-Sec, whatever the vintage
    assert matcher.suggest("vouvray fontainerie '22 bouteille 32,00€").answer == "none"
    assert matcher.suggest("VOUVRAY FONTAINERIE DEMI SEC 20").candidates[0].entry_id == "vd"


def test_a_staffs_stem_glued_before_a_whole_word() -> None:
    matcher = Matcher(
        [
            entry("gb", "Grimbergen Blonde", "Grimbergen", None, None, None, "2000", "biere"),
            entry("ga", "Grimbergen Ambrée", "Grimbergen", None, None, None, "2000", "biere"),
            entry(
                "sp",
                "Saint-Pourçain Ficelle",
                "Domaine de Bellevue",
                "Saint-Pourçain",
                "rouge",
                2024,
            ),
            entry(
                "cs", "Courvoisier VSOP", "Courvoisier", "Cognac", None, None, "70", "spiritueux"
            ),
        ]
    )
    expected = {"PINTE GRIMBLONDE": "gb", "DEMI GRIMBAMBREE": "ga", "VERRE STPOURCFICELLE": "sp"}
    for label, drink in expected.items():
        found = matcher.suggest(label)
        assert (found.answer, found.candidates[0].entry_id) == ("yes", drink), label
    # a word the library spells otherwise is not a stem and a scrap ("SUPERI|OR")
    assert unglue("superior", matcher.reader.words, matcher.reader._sorted) == ["superior"]


def test_a_family_whose_colour_word_its_wines_do_not_have_says_no_colour() -> None:
    matcher = Matcher(
        [
            entry("cr", "Côtes du Rhône", "E. Guigal", "Côtes du Rhône", "rouge", 2021),
            entry("cs", "Côtes du Rhône Rosé", "E. Guigal", "Côtes du Rhône", "rosé", 2023),
            entry("va", "Vacqueyras", "Domaine Le Sang des Cailloux", "Vacqueyras", "rouge", 2020),
            entry("gi", "Gigondas", "Domaine Santa Duc", "Gigondas", "rouge", 2019),
            entry("co", "Cornas", "Domaine Voge", "Cornas", "rouge", 2020),
            entry("cz", "Crozes-Hermitage", "Alain Graillot", "Crozes-Hermitage", "rouge", 2021),
        ]
    )
    # "RS>" files the southern Rhône of this till (and "RN>" the northern): its wines are red
    labels = [
        "RS>CDR GUIGAL 21",
        "RS>VACQUEYRAS SANG 20",
        "RS>GIGONDAS SANTA DUC 19",
        "RS>VERRE VACQUEYRAS",
        "RN>CORNAS VOGE 20",
        "RN>CROZES GRAILLOT 21",
        "RN>VERRE CROZES",
        "CUI>TARTIFLETTE",
        "CUI>CAILLETTE",
        "CUI>RAVIOLES",
    ]
    habits = matcher.learn_habits(labels)
    assert "rs>" in habits.prefixes and habits.colourless == ("rs>",)
    assert Habits.from_json(habits.to_json()) == habits
    red = matcher.suggest("RS>CDR GUIGAL 21", habits=habits)
    assert (red.answer, red.candidates[0].entry_id) == ("yes", "cr")
