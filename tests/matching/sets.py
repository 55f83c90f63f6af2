"""Every matching set we have, with its issue-11 targets (docs/matching.md, "Figures"):
top-1, false answers (none cases answered yes or almost) and calibration (among answers
shown at >= 90 %, at least 99 % right). Thresholds are the targets; where a set does not
meet one, the measured figure is held instead and the shortfall is said next to it."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
REPO = Path(__file__).resolve().parents[2]


def _development() -> Path | None:
    candidates = [Path(os.environ["TASTEVIN_BENCH"])] if os.environ.get("TASTEVIN_BENCH") else []
    candidates += [REPO.parent / "shared" / "bench", REPO.parent.parent / "shared" / "bench"]
    return next((path for path in candidates if (path / "cases.jsonl").is_file()), None)


@dataclass(frozen=True)
class Set:
    name: str
    library: Path | None
    cases: Path | None
    min_top1: float = 0.97  # the target
    max_false: float = 0.01  # at most 1 in 100 none cases answered yes or almost
    min_calibrated: float = 0.99  # right among answers shown at >= 90 %
    min_units: float | None = None  # units per sale right; by default top-1 less 0.01


def _blind(name: str, **limits: float) -> Set:
    """A set kept in its own folder, named after it (`data/<name>/<name>_cases.jsonl`)."""
    folder = DATA / name
    return Set(name, folder / f"{name}_library.jsonl", folder / f"{name}_cases.jsonl", **limits)


DEV = _development()
SETS = [
    Set("development", DEV and DEV / "library.jsonl", DEV and DEV / "cases.jsonl", 0.99),
    Set(
        "held-out 1",
        DATA / "holdout_library.jsonl",
        DATA / "holdout_cases.jsonl",
        0.99,
    ),
    _blind("bar"),
    # re-typed bar: 2 of 126 (MOUTON ROTHSCHILD, and one label whose "MAGNUM" the
    # generator's cut removed: see docs/matching.md); the 1 % target is not met here
    Set(
        "bar re-typed",
        DATA / "bar" / "bar_library.jsonl",
        DATA / "bar" / "bar2_cases.jsonl",
        max_false=0.016,
    ),
    _blind("pizzeria"),
    # oyster bar: 0.814 blind, 0.959 at the end of session 3, 0.969 in session 4 with 1 of
    # 130 none cases answered; top-1 stays just under the 0.97 target
    Set(
        "oyster bar",
        DATA / "oyster" / "oyster_library.jsonl",
        DATA / "oyster" / "oyster_cases.jsonl",
    ),
    # three sets built blind in session 4 by helpers that never read the matcher, each
    # measured once untouched, then used to find mechanisms (figures: docs/matching.md)
    # Burgundy: 0.968 blind; 2 of 121 none cases answered ("Vin du Jura", a Chassagne
    # village wine the library holds only as a premier cru): 1 % is not met here
    _blind("burgundy", max_false=0.017),
    # brasserie: 0.912 blind; 2 of 119 shown at >= 90 % are wrong by the set's reading of
    # labels with no colour (a rosé unsaid, the white held in the label's vintage)
    _blind("brasserie"),
    # cave à manger: 0.920 blind; 4 of 119 none cases answered ("JANOT BIO" twice: the
    # organic word is noise to the matcher; a grower named alone with a vintage; a
    # pét-nat whose rosé the label does not say): the false-answer target is NOT met
    Set(
        "cave",
        DATA / "caviste" / "caviste_library.jsonl",
        DATA / "caviste" / "caviste_cases.jsonl",
        max_false=0.026,
    ),
    # Basque restaurant with a Spanish-speaking tablet: 0.804 blind (two thirds of the
    # misses Spanish words); 3 of 99 none cases answered (4 until session 5): the top-1
    # and false-answer targets are NOT met here, the measured figures are held instead
    _blind("basque", min_top1=0.957, max_false=0.031),
    # two sets built blind in session 5 (helpers that never read the matcher), measured
    # once untouched on the session's matcher: Bordeaux 0.915 (2/100 false), Lyon 0.903
    # (2/105). Bordeaux now meets the targets; Lyon meets the false-answer and calibration
    # targets since session 6, and its measured top-1 is held
    _blind("bordeaux"),
    _blind("lyon", min_top1=0.945),
    # two more built blind in session 5 and measured once untouched: Alsace (a German-
    # speaking tablet) 0.910, 3/102 false; a natural-wine bar 0.944, 2/106 (measured on the
    # matcher with the Alsace vocabulary in). Alsace's 3 false answers are held
    _blind("alsace", max_false=0.02),
    Set(
        "natural wine",
        DATA / "nature" / "nature_library.jsonl",
        DATA / "nature" / "nature_cases.jsonl",
        min_top1=0.966,
    ),
    # the last two of session 5, built blind and measured once untouched on the session's
    # final matcher: a Paris hotel bar with an English-speaking till, 0.537 (2/105 false);
    # a Provence beach restaurant, 0.810 (1/106). Their measured figures after are held
    Set(
        "hotel bar",
        DATA / "hotel" / "hotel_library.jsonl",
        DATA / "hotel" / "hotel_cases.jsonl",
        max_false=0.039,
    ),
    Set(
        "beach",
        DATA / "plage" / "plage_library.jsonl",
        DATA / "plage" / "plage_cases.jsonl",
        min_top1=0.967,
    ),
    # and the session's very last two, built blind and measured once untouched: a Lille
    # estaminet, 0.888 (1/100 false); a Nice restaurant with an Italian-speaking waiter,
    # 0.852 (2/101). Nice's six false answers after are held (a producer and appellation
    # named without the cuvée, answered with the one cuvée held: the builder says none)
    Set(
        "estaminet",
        DATA / "lille" / "lille_library.jsonl",
        DATA / "lille" / "lille_cases.jsonl",
    ),
    _blind("nice"),
    # two built blind in session 6 and measured once untouched (on 3507cbe): a Reims
    # champagne bar, 0.903 (13/107 false: its builder reads a house named alone as none
    # when several of its cuvées are held, where other sets read its brut); a rum bar,
    # 0.717 (7/106: degrees, English ages, M05 millésimes, a handheld's +extras). The
    # measured figures after are held: the false-answer target is NOT met on Reims (its
    # houses named alone); the rum bar meets it since session 8
    _blind("reims", min_top1=0.956, max_false=0.085),
    Set(
        "rum bar",
        DATA / "rhum" / "rhum_library.jsonl",
        DATA / "rhum" / "rhum_cases.jsonl",
        min_top1=0.967,
    ),
    # and two more, built blind while the two above were worked on, each measured once
    # untouched on c98080c: a one-star Loire restaurant with a sommelier's BIN numbers,
    # 0.871 (2/98 false); a Paris izakaya (sake measures, codes glued to millilitres,
    # prices in cents), 0.581 (4/102). Their measured figures after are held
    Set(
        "gastronomic",
        DATA / "etoile" / "etoile_library.jsonl",
        DATA / "etoile" / "etoile_cases.jsonl",
        # session 12: "Eau de Thonon gazeuse" answers the still Thonon at 98 % (a water's
        # PLATE or GAZEUSE is explained by a water whose name says neither: 8 gained on
        # seven sets; that Thonon is still is world knowledge): 1 -> 2 of 98, 139/141
        max_false=0.021,
        min_calibrated=0.985,
    ),
    _blind("izakaya", min_top1=0.907),
    # the last two of session 6, built blind while the sets above were worked on: a
    # Portuguese tasca (a waiter's handheld in Portuguese, EAN-13 barcodes, port ages and
    # years), 0.659 (5/107 false, 64/71 at >= 90 %) on 54905d9; a Geneva wine bar
    # (decilitres), measured once untouched on the tree of the commit after (see
    # docs/matching.md). Their measured figures after are held
    Set(
        "tasca",
        DATA / "porto" / "porto_library.jsonl",
        DATA / "porto" / "porto_cases.jsonl",
        # its cálice is a 6 cl port glass (read as a 12.5 cl glass, the Italian calice);
        # the imperial (20 cl of draught) is not read: Brut Impérial is a name
        min_top1=0.92,
        max_false=0.047,
        min_calibrated=0.984,
        min_units=0.822,
    ),
    # Geneva: 0.436 blind (4/103 false, 14/17 at >= 90 %: decilitres, francs, article
    # numbers); after (session 8: "Art.-" learnt as a family left "Nr. 14797" on every
    # line), its calibration (122/124) is NOT at the target: "2CL KIRSCH" with two kirsch
    # held is answered by the plainer one, and a 5 dl of a wine held in 50 cl read as that
    # bottle
    Set(
        "geneva",
        DATA / "geneve" / "geneve_library.jsonl",
        DATA / "geneve" / "geneve_cases.jsonl",
        min_top1=0.952,
        min_calibrated=0.984,
        min_units=0.934,
    ),
    # five built blind in session 7 (helpers that never read the matcher), each measured
    # once untouched before any change it could inform (docs/matching.md, "Session 7"):
    # a Paris neo-bistrot 0.941 (7/109 false), a Breton crêperie 0.909 (2/109), a Toulouse
    # brasserie 0.937 (6/109), a Corsican restaurant 0.979 (0/105), a Paris pub 0.956
    # (2/110). Their measured figures after are held where under the targets
    _blind("bistrot", max_false=0.019),
    _blind("creperie"),
    # Toulouse: "ch.de tiregand grand millesime" (a cuvée of generic words, not held) and
    # "ROUGE-LAMARTINE CP 17" (a cuvée written as initials) are answered at >= 90 %; since
    # session 15 ("del" a stop word) "mas del perie escures 2019", right, is offered at 0.895
    # where it was at 0.900: the same two wrong of 153 shown, not of 154
    _blind("toulouse", max_false=0.028, min_calibrated=0.986),
    _blind("corse"),
    _blind("pub"),
    # and three more in session 7, measured once untouched on 4f35ea8: a chain steakhouse
    # (an SKU catalogue, order pads, a delivery platform) 0.922 (2/104 false), a Marseille
    # fish restaurant 0.956 (2/112), a craft-beer bar 0.722 (2/112: beers' strengths and
    # bare sizes). Their measured figures after are held
    _blind("chaine", min_top1=0.954, max_false=0.029),
    # marseille: "PALETTE MEYREUIL B" at the till's cut is read as the house's Blanc since
    # session 18 (its builder held the B to say nothing): 2 of 112 none cases answered
    _blind("marseille", min_top1=0.969, max_false=0.018),
    _blind("biere", min_top1=0.931, max_false=0.018),
    # four built blind in session 8, each measured once untouched on ae31a36 and on
    # 0354423 (the same figures) before any change they pointed to: a Loire wine bar 0.928
    # (12/111 false), an Italian trattoria 0.812 (2/111), a Pigalle cocktail bar 0.541
    # (2/112), a Jura mountain restaurant 0.742 (2/112). Their measured figures after are
    # held where under the targets (docs/matching.md, "Session 8")
    # (since session 19, a cut word no longer ties with a drink that reads it only as
    # another word's letters: "CAILBOURDIN LES CRI" is Les Cris, the one cuvée of the house
    # the stub starts, where the builder says none: 2 -> 3 of 111)
    _blind("loire", max_false=0.028),
    _blind("trattoria", min_top1=0.952, max_false=0.019, min_units=0.928),
    _blind("cocktail", max_false=0.027, min_calibrated=0.978),
    _blind("jura"),
    # and four more in session 8, measured once untouched on 16ab377 before any change
    # they pointed to: a station brasserie chain (a fixed-width ERP export, an English
    # kiosk, a trolley handheld that cuts every word to four letters) 0.676 (8/109 false,
    # 81/95 right at >= 90 %), a Lebanese restaurant (Arabic beside the Latin,
    # transliterations) 0.841 (10/110), a Normandy auberge (an order printer's log with
    # table and time, a loyalty-card export) 0.599 (4/113), an Avignon restaurant (cut at
    # 16 columns, a wine list with bins and dot leaders, words cut to five letters) 0.729
    # (2/110). Their measured figures after are held
    _blind(
        "gare",
        # session 12: 0.897 -> 0.951, and 3 -> 5 of 109 false: "FORT MERL 25" (a still
        # wine's 25 cl read as a carafe, where this trolley sells 25 cl bottles) and "NEGR
        # 20" (a four-letter stem of the Negrita, not held in 20 cl)
        min_top1=0.951,
        max_false=0.046,
    ),
    _blind("libanais", min_top1=0.948, max_false=0.055, min_calibrated=0.979),
    _blind("normandie", max_false=0.018),
    _blind(
        "avignon",
        # "BEAUREN R 20": the estate's plain red for the matcher, none for its builder;
        # 0.922 -> 0.912 in session 10: one wine's red and white named alike are none on a
        # label without a colour unless its vintage chooses (the arcachon builder's
        # reading; this builder takes the red)
        min_top1=0.925,
        max_false=0.037,
    ),
    # the third wave of session 8, measured once untouched on 45cebc0: a Savoie ski-resort
    # hotel (a register journal with columns, a PMS folio, a ski-pass cashless) 0.749
    # (3/116 false), a Montpellier wine bar (Occitan measure words, a chalkboard app with
    # emoji and hashtags, an accounting export) 0.614 (4/110, 52/58 at >= 90 %), a
    # riverside guinguette (a cup's deposit, an order-at-table app, a cashless in tokens)
    # 0.603 (7/110). Their measured figures after are held; Montpellier's calibration is NOT
    # at the target ("MIEJA", Occitan for a half bottle, is read as a family code)
    _blind(
        "savoie",
        # "DOM RICHEL 23" (an Apremont and a Gamay rosé held) is none by this set's reading,
        # its white by the rosé convention (a named house's rosé is said): 4 of 116
        min_top1=0.963,
        max_false=0.035,
    ),
    # (session 18: "GOT OLLIEUX PRESTIGE BLA" read as the house's white at the till's cut,
    # where its builder held the cut BLA to say nothing: 6 of 110 none cases answered)
    _blind("montpellier", min_top1=0.91, max_false=0.055, min_calibrated=0.972, min_units=0.862),
    _blind("guinguette", min_top1=0.948, max_false=0.064),
    # five built blind in session 9, each measured once untouched on d0ca466: a steakhouse
    # of New World wines with an American till, 0.928 (2/110 false); a Cantonese banquet
    # restaurant printing Chinese and pinyin, 0.758 (0/108); an opera house bar where the
    # format decides, 0.777 (5/110, 99/112 right at >= 90 %); a Greek taverna whose tablet
    # writes Greek, 0.579 (5/108); an Aubrac buron, 0.776 (3/101)
    _blind("steakhouse", max_false=0.019),
    _blind("chinois", min_top1=0.821),
    _blind("lounge", min_top1=0.952),
    # (session 14: 0.819 -> 0.833, but 8 -> 9 false: `Tsipouro Tsililis Ds4`, now read as a
    # dose, is its Anise for us, none for its builder, and an ouzo's `Ds4` is poured from
    # its other bottle than the builder's: 120/123 right at >= 90 %)
    _blind("taverne", min_top1=0.832, max_false=0.084, min_calibrated=0.975),
    # two built blind later in session 9 and measured once untouched on arrival (c05e183,
    # and the same on d0ca466): a tapas bar whose register prints Ñ as a backslash and
    # whose export is mojibake, 0.776 (3/109 false); a Thai and Vietnamese restaurant
    # whose staff write their own languages' measure words, 0.700 (9/110, 59/64 right
    # at >= 90 %)
    _blind("tapas", min_top1=0.949, max_false=0.019, min_units=0.862),
    _blind("thai", min_top1=0.856, max_false=0.064, min_calibrated=0.979, min_units=0.767),
    # and two more of the same wave, measured once untouched on arrival (c05e183, and the
    # same on d0ca466): a Paris bouillon of bag-in-box house wines and bare centilitres,
    # 0.847 (6/111 false, 86/91 right at >= 90 %); a Cognac digestif bar whose e-shop
    # sends URL-encoded forms, 0.785 (4/108, 114/118)
    _blind("bouillon", min_top1=0.908, max_false=0.037),
    _blind("cognac"),
    # the last wave of session 9, asked for ordinary French tills (family prefixes, a fixed
    # width, glued words, prices with a decimal comma), measured once untouched on arrival
    # (5dfbbeb, and the same top-1 on d0ca466): a Paris wine bistro 0.926 (1/108 false), a
    # Riviera seafood restaurant 0.918 (3/110), a Sud-Ouest family restaurant 0.990 (2/107)
    _blind(
        "bistrovin",
        # session 12: "Saint-Aubin - Hubert Lamy - 2021" is La Princée for the matcher (a
        # cru is said: three builders' reading), none for its builder: 1 -> 2 of 107
        max_false=0.019,
    ),
    _blind("riviera"),
    _blind("sudouest", max_false=0.029),
    _blind("auvergne", min_top1=0.948, max_false=0.02),
    # session 10, four more ordinary French tills (family prefixes, a width, glued words,
    # decimal-comma prices, bar measures), measured once untouched on arrival (c7727fc):
    # a Luberon village restaurant 0.963 (2/109 false, 161/161 right at >= 90 %), a golf
    # club-house 0.929 (1/107, 118/122), a Nantes brasserie 0.939 (2/110, 105/105), a
    # Beaujolais bouchon 0.943 (3/105, 126/131)
    _blind("provence", max_false=0.019),
    _blind("golf"),
    _blind("nantes", min_top1=0.966, max_false=0.019, min_units=0.945),
    _blind("beaujolais", max_false=0.02),
    # and four more, held aside untouched while the first four were worked on, then
    # measured once on the session's start (418e6ab) and after that work (63392a5): an
    # Arcachon seafood restaurant 0.936 -> 0.946 (7 -> 8/109 false, 146/151 at >= 90 %), a
    # Dijon brasserie 0.956 -> 0.959 (2/107), a Tours bar-tabac 0.928 -> 0.928 (1/108), a
    # Metz brasserie 0.945 -> 0.945 (4/108, 101/102)
    _blind("arcachon", min_top1=0.959, max_false=0.056, min_calibrated=0.98),
    _blind("dijon"),
    _blind("tours"),
    _blind("metz", max_false=0.028),
    # a third wave of four, held aside untouched until the session's matcher work was
    # done, then measured once on the session's start (418e6ab) and its end (b352523): a
    # Perpignan brasserie 0.976 -> 0.976 (1/107 false), a Rennes brasserie 0.946 -> 0.959
    # (1/107), a roadside hotel near Orléans 0.910 -> 0.914 (3/102), a Toulon port bar
    # 0.910 -> 0.910 (1/111, 123/126 right at >= 90 %)
    _blind("perpignan"),
    _blind("rennes"),
    _blind("orleans", min_top1=0.937),
    _blind("toulon", min_top1=0.969, min_calibrated=0.985),
    # a fourth wave of four, built blind in session 11 and measured once untouched on
    # 8688b18 before anyone read its failures: a Grenoble station brasserie 0.797 (2/106
    # false), an Amiens bar-brasserie 0.903 (0/113), a Brest port restaurant 0.973 (0/109),
    # a Limoges auberge 0.929 (4/106, 111/112 right at >= 90 %)
    _blind("grenoble", min_top1=0.968, max_false=0.019),
    _blind("amiens"),
    _blind("brest"),
    _blind("limoges", max_false=0.038),
    # a fifth wave of four, built blind in session 11 and measured once untouched, on the
    # session's start (8688b18) and on 6bf0a06 (after the fourth wave's work), before anyone
    # read their failures: a Clermont-Ferrand brasserie 0.905 -> 0.912 (0/107 false), a
    # Troyes hotel-restaurant of Côte des Bar champagnes 0.966 -> 0.966 (7/100, 105/106
    # right at >= 90 %), an Angers bistro 0.962 -> 0.966 (2/108), a Montauban bistro
    # 0.976 -> 0.986 (0/109)
    _blind("clermont", min_top1=0.945),
    _blind("troyes", max_false=0.06),
    _blind("angers", max_false=0.019),
    _blind("montauban"),
    # a sixth wave of four, built blind in session 11 while the fifth was worked on, and
    # measured once untouched on the session's start (8688b18) and on 4c6c0b1 before anyone
    # read their failures: a Nancy brasserie 0.959 -> 0.959 (3/105 false), a Lorient
    # pizzeria-grill 0.949 -> 0.953 (1/106), a Poitiers student restaurant 0.912 -> 0.922
    # (0/109), a roadside restaurant near Valence 0.887 -> 0.931 (1 -> 0 of 111; 102/106
    # right at >= 90 %)
    _blind("nancy", max_false=0.02),
    _blind("lorient"),
    _blind("poitiers", min_top1=0.962, min_units=0.949),
    _blind("valence"),
    # a seventh wave of four, built blind in session 12 while the older sets were worked
    # on, and measured once untouched on the session's start (d30d6e1) and on 5098973
    # before anyone read their failures, then worked on: a Rouen brasserie (`VIN:` cut at
    # 23, a camel-case terrace till `VerreBrouillyThivin2022`) 0.888 -> 0.888 -> 0.949
    # (7 -> 6 of 110 false; generic "Rosé de Provence (verre)", a cider held in two sizes);
    # a Pau sports bar 0.946 -> 0.946 -> 0.973; a Besançon bistro (a catering export cut
    # at 24) 0.942 -> 0.953 -> 0.966 (3/106); a Caen pizzeria-grill (`Rge.`, `Apé.`, a
    # web shop's slugs) 0.936 -> 0.932 -> 0.976 (2/106)
    _blind("rouen", min_top1=0.949, max_false=0.055, min_calibrated=0.986),
    _blind("pau"),
    _blind("besancon", min_top1=0.966, max_false=0.029),
    _blind("caen", max_false=0.019),
    # an eighth wave of four, built blind in session 12 while the seventh was worked on,
    # and measured once untouched on the session's start (d30d6e1) and on de6f700 before
    # anyone read their failures, then worked on: an Annecy lakeside restaurant 0.962 ->
    # 0.966 -> 0.976 (4/111: "pinte blanche mont blanc", a Blanche the library holds as
    # Blonde); a Chartres restaurant (`*VRE` last, a banquet export) 0.963 -> 0.976 ->
    # 0.990 (1/105); a Nîmes bar by the arenas (`MAG*`, an export in mojibake with the
    # drink in brackets) 0.876 -> 0.890 -> 0.979 (2 -> 1 of 107); a Dunkerque estaminet
    # (`PTE`, `GAL`, cut at 14) 0.916 -> 0.923 -> 0.943 (1/104: `CDR PERRIN` is its red
    # for this builder, none for most)
    _blind("annecy", max_false=0.037),
    _blind("chartres"),
    _blind("nimes"),
    _blind("dunkerque", min_top1=0.943),
    # a ninth wave of four, built blind in session 13 and measured once untouched on the
    # session's start (e980414) before anyone read their failures, then worked on:
    # untouched 0.954 pooled (5/436 false) -> 0.976 at the end (docs/matching.md,
    # "Session 13"); Saint-Étienne's tablet writes its tables first (`terr3`, `bar`)
    _blind("lehavre", min_top1=0.969),
    _blind("vannes"),
    _blind("beziers"),
    _blind("saintetienne", min_top1=0.966, max_false=0.029, min_calibrated=0.971),
    # a tenth wave of four, built blind in session 13 while the ninth was worked on (its
    # builders asked for inventive, realistic exports), measured once untouched on the
    # session's start (e980414) and on 954304b before anyone read their failures: 0.827
    # (4/436 false) -> 0.968 (a cloud till's JSON lines, a Z report, a wholesaler's
    # catalogue, a stadium's cups)
    _blind("angouleme", max_false=0.029),
    _blind("larochelle"),
    _blind("carcassonne", min_top1=0.962),
    _blind("lens", min_top1=0.949),
    # an eleventh wave of four, built blind in session 13 while the tenth was worked on,
    # measured once untouched on the session's start (e980414) and on 473b5d8 before
    # anyone read their failures: 0.806 (14/438 false) -> 0.934 (7/438); Mulhouse's beer
    # hall writes tap numbers (`H1/25 MeteorPils`), not read
    _blind("chamonix", min_units=0.942),
    _blind("deauville", min_top1=0.916, min_units=0.899),
    _blind("mulhouse", min_top1=0.917, max_false=0.048, min_calibrated=0.967),
    _blind("montmartre", min_top1=0.924),
    # a twelfth wave of four, built blind in session 13 while the eleventh was worked on,
    # measured once untouched on the session's start (e980414) and on f663821 before
    # anyone read their failures: 0.832 (15/437 false) -> 0.931 (16/437: houses named alone
    # by the coupe, `Ruinart - Coupe`, none for these builders)
    _blind("arras", min_top1=0.955, min_units=0.935, max_false=0.046, min_calibrated=0.984),
    _blind("biarritz", min_top1=0.948, max_false=0.047),
    _blind("quimper", min_top1=0.921, max_false=0.028, min_calibrated=0.98),
    _blind("grasse", min_top1=0.897, max_false=0.028),
    # a thirteenth wave of four ordinary restaurants, built blind in session 13 while the
    # twelfth was worked on, measured once untouched on the session's start (e980414) and
    # on d4528af before anyone read their failures: 0.930 (17/429 false) -> 0.952 (14/429:
    # appellations named alone with a measure, houses named alone by the coupe)
    _blind("brive", min_top1=0.94, max_false=0.06),
    _blind("sete", min_top1=0.949, min_units=0.909, max_false=0.046, min_calibrated=0.984),
    _blind("roanne", min_top1=0.945, max_false=0.028),
    _blind("laval", min_top1=0.969),
    # a fourteenth wave of four ordinary restaurants, built blind in session 13 while the
    # thirteenth was worked on, measured once untouched on the session's start (e980414),
    # on 78ae1fa and on b6ee935 (0.956 -> 0.957, 10/427 false) before anyone read their
    # failures; a last hour of work used them: 0.969, 6/427 at the end
    _blind("nevers"),
    _blind("albi"),
    _blind("vichy", min_top1=0.956, min_units=0.906, max_false=0.046, min_calibrated=0.979),
    _blind("cholet", min_top1=0.908, max_false=0.038),
    # a fifteenth wave of four ordinary restaurants, built blind in session 14 and measured
    # once untouched on 8e2c388: 0.934 (8/425 false; the same on the session's start,
    # e469a69) -> 0.986 (10/425) at its end. colmar's German-speaking till (`22ER`
    # vintages, `1/1` bottles, `10J` ages, Tokay and Klevner) 0.800 -> 0.976; auxerre's
    # "case of six" (`6x0,750`) is none for its builder, a case sold whole for ours
    _blind("tarbes"),
    _blind("auxerre", max_false=0.047),
    _blind("colmar", max_false=0.038),
    _blind("perigueux"),
    # a sixteenth wave, built while the fifteenth was worked on, measured once untouched on
    # d3a6317: 0.904 (6/426; the same on e469a69) -> 0.985 (6/426). aurillac's accounting
    # export (dates, `DOSE 6`, `48.5e`) 0.688 -> 0.993
    _blind("macon"),
    _blind("bastia"),
    _blind("epernay", max_false=0.046),
    _blind("aurillac"),
    # a seventeenth wave, measured once untouched on cc55379: 0.893 (6/426; 0.889, 5/426 on
    # e469a69) -> 0.983 (7/426). dieppe's department codes (`05*DOSE …`) 0.675 -> 0.990;
    # its two houses named alone by the flute are none for this builder
    _blind("saumur", min_top1=0.969),
    _blind("dieppe", max_false=0.019),
    _blind("chambery", max_false=0.028),
    _blind("narbonne", max_false=0.02),
    # an eighteenth wave, measured once untouched on 5e22c60: 0.944 (9/426; 0.935, 11/426
    # on e469a69) -> 0.961 (9/426). blois' family codes after a slash (`VR /LIQ`)
    _blind("cahors", min_top1=0.968, max_false=0.02),
    _blind("blois", min_top1=0.932, max_false=0.019),
    _blind("lourdes", min_top1=0.966),
    _blind("bourges", min_units=0.939, max_false=0.038, min_calibrated=0.979),
    # a nineteenth wave, measured once untouched on 8135c67: 0.899 (8/422; 0.892, 6/422 on
    # e469a69) -> 0.959 (7/422). arles' feria terminal (`x6 SEAU5-desperados [9J]`, a
    # bucket of five) 0.756 -> 0.930; menton's two false answers of the untouched figure
    # came from a family code read whole (`BIA.`), fixed
    _blind("menton", min_units=0.92),
    _blind("vienne", min_top1=0.965, max_false=0.02),
    _blind("arles", min_top1=0.929, min_units=0.896, max_false=0.029, min_calibrated=0.974),
    _blind("gap", min_top1=0.952),
    # a twentieth wave, built while the nineteenth was worked on, measured once untouched on
    # 3103956: 0.890 (11/425; 0.885, the same false answers, on e469a69) -> 0.963 (9/425).
    # pornic's kiosk prices in cents after an equals sign (`=450`) 0.753 -> 0.953; beaune's
    # `VGE` village wines; sarlat's Dutch staff and tour groups' codes
    _blind("beaune", min_top1=0.955, max_false=0.048, min_calibrated=0.985),
    _blind("pornic", min_top1=0.952, max_false=0.019),
    _blind("sarlat", min_top1=0.968),
    _blind("millau"),
    # a twenty-first wave (session 15), each measured once untouched before its failures were
    # read: 0.838 (5/417; the same on 3c23434) -> 0.973 (4/417). rodez 0.655 -> 0.976 (a
    # web tool's HTML entities, a register's `4E50` prices), dole 0.801 -> 0.979 (a stock
    # tool's `M2019` and `Q=0.750L`, a Swiss waiter's décis, a touch screen's `P3.A2`),
    # sedan 0.955 -> 0.976 (a VAT class letter last), vannesport 0.942 -> 0.959 (a house's
    # brut in halves, its Muscadet said short; its `SAUMCH` and inverted producers left)
    _blind("rodez", min_top1=0.969, max_false=0.03),
    _blind("dole"),
    _blind("sedan"),
    # (its builder found a set named vannes already there and built this one beside it)
    Set(
        "vannesport",
        DATA / "vannesport" / "vannes_library.jsonl",
        DATA / "vannesport" / "vannes_cases.jsonl",
        min_top1=0.958,
    ),
    # a twenty-second wave (session 15), built while the twenty-first was worked on and
    # measured once untouched on 49705b7: 0.891 (5/436; the same on 3c23434) -> 0.973
    # (4/436). lisieux's cashier's journal (`26/05 4 doses calva …`) 0.747 -> 0.945;
    # figeac's vintages in brackets, lost to a trailing article number (11 wrong answers
    # shown at >= 90 % untouched) 0.933 -> 0.990; verdun's German waiter (`Weißwein: `
    # cut a letter short) 0.906 -> 0.973; hyeres 0.977 -> 0.983
    _blind("lisieux", min_top1=0.952, max_false=0.028),
    _blind("figeac"),
    _blind("hyeres"),
    _blind("verdun"),
    # a twenty-third wave (session 15), built while the twenty-second was worked on and
    # measured once untouched on d6b2cf0: 0.753 (4/426; 0.753 on 3c23434) -> 0.932 (2/426).
    # sens' spreadsheet line breaks (`_x000D_`) 0.630 -> 0.926; cherbourg's prices in two
    # currencies, stock movements, vouchers 0.769 -> 0.949; ajaccio's Corsican buttons
    # (`Biancu 21` read as a 21 cl glass, 3 false answers) 0.771 -> 0.865; mende's night
    # porter (`ch8 1 demi …`) 0.844 -> 0.969
    _blind("cherbourg", min_top1=0.949, max_false=0.02),
    _blind("ajaccio", min_top1=0.865, min_units=0.855),
    _blind("mende", min_top1=0.969, min_units=0.942),
    _blind("sens", min_top1=0.925),
    # a twenty-fourth wave (session 15), built while the twenty-third was worked on, each set
    # measured once untouched as it came (dax, vesoul on 154aaae; tulle, foix on 154aaae):
    # 0.875 (4/435; 0.874 on 3c23434) -> 0.930 (3/435). foix's DOS journal in the wrong code
    # page, a Catalan waiter, an Andorran wholesaler 0.695 -> 0.896; tulle's `1001 PIERRES`
    # 0.924 -> 0.941; vesoul 0.922 and dax 0.963 untouched and at the end
    _blind("vesoul", min_top1=0.922, min_units=0.857),
    # (session 18: the journal's price apart, tulle's cut is learnt, and the R of
    # "1001 PIERRES R" at it says nothing: 0.941 -> 0.938)
    _blind("tulle", min_top1=0.937, max_false=0.019),
    _blind("dax", min_top1=0.962),
    _blind("foix", min_top1=0.895),
    # a twenty-fifth wave (session 15), built while the twenty-fourth was worked on, each set
    # measured once untouched as it came (digne, gueret, laon on 010805e; agen on 010805e):
    # 0.850 (14/437, 355/363 at >= 90 %; 0.849 on 3c23434) -> 0.912 (6/437, 423/424).
    # laon's size keys (`#150`: a magnum; 9 false answers) 0.874 -> 0.935; agen's
    # distributor packing (`6X75CL`) 0.688 -> 0.868, its words cut to four letters and its
    # consonant skeletons (`bzt brn ardl rg`) left; gueret's `Litre`, `Demi-litre` 0.883 ->
    # 0.890; digne 0.956 untouched and at the end
    _blind("agen", min_top1=0.867, max_false=0.037, min_calibrated=0.987),
    _blind("laon", min_top1=0.935),
    _blind("gueret", min_top1=0.89),
    _blind("digne", min_top1=0.956),
    # a twenty-sixth wave (session 16), four ORDINARY restaurants (the helpers were told that
    # habits other sets show are fine), each measured once untouched on 0b309d5: 0.957
    # (14/426, 544/550 at >= 90 %) -> 0.978 (11/426, 561/563). auch's export writes the
    # serving's code and its centilitres in two columns (`…;BT;75`) 0.929 -> 0.986;
    # evreux's hotel floor in English (`RED BURGUNDY`, `APPLE JUICE`) 0.945 -> 0.962;
    # niort 0.986 and bayonne 0.969 -> 0.973
    _blind("niort", max_false=0.028),
    _blind("evreux", min_top1=0.962, max_false=0.029),
    _blind("auch", max_false=0.02),
    _blind("bayonne", max_false=0.028),
    # a twenty-seventh wave (session 16), four more ordinary restaurants, each measured once
    # untouched as it came (on 2d03138): 0.955 (10/432, 461/464; 0.955 on 0b309d5) -> 0.981
    # (11/432, 485/489). oloron's hotel desk writes `RS` (room service) on its lines, read
    # as a rosé, 0.883 -> 0.979 (two labels naming a house of two wines shown at >= 90 %:
    # the builder reads them as either); fecamp 0.969 -> 0.976 (5 false answers: a flute
    # of a house holding two champagnes, "R de Ruinart", by the builder's reading none);
    # beauvais 0.986 and castres 0.979 -> 0.983
    _blind("beauvais", max_false=0.019),
    _blind("oloron", max_false=0.029, min_calibrated=0.978),
    _blind("castres"),
    _blind("fecamp", max_false=0.047),
    # a twenty-eighth wave (session 16), four more ordinary restaurants, each measured once
    # untouched as it came (on b1ad8e6): 0.940 (10/430, 452/459; 0.940 on 0b309d5) -> 0.979
    # (3/430, 494/495). vierzon's export files its wines under `VINS BLANCS` in a column of
    # its own (read as the plural of a name word) 0.836 -> 0.945, two houses' white and red
    # of one name left (`Sancerre Les Belles Vignes`: the builder reads the white);
    # montlucon's column of bare centilitres (`…;150;…`, 8 false answers) 0.956 -> 0.993;
    # lannion 0.986 -> 0.990, briancon 0.983 -> 0.986
    _blind("lannion"),
    _blind("vierzon", min_top1=0.945, max_false=0.019),
    _blind("briancon"),
    _blind("montlucon"),
    # a twenty-ninth wave (session 16), four more ordinary restaurants, each measured once
    # untouched as it came (on db9a012): 0.984 (3/431, 553/553; 0.984 on 0b309d5) -> 0.985
    # (3/431, 553/553): privas' article number read as a vintage (`1976;PRESSION;…`);
    # guingamp 0.990, rochefort 0.990, tarascon 0.976 untouched and at the end
    _blind("privas", max_false=0.019),
    _blind("guingamp"),
    _blind("rochefort"),
    _blind("tarascon"),
    # a thirtieth wave (session 16), four more ordinary restaurants, each measured once
    # untouched as it came (on 134824a): 0.924 (5/430, 472/473; 0.924 on 0b309d5) -> 0.969
    # (6/430, 506/507). autun's hotel files its sales under outlet codes followed by an
    # article number (`RSV 3504 BTL …`: `RSV` read as réserve, `MINI` as a miniature)
    # 0.765 -> 0.941; dinan 0.959 -> 0.962 (English cider styles, `sweet cider` left);
    # lodeve 0.973 -> 0.977; saintmalo 0.997
    _blind("dinan", min_top1=0.962, max_false=0.019),
    _blind("autun", min_top1=0.941),
    _blind("lodeve", max_false=0.029),
    _blind("saintmalo"),
    # a thirty-first wave (session 17), eight more ordinary restaurants built blind, each
    # measured once untouched as it came (on 8fe83ff, the session's start): pooled 0.936
    # (15/864 false, 1008/1021 at >= 90 %, units 0.913) -> 0.986 (11/864, 1112/1118, units
    # 0.986). langres' wine list writes its bin first (`N°139 Ruinart …`) and its bar its
    # measures first (`V:LILLET`, `CP:MOET`) 0.766 -> 0.986; saintes glues family codes to
    # the name (`ROUSOCIANDO 16`) and exports volume and unit apart (`…;1,5;l`) 0.833 ->
    # 0.976; pontarlier's Domaine de la Pinte (a measure word that names) units 0.945 ->
    # 0.997; alencon's litres (`…;VINS AU VERRE;0,12`) units 0.920 -> 0.980; chinon 0.966
    # -> 0.980 (`BOURG` for Bourgueil); morlaix 0.990, bergerac 0.983, issoire 1.000
    _blind("chinon", max_false=0.019),
    _blind("morlaix"),
    # bergerac: a glass of a Sauternes held in halves only (15 of 22 such glasses in all
    # sets are right), a house cuvée of Laulerie; its Monbazillac's 50 cl fixed
    _blind("bergerac", max_false=0.019, min_calibrated=0.987),
    _blind("pontarlier"),
    _blind("saintes"),
    _blind("issoire"),
    _blind("alencon"),
    _blind("langres", max_false=0.02),
    # a thirty-second wave (session 17), six more, built and measured untouched on
    # 09c77a2: 0.977 (8/641, 802/807, units 0.961); the litres of an export and the
    # measure word that names, written before these sets were seen, took them to 0.981
    # (4/641, 821/822); then 0.985 (4/641, 825/826, units 0.983): montargis' waiter's note
    # after ` * ` 0.956 -> 0.976, vitre's `CHAMP` for Saumur-Champigny 0.987 -> 0.993,
    # belfort 0.969 -> 0.983, chalon 0.962 -> 0.973 (two of a house's colours left),
    # saintlo 1.000, sisteron 0.987
    _blind("vitre"),
    _blind("saintlo"),
    _blind("sisteron"),
    _blind("belfort"),
    _blind("chalon", max_false=0.019),
    _blind("montargis"),
    # a thirty-third wave (session 17), six more, built and measured untouched on
    # 2c187a5: 0.970 (8/643, 850/856, units 0.950; 0.937 and 10/643 on the session's start:
    # paimpol's wine list numbers its wines `n°44 …`, read since langres, 0.776 -> 0.963
    # untouched) -> 0.982 (8/643, 871/877, units 0.982), then a sweet wine's 50 cl is a
    # bottle (6/643): epinal's measures before a hyphen (`VR-`) and its export's PLU
    # (`09/2026;1934;…`) 0.959 -> 0.976 (units 0.842 -> 0.976); paimpol's half-board outlet
    # (`DEMI-PENSION - `) 0.963 -> 0.997; royan's `EDM` (Entre-deux-Mers) 0.959 -> 0.973;
    # hazebrouck's `PRS-` taps 0.959 -> 0.969 (short of 0.97: `SANC VACHERON` of a house
    # holding its white and red, Cantemerle's `5e gcc`, `biere de flandre`); lunel 0.980 ->
    # 0.986; thiers 1.000
    _blind("royan"),
    _blind("epinal"),
    _blind("thiers"),
    _blind("paimpol"),
    _blind("lunel"),
    _blind("hazebrouck", min_top1=0.969, max_false=0.019),
    # a thirty-fourth wave (session 18), eight ordinary restaurants, built blind and
    # measured untouched on fd141ba: 0.963 (15/857, 1044/1046, units 0.964); riom 0.928 and
    # vendome 0.935 lowest. Then (docs/matching.md, "Session 18"): a journal's price apart
    # from the till's cut, export codes that begin with the family (riom's `VRS288;…`
    # 0.928 -> 0.986), a signed count column (granville's `;-1`, 0.966 -> 0.997), a family
    # read at the start of a cut name (fougeres' `RG …`), the rebus `c9dp` (manosque 0.959
    # -> 0.997), a hotel's outlets, colours cut at the width, `sans alcool` as `0,0 %`:
    # 0.984 (10/857, 1086/1087, units 0.985). vendome stays short at 0.945 (a cooperative
    # named `VIGN`, a house's cuvée left unsaid); fougeres answers 3 of 105 none cases
    # (a cider's 25 cl, a keg beer's 25 cl, a rosé d'Anjou its builder holds unheld)
    _blind("fougeres", max_false=0.029),
    _blind("manosque"),
    _blind("vendome", min_top1=0.945, max_false=0.019),
    _blind("granville"),
    _blind("pezenas"),
    _blind("obernai"),
    _blind("riom"),
    _blind("concarneau", max_false=0.019),
    # a thirty-fifth wave (session 18), eight more, built blind and measured untouched on
    # 007b8f7: 0.951 (16/861, 1016/1019, units 0.931), and 0.951 on the session's start
    # too (fd141ba): wave 34's fixes did not carry over. Then a measure code glued to its
    # centilitres (toul's `PT25`, 0.906 -> 0.933), a wholesaler's container (`VP 25CL`,
    # `PET 50CL`: lamballe 0.915 -> 0.953, ambert 0.945 -> 0.983 with `BAL` read as a
    # ballon), a degree written `40D` (honfleur 0.938 -> 0.979), `ROS` as rosé (uzes 0.973
    # -> 0.997): 0.972 (17/861, 1059/1062, units 0.959). toul stays short (a house's gris
    # and Auxerrois named by the grape alone, `Beaune du Château` of Bouchard read as a
    # château, mirabelle liqueur against eau-de-vie: 6 of 106 none cases answered);
    # lamballe's bag-in-box house wines by the `QRT` (5 of 108)
    _blind("lamballe", min_top1=0.952, max_false=0.047, min_calibrated=0.975),
    _blind("honfleur"),
    _blind("uzes"),
    _blind("toul", min_top1=0.932, max_false=0.057, min_units=0.847),
    _blind("ambert", max_false=0.02),
    _blind("auray"),
    _blind("cassis", min_top1=0.969, max_false=0.019),
    _blind("lessables", min_top1=0.969, min_units=0.958),
    # a thirty-sixth wave (session 19), eight ordinary restaurants, built blind and measured
    # untouched on 77f5aae (the session's start, 9726442, with reading.py split: the same
    # answers): 0.970 (9/864 false, 1005/1006 at >= 90 %, units 0.969). Then
    # (docs/matching.md, "Session 19"): a Z report's item cut inside the line at its padded
    # column (five of the eight print one: draguignan 0.987 -> 1.000), an appellation whose
    # head is the label's colour (`ROSE ANJOU`, `ROSSO DI MONTEPULCIANO`), an estate named
    # with its owner in brackets (ancenis' Château du Coing, 0.932 -> 0.983): 0.983
    # (9/864, 1025/1026, units 0.981). mayenne stays short (a bag-in-box house wine named
    # by its appellation and colour, `SAUMUR RGE`); luneville answers 2 of 109 none cases
    # (`VRE BOURG JADOT`, Jadot's Bourgogne held in two colours, answered with its red;
    # `R DE RUINART`, a cuvée not held, answered with the house's Blanc de Blancs)
    _blind("tonnerre"),
    _blind("mayenne", min_top1=0.969),
    _blind("chatellerault"),
    _blind("luneville", min_top1=0.965, max_false=0.019),
    _blind("ancenis"),
    _blind("draguignan"),
    _blind("saintflour"),
    # pontivy: `MARGHERITA` (the pizza) read as Santa Margherita, and `2CL LIMONCELLO`
    # answered with Limoncello di Capri where two limoncellos are held
    _blind("pontivy", max_false=0.02),
    # a thirty-seventh wave (session 19), eight more, built blind and measured untouched on
    # 82238b8: 0.978 (12/858 false, 1088/1090 at >= 90 %, units 0.974), and 0.973 on the
    # session's start (9726442): this session's fixes carried over. Then a colour's
    # abbreviation written first on drinks of every kind read as an outlet (issoudun's room
    # service `rs …`, 0.973 -> 0.993): 0.980 (12/858, 1091/1093, units 0.977). loches stays
    # short (`CORBILL` for a house of two wines, `AMB RGE` for Touraine-Amboise, `TOURAINE
    # GAMAY MARIONNET` whose grape its wine's name does not say); false answers held:
    # bressuire's `bordeaux blanc` (answered with Malesan's where Bonnet's fits too),
    # loches' `VRE GAMAY` and `TOURAINE COT MARIONNET`, lesparre's `VRE HAUT MEDOC` (many
    # held; answered with the Médoc of Tour Haut-Caussan), carpentras' `2CL CHARTREUSE J`
    # (the Jaune cut short, answered with the Verte) and `VRE FONDRECHE` (its red and its
    # rosé held)
    _blind("bressuire", max_false=0.019),
    _blind("loches", min_top1=0.948, max_false=0.02, min_units=0.938),
    _blind("issoudun"),
    _blind("mirecourt"),
    _blind("sable"),
    _blind("lesparre", max_false=0.028),
    _blind("carpentras", max_false=0.029),
    _blind("montbrison"),
]
