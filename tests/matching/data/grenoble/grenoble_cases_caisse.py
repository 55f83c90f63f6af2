"""caisse: the old counter register (18 columns, ASCII capitals, 4-letter family + space).
Lines: key|text as typed|vintage|measure   or   -FAMILY|text|vintage|measure|why none."""
CASES = """
magnin|L MAGNIN|2019|btl
magnin|L MAGNIN|2018|btl
magnin|MAGNIN MONDEUSE|2020|btl
magnin|MAGNIN||vre
trosset|TROSSET HARM|2022|btl
trosset|TROSSET|2021|btl
-R|MONDEUSE||pich50|Mondeuse alone: Magnin, Trosset and Quenard hold one
qberg|BERGERON QUEN|2021|btl
qberg|CHIG BERG|2021|btl
qberg|CHIG BERG|2020|btl
qberg|CHIG BERG|2022|half
qmond|CHIG MOND QUEN||btl
argb|ARGILE ARDOIS|2022|btl
argr|ARGILE||btl
-S|ARGILE||btl|no rose Argile held
marestel|MARESTEL|2018|btl
marestel|MARESTEL|2019|btl
apremont|APREMONT|2023|half
apremont|APREMONT|2022|btl
apremont|APREMONT||pich50
-B|APREMONT||mag|no magnum of Apremont
cremsav|CR SAVOIE||coupe
verdesse|VERDESSE|2021|btl
persan|PERSAN GONIN|2020|btl
persan|PERSAN|2020|btl
persan|PERSAN|2019|btl
-B|ALTESSE GONIN||btl|Gonin's Altesse not held
dolinr|DOLIN RG||dose
-AP|DOLIN DRY||dose|Dolin dry vermouth not held
genepid|DOLIN GENEPI||dose
-DG|GENEPI||dose|two genepis held
cjaune|CHART JAUNE||dose
c1605|1605 CHARTREUSE||dose
-DG|CHARTREUSE||dose|green or yellow
get27|GET27||dose
lagavulin|LAGAVULIN 16ANS||dose
-DG|REMY XO||dose|Remy Martin XO not held
-DG|JAMESON||dose|not held
ricard|RICARD||2cl
p51|PASTIS51||2cl
martinib|MART BIANCO||dose
-AP|MARTINI||dose|Bianco or Rosso
-AP|KIR||btl|cocktail
-AP|SPRITZ APEROL||btl|cocktail, not the bottle
k1664|1664||demi
grimb|GRIMB BLONDE||pinte
mbblanchep|BLANCHE MT BLANC||demi
-PR|PANACHE||demi|shandy
-PR|MONACO||demi|beer cocktail
mbrousse|ROUSSE MT BLANC||btl
chimayb|CHIMAY BLEUE||btl
-BI|CHIMAY||btl|blue or red
-BI|LEFFE||btl|not held
coca|COCA||btl
evian50|EVIAN 50CL||btl
-SO|JUS ORANGE||btl|not held
-SO|DIABOLO FRAISE||btl|syrup and lemonade
-CH|CAFE||btl|coffee
-CH|GRAND CREME||btl|coffee
-CH|CHOCO CHARTREUSE||btl|hot chocolate with chartreuse
-CH|VIN CHAUD||btl|mulled wine
-CU|TARTIFLETTE||btl|food
-CU|RAVIOLES ROYANS||btl|food
-CU|GRATIN DAUPH||btl|food
-DV|CONSIGNE SKIS||btl|service
-DV|DROIT BOUCHON||btl|service
-R|VIN DU MOMENT||btl|generic
-R|ROUGE MAISON||pich50|house wine not in library
-R|COTES DU RHONE||btl|Guigal and Belleruche
guigalcdr|CDR GUIGAL|2021|btl
guigalcdr|CDR GUIGAL|2019|btl
beller|BELLERUCHE|2022|btl
bellers|BELLERUCHE||vre
-B|BELLERUCHE||btl|white Belleruche not held
graillot|GRAILLOT|2020|btl
graillot|GRAILLOT|2019|btl
graillot|GRAILLOT|2019|mag
graillotb|GRAILLOT|2021|btl
combier|CLOS GRIVES|2019|btl
faury|FAURY|2020|btl
-R|ST JOSEPH||btl|Faury and Chave's Offerus
condrieu|CONDRIEU|2020|btl
cornas|CORNAS VOGE|2019|btl
telegraphe|TELEGRAPHE|2016|btl
telegraphe|TELEGRAPHE|2017|mag
-R|CNDP BEAUCASTEL||btl|not held
thivin|CTE BROUILLY||half
dupeuble|BEAUJOLAIS||pich50
drouhinpn|BGNE PN|2020|btl
lugny|MACON LUGNY|2023|btl
vaudevey|VAUDEVEY|2018|btl
mercurey|MERCUREY|2019|btl
trapet|GEVREY TRAPET|2019|btl
taitt|TAITTINGER||coupe
taitt|TAITT||half
-U|RUINART||btl|Blanc de Blancs or Rose
-U|CHAMPAGNE||coupe|generic
"""
