"""Click-and-collect / delivery platform export: key|measure|vintage|text, or -|measure|vintage|text|reason."""
CASES = """
vc_brut|btl||Veuve Clicquot Yellow Label Brut
vc_brut|mag||Veuve Clicquot Brut
vc_rose|btl||Veuve Clicquot Rosé
vc_gdame|btl|2015|La Grande Dame Veuve Clicquot
bo_sc|btl||Bollinger Special Cuvée Brut
bo_rose|btl||Bollinger Rosé Brut
bo_ga|btl|2015|Bollinger Grande Année
ru_bdb|btl||Ruinart Blanc de Blancs
ru_rose|btl||Ruinart Rosé Champagne
dom_p|btl|2012|Dom Pérignon Vintage
dom_p|btl||Dom Pérignon Brut
moet_imp|btl||Moët & Chandon Impérial Brut
moet_imp|half||Moët Impérial
ta_brut|btl||Taittinger Brut Réserve
ta_brut|mag||Taittinger Brut Réserve
ta_comtes|btl|2012|Taittinger Comtes de Champagne
lp_rose|btl||Laurent-Perrier Cuvée Rosé
pr_wsc|btl|2013|Pol Roger Sir Winston Churchill
pr_brut|btl||Pol Roger Brut Réserve
krug_gc|btl||Krug Grande Cuvée
deutz_bc|btl||Deutz Brut Classic
gosset_gr|btl||Gosset Grande Réserve Brut
bs_rose|btl||Billecart-Salmon Brut Rosé
cristal|btl|2014|Louis Roederer Cristal
lr_coll|btl||Louis Roederer Collection 244
jq_745|btl||Jacquesson Cuvée 745 Extra Brut
lb_latitude|btl||Larmandier-Bernier Latitude
wangel|btl||Whispering Angel Rosé
wangel|mag||Whispering Angel Côtes de Provence
miraval|btl||Miraval Rosé
lynch|btl|2017|Château Lynch-Bages
jolivet_sanc|btl|2023|Pascal Jolivet Sancerre Blanc
tracy_pf|btl|2022|Château de Tracy Pouilly-Fumé
drouin_cidre|btl||Christian Drouin Pays d'Auge Cider
drouin_cidre|c33||Christian Drouin Cider
dupont_cidre|btl||Domaine Dupont Cidre Bouché
drouin_pommeau|c70||Christian Drouin Pommeau
drouin_12|c70||Christian Drouin Calvados 12 Years
dupont_hda|c70||Dupont Calvados Hors d'Age
magloire_vsop|c70||Père Magloire VSOP Calvados
hendricks|c70||Hendrick's Gin
monkey47|c50||Monkey 47 Dry Gin
glenf12|c70||Glenfiddich 12 Year Old
hennessy_vs|c70||Hennessy Very Special
aperol|c70||Aperol Aperitivo
ft_indian|c20||Fever-Tree Indian Tonic Water
coca|c33||Coca-Cola Original Taste
evian|c50||Evian
duvel|c33||Duvel Belgian Golden Ale
cristal|btl|2016|Louis Roederer Cristal
bo_ga|btl|2012|Bollinger La Grande Année
dom_p|btl|2015|Dom Pérignon
deutz_bdb|btl|2014|Deutz Blanc de Blancs
lynch|btl|2018|Lynch-Bages Pauillac
talbot|btl|2019|Château Talbot Saint-Julien
jolivet_sanc|btl|2024|Sancerre Pascal Jolivet
lar_stmartin|btl|2020|Laroche Chablis St Martin
huet_mont|btl|2020|Huet Vouvray Le Mont
sauzet_puligny|btl|2018|Sauzet Puligny-Montrachet
figeac|btl|2016|Château Figeac
ferret_pf|btl|2022|Ferret Pouilly-Fuissé
bouchard_greves|btl|2019|Bouchard Beaune Grèves
pepiere_briords|btl|2023|Pépière Clos des Briords
moreau_chab|btl|2021|Christian Moreau Chablis
-|btl||Veuve Clicquot Extra Brut Extra Old|another cuvee of Veuve Clicquot
-|btl||Veuve Clicquot Demi-Sec|another cuvee of Veuve Clicquot
vc_rose|half||Veuve Clicquot Rosé
bo_sc|jero||Bollinger Special Cuvée
-|btl|2008|Bollinger R.D.|another cuvee of Bollinger
ru_rose|mag||Ruinart Rosé
-|btl|2009|Dom Pérignon Rosé|another colour of Dom Perignon
-|btl|2004|Dom Pérignon P2|another cuvee of Dom Perignon
-|btl||Moët & Chandon Rosé Impérial|another colour of Moet
-|btl||Krug Rosé|another colour of Krug
-|btl||Louis Roederer Collection 243|another Collection number
-|btl||Jacquesson Cuvée 744|another cuvee number
-|btl||Louis Roederer Brut Premier|another cuvee of Roederer
-|btl||Pol Roger Pure Extra Brut|another cuvee of Pol Roger
-|btl||Taittinger Nocturne|another cuvee of Taittinger
-|btl||Gosset Grand Rosé|another cuvee of Gosset
-|btl||Billecart-Salmon Brut Réserve|another cuvee of Billecart-Salmon
-|btl||Château d'Esclans Garrus|another wine of Esclans
-|btl||Studio by Miraval|another wine of Miraval
-|btl|2018|Château Pichon Longueville Baron|not held
-|btl|2019|Blanc de Lynch-Bages|another colour of Lynch-Bages
-|btl||Christian Drouin Poiré|another drink of Drouin
-|c70||Christian Drouin Calvados 25 Years|age not held
-|c70||Christian Drouin Calvados XO|another calvados of Drouin
-|c70||Père Magloire Fine Calvados|another calvados of Pere Magloire
-|c70||Glenfiddich 15 Year Old|age not held
-|c70||Hennessy VSOP|another age of Hennessy
hendricks|c100||Hendrick's Gin
evian|c150||Evian
coca|c150||Coca-Cola Original Taste
-|||Delivery fee|service
-|||Service fee|service
-|||Oysters Fines de Claire No.3 x12|food
-|||Gift box Champagne 2 flutes|sundry
-|||Lobster roll|food
-|c75||Champagne of the Month|generic
-|c33||Heineken 0.0|not held
"""
