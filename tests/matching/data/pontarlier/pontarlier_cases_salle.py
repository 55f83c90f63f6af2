"""SALLE (dining-room tablet): `key|measure|vintage|text` or `-|measure|vintage|text|reason`.
The tablet writes the serving picked in the pop-up first, then the item as the manager
entered it (Title Case, accents kept, grape or cuvée first, `Dom.`, `Ch.`), then the
four-digit vintage. Nothing is cut."""

CASES = """
pinte_karl|vre|2022|Poulsard l'Ami Karl La Pinte
pinte_sav|vre||Savagnin Dom. de la Pinte
pinte_vj|clav||Vin Jaune Arbois La Pinte
fva_trou|btl||Trousseau Fruitière d'Arbois
fva_trou|c50|2022|Trousseau Fruitière d'Arbois
fva_beth|btl|2020|Béthanie Fruitière Vinicole
fva_cremrose|btl||Crémant Rosé Fruitière d'Arbois
fva_macvin|dose||Macvin Blanc Fruitière
tissot_crem|vre||Crémant Indigène Tissot
tissot_sing|v15|2022|Trousseau Singulier Tissot
bb_trad|btl|2020|Tradition Berthet-Bondet
bb_cc|clav|2016|Château-Chalon Berthet-Bondet
bb_cc|clav||Ch.-Chalon Berthet
macle_cc|clav|2014|Château-Chalon Macle
macle_chard|vre||Chardonnay Côtes du Jura Macle
arlay_corail|vre||Corail Château d'Arlay
arlay_paille|half||Vin de Paille Ch. d'Arlay
montb_etoile|btl|2020|L'Étoile Montbourgeau
bourdy_rge|btl|2020|Côtes du Jura Rouge Bourdy
hmaire_fou|vre||Vin Fou Henri Maire
bouch_vig|btl|2021|Bourgogne La Vignée Bouchard
jadot_cj|vre||Couvent des Jacobins Jadot
latour_gen|btl|2021|Mâcon-Lugny Genièvres Latour
brocard_sc|mag|2021|Chablis Sainte-Claire Brocard
brocard_sc|vre||Chablis Sainte-Claire Brocard
drouhin_vau|btl|2021|Chablis Vaudon Drouhin
faiv_fram|btl|2020|Mercurey Framboisière Faiveley
faiv_gevrey|btl|2019|Gevrey-Chambertin Faiveley
chanson_lav|btl|2020|Savigny Les Lavières Chanson
fuisse_tdc|vre||Pouilly-Fuissé Château-Fuissé
clair_mars|btl|2022|Marsannay Rosé Bruno Clair
deuxroches_sv|btl||Saint-Véran Deux Roches
duboeuf_bv|vre||Beaujolais-Villages Duboeuf
guigal_cdrb|vre||Côtes du Rhône Blanc Guigal
bonnet_rge|btl|2020|Château Bonnet Rouge
minuty_m|vre||M de Minuty
moet_imp|btl||Moët Impérial
guy_abs|dose||Absinthe Pontissalienne
pernot_gent|dose||Gentiane Pernot
pernod_abs|dose||Pernod Absinthe
peureux_kir|dose||Kirsch Peureux
lillet_b|vre||Lillet Blanc
bb_blonde|demi||Bonne Bouille Blonde
bb_ambree|b33||Bonne Bouille Ambrée
rdl_blonde|b33||Rouget de Lisle Blonde
k1664|b25||1664
havana7|dose||Havana Club 7 ans
# almost
pinte_karl|vre|2020|Poulsard l'Ami Karl La Pinte
pinte_sav|btl|2018|Savagnin Dom. de la Pinte
pinte_vj|clav|2017|Vin Jaune Arbois La Pinte
fva_trou|btl|2023|Trousseau Fruitière d'Arbois
tissot_sing|btl|2020|Trousseau Singulier Tissot
bb_cc|clav|2014|Château-Chalon Berthet-Bondet
macle_cc|clav|2012|Château-Chalon Macle
bourdy_rge|btl|2019|Côtes du Jura Rouge Bourdy
brocard_sc|btl|2021|Chablis Sainte-Claire Brocard
faiv_gevrey|btl|2017|Gevrey-Chambertin Faiveley
deuxroches_sv|btl|2020|Saint-Véran Deux Roches
duboeuf_bv|btl|2024|Beaujolais-Villages Duboeuf
guigal_cdrb|btl|2021|Côtes du Rhône Blanc Guigal
fuisse_tdc|btl|2019|Pouilly-Fuissé Château-Fuissé
# formats not held
fva_beth|half||Béthanie Fruitière Vinicole
faiv_fram|mag||Mercurey Framboisière Faiveley
moet_imp|mag||Moët Impérial
bonnet_rge|half||Château Bonnet Rouge
deuxroches_sv|mag||Saint-Véran Deux Roches
chimay_bl|pinte||Chimay Bleue
desperados|demi||Desperados
orangina|b33||Orangina
# none
-|||Croûte aux Morilles|food
-|||Filet de Truite du Doubs|food
-|||Saucisse de Morteau Lentilles|food
-|||Assiette Comtoise|food
-|||Fondue au Comté|food
-|||Coq au Vin Jaune|a dish cooked with vin jaune
-|||Menu du Jour|lunch formula
-|||Café Gourmand|coffee and desserts
-|vre||Vin Blanc du Moment|generic
-|vre||Chardonnay|a grape alone: several chardonnays are held
-|btl||Savagnin Berthet-Bondet|Berthet-Bondet's savagnin is not held
-|clav||Vin Jaune Rolet|Rolet is not held
-|btl||Chardonnay Dom. de la Pinte|La Pinte's chardonnay is not held
-|btl||Chablis Premier Cru Montmains Brocard|Brocard's Montmains is not held
-|btl||Bourgogne Chardonnay La Vignée Bouchard|only the red La Vignée is held
-|btl||Côtes du Rhône Rosé Guigal|Guigal's rosé is not held
-|btl||Crémant de Bourgogne Rosé Lugny|only the white Lugny crémant is held
-|vre||Moët Ice Impérial|Ice Impérial is not held
-|dose||Anis Émile Pernot|Pernot's anise is not held (Pontarlier-Anis is Guy's)
-|dose||Sapin Pernot|Pernot's fir liqueur is not held (Le Vrai Sapin is Guy's)
-|dose||Chivas Regal 12 ans|not held
-|dose||Gin Tonic|mixed drink
-|vre||Spritz|mixed drink
-|b33||Coca-Cola Cherry|not held
-|b100||Evian|not held
-|||Sirop à l'Eau|generic soft
-|pinte||Bière du Moment|generic
-|vre||Vin Chaud à la Cannelle|mulled wine
"""
