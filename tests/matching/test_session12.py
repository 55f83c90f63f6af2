"""Session 12's mechanisms (docs/matching.md, "Session 12"): numbers of a name written
bare or glued to an initial, a till's one note written first, and abbreviations read by
the word the library writes after the one before them."""

from __future__ import annotations

from tastevin.matching import Matcher
from tastevin.matching.normalise import parse_label
from tests.matching.conftest import entry

RHONE = [
    entry("g30", "Granit 30", "Vincent Paris", "Cornas", "rouge", 2021),
    entry("g60", "Granit 60", "Vincent Paris", "Cornas", "rouge", 2020),
    entry("p45", "Parallèle 45", "Paul Jaboulet Aîné", "Côtes du Rhône", "rouge", 2022),
    entry("p45r", "Parallèle 45", "Paul Jaboulet Aîné", "Côtes du Rhône", "rosé", 2023),
    entry("sess", "Sessantanni", "San Marzano", "Primitivo di Manduria", "rouge", 2020),
    entry("moray", "Glen Moray 12", "Glen Moray", None, None, None, "70", "spiritueux"),
    entry("karu", "Karukera Millésime", "Karukera", None, None, 2010, "70", "spiritueux"),
    entry("sc", "Saumur-Champigny", "Château de Villeneuve", "Saumur-Champigny", "rouge", 2021),
    entry("sb", "Saumur Blanc", "Château de Villeneuve", "Saumur", "blanc", 2022),
    entry("mp", "Montepulciano d'Abruzzo", "Masciarelli", "Montepulciano d'Abruzzo", "rouge", 2021),
]


def test_of_two_bare_numbers_the_last_is_the_vintage_and_the_first_names_the_cuvee() -> None:
    parsed = parse_label("granit 60 paris 20")
    assert (parsed.vintage, "60" in parsed.tokens) == (2020, True)
    found = Matcher(RHONE).suggest("GRANIT60 PARIS 20")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "g60")


def test_a_first_number_the_library_does_not_hold_is_set_aside() -> None:
    # "60" is the Sessantanni's sixty years, said in Italian: no word of this library
    found = Matcher([item for item in RHONE if item.id not in ("g30", "g60")]).suggest(
        "PRIMITIVO 60 21"
    )
    assert found.candidates[0].entry_id == "sess"
    assert "60" not in found.explanation


def test_an_initial_glued_to_the_number_of_a_name_reads_as_that_name() -> None:
    matcher = Matcher(RHONE)
    found = matcher.suggest("VRE P45 JABOULET")
    # the 45 is the name's, no vintage 1945: the most recent red, by the glass
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "p45")
    assert matcher.suggest("p45-rose-2023").candidates[0].entry_id == "p45r"
    # spelt out, the number of a wine not held in 1945 is its name too
    spelt = matcher.suggest("VERRE PARALLELE 45")
    assert (spelt.answer, spelt.candidates[0].entry_id) == ("yes", "p45")
    # another drink's word beside it: the initial and number are that drink's code
    assert matcher.reader.name_number("D4 KARUKERA M12") is None
    assert matcher.reader.name_number("B50 PARALLELE") is None  # a 50 cl bottle's code


def test_an_abbreviation_after_a_word_completes_to_the_word_that_follows_it() -> None:
    matcher = Matcher(RHONE)
    # "CHP" is champagne in the tables; after "SAUMUR" the library goes on with Champigny
    found = matcher.suggest("VRE SAUMUR CHP 21")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "sc")


def test_a_long_word_is_abbreviated_by_its_consonants() -> None:
    found = Matcher(RHONE).suggest("VRE MTP MASCIARELLI")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "mp")


HAPPY_HOUR = [
    "verre.saumur.champigny.21",
    "btl.saumur.blanc.22",
    "pichet50.granit.30.21",
    "verre.parallele.45.22",
    "btl.granit.60.20",
    "hh.verre.saumur.champigny",
    "hh.verre.parallele.45",
    "hh.pichet25.saumur.blanc",
    "btl.sessantanni.20",
    "verre.primitivo.20",
]


