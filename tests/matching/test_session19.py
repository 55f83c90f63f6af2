"""Session 19's mechanisms (docs/matching.md, "Session 19"), each found on a blind set of
an ordinary restaurant measured untouched first."""

from __future__ import annotations

from tastevin.matching import Matcher
from tastevin.matching.habits import Habits
from tastevin.matching.report_columns import column_cut, learn_column
from tests.matching.conftest import entry

LOIRE = [
    entry("granite", "Granite", "Domaine de l'Écu", "Muscadet Sèvre et Maine", "blanc", 2022),
    entry("passa", "Rosé de Loire", "Château de Passavant", "Rosé de Loire", "rosé", 2024),
    entry("gamay", "Anjou Gamay", "Château Pierre-Bise", "Anjou Gamay", "rouge", 2023),
    entry("pbblanc", "Anjou Blanc", "Château Pierre-Bise", "Anjou", "blanc", 2023),
    entry("drappier", "Carte d'Or Brut", "Drappier", "Champagne", "effervescent", None),
    entry("cola", "Coca-Cola", "Coca-Cola", None, None, None, "33", "soft"),
]
# a Z report by article: a quantity, the item padded to 20 columns, the unit's column, the
# amount; an item longer than its column is cut there, the unit after one space
Z_REPORT = [
    "2x MUSC ECU GRANITE 202 BT       60,00",
    "2x MUSC ECU GRANITE 22  BT       60,00",
    "1x ROSE LOIRE PASSA 202 BT       20,00",
    "6x ANJOU GAMAY PIERRE B P50      78,00",
    "3x ANJOU BLC PIERRE BIS BT       84,00",
    "1x CHP DRAPPIER BRUT NA BT       34,00",
    "4x COCA COLA            33CL     14,00",
    "2x CAFE                 U         3,00",
    "1x SALADE CHEVRE        U        12,50",
    "3x FRITURE              U        27,00",
    "2x DRAPPIER CARTE OR    BT       90,00",
    "5x PICHET ROSE          P50      40,00",
]


def test_a_reports_item_column_is_learnt_where_the_next_column_starts() -> None:
    column = learn_column(Z_REPORT)
    # the unit's column starts at 24; an item filling its 20 columns ends at 23
    assert column == (24, 23)
    assert column_cut("2x MUSC ECU GRANITE 202 BT       60,00", column) == (
        "2x MUSC ECU GRANITE 202",
        "BT       60,00",
    )
    assert column_cut("4x COCA COLA            33CL     14,00", column) is None  # padded: whole
    # lines of one width, no padding between columns: no report's columns
    assert learn_column(["VRE CHINON 2022", "BTL SAUMUR 2021", "DOSE RICARD"] * 4) is None


def test_an_item_cut_inside_a_report_line_is_read_as_cut() -> None:
    matcher = Matcher(LOIRE)
    habits = matcher.learn_habits(Z_REPORT)
    assert habits.column == (24, 23)
    assert Habits.from_json(habits.to_json()).column == habits.column
    # the vintage cut to "202": no vintage, the most recent held
    cut = matcher.suggest("2x MUSC ECU GRANITE 202 BT       60,00", habits=habits)
    assert (cut.answer, cut.candidates[0].entry_id) == ("yes", "granite")
    # "PIERRE B" is Pierre-Bise cut short, not a white: its Anjou Gamay, by the pichet
    gamay = matcher.suggest("6x ANJOU GAMAY PIERRE B P50      78,00", habits=habits)
    assert (gamay.answer, gamay.candidates[0].entry_id) == ("yes", "gamay")
    assert gamay.units_per_sale is not None and gamay.units_per_sale < 1
    # two letters at the cut that start one word of a sale: a Brut Nature, not held
    assert matcher.suggest("1x CHP DRAPPIER BRUT NA BT       34,00", habits=habits).answer == "none"


