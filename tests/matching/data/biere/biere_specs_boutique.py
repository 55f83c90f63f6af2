"""What the take-away shop's order export prints (BOUTIQUE).

One product a line: `key|measure|vintage|name|maker|extra`, with key, measure, vintage
and extra as in biere_specs_caisse.py.  The shop prints `name [year] — maker —
packaging`; the packaging comes from the measure (`bouteille 33 cl`, `canette 44 cl`,
`magnum 150 cl`, `fût 20 L`), or is given after `=` for what is no drink.
"""

SPECS = """
saxo|b75||Saxo|Brasserie Caracole
nostradamus|b33||Nostradamus|Brasserie Caracole
troublette|keg20||Troublette|Brasserie Caracole
export33|keg30||33 Export Blonde|33 Export
jj4|b75||IV Saison|Jandrain-Jandrenouille
jj5|b33||V Cense|Jandrain-Jandrenouille
stille|b33|2022|Stille Nacht|De Dolle Brouwers
stille|b33||Stille Nacht|De Dolle Brouwers
oerbier_res|b75|2018|Oerbier Special Reserva|De Dolle Brouwers
pannepot|b33||Pannepot Old Fisherman's Ale|De Struise Brouwers
f3_geuze|b37||Oude Geuze|3 Fonteinen
tilquin_gueuze|b75||Oude Gueuze Tilquin à l'Ancienne|Gueuzerie Tilquin
blaugies_saison|b75||Saison d'Épeautre|Brasserie de Blaugies
fantome|b75||Saison|Brasserie Fantôme
rulles_triple|b75||La Rulles Triple|Brasserie de Rulles
mel_triple|b75||Mélusine Triple|Brasserie Mélusine
rieul_grandcru|b75||Saint-Rieul Grand Cru|Brasserie de Saint-Rieul
cendrillon|b75||Cendrillon|Brasserie Craig Allan
popihn_sour|b44||Sour Framboise|Brasserie Popihn
mel_ipa|b44||Mélusine IPA|Brasserie Mélusine
zundert8|b33||Zundert 8 Trappist|Brouwerij De Kievit
pacory_poire|b75|2023|Poiré Domfront AOP|Domaine Pacory
sehedic_doux|b75||Cidre Doux|Séhédic
roches|b75|2022|Saumur-Champigny|Domaine des Roches Neuves
herbauges|b37|2023|Muscadet Côtes de Grandlieu sur Lie|Domaine des Herbauges
benromach10|b70||Benromach 10 ans|Benromach
brenne10|b70||Brenne 10 ans|Brenne
audemus|b50||Pink Pepper Gin|Audemus Spirits
ogereau_layon|b50|2020|Coteaux du Layon Saint-Lambert|Domaine Ogereau
# --- vintages not held (almost)
stille|b33|2019|Stille Nacht|De Dolle Brouwers
oerbier_res|b75|2020|Oerbier Special Reserva|De Dolle Brouwers
pannepot|b33|2016|Pannepot Old Fisherman's Ale|De Struise Brouwers
pacory_poire|b75|2024|Poiré Domfront AOP|Domaine Pacory
roches|b75|2019|Saumur-Champigny|Domaine des Roches Neuves
cleray|b75|2024|Château du Cléray Muscadet Sèvre et Maine sur Lie|Sauvion
marionnet|b75|2022|Touraine Gamay Première Vendange|Henry Marionnet
ogereau_rose|b75|2025|Rosé de Loire|Domaine Ogereau
roches|b150|2022|Saumur-Champigny|Domaine des Roches Neuves
richou|b75|2020|Anjou Rouge|Domaine Richou
# --- no drink of the library
-beer|=coffret||Coffret découverte 4 × 33 cl|Brasserie Caracole|a gift box of several beers
-div|=accessoire||Verre Teku 33 cl|Les Fûts de l'Erdre|a glass
-div|=carte||Carte cadeau 50 €|Les Fûts de l'Erdre|a gift card
-div|=service||Consigne fût|Les Fûts de l'Erdre|keg deposit
-beer|=coffret||Verticale Stille Nacht 2020-2023 (4 × 33 cl)|De Dolle Brouwers|a gift box of several vintages
troublette|keg30||Troublette|Brasserie Caracole
nostradamus|b75||Nostradamus|Brasserie Caracole
stille|b150||Stille Nacht|De Dolle Brouwers
zundert10|b75||Zundert 10 Trappist|Brouwerij De Kievit
f3_kriek|b75||Oude Kriek|3 Fonteinen
-beer|b37||Oude Mûre Tilquin à l'Ancienne|Gueuzerie Tilquin|another Tilquin beer, not held
-beer|b33||Boskeun|De Dolle Brouwers|another De Dolle beer, not held
-beer|b33||Pannepot Grand Reserva|De Struise Brouwers|another Pannepot, not held
-whisky|b70||Benromach 21 ans|Benromach|another age of a held Benromach
-wine|b75||Saumur Blanc L'Insolite|Domaine des Roches Neuves|another cuvée and colour of a held producer
roches|b37||Saumur-Champigny|Domaine des Roches Neuves
-gin|b70||G'Vine Nouaison|G'Vine|another gin of a held house
-cider|b75||Cidre Rosé|Séhédic|another cider of a held house
"""