def test_one_short_note_heading_a_tenth_of_the_labels_is_the_tills_note() -> None:
    matcher = Matcher(RHONE)
    habits = matcher.learn_habits(HAPPY_HOUR)
    assert "hh." in habits.prefixes
    found = matcher.suggest("hh.verre.parallele.45", habits=habits)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "p45")
    # without the note learnt, "hh" is a word the drink does not explain
    assert matcher.suggest("hh.verre.parallele.45").answer == "none"


WATERS = [
    entry("th", "Eau de Thonon", "Thonon", None, None, None, "100", "soft"),
    entry("ap", "Eau des Abatilles Plate", "Abatilles", None, None, None, "50", "soft"),
    entry("ag", "Eau des Abatilles Pétillante", "Abatilles", None, None, None, "100", "soft"),
    entry("cc", "Coca-Cola", "Coca-Cola", None, None, None, "33", "soft"),
]


def test_a_water_is_still_or_sparkling_as_its_name_allows() -> None:
    matcher = Matcher(WATERS)
    still = matcher.suggest("Eau de Thonon plate, 1L")
    assert (still.answer, still.candidates[0].entry_id) == ("yes", "th")
    # the Abatilles whose name says "pétillante" is not the still one the label asks for
    assert matcher.suggest("SOFT ABAT PLATE 50CL").candidates[0].entry_id == "ap"
    # a water word alone names no water
    assert matcher.suggest("EAU PLATE 50CL").answer == "none"


def test_two_words_of_a_name_glued_however_short_are_read_apart() -> None:
    library = [
        entry("bo", "By.Ott", "Domaines Ott", "Côtes de Provence", "rosé", 2023),
        entry("cp", "Clos Mireille", "Domaines Ott", "Côtes de Provence", "blanc", 2022),
    ]
    found = Matcher(library).suggest("VERRE.BYOTT")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "bo")


def test_the_bars_english_and_french_short_names() -> None:
    library = [
        entry("kr", "Kronenbourg", "Kronenbourg", None, None, None, "3000", "biere"),
        entry("cc", "Coca-Cola", "Coca-Cola", None, None, None, "33", "soft"),
        entry("bj", "Beaujolais-Villages", "Domaine Piron", "Beaujolais", "rouge", 2022),
        entry("ev", "Evian", "Evian", None, None, None, "100", "soft"),
    ]
    matcher = Matcher(library)
    cases = {
        "DEMI KRO": "kr",
        "coke [33cl]": "cc",
        "PICH50 BJV PIRON": "bj",
        "bojo villages piron": "bj",
        "Evian Mineral Water 100cl": "ev",
    }
    for label, wanted in cases.items():
        found = matcher.suggest(label)
        assert (found.answer, found.candidates[0].entry_id) == ("yes", wanted), label
    assert matcher.suggest("White wine › Large glass 150ml").answer == "none"


HOUSES = [
    entry("mi", "Moët Impérial Brut", "Moët & Chandon", "Champagne", "effervescent", None),
    entry("mh", "Moët Impérial Brut", "Moët & Chandon", "Champagne", "effervescent", None, "37.5"),
    entry("mr", "Moët Rosé Impérial", "Moët & Chandon", "Champagne", "rosé", None),
    entry("fl", "Les Forts de Latour", "Château Latour", "Pauillac", "rouge", 2016),
    entry("la", "Château Latour", "Château Latour", "Pauillac", "rouge", 2012),
    entry("li", "Lillet Blanc", "Lillet", None, None, None, "75", "autre"),
    entry("fg", "Floc de Gascogne Blanc", "Château de Briat", "Floc de Gascogne", "blanc", None),
    entry("co", "Corona Extra", "Grupo Modelo", None, None, None, "35.5", "biere"),
    entry("cc", "Coca-Cola", "Coca-Cola", None, None, None, "150", "soft"),
    entry("th", "Brouilly", "Château Thivin", "Brouilly", "rouge", 2022),
    entry("cb", "Château-Chalon", "Berthet-Bondet", "Château-Chalon", "blanc", 2016, "62"),
]


