"""The drinks of "Le Relais de la Gravette" (near Bergerac): one row per wine or drink.

(key, name, producer, appellation, region, colour, category, {format_cl: [vintages]})
A wine is one key (same name, producer, appellation, colour); each (format, vintage) is an
entry of its own in the library. Non-vintage drinks list [None].
"""

B, SO, CH = "Bordeaux", "Sud-Ouest", "Champagne"
R, W, P, L, E = "rouge", "blanc", "rosé", "liquoreux", "effervescent"

DRINKS = [
    # Médoc
    ("gpd", "Château Grand-Puy Ducasse", "Château Grand-Puy Ducasse", "Pauillac", B, R, "vin", {75: [2016, 2018, 2019], 150: [2016]}),
    ("prelude", "Prélude à Grand-Puy Ducasse", "Château Grand-Puy Ducasse", "Pauillac", B, R, "vin", {75: [2019]}),
    ("armailhac", "Château d'Armailhac", "Château d'Armailhac", "Pauillac", B, R, "vin", {75: [2017], 37.5: [2018]}),
    ("lafon", "Château Lafon-Rochet", "Château Lafon-Rochet", "Saint-Estèphe", B, R, "vin", {75: [2015, 2018]}),
    ("pelerins", "Les Pèlerins de Lafon-Rochet", "Château Lafon-Rochet", "Saint-Estèphe", B, R, "vin", {75: [2020]}),
    ("tourcarnet", "Château La Tour Carnet", "Château La Tour Carnet", "Haut-Médoc", B, R, "vin", {75: [2018, 2019], 37.5: [2019]}),
    ("malescasse", "Château Malescasse", "Château Malescasse", "Haut-Médoc", B, R, "vin", {75: [2019]}),
    ("ferriere", "Château Ferrière", "Château Ferrière", "Margaux", B, R, "vin", {75: [2017]}),
    ("tourdeby", "Château Tour de By", "Château Tour de By", "Médoc", B, R, "vin", {75: [2018, 2020], 150: [2018]}),
    ("patache", "Château Patache d'Aux", "Château Patache d'Aux", "Médoc", B, R, "vin", {75: [2019]}),
    ("fourcas_r", "Château Fourcas Hosten", "Château Fourcas Hosten", "Listrac-Médoc", B, R, "vin", {75: [2018]}),
    ("fourcas_b", "Château Fourcas Hosten Blanc", "Château Fourcas Hosten", "Bordeaux", B, W, "vin", {75: [2021]}),
    # Graves, Pessac-Léognan
    ("bouscaut_r", "Château Bouscaut", "Château Bouscaut", "Pessac-Léognan", B, R, "vin", {75: [2016, 2018]}),
    ("bouscaut_b", "Château Bouscaut Blanc", "Château Bouscaut", "Pessac-Léognan", B, W, "vin", {75: [2020]}),
    ("couhins", "Château Couhins-Lurton", "Château Couhins-Lurton", "Pessac-Léognan", B, W, "vin", {75: [2019, 2021]}),
    ("cruzeau", "Château de Cruzeau", "Vignobles André Lurton", "Pessac-Léognan", B, R, "vin", {75: [2019]}),
    ("rahoul_r", "Château Rahoul", "Château Rahoul", "Graves", B, R, "vin", {75: [2018]}),
    ("rahoul_b", "Château Rahoul Blanc", "Château Rahoul", "Graves", B, W, "vin", {75: [2021]}),
    ("crabitey", "Château Crabitey", "Château Crabitey", "Graves", B, R, "vin", {75: [2019]}),
    ("magneau", "Château Magneau Blanc", "Château Magneau", "Graves", B, W, "vin", {75: [2022]}),
    # Saint-Émilion
    ("soutard", "Château Soutard", "Château Soutard", "Saint-Émilion Grand Cru", B, R, "vin", {75: [2015, 2018]}),
    ("petitsoutard", "Petit Soutard", "Château Soutard", "Saint-Émilion Grand Cru", B, R, "vin", {75: [2019]}),
    ("capmourlin", "Château Cap de Mourlin", "Château Cap de Mourlin", "Saint-Émilion Grand Cru", B, R, "vin", {75: [2017]}),
    ("dassault", "Château Dassault", "Château Dassault", "Saint-Émilion Grand Cru", B, R, "vin", {75: [2016, 2019], 150: [2016]}),
    ("laroze", "Château Laroze", "Château Laroze", "Saint-Émilion Grand Cru", B, R, "vin", {75: [2018]}),
    ("destieux", "Château Destieux", "Château Destieux", "Saint-Émilion Grand Cru", B, R, "vin", {75: [2018], 37.5: [2017]}),
    ("grandmayne", "Château Grand Mayne", "Château Grand Mayne", "Saint-Émilion Grand Cru", B, R, "vin", {75: [2016]}),
    # Pomerol
    ("bonpasteur", "Château Le Bon Pasteur", "Château Le Bon Pasteur", "Pomerol", B, R, "vin", {75: [2016]}),
    ("petitvillage", "Château Petit-Village", "Château Petit-Village", "Pomerol", B, R, "vin", {75: [2015, 2017]}),
    ("mazeyres", "Château Mazeyres", "Château Mazeyres", "Pomerol", B, R, "vin", {75: [2018]}),
    ("bourgneuf", "Château Bourgneuf", "Château Bourgneuf", "Pomerol", B, R, "vin", {75: [2018], 37.5: [2019]}),
    ("cabanne", "Château La Cabanne", "Château La Cabanne", "Pomerol", B, R, "vin", {75: [2017]}),
    # Entre-deux-Mers and Bordeaux
    ("marjosse_b", "Château Marjosse Blanc", "Château Marjosse", "Entre-deux-Mers", B, W, "vin", {75: [2022, 2023]}),
    ("marjosse_r", "Château Marjosse Rouge", "Château Marjosse", "Bordeaux", B, R, "vin", {75: [2020]}),
    ("turcaud", "Château Turcaud", "Château Turcaud", "Entre-deux-Mers", B, W, "vin", {75: [2023]}),
    ("hautrian", "Château Haut-Rian", "Château Haut-Rian", "Entre-deux-Mers", B, W, "vin", {75: [2022]}),
    ("lestrille", "Château Lestrille", "Château Lestrille", "Bordeaux Supérieur", B, R, "vin", {75: [2020]}),
    ("jaillance", "Crémant de Bordeaux Brut", "Jaillance", "Crémant de Bordeaux", B, E, "vin", {75: [None]}),
    # Bergerac and around
    ("jaubertie_b", "Château de la Jaubertie Blanc", "Château de la Jaubertie", "Bergerac Sec", SO, W, "vin", {75: [2022, 2023]}),
    ("jaubertie_r", "Château de la Jaubertie Rouge", "Château de la Jaubertie", "Bergerac", SO, R, "vin", {75: [2020]}),
    ("jaubertie_p", "Château de la Jaubertie Rosé", "Château de la Jaubertie", "Bergerac Rosé", SO, P, "vin", {75: [2023]}),
    ("miaudoux_r", "Château Les Miaudoux Rouge", "Château Les Miaudoux", "Bergerac", SO, R, "vin", {75: [2021]}),
    ("miaudoux_s", "Château Les Miaudoux Saussignac", "Château Les Miaudoux", "Saussignac", SO, L, "vin", {50: [2018]}),
    ("masburel", "Château Masburel", "Château Masburel", "Montravel", SO, W, "vin", {75: [2021]}),
    ("champarel", "Château Champarel", "Château Champarel", "Pécharmant", SO, R, "vin", {75: [2018, 2019], 150: [2018]}),
    ("grandjaure", "Domaine du Grand Jaure", "Domaine du Grand Jaure", "Pécharmant", SO, R, "vin", {75: [2017]}),
    ("chmonbazillac", "Château de Monbazillac", "Cave de Monbazillac", "Monbazillac", SO, L, "vin", {75: [2019], 37.5: [2018]}),
    ("caillevel", "Les Hauts de Caillevel", "Château Les Hauts de Caillevel", "Monbazillac", SO, L, "vin", {50: [2017, 2019]}),
    # Cahors
    ("ponzac", "Château Ponzac", "Château Ponzac", "Cahors", SO, R, "vin", {75: [2018, 2020]}),
    ("eugenie", "Château Eugénie", "Château Eugénie", "Cahors", SO, R, "vin", {75: [2019]}),
    ("gamot", "Clos de Gamot", "Clos de Gamot", "Cahors", SO, R, "vin", {75: [2016, 2018], 150: [2016]}),
    ("gaudou", "Château de Gaudou Tradition", "Château de Gaudou", "Cahors", SO, R, "vin", {75: [2020]}),
    # Madiran
    ("pichard", "Domaine Pichard", "Domaine Pichard", "Madiran", SO, R, "vin", {75: [2017]}),
    ("viella", "Château de Viella", "Château de Viella", "Madiran", SO, R, "vin", {75: [2018, 2019]}),
    ("crampilh", "Domaine du Crampilh Vieilles Vignes", "Domaine du Crampilh", "Madiran", SO, R, "vin", {75: [2016]}),
    # Jurançon
    ("nigri", "Domaine Nigri Jurançon Sec", "Domaine Nigri", "Jurançon Sec", SO, W, "vin", {75: [2022]}),
    ("biprat", "Bi de Prat", "Domaine Guirardel", "Jurançon", SO, L, "vin", {50: [2018]}),
    ("guirouilh", "Clos Guirouilh Jurançon Sec", "Clos Guirouilh", "Jurançon Sec", SO, W, "vin", {75: [2021]}),
    # Gaillac
    ("mayragues_r", "Château de Mayragues Rouge", "Château de Mayragues", "Gaillac", SO, R, "vin", {75: [2019]}),
    ("mayragues_b", "Château de Mayragues Blanc", "Château de Mayragues", "Gaillac", SO, W, "vin", {75: [2022]}),
    ("peyrouzelles", "Peyrouzelles", "Domaine des Causses Marines", "Gaillac", SO, R, "vin", {75: [2020]}),
    ("terrisses", "Domaine des Terrisses Blanc", "Domaine des Terrisses", "Gaillac", SO, W, "vin", {75: [2023]}),
    # Champagne
    ("ayala", "Ayala Brut Majeur", "Ayala", "Champagne", CH, E, "champagne", {75: [None], 37.5: [None], 150: [None]}),
    ("ayala_rose", "Ayala Rosé Majeur", "Ayala", "Champagne", CH, P, "champagne", {75: [None]}),
    ("mumm", "Mumm Cordon Rouge", "Mumm", "Champagne", CH, E, "champagne", {75: [None]}),
    # Apéritifs
    ("lillet_b", "Lillet Blanc", "Lillet", "Vin de liqueur", B, None, "autre", {75: [None]}),
    ("lillet_r", "Lillet Rosé", "Lillet", "Vin de liqueur", B, None, "autre", {75: [None]}),
    ("ricard", "Ricard", "Pernod Ricard", "Pastis", "France", None, "spiritueux", {100: [None]}),
    # Spirits
    ("busca_vsop", "Bas-Armagnac VSOP", "Château du Busca-Maniban", "Armagnac", SO, None, "spiritueux", {70: [None]}),
    ("busca_xo", "Bas-Armagnac XO", "Château du Busca-Maniban", "Armagnac", SO, None, "spiritueux", {70: [None]}),
    ("busca_mil", "Bas-Armagnac Millésime", "Château du Busca-Maniban", "Armagnac", SO, None, "spiritueux", {70: [1988, 1995]}),
    ("bache_vsop", "Bache-Gabrielsen VSOP", "Bache-Gabrielsen", "Cognac", "Cognac", None, "spiritueux", {70: [None]}),
    ("bache_xo", "Bache-Gabrielsen XO", "Bache-Gabrielsen", "Cognac", "Cognac", None, "spiritueux", {70: [None]}),
    ("prune", "La Vieille Prune", "Louis Roque", "Eau-de-vie de prune", SO, None, "spiritueux", {70: [None]}),
    ("glen12", "Glenfiddich 12 ans", "Glenfiddich", "Speyside", "Écosse", None, "spiritueux", {70: [None]}),
    ("glen15", "Glenfiddich 15 ans", "Glenfiddich", "Speyside", "Écosse", None, "spiritueux", {70: [None]}),
    # Beers
    ("stella", "Stella Artois", "Stella Artois", None, "Belgique", None, "bière", {3000: [None]}),
    ("leffe", "Leffe Blonde", "Leffe", None, "Belgique", None, "bière", {2000: [None], 33: [None]}),
    ("desperados", "Desperados", "Desperados", None, "France", None, "bière", {33: [None]}),
    ("pelforth", "Pelforth Brune", "Pelforth", None, "France", None, "bière", {33: [None]}),
    # Softs and waters
    ("coca", "Coca-Cola", "Coca-Cola", None, "France", None, "soft", {33: [None]}),
    ("cocazero", "Coca-Cola Zéro", "Coca-Cola", None, "France", None, "soft", {33: [None]}),
    ("perrier", "Perrier", "Perrier", None, "France", None, "soft", {33: [None]}),
    ("evian", "Evian", "Evian", None, "France", None, "soft", {100: [None], 50: [None]}),
    ("badoit", "Badoit", "Badoit", None, "France", None, "soft", {100: [None]}),
    ("orangina", "Orangina", "Orangina", None, "France", None, "soft", {25: [None]}),
    ("schweppes", "Schweppes Indian Tonic", "Schweppes", None, "France", None, "soft", {25: [None]}),
    ("milliat", "Jus de pomme", "Alain Milliat", None, "France", None, "soft", {20: [None]}),
]


def library():
    """The library rows in id order, and a map key -> {format: {vintage: id}}."""
    rows, index = [], {}
    n = 0
    for key, name, prod, app, region, colour, cat, formats in DRINKS:
        index[key] = {}
        for fmt in sorted(formats, key=lambda f: (f != 75, f)):
            index[key][fmt] = {}
            for v in sorted(formats[fmt], key=lambda x: x or 0):
                n += 1
                bid = "so%03d" % n
                country = "France"
                if region in ("Belgique", "Écosse"):
                    country = region
                reg = region if region not in ("Belgique", "Écosse", "France") else None
                if region == "Écosse":
                    reg = app
                rows.append({"id": bid, "name": name, "producer": prod, "appellation": app,
                             "region": reg, "country": country, "colour": colour,
                             "category": cat, "vintage": v, "format_cl": fmt})
                index[key][fmt][v] = bid
    return rows, index
