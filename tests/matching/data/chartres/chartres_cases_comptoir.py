"""Bar register (comptoir). key|measure|vintage typed|text typed  or  -family|measure|vintage|text|reason."""
SPECS = """
chinon|VRE||CHINON BAUDRY
chinon|PICH50||CHINON BAUDRY
chinon|BTL|2021|CHINON BAUDRY
bourgueil|VRE||BOURGUEIL DRUET
saumurch|VRE12||SAUMUR CHAMP
saumurch|BTL|2022|SAUMUR CH
sancr|VRE||SANCERRE RGE
sancb|VRE||SANCERRE BLC
sancb|BTL|2023|SANCERRE BLC
sancb|1/2|2022|SANC BLC
pfume|VRE||POUILLY FUME
muscadet|VRE||MUSCADET
muscadet|PICH25||MUSCADET
tourb|VRE||TOURAINE SAUV
tourr|PICH50||TOURAINE GAMAY
roseloire|VRE||ROSE LOIRE
cremloire|CP||CREMANT LOIRE
gloria|BTL|2016|GLORIA
larose|VRE||LAROSE TRINTAUDON
belleruche|VRE||COTES RHONE BELLERUCHE
belleruche|PICH50||CDR BELLERUCHE
whisp|VRE||WHISPERING ANGEL
riesling|VRE||RIESLING TRIMBACH
lugny|VRE||MACON LUGNY
drapcdo|CP||DRAPPIER CARTE OR
drapcdo|BTL||DRAPPIER C.OR
ruinbdb|CP||RUINART BDB
vcp|CP||VEUVE CLICQUOT
ricard|DOSE||RICARD
suze|DOSE||SUZE
martrosso|DOSE||MARTINI RGE
lillet|VRE||LILLET
portoruby|DOSE||PORTO RUBY
martellvs|DOSE||COGNAC MARTELL VS
laubxo|DOSE||ARMAGNAC XO
drouin|DOSE||CALVA DROUIN
chartv|DOSE||CHARTREUSE VERTE
chartj|DOSE||CHARTREUSE JAUNE
talisker|DOSE||TALISKER 10
jb|DOSE||JB
kro|DEMI||KRO
kro|PINTE||KRONENBOURG
affligem|DEMI||AFFLIGEM
pelforthb|PINTE||PELFORTH BRUNE
duvel|BTL||DUVEL
coca|BTL||COCA
perrier|BTL||PERRIER 33CL
schweppes|BTL||SCHWEPPES
chinon|BTL|2020|CHINON BDRY
gloria|BTL|2017|GLORIA
gloria|BTL|2019|CH GLORIA
larose|BTL|2020|LAROSE
pressac|BTL|2018|PRESSAC
prieure|BTL|2016|PRIEURE
saumurch|VRE|2021|SAUMUR CH
sancb|VRE|2021|SANC BLC
riesling|VRE|2019|RIESLING
chablis|VRE|2023|CHABLIS
gevrey|BTL|2018|GEVREY
tourb|VRE|2022|TOUR SAUV
muscadet|BTL|2023|MUSCADET
polvint|BTL|2012|POL VINT
whisp|BTL|2022|WHISPERING
-9|U||CAFE|coffee
-9|U||CREME|coffee with milk
-9|U||CROQUE MONSIEUR|food
-9|U||PLANCHE MIXTE|food
-9|U||SUPPL SIROP|syrup supplement, no drink of the library
-9|U||DROIT BOUCHON|corkage service
-1|VRE||VIN ROUGE|generic house red
-2|VRE||VIN BLANC|generic house white
-3|PICH50||ROSE MAISON|generic house rosé
-7|DEMI||PANACHE|beer and lemonade mix, generic
-7|DEMI||MONACO|beer mix, generic
-7|BTL||CHIMAY|brand alone: Chimay Bleue and Rouge both held
-6|DOSE||CALVADOS|two calvados held (Drouin, Père Magloire)
-6|DOSE||CHARTREUSE|Chartreuse Verte and Jaune both held
-6|DOSE||COGNAC|two cognacs held
-6|DOSE||MARTELL XO|Martell XO not held (VS, Cordon Bleu)
-6|DOSE||LAGAVULIN 8|Lagavulin 8 not held (16 only)
-6|DOSE||WHISKY|generic whisky
-5|DOSE||PASTIS 51|Pastis 51 not held
-7|PINTE||LEFFE|Leffe only held in 33 cl bottle, no keg
-7|DEMI||1664|1664 not held
-8|BTL||COCA CHERRY|Coca-Cola Cherry not held
-8|BTL||ORANGINA ROUGE|Orangina Rouge not held
chinon|MAG||CHINON BAUDRY
gloria|1/2||GLORIA
larose|MAG||LAROSE
-1|BTL||CHINON COULY|Chinon of another producer (Couly-Dutheil)
-3|BTL||SANCERRE ROSE|no rosé Sancerre held
-1|BTL||CONFIDENCES PRIEURE|second wine of Prieuré-Lichine, not held
-2|VRE||MUSCAT|no Muscat held
-1|VRE||BORDEAUX ROUGE|generic, several red Bordeaux held
-4|CP||PROSECCO|not held
-4|CP||CHAMPAGNE|generic, several champagnes held
-6|DOSE||GET 27|not held
-8|BTL||DIABOLO MENTHE|syrup drink, not held
"""
