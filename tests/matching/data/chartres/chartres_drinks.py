"""Library of "Le Grand Monarque du Parvis" (invented), Chartres.

Row: key | group | name | producer | appellation | region | [country |] colour | category | vintages | format_cl | family
family = banquet article digit: 1 red, 2 white/sweet, 3 rosé, 4 champagne/sparkling,
5 aperitif, 6 spirit/liqueur, 7 beer, 8 soft.  A group ties the 75 cl, half and magnum of one wine.
"""
ROWS = """
chinon|chinon|Chinon Les Grézeaux|Domaine Bernard Baudry|Chinon|Loire|rouge|vin|2019,2021|75|1
bourgueil|bourgueil|Bourgueil Les Cent Boisselées|Domaine Pierre-Jacques Druet|Bourgueil|Loire|rouge|vin|2020|75|1
saumurch|saumurch|Saumur-Champigny|Château de Villeneuve|Saumur-Champigny|Loire|rouge|vin|2020,2022|75|1
sancr|sancr|Sancerre rouge|Domaine Vacheron|Sancerre|Loire|rouge|vin|2021|75|1
sancb|sancb|Sancerre blanc|Pascal Jolivet|Sancerre|Loire|blanc|vin|2022,2023|75|2
sancb_h|sancb|Sancerre blanc|Pascal Jolivet|Sancerre|Loire|blanc|vin|2022|37.5|2
pfume|pfume|Pouilly-Fumé Les Angelots|Domaine Masson-Blondelet|Pouilly-Fumé|Loire|blanc|vin|2022|75|2
vouvray|vouvray|Vouvray Le Haut-Lieu sec|Domaine Huet|Vouvray|Loire|blanc|vin|2021|75|2
menetou|menetou|Menetou-Salon Morogues|Domaine Henry Pellé|Menetou-Salon|Loire|blanc|vin|2022|75|2
muscadet|muscadet|Muscadet Sèvre-et-Maine sur lie|Domaine de la Pépière|Muscadet Sèvre-et-Maine|Loire|blanc|vin|2022|75|2
tourb|tourb|Touraine Sauvignon|Domaine Bellevue|Touraine|Loire|blanc|vin|2023|75|2
tourr|tourr|Touraine Gamay|Domaine Bellevue|Touraine|Loire|rouge|vin|2023|75|1
roseloire|roseloire|Rosé de Loire|Domaine Ogereau|Rosé de Loire|Loire|rosé|vin|2023|75|3
cremloire|cremloire|Crémant de Loire Brut|Gratien & Meyer|Crémant de Loire|Loire|effervescent|vin||75|4
gloria|gloria|Château Gloria|Château Gloria|Saint-Julien|Bordeaux|rouge|vin|2015,2016,2018|75|1
gloria_m|gloria|Château Gloria|Château Gloria|Saint-Julien|Bordeaux|rouge|vin|2016|150|1
larose|larose|Château Larose-Trintaudon|Château Larose-Trintaudon|Haut-Médoc|Bordeaux|rouge|vin|2018,2019|75|1
larose_h|larose|Château Larose-Trintaudon|Château Larose-Trintaudon|Haut-Médoc|Bordeaux|rouge|vin|2019|37.5|1
cantemerle|cantemerle|Château Cantemerle|Château Cantemerle|Haut-Médoc|Bordeaux|rouge|vin|2017|75|1
pressac|pressac|Château de Pressac|Château de Pressac|Saint-Émilion Grand Cru|Bordeaux|rouge|vin|2016,2019|75|1
croixgay|croixgay|Château La Croix de Gay|Château La Croix de Gay|Pomerol|Bordeaux|rouge|vin|2017|75|1
carbr|carbr|Château Carbonnieux rouge|Château Carbonnieux|Pessac-Léognan|Bordeaux|rouge|vin|2018|75|1
carbb|carbb|Château Carbonnieux blanc|Château Carbonnieux|Pessac-Léognan|Bordeaux|blanc|vin|2020|75|2
prieure|prieure|Château Prieuré-Lichine|Château Prieuré-Lichine|Margaux|Bordeaux|rouge|vin|2015,2018|75|1
reignac|reignac|Château Reignac|Château Reignac|Bordeaux Supérieur|Bordeaux|rouge|vin|2019|75|1
bonnet|bonnet|Château Bonnet blanc|André Lurton|Entre-deux-Mers|Bordeaux|blanc|vin|2023|75|2
suduiraut|suduiraut|Château Suduiraut|Château Suduiraut|Sauternes|Bordeaux|liquoreux|vin|2015|37.5|2
chablis|chablis|Chablis Sainte-Claire|Jean-Marc Brocard|Chablis|Bourgogne|blanc|vin|2021,2022|75|2
chablis1|chablis1|Chablis 1er Cru Montmains|Jean-Marc Brocard|Chablis Premier Cru|Bourgogne|blanc|vin|2020|75|2
laforet|laforet|Bourgogne Pinot Noir Laforêt|Joseph Drouhin|Bourgogne|Bourgogne|rouge|vin|2021|75|1
mercurey|mercurey|Mercurey rouge|Château de Chamirey|Mercurey|Bourgogne|rouge|vin|2020|75|1
gevrey|gevrey|Gevrey-Chambertin|Domaine Harmand-Geoffroy|Gevrey-Chambertin|Bourgogne|rouge|vin|2019,2020|75|1
meursault|meursault|Meursault|Bouchard Père & Fils|Meursault|Bourgogne|blanc|vin|2020|75|2
pfuisse|pfuisse|Pouilly-Fuissé Tête de Cru|Château Fuissé|Pouilly-Fuissé|Bourgogne|blanc|vin|2021|75|2
lugny|lugny|Mâcon-Lugny Les Charmes|Cave de Lugny|Mâcon-Lugny|Bourgogne|blanc|vin|2022|75|2
morgon|morgon|Morgon Côte du Py|Jean Foillard|Morgon|Beaujolais|rouge|vin|2021|75|1
belleruche|belleruche|Côtes-du-Rhône Belleruche|M. Chapoutier|Côtes-du-Rhône|Rhône|rouge|vin|2022|75|1
telegraphe|telegraphe|Châteauneuf-du-Pape La Crau|Domaine du Vieux Télégraphe|Châteauneuf-du-Pape|Rhône|rouge|vin|2019|75|1
whisp|whisp|Whispering Angel|Château d'Esclans|Côtes de Provence|Provence|rosé|vin|2023|75|3
whisp_m|whisp|Whispering Angel|Château d'Esclans|Côtes de Provence|Provence|rosé|vin|2023|150|3
riesling|riesling|Riesling|Trimbach|Alsace|Alsace|blanc|vin|2020,2021|75|2
gewurz|gewurz|Gewurztraminer|Trimbach|Alsace|Alsace|blanc|vin|2020|75|2
pgris|pgris|Pinot Gris Classic|Hugel|Alsace|Alsace|blanc|vin|2021|75|2
cremals|cremals|Crémant d'Alsace Brut|Wolfberger|Crémant d'Alsace|Alsace|effervescent|vin||75|4
drapcdo|drapcdo|Drappier Carte d'Or Brut|Drappier|Champagne|Champagne|effervescent|champagne||75|4
drapcdo_h|drapcdo|Drappier Carte d'Or Brut|Drappier|Champagne|Champagne|effervescent|champagne||37.5|4
drapcdo_m|drapcdo|Drappier Carte d'Or Brut|Drappier|Champagne|Champagne|effervescent|champagne||150|4
drapnat|drapnat|Drappier Brut Nature|Drappier|Champagne|Champagne|effervescent|champagne||75|4
polres|polres|Pol Roger Brut Réserve|Pol Roger|Champagne|Champagne|effervescent|champagne||75|4
polres_m|polres|Pol Roger Brut Réserve|Pol Roger|Champagne|Champagne|effervescent|champagne||150|4
polvint|polvint|Pol Roger Brut Vintage|Pol Roger|Champagne|Champagne|effervescent|champagne|2013,2015|75|4
ruinbdb|ruinbdb|Ruinart Blanc de Blancs|Ruinart|Champagne|Champagne|effervescent|champagne||75|4
ruinrose|ruinrose|Ruinart Rosé|Ruinart|Champagne|Champagne|rosé|champagne||75|4
vcp|vcp|Veuve Clicquot Brut Carte Jaune|Veuve Clicquot|Champagne|Champagne|effervescent|champagne||75|4
vcp_h|vcp|Veuve Clicquot Brut Carte Jaune|Veuve Clicquot|Champagne|Champagne|effervescent|champagne||37.5|4
lpcuvee|lpcuvee|Laurent-Perrier La Cuvée Brut|Laurent-Perrier|Champagne|Champagne|effervescent|champagne||75|4
lprose|lprose|Laurent-Perrier Cuvée Rosé|Laurent-Perrier|Champagne|Champagne|rosé|champagne||75|4
ricard|ricard|Ricard|Pernod Ricard|||France||spiritueux||100|5
suze|suze|Suze|Pernod Ricard|||France||spiritueux||100|5
campari|campari|Campari|Campari|||Italie||spiritueux||100|5
martrosso|martrosso|Martini Rosso|Martini|||Italie||autre||100|5
martbianco|martbianco|Martini Bianco|Martini|||Italie||autre||100|5
lillet|lillet|Lillet Blanc|Lillet|||France||autre||75|5
cassis|cassis|Crème de cassis de Bourgogne|Lejay-Lagoute|||France||spiritueux||70|5
portoruby|portoruby|Porto Fine Ruby|Taylor's|Porto||Portugal||autre||75|5
porto10|porto10|Porto Tawny 10 ans|Taylor's|Porto||Portugal||autre||75|5
pineau|pineau|Pineau des Charentes blanc|Château de Beaulon|Pineau des Charentes||France||autre||75|5
martellvs|martellvs|Cognac Martell VS|Martell|Cognac||France||spiritueux||70|6
martellcb|martellcb|Cognac Martell Cordon Bleu|Martell|Cognac||France||spiritueux||70|6
laubvsop|laubvsop|Bas-Armagnac Château de Laubade VSOP|Château de Laubade|Bas-Armagnac||France||spiritueux||70|6
laubxo|laubxo|Bas-Armagnac Château de Laubade XO|Château de Laubade|Bas-Armagnac||France||spiritueux||70|6
drouin|drouin|Calvados Pays d'Auge Réserve|Christian Drouin|Calvados Pays d'Auge||France||spiritueux||70|6
magloire|magloire|Calvados Père Magloire VSOP|Père Magloire|Calvados||France||spiritueux||70|6
chartv|chartv|Chartreuse Verte|Chartreuse Diffusion|||France||spiritueux||70|6
chartj|chartj|Chartreuse Jaune|Chartreuse Diffusion|||France||spiritueux||70|6
grandm|grandm|Grand Marnier Cordon Rouge|Marnier-Lapostolle|||France||spiritueux||70|6
cointreau|cointreau|Cointreau|Rémy Cointreau|||France||spiritueux||70|6
poire|poire|Poire Williams|Massenez|||France||spiritueux||70|6
talisker|talisker|Talisker 10 ans|Talisker|||Écosse||spiritueux||70|6
lagavulin|lagavulin|Lagavulin 16 ans|Lagavulin|||Écosse||spiritueux||70|6
jb|jb|J&B Rare|J&B|||Écosse||spiritueux||70|6
bombay|bombay|Bombay Sapphire|Bombay|||Angleterre||spiritueux||70|6
hendricks|hendricks|Hendrick's Gin|Hendrick's|||Écosse||spiritueux||70|6
absolut|absolut|Absolut Vodka|Absolut|||Suède||spiritueux||70|6
stjames|stjames|Rhum Saint James Royal Ambré|Saint James|||Martinique||spiritueux||70|6
bacardi|bacardi|Bacardi Carta Blanca|Bacardi|||Cuba||spiritueux||70|6
affligem|affligem|Affligem Blonde pression|Affligem|||Belgique||bière||2000|7
kro|kro|Kronenbourg pression|Kronenbourg|||France||bière||3000|7
pelforthb|pelforthb|Pelforth Brune pression|Pelforth|||France||bière||2000|7
duvel|duvel|Duvel|Duvel Moortgat|||Belgique||bière||33|7
chimayb|chimayb|Chimay Bleue|Chimay|||Belgique||bière||33|7
chimayr|chimayr|Chimay Rouge|Chimay|||Belgique||bière||33|7
heineken0|heineken0|Heineken 0.0|Heineken|||Pays-Bas||bière||33|7
corona|corona|Corona Extra|Corona|||Mexique||bière||35.5|7
leffe|leffe|Leffe Blonde|Leffe|||Belgique||bière||33|7
coca|coca|Coca-Cola|Coca-Cola|||France||soft||33|8
cocaz|cocaz|Coca-Cola Zéro|Coca-Cola|||France||soft||33|8
orangina|orangina|Orangina|Orangina|||France||soft||25|8
schweppes|schweppes|Schweppes Indian Tonic|Schweppes|||France||soft||25|8
perrier|perrier|Perrier|Perrier|||France||soft||33|8
badoit|badoit|Badoit|Badoit|||France||soft||100|8
evian|evian|Evian|Evian|||France||soft||100|8
evian50|evian50|Evian|Evian|||France||soft||50|8
pago_or|pago_or|Pago Orange|Pago|||Autriche||soft||20|8
pago_an|pago_an|Pago Ananas|Pago|||Autriche||soft||20|8
pago_to|pago_to|Pago Tomate|Pago|||Autriche||soft||20|8
sanpe|sanpe|San Pellegrino|San Pellegrino|||Italie||soft||75|8
"""

FIELDS = ("key", "grp", "name", "producer", "appellation", "region", "colour",
          "category", "vintages", "format_cl", "fam")


def rows():
    out = []
    for line in ROWS.strip().splitlines():
        p = line.split("|")
        if len(p) == 11:
            p.insert(6, "France")
        assert len(p) == 12, line
        d = dict(zip((*FIELDS[:6], "country", *FIELDS[6:]), p, strict=False))
        d["appellation"] = d["appellation"] or None
        d["region"] = d["region"] or None
        d["vintages"] = [int(v) for v in d["vintages"].split(",")] if d["vintages"] else [None]
        f = float(d["format_cl"])
        d["format_cl"] = int(f) if f == int(f) else f
        d["fam"] = int(d["fam"])
        d["colour"] = d["colour"] or None
        out.append(d)
    return out
