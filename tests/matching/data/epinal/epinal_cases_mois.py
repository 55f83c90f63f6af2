"""MOIS: the back office's monthly sales export (one line per article and month).

key|measure|vintage|text, or -|measure|vintage|text|reason. The export lower-cases the
article name (sentence case), drops the accents and puts the vintage in brackets.
"""
CASES = """
trim_ries|G12|2022|Alsace Riesling Trimbach
trim_ries|H|2022|Alsace Riesling Trimbach
trim_gewu|G12|2021|Alsace Gewurztraminer Trimbach
trim_pg|B|2021|Alsace Pinot Gris Réserve Trimbach
hugel_gewu|B|2022|Alsace Gewurztraminer Hugel
hugel_ries|G12|2022|Alsace Riesling Classic Hugel
hugel_vt|S50|2017|Alsace Gewurztraminer VT Hugel
beyer_pn|C50|2022|Alsace Pinot Noir Beyer
beyer_ries|G12|2021|Alsace Riesling Léon Beyer
ribo_edel|C50|2023|Alsace Edelzwicker Ribeauvillé
turck_pb|G12|2022|Alsace Pinot Blanc Turckheim
oste_sylv|C50|2022|Alsace Sylvaner VV Ostertag
dopff_julien|CP||Crémant Alsace Julien Dopff
dopff_rose|CP||Crémant Alsace Rosé Dopff
migot_gris|G12|2024|Côtes de Toul Gris Migot
migot_gris|B|2023|Côtes de Toul Gris Migot
migot_pn|G12|2022|Côtes de Toul Pinot Noir Migot
lelie_gris|B|2024|Côtes de Toul Gris Lelièvre
linotte_aux|B|2023|Côtes de Toul Auxerrois Linotte
vaux_gryph|G12|2022|Moselle Gryphées Ch. de Vaux
oury_aux|G12|2023|Moselle Auxerrois Oury-Schreiber
broc_petit|B|2023|Petit Chablis Brocard
broc_chab|G12|2023|Chablis Ste Claire Brocard
jadot_pn|G12|2022|Bourgogne PN Jacobins Jadot
jadot_ch|G12|2022|Bourgogne Chardonnay Jacobins Jadot
drouhin_macon|B|2023|Mâcon-Villages Drouhin
vill_bouz|G12|2022|Bouzeron Villaine
pica_cremant|CP||Crémant Bourgogne Picamelot
drap_carte|M||Champagne Carte d'Or Drappier
drap_carte|CP||Champagne Carte d'Or Drappier
kro|DE||Pression Kronenbourg
meteor_pils|DE||Pression Météor Pils
grim_blonde|PI||Pression Grimbergen Blonde
grim_ambree|S33||Bière Grimbergen Ambrée
duvel|S33||Bière Duvel
chimay_bleue|S33||Bière Chimay Bleue
devo_mirab|D||Edv Mirabelle AOC Devoille
mass_mirab|D2||Edv Mirabelle Massenez
devo_kirsch|D||Edv Kirsch Devoille
devo_quet|D||Edv Quetsche Devoille
jack|D||Whisky Jack Daniel's
glenf12|D||Whisky Glenfiddich 12 ans
lillet|G||Apéritif Lillet Blanc
oasis|S25||Oasis Tropical
pago_orange|S20||Jus Pago Orange
vittel|S100||Eau Vittel
trim_gewu|B|2020|Alsace Gewurztraminer Trimbach
turck_pb|B|2024|Alsace Pinot Blanc Turckheim
migot_pn|B|2021|Côtes de Toul Pinot Noir Migot
linotte_aux|G12|2022|Côtes de Toul Auxerrois Linotte
oury_aux|B|2022|Moselle Auxerrois Oury-Schreiber
vaux_gryph|B|2024|Moselle Gryphées Ch. de Vaux
vaux_pn|B|2022|Moselle Pinot Noir Ch. de Vaux
broc_petit|G12|2022|Petit Chablis Brocard
broc_chab|H|2022|Chablis Ste Claire Brocard
jadot_ch|B|2023|Bourgogne Chardonnay Jacobins Jadot
drouhin_macon|G12|2022|Mâcon-Villages Drouhin
vill_bouz|B|2021|Bouzeron Villaine
beyer_ries|B|2022|Alsace Riesling Léon Beyer
oste_sylv|B|2023|Alsace Sylvaner VV Ostertag
lelie_gris|H|2024|Côtes de Toul Gris Lelièvre
broc_petit|H|2023|Petit Chablis Brocard
hugel_ries|M|2022|Alsace Riesling Classic Hugel
drap_rose|H||Champagne Rosé Saignée Drappier
kro|S33||Bière Kronenbourg
grim_blonde|S33||Bière Grimbergen Blonde
duvel|DE||Pression Duvel
chimay_bleue|S75||Bière Chimay Bleue
coca|S50||Coca-Cola
orangina|S33||Orangina
-|DE||Pression Leffe Blonde|Leffe not held
-|S33||Bière Leffe Ruby|Leffe not held
-|S33||Bière du moment|generic
-|D||Edv Mirabelle maison|house mirabelle, generic
-|D||Edv Kirsch Massenez|Massenez's kirsch not held
-|D||Whisky Jameson Black Barrel|another Jameson, not held
-|D||Pastis Henri Bardouin|not held
-|D||Apéritif Picon Club|Picon Club, not the Picon Bière held
-|||Menu brasserie|food
-|||Tarte flambée|food
-|||Choucroute garnie|food
-|||Café expresso|coffee
-|||Thé vert|tea
-|||Chocolat viennois|hot drink
-|||Droit de bouchon|corkage
-|||Carte cadeau|voucher
-|||Remise fidélité|discount
-|B|2022|Alsace Muscat Trimbach|Trimbach's Muscat not held
-|B|2023|Côtes de Toul Gris Laroppe|Laroppe not held
-|B|2022|Moselle Pinot Gris Ch. de Vaux|Vaux's Pinot Gris not held
-|B|2020|Santenay Jadot|not held
-|B|2021|Chablis 1er Cru Vau de Vey Brocard|another Chablis of Brocard
-|G12|2022|Vin blanc du moment|generic
-|C50||Carafe vin rouge|generic
-|CP||Kir royal crémant|cocktail
-|CP||Crémant maison|generic house crémant
"""