ROUSSILLON = [
    entry("chemins", "Les Chemins", "Château La Baronne", "Corbières", "rouge", 2021),
    entry("alaric", "Alaric", "Château La Baronne", "Corbières", "rouge", 2020),
    entry("prestige", "Cuvée Prestige", "Château Ollieux Romanis", "Corbières", "rouge", 2019),
    entry("pblanc", "Cuvée Prestige Blanc", "Château Ollieux Romanis", "Corbières", "blanc", 2022),
    entry("taitt", "Prestige Rosé", "Taittinger", "Champagne", "rosé", None),
    entry("poire", "Poiré Authentique", "Domaine Bordelet", None, None, None, "75", "autre"),
    entry("granit", "Poiré Granit", "Domaine Bordelet", None, None, None, "75", "autre"),
]
# a back office's list: an article number, the name cut at 26 columns, the vintage's
# column, the size's (the first line's name is Les Chemins, the second's its red)
LISTING = [
    "9387 Château La Baronne Les Che 2021 75cl",
    "4092 Ollieux Romanis Prestige R 2019 75cl",
    "4093 Ollieux Romanis Prestige B 2022 75cl",
    "4101 Château La Baronne Alaric  2020 75cl",
    "4102 La Baronne Alaric          2018 150cl",
    "4103 Ollieux Classique          2021 75cl",
    "4104 Ollieux Classique          2020 37,5cl",
    "4105 Fitou Rouge                2022 75cl",
    "4106 Corbières Gris             2023 75cl",
    "5120 Taittinger Prestige Rosé        75cl",
    "6110 Bordelet Poiré Authentique      75cl",
    "6111 Bordelet Poiré Granit           75cl",
    "7001 Café                            1",
    "7002 Eau minérale                    1",
]


def test_a_stub_at_the_cut_of_a_listing() -> None:
    matcher = Matcher(ROUSSILLON)
    habits = matcher.learn_habits(LISTING)
    assert habits.column == (32, 31)  # the vintage's column, after a name of 26
    assert habits.truncated("9387 Château La Baronne Les Che 2021 75cl")
    # "CHE" starts Les Chemins' word; Alaric reads it only as château's letters: no tie
    chemins = matcher.suggest("9387 Château La Baronne Les Che 2021 75cl", habits=habits)
    assert (chemins.answer, chemins.candidates[0].entry_id) == ("yes", "chemins")
    # "PRESTIGE R" of a house with a red Prestige: its red, not Taittinger's Prestige Rosé
    red = matcher.suggest("4092 Ollieux Romanis Prestige R 2019 75cl", habits=habits)
    assert (red.answer, red.candidates[0].entry_id) == ("yes", "prestige")
    # the kind a library files a drink under ("autre") is no word a till cuts
    poire = matcher.suggest("6112 Domaine Bordelet Poiré Aut      75cl", habits=habits)
    assert poire.candidates[0].entry_id == "poire"
    assert poire.answer == "yes"


def test_an_appellation_whose_head_is_the_labels_colour_is_named_whole() -> None:
    library = [
        entry("rosedanjou", "Rosé d'Anjou", "Domaine des Trottières", "Rosé d'Anjou", "rosé", 2023),
        entry(
            "cabernet",
            "Cabernet d'Anjou",
            "Domaine des Trottières",
            "Cabernet d'Anjou",
            "rosé",
            2023,
        ),
        entry("anjou", "Anjou Rouge", "Château de Passavant", "Anjou", "rouge", 2022),
        entry(
            "rosso", "Rosso di Montepulciano", "Poliziano", "Rosso di Montepulciano", "rouge", 2021
        ),
        entry("nobile", "Vino Nobile", "Poliziano", "Vino Nobile di Montepulciano", "rouge", 2020),
    ]
    matcher = Matcher(library)
    # "ROSE" is the label's colour and the head of Rosé d'Anjou: "ANJOU" is no tail alone
    rose = matcher.suggest("rosé d'anjou trottières")
    assert (rose.answer, rose.candidates[0].entry_id) == ("yes", "rosedanjou")
    rosso = matcher.suggest("POLIZIANO ROSSO DI MONTEPULCIANO 2021")
    assert (rosso.answer, rosso.candidates[0].entry_id) == ("yes", "rosso")
    # a tail alone still names another appellation: no Anjou red from "CABERNET" unsaid
    assert matcher.suggest("TROTTIERES ANJOU ROUGE").answer == "none"


def test_an_estate_named_with_its_owner_in_brackets_is_no_second_wine() -> None:
    owner = "Château du Coing (Günther-Chéreau)"
    sur_lie, gorges = "Muscadet Sèvre et Maine sur lie", "Muscadet Sèvre et Maine Gorges"
    library = [
        entry("coing", "Château du Coing de Saint-Fiacre Sur Lie", owner, sur_lie, "blanc", 2023),
        entry("gorges", "Château du Coing Gorges", owner, gorges, "blanc", 2020),
        entry("forts", "Les Forts de Latour", "Château Latour", "Pauillac", "rouge", 2016),
    ]
    matcher = Matcher(library)
    # the estate's name is its wine's first words, the owner apart: its Muscadet sur lie
    coing = matcher.suggest("château du coing, muscadet sur lie 2023")
    assert (coing.answer, coing.candidates[0].entry_id) == ("yes", "coing")
    # a cuvée that takes the estate after a preposition stays a second wine
    assert matcher.suggest("CHATEAU LATOUR 2016").answer == "none"


