"""tablette: the waiters' handheld, as the manager typed its catalogue (before the ellipsis).

One case a line: key|measure|vintage|text   or   -|measure|vintage|text|reason
vaux_sept|M|2021|Château de Vaux Septentrion
-|B|2022|Sylvaner Léon Beyer|Léon Beyer's Sylvaner not held
"""
CASES = """
lel_gris|B|2023|Gris de Toul Lelièvre
lel_gris|M|2022|Gris de Toul Lelièvre
lel_pn|B|2020|Pinot Noir Lelièvre
lel_pn|H|2022|Pinot Noir Lelièvre
lar_gris|B|2023|Gris de Toul Dom. Laroppe
lar_pn|B|2021|Pinot Noir Laroppe
mig_gris|B|2023|Gris de Toul Migot
vdt_gris|B|2024|Vin Gris Vignerons du Toulois
vdt_aux|G12|2023|Auxerrois Vignerons du Toulois
vaux_sept|B|2021|Château de Vaux Septentrion
vaux_pn|B|2020|Pinot Noir Château de Vaux
oury_aux|B|2022|Auxerrois Oury-Schreiber
oury_pg|G12|2022|Pinot Gris Oury-Schreiber
hug_gentil|H|2022|Gentil Hugel
hug_gentil|B|2022|Gentil Hugel
hug_ries|B|2020|Riesling Classic Hugel
hug_gewurz|B|2021|Gewurztraminer Hugel
hug_pn|G15|2021|Pinot Noir Hugel
trim_ries|M|2019|Riesling Trimbach
trim_ries|H|2021|Riesling Trimbach
trim_pg|B|2020|Pinot Gris Réserve Trimbach
zind_pg|B|2020|Zind-Humbrecht Roche Calcaire
mann_schloss|B|2018|Riesling GC Schlossberg Mann
beyer_ries|B|2022|Riesling Léon Beyer
beyer_gewurz|B|2019|Gewurztraminer Léon Beyer
wolf_brut|H||Crémant d'Alsace Wolfberger
wolf_rose|B||Crémant Rosé Wolfberger
lanson_bl|M||Lanson Black Label
lanson_rose|B||Lanson Rosé
ruinart_bdb|B||Ruinart Blanc de Blancs
jadot_jac_blc|B|2022|Bourgogne Chardonnay Jadot
faiv_merc|M|2019|Mercurey Faiveley
broc_1er|B|2021|Chablis 1er Cru Montmains
broc_chablis|H|2022|Chablis Ste Claire Brocard
guigal_cdr|M|2020|Côtes du Rhône Guigal
chasse|M|2015|Château Chasse-Spleen
fonreaud|B|2018|Château Fonréaud
larose|M|2016|Larose-Trintaudon
bonnet_blc|G12|2023|Château Bonnet blanc
filhot|H|2016|Sauternes Château Filhot
remy_vsop|D||Cognac Rémy Martin VSOP
drouin_calva|D||Calvados Drouin
diplo|D||Rhum Diplomatico
mass_framb|D||Framboise Massenez
loroyse|C33||Loroyse
badoit|C100||Badoit
lel_gris|B|2021|Gris de Toul Lelièvre
lel_pn|B|2021|Pinot Noir Lelièvre
hug_ries|B|2019|Riesling Classic Hugel
hug_gentil|B|2023|Gentil Hugel
trim_ries|M|2021|Riesling Trimbach
faiv_merc|B|2018|Mercurey Faiveley
chasse|B|2016|Château Chasse-Spleen
chasse|M|2017|Château Chasse-Spleen
larose|B|2019|Larose-Trintaudon
broc_chablis|B|2021|Chablis Sainte Claire
jadot_jac|B|2020|Jadot Couvent Jacobins
guigal_cdr|B|2019|Côtes du Rhône Guigal
mann_schloss|G12|2019|Schlossberg Albert Mann
zind_pg|G15|2022|Roche Calcaire Zind
lel_aux|M|2023|Auxerrois Lelièvre
chasse|H|2017|Château Chasse-Spleen
-|B|2018|L'Oratoire de Chasse-Spleen|Chasse-Spleen's second wine, not held
-|B||Gris de Toul|three Gris de Toul held
-|B|2016|Clos Sainte Hune Trimbach|Trimbach's other wine, not held
-|B|2022|Gewurztraminer Zind-Humbrecht|Zind-Humbrecht's other wine, not held
-|B||Lanson Green Label|Lanson's other cuvée, not held
-|B||Ruinart Rosé|Ruinart's rosé not held
ruinart_bdb|M||Ruinart Blanc de Blancs
-|B|2021|Côtes de Toul Pinot Noir|three Pinots Noirs of the appellation held
-|B|2017|Gewurztraminer VT Hugel|Vendanges Tardives not held
-|B|2020|Mercurey blanc Faiveley|white Mercurey not held
-|X||Quiche lorraine|food
-|X||Pâté lorrain en croûte|food
-|X||Potée lorraine|food
-|X||Tarte aux mirabelles|food
-|X||Bouchée à la reine|food
-|X||Munster au cumin|food
-|X||Café gourmand|coffee and dessert
-|X||Droit de bouchon|service
-|X||Menu enfant|food
-|K50||Vin rouge de la maison|house wine, not in the library
-|G||Kir lorrain|cocktail
-|F||Kir royal|cocktail
-|D||Mirabelle|two eaux-de-vie de mirabelle held
-|D||Liqueur de mirabelle|not held
-|D||Cognac Rémy Martin XO|another grade, not held
-|D||Glenfiddich 18 ans|another age, not held
-|D||Havana Club 3 ans|another age, not held
loup_blond|C75||Loup Blond
-|PI||Bière du moment|generic label
perrier|C100||Perrier
hug_gewurz|H|2021|Gewurztraminer Hugel
-|B|2019|Château Larose-Perganson|another wine of the Larose estate, not held
vaux_sept|M|2021|Château de Vaux Septentrion
-|B|2022|Sylvaner Léon Beyer|Léon Beyer's Sylvaner not held
"""
