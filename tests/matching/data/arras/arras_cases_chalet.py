"""Christmas-market chalet on the Grand-Place: card reader, items typed as free text by
the staff. key|measure|vintage|text, or -|measure|vintage|fam|text|reason."""
CASES = """
trim_ries|glass||verre riesling trimbach
trim_ries|glass|2022|verre riesling trimbach 2022
trim_ries|glass|2020|verre de riesling 2020 trimbach
trim_gew|glass|2020|verre de gewurz trimbach 2020
trim_gew|btl|2021|bouteille gewurztraminer trimbach 2021
trim_cfe|btl|2015|frederic emile trimbach 2015
trim_cfe|btl|2016|bouteille frédéric émile 2016
hugel_gentil|glass||verre gentil hugel 5€
hugel_gentil|glass|2022|verre gentil 2022 hugel
hugel_pg|glass|2020|verre pinot gris hugel 2020
hugel_pg|glass|2019|verre pinot gris hugel 2019
hugel_vt|btl|2011|bouteille gewurz vendange tardive hugel 2011
hugel_vt|btl|2009|vt hugel 2009
giersberger|coupe||coupe cremant giersberger
giersberger|btl||bouteille crémant ribeauvillé
pr_brut|coupe||coupe pol roger
pr_brut|btl||bouteille pol roger brut reserve
pr_brut|half||demi-bouteille pol roger
pr_brut|mag||magnum pol roger 95€
pr_rose|btl|2015|pol roger rosé 2015
pr_rose|btl|2012|bouteille pol roger rose 2012
tait_cdc|btl|2013|comtes de champagne taittinger 2013
tait_cdc|btl|2012|taittinger comtes 2012
ruinart_bdb|coupe||flute ruinart blanc de blancs
ruinart_r|coupe||coupe r de ruinart
clicquot|coupe||coupe veuve clicquot
clicquot|btl||bouteille clicquot carte jaune
bolly|mag||magnum bollinger
lp_rose|coupe||coupe laurent perrier rosé
jenlain_noel|gob25||gobelet 25cl jenlain noel
jenlain_noel|pinte||pinte jenlain biere de noel
chti_bl|gob25||gobelet 25cl chti blonde
chti_amb|pinte||pinte ch'ti ambrée
chti_amb|gob25||gobelet 25cl chti ambree 3€
kwak|demi||demi kwak
stf_noel|btl||bouteille st feuillien noel
stf_noel|b75||st feuillien cuvée de noël 75cl
chti_tri|btl||bouteille chti triple
troismonts|btl||bouteille 3 monts
houlle|d4||genievre de houlle 4cl
wamb|dose||dose genievre wambrechies
wamb8|d2||genievre 8 ans wambrechies 2cl
filliers|d4||filliers oude graanjenever 4cl
coca|btl||canette coca
coca_z|btl||canette coca zero
orangina|btl||orangina
evian|b50||evian 50cl
milliat|glass||verre jus de pomme milliat
guigal_cdr|glass||verre cdr guigal
guigal_cdr|glass|2022|verre cotes du rhone guigal 2022
laroche_stm|glass|2023|verre chablis saint martin 2023
jolivet_b|glass|2024|verre sancerre jolivet 2024
telegraphe|btl|2016|vieux telegraphe 2016
whispering|glass|2023|verre whispering angel 2023
moutoncadet|glass||verre mouton cadet
porto|glass||verre porto graham's 10 ans
lillet|glass||verre lillet blanc
pr_rose|mag|2015|magnum pol roger rosé 2015
ruinart_bdb|half||demi-bouteille ruinart blanc de blancs
chimay_b|pinte||pinte chimay bleue
stf_noel|gob25||gobelet 25cl st feuillien noel
trim_gew|mag|2020|magnum gewurz trimbach 2020
-|btl||mixed|vin chaud|vin chaud is mixed at the bar
-|btl||mixed|vin chaud blanc 4€|vin chaud is mixed at the bar
-|glass||mixed|verre vin chaud 20cl|vin chaud is mixed at the bar
-|btl||coffee|chocolat chaud|hot drink
-|btl||coffee|chocolat chaud chantilly|hot drink
-|btl||food|gaufre sucre|food
-|btl||food|crepe nutella|food
-|btl||food|marrons chauds|food
-|btl||service|consigne gobelet|deposit on the reusable cup
-|btl||service|retour gobelet -1€|deposit refunded
-|btl||food|coeur d'arras pain d'épices|food
-|btl||mixed|jus de pomme chaud épicé|hot mixed drink
-|glass||wine|verre de blanc|generic
-|coupe||wine|coupe champagne|generic: several champagnes
-|btl||beer|biere de noel|two Christmas beers held
-|gob25||beer|gobelet 25cl biere|generic
-|dose||spirit|dose genievre|several genièvres held
-|btl||wine|bouteille riesling|two Trimbach rieslings held
-|glass||wine|verre gewurz|several Gewurztraminers held
-|glass|2022|wine|verre sancerre rouge 2022|colour not held
-|glass||wine|verre gewurztraminer hugel classic|another Hugel wine
-|glass||wine|verre pinot blanc trimbach|another Trimbach wine
-|coupe||wine|coupe moet|champagne not held
-|btl||mixed|grog au rhum|mixed at the bar
-|btl||mixed|kir royal chalet|mixed at the bar
-|btl||mixed|chocolat chaud genievre|mixed at the bar
-|gob25||beer|gobelet 25cl leffe de noel|Leffe de Noël not held
-|btl||food|tartiflette maroilles|food
-|glass||wine|verre vin d'alsace|generic
-|btl||wine|bouteille champagne rosé|two rosé champagnes held
-|pinte||beer|pinte leffe|two Leffe kegs
-|gob25||beer|gobelet 25cl ch'ti|two Ch'ti kegs
"""
