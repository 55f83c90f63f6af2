"""BAR: what the bar staff keyed on the old register (key text, vintage, modifier key).
One line a button: key|measure|vintage|text, or -FAM|measure|vintage|text|reason."""
SPECS = """
luneau|G|2022|MUSCADET LUNEAU
luneau|G12||MUSCA CLOS ALLEES
grosplant|G||GROS PLANT
grosplant|P25||GROSPLANT HERBAUGES
ampho|G|2022|AMPHIBOLITE LANDRON
hureau|G|2021|CHAMPIGNY HUREAU
hureau|P50||SAUMUR CHAMP TUFFE
echo|G|2019|CHINON ECHO
picasses|G|2018|PICASSES RAFFAULT
butte|G||BOURGUEIL BUTTE
amirault|G15|2022|ST NICOLAS AMIRAULT
baronnes_b|G|2023|SANCERRE BARONNES
baronnes_b|H|2022|SANCERRE BOURGEOIS
charmoise|G||TOURAINE SAUV
forges_rs|G||CAB ANJOU
couly_rs|G|2023|CHINON RS COULY
bonnet_rs|G||BONNET ROSE
langlois_b|CP||CREMANT LANGLOIS
taitt|CP||TAITT BRUT
taitt|C37.5||TAITT BRUT
taitt|M||TAITTINGER BRUT
taitt_rs|CP||TAITT ROSE
polroger|B||POL ROGER RESERVE
britt_pr|DE||BRITT BLONDE
britt_pr|PI||BRITT PRESSION
trimart_pr|DE||TRI MARTOLOD AMB
trimart_pr|PI||TRIMARTOLOD AMBREE
k1664_pr|DE||1664
k1664_bl|C25||1664 BLANC
duchesse|C33||DUCHESSE ANNE
kerne_brut|C33||KERNE BRUT
kerne_doux|B||CIDRE KERNE DOUX
nicol|B||NICOL BOUCHE
pommeau|D||POMMEAU MENHIRS
lambig|D||LAMBIG
laga|D||LAGAVULIN16
lasanta|D||GLENMO LASANTA
jameson|D||JAMESON
boulard_x|D||CALVA BOULARD XO
havana7|D||HAVANA7
ricard|D||RICARD
lillet_b|G||LILLET BLANC
aperol|D||APEROL
breizh|C33||BREIZH COLA
coca_z|C33||COCA ZERO
perrier|C33||PERRIER
evian|C50||EVIAN
pago_ab|B||PAGO ABRICOT
pago_or|B||PAGO ORANGE
luneau|G|2020|MUSCADET LUNEAU
hureau|G|2019|CHAMP HUREAU
hureau|H|2020|CHAMP HUREAU
echo|G|2020|CHINON ECHO
picasses|B|2016|PICASSES
amirault|G|2023|AMIRAULT SOURCE
baronnes_b|G|2021|BARONNES BLANC
silex|G|2020|VOUVRAY SILEX
closel|G|2021|SAVENNIERES
grosplant|G|2022|GROS PLANT
charmoise|G|2022|TOURAINE SAUV
forges_rs|G|2022|CAB ANJOU
couly_rs|G|2022|CHINON ROSE
cadet|G|2021|MOUTON CADET
bonnet_rs|G|2024|BONNET ROSE
bonnets|DE||BONNETS ROUGES
duchesse|PI||DUCHESSE ANNE
britt_bl|DE||BRITT BLANCHE
k1664_pr|C33||1664
polroger|M||POL ROGER RESERVE
hureau|M||CHAMP HUREAU
phelan|H||PHELAN SEGUR
evian|C33||EVIAN
coca|C100||COCA
orangina|C33||ORANGINA
-A|G||VIN ROUGE|generic glass of red
-A|G||BLANC DU MOMENT|generic wine of the moment
-A|P50||ROSE MAISON|house rosé, no producer
-A|CP||KIR BRETON|cocktail (cassis and cider)
-A|CP||KIR ROYAL|cocktail
-A|D||51 PASTIS|pastis 51 not held (Ricard is)
-A|D||LAGAVULIN8|Lagavulin 8 not held (16 is)
-A|D||TALISKER STORM|Talisker Storm not held (10 is)
-A|D||HAVANA ESPECIAL|Havana Especial not held (3 and 7 are)
-A|D||BOULARD HORS DAGE|Boulard Hors d'Age not held (VSOP, XO are)
-A|D||REMY 1738|Rémy Martin 1738 not held
-A|D||GET27|Get 27 not held
-A|DE||PANACHE|shandy
-A|DE||MONACO|beer cocktail
-A|PI||PELFORTH BRUNE|beer not held
-S|||CAFE|coffee
-S|||DECA|coffee
-S|||CHOCOLAT CHAUD|hot drink
-F|||CROQUE MONSIEUR|food
-S|||SUPPL SIROP|syrup supplement
-S|C25||SCHWEPPES AGRUM|Schweppes Agrum not held (Indian Tonic is)
-S|C33||COCA CHERRY|Coca-Cola Cherry not held
-A|G||CHINON BLANC|white Chinon not held (red and rosé are)
-A|G||SANCERRE ROSE|rosé Sancerre not held (white and red are)
-A|G||MUSCADET|appellation alone, two Muscadets held
-A|D||CHOUCHEN|chouchen not held
-F|||PLANCHE MIXTE|food
"""
