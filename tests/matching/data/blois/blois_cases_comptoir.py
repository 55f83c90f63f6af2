"""What the bar staff keyed on the comptoir register: key|measure|yy|text, or
-|measure|yy|text|family|reason for a product that is no drink of the library."""
CASES = """
salv_rge|gl|22|CHEV RGE SALV
salv_rge|p50||CHEVERNY RGE SALVARD
salv_blc|gl|23|CHEV BLC SALV
salv_rse|gl15||CHEV ROSE SALVARD
tess_rge|gl|20|CHEV RGE TESSIER
cazin_chev|gl|22|CHEV CAZIN
cazin_cour|gl|21|COUR CHEV CAZIN
huards_cour|gl||COUR CHEV HUARDS
desou_cour|gl|21|COURCHEV DESOUCH
mar_sauv|gl|23|TOUR SAUV MARION
mar_sauv|p50||TOURAINE SAUV MARIONNET
del_sauv|p25|23|SAUV DELAUNAY
mar_gamay|p50|23|GAMAY MARIONNET
del_cot|gl|21|COT DELAUNAY
corb_rse|p50|23|TOUR ROSE CORBIL
nau_sec|gl|20|VOUV SEC NAUDIN
nau_ds|gl|20|VOUV DS NAUDIN
nau_mx|gl||VOUV MOEL NAUDIN
nau_pet|flute||VOUV PET NAUDIN
huet_sec|gl|22|HUET HT LIEU SEC
huet_ds|gl|19|HUET DEMI SEC
champ_sec|gl|22|VOUV SEC CHAMPAL
chid_choi|gl|21|CHOISILLES
tal_000|flute||TRIPLE ZERO TAL
jog_terroir|gl|22|CHINON JOGUET
jog_terroir|half|21|CHINON JOGUET
baud_granges|p50|22|CHINON BAUDRY
couly_baron|gl|19|BARONNIE COULY
alliet_vv|gl|20|CHINON ALLIET VV
bret_trinch|gl|22|BOURG TRINCH
amir_coud|gl|21|BOURG COUDRAYE
monm_brut|flute||CREMANT MONMOUS
lang_rose|flute||CREM ROSE LANGLOIS
taitt|flute||TAITT BRUT
vcp|flute||VCP CARTE JAUNE
kro_keg|demi||KRO
1664b_keg|demi||1664 BLANC
affl_keg|pinte||AFFLIGEM
leffe|btl||LEFFE BLDE
pelforth|b25||PELFORTH
coca0|btl||COCA ZERO
p51|dose||PASTIS51
lillet|gl||LILLET BLC
cointreau|dose||COINTREAU
poire|dose||POIRE WILL
glen12|dose||GLENF 12ANS
get27|dose2||GET27
salv_rge|gl|20|CHEV RGE SALV
salv_blc|gl|22|CHEV BLC SALV
cazin_cour|gl|20|COUR CHEV CAZIN
huards_cour|gl|19|COUR CHEV HUARD
nau_sec|gl|21|VOUV SEC NAUDIN
nau_ds|gl|19|VOUV DS NAUDIN
nau_mx|gl|17|VOUV MX NAUDIN
huet_sec|gl|21|HUET SEC
del_sauv|gl|21|SAUV DELAUNAY
mar_sauv|p25|22|SAUV MARIONNET
jog_terroir|gl|20|CHINON JOGUET
couly_baron|gl|20|BARONNIE COULY
alliet_vv|gl|18|ALLIET VV
amir_coud|gl|19|BOURG COUDRAYE
bret_trinch|gl|21|BOURG TRINCH
-|||CROQ MONSIEUR|CUI|food
-|||RILLONS BLOIS|CUI|food
-|||CAFE|CAF|coffee
-|gl||VIN ROUGE|RGE|generic red
-|p50||BLANC MAISON|BLC|house white, no such drink in the library
-|gl||VIN DU MOMENT|BLC|generic
-|gl||VOUVRAY|BLC|appellation alone: several Vouvrays held
-|gl||TOURAINE SAUV|BLC|two domaines' Touraine Sauvignon held
-|gl||CHEVERNY BLANC|BLC|several Cheverny whites held (Salvard, Tessier, Cazin)
-|gl||COUR CHEVERNY|BLC|three Cour-Cheverny held
-|gl||CHINON|RGE|several Chinons held
-|gl||CHEV ROSE TESSIER|RSE|Tessier's rosé not held
-|gl||VOUV MOEL CHAMPAL|LIQ|Champalou's moelleux not held
-|gl||HUET CLOS BOURG|BLC|Huet's Clos du Bourg not held
-|gl||CHINON BLC JOGUET|BLC|Joguet's white not held
-|gl||SANCERRE|BLC|not held
-|flute||CREMANT LOIRE|BUL|several crémants held
-|flute||CREM ROSE MONMOUS|BUL|Monmousseau's rosé not held
-|flute||COUPE CHAMPAGNE|BUL|generic
-|flute||KIR ROYAL|BUL|mixed drink
-|gl||KIR|APE|mixed drink
-|demi||PANACHE|BIE|mixed drink
-|pinte||PICON BIERE|BIE|mixed drink
jog_terroir|mag||CHINON JOGUET
nau_sec|half||VOUV SEC NAUDIN
leffe|pinte||LEFFE
heineken|demi||HEINEKEN
perrier|b100||PERRIER
-|dose||WHISKY|ALC|generic
-|dose||GLENF 18ANS|ALC|age not held
-|dose||MARTINI|APE|brand alone: Bianco and Rosso held
-|dose||PASTIS|APE|Ricard and 51 held
-|dose||MIRABELLE|ALC|not held
-|btl||SCHWEPPES|SFT|two Schweppes held
-|||SIROP MENTHE|SFT|syrup not held
"""
