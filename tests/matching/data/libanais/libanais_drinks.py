"""The drinks of "Dar Zahlé" (an invented Lebanese restaurant in Paris, 11e).

One line a drink: key | name | producer | appellation | region | country | colour | category
| holdings. Holdings are `format:vintage,vintage;format:...`, a format alone for a
non-vintage drink (`70;20`). "The same wine" is one line: same name, producer,
appellation and colour; each format and vintage is its own library entry, written in
the order of the line (formats as listed, vintages ascending). `-` stands for null.
"""

BEKAA = "Vallée de la Bekaa|Bekaa|Liban"
BATROUN = "Batroun|Mont-Liban|Liban"
BHAMDOUN = "Mont-Liban|Mont-Liban|Liban"

DRINKS = """
kef_ch|Château Kefraya|Château Kefraya|BEKAA|rouge|vin|75:2016,2018,2019;150:2016
kef_comte|Comte de M|Château Kefraya|BEKAA|rouge|vin|75:2014,2017;150:2014
kef_bret|Les Bretèches|Château Kefraya|BEKAA|rouge|vin|75:2021,2022;37.5:2022;150:2021
kef_myst|Myst|Château Kefraya|BEKAA|rosé|vin|75:2023
kef_comtesse|Comtesse de M|Château Kefraya|BEKAA|blanc|vin|75:2019
kef_vissi|Vissi d'Arte|Château Kefraya|BEKAA|blanc|vin|75:2020
mas_colo|Le Colombier|Massaya|BEKAA|rouge|vin|75:2020,2021,2022;37.5:2022
mas_terr|Terrasses de Baalbeck|Massaya|BEKAA|rouge|vin|75:2019,2020
mas_gold|Gold Reserve|Massaya|BEKAA|rouge|vin|75:2016,2018;150:2016
mas_blanc|Massaya Blanc|Massaya|BEKAA|blanc|vin|75:2023
mas_rose|Massaya Rosé|Massaya|BEKAA|rosé|vin|75:2024
ix_alt_r|Altitudes Rouge|Ixsir|BATROUN|rouge|vin|75:2019,2020;37.5:2020
ix_alt_b|Altitudes Blanc|Ixsir|BATROUN|blanc|vin|75:2022,2023
ix_alt_rs|Altitudes Rosé|Ixsir|BATROUN|rosé|vin|75:2024
ix_gr|Grande Réserve Rouge|Ixsir|BATROUN|rouge|vin|75:2016,2018;150:2016
ix_el|EL Ixsir Rouge|Ixsir|BATROUN|rouge|vin|75:2015,2016
st_ch|Château St Thomas|Château St Thomas|BEKAA|rouge|vin|75:2015,2017,2019;150:2017
st_emirs|Les Emirs|Château St Thomas|BEKAA|rouge|vin|75:2020
st_obeidy|Obeidy|Château St Thomas|BEKAA|blanc|vin|75:2022,2023
st_gourm|Les Gourmets Rosé|Château St Thomas|BEKAA|rosé|vin|75:2024
wa_cedres|Château Les Cèdres|Domaine Wardy|BEKAA|rouge|vin|75:2016,2018;37.5:2018
wa_obeidi|Obeidi|Domaine Wardy|BEKAA|blanc|vin|75:2021,2022
wa_priv|Private Selection Rouge|Domaine Wardy|BEKAA|rouge|vin|75:2019
mar_ch_r|Château Marsyas Rouge|Château Marsyas|BEKAA|rouge|vin|75:2015,2017;150:2015
mar_ch_b|Château Marsyas Blanc|Château Marsyas|BEKAA|blanc|vin|75:2021,2022
mar_bqa|B-Qā de Marsyas|Château Marsyas|BEKAA|rouge|vin|75:2019,2020
tou_r|Domaine des Tourelles Rouge|Domaine des Tourelles|BEKAA|rouge|vin|75:2020,2021;150:2020
tou_b|Domaine des Tourelles Blanc|Domaine des Tourelles|BEKAA|blanc|vin|75:2023
tou_rs|Domaine des Tourelles Rosé|Domaine des Tourelles|BEKAA|rosé|vin|75:2024
tou_beys|Marquis des Beys|Domaine des Tourelles|BEKAA|rouge|vin|75:2018
tou_cins|Vieilles Vignes Cinsault|Domaine des Tourelles|BEKAA|rouge|vin|75:2021
baal_r|Domaine de Baal Rouge|Domaine de Baal|BEKAA|rouge|vin|75:2018,2019;150:2018
baal_b|Domaine de Baal Blanc|Domaine de Baal|BEKAA|blanc|vin|75:2022
bv_ren|La Renaissance|Château Belle-Vue|BHAMDOUN|rouge|vin|75:2015,2017
bv_ch|Le Château|Château Belle-Vue|BHAMDOUN|rouge|vin|75:2014
p45_r|Parallèle 45 Rouge|Paul Jaboulet Aîné|Côtes du Rhône|Vallée du Rhône|France|rouge|vin|75:2021,2022;37.5:2022
p45_rs|Parallèle 45 Rosé|Paul Jaboulet Aîné|Côtes du Rhône|Vallée du Rhône|France|rosé|vin|75:2024
p45_b|Parallèle 45 Blanc|Paul Jaboulet Aîné|Côtes du Rhône|Vallée du Rhône|France|blanc|vin|75:2023
ld_chablis|Chablis|Domaine Long-Depaquit|Chablis|Bourgogne|France|blanc|vin|75:2022;37.5:2022
margui|Château Margüi|Château Margüi|Coteaux Varois en Provence|Provence|France|rosé|vin|75:2023,2024;150:2023
perle|Perle de Margüi|Château Margüi|Coteaux Varois en Provence|Provence|France|rosé|vin|75:2024
abele_brut|Abelé 1757 Brut|Abelé 1757|Champagne|Champagne|France|effervescent|champagne|75;37.5;150
abele_rose|Abelé 1757 Rosé|Abelé 1757|Champagne|Champagne|France|rosé|champagne|75
arak_brun|Arak Brun|Domaine des Tourelles|Arak|Bekaa|Liban|-|spiritueux|70;20
arak_mas|Arak Massaya|Massaya|Arak|Bekaa|Liban|-|spiritueux|70;35
arak_ix|Arak Ixsir|Ixsir|Arak|Mont-Liban|Liban|-|spiritueux|70
arak_ga|Arak Gantous & Abou Raad|Gantous & Abou Raad|Arak|Bekaa|Liban|-|spiritueux|70;20
oranj|Oranjaline|Domaine des Tourelles|Liqueur d'orange|Bekaa|Liban|-|spiritueux|70
almaza|Almaza Pilsener|Brasserie Almaza|-|Beyrouth|Liban|-|bière|33;3000
almaza_malt|Almaza Pure Malt|Brasserie Almaza|-|Beyrouth|Liban|-|bière|33
l961_lager|961 Lager|961 Beer|-|Mont-Liban|Liban|-|bière|33
l961_red|961 Red Ale|961 Beer|-|Mont-Liban|Liban|-|bière|33
l961_wit|961 Witbier|961 Beer|-|Mont-Liban|Liban|-|bière|33
parisis_bl|Parisis Blanche|Brasserie Parisis|-|Île-de-France|France|-|bière|2000
parisis_ipa|IPArisis|Brasserie Parisis|-|Île-de-France|France|-|bière|33
citron|Citronnade à la menthe|Dar Zahlé|-|-|France|-|soft|30
jallab|Jallab|Dar Zahlé|-|-|France|-|soft|30
ayran|Ayran|Dar Zahlé|-|-|France|-|soft|25
grenade|Jus de grenade pressé|Dar Zahlé|-|-|France|-|soft|25
orange|Jus d'orange pressé|Dar Zahlé|-|-|France|-|soft|25
laziza|Laziza|Brasserie Almaza|-|-|Liban|-|soft|33
sohat|Sohat|Sohat|-|-|Liban|-|soft|50;150
perrier|Perrier|Perrier|-|-|France|-|soft|33
pepsi|Pepsi|PepsiCo|-|-|France|-|soft|33
sevenup|7Up|PepsiCo|-|-|France|-|soft|33
mirinda|Mirinda Orange|PepsiCo|-|-|France|-|soft|33
"""


def _num(text):
    value = float(text)
    return int(value) if value == int(value) else value


def drinks():
    """The drinks as dicts, in the order above; `held` is [(format_cl, vintage)]."""
    out = []
    for line in DRINKS.strip().splitlines():
        line = line.replace("BEKAA", BEKAA).replace("BATROUN", BATROUN)
        line = line.replace("BHAMDOUN", BHAMDOUN)
        parts = line.split("|")
        assert len(parts) == 9, line
        key, name, producer, app, region, country, colour, category, held = parts
        def null(s):
            return None if s == "-" else s
        holdings = []
        for block in held.split(";"):
            if ":" in block:
                fmt, vintages = block.split(":")
                for vintage in vintages.split(","):
                    holdings.append((_num(fmt), int(vintage)))
            else:
                holdings.append((_num(block), None))
        out.append({"key": key, "name": name, "producer": producer,
                    "appellation": null(app), "region": null(region),
                    "country": country, "colour": null(colour),
                    "category": category, "held": holdings})
    return out
