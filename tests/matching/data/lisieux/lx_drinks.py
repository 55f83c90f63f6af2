"""Drinks library of "Le Relais des Pèlerins" (Lisieux). Families in id order.

Each family: key, name, producer, appellation, region, colour, category, [(vintage, format_cl)].
Entries are numbered lx001... in the order written here.
"""
N = "Normandie"
F = [
    # --- Calvados, Pays d'Auge and Domfrontais (70 cl)
    ("dup_fine", "Calvados Pays d'Auge Fine Réserve", "Domaine Dupont", "Calvados Pays d'Auge", N, None, "spiritueux", [(None, 70)]),
    ("dup_vr", "Calvados Pays d'Auge Vieille Réserve", "Domaine Dupont", "Calvados Pays d'Auge", N, None, "spiritueux", [(None, 70)]),
    ("dup_hda", "Calvados Pays d'Auge Hors d'Âge", "Domaine Dupont", "Calvados Pays d'Auge", N, None, "spiritueux", [(None, 70)]),
    ("dup_mill", "Calvados Pays d'Auge Millésime", "Domaine Dupont", "Calvados Pays d'Auge", N, None, "spiritueux", [(1990, 70), (1995, 70)]),
    ("dro_sel", "Calvados Pays d'Auge Sélection", "Christian Drouin", "Calvados Pays d'Auge", N, None, "spiritueux", [(None, 70)]),
    ("dro_res", "Calvados Pays d'Auge Réserve", "Christian Drouin", "Calvados Pays d'Auge", N, None, "spiritueux", [(None, 70)]),
    ("dro_12", "Calvados Pays d'Auge 12 ans", "Christian Drouin", "Calvados Pays d'Auge", N, None, "spiritueux", [(None, 70)]),
    ("dro_21", "Calvados Pays d'Auge 21 ans", "Christian Drouin", "Calvados Pays d'Auge", N, None, "spiritueux", [(None, 70)]),
    ("dro_hda", "Calvados Pays d'Auge Hors d'Âge", "Christian Drouin", "Calvados Pays d'Auge", N, None, "spiritueux", [(None, 70)]),
    ("gro_3", "Calvados Pays d'Auge Réserve 3 ans", "Roger Groult", "Calvados Pays d'Auge", N, None, "spiritueux", [(None, 70)]),
    ("gro_8", "Calvados Pays d'Auge 8 ans", "Roger Groult", "Calvados Pays d'Auge", N, None, "spiritueux", [(None, 70)]),
    ("gro_15", "Calvados Pays d'Auge 15 ans", "Roger Groult", "Calvados Pays d'Auge", N, None, "spiritueux", [(None, 70)]),
    ("gro_or", "Calvados Pays d'Auge Âge d'Or", "Roger Groult", "Calvados Pays d'Auge", N, None, "spiritueux", [(None, 70)]),
    ("hue_sel", "Calvados Pays d'Auge Sélection", "Pierre Huet", "Calvados Pays d'Auge", N, None, "spiritueux", [(None, 70)]),
    ("hue_hda", "Calvados Pays d'Auge Hors d'Âge", "Pierre Huet", "Calvados Pays d'Auge", N, None, "spiritueux", [(None, 70)]),
    ("bre_fine", "Calvados Pays d'Auge Fine", "Château du Breuil", "Calvados Pays d'Auge", N, None, "spiritueux", [(None, 70)]),
    ("bre_vsop", "Calvados Pays d'Auge VSOP", "Château du Breuil", "Calvados Pays d'Auge", N, None, "spiritueux", [(None, 70)]),
    ("bre_15", "Calvados Pays d'Auge 15 ans", "Château du Breuil", "Calvados Pays d'Auge", N, None, "spiritueux", [(None, 70)]),
    ("lec_5", "Calvados Pays d'Auge 5 ans", "Lecompte", "Calvados Pays d'Auge", N, None, "spiritueux", [(None, 70)]),
    ("lec_12", "Calvados Pays d'Auge 12 ans", "Lecompte", "Calvados Pays d'Auge", N, None, "spiritueux", [(None, 70)]),
    ("bou_gs", "Calvados Pays d'Auge Grand Solage", "Boulard", "Calvados Pays d'Auge", N, None, "spiritueux", [(None, 70)]),
    ("mag_vsop", "Calvados VSOP", "Père Magloire", "Calvados", N, None, "spiritueux", [(None, 70)]),
    ("coq_vsop", "Calvados VSOP", "Domaine du Coquerel", "Calvados", N, None, "spiritueux", [(None, 70)]),
    ("pac_10", "Calvados Domfrontais 10 ans", "Domaine Pacory", "Calvados Domfrontais", N, None, "spiritueux", [(None, 70)]),
    ("lem_res", "Calvados Domfrontais Réserve", "Lemorton", "Calvados Domfrontais", N, None, "spiritueux", [(None, 70)]),
    ("lem_mill", "Calvados Domfrontais Millésime", "Lemorton", "Calvados Domfrontais", N, None, "spiritueux", [(1985, 70), (1992, 70)]),
    # --- Pommeau
    ("dro_pom", "Pommeau de Normandie", "Christian Drouin", "Pommeau de Normandie", N, None, "autre", [(None, 70)]),
    ("dup_pom", "Pommeau de Normandie", "Domaine Dupont", "Pommeau de Normandie", N, None, "autre", [(None, 70)]),
    ("gro_pom", "Pommeau de Normandie", "Roger Groult", "Pommeau de Normandie", N, None, "autre", [(None, 70)]),
    # --- Cidres and poirés
    ("dup_cid", "Cidre Bouché Brut", "Domaine Dupont", "Cidre Pays d'Auge", N, None, "autre", [(None, 75), (None, 33)]),
    ("dup_cidres", "Cidre Réserve", "Domaine Dupont", "Cidre Pays d'Auge", N, None, "autre", [(2021, 75), (2022, 75)]),
    ("dup_colette", "Cidre Cuvée Colette", "Domaine Dupont", "Cidre Pays d'Auge", N, None, "autre", [(None, 75)]),
    ("dro_cid", "Cidre Pays d'Auge", "Christian Drouin", "Cidre Pays d'Auge", N, None, "autre", [(None, 75), (None, 33)]),
    ("dro_poi", "Poiré", "Christian Drouin", "Poiré", N, None, "autre", [(None, 75)]),
    ("hue_cid", "Cidre Cambremer", "Pierre Huet", "Cidre Pays d'Auge", N, None, "autre", [(None, 75)]),
    ("pac_poi", "Poiré Domfront", "Domaine Pacory", "Poiré Domfront", N, None, "autre", [(None, 75)]),
    ("lem_poi", "Poiré Domfront", "Lemorton", "Poiré Domfront", N, None, "autre", [(None, 75)]),
    ("bor_poi", "Poiré Authentique", "Éric Bordelet", "Poiré", N, None, "autre", [(2021, 75), (2022, 75)]),
    # --- Beers (kegs 2000/3000 cl, bottles 33)
    ("cambr_k", "La Cambrousse (pression)", "La Bièregerie", "Bière", N, None, "bière", [(None, 2000)]),
    ("caen_k", "La Caenette (pression)", "Brasserie La Lie", "Bière", N, None, "bière", [(None, 2000)]),
    ("k1664", "Kronenbourg 1664 (pression)", "Kronenbourg", "Bière", "Alsace", None, "bière", [(None, 3000)]),
    ("quai_b", "Quai des Brunes", "Brasserie La Lie", "Bière", N, None, "bière", [(None, 33)]),
    ("triple_c", "Triple à la mode de Caen", "Brasserie La Lie", "Bière", N, None, "bière", [(None, 33)]),
    ("mouton", "Le Mouton Caennais", "La Bièregerie", "Bière", N, None, "bière", [(None, 33)]),
    ("seigneur", "Le Seigneur des Agneaux", "La Bièregerie", "Bière", N, None, "bière", [(None, 33)]),
    ("wandrille", "Bière de Saint-Wandrille Ambrée", "Abbaye Saint-Wandrille", "Bière", N, None, "bière", [(None, 33)]),
    ("yggdrasill", "Cervoise Yggdrasill", "Brasserie Northmaen", "Bière", N, None, "bière", [(None, 33)]),
    ("richard", "Richard Cœur de Lion", "Brasserie Duplessi", "Bière", N, None, "bière", [(None, 33)]),
    ("leffe", "Leffe Blonde", "Abbaye de Leffe", "Bière", "Belgique", None, "bière", [(None, 33)]),
    # --- Muscadet and Loire
    ("briords", "Muscadet Sèvre et Maine sur Lie Clos des Briords", "Domaine de la Pépière", "Muscadet Sèvre et Maine", "Loire", "blanc", "vin", [(2021, 75), (2022, 75), (2020, 150)]),
    ("pepie", "Muscadet Sèvre et Maine sur Lie La Pépie", "Domaine de la Pépière", "Muscadet Sèvre et Maine", "Loire", "blanc", "vin", [(2023, 75)]),
    ("ldor", "Muscadet Sèvre et Maine sur Lie L d'Or", "Luneau-Papin", "Muscadet Sèvre et Maine", "Loire", "blanc", "vin", [(2019, 75), (2020, 75)]),
    ("vach_bl", "Sancerre Blanc", "Domaine Vacheron", "Sancerre", "Loire", "blanc", "vin", [(2022, 75), (2023, 75), (2022, 37.5)]),
    ("vach_rg", "Sancerre Rouge", "Domaine Vacheron", "Sancerre", "Loire", "rouge", "vin", [(2021, 75)]),
    ("huet_sec", "Vouvray Le Haut-Lieu Sec", "Domaine Huet", "Vouvray", "Loire", "blanc", "vin", [(2020, 75), (2022, 75)]),
    ("huet_ds", "Vouvray Le Haut-Lieu Demi-Sec", "Domaine Huet", "Vouvray", "Loire", "blanc", "vin", [(2019, 75)]),
    ("joguet", "Chinon Les Petites Roches", "Charles Joguet", "Chinon", "Loire", "rouge", "vin", [(2020, 75), (2021, 75), (2021, 37.5)]),
    ("germain", "Saumur-Champigny Terres Chaudes", "Domaine des Roches Neuves", "Saumur-Champigny", "Loire", "rouge", "vin", [(2020, 75)]),
    ("bablut", "Rosé de Loire", "Domaine de Bablut", "Rosé de Loire", "Loire", "rosé", "vin", [(2023, 75)]),
    ("baumard", "Coteaux du Layon Carte d'Or", "Domaine des Baumard", "Coteaux du Layon", "Loire", "liquoreux", "vin", [(2018, 50), (2020, 50)]),
    # --- Bordeaux
    ("greysac", "Château Greysac", "Château Greysac", "Médoc", "Bordeaux", "rouge", "vin", [(2016, 75), (2018, 75), (2018, 37.5), (2015, 150)]),
    ("chasse", "Château Chasse-Spleen", "Château Chasse-Spleen", "Moulis-en-Médoc", "Bordeaux", "rouge", "vin", [(2015, 75), (2017, 75)]),
    ("oratoire", "L'Oratoire de Chasse-Spleen", "Château Chasse-Spleen", "Moulis-en-Médoc", "Bordeaux", "rouge", "vin", [(2018, 75)]),
    ("puyg", "Château Puygueraud", "Château Puygueraud", "Francs Côtes de Bordeaux", "Bordeaux", "rouge", "vin", [(2019, 75)]),
    ("fieu_rg", "Château de Fieuzal Rouge", "Château de Fieuzal", "Pessac-Léognan", "Bordeaux", "rouge", "vin", [(2016, 75)]),
    ("fieu_bl", "Château de Fieuzal Blanc", "Château de Fieuzal", "Pessac-Léognan", "Bordeaux", "blanc", "vin", [(2019, 75)]),
    ("bonnet_bl", "Château Bonnet Blanc", "André Lurton", "Entre-Deux-Mers", "Bordeaux", "blanc", "vin", [(2023, 75)]),
    ("bonnet_rg", "Château Bonnet Rouge", "André Lurton", "Bordeaux", "Bordeaux", "rouge", "vin", [(2020, 75), (2021, 75)]),
    ("suduiraut", "Château Suduiraut", "Château Suduiraut", "Sauternes", "Bordeaux", "liquoreux", "vin", [(2016, 37.5)]),
    # --- Champagne
    ("drappier", "Champagne Carte d'Or Brut", "Drappier", "Champagne", "Champagne", "effervescent", "champagne", [(None, 75), (None, 37.5), (None, 150)]),
    # --- House wines (10 L bag-in-box, served in pichets and glasses)
    ("maison_rg", "Vin de la maison rouge", "Rémy Pannier", "Vin de France", "Loire", "rouge", "vin", [(None, 1000)]),
    ("maison_bl", "Vin de la maison blanc", "Rémy Pannier", "Vin de France", "Loire", "blanc", "vin", [(None, 1000)]),
    ("maison_rs", "Vin de la maison rosé", "Rémy Pannier", "Vin de France", "Loire", "rosé", "vin", [(None, 1000)]),
    # --- Aperitifs
    ("kir_cass", "Crème de Cassis de Bourgogne", "Lejay-Lagoute", "Crème de Cassis de Bourgogne", "Bourgogne", None, "autre", [(None, 70)]),
    ("lillet", "Lillet Blanc", "Lillet", "Apéritif", "Bordeaux", None, "autre", [(None, 75)]),
    ("martini_b", "Martini Bianco", "Martini", "Vermouth", "Italie", None, "autre", [(None, 100)]),
    ("martini_r", "Martini Rosso", "Martini", "Vermouth", "Italie", None, "autre", [(None, 100)]),
    ("suze", "Suze", "Suze", "Apéritif", "France", None, "autre", [(None, 100)]),
    ("porto", "Porto Ruby", "Sandeman", "Porto", "Portugal", "liquoreux", "vin", [(None, 75)]),
    ("ricard", "Ricard", "Pernod Ricard", "Pastis", "France", None, "spiritueux", [(None, 100)]),
    ("p51", "Pastis 51", "Pernod", "Pastis", "France", None, "spiritueux", [(None, 100)]),
    ("campari", "Campari", "Campari", "Bitter", "Italie", None, "autre", [(None, 70)]),
    # --- Spirits and liqueurs (70 cl)
    ("benedictine", "Bénédictine", "Bénédictine", "Liqueur", N, None, "spiritueux", [(None, 70)]),
    ("cointreau", "Cointreau", "Cointreau", "Liqueur", "Loire", None, "spiritueux", [(None, 70)]),
    ("get27", "Get 27", "Get", "Liqueur", "France", None, "spiritueux", [(None, 70)]),
    ("gm", "Grand Marnier Cordon Rouge", "Grand Marnier", "Liqueur", "France", None, "spiritueux", [(None, 70)]),
    ("jameson", "Jameson", "Jameson", "Irish Whiskey", "Irlande", None, "spiritueux", [(None, 70)]),
    ("jb", "J&B Rare", "J&B", "Scotch Whisky", "Écosse", None, "spiritueux", [(None, 70)]),
    ("chivas", "Chivas Regal 12 ans", "Chivas Brothers", "Scotch Whisky", "Écosse", None, "spiritueux", [(None, 70)]),
    ("jack", "Jack Daniel's Old No. 7", "Jack Daniel's", "Tennessee Whiskey", "États-Unis", None, "spiritueux", [(None, 70)]),
    ("bombay", "Bombay Sapphire", "Bombay", "Gin", "Angleterre", None, "spiritueux", [(None, 70)]),
    ("normindia", "Normindia Gin", "Domaine du Coquerel", "Gin", N, None, "spiritueux", [(None, 70)]),
    ("absolut", "Absolut Vodka", "Absolut", "Vodka", "Suède", None, "spiritueux", [(None, 70)]),
    ("havana", "Havana Club 3 ans", "Havana Club", "Rhum", "Cuba", None, "spiritueux", [(None, 70)]),
    ("remy", "Rémy Martin VSOP", "Rémy Martin", "Cognac", "Charentes", None, "spiritueux", [(None, 70)]),
    ("poire_wil", "Poire Williams", "Massenez", "Eau-de-vie", "Alsace", None, "spiritueux", [(None, 70)]),
    # --- Softs and waters
    ("coca", "Coca-Cola", "Coca-Cola", "Soda", "France", None, "soft", [(None, 33)]),
    ("coca_z", "Coca-Cola Zéro", "Coca-Cola", "Soda", "France", None, "soft", [(None, 33)]),
    ("orangina", "Orangina", "Orangina", "Soda", "France", None, "soft", [(None, 25)]),
    ("schweppes", "Schweppes Indian Tonic", "Schweppes", "Soda", "France", None, "soft", [(None, 25)]),
    ("perrier", "Perrier", "Perrier", "Eau gazeuse", "France", None, "soft", [(None, 33)]),
    ("badoit", "Badoit", "Badoit", "Eau gazeuse", "France", None, "soft", [(None, 50), (None, 100)]),
    ("evian", "Evian", "Evian", "Eau plate", "France", None, "soft", [(None, 50), (None, 100)]),
    ("jus_pom", "Jus de pomme", "Christian Drouin", "Jus de fruit", N, None, "soft", [(None, 100)]),
    ("diabolo", "Sirop de grenadine", "Teisseire", "Sirop", "France", None, "soft", [(None, 100)]),
]

COUNTRY = {"Italie": "Italie", "Portugal": "Portugal", "Irlande": "Irlande", "Écosse": "Royaume-Uni",
           "États-Unis": "États-Unis", "Angleterre": "Royaume-Uni", "Suède": "Suède", "Cuba": "Cuba",
           "Belgique": "Belgique"}


def library():
    """Return (entries, families): entries as dicts in bench order, families key -> list of ids."""
    entries, fam = [], {}
    for key, name, prod, app, reg, col, cat, vfs in F:
        for vint, fmt in vfs:
            i = "lx%03d" % (len(entries) + 1)
            entries.append({"id": i, "name": name, "producer": prod, "appellation": app,
                            "region": reg, "country": COUNTRY.get(reg, "France"), "colour": col,
                            "category": cat, "vintage": vint,
                            "format_cl": int(fmt) if fmt == int(fmt) else fmt})
            fam.setdefault(key, []).append(i)
    return entries, fam
