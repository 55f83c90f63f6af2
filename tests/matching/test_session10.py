"""Session 10's mechanisms (docs/matching.md, "Session 10"), found on eight ordinary tills:
region families that are library words, prices after an apostrophe's vintage, an estate
glued to its article, a cut word the library's names complete, a cuvée of one letter, the
kinds next to a family's, an appellation named alone, a sweet wine's 50 cl, colour twins."""

from __future__ import annotations

from decimal import Decimal

from tastevin.matching import Matcher
from tastevin.matching.glued import unglue
from tastevin.matching.habits import learn
from tastevin.matching.matcher import CONFIDENT
from tastevin.matching.normalise import parse_label
from tests.matching.conftest import entry

CLUB = [
    entry("jo22", "Sancerre", "Pascal Jolivet", "Sancerre", "blanc", 2022),
    entry("pp", "Muscadet Sèvre et Maine", "Domaine de la Pépière", "Muscadet", "blanc", 2023),
    entry("cd", "Chinon Les Granges", "Bernard Baudry", "Chinon", "rouge", 2021),
    entry("cdr", "Côtes du Rhône Rouge", "E. Guigal", "Côtes du Rhône", "rouge", 2021),
    entry("dcr", "Domaine de Chevalier", "Domaine de Chevalier", "Pessac-Léognan", "rouge", 2017),
    entry(
        "dcb", "Domaine de Chevalier Blanc", "Domaine de Chevalier", "Pessac-Léognan", "blanc", 2019
    ),
    entry("hk", "Heineken", "Heineken", None, None, None, "3000", "biere"),
    entry("kr", "1664", "Kronenbourg", None, None, None, "3000", "biere"),
]
REGISTER = [
    "LOIRE-SANCERRE.22",
    "LOIRE-VRE.SANCERRE",
    "LOIRE-MUSCADET.PEPIE",
    "LOIRE-VRE.MUSCADET",
    "LOIRE-CHINON.BAUDRY",
    "LOIRE-SANCERRE.JOLIV",
    "RHONE-CDR.GUIGAL.21",
    "RHONE-VRE.CDR.GUIGAL",
    "RHONE-GIGONDAS.21",
    "RHONE-GIGONDAS.SANTA",
    "RHONE-VACQUEYRAS",
    "RHONE-CDR.BLANC",
    "BDX-DOM.CHEVALIER.17",
    "BDX-DOM.CHEVALIER.BL",
    "BDX-MARGAUX.2015",
    "BDX-PAUILLAC",
    "BDX-ST.JULIEN",
    "TIR-DEMI.HEINEKEN",
    "TIR-PINTE.1664",
]


def test_a_region_family_that_is_a_library_word_files_labels_when_they_go_on_otherwise() -> None:
    matcher = Matcher(CLUB)
    habits = matcher.learn_habits(REGISTER)
    # LOIRE- and RHONE- are words of the library (Loire, Côtes du Rhône), but no label
    # under them goes on as a drink's name does; TIR- (the tap) files two draught beers only
    assert {"loire-", "rhone-", "bdx-", "tir-"} <= set(habits.prefixes)
    found = matcher.suggest("LOIRE-SANCERRE.22", habits=habits)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "jo22")
    pint = matcher.suggest("TIR-PINTE.1664", habits=habits)
    assert (pint.answer, pint.candidates[0].entry_id) == ("yes", "kr")
    assert pint.units_per_sale == Decimal("0.0167")
    # a till that hyphenates names: COTES- goes on as "Côtes du Rhône" does, it is no family
    names = ["COTES-DU-RHONE GUIGAL", "COTES-DU-RHONE VRE", "COTES-DU-RHONE 21"] * 2
    pairs = frozenset({("cotes", "rhone"), ("pascal", "jolivet")})
    vocabulary = frozenset({"cotes", "rhone", "guigal"})
    assert "cotes-" not in learn([*names, *REGISTER], vocabulary, pairs=pairs).prefixes
    assert "cotes-" in learn([*names, *REGISTER], vocabulary - {"cotes"}).prefixes


def test_a_two_letter_stub_at_the_cut_that_starts_the_names_next_word_is_that_word() -> None:
    matcher = Matcher(CLUB)
    habits = matcher.learn_habits(REGISTER)
    assert habits.width == 20
    found = matcher.suggest("BDX-DOM.CHEVALIER.BL", habits=habits)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "dcb")
    # (session 18) one letter at the cut that starts the one word following the house's
    # name in the library is that word's start: "B" after Chevalier is its Blanc
    assert matcher.suggest("BDX-DOM.CHEVALIER. B", habits=habits).candidates[0].entry_id == "dcb"


def test_after_an_apostrophe_a_number_is_a_vintage_not_a_spaced_thousands_price() -> None:
    assert parse_label("giscours '15 136,80€").vintage == 2015
    assert "136" not in parse_label("giscours '15 136,80€").tokens
    assert parse_label("Magnum 1 136,80 € TTC").vintage is None  # a price, spaced thousands


