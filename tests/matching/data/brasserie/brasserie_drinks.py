"""The drinks of "Brasserie du Quai de Bercy" (Paris 12e): its library, as data.

Each product has an internal key (used by the cases in `brasserie_cases_src.py`), a brand
group (several products of one brand: a label that loses what tells them apart is no longer
one drink), and its formats with their vintages. `library()` expands them into the bench
README's entries, one per vintage and format, with stable ids.
"""

from __future__ import annotations

from typing import Any

FR = "France"

# (key, group, name, producer, appellation, region, country, colour, category, {format: [vintages]})
Product = tuple[str, str, str, str, str | None, str | None, str, str | None, str, dict[float,
    list[int | None]]]

NV: list[int | None] = [None]


def _w(key: str, name: str, producer: str, app: str, region: str, colour: str,
       formats: dict[float, list[int | None]], category: str = "vin") -> Product:
    return (key, key, name, producer, app, region, FR, colour, category, formats)


def _s(key: str, group: str, name: str, producer: str, country: str, fmt: float = 70,
       category: str = "spiritueux", region: str | None = None, app: str | None = None) -> Product:
    return (key, group, name, producer, app, region, country, None, category, {fmt: NV})


WINES: list[Product] = [
    # Bordeaux
    _w("tayac", "Château Tayac", "Château Tayac", "Côtes de Bourg", "Bordeaux", "rouge",
       {75: [2018, 2020], 37.5: [2019]}),
    _w("larose", "Château Larose-Trintaudon", "Château Larose-Trintaudon", "Haut-Médoc", "Bordeaux",
       "rouge", {75: [2016, 2018], 150: [2016]}),
    _w("puygueraud", "Château Puygueraud", "Famille Thienpont", "Francs Côtes de Bordeaux",
       "Bordeaux",
       "rouge", {75: [2019]}),
    _w("fombrauge", "Château Fombrauge", "Château Fombrauge", "Saint-Émilion Grand Cru", "Bordeaux",
       "rouge", {75: [2017, 2019]}),
    _w("chaigneau", "Château Haut-Chaigneau", "Château Haut-Chaigneau", "Lalande-de-Pomerol",
       "Bordeaux",
       "rouge", {75: [2018]}),
    _w("reynon", "Château Reynon Blanc", "Denis Dubourdieu Domaines", "Bordeaux", "Bordeaux",
       "blanc",
       {75: [2022]}),
    _w("filhot", "Château Filhot", "Château Filhot", "Sauternes", "Bordeaux", "liquoreux",
       {75: [2014], 37.5: [2016]}),
    # Loire
    _w("baronnes", "Sancerre Les Baronnes", "Henri Bourgeois", "Sancerre", "Loire", "blanc",
       {75: [2022, 2023]}),
    _w("joguet", "Chinon Cuvée Terroir", "Charles Joguet", "Chinon", "Loire", "rouge", {75: [2020,
       2021]}),
    _w("charmoise", "Touraine Sauvignon", "Domaine de la Charmoise", "Touraine", "Loire", "blanc",
       {75: [2023]}),
    _w("ladoucette", "Pouilly-Fumé", "De Ladoucette", "Pouilly-Fumé", "Loire", "blanc",
       {75: [2021], 37.5: [2022]}),
    _w("filliatreau", "Saumur-Champigny Vieilles Vignes", "Domaine Filliatreau",
       "Saumur-Champigny", "Loire",
       "rouge", {75: [2021]}),
    # Rhône
    _w("cdr_r", "Côtes du Rhône Rouge", "E. Guigal", "Côtes du Rhône", "Rhône", "rouge",
       {75: [2020, 2021]}),
    _w("cdr_b", "Côtes du Rhône Blanc", "E. Guigal", "Côtes du Rhône", "Rhône", "blanc",
       {75: [2022]}),
    _w("graillot", "Crozes-Hermitage", "Alain Graillot", "Crozes-Hermitage", "Rhône", "rouge",
       {75: [2020]}),
    _w("telegraphe", "La Crau", "Domaine du Vieux Télégraphe", "Châteauneuf-du-Pape", "Rhône",
       "rouge",
       {75: [2017, 2019], 150: [2016]}),
    _w("santaduc", "Gigondas Les Hautes Garrigues", "Domaine Santa Duc", "Gigondas", "Rhône",
       "rouge",
       {75: [2019]}),
    _w("faury", "Saint-Joseph", "Domaine Faury", "Saint-Joseph", "Rhône", "rouge", {75: [2021]}),
    # Beaujolais
    _w("lapierre", "Morgon", "Marcel Lapierre", "Morgon", "Beaujolais", "rouge", {75: [2022,
       2023]}),
    _w("roilette", "Fleurie", "Clos de la Roilette", "Fleurie", "Beaujolais", "rouge",
       {75: [2022]}),
    _w("chaize", "Brouilly", "Château de la Chaize", "Brouilly", "Beaujolais", "rouge",
       {75: [2022]}),
    _w("bjv", "Beaujolais-Villages", "Domaine Dupeuble", "Beaujolais-Villages", "Beaujolais",
       "rouge",
       {75: [2023]}),
    _w("mav", "Moulin-à-Vent", "Château du Moulin-à-Vent", "Moulin-à-Vent", "Beaujolais", "rouge",
       {75: [2019]}),
    # Provence rosés
    _w("minuty", "M de Minuty", "Château Minuty", "Côtes de Provence", "Provence", "rosé",
       {75: [2023], 150: [2023]}),
    _w("esclans", "Whispering Angel", "Château d'Esclans", "Côtes de Provence", "Provence", "rosé",
       {75: [2023], 150: [2022]}),
    _w("cadenet", "Mas de Cadenet Rosé", "Mas de Cadenet", "Côtes de Provence Sainte-Victoire",
       "Provence",
       "rosé", {75: [2023]}),
    # Burgundy, Alsace
    _w("brocard", "Chablis Sainte-Claire", "Jean-Marc Brocard", "Chablis", "Bourgogne", "blanc",
       {75: [2022]}),
    _w("fuisse", "Pouilly-Fuissé Tête de Cru", "Château Fuissé", "Pouilly-Fuissé", "Bourgogne",
       "blanc",
       {75: [2021]}),
    _w("jadot", "Bourgogne Pinot Noir Couvent des Jacobins", "Louis Jadot", "Bourgogne",
       "Bourgogne",
       "rouge", {75: [2021, 2022]}),
    _w("trimbach", "Riesling", "Trimbach", "Alsace", "Alsace", "blanc", {75: [2021]}),
    _w("hugel", "Gewurztraminer Classic", "Hugel", "Alsace", "Alsace", "blanc", {75: [2020]}),
    # Champagnes
    _w("taitt", "Taittinger Brut Réserve", "Taittinger", "Champagne", "Champagne", "effervescent",
       {75: NV, 37.5: NV, 150: NV}, "champagne"),
    _w("comtes", "Comtes de Champagne Blanc de Blancs", "Taittinger", "Champagne", "Champagne",
       "effervescent", {75: [2012, 2013]}, "champagne"),
    _w("lp", "La Cuvée Brut", "Laurent-Perrier", "Champagne", "Champagne", "effervescent", {75: NV},
       "champagne"),
    _w("lp_rose", "Cuvée Rosé", "Laurent-Perrier", "Champagne", "Champagne", "rosé", {75: NV},
       "champagne"),
    _w("polroger", "Brut Réserve", "Pol Roger", "Champagne", "Champagne", "effervescent", {75: NV},
       "champagne"),
    _w("veuve", "Brut Carte Jaune", "Veuve Clicquot", "Champagne", "Champagne", "effervescent",
       {75: NV, 150: NV}, "champagne"),
    _w("deutz", "Brut Classic", "Deutz", "Champagne", "Champagne", "effervescent", {75: NV},
       "champagne"),
    _w("cremant", "Crémant d'Alsace Cuvée Julien", "Dopff au Moulin", "Crémant d'Alsace", "Alsace",
       "effervescent", {75: NV}),
]

