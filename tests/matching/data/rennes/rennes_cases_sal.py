"""Dining-room handheld (SAL). key|measure|vintage|text, or -|measure|vintage|text|reason[|lo-hi price range]."""
CASES = """
talbot||2015|ChTalbot St-Julien
talbot|MAG|2015|ChTalbot
connet||2018|Connétable Talbot
amiral||2019|Amiral de Beychevelle
beych|||ChBeychevelle
chasse|VRE||Chasse-Spleen
fieuzal||2020|ChFieuzal blanc
briords|VRE|2021|Muscadet Briords
huetds||2018|Huet Haut-Lieu Demi-Sec
huetsec|VRE||Huet Haut-Lieu sec
rochesn||2020|Saumur-Champ. Roches Neuves
baudry||2021|Chinon Baudry Granges
vacheron|VRE||Sancerre Vacheron
tracy|VRE||Pouilly-Fumé Tracy
layon|C50|2019|Coteaux du Layon Pierre-Bise
larvail||2020|Chablis 1er Vaillons
setilles||2021|OLeflaive Sétilles
faivmyg||2018|Myglands Faiveley
p45p|VRE||Parallèle 45 rosé
p45r||2022|Parallèle 45 rouge
belleru|P25||Belleruche
deschants||2019|St-Jo Deschants
janasse||2017|Cdp Janasse
cayron|VRE||Gigondas Cayron
hortus||2019|Hortus Gde Cuvée
schlpg||2021|Pinot Gris Schlumberger
schlri|VRE||Riesling Pces Abbés
cotroses||2023|Côte des Roses
bollsc|||Bollinger Spécial Cuvée
bollsc|MAG||Bollinger SC
bollga||2015|Bollinger Gde Année
drappier|HALF||Drappier Carte d'Or
billrs|CP||Billecart Rosé
charlesh|||Charles Heidsieck
kerbrut|||Kerisac brut bouteille
valrance|BOLEE||Val de Rance
valrance|P50||Val de Rance cru breton
pommeau|VRE||Pommeau Drouin
kornog|DOSE||Kornog
glen18|DOSE||Glenlivet 18
nikka|DOSE||Nikka From The Barrel
fontpinot|DOSE||Fontpinot XO
martr|DOSE||Martini rouge
taylor|VRE||Porto Taylor's
corambk|||Coreff ambrée btl
corambk|PINTE||Coreff ambrée
affli|DEMI||Affligem
milliat|||Jus de pomme Milliat
talbot||2017|ChTalbot
connet||2017|Connétable Talbot
beych||2018|ChBeychevelle
chasse||2017|Chasse-Spleen
lanessan||2016|Lanessan
fieuzal||2019|Fieuzal blanc
rochesn|VRE|2022|Saumur-Champ.
larsm|VRE|2023|Chablis St-Martin
vacheron|HALF|2021|Sancerre Vacheron
p45r||2023|Parallèle 45 rouge
janasse|MAG|2019|Cdp Janasse
bollga||2012|Bollinger Gde Année
hortus||2020|Hortus Gde Cuvée
schlgw||2021|Gewurz Schlumberger
aqueria||2022|Tavel Aqueria
-|VRE||de rouge|generic glass of red
-|P50||rosé maison|house rosé
-|||Kir vin blanc|cocktail|3-6
-|CP||de champagne|generic coupe
-|||Bollinger Rosé|Bollinger Rosé is not held|60-110
-|||ChTalbot Caillou Blanc|Talbot's white wine is not held|30-60
talbot|HALF|2018|ChTalbot|
bollga|MAG|2014|Bollinger Gde Année|
-|||Billecart Blanc de Blancs|another cuvée of a held house|70-120
-|||Ruinart Rosé|another cuvée of a held house|70-120
-|||Sancerre rouge|a red Sancerre is not held|26-50
-|VRE||Chinon rosé|a rosé Chinon is not held
-|||Chablis Gd Cru Blanchots Laroche|another cuvée of a held producer|70-120
-|||Gewurz Vendanges Tardives|another cuvée|40-80
-|DOSE||Glenlivet Founder's Reserve|another Glenlivet, not held
-|DOSE||Armorik Sherry Cask|another Armorik, not held
-|DOSE||Calva Pays d'Auge|generic, three held
-|DOSE||Cognac|generic
-|DOSE||Drouin|brand alone, two Drouin calvados held
-|DOSE||Frapin|brand alone, VSOP and Fontpinot XO held
-|PINTE||Bière du moment|generic
-|DEMI||Picon bière|mixed drink
-|PINTE||Coreff IPA|another Coreff, not held
-|DEMI||Britt blonde|another Britt, not held
westm|PINTE||Westmalle|
-|||Cidre rosé|not held|8-15
-|BOLEE||Poiré Domfront|another producer's poiré
-|||Eau en carafe|tap water|0-0
-|||Café gourmand|dessert|7-10
-|||Déca|coffee|1-3
-|||Galette saucisse|food|3-6
-|||Kouign-amann|food|2-5
-|||Andouille de Guémené|food|9-16
-|||Supplément glaçons|service|0-1
coca|L1||Coca|
"""
