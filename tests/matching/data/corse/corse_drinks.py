"""The drinks of "U Scogliu", a seaside restaurant on the Revellata road, Calvi.

One drink a line: key|name|producer|appellation|region|country|colour|category|family|formats

- appellation, colour: `-` for null.
- family: the old register's family code (RGE, BLC, ROS, MUS, CHP, APE, ALC, BIE, EAU, SFT).
- formats: `format_cl:vintage,vintage;format_cl:...`, `NV` for a non-vintage drink.
  Each (format, vintage) is one library entry, in the order written.
"""

DRINKS = """
gentile_r|Patrimonio Rouge|Domaine Gentile|Patrimonio|Corse|France|rouge|vin|RGE|75:2019,2020,2021;150:2019
gentile_b|Patrimonio Blanc|Domaine Gentile|Patrimonio|Corse|France|blanc|vin|BLC|75:2022,2023
gentile_musc|Muscat du Cap Corse|Domaine Gentile|Muscat du Cap Corse|Corse|France|liquoreux|vin|MUS|50:2022
gouverneurs|Cuvée des Gouverneurs|Domaine Orenga de Gaffory|Patrimonio|Corse|France|rouge|vin|RGE|75:2018,2020
gaffory_ros|Orenga de Gaffory Rosé|Domaine Orenga de Gaffory|Patrimonio|Corse|France|rosé|vin|ROS|75:2024
signadore|Clos Signadore|Clos Signadore|Patrimonio|Corse|France|rouge|vin|RGE|75:2019,2020
mandria_r|A Mandria di Signadore Rouge|Clos Signadore|Patrimonio|Corse|France|rouge|vin|RGE|75:2021,2022
mandria_b|A Mandria di Signadore Blanc|Clos Signadore|Patrimonio|Corse|France|blanc|vin|BLC|75:2023
agriates_r|Cru des Agriates Rouge|Domaine Giacometti|Patrimonio|Corse|France|rouge|vin|RGE|75:2021
agriates_ros|Cru des Agriates Rosé|Domaine Giacometti|Patrimonio|Corse|France|rosé|vin|ROS|75:2023,2024
cuntentu|Sempre Cuntentu|Domaine Giacometti|Patrimonio|Corse|France|rouge|vin|RGE|75:2020
montemagni_ros|Montemagni Rosé|Domaine Montemagni|Patrimonio|Corse|France|rosé|vin|ROS|75:2024;150:2023
montemagni_b|Montemagni Blanc|Domaine Montemagni|Patrimonio|Corse|France|blanc|vin|BLC|75:2023
capitoro_r|Clos Capitoro Rouge|Clos Capitoro|Ajaccio|Corse|France|rouge|vin|RGE|75:2019,2020;150:2018
capitoro_ros|Clos Capitoro Rosé|Clos Capitoro|Ajaccio|Corse|France|rosé|vin|ROS|75:2023,2024
capitoro_b|Clos Capitoro Blanc|Clos Capitoro|Ajaccio|Corse|France|blanc|vin|BLC|75:2023
peraldi_r|Comte Peraldi Rouge|Domaine Comte Peraldi|Ajaccio|Corse|France|rouge|vin|RGE|75:2020,2021;37.5:2021
peraldi_ros|Comte Peraldi Rosé|Domaine Comte Peraldi|Ajaccio|Corse|France|rosé|vin|ROS|75:2024
cardinal|Clos du Cardinal|Domaine Comte Peraldi|Ajaccio|Corse|France|rouge|vin|RGE|75:2019
granit|Granit|Domaine Vaccelli|Ajaccio|Corse|France|rouge|vin|RGE|75:2020,2021
quartz|Quartz|Domaine Vaccelli|Ajaccio|Corse|France|blanc|vin|BLC|75:2022
alzeto_r|Clos d'Alzeto Rouge|Clos d'Alzeto|Ajaccio|Corse|France|rouge|vin|RGE|75:2021
alzeto_ros|Clos d'Alzeto Rosé|Clos d'Alzeto|Ajaccio|Corse|France|rosé|vin|ROS|75:2024
culombu_ros|Clos Culombu Rosé|Clos Culombu|Vin de Corse Calvi|Corse|France|rosé|vin|ROS|75:2023,2024;150:2023;37.5:2024
culombu_r|Clos Culombu Rouge|Clos Culombu|Vin de Corse Calvi|Corse|France|rouge|vin|RGE|75:2021
culombu_b|Clos Culombu Blanc|Clos Culombu|Vin de Corse Calvi|Corse|France|blanc|vin|BLC|75:2023,2024
fiume_r|Fiume Seccu Rouge|Domaine d'Alzipratu|Vin de Corse Calvi|Corse|France|rouge|vin|RGE|75:2021,2022
fiume_b|Fiume Seccu Blanc|Domaine d'Alzipratu|Vin de Corse Calvi|Corse|France|blanc|vin|BLC|75:2023
pumonte|Pumonte|Domaine d'Alzipratu|Vin de Corse Calvi|Corse|France|rouge|vin|RGE|75:2019
landry_gris|Clos Landry Gris|Clos Landry|Vin de Corse Calvi|Corse|France|rosé|vin|ROS|75:2023,2024;150:2024
landry_r|Clos Landry Rouge|Clos Landry|Vin de Corse Calvi|Corse|France|rouge|vin|RGE|75:2021
eprove_r|E Prove Rouge|Domaine Maestracci|Vin de Corse Calvi|Corse|France|rouge|vin|RGE|75:2020,2021
eprove_ros|E Prove Rosé|Domaine Maestracci|Vin de Corse Calvi|Corse|France|rosé|vin|ROS|75:2024
reginu|Clos Reginu|Domaine Maestracci|Vin de Corse Calvi|Corse|France|rouge|vin|RGE|75:2022
vignola|Vignola|Domaine Renucci|Vin de Corse Calvi|Corse|France|rouge|vin|RGE|75:2020
alexandra_r|Cuvée Alexandra Rouge|Domaine de Tanella|Vin de Corse Figari|Corse|France|rouge|vin|RGE|75:2020
alexandra_ros|Cuvée Alexandra Rosé|Domaine de Tanella|Vin de Corse Figari|Corse|France|rosé|vin|ROS|75:2024
petra_bianca|Petra Bianca Rosé|Domaine Petra Bianca|Vin de Corse Figari|Corse|France|rosé|vin|ROS|75:2024
saparale_r|Saparale Rouge|Domaine Saparale|Vin de Corse Sartène|Corse|France|rouge|vin|RGE|75:2021,2022
saparale_ros|Saparale Rosé|Domaine Saparale|Vin de Corse Sartène|Corse|France|rosé|vin|ROS|75:2024;150:2023
saparale_b|Saparale Blanc|Domaine Saparale|Vin de Corse Sartène|Corse|France|blanc|vin|BLC|75:2023
casteddu_r|Casteddu Rouge|Domaine Saparale|Vin de Corse Sartène|Corse|France|rouge|vin|RGE|75:2022
casteddu_ros|Casteddu Rosé|Domaine Saparale|Vin de Corse Sartène|Corse|France|rosé|vin|ROS|75:2024
vassilia|Vassilia|Domaine Fiumicicoli|Vin de Corse Sartène|Corse|France|rouge|vin|RGE|75:2019
fiumicicoli_ros|Fiumicicoli Rosé|Domaine Fiumicicoli|Vin de Corse Sartène|Corse|France|rosé|vin|ROS|75:2024
baricci|Castellu di Baricci Rouge|Castellu di Baricci|Vin de Corse Sartène|Corse|France|rouge|vin|RGE|75:2020
oriu|Oriu|Domaine de Torraccia|Vin de Corse Porto-Vecchio|Corse|France|rouge|vin|RGE|75:2017,2019
torraccia_r|Torraccia Rouge|Domaine de Torraccia|Vin de Corse Porto-Vecchio|Corse|France|rouge|vin|RGE|75:2021
torraccia_ros|Torraccia Rosé|Domaine de Torraccia|Vin de Corse Porto-Vecchio|Corse|France|rosé|vin|ROS|75:2024
granajolo_ros|Granajolo Rosé|Domaine de Granajolo|Vin de Corse Porto-Vecchio|Corse|France|rosé|vin|ROS|75:2024
robe_ros|La Robe d'Ange Rosé|Clos Fornelli|Vin de Corse|Corse|France|rosé|vin|ROS|75:2024
robe_b|La Robe d'Ange Blanc|Clos Fornelli|Vin de Corse|Corse|France|blanc|vin|BLC|75:2023
venturi_r|Clos Venturi Rouge|Clos Venturi|Vin de Corse|Corse|France|rouge|vin|RGE|75:2020,2021
venturi_b|Clos Venturi Blanc|Clos Venturi|Vin de Corse|Corse|France|blanc|vin|BLC|75:2023
nicrosi_musc|Muscat du Cap Corse|Clos Nicrosi|Muscat du Cap Corse|Corse|France|liquoreux|vin|MUS|50:2021,2022
nicrosi_b|Clos Nicrosi Blanc|Clos Nicrosi|Vin de Corse Coteaux du Cap Corse|Corse|France|blanc|vin|BLC|75:2022
pietri_musc|Muscat du Cap Corse|Domaine de Pietri|Muscat du Cap Corse|Corse|France|liquoreux|vin|MUS|50:2022
rappu|Rappu|Domaine de Pietri|IGP Île de Beauté|Corse|France|liquoreux|vin|MUS|50:NV
tvecchia_ros|Terra Vecchia Rosé|Domaine de Terra Vecchia|IGP Île de Beauté|Corse|France|rosé|vin|ROS|75:2024;150:2024
tvecchia_r|Terra Vecchia Rouge|Domaine de Terra Vecchia|IGP Île de Beauté|Corse|France|rouge|vin|RGE|75:2022
marquiliani|Rosé Gris|Domaine de Marquiliani|IGP Île de Beauté|Corse|France|rosé|vin|ROS|75:2023,2024
mirabeau|Pure|Maison Mirabeau|Côtes de Provence|Provence|France|rosé|vin|ROS|75:2023,2024;150:2023
gassier_946|946|Château Gassier|Côtes de Provence Sainte-Victoire|Provence|France|rosé|vin|ROS|75:2021,2022
sables|Sables d'Azur|Château Gassier|Côtes de Provence|Provence|France|rosé|vin|ROS|75:2024
marie_chr|Cuvée Marie-Christine|Château de l'Aumérade|Côtes de Provence|Provence|France|rosé|vin|ROS|75:2024
ile_ros|Domaine de l'Île Rosé|Domaine de l'Île|Côtes de Provence|Provence|France|rosé|vin|ROS|75:2024
moines_brut|Cuvée des Moines Brut|Besserat de Bellefon|Champagne|Champagne|France|effervescent|champagne|CHP|75:NV;37.5:NV
moines_rose|Cuvée des Moines Rosé|Besserat de Bellefon|Champagne|Champagne|France|rosé|champagne|CHP|75:NV
mosaique|Mosaïque Brut|Jacquart|Champagne|Champagne|France|effervescent|champagne|CHP|75:NV;150:NV
jacquart_bdb|Jacquart Blanc de Blancs|Jacquart|Champagne|Champagne|France|effervescent|champagne|CHP|75:2015,2016
leonie|Cuvée Léonie Brut|Canard-Duchêne|Champagne|Champagne|France|effervescent|champagne|CHP|75:NV
cap_blanc|Cap Corse Mattei Blanc|L.N. Mattei|-|Corse|France|-|autre|APE|75:NV
cap_rouge|Cap Corse Mattei Rouge|L.N. Mattei|-|Corse|France|-|autre|APE|75:NV
myrte_mattei|Liqueur de Myrte Mattei|L.N. Mattei|-|Corse|France|-|spiritueux|APE|70:NV
cedratine|Cédratine|L.N. Mattei|-|Corse|France|-|spiritueux|APE|70:NV
myrte_mavela|Liqueur de Myrte Mavela|Domaine Mavela|-|Corse|France|-|spiritueux|APE|70:NV
edv_chataigne|Eau-de-vie de Châtaigne|Domaine Mavela|-|Corse|France|-|spiritueux|ALC|70:NV
edv_myrte|Eau-de-vie de Myrte|Domaine Mavela|-|Corse|France|-|spiritueux|ALC|70:NV
pm_signature|P&M Signature|Domaine Mavela|-|Corse|France|-|spiritueux|ALC|70:NV
pm_tourbe|P&M Tourbé|Domaine Mavela|-|Corse|France|-|spiritueux|ALC|70:NV
glenfarclas_10|Glenfarclas 10 ans|Glenfarclas|-|Speyside|Écosse|-|spiritueux|ALC|70:NV
glenfarclas_15|Glenfarclas 15 ans|Glenfarclas|-|Speyside|Écosse|-|spiritueux|ALC|70:NV
pulteney_12|Old Pulteney 12 ans|Old Pulteney|-|Highlands|Écosse|-|spiritueux|ALC|70:NV
clynelish_14|Clynelish 14 ans|Clynelish|-|Highlands|Écosse|-|spiritueux|ALC|70:NV
cardhu_12|Cardhu 12 ans|Cardhu|-|Speyside|Écosse|-|spiritueux|ALC|70:NV
pietra|Pietra|Brasserie Pietra|-|Corse|France|-|bière|BIE|3000:NV;33:NV
serena|Serena|Brasserie Pietra|-|Corse|France|-|bière|BIE|2000:NV
colomba|Colomba|Brasserie Pietra|-|Corse|France|-|bière|BIE|33:NV
torra_myrte|Torra Myrte|Brasserie Torra|-|Corse|France|-|bière|BIE|33:NV
torra_arbouse|Torra Arbouse|Brasserie Torra|-|Corse|France|-|bière|BIE|33:NV
orezza|Orezza|Orezza|-|Corse|France|-|soft|EAU|100:NV;50:NV
st_georges|Saint-Georges|Eaux de Saint-Georges|-|Corse|France|-|soft|EAU|100:NV;50:NV
zilia|Zilia|Zilia|-|Corse|France|-|soft|EAU|100:NV
coca|Coca-Cola|Coca-Cola|-|-|France|-|soft|SFT|33:NV
coca_zero|Coca-Cola Zéro|Coca-Cola|-|-|France|-|soft|SFT|33:NV
ice_tea|Lipton Ice Tea Pêche|Lipton|-|-|France|-|soft|SFT|33:NV
"""


def parse():
    """Return the drinks as dicts, in order, with their (format, vintage) entries."""
    out = []
    for line in DRINKS.strip().splitlines():
        key, name, prod, app, reg, ctry, col, cat, fam, fmts = line.split("|")
        entries = []
        for part in fmts.split(";"):
            fmt, vins = part.split(":")
            fmt = float(fmt) if "." in fmt else int(fmt)
            for v in vins.split(","):
                entries.append((fmt, None if v == "NV" else int(v)))
        out.append({
            "key": key, "name": name, "producer": prod,
            "appellation": None if app == "-" else app,
            "region": None if reg == "-" else reg, "country": ctry,
            "colour": None if col == "-" else col, "category": cat,
            "family": fam, "entries": entries,
        })
    return out