def test_an_estates_word_glued_to_its_article_is_split() -> None:
    vocabulary = frozenset({"canorgue", "vivonne"})
    assert unglue("chtla", vocabulary) == ["cht", "la"]
    assert unglue("domla", vocabulary) == ["dom", "la"]
    assert unglue("chdes", vocabulary) == ["ch", "des"]
    assert unglue("marla", vocabulary) == ["marla"]  # no estate's word: a name's word


LUBERON = [
    entry("cr", "Château La Canorgue", "Château La Canorgue", "Luberon", "rose", 2024),
    entry("cb", "Château La Canorgue", "Château La Canorgue", "Luberon", "blanc", 2023),
    entry("m", "M de Minuty", "Château Minuty", "Côtes de Provence", "rose", 2023),
    entry("rb", "Ruinart Blanc de Blancs", "Ruinart", "Champagne", "effervescent", None),
    entry("rr", "R de Ruinart", "Ruinart", "Champagne", "effervescent", None),
    entry("sd", "Sirène de Giscours", "Château Giscours", "Margaux", "rouge", 2018),
]


def test_a_cuvee_of_one_letter_is_the_estates_mark_not_a_second_wine() -> None:
    matcher = Matcher(LUBERON)
    found = matcher.suggest("MINUTY VERRE")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "m")
    # the house holds two cuvées the label does not tell apart
    assert matcher.suggest("CP RUINART").answer == "none"
    # a second wine's estate named alone is still not its second wine
    assert matcher.suggest("GISCOURS 2018").answer == "none"
    assert matcher.suggest("CHTLA CANORGUE ROSE 24").candidates[0].entry_id == "cr"


NANTES = [
    entry("lay", "Coteaux du Layon", "Domaine Ogereau", "Coteaux du Layon", "liquoreux", 2018),
    entry("mus", "Clos des Briords", "Domaine de la Pépière", "Muscadet", "blanc", 2022),
    entry("san", "Sancerre Les Baronnes", "Henri Bourgeois", "Sancerre", "blanc", 2022),
    entry("pv", "Pouilly-Fumé", "Domaine Tabordet", "Pouilly-Fumé", "blanc", 2022),
    entry("51", "Pastis 51", "Pernod Ricard", None, None, None, "100", "spiritueux"),
    entry("sz", "Suze", "Suze", None, None, None, "100", "autre"),
    entry("ma", "Martini Rosso", "Martini", None, None, None, "100", "autre"),
    entry("li", "Lillet Blanc", "Lillet", None, None, None, "75", "autre"),
    entry("hb", "Brut Souverain", "Henriot", "Champagne", "effervescent", None, "75", "champagne"),
    entry("hr", "Rosé", "Henriot", "Champagne", "rose", None, "75", "champagne"),
    entry("cv", "Crémant Brut", "Vitteaut-Alberti", "Crémant de Bourgogne", "effervescent", None),
    entry("cvr", "Crémant Rosé", "Vitteaut-Alberti", "Crémant de Bourgogne", "rose", None),
]
TILL = [
    "VB MUSCADET BRIORDS 22",
    "VB SANCERRE BARONNES",
    "VB VRE SANCERRE 22",
    "VB POUILLY FUME 22",
    "VB VRE LAYON 18",
    "APERO/SUZE",
    "APERO/MARTINI ROUGE",
    "APERO/LILLET BLANC",
    "APERO/2CL 51",
    "BUL/HENRIOT ROSE",
    "BUL/CREM ROSE VITTEAUT",
    "BUL/CP CREMANT VITTEAUT",
    "BUL/CP HENRIOT",
]


def test_a_family_admits_the_kinds_next_to_those_seen_under_it_when_nothing_else_fits() -> None:
    matcher = Matcher(NANTES)
    habits = matcher.learn_habits(TILL)
    assert habits.allowed_kinds("vb ") == frozenset({"blanc"})
    glass = matcher.suggest("VB VRE LAYON 18", habits=habits)
    assert (glass.answer, glass.candidates[0].entry_id) == ("yes", "lay")
    pastis = matcher.suggest("APERO/2CL 51", habits=habits)
    assert (pastis.answer, pastis.candidates[0].entry_id) == ("yes", "51")


def test_a_label_that_says_rose_does_not_teach_its_family_to_be_the_roses() -> None:
    matcher = Matcher(NANTES)
    habits = matcher.learn_habits(TILL)
    assert habits.colour("bul/") != "rose"
    found = matcher.suggest("BUL/CP CREMANT VITTEAUT", habits=habits)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "cv")
    assert matcher.suggest("BULLES CREMANT VITTEAUT COUPE").candidates[0].entry_id == "cv"


BISTRO = [
    entry("ch", "Les Granges", "Bernard Baudry", "Chinon", "rouge", 2021),
    entry("cp", "Cuvée Prestige", "Drappier", "Champagne", "effervescent", None, "75", "champagne"),
    entry("pm", "Vieux Château Certan", "Vieux Château Certan", "Pomerol", "rouge", 2015),
    entry("mg1", "Château Giscours", "Château Giscours", "Margaux", "rouge", 2016),
    entry("mg2", "Château Palmer", "Château Palmer", "Margaux", "rouge", 2016),
    entry("sa", "Château de Fargues", "Château de Fargues", "Sauternes", "liquoreux", 2011, "50"),
    entry("rw", "Château de Rochemorin", "André Lurton", "Pessac-Léognan", "blanc", 2020),
    entry("rr", "Château de Rochemorin", "André Lurton", "Pessac-Léognan", "rouge", 2019),
]


