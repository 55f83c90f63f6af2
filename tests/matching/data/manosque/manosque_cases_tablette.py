"""TABLETTE: the terrace iPad till (cloud POS). One sale a line:
expect|key|measure|vintage|catalogue name ({v} = where the vintage goes)|reason of a none."""
CASES = """
y|blaque_rs|B|2024|Domaine de la Blaque rosé|
y|blaque_rs|B150|2023|Domaine de la Blaque rosé|
y|blaque_rs|G||Rosé Blaque|
y|blaque_rg|B|2020|Domaine de la Blaque rouge|
y|blaque_bl|G|2023|Blaque blanc {v} (copie)|
y|regusse_rs|B||Domaine de Régusse rosé (copie)|
y|regusse_rs|B37|2024|Régusse rosé|
y|rousset_rs|G|2024|Château de Rousset rosé|
y|madeleine_rs|P50|2024|Domaine de la Madeleine rosé|
y|verrerie_rs|B|2023|Château La Verrerie rosé|
y|verrerie_rs|P25||La Verrerie rosé|
y|isolette_rs|B|2024|Château de l'Isolette rosé|
y|turcan_rs|G|2024|Château Turcan rosé|
y|roubine_rs|B|2023|Château Roubine rosé|
y|roubine_rs|B150||Roubine rosé (copie)|
y|berne_insp|B37|2024|Inspiration Château de Berne|
y|berne_insp|B||Berne Inspiration rosé|
y|berne_rom|B|2024|Romance (Château de Berne)|
y|figuiere_magali|B|2024|Magali Figuière rosé|
y|leoube_rs|B|2023|Rosé de Léoube|
y|leoube_secret|B|2022|Secret de Léoube|
y|aumerade_mc|B||Aumérade Marie-Christine (copie)|
y|cadenet_rs|B|2023|Mas de Cadenet Sainte-Victoire|
y|bas_alv_rs|G|2024|Château Bas Alvernègue rosé|
y|bargemone_rs|B|2023|Bargemone rosé|
y|masdame_rs|B|2024|Mas de la Dame Rosé du Mas|
y|vannieres_rs|B|2023|Bandol rosé Château Vannières|
y|begude_rs|B||Bandol rosé Bégude|
y|montezargues|B|2023|Tavel Prieuré de Montézargues|
y|rocepine_tavel|B||Tavel Roc-Épine|
y|fondreche_rs|G|2024|Fondrèche rosé|
y|perrin_res_rs|P50||Perrin Réserve rosé|
y|lp_cuvee|B150||Laurent-Perrier La Cuvée|
y|lp_rose|CP||Laurent-Perrier Rosé|
y|lp_mill|B|2012|Laurent-Perrier Millésimé|
y|bernardins_mbv|G||Muscat Beaumes-de-Venise Bernardins|
y|ricard|D||Ricard|
y|p51|D||Pastis 51|
y|rinquinquin|D||Rinquinquin|
y|lillet_bl|G||Lillet Blanc|
y|martini_bianco|D||Martini Bianco|
y|k1664|DEMI||Pression 1664|
y|grimbergen|PINTE||Pression Grimbergen|
y|cagole_blanche|B||La Cagole Blanche|
y|desperados|B||Desperados|
y|k1664_zero|B||1664 sans alcool|
y|pago_abricot|B||Jus d'abricot Pago|
y|evian|B100||Evian|
y|icetea|B||Ice Tea pêche|
a|blaque_rs|B|2022|Domaine de la Blaque rosé|
a|blaque_rs|B150|2024|Domaine de la Blaque rosé|
a|regusse_rs|B|2022|Domaine de Régusse rosé|
a|verrerie_rs|B|2021|Château La Verrerie rosé|
a|roubine_rs|B|2022|Château Roubine rosé|
a|roubine_rs|B150|2023|Roubine rosé|
a|berne_insp|B|2023|Berne Inspiration rosé|
a|leoube_rs|B|2024|Rosé de Léoube|
a|leoube_secret|B|2024|Secret de Léoube|
a|cadenet_rs|B|2024|Mas de Cadenet Sainte-Victoire|
a|bargemone_rs|B|2022|Bargemone rosé|
a|vannieres_rs|B|2022|Bandol rosé Château Vannières|
a|montezargues|B|2024|Tavel Prieuré de Montézargues|
a|lp_mill|B|2014|Laurent-Perrier Millésimé|
a|isolette_rs|B|2023|Château de l'Isolette rosé|
n|-|B|2024|Whispering Angel|not held
n|-|B|2024|Château Minuty Prestige|not held
n|-|B||Rock Angel Château d'Esclans|not held
n|berne_rom|B150|2024|Romance (Château de Berne)|no magnum of Romance
n|verrerie_rs|B150|2024|Château La Verrerie rosé|no magnum of La Verrerie
n|berne_rom|B37|2024|Romance Château de Berne|no half of Romance
n|leoube_rs|B150|2023|Rosé de Léoube|no magnum of Léoube
n|-|B|2024|Château de Berne rosé|two Berne rosés held, no cuvée
n|-|B||Domaine de la Blaque|three colours held, none named
n|-|G||Rosé du moment|generic
n|-|P50||Rosé maison|house wine, generic
n|-|G||Côtes de Provence rosé|several held
n|-|B||Bandol rouge|two Bandol reds held
n|-|G||Rosé pamplemousse|house mixed drink
n|-|X||Spritz Apérol|cocktail
n|-|X||Mojito|cocktail
n|-|D||Pastis|three pastis held: generic
n|-|X||Salade niçoise|food
n|-|X||Coupe colonel|dessert with vodka, not a drink of the library
n|-|X||Glace 2 boules|ice cream
n|-|X||Café gourmand|coffee and desserts
n|-|X||Planche mixte|food
n|leffe_blonde|PINTE||Leffe Blonde|Leffe held only in bottle
n|k1664|B33||1664 Blonde|1664 held in 25 cl and on draught only
n|-|B33||La Cagole bière d'abbaye|a La Cagole beer not held
n|-|B33||Heineken|not held
n|-|B33||Coca-Cola Cherry|another Coca-Cola not held
n|coca|B50||Coca-Cola|held only in 33 cl
n|-|B20||Pago Ananas|a Pago not held
n|evian|B33||Evian|Evian held in 50 and 100 cl only
n|-|CP||Coupe de champagne|generic, three champagnes held
n|-|B||Laurent-Perrier Grand Siècle|another cuvée of a held house
n|lp_rose|B150||Laurent-Perrier Rosé|no magnum of the rosé
n|-|X||Diabolo grenadine|mixed soft
"""
