"""Drinks of "Le Fil à Plomb" (Paris 9e, Pigalle), an invented cocktail and spirits bar.

One product per tuple: (key, name, producer, appellation, region, country, colour,
category, formats).  `formats` is a list of (format_cl, [vintages]) in the order the
library lists them; a non-vintage drink has [None].  build_cocktail.py numbers the
entries ck001, ck002... in this order (formats in the order given, vintages ascending).
"""

R, B, RS, EFF = "rouge", "blanc", "rosé", "effervescent"
VIN, CHP, SPI, BIE, SOFT, AUT = "vin", "champagne", "spiritueux", "bière", "soft", "autre"
FR = "France"
NV = [None]

WINES = [
    ("hm", "Château Haut-Marbuzet", "Château Haut-Marbuzet", "Saint-Estèphe", "Bordeaux", FR,
     R, VIN, [(75, [2016, 2018, 2019]), (150, [2015]), (37.5, [2018])]),
    ("qz", "Les Quartz", "Le Clos du Caillou", "Côtes du Rhône", "Vallée du Rhône", FR,
     R, VIN, [(75, [2019, 2020]), (150, [2019])]),
    ("bg", "Bouquet des Garrigues", "Le Clos du Caillou", "Côtes du Rhône", "Vallée du Rhône", FR,
     R, VIN, [(75, [2022, 2023]), (150, [2022])]),
    ("mc", "Quat'Saisons", "Château La Mascaronne", "Côtes de Provence", "Provence", FR,
     RS, VIN, [(75, [2023, 2024]), (150, [2023])]),
    ("md", "Les Monts Damnés", "Domaine Thomas-Labaille", "Sancerre", "Loire", FR,
     B, VIN, [(75, [2022, 2023]), (37.5, [2022])]),
    ("pc", "Poncié", "Pierre-Marie Chermette", "Fleurie", "Beaujolais", FR,
     R, VIN, [(75, [2021, 2022])]),
    ("inf", "L'Infidèle", "Mas Cal Demoura", "Terrasses du Larzac", "Languedoc", FR,
     R, VIN, [(75, [2020])]),
    ("gh", "Mâcon-Pierreclos", "Domaine Guffens-Heynen", "Mâcon-Pierreclos", "Bourgogne", FR,
     B, VIN, [(75, [2021])]),
]

CHAMPAGNES = [
    ("vf", "Grande Réserve Brut Premier Cru", "Veuve Fourny & Fils", "Champagne", "Champagne", FR,
     EFF, CHP, [(75, NV), (37.5, NV), (150, NV)]),
    ("vfr", "Rosé Brut Premier Cru", "Veuve Fourny & Fils", "Champagne", "Champagne", FR,
     RS, CHP, [(75, NV)]),
    ("pp", "Les Parcelles Extra Brut Grand Cru", "Pierre Paillard", "Champagne", "Champagne", FR,
     EFF, CHP, [(75, NV), (150, NV)]),
    ("ppr", "Les Terres Roses Extra Brut Grand Cru", "Pierre Paillard", "Champagne", "Champagne", FR,
     RS, CHP, [(75, NV)]),
    ("pm", "Les Maillerettes Blanc de Noirs", "Pierre Paillard", "Champagne", "Champagne", FR,
     EFF, CHP, [(75, [2016, 2017])]),
    ("mt", "Grande Cuvée Brut", "Moutard Père & Fils", "Champagne", "Champagne", FR,
     EFF, CHP, [(75, NV)]),
]


def _s(key, name, producer, appellation, region, country, fmt=70, vintages=NV, cat=SPI):
    return (key, name, producer, appellation, region, country, None, cat, [(fmt, list(vintages))])


