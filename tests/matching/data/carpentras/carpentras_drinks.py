"""The drinks of "Le Comtadin" (Carpentras): one product a line.

(key, name, producer, appellation, region, country, colour, category, {format_cl: [vintages]})
Ids are given in this order, formats ascending, vintages ascending.
"""
RH = "Vallée du Rhône"
PR = "Provence"
FR = "France"
NV = [None]

PRODUCTS = [
    # Ventoux
    ("pesq_terr", "Les Terrasses", "Château Pesquié", "Ventoux", RH, FR, "rouge", "vin", {75: [2021, 2022], 150: [2021]}),
    ("pesq_terr_rs", "Les Terrasses rosé", "Château Pesquié", "Ventoux", RH, FR, "rosé", "vin", {75: [2023]}),
    ("pesq_quint", "Quintessence", "Château Pesquié", "Ventoux", RH, FR, "rouge", "vin", {75: [2019, 2020]}),
    ("fond_fayard", "Fayard", "Domaine de Fondrèche", "Ventoux", RH, FR, "rouge", "vin", {75: [2021, 2022]}),
    ("fond_rose", "Fondrèche rosé", "Domaine de Fondrèche", "Ventoux", RH, FR, "rosé", "vin", {75: [2024]}),
    ("vieille_ferme", "La Vieille Ferme rouge", "Famille Perrin", "Ventoux", RH, FR, "rouge", "vin", {37.5: [2022], 75: [2022]}),
    ("valcombe", "Château Valcombe", "Château Valcombe", "Ventoux", RH, FR, "rouge", "vin", {75: [2020]}),
    # Gigondas
    ("santaduc_hg", "Les Hautes Garrigues", "Domaine Santa Duc", "Gigondas", RH, FR, "rouge", "vin", {75: [2018, 2019]}),
    ("santaduc_ld", "Aux Lieux-Dits", "Domaine Santa Duc", "Gigondas", RH, FR, "rouge", "vin", {75: [2021]}),
    ("raspail", "Domaine Raspail-Ay", "Domaine Raspail-Ay", "Gigondas", RH, FR, "rouge", "vin", {37.5: [2019], 75: [2019, 2020]}),
    ("stcosme_gig", "Château de Saint Cosme Gigondas", "Château de Saint Cosme", "Gigondas", RH, FR, "rouge", "vin", {75: [2020, 2021], 150: [2020]}),
    ("stcosme_cdr", "Saint Cosme Côtes du Rhône", "Château de Saint Cosme", "Côtes du Rhône", RH, FR, "rouge", "vin", {75: [2022]}),
    ("amadieu_rm", "Romane-Machotte", "Pierre Amadieu", "Gigondas", RH, FR, "rouge", "vin", {75: [2020]}),
    ("gardette", "Tradition", "Moulin de la Gardette", "Gigondas", RH, FR, "rouge", "vin", {75: [2019, 2021]}),
    # Vacqueyras
    ("cazaux_templ", "Cuvée des Templiers", "Domaine Le Clos des Cazaux", "Vacqueyras", RH, FR, "rouge", "vin", {75: [2020, 2021]}),
    ("cazaux_roch", "Cuvée Saint-Roch", "Domaine Le Clos des Cazaux", "Vacqueyras", RH, FR, "rouge", "vin", {75: [2020]}),
    ("cazaux_clefs", "Les Clefs d'Or", "Domaine Le Clos des Cazaux", "Vacqueyras", RH, FR, "blanc", "vin", {75: [2023]}),
    ("monard_2m", "Les 2 Monardes", "Domaine de la Monardière", "Vacqueyras", RH, FR, "rouge", "vin", {75: [2021, 2022]}),
    ("monard_vv", "Vieilles Vignes", "Domaine de la Monardière", "Vacqueyras", RH, FR, "rouge", "vin", {75: [2019]}),
    ("montirius", "Garrigues", "Montirius", "Vacqueyras", RH, FR, "rouge", "vin", {37.5: [2021], 75: [2021]}),
    # Beaumes-de-Venise
    ("bern_muscat", "Muscat de Beaumes-de-Venise", "Domaine des Bernardins", "Muscat de Beaumes-de-Venise", RH, FR, "liquoreux", "vin", {37.5: [2022], 75: [2021, 2022]}),
    ("fenou_muscat", "Muscat de Beaumes-de-Venise", "Domaine de Fenouillet", "Muscat de Beaumes-de-Venise", RH, FR, "liquoreux", "vin", {50: [2022]}),
    ("fenou_rouge", "Cuvée Yvon Soard", "Domaine de Fenouillet", "Beaumes-de-Venise", RH, FR, "rouge", "vin", {75: [2020, 2021]}),
    ("redortier", "Château Redortier", "Château Redortier", "Beaumes-de-Venise", RH, FR, "rouge", "vin", {75: [2019]}),
    # Côtes du Rhône and Villages, Cairanne
    ("guigal_r", "Côtes du Rhône rouge", "E. Guigal", "Côtes du Rhône", RH, FR, "rouge", "vin", {37.5: [2021], 75: [2020, 2021], 150: [2020]}),
    ("guigal_b", "Côtes du Rhône blanc", "E. Guigal", "Côtes du Rhône", RH, FR, "blanc", "vin", {75: [2022]}),
    ("guigal_rs", "Côtes du Rhône rosé", "E. Guigal", "Côtes du Rhône", RH, FR, "rosé", "vin", {75: [2023]}),
    ("gramenon", "Poignée de Raisins", "Domaine Gramenon", "Côtes du Rhône", RH, FR, "rouge", "vin", {75: [2022]}),
    ("perrin_res", "Réserve rouge", "Famille Perrin", "Côtes du Rhône", RH, FR, "rouge", "vin", {75: [2021]}),
    ("mourchon_trad", "Tradition", "Domaine de Mourchon", "Côtes du Rhône Villages Séguret", RH, FR, "rouge", "vin", {75: [2020, 2021]}),
    ("mourchon_gr", "Grande Réserve", "Domaine de Mourchon", "Côtes du Rhône Villages Séguret", RH, FR, "rouge", "vin", {75: [2019]}),
    ("piaugier", "Sablet", "Domaine de Piaugier", "Côtes du Rhône Villages Sablet", RH, FR, "rouge", "vin", {75: [2021]}),
    ("martin_pdd", "Plan de Dieu", "Domaine Martin", "Côtes du Rhône Villages Plan de Dieu", RH, FR, "rouge", "vin", {75: [2021, 2022]}),
    ("oratoire", "Réserve des Seigneurs", "Domaine de l'Oratoire Saint-Martin", "Cairanne", RH, FR, "rouge", "vin", {75: [2020]}),
    ("richaud", "Cairanne", "Domaine Marcel Richaud", "Cairanne", RH, FR, "rouge", "vin", {75: [2021]}),
    # Châteauneuf-du-Pape, Tavel
    ("vt_crau", "La Crau", "Domaine du Vieux Télégraphe", "Châteauneuf-du-Pape", RH, FR, "rouge", "vin", {37.5: [2019], 75: [2018, 2019]}),
    ("vt_telegramme", "Télégramme", "Domaine du Vieux Télégraphe", "Châteauneuf-du-Pape", RH, FR, "rouge", "vin", {75: [2021]}),
    ("aqueria", "Château d'Aquéria", "Château d'Aquéria", "Tavel", RH, FR, "rosé", "vin", {75: [2023]}),
    # Luberon
    ("joanis_rs", "Tradition rosé", "Château Val Joanis", "Luberon", RH, FR, "rosé", "vin", {75: [2023, 2024], 150: [2023]}),
    ("joanis_b", "Tradition blanc", "Château Val Joanis", "Luberon", RH, FR, "blanc", "vin", {75: [2023]}),
    ("mille_rs", "Château de Mille rosé", "Château de Mille", "Luberon", RH, FR, "rosé", "vin", {75: [2024]}),
    ("citadelle", "Le Châtaignier rosé", "Domaine de la Citadelle", "Luberon", RH, FR, "rosé", "vin", {75: [2024]}),
    ("petula", "Petula rosé", "Marrenon", "Luberon", RH, FR, "rosé", "vin", {75: [2023, 2024]}),
    # Sparkling
    ("clairette", "Clairette de Die Tradition", "Jaillance", "Clairette de Die", RH, FR, "effervescent", "vin", {75: NV}),
    ("boll_sc", "Special Cuvée", "Bollinger", "Champagne", "Champagne", FR, "effervescent", "champagne", {37.5: NV, 75: NV, 150: NV}),
    ("boll_rose", "Bollinger Rosé", "Bollinger", "Champagne", "Champagne", FR, "rosé", "champagne", {75: NV}),
    # Pastis and apéritifs
    ("bardouin", "Pastis Henri Bardouin", "Distilleries et Domaines de Provence", None, PR, FR, None, "spiritueux", {70: NV}),
    ("ricard", "Ricard", "Ricard", None, PR, FR, None, "spiritueux", {100: NV}),
    ("p51", "Pastis 51", "Pernod", None, PR, FR, None, "spiritueux", {100: NV}),
    ("rinquinquin", "Rinquinquin à la pêche", "Distilleries et Domaines de Provence", None, PR, FR, None, "autre", {75: NV}),
    ("farigoule", "Farigoule", "Distilleries et Domaines de Provence", None, PR, FR, None, "spiritueux", {70: NV}),
    ("lillet", "Lillet Blanc", "Lillet", None, "Bordeaux", FR, None, "autre", {75: NV}),
    ("suze", "Suze", "Suze", None, None, FR, None, "autre", {100: NV}),
    ("campari", "Campari", "Campari", None, None, "Italie", None, "autre", {100: NV}),
    ("get27", "Get 27", "Get", None, None, FR, None, "spiritueux", {70: NV}),
    # Spirits
    ("jameson", "Jameson", "Jameson", None, None, "Irlande", None, "spiritueux", {70: NV}),
    ("jack", "Jack Daniel's Old No. 7", "Jack Daniel's", None, None, "États-Unis", None, "spiritueux", {70: NV}),
    ("laga16", "Lagavulin 16 ans", "Lagavulin", "Islay", "Écosse", "Royaume-Uni", None, "spiritueux", {70: NV}),
    ("talisker10", "Talisker 10 ans", "Talisker", "Isle of Skye", "Écosse", "Royaume-Uni", None, "spiritueux", {70: NV}),
    ("nikka_ftb", "Nikka From the Barrel", "Nikka", None, None, "Japon", None, "spiritueux", {50: NV}),
    ("havana3", "Havana Club 3 ans", "Havana Club", None, None, "Cuba", None, "spiritueux", {70: NV}),
    ("havana7", "Havana Club 7 ans", "Havana Club", None, None, "Cuba", None, "spiritueux", {70: NV}),
    ("diplomatico", "Diplomático Reserva Exclusiva", "Diplomático", None, None, "Venezuela", None, "spiritueux", {70: NV}),
    ("hendricks", "Hendrick's Gin", "Hendrick's", None, None, "Royaume-Uni", None, "spiritueux", {70: NV}),
    ("bombay", "Bombay Sapphire", "Bombay", None, None, "Royaume-Uni", None, "spiritueux", {70: NV}),
    ("greygoose", "Grey Goose", "Grey Goose", None, None, FR, None, "spiritueux", {70: NV}),
    ("remy_vsop", "Rémy Martin VSOP", "Rémy Martin", "Cognac", "Cognac", FR, None, "spiritueux", {70: NV}),
    ("remy_xo", "Rémy Martin XO", "Rémy Martin", "Cognac", "Cognac", FR, None, "spiritueux", {70: NV}),
    ("chartreuse_v", "Chartreuse Verte", "Chartreuse", None, None, FR, None, "spiritueux", {70: NV}),
    ("cointreau", "Cointreau", "Cointreau", None, None, FR, None, "spiritueux", {70: NV}),
    # Beers (draught held as the keg)
    ("kro_pr", "Kronenbourg pression", "Kronenbourg", None, None, FR, None, "bière", {3000: NV}),
    ("v1912_pr", "La 1912 blonde pression", "Brasserie Artisanale du Mont Ventoux", None, PR, FR, None, "bière", {2000: NV}),
    ("v1912_bt", "La 1912 blonde", "Brasserie Artisanale du Mont Ventoux", None, PR, FR, None, "bière", {33: NV}),
    ("affligem_pr", "Affligem Blonde pression", "Affligem", None, None, "Belgique", None, "bière", {2000: NV}),
    ("k1664", "1664", "Kronenbourg", None, None, FR, None, "bière", {25: NV}),
    ("desperados", "Desperados", "Heineken", None, None, FR, None, "bière", {33: NV}),
    # Softs and waters
    ("coca", "Coca-Cola", "Coca-Cola", None, None, FR, None, "soft", {33: NV}),
    ("coca_zero", "Coca-Cola Zéro", "Coca-Cola", None, None, FR, None, "soft", {33: NV}),
    ("orangina", "Orangina", "Orangina", None, None, FR, None, "soft", {25: NV}),
    ("tonic", "Schweppes Indian Tonic", "Schweppes", None, None, FR, None, "soft", {25: NV}),
    ("perrier", "Perrier", "Perrier", None, None, FR, None, "soft", {33: NV}),
    ("badoit", "Badoit", "Badoit", None, None, FR, None, "soft", {100: NV}),
    ("evian", "Evian", "Evian", None, None, FR, None, "soft", {50: NV, 100: NV}),
    ("oasis", "Oasis Tropical", "Oasis", None, None, FR, None, "soft", {25: NV}),
    ("icetea", "Lipton Ice Tea pêche", "Lipton", None, None, FR, None, "soft", {25: NV}),
    ("milliat_abr", "Nectar d'abricot", "Alain Milliat", None, None, FR, None, "soft", {20: NV}),
    ("lorina", "Limonade Lorina", "Lorina", None, None, FR, None, "soft", {33: NV}),
]
