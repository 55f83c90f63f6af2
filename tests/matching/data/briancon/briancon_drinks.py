"""The drinks of "Le Refuge de Serre Chevalier": one group per wine or product.

Each group: key, name, producer, appellation, region, colour (or, for a drink from abroad,
its country), category, [(vintage, format_cl), ...].
The build expands the groups, in this order, into the library entries bc001, bc002, ...
"""

SAV, RH, CH, HA = "Savoie", "Vallée du Rhône", "Champagne", "Hautes-Alpes"

G = [
    # --- Savoie whites
    ("aprem_giach", "Apremont", "Domaine Giachino", "Vin de Savoie Apremont", SAV, "blanc", "vin",
     [(2022, 75), (2023, 75), (2023, 37.5)]),
    ("aprem_masson", "Apremont Vieilles Vignes", "Domaine Jean-Claude Masson", "Vin de Savoie Apremont", SAV, "blanc", "vin",
     [(2023, 75)]),
    ("abymes_ravier", "Abymes", "Domaine Philippe et Sylvain Ravier", "Vin de Savoie Abymes", SAV, "blanc", "vin",
     [(2022, 75), (2023, 75)]),
    ("bergeron_magnin", "Chignin-Bergeron", "Domaine Louis Magnin", "Vin de Savoie Chignin-Bergeron", SAV, "blanc", "vin",
     [(2021, 75), (2022, 75)]),
    ("chignin_vullien", "Chignin", "Domaine Jean Vullien", "Vin de Savoie Chignin", SAV, "blanc", "vin",
     [(2023, 75)]),
    ("marestel_dupasq", "Roussette de Savoie Marestel", "Domaine Dupasquier", "Roussette de Savoie Marestel", SAV, "blanc", "vin",
     [(2019, 75), (2021, 75)]),
    ("ayze_belluard", "Les Alpes", "Domaine Belluard", "Vin de Savoie Ayze", SAV, "blanc", "vin",
     [(2021, 75)]),
    # --- Savoie and Hautes-Alpes reds
    ("mondeuse_idylle", "Mondeuse Arbin", "Domaine de l'Idylle", "Vin de Savoie Arbin", SAV, "rouge", "vin",
     [(2020, 75), (2021, 75), (2022, 75), (2020, 150)]),
    ("mondeuse_magnin", "Mondeuse Arbin", "Domaine Louis Magnin", "Vin de Savoie Arbin", SAV, "rouge", "vin",
     [(2021, 75)]),
    ("gamay_dupasq", "Gamay", "Domaine Dupasquier", "Vin de Savoie", SAV, "rouge", "vin",
     [(2022, 75)]),
    ("mollard_allemand", "Mollard", "Domaine Allemand", "IGP Hautes-Alpes", HA, "rouge", "vin",
     [(2021, 75), (2022, 75)]),
    # --- sparkling
    ("cremant_viallet", "Crémant de Savoie Brut", "Philippe Viallet", "Crémant de Savoie", SAV, "effervescent", "vin",
     [(None, 75)]),
    ("cerdon_bottex", "La Cueille", "Patrick Bottex", "Bugey-Cerdon", "Bugey", "rosé", "vin",
     [(None, 75)]),
    # --- Rhône
    ("cdr_guigal_r", "Côtes du Rhône Rouge", "E. Guigal", "Côtes du Rhône", RH, "rouge", "vin",
     [(2019, 75), (2020, 75), (2021, 75), (2020, 37.5)]),
    ("cdr_guigal_b", "Côtes du Rhône Blanc", "E. Guigal", "Côtes du Rhône", RH, "blanc", "vin",
     [(2022, 75)]),
    ("cdr_guigal_rs", "Côtes du Rhône Rosé", "E. Guigal", "Côtes du Rhône", RH, "rosé", "vin",
     [(2023, 75)]),
    ("meysonniers_r", "Les Meysonniers", "M. Chapoutier", "Crozes-Hermitage", RH, "rouge", "vin",
     [(2021, 75), (2022, 75)]),
    ("meysonniers_b", "Les Meysonniers", "M. Chapoutier", "Crozes-Hermitage", RH, "blanc", "vin",
     [(2022, 75)]),
    ("p45_r", "Parallèle 45 Rouge", "Paul Jaboulet Aîné", "Côtes du Rhône", RH, "rouge", "vin",
     [(2022, 75)]),
    ("tournon_delas", "François de Tournon", "Delas Frères", "Saint-Joseph", RH, "rouge", "vin",
     [(2020, 75)]),
    ("nerthe_r", "Château La Nerthe", "Château La Nerthe", "Châteauneuf-du-Pape", RH, "rouge", "vin",
     [(2018, 75), (2019, 75), (2018, 150)]),
    ("condrieu_cuill", "La Petite Côte", "Yves Cuilleron", "Condrieu", RH, "blanc", "vin",
     [(2022, 75)]),
    ("gigondas_cayron", "Gigondas", "Domaine du Cayron", "Gigondas", RH, "rouge", "vin",
     [(2020, 75)]),
    ("vieilleferme_r", "La Vieille Ferme Rouge", "Famille Perrin", "Ventoux", RH, "rouge", "vin",
     [(2022, 75), (2023, 75)]),
    # --- other wines
    ("whispering", "Whispering Angel", "Château d'Esclans", "Côtes de Provence", "Provence", "rosé", "vin",
     [(2023, 75), (2024, 75), (2023, 150)]),
    ("m_minuty", "M de Minuty", "Château Minuty", "Côtes de Provence", "Provence", "rosé", "vin",
     [(2024, 75)]),
    ("greysac", "Château Greysac", "Château Greysac", "Médoc", "Bordeaux", "rouge", "vin",
     [(2018, 75), (2019, 75)]),
    ("morgon_lapierre", "Morgon", "Marcel Lapierre", "Morgon", "Beaujolais", "rouge", "vin",
     [(2022, 75)]),
    ("chablis_laroche", "Saint Martin", "Domaine Laroche", "Chablis", "Bourgogne", "blanc", "vin",
     [(2022, 75), (2022, 37.5)]),
    # --- Champagne
    ("moet_bi", "Brut Impérial", "Moët & Chandon", "Champagne", CH, "effervescent", "champagne",
     [(None, 75), (None, 37.5), (None, 150)]),
    ("moet_rose", "Rosé Impérial", "Moët & Chandon", "Champagne", CH, "rosé", "champagne",
     [(None, 75)]),
    ("vcp", "Brut Carte Jaune", "Veuve Clicquot", "Champagne", CH, "effervescent", "champagne",
     [(None, 75), (None, 150)]),
    ("ruinart_bdb", "Blanc de Blancs", "Ruinart", "Champagne", CH, "effervescent", "champagne",
     [(None, 75)]),
    ("lp_cuvee", "La Cuvée", "Laurent-Perrier", "Champagne", CH, "effervescent", "champagne",
     [(None, 75), (None, 150)]),
    ("lp_rose", "Cuvée Rosé", "Laurent-Perrier", "Champagne", CH, "rosé", "champagne",
     [(None, 75)]),
    ("feuillatte", "Réserve Exclusive Brut", "Nicolas Feuillatte", "Champagne", CH, "effervescent", "champagne",
     [(None, 75), (None, 37.5)]),
    ("dom_perignon", "Dom Pérignon", "Moët & Chandon", "Champagne", CH, "effervescent", "champagne",
     [(2013, 75), (2015, 75)]),
    # --- aperitifs
    ("ricard", "Ricard", "Pernod Ricard", None, None, None, "spiritueux", [(None, 100)]),
    ("pastis51", "Pastis 51", "Pernod Ricard", None, None, None, "spiritueux", [(None, 100)]),
    ("martini_b", "Martini Bianco", "Martini & Rossi", None, None, None, "autre", [(None, 100)]),
    ("aperol", "Aperol", "Campari", None, None, None, "autre", [(None, 70)]),
    ("lillet_b", "Lillet Blanc", "Lillet", None, "Bordeaux", None, "autre", [(None, 75)]),
    ("suze", "Suze", "Pernod Ricard", None, None, None, "autre", [(None, 100)]),
    ("dolin_blanc", "Vermouth de Chambéry Blanc", "Dolin", None, SAV, None, "autre", [(None, 75)]),
    # --- génépis and liqueurs
    ("genepi_chartreux", "Génépi des Pères Chartreux", "Chartreuse Diffusion", None, "Dauphiné", None, "spiritueux", [(None, 70)]),
    ("genepi_dolin", "Génépi", "Dolin", None, SAV, None, "spiritueux", [(None, 70)]),
    ("genepi_bigallet", "Génépi", "Bigallet", None, "Dauphiné", None, "spiritueux", [(None, 70)]),
    ("chartreuse_v", "Chartreuse Verte", "Chartreuse Diffusion", None, "Dauphiné", None, "spiritueux", [(None, 70)]),
    ("chartreuse_j", "Chartreuse Jaune", "Chartreuse Diffusion", None, "Dauphiné", None, "spiritueux", [(None, 70)]),
    ("china_china", "China-China", "Bigallet", None, "Dauphiné", None, "spiritueux", [(None, 70)]),
    ("get27", "Get 27", "Get Frères", None, None, None, "spiritueux", [(None, 70)]),
    ("baileys", "Baileys Original", "Baileys", None, None, "Irlande", "spiritueux", [(None, 70)]),
    ("jager", "Jägermeister", "Mast-Jägermeister", None, None, "Allemagne", "spiritueux", [(None, 70)]),
    ("poire_massenez", "Poire Williams", "G.E. Massenez", None, "Alsace", None, "spiritueux", [(None, 70)]),
    # --- spirits
    ("jack", "Jack Daniel's Old No. 7", "Jack Daniel's", None, None, "États-Unis", "spiritueux", [(None, 70)]),
    ("chivas12", "Chivas Regal 12 ans", "Chivas Brothers", None, None, "Écosse", "spiritueux", [(None, 70)]),
    ("laga16", "Lagavulin 16 ans", "Lagavulin", None, None, "Écosse", "spiritueux", [(None, 70)]),
    ("nikka_ftb", "Nikka From the Barrel", "Nikka", None, None, "Japon", "spiritueux", [(None, 50)]),
    ("havana3", "Havana Club 3 ans", "Havana Club", None, None, "Cuba", "spiritueux", [(None, 70)]),
    ("havana7", "Havana Club 7 ans", "Havana Club", None, None, "Cuba", "spiritueux", [(None, 70)]),
    ("absolut", "Absolut Vodka", "Absolut", None, None, "Suède", "spiritueux", [(None, 70)]),
    ("greygoose", "Grey Goose", "Grey Goose", None, None, None, "spiritueux", [(None, 70)]),
    ("hendricks", "Hendrick's Gin", "Hendrick's", None, None, "Écosse", "spiritueux", [(None, 70)]),
    ("remy_vsop", "Rémy Martin VSOP", "Rémy Martin", "Cognac", "Cognac", None, "spiritueux", [(None, 70)]),
    # --- beers (kegs of 3,000 / 2,000 cl)
    ("k1664", "Kronenbourg 1664", "Kronenbourg", None, "Alsace", None, "bière", [(None, 3000)]),
    ("tourmente_bl", "La Tourmente Blonde", "Brasserie des Grands Cols", None, HA, None, "bière", [(None, 3000), (None, 33)]),
    ("tourmente_amb", "La Tourmente Ambrée", "Brasserie des Grands Cols", None, HA, None, "bière", [(None, 33)]),
    ("aiguille", "Aiguille Blanche", "Brasserie des Cimes", None, SAV, None, "bière", [(None, 2000), (None, 33)]),
    ("yeti", "Yéti", "Brasserie des Cimes", None, SAV, None, "bière", [(None, 33)]),
    ("pistenoire", "Piste Noire", "Brasserie des Cimes", None, SAV, None, "bière", [(None, 33)]),
    ("caturige", "Caturige", "Brasserie de Serre-Ponçon", None, HA, None, "bière", [(None, 33)]),
    ("glaciale", "Glaci'ale", "Brasserie de Serre-Ponçon", None, HA, None, "bière", [(None, 33)]),
    ("culminante", "La Culminante", "Brasserie de Serre-Ponçon", None, HA, None, "bière", [(None, 33)]),
    ("desperados", "Desperados", "Heineken", None, None, None, "bière", [(None, 33)]),
    ("corona", "Corona Extra", "AB InBev", None, None, "Mexique", "bière", [(None, 33)]),
    ("heineken00", "Heineken 0.0", "Heineken", None, None, "Pays-Bas", "bière", [(None, 33)]),
    # --- softs and waters
    ("coca", "Coca-Cola", "Coca-Cola", None, None, None, "soft", [(None, 33)]),
    ("coca_zero", "Coca-Cola Zéro", "Coca-Cola", None, None, None, "soft", [(None, 33)]),
    ("orangina", "Orangina", "Orangina", None, None, None, "soft", [(None, 25)]),
    ("schweppes", "Schweppes Indian Tonic", "Schweppes", None, None, None, "soft", [(None, 25)]),
    ("schweppes_agr", "Schweppes Agrumes", "Schweppes", None, None, None, "soft", [(None, 25)]),
    ("lorina", "Limonade", "Lorina", None, None, None, "soft", [(None, 33)]),
    ("perrier", "Perrier", "Perrier", None, None, None, "soft", [(None, 33)]),
    ("evian", "Evian", "Evian", None, None, None, "soft", [(None, 50), (None, 100)]),
    ("badoit", "Badoit", "Badoit", None, None, None, "soft", [(None, 100)]),
    ("redbull", "Red Bull", "Red Bull", None, None, None, "soft", [(None, 25)]),
    ("fuzetea", "Fuze Tea Pêche Intense", "Coca-Cola", None, None, None, "soft", [(None, 25)]),
    ("milliat_pomme", "Jus de Pomme", "Alain Milliat", None, None, None, "soft", [(None, 33)]),
]


COUNTRIES = ("Irlande", "Allemagne", "États-Unis", "Écosse", "Japon", "Cuba", "Suède", "Mexique",
             "Pays-Bas")


def library():
    """Expand the groups: returns (entries, index) with index[key] = list of entries."""
    out, index, n = [], {}, 0
    for key, name, prod, app, region, colour, cat, versions in G:
        country = "France"
        if colour in COUNTRIES:  # a drink from abroad: its country is given in the colour slot
            country, colour = colour, None
        for vint, fmt in versions:
            n += 1
            e = {"id": "bc%03d" % n, "name": name, "producer": prod, "appellation": app,
                 "region": region, "country": country, "colour": colour, "category": cat,
                 "vintage": vint, "format_cl": fmt}
            out.append(e)
            index.setdefault(key, []).append(e)
    return out, index
