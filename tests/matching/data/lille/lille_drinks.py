"""Drinks of "Estaminet Au Vieux Beffroi" (Lille).

One tuple a product: (key, name, producer, appellation, region, country, colour, category,
formats) where formats maps format_cl -> list of vintages ([None] for non-vintage).
Draught beers are held as kegs (2000 / 3000 cl). Order of entries follows this list.
"""

B, F, NL = "Belgique", "France", "Pays-Bas"
HDF = "Hauts-de-France"
NV = [None]

PRODUCTS = [
    # --- beers on draught (kegs), most also in bottle -----------------------------------
    ("jup", "Jupiler", "AB InBev (Jupille)", None, "Wallonie", B, None, "bière", {3000: NV, 25: NV}),
    ("kwak", "Kwak", "Brouwerij Bosteels", None, "Flandre", B, None, "bière", {2000: NV, 33: NV}),
    ("wmt", "Westmalle Tripel", "Abdij der Trappisten van Westmalle", None, "Flandre", B, None, "bière", {2000: NV, 33: NV, 75: NV}),
    ("chtib", "Ch'ti Blonde", "Brasserie Castelain", None, HDF, F, None, "bière", {3000: NV, 75: NV}),
    ("jenam", "Jenlain Ambrée", "Brasserie Duyck", None, HDF, F, None, "bière", {3000: NV, 25: NV, 75: NV}),
    ("anob", "Anosteké Blonde", "Brasserie du Pays Flamand", None, HDF, F, None, "bière", {2000: NV, 33: NV}),
    ("hoeg", "Hoegaarden Blanche", "Brouwerij Hoegaarden", None, "Flandre", B, None, "bière", {2000: NV}),
    ("gd", "Gulden Draak", "Brouwerij Van Steenberge", None, "Flandre", B, None, "bière", {2000: NV, 33: NV}),
    ("delt", "Delirium Tremens", "Brouwerij Huyghe", None, "Flandre", B, None, "bière", {2000: NV, 33: NV}),
    ("goud", "La Goudale", "Brasserie Goudale", None, HDF, F, None, "bière", {3000: NV, 75: NV}),
    ("troll", "Cuvée des Trolls", "Brasserie Dubuisson", None, "Wallonie", B, None, "bière", {2000: NV}),
    ("rodg", "Rodenbach Grand Cru", "Brouwerij Rodenbach", None, "Flandre", B, None, "bière", {2000: NV, 33: NV}),
    ("stfn", "St-Feuillien Cuvée de Noël", "Brasserie St-Feuillien", None, "Wallonie", B, None, "bière", {2000: NV, 75: NV}),
    # --- Trappists and abbey beers, bottles -----------------------------------------------
    ("wmd", "Westmalle Dubbel", "Abdij der Trappisten van Westmalle", None, "Flandre", B, None, "bière", {33: NV}),
    ("wv12", "Westvleteren 12", "Sint-Sixtusabdij Westvleteren", None, "Flandre", B, None, "bière", {33: NV}),
    ("ltq", "La Trappe Quadrupel", "Bierbrouwerij De Koningshoeven", None, "Brabant-Septentrional", NL, None, "bière", {33: NV}),
    ("ltt", "La Trappe Tripel", "Bierbrouwerij De Koningshoeven", None, "Brabant-Septentrional", NL, None, "bière", {33: NV}),
    ("ach8", "Achel 8 Blonde", "Brouwerij der Sint-Benedictusabdij", None, "Flandre", B, None, "bière", {33: NV}),
    ("mar6", "Maredsous 6 Blonde", "Abbaye de Maredsous", None, "Wallonie", B, None, "bière", {33: NV}),
    ("mar8", "Maredsous 8 Brune", "Abbaye de Maredsous", None, "Wallonie", B, None, "bière", {33: NV, 75: NV}),
    ("mar10", "Maredsous 10 Triple", "Abbaye de Maredsous", None, "Wallonie", B, None, "bière", {33: NV}),
    ("affb", "Affligem Blonde", "Brouwerij Affligem", None, "Flandre", B, None, "bière", {33: NV}),
    ("affd", "Affligem Double", "Brouwerij Affligem", None, "Flandre", B, None, "bière", {33: NV}),
    ("stfb", "St-Feuillien Blonde", "Brasserie St-Feuillien", None, "Wallonie", B, None, "bière", {33: NV, 75: NV}),
    ("stft", "St-Feuillien Triple", "Brasserie St-Feuillien", None, "Wallonie", B, None, "bière", {33: NV}),
    ("stfbr", "St-Feuillien Brune", "Brasserie St-Feuillien", None, "Wallonie", B, None, "bière", {33: NV}),
    ("vdgc", "Val-Dieu Grand Cru", "Brasserie de l'Abbaye du Val-Dieu", None, "Wallonie", B, None, "bière", {33: NV}),
    ("corp", "Corsendonk Pater", "Brouwerij Corsendonk", None, "Flandre", B, None, "bière", {33: NV}),
    ("flt", "Floreffe Triple", "Brasserie Lefebvre", None, "Wallonie", B, None, "bière", {33: NV}),
    ("bzb", "Brugse Zot Blond", "Brouwerij De Halve Maan", None, "Flandre", B, None, "bière", {33: NV}),
    ("sht", "Straffe Hendrik Tripel", "Brouwerij De Halve Maan", None, "Flandre", B, None, "bière", {33: NV}),
    ("shq", "Straffe Hendrik Quadrupel", "Brouwerij De Halve Maan", None, "Flandre", B, None, "bière", {33: NV}),
    ("pir", "Piraat", "Brouwerij Van Steenberge", None, "Flandre", B, None, "bière", {33: NV}),
    ("deln", "Delirium Nocturnum", "Brouwerij Huyghe", None, "Flandre", B, None, "bière", {33: NV}),
    ("gcc", "Gouden Carolus Classic", "Brouwerij Het Anker", None, "Flandre", B, None, "bière", {33: NV}),
    ("gck", "Gouden Carolus Cuvée van de Keizer Blauw", "Brouwerij Het Anker", None, "Flandre", B, None, "bière", {75: [2022, 2023]}),
    ("kasr", "Kasteel Rouge", "Brouwerij Van Honsebrouck", None, "Flandre", B, None, "bière", {33: NV}),
    ("kasd", "Kasteel Donker", "Brouwerij Van Honsebrouck", None, "Flandre", B, None, "bière", {33: NV}),
    ("vedett", "Vedett Extra Blond", "Duvel Moortgat", None, "Flandre", B, None, "bière", {33: NV}),
    ("sdup", "Saison Dupont", "Brasserie Dupont", None, "Wallonie", B, None, "bière", {33: NV, 75: NV}),
    # --- Flemish reds, lambics ---------------------------------------------------------------
    ("bush", "Bush Ambrée", "Brasserie Dubuisson", None, "Wallonie", B, None, "bière", {33: NV}),
    ("xx", "XX Bitter", "Brouwerij De Ranke", None, "Flandre", B, None, "bière", {33: NV}),
    ("lupb", "Lupulus Blonde", "Brasserie Lupulus", None, "Wallonie", B, None, "bière", {33: NV}),
    ("duch", "Duchesse de Bourgogne", "Brouwerij Verhaeghe", None, "Flandre", B, None, "bière", {33: NV}),
    ("rodc", "Rodenbach Classic", "Brouwerij Rodenbach", None, "Flandre", B, None, "bière", {25: NV}),
    ("rodv", "Rodenbach Vintage", "Brouwerij Rodenbach", None, "Flandre", B, None, "bière", {75: [2019, 2021]}),
    ("boonmp", "Boon Oude Geuze Mariage Parfait", "Brouwerij Boon", None, "Flandre", B, None, "bière", {37.5: [2018, 2020]}),
    ("jac", "Cuvée des Jacobins Rouge", "Brouwerij Omer Vander Ghinste", None, "Flandre", B, None, "bière", {33: NV}),
    ("cant", "Cantillon Gueuze 100% Lambic Bio", "Brasserie Cantillon", None, "Bruxelles", B, None, "bière", {37.5: NV, 75: NV}),
    ("boonk", "Boon Kriek", "Brouwerij Boon", None, "Flandre", B, None, "bière", {25: NV}),
    ("lindk", "Lindemans Kriek", "Brouwerij Lindemans", None, "Flandre", B, None, "bière", {25: NV}),
    # --- northern French bottles ---------------------------------------------------------------
    ("chtia", "Ch'ti Ambrée", "Brasserie Castelain", None, HDF, F, None, "bière", {75: NV}),
    ("chtit", "Ch'ti Triple", "Brasserie Castelain", None, HDF, F, None, "bière", {75: NV}),
    ("jenbl", "Jenlain Blonde", "Brasserie Duyck", None, HDF, F, None, "bière", {33: NV}),
    ("anos", "Anosteké Saison", "Brasserie du Pays Flamand", None, HDF, F, None, "bière", {75: NV}),
    ("p24b", "Page 24 Réserve Hildegarde Blonde", "Brasserie Saint-Germain", None, HDF, F, None, "bière", {33: NV}),
    ("p24a", "Page 24 Réserve Hildegarde Ambrée", "Brasserie Saint-Germain", None, HDF, F, None, "bière", {33: NV}),
    ("p24r", "Page 24 Rhub'IPA", "Brasserie Saint-Germain", None, HDF, F, None, "bière", {33: NV}),
    ("p24n", "Page 24 Bière de Noël", "Brasserie Saint-Germain", None, HDF, F, None, "bière", {33: NV}),
    ("thez", "Blonde d'Esquelbecq", "Brasserie Thiriez", None, HDF, F, None, "bière", {75: NV}),
    ("theto", "Étoile du Nord", "Brasserie Thiriez", None, HDF, F, None, "bière", {33: NV}),
    ("choa", "La Choulette Ambrée", "Brasserie La Choulette", None, HDF, F, None, "bière", {75: NV}),
    ("chof", "La Choulette Framboise", "Brasserie La Choulette", None, HDF, F, None, "bière", {33: NV}),
    ("3m", "3 Monts", "Brasserie de Saint-Sylvestre", None, HDF, F, None, "bière", {75: NV}),
    ("gav", "Gavroche", "Brasserie de Saint-Sylvestre", None, HDF, F, None, "bière", {33: NV}),
    ("bell", "Bellerose", "Brasserie des Sources", None, HDF, F, None, "bière", {2000: NV, 33: NV}),
    ("mdaa", "Moulins d'Ascq Ambrée", "Brasserie Les Moulins d'Ascq", None, HDF, F, None, "bière", {33: NV}),
    ("jup0", "Jupiler 0.0", "AB InBev (Jupille)", None, "Wallonie", B, None, "bière", {25: NV}),
    # --- genièvres and a few spirits ------------------------------------------------------------
    ("houl", "Genièvre de Houlle", "Distillerie Persyn", None, HDF, F, None, "spiritueux", {70: NV}),
    ("houl8", "Genièvre de Houlle 8 ans", "Distillerie Persyn", None, HDF, F, None, "spiritueux", {70: NV}),
    ("wamb", "Genièvre de Wambrechies 49°", "Distillerie de Wambrechies", None, HDF, F, None, "spiritueux", {70: NV}),
    ("wambf", "Fine de Wambrechies", "Distillerie de Wambrechies", None, HDF, F, None, "spiritueux", {70: NV}),
    ("loos", "Genièvre de Loos", "Distillerie Claeyssens", None, HDF, F, None, "spiritueux", {100: NV}),
    ("fillo", "Filliers Oude Graanjenever", "Distilleerderij Filliers", None, "Flandre", B, None, "spiritueux", {70: NV}),
    ("fill8", "Filliers Oude Graanjenever 8 ans", "Distilleerderij Filliers", None, "Flandre", B, None, "spiritueux", {70: NV}),
    ("elix", "Elixir d'Anvers", "F.X. de Beukelaer", None, "Flandre", B, None, "spiritueux", {70: NV}),
    ("mandn", "Mandarine Napoléon", "Mandarine Napoléon", None, None, B, None, "spiritueux", {70: NV}),
    ("bellb", "Bellevoye Bleu", "Whisky Bellevoye", None, None, F, None, "spiritueux", {70: NV}),
    ("picon", "Picon Bière", "Picon", None, None, F, None, "spiritueux", {100: NV}),
    # --- wines -----------------------------------------------------------------------------------
    ("cdr", "Côtes du Rhône Rouge", "Domaine de l'Amandine", "Côtes du Rhône", "Vallée du Rhône", F, "rouge", "vin", {75: [2022, 2023]}),
    ("gasc", "Harmonie de Gascogne", "Domaine de Pellehaut", "Côtes de Gascogne", "Sud-Ouest", F, "blanc", "vin", {75: [2023]}),
    ("sangl", "Côtes de Provence Rosé", "Domaine de la Sanglière", "Côtes de Provence", "Provence", F, "rosé", "vin", {75: [2024]}),
    ("toul", "Gris de Toul", "Domaine Lelièvre", "Côtes de Toul", "Lorraine", F, "rosé", "vin", {75: [2023]}),
    ("roc", "Château Roc de Cambes", "Château Roc de Cambes", "Côtes de Bourg", "Bordeaux", F, "rouge", "vin", {75: [2016, 2018]}),
    ("fonp", "Château Fonplégade", "Château Fonplégade", "Saint-Émilion Grand Cru", "Bordeaux", F, "rouge", "vin", {75: [2015]}),
    ("vach", "Sancerre Blanc", "Domaine Vacheron", "Sancerre", "Loire", F, "blanc", "vin", {75: [2022]}),
    ("lar", "Chablis Saint Martin", "Domaine Laroche", "Chablis", "Bourgogne", F, "blanc", "vin", {75: [2021, 2022], 37.5: [2021]}),
    ("thev", "Morgon Vieilles Vignes", "Jean-Paul Thévenet", "Morgon", "Beaujolais", F, "rouge", "vin", {75: [2020, 2022]}),
    ("comb", "Crozes-Hermitage Rouge", "Domaine Combier", "Crozes-Hermitage", "Vallée du Rhône", F, "rouge", "vin", {75: [2020, 2022]}),
    ("huet", "Vouvray Le Haut-Lieu Sec", "Domaine Huet", "Vouvray", "Loire", F, "blanc", "vin", {75: [2019, 2021]}),
    ("drap", "Drappier Carte d'Or Brut", "Drappier", "Champagne", "Champagne", F, "effervescent", "champagne", {75: NV, 150: NV}),
    ("drapn", "Drappier Brut Nature", "Drappier", "Champagne", "Champagne", F, "effervescent", "champagne", {75: NV}),
    ("henr", "Henriot Brut Souverain", "Henriot", "Champagne", "Champagne", F, "effervescent", "champagne", {75: NV}),
    # --- ciders ------------------------------------------------------------------------------------
    ("ecub", "Cidre Ecusson Brut", "Ecusson", None, "Normandie", F, None, "autre", {33: NV}),
    ("ecud", "Cidre Ecusson Doux", "Ecusson", None, "Normandie", F, None, "autre", {33: NV}),
    ("sassy", "Cidre Sassy Brut", "Maison Sassy", None, "Normandie", F, None, "autre", {75: NV}),
    # --- softs and waters --------------------------------------------------------------------------
    ("coca", "Coca-Cola", "Coca-Cola", None, None, None, None, "soft", {33: NV}),
    ("cocaz", "Coca-Cola Zéro", "Coca-Cola", None, None, None, None, "soft", {33: NV}),
    ("spar", "Spa Reine", "Spa", None, "Wallonie", B, None, "soft", {50: NV, 100: NV}),
    ("spai", "Spa Intense", "Spa", None, "Wallonie", B, None, "soft", {50: NV}),
    ("fritz", "Fritz-Kola", "Fritz-Kola", None, None, None, None, "soft", {33: NV}),
    ("orang", "Orangina", "Orangina", None, None, F, None, "soft", {25: NV}),
    ("loozo", "Looza Orange", "Looza", None, None, B, None, "soft", {20: NV}),
    ("loozp", "Looza Pomme", "Looza", None, None, B, None, "soft", {20: NV}),
    ("tonic", "Schweppes Indian Tonic", "Schweppes", None, None, None, None, "soft", {20: NV}),
    ("pschitt", "Pschitt Citron", "Pschitt", None, None, F, None, "soft", {25: NV}),
]

KEGS = (2000, 3000)


def entries():
    """All library entries in order: dicts with the bench fields plus 'key'."""
    out = []
    for key, name, prod, app, reg, ctry, col, cat, formats in PRODUCTS:
        for fmt in sorted(formats, key=lambda f: (f in KEGS, f)):
            for v in sorted(formats[fmt], key=lambda x: (x is not None, x or 0)):
                out.append({"key": key, "name": name, "producer": prod, "appellation": app,
                            "region": reg, "country": ctry, "colour": col, "category": cat,
                            "vintage": v, "format_cl": fmt})
    return out