def test_an_appellation_named_alone_with_a_vintage_or_a_measure_names_its_one_wine() -> None:
    matcher = Matcher(BISTRO)
    found = matcher.suggest("CHINON 2021")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "ch")
    assert found.candidates[0].confidence < CONFIDENT  # a convention chose: offered unsure
    assert matcher.suggest("VRE CHINON").candidates[0].entry_id == "ch"
    assert matcher.suggest("POMEROL").answer == "none"  # a heading, nothing sold
    assert matcher.suggest("MARGAUX 2016").answer == "none"  # two Margaux held
    assert matcher.suggest("CP CHAMPAGNE").answer == "none"  # the house's pour


def test_a_sweet_wine_held_only_in_50_cl_is_sold_with_its_50cl_on_the_label() -> None:
    matcher = Matcher(BISTRO)
    assert matcher.suggest("FARGUES 2011").answer == "none"  # a 75 cl not held
    bottle = matcher.suggest("FARGUES 2011 50CL")
    assert (bottle.answer, bottle.units_per_sale) == ("yes", Decimal(1))
    glass = matcher.suggest("VRE FARGUES 2011")
    assert (glass.answer, glass.units_per_sale) == ("yes", Decimal("0.2500"))


def test_one_wines_two_colours_named_alike_are_none_unless_said_or_told_by_the_vintage() -> None:
    matcher = Matcher(BISTRO)
    assert matcher.suggest("CH DE ROCHEMORIN").answer == "none"
    assert matcher.suggest("CH DE ROCHEMORIN BLANC").candidates[0].entry_id == "rw"
    # the red's 2019 is next to the white's 2020: it may be the white's last vintage
    assert matcher.suggest("CH DE ROCHEMORIN 2019").answer == "none"


BANDOL = [
    entry("tr", "Bandol Rosé", "Domaine Tempier", "Bandol", "rose", 2023),
    entry("tg", "Bandol Rouge", "Domaine Tempier", "Bandol", "rouge", 2020),
    entry("pr", "Château Pradeaux Rosé", "Château Pradeaux", "Bandol", "rose", 2023),
    entry("pg", "Château Pradeaux", "Château Pradeaux", "Bandol", "rouge", 2017),
]


def test_a_producer_the_till_glues_before_every_label_is_a_name_not_a_family_code() -> None:
    labels = [
        "DomTempier Rosé 23 59,00",
        "DomTempier Rosé 23 Verre 9,00",
        "DomTempier Rouge 20 63,50",
        "ChPradeaux Rouge 17 37,00",
        "ChPradeaux Rosé 23 Verre 7,00",
        "ChPradeaux Rosé 23 52,00",
    ]
    matcher = Matcher(BANDOL)
    habits = matcher.learn_habits(labels)
    assert habits.prefixes == ()
    found = matcher.suggest("DomTempier Rouge 20 63,50", habits=habits)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "tg")


def test_an_abbreviation_that_starts_the_word_the_library_puts_next_is_that_word() -> None:
    library = [
        entry("sc", "Vieilles Vignes", "Château de Villeneuve", "Saumur-Champigny", "rouge", 2019),
        entry("ch", "Brut", "Jacquart", "Champagne", "effervescent", None, "75", "champagne"),
    ]
    matcher = Matcher(library)
    found = matcher.suggest("VERRE SAUMUR-CHAMP VILLENEUVE 19")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "sc")
    assert matcher.suggest("CP CHAMP JACQUART").candidates[0].entry_id == "ch"  # the tables'


def test_a_spirits_grade_at_the_tills_width_is_whole_not_a_cut_word() -> None:
    library = [entry("vs", "Hennessy VS", "Hennessy", "Cognac", None, None, "70", "spiritueux")]
    matcher = Matcher(library)
    labels = ["DOSE HENNESSY XO", "DOSE JAMESON 12A", "VRE CHINON JOGUE", "PICH50 TOUR ROSE"]
    labels += ["DOSE LAGAVULIN 1", "BTL PERRIER 33CL"]
    habits = matcher.learn_habits(labels)
    assert habits.width == 16
    found = matcher.suggest("DOSE HENNESSY XO", habits=habits)
    assert found.answer == "none"  # the XO is not held; the VS is no answer
    assert matcher.suggest("DOSE HENNESSY VS", habits=habits).answer == "yes"


def test_pastis_named_alone_is_the_houses_pour_not_the_one_whose_name_says_pastis() -> None:
    library = [
        entry("51", "Pastis 51", "Pernod Ricard", None, None, None, "100", "spiritueux"),
        entry("ri", "Ricard", "Pernod Ricard", None, None, None, "100", "spiritueux"),
    ]
    matcher = Matcher(library)
    assert matcher.suggest("APERO/2CL PASTIS").answer == "none"
    assert matcher.suggest("DOSE PASTIS 51").candidates[0].entry_id == "51"