def test_a_name_that_starts_with_its_houses_short_name_is_no_second_wine() -> None:
    matcher = Matcher(HOUSES)
    coupe = matcher.suggest("MOET CP")
    assert (coupe.answer, coupe.candidates[0].entry_id) == ("yes", "mi")
    assert matcher.suggest("MOET 1/2").candidates[0].entry_id == "mh"
    assert matcher.suggest("Moët Rosé (bt)").candidates[0].entry_id == "mr"
    # Les Forts de Latour still is a second wine: "LATOUR" alone names the château
    assert matcher.suggest("LATOUR 2012").candidates[0].entry_id == "la"


def test_a_tablets_families_in_capitals_and_its_dotted_kind_codes() -> None:
    matcher = Matcher(HOUSES)
    tablet = [
        "APÉRO Lillet blanc (Dose 6cl) 8,60 €",
        "APÉRO Floc de Gascogne blanc (Dose 6cl) 5,50 €",
        "APÉRO Pastis (Dose) 3,00 €",
        "ROUGE Pauillac Ch. Latour 2012 (Btl) 900,00 €",
        "ROUGE Pauillac Forts de Latour 2016 (Btl) 300,00 €",
        "BULLES Moët Impérial (Coupe) 14,00 €",
        "BULLES Moët Rosé (Btl) 90,00 €",
        "CUISINE Garbure (Assiette) 14,00 €",
        "CUISINE Axoa (Assiette) 16,00 €",
        "CUISINE Piperade (Assiette) 12,00 €",
        "ROUGE Brouilly Thivin 2022 (Btl) 38,00 €",
        "GLS 9OZ Brouilly Thivin 12,00 €",
        "GLS 9OZ Moët Impérial 18,00 €",
        "GLS 9OZ Château Latour 90,00 €",
    ]
    habits = matcher.learn_habits(tablet)
    assert {"apero ", "rouge ", "cuisine "} <= set(habits.prefixes)
    assert "gls " not in habits.prefixes  # a measure in capitals is the sale's, no family
    found = matcher.suggest("APÉRO Lillet blanc (Dose 6cl) 8,60 €", habits=habits)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "li")
    handheld = [
        "Apé.Lillet (dose)",
        "Apé.Pastis (dose)",
        "Apé.Floc Briat (dose)",
        "Bul.Moët Impérial (cp)",
        "Bul.Moët Rosé (bt)",
        "Rge.Latour 12 (bt)",
        "Rge.Forts Latour 16 (bt)",
        "Rge.Brouilly Thivin (pich 25)",
    ]
    dotted = matcher.learn_habits(handheld)
    assert {"ape.", "bul.", "rge."} <= set(dotted.prefixes)
    moet = matcher.suggest("Bul.Moët Impérial (cp)", habits=dotted)
    assert (moet.answer, moet.candidates[0].entry_id) == ("yes", "mi")


def test_volumes_and_vintages_written_the_way_shops_and_exports_write_them() -> None:
    matcher = Matcher(HOUSES)
    corona = matcher.suggest("biere-corona-35-5cl")
    assert (corona.answer, corona.candidates[0].entry_id) == ("yes", "co")
    assert matcher.suggest("soft-coca-cola-1-5l").candidates[0].entry_id == "cc"
    glued = matcher.suggest("VerreBrouillyThivin2022")
    assert (glued.answer, glued.candidates[0].entry_id) == ("yes", "th")
    # what a field cut at its width left of a vintage, before the sale's volume
    cut = matcher.suggest("CHALON BERTHETBONDET 201 62CL 55,46")
    assert (cut.answer, cut.candidates[0].entry_id) == ("yes", "cb")
    marked = matcher.suggest("BROUILLY THIVIN 202*BTL")
    assert (marked.answer, marked.candidates[0].entry_id) == ("yes", "th")


def test_a_still_wines_pour_written_by_its_volume_alone() -> None:
    library = [
        entry("re", "Château Reynon", "Château Reynon", "Cadillac", "rouge", 2019),
        entry("pi", "Pietra", "Brasserie Pietra", None, None, None, "33", "biere"),
    ]
    matcher = Matcher(library)
    carafe = matcher.suggest("reynon '19 50cl")
    assert (carafe.answer, carafe.candidates[0].entry_id) == ("yes", "re")
    assert carafe.units_per_sale is not None and str(carafe.units_per_sale) == "0.6667"
    # a beer's volume is a bottle's: no 50 cl Pietra is held
    assert matcher.suggest("pietra 50cl").answer == "none"


