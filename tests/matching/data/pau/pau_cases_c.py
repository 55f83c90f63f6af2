"""Till C, the bar counter's register (match days). What the staff keyed:
key|measure|vintage|text  or  -|measure|vintage|text|reason  (not a held drink).
The till prints MEASURE TEXT YY in capitals and cuts the line at 18 characters."""

CASES = """
heineken|DEMI||HEINEKEN
heineken|PINTE||HEINEK
guinness|PINTE||GUINNESS
guinness|DEMI||GUIN
affligem|DEMI||AFFLIGEM PRESS
affligem|PINTE||AFFLI BLDE
affligem|F33||AFFLIGEM
desperados|B||DESPE
eguzki|B||EGUZKI
ricard|D2||RICARD
p51|D2||PASTIS51
get27|D||GET27
jager|D||JAGER
izarra_v|D||IZARRA VERTE
izarra_j|D||IZARRA JNE
laub_vsop|D||LAUBADE VSOP
laub_xo|D||LAUBADE XO
laub_mil|D|1995|LAUBADE
darroze|D||DARROZE 20ANS
jameson|D||JAMESON
lillet|D6||LILLET BLC
suze|D6||SUZE
cauh_chant|G||JUR SEC CHANT VIGNES
cauh_chant|G|2022|CAUHAPE CHANT
montus|G|2016|MONTUS
bouscasse|G|2019|BOUSCASSE
aydie|G|2018|CH AYDIE
ode|G|2020|ODE D AYDIE
gorri|G||GORRI D ANSA
xuri|G|2022|XURI D ANSA
ilarria_p|G|2023|ILARRIA ROSE IROULEGUY
arretxea_r|G|2018|ARRETXEA ROUGE
coutale|P50||COUTALE CAHORS
guigal|P25|2020|GUIGAL CDR
reynon|P50|2019|REYNON
esclans|G||WHISPERING ANGEL
taitt|CP||TAITTINGER
taitt_rose|CP||TAITT ROSE
mauzac|CP||MAUZAC PLAGEOLES
urou_moel|G|2020|UROULAT MOELLEUX
cauh_symph|G|2020|SYMPHONIE NOV
taitt|B||TAITTINGER BRUT
minuty|M|2023|MINUTY
cedre|B|2018|CEDRE
phelan|B|2018|CH PHELAN SEGUR
coca|F33||COCA
cocaz|F33||COCA ZERO
orangina|B||ORANGINA
montus|G|2017|MONTUS
bouscasse|G|2018|BOUSCASSE
laub_mil|D|1992|LAUBADE
cedre|G|2017|CEDRE
aydie|G|2017|CH AYDIE
rotier|G|2020|ROTIER
xuri|G|2021|XURI
ilarria_r|G|2020|ILARRIA RGE
coutale|P25|2020|COUTALE
guigal|P50|2021|GUIGAL
minuty|G|2022|MINUTY
ode|G|2021|ODE AYDIE
chasse|B|2016|CHASSESPL
montus|M|2016|MONTUS
cauh_symph|G|2018|SYMPHONIE
-|-||FRITES|food
-|-||CROQUE MONSIEUR|food
-|-||HOT DOG|food
-|-||CAFE|coffee
-|-||CHOCOLAT CHAUD|hot drink, not held
-|DEMI||PANACHE|mixed drink
-|DEMI||MONACO|mixed drink
-|PINTE||PICON BIERE|mixed drink
-|G||ROUGE MAISON|generic house wine
-|G||BLANC DU MOMENT|generic wine of the moment
-|P50||ROSE MAISON|generic house rosé
-|G||MADIRAN|appellation alone, five Madirans held
-|G||IROULEGUY ROUGE|appellation and colour alone, four red Irouléguy held
-|G||CAHORS|appellation alone, five Cahors held
guinness|F33||GUINNESS
leffe|DEMI||LEFFE
-|DEMI||KRONENBOURG|beer not held
-|PINTE||1664|beer not held
-|D||WHISKY|generic, several whiskies held
-|D||GIN|generic, two gins held
-|D||ARMAGNAC|generic, four armagnacs held
-|D||LAUBADE HDA|Laubade Hors d'Age not held
-|D||DARROZE 30ANS|another age of Darroze
-|D||GLENF 18ANS|another age of Glenfiddich
-|D2||PASTIS|generic, two pastis held
-|D||GET31|Get 31 not held
-|G||KIR|mixed drink
-|CP||KIR ROYAL|mixed drink
-|G||JURANCON|appellation alone, dry and sweet Jurançons held
-|G||ARRETXEA ROSE|no Arretxea rosé held
-|CP||RUINART ROSE|Ruinart rosé not held
-|CP||BOLLINGER ROSE|Bollinger rosé not held
montus|H||MONTUS
cedre|H||CEDRE
orangina|F33||ORANGINA
coca|F50||COCA
-|-||CONSIGNE ECOCUP|cup deposit
-|-||DIABOLO MENTHE|syrup drink, not held
-|G||VIN CHAUD|mulled wine
"""
