"""Till `siege`: the article file the group's head office pushes to the brasserie's till.
One product a line: `key|measure|vintage|designation|want` for a drink of the library
(the build stops if the computed answer is not `want`), or
`-FAMILY|measure|vintage|designation|reason` for a product that is no drink of it.
The designation is the head office's; the till adds the family code, the article number,
the two-digit vintage, the 26-column cut and the `#unit`."""

CASES = """
linotte_gris|B|2023|COTES TOUL GRIS LINOTTE|yes
linotte_gris|B|2021|COTES TOUL GRIS LINOTTE|almost
linotte_gris|H|2023|GRIS DE TOUL LINOTTE|yes
linotte_gris|G||GRIS DE TOUL LINOTTE|yes
linotte_aux|B|2023|AUXERROIS LINOTTE|yes
migot_gris|B|2023|C.TOUL GRIS TRADITION MIGOT|yes
migot_gris|M|2022|GRIS TRADITION MIGOT|almost
migot_pn|B|2021|PINOT NOIR FUT MIGOT|almost
migot_pn|G||PN ELEVE FUT MIGOT|yes
muzy_gris|B|2022|COTES MEUSE GRIS MUZY|almost
muzy_chard|B|2022|CHARDONNAY DOM MUZY|yes
muzy_pn|B|2021|COTES MEUSE PN MUZY|yes
montgrignon_aux|C25||AUXERROIS MONTGRIGNON|yes
oury_aux|B|2022|MOSELLE AUXERROIS OURY SCHREIBER|yes
muzy_pn|B|2019|COTES MEUSE PN MUZY|almost
sales|B|2015|CH DE SALES POMEROL|almost
vaux_pn|B|2019|MOSELLE PN CH DE VAUX|almost
hugel_gentil|B|2023|ALSACE GENTIL HUGEL|yes
hugel_gentil|C50||GENTIL HUGEL|yes
hugel_ries|B|2021|RIESLING CLASSIC HUGEL|yes
trimbach_pb|G|2022|PINOT BLANC TRIMBACH|yes
ribeau_gewurz|B|2023|GEWURZTRAMINER RIBEAUVILLE|yes
ribeau_vt|S50|2018|GEWURZ VT RIBEAUVILLE|yes
zind_pg|B|2021|PINOT GRIS ZIND HUMBRECHT|yes
zind_pg|B|2019|PG ZIND HUMBRECHT|almost
willm_cremant|CP||CREMANT ALSACE WILLM|yes
willm_rose|B||CREMANT ROSE WILLM|yes
heidsieck_brut|M||CH HEIDSIECK BRUT RESERVE|yes
pommery_brut|H||POMMERY BRUT ROYAL|yes
pommery_rose|B||POMMERY ROSE ROYAL|yes
drappier_cdor|B||DRAPPIER CARTE D'OR|yes
bollinger_ga|B|2012|BOLLINGER GRANDE ANNEE|almost
feuillatte_res|S20||FEUILLATTE RESERVE EXCL|yes
brocard_chablis|B|2022|CHABLIS STE CLAIRE BROCARD|yes
brocard_chablis|H|2022|CHABLIS BROCARD|almost
drouhin_laforet|B|2022|BOURGOGNE PN LAFORET DROUHIN|yes
rodet_mercurey|B|2018|MERCUREY RODET|almost
rossignol_gevrey|B|2020|GEVREY CHAMBERTIN ROSSIGNOL|yes
jadot_pf|B|2020|POUILLY FUISSE JADOT|almost
lugny_macon|G||MACON LUGNY CHARMES|yes
duboeuf_bjv|C25||BJL VILLAGES DUBOEUF|yes
larose|M|2019|CH LAROSE TRINTAUDON|yes
larose|B|2017|CH LAROSE TRINTAUDON|almost
gloria|B|2017|CH GLORIA ST JULIEN|almost
sales|B|2017|CH DE SALES POMEROL|yes
mirambeau|B|2023|TOUR DE MIRAMBEAU RESERVE|yes
guigal_cdr|B|2019|COTES DU RHONE GUIGAL|almost
mellot_sancerre|B|2021|SANCERRE MOUSSIERE MELLOT|yes
minuty_m|M|2023|M DE MINUTY|yes
devoille_mirab|D||MIRABELLE LORRAINE DEVOILLE|yes
massenez_mirab|D||MIRABELLE VIEILLE RES MASSENEZ|yes
grallet_liq|D2||LIQUEUR MIRABELLE GRALLET|yes
devoille_kirsch|D||KIRSCH FOUGEROLLES DEVOILLE|yes
rozelieures|D||WHISKY ROZELIEURES ORIGINE|yes
glenfiddich15|D||WHISKY GLENFIDDICH 15 ANS|yes
havana7|D||RHUM HAVANA CLUB 7 ANS|yes
ricard|D2||PASTIS RICARD|yes
taylors_tawny|G||PORTO TAYLOR'S TAWNY|yes
k1664|DM||KRONENBOURG 1664|yes
karlsberg|PT||KARLSBERG URPILS|yes
grimbergen|PT||GRIMBERGEN BLONDE|yes
paulaner|S50||PAULANER HEFE WEISSBIER|yes
leffe_brune|S33||LEFFE BRUNE|yes
grolsch|S45||GROLSCH PREMIUM|yes
clicquot_brut|M||VEUVE CLICQUOT CARTE JAUNE|none
larose|H|2019|CH LAROSE TRINTAUDON|none
minuty_m|H|2023|M DE MINUTY|none
leffe_blonde|DM||LEFFE BLONDE|none
karlsberg|S33||KARLSBERG URPILS|none
-ROSE|B|2023|GRIS DE TOUL|two gris de Toul held (Linotte, Migot): appellation alone
-ROSE|G||GRIS DE TOUL MAISON|house gris, no producer: generic
-ROUGE|C50||VIN ROUGE|generic house red
-BLANC|G||VIN BLANC DU MOMENT|generic
-BLANC|B|2022|AUXERROIS MIGOT|Migot's auxerrois is not held (only its gris and pinot noir)
-ROUGE|B|2022|PINOT NOIR LINOTTE|Linotte's pinot noir is not held
-BLANC|B|2021|RIESLING TRIMBACH|Trimbach's riesling is not held (only its pinot blanc)
-BLANC|B|2022|GEWURZ HUGEL|Hugel's gewurztraminer is not held
-CHAMP|B||POMMERY APANAGE|another Pommery cuvée
-CHAMP|B||VEUVE CLICQUOT ROSE|Clicquot's rosé is not held
-CHAMP|B||BOLLINGER SPECIAL CUVEE|Bollinger's non-vintage is not held (only La Grande Année)
-ROUGE|B|2019|CH ST PIERRE ST JULIEN|another Saint-Julien
-ROUGE|B|2018|CH LAROSE PERGANSON|another wine of the estate
-BLANC|B|2022|CHABLIS 1ER CRU BROCARD|Brocard's premier cru is not held
-ROSE|B|2023|MINUTY PRESTIGE|another Minuty cuvée
-SPIRIT|D||EAU DE VIE MIRABELLE|two mirabelle eaux-de-vie held (Devoille, Massenez)
-SPIRIT|D||WHISKY GLENFIDDICH 18 ANS|an age not held
-SPIRIT|D||COGNAC HENNESSY XO|Hennessy XO is not held (only VS)
-APERO|G||KIR VIN BLANC|mixed drink
-PRESSION|DM||PICON BIERE|mixed drink
-PRESSION|PT||MONACO|mixed drink
-PRESSION|DM||BIERE DU MOIS|generic rotating tap
-BIERE|S33||CHIMAY TRIPLE|Chimay's triple is not held (only the blue)
-SOFT|G||SIROP A L EAU|syrup and water
-FOOD|U||QUICHE LORRAINE|food
-FOOD|U||POTEE LORRAINE|food
-FOOD|U||DRAGEES DE VERDUN|food (Verdun sugared almonds)
-FOOD|U||TARTE AUX MIRABELLES|food
-CAFE|U||CAFE EXPRESSO|coffee
-CAFE|U||CAFE GOURMAND|coffee and desserts
-DIVERS|U||DROIT DE BOUCHON|service
-DIVERS|U||MENU GROUPE AUTOCAR|group menu
"""
