"""BAR: the bar's old register, short codes and an 18-column key field.

One line a product: intended answer (y/a/n) | drink key or '-' | measure | vintage typed |
text typed | note. A measure '=' is a product with no measure code (coffee, food...).
"""
CASES = """
y|lastours|G|2018|LASTOURS SD
y|lastours|B|2016|LASTOURS S.DESC|typed for 2016
a|lastours|B|2019|LASTOURS
y|villemajou|M||VILLEMAJOU BOUTENAC
a|villemajou|B|2018|VILLEMAJOU
y|colvents_r|P25|2022|COLVENTS RG
n|-|G||COLVENTS BL|Col des Vents held in red and rosé, not in white
y|alaric|P50|2019|ALARIC
a|alaric|G|2020|ALARIC
y|cantilene|G|2020|CANTILENE
y|cantilene|HD|2020|CANTILENE|DEMI on a wine is the half bottle
y|cantilene|B|2019|STE EULALIE CANTIL|typed for 2019
a|cantilene|G|2021|CANTILENE
y|plaisir|G|2022|PLAISIR EULALIE
a|plaisir|P50|2023|PLAISIR EUL
y|esprit|B|2022|ESPRIT AUTOMNE
y|gourgazaud_r|G|2020|GOURGAZ RES
y|gourgazaud_rs|P25|2023|GOURGAZ RS
a|gourgazaud_r|B|2022|GOURGAZAUD
y|pennautier_r|G|2021|PENNAUT RG
a|pennautier_r|P50|2022|PENNAUT RG
y|pennautier_rs|G|2023|PENNAUT RS
y|pennautier_r|M|2019|PENNAUT
a|vent_est|B|2016|CABROL EST
y|vent_ouest|G|2019|CABROL OUEST
y|guilhem_r|G|2019|GUILHEM PRESTIGE|typed for 2019
a|guilhem_r|B|2022|GUILHEM PR
y|eugenie|CP||BLANQ EUGENIE
y|ancestrale_antech|G||BLANQ ANCESTRALE
y|emotion|CP||CREM EMOTION RS
y|g1531|M||CREM 1531 SIEUR
y|code_rouge|CP||CODE ROUGE GB
y|toques|G|2021|TOQUES CLOCHERS
a|toques|G|2019|TOQUES
y|megalithes|G|2019|MEGALITHES
a|megalithes|M|2020|MEGALITHES
y|ancestrale_bb|G|2017|FITOU ANCESTRALE
y|douze|H|2021|FITOU DOUZE
y|falaise|G|2019|LA FALAISE
a|falaise|B|2021|FALAISE
a|daumas|B|2020|DAUMAS
y|gris_blanc|G|2023|GRIS BLANC
y|picpoul|G|2023|PICPOUL DUC MORNY|typed for 2023
y|cote_est|G|2023|COTE EST LAFAGE
y|amiel10|G||MAURY AMIEL 10A
y|rimage|G|2019|BANYULS RIMAGE|typed for 2019
a|rimage|B50|2017|RIMAGE
y|larose|G|2016|LAROSE TRINT
a|larose|B|2015|LAROSE
y|moet|CP||MOET IMPERIAL
y|moet|H||MOET BRUT
y|bolly|B||BOLLINGER SP CUV
y|kro|D||KRO
y|kro|PT||KRONENBOURG
y|hoegaarden|PT||HOEGAARDEN
y|chimay|B||CHIMAY BLEUE
y|grim_ambree|B||GRIMB AMBREE
y|glen12|S4||GLENFIDDICH12
y|lagavulin|S4||LAGAVULIN16
y|ricard|S4||RICARD
y|lillet|G||LILLET BLANC
y|noilly|S4||NOILLY PRAT
y|perrier|B||PERRIER
y|badoit|B100||BADOIT
n|-|=||CAFE|coffee
n|-|=||CROQUE MONSIEUR|food
n|-|=||CASSOULET ENFANT|food
n|-|=||DIVERS BAR|generic
n|-|G||VIN ROUGE|generic
n|-|G||ROSE MAISON|generic house wine
n|-|G||CORBIERES BL|no white Corbières held
n|-|G||MINERVOIS|appellation only: several Minervois held
n|-|G||CABARDES RG|appellation only: several red Cabardès held
n|-|G||LIMOUX BL|appellation only: two white Limoux held
n|-|CP||CREMANT|generic
n|-|CP||CHAMPAGNE|generic: several champagnes held
n|-|CP||KIR ROYAL|a mixed aperitif
n|-|G||KIR|a mixed aperitif
n|-|=||MONACO|a beer cocktail
n|leffe|D||LEFFE BLONDE|held in 33 cl bottles only, not on draught
n|chimay|PT||CHIMAY|held in 33 cl bottles only
n|-|D||1664|not held
n|-|S4||GLENFIDDICH15|the 15-year-old is not held
n|-|S4||LAGAVULIN8|the 8-year-old is not held
n|-|S4||LAUBADE VSOP|the VSOP is not held
n|-|S4||DARROZE 30ANS|the 30-year-old is not held
n|-|S4||PASTIS51|not held
n|-|S4||GET27|not held
n|-|S4||CARTHAGENE|not held
n|pennautier_rs|M|2023|PENNAUT RS|no magnum of the rosé
n|moet_rose|H||MOET ROSE|no half of the rosé
n|-|G||SANGRIA|mixed at the bar
n|-|B||RUINART ROSE|the rosé is not held
n|-|B||CHASSESPLEEN BL|the white is not held
n|-|G||GOURGAZ BLANC|Gourgazaud held in red and rosé only
n|-|=||DROIT BOUCHON|corkage, a service
n|-|=||CONSIGNE VERRE|a deposit
n|-|=||CARAFE EAU|tap water
n|-|=||OLIVES|food
"""
