"""Le Bistrot du Stade (Guingamp): the drinks library.

One row a drink: key | name | producer | appellation | region | country | colour | category | held
`held` lists the formats with their vintages: `75:2022,2023;37.5:2023` (`-` for non-vintage).
Colour `-` is null. Each (format, vintage) becomes one library entry, in row order.
"""

ROWS = r"""
pep|Clos des Briords|Domaine de la Pépière|Muscadet Sèvre et Maine sur Lie|Loire|France|blanc|vin|75:2022,2023;37.5:2023
lun|Le Clos des Allées|Domaine Luneau-Papin|Muscadet Sèvre et Maine sur Lie|Loire|France|blanc|vin|75:2022
lan|Amphibolite Nature|Domaine Landron|Muscadet Sèvre et Maine|Loire|France|blanc|vin|75:2023
barb|Les Baronnes|Henri Bourgeois|Sancerre|Loire|France|blanc|vin|75:2022,2023;37.5:2022
barr|Les Baronnes|Henri Bourgeois|Sancerre|Loire|France|rouge|vin|75:2021
lad|Pouilly-Fumé de Ladoucette|De Ladoucette|Pouilly-Fumé|Loire|France|blanc|vin|75:2021,2022
vil|Château de Villeneuve|Château de Villeneuve|Saumur-Champigny|Loire|France|rouge|vin|75:2020,2021
vilc|Les Cormiers|Château de Villeneuve|Saumur-Champigny|Loire|France|rouge|vin|75:2019
cca|La Coulée Automnale|Couly-Dutheil|Chinon|Loire|France|rouge|vin|75:2022
cce|Clos de l'Écho|Couly-Dutheil|Chinon|Loire|France|rouge|vin|75:2019
ami|La Source|Yannick Amirault|Saint-Nicolas-de-Bourgueil|Loire|France|rouge|vin|75:2021,2022
lgb|Crémant de Loire Brut|Langlois-Château|Crémant de Loire|Loire|France|effervescent|vin|75:-
lgr|Crémant de Loire Rosé|Langlois-Château|Crémant de Loire|Loire|France|rosé|vin|75:-
hue|Le Haut-Lieu Sec|Domaine Huet|Vouvray|Loire|France|blanc|vin|75:2020
mcr|Mouton Cadet|Baron Philippe de Rothschild|Bordeaux|Bordeaux|France|rouge|vin|75:2020,2021;37.5:2021
mcb|Mouton Cadet Blanc|Baron Philippe de Rothschild|Bordeaux|Bordeaux|France|blanc|vin|75:2022
bnr|Château Bonnet|André Lurton|Bordeaux|Bordeaux|France|rouge|vin|75:2020
bnb|Château Bonnet|André Lurton|Entre-Deux-Mers|Bordeaux|France|blanc|vin|75:2023
lns|Château Lanessan|Château Lanessan|Haut-Médoc|Bordeaux|France|rouge|vin|75:2016,2018;150:2016
fom|Château Fombrauge|Château Fombrauge|Saint-Émilion Grand Cru|Bordeaux|France|rouge|vin|75:2018
pey|Château Pey La Tour Réserve|Dourthe|Bordeaux Supérieur|Bordeaux|France|rouge|vin|75:2019,2020
p45r|Parallèle 45|Paul Jaboulet Aîné|Côtes du Rhône|Rhône|France|rouge|vin|75:2021,2022;37.5:2022
p45o|Parallèle 45|Paul Jaboulet Aîné|Côtes du Rhône|Rhône|France|rosé|vin|75:2023
gcr|Côtes du Rhône|E. Guigal|Côtes du Rhône|Rhône|France|rouge|vin|75:2020
ggg|Gigondas|E. Guigal|Gigondas|Rhône|France|rouge|vin|75:2019
gra|Crozes-Hermitage|Alain Graillot|Crozes-Hermitage|Rhône|France|rouge|vin|75:2020,2021
vtg|La Crau|Domaine du Vieux Télégraphe|Châteauneuf-du-Pape|Rhône|France|rouge|vin|75:2018,2019
min|M de Minuty|Château Minuty|Côtes de Provence|Provence|France|rosé|vin|75:2023
wan|Whispering Angel|Château d'Esclans|Côtes de Provence|Provence|France|rosé|vin|75:2023;150:2023
foi|Côte du Py|Jean Foillard|Morgon|Beaujolais|France|rouge|vin|75:2021
chz|Château de la Chaize|Château de la Chaize|Brouilly|Beaujolais|France|rouge|vin|75:2022
trr|Riesling|Trimbach|Alsace|Alsace|France|blanc|vin|75:2021
trg|Gewurztraminer|Trimbach|Alsace|Alsace|France|blanc|vin|75:2020
jmr|Les Jamelles Merlot|Les Jamelles|Pays d'Oc|Languedoc|France|rouge|vin|75:2022
jms|Les Jamelles Sauvignon Blanc|Les Jamelles|Pays d'Oc|Languedoc|France|blanc|vin|75:2023
jmo|Les Jamelles Cinsault Rosé|Les Jamelles|Pays d'Oc|Languedoc|France|rosé|vin|75:2023
moe|Brut Impérial|Moët & Chandon|Champagne|Champagne|France|effervescent|champagne|75:-;37.5:-;150:-
mor|Rosé Impérial|Moët & Chandon|Champagne|Champagne|France|rosé|champagne|75:-
vcq|Brut Carte Jaune|Veuve Clicquot|Champagne|Champagne|France|effervescent|champagne|75:-
kro|Kronenbourg|Kronenbourg|-|-|France|-|bière|3000:-;25:-
cfa|Coreff Ambrée|Brasserie Coreff|-|Bretagne|France|-|bière|3000:-;33:-
brb|Britt Blanche|Brasserie de Bretagne|-|Bretagne|France|-|bière|2000:-
lfb|Leffe Blonde|Abbaye de Leffe|-|-|Belgique|-|bière|2000:-
gui|Guinness Draught|Guinness|-|-|Irlande|-|bière|3000:-
lcb|Lancelot Blonde|Brasserie Lancelot|-|Bretagne|France|-|bière|33:-
duv|Duvel|Duvel Moortgat|-|-|Belgique|-|bière|33:-
des|Desperados|Heineken|-|-|France|-|bière|33:-
chb|Chimay Bleue|Bières de Chimay|-|-|Belgique|-|bière|33:-
h00|Heineken 0.0|Heineken|-|-|Pays-Bas|-|bière|25:-
kbr|Kerné Brut|Cidres Kerné|Cidre de Bretagne|Bretagne|France|-|autre|75:-;33:-
kdx|Kerné Doux|Cidres Kerné|Cidre de Bretagne|Bretagne|France|-|autre|75:-
vrb|Cidre Bouché Brut|Val de Rance|Cidre de Bretagne|Bretagne|France|-|autre|75:-
vrd|Cidre Bouché Doux|Val de Rance|Cidre de Bretagne|Bretagne|France|-|autre|75:-
lrb|Loïc Raison Brut|Loïc Raison|Cidre de Bretagne|Bretagne|France|-|autre|33:-
wpm|Pommeau de Bretagne|Distillerie Warenghem|Pommeau de Bretagne|Bretagne|France|-|autre|75:-
wch|Chouchenn|Distillerie Warenghem|-|Bretagne|France|-|autre|75:-
arc|Armorik Classic|Distillerie Warenghem|Whisky de Bretagne|Bretagne|France|-|spiritueux|70:-
ard|Armorik Double Maturation|Distillerie Warenghem|Whisky de Bretagne|Bretagne|France|-|spiritueux|70:-
wbz|Breizh Whisky|Distillerie Warenghem|Whisky de Bretagne|Bretagne|France|-|spiritueux|70:-
jam|Jameson|Jameson|Irish Whiskey|-|Irlande|-|spiritueux|70:-
jdn|Jack Daniel's Old No. 7|Jack Daniel's|Tennessee Whiskey|-|États-Unis|-|spiritueux|70:-
chi|Chivas Regal 12 ans|Chivas Brothers|Blended Scotch Whisky|-|Écosse|-|spiritueux|70:-
hc3|Havana Club 3 Años|Havana Club|-|-|Cuba|-|spiritueux|70:-
hc7|Havana Club 7 Años|Havana Club|-|-|Cuba|-|spiritueux|70:-
dip|Diplomático Reserva Exclusiva|Diplomático|-|-|Venezuela|-|spiritueux|70:-
bac|Bacardi Carta Blanca|Bacardi|-|-|Porto Rico|-|spiritueux|70:-
rem|Rémy Martin VSOP|Rémy Martin|Cognac|-|France|-|spiritueux|70:-
pmg|Père Magloire VSOP|Père Magloire|Calvados Pays d'Auge|Normandie|France|-|spiritueux|70:-
abs|Absolut Vodka|Absolut|-|-|Suède|-|spiritueux|70:-
bom|Bombay Sapphire|Bombay|London Dry Gin|-|Royaume-Uni|-|spiritueux|70:-
g27|Get 27|Get|-|-|France|-|spiritueux|70:-
bai|Baileys Original|Baileys|-|-|Irlande|-|spiritueux|70:-
ric|Ricard|Pernod Ricard|Pastis|-|France|-|spiritueux|100:-
p51|Pastis 51|Pernod|Pastis|-|France|-|spiritueux|100:-
suz|Suze|Suze|-|-|France|-|autre|100:-
mbi|Martini Bianco|Martini|-|-|Italie|-|autre|100:-
mro|Martini Rosso|Martini|-|-|Italie|-|autre|100:-
lil|Lillet Blanc|Lillet|-|Bordeaux|France|-|autre|75:-
coc|Coca-Cola|Coca-Cola|-|-|France|-|soft|33:-
coz|Coca-Cola Zéro|Coca-Cola|-|-|France|-|soft|33:-
bzc|Breizh Cola|Breizh Cola|-|Bretagne|France|-|soft|33:-
ora|Orangina|Orangina|-|-|France|-|soft|25:-
sct|Schweppes Tonic|Schweppes|-|-|France|-|soft|25:-
per|Perrier|Perrier|-|-|France|-|soft|33:-
evi|Evian|Evian|-|-|France|-|soft|50:-;100:-
bad|Badoit|Badoit|-|-|France|-|soft|100:-
oas|Oasis Tropical|Oasis|-|-|France|-|soft|25:-
lor|Lorina Limonade|Lorina|-|-|France|-|soft|33:-
"""


def _fmt(s):
    f = float(s)
    return int(f) if f == int(f) else f


def drinks():
    """{key: dict(fields..., held=[(format, vintage), ...])} in row order."""
    out = {}
    for line in ROWS.strip().splitlines():
        k, name, prod, app, reg, ctry, col, cat, held = line.split("|")
        entries = []
        for part in held.split(";"):
            f, vs = part.split(":")
            for v in vs.split(","):
                entries.append((_fmt(f), None if v == "-" else int(v)))
        out[k] = {"name": name, "producer": prod, "appellation": None if app == "-" else app,
                      "region": None if reg == "-" else reg, "country": ctry,
                      "colour": None if col == "-" else col, "category": cat, "held": entries}
    return out
