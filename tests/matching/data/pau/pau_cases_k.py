"""Till K, the takeaway kiosk at the stadium gate. What the students typed:
key|measure|vintage|text  or  -|measure|vintage|text|reason (not a held drink).
The till prints text 'yy NNcl in lower case, a volume on every drink, no cut."""

CASES = """
heineken|DEMI||pression heineken
heineken|PINTE||heineken pression
heineken|F33||heineken btl
guinness|PINTE||guinness
guinness|DEMI||guiness
affligem|PINTE||affligem pression
affligem|F33||affligem blonde bouteille
desperados|F33||desperados
eguzki|F33||biere eguzki
corona|F35.5||corona
leffe|F33||leffe
coca|F33||coca
cocaz|F33||coca zero
orangina|F25||orangina
tonic|F25||schweppes tonic
evian|F50||evian
evian|F100||evian grande
redbull|F25||redbull
pago|F20||jus orange pago
ricard|D2||ricard
p51|D2||pastis 51
jager|D||jager shot
get27|D||get27
izarra_v|D||izarra verte
jameson|D||jameson
jack|D||jack daniels
glen12|D||glenfiddich 12
montus|G12|2016|madiran montus
bouscasse|G12||madiran bouscasse
ode|G12|2020|ode d'aydie
gorri|G12|2020|irouleguy gorri d'ansa
xuri|G12|2022|irouleguy xuri
cauh_chant|G12|2022|jurancon sec cauhape
urou_moel|G12|2018|jurancon moelleux uroulat
ilarria_p|G15|2023|rose ilarria
esclans|G12|2023|whispering angel
minuty|G15|2023|minuty prestige
taitt|G12||coupe taittinger
mauzac|G12||plageoles mauzac bulles
montus|B|2018|madiran montus
cedre_her|B|2021|cahors cedre heritage
gorri|H|2020|gorri d'ansa
taitt|B||taittinger brut
reynon|P50|2019|reynon
coutale|P25|2021|cahors coutale
guigal|P50||cotes du rhone guigal
montus|G12|2017|montus
bouscasse|G12|2018|bouscasse
cedre|B|2019|cahors cedre
rotier|G12|2017|gaillac rotier renaissance
arretxea_r|G12|2020|irouleguy arretxea
xuri|G12|2023|xuri d'ansa
ilarria_p|G15|2022|ilarria rose
minuty|M|2022|minuty magnum
gorri|G12|2021|gorri d'ansa
cauh_chant|G12|2020|chant des vignes
urou_moel|F50|2019|uroulat moelleux
laub_mil|D|1993|armagnac laubade millesime
guigal|G12|2019|guigal cdr
esclans|G12|2022|whispering angel
-|-||frites|food
-|-||sandwich jambon de bayonne|food
-|-||hot dog|food
-|-||panini|food
-|-||consigne ecocup|cup deposit
-|-||cafe|coffee
-|PINTE||kronenbourg pression|beer not held
-|DEMI||1664 pression|beer not held
-|PINTE||panache|mixed drink
-|PINTE||monaco|mixed drink
-|G12||vin rouge|generic
-|G12||rose du moment|generic
-|G12||jurancon moelleux|appellation alone, three sweet Jurançons held
-|G12||madiran|appellation alone, five Madirans held
-|F33||coca cherry|not held
-|F33||fanta|not held
-|F50||eau plate|generic water
-|D||whisky|generic, several whiskies held
-|D||rhum arrange|not held
-|D||tequila|not held
leffe|DEMI||leffe pression
desperados|PINTE||desperados pression
montus|H|2016|montus
bouscasse|M|2019|bouscasse magnum
-|G12||coupe champagne|generic
-|G12||irouleguy blanc|appellation and colour alone, two white Irouléguy held
-|G12||gaillac rouge|appellation and colour alone, two red Gaillac held
-|G12||ilarria blanc|no Ilarria white held
-|D||izarra|brand alone, green and yellow Izarra held
-|D||jack honey|another Jack Daniel's, not held
-|D||get31|not held
-|G12||vin chaud|mulled wine
coca|F25||coca
"""
