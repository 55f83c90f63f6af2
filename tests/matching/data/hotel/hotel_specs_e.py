"""Till E: the hotel's bar & brasserie POS (English-speaking staff).

`key|measure|vintage|text` for a product of the library (or a format of one),
`-family|measure|vintage|text|reason` for a product that is no drink of the library.
"""

SPECS = """
henriot_souverain|gl|NV|Henriot Brut Souverain
henriot_souverain|mag|NV|Henriot Brut Souverain
henriot_rose|gl|NV|Henriot Rosé
henriot_bdb|gl|NV|Henriot Blanc de Blancs
henriot_mill|btl|2012|Henriot Brut Millésime
henriot_mill|btl|2013|Henriot Millesime
henriot_mill|gl||Henriot Vintage
henriot_hemera|btl|2006|Henriot Hemera
henriot_hemera|btl|2005|Henriot Hemera
-chp|btl|NV|Henriot Cuve 38|Henriot's Cuve 38, a cuvée not held
henriot_rose|mag|NV|Henriot Rosé
philipponnat_royale|gl|NV|Philipponnat Royale Réserve
philipponnat_royale|mag||Philiponnat Royale Réserve
philipponnat_rose|gl|NV|Philipponnat Royale Réserve Rosé
philipponnat_goisses|btl|2012|Philipponnat Clos des Goisses
philipponnat_goisses|btl|2014|Clos des Goisses
-chp|btl|NV|Philipponnat Grand Blanc|Philipponnat cuvée not held
-chp|btl||Philipponnat Cuvée 1522|Philipponnat cuvée not held (1522 is a name)
lanson_black|gl|NV|Lanson Black Label
lanson_black|half||Lanson Black Label
lanson_rose|gl|NV|Lanson Le Rosé
lanson_noble|btl|2004|Lanson Noble Cuvée
lanson_noble|btl|2006|Lanson Noble Cuvee
-chp|btl|2012|Lanson Le Vintage|Lanson's Le Vintage, a cuvée not held
lanson_rose|half|NV|Lanson Rosé
jacquesson_745|gl||Jacquesson Cuvée 745
-chp|btl||Jacquesson Cuvée 746|another Jacquesson number, not held
jacquesson_744|mag||Jacquesson Cuvée 744
jacquesson_744|gl||Jacquesson 744
jacquesson_745|mag||Jacquesson 745
drappier_carte|gl|NV|Drappier Carte d'Or
drappier_nature|gl||Drappier Brut Nature
drappier_sendree|btl|2012|Drappier Grande Sendrée
drappier_sendree|btl|2010|Drappier Grande Sendree
-chp|btl|NV|Drappier Rosé de Saignée|Drappier cuvée not held
-chp|gl|NV|House Champagne|generic house champagne, none held
-ckt|||Kir Royal|mixed drink
-ckt|||French 75|cocktail
-chp|btl|2013|Dom Pérignon|champagne not held
leoville_barton|btl|2015|Château Léoville Barton St-Julien
leoville_barton|btl|2014|Ch. Léoville Barton
leoville_barton|btl||Leoville Barton Saint Julien
leoville_barton|mag|2016|Leoville Barton
leoville_barton|gl175|2015|Léoville Barton
reserve_barton|btl|2019|Reserve de Leoville Barton
-red|btl|2016|Château Léoville Las Cases|another Saint-Julien sharing Léoville
-red|btl|2016|Saint-Julien|appellation alone, three Saint-Julien held
cos|btl|2015|Cos d'Estournel
pagodes|btl||Pagodes de Cos
-wht|btl|2019|Cos d'Estournel White|the white, not held
palmer|btl|2010|Chateau Palmer
palmer|half|2015|Palmer
alter_ego|gl175|2018|Alter Ego Palmer
-red|btl|2015|Château Margaux|first growth sharing the appellation word
-red|btl||Margaux|appellation alone, two Margaux held
pichon_baron|btl|2018|Château Pichon Baron
-red|btl|2016|Pichon Comtesse de Lalande|the other Pichon, not held
-red|btl|2017|Les Griffons de Pichon Baron|second wine not held
figeac|btl|2018|Figeac St-Emilion
angelus|mag|2012|Angelus
smith_rouge|gl|2016|Château Smith Haut Lafitte Red
smith_blanc|gl|2019|Smith Haut Lafitte White
smith_blanc|btl|2020|Château Smith Haut Lafitte White
-red|btl|2016|Château Lafite Rothschild|first growth sharing Lafite
clinet|btl|2015|Château Clinet Pomerol
yquem|gl|2015|Château d'Yquem
yquem|half|2011|Chateau d'Yquem
yquem|half|2015|Yquem
-wht|btl|2015|Y d'Yquem|the dry white, not held
calon|btl|2016|Calon Segur
-red|gl||House Red Bordeaux|generic
rousseau_gevrey|btl|2019|Gevrey-Chambertin Armand Rousseau
rousseau_gevrey|btl|2020|Gevrey Chambertin Rousseau
-red|btl|2015|Chambertin Clos de Bèze Rousseau|another grand cru of Rousseau
vogue_chambolle|btl|2018|Chambolle Musigny Comte de Vogue
vogue_musigny|btl|2014|Musigny Vieilles Vignes de Vogüé
-red|btl|2016|Bonnes-Mares de Vogüé|another cru of Vogüé
lambrays|gl175|2016|Clos des Lambrays
grivot_bm|btl|2017|Vosne-Romanée 1er Beaux Monts Grivot
-red|btl|2017|Richebourg Grivot|another cru of Grivot
drc_ech|btl|2012|Echezeaux Domaine de la Romanee-Conti
-red|btl|2013|Grands-Échézeaux DRC|another cru sharing Échézeaux
prieur_mazeray|gl|2020|Meursault Clos de Mazeray Prieur
prieur_mazeray|btl||Meursault Clos de Mazeray White
-red|btl|2019|Meursault Clos de Mazeray Red Prieur|the red, not held
latour_cc|mag|2015|Corton Charlemagne Latour
latour_cc|mag|2017|Corton-Charlemagne Louis Latour
moreau_clos|half|2019|Chablis Grand Cru Les Clos Moreau
moreau_chablis|gl|2022|Chablis Christian Moreau
-wht|gl||Chablis|appellation alone, two Chablis of Moreau held
carillon_pm|gl|2020|Puligny-Montrachet Jacques Carillon
carillon_pm|btl|2021|Puligny Montrachet Carillon
-wht|gl||House White Burgundy|generic
ott_mireille|gl|2023|Domaines Ott Clos Mireille Rosé
ott_mireille|mag|2022|Clos Mireille Rose
-rse|gl|2023|By.Ott Rosé|another Ott rosé, not held
jolivet|gl|2022|Sancerre Pascal Jolivet
jolivet|half|2022|Sancerre Jolivet
-red|gl|2022|Sancerre Red Pascal Jolivet|the red, not held
-red|btl|2019|Coudoulet de Beaucastel|another Perrin wine, not held
cloudy|gl|2023|Cloudy Bay Sauvignon Blanc
-red|gl|2022|Cloudy Bay Pinot Noir|another Cloudy Bay wine, not held
opus|btl|2018|Opus One Napa
-rse|gl||House Rosé|generic
macallan_12|dbl||The Macallan 12yo
macallan_18|shot||Macallan 18 Sherry Oak
-spi|shot||Macallan 15 Double Cask|another age
-spi|shot||Macallan|bare brand, two held
glenlivet_15|dbl||Glenlivet 15 French Oak
balvenie_12|shot||Balvenie DoubleWood 12
-spi|shot||Balvenie 21 PortWood|another age
-spi|shot||Laphroaig Quarter Cask|another cuvée of a held distillery
ardbeg_uig|dbl||Ardbeg Uigeadail
yamazaki_12|dbl||Yamazaki 12 Year Old
-spi|shot||Yamazaki 18|another age
-spi|shot||Johnnie Walker Black Label|another label
blantons|shot||Blanton's Single Barrel
-ckt|||Whisky Sour|cocktail
otard_vsop|shot||Otard VSOP
louis13|c2||Louis XIII de Rémy Martin
-spi|shot||Rémy Martin XO|another house's XO
-spi|shot||Cognac|generic
zacapa|shot||Ron Zacapa 23
-spi|shot||Zacapa XO|another cuvée
appleton12|shot||Appleton Estate 12 Rare Casks
-spi|shot||Appleton Estate 8 Reserve|another age
mountgay_xo|shot||Mount Gay XO
botanist|shot||The Botanist Gin
-ckt|||Botanist G&T|mixed drink
sipsmith|dbl||Sipsmith London Dry
-spi|shot||Plymouth Navy Strength|another cuvée
greygoose|shot||Grey Goose
-spi|shot||Grey Goose La Poire|flavoured variant
belvedere|dbl||Belvedere Vodka
casamigos_rep|shot||Casamigos Reposado
-spi|shot||Casamigos Añejo|another grade
-ckt|||Margarita Casamigos|cocktail
grand_marnier|shot||Grand Marnier Cordon Rouge
-spi|shot||Grand Marnier Cuvée du Centenaire|another cuvée
-ckt|||Espresso Martini|cocktail
stella|pint||Stella Artois Draught
stella|hpint||Stella Artois
goose_ipa_keg|pint||Goose Island IPA Draught
goose_ipa_btl|b355||Goose Island IPA
asahi|b33||Asahi Super Dry
asahi|pint||Asahi Super Dry
punk|b33||BrewDog Punk IPA
-bee|b33||Stella Artois 0.0|alcohol-free variant not held
-bee|pint||Draught Beer|generic
-ckt|pint||Shandy|mixed drink
voss_still|v375||Voss Still Water
voss_spark|v80||Voss Sparkling
voss_spark|v375||Voss Sparkling
-sft|b33||Coke Zero|variant not held
fever_tonic|b20||Fever-Tree Indian Tonic
-sft|b20||Fever-Tree Mediterranean Tonic|variant not held
redbull|b25||Red Bull
-sft|||Fresh Orange Juice|pressed in house, not a held drink
-food|||Club Sandwich|food
-food|||Caesar Salad|food
-food|||Oscietra Caviar 30g|food
-food|||Champagne Sorbet|dessert naming champagne
-hot|||Double Espresso|coffee
-hot|||Earl Grey Tea|tea
-srv|||Corkage Fee|service
"""