def test_an_appellation_said_alone_is_not_one_that_hyphens_a_name_to_it() -> None:
    library = [
        entry("bib", "Saumur Rouge", "Cave de Saumur", "Saumur", "rouge", None, "1000"),
        entry(
            "villeneuve",
            "Saumur-Champigny",
            "Château de Villeneuve",
            "Saumur-Champigny",
            "rouge",
            2021,
        ),
        entry("terres", "Terres Chaudes", "Roches Neuves", "Saumur-Champigny", "rouge", 2022),
        entry("chablis", "Chablis", "Domaine Droin", "Chablis", "blanc", 2022),
        entry("vaillons", "Vaillons", "Domaine Droin", "Chablis Premier Cru", "blanc", 2021),
    ]
    matcher = Matcher(library)
    # the one red Saumur held, by the glass from its bag-in-box; no Saumur-Champigny
    bib = matcher.suggest("VRE SAUMUR ROUGE")
    assert (bib.answer, bib.candidates[0].entry_id) == ("yes", "bib")
    # a name said beside it still names the longer appellation
    champigny = matcher.suggest("SAUMUR CHAMPIGNY VILLENEUVE 2021")
    assert champigny.candidates[0].entry_id == "villeneuve"
    # a grade after an appellation is no name hyphened to it: "CHABLIS" stays open
    assert matcher.suggest("VRE CHABLIS").answer == "none"


def test_a_colour_code_written_first_on_drinks_of_every_kind_is_an_outlet() -> None:
    library = [
        entry("reuilly", "La Raie", "Domaine Lafond", "Reuilly", "blanc", 2023, "37.5"),
        entry("quincy", "Quincy", "Domaine Mardon", "Quincy", "blanc", 2023, "37.5"),
        entry("menetou", "Menetou-Salon", "Domaine de Chatenoy", "Menetou-Salon", "blanc", 2023),
        entry("rosereuilly", "Reuilly Rosé", "Domaine Lafond", "Reuilly", "rosé", 2024),
        entry("chivas", "Chivas Regal 12", "Chivas", None, None, None, "70", "spiritueux"),
        entry("coca", "Coca-Cola", "Coca-Cola", None, None, None, "33", "soft"),
        entry("pinot", "Pinot Noir", "Domaine Pellé", "Menetou-Salon", "rouge", 2022),
    ]
    # a hotel's handheld: the room service's copies start with "rs"
    labels = [
        "lafond reuilly la raie 2023, bouteille",
        "rs reuilly la raie lafond, demi-bouteille",
        "rs quincy mardon 2023, demi-bouteille",
        "rs menetou chatenoy, bouteille",
        "rs chivas 12, dose",
        "rs coca-cola, 33cl",
        "rs pinot noir pellé, bouteille",
        "reuilly rosé lafond, bouteille",
        "mardon quincy 2023, demi-bouteille",
        "pellé menetou rouge 2022, bouteille",
        "menetou chatenoy 2023, bouteille",
        "chivas 12, dose",
    ]
    matcher = Matcher(library)
    habits = matcher.learn_habits(labels)
    assert "rs" in habits.noise
    quincy = matcher.suggest("rs quincy mardon 2023, demi-bouteille", habits=habits)
    assert (quincy.answer, quincy.candidates[0].entry_id) == ("yes", "quincy")
    # a till whose "RS" files its rosés keeps it as their colour
    rosés = ["RS LAFOND REUILLY", "RS REUILLY 2024", "RS LAFOND 24", "RS REUILLY LAFOND"]
    rosés += ["BL QUINCY MARDON", "BL MENETOU CHATENOY", "RG PINOT PELLE", "CHIVAS 12"]
    kept = matcher.learn_habits(rosés)
    assert "rs" not in kept.noise
    rose = matcher.suggest("RS LAFOND REUILLY", habits=kept)
    assert rose.candidates[0].entry_id == "rosereuilly"
