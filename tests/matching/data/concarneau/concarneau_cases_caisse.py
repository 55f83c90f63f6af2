"""The bar's old register (connection `caisse`): what the owner keyed for each PLU.

One line a key: `measure|vintage|product key|text`, or `measure|vintage|-family|text|reason`
for a key that is no drink of the library.  The text is the owner's own short name (the
renderer puts it in ASCII capitals, adds the measure key in front and the two-digit vintage,
cuts at 14 columns and prints the price).
"""

CASES = """
G|2023|briords|BRIORDS
P50||briords|MUSCA BRIORDS
G||pepie|PEPIE
G15|2023|grosplant|GROS PLANT
G|2023|sanc_b|SANC BL
P50||sanc_b|SANC BLANC
G|2021|sanc_r|SANC RGE
G||moynerie|POUILLY FUME
G|2023|touraine|TOURAINE SAUV
H||touraine|TOURAINE SAUV
G||stemarie|ENTRE 2 MERS
G||reynon|REYNON
G||tuffe|CHAMPIGNY
P50|2021|tuffe|CHAMPIGNY
G||granges|CHINON
P25||penin|BX SUP PENIN
G||minuty|M MINUTY
B|2023|minuty|M MINUTY
M||minuty|MINUTY
P50||byott|BY OTT
CP||ruinart|R RUINART
CP||billecart|BILLEC RESERVE
CP||cremant|CREMANT
DE||k1664|1664
DE||britt_blonde|BRITT BLONDE
PI||britt_blonde|BRITT
DE||coreff_amb|COREFF
DE||trim_blonde|TRI MARTOLOD
C33||trim_amb|TRI MARTO AMB
C33||britt_blanche|BRITT BLANCHE
C33||bonnets|BONNETS RGES
DE||kerne_brut|CIDRE KERNE
PI||kerne_brut|KERNE
D||ricard|RICARD
D||p51|51 PASTIS
G||lillet_b|LILLET BLANC
G||sixgrapes|PORTO
D||armorik|ARMO CLASSIC
D||armorik_dm|ARMO DOUBLE
D||lagavulin|LAGAVULIN16
D2||jameson|JAMESON
D||nikka|NIKKA
D||zacapa|ZACAPA23
D||havana7|HAVANA7
D||drouin|CALVA DROUIN
D||get27|GET27
C33||breizh|BZH COLA
C20||pago_or|PAGO ORANGE
G|2021|briords|BRIORDS
P25|2024|briords|BRIORDS
G|2024|sanc_b|SANC BL
G|2024|pepie|PEPIE
G|2022|quincy|QUINCY
G|2020|tuffe|CHAMPI
P50|2023|tuffe|CHAMPI
G|2023|granges|CHINON
B|2022|minuty|M MINUTY
P50|2021|reynon|REYNON
G|2022|clairet|CLAIRET
G|2022|morogues|MENETOU
P25|2022|penin|PENIN
G|2022|thieuley|THIEUL
||-cui|CROQUE MONSIEUR|food
||-caf|CAFE|coffee
||-caf|CAFE CREME|coffee
||-caf|CHOCOLAT CHAUD|hot drink
||-sof|SIROP A L EAU|syrup and water, no drink of the library
G||-r|ROUGE MAISON|generic house wine
P50||-b|BLANC MAISON|generic house wine
CP||-coc|KIR BRETON|cocktail (cider and cassis)
G||-coc|KIR|cocktail
DE||-coc|PANACHE|mixed drink
DE||-coc|PICON BIERE|mixed drink
DE||britt_blanche|BRITT BLANCHE
PI||duchesse|DUCHESSE
DE||coreff_bl|COREFF BL
C33||k1664|1664
C33||coreff_amb|COREFF AMB
D||-whi|LAGA 8|Lagavulin 8 ans not held (16 ans is)
D||-rhu|HAVANA ESP|Havana Club Especial not held (3 and 7 ans are)
D||-dig|REMY XO|Rémy Martin XO not held (VSOP is)
D||-dig|CALVA BOULARD|another calvados house
D||-dig|GET31|Get 31 not held (Get 27 is)
D||-ape|BARDOUIN|Henri Bardouin pastis not held
G||-ape|LILLET RGE|Lillet Rouge not held (Blanc and Rosé are)
C33||-sof|BZH LIMONADE|Breizh limonade not held (Lorina is another brand)
C33||orangina|ORANGINA
C100||perrier|PERRIER
C50||badoit|BADOIT
C25||-sof|JUS ORANGE|not held
M||briords|BRIORDS
H||sanc_b|SANC BL
G||-rs|SANC ROSE|Sancerre rosé: colour not held
G||-b|CHINON BLANC|Chinon blanc: colour not held
G||-r|BX ROUGE|generic: several Bordeaux reds held
CP||-bul|PROSECCO|not held
CP||-bul|RUINART|brand alone: two Ruinart cuvées held in 75 cl
D||-whi|ARMORIK|brand alone: two Armorik held
P50||-b|MUSCADET|appellation alone: three Muscadets held
"""
