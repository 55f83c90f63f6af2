# ruff: noqa: E501 (one drink a line: a data table reads better unwrapped)
"""The drinks of "La Table des Climats" (Beaune): the library of the BLIND matching set.

Each `W` line is one wine (same name, producer, appellation, colour and format) with the
vintages held; `build_burgundy.py` numbers the entries `c001`... in this order.
"""

from __future__ import annotations

from typing import NamedTuple


class W(NamedTuple):
    key: str
    name: str
    producer: str
    appellation: str | None
    region: str | None
    colour: str | None
    category: str
    format_cl: float
    vintages: tuple[int | None, ...]


CN = CB = MA = CC = "Bourgogne"
CH, BJ = "Bourgogne", "Beaujolais"
JU, RH, BX, CP = "Jura", "Vallée du Rhône", "Bordeaux", "Champagne"
R, B, RS, E, L = "rouge", "blanc", "rosé", "effervescent", "liquoreux"
NV = (None,)


def _w(key, name, producer, app, region, colour, cat="vin", fmt=75, vintages=NV) -> W:
    return W(key, name, producer, app, region, colour, cat, fmt, tuple(vintages))


WINES: list[W] = [
    # Côte de Nuits
    _w("pat-mars", "Marsannay", "Domaine Sylvain Pataille", "Marsannay", CN, R, vintages=(2020, 2021)),
    _w("pat-mars-rs", "Marsannay Rosé", "Domaine Sylvain Pataille", "Marsannay", CN, RS, vintages=(2022,)),
    _w("pat-alig", "Bourgogne Aligoté", "Domaine Sylvain Pataille", "Bourgogne Aligoté", CN, B, vintages=(2021,)),
    _w("clair-longe", "Marsannay Les Longeroies", "Domaine Bruno Clair", "Marsannay", CN, R, vintages=(2019,)),
    _w("fou-gc-vv", "Gevrey-Chambertin Vieilles Vignes", "Domaine Fourrier", "Gevrey-Chambertin", CN, R, vintages=(2017, 2019, 2020)),
    _w("fou-csj", "Gevrey-Chambertin 1er Cru Clos Saint-Jacques", "Domaine Fourrier", "Gevrey-Chambertin 1er Cru", CN, R, vintages=(2016, 2018)),
    _w("fou-cherb", "Gevrey-Chambertin 1er Cru Cherbaudes", "Domaine Fourrier", "Gevrey-Chambertin 1er Cru", CN, R, vintages=(2019,)),
    _w("clair-csj", "Gevrey-Chambertin 1er Cru Clos Saint-Jacques", "Domaine Bruno Clair", "Gevrey-Chambertin 1er Cru", CN, R, vintages=(2017,)),
    _w("mortet-5t", "Gevrey-Chambertin Mes Cinq Terroirs", "Domaine Denis Mortet", "Gevrey-Chambertin", CN, R, vintages=(2019, 2020)),
    _w("mortet-lavaut", "Gevrey-Chambertin 1er Cru Lavaut Saint-Jacques", "Domaine Denis Mortet", "Gevrey-Chambertin 1er Cru", CN, R, vintages=(2018,)),
    _w("duro-lavaut", "Gevrey-Chambertin 1er Cru Lavaut Saint-Jacques", "Domaine Duroché", "Gevrey-Chambertin 1er Cru", CN, R, vintages=(2019, 2020)),
    _w("duro-gc", "Gevrey-Chambertin", "Domaine Duroché", "Gevrey-Chambertin", CN, R, vintages=(2021,)),
    _w("rt-latri", "Latricières-Chambertin Grand Cru", "Domaine Rossignol-Trapet", "Latricières-Chambertin", CN, R, vintages=(2015, 2017)),
    _w("rt-gc-vv", "Gevrey-Chambertin Vieilles Vignes", "Domaine Rossignol-Trapet", "Gevrey-Chambertin", CN, R, vintages=(2020,)),
    _w("rt-gc-vv-mag", "Gevrey-Chambertin Vieilles Vignes", "Domaine Rossignol-Trapet", "Gevrey-Chambertin", CN, R, fmt=150, vintages=(2018,)),
    _w("arlaud-ruch", "Morey-Saint-Denis 1er Cru Les Ruchots", "Domaine Arlaud", "Morey-Saint-Denis 1er Cru", CN, R, vintages=(2018, 2020)),
    _w("arlaud-ronce", "Bourgogne Roncevie", "Domaine Arlaud", "Bourgogne", CN, R, vintages=(2021,)),
    _w("dujac-msd", "Morey-Saint-Denis", "Domaine Dujac", "Morey-Saint-Denis", CN, R, vintages=(2019,)),
    _w("dujac-msd-b", "Morey-Saint-Denis Blanc", "Domaine Dujac", "Morey-Saint-Denis", CN, B, vintages=(2020,)),
    _w("dujac-cdlr", "Clos de la Roche Grand Cru", "Domaine Dujac", "Clos de la Roche", CN, R, vintages=(2014, 2016)),
    _w("barthod-cm", "Chambolle-Musigny", "Domaine Ghislaine Barthod", "Chambolle-Musigny", CN, R, vintages=(2019, 2020)),
    _w("barthod-cras", "Chambolle-Musigny 1er Cru Les Cras", "Domaine Ghislaine Barthod", "Chambolle-Musigny 1er Cru", CN, R, vintages=(2017,)),
    _w("barthod-charm", "Chambolle-Musigny 1er Cru Les Charmes", "Domaine Ghislaine Barthod", "Chambolle-Musigny 1er Cru", CN, R, vintages=(2018,)),
    _w("as-charm", "Chambolle-Musigny 1er Cru Les Charmes", "Domaine Amiot-Servelle", "Chambolle-Musigny 1er Cru", CN, R, vintages=(2017, 2019)),
    _w("as-amour", "Chambolle-Musigny 1er Cru Les Amoureuses", "Domaine Amiot-Servelle", "Chambolle-Musigny 1er Cru", CN, R, vintages=(2016,)),
    _w("hn-vougeot", "Vougeot 1er Cru Les Petits Vougeot", "Domaine Hudelot-Noëllat", "Vougeot 1er Cru", CN, R, vintages=(2019,)),
    _w("hn-cdv", "Clos de Vougeot Grand Cru", "Domaine Hudelot-Noëllat", "Clos de Vougeot", CN, R, vintages=(2015, 2018)),
    _w("tour-cdv", "Clos de Vougeot Grand Cru Vieilles Vignes", "Château de la Tour", "Clos de Vougeot", CN, R, vintages=(2016,)),
    _w("agros-barr", "Vosne-Romanée Les Barreaux", "Domaine Anne Gros", "Vosne-Romanée", CN, R, vintages=(2019,)),
    _w("agros-cdv", "Clos de Vougeot Grand Cru Le Grand Maupertui", "Domaine Anne Gros", "Clos de Vougeot", CN, R, vintages=(2017,)),
    _w("mgros-reas", "Vosne-Romanée 1er Cru Clos des Réas", "Domaine Michel Gros", "Vosne-Romanée 1er Cru", CN, R, vintages=(2016, 2019)),
    _w("mgros-hcn", "Hautes-Côtes de Nuits", "Domaine Michel Gros", "Bourgogne Hautes-Côtes de Nuits", CN, R, vintages=(2021,)),
    _w("meo-vr", "Vosne-Romanée", "Domaine Méo-Camuzet", "Vosne-Romanée", CN, R, vintages=(2018, 2020)),
    _w("meo-murg", "Nuits-Saint-Georges 1er Cru Aux Murgers", "Domaine Méo-Camuzet", "Nuits-Saint-Georges 1er Cru", CN, R, vintages=(2017,)),
    _w("gouges-vauc", "Nuits-Saint-Georges 1er Cru Les Vaucrains", "Domaine Henri Gouges", "Nuits-Saint-Georges 1er Cru", CN, R, vintages=(2014, 2016)),
    _w("gouges-stg", "Nuits-Saint-Georges 1er Cru Les Saint-Georges", "Domaine Henri Gouges", "Nuits-Saint-Georges 1er Cru", CN, R, vintages=(2015,)),
    _w("gouges-nsg", "Nuits-Saint-Georges", "Domaine Henri Gouges", "Nuits-Saint-Georges", CN, R, vintages=(2020,)),
    _w("gouges-nsg-half", "Nuits-Saint-Georges", "Domaine Henri Gouges", "Nuits-Saint-Georges", CN, R, fmt=37.5, vintages=(2019,)),
    _w("chev-cailles", "Nuits-Saint-Georges 1er Cru Les Cailles", "Domaine Robert Chevillon", "Nuits-Saint-Georges 1er Cru", CN, R, vintages=(2017, 2019)),
    _w("chev-vv", "Nuits-Saint-Georges Vieilles Vignes", "Domaine Robert Chevillon", "Nuits-Saint-Georges", CN, R, vintages=(2020,)),
    _w("arlot-clos", "Nuits-Saint-Georges 1er Cru Clos de l'Arlot", "Domaine de l'Arlot", "Nuits-Saint-Georges 1er Cru", CN, R, vintages=(2018,)),
    _w("arlot-clos-b", "Nuits-Saint-Georges 1er Cru Clos de l'Arlot Blanc", "Domaine de l'Arlot", "Nuits-Saint-Georges 1er Cru", CN, B, vintages=(2019,)),
    # Côte de Beaune, reds
    _w("cdb-lav", "Savigny-lès-Beaune 1er Cru Les Lavières", "Domaine Chandon de Briailles", "Savigny-lès-Beaune 1er Cru", CB, R, vintages=(2018, 2019)),
    _w("cdb-ile", "Pernand-Vergelesses 1er Cru Île des Vergelesses", "Domaine Chandon de Briailles", "Pernand-Vergelesses 1er Cru", CB, R, vintages=(2017,)),
    _w("cdb-bress", "Corton Grand Cru Les Bressandes", "Domaine Chandon de Briailles", "Corton", CB, R, vintages=(2015,)),
    _w("tb-bress", "Corton Grand Cru Les Bressandes", "Domaine Tollot-Beaut", "Corton", CB, R, vintages=(2017,)),
    _w("tb-chorey", "Chorey-lès-Beaune", "Domaine Tollot-Beaut", "Chorey-lès-Beaune", CB, R, vintages=(2020, 2021)),
    _w("tb-chorey-half", "Chorey-lès-Beaune", "Domaine Tollot-Beaut", "Chorey-lès-Beaune", CB, R, fmt=37.5, vintages=(2020,)),
    _w("tb-greves", "Beaune 1er Cru Les Grèves", "Domaine Tollot-Beaut", "Beaune 1er Cru", CB, R, vintages=(2018,)),
    _w("bize-sav", "Savigny-lès-Beaune", "Domaine Simon Bize", "Savigny-lès-Beaune", CB, R, vintages=(2019, 2020, 2021)),
    _w("bize-verg", "Savigny-lès-Beaune 1er Cru Aux Vergelesses", "Domaine Simon Bize", "Savigny-lès-Beaune 1er Cru", CB, R, vintages=(2018,)),
    _w("bize-sav-b", "Savigny-lès-Beaune Blanc", "Domaine Simon Bize", "Savigny-lès-Beaune", CB, B, vintages=(2021,)),
    _w("bpf-enfant", "Beaune 1er Cru Grèves Vigne de l'Enfant Jésus", "Bouchard Père & Fils", "Beaune 1er Cru", CB, R, vintages=(2015, 2018)),
    _w("dro-mouches-r", "Beaune 1er Cru Clos des Mouches Rouge", "Maison Joseph Drouhin", "Beaune 1er Cru", CB, R, vintages=(2017,)),
    _w("dro-mouches-b", "Beaune 1er Cru Clos des Mouches Blanc", "Maison Joseph Drouhin", "Beaune 1er Cru", CB, B, vintages=(2018, 2020)),
    _w("dro-laforet", "Bourgogne Laforêt Chardonnay", "Maison Joseph Drouhin", "Bourgogne", CB, B, vintages=(2022,)),
    _w("laf-volnay", "Volnay Vendanges Sélectionnées", "Domaine Michel Lafarge", "Volnay", CB, R, vintages=(2019, 2020)),
    _w("laf-chenes", "Volnay 1er Cru Clos des Chênes", "Domaine Michel Lafarge", "Volnay 1er Cru", CB, R, vintages=(2016, 2017)),
    _w("ang-champ", "Volnay 1er Cru Champans", "Domaine Marquis d'Angerville", "Volnay 1er Cru", CB, R, vintages=(2017,)),
    _w("ang-ducs", "Volnay 1er Cru Clos des Ducs", "Domaine Marquis d'Angerville", "Volnay 1er Cru", CB, R, vintages=(2015, 2018)),
    _w("ang-ducs-mag", "Volnay 1er Cru Clos des Ducs", "Domaine Marquis d'Angerville", "Volnay 1er Cru", CB, R, fmt=150, vintages=(2015,)),
    _w("mont-taille", "Volnay 1er Cru Taillepieds", "Domaine de Montille", "Volnay 1er Cru", CB, R, vintages=(2016,)),
    _w("mont-rug", "Pommard 1er Cru Les Rugiens", "Domaine de Montille", "Pommard 1er Cru", CB, R, vintages=(2017, 2019)),
    _w("jmb-rug", "Pommard 1er Cru Les Rugiens", "Domaine Jean-Marc Boillot", "Pommard 1er Cru", CB, R, vintages=(2018,)),
    _w("armand-epe", "Pommard 1er Cru Clos des Épeneaux", "Domaine du Comte Armand", "Pommard 1er Cru", CB, R, vintages=(2014, 2016, 2019)),
    _w("armand-epe-half", "Pommard 1er Cru Clos des Épeneaux", "Domaine du Comte Armand", "Pommard 1er Cru", CB, R, fmt=37.5, vintages=(2017,)),
    _w("chevrot-mar", "Maranges 1er Cru Sur le Chêne", "Domaine Chevrot", "Maranges 1er Cru", CB, R, vintages=(2020,)),
    _w("hosp-rolin", "Beaune 1er Cru Cuvée Nicolas Rolin, Hospices de Beaune", "Maison Albert Bichot", "Beaune 1er Cru", CB, R, vintages=(2015,)),
    # Côte de Beaune, whites
    _w("bdm-cc", "Corton-Charlemagne Grand Cru", "Domaine Bonneau du Martray", "Corton-Charlemagne", CB, B, vintages=(2014, 2017, 2019)),
    _w("bdm-cc-mag", "Corton-Charlemagne Grand Cru", "Domaine Bonneau du Martray", "Corton-Charlemagne", CB, B, fmt=150, vintages=(2017,)),
    _w("rapet-cc", "Corton-Charlemagne Grand Cru", "Domaine Rapet Père et Fils", "Corton-Charlemagne", CB, B, vintages=(2018,)),
    _w("rapet-pv-b", "Pernand-Vergelesses Blanc", "Domaine Rapet Père et Fils", "Pernand-Vergelesses", CB, B, vintages=(2020, 2021)),
    _w("roulot-meur", "Meursault", "Domaine Roulot", "Meursault", CB, B, vintages=(2019, 2020)),
    _w("roulot-meur-half", "Meursault", "Domaine Roulot", "Meursault", CB, B, fmt=37.5, vintages=(2020,)),
    _w("roulot-luch", "Meursault Les Luchets", "Domaine Roulot", "Meursault", CB, B, vintages=(2018,)),
    _w("roulot-mp", "Meursault 1er Cru Clos des Bouchères", "Domaine Roulot", "Meursault 1er Cru", CB, B, vintages=(2017,)),
    _w("bc-goutte", "Meursault 1er Cru Goutte d'Or", "Domaine Buisson-Charles", "Meursault 1er Cru", CB, B, vintages=(2016, 2019)),
    _w("bc-vv", "Meursault Vieilles Vignes", "Domaine Buisson-Charles", "Meursault", CB, B, vintages=(2020,)),
    _w("bpf-genev", "Meursault 1er Cru Genevrières", "Bouchard Père & Fils", "Meursault 1er Cru", CB, B, vintages=(2017, 2018)),
    _w("lef-pm", "Puligny-Montrachet", "Domaine Leflaive", "Puligny-Montrachet", CB, B, vintages=(2019, 2020)),
    _w("lef-clav", "Puligny-Montrachet 1er Cru Clavoillon", "Domaine Leflaive", "Puligny-Montrachet 1er Cru", CB, B, vintages=(2018,)),
    _w("lef-puc", "Puligny-Montrachet 1er Cru Les Pucelles", "Domaine Leflaive", "Puligny-Montrachet 1er Cru", CB, B, vintages=(2015, 2017)),
    _w("lef-macon", "Mâcon-Verzé", "Domaine Leflaive", "Mâcon-Verzé", MA, B, vintages=(2021, 2022)),
    _w("hb-puc", "Puligny-Montrachet 1er Cru Les Pucelles", "Domaine Henri Boillot", "Puligny-Montrachet 1er Cru", CB, B, vintages=(2019,)),
    _w("sauz-pm", "Puligny-Montrachet", "Domaine Étienne Sauzet", "Puligny-Montrachet", CB, B, vintages=(2020,)),
    _w("sauz-pm-half", "Puligny-Montrachet", "Domaine Étienne Sauzet", "Puligny-Montrachet", CB, B, fmt=37.5, vintages=(2019,)),
    _w("sauz-comb", "Puligny-Montrachet 1er Cru Les Combettes", "Domaine Étienne Sauzet", "Puligny-Montrachet 1er Cru", CB, B, vintages=(2017, 2018)),
    _w("ramo-morg", "Chassagne-Montrachet 1er Cru Morgeot", "Domaine Ramonet", "Chassagne-Montrachet 1er Cru", CB, B, vintages=(2016, 2018)),
    _w("ramo-cm-r", "Chassagne-Montrachet Rouge", "Domaine Ramonet", "Chassagne-Montrachet", CB, R, vintages=(2019,)),
    _w("jng-caill", "Chassagne-Montrachet 1er Cru Les Caillerets", "Domaine Jean-Noël Gagnard", "Chassagne-Montrachet 1er Cru", CB, B, vintages=(2017, 2019)),
    _w("jng-cm", "Chassagne-Montrachet", "Domaine Jean-Noël Gagnard", "Chassagne-Montrachet", CB, B, vintages=(2021,)),
    _w("mcolin-rem", "Saint-Aubin 1er Cru En Remilly", "Domaine Marc Colin et Fils", "Saint-Aubin 1er Cru", CB, B, vintages=(2020, 2021)),
    _w("pycm-comb", "Saint-Aubin 1er Cru Les Combes", "Domaine Pierre-Yves Colin-Morey", "Saint-Aubin 1er Cru", CB, B, vintages=(2019,)),
    # Côte Chalonnaise
    _w("vill-bouz", "Bouzeron", "Domaine de Villaine", "Bouzeron", CC, B, vintages=(2021, 2022)),
    _w("vill-rully", "Rully Les Saint-Jacques", "Domaine de Villaine", "Rully", CC, B, vintages=(2020,)),
    _w("faiv-myg", "Mercurey 1er Cru Clos des Myglands", "Domaine Faiveley", "Mercurey 1er Cru", CC, R, vintages=(2019,)),
    _w("joblot-givry", "Givry 1er Cru Clos du Cellier aux Moines", "Domaine Joblot", "Givry 1er Cru", CC, R, vintages=(2018, 2020)),
    # Chablis
    _w("rav-mdt", "Chablis 1er Cru Montée de Tonnerre", "Domaine François Raveneau", "Chablis 1er Cru", CH, B, vintages=(2016, 2018)),
    _w("rav-butt", "Chablis 1er Cru Butteaux", "Domaine François Raveneau", "Chablis 1er Cru", CH, B, vintages=(2017,)),
    _w("rav-clos", "Chablis Grand Cru Les Clos", "Domaine François Raveneau", "Chablis Grand Cru", CH, B, vintages=(2015,)),
    _w("vdau-forest", "Chablis 1er Cru La Forest", "Domaine Vincent Dauvissat", "Chablis 1er Cru", CH, B, vintages=(2018, 2019)),
    _w("vdau-preuses", "Chablis Grand Cru Les Preuses", "Domaine Vincent Dauvissat", "Chablis Grand Cru", CH, B, vintages=(2017,)),
    _w("vdau-pc", "Petit Chablis", "Domaine Vincent Dauvissat", "Petit Chablis", CH, B, vintages=(2022,)),
    _w("bs-chab", "Chablis", "Domaine Billaud-Simon", "Chablis", CH, B, vintages=(2021, 2022)),
    _w("bs-chab-half", "Chablis", "Domaine Billaud-Simon", "Chablis", CH, B, fmt=37.5, vintages=(2021,)),
    _w("bs-mdm", "Chablis 1er Cru Mont de Milieu", "Domaine Billaud-Simon", "Chablis 1er Cru", CH, B, vintages=(2020,)),
    _w("pl-beau", "Chablis 1er Cru Beauregard", "Domaine Pattes Loup", "Chablis 1er Cru", CH, B, vintages=(2019,)),
    # Mâconnais
    _w("lafon-milly", "Mâcon-Milly-Lamartine", "Héritiers du Comte Lafon", "Mâcon-Milly-Lamartine", MA, B, vintages=(2021,)),
    _w("val-vc", "Viré-Clessé", "Domaine Valette", "Viré-Clessé", MA, B, vintages=(2019,)),
    _w("val-pf", "Pouilly-Fuissé Clos de Monsieur Noly", "Domaine Valette", "Pouilly-Fuissé", MA, B, vintages=(2018,)),
    _w("bong-ej", "Viré-Clessé Quintaine Cuvée EJ Thévenet", "Domaine de la Bongran", "Viré-Clessé", MA, B, vintages=(2015, 2017)),
    _w("barr-alli", "Pouilly-Fuissé Alliance", "Domaine Barraud", "Pouilly-Fuissé", MA, B, vintages=(2020, 2021)),
    _w("barr-sv", "Saint-Véran Les Pommards", "Domaine Barraud", "Saint-Véran", MA, B, vintages=(2021,)),
    _w("fuisse-tdc", "Pouilly-Fuissé Tête de Cru", "Château-Fuissé", "Pouilly-Fuissé", MA, B, vintages=(2020,)),
    # Beaujolais
    _w("foil-py", "Morgon Côte du Py", "Jean Foillard", "Morgon", BJ, R, vintages=(2019, 2020)),
    _w("foil-py-mag", "Morgon Côte du Py", "Jean Foillard", "Morgon", BJ, R, fmt=150, vintages=(2019,)),
    _w("foil-corc", "Morgon Corcelette", "Jean Foillard", "Morgon", BJ, R, vintages=(2021,)),
    _w("lap-morg", "Morgon", "Marcel Lapierre", "Morgon", BJ, R, vintages=(2021, 2022)),
    _w("sunier-fl", "Fleurie", "Julien Sunier", "Fleurie", BJ, R, vintages=(2021,)),
    _w("chig-mor", "Fleurie Les Moriers", "Domaine Chignard", "Fleurie", BJ, R, vintages=(2020,)),
    _w("thivin-cdb", "Côte de Brouilly Les Sept Vignes", "Château Thivin", "Côte de Brouilly", BJ, R, vintages=(2021, 2022)),
    _w("thill-chenas", "Chénas Les Carrières", "Domaine Thillardon", "Chénas", BJ, R, vintages=(2020,)),
    _w("roil-fl", "Fleurie", "Clos de la Roilette", "Fleurie", BJ, R, vintages=(2022,)),
    # Jura
    _w("tis-arb", "Arbois Chardonnay Les Bruyères", "Domaine Stéphane Tissot", "Arbois", JU, B, vintages=(2019,)),
    _w("tis-vj", "Arbois Vin Jaune", "Domaine Stéphane Tissot", "Arbois", JU, B, fmt=62, vintages=(2014, 2015)),
    _w("tis-crem", "Crémant du Jura Indigène", "Domaine Stéphane Tissot", "Crémant du Jura", JU, E, vintages=(2019,)),
    _w("macle-cc", "Château-Chalon", "Domaine Jean Macle", "Château-Chalon", JU, B, fmt=62, vintages=(2013, 2015)),
    _w("macle-cdj", "Côtes du Jura Chardonnay-Savagnin", "Domaine Jean Macle", "Côtes du Jura", JU, B, vintages=(2018,)),
    _w("montb-etoile", "L'Étoile", "Domaine de Montbourgeau", "L'Étoile", JU, B, vintages=(2019,)),
    _w("tis-poulsard", "Arbois Poulsard", "Domaine Stéphane Tissot", "Arbois", JU, R, vintages=(2021,)),
    # Rhône
    _w("jamet-cr", "Côte-Rôtie", "Domaine Jamet", "Côte-Rôtie", RH, R, vintages=(2017, 2019)),
    _w("clape-cornas", "Cornas", "Domaine Auguste Clape", "Cornas", RH, R, vintages=(2016,)),
    _w("graill-ch", "Crozes-Hermitage", "Domaine Alain Graillot", "Crozes-Hermitage", RH, R, vintages=(2020, 2021)),
    _w("graill-ch-b", "Crozes-Hermitage Blanc", "Domaine Alain Graillot", "Crozes-Hermitage", RH, B, vintages=(2022,)),
    _w("vernay-cond", "Condrieu Les Chaillées de l'Enfer", "Domaine Georges Vernay", "Condrieu", RH, B, vintages=(2020,)),
    _w("vt-cdp", "Châteauneuf-du-Pape La Crau", "Domaine du Vieux Télégraphe", "Châteauneuf-du-Pape", RH, R, vintages=(2016, 2019)),
    # Bordeaux
    _w("pontet", "Château Pontet-Canet", "Château Pontet-Canet", "Pauillac", BX, R, vintages=(2010, 2016)),
    _w("canon", "Château Canon", "Château Canon", "Saint-Émilion Grand Cru", BX, R, vintages=(2015,)),
    _w("beych", "Château Beychevelle", "Château Beychevelle", "Saint-Julien", BX, R, vintages=(2014, 2018)),
    _w("dchev-r", "Domaine de Chevalier Rouge", "Domaine de Chevalier", "Pessac-Léognan", BX, R, vintages=(2015,)),
    _w("dchev-b", "Domaine de Chevalier Blanc", "Domaine de Chevalier", "Pessac-Léognan", BX, B, vintages=(2017, 2019)),
    _w("climens-half", "Château Climens", "Château Climens", "Barsac", BX, L, fmt=37.5, vintages=(2011,)),
    _w("climens", "Château Climens", "Château Climens", "Barsac", BX, L, vintages=(2009, 2015)),
    # Champagne and crémant
    _w("bs-res", "Billecart-Salmon Brut Réserve", "Billecart-Salmon", "Champagne", CP, E, "champagne"),
    _w("bs-res-half", "Billecart-Salmon Brut Réserve", "Billecart-Salmon", "Champagne", CP, E, "champagne", 37.5),
    _w("bs-res-mag", "Billecart-Salmon Brut Réserve", "Billecart-Salmon", "Champagne", CP, E, "champagne", 150),
    _w("bs-rose", "Billecart-Salmon Brut Rosé", "Billecart-Salmon", "Champagne", CP, RS, "champagne"),
    _w("bs-bdb", "Billecart-Salmon Blanc de Blancs", "Billecart-Salmon", "Champagne", CP, E, "champagne", vintages=(2012,)),
    _w("pr-res", "Pol Roger Brut Réserve", "Pol Roger", "Champagne", CP, E, "champagne"),
    _w("pr-vint", "Pol Roger Brut Vintage", "Pol Roger", "Champagne", CP, E, "champagne", vintages=(2013, 2015)),
    _w("boll-sc", "Bollinger Special Cuvée", "Bollinger", "Champagne", CP, E, "champagne"),
    _w("boll-gda", "Bollinger La Grande Année", "Bollinger", "Champagne", CP, E, "champagne", vintages=(2014,)),
    _w("krug-gc", "Krug Grande Cuvée 170ème Édition", "Krug", "Champagne", CP, E, "champagne"),
    _w("roed-244", "Louis Roederer Collection 244", "Louis Roederer", "Champagne", CP, E, "champagne"),
    _w("ch-heid-res", "Charles Heidsieck Brut Réserve", "Charles Heidsieck", "Champagne", CP, E, "champagne"),
    _w("peters-res", "Pierre Péters Cuvée de Réserve Blanc de Blancs", "Pierre Péters", "Champagne", CP, E, "champagne"),
    _w("peters-chet", "Pierre Péters Les Chétillons", "Pierre Péters", "Champagne", CP, E, "champagne", vintages=(2013, 2014)),
    _w("lb-lat", "Larmandier-Bernier Latitude", "Larmandier-Bernier", "Champagne", CP, E, "champagne"),
    _w("lb-tdv", "Larmandier-Bernier Terre de Vertus", "Larmandier-Bernier", "Champagne", CP, E, "champagne", vintages=(2016,)),
    _w("lb-rose", "Larmandier-Bernier Rosé de Saignée", "Larmandier-Bernier", "Champagne", CP, RS, "champagne"),
    _w("egly-trad", "Egly-Ouriet Brut Tradition Grand Cru", "Egly-Ouriet", "Champagne", CP, E, "champagne"),
    _w("agra-7c", "Agrapart 7 Crus", "Agrapart", "Champagne", CP, E, "champagne"),
    _w("agra-min", "Agrapart Minéral Extra Brut", "Agrapart", "Champagne", CP, E, "champagne", vintages=(2016,)),
    _w("vilm-gr", "Vilmart Grande Réserve", "Vilmart & Cie", "Champagne", CP, E, "champagne"),
    _w("vilm-cdc", "Vilmart Cœur de Cuvée", "Vilmart & Cie", "Champagne", CP, E, "champagne", vintages=(2014,)),
    _w("pica-crem", "Crémant de Bourgogne Brut", "Louis Picamelot", "Crémant de Bourgogne", CB, E),
    _w("pica-crem-rs", "Crémant de Bourgogne Rosé", "Louis Picamelot", "Crémant de Bourgogne", CB, RS),
    # Spirits, liqueurs, aperitifs
    _w("jac-marc", "Marc de Bourgogne 10 ans", "Maison Jacoulot", "Marc de Bourgogne", CB, None, "spiritueux", 70),
    _w("jac-fine", "Fine de Bourgogne", "Maison Jacoulot", "Fine de Bourgogne", CB, None, "spiritueux", 70),
    _w("roulot-marc", "Marc de Bourgogne", "Domaine Roulot", "Marc de Bourgogne", CB, None, "spiritueux", 50),
    _w("jac-rata", "Ratafia de Bourgogne", "Maison Jacoulot", "Ratafia de Bourgogne", CB, None, "autre", 70),
    _w("lejay-cassis", "Crème de Cassis de Dijon", "Lejay-Lagoute", "Crème de Cassis de Dijon", CB, None, "autre", 70),
    _w("joan-cassis", "Crème de Cassis de Bourgogne", "Joannet", "Crème de Cassis de Bourgogne", CB, None, "autre", 50),
    _w("joan-peche", "Crème de Pêche de Vigne", "Joannet", None, CB, None, "autre", 50),
    _w("macvin", "Macvin du Jura", "Domaine Stéphane Tissot", "Macvin du Jura", JU, None, "autre", 75),
    _w("couv-over", "Michel Couvreur Overaged Malt", "Michel Couvreur", None, CB, None, "spiritueux", 70),
    _w("frapin-vsop", "Frapin VSOP Grande Champagne", "Frapin", "Cognac", "Cognac", None, "spiritueux", 70),
    _w("chart-v", "Chartreuse Verte", "Chartreuse", None, "Isère", None, "spiritueux", 70),
    _w("mass-poire", "Poire Williams", "Massenez", None, "Alsace", None, "spiritueux", 70),
    # Beers
    _w("vez-blonde-keg", "Vézelay Blonde (pression)", "Brasserie de Vézelay", None, CB, None, "bière", 3000),
    _w("vez-ambree", "Vézelay Ambrée", "Brasserie de Vézelay", None, CB, None, "bière", 33),
    _w("vez-ipa", "Vézelay IPA", "Brasserie de Vézelay", None, CB, None, "bière", 33),
    _w("vez-sa", "Vézelay Sans Alcool", "Brasserie de Vézelay", None, CB, None, "bière", 33),
    # Waters, softs
    _w("badoit-100", "Badoit", "Badoit", None, None, None, "soft", 100),
    _w("badoit-50", "Badoit", "Badoit", None, None, None, "soft", 50),
    _w("evian-100", "Evian", "Evian", None, None, None, "soft", 100),
    _w("chateldon", "Châteldon", "Châteldon", None, None, None, "soft", 75),
    _w("coca", "Coca-Cola", "Coca-Cola", None, None, None, "soft", 33),
    _w("schw-tonic", "Schweppes Indian Tonic", "Schweppes", None, None, None, "soft", 25),
    _w("lorina", "Limonade Lorina", "Lorina", None, None, None, "soft", 33),
    _w("milliat-raisin", "Jus de Raisin Rouge", "Alain Milliat", None, None, None, "soft", 33),
    _w("milliat-abricot", "Nectar d'Abricot", "Alain Milliat", None, None, None, "soft", 33),
    _w("milliat-tomate", "Jus de Tomate", "Alain Milliat", None, None, None, "soft", 33),
]
