"""The drinks of "Le Carrelet de la Conche" (Royan): one product per line.

key | name | producer | appellation | region | colour | category | formats
formats: "75:2022,2023 37.5:2023" (format_cl: vintages, "-" for non-vintage).
country is France unless the line ends with "| <country>".
Ids are given in this order, formats ascending, vintages ascending.
"""

DRINKS = """
cleray|Château du Cléray|Sauvion|Muscadet Sèvre et Maine sur Lie|Loire|blanc|vin|37.5:2023 75:2022,2023
bregeon|Muscadet Sèvre et Maine sur Lie|Domaine Michel Brégeon|Muscadet Sèvre et Maine sur Lie|Loire|blanc|vin|75:2023
gorges|Gorges|Domaine Michel Brégeon|Muscadet Sèvre et Maine Gorges|Loire|blanc|vin|75:2016,2018
grosplant|Gros Plant du Pays Nantais sur Lie|Domaine de la Haute Févrie|Gros Plant du Pays Nantais|Loire|blanc|vin|75:2023
bonnet|Château Bonnet|André Lurton|Entre-deux-Mers|Bordeaux|blanc|vin|75:2023,2024 150:2023
turcaud|Château Turcaud|Château Turcaud|Entre-deux-Mers|Bordeaux|blanc|vin|75:2023
saintemarie|Château Sainte-Marie Vieilles Vignes|Château Sainte-Marie|Entre-deux-Mers|Bordeaux|blanc|vin|75:2022,2023
fournierb|Sancerre Les Belles Vignes|Fournier Père et Fils|Sancerre|Loire|blanc|vin|37.5:2023 75:2022,2023
fournierr|Sancerre Les Belles Vignes Rouge|Fournier Père et Fils|Sancerre|Loire|rouge|vin|75:2021
chatellenie|Sancerre La Châtellenie|Joseph Mellot|Sancerre|Loire|blanc|vin|75:2023
angelots|Pouilly-Fumé Les Angelots|Domaine Masson-Blondelet|Pouilly-Fumé|Loire|blanc|vin|75:2022
quincy|Quincy|Domaine Mardon|Quincy|Loire|blanc|vin|75:2023
brocard|Chablis Sainte-Claire|Jean-Marc Brocard|Chablis|Bourgogne|blanc|vin|75:2022,2023
picpoul|Picpoul de Pinet Duc de Morny|Cave de Pomérols|Picpoul de Pinet|Languedoc|blanc|vin|75:2024
caroline|Cuvée Caroline|Château de Chantegrive|Graves|Bordeaux|blanc|vin|75:2021,2022
chantegrive|Château de Chantegrive|Château de Chantegrive|Graves|Bordeaux|rouge|vin|75:2019
mcadetb|Mouton Cadet Blanc|Baron Philippe de Rothschild|Bordeaux|Bordeaux|blanc|vin|37.5:2023 75:2023
mcadetr|Mouton Cadet Rouge|Baron Philippe de Rothschild|Bordeaux|Bordeaux|rouge|vin|37.5:2021 75:2020,2021
loudenner|Château Loudenne|Château Loudenne|Médoc|Bordeaux|rouge|vin|75:2018,2019
loudenneb|Château Loudenne Blanc|Château Loudenne|Bordeaux|Bordeaux|blanc|vin|75:2022
tourdeby|Château Tour de By|Château Tour de By|Médoc|Bordeaux|rouge|vin|75:2016,2018 150:2016
cantenac|Château Cantenac Brown|Château Cantenac Brown|Margaux|Bordeaux|rouge|vin|75:2015,2017
brio|BriO de Cantenac Brown|Château Cantenac Brown|Margaux|Bordeaux|rouge|vin|75:2019
royere|Château Bel-Air La Royère|Château Bel-Air La Royère|Blaye Côtes de Bordeaux|Bordeaux|rouge|vin|75:2019
falfas|Château Falfas|Château Falfas|Côtes de Bourg|Bordeaux|rouge|vin|75:2018,2020
mourlin|Château Cap de Mourlin|Château Cap de Mourlin|Saint-Émilion Grand Cru|Bordeaux|rouge|vin|75:2018
filhot|Château Filhot|Château Filhot|Sauternes|Bordeaux|liquoreux|vin|37.5:2017 75:2016
minuty|Minuty Prestige Rosé|Château Minuty|Côtes de Provence|Provence|rosé|vin|75:2024 150:2024
grisblanc|Gris Blanc|Gérard Bertrand|Pays d'Oc|Languedoc|rosé|vin|75:2024
colombard|Colombard|Domaine Gardrat|Charentais|Charentes|blanc|vin|75:2023,2024
gardratrs|Rosé|Domaine Gardrat|Charentais|Charentes|rosé|vin|75:2024
brard|Rouge|Vignoble Brard Blanchard|Charentais|Charentes|rouge|vin|75:2022
montifaudb|Pineau des Charentes Blanc|Château de Montifaud|Pineau des Charentes|Charentes|blanc|autre|75:-
montifaudr|Pineau des Charentes Rosé|Château de Montifaud|Pineau des Charentes|Charentes|rosé|autre|75:-
champvb|Pineau des Charentes Blanc|Le Champ des Vignes|Pineau des Charentes|Charentes|blanc|autre|75:-
champvr|Pineau des Charentes Rouge|Le Champ des Vignes|Pineau des Charentes|Charentes|rouge|autre|75:-
lpcuvee|La Cuvée|Laurent-Perrier|Champagne|Champagne|effervescent|champagne|37.5:- 75:- 150:-
lprose|Cuvée Rosé|Laurent-Perrier|Champagne|Champagne|rosé|champagne|75:-
piper|Cuvée Brut|Piper-Heidsieck|Champagne|Champagne|effervescent|champagne|75:-
gosset|Grande Réserve Brut|Gosset|Champagne|Champagne|effervescent|champagne|75:-
remyvsop|Rémy Martin VSOP|Rémy Martin|Cognac|Charentes|-|spiritueux|70:-
remyxo|Rémy Martin XO|Rémy Martin|Cognac|Charentes|-|spiritueux|70:-
hennessyvs|Hennessy Very Special|Hennessy|Cognac|Charentes|-|spiritueux|70:-
cordonbleu|Martell Cordon Bleu|Martell|Cognac|Charentes|-|spiritueux|70:-
montifaudvsop|Cognac VSOP|Château de Montifaud|Cognac|Charentes|-|spiritueux|70:-
havana3|Havana Club 3 ans|Havana Club||Cuba|-|spiritueux|70:-|Cuba
havana7|Havana Club 7 ans|Havana Club||Cuba|-|spiritueux|70:-|Cuba
diplomatico|Diplomático Reserva Exclusiva|Diplomático||Venezuela|-|spiritueux|70:-|Venezuela
bombay|Bombay Sapphire|Bombay||England|-|spiritueux|70:-|United Kingdom
hendricks|Hendrick's Gin|Hendrick's||Scotland|-|spiritueux|70:-|United Kingdom
absolut|Absolut Vodka|Absolut||Sweden|-|spiritueux|70:-|Sweden
jameson|Jameson|Jameson||Ireland|-|spiritueux|70:-|Ireland
chivas|Chivas Regal 12 ans|Chivas Brothers||Scotland|-|spiritueux|70:-|United Kingdom
lagavulin|Lagavulin 16 ans|Lagavulin|Islay|Scotland|-|spiritueux|70:-|United Kingdom
magloire|Père Magloire VSOP|Père Magloire|Calvados Pays d'Auge|Normandie|-|spiritueux|70:-
get27|Get 27|Get||Provence|-|spiritueux|70:-
cointreau|Cointreau|Cointreau||Anjou|-|spiritueux|70:-
baileys|Baileys Original Irish Cream|Baileys||Ireland|-|spiritueux|70:-|Ireland
ricard|Ricard|Pernod Ricard||Provence|-|autre|100:-
pastis51|Pastis 51|Pernod||Provence|-|autre|100:-
lilletb|Lillet Blanc|Lillet||Bordeaux|-|autre|75:-
lilletr|Lillet Rosé|Lillet||Bordeaux|-|autre|75:-
martini|Martini Bianco|Martini||Piemonte|-|autre|100:-|Italy
suze|Suze|Suze||Jura|-|autre|100:-
aperol|Aperol|Aperol||Veneto|-|autre|70:-|Italy
campari|Campari|Campari||Lombardia|-|autre|100:-|Italy
taylors|Taylor's Fine Ruby|Taylor's|Porto|Douro|-|autre|75:-|Portugal
heineken|Heineken|Heineken||Netherlands|-|bière|25:- 3000:-|Netherlands
leffe|Leffe Blonde|Abbaye de Leffe||Belgium|-|bière|33:- 2000:-|Belgium
hoegaarden|Hoegaarden Blanche|Hoegaarden||Belgium|-|bière|2000:-|Belgium
corona|Corona Extra|Corona||Mexico|-|bière|35.5:-|Mexico
desperados|Desperados|Desperados||Netherlands|-|bière|33:-|Netherlands
chouffe|La Chouffe|Brasserie d'Achouffe||Belgium|-|bière|33:-|Belgium
heineken00|Heineken 0.0|Heineken||Netherlands|-|bière|33:-|Netherlands
cidre|Cidre Brut|Loïc Raison||Bretagne|-|autre|33:-
coca|Coca-Cola|Coca-Cola||France|-|soft|33:-
cocazero|Coca-Cola Zéro|Coca-Cola||France|-|soft|33:-
orangina|Orangina|Orangina||France|-|soft|25:-
schweppes|Schweppes Indian Tonic|Schweppes||France|-|soft|25:-
perrier|Perrier|Perrier||Occitanie|-|soft|33:-
evian|Evian|Evian||Savoie|-|soft|50:- 100:-
pellegrino|San Pellegrino|San Pellegrino||Lombardia|-|soft|50:- 100:-|Italy
badoit|Badoit|Badoit||Loire|-|soft|100:-
oasis|Oasis Tropical|Oasis||France|-|soft|33:-
icetea|Lipton Ice Tea Pêche|Lipton||France|-|soft|33:-
pago|Pago Orange|Pago||Austria|-|soft|20:-|Austria
redbull|Red Bull|Red Bull||Austria|-|soft|25:-|Austria
"""


def _fmt(x):
    v = float(x)
    return int(v) if v == int(v) else v


def products():
    """[(key, fields dict without id/vintage/format, {format: [vintages]})] in file order."""
    out = []
    for line in DRINKS.strip().splitlines():
        parts = line.split("|")
        key, name, producer, app, region, colour, cat, fmts = parts[:8]
        country = parts[8] if len(parts) > 8 else "France"
        formats = {}
        for chunk in fmts.split():
            f, vs = chunk.split(":")
            formats[_fmt(f)] = [None] if vs == "-" else [int(v) for v in vs.split(",")]
        fields = {"name": name, "producer": producer, "appellation": app or None,
                  "region": region, "country": country,
                  "colour": None if colour == "-" else colour, "category": cat}
        out.append((key, fields, formats))
    return out