SCO, US, MX = "Écosse", "États-Unis", "Mexique"
SPIRITS = [
    _s("g10", "Glengoyne 10 ans", "Glengoyne Distillery", "Highland Single Malt", "Highlands", SCO),
    _s("g12", "Glengoyne 12 ans", "Glengoyne Distillery", "Highland Single Malt", "Highlands", SCO),
    _s("g18", "Glengoyne 18 ans", "Glengoyne Distillery", "Highland Single Malt", "Highlands", SCO),
    _s("cr13", "Craigellachie 13 ans", "Craigellachie Distillery", "Speyside Single Malt", "Speyside", SCO),
    _s("cr17", "Craigellachie 17 ans", "Craigellachie Distillery", "Speyside Single Malt", "Speyside", SCO),
    _s("mo12", "Mortlach 12 ans The Wee Witchie", "Mortlach Distillery", "Speyside Single Malt", "Speyside", SCO),
    _s("kk12", "Kilkerran 12 ans", "Glengyle Distillery", "Campbeltown Single Malt", "Campbeltown", SCO),
    _s("kk16", "Kilkerran 16 ans", "Glengyle Distillery", "Campbeltown Single Malt", "Campbeltown", SCO),
    _s("ed10", "Edradour 10 ans", "Edradour Distillery", "Highland Single Malt", "Highlands", SCO),
    _s("td12", "Tamdhu 12 ans", "Tamdhu Distillery", "Speyside Single Malt", "Speyside", SCO),
    _s("am12", "Aultmore 12 ans", "Aultmore Distillery", "Speyside Single Malt", "Speyside", SCO),
    _s("hk", "Hakushu Distiller's Reserve", "Suntory", "Japanese Single Malt", "Yamanashi", "Japon"),
    _s("wp10", "WhistlePig 10 ans Straight Rye", "WhistlePig", "Straight Rye Whiskey", "Vermont", US),
    _s("sz", "Sazerac Rye", "Sazerac Company", "Kentucky Straight Rye Whiskey", "Kentucky", US),
    _s("of", "Old Forester 1920 Prohibition Style", "Brown-Forman", "Kentucky Straight Bourbon",
       "Kentucky", US),
    _s("sc11", "Ron Santiago de Cuba 11 años", "Ron Santiago de Cuba", "Ron de Cuba", "Santiago de Cuba", "Cuba"),
    _s("sc20", "Ron Santiago de Cuba 20 años", "Ron Santiago de Cuba", "Ron de Cuba", "Santiago de Cuba", "Cuba"),
    _s("scb", "Ron Santiago de Cuba Carta Blanca", "Ron Santiago de Cuba", "Ron de Cuba", "Santiago de Cuba", "Cuba"),
    _s("mt15", "Ron Matusalem Gran Reserva 15", "Ron Matusalem", "Rhum traditionnel", None,
       "République dominicaine"),
    _s("mt23", "Ron Matusalem Gran Reserva 23", "Ron Matusalem", "Rhum traditionnel", None,
       "République dominicaine"),
    _s("eh5", "English Harbour 5 ans", "Antigua Distillery", "Rhum traditionnel", "Antigua",
       "Antigua-et-Barbuda"),
    _s("br", "Brugal 1888", "Brugal", "Rhum traditionnel", None, "République dominicaine"),
    _s("ch", "Chairman's Reserve Original", "Saint Lucia Distillers", "Rhum traditionnel", None, "Sainte-Lucie"),
    _s("chb", "Charrette Blanc 49°", "Rhum Charrette", "Rhum de La Réunion", "La Réunion", FR, fmt=100),
    _s("lb", "Leblon Cachaça", "Leblon", "Cachaça", "Minas Gerais", "Brésil"),
    _s("po", "Pisco Portón Mosto Verde", "Hacienda La Caravedo", "Pisco", "Ica", "Pérou"),
    _s("hld", "Hayman's London Dry Gin", "Hayman's", "London Dry Gin", "Londres", "Royaume-Uni"),
    _s("hot", "Hayman's Old Tom Gin", "Hayman's", "Old Tom Gin", "Londres", "Royaume-Uni"),
    _s("cg44", "Comte de Grasse 44°N", "Comte de Grasse", "Gin", "Provence", FR),
    _s("gen", "Generous Gin Organic", "Generous Gin", "Gin", "Charente", FR),
    _s("fp", "Four Pillars Rare Dry Gin", "Four Pillars", "Gin", "Victoria", "Australie"),
    _s("chp", "Chopin Potato Vodka", "Chopin", "Vodka", None, "Pologne"),
    _s("k1", "Ketel One", "Nolet Distillery", "Vodka", None, "Pays-Bas"),
    _s("fb", "Fortaleza Blanco", "Tequila Fortaleza", "Tequila 100 % agave", "Jalisco", MX),
    _s("fr", "Fortaleza Reposado", "Tequila Fortaleza", "Tequila 100 % agave", "Jalisco", MX),
    _s("slb", "Siete Leguas Blanco", "Tequila Siete Leguas", "Tequila 100 % agave", "Jalisco", MX),
    _s("slr", "Siete Leguas Reposado", "Tequila Siete Leguas", "Tequila 100 % agave", "Jalisco", MX),
    _s("sla", "Siete Leguas Añejo", "Tequila Siete Leguas", "Tequila 100 % agave", "Jalisco", MX),
    _s("ocp", "Tequila Ocho Plata", "Tequila Ocho", "Tequila 100 % agave", "Jalisco", MX),
    _s("ocr", "Tequila Ocho Reposado", "Tequila Ocho", "Tequila 100 % agave", "Jalisco", MX),
    _s("dmv", "Del Maguey Vida", "Del Maguey", "Mezcal", "Oaxaca", MX),
    _s("dmc", "Del Maguey Chichicapa", "Del Maguey", "Mezcal", "Oaxaca", MX),
    _s("ilj", "Ilegal Mezcal Joven", "Ilegal Mezcal", "Mezcal", "Oaxaca", MX),
    _s("ilr", "Ilegal Mezcal Reposado", "Ilegal Mezcal", "Mezcal", "Oaxaca", MX),
    _s("mle", "Montelobos Espadín", "Montelobos", "Mezcal", "Oaxaca", MX),
    _s("lrvs", "Louis Royer VS", "Louis Royer", "Cognac", "Cognac", FR),
    _s("lrvsop", "Louis Royer VSOP", "Louis Royer", "Cognac", "Cognac", FR),
    _s("lrxo", "Louis Royer XO", "Louis Royer", "Cognac", "Cognac", FR),
    _s("hdv", "Hardy VSOP", "Cognac Hardy", "Cognac Fine Champagne", "Cognac", FR),
    _s("lh10", "Lheraud Vieille Réserve 10 ans", "Cognac Lheraud", "Cognac Petite Champagne", "Cognac", FR),
    _s("nm", "Normandin-Mercier Vieille Fine Champagne", "Normandin-Mercier", "Cognac Fine Champagne",
       "Cognac", FR),
    _s("bar", "Domaine de Baraillon", "Domaine de Baraillon", "Bas-Armagnac", "Gascogne", FR,
       vintages=[1985, 1993, 2002]),
    _s("ogn", "Domaine d'Ognoas", "Domaine d'Ognoas", "Bas-Armagnac", "Gascogne", FR, vintages=[1988, 2000]),
    _s("ognxo", "Domaine d'Ognoas XO", "Domaine d'Ognoas", "Bas-Armagnac", "Gascogne", FR),
    _s("lab", "Laberdolive", "Domaines Laberdolive", "Bas-Armagnac", "Gascogne", FR, vintages=[1976]),
    _s("lux", "Luxardo Maraschino Originale", "Luxardo", "Liqueur de marasque", "Vénétie", "Italie"),
    _s("luc", "Amaro Lucano", "Lucano 1894", "Amaro", "Basilicate", "Italie"),
    _s("ram", "Amaro Ramazzotti", "Ramazzotti", "Amaro", "Lombardie", "Italie"),
    _s("ctb", "Contratto Bitter", "Contratto", "Bitter", "Piémont", "Italie"),
    _s("gmp", "Giffard Menthe-Pastille", "Giffard", "Liqueur", "Anjou", FR),
    _s("gcc", "Giffard Crème de Cassis", "Giffard", "Crème de cassis", "Anjou", FR),
    _s("mrb", "Mr Black Cold Brew Coffee Liqueur", "Mr Black", "Liqueur de café", "Nouvelle-Galles du Sud",
       "Australie"),
    _s("abs", "Vieux Pontarlier 65°", "Distillerie Émile Pernot", "Absinthe", "Franche-Comté", FR),
    _s("rtr", "Routin Original Rouge", "Vermouth Routin", "Vermouth de Chambéry", "Savoie", FR,
       fmt=75, cat=AUT),
    _s("rtd", "Routin Dry", "Vermouth Routin", "Vermouth de Chambéry", "Savoie", FR, fmt=75, cat=AUT),
    _s("bel", "Belsazar Rosé", "Belsazar", "Vermouth", "Bade", "Allemagne", fmt=75, cat=AUT),
]

