"""What the owner programmed on the dining-room till (connection S).

Lines: key|measure|vintage|text, or -FAMILY|measure|vintage|text|reason. The till adds the
three-letter family and a hyphen, the measure, the four-digit vintage, cuts the description
at 24 characters and prints the price with a decimal comma.
"""

SPECS = r"""
gpd|btl|2018|CHT.GRAND-PUY-DUCASSE
gpd|btl|2020|G.P.DUCASSE
gpd|mag|2016|GD-PUY-DUCASSE
prelude|btl|2019|PRÉLUDE GD-PUY-DUCASSE
prelude|btl|2018|PRÉLUDE À GPD
lafon|btl|2015|LAFON ROCHET
lafon|btl|2017|LAFON-ROCHET
pelerins|btl|2020|PÈLERINS LAFON-ROCHET
tourcarnet|half|2018|TOUR-CARNET
ferriere|btl|2017|CHT.FERRIÈRE
tourdeby|mag||TOUR DE BY
patache|btl|2018|PATACHE-D'AUX
fourcas_r|btl|2017|FOURCAS-HOSTEN
fourcas_b|btl|2021|FOURCAS-HOSTEN BLANC
bouscaut_b|btl|2020|BOUSCAUT BLANC
couhins|btl|2022|COUHINS-LURTON
cruzeau|btl|2019|CHT.DE CRUZEAU
crabitey|pich50||CRABITEY
soutard|btl|2018|CHT.SOUTARD
petitsoutard|btl|2019|PETIT SOUTARD
capmourlin|btl|2016|CAP DE MOURLIN
dassault|mag|2016|DASSAULT
destieux|btl|2018|CHT.DESTIEUX
grandmayne|btl|2015|GRAND MAYNE
bonpasteur|btl|2016|LE BON PASTEUR
bonpasteur|btl|2018|BON-PASTEUR
bourgneuf|half||BOURGNEUF
marjosse_b|btl|2023|CHT.MARJOSSE
marjosse_r|btl|2020|CHT.MARJOSSE
jaillance|btl||CRÉMANT JAILLANCE
jaubertie_r|btl|2020|CHT.DE LA JAUBERTIE
jaubertie_r|btl|2019|JAUBERTIE
miaudoux_s|b50|2018|MIAUDOUX SAUSSIGNAC
miaudoux_s|b50|2016|SAUSSIGNAC
champarel|mag||CHAMPAREL
grandjaure|btl|2017|DOM.GRAND-JAURE
chmonbazillac|half|2018|CHT.DE MONBAZILLAC
caillevel|b50|2017|HTS DE CAILLEVEL
ponzac|btl|2018|CHT.PONZAC
eugenie|btl|2019|CHT.EUGÉNIE
eugenie|btl|2020|EUGÉNIE
gamot|btl|2018|CLOS DE GAMOT
gamot|mag|2016|CLOS-DE-GAMOT
gamot|btl|2017|CLOS DE GAMOT
gaudou|btl|2020|CHT.DE GAUDOU TRADITION
crampilh|btl|2016|CRAMPILH V.V.
nigri|btl|2022|DOM.NIGRI SEC
biprat|b50|2018|BI DE PRAT
biprat|b50|2019|BI-DE-PRAT
mayragues_r|btl|2019|MAYRAGUES ROUGE
terrisses|btl|2023|DOM.TERRISSES
ayala|mag||AYALA BRUT
ayala_rose|btl||AYALA ROSÉ MAJEUR
mumm|btl||MUMM CORDON ROUGE
busca_mil|dose|1990|BUSCA MIL.
busca_mil|dose|1995|BUSCA
bache_xo|dose||BACHE-GAB. XO
prune|dose||VIEILLE PRUNE
glen15|dose||GLENFIDDICH 15
gpd|half|2018|GD-PUY-DUCASSE
laroze|mag|2018|LAROZE
jaubertie_r|mag||JAUBERTIE
mumm|half||MUMM
caillevel|b75|2019|CAILLEVEL
-RGE|btl|2019|CHT.GRAND-PUY-LACOSTE|another estate sharing a word
-RGE|btl|2018|CHT.LA TOUR-DE-MONS|another estate
-RGE|btl|2016|LES FIEFS DE LAGRANGE|second wine not held
-RGE|btl|2018|LE PETIT CHEVAL|second wine not held
-RGE|btl|2017|PETIT DASSAULT|second wine not held
-RGE|btl|2019|POMEROL|appellation alone, five held
-RGE|btl|2018|CAHORS|appellation alone, four held
-BLC|btl|2023|ENTRE-DEUX-MERS|three held
-RGE|btl|2016|ST-ÉMILION GC|several held
-RGE|pich50||BDX SUP.|generic carafe
-RSE|pich50||MAISON|generic
-BLC|btl|2022|FOURCAS-DUPRÉ|another estate sharing a word
-RSE|btl|2023|BOUSCAUT ROSÉ|colour not held
-BLC|btl|2021|CHT.DE VIELLA PACHERENC|Pacherenc not held
-RGE|btl|2018|CAUSSES-MARINES GRAIN|another cuvée
-LIQ|btl|2018|MONBAZILLAC PRESTIGE|another cuvée
-BUL|btl||AYALA BLANC DE BLANCS|another cuvée
-BUL|btl||TAITTINGER BRUT|not held
-DIG|dose||BUSCA 20 ANS|age not held
-DIG|dose||ARMAGNAC 1990|generic armagnac
-DIG|dose||GLENFIDDICH 21|age not held
-DIG|dose||BACHE FINE|grade not held
-APE|d6||PINEAU DES CHARENTES|not held
-APE|btl||KIR PÉCHARMANT|mixed drink
-CUI|btl||MAGRET DE CANARD|food
-CUI|btl||ENTRECÔTE BORDELAISE|food
-CUI|btl||TOURIN À L'AIL|food
-CAF|btl||CAFÉ GOURMAND|coffee
-CAF|btl||DÉCA|coffee
-SRV|btl||DROIT DE BOUCHON|service
-SFT|b100||EAU PLATE|generic water
"""
