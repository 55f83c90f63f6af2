"""drive: the click-and-collect shop's product slugs (key|measure|vintage|slug body, or -|family|slug body|reason)."""
CASES = """
bro|B|2023|brouilly-georges-duboeuf
bro|B|2021|brouilly-georges-duboeuf
bjv|B|2024|beaujolais-villages-duboeuf
mcr|B|2021|mouton-cadet
mcr|B|2019|mouton-cadet
mcr|H|2021|mouton-cadet
gcd|B|2018|grand-corbin-despagne
gcd|M|2018|grand-corbin-despagne
lyo|B|2019|chateau-lyonnat
lyo|M|2019|chateau-lyonnat
sbb|B|2023|sancerre-les-baronnes
sbb|B|2021|sancerre-les-baronnes
sbr|B|2021|sancerre-les-baronnes
bpn|B|2022|bourgogne-pinot-noir-jadot
bpn|B|2023|bourgogne-pinot-noir-jadot
chb|H|2022|chablis-la-pierrelee
chb|B|2024|chablis-la-pierrelee
gur|B|2021|cotes-du-rhone-guigal
gur|M|2019|cotes-du-rhone-guigal
gur|H|2020|cotes-du-rhone-guigal
gus|B|2024|cotes-du-rhone-guigal
vfs|B|2023|la-vieille-ferme
vfs|M|2023|la-vieille-ferme
min|M|2023|m-de-minuty
wan|B|2022|whispering-angel
wan|B|2024|whispering-angel
bua|B|2021|buzet-baron-d-ardeuil
tac|B|2022|tariquet-classic
ris|B|2021|riesling-hugel-classic
moe|H||moet-chandon-imperial-brut
mrs|B||moet-chandon-rose-imperial
mrs|M||moet-chandon-rose-imperial
vcl|B||veuve-clicquot-carte-jaune
vcl|M||veuve-clicquot-carte-jaune
pro|C20||prosecco-la-marca
ppl|B|2022|chianti-classico-peppoli-antinori
ppl|B|2020|chianti-classico-peppoli-antinori
pgr|B|2022|pinot-grigio-zenato
dro|B||pays-d-auge-christian-drouin
ecb|C33||ecusson-brut
ecb|C75||ecusson-brut
pom|C70||pommeau-de-normandie-drouin
ric|C100||ricard
ric|C70||ricard
lil|C75||lillet-blanc
por|C75||porto-sandeman-ruby
ape|C100||aperol
pmv|C70||calvados-pere-magloire-vsop
hen|C70||hennessy-vs
chv|C70||chivas-regal-12-ans
hc7|C70||havana-club-7-ans
get|C70||get-27
k16|C25||1664
lfb|C33||leffe-blonde
cor|C35.5||corona
chy|C33||chimay-bleue
chy|C75||chimay-bleue
pel|C25||pelforth-brune
grb|C33||grimbergen-ambree
coc|C33||coca-cola
coc|C150||coca-cola
coz|C150||coca-cola-zero
ora|C25||orangina
ora|C150||orangina
evi|C50||evian
evi|C150||evian
pgp|C20||pago-jus-de-pomme
-|vin-rose|sancerre-henri-bourgeois-75cl|Henri Bourgeois's rosé Sancerre, not held
-|vin-blanc|petit-chablis-la-chablisienne-2023-75cl|another appellation, not held
-|vin-rouge|chianti-classico-riserva-marchese-antinori-2019-75cl|Antinori's other Chianti, not held
-|bulles|champagne-brut-maison-75cl|generic house champagne
-|cidre|poire-domfrontais-75cl|perry, not held
-|spiritueux|calvados-pere-magloire-20-ans-70cl|age not held
-|spiritueux|hennessy-xo-70cl|not held
-|spiritueux|havana-club-especial-70cl|not held
-|biere|heineken-33cl|not held
-|soft|coca-cola-cherry-33cl|not held
-|vin-rouge|cotes-du-rhone-villages-guigal-2021-75cl|another appellation, not held
-|vin-rose|whispering-angel-rock-angel-2023-75cl|Château d'Esclans's other wine, not held
-|pizza|regina-33cm|food
-|pizza|4-fromages-33cm|food
-|pizza|normande-camembert-40cm|food
-|grill|burger-normand|food
-|grill|entrecote-frites|food
-|dessert|teurgoule|food
-|menu|enfant-pizza|menu
-|menu|pizza-boisson-33cl|menu with a drink
-|menu|midi-plat-dessert|menu
-|service|frais-de-livraison|service
-|service|sac-isotherme|service
"""
