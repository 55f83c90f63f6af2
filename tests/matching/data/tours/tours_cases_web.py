"""Le Balto: the terrace tablet's cloud till, as exported by the back office (web).

`key|measure|year|text|reason`: key of the drink meant (or `-` with the reason);
the export writes a PLU, the product as named in the back office, the vintage in
four digits, ` - ` and the variant.
"""
CASES = """
vousec|vre12|2022|Vouvray Sec Dom. des Aubuisières|
voudsec|btl|2022|Vouvray Demi-Sec Aubuisières|
voupet|cp||Vouvray Pétillant|
remus|half||Montlouis Remus|
zero|btl||Triple Zéro Taille aux Loups|
presauv|vre12||Touraine Sauvignon La Presle|
gamay|vre12|2023|Gamay Marionnet|
joguet|p50|2022|Chinon Joguet|
joguet|btl|2020|Chinon Cuvée Terroir|
joguetrs|p25||Chinon Rosé Joguet|
chiens|btl|2021|Chinon Chiens-Chiens Noblaie|
druet|half||Bourgueil Druet|
druet|vre12|2022|Bourgueil Cent Boisselées|
source|p25|2023|St-Nicolas La Source|
salvbl|p50||Cheverny Blanc Salvard|
fourbl|vre12|2023|Sancerre Blanc Fournier|
fourrg|btl|2020|Sancerre Rouge Fournier|
chatel|vre12|2022|Sancerre Châtellenie|
baltorg|vre12||Cuvée du Balto Rouge|
baltobl|p50||Balto Blanc|
miramb|vre12||Ch. Tour de Mirambeau|
penin|p50|2020|Château Penin|
guigal|btl|2021|Côtes du Rhône Guigal|
perrin|btl|2022|Perrin Réserve|
cremant|btl||Crémant de Loire Monmousseau|
mumm|btl||Champagne Mumm|
mumm|half||Mumm Cordon Rouge|
k1664|pinte||Pression 1664|
kgrim|demi||Pression Grimbergen|
kleffe|demi||Pression Leffe|
khoeg|pinte||Hoegaarden|
kturone|demi||Turone Blonde|
bcorona|cl35.5||Corona|
bdesp|cl33||Desperados|
bkro|cl25||Kronenbourg|
hav3|dose||Havana Club 3 ans|
chivas|dose||Chivas 12 ans|
jack|dose||Jack Daniel's|
suze|d2||Suze|
martr|dose||Martini Rouge|
ricard|d2||Ricard|
badoit|cl100||Badoit|
pagoor|||Jus Pago Orange|
vousec|btl|2020|Vouvray Sec Aubuisières|
voudsec|btl|2021|Vouvray Demi-Sec|
remus|btl|2023|Montlouis Remus|
gamay|btl|2021|Touraine Gamay Marionnet|
joguet|vre12|2023|Chinon Cuvée Terroir|
chiens|p50|2020|Chinon Noblaie|
druet|btl|2020|Bourgueil Druet|
source|btl|2021|Saint-Nicolas Amirault|
salvbl|btl|2021|Cheverny Blanc|
fourbl|btl|2020|Sancerre Blanc Belles Vignes|
penin|btl|2021|Château Penin Tradition|
miramb|btl|2021|Tour de Mirambeau|
guigal|half|2020|Côtes du Rhône Guigal|
fourbl|half|2022|Sancerre Fournier|
-|||Croque-Monsieur|food
-|||Planche Mixte|food
-|||Rillons de Touraine|food
-|||Salade de Chèvre Sainte-Maure|food
-|||Café Gourmand|food
-|||Café Expresso|hot drink
-|||Supplément Chantilly|service
-|vre12||Vin Rouge du Moment|generic glass
-|pinte||Bière du Moment|generic draught
-|p50||Vin Blanc|generic pichet
-|||Kir Vin Blanc|mixed drink
-|cp||Kir Royal|mixed drink
-|||Spritz Apérol|cocktail
-|demi||Picon Bière|mixed drink (picon and draught beer)
-|||Gin Tonic Bombay|mixed drink naming a held gin
-|dose||Laphroaig Quarter Cask|another Laphroaig, the 10 ans held
-|dose||Chivas Regal 18 ans|another age, the 12 ans held
-|dose||Glenfiddich 15 ans|another age, the 12 ans held
bduvel|pinte||Duvel|
bcorona|cl33||Corona Extra|
joguet|half|2020|Chinon Joguet|
chatel|half||Sancerre Mellot|
-|||Chinon Rosé Noblaie|colour not held
-|||Vouvray Moelleux Aubuisières|style not held
-|||Montlouis Clos Michet|another cuvée of the Taille aux Loups
-|cp||Crémant de Loire Rosé Monmousseau|colour not held
-|cp||Mumm Rosé|another cuvée, the Cordon Rouge held
-|dose||Lillet|brand alone, Blanc and Rosé held
-|||Schweppes|brand alone, Tonic and Agrumes held
-|dose||Havana Club|brand alone, 3 and 7 ans held
-|p50||Chinon|appellation alone: several red Chinons held
-|vre12||Sancerre Blanc|appellation alone: Fournier and Mellot whites held
-|vre12||Côtes du Rhône|appellation alone: Guigal and Perrin held
"""
