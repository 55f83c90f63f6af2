"""What the staff typed on the bar register (CAISSE).

One button a line: `key|measure|vintage|text|extra`.
- key: a product of biere_drinks.py (the drink the button means), `@group` for a brand,
  appellation or style word typed alone (extra: the product the build must resolve it to,
  or `none`), or `-kind` for what is no drink of the library (extra: the reason).
- measure: a code of biere_rules.py; vintage: four digits or empty.
- text: the name as typed; the register adds the family, the measure and the vintage,
  drops accents and apostrophes, writes capitals and cuts at 22.
"""

SPECS = """
# --- draught: PRESS/ + 25, 33 or 50 cl poured from the keg
mel_blonde|d||MEL.BLONDE
mel_blanche|d||MEL.BLANCHE
rieul_triple|d||ST RIEUL TRIP
popihn_ipa|d||POPIHN IPA
popihn_pale|p33||POPIHN PALE
agent|d||AGENT PROVOC
export33|p33||33 EXPORT
troublette|d||TROUBLETTE
arabier|p33||ARABIER
rulles_estivale|d||RULLES ESTIV
namur|p||BLANCHE NAMUR
@super8|d||SUPER 8|super8_blanche
@rulles|p33||RULLES|rulles_estivale
sehedic_brut|d||SEHEDIC BRUT
# --- bottles BTL/ and cans CAN/ + size
mel_ambree|b75||MEL.AMBREE
mel_ipa|b44||MEL.IPA
rieul_blonde|b33||ST RIEUL BLONDE
rieul_grandcru|b75||ST RIEUL GD CRU
export33|b33||33 EXPORT
saxo|b75||SAXO CARACOLE
jj4|b75||IV SAISON
oerbier|b33||OERBIER
stille|b33|2022|STILLENACHT
stille|b75|2021|STILLENACHT
pannepot|b33|2019|PANNEPOT
f3_geuze|b37||3F OUDE GEUZE
blaugies_saison|b37||SAISON EPEAUTRE
silly_saison|b25||SAISON DE SILLY
zundert8|b33||ZUNDERT 8
zundert10|b33||ZUNDERT 10
super8_ipa|b33||SUPER 8 IPA
# --- ciders CID/
sehedic_brut|b33||SEHEDIC BRUT
pacory_poire|b75||POIRE PACORY
# --- wines VIN/: nothing for the bottle, VRE, 1/2, MAG, 50CL
herbauges|vre|2023|HERBAUGES
herbauges|b75|2022|MUSCADET HERBAUGES
herbauges|b37|2023|HERBAUGES
cleray|vre|2023|CHATEAU CLERAY
ogereau_blanc|vre||ANJOU BLANC
richou|b75|2022|ANJOU ROUGE RICHOU
roches|vre|2022|ROCHES NEUVES
roches|b150|2021|ROCHES NEUVES
roches|b75|2022|ROCHES NEUVES SAUMUR
@marionnet|vre||MARIONNET|marionnet
ogereau_layon|vre||LAYON OGEREAU
ogereau_layon|b50|2020|LAYON OGEREAU
ogereau_rose|b75|2024|ROSE LOIRE OGEREAU
# --- spirits WSK/ GIN/ + 2CL or 4CL
benromach10|c4||BENROMACH 10
benromach15|c2||BENROMACH 15
aberfeldy12|c4||ABERFELDY 12
@ledaig|c4||LEDAIG|ledaig10
brenne10|c4||BRENNE 10
audemus|c4||AUDEMUS PINK
@gvine|c4||G'VINE|gvine
# --- softs SOFT/ + size
hysope_tonic|b20||HYSOPE TONIC
styorre|b50||ST YORRE
# --- vintages not held (almost)
herbauges|vre|2021|HERBAUGES
herbauges|b37|2022|HERBAUGES
herbauges|vre|2024|HERBAUGES
cleray|b75|2022|CH CLERAY
cleray|vre|2024|CLERAY
ogereau_blanc|b75|2021|OGEREAU BLANC
ogereau_rose|vre|2022|OGER.ROSE
richou|vre|2021|RICHOU
roches|b75|2020|ROCHES NEUVES
roches|b75|2023|ROCHES NEUVES
marionnet|b75|2022|MARIONNET
@layon|b50|2018|LAYON|ogereau_layon
stille|b33|2021|STILLENACHT
stille|b75|2019|STILLENACHT
pannepot|b33|2018|PANNEPOT
pannepot|b33|2021|PANNEPOT
oerbier_res|b75|2020|OERBIER RES
# --- kitchen, coffee, services
-food|||PLANCHE MIXTE|kitchen
-food|||FRITES MAISON|kitchen
-food|||BURGER DU MOMENT|kitchen
-food|||RILLETTES DE SARDINES|kitchen
-food|||CHEDDAR FRIT BIERE|kitchen (a dish with beer)
-food|||CARBONADE ARABIER|kitchen (a stew cooked with a held beer)
-cafe|||EXPRESSO|coffee
-div|||CONSIGNE VERRE|glass deposit
# --- mixed drinks, even naming a held drink
-mix|d||PICON BIERE|mixed drink (picon and draught beer)
-mix|d||MONACO|mixed drink (beer, lemonade, grenadine)
-mix|||KIR BRETON|mixed drink (cider and cassis)
-mix|||GIN TONIC HYSOPE|cocktail naming a held tonic
# --- generic buttons
-beer|d||BIERE MOMENT|generic: the beer of the moment
-beer|p||PRESSION|generic draught
@blonde|d||BLONDE|none
@ipa|p||IPA|none
@ipa|b33||IPA|none
@saison|b75||SAISON|none
@blanche|d||BLANCHE|none
-wine|vre||ROUGE|generic red wine
@muscadet|vre||MUSCADET|none
-whisky|c4||WHISKY|generic whisky
# --- another beer of a held brewery
-beer|b33||MEL.BRUNE|another Mélusine beer, not held
-beer|b33||ST RIEUL BRUNE|another Saint-Rieul beer, not held
-beer|b33||BOSKEUN|another De Dolle beer, not held
-beer|b33||TSJEESES|another Struise beer, not held
-beer|b37||3F HOMMAGE|another 3 Fonteinen beer, not held
-beer|b37||TILQUIN MURE|another Tilquin beer (Oude Mûre), not held
-beer|b75||LA DARBYSTE|another Blaugies beer, not held
-beer|b33||GAULOISE BLONDE|another Gauloise (du Bocq), only the Ambrée is held
# --- another number or age
-beer|b33||ZUNDERT 12|another number of a held Zundert
-beer|b33||SUPER 8 EXPORT|another Super 8, not held
-whisky|c4||BENROMACH 21|another age of a held Benromach
-whisky|c4||LEDAIG 18|another age of the held Ledaig
# --- a format or measure not held
saxo|d||SAXO
nostradamus|d||NOSTRADAMUS
troublette|b75||TROUBLETTE
mel_blanche|b33||MEL.BLANCHE
popihn_pale|b33||POPIHN PALE
popihn_ipa|b33||POPIHN IPA
roches|b37||ROCHES NEUVES
herbauges|b150||HERBAUGES
sehedic_doux|d||SEHEDIC DOUX
# --- a brewery, producer or brand held several times, typed alone
@dedolle|b33||DE DOLLE|none
@rieul|b33||ST RIEUL|none
@popihn|b44||POPIHN|none
@popihn|d||POPIHN|none
@benromach|c4||BENROMACH|none
@ogereau|vre||OGEREAU|none
@pacory|b75||PACORY|none
@anjou|vre||ANJOU|none
# --- another colour or cuvée of a held producer
-wine|b75||ROCHES NEUVES BLC|Roches Neuves' white Saumur, not held
-wine|vre||MARIONNET SAUV|Marionnet's Sauvignon, not held
"""
