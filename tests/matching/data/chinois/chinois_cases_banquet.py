"""banquet: the banquet-order export (weddings, birthdays, company dinners).

One line per ordered product: key|measure|vintage|designation. The export writes
`BQ<date>;T<table>;<menu code>;<quantity>;<designation>;<vintage or empty>;<size>`.
key `-` is no drink of the library; a fifth field gives the reason.
"""

CASES = r"""
lafite|btl|2016|Château Lafite-Rothschild
lafite|mag|2010|Lafite Rothschild
carruades|btl|2015|Carruades de Lafite
mouton|btl|2014|Mouton-Rothschild
petitmouton|btl|2016|Petit Mouton
pichoncomtesse|btl|2012|Pichon Comtesse
reservecomtesse|btl|2017|Réserve de la Comtesse
pichonbaron|btl|2015|Pichon-Longueville Baron
lynch|btl|2014|Lynch-Bages
lynch|half|2016|Ch. Lynch-Bages
echolynch|btl|2018|Écho de Lynch Bages
alterego|btl|2017|Alter Ego
beychevelle|btl|2016|Beychevelle
amiral|btl|2018|Amiral de Beychevelle
cos|btl|2016|Cos d'Estournel
gazin|btl|2015|Château Gazin
figeac|btl|-|Château Figeac
jadotgevrey|btl|2019|Gevrey-Chambertin Jadot
mouchesr|btl|2018|Clos des Mouches rouge
montmains|btl|2020|Chablis 1er Cru Montmains
fevrechablis|btl|2021|Chablis W. Fèvre
hugelgewurz|btl|2020|Gewurztraminer Hugel
moetbrut|mag|-|Moët Brut Impérial
moetbrut|cp|-|Moët Impérial
moetgv|btl|2015|Moët Grand Vintage
domp|btl|2012|Dom Pérignon
clicquot|btl|-|Veuve Clicquot Carte Jaune
rderuinart|btl|-|R de Ruinart
roederer244|btl|-|Roederer Collection 244
belleepoque|btl|2014|Perrier-Jouët Belle Époque
lprose|btl|-|Laurent-Perrier Rosé
moutai|b50|-|Moutai Feitian 53°
moutaiprince|b50|-|Moutai Prince
wuliangye|2cl|-|Wuliangye (toast)
guojiao|b50|-|Guojiao 1573
gylshuadiao8|b50|-|Huadiao 8 ans Gu Yue Long Shan
hennessyxo|b70|-|Hennessy X.O
remyxo|b70|-|Rémy Martin XO
remyvsop|b70|-|Rémy VSOP
martellcb|b70|-|Martell Cordon Bleu
tsingtao|b64|-|Tsingtao grande
tsingtaopure|b50|-|Tsingtao Pure Draft
evian|b100|-|Evian
vitasoy|b25|-|Vitasoy
lafite|btl|2014|Château Lafite-Rothschild
carruades|btl|2019|Carruades de Lafite
mouton|btl|2017|Mouton-Rothschild
pichoncomtesse|btl|2014|Pichon Comtesse
lynch|btl|2015|Lynch-Bages
alterego|btl|2019|Alter Ego
beychevelle|mag|2015|Beychevelle
gazin|btl|2016|Château Gazin
domp|btl|2008|Dom Pérignon
moetgv|btl|2012|Moët Grand Vintage
belleepoque|btl|2013|Perrier-Jouët Belle Époque
grandedame|btl|2012|Veuve Clicquot La Grande Dame
montmains|btl|2019|Chablis 1er Cru Montmains
lafite|half|2016|Château Lafite-Rothschild
moetbrut|b300|-|Moët Brut Impérial
krug|mag|-|Krug Grande Cuvée
-|btl|2015|Château Latour|Château Latour itself is not held
-|btl|2016|Petit Cheval|Cheval Blanc's second wine is not held
-|btl|2015|Château Margaux|not held
-|btl|2018|Pichon|two Pichons are held and the label names neither
-|btl|2016|Saint-Émilion Grand Cru|five Saint-Émilion grands crus are held
-|btl|-|Moët Nectar Impérial|Moët's Nectar is not held
-|btl|2008|Dom Pérignon Rosé|Dom Pérignon's rosé is not held
-|btl|-|Veuve Clicquot Rosé|Clicquot's rosé is not held
-|btl|-|Krug Rosé|Krug's rosé is not held
-|b50|-|Moutai Yingbin|not held
-|b50|-|Fenjiu Qinghua 30|only Qinghua 20 is held
-|b70|-|Yamazaki 18 ans|only the 12-year Yamazaki is held
-|b70|-|Hennessy Paradis|only Hennessy XO is held
-|b50|-|Shaoxing Huadiao 8 ans|two 8-year huadiao are held and the label names neither producer
-|btl|-|Vin rouge maison|generic house wine, none held
-|-|-|N°12 Canard laqué Pékin (entier)|numbered dish
-|-|-|N°45 Homard gingembre ciboulette|numbered dish
-|-|-|N°7 Dim sum vapeur (assortiment)|numbered dish
-|-|-|N°88 Poisson entier vapeur|numbered dish
-|-|-|N°21 Ormeaux braisés|numbered dish
-|-|-|Menu Phénix 10 plats|set menu
-|-|-|Menu Dragon 8 plats|set menu
-|-|-|Forfait boissons banquet|drinks package, no drink
-|-|-|Droit de bouchon|corkage, a service
-|-|-|Location salon privé|service
-|-|-|Gâteau de longévité (shou tao bao)|dessert
-|-|-|Thé Pu-Erh (théière)|tea
-|-|-|Thé au jasmin (théière)|tea
-|-|-|Oolong Da Hong Pao|tea
-|-|-|Danse du lion|entertainment
""".strip().splitlines()
