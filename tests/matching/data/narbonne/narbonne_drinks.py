"""Drinks of "Les Halles de Narbonne - chez Lucien": one family a line.

(key, name, producer, appellation, region, colour, category, {format_cl: [vintages]})
A family is "the same wine" of the bench README; each (format, vintage) is one entry.
"""
L, R = "Languedoc", "Roussillon"
FAMILIES = [
    # Corbières / Corbières-Boutenac
    ("fontsainte", "Domaine de Fontsainte", "Domaine de Fontsainte", "Corbières", L, "rouge", "vin", {75: [2020, 2021], 150: [2020]}),
    ("grisdegris", "Gris de Gris", "Domaine de Fontsainte", "Corbières", L, "rosé", "vin", {75: [2022, 2023]}),
    ("ollieux", "Château Ollieux Romanis Classique", "Château Ollieux Romanis", "Corbières", L, "rouge", "vin", {75: [2020, 2021]}),
    ("atalsia", "Atal Sia", "Château Ollieux Romanis", "Corbières-Boutenac", L, "rouge", "vin", {75: [2018, 2019], 150: [2018]}),
    ("caraguilhes", "Château de Caraguilhes", "Château de Caraguilhes", "Corbières", L, "rouge", "vin", {75: [2019, 2021], 37.5: [2021]}),
    ("caraguilhes_rs", "Château de Caraguilhes", "Château de Caraguilhes", "Corbières", L, "rosé", "vin", {75: [2023]}),
    ("fabre", "Château Fabre Gasparets", "Château Fabre Gasparets", "Corbières-Boutenac", L, "rouge", "vin", {75: [2019, 2020]}),
    ("aiguilloux", "Château Aiguilloux", "Château Aiguilloux", "Corbières", L, "rouge", "vin", {75: [2020]}),
    ("acapella", "A Capella", "Château Meunier Saint-Louis", "Corbières", L, "rouge", "vin", {75: [2019, 2020]}),
    ("hautgleon", "Château Haut-Gléon", "Château Haut-Gléon", "Corbières", L, "rouge", "vin", {75: [2019, 2020, 2021]}),
    ("hautgleon_b", "Château Haut-Gléon", "Château Haut-Gléon", "Corbières", L, "blanc", "vin", {75: [2022]}),
    ("randolin", "Randolin", "Château Les Palais", "Corbières", L, "rouge", "vin", {75: [2019]}),
    # La Clape
    ("epervier", "L'Épervier", "Château Pech Redon", "La Clape", L, "rouge", "vin", {75: [2019, 2020]}),
    ("pechredon_b", "Château Pech Redon", "Château Pech Redon", "La Clape", L, "blanc", "vin", {75: [2022]}),
    ("hospitalet", "Château l'Hospitalet Grand Vin", "Gérard Bertrand", "La Clape", L, "rouge", "vin", {75: [2019, 2020], 37.5: [2020]}),
    ("hospitalet_b", "Château l'Hospitalet Grand Vin", "Gérard Bertrand", "La Clape", L, "blanc", "vin", {75: [2021]}),
    ("angles", "Château d'Anglès Classique", "Château d'Anglès", "La Clape", L, "rouge", "vin", {75: [2020, 2021]}),
    ("angles_rs", "Château d'Anglès Classique", "Château d'Anglès", "Languedoc", L, "rosé", "vin", {75: [2023]}),
    ("lapierre", "Cuvée Henry Lapierre", "Château Rouquette-sur-Mer", "La Clape", L, "rouge", "vin", {75: [2018]}),
    ("ducs", "Cuvée des Ducs de Fleury", "Château Mire l'Étang", "La Clape", L, "rouge", "vin", {75: [2019, 2020], 150: [2019]}),
    ("celeyran", "Château Pech-Céleyran", "Château Pech-Céleyran", "La Clape", L, "rouge", "vin", {75: [2020, 2021]}),
    # Minervois
    ("estibals", "L'Ostal Estibals", "L'Ostal", "Minervois", L, "rouge", "vin", {75: [2020, 2021]}),
    ("ostal_gv", "L'Ostal Grand Vin", "L'Ostal", "Minervois-La Livinière", L, "rouge", "vin", {75: [2019]}),
    ("opera", "Opéra", "Château Villerambert Julien", "Minervois", L, "rouge", "vin", {75: [2019]}),
    ("villerambert_rs", "Château Villerambert Julien", "Château Villerambert Julien", "Minervois", L, "rosé", "vin", {75: [2023]}),
    ("capitelle", "Capitelle de Centeilles", "Clos Centeilles", "Minervois", L, "rouge", "vin", {75: [2017]}),
    ("lascombes", "Las Combes", "Château Maris", "Minervois-La Livinière", L, "rouge", "vin", {75: [2020]}),
    # Fitou
    ("lerys", "Domaine Lerys Cuvée Prestige", "Domaine Lerys", "Fitou", L, "rouge", "vin", {75: [2020, 2021], 150: [2020]}),
    ("belamant", "Bel Amant", "Château Champ des Soeurs", "Fitou", L, "rouge", "vin", {75: [2021]}),
    # Cabardès, Malepère
    ("jouclary", "Château de Jouclary", "Château de Jouclary", "Cabardès", L, "rouge", "vin", {75: [2019, 2020], 37.5: [2020]}),
    ("jouclary_rs", "Château de Jouclary", "Château de Jouclary", "Cabardès", L, "rosé", "vin", {75: [2023]}),
    ("routier", "Château de Routier", "Château de Routier", "Malepère", L, "rouge", "vin", {75: [2019]}),
    # Limoux
    ("guinot_blq", "Blanquette de Limoux Brut Tradition", "Maison Guinot", "Blanquette de Limoux", L, "effervescent", "vin", {75: [None], 37.5: [None]}),
    ("guinot_crm", "Crémant de Limoux Brut", "Maison Guinot", "Crémant de Limoux", L, "effervescent", "vin", {75: [None], 150: [None]}),
    ("guinot_crm_rs", "Crémant de Limoux Brut Rosé", "Maison Guinot", "Crémant de Limoux", L, "rosé", "vin", {75: [None]}),
    ("graimenous", "Les Graimenous", "Domaine J. Laurens", "Crémant de Limoux", L, "effervescent", "vin", {75: [None]}),
    ("moulin", "Le Moulin", "Domaine J. Laurens", "Blanquette de Limoux", L, "effervescent", "vin", {75: [None]}),
    # other wines
    ("masjullien", "Mas Jullien", "Mas Jullien", "Terrasses du Larzac", L, "rouge", "vin", {75: [2019, 2020]}),
    ("bebian", "Prieuré de Saint-Jean de Bébian", "Prieuré de Saint-Jean de Bébian", "Languedoc", L, "rouge", "vin", {75: [2018]}),
    ("preambule", "Préambule", "Ormarine", "Picpoul de Pinet", L, "blanc", "vin", {75: [2022, 2023]}),
    # sweet wines
    ("muscat_brial", "Muscat de Rivesaltes", "Dom Brial", "Muscat de Rivesaltes", R, "liquoreux", "vin", {75: [2022, 2023]}),
    ("ambre", "Rivesaltes Ambré Hors d'Âge", "Arnaud de Villeneuve", "Rivesaltes", R, "liquoreux", "vin", {50: [None]}),
    ("barroubio", "Muscat de Saint-Jean-de-Minervois", "Domaine de Barroubio", "Muscat de Saint-Jean-de-Minervois", L, "liquoreux", "vin", {50: [None]}),
    ("rimage", "Banyuls Rimage", "Domaine Vial-Magnères", "Banyuls", R, "liquoreux", "vin", {50: [2020]}),
    # champagne
    ("billecart", "Brut Réserve", "Billecart-Salmon", "Champagne", "Champagne", "effervescent", "champagne", {75: [None], 37.5: [None]}),
    ("ruinart_bdb", "Blanc de Blancs", "Ruinart", "Champagne", "Champagne", "effervescent", "champagne", {75: [None]}),
    # aperitifs
    ("noilly_dry", "Noilly Prat Original Dry", "Noilly Prat", None, L, None, "autre", {75: [None]}),
    ("noilly_rouge", "Noilly Prat Rouge", "Noilly Prat", None, L, None, "autre", {75: [None]}),
    ("noilly_ambre", "Noilly Prat Ambré", "Noilly Prat", None, L, None, "autre", {75: [None]}),
    ("byrrh", "Byrrh Grand Quinquina", "Byrrh", None, R, None, "autre", {75: [None]}),
    ("lillet", "Lillet Blanc", "Lillet", None, "Bordeaux", None, "autre", {75: [None]}),
    ("suze", "Suze", "Suze", None, None, None, "autre", {100: [None]}),
    # spirits
    ("ricard", "Ricard", "Ricard", None, None, None, "spiritueux", {100: [None]}),
    ("p51", "Pastis 51", "Pernod", None, None, None, "spiritueux", {100: [None]}),
    ("bardouin", "Pastis Henri Bardouin", "Distilleries et Domaines de Provence", None, "Provence", None, "spiritueux", {70: [None]}),
    ("aberlour12", "Aberlour 12 ans", "Aberlour", None, "Speyside", None, "spiritueux", {70: [None]}),
    ("talisker10", "Talisker 10 ans", "Talisker", None, "Isle of Skye", None, "spiritueux", {70: [None]}),
    ("nikka", "Nikka From the Barrel", "Nikka", None, None, None, "spiritueux", {50: [None]}),
    ("jameson", "Jameson", "Jameson", None, None, None, "spiritueux", {70: [None]}),
    ("jackd", "Jack Daniel's Old No. 7", "Jack Daniel's", None, "Tennessee", None, "spiritueux", {70: [None]}),
    ("diplo", "Diplomático Reserva Exclusiva", "Diplomático", None, None, None, "spiritueux", {70: [None]}),
    ("citadelle", "Citadelle", "Maison Ferrand", None, None, None, "spiritueux", {70: [None]}),
    ("get27", "Get 27", "Get", None, None, None, "spiritueux", {70: [None]}),
    ("laubade", "Château de Laubade VSOP", "Château de Laubade", "Bas-Armagnac", "Gascogne", None, "spiritueux", {70: [None]}),
    # beers
    ("k1664", "1664", "Kronenbourg", None, "Alsace", None, "bière", {3000: [None]}),
    ("affligem", "Affligem Blonde", "Affligem", None, "Belgique", None, "bière", {2000: [None]}),
    ("alaryk_ipa", "Alaryk IPA", "Brasserie Alaryk", None, L, None, "bière", {2000: [None]}),
    ("alaryk_bl", "Alaryk Blanche", "Brasserie Alaryk", None, L, None, "bière", {33: [None]}),
    ("leffe_brune", "Leffe Brune", "Leffe", None, "Belgique", None, "bière", {33: [None]}),
    ("desperados", "Desperados", "Desperados", None, None, None, "bière", {33: [None]}),
    ("corona", "Corona Extra", "Corona", None, "Mexique", None, "bière", {35.5: [None]}),
    ("heineken0", "Heineken 0.0", "Heineken", None, None, None, "bière", {25: [None]}),
    ("k1664blanc", "1664 Blanc", "Kronenbourg", None, "Alsace", None, "bière", {25: [None]}),
    ("chimay", "Chimay Bleue", "Chimay", None, "Belgique", None, "bière", {33: [None]}),
    # softs
    ("coca", "Coca-Cola", "Coca-Cola", None, None, None, "soft", {33: [None]}),
    ("cocazero", "Coca-Cola Zéro", "Coca-Cola", None, None, None, "soft", {33: [None]}),
    ("orangina", "Orangina", "Orangina", None, None, None, "soft", {25: [None]}),
    ("tonic", "Schweppes Indian Tonic", "Schweppes", None, None, None, "soft", {25: [None]}),
    ("perrier", "Perrier", "Perrier", None, None, None, "soft", {33: [None]}),
    ("pellegrino50", "San Pellegrino", "San Pellegrino", None, None, None, "soft", {50: [None], 100: [None]}),
    ("evian", "Evian", "Evian", None, None, None, "soft", {50: [None]}),
    ("badoit", "Badoit", "Badoit", None, None, None, "soft", {100: [None]}),
    ("milliat", "Nectar d'Abricot Alain Milliat", "Alain Milliat", None, None, None, "soft", {33: [None]}),
    ("lorina", "Lorina Limonade", "Lorina", None, None, None, "soft", {33: [None]}),
]
COUNTRY = {"Champagne": "France"}


