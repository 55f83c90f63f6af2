"""tablette: the waiters' tablet. Same spec format as metz_cases_caisse."""

CASES = """
sch_ries|B|2020|riesling princes abbés
sch_ries|G|2021|riesling schlumberger
sch_ries|G|2022|riesling schlumberger|almost
sch_gw|G||gewurz schlumberger
sch_saer|B|2019|riesling gc saering
sch_saer|B|2021|saering schlumberger|almost
-ALS|B||riesling gc kessler schlumberger|another grand cru of the producer, not held
hug_gentil|B||gentil hugel
hug_ries|B|2020|riesling hugel|almost
-ALS|B||gewurztraminer hugel|Hugel's gewurztraminer is not held
tri_ries|G||riesling trimbach
tri_ries|B|2022|riesling trimbach|almost
tri_ries|M|2020|riesling trimbach|almost
-ALS|B||pinot gris trimbach|Trimbach's pinot gris is not held (riesling and gewurztraminer are)
beyer_pg|G||pinot gris léon beyer
pfaff_pb|P50||pinot blanc
alb_rose|CP||crémant rosé
wolf_brut|B||crémant wolfberger
wolf_brut|H||crémant wolfberger|none
vaux_sept|B|2021|septentrion château de vaux
vaux_mt|B|2021|müller-thurgau vaux|almost
-LOR|B||xb château de vaux|Château de Vaux's sparkling Xb is not held
oury_aux|G||auxerrois oury-schreiber
oury_gris|B|2022|gris oury schreiber|almost
lel_gris|G||gris de toul lelièvre
lel_pn|G||pinot noir lelièvre
lar_gris|H||gris laroppe
-LOR|B||pinot noir laroppe|Laroppe's pinot noir is not held
regina_aux|B|2022|auxerrois prestige regina
-LOR|G||gris de toul|two gris de Toul held (Lelièvre, Laroppe), the label names neither
laroche_chab|B|2021|chablis saint-martin laroche
laroche_chab|H|2021|chablis laroche|almost
-BOUR|B||chablis 1er cru laroche|Laroche's premier cru is not held (Saint Martin is)
jadot_bgn|G||bourgogne pinot noir jadot
macon|G||mâcon lugny
pf|B|2020|pouilly-fuissé château-fuissé|almost
morgon|B|2021|morgon lapierre|almost
morgon|P50||morgon
-BOUR|B||morgon côte du py foillard|another producer's Morgon, not held
talbot|B||ch. talbot saint-julien
talbot|B|2015|ch talbot|almost
connetable|B|2018|connétable de talbot|almost
-BORD|B|2019|caillou blanc de talbot|Talbot's white Caillou Blanc is not held
cantemerle|H|2018|cantemerle|almost
sociando|B|2016|sociando-mallet|almost
-BORD|B||la demoiselle de sociando-mallet|second wine of Sociando-Mallet, not held
fombrauge|G||fombrauge st-émilion
sancerre|G||sancerre
minuty|G||rosé minuty
-VINS|B||minuty 281|Minuty's cuvée 281 is not held (Prestige is)
-VINS|G||rouge du moment|generic: wine of the moment
taitt|CP||taittinger
-CHAMP|B||taittinger prestige rosé|Taittinger's rosé is not held
lp_rose|B||laurent-perrier rosé
lp|H||laurent-perrier
lp|M||laurent-perrier la cuvée|none
ruinart|CP||ruinart
dom|B|2010|dom pérignon|almost
-CHAMP|CP||champagne du moment|generic: champagne of the moment by the coupe
amos|PT||amos blonde
k1664|DM||kro 1664
-BIERE|PT||grimbergen blanche|Grimbergen Blanche is not held
leffe|B33||leffe
chimay|B75||chimay bleue
bdm_bl|B33||bière de metz blonde
-BIERE|B33||bière de metz ambrée|La Bière de Metz's ambrée is not held
bonp_amb|B33||bon poison ambrée
-BIERE|B33||bon poison noire|Bon Poison's noire is not held
leffe|B75||leffe blonde|none
-BIERE|DM||monaco|a mix (beer, lemonade, grenadine)
-BIERE|DM||bière du mois|generic: beer of the month
mir_gd|D||mirabelle de lorraine grallet-dupic
mass_mir|D||mirabelle massenez
-ALC|D||quetsche massenez|Massenez quetsche is not held
rozel|D||rozelieures
-ALC|D||rozelieures fumé|another Rozelieures cuvée, not held
remy|D||rémy martin vsop
-ALC|D||diplomatico mantuano|another Diplomático, not held
hendricks|D||hendrick's
p51|D2||51
martini|D||martini bianco
-APE|D||martini rosso|Martini Rosso is not held (Bianco is)
picon|D||amer picon
lillet|G||lillet blanc
-APE|G||kir mirabelle|a mixed drink
-APE|G||spritz|a mixed drink
coca_z|B33||coca zéro
schweppes|B25||schweppes tonic
-SOFT|B25||schweppes agrumes|Schweppes Agrumes is not held
sanpe|B100||san pellegrino
lorina|B33||limonade lorina
lorina|B75||limonade lorina|none
-SOFT|U||jus d'orange pressé|fresh orange juice, made on the spot
-EAU|U||carafe d'eau|tap water
-CUIS|U||quiche lorraine|food
-CUIS|U||tarte aux mirabelles|food
-CAFE|U||café gourmand|coffee with desserts
-CAFE|U||thé vert|tea
-DIV|U||supplément chantilly|a supplement
"""
