"""Summer terrace tablet (`terrasse`): key|measure|vintage|text ({m} / {v} place the measure
word / vintage), or -|measure|-|text|reason."""

CASES = """
sav_rs|V|2023|rosé savignac
sav_rs|P50||rosé bergerac savignac
sav_rs|P25||{m} rosé maison savignac
sav_b|V||bergerac sec savignac
sav_b|P50|2023|sec savignac
sav_r|P25|2022|rouge savignac
sav_r|V15||{m} bergerac rouge julien de savignac
jaub_rs|BT|2023|jaubertie rosé
jaub_rs|V||rosé la jaubertie
jaub_rs|MG||jaubertie rosé
jaub_b|BT||château de la jaubertie blanc
thenac|BT|2023|thénac rosé
tdg_conti|BT|2023|conti tour des gendres
tdg_conti|V|2023|cuvée des conti
eys_b|BT|2023|eyssards sec
mouthes_p|BT|2021|pérette et les noisetiers
berticot|V|2023|berticot sauvignon
extase|V|2019|l'extase ancienne cure
tir|V||tiregand
hp|BT|2018|haut-pécharmant
mouthes_v|V|2018|vieillefont
lagrez|BT|2017|lagrézette
cedre_ch|BT|2019|château du cèdre
monba|V||monbazillac château de monbazillac
tc|V|2017|tirecul la gravière
abbaye|V|2017|l'abbaye monba
theulet|B50|2016|theulet
deutz|CP||deutz
deutz|BT||champagne deutz brut
drappier|CP||drappier carte d'or
lillet_b|V||lillet blanc
lillet_rs|V||{m} lillet rosé glaçons
quinq|V||quinquinoix
vdn|V||apéro noix distillerie du périgord
ricard|D2||ricard
tatou|DM||tatou
tatou|PT||tatou bam
tatou|B33||tatou
b24_blanche|PT||brassée 24 blanche
b24_blanche|DM||blanche de sarlat brassée 24
b24_noix|B33||brassée noix
lutine_amb|B33||lutine ambrée
owm|B33||old wonder man
coca0|B33||coca zéro
orangina|B25||orangina
milliat_a|B33||{m} nectar abricot milliat
pelle|BT||san pellegrino
sav_rs|V|2022|rosé savignac
sav_b|P50|2022|sec savignac
jaub_rs|BT|2022|jaubertie rosé
jaub_rs|MG|2022|jaubertie rosé
thenac|BT|2022|thénac rosé
tdg_conti|V|2021|cuvée des conti
berticot|BT|2022|berticot
extase|BT|2020|l'extase ancienne cure
sav_r|P25|2023|rouge savignac
mouthes_p|V|2022|pérette et les noisetiers
hp|BT|2021|haut-pécharmant
monba|V|2021|château de monbazillac
tc|V|2018|tirecul la gravière
jaub_b|BT|2022|château de la jaubertie blanc
lagrez|BT|2019|lagrézette
jaub_b|MG||jaubertie blanc
tatou|B25||tatou
owm|PT||old wonder man
lutine_bl|DM||lutine blonde
perrier|B100||perrier
-|V|-|rosé|generic: several rosés held
-|P50|-|rouge|generic
-|V|-|{m} de blanc|generic
-|V|-|rosé pamplemousse|mixed at the bar
-|V|-|spritz lillet|mixed at the bar
-|P50|-|sangria maison|mixed at the bar
-|V|-|bergerac rosé|appellation and colour only: three Bergerac rosés held
-|BT|-|pécharmant|appellation alone: four Pécharmants held
-|BT|-|côtes de duras|appellation alone: four Côtes de Duras held
-|V|-|monbazillac|appellation alone: several Monbazillacs held
-|BT|-|jaubertie|Jaubertie in red, white and rosé: colour missing
-|BT|-|moulin des dames tour des gendres|another cuvée of Tour des Gendres, not held
-|BT|-|thénac rouge|Château Thénac red not held
-|BT|-|tiregand rosé|Tiregand rosé not held
-|DM|-|blonde|generic: several blondes
-|PT|-|ipa|generic, no IPA held
-|B33|-|corona|not held
-|B33|-|brassée 24 ipa|La Brassée 24 IPA not held
-|DM|-|panaché|mixed at the bar
-|DM|-|monaco|mixed at the bar
-|B33|-|ice tea|not held
-|B25|-|jus d'orange pressé|fresh juice, not held
-||-|glace 2 boules|food
-||-|planche mixte|food
-||-|noix caramélisées|food
-||-|café frappé|coffee
-||-|diabolo menthe|mixed at the bar
-|V|-|menthe à l'eau|syrup, not held
-|V|-|cocktail du jour|generic
"""
