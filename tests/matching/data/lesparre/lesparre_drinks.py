"""The drinks of Le Relais de la Pointe (Lesparre-Médoc).

Each drink: key, name, producer, appellation, region, country, colour, category,
and FORMATS: {format_cl: [vintages]} ([None] for a non-vintage drink).
Ids LSP001... follow this order: drink by drink, format by format (75, 37.5, 150,
then the others as written), vintage ascending.
"""

B, F = "Bordeaux", "France"


def w(key, name, producer, app, colour, formats, region=B, category="vin"):
    return (key, name, producer, app, region, F, colour, category, formats)


def o(key, name, producer, app, region, category, formats, country=F):
    return (key, name, producer, app, region, country, None, category, formats)


DRINKS = [
    # --- Médoc
    w("potensac", "Château Potensac", "Château Potensac", "Médoc", "rouge", {75: [2015, 2016, 2018], 37.5: [2016], 150: [2015]}),
    w("chapelle_potensac", "Chapelle de Potensac", "Château Potensac", "Médoc", "rouge", {75: [2018, 2019]}),
    w("tourdeby", "Château La Tour de By", "Château La Tour de By", "Médoc", "rouge", {75: [2016, 2018, 2019], 37.5: [2018], 150: [2016]}),
    w("roquedeby", "Château La Roque de By", "Château La Tour de By", "Médoc", "rouge", {75: [2019]}),
    w("rollandeby", "Château Rollan de By", "Château Rollan de By", "Médoc", "rouge", {75: [2015, 2017]}),
    w("greysac", "Château Greysac", "Château Greysac", "Médoc", "rouge", {75: [2017, 2019], 37.5: [2019]}),
    w("patache", "Château Patache d'Aux", "Château Patache d'Aux", "Médoc", "rouge", {75: [2016, 2018]}),
    w("loudenne", "Château Loudenne", "Château Loudenne", "Médoc", "rouge", {75: [2016, 2018]}),
    w("loudenne_blanc", "Château Loudenne Blanc", "Château Loudenne", "Bordeaux", "blanc", {75: [2020]}),
    w("ormes_sorbet", "Château Les Ormes Sorbet", "Château Les Ormes Sorbet", "Médoc", "rouge", {75: [2015, 2016], 150: [2015]}),
    w("haut_caussan", "Château Tour Haut-Caussan", "Château Tour Haut-Caussan", "Médoc", "rouge", {75: [2018]}),
    w("preuillac", "Château Preuillac", "Château Preuillac", "Médoc", "rouge", {75: [2017, 2019]}),
    w("cardonne", "Château La Cardonne", "Château La Cardonne", "Médoc", "rouge", {75: [2018]}),
    w("goulee", "Goulée by Cos d'Estournel", "Cos d'Estournel", "Médoc", "rouge", {75: [2016]}),
    w("vieux_robin", "Château Vieux Robin", "Château Vieux Robin", "Médoc", "rouge", {75: [2019, 2020]}),
    # --- Haut-Médoc
    w("cissac", "Château Cissac", "Château Cissac", "Haut-Médoc", "rouge", {75: [2015, 2016, 2018], 150: [2016]}),
    w("reflets_cissac", "Les Reflets du Château Cissac", "Château Cissac", "Haut-Médoc", "rouge", {75: [2019]}),
    w("citran", "Château Citran", "Château Citran", "Haut-Médoc", "rouge", {75: [2016, 2018], 37.5: [2016]}),
    w("moulins_citran", "Moulins de Citran", "Château Citran", "Haut-Médoc", "rouge", {75: [2019]}),
    w("belgrave", "Château Belgrave", "Château Belgrave", "Haut-Médoc", "rouge", {75: [2015, 2017]}),
    w("diane_belgrave", "Diane de Belgrave", "Château Belgrave", "Haut-Médoc", "rouge", {75: [2018]}),
    w("cantemerle", "Château Cantemerle", "Château Cantemerle", "Haut-Médoc", "rouge", {75: [2014, 2016, 2018], 150: [2014]}),
    w("allees_cantemerle", "Les Allées de Cantemerle", "Château Cantemerle", "Haut-Médoc", "rouge", {75: [2019]}),
    w("tour_carnet", "Château La Tour Carnet", "Château La Tour Carnet", "Haut-Médoc", "rouge", {75: [2016]}),
    w("larose", "Château Larose-Trintaudon", "Château Larose-Trintaudon", "Haut-Médoc", "rouge", {75: [2018, 2019], 37.5: [2019]}),
    w("coufran", "Château Coufran", "Château Coufran", "Haut-Médoc", "rouge", {75: [2015, 2016]}),
    w("malescasse", "Château Malescasse", "Château Malescasse", "Haut-Médoc", "rouge", {75: [2018]}),
    w("beaumont", "Château Beaumont", "Château Beaumont", "Haut-Médoc", "rouge", {75: [2018, 2019]}),
    w("agassac", "Château d'Agassac", "Château d'Agassac", "Haut-Médoc", "rouge", {75: [2016, 2018]}),
    w("cambon", "Château Cambon La Pelouse", "Château Cambon La Pelouse", "Haut-Médoc", "rouge", {75: [2017, 2019]}),
    # --- Saint-Estèphe
    w("phelan", "Château Phélan Ségur", "Château Phélan Ségur", "Saint-Estèphe", "rouge", {75: [2014, 2016], 150: [2016]}),
    w("frank_phelan", "Frank Phélan", "Château Phélan Ségur", "Saint-Estèphe", "rouge", {75: [2018]}),
    w("de_pez", "Château de Pez", "Château de Pez", "Saint-Estèphe", "rouge", {75: [2015]}),
    w("meyney", "Château Meyney", "Château Meyney", "Saint-Estèphe", "rouge", {75: [2016, 2018]}),
    w("prieur_meyney", "Prieur de Meyney", "Château Meyney", "Saint-Estèphe", "rouge", {75: [2019]}),
    w("lafon_rochet", "Château Lafon-Rochet", "Château Lafon-Rochet", "Saint-Estèphe", "rouge", {75: [2015]}),
    # --- Pauillac
    w("pontet_canet", "Château Pontet-Canet", "Château Pontet-Canet", "Pauillac", "rouge", {75: [2012, 2015]}),
    w("lynch_bages", "Château Lynch-Bages", "Château Lynch-Bages", "Pauillac", "rouge", {75: [2014, 2016], 37.5: [2014]}),
    w("echo_lynch", "Echo de Lynch-Bages", "Château Lynch-Bages", "Pauillac", "rouge", {75: [2018]}),
    w("blanc_lynch", "Blanc de Lynch-Bages", "Château Lynch-Bages", "Bordeaux", "blanc", {75: [2019]}),
    w("hbl", "Château Haut-Bages Libéral", "Château Haut-Bages Libéral", "Pauillac", "rouge", {75: [2016]}),
    w("fonbadet", "Château Fonbadet", "Château Fonbadet", "Pauillac", "rouge", {75: [2016, 2018]}),
    # --- Bordeaux red, white, rosé, crémant
    w("cadet_rouge", "Mouton Cadet Rouge", "Baron Philippe de Rothschild", "Bordeaux", "rouge", {75: [2019, 2020], 37.5: [2020]}),
    w("cadet_blanc", "Mouton Cadet Blanc", "Baron Philippe de Rothschild", "Bordeaux", "blanc", {75: [2022]}),
    w("cadet_rose", "Mouton Cadet Rosé", "Baron Philippe de Rothschild", "Bordeaux", "rosé", {75: [2022]}),
    w("dourthe_sauv", "La Grande Cuvée Sauvignon Blanc", "Dourthe", "Bordeaux", "blanc", {75: [2021, 2022]}),
    w("sours_rose", "Château de Sours Rosé", "Château de Sours", "Bordeaux", "rosé", {75: [2022, 2023]}),
    w("jaillance", "Cuvée de l'Abbaye Brut", "Jaillance", "Crémant de Bordeaux", "effervescent", {75: [None]}),
    # --- apéritifs
    o("lillet_blanc", "Lillet Blanc", "Lillet", None, B, "autre", {75: [None]}),
    o("lillet_rose", "Lillet Rosé", "Lillet", None, B, "autre", {75: [None]}),
    o("lillet_rouge", "Lillet Rouge", "Lillet", None, B, "autre", {75: [None]}),
    o("pineau", "Pineau des Charentes Blanc", "Château de Beaulon", "Pineau des Charentes", "Cognac", "autre", {75: [None]}),
    o("anisette", "Anisette Marie Brizard", "Marie Brizard", None, B, "spiritueux", {70: [None]}),
    o("ricard", "Ricard", "Pernod Ricard", None, "-", "spiritueux", {100: [None]}),
    o("suze", "Suze", "Pernod Ricard", None, "-", "autre", {100: [None]}),
    # --- cognac and other digestifs
    o("remy_vsop", "Rémy Martin VSOP", "Rémy Martin", "Cognac", "Cognac", "spiritueux", {70: [None]}),
    o("remy_xo", "Rémy Martin XO", "Rémy Martin", "Cognac", "Cognac", "spiritueux", {70: [None]}),
    o("martell_vs", "Martell VS", "Martell", "Cognac", "Cognac", "spiritueux", {70: [None]}),
    o("martell_cb", "Martell Cordon Bleu", "Martell", "Cognac", "Cognac", "spiritueux", {70: [None]}),
    o("hennessy_vs", "Hennessy VS", "Hennessy", "Cognac", "Cognac", "spiritueux", {70: [None]}),
    o("camus_vsop", "Camus VSOP", "Camus", "Cognac", "Cognac", "spiritueux", {70: [None]}),
    o("ferrand_ambre", "Pierre Ferrand Ambre", "Pierre Ferrand", "Cognac", "Cognac", "spiritueux", {70: [None]}),
    o("boulard", "Calvados Boulard Grand Solage", "Boulard", "Calvados Pays d'Auge", "Normandie", "spiritueux", {70: [None]}),
    o("get27", "Get 27", "Get", None, "-", "spiritueux", {70: [None]}),
    o("glenfiddich12", "Glenfiddich 12 ans", "Glenfiddich", None, "-", "spiritueux", {70: [None]}, "Écosse"),
    o("lagavulin16", "Lagavulin 16 ans", "Lagavulin", None, "-", "spiritueux", {70: [None]}, "Écosse"),
    # --- beers
    o("heineken", "Heineken", "Heineken", None, "-", "bière", {3000: [None]}, "Pays-Bas"),
    o("leffe_blonde", "Leffe Blonde", "Leffe", None, "-", "bière", {2000: [None], 33: [None]}, "Belgique"),
    o("hoegaarden", "Hoegaarden Blanche", "Hoegaarden", None, "-", "bière", {2000: [None]}, "Belgique"),
    o("desperados", "Desperados", "Heineken", None, "-", "bière", {33: [None]}, "Pays-Bas"),
    o("corona", "Corona Extra", "Corona", None, "-", "bière", {35.5: [None]}, "Mexique"),
    o("chouffe", "La Chouffe Blonde", "Brasserie d'Achouffe", None, "-", "bière", {33: [None]}, "Belgique"),
    o("duvel", "Duvel", "Duvel Moortgat", None, "-", "bière", {33: [None]}, "Belgique"),
    # --- softs and waters
    o("coca", "Coca-Cola", "Coca-Cola", None, "-", "soft", {33: [None]}),
    o("coca_zero", "Coca-Cola Zéro", "Coca-Cola", None, "-", "soft", {33: [None]}),
    o("orangina", "Orangina", "Orangina", None, "-", "soft", {25: [None]}),
    o("schweppes", "Schweppes Indian Tonic", "Schweppes", None, "-", "soft", {25: [None]}),
    o("perrier", "Perrier", "Perrier", None, "-", "soft", {33: [None]}),
    o("evian", "Evian", "Evian", None, "-", "soft", {50: [None], 100: [None]}),
    o("badoit", "Badoit", "Badoit", None, "-", "soft", {100: [None]}),
    o("oasis", "Oasis Tropical", "Oasis", None, "-", "soft", {25: [None]}),
    o("pago_orange", "Jus d'orange Pago", "Pago", None, "-", "soft", {20: [None]}, "Autriche"),
]

FORMAT_ORDER = [75, 37.5, 150]


def entries():
    """Yield (key, fields dict) in id order."""
    n = 0
    for (key, name, producer, app, region, country, colour, category, formats) in DRINKS:
        fmts = [f for f in FORMAT_ORDER if f in formats] + [f for f in formats if f not in FORMAT_ORDER]
        for f in fmts:
            for v in sorted(formats[f], key=lambda x: x or 0):
                n += 1
                yield key, {
                    "id": "LSP%03d" % n, "name": name, "producer": producer,
                    "appellation": app, "region": None if region == "-" else region,
                    "country": country, "colour": colour, "category": category,
                    "vintage": v, "format_cl": f,
                }
