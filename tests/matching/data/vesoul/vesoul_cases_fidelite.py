"""fidelite: the loyalty-card app's purchase history.

expect|key|measure|yyyy|text   or   n|-|measure|-|text|fam|reason
The text is the app's catalogue name (mixed case with accents). A text starting with `*`
is a reward line ("Offert fidélité : ..."), free of charge.
"""
CASES = """
y|guigal_cdr_b|bt|2022|Côtes du Rhône blanc, Guigal
y|guigal_cdr_r|half|-|Côtes-du-Rhône Guigal
y|guigal_cdr_r|v|-|Côtes du Rhône Guigal
y|drouhin_pn|v15|-|Bourgogne Pinot Noir Drouhin
y|bouchard_ch|bt|-|Bourgogne Chardonnay La Vignée
y|goisot_ali|bt|2022|Aligoté Goisot
y|laroche_chab|v|-|Chablis Laroche
y|brocard_mont|v|-|Chablis 1er cru Montmains
y|faiveley_merc|bt|2021|Mercurey Faiveley
y|trapet_gev|bt|2019|Gevrey-Chambertin Rossignol-Trapet
y|ferret_pf|v15|-|Pouilly-Fuissé
y|tissot_pouls|bt|-|Poulsard VV Tissot
y|fruit_sav|bt|2019|Savagnin de la Fruitière d'Arbois
y|baud_trad|v|-|Côtes du Jura Tradition
y|baud_jaune|clav|-|Vin jaune Domaine Baud
y|bb_chalon|v|-|Château-Chalon Berthet-Bondet
y|bb_paille|v|-|Vin de paille
y|rolet_macvin|d6|-|Macvin du Jura
y|montb_etoile|v|-|L'Étoile Montbourgeau
y|rolet_cremant|v|-|*Crémant du Jura brut
y|rolet_cremant|mag|-|Crémant du Jura Rolet
y|trimbach_ries|half|2021|Riesling Trimbach
y|hugel_gewu|v|-|Gewurztraminer Hugel
y|beyer_pg|v|-|Pinot gris Léon Beyer
y|turck_pn|bt|2021|Pinot noir d'Alsace Turckheim
y|jab_jalets|v|-|Crozes-Hermitage Jaboulet
y|vt_lacrau|bt|2018|Châteauneuf-du-Pape La Crau, Vieux Télégraphe
y|cdrv_plan|v|-|CDR Villages Plan de Dieu
y|mirambeau_r|bt|2020|Château Tour de Mirambeau rouge
y|cantemerle|bt|2018|Château Cantemerle
y|lanessan|bt|2015|Château Lanessan
y|minuty_m|mag|2023|M de Minuty
y|drappier_cd|half|-|Champagne Drappier Carte d'Or
y|drappier_cd|v|-|*Coupe de champagne Drappier
y|peureux_griotte|d3|-|Liqueur de griotte Peureux
y|rolet_marc|dose|-|Marc du Jura
y|pernot_vp|dose|-|Absinthe Vieux Pontarlier
y|martini_r|d6|-|Martini rouge
y|aperol|d6|-|Apérol
y|hendricks|dose|-|Gin Hendrick's
y|greygoose|dose|-|Vodka Grey Goose
y|rdl_ambree|c33|-|Bière ambrée Rouget de Lisle
y|rdl_blanche|c33|-|Blanche Rouget de Lisle
y|franche_blonde|c33|-|La Franche blonde
y|rdl_keg|demi|-|*Rouget de Lisle pression
y|kro_sans|c25|-|Kronenbourg sans alcool
y|milliat_pom|c33|-|Jus de pomme Alain Milliat
y|schweppes_a|c25|-|Schweppes Agrum
y|coca_zero|c33|-|Coca-Cola Zéro
a|guigal_cdr_rs|bt|2022|Côtes du Rhône rosé Guigal
a|goisot_ali|bt|2021|Bourgogne Aligoté Goisot
a|drouhin_pn|half|2020|Bourgogne Pinot Noir Drouhin
a|faiveley_merc|bt|2022|Mercurey La Framboisière
a|colinot_ira|bt|2021|Irancy Colinot
a|fruit_sav|bt|2020|Arbois Savagnin Fruitière
a|montb_etoile|bt|2019|L'Étoile Domaine de Montbourgeau
a|beyer_pg|bt|2021|Pinot gris Beyer
a|jab_jalets|bt|2021|Crozes-Hermitage Les Jalets
a|mirambeau_b|bt|2023|Tour de Mirambeau blanc
a|trapet_gev|mag|2020|Gevrey-Chambertin Trapet
a|vt_lacrau|mag|2019|Châteauneuf La Crau
a|filhot|half|2017|Château Filhot Sauternes
a|ferret_pf|bt|2022|Pouilly-Fuissé Ferret
n|-||-|Croûte aux morilles|C|food
n|-||-|Saucisse de Morteau, pommes vapeur|C|food
n|-||-|Cancoillotte chaude|C|food
n|-||-|Plateau de fromages comtois|C|food
n|-||-|Menu enfant|C|food
n|-||-|*Café|H|coffee
n|-||-|*Dessert du jour|C|food
n|-|v|-|Vin du moment|R|generic
n|-|v|-|Verre de rouge|R|generic
n|-|p50|-|Pichet de blanc|B|generic
n|-|demi|-|Bière du mois|P|generic
n|-||-|Cocktail maison|A|generic cocktail
n|-||-|Carte cadeau 50 €|X|service (gift card)
n|-||-|Vin chaud|R|mulled wine, not a library drink
n|-|bt|-|Crémant du Jura Indigène, Tissot|M|producer's other wine
n|-|clav|-|Vin jaune Tissot|B|producer's other wine
n|bb_chalon|mag|-|Château-Chalon Berthet-Bondet
n|-|bt|-|Riesling Vendanges Tardives Trimbach|L|cuvée not held
n|hugel_gewu|half|-|Gewurztraminer Hugel
n|-|bt|-|Champagne Drappier Rosé de saignée|S|cuvée not held
n|-|bt|-|Champagne Ruinart Blanc de Blancs|M|not held
n|-|dose|-|Cognac Rémy Martin XO|D|age not held (VSOP only)
n|-|dose|-|Havana Club Especial|D|not held (3 and 7 ans only)
n|-|dose|-|Chivas Regal 18 ans|D|age not held (12 ans only)
n|-|dose|-|Glenfiddich 15 ans|D|age not held (12 ans only)
n|-|d2|-|Pastis|A|generic: three anis held
n|-|d6|-|Martini|A|two Martini held
n|vittel|c150|-|Vittel
n|coca|c50|-|Coca-Cola
n|franche_ipa|c75|-|La Franche IPA
n|heineken|demi|-|Heineken
n|-|bt|-|Côtes du Jura rouge|R|colour not held
n|-|bt|-|Bordeaux rosé|S|not held
n|-||-|Bon d'achat fidélité|X|loyalty voucher
n|-|v|-|Kir|A|mixed drink, not a library drink
n|-|v|-|*Kir royal|A|mixed drink, not a library drink
"""
