"""The drinks of "Le Carnotzet du Molard" (Geneva), blind held-out set `geneve`.

Each drink: key, name, producer, appellation, region, country, colour, category,
formats {format_cl: [vintages]} ([None] for a non-vintage drink) and a base price in CHF
(the price of its ordinary bottle, or of a Stange for a draught beer).
Library ids are given in this order: drink by drink, format by format, vintage ascending.
"""

CH, FR = "Suisse", "France"
V, SP, BI, SO = "vin", "spiritueux", "bière", "soft"

# key, name, producer, appellation, region, country, colour, category, formats, price
DRINKS = [
    # --- Vaud, Lavaux (Chasselas) ---
    ("medinette", "Dézaley Médinette", "Domaine Louis Bovard", "Dézaley Grand Cru", "Vaud", CH,
     "blanc", V, {70: [2021, 2022], 150: [2020]}, 52),
    ("bovard_calamin", "Calamin Grand Cru", "Domaine Louis Bovard", "Calamin Grand Cru", "Vaud", CH,
     "blanc", V, {70: [2022]}, 44),
    ("chemin_de_fer", "Dézaley Chemin de Fer", "Luc Massy", "Dézaley Grand Cru", "Vaud", CH,
     "blanc", V, {70: [2020, 2022], 50: [2022]}, 48),
    ("clos_du_boux", "Epesses Clos du Boux", "Luc Massy", "Epesses", "Vaud", CH,
     "blanc", V, {70: [2023]}, 34),
    ("haut_de_pierre", "Dézaley Haut de Pierre", "Blaise Duboux", "Dézaley Grand Cru", "Vaud", CH,
     "blanc", V, {70: [2021]}, 56),
    ("cuvee_vincent", "Calamin Cuvée Vincent", "Blaise Duboux", "Calamin Grand Cru", "Vaud", CH,
     "blanc", V, {70: [2021, 2022]}, 46),
    ("arbalete", "Dézaley L'Arbalète", "Domaine Fonjallaz", "Dézaley Grand Cru", "Vaud", CH,
     "blanc", V, {70: [2022], 37.5: [2022]}, 50),
    ("abbayes", "Clos des Abbayes", "Domaines de la Ville de Lausanne", "Dézaley Grand Cru", "Vaud", CH,
     "blanc", V, {70: [2021, 2022]}, 42),
    ("villette", "Villette Chasselas", "Domaine Croix Duplex", "Villette", "Vaud", CH,
     "blanc", V, {70: [2023]}, 29),
    ("blassinges", "Saint-Saphorin Les Blassinges", "Pierre-Luc Leyvraz", "Saint-Saphorin", "Vaud", CH,
     "blanc", V, {70: [2022, 2023]}, 33),
    # --- Vaud, La Côte and Chablais ---
    ("bayel", "Féchy Bayel", "Domaine de la Colombe", "Féchy", "Vaud", CH,
     "blanc", V, {70: [2022, 2023]}, 31),
    ("colombe_pn", "Pinot Noir", "Domaine de la Colombe", "La Côte", "Vaud", CH,
     "rouge", V, {75: [2021]}, 36),
    ("chateau_de_mont", "Château de Mont", "Château de Mont", "Mont-sur-Rolle", "Vaud", CH,
     "blanc", V, {70: [2023]}, 27),
    ("murailles", "Aigle Les Murailles", "Henri Badoux", "Aigle", "Vaud", CH,
     "blanc", V, {70: [2022, 2023], 37.5: [2023]}, 32),
    ("maison_blanche", "Yvorne Château Maison Blanche", "Château Maison Blanche", "Yvorne", "Vaud", CH,
     "blanc", V, {70: [2022]}, 35),
    # --- Valais ---
    ("grain_arvine", "Petite Arvine Grain Arvine", "Marie-Thérèse Chappaz", "Valais", "Valais", CH,
     "blanc", V, {75: [2021, 2022]}, 62),
    ("ermitage_gn", "Ermitage Grain Noble", "Marie-Thérèse Chappaz", "Valais", "Valais", CH,
     "liquoreux", V, {50: [2018, 2019]}, 85),
    ("chappaz_fendant", "Fendant de Fully", "Marie-Thérèse Chappaz", "Valais", "Valais", CH,
     "blanc", V, {70: [2023]}, 34),
    ("balavaud", "Fendant Balavaud", "Jean-René Germanier", "Valais", "Valais", CH,
     "blanc", V, {70: [2023]}, 26),
    ("cayas", "Cayas Syrah", "Jean-René Germanier", "Valais", "Valais", CH,
     "rouge", V, {75: [2019, 2020], 150: [2018]}, 68),
    ("amigne", "Amigne de Vétroz", "Jean-René Germanier", "Valais", "Valais", CH,
     "blanc", V, {50: [2022]}, 38),
    ("paien", "Païen Vieilles Vignes", "Simon Maye & Fils", "Valais", "Valais", CH,
     "blanc", V, {75: [2022]}, 39),
    ("maye_syrah", "Syrah Vieilles Vignes", "Simon Maye & Fils", "Valais", "Valais", CH,
     "rouge", V, {75: [2020, 2021]}, 49),
    ("heida_veritas", "Heida Veritas", "St. Jodern Kellerei", "Valais", "Valais", CH,
     "blanc", V, {75: [2022]}, 36),
    ("pierrafeu", "Fendant Pierrafeu", "Provins", "Valais", "Valais", CH,
     "blanc", V, {70: [2022, 2023], 50: [2023]}, 24),
    ("provins_cornalin", "Cornalin Maître de Chais", "Provins", "Valais", "Valais", CH,
     "rouge", V, {75: [2020, 2021]}, 46),
    ("provins_arvine", "Petite Arvine Maître de Chais", "Provins", "Valais", "Valais", CH,
     "blanc", V, {75: [2022]}, 42),
    ("favre_dole", "Dôle", "Les Fils de Charles Favre", "Valais", "Valais", CH,
     "rouge", V, {70: [2022]}, 29),
    ("favre_dole_blanche", "Dôle Blanche", "Les Fils de Charles Favre", "Valais", "Valais", CH,
     "rosé", V, {70: [2023]}, 27),
    ("tourmentin", "Le Tourmentin", "Cave Rouvinez", "Valais", "Valais", CH,
     "rouge", V, {75: [2021, 2022], 150: [2020]}, 39),
    ("tremaille", "La Trémaille", "Cave Rouvinez", "Valais", "Valais", CH,
     "blanc", V, {75: [2021]}, 41),
    ("cornulus_humagne", "Humagne Rouge", "Domaine Cornulus", "Valais", "Valais", CH,
     "rouge", V, {75: [2021]}, 38),
    ("muses_humagne", "Humagne Blanche", "Domaine des Muses", "Valais", "Valais", CH,
     "blanc", V, {75: [2022]}, 35),
    ("johannisberg", "Johannisberg", "Domaine du Mont d'Or", "Valais", "Valais", CH,
     "blanc", V, {70: [2022]}, 28),
    # --- Genève ---
    ("house_chasselas", "Chasselas de Genève", "Cave de Genève", "Genève", "Genève", CH,
     "blanc", V, {100: [2023]}, 32),
    ("house_gamay", "Gamay de Genève", "Cave de Genève", "Genève", "Genève", CH,
     "rouge", V, {100: [2023]}, 34),
    ("balisiers_pn", "Pinot Noir", "Domaine des Balisiers", "Genève", "Genève", CH,
     "rouge", V, {75: [2021, 2022], 150: [2020]}, 38),
    ("balisiers_gamaret", "Gamaret", "Domaine des Balisiers", "Genève", "Genève", CH,
     "rouge", V, {75: [2022]}, 36),
    ("hutins_gamaret", "Gamaret", "Domaine Les Hutins", "Genève", "Genève", CH,
     "rouge", V, {75: [2021]}, 34),
    ("hutins_sauvignon", "Sauvignon Blanc", "Domaine Les Hutins", "Genève", "Genève", CH,
     "blanc", V, {75: [2023]}, 31),
    ("mermetus_aligote", "Aligoté", "Domaine Mermetus", "Genève", "Genève", CH,
     "blanc", V, {75: [2023]}, 29),
    ("mermetus_garanoir", "Garanoir", "Domaine Mermetus", "Genève", "Genève", CH,
     "rouge", V, {75: [2022]}, 33),
    # --- Neuchâtel ---
    ("auvernier_odp", "Œil-de-Perdrix", "Château d'Auvernier", "Neuchâtel", "Neuchâtel", CH,
     "rosé", V, {75: [2023], 37.5: [2023]}, 30),
    ("auvernier_blanc", "Neuchâtel Blanc", "Château d'Auvernier", "Neuchâtel", "Neuchâtel", CH,
     "blanc", V, {70: [2023]}, 24),
    ("auvernier_pn", "Pinot Noir", "Château d'Auvernier", "Neuchâtel", "Neuchâtel", CH,
     "rouge", V, {75: [2021]}, 35),
    ("chambleau_odp", "Œil-de-Perdrix", "Caves de Chambleau", "Neuchâtel", "Neuchâtel", CH,
     "rosé", V, {75: [2022, 2023]}, 29),
    ("mauler_cordon", "Cordon Or Brut", "Mauler", "Vin mousseux", "Neuchâtel", CH,
     "effervescent", V, {75: [None], 37.5: [None], 150: [None]}, 49),
    ("mauler_rose", "Rosé Brut", "Mauler", "Vin mousseux", "Neuchâtel", CH,
     "rosé", V, {75: [None]}, 54),
    # --- Ticino ---
    ("sassi_grossi", "Sassi Grossi", "Gialdi", "Ticino", "Tessin", CH,
     "rouge", V, {75: [2019, 2020], 37.5: [2020], 150: [2018]}, 58),
    ("orizzonte", "Orizzonte", "Christian Zündel", "Ticino", "Tessin", CH,
     "rouge", V, {75: [2019]}, 64),
    ("san_zeno", "Vigna San Zeno", "Tamborini", "Ticino", "Tessin", CH,
     "rouge", V, {75: [2020, 2021]}, 39),
    # --- Savoie ---
    ("les_alpes", "Les Alpes", "Domaine Belluard", "Vin de Savoie Ayze", "Savoie", FR,
     "blanc", V, {75: [2020, 2021]}, 45),
    ("le_feu", "Le Feu", "Domaine Belluard", "Vin de Savoie Ayze", "Savoie", FR,
     "blanc", V, {75: [2020]}, 58),
    ("quenard_bergeron", "Chignin-Bergeron", "Jean-François Quénard", "Vin de Savoie Chignin-Bergeron",
     "Savoie", FR, "blanc", V, {75: [2022]}, 38),
    ("quenard_mondeuse", "Mondeuse", "Jean-François Quénard", "Vin de Savoie", "Savoie", FR,
     "rouge", V, {75: [2021]}, 34),
    ("marestel", "Marestel", "Domaine Dupasquier", "Roussette de Savoie Marestel", "Savoie", FR,
     "blanc", V, {75: [2018, 2019]}, 36),
    ("giachino_apremont", "Apremont", "Domaine Giachino", "Vin de Savoie Apremont", "Savoie", FR,
     "blanc", V, {75: [2022]}, 28),
    # --- Bourgogne ---
    ("pinson_chablis", "Chablis", "Domaine Pinson", "Chablis", "Bourgogne", FR,
     "blanc", V, {75: [2022], 37.5: [2022]}, 44),
    ("pinson_mdm", "Chablis 1er Cru Mont de Milieu", "Domaine Pinson", "Chablis Premier Cru",
     "Bourgogne", FR, "blanc", V, {75: [2020, 2021]}, 62),
    ("clos_des_feves", "Beaune 1er Cru Clos des Fèves", "Domaine Chanson", "Beaune Premier Cru",
     "Bourgogne", FR, "rouge", V, {75: [2018, 2019]}, 88),
    ("heresztyn_gevrey", "Gevrey-Chambertin", "Domaine Heresztyn-Mazzini", "Gevrey-Chambertin",
     "Bourgogne", FR, "rouge", V, {75: [2020], 150: [2019]}, 79),
    ("bachelet_maranges", "Maranges 1er Cru La Fussière", "Domaine Bachelet-Monnot",
     "Maranges Premier Cru", "Bourgogne", FR, "rouge", V, {75: [2021]}, 42),
    ("bachelet_puligny", "Puligny-Montrachet", "Domaine Bachelet-Monnot", "Puligny-Montrachet",
     "Bourgogne", FR, "blanc", V, {75: [2021]}, 92),
    # --- Spirits ---
    ("kubler", "Absinthe Kübler 53", "Kübler", "Absinthe du Val-de-Travers", "Neuchâtel", CH,
     None, SP, {70: [None]}, 68),
    ("clandestine", "La Clandestine", "Artemisia-Bugnon", "Absinthe du Val-de-Travers", "Neuchâtel",
     CH, None, SP, {70: [None]}, 75),
    ("valote", "La Valote Blanche", "La Valote Martin", "Absinthe du Val-de-Travers", "Neuchâtel",
     CH, None, SP, {70: [None]}, 79),
    ("etter_kirsch", "Zuger Kirsch", "Etter Söhne", "Zuger Kirsch AOP", "Zoug", CH,
     None, SP, {70: [None]}, 72),
    ("fassbind_kirsch", "Kirsch", "Fassbind", "Eau-de-vie de cerise", "Schwyz", CH,
     None, SP, {70: [None]}, 64),
    ("fassbind_poire", "Vieille Poire", "Fassbind", "Eau-de-vie de poire", "Schwyz", CH,
     None, SP, {70: [None]}, 69),
    ("studer_williams", "Poire Williams", "Studer", "Eau-de-vie de poire Williams", "Lucerne", CH,
     None, SP, {70: [None]}, 61),
    ("alpenbitter", "Appenzeller Alpenbitter", "Appenzeller Alpenbitter AG", "Liqueur aux herbes",
     "Appenzell", CH, None, SP, {70: [None]}, 42),
    ("tamborini_grappa", "Grappa di Merlot", "Tamborini", "Grappa del Ticino", "Tessin", CH,
     None, SP, {70: [None]}, 58),
    ("langatun", "Old Deer", "Langatun", "Single Malt Whisky", "Berne", CH,
     None, SP, {50: [None]}, 79),
    # --- Beers (draught beers held as their keg) ---
    ("feld_original", "Feldschlösschen Original", "Feldschlösschen", None, "Argovie", CH,
     None, BI, {3000: [None], 33: [None]}, 5.5),
    ("feld_af", "Feldschlösschen Alkoholfrei", "Feldschlösschen", None, "Argovie", CH,
     None, BI, {33: [None]}, 5.5),
    ("quoellfrisch", "Quöllfrisch hell", "Brauerei Locher", None, "Appenzell", CH,
     None, BI, {3000: [None], 33: [None]}, 6),
    ("stirling", "Stirling", "La Nébuleuse", None, "Vaud", CH,
     None, BI, {2000: [None]}, 7),
    ("embuscade", "Embuscade", "La Nébuleuse", None, "Vaud", CH,
     None, BI, {33: [None]}, 7.5),
    ("houleuse", "Houleuse", "Docteur Gab's", None, "Vaud", CH,
     None, BI, {33: [None]}, 7.5),
    ("meule", "La Meule", "BFM", None, "Jura", CH,
     None, BI, {33: [None]}, 7),
    # --- Softs and waters ---
    ("rivella_rot", "Rivella Rot", "Rivella", None, None, CH, None, SO, {33: [None], 50: [None]}, 4.5),
    ("rivella_blau", "Rivella Blau", "Rivella", None, None, CH, None, SO, {33: [None]}, 4.5),
    ("henniez_nat", "Henniez Naturelle", "Henniez", None, None, CH, None, SO, {50: [None], 100: [None]}, 4.5),
    ("henniez_gaz", "Henniez Gazeuse", "Henniez", None, None, CH, None, SO, {50: [None], 100: [None]}, 4.5),
    ("valser", "Valser Classic", "Valser", None, None, CH, None, SO, {50: [None]}, 4.8),
    ("elmer", "Elmer Citro", "Elmer", None, None, CH, None, SO, {33: [None]}, 4.8),
    ("suessmost", "Süessmost", "Ramseier", None, None, CH, None, SO, {33: [None]}, 4.8),
    ("vivi_kola", "Vivi Kola", "Vivi Kola", None, None, CH, None, SO, {33: [None]}, 5.2),
]

