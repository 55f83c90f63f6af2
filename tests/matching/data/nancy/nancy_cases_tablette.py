"""tablette: the waiters' tablet. key|measure|vintage|typed text|want, or
-FAMILY|measure|vintage|typed text|reason for a product that is no drink of the library."""
CASES = """
lel_gris|B|2022|Gris de Toul Lelièvre|y
lel_gris|P50||gris Lelièvre|y
lel_gris|G|2024|Gris de Toul lelievre|a
lel_pn|G|2021|pinot noir Lelièvre|y
reg_aux|B|2021|Auxerrois Prestige Regina|a
reg_aux|B|2023|auxerrois cuvée prestige Régina|y
reg_pn|B|2020|Pinot noir tradition Regina|a
lar_gris|M|2022|Gris de Toul Laroppe|a
-RSE|P50||Gris de Toul|three gris de Toul held, the label does not tell them apart
reg_gris|M||Gris VV Régina|n
-BLC|B||Château de Vaux Les Gryphées|another wine of Château de Vaux, not held
oury_aux|B|2022|Auxerrois Oury-Schreiber|a
-BLC|G||Auxerrois|three auxerrois held, the label does not tell them apart
blanck_ries|B|2022|Riesling Paul Blanck|y
blanck_gc|B|2020|Riesling GC Schlossberg Blanck|y
blanck_gc|G||Schlossberg|y
-BLC|B||Pinot gris Dopff|Dopff's pinot gris is not held
dopff_gew|H|2022|Gewurz Dopff|a
dopff_crem|B||Crémant Cuvée Julien|y
arthur_crem|CP||Crémant rosé Arthur Metz|y
-BLC|B||Crémant blanc Arthur Metz|Arthur Metz's white crémant is not held
turck_pb|P25||Pinot blanc|y
ld_chablis|B|2021|Chablis Long-Depaquit|a
ld_chablis|H|2023|Chablis|y
-BLC|B||Chablis Moutonne Long-Depaquit|the grand cru Moutonne is not held
-BLC|B||Mâcon-Lugny Les Charmes|not held
bouch_vignee|B|2021|La Vignée Bouchard|y
bouch_meurs|B|2019|Meursault Bouchard Père|a
-RGE|B||Morgon Corcelette Foillard|Foillard's Corcelette is not held
-RGE|B||Fleurie Duboeuf|Duboeuf's Fleurie is not held
boll_sc|M||Bollinger Special Cuvée|y
boll_rose|CP||Bollinger rosé|y
-BUL|B||Veuve Clicquot La Grande Dame|La Grande Dame is not held
pol_vint|CP|2013|Pol Roger Vintage|y
pol_vint|B|2016|Pol Roger millésimé|a
-BUL|B||Pol Roger Sir Winston Churchill|Sir Winston Churchill is not held
-BUL|B||Deutz Rosé|Deutz's rosé is not held
-BUL|CP||Champagne|generic label
jol_sanc|B|2024|Sancerre Jolivet|a
jol_sanc|P50||Sancerre Pascal Jolivet|y
ladou_pf|G||Pouilly-Fumé Ladoucette|y
-BLC|B||Baron de L Ladoucette|Ladoucette's Baron de L is not held
couly_chinon|B|2020|Chinon Baronnie Madeleine|y
couly_chinon|G|2021|Chinon Couly|a
phelan|B|2018|Château Phélan Ségur|y
phelan|B|2019|Phélan Ségur|a
chasse|B|2018|Chasse-Spleen|y
chasse|H|2016|Chasse Spleen|a
-RGE|M||Chasse-Spleen|no magnum of Chasse-Spleen is held
puyg|B|2018|Château Puygueraud|y
puyg|B|2016|Puygueraud|a
lions|S50|2019|Lions de Suduiraut|y
-BLC|B||Château Suduiraut|the grand vin is not held, only Lions de Suduiraut
p45_r|P25||Parallèle 45 rouge|y
beauc|B|2017|Beaucastel|y
-BLC|B||Beaucastel blanc|the white Beaucastel is not held
wa|B|2024|Whispering Angel|a
wa|CP||Whispering Angel|y
meteor|DM||Météor|y
meteor|PT||Meteor|y
bdl_1418|DM||14-18 blonde|y
bdl_1418|S33||14-18|y
jeanne|B||Jeanne d'Arc mirabelle|y
-BRE|B||Paumée blanche|La Paumée Blanche is not held
karm|DM||Karmeliet|n
tourtel|B||Tourtel Twist|y
-PRS|DM||pêche|a mix, not a drink of the library
-PRS|PT||du moment|generic label
dev_mir|D||Mirabelle Devoille|y
meyer_q|D||Quetsche Meyer|y
roz_orig|D||Rozelieures Origine|y
lagav|D||Lagavulin 16|y
-EDV|D||Lagavulin Distillers Edition|not held
drouin|D||Calvados Drouin|y
clement|D||Rhum Clément VSOP|y
-EDV|D||Rhum Clément XO|Clément XO is not held
citadelle|D||Gin Citadelle|y
-EDV|D||Gin tonic|a cocktail, not a drink of the library
aperol|D||Apérol|y
-APE|U||Spritz Apérol|a cocktail, not a drink of the library
martini|D||Martini rouge|y
-APE|D||Martini blanc|Martini Bianco is not held
porto|D||Porto Tawny 10 ans Taylor's|y
-APE|D||Porto 20 ans Taylor's|the 20 ans is not held
coca_zero|B||Coca zéro|y
orangina|B||Orangina|y
tonic|B||Schweppes tonic|y
lorina|S75||Limonade Lorina|y
sanpe|S50||San Pellegrino|y
badoit|S50||Badoit|n
milliat|B||Jus de pomme Milliat|y
-SFT|B||Jus d'orange pressé|not held
-CUI|U||Macarons de Nancy|food
-CUI|U||Bergamotes de Nancy|food
-CUI|U||Pâté lorrain|food
-CUI|U||Café gourmand|food
-CAF|U||Expresso|coffee
-CAF|U||Thé vert|tea
-DIV|U||Supplément sirop|service
-DIV|U||Bouteille à emporter|service
"""
