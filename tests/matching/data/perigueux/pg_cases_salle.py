"""Dining-room till (`salle`): what the staff keyed. key|measure|vintage|text, or for a product
that is no drink of the library -|measure|family|text|reason (measure may be empty)."""

CASES = """
tdg_gloire|BT|2018|GLOIRE TDG
tdg_gloire|BT|2020|GLOIRE MON PERE TDG
tdg_conti|BT|2023|CUV CONTI TDG
tdg_conti|V|2022|CONTI BLC
jaub_r|BT|2021|JAUBERTIE RGE
jaub_b|V|2023|JAUBERTIE BLC
jaub_rs|MG|2023|JAUBERTIE ROSE
abbaye|DB|2019|ABBAYE ANC CURE
sav_r|P50|2022|BGC RGE SAVIGNAC
sav_r|V||BGC RGE SAVIGNAC
sav_rs|P25|2023|BGC ROSE SAVIGNAC
sav_b|V15|2023|BGC SEC SAVIGNAC
eys_sau|V|2018|SAUSS EYSSARDS
yvigne_sau|B50|2015|SAUSS YVIGNE
yvigne_pp|BT|2020|PETIT PRINCE YVIGNE
tir|BT|2016|PECH TIREGAND
tir|DB|2019|PECH TIREGAND
tir|MG|2016|PECH TIREGAND
hp|BT|2020|HT PECHARMANT
hp_vr|BT|2016|VEUVE ROCHES HT PECH
champ|BT|2017|CHAMPAREL
tc|DB|2018|TIRECUL
tc_mad|B50|2011|MADAME TIRECUL
monba|V|2020|CH MONBAZILLAC
bel_m|BT|2019|BOSREDON BELING
mouthes_v|BT|2018|CDD VIEILLEFONT
grave|BT|2020|CDD GRAVE BECHADE
cedre_le|BT|2016|LE CEDRE
trig|MG|2015|TRIGUEDINA
probus|BT|2016|PRINCE PROBUS
canon|BT|2016|CH CANON ST EM
croix_canon|BT|2018|CROIX CANON
gazin|BT|2014|CH GAZIN POM
hosp|BT|2018|HOSPITALET GAZIN
deutz|CP||DEUTZ BRUT
deutz|DB||DEUTZ BRUT CLASSIC
deutz_rs|BT||DEUTZ ROSE
lillet_rs|V||LILLET ROSE
vdn|V||VIN DE NOIX
supreme|DS||SUPREME DENOIX
remy_xo|D2||REMY XO
sig20|DS||SIGOGNAC 20A
lagav|DS||LAGAVULIN 16A
tatou|DM||TATOU PRESSION
k1664|PT||1664
badoit|B100||BADOIT
tdg_gloire|BT|2019|GLOIRE TDG
jaub_r|BT|2020|JAUBERTIE RGE
tir|BT|2017|PECH TIREGAND
tir|BT|2021|CH TIREGAND
hp|BT|2019|DNE HT PECHARMANT
tc|BT|2016|CH TIRECUL GRAV
tc|DB|2019|TIRECUL
monba|BT|2019|CH MONBAZILLAC
eys_sau|B50|2017|SAUSS EYSSARDS
canon|BT|2014|CH CANON
gazin|BT|2015|GAZIN POMEROL
trig|BT|2016|CLOS TRIGUEDINA
dominique|BT|2018|LA DOMINIQUE
delord_v|DS|1990|DELORD MILL
sav_r|V|2020|BGC RGE SAVIGNAC
cedre_le|MG|2016|LE CEDRE
deutz_rs|MG||DEUTZ ROSE
gazin|DB|2016|CH GAZIN
b24_blanche|B33||BRASSEE 24 BLANCHE
evian|B50||EVIAN
-|BT|RGE|PECHARMANT|appellation alone: four Pécharmants held
-|BT|LIQ|MONBAZILLAC|appellation alone: several Monbazillacs held
-|V|RGE|CAHORS|appellation alone: several Cahors held
-|BT|BLC|CH TIREGAND BLC 21|Tiregand held only in red
-|BT|ROS|TOUR GENDRES ROSE|Tour des Gendres rosé not held
-|BT|RGE|MOULIN DAMES TDG|another cuvée of Tour des Gendres, not held
-|BT|RGE|FLEUR DE CLINET 17|second wine of Clinet, not held
-|BT|BLC|BELINGARD BLC|Bélingard white not held (red and Monbazillac only)
-|BT|BLC|GRAVE BECHADE BLC|La Grave Béchade white not held
-|DS|DIG|REMY 1738|Rémy Martin 1738 not held
-|DS|DIG|SIGOGNAC 30A|Sigognac 30 ans not held
-|DS|DIG|LAGAVULIN 8A|Lagavulin 8 ans not held
-|V|APE|LILLET ROUGE|Lillet Rouge not held
-|CP|CHP|KIR ROYAL|mixed at the bar
-||CUI|FOIE GRAS MI CUIT|food
-||CUI|MAGRET SCE PERIGUEUX|food
-||CUI|SALADE PERIGOURDINE|food
-||CUI|GATEAU NOIX|food (walnut cake)
-||CAF|CAFE|coffee
-||SRV|DROIT BOUCHON|corkage service
-|V|RGE|VIN DU MOIS|generic label
-|BT|CHP|CHAMPAGNE|generic label
-|PT|BIE|LUTINE|La Lutine held only in 33 cl bottles (blonde and ambrée)
-|DS|DIG|COGNAC|generic: three cognacs held
-|DS|DIG|ARMAGNAC|generic: several armagnacs held
-|V|LIQ|SAUSSIGNAC|appellation alone: two Saussignacs held
-|BT|RGE|ST EMILION|appellation alone: three Saint-Émilions held
-|BT|RGE|POMEROL|appellation alone: three Pomerols held
-|V|BLC|CDD BLC|Côtes de Duras white: two held
-|BT|CHP|AMOUR DE DEUTZ|another Deutz cuvée, not held
"""
