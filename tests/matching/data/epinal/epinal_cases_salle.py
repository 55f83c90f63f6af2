"""SALLE: the dining room's touch till, catalogue typed by the manager from the wine list.

key|measure|vintage|text, or -|measure|vintage|text|reason.
"""
CASES = """
trim_ries|B|2020|Trimbach Riesling
trim_ries|H|2022|Trimbach Riesling
trim_ries|B||Trimbach Riesling
trim_gewu|B|2021|Trimbach Gewurztraminer
trim_pg|B|2019|Trimbach Pinot Gris Réserve
hugel_gewu|M|2020|Hugel Gewurztraminer Classic
hugel_gewu|B|2021|Hugel Gewurztraminer Classic
hugel_ries|B|2022|Hugel Riesling Classic
hugel_vt|S50|2017|Hugel Gewurztraminer Vendange Tardive
beyer_ries|B|2021|Léon Beyer Riesling
beyer_pn|B|2020|Léon Beyer Pinot Noir
oste_sylv|B|2022|Ostertag Sylvaner Vieilles Vignes
lorentz_musc|B||Gustave Lorentz Muscat
dopff_julien|B||Dopff au Moulin Crémant Cuvée Julien
dopff_rose|B||Dopff au Moulin Crémant Rosé
migot_gris|B|2023|Dom. Migot Gris de Toul
lelie_gris|M|2023|Dom. Lelièvre Gris de Toul
migot_pn|B|2022|Dom. Migot Côtes de Toul Pinot Noir
vaux_sept|B|2020|Ch. de Vaux Septentrion
vaux_gryph|B|2022|Ch. de Vaux Les Gryphées
oury_aux|B|2023|Oury-Schreiber Auxerrois Moselle
broc_chab|B|2022|Brocard Chablis Sainte-Claire
broc_chab|H|2023|Brocard Chablis Sainte-Claire
jadot_pn|M|2021|Jadot Bourgogne Couvent des Jacobins rouge
jadot_ch|B|2022|Jadot Bourgogne Chardonnay Couvent des Jacobins
faiv_merc|B|2019|Faiveley Mercurey La Framboisière
faiv_gevrey|B|2019|Faiveley Gevrey-Chambertin
bichot_pf|B|2021|Bichot Pouilly-Fuissé
bouch_beaune|B|2018|Bouchard Beaune du Château 1er Cru
vill_bouz|B|2022|de Villaine Bouzeron Aligoté
pica_cremant|B||Picamelot Crémant de Bourgogne
drap_carte|B||Champagne Drappier Carte d'Or
drap_carte|H||Champagne Drappier Carte d'Or
drap_rose|B||Champagne Drappier Rosé de Saignée
drap_carte|CP||Champagne Drappier Brut
jadot_pn|C50|2022|Jadot Bourgogne Pinot Noir
migot_gris|C25|2024|Gris de Toul Migot
trim_ries|G12|2022|Trimbach Riesling
vaux_pn|G15|2021|Ch. de Vaux Pinot Noir
devo_mirab|D||Mirabelle de Lorraine Devoille
mass_mirab|D||Mirabelle Massenez
devo_kirsch|D||Kirsch de Fougerolles Devoille
remy_vsop|D||Rémy Martin VSOP
magloire|D||Calvados Père Magloire
lillet|G||Lillet Blanc
taylor_ruby|G||Porto Taylor's Ruby
pellegrino|S50||San Pellegrino
lorina|B||Lorina limonade
trim_ries|B|2021|Trimbach Riesling
trim_ries|H|2020|Trimbach Riesling
trim_pg|B|2018|Trimbach Pinot Gris Réserve
hugel_gewu|M|2021|Hugel Gewurztraminer Classic
hugel_ries|B|2020|Hugel Riesling Classic
beyer_pn|B|2019|Léon Beyer Pinot Noir
vaux_sept|B|2019|Ch. de Vaux Septentrion
faiv_merc|B|2022|Faiveley Mercurey La Framboisière
faiv_gevrey|B|2020|Faiveley Gevrey-Chambertin
bouch_beaune|B|2019|Bouchard Beaune du Château 1er Cru
bichot_pf|B|2022|Bichot Pouilly-Fuissé
jadot_pn|B|2023|Jadot Bourgogne Couvent des Jacobins rouge
broc_chab|B|2021|Brocard Chablis Sainte-Claire
lelie_gris|B|2023|Dom. Lelièvre Gris de Toul
hugel_vt|S50|2018|Hugel Gewurztraminer Vendange Tardive
trim_gewu|M|2021|Trimbach Gewurztraminer
faiv_gevrey|H|2019|Faiveley Gevrey-Chambertin
drap_rose|M||Champagne Drappier Rosé de Saignée
migot_gris|M|2023|Dom. Migot Gris de Toul
jadot_pn|H|2022|Jadot Bourgogne Couvent des Jacobins rouge
pellegrino|S33||San Pellegrino
-|B|2021|Trimbach Riesling Cuvée Frédéric Émile|another cuvée of Trimbach
-|B|2022|Hugel Pinot Gris Classic|Hugel's Pinot Gris not held
-|B|2020|Hugel Riesling Grossi Laüe|another cuvée of Hugel
-|B|2022|Léon Beyer Gewurztraminer|Beyer's Gewurztraminer not held
-|B|2021|Faiveley Mercurey blanc|white Mercurey not held
-|B|2022|Brocard Chablis 1er Cru Montmains|another Chablis of Brocard
-|B|2020|Faiveley Nuits-Saint-Georges|not held
-|B|2022|Drouhin Chablis|Drouhin's Chablis not held (only its Mâcon)
-|B|2023|Dom. Migot Auxerrois|Migot's Auxerrois not held
-|B|2023|Ch. de Vaux rosé|Vaux rosé not held
-|B||Champagne Drappier Brut Nature|another cuvée of Drappier
-|B||Champagne Drappier Grande Sendrée|another cuvée of Drappier
-|B||Crémant d'Alsace Wolfberger|Wolfberger not held
-|G||Vin du moment rouge|generic
-|C50||Côtes du Rhône maison|generic house wine, not held
-|B|2021|Dom. Lelièvre Côtes de Toul Pinot Noir|Lelièvre's Pinot Noir not held
-|D||Poire Williams Massenez|Massenez's poire not held (Miclo's is)
-|D||Armagnac Laubade|not held
-|D||Cognac Rémy Martin XO|another grade (VSOP held)
-|G||Porto Taylor's 10 ans|Taylor's 10-year tawny not held
-|||Tarte aux mirabelles|dessert
-|||Potée lorraine|food
-|||Munster au cumin|food
-|||Café gourmand|coffee and desserts
-|||Droit de bouchon|corkage
-|||Eau en carafe|tap water, free
-|||Sorbet mirabelle arrosé|dessert
-|CP||Kir à la mirabelle|cocktail
-|CP||Kir royal|cocktail
"""
