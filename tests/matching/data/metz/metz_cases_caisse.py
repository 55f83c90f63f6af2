"""caisse: the counter register. One line a product as the staff typed it:
key|measure|vintage|text[|want]  or  -FAMILY[:colour]|measure|vintage|text|reason.
measure: B bottle, H half, M magnum, G glass, CP coupe, P50/P25 pichet, D dose (4 cl),
D2 2 cl, DM demi, PT pinte, B25/B33/B50/B75/B100/B150 a size, U a unit (no drink)."""

CASES = """
# Alsace: one producer's three grapes and its grand cru
sch_ries|B|2021|RIESL PR ABBES
sch_ries|B|2019|RIESLING SCHL|almost
sch_ries|G||RIESL SCHLUMBERGER
sch_pg|B|2020|PINOT GRIS SCHLUMB
sch_gw|H|2021|GEWURZ SCHLUMB
sch_gw|B|2022|GEWURZ PR ABBES|almost
sch_saer|B|2018|GC SAERING SCHL
sch_saer|B|2017|RIESL GC SAERING
sch_saer|B|2020|SAERING|almost
hug_gentil|G||GENTIL HUGEL
tri_ries|B|2020|RIESLING TRIMBACH
tri_ries|M|2021|RIESL TRIMB
tri_ries|B|2018|RIESL TRIMB|almost
tri_gw|B|2020|GEWURZ TRIMBACH
tri_gw|M||GEWURZ TRIMBACH|none
beyer_pg|B|2019|PG LEON BEYER
beyer_pg|B|2021|PG BEYER|almost
pfaff_pb|P50||PFAFFENHEIM
-ALS:blanc|B||RIESL KITTERLE SCHLUMB|another grand cru of the producer, not held
-ALS:blanc|B||PG HUGEL|Hugel's pinot gris is not held (Gentil and Riesling are)
-ALS:rouge|B||PINOT NOIR TRIMBACH|Trimbach's pinot noir is not held
# crémants and champagnes
alb_brut|CP||CREMANT ALBRECHT
alb_rose|B||CREM ROSE ALBRECHT
wolf_brut|M||CREMANT WOLFBERGER
-CREM|B||WOLFBERGER ROSE|Wolfberger's rosé crémant is not held
taitt|H||TAITTINGER
taitt|CP||TAITT BRUT
lp|B||LAURENT PERRIER
lp_rose|B||LP ROSE
ruinart|B||RUINART BDB
-CHAMP|B||RUINART ROSE|Ruinart's rosé is not held
moet|M||MOET|none
dom|B|2013|DOM PERIGNON
dom|B|2012|DOM PERIGNON|almost
-CHAMP|CP||CHAMP MAISON|generic: house champagne by the coupe
# Lorraine
vaux_sept|B|2022|SEPTENTRION
vaux_sept|B|2020|SEPTENTRIO|almost
vaux_pn|B|2020|PN CH DE VAUX
lel_gris|B|2022|PIQUENIQUE
lel_gris|B|2021|PIQUENIQUE|almost
lel_gris|G||LELIEVRE
lel_pn|B|2021|PN LELIEVRE
lel_pn|B|2022|PN LELIEVRE|almost
lar_gris|H|2023|GRIS LAROPPE
regina_aux|B|2022|REGINA PRESTIGE
-LOR:rosé|G||GRISTOUL|two gris de Toul held (Lelièvre, Laroppe), the label names neither
-LOR:rouge|B||PN OURY SCHREIBER|Oury-Schreiber's pinot noir is not held
-LOR:blanc|B||AUXERROIS VAUX|Château de Vaux's auxerrois is not held
# Burgundy, Beaujolais
laroche_chab|H|2022|CHABLIS
laroche_chab|B|2020|CHABLIS LAROCHE
faiveley_merc|B|2019|MERCUREY|almost
macon|P50||MACON
pf|B|2021|POUILLY FUISSE
-BOUR:blanc|B||POUILLY FUME|Pouilly-Fumé is not held (Pouilly-Fuissé is)
morgon|M|2022|MORGON
-BOUR:rouge|G||BROUILLY|no Brouilly held
# Bordeaux and others
talbot|B|2016|CH TALBOT
talbot|B|2017|TALBOT|almost
talbot|M|2018|CH TALBOT
connetable|B|2019|CONNETABLE TALBOT
cantemerle|H|2017|CANTEMERLE
cantemerle|B|2019|CANTEMERLE|almost
fombrauge|B|2016|FOMBRAUGE|almost
-BORD:rouge|B|2015|MOUTON ROTHSCHILD|Mouton Rothschild is not held (Mouton Cadet is)
guigal|P50||GUIGAL
sancerre|H|2022|SANCERRE
-VINS:rouge|B||SANCERRE ROUGE|red Sancerre is not held
minuty|M|2023|MINUTY|none
-VINS:rouge|G||MAISON|generic: house red by the glass
-VINS:blanc|P50||MAISON|generic: house white pichet
# beers
amos|DM||AMOS
k1664|PT||1664
k1664b|DM||1664 BLANC|none
grim|DM||GRIMBERGEN
-BIERE|DM||GRIMB AMBREE|Grimbergen Ambrée is not held
chimay|B33||CHIMAY BLEUE
-BIERE|B||CHIMAY ROUGE|Chimay Rouge is not held
heineken|DM||HEINEKEN|none
bonp_amb|B||BON POISON AMBREE
-BIERE|B||BON POISON BRUNE|Bon Poison's brune is not held
-BIERE|PT||PICON BIERE|a mix (beer with Picon), not a drink of the library
# spirits, aperitifs
mir_gd|D||MIRAB GRALLET
-ALC|D||MIRABELLE|two mirabelles held (Grallet-Dupic, Massenez), the label names neither
mass_mir|D||MIRAB MASSENEZ
aberlour|D||ABERLOUR12
-ALC|D||ABERLOUR16|Aberlour 16 ans is not held (the 12 is)
glenf|D||GLENF 12
-ALC|D||GLENF 15|Glenfiddich 15 ans is not held (the 12 is)
-ALC|D||REMY XO|Rémy Martin XO is not held (the VSOP is)
get27|D||GET 27
-ALC|D||GET 31|Get 31 is not held (Get 27 is)
p51|D2||51
-APE|D2||PASTIS|generic: two pastis held (Ricard, 51)
-APE|G||KIR ROYAL|a mixed drink
# softs and waters
coca_z|B||COCA ZERO
-SOFT|B||COCA CHERRY|Coca-Cola Cherry is not held
evian|B100||EVIAN
badoit|B50||BADOIT|none
lorina|B||LORINA
-SOFT|G||SIROP MENTHE|a syrup with water, not a drink of the library
-SOFT|G||DIABOLO FRAISE|a mix
# food, coffee, services
-CUIS|U||QUICHE LORRAINE|food
-CUIS|U||TARTE MIRABELLES|food (shares MIRABELLE)
-CUIS|U||CHOUCROUTE|food
-CAFE|U||EXPRESSO|coffee
-CAFE|U||CAFE CREME|coffee
-DIV|U||DROIT BOUCHON|service: corkage
sch_pg|B|2022|PG SCHLUMB|almost
vaux_mt|B|2023|MULLER VAUX|almost
oury_aux|B|2020|AUXERR OURY|almost
sociando|B|2014|SOCIANDO|almost
"""
