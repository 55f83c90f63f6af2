"""Session 17's mechanisms (docs/matching.md, "Session 17"), each found on a blind set of
an ordinary restaurant measured untouched first."""

from __future__ import annotations

from decimal import Decimal

from tastevin.matching import Matcher
from tests.matching.conftest import entry

CIDERS = [
    entry("dupont", "Cidre Dupont Réserve", "Domaine Dupont", None, None, None, "75", "autre"),
    entry("bordelet", "Poiré Granit", "Eric Bordelet", None, None, None, "75", "autre"),
    entry("kerisac", "Cidre Kerisac brut", "Kerisac", None, None, None, "33", "autre"),
    entry("kro", "Kronenbourg", "Kronenbourg", None, None, None, "25", "biere"),
    entry("chinon", "Les Granges", "Bernard Baudry", "Chinon", "rouge", 2022),
]


def test_a_bare_bolee_of_a_bottled_cider_is_poured_from_its_bottle() -> None:
    matcher = Matcher(CIDERS)
    for label in ("CIDRE DUPONT C25", "CIDRE DUPONT RESERVE;;25CL"):
        bolee = matcher.suggest(label)
        assert bolee.answer == "yes", label
        assert bolee.candidates[0].entry_id == "dupont"
        assert bolee.units_per_sale == Decimal("0.3333")  # 25 cl of the 75 cl bottle


def test_a_cider_sold_in_small_bottles_keeps_its_bottle_rule() -> None:
    matcher = Matcher(CIDERS)
    # held in 33 cl only: 25 cl is another bottle, not a bolée poured from it
    assert matcher.suggest("CIDRE KERISAC 25CL").answer == "none"
    # the bottle itself stays one bottle
    bottle = matcher.suggest("CIDRE DUPONT 75CL")
    assert bottle.answer == "yes"
    assert bottle.units_per_sale == Decimal(1)


CHAMPAGNE = [
    entry("ruinart", "Blanc de Blancs", "Ruinart", "Champagne", "effervescent", None),
    entry("moet", "Brut Impérial", "Moët & Chandon", "Champagne", "effervescent", None),
    entry("lillet", "Lillet Blanc", "Lillet", None, None, None, "75", "autre"),
    entry("ricard", "Ricard", "Ricard", None, None, None, "100", "spiritueux"),
    entry("coca", "Coca-Cola", "Coca-Cola", None, None, None, "33", "soft"),
    entry("kro", "Kronenbourg", "Kronenbourg", None, None, None, "3000", "biere"),
    entry("cdr", "Côtes du Rhône", "Guigal", "Côtes du Rhône", "rouge", 2021),
]


def test_a_wine_lists_bin_number_is_no_word_of_the_drink() -> None:
    labels = [f"N°{100 + n} Ruinart Blanc de Blancs" for n in range(5)] + [
        "N°196 Moët Impérial, magnum",
        "N°713 Ricard, 2 cl",
        "Café",
    ]
    matcher = Matcher(CHAMPAGNE)
    habits = matcher.learn_habits(labels)
    assert habits.lead is not None
    found = matcher.suggest("N°139 Ruinart Blanc de Blancs", habits=habits)
    assert found.answer == "yes"
    assert found.candidates[0].entry_id == "ruinart"


def test_short_measure_codes_of_a_till_that_writes_its_measures_first() -> None:
    labels = [
        "V:LILLET",
        "V:CDR GUIGAL",
        "V:RUINART",
        "CP:MOET",
        "CP:RUINART",
        "DOSE:RICARD",
        "DOSE:LILLET",
        "33CL:COCA",
        "DEMI:KRO",
        "PINTE:KRO",
        "P25:CDR GUIGAL",
        "B:CDR GUIGAL",
    ]
    matcher = Matcher(CHAMPAGNE)
    habits = matcher.learn_habits(labels)
    glass = matcher.suggest("V:LILLET", habits=habits)
    assert glass.candidates[0].entry_id == "lillet"
    assert glass.units_per_sale == Decimal("0.1667")  # a glass of 12.5 cl
    coupe = matcher.suggest("CP:MOET", habits=habits)
    assert coupe.candidates[0].entry_id == "moet"
    assert coupe.units_per_sale == Decimal("0.1667")
    assert matcher.suggest("B:CDR GUIGAL", habits=habits).units_per_sale == Decimal(1)


