"""The drinks of "La Cave du Panier" (Marseille): one line a product, with its formats and vintages.

A line is (key, name, producer, appellation, region, colour, category, formats). `formats` is
"75:2019,2020 150:2019": a format in cl, then the vintages held in it (`NV` for none). Each
(format, vintage) is one library entry. Orange wines are `blanc` (a skin-contact white) and
are listed in ORANGE; pét-nats are `effervescent` (white) or `rosé`.
"""

R, B, S, E = "rouge", "blanc", "rosé", "effervescent"
V, C, SP, BI, SO, AU = "vin", "champagne", "spiritueux", "bière", "soft", "autre"
PROV, RHO, LANG, ROU = "Provence", "Vallée du Rhône", "Languedoc", "Roussillon"

DRINKS = [
    # Bandol
    ("tem_r", "Bandol Rouge", "Domaine Tempier", "Bandol", PROV, R, V,
     "75:2019,2020 150:2019 37.5:2019"),
    ("tem_s", "Bandol Rosé", "Domaine Tempier", "Bandol", PROV, S, V, "75:2022,2023 150:2023"),
    ("tem_b", "Bandol Blanc", "Domaine Tempier", "Bandol", PROV, B, V, "75:2022"),
    ("tem_mig", "La Migoua", "Domaine Tempier", "Bandol", PROV, R, V, "75:2018"),
    ("pib_r", "Château de Pibarnon", "Château de Pibarnon", "Bandol", PROV, R, V,
     "75:2017,2019 150:2017"),
    ("pib_s", "Château de Pibarnon Rosé", "Château de Pibarnon", "Bandol", PROV, S, V, "75:2023"),
    ("pib_res", "Les Restanques de Pibarnon", "Château de Pibarnon", "Bandol", PROV, R, V,
     "75:2020"),
    ("tdb_r", "Bandol Rouge", "Domaine de la Tour du Bon", "Bandol", PROV, R, V, "75:2020"),
    ("tdb_s", "Bandol Rosé", "Domaine de la Tour du Bon", "Bandol", PROV, S, V, "75:2023"),
    ("tdb_sf", "Saint-Ferréol", "Domaine de la Tour du Bon", "Bandol", PROV, R, V, "75:2018"),
    ("pra_r", "Château Pradeaux", "Château Pradeaux", "Bandol", PROV, R, V, "75:2016,2018"),
    ("pra_s", "Château Pradeaux Rosé", "Château Pradeaux", "Bandol", PROV, S, V,
     "75:2023 150:2022"),
    ("gno_r", "Bandol Rouge", "Domaine du Gros'Noré", "Bandol", PROV, R, V, "75:2019"),
    ("gno_s", "Bandol Rosé", "Domaine du Gros'Noré", "Bandol", PROV, S, V, "75:2023"),
    ("beg_irr", "L'Irréductible", "Domaine de la Bégude", "Bandol", PROV, R, V, "75:2017"),
    ("beg_s", "Bandol Rosé", "Domaine de la Bégude", "Bandol", PROV, S, V, "75:2023"),
    ("bbl_s", "Bandol Rosé", "Domaine de la Bastide Blanche", "Bandol", PROV, S, V, "75:2023"),
    ("ter_r", "Bandol Rouge", "Domaine de Terrebrune", "Bandol", PROV, R, V, "75:2016,2017"),
    ("ter_s", "Bandol Rosé", "Domaine de Terrebrune", "Bandol", PROV, S, V, "75:2022"),
    # Cassis, Palette
    ("csm_b", "Cassis Blanc", "Clos Sainte-Magdeleine", "Cassis", PROV, B, V,
     "75:2022,2023 37.5:2022"),
    ("csm_s", "Cassis Rosé", "Clos Sainte-Magdeleine", "Cassis", PROV, S, V, "75:2023"),
    ("bag_b", "Cassis Blanc", "Domaine du Bagnol", "Cassis", PROV, B, V, "75:2023"),
    ("bag_s", "Cassis Rosé", "Domaine du Bagnol", "Cassis", PROV, S, V, "75:2023"),
    ("alb_b", "Clos d'Albizzi Blanc", "Clos d'Albizzi", "Cassis", PROV, B, V, "75:2022"),
    ("sim_b", "Château Simone Blanc", "Château Simone", "Palette", PROV, B, V, "75:2019,2020"),
    ("sim_r", "Château Simone Rouge", "Château Simone", "Palette", PROV, R, V, "75:2018"),
    ("sim_s", "Château Simone Rosé", "Château Simone", "Palette", PROV, S, V, "75:2022 150:2022"),
    ("cre_s", "Château Crémade Rosé", "Château Crémade", "Palette", PROV, S, V, "75:2022"),
    # Côtes de Provence, Coteaux d'Aix, Baux, Alpilles
    ("cib_t", "Tentations", "Clos Cibonne", "Côtes de Provence", PROV, S, V, "75:2023 150:2023"),
    ("cib_v", "Cuvée Spéciale des Vignettes", "Clos Cibonne", "Côtes de Provence", PROV, S, V,
     "75:2021,2022"),
    ("roq_c", "Corail", "Château de Roquefort", "Côtes de Provence", PROV, S, V,
     "75:2022,2023 150:2023"),
    ("roq_m", "Les Mûres", "Château de Roquefort", "Côtes de Provence", PROV, R, V, "75:2021"),
    ("fig_p", "Première", "Saint-André de Figuière", "Côtes de Provence", PROV, S, V,
     "75:2022,2023"),
    ("fig_m", "Magali", "Saint-André de Figuière", "Côtes de Provence", PROV, S, V,
     "75:2023 150:2023"),
    ("cou_r", "La Courtade Rosé", "Domaine de la Courtade", "Côtes de Provence", PROV, S, V,
     "75:2022"),
    ("smg_s", "Symphonie", "Château Sainte-Marguerite", "Côtes de Provence", PROV, S, V,
     "75:2023 150:2023"),
    ("vig_s", "Château Vignelaure Rosé", "Château Vignelaure", "Coteaux d'Aix-en-Provence",
     PROV, S, V, "75:2023"),
    ("rev_s", "Château Revelette Rosé", "Château Revelette", "Coteaux d'Aix-en-Provence",
     PROV, S, V, "75:2023"),
    ("rev_b", "Château Revelette Blanc", "Château Revelette", "Coteaux d'Aix-en-Provence",
     PROV, B, V, "75:2022"),
    ("cal_s", "Château La Calisse Rosé", "Château La Calisse", "Coteaux Varois en Provence",
     PROV, S, V, "75:2023"),
    ("hau_cor", "Cornaline", "Domaine Hauvette", "Les Baux-de-Provence", PROV, R, V,
     "75:2018,2019"),
    ("hau_dol", "Dolia", "Domaine Hauvette", "IGP Alpilles", PROV, B, V, "75:2021"),
    ("dlm_v", "Les Vignes du Mas", "Mas de la Dame", "Les Baux-de-Provence", PROV, S, V,
     "75:2023"),
    ("dlm_rm", "Rosé du Mas", "Mas de la Dame", "Les Baux-de-Provence", PROV, S, V,
     "75:2023 150:2023"),
    ("tev_pr", "Pétale de Rose", "Château La Tour de l'Évêque", "Côtes de Provence", PROV, S,
     V, "75:2022,2023 150:2023"),
    ("vig_r", "Château Vignelaure Rouge", "Château Vignelaure", "Coteaux d'Aix-en-Provence",
     PROV, R, V, "75:2019"),
    ("tre_r", "Domaine de Trévallon Rouge", "Domaine de Trévallon", "IGP Alpilles", PROV, R, V,
     "75:2017,2018,2019 150:2018"),
    ("tre_b", "Domaine de Trévallon Blanc", "Domaine de Trévallon", "IGP Alpilles", PROV, B, V,
     "75:2021"),
    ("sul_pom", "Pomponette", "Domaine de Sulauze", "Coteaux d'Aix-en-Provence", PROV, S, V,
     "75:2023 150:2023"),
    ("sul_cl", "Chapelle Laïque", "Domaine de Sulauze", "Coteaux d'Aix-en-Provence", PROV, R, V,
     "75:2021"),
    ("sul_n5", "N°5", "Domaine de Sulauze", "Vin de France", PROV, B, V, "75:2022"),
    # Southern Rhône
    ("gra_pdr", "Poignée de Raisins", "Domaine Gramenon", "Côtes du Rhône", RHO, R, V,
     "75:2022,2023 150:2022"),
    ("gra_sag", "La Sagesse", "Domaine Gramenon", "Côtes du Rhône", RHO, R, V, "75:2021"),
    ("gra_vie", "Vie on y est", "Domaine Gramenon", "Côtes du Rhône", RHO, B, V, "75:2022"),
    ("ric_tg", "Terre de Galets", "Domaine Marcel Richaud", "Côtes du Rhône", RHO, R, V,
     "75:2022 150:2022"),
    ("ric_cai", "Cairanne", "Domaine Marcel Richaud", "Cairanne", RHO, R, V, "75:2020,2021"),
    ("ric_cb", "Cairanne Blanc", "Domaine Marcel Richaud", "Cairanne", RHO, B, V, "75:2022"),
    ("cha_cdp", "Châteauneuf-du-Pape", "Domaine Charvin", "Châteauneuf-du-Pape", RHO, R, V,
     "75:2018,2019 150:2019 37.5:2019"),
    ("cha_pou", "Le Poutet", "Domaine Charvin", "Côtes du Rhône", RHO, R, V, "75:2021"),
    ("mon_cdp", "Châteauneuf-du-Pape", "Clos du Mont-Olivet", "Châteauneuf-du-Pape", RHO, R, V,
     "75:2020"),
    ("mon_b", "Châteauneuf-du-Pape Blanc", "Clos du Mont-Olivet", "Châteauneuf-du-Pape", RHO, B,
     V, "75:2022"),
    ("ang_tav", "Tavel", "Domaine de l'Anglore", "Tavel", RHO, S, V, "75:2022 150:2022"),
    ("ang_to", "Terre d'Ombre", "Domaine de l'Anglore", "Vin de France", RHO, R, V, "75:2022"),
    ("pal_td", "Terrasse du Diable", "Domaine Les Pallières", "Gigondas", RHO, R, V,
     "75:2019,2020"),
    ("sdc_fl", "Floureto", "Le Sang des Cailloux", "Vacqueyras", RHO, R, V, "75:2020"),
    # Languedoc and Roussillon growers, natural wines
    ("mco_7", "7 Rue de la Pompe", "Mas Coutelou", "Vin de France", LANG, R, V,
     "75:2022 150:2022"),
    ("mco_va", "Vin des Amis", "Mas Coutelou", "Vin de France", LANG, R, V,
     "75:2022,2023 150:2022"),
    ("mco_vdm", "Les Vignes du Mas", "Mas Coutelou", "Vin de France", LANG, R, V, "75:2021"),
    ("mco_fla", "Flambadou", "Mas Coutelou", "Vin de France", LANG, R, V, "75:2019"),
    ("fou_gg", "Glou Glou", "Les Foulards Rouges", "Vin de France", ROU, R, V,
     "75:2023 150:2023"),
    ("fou_fri", "Frida", "Les Foulards Rouges", "Vin de France", ROU, R, V, "75:2021"),
    ("fou_oct", "Octobre", "Les Foulards Rouges", "Vin de France", ROU, R, V, "75:2022"),
    ("led_pj", "Pur Jus", "Domaine Ledogar", "Vin de France", LANG, R, V, "75:2023 150:2023"),
    ("led_tn", "Tout Natur", "Domaine Ledogar", "Vin de France", LANG, R, V, "75:2022"),
    ("led_mar", "La Mariole", "Domaine Ledogar", "Vin de France", LANG, R, V, "75:2021"),
    ("tdc_pj", "Pur Jus", "Le Temps des Cerises", "Vin de France", LANG, R, V, "75:2022"),
    ("tdc_fdr", "Fou du Roi", "Le Temps des Cerises", "Vin de France", LANG, R, V,
     "75:2021 150:2021"),
    ("sor_gg", "Glou Glou", "La Sorga", "Vin de France", LANG, S, V, "75:2023"),
    ("bar_fau", "Faugères", "Domaine Léon Barral", "Faugères", LANG, R, V, "75:2017,2018"),
    ("bar_jad", "Jadis", "Domaine Léon Barral", "Faugères", LANG, R, V, "75:2016"),
    ("bar_b", "Léon Barral Blanc", "Domaine Léon Barral", "Vin de France", LANG, B, V, "75:2020"),
    ("jul_ea", "États d'Âme", "Mas Jullien", "Terrasses du Larzac", LANG, R, V, "75:2021"),
    ("jul_ca", "Carlan", "Mas Jullien", "Terrasses du Larzac", LANG, R, V, "75:2019"),
    ("gau_cr", "Calcinaires Rouge", "Domaine Gauby", "Côtes Catalanes", ROU, R, V, "75:2021"),
    ("gau_cb", "Calcinaires Blanc", "Domaine Gauby", "Côtes Catalanes", ROU, B, V,
     "75:2022 150:2022"),
    ("gau_vv", "Vieilles Vignes Blanc", "Domaine Gauby", "Côtes Catalanes", ROU, B, V,
     "75:2020"),
    ("tri_22", "22", "Domaine Jean-Louis Tribouley", "Côtes Catalanes", ROU, R, V, "75:2022"),
    ("rgg_jv", "Jeunes Vignes", "Clos du Rouge Gorge", "Côtes Catalanes", ROU, R, V,
     "75:2021,2022 150:2022"),
    ("gim_rou", "Muscat Sec des Roumanis", "Petit Domaine de Gimios", "Vin de France", LANG, B,
     V, "75:2021"),
    ("mat_alx", "Cuvée Alexandria", "Domaine Matassa", "Côtes Catalanes", ROU, B, V, "75:2021"),
    ("rib_om", "Orange Mécanique", "Domaine Ribiera", "Vin de France", LANG, B, V, "75:2022"),
    # Pét-nats, crémants, champagnes
    ("plg_mz", "Mauzac Nature", "Domaine Plageoles", "Gaillac", "Sud-Ouest", E, V, "75:2022"),
    ("sor_pn", "Pét-Nat Rosé", "La Sorga", "Vin de France", LANG, S, V, "75:2023"),
    ("ach_cd", "Clairette de Die Tradition", "Achard-Vincent", "Clairette de Die", RHO, E, V,
     "75:NV"),
    ("lau_gr", "Les Graimenous", "Domaine J. Laurens", "Crémant de Limoux", LANG, E, V, "75:NV"),
    ("las_vm", "Les Vignes de Montgueux", "Jacques Lassaigne", "Champagne", "Champagne", E, C,
     "75:NV 150:NV"),
    ("lah_ul", "Ultradition", "Laherte Frères", "Champagne", "Champagne", E, C, "75:NV 37.5:NV"),
    ("lah_rm", "Rosé de Meunier", "Laherte Frères", "Champagne", "Champagne", S, C, "75:NV"),
    ("fle_bn", "Blanc de Noirs", "Champagne Fleury", "Champagne", "Champagne", E, C, "75:NV"),
    ("mco_res", "Résonance", "Marie Courtin", "Champagne", "Champagne", E, C, "75:2018,2019"),
    # Corsica, Italy, Spain
    ("abb_fr", "Faustine Rouge", "Comte Abbatucci", "Ajaccio", "Corse", R, V, "75:2021"),
    ("abb_fb", "Faustine Blanc", "Comte Abbatucci", "Ajaccio", "Corse", B, V, "75:2022"),
    ("can_s", "Clos Canarelli Rosé", "Clos Canarelli", "Corse Figari", "Corse", S, V, "75:2023"),
    ("are_car", "Carco", "Antoine Arena", "Patrimonio", "Corse", B, V, "75:2021"),
    ("lec_ec", "E Croce", "Yves Leccia", "Patrimonio", "Corse", R, V, "75:2020"),
    ("cos_pit", "Pithos Rosso", "COS", "Cerasuolo di Vittoria", "Sicilia", R, V, "75:2021"),
    ("cos_fra", "Frappato", "COS", "Terre Siciliane", "Sicilia", R, V, "75:2022"),
    ("sto_ag", "Ageno", "La Stoppa", "Emilia", "Emilia-Romagna", B, V, "75:2019"),
    ("rad_sl", "Slatnik", "Radikon", "Venezia Giulia", "Friuli", B, V, "75:2020"),
    ("for_te", "Teroldego", "Foradori", "Vigneti delle Dolomiti", "Trentino", R, V, "75:2021"),
    ("pcr_vn", "VN", "Partida Creus", "Vino de España", "Catalunya", R, V, "75:2022"),
    ("pcr_bn", "BN", "Partida Creus", "Vino de España", "Catalunya", B, V, "75:2022"),
    ("env_tg", "Táganan Blanco", "Envínate", "Vino de España", "Canarias", B, V, "75:2021"),
    # Bag-in-box house wines (held as the box)
    ("bib_r", "Côtes du Rhône BIB", "Domaine de la Grand'Ribe", "Côtes du Rhône", RHO, R, V,
     "500:2023"),
    ("bib_s", "Rosé BIB", "Les Vignerons de Correns", "IGP Var", PROV, S, V, "500:2023"),
    # Pastis and local apéritifs
    ("ricard", "Ricard", "Pernod Ricard", None, None, None, SP, "100:NV"),
    ("janot", "Pastis Janot", "Distillerie Janot", None, PROV, None, SP, "70:NV"),
    ("casanis", "Casanis", "Casanis", None, None, None, SP, "100:NV"),
    ("cristal", "Pastis Cristal", "Cristal Limiñana", None, PROV, None, SP, "70:NV"),
    ("dma_art", "Pastis de Marseille Artisanal", "La Distillerie de Marseille", None, PROV, None,
     SP, "70:NV"),
    ("dma_3", "Pastis Vieilli 3 ans", "La Distillerie de Marseille", None, PROV, None, SP,
     "70:NV"),
    ("rinq", "Rinquinquin", "Distilleries et Domaines de Provence", None, PROV, None, AU,
     "75:NV"),
    ("noix", "Noix de la Saint-Jean", "Distilleries et Domaines de Provence", None, PROV, None,
     AU, "75:NV"),
    ("farig", "Farigoule", "Distilleries et Domaines de Provence", None, PROV, None, SP, "50:NV"),
    # Beers (draught as kegs)
    ("pla_blo", "Blonde de la Plaine", "Brasserie de la Plaine", None, PROV, None, BI,
     "3000:NV 33:NV"),
    ("pla_bla", "Blanche de la Plaine", "Brasserie de la Plaine", None, PROV, None, BI, "33:NV"),
    ("pla_amb", "Ambrée de la Plaine", "Brasserie de la Plaine", None, PROV, None, BI, "33:NV"),
    ("pla_ipa", "IPA de la Plaine", "Brasserie de la Plaine", None, PROV, None, BI, "33:NV"),
    ("zou_ipa", "Zoumaï IPA", "Brasserie Zoumaï", None, PROV, None, BI, "2000:NV"),
    ("zou_sto", "Zoumaï Stout", "Brasserie Zoumaï", None, PROV, None, BI, "33:NV"),
    ("sul_bl", "Sulauze Blonde", "Brasserie de Sulauze", None, PROV, None, BI, "2000:NV 33:NV"),
    ("pietra", "Pietra", "Brasserie Pietra", None, "Corse", None, BI, "33:NV"),
    # Softs and waters
    ("geyer", "Limonade Geyer", "Geyer Frères", None, None, None, SO, "33:NV"),
    ("corsc", "Corsica Cola", "Corsica Cola", None, "Corse", None, SO, "33:NV"),
    ("quezac", "Quézac", "Quézac", None, None, None, SO, "100:NV 50:NV"),
    ("salv", "La Salvetat", "La Salvetat", None, None, None, SO, "100:NV"),
    ("perrier", "Perrier", "Perrier", None, None, None, SO, "33:NV"),
]

