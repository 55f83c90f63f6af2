"""caisse: the counter's electronic cash register (journal lines).

One line a key: `key|measure|vintage|text` for a drink of the library (the build
computes the answer, which may be none for a format not held), or
`-FAM|measure|vintage|text|reason` for anything else. `text` is what the owner typed in
the key's description; the register adds the department, measure, vintage and price.
"""

CASES = """
deleuze_r|G|2022|DELEUZE
deleuze_r|P50||DELEUZE
deleuze_r|P25|2021|DELEUZE
deleuze_r|G15|2021|DELEUZE
deleuze_b|G15|2022|DELEUZE
deleuze_rs|G|2024|DELEUZE
deleuze_rs|P50|2023|DELEUZE
deleuze_rs|G15|2022|DELEUZE
grandchemin_r|H|2020|GD CHEMIN
grandchemin_rs|G|2023|GD CHEMIN
grandchemin_rs|P50||GD CHEMIN
maspellier_r|G|2022|MAS PELLIER
maspellier_b|G||PELLIER
galets_r|G|2023|GALETS
galets_r|P50|2021|GALETS
galets_rs|G|2024|GALETS
galets_rs|M|2024|GALETS
argence_r|G15|2020|ARGENCE
nages_r|M|2021|NAGES
nages_b|G|2024|NAGES
nostrepais_r|G|2019|NOSTRE PAIS
guigal_r|G|2021|GUIGAL
guigal_r|M|2019|GUIGAL
guigal_b|G|2022|GUIGAL
perrin_r|P50||PERRIN RESERVE
aqueria|G|2024|TAVEL AQUERIA
aqueria|M|2024|AQUERIA
damerousse_tav|G|2024|DAME ROUSSE
damerousse_lir|G|2021|DAME ROUSSE
telegraphe|H|2019|TELEGRAPHE
beaucastel|B|2017|BEAUCASTEL
daumas_r|G|2021|DAUMAS
felines|G|2024|PICPOUL FELINES
felines|P50|2023|FELINES
felines|M||FELINES
ormarine|G|2023|MORNY
cotedesroses|G|2024|COTE DES ROSES
minuty|G|2024|MINUTY
minuty|M|2023|MINUTY
peyrade|G||MUSCAT FRONTIGNAN
antech_brut|CP||ANTECH
antech_rose|CP||ANTECH ROSE
taitt_brut|CP||TAITTINGER
taitt_brut|H||TAITTINGER
taitt_rose|H||TAITT ROSE
ricard|D||RICARD
p51|D||PASTIS51
noilly|D||NOILLY PRAT
get27|D||GET27
chartreuse_v|D2||CHARTREUSE VERTE
chartreuse_j|D||CHART JAUNE
remy_vsop|D||REMY VSOP
remy_xo|D||REMY XO
magloire|D||CALVA MAGLOIRE
lagavulin16|D||LAGAVULIN16
havana7|D||HAVANA7
k1664|DE||1664
affligem|DE||AFFLIGEM
k1664blanc|DE||1664 BLANC
k1664blanc|B||1664 BLANC
vidourlator|B||VIDOURLATOR
vidourlator|PI||VIDOURLATOR
heineken00|B||HEINEKEN 0.0
perrier|C33||PERRIER
perrier|C50||PERRIER
coca|C33||COCA
milliat_abr|B||JUS ABRICOT
-DIG|D||REMY 1738|Rémy Martin 1738: not held (VSOP and XO are)
-DIG|D||LAGAVULIN8|Lagavulin 8 ans: age not held (16 is)
-DIG|D||HAVANA ESPECIAL|Havana Club Especial: not held (3 and 7 are)
-DIG|||GIN TONIC|a mixed drink
-BIE|DE||PANACHE|a mixed drink (beer and lemonade)
-BIE|DE||MONACO|a mixed drink
-BIE|PI||PICON BIERE|a mixed drink; no Picon held
-BIE|B||HEINEKEN|plain Heineken not held (only the 0.0)
-SOF|C33||COCA CHERRY|not held
-SOF|B||SCHWEPPES AGRUMES|Schweppes Agrumes not held (Indian Tonic is)
-SOF|||SIROP MENTHE|a syrup with water
-CAF|||CAFE|coffee
-CAF|||CAFE CREME|coffee
-CAF|||THE|tea
-CUI|||CROQUE MONSIEUR|food
-CUI|||PLANCHE MIXTE|food
-CUI|||SALADE CHEVRE|food
-DIV|||DROIT DE BOUCHON|service
-RGE|G||ROUGE MAISON|generic house wine
-ROS|P50||ROSE DU MOMENT|generic wine
-RGE|G|2022|DUCHE|Duché d'Uzès red alone: three held (Deleuze-Rochetin, Grand Chemin, Mas Pellier)
-ROS|G||TAVEL|Tavel alone: two held (Aquéria, La Dame Rousse)
-BLC|G||PICPOUL|Picpoul alone: two held (Félines Jourdan, Duc de Morny)
-RGE|G||COSTIERES|Costières de Nîmes red alone: several held
-BLC|G||ARGENCE|Terre d'Argence blanc not held (only the red)
-ROS|G||FLEUR EGLANTINE|Mourgues du Grès Fleur d'Églantine not held
-RGE|G|2021|COUDOULET|Coudoulet de Beaucastel: Beaucastel's other wine, not held
-BUL|CP||KIR ROYAL|a cocktail
-BLC|G||KIR|a cocktail
-APE|D||SPRITZ APEROL|a cocktail (Aperol spritz)
maspellier_r|G|2020|PELLIER
galets_b|G|2022|GALETS
"""
