"""Till `kellner`: the terrace tablet, whose buttons the German-speaking summer waiter
(from Saarbrücken) created and named himself. One product a line:
`key|measure|vintage|text|want` for a drink of the library, or
`-FAMILY|measure|vintage|text|reason` for a product that is no drink of it.
The tablet adds the German category, the four-digit vintage and the German measure."""

CASES = """
linotte_gris|G20||Gris de Toul Linotte|yes
linotte_gris|B|2022|Gris de Toul Linotte|yes
linotte_gris|B|2024|Gris de Toul Linotte|almost
linotte_aux|G10|2023|Auxerrois Linotte|yes
migot_gris|C50||Gris Tradition Migot|yes
migot_gris|M|2023|Gris Tradition Migot|yes
migot_pn|B|2023|Pinot Noir Migot|almost
muzy_gris|G||Gris Muzy|yes
muzy_chard|B|2021|Chardonnay Muzy|almost
muzy_pn|G20||Côtes de Meuse Pinot Noir|yes
montgrignon_aux|B|2023|Auxerrois Montgrignon|yes
oury_aux|C25||Auxerrois Oury-Schreiber|yes
vaux_pn|B|2022|Pinot Noir Château de Vaux|yes
hugel_gentil|G||Gentil Hugel|yes
hugel_gentil|B|2021|Gentil Hugel|almost
hugel_ries|B|2022|Riesling Hugel|almost
trimbach_pb|B|2023|Pinot Blanc Trimbach|almost
ribeau_gewurz|G|2022|Gewürztraminer Ribeauvillé|yes
ribeau_gewurz|H|2021|Gewürztraminer Ribeauvillé|almost
ribeau_vt|S50|2018|Gewürztraminer Spätlese Ribeauvillé|yes
zind_pg|G15|2020|Pinot Gris Zind-Humbrecht|yes
willm_cremant|B||Crémant d'Alsace Willm|yes
willm_rose|CP||Crémant Rosé Willm|yes
heidsieck_brut|CP||Charles Heidsieck|yes
clicquot_brut|CP||Veuve Clicquot|yes
drappier_nature|B||Drappier Brut Nature|yes
bollinger_ga|B|2014|Bollinger Grande Année|yes
bollinger_ga|B|2016|Bollinger Grande Année|almost
brocard_chablis|G||Chablis Brocard|yes
drouhin_laforet|B|2020|Bourgogne Laforêt Drouhin|almost
rodet_mercurey|G|2020|Mercurey Rodet|yes
rossignol_gevrey|B|2018|Gevrey-Chambertin Rossignol-Trapet|almost
jadot_pf|B|2022|Pouilly-Fuissé Jadot|yes
duboeuf_bjv|G||Beaujolais-Villages Duboeuf|yes
larose|B|2020|Château Larose-Trintaudon|almost
gloria|B|2019|Château Gloria|almost
mirambeau|G||Tour de Mirambeau|yes
mouton_cadet|B|2019|Mouton Cadet|almost
guigal_cdr|C50||Côtes du Rhône Guigal|yes
mellot_sancerre|B|2021|Sancerre Mellot|almost
minuty_m|B|2022|M de Minuty|almost
devoille_mirab|D2||Mirabellenbrand Devoille|yes
massenez_poire|D||Williamsbirne Massenez|yes
grallet_liq|D||Mirabellenlikör Grallet|yes
jw_black|D||Johnnie Walker Black|yes
remy_vsop|D||Rémy Martin VSOP|yes
boulard|D||Calvados Boulard|yes
havana3|D||Havana 3|yes
absolut|D||Absolut Wodka|yes
jaeger|D2||Jägermeister|yes
aperol|D||Aperol|yes
k1664|F30||1664|yes
karlsberg|F40||Karlsberg|yes
bitburger|F30||Bitburger|yes
paulaner|PT||Paulaner Weißbier|yes
grimbergen|DM||Grimbergen|yes
heineken|S25||Heineken|yes
chimay_bleue|S33||Chimay Blau|yes
erdinger_af|S50||Erdinger Alkoholfrei|yes
coca_zero|S33||Cola Zero|yes
icetea|S25||Eistee Pfirsich Lipton|yes
milliat_pomme|S33||Apfelsaft Milliat|yes
badoit|S100||Badoit|yes
pommery_brut|M||Pommery Brut Royal|none
heidsieck_brut|H||Charles Heidsieck Brut Réserve|none
brocard_chablis|M|2023|Chablis Brocard|none
gloria|M|2018|Château Gloria|none
guinness|S33||Guinness|none
paulaner|S33||Paulaner Weißbier|none
-ROUGE|G||Hauswein|generic house red
-BLANC|C50||Hauswein|generic house white
-ROSE|G||Gris de Toul|two gris de Toul held (Linotte, Migot)
-BLANC|G||Auxerrois|three auxerrois held (Linotte, Montgrignon, Oury-Schreiber)
-BLANC|B|2022|Silvaner Ribeauvillé|the cave's sylvaner is not held
-BLANC|G||Riesling Zind-Humbrecht|Zind-Humbrecht's riesling is not held
-ROUGE|B|2021|Pinot Noir Hugel|Hugel's pinot noir is not held
-ROUGE|G||Spätburgunder|pinot noir alone: several held
-CREMANT|CP||Hausmarke|house sparkling, generic
-CHAMP|CP||Moët Impérial|not held
-CHAMP|B||Ruinart Blanc de Blancs|not held
-CHAMP|B||Charles Heidsieck Rosé|Heidsieck's rosé is not held
-ROUGE|B|2018|Château Talbot|another Saint-Julien, not held
-ROSE|B|2023|Whispering Angel|not held
-SPIRIT|D||Mirabellenbrand|two mirabelle eaux-de-vie held (Devoille, Massenez)
-SPIRIT|D||Obstler|generic fruit brandy
-SPIRIT|D||Himbeergeist|raspberry spirit, not held
-SPIRIT|D||Glenfiddich 21|an age not held
-APERO|G||Aperol Spritz|mixed drink
-SPIRIT|G||Gin Tonic|mixed drink
-PRESSION|PT||Radler|mixed drink (shandy)
-PRESSION|F30||Pils|two pils on tap (Karlsberg, Bitburger)
-PRESSION|PT||Paulaner Weißbier Dunkel|the dark weissbier is not held
-BIERE|S33||Bitburger Drive|the alcohol-free Bitburger is not held
-SOFT|S25||Apfelschorle|mixed drink (apple juice and sparkling water)
-SOFT|C50||Leitungswasser|tap water
-FOOD|U||Quiche Lorraine|food
-FOOD|U||Flammkuchen|food
-FOOD|U||Mirabellenkuchen|food (mirabelle tart)
-CAFE|U||Milchkaffee|coffee
-DIVERS|U||Trinkgeld|tip
"""
