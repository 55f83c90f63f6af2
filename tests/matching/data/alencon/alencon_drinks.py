"""The drinks of the Brasserie de la Gare (Alençon): one row per wine or drink.

(key, name, producer, appellation, region, colour, category, {format_cl: [vintages]})
Each (format, vintage) is one library entry; None is a non-vintage drink.
"""
N = None
FR = "France"
DRINKS = [
    # --- Loire
    ("muscadet", "Clos des Allées", "Pierre Luneau-Papin", "Muscadet Sèvre et Maine sur Lie", "Loire", "blanc", "vin", {75: [2022, 2023]}),
    ("villeneuve", "Château de Villeneuve", "Château de Villeneuve", "Saumur-Champigny", "Loire", "rouge", "vin", {75: [2020, 2022], 150: [2020]}),
    ("baronnie", "La Baronnie Madeleine", "Couly-Dutheil", "Chinon", "Loire", "rouge", "vin", {75: [2019, 2020], 37.5: [2020]}),
    ("amador", "Les Gravières d'Amador", "Couly-Dutheil", "Chinon", "Loire", "rouge", "vin", {75: [2022]}),
    ("trinch", "Trinch!", "Catherine et Pierre Breton", "Bourgueil", "Loire", "rouge", "vin", {75: [2022, 2023]}),
    ("rouilleres", "Les Rouillères", "Frédéric Mabileau", "Saint-Nicolas-de-Bourgueil", "Loire", "rouge", "vin", {75: [2022]}),
    ("champalou", "Vouvray Sec", "Domaine Champalou", "Vouvray", "Loire", "blanc", "vin", {75: [2022]}),
    ("moussiere_b", "La Moussière", "Alphonse Mellot", "Sancerre", "Loire", "blanc", "vin", {75: [2022, 2023], 37.5: [2023]}),
    ("moussiere_r", "La Moussière", "Alphonse Mellot", "Sancerre", "Loire", "rouge", "vin", {75: [2021]}),
    ("berthiers", "Domaine des Berthiers", "Jean-Claude Dagueneau", "Pouilly-Fumé", "Loire", "blanc", "vin", {75: [2022]}),
    ("cartedor", "Carte d'Or", "Domaine des Baumard", "Coteaux du Layon", "Loire", "liquoreux", "vin", {50: [2019, 2020]}),
    ("passavant", "Cabernet d'Anjou", "Château de Passavant", "Cabernet d'Anjou", "Loire", "rosé", "vin", {75: [2023]}),
    ("langlois", "Crémant de Loire Brut", "Langlois-Château", "Crémant de Loire", "Loire", "effervescent", "vin", {75: [N]}),
    ("langlois_rs", "Crémant de Loire Brut Rosé", "Langlois-Château", "Crémant de Loire", "Loire", "rosé", "vin", {75: [N]}),
    # --- Bordeaux
    ("mirambeau_r", "Château Tour de Mirambeau Réserve", "Vignobles Despagne", "Bordeaux", "Bordeaux", "rouge", "vin", {75: [2019, 2020]}),
    ("mirambeau_b", "Château Tour de Mirambeau Réserve", "Vignobles Despagne", "Bordeaux", "Bordeaux", "blanc", "vin", {75: [2022]}),
    ("lamothe", "Château Lamothe-Bergeron", "Château Lamothe-Bergeron", "Haut-Médoc", "Bordeaux", "rouge", "vin", {75: [2016, 2018], 150: [2016]}),
    ("fleurboua", "Château La Fleur de Boüard", "Château La Fleur de Boüard", "Lalande-de-Pomerol", "Bordeaux", "rouge", "vin", {75: [2017, 2019]}),
    ("siaurac", "Château Siaurac", "Château Siaurac", "Lalande-de-Pomerol", "Bordeaux", "rouge", "vin", {75: [2018]}),
    ("chantegrive_b", "Château de Chantegrive", "Château de Chantegrive", "Graves", "Bordeaux", "blanc", "vin", {75: [2021]}),
    ("chantegrive_r", "Château de Chantegrive", "Château de Chantegrive", "Graves", "Bordeaux", "rouge", "vin", {75: [2018]}),
    # --- Burgundy, Beaujolais
    ("billaud", "Chablis", "Domaine Billaud-Simon", "Chablis", "Bourgogne", "blanc", "vin", {75: [2022]}),
    ("montmilieu", "Mont de Milieu", "Domaine Billaud-Simon", "Chablis Premier Cru", "Bourgogne", "blanc", "vin", {75: [2021]}),
    ("faiveley_pn", "Bourgogne Pinot Noir", "Domaine Faiveley", "Bourgogne", "Bourgogne", "rouge", "vin", {75: [2021, 2022]}),
    ("framboisiere", "La Framboisière", "Domaine Faiveley", "Mercurey", "Bourgogne", "rouge", "vin", {75: [2020]}),
    ("lugny", "Les Charmes", "Cave de Lugny", "Mâcon-Lugny", "Bourgogne", "blanc", "vin", {75: [2022, 2023]}),
    ("brun", "L'Ancien", "Jean-Paul Brun (Terres Dorées)", "Beaujolais", "Beaujolais", "rouge", "vin", {75: [2022, 2023]}),
    ("lapierre", "Morgon", "Marcel Lapierre", "Morgon", "Beaujolais", "rouge", "vin", {75: [2021, 2022]}),
    ("roilette", "Clos de la Roilette", "Clos de la Roilette", "Fleurie", "Beaujolais", "rouge", "vin", {75: [2022]}),
    # --- Rhône, South
    ("perrin_r", "Famille Perrin Réserve", "Famille Perrin", "Côtes du Rhône", "Rhône", "rouge", "vin", {75: [2021, 2022]}),
    ("perrin_b", "Famille Perrin Réserve", "Famille Perrin", "Côtes du Rhône", "Rhône", "blanc", "vin", {75: [2023]}),
    ("yannchave", "Crozes-Hermitage", "Domaine Yann Chave", "Crozes-Hermitage", "Rhône", "rouge", "vin", {75: [2021]}),
    ("cayron", "Gigondas", "Domaine du Cayron", "Gigondas", "Rhône", "rouge", "vin", {75: [2019]}),
    ("telegraphe", "La Crau", "Domaine du Vieux Télégraphe", "Châteauneuf-du-Pape", "Rhône", "rouge", "vin", {75: [2018, 2019], 37.5: [2019]}),
    ("bergerie", "Bergerie de l'Hortus", "Domaine de l'Hortus", "Pic Saint-Loup", "Languedoc", "rouge", "vin", {75: [2022]}),
    ("hortus_gc", "Grande Cuvée", "Domaine de l'Hortus", "Pic Saint-Loup", "Languedoc", "rouge", "vin", {75: [2020]}),
    ("paulmas", "Chardonnay", "Domaines Paul Mas", "IGP Pays d'Oc", "Languedoc", "blanc", "vin", {75: [2023]}),
    ("aix", "AIX Rosé", "Maison Saint Aix", "Coteaux d'Aix-en-Provence", "Provence", "rosé", "vin", {75: [2023, 2024], 150: [2023]}),
    ("cedre", "Château du Cèdre", "Château du Cèdre", "Cahors", "Sud-Ouest", "rouge", "vin", {75: [2019]}),
    ("trimbach_ri", "Riesling", "Trimbach", "Alsace", "Alsace", "blanc", "vin", {75: [2021, 2022]}),
    ("trimbach_pg", "Pinot Gris Réserve", "Trimbach", "Alsace", "Alsace", "blanc", "vin", {75: [2020]}),
    # --- Champagne
    ("polroger", "Brut Réserve", "Pol Roger", "Champagne", "Champagne", "effervescent", "champagne", {75: [N], 37.5: [N], 150: [N]}),
    ("polroger_v", "Brut Vintage", "Pol Roger", "Champagne", "Champagne", "effervescent", "champagne", {75: [2015, 2016]}),
    ("polroger_rs", "Rosé Vintage", "Pol Roger", "Champagne", "Champagne", "rosé", "champagne", {75: [2015]}),
    ("gosset", "Grande Réserve", "Gosset", "Champagne", "Champagne", "effervescent", "champagne", {75: [N]}),
    ("jacquart", "Mosaïque Brut", "Jacquart", "Champagne", "Champagne", "effervescent", "champagne", {75: [N]}),
    # --- Cider, poiré, pommeau, calvados
    ("perejules_cid", "Cidre Pays d'Auge", "Le Père Jules", "Cidre Pays d'Auge", "Normandie", None, "autre", {75: [N]}),
    ("lemorton_poire", "Poiré Domfront", "Maison Lemorton", "Poiré Domfront", "Normandie", None, "autre", {75: [N]}),
    ("loicraison", "Cidre Brut", "Loïc Raison", None, "Bretagne", None, "autre", {33: [N]}),
    ("perejules_pom", "Pommeau de Normandie", "Le Père Jules", "Pommeau de Normandie", "Normandie", None, "autre", {70: [N]}),
    ("boulard_gs", "Grand Solage", "Calvados Boulard", "Calvados Pays d'Auge", "Normandie", None, "spiritueux", {70: [N]}),
    ("boulard_xo", "XO", "Calvados Boulard", "Calvados Pays d'Auge", "Normandie", None, "spiritueux", {70: [N]}),
    ("magloire", "Fine", "Père Magloire", "Calvados", "Normandie", None, "spiritueux", {70: [N]}),
    ("lemorton_res", "Réserve", "Maison Lemorton", "Calvados Domfrontais", "Normandie", None, "spiritueux", {70: [N]}),
    ("lemorton_mil", "Millésime", "Maison Lemorton", "Calvados Domfrontais", "Normandie", None, "spiritueux", {70: [1990, 1995]}),
    ("groult8", "8 ans", "Roger Groult", "Calvados Pays d'Auge", "Normandie", None, "spiritueux", {70: [N]}),
    ("groult15", "15 ans", "Roger Groult", "Calvados Pays d'Auge", "Normandie", None, "spiritueux", {70: [N]}),
    # --- Aperitifs
    ("ricard", "Ricard", "Pernod Ricard", None, None, None, "spiritueux", {100: [N]}),
    ("p51", "Pastis 51", "Pernod Ricard", None, None, None, "spiritueux", {100: [N]}),
    ("martini_b", "Martini Bianco", "Martini", None, None, None, "autre", {100: [N]}),
    ("martini_r", "Martini Rosso", "Martini", None, None, None, "autre", {100: [N]}),
    ("lillet", "Lillet Blanc", "Lillet", None, "Bordeaux", None, "autre", {75: [N]}),
    ("suze", "Suze", "Suze", None, None, None, "autre", {100: [N]}),
    ("aperol", "Aperol", "Aperol", None, None, None, "autre", {70: [N]}),
    ("taylor_ft", "Fine Tawny", "Taylor's", "Porto", "Douro", None, "autre", {75: [N]}),
    ("taylor_10", "10 Year Old Tawny", "Taylor's", "Porto", "Douro", None, "autre", {75: [N]}),
    # --- Spirits
    ("jameson", "Jameson", "Jameson", None, None, None, "spiritueux", {70: [N]}),
    ("jackd", "Jack Daniel's Old No. 7", "Jack Daniel's", None, None, None, "spiritueux", {70: [N]}),
    ("chivas12", "Chivas Regal 12 ans", "Chivas Brothers", None, None, None, "spiritueux", {70: [N]}),
    ("lagavulin", "Lagavulin 16 ans", "Lagavulin", None, None, None, "spiritueux", {70: [N]}),
    ("nikka", "Nikka From the Barrel", "Nikka", None, None, None, "spiritueux", {50: [N]}),
    ("hendricks", "Hendrick's Gin", "Hendrick's", None, None, None, "spiritueux", {70: [N]}),
    ("bombay", "Bombay Sapphire", "Bombay", None, None, None, "spiritueux", {70: [N]}),
    ("diplomatico", "Diplomático Reserva Exclusiva", "Diplomático", None, None, None, "spiritueux", {70: [N]}),
    ("havana3", "Havana Club 3 ans", "Havana Club", None, None, None, "spiritueux", {70: [N]}),
    ("absolut", "Absolut Vodka", "Absolut", None, None, None, "spiritueux", {70: [N]}),
    ("hennessy", "Hennessy VS", "Hennessy", "Cognac", None, None, "spiritueux", {70: [N]}),
    ("remy", "Rémy Martin VSOP", "Rémy Martin", "Cognac", None, None, "spiritueux", {70: [N]}),
    ("get27", "Get 27", "Get", None, None, None, "autre", {70: [N]}),
    ("benedictine", "Bénédictine", "Bénédictine", None, "Normandie", None, "autre", {70: [N]}),
    # --- Beers (draught as kegs)
    ("kro", "Kronenbourg", "Kronenbourg", None, None, None, "bière", {3000: [N]}),
    ("leffe", "Leffe Blonde", "Leffe", None, None, None, "bière", {2000: [N]}),
    ("hoegaarden", "Hoegaarden Blanche", "Hoegaarden", None, None, None, "bière", {2000: [N]}),
    ("guinness", "Guinness", "Guinness", None, None, None, "bière", {3000: [N]}),
    ("duvel", "Duvel", "Duvel Moortgat", None, None, None, "bière", {33: [N]}),
    ("chimay", "Chimay Bleue", "Chimay", None, None, None, "bière", {33: [N]}),
    ("desperados", "Desperados", "Desperados", None, None, None, "bière", {33: [N]}),
    ("k1664b", "1664 Blanc", "Kronenbourg", None, None, None, "bière", {33: [N]}),
    ("heineken00", "Heineken 0.0", "Heineken", None, None, None, "bière", {33: [N]}),
    # --- Softs and waters
    ("coca", "Coca-Cola", "Coca-Cola", None, None, None, "soft", {33: [N]}),
    ("cocazero", "Coca-Cola Zéro", "Coca-Cola", None, None, None, "soft", {33: [N]}),
    ("orangina", "Orangina", "Orangina", None, None, None, "soft", {25: [N]}),
    ("schweppes", "Schweppes Indian Tonic", "Schweppes", None, None, None, "soft", {25: [N]}),
    ("perrier", "Perrier", "Perrier", None, None, None, "soft", {33: [N]}),
    ("evian", "Evian", "Evian", None, None, None, "soft", {50: [N], 100: [N]}),
    ("badoit", "Badoit", "Badoit", None, None, None, "soft", {100: [N]}),
    ("pago_or", "Pago Orange", "Pago", None, None, None, "soft", {20: [N]}),
    ("pago_ab", "Pago Abricot", "Pago", None, None, None, "soft", {20: [N]}),
    ("fuzetea", "Fuze Tea Pêche", "Fuze Tea", None, None, None, "soft", {25: [N]}),
]