def entries():
    """Library rows in id order, and {(key, format, vintage): id}."""
    rows, index, n = [], {}, 0
    for key, name, prod, app, region, colour, cat, fmts in FAMILIES:
        for fmt in sorted(fmts, key=lambda f: (f != 75 and f < 1000, f)):
            for v in sorted(fmts[fmt], key=lambda x: x or 0):
                n += 1
                bid = "nb%03d" % n
                country = "France"
                if region in ("Speyside", "Isle of Skye"):
                    country = "Écosse"
                elif region == "Tennessee":
                    country = "États-Unis"
                elif region in ("Belgique", "Mexique"):
                    country, region = region, None
                elif key in ("jameson",):
                    country = "Irlande"
                elif key == "nikka":
                    country = "Japon"
                elif key == "diplo":
                    country = "Venezuela"
                elif key in ("desperados", "heineken0"):
                    country = "Pays-Bas"
                elif key in ("coca", "cocazero"):
                    country = "France"
                elif key in ("pellegrino50",):
                    country = "Italie"
                fcl = int(fmt) if float(fmt).is_integer() else fmt
                rows.append({"id": bid, "name": name, "producer": prod, "appellation": app,
                             "region": region, "country": country, "colour": colour,
                             "category": cat, "vintage": v, "format_cl": fcl})
                index[(key, fmt, v)] = bid
    return rows, index
