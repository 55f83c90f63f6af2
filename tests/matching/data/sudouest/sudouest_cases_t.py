"""What the waiters typed on the tablet (connection T): lower case, as typed.

Lines: key|measure|vintage|text, or -FAMILY|measure|vintage|text|reason. The vintage is written
as the waiter typed it ('18 or 2018); the tablet adds the measure after it and the price.
"""

SPECS = r"""
gpd|verre|'19|grand puy ducasse
gpd|btl|'18|grandpuy ducasse
gpd|btl|2017|ch. grand-puy-ducasse
armailhac|half||armailhac
pelerins|pich50||pelerins de lafon
tourcarnet|btl|'19|tourcarnet
tourcarnet|verre|'17|la tour carnet
ferriere|verre||ferrière
tourdeby|btl|2021|tour-de-by
patache|pich25||patache daux
fourcas_r|verre||fourcas hosten rouge
fourcas_b|btl|'22|fourcashosten blanc
bouscaut_b|btl|'19|bouscaut blanc
couhins|btl|'21|couhins lurton
rahoul_b|btl|'21|rahoul blc
soutard|btl|'18|soutard
soutard|btl|2017|ch. soutard
petitsoutard|btl|'19|petit soutard
dassault|btl|2015|cht dassault
destieux|half|'17|destieux
bonpasteur|verre||le bon pasteur
petitvillage|btl|'16|petit-village
marjosse_b|btl|'23|marjosse blanc
marjosse_r|verre||marjosse rouge
jaillance|btl||cremant jaillance
jaubertie_r|pich50||jaubertie rouge
jaubertie_p|btl|'23|jaubertie rosé
jaubertie_p|btl|'24|la jaubertie rose
miaudoux_s|b50|'18|saussignac miaudoux
champarel|btl|'18|champarel
champarel|mag||champarel
chmonbazillac|btl|'19|ch. de monbazillac
chmonbazillac|half|'18|chateau monbazillac
caillevel|b50|'17|caillevel
caillevel|b50|'18|hauts de caillevel
ponzac|btl|'20|ponzac
gamot|verre||clos de gamot
gamot|btl|'17|closdegamot
eugenie|btl|'19|eugénie
viella|btl|'19|viella
crampilh|verre||crampilh vv
nigri|btl|'22|nigri
nigri|btl|'23|nigri jurançon sec
biprat|verre||bi de prat
mayragues_b|verre||mayragues blanc
ayala|verre||ayala brut
ayala_rose|btl||ayala rosé
mumm|cp||mumm
lillet_b|d6||lillet blanc
lillet_r|d6||lillet rosé
ricard|d2||ricard
busca_vsop|dose||busca vsop
busca_mil|dose|1988|busca maniban
busca_mil|dose|1992|busca
bache_vsop|dose||bache vsop
glen12|dose||glenfiddich 12
stella|demi||stella
leffe|b33||leffe bouteille
pelforth|btl||pelforth brune
cocazero|btl||coca zéro
milliat|btl||jus de pomme
gpd|mag|'19|grand puy ducasse
champarel|half||champarel
biprat|b75||bi de prat
leffe|b25||leffe
-rouge|verre||rouge du moment|generic glass
-rouge|pich50||rouge maison|generic carafe
-rose|verre||rosé bien frais|generic glass
-rouge|btl|'18|saint emilion|appellation alone, several held
-rouge|btl|'19|pauillac|appellation alone, three held
-rouge|verre||madiran|appellation alone, three held
-rouge|verre||gaillac rouge|two Gaillac reds held
-blanc|verre||jurancon sec|two held
-liq|verre||monbazillac|appellation alone, two held
-rouge|btl|'18|pichon baron|not held
-rouge|btl|'18|jardin de petit village|second wine not held
-rouge|btl|'18|la dame de malescasse|second wine not held
-blanc|btl|'21|armailhac blanc|colour not held
-rose|btl|'23|tour de by rosé|colour not held
-rouge|btl|'20|ponzac maléfique|another cuvée
-rouge|btl|'16|gamot vignes centenaires|another cuvée
-bulle|btl||mumm rosé|another cuvée
-bulle|cp||champagne|generic
-apero|btl||lillet tonic|mixed drink
-digest|dose||armagnac|several held
-digest|dose||cognac|several held
-digest|dose||glenfiddich 18|age not held
-biere|demi||pression|two kegs
-biere|demi||panaché|mixed drink
-biere|b33||1664|not held
-soft|btl||coca cherry|variant not held
-soft|btl||diabolo menthe|mixed
-cuis|btl||planche mixte|food
-cuis|btl||salade périgourdine|food
-cafe|btl||café allongé|coffee
"""
