"""VOUCHER: the brasserie's items on the ferry line's partner portal (typed in English).
key|measure|vintage|text                 a drink of the library (the answer is computed)
-|measure or item type|vintage|text|reason   no drink of the library"""
CASES = """
muspep|G|2023|Muscadet Pepiere white
muspep|CAR50|2022|Muscadet Pepiere
muspep|BT||Muscadet sur lie Pepiere
granite|G|2020|Granite Muscadet Domaine de l'Ecu
cleray|BT|2023|Chateau du Cleray Muscadet
baronnesb|BT||Sancerre white Henri Bourgeois
baronnesr|BT||Sancerre red Henri Bourgeois
tracy|BT|2022|Pouilly Fume Chateau de Tracy
terresch|BT||Saumur Champigny Terres Chaudes
baronnie|BT|2020|Chinon Couly-Dutheil
joguet|G|2021|Chinon Joguet
cremloire|BT||Cremant de Loire sparkling
reynonr|G|2020|Chateau Reynon red
cantemerle|BT|2016|Chateau Cantemerle
cantemerle|HALF||Chateau Cantemerle
depez|BT|2017|Chateau de Pez
fiefs|BT||Fiefs de Lagrange
stmartin|BT|2022|Chablis Laroche
jacobinsr|G|2022|Bourgogne Pinot Noir Jadot
gevrey|BT||Gevrey-Chambertin
p45|G|2022|Cotes du Rhone Parallele 45
byott|G|2023|Rose By Ott
lpbrut|BT||Champagne Laurent-Perrier
lprose|G||Laurent-Perrier Rose
moetimp|G||Moet & Chandon Imperial
charles|G||Charles Heidsieck Brut
piper|BT||Piper-Heidsieck
capbrut|BT||Normandy cider Capelle brut
capkeg|PINTE||Draught cider Capelle
argelette|BT||Eric Bordelet cider
guinkeg|PINTE||Guinness
guinkeg|DEMI||Guinness
murphys|PINTE||Murphy's
1664keg|PINTE||Kronenbourg 1664
guincan|CAN||Guinness
beamish|CAN||Beamish stout
smithwicks|BT33||Smithwick's
hen|BT50||Old Speckled Hen
hobgoblin|BT50||Hobgoblin
jameson|DOSE||Jameson
jameson|D8||Jameson
bushorig|DOSE||Bushmills Original
redbreast|DOSE||Redbreast 12
groult3|DOSE||Calvados Roger Groult 3 years
coca|SOFT||Coke
evian|BT50||Evian
badoit|BT100||Badoit
muspep|G|2021|Muscadet Pepiere white
clisson|BT|2020|Clisson Muscadet Pepiere
granite|BT|2019|Granite Muscadet Domaine de l'Ecu
cleray|HALF|2022|Chateau du Cleray Muscadet
tracy|BT|2021|Pouilly Fume Chateau de Tracy
villeneuve|BT|2019|Chateau de Villeneuve Saumur
reynonr|BT|2018|Chateau Reynon red
cantemerle|G|2017|Chateau Cantemerle
depez|BT|2015|Chateau de Pez
lagrange|BT|2014|Chateau Lagrange
guiraud|HALF|2013|Chateau Guiraud Sauternes
jacobinsb|BT|2021|Bourgogne Chardonnay Jadot
gevrey|BT|2018|Gevrey Rossignol-Trapet
moetgv|BT|2012|Moet Grand Vintage
stmartin|G|2023|Chablis Laroche
-|MEAL||Fish and chips|food
-|MEAL||Moules marinieres|food
-|KIDS MENU||Nuggets and chips|food
-|HOT DRINK||Tea|hot drink
-|HOT DRINK||Irish coffee|cocktail, not in the library
-|HOT DRINK||Cappuccino|coffee
-|SNACK||Crisps|food
-|SERVICE||Delayed sailing top-up|service
-|SERVICE||Luggage storage|service
-|G||House red|generic
-|CAR50||House rose|generic
-|BT||Wine of the month|generic
-|PINTE||Lager|generic
-|PINTE||Stout|generic
-|DOSE||Irish whiskey|generic
-|SOFT||Fanta|not held
-|SOFT||Red Bull|not held
muspep|HALF|2023|Muscadet Pepiere white
baronnesb|HALF|2023|Sancerre white Henri Bourgeois
byott|HALF||Rose By Ott
moetimp|MAG||Moet & Chandon Imperial
guinkeg|BT50||Guinness
pride|PINTE||London Pride
-|PINTE||Guinness Hop House 13|another Guinness beer, not held
-|DOSE||Jameson 18 years|age not held
-|DOSE||Redbreast 15|age not held
-|DOSE||Green Spot|not held
-|BT|2019|Chateau Margaux|not held
-|BT|2021|Muscadet Chereau Carre|not held
-|BT||Champagne|generic
-|BT||Heidsieck Brut|brand fits Charles and Piper Heidsieck
-|BT|2021|Chinon|appellation alone, two Chinons held
-|G|2022|Sancerre|appellation alone, Bourgeois's white and red held
-|DOSE||Calvados|several calvados held
""".strip().splitlines()
