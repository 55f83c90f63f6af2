"""SALLE: the dining room's handheld, programmed by the Spanish-speaking manager.

One line a product: intended answer (y/a/n) | drink key or '-' | measure | vintage typed |
text typed | note. A measure '=xxx' is a literal serving for a product that is no drink.
"""
CASES = """
y|lastours|B|2018|Corbières Lastours Simone Descamps tinto
y|lastours|G|2016|Lastours Simone Descamps
a|lastours|B|2017|Corbières Lastours "Simone" tinto|2016 and 2018 equally near: the more recent
y|villemajou|M|2019|Villemajou Boutenac
a|villemajou|M|2020|Castillo de Villemajou|the magnum is held in 2019 only
y|villemajou|P50||Villemajou
y|colvents_rs|G15||Col des Vents rosado
n|-|B75||Castelmaure Col des Vents blanco|Col des Vents held in red and rosé, not in white
a|alaric|B|2021|Alaric La Baronne
y|alaric|G|2018|La Baronne Alaric tinto
n|-|B75||Corbières tinto|appellation only: several red Corbières held
y|cantilene|H|2020|Cantilène Ste Eulalie
a|cantilene|H|2019|Cantilène La Livinière|the half is held in 2020 only
y|cantilene|G||Minervois La Livinière Cantilène
y|plaisir|P25|2022|Plaisir d'Eulalie Minervois tinto
a|plaisir|B|2020|Plaisir d'Eulalie
y|esprit|G|2022|Borie de Maurel Esprit d'Automne
n|-|B75||Borie de Maurel La Féline|another cuvée of the producer
y|gourgazaud_r|B|2021|Gourgazaud Reserva tinto
a|gourgazaud_r|G|2019|Gourgazaud Reserva
y|gourgazaud_rs|G|2023|Gourgazaud rosado
y|pennautier_r|P50|2021|Castillo de Pennautier Cabardès tinto
a|pennautier_r|B|2018|Pennautier tinto
y|pennautier_r|M||Pennautier tinto
y|pennautier_rs|G|2023|Pennautier rosado
y|vent_ouest|G|2019|Cabrol Vent d'Ouest
a|vent_ouest|B|2021|Vent d'Ouest Cabrol
y|guilhem_r|B|2021|Guilhem Prestige Malepère
a|guilhem_r|B|2020|Guilhem Prestige|2019 and 2021 equally near: the more recent
y|guilhem_rs|P50|2023|Guilhem Malepère rosado
n|-|B75||Guilhem Malepère blanco|Château Guilhem held in red and rosé only
y|eugenie|CP||Blanquette Antech Eugénie
y|eugenie|H||Blanquette Eugénie Antech
y|g1531|CP||Crémant Sieur d'Arques 1531
y|g1531|M||Gran Cuvée 1531 Sieur d'Arques
y|toques|G|2021|Limoux Toques et Clochers blanco
a|toques|B|2019|Toques et Clochers
y|megalithes|B|2020|Fitou Mégalithes Bertrand-Bergé
y|megalithes|M|2019|Fitou Mégalithes
a|megalithes|G|2021|Fitou Bertrand-Bergé Mégalithes
y|ancestrale_bb|B|2017|Fitou Ancestrale Bertrand-Bergé
y|douze|H|2021|Fitou Les Douze Mont Tauch
y|daumas|B|2019|Daumas Gassac tinto
a|daumas|B|2016|Daumas Gassac
n|-|B75||Daumas Gassac blanco|the white is not held
y|gris_blanc|G|2023|Gris Blanc Gérard Bertrand
y|gris_blanc|M|2023|Gris Blanc Bertrand
y|cote_roses|P50||Côte des Roses rosado
n|-|B75||Côte des Roses blanco|the white is not held
y|amiel10|G||Mas Amiel Maury 10 años
n|-|B75||Mas Amiel Maury 15 años|the 15-year-old is not held
y|rimage|G|2020|Banyuls Rimage Templiers|a glass of the 50 cl bottle
a|rimage|B50|2021|Banyuls Rimage
y|larose|B|2018|Larose-Trintaudon Haut-Médoc
a|larose|B|2017|Larose Trintaudon|2016 and 2018 equally near: the more recent
n|chasse|H|2015|Chasse-Spleen Moulis|no half bottle held
y|cadet|G|2020|Mouton Cadet tinto
y|moet|CP||Moët Brut Impérial
y|clicquot|M||Veuve Clicquot Brut
y|lp_rose|B||Laurent-Perrier Rosé
n|-|B75||Dom Pérignon|not held
n|lp|M||Laurent-Perrier La Cuvée|no magnum held
y|kro|D||Kronenbourg
y|grim_blonde|PT||Grimbergen Blonde
n|grim_ambree|PT||Grimbergen Ambrée|held in 33 cl bottles only, not on draught
y|laubade_xo|S4||Armañac Laubade XO
y|glen18|S4||Glenfiddich 18 años
y|lagavulin|S4||Lagavulin 16 años
y|nikka|S4||Nikka From the Barrel
y|byrrh|G||Byrrh Quinquina
y|coca_zero|B33||Coca Zero
y|evian50|B100||Evian
y|milliat|B33||Zumo albaricoque Alain Milliat
n|-|=plato||Cassoulet de la casa|food
n|-|=ración||Foie gras mi-cuit|food
n|-|=unidad||Café solo|coffee
n|-|=unidad||Cubierto grupo|service
n|-|=unidad||Descorche botella cliente|corkage, a service
n|-|G||Vino tinto de la casa|generic house wine
n|-|P50||Vino rosado de la casa|generic house wine
n|-|G||Corbières blanco|no white Corbières held
n|-|G||Minervois tinto|appellation only: several red Minervois held
n|-|P25||Sangría de la casa|mixed at the bar, no drink of the library
n|-|=copa||Kir cassis|a mixed aperitif
n|-|=copa||Kir royal Blanquette|a mixed aperitif
n|-|CP||Crémant de Limoux|appellation only: several white Crémants de Limoux held
n|-|B75||Fitou tinto|appellation only: several Fitou held
n|cantilene|M|2020|Cantilène Ste Eulalie|no magnum held
n|-|B75||Château Maris La Touge|not held
n|-|B75||Gauby Calcinaires blanco|another cuvée of the producer
n|-|B75||Pennautier Terroirs d'Altitude tinto|another cuvée of Lorgeril
n|gris_blanc|H|2023|Gris Blanc|no half bottle held
n|douze|M|2021|Les Douze Mont Tauch|no magnum held
n|-|S4||Armañac Laubade VSOP|the VSOP is not held
n|-|S4||Glenfiddich 15 años|the 15-year-old is not held
n|-|=unidad||Agua del grifo jarra|tap water
n|hoegaarden|B33||Hoegaarden Blanche|held on draught only
n|-|CP||Champagne brut de la casa|generic
"""
