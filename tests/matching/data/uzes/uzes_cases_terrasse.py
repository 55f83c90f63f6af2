"""terrasse: the summer terrace handheld (seasonal staff's short names).

Same line format as uzes_cases_caisse.py; `text` is the button name the staff typed.
"""

CASES = """
deleuze_rs|G|2024|deleuze
deleuze_rs|P25|2024|deleuze
deleuze_rs|B|2023|deleuze rochetin
deleuze_r|G||deleuze
deleuze_r|B|2019|deleuze rochetin
grandchemin_rs|P50|2024|grand chemin
grandchemin_rs|B|2024|gd chemin
grandchemin_rs|G|2022|gd chemin
galets_rs|G|2024|galets
galets_rs|P25||galets
galets_rs|B|2023|galets
galets_rs|M|2024|galets
galets_b|G||galets dores
galets_b|B|2024|galets dores
guigal_rs|G|2024|cdr guigal
guigal_rs|B|2023|cdr guigal
perrin_r|G|2021|perrin reserve
aqueria|G|2024|tavel aqueria
aqueria|P50|2022|aqueria
damerousse_tav|B|2023|dame rousse
cotedesroses|B|2024|cote des roses
cotedesroses|G|2022|cote des roses
grisblanc|B|2024|gris blanc
grisblanc|G|2023|gris blanc
minuty|B|2024|m de minuty
minuty|G|2023|minuty
minuty|H|2024|minuty
whispering|B|2023|whispering angel
whispering|G||whispering
whispering|M|2024|whispering
felines|G|2023|picpoul felines
felines|B|2024|picpoul felines
ormarine|P50||picpoul morny
antech_brut|CP||cremant antech
antech_rose|CP||cremant antech rose
taitt_brut|CP||taittinger
ricard|D||ricard
p51|D||pastis 51
lillet_b|G||lillet
noilly|G||noilly
byrrh|G||byrrh
aperol|D||aperol
lejay|D2||cassis
k1664|DE||1664
k1664|PI||1664
affligem|DE||affligem
affligem|PI||affligem
vidourlator|B||vidourlator
sacreegrole|B||sacree grole
sacreegrole|DE||sacree grole
corona|B||corona
desperados|C33||desperados
heineken00|B||heineken 0.0
k1664blanc|PI||1664 blanc
k1664blanc|B||1664 blanc
perrier|C33||perrier
evian|C50||evian
evian|C33||evian
coca|C33||coca
orangina|B||orangina
schweppes|B||schweppes tonic
icetea|B||ice tea peche
milliat_abr|B||jus abricot
-APE|D||spritz|cocktail
-APE|D||pastis|pastis alone: three held (Ricard, 51, Bardouin)
-APE|D||mauresque|pastis with orgeat, a mixed drink
-APE|D||perroquet|pastis with mint syrup, a mixed drink
-BIE|DE||panache|mixed drink
-BIE|PI||monaco|mixed drink
-BIE|B||leffe|not held
-BIE|DE||grimbergen|not held
-SOF|||diabolo menthe|syrup and lemonade
-SOF|||citronnade maison|house lemonade
-CAF|||cafe|coffee
-CAF|||cafe allonge|coffee
-CAF|||the vert|tea
-CUI|||glace 2 boules|ice cream
-CUI|||planche charcuterie|food
-CUI|||salade nicoise|food
-CUI|||frites|food
-CUI|||tapenade|food
-DIV|||supp glacons|extra
-ROS|G||rose maison|generic
-ROS|P50||rose du moment|generic
-ROS|G||tavel|Tavel alone: two held
-ROS|G||duche rose|Duché d'Uzès rosé alone: two held (Deleuze-Rochetin, Grand Chemin)
-BLC|G||picpoul|Picpoul alone: two held
-ROS|G||fleur eglantine|Mourgues du Grès cuvée not held
-ROS|B|2024|minuty prestige|Minuty's other cuvée, not held
-ROS|B|2024|rock angel|Esclans's other rosé, not held
-ROS|B|2024|hospitalet rose|Gérard Bertrand's other rosé, not held
-BUL|CP||kir royal|cocktail
-BLC|G||kir|cocktail
aqueria|B|2021|aqueria
felines|P25|2022|picpoul felines
galets_r|P50|2020|galets
"""