ORANGE = {"sul_n5", "gim_rou", "mat_alx", "rib_om", "sto_ag", "rad_sl"}
PETNAT = {"plg_mz", "sor_pn"}
COUNTRY = {"Sicilia": "Italie", "Emilia-Romagna": "Italie", "Friuli": "Italie",
           "Trentino": "Italie", "Catalunya": "Espagne", "Canarias": "Espagne"}


def parse_formats(spec):
    """'75:2019,2020 150:2019' -> [(75, 2019), (75, 2020), (150, 2019)]."""
    out = []
    for part in spec.split():
        fmt, vints = part.split(":")
        cl = float(fmt) if "." in fmt else int(fmt)
        for v in vints.split(","):
            out.append((cl, None if v == "NV" else int(v)))
    return out


def build_library():
    """The library entries, in order, and a map key -> [(format, vintage, id)]."""
    rows, by_key = [], {}
    for key, name, producer, appellation, region, colour, category, spec in DRINKS:
        for fmt, vintage in parse_formats(spec):
            bid = f"c{len(rows) + 1:03d}"
            rows.append({"id": bid, "name": name, "producer": producer,
                         "appellation": appellation, "region": region,
                         "country": COUNTRY.get(region, "France") if region else "France",
                         "colour": colour, "category": category, "vintage": vintage,
                         "format_cl": fmt})
            by_key.setdefault(key, []).append((fmt, vintage, bid))
    return rows, by_key


def family(key):
    """The till family of a held product: rouge, blanc, rose, orange, bulles, apero, biere, soft."""
    row = next(d for d in DRINKS if d[0] == key)
    colour, category = row[5], row[6]
    if key in ORANGE:
        return "orange"
    if key in PETNAT or category == C or colour == E:
        return "bulles"
    if category == V:
        return {"rouge": "rouge", "blanc": "blanc", "rosé": "rose"}[colour]
    return {SP: "apero", AU: "apero", BI: "biere", SO: "soft"}[category]
