"""caisse: the counter register's key texts (ASCII capitals, the owner's abbreviations).

key|measure|vintage|text            a drink of the library
-FAM|measure|vintage|text|reason    nothing of the library
The renderer puts the measure word first and the two-digit vintage last, then cuts at 16.
"""
CASES = """
landron_amph|G|2023|MUSC AMPHIB
landron_amph|K50|2022|AMPHIBOLITE
landron_amph|G|2021|AMPHIB
pepiere_briords|G|2022|BRIORDS
pepiere_briords|G|2020|BRIORDS
pepiere_briords|K50|2023|BRIORDS
gros_plant|K25||GROSPLANT
picpoul|G|2023|PICPOUL
picpoul|G15|2022|PICPOUL PINET
picpoul|G|2024|PICPOUL
vacheron|G|2023|SANC VACHERON
vacheron|H|2022|SANCERRE
vacheron|H|2023|SANCERRE
vacheron|G|2021|SANCERRE
graville|G|2022|GRAVES BLC
huet|G||VOUVRAY HUET
baumard|G||LAYON BAUMARD
p45_rouge|G|2022|CDR P45
p45_rouge|K25|2020|CDR P45
p45_rose|G|2023|CDR P45 RS
p45_rose|K50|2022|P45 RS
baudry|G|2020|CHINON BAUDRY
baudry|G|2021|GREZEAUX
rochesneuves|G|2021|CHAMPIGNY
rochesneuves|G|2022|CHAMPIGNY
trinch|G||TRINCH
minuty|G|2023|M MINUTY
whispering|G|2024|WHISPERING
whispering|G|2022|WHISPER
aqueria|G||TAVEL
aqueria|K25|2022|TAVEL
capfaugeres|G|2021|FAUGERES
tourdeby|G|2019|TOUR DE BY
tourdeby|G|2017|TOURDEBY
meysonniers|G|2022|CROZES
drappier|CP||CHAMP DRAPPIER
drappier|H||CHAMP DRAPPIER
drappier_rose|CP||CHAMP RS DRAPP
bouvet|CP||CREMANT LOIRE
coreff_blonde|DE||COREFF
coreff_blonde|PI||COREFF
coreff_blonde|C33||COREFF BLDE
blanche_hermine|DE||BLANCHE HERMINE
guinness|PI||GUINNESS
guinness|DE||GUINESS
coreff_ambree|U||COREFF AMBREE
duchesse|U||DUCHESSE ANNE
ricard|D||RICARD
pastis51|D||PASTIS51
armorik|D||WHISKY ARMORIK
lagavulin|D||LAGA16
havana7|D||HAVANA7
drouin|D||CALVA
kinkiz_lambig|D2||LAMBIG
kinkiz_pommeau|D||POMMEAU
martini|V6||MARTINI BLANC
taylors|V6||PORTO TAYLORS
kerisac_brut|C33||CIDRE KERISAC
breizh|U||BREIZH COLA
breizh_zero|U||BREIZH ZERO
evian|C50||EVIAN
milliat_pomme|U||JUS POMME MILLIAT
-HC|||CAFE|coffee
-HC|||CAFE CREME|coffee
-HC|||CHOCOLAT CHAUD|hot drink
-AP|G||KIR BRETON|cocktail (cider and cassis)
-AP|CP||KIR ROYAL|cocktail
-BI|DE||PANACHE|beer and lemonade
-BI|DE||MONACO|beer cocktail
-BL|G||BLANC MAISON|generic house wine
-RG|K50||ROUGE MAISON|generic house wine
-RS|G||ROSE DU MOMENT|generic wine of the moment
-BL|G||MUSCADET|four Muscadets held, none named
coreff_ambree|DE||COREFF AMBREE
duchesse|PI||DUCHESSE
guinness|C33||GUINNESS
-BI|PI||KRONENBOURG|beer not held
-BI|DE||1664|beer not held
-AL|D||JACK DANIELS|whiskey not held
-AL|D||LAGA8|Lagavulin 8 not held (16 held)
-AL|D||HAVANA ESPECIAL|Havana Club Especial not held (3 and 7 held)
-AL|D||GLENF15|Glenfiddich 15 not held (12 held)
-AL|D||ARMORIK DBLE MAT|Armorik Double Maturation not held (Classic held)
-AL|D||GET31|Get 31 not held (Get 27 held)
-AL|D||RHUM ARRANGE|house punch rum
-AP|||MAURESQUE|pastis cocktail
-SO|||SIROP A L EAU|syrup
-SO|||DIABOLO MENTHE|syrup and lemonade
-SO|||JUS ORANGE PRESSE|fresh juice
-SO|||JUS POIRE MILLIAT|Milliat juice not held (apple and apricot held)
coca|C100||COCA
evian|C33||EVIAN
-CU|||HUITRES N3 X6|oysters
-CU|||CREPE BEURRE SUCRE|crêpe
-DV|||ACOMPTE|deposit
-CH|CP||PROSECCO|prosecco not held
-BL|G||ALIGOTE|aligoté not held
-RS|G||GRIS DE GRIS|gris de gris not held
"""
