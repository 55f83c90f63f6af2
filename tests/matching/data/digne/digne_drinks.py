"""Drinks of "Le Relais de la Lavande" (Digne-les-Bains): key -> library fields and formats.

Each drink: (key, name, producer, appellation, region, country, colour, category,
{format_cl: [vintages]}).  One library entry per (format, vintage), in this order.
"""
PV, CP, BA, LU, VE, CN, CR, TA = ("Pierrevert", "Côtes de Provence", "Bandol", "Luberon",
                                  "Ventoux", "Châteauneuf-du-Pape", "Côtes du Rhône", "Tavel")
PR, RH, FR = "Provence", "Vallée du Rhône", "France"


def W(key, name, prod, app, region, colour, fmts, category="vin"):
    return (key, name, prod, app, region, FR, colour, category, fmts)


def O(key, name, prod, category, fmts, country=FR, region=None, app=None):
    return (key, name, prod, app, region, country, None, category, fmts)


DRINKS = [
    # Pierrevert
    W("blaq_rs", "Domaine de la Blaque Rosé", "Domaine de la Blaque", PV, PR, "rosé", {75: [2023, 2024], 150: [2023]}),
    W("blaq_rg", "Domaine de la Blaque Rouge", "Domaine de la Blaque", PV, PR, "rouge", {75: [2021]}),
    W("blaq_bl", "Domaine de la Blaque Blanc", "Domaine de la Blaque", PV, PR, "blanc", {75: [2023]}),
    W("rous_rs", "Château de Rousset Rosé", "Château de Rousset", PV, PR, "rosé", {75: [2023, 2024]}),
    W("rous_rg", "Château de Rousset Rouge", "Château de Rousset", PV, PR, "rouge", {75: [2020]}),
    W("regu_rs", "Domaine de Régusse Rosé", "Domaine de Régusse", PV, PR, "rosé", {75: [2024]}),
    W("regu_bl", "Domaine de Régusse Blanc", "Domaine de Régusse", PV, PR, "blanc", {75: [2023], 37.5: [2023]}),
    W("regu_rg", "Domaine de Régusse Rouge", "Domaine de Régusse", PV, PR, "rouge", {75: [2022]}),
    # Côtes de Provence
    W("srl_pri_rs", "Cuvée Prieuré Rosé", "Château Sainte-Roseline", CP, PR, "rosé", {75: [2022, 2023], 150: [2022]}),
    W("srl_pri_rg", "Cuvée Prieuré Rouge", "Château Sainte-Roseline", CP, PR, "rouge", {75: [2019]}),
    W("srl_med_rs", "Lampe de Méduse Rosé", "Château Sainte-Roseline", CP, PR, "rosé", {75: [2024], 37.5: [2024]}),
    W("srl_med_bl", "Lampe de Méduse Blanc", "Château Sainte-Roseline", CP, PR, "blanc", {75: [2023]}),
    W("wa", "Whispering Angel", "Château d'Esclans", CP, PR, "rosé", {75: [2023, 2024], 150: [2023], 37.5: [2024]}),
    W("rock", "Rock Angel", "Château d'Esclans", CP, PR, "rosé", {75: [2023]}),
    W("garrus", "Garrus", "Château d'Esclans", CP, PR, "rosé", {75: [2021]}),
    W("selle", "Château de Selle Rosé", "Domaines Ott", CP, PR, "rosé", {75: [2023]}),
    W("mireille", "Clos Mireille Blanc de Blancs", "Domaines Ott", CP, PR, "blanc", {75: [2022]}),
    W("galoupet", "Château du Galoupet Cru Classé Rosé", "Château du Galoupet", CP, PR, "rosé", {75: [2023]}),
    # Bandol
    W("tempier_rg", "Domaine Tempier Bandol Rouge", "Domaine Tempier", BA, PR, "rouge", {75: [2019, 2020], 150: [2019]}),
    W("tempier_rs", "Domaine Tempier Bandol Rosé", "Domaine Tempier", BA, PR, "rosé", {75: [2023]}),
    W("pib_rg", "Château de Pibarnon Rouge", "Château de Pibarnon", BA, PR, "rouge", {75: [2018, 2020], 150: [2018]}),
    W("pib_rs", "Château de Pibarnon Rosé", "Château de Pibarnon", BA, PR, "rosé", {75: [2023]}),
    W("romassan", "Château Romassan Rosé", "Domaines Ott", BA, PR, "rosé", {75: [2023]}),
    W("begude", "Domaine de la Bégude Rosé", "Domaine de la Bégude", BA, PR, "rosé", {75: [2023]}),
    W("pradeaux", "Château Pradeaux Rouge", "Château Pradeaux", BA, PR, "rouge", {75: [2017]}),
    W("grosnore", "Domaine du Gros'Noré Rouge", "Domaine du Gros'Noré", BA, PR, "rouge", {75: [2020]}),
    # Luberon
    W("cit_rs", "Le Châtaignier Rosé", "Domaine de la Citadelle", LU, PR, "rosé", {75: [2024]}),
    W("cit_rg", "Le Châtaignier Rouge", "Domaine de la Citadelle", LU, PR, "rouge", {75: [2022]}),
    W("mille", "Château de Mille Rouge", "Château de Mille", LU, PR, "rouge", {75: [2019]}),
    W("fontenille_rs", "Château de Fontenille Rosé", "Château de Fontenille", LU, PR, "rosé", {75: [2023, 2024]}),
    W("fontenille_bl", "Château de Fontenille Blanc", "Château de Fontenille", LU, PR, "blanc", {75: [2023]}),
    # Ventoux
    W("pesq_rg", "Les Terrasses Rouge", "Château Pesquié", VE, RH, "rouge", {75: [2021, 2022]}),
    W("pesq_rs", "Les Terrasses Rosé", "Château Pesquié", VE, RH, "rosé", {75: [2024]}),
    W("quint", "Quintessence Rouge", "Château Pesquié", VE, RH, "rouge", {75: [2020]}),
    W("fondreche", "Persia Rouge", "Domaine de Fondrèche", VE, RH, "rouge", {75: [2020]}),
    # Châteauneuf-du-Pape and Côtes du Rhône
    W("beauc_rg", "Château de Beaucastel Rouge", "Famille Perrin", CN, RH, "rouge", {75: [2018, 2019], 150: [2018], 37.5: [2019]}),
    W("beauc_bl", "Château de Beaucastel Blanc", "Famille Perrin", CN, RH, "blanc", {75: [2021]}),
    W("vt", "Vieux Télégraphe La Crau", "Domaine du Vieux Télégraphe", CN, RH, "rouge", {75: [2019]}),
    W("papes_rg", "Clos des Papes Rouge", "Clos des Papes", CN, RH, "rouge", {75: [2020]}),
    W("papes_bl", "Clos des Papes Blanc", "Clos des Papes", CN, RH, "blanc", {75: [2022]}),
    W("nerthe_rg", "Château La Nerthe Rouge", "Château La Nerthe", CN, RH, "rouge", {75: [2019]}),
    W("nerthe_bl", "Château La Nerthe Blanc", "Château La Nerthe", CN, RH, "blanc", {75: [2022]}),
    W("janasse", "Domaine de la Janasse Tradition", "Domaine de la Janasse", CN, RH, "rouge", {75: [2020]}),
    W("perrin", "Perrin Réserve Rouge", "Famille Perrin", CR, RH, "rouge", {75: [2022]}),
    W("aqueria", "Château d'Aqueria", "Château d'Aqueria", TA, RH, "rosé", {75: [2024]}),
    W("mordoree", "La Dame Rousse", "Domaine de la Mordorée", TA, RH, "rosé", {75: [2023]}),
    # Champagne
    W("bs_brut", "Billecart-Salmon Brut Réserve", "Billecart-Salmon", "Champagne", "Champagne", "effervescent",
      {75: [None], 37.5: [None], 150: [None]}, "champagne"),
    W("bs_rose", "Billecart-Salmon Brut Rosé", "Billecart-Salmon", "Champagne", "Champagne", "rosé",
      {75: [None]}, "champagne"),
    # Pastis, liqueurs, spirits
    O("bardouin", "Pastis Henri Bardouin", "Distilleries et Domaines de Provence", "spiritueux", {70: [None]}),
    O("janot", "Pastis Janot", "Distillerie Janot", "spiritueux", {70: [None]}),
    O("creissauds", "Pastis des Creissauds", "Château des Creissauds", "spiritueux", {70: [None]}),
    O("ricard", "Ricard", "Pernod Ricard", "spiritueux", {100: [None]}),
    O("p51", "Pastis 51", "Pernod", "spiritueux", {100: [None]}),
    O("farigoule", "Farigoule de Forcalquier", "Distilleries et Domaines de Provence", "spiritueux", {50: [None]}),
    O("absente", "Absente", "Distilleries et Domaines de Provence", "spiritueux", {70: [None]}),
    O("gentiane", "Gentiane de Lure", "Distilleries et Domaines de Provence", "spiritueux", {70: [None]}),
    O("marc", "Marc de Provence Cordelier", "Distilleries et Domaines de Provence", "spiritueux", {70: [None]}),
    O("gen_chart", "Génépi des Pères Chartreux", "Chartreuse Diffusion", "spiritueux", {70: [None]}),
    O("gen_dolin", "Génépi Dolin", "Dolin", "spiritueux", {70: [None]}),
    O("lavande", "Liqueur de Lavande", "Eyguebelle", "spiritueux", {50: [None]}),
    O("chartreuse", "Chartreuse Verte", "Chartreuse Diffusion", "spiritueux", {70: [None]}),
    O("jd", "Jack Daniel's Old No. 7", "Jack Daniel Distillery", "spiritueux", {70: [None]}, "États-Unis"),
    O("lag16", "Lagavulin 16 ans", "Lagavulin", "spiritueux", {70: [None]}, "Écosse"),
    O("lag8", "Lagavulin 8 ans", "Lagavulin", "spiritueux", {70: [None]}, "Écosse"),
    O("absolut", "Absolut Vodka", "Absolut", "spiritueux", {70: [None]}, "Suède"),
    O("diplo", "Diplomático Reserva Exclusiva", "Diplomático", "spiritueux", {70: [None]}, "Venezuela"),
    O("hendricks", "Hendrick's Gin", "Hendrick's", "spiritueux", {70: [None]}, "Écosse"),
    # Apéritifs
    O("rinquinquin", "Rinquinquin à la Pêche", "Distilleries et Domaines de Provence", "autre", {75: [None]}),
    O("noix", "Noix de la Saint-Jean", "Distilleries et Domaines de Provence", "autre", {75: [None]}),
    O("suze", "Suze", "Pernod Ricard", "autre", {100: [None]}),
    O("martini", "Martini Bianco", "Martini & Rossi", "autre", {100: [None]}, "Italie"),
    O("lillet", "Lillet Blanc", "Lillet", "autre", {75: [None]}),
    # Beers
    O("kro", "Kronenbourg", "Kronenbourg", "bière", {3000: [None], 25: [None]}),
    O("affligem", "Affligem Blonde", "Affligem", "bière", {2000: [None]}, "Belgique"),
    O("bf_blonde", "La Bonne Fontaine Blonde", "Ferme Brasserie La Bonne Fontaine", "bière", {33: [None]}),
    O("bf_blanche", "La Bonne Fontaine Blanche", "Ferme Brasserie La Bonne Fontaine", "bière", {33: [None]}),
    O("bf_ambree", "La Bonne Fontaine Ambrée", "Ferme Brasserie La Bonne Fontaine", "bière", {33: [None]}),
    O("desperados", "Desperados", "Heineken", "bière", {33: [None]}),
    O("leffe", "Leffe Blonde", "AB InBev", "bière", {33: [None]}, "Belgique"),
    O("pelforth", "Pelforth Brune", "Pelforth", "bière", {25: [None]}),
    # Softs and waters
    O("coca", "Coca-Cola", "Coca-Cola", "soft", {33: [None]}),
    O("cocazero", "Coca-Cola Zéro", "Coca-Cola", "soft", {33: [None]}),
    O("orangina", "Orangina", "Orangina", "soft", {25: [None]}),
    O("perrier", "Perrier", "Perrier", "soft", {33: [None]}),
    O("badoit", "Badoit", "Badoit", "soft", {100: [None]}),
    O("evian", "Evian", "Evian", "soft", {50: [None], 100: [None]}),
    O("tonic", "Schweppes Indian Tonic", "Schweppes", "soft", {25: [None]}),
    O("icetea", "Lipton Ice Tea Pêche", "Lipton", "soft", {25: [None]}),
    O("lorina", "Lorina Limonade", "Lorina", "soft", {33: [None]}),
]
