"""Drinks of "Le Relais de la Poterie", a routier on the N12 near Lamballe.

One row per drink: key, name, producer, appellation, region, country, colour,
category, {format_cl: [vintages]} (None for a non-vintage drink). Each format and
vintage becomes one library entry, in the order written here.
"""

F = "France"
DRINKS = [
    # house wines, held as bag-in-box (cubi) behind the bar
    ("rmz", "Roche Mazet Cabernet Sauvignon", "Roche Mazet", "IGP Pays d'Oc", "Languedoc-Roussillon", F, "rouge", "vin", {1000: [None]}),
    ("lis", "Listel Grain de Gris", "Listel", "IGP Sable de Camargue", "Languedoc-Roussillon", F, "rosé", "vin", {500: [None]}),
    ("gpl", "Gros Plant du Pays Nantais sur lie", "Domaine des Herbauges", "Gros Plant du Pays Nantais", "Loire", F, "blanc", "vin", {1000: [None]}),
    # Bordeaux
    ("mcr", "Mouton Cadet", "Baron Philippe de Rothschild", "Bordeaux", "Bordeaux", F, "rouge", "vin", {75: [2019, 2020, 2021], 37.5: [2020]}),
    ("mcb", "Mouton Cadet Blanc", "Baron Philippe de Rothschild", "Bordeaux", "Bordeaux", F, "blanc", "vin", {75: [2022]}),
    ("mal", "Malesan", "Malesan", "Bordeaux", "Bordeaux", F, "rouge", "vin", {75: [2020, 2021, 2022]}),
    ("pen", "Château Penin", "Château Penin", "Bordeaux Supérieur", "Bordeaux", F, "rouge", "vin", {75: [2018, 2019]}),
    ("pda", "Château Patache d'Aux", "Château Patache d'Aux", "Médoc", "Bordeaux", F, "rouge", "vin", {75: [2016, 2018, 2019], 150: [2016]}),
    ("bnb", "Château Bonnet Blanc", "André Lurton", "Entre-deux-Mers", "Bordeaux", F, "blanc", "vin", {75: [2022, 2023]}),
    ("bnr", "Château Bonnet Rouge", "André Lurton", "Bordeaux", "Bordeaux", F, "rouge", "vin", {75: [2020]}),
    # Rhône
    ("bel", "Belleruche", "M. Chapoutier", "Côtes du Rhône", "Vallée du Rhône", F, "rouge", "vin", {75: [2020, 2021, 2022], 37.5: [2022]}),
    ("beb", "Belleruche Blanc", "M. Chapoutier", "Côtes du Rhône", "Vallée du Rhône", F, "blanc", "vin", {75: [2023]}),
    ("gui", "Côtes du Rhône Rouge", "E. Guigal", "Côtes du Rhône", "Vallée du Rhône", F, "rouge", "vin", {75: [2019, 2020], 150: [2019]}),
    ("dau", "Les Dauphins", "Cellier des Dauphins", "Côtes du Rhône", "Vallée du Rhône", F, "rouge", "vin", {75: [2022], 25: [None]}),
    ("per", "Perrin Réserve", "Famille Perrin", "Côtes du Rhône", "Vallée du Rhône", F, "rouge", "vin", {75: [2021, 2022]}),
    ("vfr", "La Vieille Ferme Rouge", "Famille Perrin", "Ventoux", "Vallée du Rhône", F, "rouge", "vin", {75: [2022]}),
    ("vfo", "La Vieille Ferme Rosé", "Famille Perrin", "Ventoux", "Vallée du Rhône", F, "rosé", "vin", {75: [2023]}),
    # Loire
    ("pep", "La Pépie", "Domaine de la Pépière", "Muscadet Sèvre et Maine sur lie", "Loire", F, "blanc", "vin", {75: [2021, 2022, 2023]}),
    ("bri", "Clos des Briords", "Domaine de la Pépière", "Muscadet Sèvre et Maine sur lie", "Loire", F, "blanc", "vin", {75: [2021]}),
    ("rag", "Château de la Ragotière", "Château de la Ragotière", "Muscadet Sèvre et Maine sur lie", "Loire", F, "blanc", "vin", {75: [2021, 2022, 2023], 37.5: [2023]}),
    ("cle", "Château du Cléray", "Sauvion", "Muscadet Sèvre et Maine sur lie", "Loire", F, "blanc", "vin", {75: [2023]}),
    ("her", "Domaine des Herbauges", "Domaine des Herbauges", "Muscadet Côtes de Grandlieu sur lie", "Loire", F, "blanc", "vin", {75: [2022]}),
    ("rpa", "Rosé d'Anjou", "Rémy Pannier", "Rosé d'Anjou", "Loire", F, "rosé", "vin", {75: [2023], 37.5: [2023]}),
    ("sau", "Cabernet d'Anjou", "Domaine de Sauveroy", "Cabernet d'Anjou", "Loire", F, "rosé", "vin", {75: [2022, 2023], 37.5: [2023]}),
    ("fil", "Saumur-Champigny", "Domaine Filliatreau", "Saumur-Champigny", "Loire", F, "rouge", "vin", {75: [2021, 2022]}),
    ("cou", "Les Gravières", "Couly-Dutheil", "Chinon", "Loire", F, "rouge", "vin", {75: [2020, 2022]}),
    # elsewhere
    ("dub", "Beaujolais-Villages", "Georges Duboeuf", "Beaujolais-Villages", "Beaujolais", F, "rouge", "vin", {75: [2022, 2023]}),
    ("tar", "Tariquet Classic", "Domaine du Tariquet", "IGP Côtes de Gascogne", "Sud-Ouest", F, "blanc", "vin", {75: [2022, 2023]}),
    # bubbles
    ("vdv", "Veuve du Vernay Brut", "Veuve du Vernay", "Vin mousseux de qualité", "France", F, "effervescent", "vin", {75: [None]}),
    ("nfr", "Réserve Exclusive Brut", "Nicolas Feuillatte", "Champagne", "Champagne", F, "effervescent", "champagne", {75: [None], 37.5: [None]}),
    # ciders, Breton and others
    ("lrb", "Cidre Brut", "Loïc Raison", "Cidre de Bretagne", "Bretagne", F, None, "autre", {75: [None]}),
    ("lrd", "Cidre Doux", "Loïc Raison", "Cidre de Bretagne", "Bretagne", F, None, "autre", {75: [None]}),
    ("vdr", "Cidre Bouché Brut", "Val de Rance", "Cidre de Bretagne", "Bretagne", F, None, "autre", {75: [None]}),
    ("ker", "Cidre Brut", "Kerisac", "Cidre de Bretagne", "Bretagne", F, None, "autre", {75: [None]}),
    ("chu", "Melmor", "Distillerie Warenghem", "Chouchen", "Bretagne", F, None, "autre", {75: [None]}),
    ("por", "Porto Cruz Tawny", "Gran Cruz", "Porto", "Douro", "Portugal", None, "autre", {75: [None]}),
    # aperitifs
    ("ric", "Ricard", "Pernod Ricard", None, None, F, None, "spiritueux", {100: [None]}),
    ("p51", "Pastis 51", "Pernod Ricard", None, None, F, None, "spiritueux", {100: [None]}),
    ("suz", "Suze", "Pernod Ricard", None, None, F, None, "autre", {100: [None]}),
    ("mbi", "Martini Bianco", "Martini & Rossi", None, None, "Italie", None, "autre", {100: [None]}),
    ("mro", "Martini Rosso", "Martini & Rossi", None, None, "Italie", None, "autre", {100: [None]}),
    # spirits
    ("pmf", "Père Magloire Fine", "Père Magloire", "Calvados", "Normandie", F, None, "spiritueux", {70: [None]}),
    ("pmv", "Père Magloire VSOP", "Père Magloire", "Calvados Pays d'Auge", "Normandie", F, None, "spiritueux", {70: [None]}),
    ("arc", "Armorik Classic", "Distillerie Warenghem", None, "Bretagne", F, None, "spiritueux", {70: [None]}),
    ("ard", "Armorik Double Maturation", "Distillerie Warenghem", None, "Bretagne", F, None, "spiritueux", {70: [None]}),
    ("edu", "Eddu Silver", "Distillerie des Menhirs", None, "Bretagne", F, None, "spiritueux", {70: [None]}),
    ("cla", "Clan Campbell", "Clan Campbell", "Scotch Whisky", "Écosse", "Royaume-Uni", None, "spiritueux", {70: [None]}),
    ("lb5", "Label 5", "Label 5", "Scotch Whisky", "Écosse", "Royaume-Uni", None, "spiritueux", {70: [None]}),
    ("jdn", "Jack Daniel's Old No. 7", "Jack Daniel's", "Tennessee Whiskey", "Tennessee", "États-Unis", None, "spiritueux", {70: [None]}),
    ("bal", "Ballantine's Finest", "Ballantine's", "Scotch Whisky", "Écosse", "Royaume-Uni", None, "spiritueux", {70: [None]}),
    ("mar", "Martell VS", "Martell", "Cognac", "Cognac", F, None, "spiritueux", {70: [None]}),
    ("neg", "Negrita", "Bardinet", "Rhum", None, F, None, "spiritueux", {70: [None]}),
    ("pol", "Poliakov", "Poliakov", "Vodka", None, F, None, "spiritueux", {70: [None]}),
    ("gor", "Gordon's London Dry Gin", "Gordon's", "Gin", None, "Royaume-Uni", None, "spiritueux", {70: [None]}),
    ("g27", "Get 27", "Get", "Liqueur de menthe", None, F, None, "spiritueux", {70: [None]}),
    ("fbz", "Fine Bretagne", "Distillerie Warenghem", "Eau-de-vie de cidre de Bretagne", "Bretagne", F, None, "spiritueux", {70: [None]}),
    ("coi", "Cointreau", "Cointreau", "Liqueur d'orange", None, F, None, "spiritueux", {70: [None]}),
    # beers: draught held as kegs
    ("kro", "Kronenbourg", "Kronenbourg", None, "Alsace", F, None, "bière", {3000: [None], 25: [None]}),
    ("cob", "Coreff Blonde", "Brasserie Coreff", None, "Bretagne", F, None, "bière", {2000: [None]}),
    ("coa", "Coreff Ambrée", "Brasserie Coreff", None, "Bretagne", F, None, "bière", {33: [None]}),
    ("lef", "Leffe Blonde", "Abbaye de Leffe", None, "Belgique", "Belgique", None, "bière", {2000: [None], 33: [None]}),
    ("k16", "1664", "Kronenbourg", None, "Alsace", F, None, "bière", {25: [None]}),
    ("bla", "Britt Blanche", "Brasserie de Bretagne", None, "Bretagne", F, None, "bière", {33: [None]}),
    ("tel", "Telenn Du", "Brasserie Lancelot", None, "Bretagne", F, None, "bière", {33: [None]}),
    ("des", "Desperados", "Heineken", None, None, "Pays-Bas", None, "bière", {33: [None]}),
    ("pel", "Pelforth Brune", "Brasserie Pelforth", None, "Hauts-de-France", F, None, "bière", {25: [None]}),
    ("tou", "Tourtel Twist Citron", "Kronenbourg", None, None, F, None, "bière", {27.5: [None]}),
    # softs and waters
    ("coc", "Coca-Cola", "Coca-Cola", None, None, F, None, "soft", {33: [None], 50: [None]}),
    ("coz", "Coca-Cola Zéro", "Coca-Cola", None, None, F, None, "soft", {33: [None]}),
    ("brz", "Breizh Cola", "Breizh Cola", None, "Bretagne", F, None, "soft", {33: [None]}),
    ("ora", "Orangina", "Orangina", None, None, F, None, "soft", {25: [None]}),
    ("sch", "Schweppes Indian Tonic", "Schweppes", None, None, F, None, "soft", {25: [None]}),
    ("oas", "Oasis Tropical", "Oasis", None, None, F, None, "soft", {33: [None]}),
    ("ice", "Lipton Ice Tea Pêche", "Lipton", None, None, F, None, "soft", {33: [None]}),
    ("pam", "Pampryl Orange", "Pampryl", None, None, F, None, "soft", {20: [None]}),
    ("rbu", "Red Bull", "Red Bull", None, None, "Autriche", None, "soft", {25: [None]}),
    ("prr", "Perrier", "Perrier", None, None, F, None, "soft", {33: [None]}),
    ("vit", "Vittel", "Vittel", None, None, F, None, "soft", {50: [None], 100: [None]}),
    ("evi", "Evian", "Evian", None, None, F, None, "soft", {50: [None]}),
    ("bad", "Badoit", "Badoit", None, None, F, None, "soft", {100: [None]}),
    ("cri", "Cristaline", "Cristaline", None, None, F, None, "soft", {50: [None], 150: [None]}),
]

KEGS = {2000, 3000}
BIB = {500, 1000}


def library():
    """(entries, index) where index maps (key, format) -> [(vintage, id)]."""
    out, index, n = [], {}, 0
    for key, name, prod, app, reg, ctry, col, cat, formats in DRINKS:
        for fmt, vints in formats.items():
            for v in vints:
                n += 1
                bid = "LMB%03d" % n
                out.append({"id": bid, "name": name, "producer": prod, "appellation": app,
                            "region": reg, "country": ctry, "colour": col, "category": cat,
                            "vintage": v, "format_cl": fmt})
                index.setdefault((key, fmt), []).append((v, bid))
    return out, index


BY_KEY = {d[0]: d for d in DRINKS}
