"""The drinks of "Lo Clapàs" (Montpellier), one line per wine or drink.

key | name | producer | appellation | region | colour | category | holdings

holdings: "75:2021,2022 150:2019" = the 75 cl bottle in 2021 and 2022 and a 150 cl
magnum of 2019; "NV" is a non-vintage drink. A line may end with "| Espagne" for the
country (France otherwise). Empty appellation / colour are written "-".
Entries are numbered in this order: drink by drink, format by format (as written),
vintages ascending.
"""

DRINKS = """
ARBOUSE|L'Arbouse|Mas Bruguière|Pic Saint-Loup|Languedoc|rouge|vin|75:2021,2022
GRENADIERE|La Grenadière|Mas Bruguière|Pic Saint-Loup|Languedoc|rouge|vin|75:2019,2020 150:2019
BRUG_RS|Mas Bruguière Rosé|Mas Bruguière|Pic Saint-Loup|Languedoc|rosé|vin|75:2024
ROCMATES|Le Roc des Mates|Château de Cazeneuve|Pic Saint-Loup|Languedoc|rouge|vin|75:2019,2020
CALCAIRES|Les Calcaires|Château de Cazeneuve|Pic Saint-Loup|Languedoc|rouge|vin|75:2022
CAZ_RS|Château de Cazeneuve Rosé|Château de Cazeneuve|Pic Saint-Loup|Languedoc|rosé|vin|75:2024
LANCYRE_VV|Vieilles Vignes|Château de Lancyre|Pic Saint-Loup|Languedoc|rouge|vin|75:2021 37.5:2021
LANCYRE_RS|Château de Lancyre Rosé|Château de Lancyre|Pic Saint-Loup|Languedoc|rosé|vin|75:2024
CALADES|Les Calades|Mas Foulaquier|Pic Saint-Loup|Languedoc|rouge|vin|75:2021
FLORS|Las Flors de la Pèira|Domaine La Pèira|Terrasses du Larzac|Languedoc|rouge|vin|75:2019,2020
DAMAISELA|La Pèira en Damaisèla|Domaine La Pèira|Terrasses du Larzac|Languedoc|rouge|vin|75:2018
PETITSPAS|Les Petits Pas|Domaine du Pas de l'Escalette|Terrasses du Larzac|Languedoc|rouge|vin|75:2022,2023 150:2022
CLAPAS_RG|Les Clapas|Domaine du Pas de l'Escalette|Terrasses du Larzac|Languedoc|rouge|vin|75:2020
CLAPAS_BL|Les Clapas|Domaine du Pas de l'Escalette|Languedoc|Languedoc|blanc|vin|75:2022
OUBLIEES|Les Vignes Oubliées|Les Vignes Oubliées|Terrasses du Larzac|Languedoc|rouge|vin|75:2021
BASTIDES|Les Bastides|Domaine Alquier|Faugères|Languedoc|rouge|vin|75:2018,2019 150:2016
MAISONJAUNE|La Maison Jaune|Domaine Alquier|Faugères|Languedoc|blanc|vin|75:2021
CLOSFOU|Clos du Fou|Château des Estanilles|Faugères|Languedoc|rouge|vin|75:2020
ESTAN_RS|Château des Estanilles Rosé|Château des Estanilles|Faugères|Languedoc|rosé|vin|75:2024
CISTUS|Cistus|Château de la Liquière|Faugères|Languedoc|rouge|vin|75:2020
AMANDIERS_BL|Les Amandiers|Château de la Liquière|Faugères|Languedoc|blanc|vin|75:2023
AMANDIERS_RG|Les Amandiers|Château de la Liquière|Faugères|Languedoc|rouge|vin|75:2022
SCHISTES_VIT|Les Schistes|Borie La Vitarèle|Saint-Chinian|Languedoc|rouge|vin|75:2020,2021 37.5:2021
CRES|Les Crès|Borie La Vitarèle|Saint-Chinian|Languedoc|rouge|vin|75:2019
TERRESBL|Les Terres Blanches|Borie La Vitarèle|Saint-Chinian|Languedoc|rouge|vin|75:2021
CAUSSE|Causse du Bousquet|Mas Champart|Saint-Chinian|Languedoc|rouge|vin|75:2020
SIMONETTE|Clos de la Simonette|Mas Champart|Saint-Chinian|Languedoc|rouge|vin|75:2019
MASSCHISTE|Le Mas au Schiste|Domaine Rimbert|Saint-Chinian|Languedoc|rouge|vin|75:2019
CAPITELLE|Capitelle de Centeilles|Clos Centeilles|Minervois|Languedoc|rouge|vin|75:2016
CANTILENE|La Cantilène|Château Sainte Eulalie|Minervois-La Livinière|Languedoc|rouge|vin|75:2020
PLAISIR|Plaisir d'Eulalie|Château Sainte Eulalie|Minervois|Languedoc|rouge|vin|75:2022,2023
SYLLA|Sylla|Domaine Borie de Maurel|Minervois|Languedoc|rouge|vin|75:2019,2020
PRESTIGE_RG|Cuvée Prestige|Château Ollieux Romanis|Corbières|Languedoc|rouge|vin|75:2020
PRESTIGE_BL|Cuvée Prestige|Château Ollieux Romanis|Corbières|Languedoc|blanc|vin|75:2022
ATALSIA|Atal Sia|Château Ollieux Romanis|Corbières-Boutenac|Languedoc|rouge|vin|75:2019
ROMAINPAUC|Romain Pauc|Château La Voulte-Gasparets|Corbières-Boutenac|Languedoc|rouge|vin|75:2018,2019
RESERVEE|Cuvée Réservée|Château La Voulte-Gasparets|Corbières|Languedoc|rouge|vin|75:2021
GRISDEGRIS|Gris de Gris|Domaine de Fontsainte|Corbières|Languedoc|rosé|vin|75:2023,2024 150:2023
ANGLES_RG|Classique|Château d'Anglès|La Clape|Languedoc|rouge|vin|75:2021
ANGLES_BL|Classique|Château d'Anglès|La Clape|Languedoc|blanc|vin|75:2023
ANGLES_GV|Grand Vin|Château d'Anglès|La Clape|Languedoc|blanc|vin|75:2020
LAPIERRE|Cuvée Henry Lapierre|Château Rouquette-sur-Mer|La Clape|Languedoc|rouge|vin|75:2019
EPERVIER|L'Épervier|Château Pech-Redon|La Clape|Languedoc|rouge|vin|75:2020
MIRANDE|Château de la Mirande|Château de la Mirande|Picpoul de Pinet|Languedoc|blanc|vin|75:2023,2024 150:2023
MORIN|Domaine de Morin-Langaran|Domaine de Morin-Langaran|Picpoul de Pinet|Languedoc|blanc|vin|75:2024 37.5:2023
MORNY|Duc de Morny|Cave de l'Ormarine|Picpoul de Pinet|Languedoc|blanc|vin|75:2024
COTEMER|Côté Mer|Domaine de la Rectorie|Collioure|Roussillon|rouge|vin|75:2021,2022 150:2021
ARGILE|L'Argile|Domaine de la Rectorie|Collioure|Roussillon|blanc|vin|75:2022
SCHISTES_COUME|Schistes|Coume del Mas|Collioure|Roussillon|rouge|vin|75:2021
FOLIO|Folio|Coume del Mas|Collioure|Roussillon|blanc|vin|75:2022
PAULILLES_RS|Les Clos de Paulilles Rosé|Les Clos de Paulilles|Collioure|Roussillon|rosé|vin|75:2024
REIG|Cuvée Thérèse Reig|Domaine de la Rectorie|Banyuls|Roussillon|liquoreux|vin|50:2019,2021
GALATEO|Galateo|Coume del Mas|Banyuls|Roussillon|liquoreux|vin|50:2020
VIAL_RIMAGE|Rimage|Domaine Vial-Magnères|Banyuls|Roussillon|liquoreux|vin|75:2018,2020
TRAGOU|Al Tragou|Domaine Vial-Magnères|Banyuls|Roussillon|liquoreux|vin|50:NV
TEMPL_RIMAGE|Rimage|Cellier des Templiers|Banyuls|Roussillon|liquoreux|vin|75:2021
TEMPL_HA|Banyuls Hors d'Âge|Cellier des Templiers|Banyuls|Roussillon|liquoreux|vin|75:NV
AMIEL_VINTAGE|Maury Vintage|Mas Amiel|Maury|Roussillon|liquoreux|vin|75:2020,2021
AMIEL_10|Maury 10 ans d'âge|Mas Amiel|Maury|Roussillon|liquoreux|vin|75:NV
POUDEROUX|Maury Grenat|Domaine Pouderoux|Maury|Roussillon|liquoreux|vin|50:2019
CAZES_MUSCAT|Muscat de Rivesaltes|Domaine Cazes|Muscat de Rivesaltes|Roussillon|liquoreux|vin|75:2022 37.5:2023
ANTECH_BN|Blanquette de Limoux Brut Nature|Maison Antech|Blanquette de Limoux|Languedoc|effervescent|vin|75:NV 150:NV
ANTECH_EMOTION|Crémant de Limoux Émotion|Maison Antech|Crémant de Limoux|Languedoc|rosé|vin|75:NV
OCCITANIA|Occitania|Château Rives-Blanques|Limoux|Languedoc|blanc|vin|75:2021
DEDICACE|Dédicace|Château Rives-Blanques|Limoux|Languedoc|blanc|vin|75:2020
COTEMAS_RG|Côté Mas Rouge Intense|Paul Mas|IGP Pays d'Oc|Languedoc|rouge|vin|75:2022,2023
COTEMAS_BL|Côté Mas Blanc|Paul Mas|IGP Pays d'Oc|Languedoc|blanc|vin|75:2024
COTEMAS_RS|Côté Mas Rosé Aurore|Paul Mas|IGP Pays d'Oc|Languedoc|rosé|vin|75:2024
COUPESOIF|Le Coupe Soif|Domaine Mamaruta|Vin de France|Languedoc|rouge|vin|75:2023
PAPILLON|Minute Papillon|Domaine Mamaruta|Vin de France|Languedoc|rouge|vin|75:2022
GITANA|Manzanilla La Gitana|Bodegas Hidalgo|Manzanilla-Sanlúcar de Barrameda|Andalousie|blanc|vin|75:NV 37.5:NV|Espagne
FIPA|French IPA|La Malpolon|-|Languedoc|-|bière|3000:NV 33:NV
BLEFENOUIL|Blé Fenouil|La Malpolon|-|Languedoc|-|bière|2000:NV
GARDEFOU|Garde Fou|La Malpolon|-|Languedoc|-|bière|33:NV
SAISONNOVA|Saison Nova|La Malpolon|-|Languedoc|-|bière|33:NV
LAK|La K|Le Petit Caboulot|-|Languedoc|-|bière|3000:NV
HENRIETTE|Blanche Henriette|Le Petit Caboulot|-|Languedoc|-|bière|33:NV
HARD68|68 Hard|Le Petit Caboulot|-|Languedoc|-|bière|33:NV
MORITZ|Moritz|Fàbrica Moritz|-|Catalogne|-|bière|33:NV|Espagne
TERROCITA|Vilanova Terrocita|Distillerie Castan|Whisky single malt|Sud-Ouest|-|spiritueux|70:NV
ROJA|Vilanova Roja|Distillerie Castan|Whisky single malt|Sud-Ouest|-|spiritueux|70:NV
PGGIN|Gin du Petit Grain|Distillerie du Petit Grain|Gin|Languedoc|-|spiritueux|70:NV
YZAGUIRRE|Vermut Yzaguirre Rojo Clásico|Bodegas Yzaguirre|-|Catalogne|-|autre|100:NV|Espagne
VICHYCAT|Vichy Catalan|Vichy Catalan|-|Catalogne|-|soft|100:NV 50:NV|Espagne
MONTCALM|Montcalm|Eaux de Montcalm|-|Occitanie|-|soft|100:NV
COCA|Coca-Cola|The Coca-Cola Company|-|-|-|soft|33:NV
"""


def _fmt(s):
    v = float(s)
    return int(v) if v == int(v) else v


def load():
    """[{key, name, producer, appellation, region, country, colour, category,
    holds: [(format_cl, vintage or None), ...]}] in file order."""
    out = []
    for line in DRINKS.strip().splitlines():
        f = line.split("|")
        key, name, prod, app, region, colour, cat, holds = f[:8]
        country = f[8] if len(f) > 8 else "France"
        hl = []
        for part in holds.split():
            fc, vs = part.split(":")
            vints = [None if v == "NV" else int(v) for v in vs.split(",")]
            hl.extend((_fmt(fc), v) for v in sorted(vints, key=lambda x: x or 0))
        out.append({
            "key": key, "name": name, "producer": prod,
            "appellation": None if app == "-" else app,
            "region": None if region == "-" else region, "country": country,
            "colour": None if colour == "-" else colour, "category": cat, "holds": hl,
        })
    return out
