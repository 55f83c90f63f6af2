"""What the staff keyed on the counter register (rendered as its Z-report rows).
key|measure|vintage|text, or -|measure|vintage|CATEGORY|text|reason for no drink of the library."""
CASES = """
lagrange|bt|2016|CH LAGRANGE
lagrange|bt|2015|LAGRANGE ST JUL
lagrange|half|2016|LAGRANGE
lagrange|bt|2014|CH LAGRANGE
lagrange|bt|2019|LAGRANGE STJ
fiefs|bt|2018|FIEFS LAGRANGE
fiefs|bt|2020|FIEFS DE LAGR
cantenac|bt|2017|CANTENAC BROWN
cantenac|mag|2015|CANTENAC
cantenac|mag|2016|CANTENAC BRN
cantenac|half|2017|CANTENAC BRN
tourmons|bt|2018|TOUR DE MONS
tourmons|bt|2017|T DE MONS MARGAUX
tourmons|bt|2019|CH TOUR DE MONS
fieuzal_b|bt|2019|FIEUZAL BL
fieuzal_r|gl|2016|FIEUZAL RG
puygueraud|bt|2020|PUYGUERAUD
puygueraud|bt|2021|PUYGUERAUD
reignac|mag|2018|REIGNAC
reignac|bt|2016|REIGNAC BX SUP
doisy|half|2017|DOISY DAENE
cadet|gl||MOUTON CADET
gloire|bt|2019|GLOIRE DE MON PERE GENDRES
gloire|bt|2017|GLOIRE PERE
gloire|gl|2018|GLOIRE GENDR
jaubertie|gl|2022|JAUBERTIE BL
tiregand|bt|2017|TIREGAND
tirecul|f50|2015|TIRECUL GRAVIERE
huet_hl|bt|2022|HUET HT LIEU SEC
huet_hl|bt|2021|HUET HAUT LIEU
vacheron|half|2022|SANC VACHERON
vacheron|bt|2020|SANCERRE VACHERON
tracy|g14|2021|PF TRACY
busardieres|bt|2017|BUSARDIERES
villeneuve|p25|2021|CHAMPIGNY VILLEN
saphir|cp||SAPHIR BOUVET
stmartin|half|2022|CHAB STMARTIN
stmartin|bt|2020|CHABLIS ST MARTIN
laforet|gl|2021|LAFORET DROUHIN
guigal_r|half|2020|CDR GUIGAL RG
guigal_r|bt|2018|CDR GUIGAL
guigal_b|gl|2022|CDR GUIGAL BL
beaucastel|bt|2015|BEAUCASTEL
whispering|mag|2023|WHISP ANGEL
polroger|cp||POL ROGER
polroger|half||POL ROGER BRUT
beaulon10|gl||BEAULON 10A
reynac_r|gl||PINEAU REYNAC RG
otard_vsop|d4||OTARD VSOP
meukow_xo|d2||MEUKOW XO
bache_hda|d4||BACHE HDA
larsen_xo|f35||LARSEN XO
ragnaud35|d2||RAGNAUD N35
hennessy_vs|d4||HENNESSY
drouin|d4||CALVA DROUIN
p51|dose||51 PASTIS
lillet_b|gl||LILLET BL
pelforth_k|demi||PELFORTH
guinness|pinte||GUINNESS
chimay|bt||CHIMAY BLEUE
perrier|f100||PERRIER
-|||CUISINE|ENTRECOTE FRITES|food
-|||CUISINE|CROQ MONSIEUR|food
-|||CAFETERIE|CAFE|coffee
-|||CAFETERIE|CAFE COGNAC|coffee with a spirit
-|||DIVERS|DROIT BOUCHON|service
-|gl||ROUGES|ROUGE MAISON|generic wine
-|p50||ROUGES|BORDEAUX|generic appellation
-|d4||COGNACS|COGNAC VSOP|generic grade, several held
-|d4||COGNACS|COGNAC XO|generic grade, several held
-|gl||PINEAUX|PINEAU BLANC|generic, several held
-|d4||COGNACS|OTARD VS|age not held (Otard VSOP and XO only)
-|d4||COGNACS|MEUKOW HDA|age not held
-|d4||COGNACS|REMY 1738|cuvée not held
-|bt||CHAMPAGNES|TAITT COMTES|Taittinger Comtes de Champagne not held
-|bt||BLANCS|HUET CLOS BOURG|Huet Clos du Bourg not held
-|bt|2018|ROUGES|SANCERRE RG VACHERON|colour not held
-|gl||PINEAUX|PINEAU BEAULON RS|Beaulon rosé not held
-|pinte||PRESSION|MONACO|mixed drink
-|gl||APERITIFS|KIR|mixed drink
-|gl||APERITIFS|SPRITZ|mixed drink
ruinart_bdb|mag||RUINART BDB
whispering|half|2023|WHISP ANGEL
leffe|pinte||LEFFE
hennessy_vs|f35||HENNESSY VS
-|bt||SOFTS|SIROP MENTHE|soft not held
-|d4||SPIRITUEUX|GET27 MENTHE|spirit not held
-|gl||BLANCS|BLANC SEC|generic wine
-|d4||COGNACS|FINE MAISON|house brandy, generic
-|bt|2019|BLANCS|ARUMS LAGRANGE|Les Arums de Lagrange (white of Château Lagrange) not held
-|bt|2018|ROUGES|BRIO CANTENAC|BriO de Cantenac Brown (second wine) not held
-|bt||CHAMPAGNES|POL ROGER RS|Pol Roger rosé not held
deutz|mag||DEUTZ
-|d4||COGNACS|LARSEN VS|age not held (Larsen VSOP and XO only)
-|d4||COGNACS|HENNESSY XO|Hennessy XO not held (VS only)
chimay|pinte||CHIMAY BLEUE
-|pinte||PRESSION|PANACHE|mixed drink
-|||CUISINE|DESSERT DU JOUR|food
"""
