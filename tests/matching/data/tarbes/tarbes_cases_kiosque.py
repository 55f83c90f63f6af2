"""Le Pilier, till `kiosque`: the match-day kiosk terminal.  One case a line:
key|measure|vintage|text  or  -|measure|vintage|text|reason.
Text as the rented terminal's catalogue holds it (ASCII capitals; the terminal turns spaces
and punctuation into underscores and cuts the product at 24 characters)."""

CASES = """
kro|DEMI||PRESSION KRONENBOURG
kro|PINTE||PRESSION KRONENBOURG
blanc1664|DEMI||PRESSION 1664 BLANC
blanc1664|PINTE||PRESSION 1664 BLANC
grimbblde|PINTE||GRIMBERGEN BLONDE
grimbamb|DEMI||GRIMBERGEN AMBREE
guinness|PINTE||GUINNESS
guinness|DEMI||GUINNESS
desperados|BTL||DESPERADOS
heineken00|BTL||HEINEKEN 0.0
corona|BTL||CORONA
blonde1664|BTL||1664 BLONDE BOUTEILLE
chimaybl|BTL||CHIMAY BLEUE
coca|BTL||COCA COLA
cocazero|BTL||COCA ZERO
agrumes|BTL||SCHWEPPES AGRUMES
tonic|BTL||SCHWEPPES TONIC
icetea|BTL||ICE TEA PECHE
redbull|BTL||RED BULL
evian|BTL||EAU EVIAN
pago|BTL||JUS ORANGE PAGO
montus|VRE||VERRE MADIRAN MONTUS
montus|BTL|2018|MADIRAN MONTUS
aydie|VRE|2018|MADIRAN AYDIE
crouseilles|VRE15||MADIRAN CROUSEILLES
sabazan|VRE|2015|SAINT MONT SABAZAN
tqrose|VRE||ROSE TARIQUET
tqclassic|VRE||BLANC TARIQUET CLASSIC
lapeyre|VRE||ROSE BEARN LAPEYRE
bellevuers|VRE||ROSE FRONTON BELLEVUE
taittbr|CP||COUPE TAITTINGER
taittbr|BTL||TAITTINGER BRUT RESERVE
taittbr|MAG||TAITTINGER BRUT RESERVE
lpcuvee|CP||COUPE LAURENT PERRIER
ricard|D2||RICARD
p51|D2||PASTIS 51
get27|DOSE||GET 27
jackd|DOSE||JACK DANIELS
absolut|DOSE||VODKA ABSOLUT
gordons|DOSE||GIN GORDONS
izarrajaune|DOSE||IZARRA JAUNE
tqvsop|DOSE||ARMAGNAC TARIQUET VSOP
tqmill|DOSE|2000|ARMAGNAC TARIQUET
flocrs|VRE||FLOC ROSE
chassespleen|BTL|2018|CHASSE SPLEEN
retrouvees|VRE|2021|SAINT MONT VIGNES RETROUVEES
chantvignes|VRE|2022|JURANCON SEC CHANT DES VIGNES
marie|VRE|2020|JURANCON SEC CUVEE MARIE
montus|BTL|2017|MADIRAN MONTUS
montus|VRE|2014|MADIRAN MONTUS
aydie|VRE|2017|MADIRAN AYDIE
bouscasse|VRE|2020|MADIRAN BOUSCASSE
batzrg|VRE|2018|MADIRAN BATZ
sabazan|VRE|2016|SAINT MONT SABAZAN
tqmill|DOSE|1990|ARMAGNAC TARIQUET
tqmill|DOSE|1997|ARMAGNAC TARIQUET
chassespleen|BTL|2019|CHASSE SPLEEN
hauteserre|VRE|2017|CAHORS HAUTE SERRE
ode|VRE|2022|ODE D AYDIE
tqcote|VRE|2023|BLANC TARIQUET COTE
retrouvees|VRE|2023|VIGNES RETROUVEES
montusblc|VRE|2021|MONTUS BLANC
leffeblde|PINTE||LEFFE
chimaybl|DEMI||CHIMAY BLEUE
coca|B50||COCA COLA
evian|B1L||EAU EVIAN
aydie|MAG|2018|MADIRAN AYDIE
lprose|MAG||LAURENT PERRIER ROSE
-|||SANDWICH JAMBON BEURRE|food
-|||HOT DOG|food
-|||FRITES|food
-|||SANDWICH PORC NOIR|food
-|||CHIPS|food
-|||CONSIGNE ECOCUP|service: cup deposit
-|||RETOUR ECOCUP|service: cup refund
-|||CAFE|coffee
-|||CHOCOLAT CHAUD|hot drink, not held
-|||ECHARPE STADO|club merchandise (scarf)
-|||PROGRAMME MATCH|match programme
-|PINTE||PRESSION BIERE DU MOMENT|generic guest beer
-|DEMI||PANACHE|mixed at the bar
-|PINTE||MONACO|mixed at the bar
-|DEMI||PRESSION GRIMBERGEN|brand alone: Grimbergen Blonde and Ambrée both on draught
-|PINTE||PRESSION PELFORTH|not held
-|VRE||VIN ROUGE|generic label
-|VRE||VIN BLANC|generic label
-|VRE||VERRE MADIRAN|appellation alone: several Madirans
-|CP||COUPE CHAMPAGNE|generic: several champagnes
-|VRE||JURANCON MOELLEUX|appellation alone: three sweet Jurançons
-|DOSE||WHISKY|generic: several whiskies
-|DOSE||RHUM|generic: Bacardi and Havana Club held
-|DOSE||IZARRA|brand alone: Izarra Verte and Jaune both held
-|DOSE||JAGERMEISTER|not held
-|B33||SPRITE|not held
-|B33||HEINEKEN|Heineken (regular) not held, only Heineken 0.0
-|B33||KRONENBOURG BOUTEILLE|Kronenbourg held on draught only
-|D2||PASTIS|generic: Ricard and Pastis 51 held
-|VRE||SANGRIA|mixed, not held
"""
