"""The drinks of "La Treille des Papes" (Avignon), the library of the blind set.

One row per drink: key|name|producer|appellation|region|country|colour|category|holdings

holdings: `format_cl:vintage,vintage;format_cl:...` (`-` for a non-vintage drink).
Colour `-` is null. The build turns each (drink, format, vintage) into one library entry,
in the order written here (formats and vintages in the order given).
"""

RHONE = "Vallée du Rhône"

ROWS = """
beaur_r|Domaine de Beaurenard|Domaine de Beaurenard|Châteauneuf-du-Pape|RH|France|rouge|vin|75:2019,2020;150:2018
boisren|Boisrenard|Domaine de Beaurenard|Châteauneuf-du-Pape|RH|France|rouge|vin|75:2018
beaur_b|Domaine de Beaurenard|Domaine de Beaurenard|Châteauneuf-du-Pape|RH|France|blanc|vin|75:2022
beaur_cdr|Domaine de Beaurenard|Domaine de Beaurenard|Côtes du Rhône|RH|France|rouge|vin|75:2022
argiles|Les Argiles Bleues|Domaine de Beaurenard|Rasteau|RH|France|rouge|vin|75:2020
nerthe_r|Château La Nerthe|Château La Nerthe|Châteauneuf-du-Pape|RH|France|rouge|vin|75:2019,2020;37.5:2020
nerthe_b|Château La Nerthe|Château La Nerthe|Châteauneuf-du-Pape|RH|France|blanc|vin|75:2022
beauvenir|Clos de Beauvenir|Château La Nerthe|Châteauneuf-du-Pape|RH|France|blanc|vin|75:2020
redon_r|Château Mont-Redon|Château Mont-Redon|Châteauneuf-du-Pape|RH|France|rouge|vin|75:2019
redon_b|Château Mont-Redon|Château Mont-Redon|Châteauneuf-du-Pape|RH|France|blanc|vin|75:2022
redon_lir|Château Mont-Redon|Château Mont-Redon|Lirac|RH|France|rouge|vin|75:2021
redon_cdr|Château Mont-Redon|Château Mont-Redon|Côtes du Rhône|RH|France|rouge|vin|75:2022
sabon_prest|Cuvée Prestige|Domaine Roger Sabon|Châteauneuf-du-Pape|RH|France|rouge|vin|75:2019,2020
sabon_oliv|Les Olivets|Domaine Roger Sabon|Châteauneuf-du-Pape|RH|France|rouge|vin|75:2020
usseg|Domaine Raymond Usseglio|Domaine Raymond Usseglio|Châteauneuf-du-Pape|RH|France|rouge|vin|75:2020;37.5:2019
usseg_imp|Cuvée Impériale|Domaine Raymond Usseglio|Châteauneuf-du-Pape|RH|France|rouge|vin|75:2019
gardine_r|Château de la Gardine|Château de la Gardine|Châteauneuf-du-Pape|RH|France|rouge|vin|75:2018,2019
gardine_b|Château de la Gardine|Château de la Gardine|Châteauneuf-du-Pape|RH|France|blanc|vin|75:2022
cayron|Domaine du Cayron|Domaine du Cayron|Gigondas|RH|France|rouge|vin|75:2019,2020;150:2017
fonttonin|La Font de Tonin|Domaine La Bouïssière|Gigondas|RH|France|rouge|vin|75:2019
bouiss_gig|Domaine La Bouïssière|Domaine La Bouïssière|Gigondas|RH|France|rouge|vin|75:2020
bouiss_vacq|Domaine La Bouïssière|Domaine La Bouïssière|Vacqueyras|RH|France|rouge|vin|75:2021
gardette|Moulin de la Gardette|Moulin de la Gardette|Gigondas|RH|France|rouge|vin|75:2020,2021
ventabren|Ventabren|Moulin de la Gardette|Gigondas|RH|France|rouge|vin|75:2019
raspail|Domaine Raspail-Ay|Domaine Raspail-Ay|Gigondas|RH|France|rouge|vin|75:2020
hautsmont|Les Hauts de Montmirail|Domaine Brusset|Gigondas|RH|France|rouge|vin|75:2019
archi_r|Domaine d'Archimbaud|Domaine d'Archimbaud|Vacqueyras|RH|France|rouge|vin|75:2020,2021
archi_b|Domaine d'Archimbaud|Domaine d'Archimbaud|Vacqueyras|RH|France|blanc|vin|75:2022
archi_rs|Domaine d'Archimbaud|Domaine d'Archimbaud|Vacqueyras|RH|France|rosé|vin|75:2023
fruitsauv|Fruit Sauvage|Le Clos de Caveau|Vacqueyras|RH|France|rouge|vin|75:2020,2021
carmin|Carmin Brillant|Le Clos de Caveau|Vacqueyras|RH|France|rouge|vin|75:2019
vincila|Vincila|Domaine de Montvac|Vacqueyras|RH|France|rouge|vin|75:2019
soum_prest|Cuvée Prestige|Domaine La Soumade|Rasteau|RH|France|rouge|vin|75:2019,2021
soum_conf|Fleur de Confiance|Domaine La Soumade|Rasteau|RH|France|rouge|vin|75:2019
soum_vdn|Rasteau Vin Doux Naturel|Domaine La Soumade|Rasteau|RH|France|liquoreux|vin|50:2018
ponce|La Ponce|Domaine des Escaravailles|Rasteau|RH|France|rouge|vin|75:2020,2021
heritage|Héritage 1924|Domaine des Escaravailles|Rasteau|RH|France|rouge|vin|75:2020
rabasse|Domaine Rabasse-Charavin|Domaine Rabasse-Charavin|Cairanne|RH|France|rouge|vin|75:2021
estevenas|Cuvée d'Estevenas|Domaine Rabasse-Charavin|Cairanne|RH|France|rouge|vin|75:2019
travers_r|Les Travers|Domaine Brusset|Cairanne|RH|France|rouge|vin|75:2021
travers_b|Les Travers|Domaine Brusset|Cairanne|RH|France|blanc|vin|75:2022
baronlouis|Baron Louis|Château de Montfaucon|Lirac|RH|France|rouge|vin|75:2019,2020
montf_b|Château de Montfaucon|Château de Montfaucon|Lirac|RH|France|blanc|vin|75:2022
fermade_r|La Fermade|Domaine Maby|Lirac|RH|France|rouge|vin|75:2021
fermade_b|La Fermade|Domaine Maby|Lirac|RH|France|blanc|vin|75:2022
forcad|La Forcadière|Domaine Maby|Tavel|RH|France|rosé|vin|75:2022,2023;150:2022
primadonna|Prima Donna|Domaine Maby|Tavel|RH|France|rosé|vin|75:2022
montez|Prieuré de Montézargues|Prieuré de Montézargues|Tavel|RH|France|rosé|vin|75:2023;37.5:2023
segries|Château de Ségriès|Château de Ségriès|Tavel|RH|France|rosé|vin|75:2023
arbous_r|Les Arbousiers|Domaine de la Réméjeanne|Côtes du Rhône|RH|France|rouge|vin|75:2021,2022
arbous_b|Les Arbousiers|Domaine de la Réméjeanne|Côtes du Rhône|RH|France|blanc|vin|75:2023
eglant|Les Églantiers|Domaine de la Réméjeanne|Côtes du Rhône Villages|RH|France|rouge|vin|75:2019
khayyam|Khayyâm|Mas de Libian|Côtes du Rhône Villages|RH|France|rouge|vin|75:2022
boutdzan|Bout d'Zan|Mas de Libian|Côtes du Rhône|RH|France|rouge|vin|75:2023
mourch_trad|Tradition|Domaine de Mourchon|Côtes du Rhône Villages Séguret|RH|France|rouge|vin|75:2021
loubie|Loubié|Domaine de Mourchon|Côtes du Rhône|RH|France|rosé|vin|75:2023
persia_r|Persia|Domaine de Fondrèche|Ventoux|RH|France|rouge|vin|75:2020,2021
persia_b|Persia|Domaine de Fondrèche|Ventoux|RH|France|blanc|vin|75:2022
fondr_r|Domaine de Fondrèche|Domaine de Fondrèche|Ventoux|RH|France|rouge|vin|75:2022
fondr_rs|Domaine de Fondrèche|Domaine de Fondrèche|Ventoux|RH|France|rosé|vin|75:2023
durban_mbv|Domaine de Durban|Domaine de Durban|Muscat de Beaumes-de-Venise|RH|France|liquoreux|vin|75:2021,2022;37.5:2022
durban_bdv|Domaine de Durban|Domaine de Durban|Beaumes-de-Venise|RH|France|rouge|vin|75:2020
fenouil|Domaine de Fenouillet|Domaine de Fenouillet|Muscat de Beaumes-de-Venise|RH|France|liquoreux|vin|50:2022
thalabert|Domaine de Thalabert|Paul Jaboulet Aîné|Crozes-Hermitage|RH|France|rouge|vin|75:2019
muleblanche|Mule Blanche|Paul Jaboulet Aîné|Crozes-Hermitage|RH|France|blanc|vin|75:2022
chapelle|La Chapelle|Paul Jaboulet Aîné|Hermitage|RH|France|rouge|vin|75:2015
lasource|La Source|Ferraton Père & Fils|Saint-Joseph|RH|France|rouge|vin|75:2020
champelrose|Champelrose|Domaine Courbis|Cornas|RH|France|rouge|vin|75:2019
couzou|Colline de Couzou|Domaine Bonnefond|Côte-Rôtie|RH|France|rouge|vin|75:2018
bdc_gr|Grande Réserve Brut|Beaumont des Crayères|Champagne|Champagne|France|effervescent|champagne|75:-;150:-
bdc_rose|Fleur de Rosé|Beaumont des Crayères|Champagne|Champagne|France|rosé|champagne|75:2015
lh_bdb|Blanc de Blancs Grand Cru|Legras & Haas|Champagne|Champagne|France|effervescent|champagne|75:-;37.5:-
lh_trad|Tradition Brut|Legras & Haas|Champagne|Champagne|France|effervescent|champagne|75:-
pastis_mang|Pastis Manguin|Distillerie Manguin|Pastis|Provence|France|-|spiritueux|70:-
pastis_avig|Pastis d'Avignon|Distillerie Manguin|Pastis|Provence|France|-|spiritueux|70:-
poire|Poire Williams|Distillerie Manguin|Eau-de-vie de poire Williams|Provence|France|-|spiritueux|70:-
caraxes|Caraxès|Distillerie Manguin|Spiritueux poire et rhum|Provence|France|-|spiritueux|70:-
perine|La Périne|Distillerie Manguin|Apéritif à la poire|Provence|France|-|autre|70:-
frigolet|Liqueur Frigolet|Distillerie Frigolet|Liqueur de plantes|Provence|France|-|spiritueux|70:-
gg10|Glen Grant 10 ans|Glen Grant|Speyside Single Malt|Speyside|Royaume-Uni|-|spiritueux|70:-
gg18|Glen Grant 18 ans|Glen Grant|Speyside Single Malt|Speyside|Royaume-Uni|-|spiritueux|70:-
comed_bl|La Comédienne Blonde|Brasserie La Comédienne|-|Provence|France|-|bière|3000:-;33:-
comed_rousse|La Comédienne Rousse|Brasserie La Comédienne|-|Provence|France|-|bière|33:-
v1912|1912|Brasserie du Mont Ventoux|-|Provence|France|-|bière|2000:-
mythique|La Mythique|Brasserie du Mont Ventoux|-|Provence|France|-|bière|33:-
arcens|Arcens|Source d'Arcens|-|Ardèche|France|-|soft|100:-;50:-
fanta|Fanta Orange|Coca-Cola|-|-|France|-|soft|33:-
sprite|Sprite|Coca-Cola|-|-|France|-|soft|33:-
"""

REGIONS = {"RH": RHONE}


def _num(text):
    value = float(text)
    return int(value) if value == int(value) else value


def load():
    """The drinks, in order: dicts with key, fields and holdings [(format, [vintages])]."""
    drinks = []
    for line in ROWS.strip().splitlines():
        parts = line.split("|")
        if len(parts) != 9:
            raise ValueError("bad drink row: " + line)
        key, name, producer, appellation, region, country, colour, category, holdings = parts
        held = []
        for block in holdings.split(";"):
            fmt, vintages = block.split(":")
            vints = [None] if vintages == "-" else [int(v) for v in vintages.split(",")]
            held.append((_num(fmt), vints))
        drinks.append({
            "key": key,
            "name": name,
            "producer": producer,
            "appellation": None if appellation == "-" else appellation,
            "region": None if region == "-" else REGIONS.get(region, region),
            "country": None if country == "-" else country,
            "colour": None if colour == "-" else colour,
            "category": category,
            "holdings": held,
        })
    keys = [d["key"] for d in drinks]
    if len(keys) != len(set(keys)):
        raise ValueError("duplicate drink key")
    return drinks