def test_a_four_letter_stem_names_one_drink_on_a_sales_label_only() -> None:
    library = [
        entry("gu", "Guinness Draught", "Guinness", None, None, None, "3000", "biere"),
        entry("ve", "Chartreuse Verte", "Chartreuse", None, None, None, "70", "spiritueux"),
        entry("vt", "Champagne Vertus", "Veuve Fourny", "Champagne", "effervescent", None),
    ]
    matcher = Matcher(library)
    demi = matcher.suggest("DEMI GUIN")
    assert (demi.answer, demi.candidates[0].entry_id) == ("yes", "gu")
    assert matcher.suggest("THÉ VERT").answer == "none"  # a tea: no measure, no Vertus


def test_a_spirits_extra_is_one_of_its_grades_not_its_plain_style() -> None:
    library = [
        entry(key, f"Verveine du Velay {grade}", "Pagès", None, None, None, "70", "spiritueux")
        for key, grade in (("ve", "Verte"), ("ja", "Jaune"), ("ex", "Extra"))
    ]
    matcher = Matcher(library)
    assert matcher.suggest("DOSE VERVEINE").answer == "none"  # three are held
    extra = matcher.suggest("DOSE VERVEINE EXTRA")
    assert (extra.answer, extra.candidates[0].entry_id) == ("yes", "ex")


def test_a_red_named_rouge_is_the_wine_when_the_houses_other_is_its_rose() -> None:
    library = [
        entry("r", "Parallèle 45 Rouge", "Paul Jaboulet Aîné", "Côtes du Rhône", "rouge", 2021),
        entry("p", "Parallèle 45 Rosé", "Paul Jaboulet Aîné", "Côtes du Rhône", "rosé", 2023),
        entry("ar", "Altitudes Rouge", "Ixsir", "Batroun", "rouge", 2020),
        entry("ab", "Altitudes Blanc", "Ixsir", "Batroun", "blanc", 2023),
        entry("ap", "Altitudes Rosé", "Ixsir", "Batroun", "rosé", 2024),
    ]
    matcher = Matcher(library)
    red = matcher.suggest("VRE P45 JABOUL. 21")
    assert (red.answer, red.candidates[0].entry_id) == ("yes", "r")
    # a white beside the red: the label that says no colour names neither
    assert matcher.suggest("VRE IKSIR ALTITUDES").answer == "none"


def test_a_cru_is_said_so_a_house_named_with_its_appellation_is_its_village_wine() -> None:
    library = [
        entry("sc", "Chablis Sainte-Claire", "Jean-Marc Brocard", "Chablis", "blanc", 2023),
        entry(
            "mm",
            "Chablis 1er Cru Montmains",
            "Jean-Marc Brocard",
            "Chablis Premier Cru",
            "blanc",
            2021,
        ),
        entry("pc", "Petit Chablis", "Domaine Servin", "Petit Chablis", "blanc", 2023),
        entry(
            "va", "Chablis 1er Cru Vaillons", "Domaine Servin", "Chablis Premier Cru", "blanc", 2022
        ),
    ]
    matcher = Matcher(library)
    found = matcher.suggest("VRE CHABLIS BROCARD")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "sc")
    # the cru holds the label's vintage: the label may mean it
    assert matcher.suggest("CHABLIS BROCARD 2021").answer == "none"
    # a Petit Chablis is no plain Chablis
    assert matcher.suggest("CHABLIS SERVIN 2022").answer == "none"


