"""Drinks of "L'Essai du Hameau" (Pau), an invented restaurant and sports bar.
One line a drink: key|name|producer|appellation|region|country|colour|category|formats
formats: fmt:vintages;fmt:vintages  (vintages comma-separated, '-' for non-vintage).
A drink key groups the entries of one product in several formats/vintages."""

DRINKS = """
cauh_chant|Chant des Vignes|Domaine Cauhapé|Jurançon sec|Sud-Ouest|France|blanc|vin|75:2021,2022
cauh_symph|Symphonie de Novembre|Domaine Cauhapé|Jurançon|Sud-Ouest|France|liquoreux|vin|75:2019,2020;37.5:2019
urou_marie|Cuvée Marie|Clos Uroulat|Jurançon sec|Sud-Ouest|France|blanc|vin|75:2021
urou_moel|Clos Uroulat|Clos Uroulat|Jurançon|Sud-Ouest|France|liquoreux|vin|50:2018,2020
jolys|Château Jolys Cuvée Jean|Château Jolys|Jurançon|Sud-Ouest|France|liquoreux|vin|75:2019
bru_cast|Les Casterasses|Domaine Bru-Baché|Jurançon sec|Sud-Ouest|France|blanc|vin|75:2020
montus|Château Montus|Alain Brumont|Madiran|Sud-Ouest|France|rouge|vin|75:2015,2016,2018;150:2015
bouscasse|Château Bouscassé|Alain Brumont|Madiran|Sud-Ouest|France|rouge|vin|75:2017,2019;37.5:2019
brumaire|Brumaire|Château Bouscassé|Pacherenc du Vic-Bilh|Sud-Ouest|France|liquoreux|vin|50:2017
aydie|Château d'Aydie|Famille Laplace|Madiran|Sud-Ouest|France|rouge|vin|75:2016,2018
ode|Odé d'Aydie|Château d'Aydie|Madiran|Sud-Ouest|France|rouge|vin|75:2020;37.5:2020
batz|Charles de Batz|Domaine Berthoumieu|Madiran|Sud-Ouest|France|rouge|vin|75:2017
laffitte|Laffitte-Teston Vieilles Vignes|Château Laffitte-Teston|Madiran|Sud-Ouest|France|rouge|vin|75:2018
arretxea_r|Domaine Arretxea Rouge|Domaine Arretxea|Irouléguy|Sud-Ouest|France|rouge|vin|75:2018,2019
arretxea_b|Hegoxuri|Domaine Arretxea|Irouléguy|Sud-Ouest|France|blanc|vin|75:2021
ilarria_r|Domaine Ilarria Rouge|Domaine Ilarria|Irouléguy|Sud-Ouest|France|rouge|vin|75:2019
ilarria_p|Domaine Ilarria Rosé|Domaine Ilarria|Irouléguy|Sud-Ouest|France|rosé|vin|75:2023
gorri|Gorri d'Ansa|Cave d'Irouléguy|Irouléguy|Sud-Ouest|France|rouge|vin|75:2020;37.5:2020
xuri|Xuri d'Ansa|Cave d'Irouléguy|Irouléguy|Sud-Ouest|France|blanc|vin|75:2022
brana|Domaine Brana Rouge|Domaine Brana|Irouléguy|Sud-Ouest|France|rouge|vin|75:2019
mauzac|Mauzac Nature|Domaine Plageoles|Gaillac|Sud-Ouest|France|effervescent|vin|75:-
ondenc|Ondenc|Domaine Plageoles|Gaillac|Sud-Ouest|France|blanc|vin|75:2021
rotier|Renaissance|Domaine Rotier|Gaillac|Sud-Ouest|France|rouge|vin|75:2018,2019
escausses|La Vigne Mythique|Domaine d'Escausses|Gaillac|Sud-Ouest|France|rouge|vin|75:2020
cedre|Le Cèdre|Château du Cèdre|Cahors|Sud-Ouest|France|rouge|vin|75:2016,2018;150:2016
cedre_her|Cèdre Héritage|Château du Cèdre|Cahors|Sud-Ouest|France|rouge|vin|75:2021
probus|Probus|Clos Triguedina|Cahors|Sud-Ouest|France|rouge|vin|75:2015,2017
lagrezette|Château Lagrézette|Château Lagrézette|Cahors|Sud-Ouest|France|rouge|vin|75:2017
coutale|Clos La Coutale|Clos La Coutale|Cahors|Sud-Ouest|France|rouge|vin|75:2021;37.5:2021
cantemerle|Château Cantemerle|Château Cantemerle|Haut-Médoc|Bordeaux|France|rouge|vin|75:2016,2019;37.5:2018
chasse|Château Chasse-Spleen|Château Chasse-Spleen|Moulis-en-Médoc|Bordeaux|France|rouge|vin|75:2015,2018;150:2015
phelan|Château Phélan Ségur|Château Phélan Ségur|Saint-Estèphe|Bordeaux|France|rouge|vin|75:2017,2019
frank|Frank Phélan|Château Phélan Ségur|Saint-Estèphe|Bordeaux|France|rouge|vin|75:2019
larrivet_r|Château Larrivet Haut-Brion|Château Larrivet Haut-Brion|Pessac-Léognan|Bordeaux|France|rouge|vin|75:2018
larrivet_b|Château Larrivet Haut-Brion Blanc|Château Larrivet Haut-Brion|Pessac-Léognan|Bordeaux|France|blanc|vin|75:2021
lapointe|Château La Pointe|Château La Pointe|Pomerol|Bordeaux|France|rouge|vin|75:2016
fonplegade|Château Fonplégade|Château Fonplégade|Saint-Émilion Grand Cru|Bordeaux|France|rouge|vin|75:2018,2020
suduiraut|Château Suduiraut|Château Suduiraut|Sauternes|Bordeaux|France|liquoreux|vin|75:2016;37.5:2015
reynon|Château Reynon|Château Reynon|Cadillac Côtes de Bordeaux|Bordeaux|France|rouge|vin|75:2019
vacheron|Sancerre Blanc|Domaine Vacheron|Sancerre|Loire|France|blanc|vin|75:2022,2023
brocard|Sainte Claire|Jean-Marc Brocard|Chablis|Bourgogne|France|blanc|vin|75:2022
graillot|Crozes-Hermitage Rouge|Alain Graillot|Crozes-Hermitage|Rhône|France|rouge|vin|75:2020
guigal|Côtes du Rhône Rouge|E. Guigal|Côtes du Rhône|Rhône|France|rouge|vin|75:2020;37.5:2020
foillard|Côte du Py|Jean Foillard|Morgon|Beaujolais|France|rouge|vin|75:2021
minuty|Prestige|Château Minuty|Côtes de Provence|Provence|France|rosé|vin|75:2023;150:2023
esclans|Whispering Angel|Château d'Esclans|Côtes de Provence|Provence|France|rosé|vin|75:2023
trimbach|Riesling|Trimbach|Alsace|Alsace|France|blanc|vin|75:2021
taitt|Brut Réserve|Taittinger|Champagne|Champagne|France|effervescent|champagne|75:-;37.5:-;150:-
taitt_rose|Prestige Rosé|Taittinger|Champagne|Champagne|France|rosé|champagne|75:-
ruinart|Blanc de Blancs|Ruinart|Champagne|Champagne|France|effervescent|champagne|75:-
bolly|Special Cuvée|Bollinger|Champagne|Champagne|France|effervescent|champagne|75:-
lillet|Lillet Blanc|Lillet|||France||autre|75:-
floc|Floc de Gascogne Blanc|Domaine de Chiroulet|Floc de Gascogne|Sud-Ouest|France||autre|75:-
suze|Suze|Suze|||France||autre|100:-
martini|Martini Bianco|Martini|||Italie||autre|100:-
ricard|Ricard|Ricard|||France||spiritueux|100:-
p51|Pastis 51|Pernod|||France||spiritueux|100:-
get27|Get 27|Get|||France||spiritueux|70:-
izarra_v|Izarra Verte|Izarra|||France||spiritueux|70:-
izarra_j|Izarra Jaune|Izarra|||France||spiritueux|70:-
patxaran|Patxaran Zoco|Zoco|||Espagne||spiritueux|100:-
laub_vsop|Bas-Armagnac VSOP|Château de Laubade|Bas-Armagnac|Sud-Ouest|France||spiritueux|70:-
laub_xo|Bas-Armagnac XO|Château de Laubade|Bas-Armagnac|Sud-Ouest|France||spiritueux|70:-
laub_mil|Bas-Armagnac Millésime|Château de Laubade|Bas-Armagnac|Sud-Ouest|France||spiritueux|70:1990,1995
darroze|Les Grands Assemblages 20 ans|Francis Darroze|Bas-Armagnac|Sud-Ouest|France||spiritueux|70:-
jameson|Jameson|Jameson|||Irlande||spiritueux|70:-
jack|Jack Daniel's Old No. 7|Jack Daniel's|||États-Unis||spiritueux|70:-
glen12|Glenfiddich 12 ans|Glenfiddich|||Écosse||spiritueux|70:-
hendricks|Hendrick's Gin|Hendrick's|||Écosse||spiritueux|70:-
gordons|Gordon's London Dry Gin|Gordon's|||Royaume-Uni||spiritueux|70:-
absolut|Absolut Vodka|Absolut|||Suède||spiritueux|70:-
bacardi|Bacardi Carta Blanca|Bacardi|||Porto Rico||spiritueux|70:-
jager|Jägermeister|Mast-Jägermeister|||Allemagne||spiritueux|70:-
heineken|Heineken|Heineken|||Pays-Bas||bière|3000:-;33:-
guinness|Guinness Draught|Guinness|||Irlande||bière|3000:-
affligem|Affligem Blonde|Affligem|||Belgique||bière|2000:-;33:-
desperados|Desperados|Heineken|||France||bière|33:-
eguzki|Eguzki Blonde|Brasserie Eguzki|||France||bière|33:-
corona|Corona Extra|Grupo Modelo|||Mexique||bière|35.5:-
leffe|Leffe Blonde|Abbaye de Leffe|||Belgique||bière|33:-
coca|Coca-Cola|Coca-Cola|||France||soft|33:-
cocaz|Coca-Cola Zéro|Coca-Cola|||France||soft|33:-
orangina|Orangina|Orangina|||France||soft|25:-
tonic|Schweppes Indian Tonic|Schweppes|||France||soft|25:-
perrier|Perrier|Perrier|||France||soft|33:-
badoit|Badoit|Badoit|||France||soft|100:-
evian|Evian|Evian|||France||soft|50:-;100:-
icetea|Lipton Ice Tea Pêche|Lipton|||France||soft|33:-
redbull|Red Bull|Red Bull|||Autriche||soft|25:-
oasis|Oasis Tropical|Oasis|||France||soft|33:-
pago|Pago Orange|Pago|||Autriche||soft|20:-
"""


def _num(s):
    f = float(s)
    return int(f) if f == int(f) else f


def load():
    """Return (drinks, entries): drinks key -> dict with 'fields' and 'formats'
    {fmt: [(vintage, id)]}; entries is the ordered list of library rows."""
    drinks, entries = {}, []
    n = 0
    for line in DRINKS.strip().splitlines():
        p = line.split("|")
        key, name, prod, app, reg, country, colour, cat, fmts = p
        d = {"key": key, "name": name, "producer": prod, "appellation": app or None,
             "region": reg or None, "country": country, "colour": colour or None,
             "category": cat, "formats": {}}
        for part in fmts.split(";"):
            f, vs = part.split(":")
            f = _num(f)
            lst = []
            for v in vs.split(","):
                n += 1
                bid = "pa%03d" % n
                vint = None if v == "-" else int(v)
                lst.append((vint, bid))
                entries.append({"id": bid, "name": name, "producer": prod,
                                "appellation": d["appellation"], "region": d["region"],
                                "country": country, "colour": d["colour"],
                                "category": cat, "vintage": vint, "format_cl": f})
            d["formats"][f] = lst
        drinks[key] = d
    return drinks, entries
