"""comptoir: the counter's old electronic register (glasses, pichets, doses, draught, softs).

One line a sale: key|measure|vintage|key text typed by the owner
or, for what is no drink of the library: -DEPARTMENT|measure|vintage|key text|reason
The register adds the department, cuts the key text at 18 characters and prints the price.
"""

CASES = """
chasseloir|G|2023|MUSCA CHASSELOIR
chasseloir|P25||CHASSELOIR
chasseloir|B|2022|CHASSELOIR
chasseloir|H|2023|CHASSELOIR
bregeon|G||MUSCA BREGEON
crochet_bl|G|2023|SANCERRE BL
crochet_bl|G15||SANCERRE BL CROCHET
crochet_rg|G||SANCERRE RG
tracy|G|2022|POUILLY TRACY
steclaire|G||CHAB STE CLAIRE
steclaire|M|2022|STE CLAIRE
montmains|G||CHAB 1ER MONTMAINS
pierrelee|G||CHAB PIERRELEE
deuxroches|G|2023|ST VERAN
picpoul|G||PICPOUL
whispering|G|2024|WHISPERING
whispering|P50||WHISPERING ANGEL
byott|B||BY OTT
guigal|G||CDR GUIGAL
guigal|P25|2019|CDR GUIGAL
cotedupy|G|2022|MORGON FOILLARD
lanessan|G||LANESSAN
vcp|CP||CLICQUOT BRUT
lp_cuvee|CP||LAURENT PERRIER
drouin_cidre|BO25||CIDRE DROUIN
sassy|C33||SASSY
sassy_rose|C33||SASSY ROSE
pommeau|D||POMMEAU
drouin_vsop|D||DROUIN VSOP
magloire_fine|D||MAGLOIRE FINE
groult3|D||GROULT 3ANS
jameson|D||JAMESON
glenfiddich12|D||GLENF12
glenfiddich15|D||GLENF15
havana7|D||HAVANA7
ricard|D2||RICARD
get27|D||GET27
heineken|DE||HEINEKEN
leffe|DE||LEFFE
guinness|PI||GUINNESS
leffe|C33||LEFFE
desperados|||DESPERADOS
coca|||COCA
perrier|||PERRIER
evian|C50||EVIAN
sanpe|C100||SAN PELLEGRINO
redbull|||RED BULL
chasseloir|B|2021|CHASSELOIR
chasseloir|H|2022|CHASSELOIR
crochet_rg|G|2022|SANC RG
tracy|B|2020|TRACY
steclaire|B|2021|STE CLAIRE
steclaire|M|2023|STE CLAIRE
deuxroches|B|2021|ST VERAN
lanessan|B|2017|LANESSAN
lanessan|H|2018|LANESSAN
tourdepez|B|2018|TOUR DE PEZ
puyblanquet|B|2020|PUYBLANQUET
cotedupy|B|2020|COTE DU PY
trimbach|G|2020|RIESLING
whispering|B|2022|WHISPERING
guigal|G|2022|CDR GUIGAL
-CAFE|||CAFE|coffee
-CAFE|||THE|tea
-CAFE|||CAFE CALVA|a coffee served with its calvados: a service, not a dose of a held calvados
-CUISINE|||PLATEAU FRUITS DE MER|food
-CUISINE|||DZ HUITRES N3|food
-CUISINE|||MOULES FRITES|food
-CUISINE|||CROQUE MONSIEUR|food
-APERO|G||KIR NORMAND|cocktail (cider and cassis)
-APERO|||SPRITZ APEROL|cocktail naming a held aperitif
-APERO|||TROU NORMAND|calvados poured on a sorbet, a dessert
-APERO|D||LILLET ROSE|Lillet Rosé is not held (only Lillet Blanc)
-ALCOOL|D||CALVA DROUIN XO|the register's cut took the grade: three Drouin calvados held
-ALCOOL|D||CALVA MAISON|generic house calvados
-ALCOOL|D||GLENF18|Glenfiddich 18 not held (12 and 15 are)
-ALCOOL|D||HAVANA ESPECIAL|Havana Club Especial not held
-ALCOOL|D||GROULT VENERABLE|Groult Vénérable not held (3 and 12 ans are)
-VIN|G||VIN DU MOMENT|generic
-VIN|P50||ROSE MAISON|generic house rosé
-VIN|G||CHINON|no Chinon held
-VIN|G||SANCERRE ROSE|no Sancerre rosé held
-VIN|G||MUSCADET|two Muscadets held, the label names neither
-VIN|G||CHABLIS|three Chablis held, the label names none
-CHAMP|CP||CHAMPAGNE|generic, several champagnes held
vcp_rose|M||CLICQUOT ROSE
tracy|H||TRACY
whispering|H||WHISPERING
desperados|DE||DESPERADOS
pelforth|PI||PELFORTH
-BIERE|DE||1664|no 1664 held
-BIERE|PI||LEFFE RUBY|Leffe Ruby not held (Leffe Blonde is)
-BIERE|DE||PANACHE|beer and lemonade
-CIDRE|BO25||CIDRE DOUX|no sweet cider held
-SOFT|||DIABOLO MENTHE|lemonade and syrup
-SOFT|||JUS ORANGE PRESSE|fresh orange juice, not held
-SOFT|||CARAFE EAU|tap water
-DIVERS|||DROIT BOUCHON|corkage
"""