COUNTRY = {
    "taylor_ft": "Portugal", "taylor_10": "Portugal", "jameson": "Irlande", "jackd": "États-Unis",
    "chivas12": "Écosse", "lagavulin": "Écosse", "nikka": "Japon", "hendricks": "Écosse",
    "bombay": "Angleterre", "diplomatico": "Venezuela", "havana3": "Cuba", "absolut": "Suède",
    "leffe": "Belgique", "hoegaarden": "Belgique", "guinness": "Irlande", "duvel": "Belgique",
    "chimay": "Belgique", "heineken00": "Pays-Bas", "martini_b": "Italie", "martini_r": "Italie",
    "aperol": "Italie", "pago_or": "Autriche", "pago_ab": "Autriche",
}


def entries():
    """Library entries in id order: (id, key, fields)."""
    out = []
    for key, name, prod, app, reg, col, cat, fmts in DRINKS:
        for fmt in sorted(fmts, key=lambda f: (f != 75, f)):
            for v in sorted(fmts[fmt], key=lambda x: (x is not None, x or 0)):
                out.append((key, {"name": name, "producer": prod, "appellation": app,
                                  "region": reg, "country": COUNTRY.get(key, FR),
                                  "colour": col, "category": cat, "vintage": v,
                                  "format_cl": fmt}))
    return out
