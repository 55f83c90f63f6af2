"""Drinks of "Le Zinc Farouche" (Paris 11e), a neo-bistrot and natural-wine bar.

One tuple per wine or drink: (key, name, producer, appellation, region, country,
colour, category, flags, {format_cl: [vintages]}). flags: 'pn' pet-nat or other
bubbles, 'ora' macerated (orange) wine. A vintage None is a non-vintage drink.
"""

FR, IT, ES, GE = "France", "Italie", "Espagne", "Géorgie"
VDF = "Vin de France"
R, B, RS, E, L = "rouge", "blanc", "rosé", "effervescent", "liquoreux"

WINES = [
    # Loire
    ("tb_brin", "Le Brin de Chèvre", "Clos du Tue-Bœuf", VDF, "Loire", FR, B, "vin", "", {75: [2021, 2022]}),
    ("tb_butte", "La Butte", "Clos du Tue-Bœuf", "Cheverny", "Loire", FR, R, "vin", "", {75: [2021], 150: [2020]}),
    ("pb_kocot", "KO In Côt We Trust", "Puzelat-Bonhomme", VDF, "Loire", FR, R, "vin", "", {75: [2022]}),
    ("cap_piege", "Piège à Filles", "Les Capriades", VDF, "Loire", FR, E, "vin", "pn", {75: [2022]}),
    ("cap_petsec", "Pet' Sec", "Les Capriades", VDF, "Loire", FR, E, "vin", "pn", {75: [2022, 2023]}),
    ("mos_mouss", "Moussamoussettes", "Domaine Mosse", VDF, "Loire", FR, RS, "vin", "pn", {75: [2023]}),
    ("mos_anjou", "Anjou Blanc", "Domaine Mosse", "Anjou", "Loire", FR, B, "vin", "", {75: [2020, 2021]}),
    ("mos_rouch", "Le Rouchefer", "Domaine Mosse", "Anjou", "Loire", FR, B, "vin", "", {75: [2019]}),
    ("vc_poivre", "Poivre et Sel", "Les Vins Contés", VDF, "Loire", FR, R, "vin", "", {75: [2022], 150: [2022]}),
    ("vc_pow", "Pow Blop Wizz", "Les Vins Contés", VDF, "Loire", FR, E, "vin", "pn", {75: [2023]}),
    ("bri_patapon", "Patapon", "Domaine Le Briseau", VDF, "Loire", FR, R, "vin", "", {75: [2021, 2022], 150: [2021]}),
    ("bri_khar", "Kharakter", "Domaine Le Briseau", "Jasnières", "Loire", FR, B, "vin", "", {75: [2020]}),
    ("bain_pp", "Pierre Précieuse", "Alexandre Bain", VDF, "Loire", FR, B, "vin", "", {75: [2020, 2022]}),
    ("bain_mllem", "Mademoiselle M", "Alexandre Bain", VDF, "Loire", FR, B, "vin", "", {75: [2021]}),
    ("rif_akm", "Akmenine", "Sébastien Riffault", "Sancerre", "Loire", FR, B, "vin", "ora", {75: [2019]}),
    ("rif_auk", "Auksinis", "Sébastien Riffault", "Sancerre", "Loire", FR, B, "vin", "ora", {75: [2018]}),
    ("bab_grololo", "Grololo", "Les Vignes de Babass", VDF, "Loire", FR, R, "vin", "", {75: [2022, 2023]}),
    ("mor_charles", "Chez Charles", "Noëlla Morantin", VDF, "Loire", FR, B, "vin", "", {75: [2021]}),
    # Beaujolais
    ("lap_eauforte", "Eau Forte", "Jean-Claude Lapalu", "Beaujolais-Villages", "Beaujolais", FR, R, "vin", "", {75: [2022]}),
    ("lap_brouilly", "Brouilly Vieilles Vignes", "Jean-Claude Lapalu", "Brouilly", "Beaujolais", FR, R, "vin", "", {75: [2020, 2021, 2022]}),
    ("lap_alma", "Alma Mater", "Jean-Claude Lapalu", VDF, "Beaujolais", FR, R, "vin", "", {75: [2019]}),
    ("bal_simone", "Simone", "Julie Balagny", "Fleurie", "Beaujolais", FR, R, "vin", "", {75: [2021]}),
    ("bal_cav", "Cavaliers", "Julie Balagny", "Fleurie", "Beaujolais", FR, R, "vin", "", {75: [2020], 150: [2020]}),
    ("des_keke", "Kéké", "Kewin Descombes", "Beaujolais-Villages", "Beaujolais", FR, R, "vin", "", {75: [2023]}),
    ("des_morgon", "Morgon", "Kewin Descombes", "Morgon", "Beaujolais", FR, R, "vin", "", {75: [2021, 2022]}),
    ("vio_kav", "Kav", "Karim Vionnet", VDF, "Beaujolais", FR, R, "vin", "", {75: [2022]}),
    ("vio_chir", "Chiroubles", "Karim Vionnet", "Chiroubles", "Beaujolais", FR, R, "vin", "", {75: [2021]}),
    # Jura
    ("gan_jenveux", "J'en Veux Encore", "Anne et Jean-François Ganevat", VDF, "Jura", FR, R, "vin", "", {75: [2021]}),
    ("gan_yabon", "Y'a Bon the Canon", "Anne et Jean-François Ganevat", VDF, "Jura", FR, R, "vin", "", {75: [2022], 150: [2022]}),
    ("gan_chal", "Les Chalasses Vieilles Vignes", "Domaine Ganevat", "Côtes du Jura", "Jura", FR, B, "vin", "", {75: [2018]}),
    ("bor_pb", "Point Barre", "Philippe Bornard", "Arbois-Pupillin", "Jura", FR, R, "vin", "", {75: [2020, 2021]}),
    ("bor_tant", "Tant-Mieux", "Philippe Bornard", VDF, "Jura", FR, RS, "vin", "pn", {75: [2022]}),
    ("bor_jaune", "Vin Jaune", "Philippe Bornard", "Arbois-Pupillin", "Jura", FR, B, "vin", "", {62: [2015]}),
    ("tou_uva", "L'Uva Arbosiana", "Domaine de la Tournelle", "Arbois", "Jura", FR, R, "vin", "", {75: [2021]}),
    ("tou_fleur", "Fleur de Savagnin", "Domaine de la Tournelle", "Arbois", "Jura", FR, B, "vin", "", {75: [2020]}),
    ("tou_paille", "Vin de Paille", "Domaine de la Tournelle", "Arbois", "Jura", FR, L, "vin", "", {37.5: [2017]}),
    # Auvergne
    ("bou_fest", "Festejar", "Patrick Bouju", VDF, "Auvergne", FR, R, "vin", "", {75: [2021]}),
    ("bou_lune", "Mission Lunaire", "Patrick Bouju", VDF, "Auvergne", FR, B, "vin", "", {75: [2022]}),
    ("nc_fable", "Fable", "No Control", VDF, "Auvergne", FR, R, "vin", "", {75: [2022]}),
    ("nc_pene", "Pénélope", "No Control", VDF, "Auvergne", FR, RS, "vin", "pn", {75: [2023]}),
    # Ardèche
    ("maz_raoul", "Raoul", "Le Mazel", VDF, "Ardèche", FR, R, "vin", "", {75: [2021, 2022]}),
    ("maz_larm", "Larmande", "Le Mazel", VDF, "Ardèche", FR, B, "vin", "", {75: [2021]}),
    ("cal_blonde", "Blonde", "Andrea Calek", VDF, "Ardèche", FR, E, "vin", "pn", {75: [2022]}),
    ("cal_atoi", "À Toi Nous", "Andrea Calek", VDF, "Ardèche", FR, R, "vin", "", {75: [2020, 2022]}),
    ("cal_babiole", "Babiole", "Andrea Calek", VDF, "Ardèche", FR, R, "vin", "", {75: [2022]}),
    # Savoie
    ("per_cote", "Côte Pelée", "Jean-Yves Péron", VDF, "Savoie", FR, R, "vin", "", {75: [2020]}),
    ("per_champ", "Champ Levat", "Jean-Yves Péron", VDF, "Savoie", FR, R, "vin", "", {75: [2019, 2021]}),
    ("per_barr", "Les Barrieux", "Jean-Yves Péron", VDF, "Savoie", FR, B, "vin", "ora", {75: [2021]}),
    # Alsace
    ("bin_sirose", "Si Rose", "Christian Binner", VDF, "Alsace", FR, B, "vin", "ora", {75: [2021]}),
    ("bin_sav", "Les Saveurs", "Christian Binner", "Alsace", "Alsace", FR, B, "vin", "", {75: [2020, 2022]}),
    # Languedoc, Roussillon
    ("cas_blanc", "Le Blanc du Casot", "Le Casot des Mailloles", VDF, "Roussillon", FR, B, "vin", "", {75: [2021]}),
    ("cas_canta", "Canta Mañana", "Le Casot des Mailloles", VDF, "Roussillon", FR, R, "vin", "", {75: [2020]}),
    ("es_roi", "Roi des Lézards", "Les Enfants Sauvages", "Côtes Catalanes", "Roussillon", FR, R, "vin", "", {75: [2020]}),
    ("es_cool", "Cool Cat", "Les Enfants Sauvages", "Côtes Catalanes", "Roussillon", FR, B, "vin", "", {75: [2022]}),
    ("nav_rib", "Ribeyrenc", "Thierry Navarre", VDF, "Languedoc", FR, R, "vin", "", {75: [2021]}),
    ("nav_sc", "Saint-Chinian", "Thierry Navarre", "Saint-Chinian", "Languedoc", FR, R, "vin", "", {75: [2019, 2020]}),
    # Italy
    ("cor_susu", "Susucaru", "Frank Cornelissen", "Terre Siciliane", "Sicile", IT, RS, "vin", "", {75: [2022], 150: [2021]}),
    ("cor_cont", "Contadino", "Frank Cornelissen", "Terre Siciliane", "Sicile", IT, R, "vin", "", {75: [2021, 2022]}),
    ("cor_munj", "Munjebel Rosso", "Frank Cornelissen", "Terre Siciliane", "Sicile", IT, R, "vin", "", {75: [2020]}),
    ("cos_litro", "Litrozzo Rosso", "Le Coste", "Lazio", "Latium", IT, R, "vin", "", {100: [2022]}),
    ("gra_rib", "Ribolla Anfora", "Gravner", "Venezia Giulia", "Frioul", IT, B, "vin", "ora", {75: [2014, 2015]}),
    ("pic_muni", "Bianco dei Muni", "Daniele Piccinin", "Veneto", "Vénétie", IT, B, "vin", "", {75: [2021]}),
    # Spain
    ("cst_brisat", "Metamorphika Macabeu Brisat", "Costador", "Catalunya", "Catalogne", ES, B, "vin", "ora", {75: [2021]}),
    ("cst_rosat", "Metamorphika Sumoll Rosat", "Costador", "Catalunya", "Catalogne", ES, RS, "vin", "", {75: [2022]}),
    ("men_abeu", "Abeurador", "Mendall", "Vino de España", "Catalogne", ES, B, "vin", "", {75: [2020]}),
    ("mae_lova", "Lovamor", "Alfredo Maestro", "Vino de España", "Castille-et-León", ES, B, "vin", "ora", {75: [2021, 2022]}),
    # Georgia
    ("pt_rkats", "Rkatsiteli", "Pheasant's Tears", "Kakheti", "Kakhétie", GE, B, "vin", "ora", {75: [2020, 2021]}),
    ("pt_sape", "Saperavi", "Pheasant's Tears", "Kakheti", "Kakhétie", GE, R, "vin", "", {75: [2019]}),
    ("iag_chin", "Chinuri Skin Contact", "Iago Bitarishvili", "Kartli", "Kartlie", GE, B, "vin", "ora", {75: [2021]}),
    ("okr_mts", "Mtsvane", "Okro's Wines", "Kakheti", "Kakhétie", GE, B, "vin", "ora", {75: [2020]}),
    # Grower champagnes
    ("bro_mb", "Le Mont Benoit Extra Brut", "Emmanuel Brochet", "Champagne", "Champagne", FR, E, "champagne", "pn", {75: [None], 150: [None]}),
    ("rup_fg", "Fosse-Grely Brut Nature", "Ruppert-Leroy", "Champagne", "Champagne", FR, E, "champagne", "pn", {75: [None]}),
    ("rup_pap", "Papillon", "Ruppert-Leroy", "Champagne", "Champagne", FR, E, "champagne", "pn", {75: [None]}),
    # House wines by the glass (bottled for the bar)
    ("mai_rouge", "Rouge Maison", "Le Zinc Farouche", VDF, "Loire", FR, R, "vin", "", {75: [None]}),
    ("mai_blanc", "Blanc Maison", "Le Zinc Farouche", VDF, "Loire", FR, B, "vin", "", {75: [None]}),
]

