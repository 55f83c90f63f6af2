"""Till `compta`: the monthly export the back office sends to the accountant, one line per
article, month and sales area. One product a line: `key|measure|vintage|text|want` for a
drink of the library, or `-FAMILY|measure|vintage|text|reason` for a product that is no
drink of it. The export adds the period, the revenue account, the area, the title-case
ASCII libellé with the four-digit vintage cut at 28 columns, the measure code, the quantity
and the litres sold."""

CASES = """
linotte_gris|C25||Gris Toul Linotte|yes
linotte_gris|B|2022|Gris de Toul Linotte|yes
linotte_aux|B|2022|Auxerrois Linotte|almost
migot_gris|G||Gris Tradition Migot|yes
migot_pn|B|2022|Pinot Noir Eleve en Fut Migot|yes
migot_pn|B|2019|Pinot Noir Migot|almost
muzy_gris|C50||Gris Domaine de Muzy|yes
muzy_pn|B|2023|Pinot Noir Muzy|almost
muzy_chard|G|2022|Chardonnay Muzy|yes
montgrignon_aux|B|2022|Auxerrois Montgrignon|almost
oury_aux|B|2023|Auxerrois Oury Schreiber|yes
oury_aux|B|2021|Auxerrois Oury|almost
vaux_pn|G||Pinot Noir Ch de Vaux|yes
hugel_gentil|B|2022|Gentil Hugel|yes
hugel_ries|G|2021|Riesling Classic Hugel|yes
trimbach_pb|C50||Pinot Blanc Trimbach|yes
ribeau_gewurz|B|2022|Gewurztraminer Ribeauville|yes
ribeau_vt|S50|2016|Gewurz VT Ribeauville|almost
zind_pg|B|2020|Pinot Gris Zind Humbrecht|yes
zind_pg|G|2022|Pinot Gris Zind|almost
willm_rose|CP||Cremant Rose Willm|yes
heidsieck_brut|B||Charles Heidsieck Brut Reserve|yes
pommery_rose|CP||Pommery Rose|yes
clicquot_brut|B||Veuve Clicquot Brut|yes
drappier_cdor|CP||Drappier Carte d'Or|yes
bollinger_ga|B|2015|Bollinger La Grande Annee|yes
bollinger_ga|B|2013|Bollinger Grande Annee|almost
feuillatte_res|B||Feuillatte Reserve Exclusive|yes
brocard_chablis|B|2021|Chablis Brocard|almost
brocard_chablis|H|2023|Chablis Ste Claire Brocard|yes
drouhin_laforet|C50||Laforet Drouhin|yes
rodet_mercurey|B|2020|Mercurey Rodet|yes
rossignol_gevrey|B|2019|Gevrey Chambertin Rossignol|yes
jadot_pf|G||Pouilly Fuisse Jadot|yes
lugny_macon|B|2022|Macon Lugny Les Charmes|almost
larose|B|2018|Ch Larose Trintaudon|yes
larose|M|2018|Ch Larose Trintaudon|almost
gloria|B|2015|Ch Gloria|almost
sales|B|2016|Ch de Sales|almost
mirambeau|B|2022|Tour de Mirambeau|almost
mouton_cadet|H|2021|Mouton Cadet|yes
guigal_cdr|B|2020|Cotes du Rhone Guigal|yes
mellot_sancerre|G|2023|Sancerre Mellot|yes
minuty_m|G||M de Minuty|yes
devoille_kirsch|D||Kirsch Devoille|yes
massenez_mirab|D||Mirabelle Massenez|yes
rozelieures|D2||Rozelieures Origine|yes
glenfiddich12|D||Glenfiddich 12 Ans|yes
hennessy_vs|D||Hennessy VS|yes
bombay|D||Gin Bombay|yes
get27|D||Get 27|yes
picon|D||Picon|yes
lillet|G||Lillet Blanc|yes
k1664|PT||Kro 1664|yes
paulaner|DM||Paulaner Weissbier|yes
guinness|DM||Guinness|yes
leffe_blonde|S33||Leffe Blonde|yes
desperados|S33||Desperados|yes
coca|S33||Coca Cola|yes
evian|S50||Evian|yes
willm_cremant|M||Cremant Alsace Willm|none
feuillatte_res|H||Feuillatte Reserve Exclusive|none
mouton_cadet|M|2021|Mouton Cadet|none
grolsch|S33||Grolsch|none
-ROSE|C50||Gris de Toul|two gris de Toul held (Linotte, Migot)
-ROUGE|C25||Vin Rouge Maison|generic house red
-BLANC|G||Vin Blanc|generic
-ROSE|B|2023|Gris Montgrignon|Montgrignon's gris is not held
-ROUGE|B|2021|Pinot Noir Oury Schreiber|Oury-Schreiber's pinot noir is not held
-BLANC|B|2021|Muller Thurgau Ch de Vaux|Château de Vaux's müller-thurgau is not held
-BLANC|B|2020|Riesling Estate Hugel|another Hugel riesling, not held
-BLANC|B|2021|Pinot Gris Trimbach|Trimbach's pinot gris is not held
-CHAMP|B||Clicquot La Grande Dame|another Clicquot cuvée, not held
-CHAMP|B||Drappier Grande Sendree|another Drappier cuvée, not held
-CHAMP|CP||Feuillatte Rose|Feuillatte's rosé is not held
-ROUGE|B|2019|Mouton Cadet Reserve Medoc|another Mouton Cadet, not held
-ROUGE|B|2018|Ch Beychevelle|another Saint-Julien, not held
-ROUGE|B|2020|Cotes du Rhone Parallele 45|another Côtes du Rhône, not held
-BLANC|B|2022|Sancerre Vacheron|another Sancerre, not held
-SPIRIT|D||Mirabelle|two mirabelle eaux-de-vie held (Devoille, Massenez)
-SPIRIT|D||Poire Devoille|Devoille's poire is not held
-SPIRIT|D||Quetsche Massenez|Massenez's quetsche is not held
-SPIRIT|D||Havana Club 15 Anos|an age not held
-APERO|G||Kir|mixed drink
-APERO|CP||Kir Royal|mixed drink
-PRESSION|DM||Panache|mixed drink
-PRESSION|PT||Picon Biere|mixed drink
-PRESSION|DM||Biere Pression|generic
-BIERE|S33||Leffe Ruby|not held
-SOFT|S25||Diabolo Menthe|syrup and lemonade
-FOOD|U||Assiette Lorraine|food
-FOOD|U||Madeleines de Commercy|food
-FOOD|U||Croque Monsieur|food
-CAFE|U||Chocolat Chaud|hot drink
-DIVERS|U||Location Salle|service
-DIVERS|U||Remise Groupe|group discount
"""