def test_a_family_code_before_its_measures_size_stays_a_family() -> None:
    # "FL/25 …", "SH/2 …": the family, then the measure's size; no measure written first
    labels = ["FL/25 Kronenbourg", "FL/33 Coca", "SH/2 Ricard", "SH/4 Ricard", "FL/75 Lillet"]
    habits = Matcher(CHAMPAGNE).learn_habits(labels)
    assert habits.measures == ()


CHARENTES = [
    entry("sociando", "Château Sociando-Mallet", None, "Haut-Médoc", "rouge", 2016),
    entry("sociando_m", "Château Sociando-Mallet", None, "Haut-Médoc", "rouge", 2016, "150"),
    entry("chasse", "Château Chasse-Spleen", None, "Moulis", "rouge", 2018),
    entry("sancerre_b", "Sancerre Blanc", "Pascal Jolivet", "Sancerre", "blanc", 2022),
    entry("sancerre_r", "Sancerre Rouge", "Pascal Jolivet", "Sancerre", "rouge", 2022),
    entry("drappier", "Carte d'Or", "Drappier", "Champagne", "effervescent", None),
    entry(
        "calva", "Calvados Pays d'Auge", "Christian Drouin", None, None, None, "70", "spiritueux"
    ),
    entry("kro", "Kronenbourg", "Kronenbourg", None, None, None, "3000", "biere"),
    entry("coca", "Coca-Cola", "Coca-Cola", None, None, None, "33", "soft"),
    entry(
        "pineau", "Pineau des Charentes Blanc", "François 1er", None, "blanc", None, "75", "autre"
    ),
    entry("meduse", "Lampe de Méduse", "Domaine X", "Provence", "rouge", 2020),
]


def test_family_codes_the_till_glues_to_the_first_word() -> None:
    labels = [
        "ROUSOCIANDO 16",
        "ROUSOCIANDO MALLET 16 MAG",
        "ROUCHASSE SPLEEN 18",
        "BLASANCERRE JOLIVET 22",
        "BLASANCERRE 22 VRE",
        "BLASANCERRE 22 1/2",
        "BULDRAPPIER CP",
        "BULDRAPPIER",
        "BULDRAPPIER MAG",
        "ALCCALVA DROUIN 2CL",
        "ALCCALVA DROUIN",
        "ALCCALVA DROUIN 4CL",
        "PREKRONENBOURG DEMI",
        "PREKRONENBOURG PINT",
        "SOFCOCA 33CL",
        "SOFCOCA",
    ]
    matcher = Matcher(CHARENTES)
    habits = matcher.learn_habits(labels)
    assert {"rou ", "bla ", "bul ", "alc "} <= set(habits.prefixes)
    found = matcher.suggest("ROUSOCIANDO 16", habits=habits)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "sociando")
    # the code is the colour cut short: BLA files the whites, the label says no colour
    white = matcher.suggest("BLASANCERRE 22 VRE", habits=habits)
    assert (white.answer, white.candidates[0].entry_id) == ("yes", "sancerre_b")
    dose = matcher.suggest("ALCCALVA DROUIN 2CL", habits=habits)
    assert dose.candidates[0].entry_id == "calva"
    assert dose.units_per_sale == Decimal("0.0286")


def test_a_name_glued_whole_is_no_family_code() -> None:
    labels = [f"LampeMéduse Rouge {year} 71,00" for year in range(15, 21)] + [
        "LampeDeMéduse 20",
        "Chasse-Spleen 18",
    ]
    matcher = Matcher(CHARENTES)
    habits = matcher.learn_habits(labels)
    assert not any(prefix.startswith("la") for prefix in habits.prefixes)
    assert matcher.suggest("LampeMéduse Rouge 20 71,00", habits=habits).answer == "yes"


def test_a_classification_that_is_the_houses_own_name_is_no_cru() -> None:
    found = Matcher(CHARENTES).suggest("Pineau François 1er blanc")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "pineau")


