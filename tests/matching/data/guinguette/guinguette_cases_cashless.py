"""What the cashless wristband system sold on the concert nights (`cashless`).

One product a line: `key|measure|vintage|text`, or `-|measure|vintage|text|reason` for what
is no drink of the library. `text` is the product as the festival staff named it in the
cashless back-office (short, no accents); `@STAND: ` fixes the stand and `=N` the price in
tokens when the spec needs them (otherwise the stand is one of the three bars and the price
comes from the measure and an MD5 of the product). The export prints `STAND;Product;N jetons`,
the measure before the name for pours and bottles of wine, the size after it for the rest.
"""

CASES = """
# beers and ciders
astro|pinte|-|Astroblonde
astro|pich15l|-|Astroblonde
parisipa|pich1l|-|Paris IPA
outland_wc|demi|-|West Coast IPA Outland
outland_wc|pich15l|-|WC IPA Outland
bassesaison|pinte|-|Basse Saison
motueka|pich1l|-|Super Motueka
ananas|pich15l|-|Ananas IPA
fatdog|s33|-|Fat Dog
spacerider|s33|-|Space Rider
sd77|s44|-|77 New West Coast
thurel_brut|pinte|-|Cidre brut Thurel
fatdog|pich1l|-|Fat Dog
lostinhops|pinte|-|Lost in Hops
-|pinte|-|IPA|three IPAs held on draught
-|pinte|-|Biere du moment|generic beer
-|demi|-|Panache|mixed drink
-|pinte|-|Picon biere|mixed drink
-|pich15l|-|Monaco|mixed drink
# wines
pourcieux_rs|verre|-|Rose Pourcieux
pourcieux_rs|pisc|-|Pourcieux rose
pourcieux_rs|mag|2023|Pourcieux rose
pourcieux_rs|btl|2024|Pourcieux rose
houchart_rs|pisc|-|Houchart rose
houchart_rs|mag|2023|Houchart rose
houchart_sv|btl|2023|Houchart Ste Victoire
montaud_rs|btl|2022|Montaud rose
listel_gris|pisc|-|Grain de Gris
listel_gris|mag|-|Listel Grain de Gris
miraflors|pich50|-|Miraflors
miraflors|pisc|-|Miraflors
-|pisc|-|Rose|generic rosé piscine
-|pich1l|-|Rose|generic rosé
-|verre|-|Rose de Provence|generic rosé
marteau_rs|verre|-|Touraine rose
neveu_rs|half|-|Sancerre rose
-|half|-|Sancerre|half bottles of two Sancerres held (rosé and white), no colour
neveu_gf|btl|-|Grand Fricambault
lafond_gp|pisc|2023|Reuilly rose
vigneau_cr|verre|-|Cremant rose
vigneau_pet|btl|-|Vouvray petillant
lieubeau_mus|verre|-|Muscadet
lieubeau_mus|btl|2022|Muscadet
marteau_sb|pich50|-|Sauvignon Marteau
oisly_bib|pich1l|-|Sauvignon Oisly
-|verre|-|Blanc du moment|generic white
lecomte_q|btl|2022|Quincy
madone_fl|btl|-|Fleurie
madone_fl|mag|2021|Fleurie Madone
piron_py|verre|-|Morgon Cote du Py
-|btl|-|Morgon|two Morgons held (Piron Côte du Py, Pizay)
diochon_mav|btl|2020|Moulin a Vent Diochon
viornery_cb|pich50|-|Cote de Brouilly
pierresdorees_bib|pich1l|-|Beaujolais
marteau_gm|pich50|-|Gamay Touraine
nerleux_sc|verre|-|Saumur Champigny
-|pich50|-|Rouge maison|generic red
-|pich1l|-|Sangria|mixed drink
-|pinte|-|Blanche|a style, no held white beer
-|btl|-|Pink Flamingo|another cuvée of a held producer (Listel)
-|pisc|-|Rose pamplemousse|mixed drink
# aperitifs and softs
lillet_bl|d6|-|Lillet blanc
-|d6|-|Lillet tonic|mixed drink
pierrot|d2|-|Pastis Pierrot
suze|d4|-|Suze
-|d4|-|Suze tonic|mixed drink
-|-|-|Spritz=8|cocktail
-|-|-|Mojito=9|cocktail
karmacola|s33|-|Karma Cola
jus_valliere|s25|-|Jus pomme Valliere
-|s50|-|Eau plate|a water not held
# kitchen and services
-|-|-|@CAISSE CENTRALE: Consigne ecocup=1|the cup deposit alone
-|-|-|@CAISSE CENTRALE: Retour ecocup=-1|cup returned, deposit paid back
-|-|-|@CAISSE CENTRALE: Recharge bracelet=20|wristband top-up
-|-|-|@GLACIER: Cornet 2 boules=4|ice cream
-|-|-|@GLACIER: Esquimau=3,5|ice cream
-|-|-|@CUISINE: Friture + frites=12|food
-|-|-|@CUISINE: Croque-monsieur=8,5|food
"""
