"""What the floor staff typed on the tablet (TABLETTE).

One button a line: `key|measure|vintage|text|extra`, as in biere_specs_caisse.py.  The
text is the name and style as typed; the tablet adds the degree of a held beer, cider or
spirit (`6,5°`), the four-digit vintage, the measure word and the price.  Buttons that
are no single held drink carry their degree, if any, in the text.
"""

SPECS = """
# --- draught: galopin 12.5, demi 25, pinte 50 cl
mel_blonde|g||mélusine blonde
mel_blanche|p||mélusine blanche
rieul_triple|p||saint-rieul triple
popihn_ipa|g||popihn ipa
popihn_pale|d||popihn pale ale
agent|p||craig allan agent provocateur ipa
export33|g||33 export blonde
troublette|d||caracole troublette blanche
arabier|d||de dolle arabier blonde
rulles_estivale|p||rulles estivale blonde
namur|d||blanche de namur
@super8|p||super 8 5°|super8_blanche
sehedic_brut|d||cidre séhédic brut
# --- bottles and cans
mel_blonde|b33||mélusine blonde
mel_triple|b75||mélusine triple
rieul_blonde|b75||saint-rieul blonde
rieul_ambree|b33||st rieul ambrée
popihn_ipa|b44||popihn ipa
popihn_sour|b44||popihn sour framboise
cendrillon|b75||craig allan cendrillon blonde
caracole_ambree|b75||caracole ambrée
saxo|b33||caracole saxo blonde
jj4|b33||iv saison jandrain
jj6|b33||vi wheat blanche
stille|b33|2023|stille nacht
pannepot|b33|2017|struise pannepot quadrupel
black_albert|b33||black albert imperial stout
f3_kriek|b37||3 fonteinen oude kriek
tilquin_quetsche|b37||tilquin oude quetsche
moneuse|b75||la moneuse blaugies
triple_moine|b33||triple moine du bocq
namur|b25||blanche de namur
zundert10|b33||zundert 10 trappiste
tournay_triple|b33||tournay triple
quintine|b33||quintine blonde légendes
oerbier_res|b75|2021|oerbier special reserva
pacory_poire|b75|2022|poiré domfront pacory
# --- wines, spirits, softs
herbauges|vre|2022|muscadet côtes de grandlieu herbauges
ogereau_rose|vre|2024|rosé de loire ogereau
roches|b75|2021|saumur-champigny roches neuves
marionnet|vre|2023|première vendange marionnet
ogereau_layon|b50|2020|coteaux du layon ogereau
richou|b75||anjou rouge richou
benromach15|c4||benromach 15 ans
aberfeldy16|c4||aberfeldy 16 ans
ledaig10|c2||ledaig 10 ans
brenne_estate|c4||brenne estate cask
gvine|c4||g'vine floraison gin
meneau_limonade|b33||limonade meneau
hysope_ginger|b20||hysope ginger beer
styorre|b100||saint-yorre
# --- vintages not held (almost)
stille|b33|2021|stille nacht
stille|b33|2024|stille nacht
stille|b75|2022|stille nacht
pannepot|b33|2020|pannepot
pannepot|b33|2015|struise pannepot
oerbier_res|b75|2019|oerbier special reserva
pacory_poire|b75|2021|poiré pacory
herbauges|b75|2020|muscadet herbauges
herbauges|b37|2024|muscadet herbauges
cleray|vre|2022|château du cléray
ogereau_blanc|b75|2023|anjou blanc ogereau
ogereau_rose|b75|2022|rosé de loire ogereau
richou|vre|2023|anjou rouge richou
roches|vre|2023|saumur-champigny roches neuves
roches|b150|2020|roches neuves saumur-champigny
marionnet|b75|2024|première vendange marionnet
ogereau_layon|vre|2018|coteaux du layon ogereau
# --- kitchen, coffee, mixed drinks
-food|||planche de fromages|kitchen
-food|||moules à la bière|kitchen (a dish with beer)
-food|||burger mélusine|kitchen (a burger named after the brewery)
-cafe|||café gourmand|coffee
-mix|d||picon bière|mixed drink
-mix|||cidre cassis|mixed drink (cider and cassis)
# --- generic
@blonde|p||blonde pression|none
@ipa|b33||ipa 6,5°|none
@blanche|d||blanche|none
@stout|b33||stout|none
-beer|p||bière du moment|generic
-wine|vre||vin blanc|generic white wine
# --- another beer of a held brewery
-beer|b33||mélusine brune 6°|another Mélusine beer, not held
-beer|b33||de dolle boskeun 8°|another De Dolle beer, not held
-beer|b75||3 fonteinen hommage 6,2°|another 3 Fonteinen beer, not held
-beer|b75||rulles cuvée meilleurs voeux 7,3°|another Rulles beer, not held
-beer|b75||fantôme chocolat 8°|another Fantôme beer, not held
-beer|b25||blanche de namur rosée 3,4°|another du Bocq beer (the Rosée), not held
-beer|b33||tournay blonde 8°|another Cazeau beer, not held
# --- another number or age
-beer|b33||zundert 12 trappiste 12°|another number of a held Zundert
-beer|b33||super 8 export 5,3°|another Super 8, not held
-whisky|c4||aberfeldy 18 ans 40°|another age of a held Aberfeldy
# --- a format or measure not held
saxo|p||caracole saxo blonde
nostradamus|b75||nostradamus brune
jj4|d||iv saison
mel_blanche|b33||mélusine blanche
agent|b44||agent provocateur ipa
-beer|b65||33 export blonde 4,8°|33 Export in a 65 cl bottle, not held
silly_saison|b33||saison de silly
roches|b37||roches neuves saumur-champigny
cleray|b150||château du cléray
# --- a brewery, producer or brand held several times, typed alone
@dedolle|b33||de dolle|none
@popihn|d||popihn|none
@tilquin|b37||tilquin|none
@jandrain|b33||jandrain-jandrenouille|none
@brenne|c4||brenne|none
@sehedic|b75||séhédic|none
@meneau|b33||meneau|none
# --- another colour or cuvée of a held producer
-wine|vre||roches neuves saumur blanc|Roches Neuves' white Saumur, not held
-wine|vre||richou anjou blanc|Richou's white Anjou, not held (Ogereau's is)
-wine|b75||marionnet sauvignon touraine|Marionnet's Sauvignon, not held
"""
