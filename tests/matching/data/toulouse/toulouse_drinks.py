"""The drinks of "Brasserie Le Capitoul" (Toulouse): the library, wine by wine.

Each wine is one row: key, name, producer, appellation, region, country, colour,
category, and a dict {format_cl: [vintages]} (None for a non-vintage drink). A
format of its own is a wine of its own (a half bottle, a magnum, a 50 cl bottle).
Ids follow the order of the rows, then of the formats as written, then of the
vintages (oldest first).

`family` is what the register (till R) prints before the hyphen; `needs_vintage`
marks a line that only makes sense with its vintage (a vintage Armagnac of a house
that also sells a blend): a label of it must keep its vintage.
"""

SO = "Sud-Ouest"
FR = "France"
R, B, RS, L, E = "rouge", "blanc", "rosé", "liquoreux", "effervescent"

# key, name, producer, appellation, region, country, colour, category, formats
WINES = [
    # Cahors
    ("lam_cp", "Château Lamartine Cuvée Particulière", "Château Lamartine", "Cahors",
     SO, FR, R, "vin", {75: [2016, 2018], 150: [2015]}),
    ("lam", "Château Lamartine", "Château Lamartine", "Cahors", SO, FR, R, "vin",
     {75: [2019]}),
    ("coutale", "Clos La Coutale", "Philippe Bernède", "Cahors", SO, FR, R, "vin",
     {75: [2019, 2020], 37.5: [2020]}),
    ("hserre", "Château de Haute-Serre", "Georges Vigouroux", "Cahors", SO, FR, R, "vin",
     {75: [2017]}),
    ("mercues", "Château de Mercuès Grand Vin", "Château de Mercuès", "Cahors", SO, FR, R,
     "vin", {75: [2016]}),
    ("escures", "Les Escures", "Mas del Périé (Fabien Jouves)", "Cahors", SO, FR, R, "vin",
     {75: [2021]}),
    ("lafage", "La Fage", "Cosse Maisonneuve", "Cahors", SO, FR, R, "vin", {75: [2018]}),
    # Madiran, Pacherenc, Saint-Mont
    ("couvent", "Cuvée du Couvent", "Domaine Capmartin", "Madiran", SO, FR, R, "vin",
     {75: [2016, 2018]}),
    ("barrejat", "Château Barréjat", "Château Barréjat", "Madiran", SO, FR, R, "vin",
     {75: [2019]}),
    ("labr_vv", "Labranche-Laffont Vieilles Vignes", "Domaine Labranche-Laffont", "Madiran",
     SO, FR, R, "vin", {75: [2018]}),
    ("labr", "Domaine Labranche-Laffont", "Domaine Labranche-Laffont", "Madiran", SO, FR, R,
     "vin", {75: [2020]}),
    ("lenclos", "Chapelle Lenclos", "Patrick Ducournau", "Madiran", SO, FR, R, "vin",
     {75: [2015, 2017]}),
    ("crouseilles", "Château de Crouseilles", "Plaimont", "Madiran", SO, FR, R, "vin",
     {75: [2018], 37.5: [2019]}),
    ("capm_pach", "Pacherenc du Vic-Bilh Sec", "Domaine Capmartin", "Pacherenc du Vic-Bilh",
     SO, FR, B, "vin", {75: [2021]}),
    ("stalbert", "Saint-Albert", "Plaimont", "Pacherenc du Vic-Bilh", SO, FR, L, "vin",
     {50: [2019, 2020]}),
    ("retrouvees", "Les Vignes Retrouvées", "Plaimont", "Saint-Mont", SO, FR, B, "vin",
     {75: [2021]}),
    # Fronton
    ("bellevue", "Château Bellevue la Forêt", "Château Bellevue la Forêt", "Fronton", SO, FR,
     R, "vin", {75: [2020, 2021], 150: [2020]}),
    ("bellevue_rose", "Château Bellevue la Forêt", "Château Bellevue la Forêt", "Fronton",
     SO, FR, RS, "vin", {75: [2023]}),
    ("plaisance", "Château Plaisance", "Château Plaisance", "Fronton", SO, FR, R, "vin",
     {75: [2020]}),
    ("totcocal", "Tot Co Cal", "Château Plaisance", "Fronton", SO, FR, R, "vin",
     {75: [2019]}),
    ("montauriol", "Château Montauriol", "Château Montauriol", "Fronton", SO, FR, R, "vin",
     {75: [2021]}),
    ("quichotte", "Don Quichotte", "Domaine Le Roc", "Fronton", SO, FR, R, "vin",
     {75: [2019, 2020]}),
    # Gaillac
    ("labarthe_perle", "Gaillac Perlé", "Domaine de Labarthe", "Gaillac", SO, FR, B, "vin",
     {75: [2023]}),
    ("escausses_perle", "Gaillac Perlé", "Domaine d'Escausses", "Gaillac", SO, FR, B, "vin",
     {75: [2023]}),
    ("escausses_myth", "La Vigne Mythique", "Domaine d'Escausses", "Gaillac", SO, FR, R,
     "vin", {75: [2020]}),
    ("preambulles", "Préambulles", "Causse Marines", "Vin de France", SO, FR, E, "vin",
     {75: [None]}),
    ("peyrouzelles", "Peyrouzelles", "Causse Marines", "Gaillac", SO, FR, R, "vin",
     {75: [2020]}),
    ("zacmau", "Zacmau", "Causse Marines", "Gaillac", SO, FR, B, "vin", {75: [2021]}),
    ("grainsfolie", "Grains de Folie", "Causse Marines", "Gaillac", SO, FR, L, "vin",
     {50: [2018]}),
    # Marcillac, Irouléguy
    ("sangpais", "Lo Sang del Païs", "Domaine du Cros", "Marcillac", SO, FR, R, "vin",
     {75: [2021, 2022]}),
    ("cros_vv", "Domaine du Cros Vieilles Vignes", "Domaine du Cros", "Marcillac", SO, FR, R,
     "vin", {75: [2019]}),
    ("pierres", "Pierres Rouges", "Domaine Laurens", "Marcillac", SO, FR, R, "vin",
     {75: [2020]}),
    ("lairis", "Cuvée Laïris", "Domaine Matha", "Marcillac", SO, FR, R, "vin", {75: [2019]}),
    ("mourguy_r", "Domaine Mourguy", "Domaine Mourguy", "Irouléguy", SO, FR, R, "vin",
     {75: [2019]}),
    ("mourguy_b", "Domaine Mourguy", "Domaine Mourguy", "Irouléguy", SO, FR, B, "vin",
     {75: [2022]}),
    ("abotia", "Domaine Abotia", "Domaine Abotia", "Irouléguy", SO, FR, R, "vin",
     {75: [2020]}),
    # Jurançon
    ("guilhouret", "Guilhouret", "Clos Thou", "Jurançon Sec", SO, FR, B, "vin",
     {75: [2021, 2022]}),
    ("suzanne", "Suzanne", "Clos Thou", "Jurançon", SO, FR, L, "vin",
     {75: [2019], 50: [2019, 2020]}),
    ("souvenirs", "Souvenirs d'Enfance", "Domaine Bordenave", "Jurançon Sec", SO, FR, B,
     "vin", {75: [2022]}),
    ("harmonie", "Harmonie", "Domaine Bordenave", "Jurançon", SO, FR, L, "vin",
     {50: [2020]}),
    ("partdavant", "La Part Davant", "Camin Larredya", "Jurançon Sec", SO, FR, B, "vin",
     {75: [2021]}),
    ("capceu", "Au Capcéu", "Camin Larredya", "Jurançon", SO, FR, L, "vin", {75: [2018]}),
    ("kattalin", "Marie Kattalin", "Domaine de Souch", "Jurançon", SO, FR, L, "vin",
     {50: [2017]}),
    # Buzet, Bergerac
    ("ardeuil", "Baron d'Ardeuil", "Vignerons de Buzet", "Buzet", SO, FR, R, "vin",
     {75: [2018, 2019]}),
    ("gueyze", "Château de Gueyze", "Vignerons de Buzet", "Buzet", SO, FR, R, "vin",
     {75: [2016]}),
    ("belingard", "Château Bélingard", "Château Bélingard", "Côtes de Bergerac", SO, FR, R,
     "vin", {75: [2019]}),
    ("tiregand", "Château de Tiregand", "Château de Tiregand", "Pécharmant", SO, FR, R, "vin",
     {75: [2018, 2019]}),
    ("verdots", "Clos des Verdots", "Clos des Verdots", "Bergerac", SO, FR, B, "vin",
     {75: [2021]}),
    ("abbaye", "L'Abbaye", "Domaine de l'Ancienne Cure", "Monbazillac", SO, FR, L, "vin",
     {50: [2017]}),
    ("pecoula", "Château Pécoula", "Château Pécoula", "Monbazillac", SO, FR, L, "vin",
     {75: [2018], 37.5: [2018]}),
    # Bordeaux, with second wines
    ("meyney", "Château Meyney", "Château Meyney", "Saint-Estèphe", "Bordeaux", FR, R, "vin",
     {75: [2015, 2016]}),
    ("prieur", "Prieur de Meyney", "Château Meyney", "Saint-Estèphe", "Bordeaux", FR, R,
     "vin", {75: [2018]}),
    ("lagrange", "Château Lagrange", "Château Lagrange", "Saint-Julien", "Bordeaux", FR, R,
     "vin", {75: [2014, 2016], 150: [2014]}),
    ("fiefs", "Les Fiefs de Lagrange", "Château Lagrange", "Saint-Julien", "Bordeaux", FR, R,
     "vin", {75: [2017]}),
    ("malescot", "Château Malescot St-Exupéry", "Château Malescot St-Exupéry", "Margaux",
     "Bordeaux", FR, R, "vin", {75: [2015]}),
    ("dame", "La Dame de Malescot", "Château Malescot St-Exupéry", "Margaux", "Bordeaux", FR,
     R, "vin", {75: [2018]}),
    ("fieuzal", "Château de Fieuzal", "Château de Fieuzal", "Pessac-Léognan", "Bordeaux", FR,
     R, "vin", {75: [2016]}),
    ("kirwan", "Château Kirwan", "Château Kirwan", "Margaux", "Bordeaux", FR, R, "vin",
     {75: [2014]}),
    ("branaire", "Château Branaire-Ducru", "Château Branaire-Ducru", "Saint-Julien",
     "Bordeaux", FR, R, "vin", {75: [2016]}),
    ("duluc", "Duluc de Branaire-Ducru", "Château Branaire-Ducru", "Saint-Julien", "Bordeaux",
     FR, R, "vin", {75: [2017]}),
    # Languedoc-Roussillon
    ("pennautier", "Château de Pennautier", "Lorgeril", "Cabardès", "Languedoc", FR, R, "vin",
     {75: [2020]}),
    ("uneetmille", "Une et Mille", "Domaine Canet-Valette", "Saint-Chinian", "Languedoc", FR,
     R, "vin", {75: [2019]}),
    ("fossibus", "Castel Fossibus", "Domaine Ollier-Taillefer", "Faugères", "Languedoc", FR,
     R, "vin", {75: [2018]}),
    ("tourvieille", "Collioure Rosé", "Domaine La Tour Vieille", "Collioure", "Roussillon",
     FR, RS, "vin", {75: [2023]}),
    ("blanquette", "Blanquette de Limoux Brut", "Sieur d'Arques", "Blanquette de Limoux",
     "Languedoc", FR, E, "vin", {75: [None]}),
    # Gascogne: house white, sparkling, Floc, Pousse-Rapière
    ("joy_blanc", "Domaine de Joÿ Blanc", "Domaine de Joÿ", "Côtes de Gascogne", SO, FR, B,
     "vin", {75: [2023]}),
    ("vinsauvage", "Vin Sauvage", "Château de Monluc", "Vin de France", SO, FR, E, "vin",
     {75: [None]}),
    ("floc_b", "Floc de Gascogne Blanc", "Domaine de Joÿ", "Floc de Gascogne", SO, FR, B,
     "autre", {75: [None]}),
    ("floc_r", "Floc de Gascogne Rosé", "Domaine de Joÿ", "Floc de Gascogne", SO, FR, RS,
     "autre", {75: [None]}),
    ("pousse", "Pousse-Rapière", "Château de Monluc", "Liqueur à l'Armagnac", SO, FR, None,
     "spiritueux", {70: [None]}),
    # Armagnac
    ("mq_vsop", "Marquis de Montesquiou VSOP", "Marquis de Montesquiou", "Armagnac", SO, FR,
     None, "spiritueux", {70: [None]}),
    ("mq_xo", "Marquis de Montesquiou XO Impérial", "Marquis de Montesquiou", "Armagnac", SO,
     FR, None, "spiritueux", {70: [None]}),
    ("sam_vsop", "Samalens VSOP", "Samalens", "Bas-Armagnac", SO, FR, None, "spiritueux",
     {70: [None]}),
    ("sam_xo", "Samalens XO", "Samalens", "Bas-Armagnac", SO, FR, None, "spiritueux",
     {70: [None]}),
    ("briat_hda", "Château de Briat Hors d'Âge", "Château de Briat", "Bas-Armagnac", SO, FR,
     None, "spiritueux", {70: [None]}),
    ("briat_mill", "Château de Briat Millésime", "Château de Briat", "Bas-Armagnac", SO, FR,
     None, "spiritueux", {70: [1985, 1995, 2002]}),
    ("garreau15", "Château Garreau 15 ans", "Château Garreau", "Bas-Armagnac", SO, FR, None,
     "spiritueux", {70: [None]}),
    ("garreau25", "Château Garreau 25 ans", "Château Garreau", "Bas-Armagnac", SO, FR, None,
     "spiritueux", {70: [None]}),
    ("laballe", "Château de Laballe Millésime", "Château de Laballe", "Bas-Armagnac", SO, FR,
     None, "spiritueux", {70: [1986, 1996]}),
    ("esperance", "Domaine d'Espérance Millésime", "Domaine d'Espérance", "Bas-Armagnac", SO,
     FR, None, "spiritueux", {50: [1990, 1999]}),
    ("larressingle", "Larressingle VSOP", "Larressingle", "Armagnac-Ténarèze", SO, FR, None,
     "spiritueux", {70: [None]}),
    # Beers: draught kegs and bottles
    ("capdona_blonde", "Cap d'Ona Blonde", "Brasserie Cap d'Ona", None, "Roussillon", FR,
     None, "bière", {3000: [None]}),
    ("capdona_ambree", "Cap d'Ona Ambrée", "Brasserie Cap d'Ona", None, "Roussillon", FR,
     None, "bière", {33: [None]}),
    ("alaryk_blanche", "Alaryk Blanche", "Brasserie Alaryk", None, "Languedoc", FR, None,
     "bière", {2000: [None]}),
    ("alaryk_ipa", "Alaryk IPA", "Brasserie Alaryk", None, "Languedoc", FR, None, "bière",
     {33: [None]}),
    ("malheur10", "Malheur 10", "Brouwerij De Landtsheer", None, "Flandre", "Belgique", None,
     "bière", {33: [None]}),
    # Softs and waters
    ("coca", "Coca-Cola", "Coca-Cola", None, None, FR, None, "soft", {33: [None]}),
    ("orangina", "Orangina", "Orangina", None, None, FR, None, "soft", {25: [None]}),
    ("tonic", "Schweppes Indian Tonic", "Schweppes", None, None, FR, None, "soft",
     {25: [None]}),
    ("verniere", "Vernière", "Source Vernière", None, "Languedoc", FR, None, "soft",
     {100: [None], 50: [None]}),
    ("roucous", "Mont Roucous", "Mont Roucous", None, "Occitanie", FR, None, "soft",
     {100: [None]}),
]

NEEDS_VINTAGE = {"briat_mill", "laballe", "esperance"}

FAMILY_BY_COLOUR = {R: "ROUGE", B: "BLANC", RS: "ROSE", L: "MOEL", E: "BULLE"}


def family(key):
    """The register's family prefix of a held drink."""
    row = WINE_BY_KEY[key]
    colour, category = row[6], row[7]
    if key in ("floc_b", "floc_r", "pousse"):
        return "APERO"
    if category == "spiritueux":
        return "ARMA"
    if category == "bière":
        return "BIERE"
    if category == "soft":
        return "SOFT"
    return FAMILY_BY_COLOUR[colour]


WINE_BY_KEY = {row[0]: row for row in WINES}
