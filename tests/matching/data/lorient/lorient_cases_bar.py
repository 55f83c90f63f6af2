"""What the festival bar's staff typed on the terrace touch till (bar).
"key|measure|vintage|text" or "-|measure|text|reason"."""
CASES = """
britt_bl|demi||britt blanche
britt_bl|b33||britt blanche
lancelot|demi||lancelot
lancelot|b33||lancelot
hermine|b33||blanche hermine
guinness|demi||guinness
guinness|pinte||guinness
moretti|demi||moretti
peroni|b33||peroni
duchesse|b33||duchesse anne
nicol_brut|b33||cidre nicol brut
nicol_brut|b75||cidre brut nicol
jameson|dose||jameson
wb|dose||wb breton
breizh|dose2||breizh whisky
lagavulin|dose||lagavulin16
talisker|dose||talisker10
jack|dose||jack daniels
lim_capri|dose||limoncello capri
montenegro|dose||amaro montenegro
fernet|dose||fernet branca
ricard|dose2||ricard
chouchen|dose||chouchen
mionetto|coupe||prosecco mionetto
mumm|coupe||mumm cordon rouge
masciarelli|vre||mtp masciarelli
bell_rs|vre||cdr belleruche rose
studio|p50||studio miraval
grisblanc|vre||gris blanc
grigio|vre||pinot grigio
breizh_cola|b33||breizh cola
orangina|b25||orangina
tonic|b25||schweppes tonic
studio|btl|2024|studio miraval
byott|btl|2023|by ott
sessantanni|btl|2020|sessantanni
ducale|btl|2019|cc ducale ruffino
byott|btl|2024|by ott
sessantanni|btl|2017|sessantanni
ducale|btl|2021|cc ducale
masciarelli|btl|2023|mtp masciarelli
grigio|btl|2020|pinot grigio
aqueria|btl|2022|tavel aqueria
chasseloir|btl|2021|muscadet chasseloir
bell_bl|btl|2024|cdr belleruche blanc
cerasuolo|btl|2022|cerasuolo
hermine|pinte||blanche hermine
kro|b33||kro
-|pinte|panache|mixed
-|demi|monaco|mixed
-|pinte|biere du moment|generic
-|demi|pression|generic
-|dose|whisky|generic
-|dose|rhum|generic
-||spritz aperol|mixed
-||spritz campari|mixed
-||kir|mixed
-||mojito|cocktail
-|vre|rouge|generic
-|vre|rose|generic
-||gaufre|food
-||crepe sucre|food
-||frites|food
-||consigne ecocup|service
-||glace 2 boules|dessert
-|dose|limoncello|two limoncellos held
-|dose|glenfiddich|two Glenfiddich held
-|dose|lagavulin8|Lagavulin 8 not held
-|dose|talisker storm|another Talisker
-|pinte|britt blonde|not held
-|b33|coreff ambree|not held
-|coupe|prosecco rose|not held
-|vre|cdr|two producers, three colours
"""
