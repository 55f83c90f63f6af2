"""Drinks of the Estaminet du Grand Large (Dunkerque). One line a wine or drink family:
key|name|producer|appellation|region|country|colour|category|formats
formats: fmt:vintage,vintage;fmt:...   ('-' = non-vintage). colour '-' = null."""

RAW = """
jupiler|Jupiler|AB InBev|-|Wallonie|Belgique|-|bière|3000:-
kwak|Kwak|Brouwerij Bosteels|-|Flandre|Belgique|-|bière|2000:-;33:-
leffe_bl|Leffe Blonde|AB InBev|-|Wallonie|Belgique|-|bière|3000:-
leffe_br|Leffe Brune|AB InBev|-|Wallonie|Belgique|-|bière|3000:-
3monts|3 Monts|Brasserie de Saint-Sylvestre|-|Hauts-de-France|France|-|bière|2000:-;75:-
karmeliet|Tripel Karmeliet|Brouwerij Bosteels|-|Flandre|Belgique|-|bière|2000:-;33:-
pelforth_br|Pelforth Brune|Brasserie Pelforth|-|Hauts-de-France|France|-|bière|3000:-
chti_amb|Ch'ti Ambrée|Brasserie Castelain|-|Hauts-de-France|France|-|bière|2000:-
chti_bl|Ch'ti Blonde|Brasserie Castelain|-|Hauts-de-France|France|-|bière|75:-
chti_tri|Ch'ti Triple|Brasserie Castelain|-|Hauts-de-France|France|-|bière|75:-
gavroche|Gavroche|Brasserie de Saint-Sylvestre|-|Hauts-de-France|France|-|bière|33:-
chimay_r|Chimay Rouge|Abbaye de Scourmont|-|Wallonie|Belgique|-|bière|33:-
chimay_b|Chimay Bleue|Abbaye de Scourmont|-|Wallonie|Belgique|-|bière|33:-;75:-
chimay_t|Chimay Triple|Abbaye de Scourmont|-|Wallonie|Belgique|-|bière|33:-
roch6|Rochefort 6|Abbaye Notre-Dame de Saint-Rémy|-|Wallonie|Belgique|-|bière|33:-
roch8|Rochefort 8|Abbaye Notre-Dame de Saint-Rémy|-|Wallonie|Belgique|-|bière|33:-
roch10|Rochefort 10|Abbaye Notre-Dame de Saint-Rémy|-|Wallonie|Belgique|-|bière|33:-
stb_prior8|St. Bernardus Prior 8|Brouwerij St. Bernardus|-|Flandre|Belgique|-|bière|33:-
stb_abt12|St. Bernardus Abt 12|Brouwerij St. Bernardus|-|Flandre|Belgique|-|bière|33:-
duvel|Duvel|Duvel Moortgat|-|Flandre|Belgique|-|bière|33:-
duvel_th|Duvel Tripel Hop|Duvel Moortgat|-|Flandre|Belgique|-|bière|33:-
orval|Orval|Abbaye d'Orval|-|Wallonie|Belgique|-|bière|33:-
chouffe|La Chouffe|Brasserie d'Achouffe|-|Wallonie|Belgique|-|bière|33:-
mcchouffe|Mc Chouffe|Brasserie d'Achouffe|-|Wallonie|Belgique|-|bière|33:-
delirium|Delirium Tremens|Brouwerij Huyghe|-|Flandre|Belgique|-|bière|33:-
rodenbach|Rodenbach Grand Cru|Brouwerij Rodenbach|-|Flandre|Belgique|-|bière|33:-
anosteke|Anosteké Blonde|Brasserie du Pays Flamand|-|Hauts-de-France|France|-|bière|75:-
jenlain_amb|Jenlain Ambrée|Brasserie Duyck|-|Hauts-de-France|France|-|bière|75:-
hoegaarden|Hoegaarden Blanche|AB InBev|-|Flandre|Belgique|-|bière|25:-
houlle|Genièvre de Houlle 49°|Distillerie de Houlle|-|Hauts-de-France|France|-|spiritueux|70:-
wamb40|Genièvre de Wambrechies 40°|Distillerie Claeyssens|-|Hauts-de-France|France|-|spiritueux|70:-
wamb8|Genièvre de Wambrechies 8 ans|Distillerie Claeyssens|-|Hauts-de-France|France|-|spiritueux|70:-
jackd|Jack Daniel's Old No. 7|Jack Daniel Distillery|-|Tennessee|États-Unis|-|spiritueux|70:-
jameson|Jameson|Irish Distillers|-|Irlande|Irlande|-|spiritueux|70:-
clan|Clan Campbell|Pernod Ricard|-|Écosse|Royaume-Uni|-|spiritueux|70:-
label5|Label 5|La Martiniquaise|-|Écosse|Royaume-Uni|-|spiritueux|70:-
havana3|Havana Club 3 Años|Havana Club|-|Cuba|Cuba|-|spiritueux|70:-
havana7|Havana Club 7 Años|Havana Club|-|Cuba|Cuba|-|spiritueux|70:-
bacardi|Bacardi Carta Blanca|Bacardi|-|Porto Rico|Porto Rico|-|spiritueux|70:-
absolut|Absolut Vodka|Absolut|-|Suède|Suède|-|spiritueux|70:-
gordons|Gordon's London Dry Gin|Diageo|-|Angleterre|Royaume-Uni|-|spiritueux|70:-
bombay|Bombay Sapphire|Bacardi|-|Angleterre|Royaume-Uni|-|spiritueux|70:-
get27|Get 27|Bacardi-Martini|-|-|France|-|spiritueux|70:-
get31|Get 31|Bacardi-Martini|-|-|France|-|spiritueux|70:-
hennessy|Hennessy VS|Hennessy|Cognac|Cognac|France|-|spiritueux|70:-
remy|Rémy Martin VSOP|Rémy Martin|Cognac|Cognac|France|-|spiritueux|70:-
magloire|Calvados Pays d'Auge Père Magloire|Père Magloire|Calvados Pays d'Auge|Normandie|France|-|spiritueux|70:-
ricard|Ricard|Pernod Ricard|-|-|France|-|autre|100:-
p51|Pastis 51|Pernod Ricard|-|-|France|-|autre|100:-
picon|Picon Bière|Picon|-|-|France|-|autre|100:-
suze|Suze|Pernod Ricard|-|-|France|-|autre|100:-
martini_b|Martini Bianco|Martini & Rossi|-|Piémont|Italie|-|autre|100:-
martini_r|Martini Rosso|Martini & Rossi|-|Piémont|Italie|-|autre|100:-
porto_ruby|Sandeman Porto Ruby|Sandeman|Porto|Douro|Portugal|-|autre|75:-
porto_tawny|Sandeman Porto Tawny|Sandeman|Porto|Douro|Portugal|-|autre|75:-
lillet|Lillet Blanc|Lillet|-|Bordeaux|France|-|autre|75:-
coca|Coca-Cola|Coca-Cola|-|-|France|-|soft|33:-
cocaz|Coca-Cola Zéro|Coca-Cola|-|-|France|-|soft|33:-
orangina|Orangina|Orangina Suntory|-|-|France|-|soft|25:-
schweppes|Schweppes Indian Tonic|Schweppes|-|-|France|-|soft|25:-
perrier|Perrier|Nestlé Waters|-|-|France|-|soft|33:-
vittel|Vittel|Nestlé Waters|-|-|France|-|soft|50:-;100:-
badoit|Badoit|Danone|-|-|France|-|soft|100:-
oasis|Oasis Tropical|Oasis|-|-|France|-|soft|25:-
icetea|Lipton Ice Tea Pêche|Lipton|-|-|France|-|soft|25:-
mcadet|Mouton Cadet|Baron Philippe de Rothschild|Bordeaux|Bordeaux|France|rouge|vin|75:2020,2021;37.5:2021
tourdeby|Château Tour de By|Château Tour de By|Médoc|Bordeaux|France|rouge|vin|75:2018,2019;150:2018
lanessan|Château Lanessan|Château Lanessan|Haut-Médoc|Bordeaux|France|rouge|vin|75:2017
bonnet_b|Château Bonnet|André Lurton|Entre-deux-Mers|Bordeaux|France|blanc|vin|75:2023
bonnet_r|Château Bonnet|André Lurton|Bordeaux|Bordeaux|France|rouge|vin|75:2021
jadot|Bourgogne Pinot Noir Couvent des Jacobins|Louis Jadot|Bourgogne|Bourgogne|France|rouge|vin|75:2021,2022
sereine|Chablis La Sereine|La Chablisienne|Chablis|Bourgogne|France|blanc|vin|75:2021,2022;37.5:2022
morgon|Morgon|Georges Duboeuf|Morgon|Beaujolais|France|rouge|vin|75:2022
fleurie|Fleurie|Georges Duboeuf|Fleurie|Beaujolais|France|rouge|vin|75:2022
brouilly|Brouilly|Georges Duboeuf|Brouilly|Beaujolais|France|rouge|vin|75:2023
perrin_r|Côtes du Rhône Réserve|Famille Perrin|Côtes du Rhône|Vallée du Rhône|France|rouge|vin|75:2021,2022
perrin_b|Côtes du Rhône Réserve|Famille Perrin|Côtes du Rhône|Vallée du Rhône|France|blanc|vin|75:2023
meysonniers|Crozes-Hermitage Les Meysonniers|M. Chapoutier|Crozes-Hermitage|Vallée du Rhône|France|rouge|vin|75:2020,2021
jolivet|Sancerre|Pascal Jolivet|Sancerre|Loire|France|blanc|vin|75:2022,2023;37.5:2023
pepiere|Muscadet Sèvre et Maine sur lie|Domaine de la Pépière|Muscadet Sèvre et Maine|Loire|France|blanc|vin|75:2023
coudraye|Bourgueil La Coudraye|Domaine Yannick Amirault|Bourgueil|Loire|France|rouge|vin|75:2021,2022
hugel_ries|Riesling Classic|Hugel|Alsace|Alsace|France|blanc|vin|75:2021,2022
hugel_gew|Gewurztraminer Classic|Hugel|Alsace|Alsace|France|blanc|vin|75:2021
hugel_gentil|Gentil|Hugel|Alsace|Alsace|France|blanc|vin|75:2022
dopff|Crémant d'Alsace Brut|Dopff au Moulin|Crémant d'Alsace|Alsace|France|effervescent|vin|75:-
whisp|Whispering Angel|Château d'Esclans|Côtes de Provence|Provence|France|rosé|vin|75:2023;150:2023
minuty|M de Minuty|Minuty|Côtes de Provence|Provence|France|rosé|vin|75:2023
cm_rouge|Côté Mas Rouge Intense|Paul Mas|Pays d'Oc|Languedoc|France|rouge|vin|75:-
cm_blanc|Côté Mas Blanc Frais|Paul Mas|Pays d'Oc|Languedoc|France|blanc|vin|75:-
cm_rose|Côté Mas Rosé Aurore|Paul Mas|Pays d'Oc|Languedoc|France|rosé|vin|75:-
hauteserre|Château de Haute-Serre|Georges Vigouroux|Cahors|Sud-Ouest|France|rouge|vin|75:2018,2019
tariquet|Tariquet Classic|Domaine du Tariquet|Côtes de Gascogne|Sud-Ouest|France|blanc|vin|75:2023
monbaz|Château de Monbazillac|Cave de Monbazillac|Monbazillac|Sud-Ouest|France|liquoreux|vin|50:2018
clicquot|Brut Carte Jaune|Veuve Clicquot|Champagne|Champagne|France|effervescent|champagne|75:-;37.5:-;150:-
taitt_br|Brut Réserve|Taittinger|Champagne|Champagne|France|effervescent|champagne|75:-
taitt_rs|Prestige Rosé|Taittinger|Champagne|Champagne|France|rosé|champagne|75:-
feuillatte|Brut Réserve|Nicolas Feuillatte|Champagne|Champagne|France|effervescent|champagne|75:-
"""