def test_an_abbreviation_glued_to_the_start_of_the_word_that_follows_its_meaning() -> None:
    library = [
        entry("sp", "Réserve Spéciale", "Union des Vignerons", "Saint-Pourçain", "rouge", 2023),
        entry("tb", "Château Talbot", "Château Talbot", "Saint-Julien", "rouge", 2018),
        entry("se", "Château Figeac", "Château Figeac", "Saint-Émilion", "rouge", 2018),
    ]
    matcher = Matcher(library)
    for label, wanted in (("VR.STP.RES.SPE", "sp"), ("BTL.CHATEAU.TALBOT.STJUL", "tb")):
        found = matcher.suggest(label)
        assert found.candidates[0].entry_id == wanted, label
        assert found.answer != "none", label
    # "ST" followed by a letter no Saint of the library begins names nothing
    assert matcher.reader.read("stx", False, {}) == "stx"


def test_a_champagne_is_named_by_its_house_or_its_cuvee_not_by_champagne_brut() -> None:
    library = [
        entry(
            "lp",
            "Champagne Brut Réserve",
            "Laurent-Perrier",
            "Champagne",
            "effervescent",
            None,
            "75",
            "champagne",
        ),
        entry(
            "cr",
            "Crémant de Loire Brut",
            "Langlois-Château",
            "Crémant de Loire",
            "effervescent",
            None,
        ),
    ]
    matcher = Matcher(library)
    assert matcher.suggest("Champagne brut (coupe)").answer == "none"
    assert matcher.suggest("COUPE LAURENT PERRIER").candidates[0].entry_id == "lp"
    crémant = matcher.suggest("CP CREMANT LOIRE")
    assert (crémant.answer, crémant.candidates[0].entry_id) == ("yes", "cr")


def test_a_generic_product_with_the_drink_sold_as_its_variant_in_brackets() -> None:
    library = [
        entry("aq", "Tavel", "Château d'Aqueria", "Tavel", "rosé", 2023),
        entry("li", "Grain de Gris", "Listel", "Sable de Camargue", "rosé", None),
        entry("ar", "Arak Brun", "Domaine des Tourelles", None, None, None, "70", "spiritueux"),
        entry("kr", "Kronenbourg", "Kronenbourg", None, None, None, "3000", "biere"),
    ]
    matcher = Matcher(library)
    export = [
        "Vins rosÃ©s (Btl Aqueria 23)",
        "Vins rosÃ©s (Verre Listel)",
        "Vins rosÃ©s (Verre Tavel Aqueria)",
        "Pression (Demi Kro)",
        "Pression (Pinte Kro)",
        "ApÃ©ros (Dose Pastis)",
        "ApÃ©ros (Dose Suze)",
        "ApÃ©ros (6cl Martini Blanc)",
        "arak brun (70cl)",
        "arak brun (6cl)",
        "arak brun (4cl)",
    ]
    habits = matcher.learn_habits(export)
    assert {"vins roses (", "aperos ("} <= set(habits.prefixes)
    assert "arak brun (" not in habits.prefixes  # a drink's name before its measure
    found = matcher.suggest("Vins rosÃ©s (Btl Aqueria 23)", habits=habits)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "aq")
    assert matcher.suggest("arak brun (6cl)", habits=habits).candidates[0].entry_id == "ar"


def test_a_till_that_files_its_sales_under_the_measure_keeps_it() -> None:
    library = [
        entry("aq", "Tavel", "Château d'Aqueria", "Tavel", "rosé", 2023),
        entry("am", "Tavel", "Château d'Aqueria", "Tavel", "rosé", 2022, "150"),
        entry("gc", "Côtes du Rhône", "E. Guigal", "Côtes du Rhône", "rouge", 2021),
    ]
    matcher = Matcher(library)
    counter = [
        "MAG*AQUERIA 22",
        "MAG*GUIGAL CDR 21",
        "MAG*TAVEL AQUERIA",
        "VRE*AQUERIA 23",
        "VRE*GUIGAL CDR 21",
        "VRE*TAVEL AQUERIA",
        "BTL*AQUERIA 23",
        "BTL*GUIGAL CDR",
        "BTL*TAVEL AQUERIA 22",
    ]
    habits = matcher.learn_habits(counter)
    # (the measures the till writes first are read on the label: session 17)
    magnum = matcher.suggest("MAG*AQUERIA 22", habits=habits)
    assert (magnum.answer, magnum.candidates[0].entry_id) == ("yes", "am")
    glass = matcher.suggest("VRE*GUIGAL CDR 21", habits=habits)
    assert glass.units_per_sale is not None and glass.units_per_sale < 1
    assert matcher.suggest("BTL*AQUERIA 23", habits=habits).units_per_sale == 1


