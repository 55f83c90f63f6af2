"""Session 8's mechanisms (docs/matching.md, "Session 8"): volumes written in litres with
three decimals and as "½", an article number left behind by a family prefix, a SKU's
letters and number, and words that describe a wine without naming it."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from tastevin.matching import Matcher
from tastevin.matching.habits import Habits, learn
from tastevin.matching.normalise import parse_label
from tests.matching.conftest import entry

CHAMPAGNES = [
    entry("gb", "Brut Classique", "Alfred Gratien", "Champagne", "effervescent", None),
    entry("gh", "Brut Classique", "Alfred Gratien", "Champagne", "effervescent", None, "37.5"),
    entry("dv", "Grande Réserve", "Devaux", "Champagne", "effervescent", None),
    entry("dh", "Grande Réserve", "Devaux", "Champagne", "effervescent", None, "37.5"),
    entry("br", "Brut", "Barons de Rothschild", "Champagne", "effervescent", None),
    entry("bb", "Blanc de Blancs", "Barons de Rothschild", "Champagne", "effervescent", None),
    entry("pa", "Brut Réserve", "Palmer & Co", "Champagne", "effervescent", None),
    entry("jp", "Cuvée Royale Brut", "Joseph Perrier", "Champagne", "effervescent", None),
]


def test_a_half_bottle_in_litres_and_as_a_fraction_sign() -> None:
    assert parse_label("0,375L GRATIEN BRUT CLASSIQUE").volume_cl == Decimal("37.5")
    assert parse_label("DEVAUX • grande réserve • ½").serving == "half"
    matcher = Matcher(CHAMPAGNES)
    for label, expected in (("0,375L GRATIEN BRUT CLASSIQUE", "gh"), ("DEVAUX ½", "dh")):
        found = matcher.suggest(label)
        assert (found.answer, found.candidates[0].entry_id) == ("yes", expected), label


def test_a_sku_of_letters_and_number_is_no_part_of_the_label() -> None:
    # a wine shop's export: "CH-" the family, then the house's letters and a number
    till = [
        "CH-BAR-683 | Barons de Rothschild Brut | 0,75L",
        "CH-BAR-684 | Barons de Rothschild Blanc de Blancs | 0,75L",
        "CH-PAL-118 | Palmer & Co Brut Réserve | 0,75L",
        "CH-JOS-444 | Joseph Perrier Cuvée Royale Brut | 0,75L",
        "CH-DEV-870 | Devaux Grande Réserve | 0,75L",
        "CH-GRA-212 | Alfred Gratien Brut Classique | 0,75L",
    ]
    habits = learn(till)
    matcher = Matcher(CHAMPAGNES)
    for label, expected in zip(till, ("br", "bb", "pa", "jp", "dv", "gb"), strict=True):
        found = matcher.suggest(label, habits=habits)
        assert (found.answer, found.candidates[0].entry_id) == ("yes", expected), label


def test_an_article_number_left_after_a_family_prefix() -> None:
    # a Swiss merchant's export: every line "Art.-Nr. 14797 / …", so "Art.-" recurs as
    # a prefix and the number would be left behind as a word of the label
    library = [
        entry("df", "Dézaley Chemin de Fer", "Luc Massy", "Dézaley", "blanc", 2021, "50"),
        entry("cb", "Epesses Clos du Boux", "Luc Massy", "Epesses", "blanc", 2023, "70"),
        entry("vi", "Villette", "Domaine Croix Duplex", "Lavaux", "blanc", 2023, "70"),
    ]
    till = [
        "Art.-Nr. 14797 / Dézaley Chemin de Fer, Luc Massy / Jg. 2021 / 50 cl / CHF 34.–",
        "Art.-Nr. 14801 / Epesses Clos du Boux, Luc Massy / Jg. 2023 / 70 cl / CHF 31.–",
    ] + [
        f"Art.-Nr. {19660 + n} / Villette, Domaine Croix Duplex / Jg. {2016 + n} / 70 cl"
        for n in range(8)
    ]
    habits = learn(till)
    assert habits.split(till[0])[1].startswith("Dézaley Chemin de Fer")
    matcher = Matcher(library)
    found = matcher.suggest(till[0], habits=habits)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "df")


LOIRE = [
    entry("cd", "Condrieu", "Domaine Pierre Gaillard", "Condrieu", "blanc", 2022),
    replace(
        entry("sj", "Saint-Joseph", "Domaine Pierre Gaillard", "Saint-Joseph", "rouge", 2022),
        region="Rhône",
    ),
    entry("pv", "Première Vendange", "Henry Marionnet", "Touraine", "rouge", 2023),
    entry("mc", "Chardonnay", "Domaine Lafage", "Côtes Catalanes", "blanc", 2022),
    entry("dr", "Carte d'Or Brut", "Drappier", "Champagne", "effervescent", None),
]


def test_a_grape_the_library_never_names_says_nothing_of_a_wine() -> None:
    matcher = Matcher(LOIRE)
    for label, expected in (
        ("Condrieu – Domaine Pierre Gaillard – Viognier – 2022", "cd"),
        ("Saint-Joseph – Pierre Gaillard – Rhône Septentrional – 2022", "sj"),
        ("Champagne Drappier Carte d'Or Brut – Récoltant", "dr"),
    ):
        found = matcher.suggest(label)
        assert (found.answer, found.candidates[0].entry_id) == ("yes", expected), label


def test_a_grape_still_forbids_another_grape_and_the_other_colour() -> None:
    matcher = Matcher(LOIRE)
    # the library names a Chardonnay: a Viognier of the same house is not it
    assert matcher.suggest("Domaine Lafage Viognier 2022").answer == "none"
    # Sauvignon makes white wines: Marionnet's Sauvignon is not his red Première Vendange
    assert matcher.suggest("MARIONNET SAUVIGNON TOURAINE").answer == "none"
    # a grape on a drink that is no wine is a word like any other
    beers = [entry("ip", "Gamay Ale", "Brasserie X", None, None, None, "33", "biere")]
    assert Matcher(beers).suggest("BRASSERIE X VIOGNIER ALE 33").answer == "none"


SAUMUR = [
    entry("p21", "La Paterne", "Antoine Sanzay", "Saumur-Champigny", "rouge", 2021),
    entry("p22", "La Paterne", "Antoine Sanzay", "Saumur-Champigny", "rouge", 2022),
    entry("y19", "Les Poyeux", "Antoine Sanzay", "Saumur-Champigny", "rouge", 2019),
    entry("y20", "Les Poyeux", "Antoine Sanzay", "Saumur-Champigny", "rouge", 2020),
    entry("dp", "Vintage", "Dom Pérignon", "Champagne", "effervescent", 2012),
    entry("do", "Œnothèque", "Dom Pérignon", "Champagne", "effervescent", 1996),
]


def test_a_vintage_next_to_another_cuvees_chooses_nothing() -> None:
    matcher = Matcher(SAUMUR)
    # 2021: La Paterne's, but one year from Les Poyeux 2020, which may be restocked
    assert matcher.suggest("SANZAY SAUMUR CHAMPIGNY 21").answer == "none"
    # 2012: the Vintage's, sixteen years from the Œnothèque 1996
    found = matcher.suggest("DOM PERIGNON 2012")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "dp")


def test_an_exports_fields_that_name_no_drink_are_set_aside() -> None:
    library = [
        entry(
            "cr",
            "Crémant du Jura Brut",
            "Fruitière Vinicole d'Arbois",
            "Crémant du Jura",
            "effervescent",
            None,
        ),
        entry("tr", "Trousseau Grevillière", "Domaine Daniel Dugois", "Arbois", "rouge", 2019),
        entry("pl", "Arbois Poulsard", "Domaine Rolet", "Arbois", "rouge", 2022),
    ]
    groups = ["Club alpin de Lons", "Mariage Vuillermoz-Grappe", "ESF Bellefontaine", "CE Smoby"]
    items = [
        "Crémant du Jura Brut, Fruitière Vinicole d'Arbois NM » coupe",
        "Arbois Trousseau Grevillière, Domaine Daniel Dugois 2019 » 75 cl",
        "Arbois Poulsard, Domaine Rolet 2022 » 75 cl",
    ]
    till = [
        f"{10 + n:02d}/0{1 + n % 9} {group} ({20 + n} pax) » {item}"
        for n, (group, item) in enumerate((g, i) for g in groups for i in items)
    ]
    till += [f"trousseau grevillière dugois '19, btl 59,00€ → chambre {n}" for n in range(4, 9)]
    matcher = Matcher(library)
    habits = matcher.learn_habits(till[:12])
    assert habits.fields is not None and habits.fields.first
    for label, expected in zip(till[:3], ("cr", "tr", "pl"), strict=True):
        found = matcher.suggest(label, habits=habits)
        assert (found.answer, found.candidates[0].entry_id) == ("yes", expected), label
    # a room charge after the drink: "chambre 18" is no vintage, no word of the drink
    tablet = matcher.learn_habits(till[12:] + ["arbois poulsard rolet '22, btl 48,00€"] * 2)
    found = matcher.suggest(till[12], habits=tablet)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "tr")
    assert Habits.from_json(habits.to_json()) == habits


BAR = [
    entry("gl", "Glengoyne 12 ans", "Glengoyne", "Highland", None, None, "70", "spiritueux"),
    entry("ha", "Hakushu Distiller's Reserve", "Suntory", None, None, None, "70", "spiritueux"),
    entry("hm", "Château Haut-Marbuzet", "Château Haut-Marbuzet", "Saint-Estèphe", "rouge", 2016),
    entry(
        "hg",
        "Château Haut-Marbuzet",
        "Château Haut-Marbuzet",
        "Saint-Estèphe",
        "rouge",
        2016,
        "150",
    ),
    entry("fo", "Grande Réserve Brut", "Veuve Fourny", "Champagne", "effervescent", None),
]


def test_a_registers_vat_code_and_a_double() -> None:
    till = [
        "4CL GLENGOYNE 12ANS T1",
        "DBL HAKUSHU T1",
        "BTL HT MARBUZET 16 T1",
        "CP V FOURNY GDE RES T1",
        "ESPRESSO T2",
        "CAFE T2",
        "MAG HT MARBUZET 16 T1",
    ]
    matcher = Matcher(BAR)
    habits = matcher.learn_habits(till)
    assert "t1" in habits.noise
    double = matcher.suggest("DBL HAKUSHU T1", habits=habits)
    assert (double.answer, double.units_per_sale) == ("yes", Decimal("0.1143"))


def test_a_measure_in_brackets_at_the_end_is_read_not_set_aside() -> None:
    drinks = ["glengoyne 12yo [shot]", "hakushu [dbl]", "glengoyne 12yo [dbl]", "hakushu [shot]"]
    till = [f"{drink} {note}" for drink in drinks for note in ("(rocks)", "(neat)", "(comp)")]
    till += [
        "haut marbuzet '16 [btl]",
        "haut marbuzet '16 [mag]",
        "veuve fourny grande reserve [coupe]",
    ]
    matcher = Matcher(BAR)
    habits = matcher.learn_habits(till)
    assert "(rocks)" in habits.suffixes and "[mag]" not in habits.suffixes
    found = matcher.suggest("haut marbuzet '16 [mag]", habits=habits)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "hg")
    double = matcher.suggest("hakushu [dbl] (rocks)", habits=habits)
    assert (double.answer, double.units_per_sale) == ("yes", Decimal("0.1143"))


def test_an_order_code_a_quantity_and_a_price_before_tax() -> None:
    till = [
        f"[PRIV 24-{n:03d}] {q} × Magnum Château Haut-Marbuzet, Saint-Estèphe 2016 (150 cl) "
        f"à 1 {n:03d},50 € HT"
        for n, q in ((136, 3), (100, 2), (155, 12), (39, 1))
    ]
    matcher = Matcher(BAR)
    habits = matcher.learn_habits(till)
    found = matcher.suggest(till[0], habits=habits)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "hg")


ITALIA = [
    entry(
        "br",
        "Brunello di Montalcino",
        "Il Poggione",
        "Brunello di Montalcino",
        "rouge",
        2016,
        "150",
    ),
    entry("ln", "Langhe Nebbiolo", "Oddero", "Langhe", "rouge", 2021),
    entry("cp", "Campari", "Campari", None, None, None, "70", "spiritueux"),
    entry("po", "Poretti 4 Luppoli", "Birrificio Angelo Poretti", None, None, None, "66", "biere"),
    entry("cc", "Coca-Cola", "Coca-Cola", None, None, None, "33", "soft"),
]


def test_the_unit_before_the_number_and_a_fraction_of_a_litre() -> None:
    assert parse_label("Brunello – lt. 1,5").volume_cl == Decimal("150")
    assert parse_label("PORETTI 4 LUPP CL66").volume_cl == Decimal("66")
    carafe = parse_label("Langhe Nebbiolo Oddero 2021 (caraffa ½ lt) € 21,00")
    assert (carafe.volume_cl, carafe.serving) == (Decimal("50"), "carafe")
    matcher = Matcher(ITALIA)
    found = matcher.suggest("Brunello di Montalcino DOCG – Il Poggione – 2016 – lt. 1,5")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "br")
    poured = matcher.suggest("Langhe Nebbiolo Oddero 2021 (caraffa ½ lt) € 21,00")
    assert (poured.answer, poured.units_per_sale) == ("yes", Decimal("0.6667"))


def test_what_is_added_to_the_sale_after_a_plus_and_a_note_in_brackets() -> None:
    tablet = [
        "Campari (bicchierino) + ghiaccio + arancia € 6,00",
        "Coca-Cola (lattina 33cl) + ghiaccio + limone € 5,00",
        "Brunello di Montalcino Il Poggione 2016 (magnum) + decanter € 147,00",
        "Langhe Nebbiolo Oddero 2021 (bottiglia) + decanter € 40,00",
        "Campari (bicchierino) € 6,00",
        "Poretti 4 Luppoli (bottiglia 66cl) € 7,00",
    ] * 2
    matcher = Matcher(ITALIA)
    habits = matcher.learn_habits(tablet)
    for label, expected in zip(tablet[:4], ("cp", "cc", "br", "ln"), strict=True):
        found = matcher.suggest(label, habits=habits)
        assert (found.answer, found.candidates[0].entry_id) == ("yes", expected), label
    half_board = [f"{label} (DP)" for label in tablet[4:]] + tablet[4:] * 3
    habits = matcher.learn_habits(half_board)
    assert habits.suffixes == ("(dp)",)
    found = matcher.suggest(half_board[0], habits=habits)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "cp")


def test_a_colour_the_drinks_name_contradicts_and_a_family_of_glasses() -> None:
    library = [
        entry("mr", "Macvin Rouge", "Château d'Arlay", "Macvin du Jura", "liquoreux", None),
        entry("ln", "Langhe Nebbiolo", "Oddero", "Langhe", "rouge", 2021),
        entry("bp", "Barolo", "Oddero", "Barolo", "rouge", 2019),
    ]
    matcher = Matcher(library)
    # Arlay's Macvin is its red: a white one is not held
    assert matcher.suggest("MACVIN BLANC ARLAY").answer == "none"
    assert matcher.suggest("MACVIN ROUGE ARLAY").answer == "yes"
    # "CAL " (calice cut short) files the register's glasses
    till = ["CAL NEBBIOLO ODDERO 21", "CAL BAROLO ODDERO 19", "BTQ BAROLO ODDERO 19"] * 3
    till += ["BTQ NEBBIOLO ODDERO 21"] * 3
    habits = matcher.learn_habits(till)
    assert "cal " in habits.prefixes
    glass = matcher.suggest("CAL NEBBIOLO ODDERO 21", habits=habits)
    assert (glass.answer, glass.units_per_sale) == ("yes", Decimal("0.1667"))


RHONE = [
    entry("fo", "Ventoux Rouge", "Domaine de Fondrèche", "Ventoux", "rouge", 2022),
    entry(
        "be", "Châteauneuf-du-Pape", "Domaine de Beaurenard", "Châteauneuf-du-Pape", "rouge", 2019
    ),
    entry("lt", "Monts Damnés", "Domaine Thomas-Labaille", "Sancerre", "blanc", 2023),
    entry(
        "lc",
        "Hors d'Âge",
        "Comte Louis de Lauriston",
        "Domfrontais",
        None,
        None,
        "70",
        "spiritueux",
    ),
]


def test_pour_codes_dot_leaders_and_clock_times() -> None:
    matcher = Matcher(RHONE)
    pitcher = matcher.suggest("P50 FONDRECHE R 22")
    assert (pitcher.answer, pitcher.units_per_sale) == ("yes", Decimal("0.6667"))
    glass = matcher.suggest("V15 FONDRECHE R 22")
    assert (glass.answer, glass.units_per_sale) == ("yes", Decimal("0.2"))
    carte = [
        f"{520 + n}  {2019 - n}  Châteauneuf-du-Pape — Domaine de Beaurenard ...... {106 + n}"
        for n in range(4)
    ]
    listed = matcher.suggest(carte[0], habits=matcher.learn_habits(carte))
    assert (listed.answer, listed.candidates[0].entry_id) == ("yes", "be")
    bons = [f"T{n:02d} 1{n}:0{n} sancerre monts damnés thomas-labaille '23 btl" for n in range(5)]
    sent = matcher.suggest(bons[3], habits=matcher.learn_habits(bons))
    assert (sent.answer, sent.candidates[0].entry_id) == ("yes", "lt")
    dose = matcher.suggest("DS LAURISTON HORS D AGE")
    assert (dose.answer, dose.units_per_sale) == ("yes", Decimal("0.0571"))


def test_a_producer_heading_a_shops_product_files_nothing() -> None:
    till = [
        f"carte {40000 + n} ; Comte Louis de Lauriston — Hors d'Âge ; 70 cl ; +{n} pts"
        for n in range(4)
    ] + ["passage ; Domaine Thomas-Labaille — Sancerre « Les Monts Damnés » 2023 ; 75 cl ; +0 pt"]
    matcher = Matcher(RHONE)
    habits = matcher.learn_habits(till)
    assert not any("lauriston" in prefix for prefix in habits.prefixes)
    found = matcher.suggest(till[-1], habits=habits)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "lt")


def test_an_erps_unit_codes_and_vat_and_a_handhelds_words_cut_to_four_letters() -> None:
    library = [
        entry("bl", "Baron de Lestac Rouge", "Castel", "Bordeaux", "rouge", 2022),
        entry("bq", "Baron de Lestac Rouge", "Castel", "Bordeaux", "rouge", 2022, "25"),
        entry("fm", "Fortant de France Merlot", "Skalli", "Pays d'Oc", "rouge", 2023, "18.7"),
        entry("wa", "Warsteiner Premium", "Warsteiner", None, None, None, "50", "biere"),
    ]
    erp = [
        "10394281 BARON DE LESTAC ROUGE BDX 2022 BT75CL    TVA 20%",
        "10180758 BARON DE LESTAC ROUGE BDX 2022 BT25CL    TVA 20%",
        "10799236 FORTANT DE FRANCE MERLOT 2023  BT18,7CL  TVA 20%",
        "30173070 BIERE WARSTEINER PREMIUM       CN50CL    TVA 20%",
        "50079200 SODA COCA COLA                 CN33CL    TVA 10%",
        "60000001 CAFE EXPRESSO                  PCE       TVA 10%",
    ]
    matcher = Matcher(library)
    habits = matcher.learn_habits(erp)
    assert habits.measures == ()  # "TVA 20%" is a tax, not a 20 cl pour
    for label, expected in zip(erp, ("bl", "bq", "fm", "wa"), strict=False):
        found = matcher.suggest(label, habits=habits)
        assert (found.answer, found.candidates[0].entry_id) == ("yes", expected), label
    # "BARO LEST" begins library words: a cut name, no family code
    trolley = ["BARO LEST ROUGE 25", "BARO LEST ROUGE 75", "WARS 50", "FORT MERL 18"] * 3
    assert not {"baro ", "wars ", "fort "} & set(matcher.learn_habits(trolley).prefixes)


def test_a_transliteration_is_the_same_word() -> None:
    library = [
        entry("ia", "Altitudes Rouge", "Ixsir", "Vallée de la Bekaa", "rouge", 2018),
        entry("ka", "Comte de M", "Château Kefraya", "Vallée de la Bekaa", "rouge", 2017),
        entry("ab", "Arak Brun", "Domaine des Tourelles", "Arak", None, None, "70", "spiritueux"),
        entry(
            "bb", "Château Grand Barrail", "Château Grand Barrail", "Saint-Émilion", "rouge", 2015
        ),
    ]
    matcher = Matcher(library)
    for label, expected in (
        ("IKSIR ALTITUDES RGE 18", "ia"),
        ("KFRAYA COMTE DE M 17", "ka"),
        ("DOSE ARAQ BRUN", "ab"),
    ):
        found = matcher.suggest(label)
        assert (found.answer, found.candidates[0].entry_id) == ("yes", expected), label
    # consonants alike are not enough: Brouilly does not sound like Barrail
    assert matcher.suggest("BROUILLY 2015").answer == "none"


def test_a_lone_abbreviation_with_the_vintage_held_names_the_wine() -> None:
    library = [
        entry("a22", "Les Arbousiers", "Domaine de la Réméjeanne", "Côtes du Rhône", "rouge", 2022),
        entry("a23", "Les Arbousiers", "Domaine de la Réméjeanne", "Côtes du Rhône", "blanc", 2023),
        entry(
            "ch", "Châteauneuf-du-Pape", "Domaine Roger Sabon", "Châteauneuf-du-Pape", "rouge", 2019
        ),
        entry(
            "cn", "Châteauneuf-du-Pape", "Château La Nerthe", "Châteauneuf-du-Pape", "rouge", 2020
        ),
    ]
    matcher = Matcher(library)
    found = matcher.suggest("VR ARBOUS B 23")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "a23")
    # a stem of six letters that starts one word of the library names it (session 11: a
    # staff's "TAITT", "DESPE"): the white, said by its B
    loose = matcher.suggest("VR ARBOUS B")
    assert (loose.answer, loose.candidates[0].entry_id) == ("yes", "a23")
    assert matcher.suggest("VR ARB B").answer == "none"  # a loose prefix alone
    # an appellation's word: the vintage does not choose among its wines
    assert matcher.suggest("RGE CHNEUF 19").answer == "none"


def test_a_sparkling_wines_twenty_centilitres_are_its_quarter_bottle() -> None:
    library = [
        entry("mb", "Montaudon Brut", "Montaudon", "Champagne", "effervescent", None),
        entry("pn", "Côtes du Rhône", "Domaine X", "Côtes du Rhône", "rouge", 2022),
    ]
    matcher = Matcher(library)
    # no piccolo held: none, not a 20 cl pour from the bottle
    assert matcher.suggest("Champagne › Montaudon Brut › Piccolo 200ml").answer == "none"
    # a still wine's 2 dl is a carafe (a Swiss till's habit)
    carafe = matcher.suggest("2DL COTES DU RHONE DOMAINE X 22")
    assert (carafe.answer, carafe.units_per_sale) == ("yes", Decimal("0.2667"))


def test_a_terminals_codes_first_and_a_journals_columns_last() -> None:
    library = [
        entry("ap", "Apremont Cuvée Gastronomie", "Jean Perrier", "Apremont", "blanc", 2023),
        entry("mo", "Mondeuse", "Jean Perrier", "Savoie", "rouge", 2020),
        entry("ch", "Chartreuse Verte", "Chartreuse", None, None, None, "70", "spiritueux"),
    ]
    badge = [
        "TERR2 11:41 #D208 apremont gastronomie perrier '23 verre -8,00",
        "TERR1 16:29 #B298 apremont gastronomie perrier verre -8,00",
        "SNACK 10:23 #AE5F mondeuse perrier '20 verre -10,00",
        "TERR2 12:01 #A3CF mondeuse perrier '20 btl -48,00",
        "TERR1 10:53 #B0C7 chartreuse verte 4cl -6,50",
    ]
    matcher = Matcher(library)
    habits = matcher.learn_habits(badge)
    assert habits.codes_first
    for label, expected in zip(badge, ("ap", "ap", "mo", "mo", "ch"), strict=True):
        found = matcher.suggest(label, habits=habits)
        assert (found.answer, found.candidates[0].entry_id) == ("yes", expected), label
    journal = matcher.suggest("VRE APREMONT GASTRO 23  2 x   8,00   16,00")
    assert (journal.answer, journal.units_per_sale) == ("yes", Decimal("0.1667"))


def test_an_accounting_exports_codes_a_cashless_token_price_and_a_cups_deposit() -> None:
    library = [
        entry("gg", "Grenadière", "Mas Bruguière", "Pic Saint-Loup", "rouge", 2018),
        entry("cm", "Côte Mas Blanc", "Paul Mas", "Pays d'Oc", "blanc", 2024),
        entry(
            "pr",
            "Château de Pourcieux Rosé",
            "Château de Pourcieux",
            "Côtes de Provence",
            "rosé",
            2023,
        ),
    ]
    matcher = Matcher(library)
    items = [
        "PIC ST LOUP BRUGUIERE GRENADIERE 2018;BT75",
        "IGP PAYS D OC COTE MAS BLANC 2024;VR12,5",
        "IGP PAYS D OC COTE MAS BLANC 2024;BT75",
    ]
    compta = [
        f"707110;{room};V{8012 + 7 * n};{item}"
        for n, (room, item) in enumerate(
            (room, item) for room in ("SALLE", "BAR", "EVENEMENT") for item in items
        )
    ]
    habits = matcher.learn_habits(compta)
    bottle = matcher.suggest(compta[0], habits=habits)
    assert (bottle.answer, bottle.candidates[0].entry_id) == ("yes", "gg")
    glass = matcher.suggest(compta[1], habits=habits)
    assert (glass.answer, glass.units_per_sale) == ("yes", Decimal("0.1667"))
    cashless = [f"PONTON;Btl Pourcieux rose 2023;{n} jetons" for n in (27, 26, 28, 25)]
    found = matcher.suggest(cashless[0], habits=matcher.learn_habits(cashless))
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "pr")
    comptoir = ["PISC POURCIEUX RS 23 +GOB 1,00"] * 4 + ["PISC COTE MAS BLANC 24 +GOB 1,00"]
    piscine = matcher.suggest(comptoir[0], habits=matcher.learn_habits(comptoir))
    assert (piscine.answer, piscine.units_per_sale) == ("yes", Decimal("0.1667"))
