"""What the waiters keyed on the dining-room handhelds: key|measure|yy|text, or
-|measure|yy|text|family|reason for a product that is no drink of the library."""
CASES = """
salv_rge|btl|21|chev. rg salvard
salv_rge|half|22|chev. rg salvard
salv_blc|mag|22|chev. bc salvard
salv_blc|btl|23|chev. bc salvard
salv_rse|btl||chev. rs salvard
tess_rge|btl|20|chev. rg tessier
cazin_chev|btl|22|chev. bc petit chambord
cazin_cour|btl|19|cour-chev. renaissance cazin
huards_cour|btl|20|cour-chev. françois 1er huards
desou_cour|btl||cour-chev. desoucherie
mar_sauv|btl|23|touraine sauv. marionnet
mar_sauv|half||touraine sauv. marionnet
del_sauv|btl|22|touraine sauv. delaunay
mar_gamay|btl|22|gamay 1ère vendange marionnet
del_cot|btl||côt delaunay
corb_rse|btl|23|touraine rs corbillières
nau_sec|btl|19|vouv. sec clos naudin
nau_ds|btl|18|vouv. ds clos naudin
nau_mx|half|18|vouv. mx clos naudin
nau_mx|btl|15|vouv. mx clos naudin
nau_pet|btl||vouv. pét. clos naudin
huet_sec|btl|20|huet haut-lieu sec
huet_ds|btl|19|huet haut-lieu ds
huet_mx|btl|18|huet haut-lieu mx
huet_mont|btl|21|huet le mont sec
huet_pet|btl|16|huet pét.
champ_sec|mag|21|vouv. sec champalou
aub_marigny|btl|21|aubuisières marigny
chid_choi|btl|20|chidaine choisilles
chid_breuil|btl||chidaine clos du breuil
tal_000|btl||taille aux loups triple zéro
jog_terroir|btl|22|chinon joguet terroir
jog_terroir|half||chinon joguet terroir
couly_baron|mag|18|chinon baronnie madeleine
couly_blc|btl|22|chinon bc chanteaux couly
alliet_vv|btl||chinon alliet vv
bret_trinch|mag||trinch! breton
amir_coud|btl|21|bourgueil coudraye amirault
lang_brut|btl||crémant langlois réserve
taitt_comtes|btl|12|comtes de champagne taittinger
lp_rose|btl||laurent-perrier rosé
drap|btl||drappier carte d'or
badoit|b100||badoit
sanpe|btl||san pellegrino
chateldon|btl||châteldon
nau_mx|gl||vouv. mx clos naudin
mar_gamay|p50||gamay marionnet
remy_vsop|dose||rémy vsop
salv_rge|btl|20|chev. rg salvard
tess_rge|btl|21|chev. rg tessier
cazin_cour|btl|20|cour-chev. renaissance cazin
huards_cour|btl|19|cour-chev. françois 1er huards
nau_sec|btl|18|vouv. sec clos naudin
nau_ds|btl|19|vouv. ds clos naudin
nau_mx|btl|16|vouv. mx clos naudin
nau_mx|half|17|vouv. mx clos naudin
huet_sec|btl|21|huet haut-lieu sec
huet_ds|btl|20|huet haut-lieu ds
champ_sec|btl|21|vouv. sec champalou
jog_terroir|btl|19|chinon joguet terroir
couly_baron|btl|17|chinon baronnie madeleine
alliet_vv|btl|21|chinon alliet vv
amir_coud|btl|22|bourgueil coudraye amirault
-|||rillettes de tours|CUI|food
-|||filet de sandre beurre blanc|CUI|food
-|||tarte tatin|CUI|food
-|||café gourmand|CAF|coffee
-|||menu enfant|CUI|food
-|btl||vouvray|BLC|appellation alone: several Vouvrays held
-|btl||vouvray ds|BLC|two Vouvray demi-secs held (Clos Naudin, Huet)
-|btl||touraine sauv.|BLC|two domaines' Touraine Sauvignon held
-|btl||cour-cheverny|BLC|three Cour-Cheverny held
-|btl||chev. rg|RGE|two Cheverny reds held (Salvard, Tessier)
-|btl||vouv. ds champalou|BLC|Champalou's demi-sec not held
-|btl||huet clos du bourg mx|LIQ|Huet's Clos du Bourg not held
-|btl||chinon rs couly|RSE|Couly-Dutheil's rosé not held
-|btl||chidaine les bournais|BLC|Chidaine's Les Bournais not held
-|btl||bourgueil grand mont druet|RGE|not held
-|btl||sancerre mellot|BLC|not held
-|btl||taittinger prélude|BUL|Taittinger's other cuvée not held
-|btl||veuve clicquot rosé|BUL|Veuve Clicquot's rosé not held
-|btl||laurent-perrier la cuvée|BUL|Laurent-Perrier's brut not held
-|btl||dom pérignon|BUL|not held
salv_rse|mag||chev. rs salvard
tess_blc|half||chev. bc tessier
del_sauv|half||touraine sauv. delaunay
champ_sec|half||vouv. sec champalou
lang_rose|mag||crémant langlois rosé
vcp|half||veuve clicquot jaune
lp_rose|mag||laurent-perrier rosé
huet_ds|mag||huet haut-lieu ds
sanpe|b50||san pellegrino
-|p50||pichet vin rouge|RGE|generic
-|gl||verre vin blanc|BLC|generic
-|||droit de bouchon|DIV|corkage
-|||couvert supplémentaire|DIV|service
-|||carafe d'eau|EAU|tap water
-|btl||vin de la semaine|RGE|generic
-|dose||digestif maison|ALC|generic
-|dose||armagnac|ALC|not held
"""