def test_a_pinte_and_a_galopin_of_the_nords_estaminets() -> None:
    library = [
        entry("kw", "Kwak", "Brouwerij Bosteels", None, None, None, "2000", "biere"),
        entry("ju", "Jupiler", "AB InBev", None, None, None, "3000", "biere"),
        entry("ps", "Petite Sirah", "Bogle", "California", "rouge", 2021),
    ]
    matcher = Matcher(library)
    pinte = matcher.suggest("PTE KWAK        5,30")
    assert (pinte.answer, pinte.candidates[0].entry_id) == ("yes", "kw")
    assert pinte.units_per_sale is not None and str(pinte.units_per_sale) == "0.0250"
    galopin = matcher.suggest("GAL JUPILER     4,70")
    assert (galopin.answer, galopin.candidates[0].entry_id) == ("yes", "ju")
    # on a wine the tables' "petite" is still read
    assert matcher.suggest("PTE SIRAH BOGLE 21").candidates[0].entry_id == "ps"


def test_an_estates_tradition_is_no_second_wine() -> None:
    library = [
        entry(
            "tr", "Tradition de Campuget", "Château de Campuget", "Costières de Nîmes", "rosé", 2024
        ),
        entry("fl", "Les Forts de Latour", "Château Latour", "Pauillac", "rouge", 2016),
    ]
    matcher = Matcher(library)
    found = matcher.suggest("VRE*CAMPUGET RS 24")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "tr")
    assert matcher.suggest("LATOUR 2016").answer == "none"  # the Forts are a second wine


def test_a_drink_written_before_its_measure_is_no_family() -> None:
    library = [
        entry("gr", "Chinon Les Grézeaux", "Bernard Baudry", "Chinon", "rouge", 2021),
        entry("sa", "Sancerre", "Domaine Vacheron", "Sancerre", "blanc", 2023),
    ]
    matcher = Matcher(library)
    counter = [
        "CHINON BAUDRY*PICH50",
        "CHINON BAUDRY*VRE",
        "CHINON BAUDRY*BTL",
        "SANCERRE BLC*VRE",
        "SANCERRE BLC 2023*BTL",
        "CAFE*U",
    ]
    habits = matcher.learn_habits(counter)
    assert "chinon baudry*" not in habits.prefixes
    found = matcher.suggest("CHINON BAUDRY*PICH50", habits=habits)
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "gr")


def test_a_cider_is_no_pommeau_of_the_same_house() -> None:
    library = [
        entry("ci", "Cidre Cambremer", "Pierre Huet", "Pays d'Auge", None, None, "3000", "autre"),
        entry("po", "Pommeau de Normandie", "Pierre Huet", "Pommeau", None, None, "70", "autre"),
    ]
    matcher = Matcher(library)
    found = matcher.suggest("PICH50 CIDRE HUET")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "ci")


def test_a_creme_alone_is_a_coffee_not_a_liqueur() -> None:
    library = [
        entry("cc", "Crème de Cassis de Bourgogne", "Védrenne", None, None, None, "70", "autre"),
    ]
    matcher = Matcher(library)
    assert matcher.suggest("CREME").answer == "none"  # a coffee: café crème
    kir = matcher.suggest("DOSE CREME DE CASSIS")
    assert (kir.answer, kir.candidates[0].entry_id) == ("yes", "cc")


def test_a_cuvees_mark_glued_to_its_article() -> None:
    library = [
        entry("mm", "M de Minuty", "Château Minuty", "Côtes de Provence", "rosé", 2023),
        entry("pr", "Prestige", "Château Minuty", "Côtes de Provence", "rosé", 2023),
    ]
    found = Matcher(library).suggest("MdeMinuty 2023 29,00")
    assert (found.answer, found.candidates[0].entry_id) == ("yes", "mm")
