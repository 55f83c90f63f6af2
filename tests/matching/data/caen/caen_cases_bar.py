"""bar: what the counter staff typed on the register (key|measure|vintage|text, or -|measure|text|reason)."""
CASES = """
k16|DEMI||1664
k16|PINTE||1664
lfb|DEMI||LEFFE BLONDE
lfb|PINTE||LEFFE BLDE
grb|DEMI||GRIMB AMBREE
hoe|DEMI||HOEGAARDEN
hoe|PINTE||BLANCHE HOEGAARDEN
chy|B||CHIMAY BLEUE
ric|D||RICARD
mab|D||MARTINI BLANC
por|D||PORTO SANDEMAN
pom|D||POMMEAU DROUIN
pmv|D||MAGLOIRE VSOP
pmx|D||MAGLOIRE XO
pmf|D2||MAGLOIRE FINE
hen|D||HENNESSY
chv|D||CHIVAS 12
abe|D||ABERLOUR 12
hc3|D||HAVANA 3
hc7|D||HAVANA 7
bom|D||BOMBAY SAPPHIRE
get|D||GET 27
coz|C33||COCA ZERO
ict|B||ICE TEA
sch|B||SCHWEPPES
spg|C50||SAN PELLEGRINO
ecb|B||ECUSSON BRUT
dro|P50||CIDRE DROUIN
gur|V|2021|CDR GUIGAL
gur|V|2019|CDR GUIGAL
gub|V||CDR BLC GUIGAL
bro|V|2023|BROUILLY
bro|V|2021|BROUILLY
bro|P50||BROUILLY DUBOEUF
mcr|P25|2020|MOUTON CADET
mcr|V||MOUTON CADET
min|V||M MINUTY
wan|V|2022|WHISPERING
wan|V|2021|WHISPERING
lgg|P50||GRIS LISTEL
cdr|V||COTE DES ROSES
vfr|P25||V FERME ROUGE
vfs|P50||V FERME ROSE
moe|CP||MOET
moe|H||MOET
vcl|CP||VEUVE CLICQUOT
pro|CP||PROSECCO
mus|V|2023|MUSCADET
sbb|V|2022|SANCERRE BLC
bpn|V||BOURGOGNE PN
chb|V|2021|CHABLIS
ran|V||ROSE ANJOU
crz|V|2022|CROZES
bua|V|2021|BUZET
gcd|V|2020|GD CORBIN
ppl|V|2020|CHIANTI
lar|V|2020|LAROSE
chi|V|2022|CHINON
pel|DEMI||PELFORTH
des|DEMI||DESPERADOS
k16|C33||1664
vcl|H||VEUVE CLICQUOT
grb|C33||GRIMBERGEN
-|DEMI|PANACHE|mixed drink (beer and lemonade)
-|DEMI|MONACO|mixed drink (beer, lemonade, grenadine)
-|PINTE|PICON BIERE|mixed drink
-|DEMI|CIDRE PRESSION|no draught cider held
-||CAFE|coffee
-||CHOCOLAT CHAUD|hot drink
-||THE MENTHE|hot drink
-|V|KIR|mixed aperitif (wine and cassis)
-|V|KIR NORMAND|mixed aperitif (cider and cassis)
-|V|ROUGE MAISON|generic house wine
-|P25|ROSE MAISON|generic house wine
-|V|BLANC SEC|generic white
-|D|CALVA|generic calvados, four held
-|D|CALVA MAGLOIRE|Père Magloire without its grade: Fine, VSOP and XO held
-|D|WHISKY|generic whisky
-|D|HAVANA|Havana Club without its age: 3 and 7 held
-|D|MARTINI|Martini without its colour: Bianco and Rosso held
-|D|GET 31|not held (Get 27 is)
-|D|MALIBU|not held
-||DIABOLO MENTHE|soft mixed with syrup
-|V|SPRITZ APEROL|mixed drink
-|D|JACK HONEY|Jack Daniel's Honey, not held
-|D|CHIVAS 18|age not held
-|D|ABERLOUR 10|age not held
-|CP|MOET ICE|Moët Ice Impérial, not held
-|V|CDR VILLAGES|Côtes du Rhône Villages, not held
-|V|BEAUJ NOUVEAU|not held
-|V|ST EMILION|two Saint-Émilion wines held (Grand Corbin-Despagne, Lussac Lyonnat)
-|V|BORDEAUX|Mouton Cadet red and white both Bordeaux
-|V|MUSCAT|not held
-|P25|POIRE|perry, not held
-||JUS DE TOMATE|not held
"""