def test_an_exports_volume_and_its_unit_in_two_columns() -> None:
    labels = [
        "Château Sociando-Mallet (Haut-Médoc);2016;3;75;cl",
        "Château Sociando-Mallet (Haut-Médoc);2016;1;1,5;l",
        "Château Chasse-Spleen (Moulis);2018;2;75;cl",
        "Château Chasse-Spleen (Moulis);2018;2;1,5;l",
        "Sancerre blanc Jolivet;2022;6;12,5;cl",
        "Coca-Cola;;4;33;cl",
        "Coca-Cola;;1;1,5;l",
        "Kronenbourg;;5;25;cl",
        "Mouclade;;4;;pce",
    ]
    matcher = Matcher(CHARENTES)
    habits = matcher.learn_habits(labels)
    magnum = matcher.suggest("Château Sociando-Mallet (Haut-Médoc);2016;1;1,5;l", habits=habits)
    assert (magnum.answer, magnum.candidates[0].entry_id) == ("yes", "sociando_m")
    # 1,5 l of a wine held in no magnum, of a soft held in 33 cl: not held, never 1.5 cl
    assert matcher.suggest(labels[3], habits=habits).answer == "none"
    assert matcher.suggest(labels[6], habits=habits).answer == "none"
    glass = matcher.suggest(labels[4], habits=habits)
    assert glass.units_per_sale == Decimal("0.1667")


JURA = [
    entry("karl", "Poulsard L'Ami Karl", "Domaine de la Pinte", "Arbois", "rouge", 2021),
    entry("jaune", "Vin Jaune", "Domaine de la Pinte", "Arbois", "blanc", 2016, "62"),
    entry("pichet", "Chinon Cuvée du Pichet", "Cave de Rabelais", "Chinon", "rouge", None),
    entry("kro", "Kronenbourg", "Kronenbourg", None, None, None, "3000", "biere"),
    entry("groult", "Calvados 8 ans", "Roger Groult", None, None, None, "70", "spiritueux"),
    entry("morgon", "Morgon", "Marcel Lapierre", "Morgon", "rouge", 2022),
    entry("layon", "Coteaux du Layon", "Baumard", "Coteaux du Layon", "liquoreux", 2020, "50"),
]


def test_a_measure_word_that_names_the_drink_where_the_label_says_its_measure() -> None:
    matcher = Matcher(JURA)
    bottle = matcher.suggest("KARL PINTE 21 BTL")
    assert (bottle.answer, bottle.candidates[0].entry_id) == ("yes", "karl")
    assert bottle.units_per_sale == Decimal(1)  # the bottle, not a pint of 50 cl
    clavelin = matcher.suggest("VJ PINTE 16 CLAV")
    assert clavelin.units_per_sale == Decimal(1)
    carafe = matcher.suggest("PICH50 CHINON PICHET")
    assert carafe.candidates[0].entry_id == "pichet"
    assert carafe.units_per_sale == Decimal("0.6667")
    # alone, the measure word stays the measure
    pint = matcher.suggest("PINTE KRONENBOURG")
    assert pint.units_per_sale == Decimal("0.0167")


def test_an_exports_volume_in_litres() -> None:
    wines = ("Morgon Lapierre", "Poulsard Ami Karl", "Vin Jaune Pinte", "Chinon Cuvée du Pichet")
    labels = [
        *(f"{wine};VINS;{litres}" for wine in wines for litres in ("0,75", "0,12", "0,15")),
        *(f"Calvados Roger Groult 8 ans;ALCOOLS;{litres}" for litres in ("0,02", "0,04")),
        *(f"Kronenbourg;BIERES PRESSION;{litres}" for litres in ("0,25", "0,5")),
        "Coteaux du Layon Baumard 2020;VINS;0,5",
    ]
    matcher = Matcher(JURA)
    habits = matcher.learn_habits(labels)
    assert habits.fields is not None
    assert habits.fields.litres
    expected = {
        "Morgon Lapierre;VINS;0,75": "1",
        "Morgon Lapierre;VINS;0,12": "0.16",
        "Calvados Roger Groult 8 ans;ALCOOLS;0,04": "0.0571",
        "Kronenbourg;BIERES PRESSION;0,25": "0.0083",
        "Coteaux du Layon Baumard 2020;VINS;0,5": "1",  # its 50 cl bottle
    }
    for label, units in expected.items():
        assert matcher.suggest(label, habits=habits).units_per_sale == Decimal(units), label