SPIRITS: list[Product] = [
    # Rums
    _s("eldo3", "eldorado", "El Dorado 3 ans", "Demerara Distillers", "Guyana"),
    _s("eldo12", "eldorado", "El Dorado 12 ans", "Demerara Distillers", "Guyana"),
    _s("eldo15", "eldorado", "El Dorado 15 ans", "Demerara Distillers", "Guyana"),
    _s("fdc4", "flordecana", "Flor de Caña 4 ans", "Compañía Licorera de Nicaragua", "Nicaragua"),
    _s("fdc12", "flordecana", "Flor de Caña 12 ans", "Compañía Licorera de Nicaragua", "Nicaragua"),
    _s("jm_blanc", "jm", "Rhum J.M Blanc 50°", "Rhum J.M", FR, region="Martinique"),
    _s("jm_vsop", "jm", "Rhum J.M VSOP", "Rhum J.M", FR, region="Martinique"),
    _s("jm_xo", "jm", "Rhum J.M XO", "Rhum J.M", FR, region="Martinique"),
    _s("clement_vsop", "clement", "Rhum Clément VSOP", "Habitation Clément", FR,
       region="Martinique"),
    _s("trois_blanc", "troisrivieres", "Trois Rivières Blanc", "Trois Rivières", FR,
       region="Martinique"),
    _s("bacardi", "bacardi", "Bacardi Carta Blanca", "Bacardi", "Cuba"),
    _s("dictador12", "dictador", "Dictador 12 ans", "Dictador", "Colombie"),
    _s("dictador20", "dictador", "Dictador 20 ans", "Dictador", "Colombie"),
    # Whiskies
    _s("gf12", "glenfiddich", "Glenfiddich 12 ans", "William Grant & Sons", "Écosse"),
    _s("gf15", "glenfiddich", "Glenfiddich 15 ans Solera", "William Grant & Sons", "Écosse"),
    _s("gf18", "glenfiddich", "Glenfiddich 18 ans", "William Grant & Sons", "Écosse"),
    _s("gmo10", "glenmorangie", "Glenmorangie The Original 10 ans", "Glenmorangie", "Écosse"),
    _s("gmo12", "glenmorangie", "Glenmorangie Lasanta 12 ans", "Glenmorangie", "Écosse"),
    _s("lag16", "lagavulin", "Lagavulin 16 ans", "Lagavulin", "Écosse"),
    _s("tal10", "talisker", "Talisker 10 ans", "Talisker", "Écosse"),
    _s("hp12", "highlandpark", "Highland Park 12 ans Viking Honour", "Highland Park", "Écosse"),
    _s("hp18", "highlandpark", "Highland Park 18 ans Viking Pride", "Highland Park", "Écosse"),
    _s("aberlour12", "aberlour", "Aberlour 12 ans Double Cask", "Aberlour", "Écosse"),
    _s("dalw15", "dalwhinnie", "Dalwhinnie 15 ans", "Dalwhinnie", "Écosse"),
    _s("nikka", "nikka", "Nikka From the Barrel", "Nikka", "Japon"),
    _s("hibiki", "hibiki", "Hibiki Japanese Harmony", "Suntory", "Japon"),
    _s("jw_red", "johnniewalker", "Johnnie Walker Red Label", "Johnnie Walker", "Écosse"),
    _s("jw_black", "johnniewalker", "Johnnie Walker Black Label 12 ans", "Johnnie Walker",
       "Écosse"),
    _s("chivas12", "chivas", "Chivas Regal 12 ans", "Chivas Brothers", "Écosse"),
    _s("jb", "jb", "J&B Rare", "Justerini & Brooks", "Écosse"),
    _s("ballantines", "ballantines", "Ballantine's Finest", "Ballantine's", "Écosse"),
    _s("makers", "makers", "Maker's Mark", "Maker's Mark", "États-Unis"),
    _s("woodford", "woodford", "Woodford Reserve", "Woodford Reserve", "États-Unis"),
    _s("buffalo", "buffalo", "Buffalo Trace", "Buffalo Trace", "États-Unis"),
    _s("fourroses", "fourroses", "Four Roses Bourbon", "Four Roses", "États-Unis"),
    _s("jack", "jack", "Jack Daniel's Old No. 7", "Jack Daniel's", "États-Unis"),
    _s("bulleit", "bulleit", "Bulleit Bourbon", "Bulleit", "États-Unis"),
    _s("jameson", "jameson", "Jameson", "Jameson", "Irlande"),
    _s("redbreast12", "redbreast", "Redbreast 12 ans", "Redbreast", "Irlande"),
    # Gins, vodkas, agave
    _s("hendricks", "hendricks", "Hendrick's", "William Grant & Sons", "Écosse"),
    _s("tanq", "tanqueray", "Tanqueray London Dry", "Tanqueray", "Royaume-Uni"),
    _s("tanq10", "tanqueray", "Tanqueray N° Ten", "Tanqueray", "Royaume-Uni"),
    _s("bombay", "bombay", "Bombay Sapphire", "Bombay", "Royaume-Uni"),
    _s("citadelle", "citadelle", "Citadelle", "Maison Ferrand", FR),
    _s("ginmare", "ginmare", "Gin Mare", "Gin Mare", "Espagne"),
    _s("roku", "roku", "Roku", "Suntory", "Japon"),
    _s("greygoose", "greygoose", "Grey Goose", "Grey Goose", FR),
    _s("belvedere", "belvedere", "Belvedere", "Belvedere", "Pologne"),
    _s("absolut", "absolut", "Absolut Blue", "Absolut", "Suède"),
    _s("ketel", "ketel", "Ketel One", "Ketel One", "Pays-Bas"),
    _s("zubrowka", "zubrowka", "Żubrówka Bison Grass", "Żubrówka", "Pologne"),
    _s("patron_s", "patron", "Patrón Silver", "Patrón", "Mexique"),
    _s("donjulio_r", "donjulio", "Don Julio Reposado", "Don Julio", "Mexique"),
    _s("altos", "altos", "Olmeca Altos Plata", "Olmeca Altos", "Mexique"),
    _s("vida", "delmaguey", "Del Maguey Vida", "Del Maguey", "Mexique"),
    # Cognac, armagnac, calvados, eaux-de-vie
    _s("hen_vs", "hennessy", "Hennessy VS", "Hennessy", FR, region="Cognac"),
    _s("hen_xo", "hennessy", "Hennessy XO", "Hennessy", FR, region="Cognac"),
    _s("remy_vsop", "remy", "Rémy Martin VSOP", "Rémy Martin", FR, region="Cognac"),
    _s("remy_xo", "remy", "Rémy Martin XO", "Rémy Martin", FR, region="Cognac"),
    _s("martell_vs", "martell", "Martell VS", "Martell", FR, region="Cognac"),
    _s("ferrand1840", "ferrand", "Pierre Ferrand 1840", "Maison Ferrand", FR, region="Cognac"),
    _s("courvoisier", "courvoisier", "Courvoisier VSOP", "Courvoisier", FR, region="Cognac"),
    _s("laubade_vsop", "laubade", "Château de Laubade VSOP", "Château de Laubade", FR,
       region="Armagnac"),
    _s("laubade_xo", "laubade", "Château de Laubade XO", "Château de Laubade", FR,
       region="Armagnac"),
    _s("delord", "delord", "Delord Hors d'Âge", "Delord", FR, region="Armagnac"),
    _s("janneau", "janneau", "Janneau VSOP", "Janneau", FR, region="Armagnac"),
    _s("groult3", "groult", "Roger Groult 3 ans", "Roger Groult", FR, region="Normandie"),
    _s("groult8", "groult", "Roger Groult 8 ans", "Roger Groult", FR, region="Normandie"),
    _s("poire", "massenez", "Poire Williams", "G. E. Massenez", FR, region="Alsace"),
    _s("mirabelle", "massenez", "Mirabelle", "G. E. Massenez", FR, region="Alsace"),
    # Liqueurs
    _s("cointreau", "cointreau", "Cointreau", "Cointreau", FR, category="autre"),
    _s("gm", "grandmarnier", "Grand Marnier Cordon Rouge", "Grand Marnier", FR, category="autre"),
    _s("chartreuse_v", "chartreuse", "Chartreuse Verte", "Chartreuse", FR, category="autre"),
    _s("benedictine", "benedictine", "Bénédictine", "Bénédictine", FR, category="autre"),
    _s("baileys", "baileys", "Baileys", "Baileys", "Irlande", category="autre"),
    _s("disaronno", "disaronno", "Disaronno", "Disaronno", "Italie", category="autre"),
    _s("kahlua", "kahlua", "Kahlúa", "Kahlúa", "Mexique", category="autre"),
    _s("stgermain", "stgermain", "St-Germain", "St-Germain", FR, category="autre"),
    _s("mandarine", "mandarine", "Mandarine Napoléon", "Mandarine Napoléon", "Belgique",
       category="autre"),
    _s("cassis", "lejay", "Crème de Cassis de Dijon", "Lejay-Lagoute", FR, category="autre"),
    # Pastis and aperitifs
    _s("p51", "p51", "Pastis 51", "Pernod Ricard", FR, fmt=100, category="autre"),
    _s("ricard", "ricard", "Ricard", "Pernod Ricard", FR, fmt=100, category="autre"),
    _s("bardouin", "bardouin", "Pastis Henri Bardouin", "Distilleries et Domaines de Provence", FR,
       category="autre"),
    _s("lillet_b", "lillet", "Lillet Blanc", "Lillet", FR, fmt=75, category="autre"),
    _s("lillet_r", "lillet", "Lillet Rosé", "Lillet", FR, fmt=75, category="autre"),
    _s("suze", "suze", "Suze", "Suze", FR, fmt=100, category="autre"),
    _s("martini_b", "martini", "Martini Bianco", "Martini", "Italie", fmt=100, category="autre"),
    _s("martini_r", "martini", "Martini Rosso", "Martini", "Italie", fmt=100, category="autre"),
    _s("noilly", "noilly", "Noilly Prat Original Dry", "Noilly Prat", FR, fmt=75, category="autre"),
    _s("byrrh", "byrrh", "Byrrh Grand Quinquina", "Byrrh", FR, fmt=75, category="autre"),
    _s("picon", "picon", "Picon Bière", "Picon", FR, fmt=100, category="autre"),
    _s("grahams10", "grahams", "Graham's 10 ans Tawny", "Graham's", "Portugal", fmt=75,
       category="autre"),
    _s("pineau", "pineau", "Pineau des Charentes Blanc", "Château de Beaulon", FR, fmt=75,
       category="autre"),
]