def _num(s):
    f = float(s)
    return int(f) if f == int(f) else f


def families():
    out = []
    for line in RAW.strip().splitlines():
        key, name, prod, app, reg, ctry, col, cat, fmts = line.split("|")
        fm = []
        for part in fmts.split(";"):
            f, v = part.split(":")
            vs = [None] if v == "-" else [int(x) for x in v.split(",")]
            fm.append((_num(f), vs))
        out.append({"key": key, "name": name, "producer": prod,
                        "appellation": None if app == "-" else app, "region": None if reg == "-" else reg,
                        "country": ctry, "colour": None if col == "-" else col, "category": cat, "formats": fm})
    return out


def library(prefix="du"):
    """Entries in order; returns (entries, index) where index[(key, fmt)] = [(vintage, id)]."""
    entries, index, n = [], {}, 0
    for fam in families():
        for fmt, vs in fam["formats"]:
            for v in vs:
                n += 1
                bid = "%s%03d" % (prefix, n)
                entries.append({"id": bid, "name": fam["name"], "producer": fam["producer"],
                                "appellation": fam["appellation"], "region": fam["region"],
                                "country": fam["country"], "colour": fam["colour"],
                                "category": fam["category"], "vintage": v, "format_cl": fmt})
                index.setdefault((fam["key"], fmt), []).append((v, bid))
    return entries, index
