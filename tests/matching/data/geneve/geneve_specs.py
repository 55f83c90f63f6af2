"""What the staff typed on each till of "Le Carnotzet du Molard".

Y(till, key, measure, vintage, text): a product of a library drink (`key`), sold in
`measure` (geneve_tills.MEASURES), with the vintage the staff typed; the build computes the
answer from the rendered label (a format the drink is not held in gives `none`).
N(till, family, measure, vintage, text, price, why): a product that is no drink of the
library; `family` is its shelf (W white, R red, S rosé/sparkling/sweet, X spirits, B beer,
M softs and waters, K kitchen, C coffee, D other), used for E's article number.
`text` is the name part exactly as typed on that till (D: upper case, umlauts, no accents;
T: lower case with accents; E: the catalogue's spelling).
"""

SPECS = []


def Y(till, key, measure, vintage, text):
    SPECS.append({"till": till, "key": key, "measure": measure, "vintage": vintage, "text": text})


def N(till, fam, measure, vintage, text, price, why):
    SPECS.append(
        {
            "till": till,
            "key": None,
            "measure": measure,
            "vintage": vintage,
            "text": text,
            "fam": fam,
            "price": price,
            "why": why,
        }
    )


# =========================================================================== D (Bar-Kasse)
Y("D", "medinette", "b70", 2022, "DEZALEY MEDINETTE")
Y("D", "medinette", "b150", 2020, "MEDINETTE BOVARD")
Y("D", "medinette", "b150", 2021, "MEDINETTE")
Y("D", "chemin_de_fer", "b70", 2021, "CHEMIN DE FER MASSY")
Y("D", "chemin_de_fer", "dl1", 2020, "CHEMIN DE FER MASSY")
Y("D", "chemin_de_fer", "dl3", 2021, "CHEMIN DE FER")
Y("D", "chemin_de_fer", "b37", 2022, "CHEMIN DE FER")
Y("D", "haut_de_pierre", "b70", 2021, "HAUT DE PIERRE DUBOUX")
Y("D", "cuvee_vincent", "b70", 2020, "CALAMIN VINCENT")
Y("D", "arbalete", "b70", 2022, "ARBALETE FONJALLAZ")
Y("D", "arbalete", "b37", 2022, "ARBALETE")
Y("D", "abbayes", "b70", 2019, "CLOS DES ABBAYES")
Y("D", "blassinges", "dl1", 2022, "ST SAPHORIN BLASSINGES")
Y("D", "bayel", "b70", 2023, "FECHY BAYEL COLOMBE")
Y("D", "colombe_pn", "b75", 2021, "BLAUBURGUNDER COLOMBE")
Y("D", "murailles", "dl2", 2023, "AIGLE LES MURAILLES")
Y("D", "murailles", "b50", 2023, "LES MURAILLES")
Y("D", "maison_blanche", "b70", 2021, "YVORNE MAISON BLANCHE")
Y("D", "grain_arvine", "b75", 2022, "GRAIN ARVINE CHAPPAZ")
Y("D", "grain_arvine", "dl1", 2021, "GRAIN ARVINE")
Y("D", "ermitage_gn", "b50", 2019, "ERMITAGE GRAIN NOBLE")
Y("D", "ermitage_gn", "dl1", 2017, "ERMITAGE CHAPPAZ")
Y("D", "balavaud", "b70", 2023, "FENDANT GERMANIER")
Y("D", "cayas", "b75", 2017, "CAYAS GERMANIER")
Y("D", "cayas", "dl1", 2019, "CAYAS SYRAH")
Y("D", "paien", "b75", 2021, "PAIEN MAYE")
Y("D", "maye_syrah", "b75", 2019, "SYRAH VV MAYE")
Y("D", "heida_veritas", "dl2", 2022, "HEIDA VERITAS")
Y("D", "pierrafeu", "dl5", 2022, "FENDANT PIERRAFEU")
Y("D", "pierrafeu", "b50", 2022, "PIERRAFEU PROVINS")
Y("D", "provins_cornalin", "b75", 2019, "CORNALIN PROVINS")
Y("D", "favre_dole", "b70", 2021, "DOLE FAVRE")
Y("D", "favre_dole_blanche", "b70", 2023, "DOLE BLANCHE FAVRE")
Y("D", "tourmentin", "b75", 2019, "TOURMENTIN ROUVINEZ")
Y("D", "tourmentin", "dl1", 2021, "TOURMENTIN")
Y("D", "cornulus_humagne", "b75", 2021, "HUMAGNE ROUGE CORNULUS")
Y("D", "johannisberg", "b70", 2022, "JOHANNISBERG MONT DOR")
Y("D", "house_chasselas", "dl1", 2023, "CHASSELAS DE GENEVE")
Y("D", "house_chasselas", "dl5", None, "CHASSELAS DE GENEVE")
Y("D", "house_gamay", "dl3", 2022, "GAMAY DE GENEVE")
Y("D", "balisiers_pn", "b75", 2022, "BLAUBURGUNDER BALISIERS")
Y("D", "balisiers_pn", "dl2", 2021, "BLAUBURGUNDER BALISIERS")
Y("D", "hutins_gamaret", "b75", 2022, "GAMARET HUTINS")
Y("D", "mermetus_garanoir", "b75", 2022, "GARANOIR MERMETUS")
Y("D", "auvernier_odp", "dl2", 2023, "OEIL DE PERDRIX AUVERNIER")
Y("D", "mauler_cordon", "b150", None, "MAULER CORDON OR")
Y("D", "sassi_grossi", "b75", 2021, "SASSI GROSSI")
Y("D", "sassi_grossi", "b37", 2020, "SASSI GROSSI")
Y("D", "orizzonte", "b75", 2018, "ORIZZONTE ZÜNDEL")
Y("D", "les_alpes", "b75", 2019, "LES ALPES BELLUARD")
Y("D", "marestel", "b75", 2019, "MARESTEL DUPASQUIER")
Y("D", "pinson_chablis", "b37", 2022, "CHABLIS PINSON")
Y("D", "clos_des_feves", "b75", 2017, "CLOS DES FEVES CHANSON")
Y("D", "kubler", "cl2", None, "ABSINTH KÜBLER")
Y("D", "etter_kirsch", "cl2", None, "ZUGER KIRSCH ETTER")
Y("D", "fassbind_kirsch", "cl2", None, "KIRSCH FASSBIND")
Y("D", "studer_williams", "cl2", None, "WILLIAMS STUDER")
Y("D", "alpenbitter", "cl2", None, "APPENZELLER ALPENBITTER")
Y("D", "tamborini_grappa", "cl4", None, "GRAPPA MERLOT TAMBORINI")
Y("D", "feld_original", "f3", None, "FELDSCHLÖSSCHEN")
Y("D", "feld_original", "b33", None, "FELDSCHLÖSSCHEN")
Y("D", "quoellfrisch", "f2", None, "QUÖLLFRISCH")
Y("D", "stirling", "f5", None, "STIRLING")
Y("D", "rivella_rot", "b50", None, "RIVELLA ROT")
Y("D", "henniez_gaz", "b50", None, "HENNIEZ MIT")
Y("D", "henniez_nat", "b100", None, "HENNIEZ OHNE")
# formats the library does not hold (computed to none)
Y("D", "arbalete", "b150", 2022, "ARBALETE FONJALLAZ")
Y("D", "grain_arvine", "b150", None, "GRAIN ARVINE CHAPPAZ")
Y("D", "stirling", "b33", None, "STIRLING")
Y("D", "embuscade", "f3", None, "EMBUSCADE")
# none
N("D", "K", None, None, "FONDUE MOITIE MOITIE", 29, "food: cheese fondue")
N("D", "C", None, None, "KAFI LUZ", 6.5, "coffee with schnapps, made at the bar")
N("D", "C", None, None, "KAFI KIRSCH", 7.5, "coffee with kirsch: no kirsch sold by itself")
N("D", "D", None, None, "ZAPFENGELD", 25, "service: corkage")
N("D", "W", "dl2", None, "WEISSWEIN OFFEN", 6, "generic: open white wine")
N("D", "R", "dl1", None, "ROTWEIN OFFEN", 4.5, "generic: open red wine")
N("D", "W", "dl2", None, "DEZALEY", 11, "Dézaley alone: five Dézaleys held")
N("D", "W", "dl1", None, "FENDANT", 4.5, "Fendant alone: three held (Balavaud, Pierrafeu, Fully)")
N("D", "W", "dl2", 2022, "PETITE ARVINE", 12, "Petite Arvine alone: Chappaz's and Provins' held")
N("D", "R", "b75", None, "HUMAGNE", 38, "Humagne alone: a Humagne Rouge and a Humagne Blanche held")
N("D", "R", "dl2", None, "MERLOT TICINO", 9, "three Ticino Merlots held")
N("D", "X", "cl2", None, "KIRSCH", 6, "kirsch alone: Etter's and Fassbind's held")
N("D", "X", "cl2", None, "ABSINTH", 6, "absinthe alone: three held")
N("D", "B", "f3", None, "BIER", 5.5, "generic: three draught beers held")
N("D", "D", "f3", None, "PANACHE", 5.5, "mixed: beer with lemonade")
N(
    "D",
    "W",
    "b70",
    2022,
    "EPESSES BOVARD",
    40,
    "another village of a held producer (Bovard: Dézaley Médinette, Calamin)",
)
N(
    "D",
    "W",
    "b70",
    2022,
    "ST SAPHORIN MASSY",
    36,
    "another village of a held producer (Massy: Dézaley, Epesses)",
)
N(
    "D",
    "W",
    "b70",
    2022,
    "CLOS DES MOINES",
    44,
    "Lausanne's other estate, not held (its Clos des Abbayes is)",
)
N(
    "D",
    "R",
    "b75",
    None,
    "HUMAGNE ROUGE CHAPPAZ",
    48,
    "another grape of a held producer (Chappaz: Petite Arvine, Ermitage, Fendant)",
)
N(
    "D",
    "R",
    "b75",
    2021,
    "CORNALIN ROUVINEZ",
    45,
    "another grape of a held producer (Rouvinez: Tourmentin, Trémaille)",
)
N(
    "D",
    "W",
    "b75",
    2022,
    "PETITE ARVINE MAYE",
    42,
    "another grape of a held producer (Maye: Païen, Syrah)",
)
N(
    "D",
    "R",
    "b75",
    None,
    "BLAUBURGUNDER PROVINS",
    32,
    "Provins' Pinot Noir is not held (Fendant, Cornalin, Petite Arvine are)",
)
N(
    "D",
    "R",
    "b75",
    2023,
    "GAMAY HUTINS",
    29,
    "another grape of a held producer (Les Hutins: Gamaret, Sauvignon)",
)
N("D", "R", "b70", None, "LES MURAILLES ROUGE", 36, "another colour: only the white Murailles held")
N(
    "D",
    "W",
    "b75",
    None,
    "MERLOT BIANCO GIALDI",
    39,
    "another colour of a held producer (Gialdi: the red Sassi Grossi)",
)
N("D", "M", "b33", None, "RIVELLA GRÜN", 4.5, "another Rivella (Rot and Blau held)")
N("D", "X", "cl2", None, "ALTER KIRSCH FASSBIND", 7, "another age: Fassbind's young kirsch held")
N("D", "X", "cl4", None, "LANGATUN OLD BEAR", 14, "another whisky of a held distillery (Old Deer)")
N("D", "B", "b33", None, "MURAILLES BLONDE", 7, "a Geneva beer sharing a word with Les Murailles")
N(
    "D",
    "W",
    "b70",
    2023,
    "CHATEAU DE ROLLE",
    29,
    "an estate not held sharing words with Château de Mont",
)
N("D", "W", "dl2", None, "CALAMIN", 11, "Calamin alone: Bovard's and Duboux's held")
N("D", "R", "dl2", None, "BLAUBURGUNDER", 9, "Pinot Noir alone: three held")