LOIRE = [
    entry("trinch", "Bourgueil Trinch!", "Catherine et Pierre Breton", "Bourgueil", "rouge", 2023),
    entry(
        "hureau", "Saumur-Champigny Tuffe", "Château du Hureau", "Saumur-Champigny", "rouge", 2021
    ),
    entry("taitt", "Brut Réserve", "Taittinger", "Champagne", "effervescent", None),
    entry("jameson", "Jameson", "Jameson", None, None, None, "70", "spiritueux"),
]


def test_an_abbreviation_cut_short_may_start_another_word_of_the_library() -> None:
    matcher = Matcher(LOIRE)
    # no Bourgogne held: BOURG is the Bourgueil
    bourgueil = matcher.suggest("RG.VRE BOURG TRINCH BRETON '23")
    assert (bourgueil.answer, bourgueil.candidates[0].entry_id) == ("yes", "trinch")
    # champagne and Saumur-Champigny both held: the reading that names a drink wins
    champigny = matcher.suggest("CHAMP HUREAU 21 /VRE")
    assert (champigny.answer, champigny.candidates[0].entry_id) == ("yes", "hureau")
    # ...and the cut word alone names none
    assert matcher.suggest("COUPE.CHAMP 1X 5,00").candidates[0].entry_id != "hureau"


def test_a_waiters_note_after_an_asterisk_is_no_word_of_the_drink() -> None:
    matcher = Matcher(LOIRE)
    bottle = matcher.suggest("Bouteille Taittinger Brut * seau à glace")
    assert (bottle.answer, bottle.candidates[0].entry_id) == ("yes", "taitt")
    dose = matcher.suggest("Dose Jameson * sans glace")
    assert (dose.answer, dose.units_per_sale) == ("yes", Decimal("0.0571"))


def test_a_colour_that_is_a_word_of_the_name_tells_grapes_apart() -> None:
    alsace = [
        entry("pb", "Pinot Blanc", "Cave de Pfaffenheim", "Alsace", "blanc", 2022),
        entry("pg", "Pinot Gris Réserve", "Trimbach", "Alsace", "blanc", 2020),
        entry("pn", "Pinot Noir", "Cave de Pfaffenheim", "Alsace", "rouge", 2021),
    ]
    matcher = Matcher(alsace)
    found = matcher.suggest("PINOT BLANC VR15")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "pb")
    # a white Pinot the label does not name stays open
    assert matcher.suggest("PINOT VR15").answer == "none"


def test_measures_written_first_before_a_hyphen() -> None:
    labels = [
        "VR-LILLET",
        "VR-RICARD",
        "VR-MOET",
        "VR-RUINART",
        "VR-CDR GUIGAL 20",
        "VR-CDR GUIGAL 21",
        "VR15-CDR GUIGAL 21",
        "CP-MOET",
        "DEMI-KRONENBOURG",
        "PINTE-KRONENBOURG",
        "33CL-COCA",
        "2CL-RICARD",
        "1/2-CDR GUIGAL",
        "MAG-MOET",
    ]
    matcher = Matcher(CHAMPAGNE)
    habits = matcher.learn_habits(labels)
    assert not any(prefix.startswith(("vr", "cp")) for prefix in habits.prefixes)
    glass = matcher.suggest("VR-CDR GUIGAL 21", habits=habits)
    assert (glass.candidates[0].entry_id, glass.units_per_sale) == ("cdr", Decimal("0.1667"))


def test_an_exports_article_numbers_before_the_name_are_no_vintage() -> None:
    plus = [1934, 1919, 2046, 2206, 1908, 4412, 3310, 5127, 2917, 8036]
    names = ["Cotes du rhone guigal (2021)", "Moet brut imperial", "Ricard", "Lillet blanc"]
    labels = [
        f"{month:02d}/2026;{plu};{name};BTL;{plu % 40};{plu % 97},00"
        for month, (plu, name) in enumerate(zip(plus, names * 3, strict=False), start=1)
    ]
    matcher = Matcher(CHAMPAGNE)
    habits = matcher.learn_habits(labels)
    assert habits.fields is not None
    assert habits.fields.numbered == 1
    found = matcher.suggest("09/2026;1934;Moet brut imperial;BTL;3;120,00", habits=habits)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "moet")
    # ...but a column of vintages before the name is read ("75 cl;2021;Rosé;…")
    vintages = [f"75 cl;{year};Côtes du Rhône;Guigal" for year in (2019, 2020, 2021, 2021, 2022)]
    spec = matcher.learn_habits(vintages).fields
    assert spec is None or spec.numbered is None


