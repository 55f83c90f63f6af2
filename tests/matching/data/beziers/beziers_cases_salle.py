"""SALLE: the dining room's tablet: `family / product yyyy / serving`, lower case with
accents, as the waiters typed the product.
Drink rows: key|measure|vintage typed|text.   Other rows: -|measure|vintage|family|text|reason."""

CASES = """
montfalette|btl|2020|faugères montfalette mas d'alezon
montfalette|btl|2022|faugères montfalette
barral|btl|2018|faugères léon barral
barral|btl|2020|domaine barral
alquier_mj|btl|2020|alquier la maison jaune
alquier_mj|btl|2021|alquier maison jaune
liquiere_am|glass|2021|la liquière les amandiers rouge
liquiere_am_rs|btl|2023|la liquière amandiers rosé
ot_fossibus|btl|2019|ollier-taillefer castel fossibus
ot_collines|mag|2021|les collines ollier-taillefer
maghani|btl|2021|maghani canet valette
mille_nuits|half|2020|une et mille nuits
schistes|btl|2020|borie la vitarèle les schistes
schistes|btl|2019|les schistes vitarèle
champart_causse|btl|2019|mas champart causse du bousquet
roches_noires|mag|2020|roches noires roquebrun
aupenac_bl|btl|2022|fiefs d'aupenac blanc
arbouse|btl|2022|l'arbouse bruguière
grenadiere|btl|2019|mas bruguière la grenadière
grenadiere|btl||grenadière bruguière
olivette|btl|2021|clos marie l'olivette
ste_agnes|btl|2020|ermitage du pic sainte agnès
ste_agnes|btl|2021|sainte-agnès ermitage
felines|glass15|2023|picpoul félines
morny|half|2023|picpoul duc de morny
morny|btl|2024|duc de morny ormarine
st_martin|btl|2022|picpoul saint-martin de la garrigue
beauvignac|pich50|2023|picpoul beauvignac
la_nine|btl|2022|la nine sénat
las_combes|btl|2018|château maris las combes
alaric|glass|2019|la baronne alaric
villemajou|btl|2020|villemajou gérard bertrand
col_vents_rs|btl|2023|castelmaure col des vents rosé
gris_blanc|mag|2022|gris blanc gérard bertrand
claude_val_rg|pich25|2022|claude val rouge
rose_aurore|pich50|2023|côté mas rosé aurore
daumas_rg|mag|2019|mas de daumas gassac
daumas_bl|btl|2021|mas de daumas gassac blanc
colombette_rg|pich25||colombette rouge
antech_bq|btl||blanquette antech brut nature
barroubio|glass||muscat de saint-jean barroubio
barroubio|b50|2022|barroubio muscat
whispering|mag|2022|whispering angel
whispering|btl|2022|whispering angel
guigal_cdr|glass|2020|guigal côtes du rhône
janasse_cdp|btl|2019|châteauneuf janasse tradition
janasse_cdp|btl|2020|janasse châteauneuf-du-pape
lp_cuvee|btl||laurent-perrier la cuvée
moet_imp|mag||moët brut impérial
noilly|dose4||noilly prat dry
byrrh|dose||byrrh
suze|dose||suze
p51|dose2||51
hennessy|dose4||hennessy
armagnac|dose4||laubade 10 ans
diplo|dose4||diplomatico
chartreuse_v|dose4||chartreuse verte
grim_amb_f|demi||grimbergen ambrée
alaryk_ipa|b33||alaryk ipa
chimay_b|b33||chimay bleue
leffe|b75||leffe blonde
kro_0|b25||kronenbourg 0,0
sanpe|b100||san pellegrino
jus_raisin|b75||jus de raisin muscat barroubio
icetea|b33||ice tea pêche
montfalette|half|2021|montfalette alezon
villemajou|mag|2020|château de villemajou
whispering|half|2023|whispering angel
leffe|pinte||leffe blonde
alaryk_bl|pinte||alaryk blanche
-|||tapas|pimientos del padrón|food
-|||plats|taureau à la gardiane|food: the bull stew
-|||desserts|crème catalane|food
-|||cafés|café gourmand|coffee
-|pich50||vins rouges|sangria maison|sangria is mixed at the bar, not a drink of the library
-|glass||vins rosés|rosé du moment|generic rosé
-|btl|2021|vins rouges|faugères|appellation alone: several Faugères reds held
-|btl|2022|vins blancs|picpoul de pinet|appellation alone: four Picpoul de Pinet held
-|btl|2020|vins rouges|minervois|appellation alone: several Minervois held
-|btl|2021|vins rouges|pic saint-loup|appellation alone: four Pic Saint-Loup held
-|btl|2019|vins rouges|saint-chinian roquebrun|appellation alone: two wines of it held
-|btl|2019|vins rouges|léon barral valinière|Barral's Valinière: another cuvée
-|btl|2020|vins rouges|alquier les bastides|Alquier's Les Bastides: another cuvée than La Maison Jaune
-|btl|2022|vins blancs|la liquière les amandiers blanc|white Amandiers not held
-|btl|2020|vins rouges|canet-valette le vin est une fête|another cuvée of Canet-Valette
-|btl|2020|vins rouges|mas bruguière le septième|another cuvée of Mas Bruguière
-|btl|2019|vins rouges|château maris la touge|Château Maris's La Touge: another cuvée
-|btl|2023|vins rosés|gérard bertrand côte des roses|another wine of Gérard Bertrand
-|btl|2023|vins rosés|whispering angel rock angel|Rock Angel: the sibling not held
-|btl|2022|vins rosés|minuty prestige|Minuty Prestige: another cuvée than M
-|btl|2021|vins rouges|guigal crozes-hermitage|another wine of Guigal
-|btl|2018|vins rouges|les allées de cantemerle|Cantemerle's second wine
-|btl||bulles|moët rosé impérial|Moët's rosé not held
-|btl||bulles|crémant de limoux antech blanc|Antech's white crémant not held (the rosé and the blanquette are)
-|dose4||alcools|lagavulin 8 ans|another age of Lagavulin
-|dose4||alcools|chartreuse jaune|the yellow Chartreuse is not held
-|dose2||anisés|pastis|generic pastis
-|dose4||alcools|get 31|Get 31 is not held
-|b33||bières|1664|the 1664 lager is not held (only the Blanc, on draught)
-|demi||bières|panaché|mixed drink
-|b100||eaux|eau de béziers en carafe|tap water
-|||divers|droit de bouchon|service
"""
