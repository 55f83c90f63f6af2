"""Waiters' tablet (salle). key|measure|vintage typed|text typed  or  -family|measure|vintage|text|reason."""
SPECS = """
chinon|VRE|2021|chinon grézeaux
chinon|BTL|2019|chinon grézeaux baudry
bourgueil|BTL|2020|bourgueil cent boisselées
saumurch|BTL||saumur-champigny villeneuve
sancr|BTL|2021|sancerre rouge vacheron
sancb|BTL|2022|sancerre jolivet
sancb|1/2||sancerre blanc jolivet
pfume|BTL||pouilly-fumé angelots
vouvray|BTL|2021|vouvray huet haut-lieu
menetou|BTL||menetou-salon pellé
tourb|PICH25||touraine sauvignon
tourr|VRE||touraine gamay
roseloire|PICH50||rosé de loire ogereau
gloria|BTL|2015|château gloria
gloria|MAG|2016|château gloria
larose|1/2|2019|larose-trintaudon
cantemerle|BTL||château cantemerle
pressac|BTL|2016|château de pressac
croixgay|BTL|2017|la croix de gay
carbr|BTL||carbonnieux rouge
carbb|VRE||carbonnieux blanc
prieure|BTL|2018|prieuré-lichine
bonnet|VRE||château bonnet blanc
suduiraut|VRE||sauternes suduiraut
chablis|BTL|2021|chablis brocard
chablis1|BTL||chablis 1er cru montmains
laforet|BTL||bourgogne laforêt drouhin
gevrey|BTL|2020|gevrey-chambertin harmand
meursault|BTL||meursault bouchard
pfuisse|BTL||pouilly-fuissé château fuissé
morgon|BTL|2021|morgon côte du py foillard
telegraphe|BTL||châteauneuf vieux télégraphe
whisp|MAG||whispering angel
gewurz|BTL||gewurztraminer trimbach
pgris|VRE||pinot gris hugel
cremals|CP||crémant d'alsace
polres|BTL||pol roger réserve
polvint|BTL|2015|pol roger vintage
ruinrose|BTL||ruinart rosé
lpcuvee|CP||laurent-perrier la cuvée
vcp|1/2||veuve clicquot
porto10|DOSE||porto tawny 10 ans
laubvsop|DOSE||armagnac laubade vsop
martellcb|DOSE||martell cordon bleu
magloire|DOSE||calva père magloire
badoit|BTL||badoit 1l
evian50|BTL||evian 50cl
chimayb|BTL||chimay bleue
chinon|VRE|2020|chinon grézeaux
sancb|BTL|2021|sancerre blanc jolivet
gloria|BTL|2014|château gloria
larose|BTL|2017|larose-trintaudon
cantemerle|BTL|2016|château cantemerle
pressac|BTL|2020|château de pressac
croixgay|BTL|2018|la croix de gay
carbr|BTL|2019|carbonnieux rouge
gevrey|BTL|2021|gevrey-chambertin harmand
meursault|BTL|2019|meursault bouchard
morgon|BTL|2022|morgon côte du py foillard
polvint|BTL|2012|pol roger vintage
gewurz|BTL|2021|gewurztraminer trimbach
vouvray|BTL|2020|vouvray huet haut-lieu
larose|1/2|2018|larose-trintaudon
-9|U||café|coffee
-9|U||café gourmand|coffee and desserts
-9|U||déca|decaffeinated coffee
-9|U||thé earl grey|tea
-9|U||infusion verveine|herbal tea
-9|U||menu du marché|food
-9|U||plateau de fromages|food
-1|VRE||vin rouge du moment|generic
-2|PICH25||blanc maison|generic house white
chinon|1/2||chinon grézeaux
pressac|MAG||château de pressac
prieure|1/2||prieuré-lichine
-1|BTL||chinon clos de l'écho couly-dutheil|another producer's Chinon, not held
-2|BTL||sancerre blanc vacheron|Vacheron's white Sancerre not held (red only)
-3|BTL||sancerre rosé jolivet|Jolivet's rosé not held
-1|BTL||confidences de prieuré-lichine|second wine, not held
-1|BTL||château gruaud larose|another château, not held
-2|BTL||pouilly-fumé silex dagueneau|another producer, not held
-1|BTL||bourgueil grand mont druet|Druet's other cuvée, not held
-2|BTL||riesling hugel|Hugel's riesling not held (Trimbach's is)
-2|BTL||gewurztraminer hugel|Hugel's gewurztraminer not held
-2|BTL||chablis 1er cru vaillons brocard|another premier cru, not held
-4|BTL||dom ruinart|Ruinart's prestige cuvée, not held
-4|BTL||veuve clicquot rosé|not held
-4|BTL||pol roger sir winston churchill|prestige cuvée, not held
-4|BTL||laurent-perrier grand siècle|prestige cuvée, not held
-6|DOSE||armagnac|two Laubade armagnacs held (VSOP, XO)
-6|DOSE||martell xo|not held
-6|DOSE||talisker 18 ans|age not held (10 only)
-5|DOSE||porto|two ports held
-5|DOSE||martini|Rosso and Bianco both held
-7|BTL||chimay blanche|not held
-8|BTL||evian 33cl|format not held
-8|BTL||pago fraise|not held
-5|DOSE||pineau rouge|red Pineau not held (white only)
"""