# Beers: draught kegs (2,000 / 3,000 cl) and bottles; softs and waters.
OTHERS: list[Product] = [
    _s("k1664", "1664", "Kronenbourg 1664", "Kronenbourg", FR, fmt=3000, category="bière"),
    _s("b1664", "1664", "Kronenbourg 1664", "Kronenbourg", FR, fmt=25, category="bière"),
    _s("k1664blanc", "1664", "1664 Blanc", "Kronenbourg", FR, fmt=2000, category="bière"),
    _s("kleffe", "leffe", "Leffe Blonde", "Abbaye de Leffe", "Belgique", fmt=3000,
       category="bière"),
    _s("leffe_brune", "leffe", "Leffe Brune", "Abbaye de Leffe", "Belgique", fmt=33,
       category="bière"),
    _s("kgrim", "grimbergen", "Grimbergen Blanche", "Grimbergen", "Belgique", fmt=2000,
       category="bière"),
    _s("kguinness", "guinness", "Guinness", "Guinness", "Irlande", fmt=3000, category="bière"),
    _s("kgallia", "gallia", "Gallia Champ Libre IPA", "Gallia Paris", FR, fmt=2000,
       category="bière"),
    _s("kpelforth", "pelforth", "Pelforth Ambrée", "Pelforth", FR, fmt=3000, category="bière"),
    _s("chimay_bleue", "chimay", "Chimay Bleue", "Abbaye de Scourmont", "Belgique", fmt=33,
       category="bière"),
    _s("chimay_rouge", "chimay", "Chimay Rouge", "Abbaye de Scourmont", "Belgique", fmt=33,
       category="bière"),
    _s("stb12", "stbernardus", "St. Bernardus Abt 12", "St. Bernardus", "Belgique", fmt=33,
       category="bière"),
    _s("duvel", "duvel", "Duvel", "Duvel Moortgat", "Belgique", fmt=33, category="bière"),
    _s("chouffe", "chouffe", "La Chouffe", "Brasserie d'Achouffe", "Belgique", fmt=33,
       category="bière"),
    _s("orval", "orval", "Orval", "Abbaye d'Orval", "Belgique", fmt=33, category="bière"),
    _s("karmeliet", "karmeliet", "Tripel Karmeliet", "Bosteels", "Belgique", fmt=33,
       category="bière"),
    _s("corona", "corona", "Corona Extra", "Cervecería Modelo", "Mexique", fmt=35.5,
       category="bière"),
    _s("brooklyn", "brooklyn", "Brooklyn Lager", "Brooklyn Brewery", "États-Unis", fmt=35.5,
       category="bière"),
    _s("heineken00", "heineken", "Heineken 0.0", "Heineken", "Pays-Bas", fmt=25, category="bière"),
    _s("coca", "coca", "Coca-Cola", "Coca-Cola", FR, fmt=33, category="soft"),
    _s("cocazero", "coca", "Coca-Cola Zéro", "Coca-Cola", FR, fmt=33, category="soft"),
    _s("orangina", "orangina", "Orangina", "Orangina", FR, fmt=25, category="soft"),
    _s("tonic", "schweppes", "Schweppes Indian Tonic", "Schweppes", FR, fmt=25, category="soft"),
    _s("perrier", "perrier", "Perrier", "Perrier", FR, fmt=33, category="soft"),
    _s("icetea", "lipton", "Lipton Ice Tea Pêche", "Lipton", FR, fmt=25, category="soft"),
    _s("lorina", "lorina", "Limonade Lorina", "Lorina", FR, fmt=33, category="soft"),
    _s("pago_o", "pago", "Pago Orange", "Pago", "Autriche", fmt=20, category="soft"),
    _s("pago_a", "pago", "Pago Ananas", "Pago", "Autriche", fmt=20, category="soft"),
    _s("pago_t", "pago", "Pago Tomate", "Pago", "Autriche", fmt=20, category="soft"),
    _s("font_pomme", "font", "Jus de Pomme", "Patrick Font", FR, fmt=25, category="soft"),
]

