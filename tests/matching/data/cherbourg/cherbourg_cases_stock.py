"""STOCK: the items of the inventory app, as typed by the owner, and the movement logged.
key|measure|vintage|item name       a drink of the library (the answer is computed)
-|measure@container_cl|vintage|item name|reason   no drink of the library
-|RAW||whole exported line|reason   a non-drink item exported as is"""
CASES = """
muspep|BT|2023|Muscadet S&M sur lie Pépière
muspep|G|2022|Muscadet S&M sur lie Pépière
muspep|MAG||Muscadet S&M sur lie Pépière
clisson|BT||Pépière Clisson
allees|G15|2022|Luneau-Papin Clos des Allées
cleray|BT|2023|Château du Cléray
cleray|HALF||Château du Cléray
baronnesr|G|2021|Sancerre Les Baronnes rouge
tracy|BT|2020|Pouilly-Fumé Ch. de Tracy
terresch|BT|2020|Roches Neuves Terres Chaudes
baronnie|BT|2019|Couly-Dutheil Baronnie Madeleine
cremloire|BT||Crémant de Loire Langlois
layon|BT||Baumard Coteaux du Layon
cantemerle|BT|2019|Ch. Cantemerle
cantemerle|HALF|2018|Ch. Cantemerle
fiefs|BT|2018|Fiefs de Lagrange
lagrange|BT|2015|Ch. Lagrange
fombrauge|G|2016|Ch. Fombrauge
guiraud|G|2014|Ch. Guiraud
stmartin|HALF|2022|Laroche Chablis St Martin
jacobinsb|BT|2022|Jadot Couvent Jacobins Chardonnay
ferret|G|2021|Pouilly-Fuissé Ferret
gevrey|BT|2017|Gevrey Rossignol-Trapet
p45|HALF|2022|Jaboulet Parallèle 45
byott|BT|2023|Ott By.Ott rosé
lpbrut|MAG||Laurent-Perrier La Cuvée
lpbrut|G||Laurent-Perrier La Cuvée
moetgv|BT|2015|Moët Grand Vintage
capdoux|BT||Cidre Capelle doux
argelette|BT||Bordelet Argelette
groult3|DOSE||Calvados Groult 3 ans
boulard|DOSE||Boulard VSOP
pmfine|BT100||Père Magloire Fine
jamblack|DOSE||Jameson Black Barrel
glenfid|DOSE||Glenfiddich 12
gordons|DOSE||Gordon's gin
cointreau|D2||Cointreau
pastis51|D2||Pastis 51
lillet|D6||Lillet blanc
martinib|D6||Martini blanc
cassis|D2||Crème de cassis Lejay
guinkeg|PINTE||Guinness
leffekeg|DEMI||Leffe blonde
guincan|BT||Guinness canette
smithwicks|BT||Smithwick's
landlord|BT||Landlord Timothy Taylor
leffebrune|BT||Leffe brune
evian|BT100||Evian
juspomme|G25||Jus de pomme Capelle
muspep|BT|2021|Muscadet S&M sur lie Pépière
allees|BT|2021|Luneau-Papin Clos des Allées
baronnesb|G|2021|Sancerre Les Baronnes blanc
baronnesr|BT|2020|Sancerre Les Baronnes rouge
tracy|G|2023|Pouilly-Fumé Ch. de Tracy
fondraux|BT|2022|Vouvray Champalou Fondraux
baronnie|G|2021|Couly-Dutheil Baronnie Madeleine
cantemerle|BT|2015|Ch. Cantemerle
lanessan|BT|2016|Ch. Lanessan
fiefs|BT|2017|Fiefs de Lagrange
lapointe|MAG|2016|Ch. La Pointe
guiraud|HALF|2016|Ch. Guiraud
vaudevey|BT|2021|Laroche 1er Cru Vaudevey
byott|MAG|2023|Ott By.Ott rosé
layon|BT|2020|Baumard Coteaux du Layon
-|RAW||Citrons jaunes · kg · -0,5 kg|bar consumable
-|RAW||Glaçons · sac 2 kg · -1 sac|ice
-|RAW||Café grains Malongo · 1 kg · -1 kg|coffee
-|RAW||CO2 bouteille tireuse · 10 kg · -1 btl|gas for the taps
-|RAW||Sirop de grenadine Monin · 700 ml · -20 ml|syrup, not in the library
-|RAW||Verres pinte (casse) · unité · -3|breakage
-|RAW||Crème fraîche · 1 L · -0,2 L|kitchen
-|RAW||Lait demi-écrémé · 1 L · -1 btl|milk for coffees
-|RAW||BIB rosé maison · 10 L · -125 ml|house bag-in-box, not in the library
muspep|HALF|2023|Muscadet S&M sur lie Pépière
cantemerle|MAG|2016|Ch. Cantemerle
lpbrut|BT300||Laurent-Perrier La Cuvée
lprose|HALF||Laurent-Perrier Cuvée Rosé
gosset|MAG||Gosset Grande Réserve
evian|BT150||Evian
coca|BT100||Coca-Cola
guinkeg|BT33||Guinness
pride|BT33||London Pride
jameson|BT100||Jameson
-|BT@75|2021|Sancerre Vacheron blanc|producer not held
-|BT@75|2020|Muscadet Ch. de la Ragotière|not held
-|BT@75||Bollinger Special Cuvée|not held
-|BT@75|2018|Les Allées de Cantemerle|Cantemerle's second wine not held
-|BT@75|2021|Les Arums de Lagrange|Lagrange's white not held
-|BT@75|2022|Laroche Chablis 1er Cru Les Vaillons|Laroche's other premier cru not held
-|BT@75|2022|Jadot Beaujolais-Villages Combe aux Jacques|Jadot's other wine not held
-|BT@75|2019|Roches Neuves Franc de Pied|Roches Neuves' other cuvée not held
-|DOSE@70||Redbreast 15|age not held
-|DOSE@70||Calvados Groult 12 ans|age not held
-|DOSE@70||Bushmills Black Bush|not held
-|DOSE@70||Tullamore D.E.W.|not held
-|PINTE@3000||1664 Blanc|another beer than 1664
-|PINTE@2000||Leffe Ruby|not held
-|G@75||Vin de la semaine|generic
-|PINTE@3000||Bière du moment|generic
""".strip().splitlines()