# =========================================================================== T (tablet)
Y("T", "medinette", "dl1", 2021, "dézaley médinette")
Y("T", "medinette", "b70", 2023, "médinette bovard")
Y("T", "bovard_calamin", "b70", 2022, "calamin bovard")
Y("T", "chemin_de_fer", "b50", None, "chemin de fer luc massy")
Y("T", "clos_du_boux", "b70", 2022, "epesses clos du boux")
Y("T", "clos_du_boux", "dl1", 2023, "epesses")
Y("T", "haut_de_pierre", "dl3", 2021, "haut de pierre duboux")
Y("T", "abbayes", "b70", None, "clos des abbayes dézaley")
Y("T", "bayel", "dl1", 2023, "féchy bayel")
Y("T", "chateau_de_mont", "b70", 2022, "château de mont")
Y("T", "murailles", "b37", 2023, "les murailles badoux")
Y("T", "maison_blanche", "dl3", 2022, "yvorne maison blanche")
Y("T", "colombe_pn", "b75", 2021, "pinot noir la colombe")
Y("T", "grain_arvine", "dl2", 2020, "grain arvine")
Y("T", "ermitage_gn", "b50", 2018, "ermitage grain noble chappaz")
Y("T", "chappaz_fendant", "dl2", 2023, "fendant de fully chappaz")
Y("T", "balavaud", "dl5", 2022, "fendant balavaud")
Y("T", "cayas", "b150", 2018, "cayas syrah")
Y("T", "amigne", "b50", 2021, "amigne de vétroz germanier")
Y("T", "paien", "dl2", 2022, "païen vieilles vignes maye")
Y("T", "heida_veritas", "b75", 2023, "heida veritas st. jodern")
Y("T", "pierrafeu", "b50", 2023, "pierrafeu")
Y("T", "provins_cornalin", "dl2", 2020, "cornalin maître de chais")
Y("T", "provins_arvine", "b75", 2022, "petite arvine provins")
Y("T", "favre_dole_blanche", "b70", 2022, "dôle blanche favre")
Y("T", "tourmentin", "b150", None, "tourmentin rouvinez")
Y("T", "tremaille", "b75", 2021, "la trémaille rouvinez")
Y("T", "muses_humagne", "dl2", 2022, "humagne blanche des muses")
Y("T", "cornulus_humagne", "b75", 2020, "humagne rouge cornulus")
Y("T", "house_chasselas", "b100", 2023, "chasselas de genève")
Y("T", "house_gamay", "dl5", None, "gamay de genève")
Y("T", "balisiers_pn", "b150", 2020, "pinot noir des balisiers")
Y("T", "balisiers_gamaret", "b75", 2022, "gamaret balisiers")
Y("T", "hutins_sauvignon", "b75", 2022, "sauvignon blanc les hutins")
Y("T", "mermetus_aligote", "dl1", 2023, "aligoté mermetus")
Y("T", "auvernier_odp", "b37", 2023, "œil-de-perdrix château d'auvernier")
Y("T", "chambleau_odp", "dl2", 2022, "œil-de-perdrix chambleau")
Y("T", "auvernier_pn", "b75", 2019, "pinot noir auvernier")
Y("T", "mauler_cordon", "b37", None, "mauler cordon or")
Y("T", "mauler_rose", "b75", None, "mauler rosé")
Y("T", "sassi_grossi", "b150", 2018, "sassi grossi")
Y("T", "sassi_grossi", "b37", 2019, "sassi grossi")
Y("T", "orizzonte", "b75", 2020, "orizzonte zündel")
Y("T", "san_zeno", "dl1", 2020, "vigna san zeno tamborini")
Y("T", "les_alpes", "b75", 2021, "belluard les alpes")
Y("T", "le_feu", "b75", 2020, "belluard le feu")
Y("T", "quenard_bergeron", "dl2", 2022, "chignin-bergeron quénard")
Y("T", "quenard_mondeuse", "b75", 2021, "mondeuse quénard")
Y("T", "giachino_apremont", "b75", 2023, "apremont giachino")
Y("T", "pinson_mdm", "b75", 2022, "chablis 1er cru mont de milieu pinson")
Y("T", "heresztyn_gevrey", "b150", 2019, "gevrey-chambertin heresztyn")
Y("T", "heresztyn_gevrey", "b75", 2021, "gevrey-chambertin heresztyn-mazzini")
Y("T", "bachelet_maranges", "b75", 2020, "maranges la fussière bachelet-monnot")
Y("T", "bachelet_puligny", "b75", 2020, "puligny-montrachet bachelet-monnot")
Y("T", "valote", "cl2", None, "la valote blanche")
Y("T", "kubler", "cl4", None, "absinthe kübler 53")
Y("T", "etter_kirsch", "cl2", None, "kirsch etter")
Y("T", "studer_williams", "b70", None, "williams studer")
Y("T", "fassbind_poire", "cl2", None, "vieille poire fassbind")
Y("T", "feld_original", "f5", None, "feldschlösschen")
Y("T", "quoellfrisch", "f3", None, "quöllfrisch")
Y("T", "stirling", "f3", None, "stirling la nébuleuse")
Y("T", "embuscade", "b33", None, "embuscade")
Y("T", "feld_af", "b33", None, "feldschlösschen sans alcool")
Y("T", "rivella_blau", "b33", None, "rivella bleu")
Y("T", "valser", "b50", None, "valser")
# formats the library does not hold (computed to none)
Y("T", "orizzonte", "b150", 2019, "orizzonte zündel")
Y("T", "tourmentin", "b37", 2021, "le tourmentin")
Y("T", "clos_des_feves", "b150", 2018, "clos des fèves chanson")
Y("T", "embuscade", "f3", None, "embuscade")
Y("T", "feld_original", "b50", None, "feldschlösschen")
Y("T", "rivella_rot", "b100", None, "rivella rouge")
# none
N("T", "K", None, None, "fondue moitié-moitié", 29, "food: cheese fondue")
N("T", "K", None, None, "filets de perche meunière", 38, "food: perch fillets")
N("T", "K", None, None, "papet vaudois saucisse aux choux", 27, "food")
N("T", "C", None, None, "café crème", 4.5, "coffee")
N("T", "D", None, None, "droit de bouchon", 25, "service: corkage")
N("T", "D", "dl2", None, "vin chaud", 7, "mixed: mulled wine")
N("T", "W", "dl1", None, "blanc ouvert", 4.5, "generic: open white wine")
N("T", "W", "dl2", None, "chasselas", 8, "Chasselas alone: a dozen held")
N("T", "W", "b70", None, "dézaley", 50, "Dézaley alone: five Dézaleys held")
N(
    "T",
    "S",
    "dl2",
    None,
    "œil-de-perdrix",
    8,
    "Œil-de-Perdrix alone: Auvernier's and Chambleau's held",
)
N("T", "R", "b75", None, "gamaret", 35, "Gamaret alone: Balisiers' and Les Hutins' held")
N("T", "R", "dl2", None, "pinot noir", 9.5, "Pinot Noir alone: three held")
N("T", "W", "b75", None, "chappaz", 62, "producer alone: three Chappaz wines held")
N("T", "R", "b75", None, "rouvinez", 40, "producer alone: Tourmentin and Trémaille held")
N("T", "W", "dl2", None, "provins", 7.5, "producer alone: three Provins wines held")
N(
    "T",
    "W",
    "b70",
    2022,
    "epesses duboux",
    38,
    "another village of a held producer (Duboux: Dézaley, Calamin)",
)
N(
    "T",
    "W",
    "b70",
    2022,
    "dézaley croix duplex",
    49,
    "another village of a held producer (Croix Duplex: Villette)",
)
N(
    "T",
    "W",
    "b75",
    2022,
    "petite arvine germanier",
    44,
    "another grape of a held producer (Germanier: Fendant, Syrah, Amigne)",
)
N(
    "T",
    "R",
    "b75",
    2021,
    "syrah rouvinez",
    42,
    "another grape of a held producer (Rouvinez: Tourmentin, Trémaille)",
)
N(
    "T",
    "R",
    "b75",
    2021,
    "humagne rouge des muses",
    39,
    "another colour of a held producer (Muses: the Humagne Blanche)",
)
N(
    "T",
    "W",
    "b75",
    2022,
    "humagne blanche cornulus",
    37,
    "another colour of a held producer (Cornulus: the Humagne Rouge)",
)
N(
    "T",
    "W",
    "dl2",
    2024,
    "non filtré château d'auvernier",
    7.5,
    "another cuvée of a held producer (Auvernier: Neuchâtel Blanc, Œil-de-Perdrix, Pinot)",
)
N(
    "T",
    "W",
    "b75",
    2021,
    "chablis grand cru les clos pinson",
    98,
    "another cuvée of a held producer (Pinson: Chablis, Mont de Milieu)",
)
N(
    "T",
    "R",
    "b75",
    2019,
    "beaune 1er cru grèves chanson",
    85,
    "another climat of a held producer (Chanson: Clos des Fèves)",
)
N(
    "T",
    "R",
    "b75",
    2020,
    "gevrey-chambertin 1er cru les goulots heresztyn",
    118,
    "a premier cru of a held producer (Heresztyn-Mazzini: the village Gevrey)",
)
N(
    "T",
    "R",
    "b75",
    2021,
    "mondeuse belluard",
    39,
    "another grape of a held producer (Belluard: Gringets)",
)
N("T", "X", "cl2", None, "absinthe kübler blanche 72", 7, "another degree: the Kübler 53 held")
N("T", "X", "cl2", None, "vieille prune fassbind", 6.5, "another eau-de-vie of a held producer")
N("T", "X", "cl2", None, "kirsch etter 10 ans", 8, "another age: Etter's young Zuger Kirsch held")
N("T", "X", "cl2", None, "poire", 6, "pear brandy alone: Fassbind's and Studer's held")
N("T", "M", "b50", None, "henniez légère", 4.5, "another Henniez (Naturelle and Gazeuse held)")
N("T", "M", "b50", None, "valser silence", 4.8, "another Valser (the Classic held)")
N("T", "M", "b33", None, "coca-cola", 4.8, "not held")

