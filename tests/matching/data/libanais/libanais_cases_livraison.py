"""What the delivery platform exported (`livraison`), in English.

`key|measure|yyyy|Section|item|options`: the drink, the bottle sold (see libanais_tills;
the platform sells bottles only), the vintage in four digits or nothing, the menu section,
the item's name on the platform, and the customer's options joined by `;` (empty: none).
`-|measure|yyyy|Section|item|options|reason` is a product that is no drink of the library.
"""

CASES = r"""
kef_ch|btl|2018|Lebanese Reds|Château Kefraya Red|
kef_ch|btl|2020|Lebanese Reds|Château Kefraya Red|
kef_bret|half|2022|Lebanese Reds|Kefraya Les Bretèches|
kef_bret|btl|2023|Lebanese Reds|Kefraya Les Bretèches|
mas_colo|btl|2021|Lebanese Reds|Massaya Le Colombier|2 extra glasses
mas_gold|mag|2016|Lebanese Reds|Massaya Gold Reserve|Gift wrap
mas_gold|btl|2019|Lebanese Reds|Massaya Gold Reserve|
ix_alt_r|btl|2020|Lebanese Reds|Ixsir Altitudes Red|Room temperature
ix_alt_r|btl|2021|Lebanese Reds|Ixsir Altitudes Red|
ix_el|btl|2016|Lebanese Reds|EL Ixsir|
st_ch|btl|2015|Lebanese Reds|Château St Thomas|Gift wrap
st_ch|btl|2020|Lebanese Reds|Château St Thomas|
mar_ch_r|btl|2017|Lebanese Reds|Château Marsyas|
mar_ch_r|btl|2019|Lebanese Reds|Château Marsyas|
mar_bqa|btl|2020|Lebanese Reds|B-Qa de Marsyas|
tou_r|btl|2021|Lebanese Reds|Domaine des Tourelles|
baal_r|btl|2019|Lebanese Reds|Domaine de Baal|
baal_r|btl|2021|Lebanese Reds|Domaine de Baal|
bv_ren|btl|2015|Lebanese Reds|Château Belle-Vue La Renaissance|
kef_comtesse|btl|2019|Lebanese Whites|Kefraya Comtesse de M|Chilled
ix_alt_b|btl|2023|Lebanese Whites|Ixsir Altitudes White|Chilled
mar_ch_b|btl|2022|Lebanese Whites|Château Marsyas|
st_obeidy|btl|2023|Lebanese Whites|St Thomas Obeidy|
wa_obeidi|btl|2023|Lebanese Whites|Domaine Wardy Obeidi|
ix_alt_rs|btl|2024|Lebanese Rosés|Ixsir Altitudes Rosé|Chilled;Ice bucket
mas_rose|btl|2024|Lebanese Rosés|Massaya Rosé|
kef_myst|btl|2023|Lebanese Rosés|Kefraya Myst|
p45_r|btl|2022|French Wines|Paul Jaboulet Parallèle 45 Red, Côtes du Rhône|
p45_r|btl|2023|French Wines|Paul Jaboulet Parallèle 45 Red, Côtes du Rhône|
p45_rs|btl|2024|French Wines|Parallèle 45, Côtes du Rhône|Colour: Rosé
ld_chablis|half|2022|French Wines|Chablis, Domaine Long-Depaquit|
margui|mag|2024|French Wines|Château Margüi Rosé|Chilled
perle|btl|2024|French Wines|Perle de Margüi Rosé|
abele_brut|btl||Champagne|Abelé 1757 Brut NV|Ice bucket
abele_rose|btl||Champagne|Abelé 1757 Rosé NV|Ice bucket;2 flutes
arak_brun|70||Arak & Spirits|Arak Brun|Ice;Water jug
arak_brun|20||Arak & Spirits|Arak Brun|Ice
arak_mas|35||Arak & Spirits|Arak Massaya|
arak_ga|70||Arak & Spirits|Arak Gantous & Abou Raad|
almaza|33||Beers|Almaza Pilsener|Ice cold
l961_red|33||Beers|961 Red Ale|
parisis_ipa|33||Beers|IPArisis|
citron|30||Soft Drinks|Mint Lemonade|No sugar
jallab|30||Soft Drinks|Jallab|Pine nuts & raisins
grenade|25||Soft Drinks|Fresh Pomegranate Juice|
sohat|150||Soft Drinks|Sohat Still Water|
-|-||Mezze|Hummus||food
-|-||Mezze|Moutabal||food
-|-||Mezze|Mixed Mezze for Two|Extra bread|food
-|-||Grills|Mixed Grill|Garlic sauce|food
-|-||Grills|Shish Taouk Wrap||food
-|-||Desserts|Baklava Box (6 pcs)||dessert
-|-||Extras|Cutlery||service
-|-||Fees|Delivery fee||fee
-|-||Fees|Service fee||fee
-|btl|2019|Lebanese Reds|Massaya Cap Est||another cuvée of Massaya, not held
-|btl|2021|Lebanese Whites|Ixsir Grande Réserve White||another colour: Grande Réserve held in red only
-|btl|2021|Lebanese Reds|Domaine Wardy Cinsault||another cuvée of Wardy, not held
-|btl|2022|French Wines|Parallèle 45, Côtes du Rhône||cuvée without colour: held in three colours
-|btl||Champagne|Le Brun de Neuville Chant des Fûts||champagne not held (shares Brun with the arak)
-|70||Arak & Spirits|Arak Touma||arak not held
-|70||Arak & Spirits|Arak Kefraya||arak not held (Kefraya's wines are)
-|50||Arak & Spirits|Domaine des Tourelles Brou de Noix||another spirit of Tourelles, not held
-|33||Beers|Almaza Light||another beer of Almaza, not held
-|33||Beers|Beirut Beer||beer not held
-|33||Soft Drinks|Coca-Cola||soft not held
-|50||Soft Drinks|Sohat Sparkling Water||another water of Sohat, not held
ix_alt_r|mag|2020|Lebanese Reds|Ixsir Altitudes Red|
mas_colo|mag|2022|Lebanese Reds|Massaya Le Colombier|
arak_brun|35||Arak & Spirits|Arak Brun|
citron|100||Soft Drinks|Mint Lemonade|
kef_comte|half|2017|Lebanese Reds|Kefraya Comte de M|Gift wrap
jallab|100||Soft Drinks|Jallab|
-|btl|2023|Lebanese Rosés|Massaya Le Colombier Rosé||another colour: Le Colombier held in red only
-|-||Desserts|Knafeh with Ashta||dessert
"""