N = None
OTHER = [
    # ciders and poirés
    ("bdl_auth", "Poiré Authentique", "Éric Bordelet", N, "Normandie", FR, N, "autre", "cid", {75: [None]}),
    ("bdl_granit", "Poiré Granit", "Éric Bordelet", N, "Normandie", FR, N, "autre", "cid", {75: [2021]}),
    ("bdl_arg", "Sydre Argelette", "Éric Bordelet", N, "Normandie", FR, N, "autre", "cid", {75: [2021, 2022]}),
    ("zan_2100", "Cidre 2100", "Cyril Zangs", N, "Normandie", FR, N, "autre", "cid", {75: [None]}),
    ("dup_cidre", "Cidre Réserve", "Domaine Dupont", "Cidre Pays d'Auge", "Normandie", FR, N, "autre", "cid", {75: [None]}),
    # beers: kegs of 2,000 / 3,000 cl, bottles
    ("god_cr", "Château Rouge", "Brasserie de la Goutte d'Or", N, "Île-de-France", FR, N, "bière", "bie", {3000: [None], 33: [None]}),
    ("god_ern", "Ernestine", "Brasserie de la Goutte d'Or", N, "Île-de-France", FR, N, "bière", "bie", {33: [None]}),
    ("dd_mission", "Mission Pale Ale", "Deck & Donohue", N, "Île-de-France", FR, N, "bière", "bie", {2000: [None]}),
    ("dd_indie", "Indie Pale Ale", "Deck & Donohue", N, "Île-de-France", FR, N, "bière", "bie", {33: [None]}),
    ("etre_pils", "Pils", "Brasserie de l'Être", N, "Île-de-France", FR, N, "bière", "bie", {3000: [None]}),
    ("can_gueuze", "Gueuze 100% Lambic", "Cantillon", N, "Bruxelles", "Belgique", N, "bière", "bie", {37.5: [None]}),
    ("can_kriek", "Kriek 100% Lambic", "Cantillon", N, "Bruxelles", "Belgique", N, "bière", "bie", {37.5: [None]}),
    # vermouths (autre), amari and spirits
    ("dol_rouge", "Vermouth de Chambéry Rouge", "Dolin", "Vermouth de Chambéry", "Savoie", FR, N, "autre", "ape", {75: [None]}),
    ("dol_blanc", "Vermouth de Chambéry Blanc", "Dolin", "Vermouth de Chambéry", "Savoie", FR, N, "autre", "ape", {75: [None]}),
    ("dol_dry", "Vermouth de Chambéry Dry", "Dolin", "Vermouth de Chambéry", "Savoie", FR, N, "autre", "ape", {75: [None]}),
    ("qui_blanc", "Vermouth Royal Blanc", "La Quintinye", N, "Charentes", FR, N, "autre", "ape", {75: [None]}),
    ("car_antica", "Antica Formula", "Carpano", N, "Piémont", IT, N, "autre", "ape", {100: [None]}),
    ("non_quint", "Amaro Quintessentia", "Nonino", N, "Frioul", IT, N, "spiritueux", "ape", {70: [None]}),
    ("bra_braulio", "Amaro Braulio", "Braulio", N, "Lombardie", IT, N, "spiritueux", "ape", {70: [None]}),
    ("cyn_cynar", "Cynar", "Cynar", N, "Italie", IT, N, "spiritueux", "ape", {70: [None]}),
    ("dup_hda", "Calvados Hors d'Âge", "Domaine Dupont", "Calvados Pays d'Auge", "Normandie", FR, N, "spiritueux", "spi", {70: [None]}),
    ("dup_fine", "Calvados Fine Réserve", "Domaine Dupont", "Calvados Pays d'Auge", "Normandie", FR, N, "spiritueux", "spi", {70: [None]}),
    ("dmg_vida", "Mezcal Vida", "Del Maguey", N, "Oaxaca", "Mexique", N, "spiritueux", "spi", {70: [None]}),
    ("nei_blanc", "Rhum Blanc 52,5°", "Neisson", "Rhum de la Martinique", "Martinique", FR, N, "spiritueux", "spi", {70: [None]}),
    ("nei_rs", "Rhum Vieux Réserve Spéciale", "Neisson", "Rhum de la Martinique", "Martinique", FR, N, "spiritueux", "spi", {70: [None]}),
    ("aud_pink", "Pink Pepper Gin", "Audemus", N, "Charentes", FR, N, "spiritueux", "spi", {70: [None]}),
    ("bor_marc", "Marc du Jura", "Philippe Bornard", "Marc du Jura", "Jura", FR, N, "spiritueux", "spi", {50: [None]}),
    ("arm_classic", "Armorik Classic", "Distillerie Warenghem", N, "Bretagne", FR, N, "spiritueux", "spi", {70: [None]}),
    # kombucha and softs
    ("kom_ging", "Kombucha Gingembre", "La Fermenterie de Belleville", N, "Île-de-France", FR, N, "soft", "sof", {33: [None]}),
    ("kom_hib", "Kombucha Hibiscus", "La Fermenterie de Belleville", N, "Île-de-France", FR, N, "soft", "sof", {33: [None]}),
    ("fen_ginger", "Ginger Beer", "Fentimans", N, "Angleterre", "Royaume-Uni", N, "soft", "sof", {27.5: [None]}),
    ("fen_cola", "Curiosity Cola", "Fentimans", N, "Angleterre", "Royaume-Uni", N, "soft", "sof", {27.5: [None]}),
    ("jus_pomme", "Jus de Pomme", "Domaine Dupont", N, "Normandie", FR, N, "soft", "sof", {100: [None]}),
    ("sgeron", "Saint-Géron Gazeuse", "Saint-Géron", N, "Auvergne", FR, N, "soft", "sof", {50: [None], 100: [None]}),
    ("lim_elixia", "Limonade", "Elixia", N, "Jura", FR, N, "soft", "sof", {100: [None]}),
]

DRINKS = WINES + OTHER
