"""CAISSE: what was programmed on the counter register's keys.
key|measure|vintage|text            a drink of the library (the answer is computed)
-|measure|vintage|text|reason       no drink of the library"""
CASES = """
muspep|G|2023|MUSCADET PEPIERE
muspep|BT|2022|MUSCADET PEPIERE
muspep|MAG|2022|MUSCA PEPIERE
muspep|CAR50||MUSCADET PEPIERE
clisson|BT|2019|PEPIERE CLISSON
granite|BT|2020|ECU GRANITE
allees|BT|2023|LUNEAU ALLEES
cleray|HALF|2023|CLERAY SAUVION
baronnesb|G15|2023|SANCERRE BARONNES
baronnesr|BT|2021|SANCERRE RGE BOURGEOIS
tracy|BT|2022|PF TRACY
terresch|G|2021|SAUMUR CHP TERRES
villeneuve|BT|2020|SAUM CHAMPIGNY VILLENEUVE
baronnie|CAR25|2020|CHINON BARONNIE
joguet|HALF|2021|CHINON JOGUET
layon|G||LAYON BAUMARD
reynonr|BT|2020|REYNON ROUGE
cantemerle|BT|2018|CANTEMERLE
cantemerle|HALF|2018|CANTEMERLE
cantemerle|BT||CH CANTEMERLE
depez|BT|2016|CH DE PEZ ST ESTEPHE
fiefs|BT|2019|FIEFS LAGRANGE
lagrange|BT|2015|CH LAGRANGE ST JULIEN
lapointe|MAG|2015|LA POINTE POMEROL
guiraud|HALF|2015|GUIRAUD SAUTERNES
vaudevey|BT|2020|CHABLIS 1ER VAUDEVEY
jacobinsr|BT|2022|JADOT PINOT JACOBINS
jacobinsb|G||JADOT CHARDO JACOBINS
p45|CAR50||COTES RHONE P45
byott|MAG|2022|BY OTT
lpbrut|HALF||LAURENT PERRIER BRUT
lprose|BT||LP ROSE
moetimp|BT||MOET IMPERIAL
piper|G||PIPER HEIDSIECK
charles|BT||CHARLES HEIDSIECK
capbrut|BT||CIDRE CAPELLE BRUT
capkeg|DEMI||CIDRE PRESSION
groult8|DOSE||CALVA GROULT 8ANS
pmfine|DOSE||CALVA PERE MAGLOIRE
redbreast|DOSE||REDBREAST 12ANS
bush10|D2||BUSHMILLS 10ANS
ricard|D2||RICARD
guinkeg|PINTE||GUINNESS
guinkeg|DEMI||GUINNESS
guincan|BT44||GUINNESS CAN
1664keg|DEMI||1664
leffekeg|PINTE||LEFFE BLONDE
pride|BT||LONDON PRIDE
coca|BT||COCA
muspep|BT|2021|MUSCADET PEPIERE
clisson|BT|2017|PEPIERE CLISSON
granite|BT|2019|ECU GRANITE
tracy|BT|2021|PF TRACY
cantemerle|BT|2017|CANTEMERLE
cantemerle|HALF|2016|CANTEMERLE
depez|BT|2018|DE PEZ
fiefs|G|2020|FIEFS LAGRANGE
lagrange|BT|2016|CH LAGRANGE
gevrey|BT|2018|GEVREY ROSSIGNOL
jacobinsr|BT|2020|JADOT JACOBINS PN
terresch|BT|2019|TERRES CHAUDES
stmartin|HALF|2021|CHABLIS LAROCHE
moetgv|BT|2013|MOET GD VINTAGE
allees|G|2021|LUNEAU ALLEES
-|||CROQUE MONSIEUR|food
-|||MOULES FRITES|food
-|||CAFE|coffee
-|||IRISH COFFEE|cocktail, not a drink of the library
-|||KIR NORMAND|cocktail, not a drink of the library
-|G||VIN ROUGE MAISON|generic house wine
-|CAR50||PICHET ROSE|generic
-|PINTE||PANACHE|mixed drink
-|DOSE||WHISKY|generic
muspep|HALF|2023|MUSCADET PEPIERE
cantemerle|MAG|2018|CANTEMERLE
lprose|MAG||LP ROSE
moetimp|HALF||MOET IMPERIAL
smithwicks|PINTE||SMITHWICKS
pride|PINTE||LONDON PRIDE
1664keg|BT33||1664
-|BT|2021|SANCERRE BOURGEOIS ROSE|Bourgeois's rosé Sancerre not held
-|BT||RUINART BLANC BLANCS|not held
-|BT||VEUVE CLICQUOT|not held
-|DOSE||REDBREAST 15ANS|age not held
-|DOSE||JAMESON 18ANS|age not held
-|DOSE||CALVA GROULT 12ANS|age not held
-|BT|2020|CHINON|appellation alone, two Chinons held
-|BT|2020|SAUMUR CHAMPIGNY|appellation alone, two held
-|BT||HAUT MEDOC|appellation alone, two held
-|BT|2022|MUSCADET|several Muscadets held
-|DOSE||CALVADOS|several calvados held
-|BT||CHAMPAGNE|generic
-|PINTE||STOUT|generic
-|||FISH AND CHIPS|food
-|||CONSIGNE BAGAGES|service (left luggage)
-|DOSE||GET27 MENTHE|not held
-|BT|2019|LES FORTS DE LATOUR|not held
-|BT|2019|CHABLIS GD CRU BLANCHOT|Laroche's grand cru not held
-|BT||HEIDSIECK|brand fits Charles and Piper Heidsieck
-|DOSE||BUSHMILLS|brand fits Original and 10 ans
""".strip().splitlines()
