"""salle: the waiters' handhelds in the dining room and on the terrace.

One article a line: key|measure|vintage|text  (text as the manager typed it in the
handheld's catalogue: lower case, accents kept, appellation first), or
-FAM|measure|vintage|text|reason.  The handheld adds the four-digit vintage and
' - ' + the measure word; dishes and services have no measure.  Never cut.
"""

CASES = """
# --- Touraine
corb_sauv|B|2023|touraine sauvignon corbillières
corb_sauv|B|2021|touraine sauvignon corbillières
corb_sauv|H|2023|touraine sauv. corbillières
ricard_petiot|B|2022|touraine le petiot v. ricard
ricard_petiot|B|2020|touraine le petiot v. ricard
marteau_sauv|B||touraine sauvignon marteau
-VB|B||touraine sauvignon delaunay|Delaunay's sauvignon, not held (his gamay is)
marionnet_pv|B|2023|gamay première vendange marionnet
dutertre_prestige|B|2020|touraine-amboise dutertre prestige
dutertre_prestige|B|2022|touraine-amboise dutertre prestige
-VR|B||touraine-amboise rouge frissant|Frissant's red, not held (his white is)
# --- Chinon
baudry_grezeaux|B|2019|chinon baudry les grézeaux
baudry_grezeaux|B|2021|chinon baudry les grézeaux
baudry_grezeaux|G|2020|chinon baudry les grézeaux
baudry_grezeaux|M|2019|chinon baudry grézeaux
baudry_grezeaux|M|2020|chinon baudry grézeaux
baudry_grezeaux|H|2019|chinon baudry les grézeaux
-VR|B||chinon baudry la croix boissée|Baudry's La Croix Boissée, not held
alliet_vv|B|2019|chinon alliet vieilles vignes
alliet_vv|B|2018|chinon alliet vieilles vignes
noblaie_cerises|B|2023|chinon noblaie temps des cerises
noblaie_cerises|B|2021|chinon noblaie temps des cerises
noblaie_rose|G||chinon rosé noblaie
couly_madeleine|H|2020|chinon couly madeleine
couly_madeleine|M|2020|chinon couly madeleine
-VR|B||chinon joguet cuvée terroir|Charles Joguet, not held
# --- Bourgueil, Saint-Nicolas, Saumur
breton_trinch|B|2023|bourgueil trinch! breton
breton_trinch|M||bourgueil trinch! breton
breton_trinch|M|2023|bourgueil trinch! breton
butte_haut|B|2020|bourgueil haut de la butte
-VR|B||bourgueil mi-pente dom. de la butte|Mi-Pente, not held
amirault_source|H|2022|st-nicolas amirault la source
amirault_source|H|2021|st-nicolas amirault la source
amirault_source|B|2021|st-nicolas amirault la source
# --- Vouvray, Montlouis
huet_hautlieu|B|2020|vouvray huet haut-lieu sec
huet_hautlieu|B|2019|vouvray huet haut-lieu sec
huet_hautlieu|H||vouvray huet haut-lieu sec
huet_mont|B|2019|vouvray huet le mont demi-sec
-VL|B||vouvray huet haut-lieu moelleux|Huet's Haut-Lieu Moelleux, not held (the Sec is)
careme_brut|B||vouvray brut carême
champalou_moelleux|C50|2018|vouvray moelleux champalou
chidaine_choisilles|B|2020|montlouis chidaine les choisilles
chidaine_choisilles|M|2022|montlouis chidaine les choisilles
tal_triplezero|B||montlouis triple zéro taille aux loups
-VB|B||montlouis taille aux loups rémus|Rémus, not held
tiphaine_clef|B|2021|montlouis grange tiphaine clef de sol
# --- Cheverny
huards_pure|B|2023|cheverny huards pure
huards_pure|B|2021|cheverny huards pure
huards_envol|B|2022|cheverny rouge huards envol
huards_francois|B|2019|cour-cheverny huards françois 1er
-VB|B||cour-cheverny huards romo|Huards' Romo, not held
# --- bubbles
monmousseau_brut|H||crémant de loire monmousseau brut
monmousseau_rose|B||crémant de loire rosé monmousseau
drappier_cdo|M||champagne drappier carte d'or
drappier_cdo|B||champagne drappier
drappier_cdo|H||champagne drappier carte d'or
-VE|B||champagne drappier rosé|Drappier rosé, not held
-VE|CP||kir pétillant|cocktail
# --- elsewhere
vacheron_sancerre|H|2022|sancerre vacheron
-VR|B||sancerre rouge vacheron|Vacheron's red Sancerre, not held
cambon|B|2016|haut-médoc ch. cambon la pelouse
cambon|B|2017|haut-médoc ch. cambon la pelouse
cambon|H||ch. cambon la pelouse
cambon|H|2016|ch. cambon la pelouse
guigal_cdr|B|2020|côtes du rhône guigal
-VS|B||côtes du rhône guigal rosé|Guigal's rosé, not held
lapierre_morgon|B|2022|morgon lapierre
esclans_wa|B|2023|whispering angel
esclans_wa|M|2023|whispering angel
esclans_wa|H|2023|whispering angel
-VR|P50||vin rouge maison|house red
-VB|P25||vin blanc maison|house white
-VL|G||coteaux du layon|no Coteaux du Layon held
# --- aperitifs, spirits, softs
graham_six|G||porto graham's six grapes
lillet_blanc|G12||lillet blanc
frapin_xo|D||cognac frapin xo
-DG|D||cognac frapin vs|Frapin VS, not held (VSOP and XO are)
laubade_vsop|D||armagnac laubade vsop
-DG|D||armagnac laubade xo|Laubade XO, not held
-DG|D||calvados drouin xo|Drouin XO, not held (VSOP is)
chartreuse_verte|D2||chartreuse verte
diplomatico|D||rhum diplomatico
-DG|D||whisky talisker 18 ans|Talisker 18, not held (10 is)
badoit|C100||badoit
milliat_orange|C33||jus d'orange milliat
turone_blanche|C33||turone blanche
# --- dishes, hot drinks, services
-CU|||rillettes de tours|food
-CU|||rillons de touraine|food
-CU|||sainte-maure de touraine|food
-CU|||sandre au beurre blanc|food
-CU|||andouillette au vouvray|food cooked with Vouvray
-CU|||pavé de boeuf sauce chinon|food with a Chinon sauce
-CU|||pruneaux au vouvray|dessert
-CU|||menu du jour|food
-BC|||café gourmand|coffee and desserts
-BC|||irish coffee|cocktail with whiskey
-DV|||droit de bouchon|corkage
"""
