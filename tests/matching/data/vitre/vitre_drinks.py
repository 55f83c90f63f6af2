"""Drinks of the Relais de la Baronnie (Vitre): one tuple a product.

(key, name, producer, appellation, region, country, colour, category, {format_cl: [vintages]})
A vintage list [None] means a non-vintage drink. Ids are given in this order.
"""

F = "France"
L = "Loire"
B = "Bordeaux"

PRODUCTS = [
    # --- Loire whites, rosés, reds ---
    ("luneau", "Muscadet Sèvre et Maine sur Lie Clos des Allées", "Domaine Luneau-Papin", "Muscadet Sèvre et Maine", L, F, "blanc", "vin", {75: [2021, 2022]}),
    ("ampho", "Amphibolite", "Domaine de la Louvetrie (Jo Landron)", "Muscadet Sèvre et Maine", L, F, "blanc", "vin", {75: [2022]}),
    ("grosplant", "Gros Plant du Pays Nantais sur Lie", "Domaine des Herbauges", "Gros Plant du Pays Nantais", L, F, "blanc", "vin", {75: [2023]}),
    ("closel", "Savennières Clos du Papillon", "Domaine du Closel", "Savennières", L, F, "blanc", "vin", {75: [2019, 2020]}),
    ("villeneuve", "Saumur Blanc", "Château de Villeneuve", "Saumur", L, F, "blanc", "vin", {75: [2021]}),
    ("silex", "Vouvray Cuvée de Silex", "Domaine des Aubuisières", "Vouvray", L, F, "blanc", "vin", {75: [2021, 2022]}),
    ("baronnes_b", "Sancerre Les Baronnes", "Henri Bourgeois", "Sancerre", L, F, "blanc", "vin", {75: [2022, 2023], 37.5: [2022]}),
    ("baronnes_r", "Sancerre Les Baronnes Rouge", "Henri Bourgeois", "Sancerre", L, F, "rouge", "vin", {75: [2021]}),
    ("ladoucette", "Pouilly-Fumé", "De Ladoucette", "Pouilly-Fumé", L, F, "blanc", "vin", {75: [2021], 150: [2020]}),
    ("pelle", "Menetou-Salon Morogues", "Domaine Henry Pellé", "Menetou-Salon", L, F, "blanc", "vin", {75: [2022]}),
    ("charmoise", "Touraine Sauvignon", "Domaine de la Charmoise (Henry Marionnet)", "Touraine", L, F, "blanc", "vin", {75: [2023]}),
    ("bonnezeaux", "Bonnezeaux", "Château de Fesles", "Bonnezeaux", L, F, "liquoreux", "vin", {50: [2018]}),
    ("forges_rs", "Cabernet d'Anjou", "Domaine des Forges", "Cabernet d'Anjou", L, F, "rosé", "vin", {75: [2023]}),
    ("couly_rs", "Chinon Rosé René Couly", "Couly-Dutheil", "Chinon", L, F, "rosé", "vin", {75: [2023]}),
    ("hureau", "Saumur-Champigny Tuffe", "Château du Hureau", "Saumur-Champigny", L, F, "rouge", "vin", {75: [2020, 2021], 37.5: [2021]}),
    ("echo", "Chinon Clos de l'Écho", "Couly-Dutheil", "Chinon", L, F, "rouge", "vin", {75: [2019]}),
    ("picasses", "Chinon Les Picasses", "Domaine Olga Raffault", "Chinon", L, F, "rouge", "vin", {75: [2017, 2018]}),
    ("butte", "Bourgueil Pied de la Butte", "Domaine de la Butte", "Bourgueil", L, F, "rouge", "vin", {75: [2021]}),
    ("amirault", "Saint-Nicolas-de-Bourgueil La Source", "Yannick Amirault", "Saint-Nicolas-de-Bourgueil", L, F, "rouge", "vin", {75: [2021, 2022]}),
    ("langlois_b", "Crémant de Loire Brut", "Langlois-Château", "Crémant de Loire", L, F, "effervescent", "vin", {75: [None], 37.5: [None]}),
    ("langlois_r", "Crémant de Loire Rosé", "Langlois-Château", "Crémant de Loire", L, F, "rosé", "vin", {75: [None]}),
    # --- Bordeaux ---
    ("cantemerle", "Château Cantemerle", "Château Cantemerle", "Haut-Médoc", B, F, "rouge", "vin", {75: [2016, 2018], 150: [2016]}),
    ("phelan", "Château Phélan Ségur", "Château Phélan Ségur", "Saint-Estèphe", B, F, "rouge", "vin", {75: [2015, 2017]}),
    ("frank", "Frank Phélan", "Château Phélan Ségur", "Saint-Estèphe", B, F, "rouge", "vin", {75: [2019]}),
    ("gloria", "Château Gloria", "Château Gloria", "Saint-Julien", B, F, "rouge", "vin", {75: [2018]}),
    ("poujeaux", "Château Poujeaux", "Château Poujeaux", "Moulis-en-Médoc", B, F, "rouge", "vin", {75: [2017, 2019], 37.5: [2017]}),
    ("carbo_b", "Château Carbonnieux Blanc", "Château Carbonnieux", "Pessac-Léognan", B, F, "blanc", "vin", {75: [2020]}),
    ("carbo_r", "Château Carbonnieux Rouge", "Château Carbonnieux", "Pessac-Léognan", B, F, "rouge", "vin", {75: [2018]}),
    ("fombrauge", "Château Fombrauge", "Château Fombrauge", "Saint-Émilion Grand Cru", B, F, "rouge", "vin", {75: [2016, 2019]}),
    ("sales", "Château de Sales", "Château de Sales", "Pomerol", B, F, "rouge", "vin", {75: [2015]}),
    ("reynon", "Château Reynon Blanc", "Château Reynon", "Bordeaux", B, F, "blanc", "vin", {75: [2022]}),
    ("ste_marie", "Château Sainte-Marie Vieilles Vignes", "Château Sainte-Marie", "Entre-Deux-Mers", B, F, "blanc", "vin", {75: [2022]}),
    ("cadet", "Mouton Cadet Rouge", "Baron Philippe de Rothschild", "Bordeaux", B, F, "rouge", "vin", {75: [2020], 37.5: [2020]}),
    ("suduiraut", "Château Suduiraut", "Château Suduiraut", "Sauternes", B, F, "liquoreux", "vin", {37.5: [2017], 75: [2015]}),
    ("bonnet_rs", "Château Bonnet Rosé", "André Lurton", "Bordeaux Rosé", B, F, "rosé", "vin", {75: [2023]}),
    # --- Champagnes ---
    ("taitt", "Taittinger Brut Réserve", "Taittinger", "Champagne", "Champagne", F, "effervescent", "champagne", {75: [None], 37.5: [None], 150: [None]}),
    ("taitt_rs", "Taittinger Prestige Rosé", "Taittinger", "Champagne", "Champagne", F, "rosé", "champagne", {75: [None]}),
    ("polroger", "Pol Roger Brut Réserve", "Pol Roger", "Champagne", "Champagne", F, "effervescent", "champagne", {75: [None]}),
    ("polroger_v", "Pol Roger Brut Vintage", "Pol Roger", "Champagne", "Champagne", F, "effervescent", "champagne", {75: [2013, 2015]}),
    # --- Breton beers and ciders ---
    ("britt_pr", "Britt Blonde (pression)", "Brasserie de Bretagne", None, "Bretagne", F, None, "bière", {3000: [None]}),
    ("trimart_pr", "Tri Martolod Ambrée (pression)", "Brasserie Tri Martolod", None, "Bretagne", F, None, "bière", {2000: [None]}),
    ("k1664_pr", "1664 (pression)", "Kronenbourg", None, "Alsace", F, None, "bière", {3000: [None]}),
    ("britt_bl", "Britt Blanche", "Brasserie de Bretagne", None, "Bretagne", F, None, "bière", {33: [None]}),
    ("trimart_bd", "Tri Martolod Blonde", "Brasserie Tri Martolod", None, "Bretagne", F, None, "bière", {33: [None]}),
    ("bonnets", "Bonnets Rouges", "Brasserie Lancelot", None, "Bretagne", F, None, "bière", {33: [None]}),
    ("duchesse", "Duchesse Anne", "Brasserie Lancelot", None, "Bretagne", F, None, "bière", {33: [None]}),
    ("k1664_bl", "1664 Blanc", "Kronenbourg", None, "Alsace", F, None, "bière", {25: [None]}),
    ("kerne_brut", "Cidre Kerné Brut", "Cidrerie Kerné", None, "Bretagne", F, None, "autre", {75: [None], 33: [None]}),
    ("kerne_doux", "Cidre Kerné Doux", "Cidrerie Kerné", None, "Bretagne", F, None, "autre", {75: [None]}),
    ("nicol", "Cidre Bouché Brut", "Cidrerie Nicol", None, "Bretagne", F, None, "autre", {75: [None]}),
    ("pommeau", "Pommeau de Bretagne", "Distillerie des Menhirs", None, "Bretagne", F, None, "autre", {70: [None]}),
    ("lambig", "Lambig de Bretagne", "Distillerie des Menhirs", None, "Bretagne", F, None, "spiritueux", {70: [None]}),
    # --- Spirits ---
    ("glenmo", "Glenmorangie Original 10 ans", "Glenmorangie", None, "Highlands", "Écosse", None, "spiritueux", {70: [None]}),
    ("lasanta", "Glenmorangie Lasanta 12 ans", "Glenmorangie", None, "Highlands", "Écosse", None, "spiritueux", {70: [None]}),
    ("laga", "Lagavulin 16 ans", "Lagavulin", None, "Islay", "Écosse", None, "spiritueux", {70: [None]}),
    ("talisker", "Talisker 10 ans", "Talisker", None, "Île de Skye", "Écosse", None, "spiritueux", {70: [None]}),
    ("jameson", "Jameson", "Jameson", None, None, "Irlande", None, "spiritueux", {70: [None]}),
    ("jackd", "Jack Daniel's Old No. 7", "Jack Daniel's", None, "Tennessee", "États-Unis", None, "spiritueux", {70: [None]}),
    ("boulard_v", "Calvados Pays d'Auge VSOP", "Calvados Boulard", "Calvados Pays d'Auge", "Normandie", F, None, "spiritueux", {70: [None]}),
    ("boulard_x", "Calvados Pays d'Auge XO", "Calvados Boulard", "Calvados Pays d'Auge", "Normandie", F, None, "spiritueux", {70: [None]}),
    ("remy_v", "Rémy Martin VSOP", "Rémy Martin", "Cognac Fine Champagne", "Cognac", F, None, "spiritueux", {70: [None]}),
    ("remy_x", "Rémy Martin XO", "Rémy Martin", "Cognac Fine Champagne", "Cognac", F, None, "spiritueux", {70: [None]}),
    ("laubade", "Bas-Armagnac VSOP", "Château de Laubade", "Bas-Armagnac", "Gascogne", F, None, "spiritueux", {70: [None]}),
    ("havana3", "Havana Club 3 ans", "Havana Club", None, None, "Cuba", None, "spiritueux", {70: [None]}),
    ("havana7", "Havana Club 7 ans", "Havana Club", None, None, "Cuba", None, "spiritueux", {70: [None]}),
    ("diplo", "Diplomático Reserva Exclusiva", "Diplomático", None, None, "Venezuela", None, "spiritueux", {70: [None]}),
    ("hendricks", "Hendrick's Gin", "Hendrick's", None, None, "Écosse", None, "spiritueux", {70: [None]}),
    ("bombay", "Bombay Sapphire", "Bombay Sapphire", None, None, "Angleterre", None, "spiritueux", {70: [None]}),
    ("greygoose", "Grey Goose", "Grey Goose", None, None, F, None, "spiritueux", {70: [None]}),
    ("cointreau", "Cointreau", "Cointreau", None, "Anjou", F, None, "spiritueux", {70: [None]}),
    ("gdmarnier", "Grand Marnier Cordon Rouge", "Grand Marnier", None, None, F, None, "spiritueux", {70: [None]}),
    ("baileys", "Baileys Original", "Baileys", None, None, "Irlande", None, "spiritueux", {70: [None]}),
    # --- Aperitifs ---
    ("ricard", "Ricard", "Pernod Ricard", None, None, F, None, "spiritueux", {100: [None]}),
    ("lillet_b", "Lillet Blanc", "Lillet", None, B, F, None, "autre", {75: [None]}),
    ("lillet_r", "Lillet Rosé", "Lillet", None, B, F, None, "autre", {75: [None]}),
    ("suze", "Suze", "Suze", None, None, F, None, "autre", {100: [None]}),
    ("campari", "Campari", "Campari", None, None, "Italie", None, "autre", {70: [None]}),
    ("aperol", "Aperol", "Aperol", None, None, "Italie", None, "autre", {70: [None]}),
    ("grahams", "Graham's 10 Year Old Tawny", "Graham's", "Porto", "Douro", "Portugal", None, "autre", {75: [None]}),
    ("cassis", "Crème de Cassis de Dijon", "Lejay-Lagoute", None, "Bourgogne", F, None, "autre", {70: [None]}),
    # --- Softs ---
    ("breizh", "Breizh Cola", "Breizh Cola", None, "Bretagne", F, None, "soft", {33: [None]}),
    ("breizh_z", "Breizh Cola Zéro", "Breizh Cola", None, "Bretagne", F, None, "soft", {33: [None]}),
    ("coca", "Coca-Cola", "Coca-Cola", None, None, None, None, "soft", {33: [None]}),
    ("coca_z", "Coca-Cola Zéro", "Coca-Cola", None, None, None, None, "soft", {33: [None]}),
    ("orangina", "Orangina", "Orangina", None, None, F, None, "soft", {25: [None]}),
    ("tonic", "Schweppes Indian Tonic", "Schweppes", None, None, None, None, "soft", {25: [None]}),
    ("perrier", "Perrier", "Perrier", None, None, F, None, "soft", {33: [None]}),
    ("evian", "Evian", "Evian", None, None, F, None, "soft", {50: [None], 100: [None]}),
    ("badoit", "Badoit", "Badoit", None, None, F, None, "soft", {100: [None]}),
    ("pago_or", "Pago Orange", "Pago", None, None, None, None, "soft", {20: [None]}),
    ("pago_ab", "Pago Abricot", "Pago", None, None, None, None, "soft", {20: [None]}),
    ("lorina", "Lorina Limonade", "Lorina", None, None, F, None, "soft", {75: [None]}),
]


def entries():
    """Yield (key, format_cl, vintage, library-dict-without-id) in id order."""
    for key, name, prod, app, reg, ctry, col, cat, fmts in PRODUCTS:
        for fmt in sorted(fmts):
            for v in sorted(fmts[fmt], key=lambda x: x or 0):
                yield key, fmt, v, {"name": name, "producer": prod, "appellation": app,
                                    "region": reg, "country": ctry, "colour": col,
                                    "category": cat, "vintage": v, "format_cl": fmt}