def test_a_hotels_half_board_outlet_is_no_demi_and_files_any_drink() -> None:
    outlets = ("RESTAURANT", "BAR", "MINIBAR", "SEMINAIRE", "DEMI-PENSION")
    drinks = ("Guigal Cotes du Rhone 2021", "Lillet Blanc", "Ricard", "Moet Brut Imperial")
    labels = [f"{outlet} - {drink} 0.125L" for outlet in outlets for drink in drinks]
    labels += [f"DEMI-PENSION - Kronenbourg Pression 0.25L {n}" for n in range(3)]
    matcher = Matcher(CHAMPAGNE)
    habits = matcher.learn_habits(labels)
    assert "demi-pension - " in habits.prefixes
    glass = matcher.suggest("DEMI-PENSION - Guigal Cotes du Rhone 2021 0.125L", habits=habits)
    assert (glass.answer, glass.candidates[0].entry_id) == ("yes", "cdr")
    assert glass.units_per_sale == Decimal("0.1667")  # 12.5 cl, no half bottle


def test_an_appellations_initials_with_its_number_said_in_french() -> None:
    library = [
        entry("bonnet", "Château Bonnet", "André Lurton", "Entre-deux-Mers", "blanc", 2024),
        entry("bib", "Bordeaux rouge (BIB 5 L)", "Tutiac", "Bordeaux", "rouge", None, "500"),
        entry("bibb", "Bordeaux blanc (BIB 5 L)", "Tutiac", "Bordeaux", "blanc", None, "500"),
    ]
    matcher = Matcher(library)
    found = matcher.suggest("BT BONNET EDM 24")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "bonnet")
    # a size's number is no word of an initialism: BC is blanc, not "BIB 5"
    white = matcher.suggest("VIN BC BORDEAUX TUTIAC BIB 5L")
    assert white.candidates[0].entry_id == "bibb"


def test_a_family_named_by_the_taps_consonants_draws_from_the_keg() -> None:
    library = [
        entry("monts", "3 Monts", "Saint-Sylvestre", None, None, None, "3000", "biere"),
        # ...also in its 75 cl bottle: 25 cl is no bottle of it, the tap's family says a glass
        entry("monts75", "3 Monts", "Saint-Sylvestre", None, None, None, "75", "biere"),
        entry("chimay", "Chimay Bleue", "Chimay", None, None, None, "33", "biere"),
        entry("cdr", "Côtes du Rhône", "Guigal", "Côtes du Rhône", "rouge", 2021),
    ]
    labels = [
        *(f"PRS-{beer} {cl}CL" for beer in ("3 MONTS", "GRIMBERGEN", "STELLA") for cl in (25, 50)),
        *(
            f"BTL-{beer} 33CL"
            for beer in ("CHIMAY BLEUE", "CHIMAY ROUGE", "DUVEL", "ORVAL", "KWAK")
        ),
        *(f"VIN-CDR GUIGAL {measure}" for measure in ("VRE", "BT", "CAR50", "1/2", "MAG")),
    ]
    matcher = Matcher(library)
    habits = matcher.learn_habits(labels)
    demi = matcher.suggest("PRS-3 MONTS 25CL", habits=habits)
    assert (demi.answer, demi.units_per_sale) == ("yes", Decimal("0.0083"))


def test_a_sweet_wines_50_cl_is_a_bottle_never_a_pichet() -> None:
    library = [
        entry("mdl", "Muscat de Lunel", "Grès Saint-Paul", "Muscat de Lunel", "liquoreux", 2022),
        entry("cdr", "Côtes du Rhône", "Guigal", "Côtes du Rhône", "rouge", 2021),
    ]
    matcher = Matcher(library)
    assert matcher.suggest("MUSCAT DE LUNEL GRES ST PAUL 50CL").answer == "none"
    glass = matcher.suggest("MUSCAT DE LUNEL GRES ST PAUL 8CL")
    assert glass.units_per_sale == Decimal("0.1067")  # a glass of it is poured
    assert matcher.suggest("CDR GUIGAL 50CL").units_per_sale == Decimal("0.6667")
