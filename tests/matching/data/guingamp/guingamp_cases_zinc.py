"""zinc: the bar's cash register (match nights). key|measure|vintage|what was keyed[|why none]"""
CASES = """
kro|DEMI||KRO
kro|PINTE||KRONENBOURG
kro|B25||KRO
cfa|DEMI||COREFF AMBREE
cfa|PINTE||COREFF AMB
cfa|B33||COREFF AMBREE
brb|DEMI||BRITT BLANCHE
lfb|PINTE||LEFFE BLONDE
gui|PINTE||GUINNESS
gui|DEMI||GUINESS
lcb|B33||LANCELOT
duv|B||DUVEL
h00|B||HEINEKEN 0.0
kbr|B33||KERNE BRUT
kbr|BOL||KERNE BRUT
vrb|BOL||VAL DE RANCE BRUT
vrd|P50||VAL RANCE DOUX
wch|D||CHOUCHEN
wpm|V||POMMEAU
arc|D||ARMORIK CLASSIC
ard|D||ARMORIK DBLE MAT
chi|D||CHIVAS12
hc7|D||HAVANA7
hc3|D||HAVANA3
ric|D2||RICARD
p51|D2||PASTIS51
g27|D||GET27
coc|B||COCA
bzc|B||BREIZH COLA
evi|B100||EVIAN
jmr|V||MERLOT JAMELLES
jmo|P50||ROSE JAMELLES
mcr|V|2021|MOUTON CADET
pep|V|2023|MUSCA BRIORDS
gcr|P50|2020|CDR GUIGAL
p45r|V|2022|P45 ROUGE
p45o|V||P45 ROSE
moe|CP||MOET
moe|B||MOET BRUT
lgb|CP||CREMANT LANGLOIS
min|B|2023|M MINUTY
wan|M|2023|WHISPERING
vil|P50|2021|VILLENEUVE
ami|V|2022|ST NICOLAS
cca|P25|2022|CHINON COULEE
barb|V|2021|SANCERRE BLC
# almost
mcr|V|2019|MT CADET
pep|B|2021|MUSCA BRIORDS
p45r|V|2023|P45 RGE
gra|B|2019|CROZES GRAILLOT
lns|B|2017|LANESSAN
vtg|B|2020|TELEGRAPHE
min|V|2022|M MINUTY
wan|B|2022|WHISP ANGEL
ami|P50|2020|ST NICOLAS
barb|B|2024|SANC BAR BLC
lad|B|2020|POUILLY FUME
fom|B|2016|FOMBRAUGE
hue|B|2019|VOUVRAY HUET
trr|V|2022|RIESLING
# none
-|X||CAFE|coffee
-|X||DECA|coffee
-|X||CAFE CREME|coffee
-|X||CHOCOLAT|hot drink
-|X||CROQUE MONSIEUR|food
-|X||PANINI|food
-|X||FRITES|food
-|X||SANDWICH JB|food (jambon-beurre)
-|X||GALETTE SAUCISSE|food, the match-day galette-saucisse
-|X||CACAHUETES|food
-|X||CONSIGNE ECOCUP|cup deposit
-|DEMI||PANACHE|mixed drink (beer and lemonade)
-|DEMI||MONACO|mixed drink
-|PINTE||PICON BIERE|mixed drink
-|DEMI||TANGO|mixed drink
-|CP||KIR BRETON|mixed drink (cider and cassis)
-|V||KIR|mixed drink
-|V||VIN ROUGE|generic house red
-|P50||ROSE|generic rosé, three rosés held
-|V||BLANC SEC|generic white
-|V||CHINON|two Chinons held (Coulée Automnale, Clos de l'Écho)
-|V||SAUMUR CHAMP|two Saumur-Champigny held (Villeneuve, Les Cormiers)
-|V||MUSCADET|three muscadets held
gui|B33||GUINNESS
lfb|B33||LEFFE
lcb|DEMI||LANCELOT
duv|PINTE||DUVEL
-|D||RHUM|generic rum, four held
-|D||HAVANA|two Havana Club held (3 and 7 años)
-|D||ARMORIK|two Armorik held
-|D||CHIVAS18|Chivas 18 not held, only the 12
-|D||JAGER|Jägermeister not held
-|B||HEINEKEN|only Heineken 0.0 held
-|D||PASTIS|two pastis held (Ricard, 51)
-|B||KERNE|two Kerné ciders held (brut, doux)
mcr|M||MOUTON CADET
"""
