"""What the staff typed on R, the old counter register.

`key|measure|vintage|text` for a drink of the library (or a format of one the library may
not hold), `-FAM|measure|vintage|text|reason` for a product that is no drink of the library.
The text is typed to fit the 22 characters: the family code and the serving word are added
by the till (bordeaux_tills.py), the vintage after the name.
"""

R = """
pbaron||2016|PICHON BARON
pbaron||2017|CH PICHON BARON
pbaron|mag|2015|PICHON BARON
pbaron|mag|2016|PICHON BARON
tourelles||2019|TOURELLES LONGUEVILLE
pcomtesse||2015|PICHON COMTESSE
pcomtesse|half|2016|PICHON LALANDE
rcomtesse||2018|RESERVE COMTESSE
pcomtesse|mag|2016|PICHON COMTESSE
batailley||2016|CH BATAILLEY
llcases||2016|LEOVILLE LAS CASES
lbarton||2015|LEOVILLE BARTON
lbarton|mag|2016|LEOV BARTON
lbarton||2018|LEOVILLE BARTON
lpoyferre||2017|LEOV POYFERRE
gruaud||2014|GRUAUD LAROSE
gruaud|mag|2010|CH GRUAUD LAROSE
ducru||2015|CH DUCRU BEAUCAILLOU
palmer|mag|2014|PALMER
alterego|vre|2018|ALTER EGO
alterego||2016|ALTER EGO PALMER
siran|vre|2018|SIRAN
issan||2015|CH D ISSAN
pagodes||2018|PAGODES COS
ormes|c50|2018|ORMES DE PEZ
chassespleen|vre|2016|CH CHASSE SPLEEN
shl_r||2015|SMITH HAUT LAFITTE
shl_b||2019|SMITH HT LAFITTE
papeclem_b||2018|PAPE CLEMENT
papeclem_r||2015|PAPE CLEMENT
carbonnieux_b|vre|2020|CARBONNIEUX
chantegrive_b|c50|2021|CH CHANTEGRIVE
figeac||2018|FIGEAC
petitfigeac||2018|PETIT FIGEAC
latourfigeac||2016|LA TOUR FIGEAC
mondot|vre|2019|MONDOT
barbeblanche|vre|2019|BARBEBLANCHE
laurets|c50|2018|CH DES LAURETS
gazin||2016|GAZIN
evangile||2014|L EVANGILE
blason|vre|2017|BLASON EVANGILE
bonnet_b|vre|2023|BONNET
bonnet_b|c25|2022|BONNET EDM
thieuley_c|vre|2023|CLAIRET THIEULEY
coutet|half|2016|COUTET
doisydaene|50|2018|DOISY DAENE
doisydaene|vre|2017|DOISY DAENE
latourblanche|vre|2016|LA TOUR BLANCHE
guiraud|half|2014|GUIRAUD
celene_b|cp||CREMANT CELENE
drappier|half||DRAPPIER
lillet_b|6cl||LILLET BLANC
otard_xo|dose||OTARD XO
meukow_vsop|2cl||MEUKOW VSOP
hine|4cl||HINE RARE VSOP
sigognac20|dose||SIGOGNAC 20ANS
dartig|dose|1992|DARTIG
dartig|dose|1990|DARTIG
appleton12|dose||APPLETON 12ANS
glenlivet12|dose||GLENLIVET12
mira_blonde|pinte||MIRA BLONDE
mira_blonde|demi||MIRA
affligem|pinte||AFFLIGEM
affligem|33||AFFLIGEM
westmalle|||WESTMALLE TRIPEL
westmalle|pinte||WESTMALLE
abat_plate|50||ABATILLES
abat_plate|100||ABATILLES PLATE
abat_gaz|50||ABATILLES GAZ
coca|||COCA
-RG||2019|PAVILLON DE POYFERRE|second wine of Léoville Poyferré, not held
-RG||2016|LEOVILLE|three Léovilles held (Las Cases, Barton, Poyferré)
-RG||2018|PICHON|two Pichons held (Baron, Comtesse)
-RG||2018|RAUZAN GASSIES|Rauzan-Gassies, not held (Rauzan-Ségla is)
-RG||2015|COS LABORY|Cos Labory, not held (Cos d'Estournel is)
-RG|vre||VIN ROUGE MAISON|generic house red, no house wine held
-BL|vre||BLANC DU MOMENT|generic white of the moment
-RG||2018|POMEROL|bare appellation, several Pomerols held
-RG|vre||SAINT EMILION|bare appellation, several Saint-Émilions held
-RS||2023|BONNET ROSE|Château Bonnet rosé, not held (white and red are)
-BL||2019|CLEMENTIN|Clémentin blanc, not held (the red is)
-BL||2020|CHANTEGRIVE CAROLINE|Chantegrive's Cuvée Caroline, not held
-LQ|half|2015|DOISY VEDRINES|Doisy-Védrines, not held (Doisy-Daëne is)
-LQ|vre||SAUTERNES|bare appellation, several Sauternes held
-BU|cp||CHAMPAGNE|generic champagne coupe, two houses held
-BU|||DRAPPIER ROSE|Drappier rosé, not held
-CO|dose||OTARD VS|Otard VS, not held (VSOP and XO are)
-CO|dose||MEUKOW|three Meukow held
-CO|dose||HINE ANTIQUE|Hine Antique XO, not held (Rare VSOP is)
-AR|dose||SIGOGNAC 30ANS|Sigognac 30 ans, not held (10 and 20 are)
-RH|dose||APPLETON 15ANS|Appleton 15 ans, not held (8 and 12 are)
-RH|dose||MT GAY BLACK|Mount Gay Black Barrel, not held
-WH|dose||GLENLIVET18|Glenlivet 18 ans, not held (12 and 15 are)
-WH|dose||WHISKY|generic whisky dose
-PR|demi||PANACHE|mixed drink
-AP|||LILLET TONIC|mixed drink (Lillet and tonic)
-SF|||COCA ZERO|Coca-Cola Zéro, not held
-CU|||CANELES X3|food
-CU|||ENTRECOTE BORDELAISE|food
-CA|||CAFE GOURMAND|coffee and desserts
-DV|||DROIT DE BOUCHON|service
-RG||2016|HAUT BATAILLEY|Haut-Batailley, not held (Batailley is)
-RG||2017|LES FIEFS DE LAGRANGE|second wine of Lagrange, not held
"""