IDF = "Île-de-France"
BEERS = [
    ("pblk", "La Parisienne Blonde", "Brasserie La Parisienne", None, IDF, FR, None, BIE,
     [(3000, NV), (33, NV)]),
    ("pbla", "La Parisienne Blanche", "Brasserie La Parisienne", None, IDF, FR, None, BIE, [(33, NV)]),
    ("cg", "IPA Citra Galactique", "Brasserie du Grand Paris", None, IDF, FR, None, BIE, [(2000, NV)]),
    ("ec", "East Coast IPA", "Brasserie du Grand Paris", None, IDF, FR, None, BIE, [(33, NV)]),
    ("yz", "Yuzu-San", "Brasserie du Grand Paris", None, IDF, FR, None, BIE, [(33, NV)]),
    ("ipr", "IPArisis", "Brasserie Parisis", None, IDF, FR, None, BIE, [(33, NV)]),
    ("pbl", "Parisis Blanche", "Brasserie Parisis", None, IDF, FR, None, BIE, [(2000, NV)]),
]

SOFTS = [
    ("let", "London Essence Indian Tonic", "London Essence Co.", None, None, "Royaume-Uni", None, SOFT,
     [(20, NV)]),
    ("lega", "London Essence Ginger Ale", "London Essence Co.", None, None, "Royaume-Uni", None, SOFT,
     [(20, NV)]),
    ("tcg", "Three Cents Ginger Beer", "Three Cents", None, None, "Grèce", None, SOFT, [(20, NV)]),
    ("cht", "Châteldon", "Source de Châteldon", None, "Auvergne", FR, None, SOFT, [(75, NV)]),
    ("coke", "Coca-Cola", "The Coca-Cola Company", None, None, FR, None, SOFT, [(33, NV)]),
    ("bis", "Bissardon Jus de Pomme", "Bissardon", None, "Rhône-Alpes", FR, None, SOFT, [(25, NV)]),
]

PRODUCTS = WINES + CHAMPAGNES + SPIRITS + BEERS + SOFTS
BY_KEY = {p[0]: p for p in PRODUCTS}
assert len(BY_KEY) == len(PRODUCTS)


def library():
    """The library entries, in order, each a dict with its product key."""
    out = []
    for key, name, prod, app, reg, ctry, col, cat, formats in PRODUCTS:
        for fmt, vintages in formats:
            for v in sorted(vintages, key=lambda x: (x is not None, x or 0)):
                out.append({"key": key, "id": "ck%03d" % (len(out) + 1), "name": name,
                            "producer": prod, "appellation": app, "region": reg, "country": ctry,
                            "colour": col, "category": cat, "vintage": v, "format_cl": fmt})
    return out
