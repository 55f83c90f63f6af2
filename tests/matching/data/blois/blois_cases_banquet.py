"""Lines of the group / banquet invoice export: key|measure|yy|text, or
-|measure|yy|text|family|reason for a product that is no drink of the library."""
CASES = """
salv_rge|btl|22|CHEVERNY Rouge, Domaine du Salvard
salv_rge|p50||CHEVERNY Rouge, Domaine du Salvard
salv_blc|p50|23|CHEVERNY Blanc, Domaine du Salvard
salv_blc|mag|22|CHEVERNY Blanc, Dom. du Salvard
salv_rse|p50|23|CHEVERNY Rosé, Domaine du Salvard
tess_blc|btl|22|CHEVERNY Blanc, Philippe Tessier
cazin_cour|btl|21|COUR-CHEVERNY Cuvée Renaissance, F. Cazin
cazin_chev|btl||CHEVERNY Le Petit Chambord, F. Cazin
huards_cour|btl|18|COUR-CHEVERNY François 1er, Dom. des Huards
mar_sauv|btl||TOURAINE Sauvignon, Henry Marionnet
mar_sauv|p50|23|TOURAINE Sauvignon, H. Marionnet
del_sauv|btl|23|TOURAINE Sauvignon, Joël Delaunay
del_sauv|p25||TOURAINE Sauvignon, J. Delaunay
mar_gamay|p50|22|TOURAINE Gamay Première Vendange, Marionnet
del_cot|p50|21|TOURAINE Côt, Delaunay
corb_rse|btl||TOURAINE Rosé, Corbillières
nau_sec|btl|20|VOUVRAY Sec, Clos Naudin
nau_ds|btl|20|VOUVRAY Demi-Sec, Clos Naudin
nau_mx|btl|15|VOUVRAY Moelleux, Clos Naudin
nau_mx|gl||VOUVRAY Moelleux, Clos Naudin
nau_pet|flute||VOUVRAY Pétillant Brut, Clos Naudin
huet_sec|btl|22|VOUVRAY Le Haut-Lieu Sec, Huet
huet_mx|btl|18|VOUVRAY Le Haut-Lieu Moelleux, Huet
huet_mont|btl||VOUVRAY Le Mont Sec, Huet
champ_sec|btl|22|VOUVRAY Sec, Champalou
aub_marigny|btl|21|VOUVRAY Le Marigny, Aubuisières
chid_breuil|btl|21|MONTLOUIS Clos du Breuil, Chidaine
tal_000|flute||MONTLOUIS Triple Zéro, Taille aux Loups
jog_terroir|btl|21|CHINON Cuvée Terroir, Charles Joguet
baud_granges|btl|22|CHINON Les Granges, Bernard Baudry
couly_baron|btl|19|CHINON La Baronnie Madeleine, Couly-Dutheil
couly_blc|p50|22|CHINON Blanc Les Chanteaux, Couly-Dutheil
bret_trinch|btl|22|BOURGUEIL Trinch!, Breton
amir_coud|btl|20|BOURGUEIL La Coudraye, Amirault
monm_brut|flute||CRÉMANT DE LOIRE Brut, Monmousseau
lang_brut|flute||CRÉMANT DE LOIRE Brut Réserve, Langlois-Château
lang_rose|flute||CRÉMANT DE LOIRE Rosé, Langlois-Château
taitt|mag||CHAMPAGNE Taittinger Brut Réserve
taitt|half||CHAMPAGNE Taittinger Brut
vcp|flute||CHAMPAGNE Veuve Clicquot Carte Jaune
kro_keg|demi||Bière Kronenbourg
affl_keg|demi||Bière Affligem Blonde
coca|btl||Coca-Cola
orangina|btl||Orangina
evian|b50||Evian
mill_pom|btl||Jus de pomme Alain Milliat
cointreau|dose||Cointreau
poire|dose||Poire Williams Massenez
salv_rge|btl|19|CHEVERNY Rouge, Domaine du Salvard
salv_blc|btl|22|CHEVERNY Blanc, Domaine du Salvard
tess_rge|btl|22|CHEVERNY Rouge, Philippe Tessier
cazin_cour|btl|22|COUR-CHEVERNY Cuvée Renaissance, F. Cazin
mar_sauv|btl|22|TOURAINE Sauvignon, Henry Marionnet
del_sauv|btl|24|TOURAINE Sauvignon, Joël Delaunay
nau_sec|btl|21|VOUVRAY Sec, Clos Naudin
nau_ds|btl|17|VOUVRAY Demi-Sec, Clos Naudin
nau_mx|btl|20|VOUVRAY Moelleux, Clos Naudin
huet_sec|btl|19|VOUVRAY Le Haut-Lieu Sec, Huet
huet_ds|btl|18|VOUVRAY Le Haut-Lieu Demi-Sec, Huet
huet_mont|btl|20|VOUVRAY Le Mont Sec, Huet
chid_choi|btl|22|MONTLOUIS Les Choisilles, Chidaine
jog_terroir|btl|23|CHINON Cuvée Terroir, Charles Joguet
couly_baron|mag|19|CHINON La Baronnie Madeleine, Couly-Dutheil
taitt_comtes|btl|13|CHAMPAGNE Comtes de Champagne, Taittinger
-|||Menu Groupe Château (entrée, plat, dessert)|CUI|food
-|||Menu Découverte Val de Loire|CUI|food
-|||Forfait boissons (1/4 vin + café)|DIV|drinks package
-|||Supplément plateau de chèvres|CUI|food
-|||Café|CAF|coffee
-|||Location de salle|DIV|service
-|||Service banquet|DIV|service
-|flute||Apéritif de bienvenue|BUL|generic
-|flute||Kir pétillant|BUL|mixed drink
-|p50||Vin rouge en carafe|RGE|generic
-|p50||CHEVERNY Rouge|RGE|two Cheverny reds held
-|btl||VOUVRAY Sec|BLC|several Vouvray secs held
-|btl||VOUVRAY Moelleux|LIQ|two Vouvray moelleux held (Clos Naudin, Huet)
-|btl||TOURAINE Sauvignon|BLC|two domaines' Touraine Sauvignon held
-|btl||CHINON Rouge|RGE|several Chinon reds held
-|btl||CRÉMANT DE LOIRE Brut|BUL|two crémant bruts held
-|btl||VOUVRAY Demi-Sec, Champalou|BLC|Champalou's demi-sec not held
-|btl||TOURAINE Sauvignon, Corbillières|BLC|Corbillières' sauvignon not held
-|btl||CHEVERNY Rouge, F. Cazin|RGE|Cazin's red not held
-|btl||BOURGUEIL Grand Mont, Druet|RGE|not held
-|btl||SAUMUR-CHAMPIGNY, Filliatreau|RGE|not held
-|btl||CHAMPAGNE Brut|BUL|generic
-|btl||CHAMPAGNE Taittinger Prestige Rosé|BUL|Taittinger's rosé not held
amir_coud|mag|21|BOURGUEIL La Coudraye, Amirault
huet_sec|mag|22|VOUVRAY Le Haut-Lieu Sec, Huet
nau_ds|half|20|VOUVRAY Demi-Sec, Clos Naudin
jog_terroir|mag||CHINON Cuvée Terroir, Charles Joguet
drap|mag||CHAMPAGNE Drappier Carte d'Or
leffe|pinte||Bière Leffe Blonde
chimay|pinte||Bière Chimay Bleue
affl_keg|b33||Bière Affligem Blonde
coca|b150||Coca-Cola
-|b25||Jus d'orange|SFT|not held
-|b100||Limonade|SFT|not held
-|dose||Digestif|ALC|generic
-|dose||Armagnac|ALC|not held
"""