FIELDS = ("key", "name", "producer", "appellation", "region", "country", "colour", "category",
          "formats", "price")
BY_KEY = {d[0]: dict(zip(FIELDS, d)) for d in DRINKS}
assert len(BY_KEY) == len(DRINKS)

ID_PREFIX = "g"


def library():
    """The library rows in id order, and {(key, format, vintage): id}."""
    rows, ids = [], {}
    for d in DRINKS:
        dd = BY_KEY[d[0]]
        for fmt, vintages in dd["formats"].items():
            for vint in sorted(vintages, key=lambda v: (v is not None, v or 0)):
                bid = "%s%03d" % (ID_PREFIX, len(rows) + 1)
                ids[(dd["key"], fmt, vint)] = bid
                rows.append({"id": bid, "name": dd["name"], "producer": dd["producer"],
                             "appellation": dd["appellation"], "region": dd["region"],
                             "country": dd["country"], "colour": dd["colour"],
                             "category": dd["category"], "vintage": vint,
                             "format_cl": int(fmt) if float(fmt).is_integer() else fmt})
    return rows, ids


def ordinary_format(key):
    """The bottle a pour refers to: 75 cl, else 70 cl, else the keg, else the only format
    (a 100 cl house wine, a 50 cl sweet wine or whisky). Never a half, a 50 cl bottle of a
    wine that has a 70 cl one, or a magnum."""
    fmts = BY_KEY[key]["formats"]
    if BY_KEY[key]["category"] == BI:
        kegs = [f for f in fmts if f >= 2000]
        return kegs[0] if kegs else None
    for f in (75, 70):
        if f in fmts:
            return f
    if len(fmts) == 1:
        return next(iter(fmts))
    return None
