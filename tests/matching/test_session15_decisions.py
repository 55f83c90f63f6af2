"""Session 15's decisions (docs/matching.md, "Session 15"): which of the credible drinks a
label means, where blind builders' labels showed the choice was wrong: the measure's kind,
a house's plain wine, an appellation said short, a sweet wine, a vintage cuvée, a lone
word a typo away. The labels' reading is in `test_session15.py`."""

from __future__ import annotations

from tastevin.matching import Matcher
from tests.matching.conftest import entry

ROTIER = [
    entry("renr", "Renaissance rouge", "Domaine Rotier", "Gaillac", "rouge", 2018),
    entry("rend", "Renaissance doux", "Domaine Rotier", "Gaillac", "liquoreux", 2018, "50"),
]
RHONE = [
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
]


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


def test_a_sweet_wine_named_by_its_sweetness_is_no_white() -> None:
    found = Matcher(ROTIER).suggest("ROTIER RENAISSANCE BLANC 50CL")
    assert found.answer == "none"
    assert Matcher(ROTIER).suggest("ROTIER RENAISSANCE DOUX 50CL").answer == "yes"


def test_a_vintage_cuvee_said_without_its_year_is_no_non_vintage_brut() -> None:
    matcher = Matcher(
        [entry("tait", "Brut Réserve", "Taittinger", "Champagne", None, None, "75", "champagne")]
    )
    assert matcher.suggest("Champagne Taittinger Brut Millésimé - Bouteille 75 cl").answer == "none"
    assert matcher.suggest("Champagne Taittinger Brut - Bouteille 75 cl").answer == "yes"


def test_a_house_wine_named_in_full_is_no_appellation_alone() -> None:
    found = Matcher(RHONE).suggest("CDR MAISON ROUGE P25")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "cdr"), found.explanation
    assert Matcher(RHONE).suggest("CDR P25").answer == "none"  # which of the three?


def test_a_lone_word_two_letters_off_a_producers_names_nothing() -> None:
    library = [
        entry(
            "gouges",
            "Nuits-Saint-Georges 1er Cru Vaucrains",
            "Domaine Henri Gouges",
            "Nuits-Saint-Georges Premier Cru",
            "rouge",
            2016,
        ),
        entry("jupiler", "Jupiler", "AB InBev", None, None, None, "3000", "biere"),
    ]
    matcher = Matcher(library)
    assert matcher.suggest("GOUGERES X6").answer == "none"  # cheese puffs
    found = matcher.suggest("Jupiter, demi")  # a tablet's autocorrect: one letter
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "jupiler")
