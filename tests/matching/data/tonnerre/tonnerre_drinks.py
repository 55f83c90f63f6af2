"""The drinks of "Hôtel-Restaurant du Pont de l'Armançon" (Tonnerre), one product a row.

key: (name, producer, appellation, region, country, colour, category, {format_cl: [vintages]})
Ids are given in this order, formats ascending, vintages ascending (None for non-vintage).
"""

F = "France"
B = "Bourgogne"
BX = "Bordeaux"

PRODUCTS = [
    # --- Chablis -------------------------------------------------------------------------
    ("PCMAL", ("Petit Chablis", "Domaine des Malandes", "Petit Chablis", B, F, "blanc", "vin",
               {37.5: [2023], 75: [2022, 2023]})),
    ("PCLACH", ("Petit Chablis Pas si Petit", "La Chablisienne", "Petit Chablis", B, F, "blanc", "vin",
                {75: [2023]})),
    ("CHLD", ("Chablis", "Domaine Long-Depaquit", "Chablis", B, F, "blanc", "vin",
              {37.5: [2022], 75: [2021, 2022], 150: [2021]})),
    ("CHBOIS", ("Chablis La Boissonneuse", "Julien Brocard", "Chablis", B, F, "blanc", "vin",
                {75: [2022]})),
    ("CHMN", ("Chablis", "Domaine Moreau-Naudet", "Chablis", B, F, "blanc", "vin",
              {75: [2020, 2022]})),
    ("VAUC", ("Chablis Premier Cru Vaucoupin", "Domaine Long-Depaquit", "Chablis Premier Cru", B, F,
              "blanc", "vin", {75: [2019, 2021]})),
    ("MDTD", ("Chablis Premier Cru Montée de Tonnerre", "Domaine Jean-Paul et Benoît Droin",
              "Chablis Premier Cru", B, F, "blanc", "vin", {37.5: [2020], 75: [2020, 2021]})),
    ("VAILD", ("Chablis Premier Cru Vaillons", "Domaine Jean-Paul et Benoît Droin",
               "Chablis Premier Cru", B, F, "blanc", "vin", {75: [2021, 2022]})),
    ("LECHET", ("Chablis Premier Cru Côte de Léchet", "Domaine Daniel Dampt et Fils",
                "Chablis Premier Cru", B, F, "blanc", "vin", {75: [2021]})),
    ("FOURCH", ("Chablis Premier Cru Fourchaume", "Domaine de Chantemerle", "Chablis Premier Cru",
                B, F, "blanc", "vin", {75: [2020]})),
    ("MOUT", ("Chablis Grand Cru La Moutonne", "Domaine Long-Depaquit", "Chablis Grand Cru", B, F,
              "blanc", "vin", {75: [2018, 2020], 150: [2018]})),
    ("VAUDD", ("Chablis Grand Cru Vaudésir", "Domaine Jean-Paul et Benoît Droin", "Chablis Grand Cru",
               B, F, "blanc", "vin", {75: [2019]})),
    ("CLOSD", ("Chablis Grand Cru Les Clos", "Domaine Jean-Paul et Benoît Droin", "Chablis Grand Cru",
               B, F, "blanc", "vin", {75: [2017, 2019]})),
    # --- Tonnerrois ------------------------------------------------------------------------
    ("TONPQ", ("Bourgogne Tonnerre", "Domaine de l'Abbaye du Petit Quincy", "Bourgogne Tonnerre", B, F,
               "blanc", "vin", {75: [2022, 2023]})),
    ("TONDA", ("Bourgogne Tonnerre", "Emmanuel Dampt", "Bourgogne Tonnerre", B, F, "blanc", "vin",
               {75: [2022]})),
    ("EPIR", ("Bourgogne Épineuil", "Domaine de l'Abbaye du Petit Quincy", "Bourgogne Épineuil", B, F,
              "rouge", "vin", {37.5: [2022], 75: [2021, 2022]})),
    ("EPIRS", ("Bourgogne Épineuil Rosé", "Domaine de l'Abbaye du Petit Quincy", "Bourgogne Épineuil",
               B, F, "rosé", "vin", {75: [2023]})),
    # --- Auxerrois -------------------------------------------------------------------------
    ("IRRI", ("Irancy", "Domaine Thierry Richoux", "Irancy", B, F, "rouge", "vin",
              {75: [2019, 2020], 150: [2019]})),
    ("IRPAL", ("Irancy Palotte", "Domaine Colinot", "Irancy", B, F, "rouge", "vin", {75: [2020]})),
    ("SBRIS", ("Saint-Bris Exogyra Virgula", "Domaine Goisot", "Saint-Bris", B, F, "blanc", "vin",
               {75: [2022]})),
    ("ALIG", ("Bourgogne Aligoté", "Domaine Bersan", "Bourgogne Aligoté", B, F, "blanc", "vin",
              {75: [2023]})),
    # --- Crémant -----------------------------------------------------------------------------
    ("CRBL", ("Crémant de Bourgogne Réserve Brut", "Caves de Bailly Lapierre", "Crémant de Bourgogne",
              B, F, "effervescent", "vin", {37.5: [None], 75: [None], 150: [None]})),
    ("CRBLR", ("Crémant de Bourgogne Rosé Brut", "Caves de Bailly Lapierre", "Crémant de Bourgogne",
               B, F, "rosé", "vin", {75: [None]})),
    ("CRSF", ("Crémant de Bourgogne Brut", "Simonnet-Febvre", "Crémant de Bourgogne", B, F,
              "effervescent", "vin", {75: [None]})),
    # --- Côte d'Or and Chalonnaise ------------------------------------------------------------
    ("GEV", ("Gevrey-Chambertin", "Domaine Faiveley", "Gevrey-Chambertin", B, F, "rouge", "vin",
             {75: [2019, 2020], 150: [2019]})),
    ("MERC", ("Mercurey La Framboisière", "Domaine Faiveley", "Mercurey", B, F, "rouge", "vin",
              {75: [2021]})),
    ("ALOXE", ("Aloxe-Corton", "Louis Latour", "Aloxe-Corton", B, F, "rouge", "vin", {75: [2018]})),
    ("BEAUNE", ("Beaune du Château Premier Cru", "Bouchard Père et Fils", "Beaune Premier Cru", B, F,
                "rouge", "vin", {37.5: [2019], 75: [2019]})),
    ("MEURS", ("Meursault", "Joseph Drouhin", "Meursault", B, F, "blanc", "vin", {37.5: [2021], 75: [2020, 2021]})),
    ("LAFOR", ("Bourgogne Pinot Noir Laforêt", "Joseph Drouhin", "Bourgogne", B, F, "rouge", "vin",
               {75: [2022]})),
    # --- Bordeaux --------------------------------------------------------------------------------
    ("CHSP", ("Château Chasse-Spleen", "Château Chasse-Spleen", "Moulis-en-Médoc", BX, F, "rouge",
              "vin", {37.5: [2016], 75: [2016, 2018]})),
    ("LAROSE", ("Château Larose-Trintaudon", "Château Larose-Trintaudon", "Haut-Médoc", BX, F, "rouge",
                "vin", {75: [2019]})),
    ("TOURBY", ("Château La Tour de By", "Château La Tour de By", "Médoc", BX, F, "rouge", "vin",
                {75: [2018, 2019]})),
    ("CHANTE", ("Château de Chantegrive Blanc", "Château de Chantegrive", "Graves", BX, F, "blanc",
                "vin", {75: [2021]})),
    ("RIEUS", ("Château Rieussec", "Château Rieussec", "Sauternes", BX, F, "liquoreux", "vin",
               {37.5: [2016], 75: [2015]})),
    # --- Champagne ---------------------------------------------------------------------------------
    ("DRAP", ("Drappier Carte d'Or Brut", "Drappier", "Champagne", "Champagne", F, "effervescent",
              "champagne", {37.5: [None], 75: [None], 150: [None]})),
    ("DRAPR", ("Drappier Rosé de Saignée Brut", "Drappier", "Champagne", "Champagne", F, "rosé",
               "champagne", {75: [None]})),
    # --- Apéritifs -----------------------------------------------------------------------------------
    ("RATA", ("Ratafia de Bourgogne", "Simonnet-Febvre", "Ratafia de Bourgogne", B, F, None, "autre",
              {50: [None]})),
    ("CASSIS", ("Crème de Cassis de Bourgogne", "Joseph Cartron", "Crème de Cassis de Bourgogne", B, F,
                None, "autre", {70: [None]})),
    ("RICARD", ("Ricard", "Pernod Ricard", None, None, F, None, "autre", {100: [None]})),
    ("SUZE", ("Suze", "Pernod Ricard", None, None, F, None, "autre", {100: [None]})),
    ("LILLET", ("Lillet Blanc", "Lillet", None, BX, F, None, "autre", {75: [None]})),
    ("MARTB", ("Martini Bianco", "Martini", None, None, "Italie", None, "autre", {100: [None]})),
    ("MARTR", ("Martini Rosso", "Martini", None, None, "Italie", None, "autre", {100: [None]})),
    ("LBV", ("Taylor's Late Bottled Vintage", "Taylor's", "Porto", "Douro", "Portugal", None, "autre",
             {75: [2017, 2018]})),
    # --- Spiritueux -------------------------------------------------------------------------------------
    ("MARC", ("Marc de Bourgogne", "Joseph Cartron", "Marc de Bourgogne", B, F, None, "spiritueux",
              {70: [None]})),
    ("FINE", ("Fine de Bourgogne", "Joseph Cartron", "Fine de Bourgogne", B, F, None, "spiritueux",
              {70: [None]})),
    ("POIRE", ("Poire Williams", "G.E. Massenez", None, "Alsace", F, None, "spiritueux", {70: [None]})),
    ("REMYV", ("Rémy Martin VSOP", "Rémy Martin", "Cognac", "Cognac", F, None, "spiritueux",
               {70: [None]})),
    ("REMYX", ("Rémy Martin XO", "Rémy Martin", "Cognac", "Cognac", F, None, "spiritueux",
               {70: [None]})),
    ("DROHA", ("Calvados Pays d'Auge Hors d'Âge", "Christian Drouin", "Calvados Pays d'Auge",
               "Normandie", F, None, "spiritueux", {70: [None]})),
    ("DRORE", ("Calvados Pays d'Auge Réserve", "Christian Drouin", "Calvados Pays d'Auge",
               "Normandie", F, None, "spiritueux", {70: [None]})),
    ("LAGA", ("Lagavulin 16 ans", "Lagavulin", "Scotch Whisky", "Islay", "Royaume-Uni", None,
              "spiritueux", {70: [None]})),
    ("GLENF", ("Glenfiddich 12 ans", "Glenfiddich", "Scotch Whisky", "Speyside", "Royaume-Uni", None,
               "spiritueux", {70: [None]})),
    ("NIKKA", ("Nikka From the Barrel", "Nikka", None, None, "Japon", None, "spiritueux", {50: [None]})),
    ("DIPLO", ("Diplomático Reserva Exclusiva", "Diplomático", None, None, "Venezuela", None,
               "spiritueux", {70: [None]})),
    ("CLEM", ("Rhum Vieux Clément VSOP", "Clément", "Rhum de la Martinique", "Martinique", F, None,
              "spiritueux", {70: [None]})),
    ("CITA", ("Citadelle Gin", "Citadelle", None, "Cognac", F, None, "spiritueux", {70: [None]})),
    ("HENDR", ("Hendrick's Gin", "Hendrick's", None, None, "Royaume-Uni", None, "spiritueux",
               {70: [None]})),
    ("GOOSE", ("Grey Goose", "Grey Goose", None, None, F, None, "spiritueux", {70: [None]})),
    ("CHARV", ("Chartreuse Verte", "Chartreuse", None, "Isère", F, None, "spiritueux", {70: [None]})),
    ("GET27", ("Get 27", "Get", None, None, F, None, "spiritueux", {70: [None]})),
    ("COINT", ("Cointreau", "Cointreau", None, "Anjou", F, None, "spiritueux", {70: [None]})),
    # --- Bières ---------------------------------------------------------------------------------------
    ("KRO", ("Kronenbourg", "Kronenbourg", None, "Alsace", F, None, "bière", {3000: [None]})),
    ("LEFFE", ("Leffe Blonde", "Leffe", None, None, "Belgique", None, "bière",
               {33: [None], 2000: [None]})),
    ("LEFFEBR", ("Leffe Brune", "Leffe", None, None, "Belgique", None, "bière", {33: [None]})),
    ("VEZBL", ("Vézelay Blonde", "Brasserie de Vézelay", None, B, F, None, "bière", {33: [None]})),
    ("VEZAM", ("Vézelay Ambrée", "Brasserie de Vézelay", None, B, F, None, "bière", {33: [None]})),
    ("CHIMB", ("Chimay Bleue", "Chimay", None, None, "Belgique", None, "bière", {33: [None]})),
    ("HEI00", ("Heineken 0.0", "Heineken", None, None, "Pays-Bas", None, "bière", {25: [None]})),
    # --- Softs ------------------------------------------------------------------------------------------
    ("COCA", ("Coca-Cola", "Coca-Cola", None, None, F, None, "soft", {33: [None]})),
    ("COCAZ", ("Coca-Cola Zéro", "Coca-Cola", None, None, F, None, "soft", {33: [None]})),
    ("ORANG", ("Orangina", "Orangina", None, None, F, None, "soft", {25: [None]})),
    ("SCHW", ("Schweppes Indian Tonic", "Schweppes", None, None, F, None, "soft", {25: [None]})),
    ("PERR", ("Perrier", "Perrier", None, None, F, None, "soft", {33: [None]})),
    ("BADOIT", ("Badoit", "Badoit", None, None, F, None, "soft", {100: [None]})),
    ("EVIAN", ("Evian", "Evian", None, None, F, None, "soft", {50: [None], 100: [None]})),
    ("MILPO", ("Jus de Pomme", "Alain Milliat", None, None, F, None, "soft", {33: [None]})),
    ("MILAB", ("Nectar d'Abricot", "Alain Milliat", None, None, F, None, "soft", {33: [None]})),
    ("LORINA", ("Lorina Limonade", "Lorina", None, None, F, None, "soft", {33: [None]})),
    ("FUZE", ("Fuze Tea Pêche", "Fuze Tea", None, None, F, None, "soft", {25: [None]})),
]


def entries():
    """Yield (key, fields, format_cl, vintage) in id order."""
    for key, (name, prod, app, reg, ctry, col, cat, fmts) in PRODUCTS:
        for fmt in sorted(fmts):
            for v in sorted(fmts[fmt], key=lambda x: -1 if x is None else x):
                yield key, {"name": name, "producer": prod, "appellation": app, "region": reg, "country": ctry,
                                "colour": col, "category": cat}, fmt, v


if __name__ == "__main__":
    print(sum(1 for _ in entries()))