# =========================================================================== E (export)
Y("E", "medinette", "b70", 2022, "Dézaley Grand Cru Médinette, Louis Bovard")
Y("E", "medinette", "b150", 2019, "Dézaley Grand Cru Médinette, Louis Bovard")
Y("E", "chemin_de_fer", "b50", 2021, "Dézaley Chemin de Fer, Luc Massy")
Y("E", "chemin_de_fer", "dl1", 2020, "Dézaley Chemin de Fer, Luc Massy")
Y("E", "cuvee_vincent", "dl2", 2021, "Calamin Cuvée Vincent, Blaise Duboux")
Y("E", "arbalete", "b70", 2023, "Dézaley L'Arbalète, Domaine Fonjallaz")
Y("E", "abbayes", "dl5", 2022, "Clos des Abbayes, Dézaley Grand Cru")
Y("E", "blassinges", "b70", 2021, "Saint-Saphorin Les Blassinges, P.-L. Leyvraz")
Y("E", "villette", "b70", 2023, "Villette, Domaine Croix Duplex")
Y("E", "bayel", "b70", 2022, "Féchy Bayel, Domaine de la Colombe")
Y("E", "chateau_de_mont", "dl2", 2023, "Château de Mont, Mont-sur-Rolle")
Y("E", "murailles", "b37", 2021, "Aigle Les Murailles, Henri Badoux")
Y("E", "grain_arvine", "b75", 2021, "Petite Arvine Grain Arvine, M.-T. Chappaz")
Y("E", "ermitage_gn", "b50", 2020, "Ermitage Grain Noble, M.-T. Chappaz")
Y("E", "cayas", "dl2", 2020, "Cayas Syrah, J.-R. Germanier")
Y("E", "pierrafeu", "b70", 2023, "Fendant Pierrafeu, Provins")
Y("E", "provins_cornalin", "b75", 2022, "Cornalin Maître de Chais, Provins")
Y("E", "tourmentin", "b75", 2021, "Le Tourmentin, Cave Rouvinez")
Y("E", "favre_dole", "dl2", 2023, "Dôle, Les Fils de Charles Favre")
Y("E", "house_chasselas", "dl1", 2023, "Chasselas de Genève AOC, Cave de Genève")
Y("E", "house_gamay", "b100", 2023, "Gamay de Genève AOC, Cave de Genève")
Y("E", "balisiers_pn", "b75", 2021, "Pinot Noir, Domaine des Balisiers")
Y("E", "hutins_gamaret", "b75", 2020, "Gamaret, Domaine Les Hutins")
Y("E", "mermetus_garanoir", "dl2", 2022, "Garanoir, Domaine Mermetus")
Y("E", "chambleau_odp", "b75", 2021, "Œil-de-Perdrix, Caves de Chambleau")
Y("E", "auvernier_blanc", "b70", 2023, "Neuchâtel Blanc, Château d'Auvernier")
Y("E", "mauler_cordon", "b150", None, "Mauler Cordon Or Brut")
Y("E", "sassi_grossi", "b37", 2020, "Merlot Sassi Grossi, Gialdi")
Y("E", "san_zeno", "b75", 2022, "Merlot Vigna San Zeno, Tamborini")
Y("E", "marestel", "b75", 2018, "Roussette de Savoie Marestel, Dupasquier")
Y("E", "quenard_bergeron", "b75", 2021, "Chignin-Bergeron, J.-F. Quénard")
Y("E", "pinson_chablis", "b37", 2021, "Chablis, Domaine Pinson")
Y("E", "pinson_mdm", "b75", 2020, "Chablis 1er Cru Mont de Milieu, Pinson")
Y("E", "clos_des_feves", "b75", 2019, "Beaune 1er Cru Clos des Fèves, Chanson")
Y("E", "heresztyn_gevrey", "b150", 2019, "Gevrey-Chambertin, Heresztyn-Mazzini")
Y("E", "bachelet_puligny", "b75", 2021, "Puligny-Montrachet, Bachelet-Monnot")
Y("E", "etter_kirsch", "cl2", None, "Zuger Kirsch AOP, Etter")
Y("E", "clandestine", "b70", None, "Absinthe La Clandestine")
Y("E", "langatun", "cl4", None, "Langatun Old Deer Single Malt")
Y("E", "quoellfrisch", "b33", None, "Appenzeller Quöllfrisch hell")
Y("E", "stirling", "f5", None, "La Nébuleuse Stirling")
Y("E", "suessmost", "b33", None, "Ramseier Süessmost")
# formats the library does not hold (computed to none)
Y("E", "cayas", "b37", 2020, "Cayas Syrah, J.-R. Germanier")
Y("E", "auvernier_odp", "b150", 2023, "Œil-de-Perdrix, Château d'Auvernier")
Y("E", "mauler_rose", "b37", None, "Mauler Rosé Brut")
Y("E", "le_feu", "b150", 2020, "Le Feu, Domaine Belluard")
Y("E", "kubler", "b50", None, "Absinthe Kübler 53")
Y("E", "rivella_blau", "b50", None, "Rivella Blau")
# none
N("E", "K", None, None, "Fondue moitié-moitié", 29, "food: cheese fondue")
N("E", "K", None, None, "Croûte au fromage", 22, "food")
N("E", "K", None, None, "Raclette à discrétion", 38, "food")
N("E", "D", None, None, "Privatisierung Carnotzet", 1500, "service: private hire of the cellar")
N("E", "K", None, None, "Apéro riche 20 Pers.", 1250, "food: apéritif buffet for 20")
N("E", "D", None, None, "Zapfengeld pro Flasche", 25, "service: corkage")
N("E", "C", None, None, "Kafi Luz", 6.5, "coffee with schnapps, made at the bar")
N("E", "C", None, None, "Espresso", 4.2, "coffee")
N("E", "D", None, None, "Aperol Spritz", 13, "cocktail")
N("E", "D", "dl2", None, "Glühwein", 7, "mixed: mulled wine")
N("E", "W", "dl1", None, "Offenwein Weiss", 4.5, "generic: open white wine")
N("E", "R", "b75", None, "Merlot del Ticino DOC", 45, "Merlot alone: three Ticino reds held")
N("E", "W", "b70", None, "Dézaley Grand Cru", 50, "Dézaley alone: five Dézaleys held")
N(
    "E",
    "W",
    "b70",
    2022,
    "Epesses, Blaise Duboux",
    38,
    "another village of a held producer (Duboux: Dézaley, Calamin)",
)
N(
    "E",
    "W",
    "b70",
    2023,
    "Lutry, Domaine Croix Duplex",
    28,
    "another village of a held producer (Croix Duplex: Villette)",
)
N(
    "E",
    "S",
    "b50",
    2019,
    "Petite Arvine Grain Noble, M.-T. Chappaz",
    95,
    "another sweet wine of a held producer (Chappaz: Grain Arvine dry, Ermitage Grain Noble)",
)
N(
    "E",
    "W",
    "b75",
    2022,
    "Chablis Grand Cru Les Preuses, Pinson",
    105,
    "another cuvée of a held producer (Pinson: Chablis, Mont de Milieu)",
)
N(
    "E",
    "X",
    "cl2",
    None,
    "Williams, Etter",
    6.5,
    "another eau-de-vie of a held producer (Etter: kirsch)",
)
N("E", "B", "b33", None, "Appenzeller Vollmond", 7, "another beer of a held brewery (Quöllfrisch)")
N("E", "B", "f3", None, "Feldschlösschen Amber", 6, "another beer of a held brewery (Original)")
