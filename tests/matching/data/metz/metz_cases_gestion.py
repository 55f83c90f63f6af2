"""gestion: the back-office article file exported to the dining-room till.
Same spec format as metz_cases_caisse."""

CASES = """
sch_ries|B|2021|RIESLING SCHLUMB
sch_ries|B|2018|RIESL SCHLUMBERGER|almost
sch_pg|B|2020|PGRIS PR ABBES
sch_gw|H|2020|GEWURZ SCHLUMB|almost
sch_saer|B|2018|RIESL GC SAERING
sch_saer|G||GC SAERING
hug_gentil|B|2021|GENTIL HUGEL|almost
hug_ries|B||RIESLING CLASSIC HUGEL
-ALS|B||RIESLING JUBILEE HUGEL|Hugel's Jubilee riesling is not held (Classic is)
tri_ries|B|2021|RIESLING TRIMBACH
-ALS|B||RIESLING CFE TRIMBACH|Trimbach's Cuvée Frédéric Émile is not held
tri_gw|B|2020|GEWURZTRAMINER TRIMBACH
pfaff_pb|P50||PINOT BLANC PFAFF
wolf_brut|CP||CREMANT WOLFBERGER
alb_brut|M||CREMANT ALBRECHT|none
vaux_sept|B|2023|SEPTENTRION VAUX|almost
vaux_mt|G||MULLER THURGAU VAUX
oury_aux|B|2021|AUXERROIS OURY|almost
lel_gris|B|2022|GRIS TOUL LELIEVRE
lel_gris|B|2020|GRIS TOUL LELIEVRE|almost
lel_aux|G||AUXERROIS LELIEVRE
lar_gris|B|2022|GRIS DE TOUL LAROPPE
lar_gris|M||GRIS LAROPPE|none
-LOR|B||GRIS DE TOUL MIGOT|Domaine Migot's gris is not held
laroche_chab|B|2023|CHABLIS LAROCHE|almost
-BOUR|B||PETIT CHABLIS|no Petit Chablis held
faiveley_merc|H||MERCUREY FAIVELEY|none
macon|B|2021|MACON LUGNY CHARMES|almost
pf|B|2021|POUILLY FUISSE CH FUISSE
talbot|B|2016|CHATEAU TALBOT
talbot|M|2016|CHATEAU TALBOT STJULIEN
talbot|M|2019|CH TALBOT|almost
connetable|B|2019|CONNETABLE TALBOT
cantemerle|B|2016|CH CANTEMERLE|almost
sociando|M||SOCIANDO MALLET|none
fombrauge|B|2019|CH FOMBRAUGE|almost
-BORD|B||FOMBRAUGE BLANC|Fombrauge's white is not held
cadet|B|2020|MOUTON CADET
-BORD|B||MOUTON CADET ROSE|Mouton Cadet rosé is not held
guigal|B|2019|COTES DU RHONE GUIGAL
sancerre|B|2021|SANCERRE BARONNES|almost
taitt|M||TAITTINGER BRUT RESERVE
lp|B||LAURENT PERRIER LA CUVEE
lp_rose|CP||LAURENT PERRIER ROSE
ruinart|B||RUINART BLANC DE BLANCS
-CHAMP|B||R DE RUINART|Ruinart's R de Ruinart is not held
-CHAMP|B||MOET ICE IMPERIAL|Moët Ice Impérial is not held
dom|B|2014|DOM PERIGNON|almost
amos|DM||AMOS
k1664|PT||KRONENBOURG 1664
-BIERE|B33||KRONENBOURG|Kronenbourg (the classic) is not held; 1664 is another beer
grim|DM||GRIMBERGEN BLONDE
chimay|B33||CHIMAY BLEUE
-BIERE|B33||HEINEKEN 0.0|Heineken 0.0 is not held
bonp_bl|B33||BON POISON BLONDE
bdm_bl|B33||BIERE DE METZ BLONDE
mir_gd|B||MIRABELLE GRALLET DUPIC
mir_gd|D||MIRAB LORRAINE
-ALC|D||QUETSCHE|no quetsche held
glenf|D||GLENFIDDICH 12 ANS
aberlour|D||ABERLOUR 12
-ALC|D||ABERLOUR A BUNADH|Aberlour A'bunadh is not held
magloire|D||CALVADOS PERE MAGLOIRE
-ALC|D||CALVADOS XO|no XO calvados held
get27|D||GET 27
-ALC|D||WHISKY MAISON|generic: house whisky
lillet|B||LILLET BLANC
-APE|D||LILLET ROSE|Lillet Rosé is not held
coca|B150||COCA COLA|none
orangina|B25||ORANGINA
schweppes|B25||SCHWEPPES TONIC
vittel|B100||VITTEL
contrex|B100||CONTREX
contrex|B50||CONTREX|none
-CUIS|U||QUICHE LORRAINE|food
-CUIS|U||FORMULE MIDI|a set menu
-CUIS|U||TETE DE VEAU|food
-CAFE|U||CAFE|coffee
-CAFE|U||CHOCOLAT CHAUD|hot chocolate
-DIV|U||PRIVATISATION SALLE|service
-DIV|U||REMISE FIDELITE|a discount
-VINS:rouge|G||VIN DU MOMENT|generic: wine of the moment
-BIERE|DM||PRESSION|generic: draught beer, no beer named
"""
