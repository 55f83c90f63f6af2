"""The drinks library of "Le Relais des Remparts" (Sens, Yonne).

Each row: (key, name, producer, appellation, region, colour, category,
[(format_cl, [vintages])], country). A key groups the formats of one wine
(a half bottle or a magnum is an entry of its own, with its own vintages).
"""
B, CH, CB, CN = "Bourgogne", "Chablis", "Côte de Beaune", "Côte de Nuits"
W, R, S, RS = "blanc", "rouge", "effervescent", "rosé"
F = "France"
DRINKS = [
    # Chablis
    ("brocard-sc", "Chablis Sainte-Claire", "Domaine Jean-Marc Brocard", "Chablis", B, W, "vin", [(75, [2021, 2022]), (37.5, [2022])], F),
    ("brocard-mm", "Chablis Premier Cru Montmains", "Domaine Jean-Marc Brocard", "Chablis Premier Cru", B, W, "vin", [(75, [2019, 2021])], F),
    ("fevre-ch", "Chablis", "Domaine William Fèvre", "Chablis", B, W, "vin", [(75, [2022]), (150, [2021])], F),
    ("fevre-fo", "Chablis Premier Cru Fourchaume Vignoble de Vaulorent", "Domaine William Fèvre", "Chablis Premier Cru", B, W, "vin", [(75, [2019, 2020])], F),
    ("fevre-bg", "Chablis Grand Cru Bougros Côte Bouguerots", "Domaine William Fèvre", "Chablis Grand Cru", B, W, "vin", [(75, [2018])], F),
    ("laroche-sm", "Chablis Saint Martin", "Domaine Laroche", "Chablis", B, W, "vin", [(75, [2021, 2022]), (37.5, [2022])], F),
    ("laroche-va", "Chablis Premier Cru Les Vaillons", "Domaine Laroche", "Chablis Premier Cru", B, W, "vin", [(75, [2020])], F),
    ("michel-mdt", "Chablis Premier Cru Montée de Tonnerre", "Domaine Louis Michel et Fils", "Chablis Premier Cru", B, W, "vin", [(75, [2018, 2020, 2021])], F),
    ("michel-ch", "Chablis", "Domaine Louis Michel et Fils", "Chablis", B, W, "vin", [(75, [2022])], F),
    ("dauv-se", "Chablis Premier Cru Séchet", "Domaine Vincent Dauvissat", "Chablis Premier Cru", B, W, "vin", [(75, [2019])], F),
    ("dauv-pr", "Chablis Grand Cru Les Preuses", "Domaine Vincent Dauvissat", "Chablis Grand Cru", B, W, "vin", [(75, [2017, 2019])], F),
    ("chab-gren", "Château Grenouilles", "La Chablisienne", "Chablis Grand Cru", B, W, "vin", [(75, [2018]), (150, [2017])], F),
    ("chab-ven", "Chablis Vieilles Vignes Les Vénérables", "La Chablisienne", "Chablis", B, W, "vin", [(75, [2020, 2021])], F),
    ("chab-pc", "Petit Chablis Pas si Petit", "La Chablisienne", "Petit Chablis", B, W, "vin", [(75, [2022])], F),
    ("bs-pc", "Petit Chablis", "Domaine Billaud-Simon", "Petit Chablis", B, W, "vin", [(75, [2022])], F),
    ("droin-vd", "Chablis Grand Cru Vaudésir", "Domaine Jean-Paul et Benoît Droin", "Chablis Grand Cru", B, W, "vin", [(75, [2019, 2020])], F),
    ("droin-mdm", "Chablis Premier Cru Mont de Milieu", "Domaine Jean-Paul et Benoît Droin", "Chablis Premier Cru", B, W, "vin", [(75, [2021])], F),
    ("bs-mdm", "Chablis Premier Cru Mont de Milieu", "Domaine Billaud-Simon", "Chablis Premier Cru", B, W, "vin", [(75, [2020])], F),
    ("pinson-cl", "Chablis Grand Cru Les Clos", "Domaine Pinson Frères", "Chablis Grand Cru", B, W, "vin", [(75, [2018, 2020])], F),
    ("ld-mout", "La Moutonne", "Domaine Long-Depaquit", "Chablis Grand Cru", B, W, "vin", [(75, [2017])], F),
    # Auxerrois, Tonnerrois, Vézelien
    ("col-pal", "Irancy Palotte", "Domaine Colinot", "Irancy", B, R, "vin", [(75, [2019, 2020])], F),
    ("col-ir", "Irancy", "Domaine Colinot", "Irancy", B, R, "vin", [(75, [2021])], F),
    ("rich-vea", "Irancy Veaupessiot", "Domaine Thierry Richoux", "Irancy", B, R, "vin", [(75, [2018])], F),
    ("cantin-ir", "Irancy", "Domaine Benoît Cantin", "Irancy", B, R, "vin", [(75, [2020]), (37.5, [2020])], F),
    ("goi-exo", "Saint-Bris Exogyra Virgula", "Domaine Goisot", "Saint-Bris", B, W, "vin", [(75, [2021, 2022])], F),
    ("bersan-sb", "Saint-Bris", "Domaine Bersan", "Saint-Bris", B, W, "vin", [(75, [2022])], F),
    ("goi-ali", "Bourgogne Aligoté", "Domaine Goisot", "Bourgogne Aligoté", B, W, "vin", [(75, [2022])], F),
    ("goi-cdg", "Bourgogne Côtes d'Auxerre Corps de Garde", "Domaine Goisot", "Bourgogne Côtes d'Auxerre", B, R, "vin", [(75, [2020])], F),
    ("cad-chat", "Vézelay La Châtelaine", "Domaine de la Cadette", "Vézelay", B, W, "vin", [(75, [2022])], F),
    ("pq-epi", "Bourgogne Épineuil", "Domaine de l'Abbaye du Petit Quincy", "Bourgogne Épineuil", B, R, "vin", [(75, [2020, 2021])], F),
    ("bouch-pn", "Bourgogne Pinot Noir La Vignée", "Bouchard Père et Fils", "Bourgogne", B, R, "vin", [(75, [2021])], F),
    ("bouch-ch", "Bourgogne Chardonnay La Vignée", "Bouchard Père et Fils", "Bourgogne", B, W, "vin", [(75, [2022])], F),
    ("cdr-coul", "Bourgogne Coulanges-la-Vineuse", "Domaine du Clos du Roi", "Bourgogne Coulanges-la-Vineuse", B, R, "vin", [(75, [2020])], F),
    # Côte de Beaune
    ("drouhin-cdm-r", "Beaune Premier Cru Clos des Mouches", "Maison Joseph Drouhin", "Beaune Premier Cru", B, R, "vin", [(75, [2018, 2019])], F),
    ("drouhin-cdm-b", "Beaune Premier Cru Clos des Mouches", "Maison Joseph Drouhin", "Beaune Premier Cru", B, W, "vin", [(75, [2019])], F),
    ("bize-sav", "Savigny-lès-Beaune Aux Grands Liards", "Domaine Simon Bize et Fils", "Savigny-lès-Beaune", B, R, "vin", [(75, [2019])], F),
    ("ang-vol", "Volnay Premier Cru Champans", "Domaine Marquis d'Angerville", "Volnay Premier Cru", B, R, "vin", [(75, [2017])], F),
    ("courcel-pom", "Pommard Premier Cru Grand Clos des Épenots", "Domaine de Courcel", "Pommard Premier Cru", B, R, "vin", [(75, [2016, 2018])], F),
    ("bc-meur", "Meursault Vieilles Vignes", "Domaine Buisson-Charles", "Meursault", B, W, "vin", [(75, [2020, 2021])], F),
    ("ol-pul", "Puligny-Montrachet", "Olivier Leflaive", "Puligny-Montrachet", B, W, "vin", [(75, [2020]), (37.5, [2020])], F),
    ("gir-san", "Santenay Vieilles Vignes", "Domaine Vincent Girardin", "Santenay", B, R, "vin", [(75, [2019])], F),
    ("bdm-cc", "Corton-Charlemagne", "Domaine Bonneau du Martray", "Corton-Charlemagne Grand Cru", B, W, "vin", [(75, [2017])], F),
    # Côte de Nuits
    ("rt-gev", "Gevrey-Chambertin Vieilles Vignes", "Domaine Rossignol-Trapet", "Gevrey-Chambertin", B, R, "vin", [(75, [2019, 2020]), (150, [2018])], F),
    ("faiv-nsg", "Nuits-Saint-Georges", "Domaine Faiveley", "Nuits-Saint-Georges", B, R, "vin", [(75, [2019])], F),
    ("gouges-vau", "Nuits-Saint-Georges Premier Cru Les Vaucrains", "Domaine Henri Gouges", "Nuits-Saint-Georges Premier Cru", B, R, "vin", [(75, [2016])], F),
    ("gros-vosne", "Vosne-Romanée", "Domaine Gros Frère et Sœur", "Vosne-Romanée", B, R, "vin", [(75, [2018])], F),
    ("amiot-cham", "Chambolle-Musigny", "Domaine Amiot-Servelle", "Chambolle-Musigny", B, R, "vin", [(75, [2019, 2021])], F),
    ("clair-mar-r", "Marsannay Les Longeroies", "Domaine Bruno Clair", "Marsannay", B, R, "vin", [(75, [2020])], F),
    ("clair-mar-rs", "Marsannay Rosé", "Domaine Bruno Clair", "Marsannay", B, RS, "vin", [(75, [2022])], F),
    ("dujac-morey", "Morey-Saint-Denis", "Domaine Dujac", "Morey-Saint-Denis", B, R, "vin", [(75, [2018])], F),
    # sparkling
    ("bailly-res", "Crémant de Bourgogne Réserve Brut", "Bailly Lapierre", "Crémant de Bourgogne", B, S, "vin", [(75, [None]), (37.5, [None]), (150, [None])], F),
    ("bailly-rose", "Crémant de Bourgogne Rosé Brut", "Bailly Lapierre", "Crémant de Bourgogne", B, RS, "vin", [(75, [None])], F),
    ("sf-cremant", "Crémant de Bourgogne Brut", "Simonnet-Febvre", "Crémant de Bourgogne", B, S, "vin", [(75, [None])], F),
    ("drappier", "Carte d'Or Brut", "Champagne Drappier", "Champagne", "Champagne", S, "champagne", [(75, [None]), (37.5, [None]), (150, [None])], F),
    # Burgundy liqueurs and eaux-de-vie
    ("ratafia", "Ratafia de Bourgogne", "Bailly Lapierre", None, B, None, "autre", [(70, [None])], F),
    ("marc", "Marc de Bourgogne", "Gabriel Boudier", None, B, None, "spiritueux", [(70, [None])], F),
    ("lejay-cassis", "Crème de Cassis de Dijon", "Lejay-Lagoute", None, B, None, "spiritueux", [(70, [None])], F),
    ("boudier-cassis", "Crème de Cassis de Bourgogne", "Gabriel Boudier", None, B, None, "spiritueux", [(70, [None])], F),
    ("boudier-peche", "Crème de Pêche de Vigne", "Gabriel Boudier", None, B, None, "spiritueux", [(50, [None])], F),
    ("vedrenne-super", "Super Cassis", "Védrenne", None, B, None, "spiritueux", [(70, [None])], F),
    # aperitifs and spirits
    ("ricard", "Ricard", "Pernod Ricard", None, None, None, "spiritueux", [(70, [None])], F),
    ("suze", "Suze", "Suze", None, None, None, "spiritueux", [(70, [None])], F),
    ("martini-bianco", "Martini Bianco", "Martini", None, None, None, "autre", [(100, [None])], "Italie"),
    ("lillet", "Lillet Blanc", "Lillet", None, "Bordeaux", None, "autre", [(75, [None])], F),
    ("sandeman-ruby", "Porto Ruby", "Sandeman", "Porto", None, None, "autre", [(75, [None])], "Portugal"),
    ("get27", "Get 27", "Get", None, None, None, "spiritueux", [(70, [None])], F),
    ("remy-vsop", "Cognac VSOP", "Rémy Martin", "Cognac", None, None, "spiritueux", [(70, [None])], F),
    ("boulard-vsop", "Calvados Pays d'Auge VSOP", "Calvados Boulard", "Calvados Pays d'Auge", None, None, "spiritueux", [(70, [None])], F),
    ("chivas12", "Chivas Regal 12 ans", "Chivas Brothers", None, None, None, "spiritueux", [(70, [None])], "Écosse"),
    ("jameson", "Jameson", "Jameson", None, None, None, "spiritueux", [(70, [None])], "Irlande"),
    ("glenmo10", "Glenmorangie The Original 10 ans", "Glenmorangie", None, None, None, "spiritueux", [(70, [None])], "Écosse"),
    ("absolut", "Absolut Vodka", "Absolut", None, None, None, "spiritueux", [(70, [None])], "Suède"),
    ("bombay", "Bombay Sapphire", "Bombay", None, None, None, "spiritueux", [(70, [None])], "Angleterre"),
    ("havana3", "Havana Club Añejo 3 Años", "Havana Club", None, None, None, "spiritueux", [(70, [None])], "Cuba"),
    ("massenez-poire", "Poire Williams", "G. E. Massenez", None, None, None, "spiritueux", [(70, [None])], F),
    ("chartreuse-v", "Chartreuse Verte", "Chartreuse", None, None, None, "spiritueux", [(70, [None])], F),
    ("cointreau", "Cointreau", "Cointreau", None, None, None, "spiritueux", [(70, [None])], F),
    ("baileys", "Baileys Original Irish Cream", "Baileys", None, None, None, "spiritueux", [(70, [None])], "Irlande"),
    # beers (draught held as the keg)
    ("k1664", "Kronenbourg 1664", "Kronenbourg", None, None, None, "bière", [(3000, [None]), (25, [None])], F),
    ("grimbergen", "Grimbergen Blonde", "Grimbergen", None, None, None, "bière", [(2000, [None])], "Belgique"),
    ("leffe", "Leffe Blonde", "Leffe", None, None, None, "bière", [(33, [None])], "Belgique"),
    ("chimay-bleue", "Chimay Bleue", "Chimay", None, None, None, "bière", [(33, [None])], "Belgique"),
    ("desperados", "Desperados", "Heineken", None, None, None, "bière", [(33, [None])], "Pays-Bas"),
    ("heineken", "Heineken", "Heineken", None, None, None, "bière", [(25, [None])], "Pays-Bas"),
    # softs and waters
    ("coca", "Coca-Cola", "Coca-Cola", None, None, None, "soft", [(33, [None])], F),
    ("coca-zero", "Coca-Cola Zéro", "Coca-Cola", None, None, None, "soft", [(33, [None])], F),
    ("orangina", "Orangina", "Orangina", None, None, None, "soft", [(25, [None])], F),
    ("perrier", "Perrier", "Perrier", None, None, None, "soft", [(33, [None])], F),
    ("badoit", "Badoit", "Badoit", None, None, None, "soft", [(100, [None]), (50, [None])], F),
    ("evian", "Evian", "Evian", None, None, None, "soft", [(100, [None]), (50, [None])], F),
    ("schweppes", "Schweppes Indian Tonic", "Schweppes", None, None, None, "soft", [(25, [None])], F),
    ("pago-orange", "Pago Orange", "Pago", None, None, None, "soft", [(20, [None])], "Autriche"),
    ("icetea", "Lipton Ice Tea Pêche", "Lipton", None, None, None, "soft", [(25, [None])], F),
]


def library():
    """Expand DRINKS to entries; returns (rows, key_of_id)."""
    rows, keys = [], {}
    for key, name, prod, app, reg, col, cat, formats, country in DRINKS:
        for fmt, vintages in formats:
            for v in vintages:
                i = "sn%03d" % (len(rows) + 1)
                rows.append({"id": i, "name": name, "producer": prod, "appellation": app,
                             "region": reg, "country": country, "colour": col,
                             "category": cat, "vintage": v, "format_cl": fmt})
                keys[i] = key
    return rows, keys