# Waters in two formats each: one product, two entries.
WATERS: list[Product] = [
    ("evian", "evian", "Evian", "Evian", None, None, FR, None, "soft", {50: NV, 100: NV}),
    ("badoit", "badoit", "Badoit", "Badoit", None, None, FR, None, "soft", {50: NV, 100: NV}),
]

PRODUCTS: list[Product] = WINES + SPIRITS + OTHERS + WATERS
BY_KEY: dict[str, Product] = {p[0]: p for p in PRODUCTS}


def _vkey(v: int | None) -> int:
    return -1 if v is None else v


def library() -> tuple[list[dict[str, Any]], dict[tuple[str, float], list[tuple[int | None, str]]]]:
    """The library entries and, per (key, format), its (vintage, id) pairs by vintage."""
    rows: list[dict[str, Any]] = []
    index: dict[tuple[str, float], list[tuple[int | None, str]]] = {}
    for key, _group, name, producer, app, region, country, colour, category, formats in PRODUCTS:
        for fmt in sorted(formats, key=lambda f: (f != 75, f)):
            for vintage in sorted(formats[fmt], key=_vkey):
                bid = f"gl{len(rows) + 1:03d}"
                rows.append({"id": bid, "name": name, "producer": producer, "appellation": app,
                             "region": region, "country": country, "colour": colour,
                             "category": category, "vintage": vintage,
                             "format_cl": int(fmt) if fmt == int(fmt) else fmt})
                index.setdefault((key, fmt), []).append((vintage, bid))
    return rows, index


def formats(key: str) -> list[float]:
    return sorted(BY_KEY[key][9])


def ordinary(key: str) -> float:
    """The bottle a glass, pichet, pot or dose is poured from: 75 cl, else the only format."""
    fmts = formats(key)
    return 75 if 75 in fmts else fmts[0]


def group_keys(group: str) -> list[str]:
    return [p[0] for p in PRODUCTS if p[1] == group]
