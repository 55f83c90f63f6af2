"""bo: the back office's sales-by-article export (ventes par article), semicolon CSV.

One article a line: key|measure|vintage|text  (the article's name in the back office),
or -FAM|measure|vintage|text|reason (FAM: the back office family code).
The export writes CODE;LIBELLE;MILL;UNITE;PRIX: the family code and a number, the name
in capitals without accents cut at 26 characters, the vintage in its own column, the
sale unit, the unit price with a decimal comma.
"""

CASES = """
# --- Touraine
corb_sauv|B|2022|TOURAINE SAUVIGNON CORBILLIERES
corb_sauv|G|2023|TOURAINE SAUV CORBILLIERES
corb_sauv|G|2021|TOURAINE SAUV CORBILLIERES
corb_rose|P50|2023|TOURAINE ROSE CORBILLIERES
-VR|B||TOURAINE GAMAY CORBILLIERES|Corbillières' gamay, not held
ricard_petiot|G|2022|TOURAINE LE PETIOT RICARD
ricard_petiot|B|2021|TOURAINE LE PETIOT RICARD
marteau_sauv|G|2023|TOURAINE SAUV MARTEAU
marionnet_pv|P25|2023|TOURAINE GAMAY MARIONNET
marionnet_pv|B|2021|TOURAINE GAMAY MARIONNET
-VR|B||TOURAINE COT MARIONNET|Marionnet's Côt, not held
delaunay_gamay|P50|2023|TOURAINE GAMAY DELAUNAY
dutertre_prestige|B|2021|T-AMBOISE PRESTIGE DUTERTRE
dutertre_prestige|G|2019|T-AMBOISE PRESTIGE DUTERTRE
-VS|P25||IGP VAL DE LOIRE ROSE|generic rosé
-VR|P50||PICHET VIN ROUGE|generic house red
-VB|G||VIN BLANC DU MOMENT|generic white
# --- Chinon
baudry_grezeaux|G|2019|CHINON GREZEAUX BAUDRY
baudry_grezeaux|P50|2021|CHINON GREZEAUX BAUDRY
baudry_grezeaux|M|2019|CHINON GREZEAUX BAUDRY
baudry_domaine|B|2022|CHINON LE DOMAINE BAUDRY
alliet_vv|G|2020|CHINON VV ALLIET
alliet_vv|B|2021|CHINON VV ALLIET
alliet_vv|H|2020|CHINON VV ALLIET
noblaie_cerises|G|2022|CHINON TEMPS DES CERISES NOBLAIE
noblaie_cerises|B|2024|CHINON TEMPS DES CERISES NOBLAIE
noblaie_rose|B|2023|CHINON ROSE NOBLAIE
couly_madeleine|B|2020|CHINON BARONNIE MADELEINE COULY
couly_madeleine|H|2019|CHINON BARONNIE MADELEINE COULY
-VR|B||CHINON CLOS DE L'ECHO COULY|Couly-Dutheil's Clos de l'Écho, not held
-VR|B||CHINON LES PICASSES RAFFAULT|Olga Raffault, not held
# --- Bourgueil, Saint-Nicolas, Saumur
breton_trinch|B|2022|BOURGUEIL TRINCH BRETON
breton_trinch|G|2021|BOURGUEIL TRINCH BRETON
breton_trinch|H|2022|BOURGUEIL TRINCH BRETON
-VR|B||BOURGUEIL NUITS D'IVRESSE BRETON|Breton's Nuits d'Ivresse, not held
butte_haut|G|2020|BOURGUEIL HAUT DE LA BUTTE
butte_pied|G|2022|BOURGUEIL PIED DE LA BUTTE
amirault_source|G|2022|ST NICOLAS LA SOURCE AMIRAULT
amirault_source|B|2020|ST NICOLAS LA SOURCE AMIRAULT
# --- Vouvray, Montlouis, Cheverny
huet_hautlieu|G|2022|VOUVRAY HUET HAUT LIEU SEC
huet_hautlieu|B|2021|VOUVRAY HUET HAUT LIEU SEC
huet_mont|B|2019|VOUVRAY HUET LE MONT DEMI SEC
-VE|B||VOUVRAY HUET PETILLANT|Huet's pétillant, not held
careme_brut|CP||VOUVRAY BRUT CAREME
champalou_moelleux|G|2018|VOUVRAY MOELLEUX CHAMPALOU
chidaine_choisilles|G|2022|MONTLOUIS CHOISILLES CHIDAINE
chidaine_choisilles|G|2023|MONTLOUIS CHOISILLES CHIDAINE
-VB|B||MONTLOUIS LES BOIS RATEAU CHIDAINE|Chidaine's Les Bois Rateau, not held
huards_pure|G|2022|CHEVERNY PURE HUARDS
huards_pure|P25|2024|CHEVERNY PURE HUARDS
huards_pure|M|2022|CHEVERNY PURE HUARDS
huards_envol|P50|2022|CHEVERNY ENVOL HUARDS
-VS|B||CHEVERNY ROSE HUARDS|Huards' rosé, not held
# --- bubbles
monmousseau_brut|CP||CREMANT LOIRE BRUT MONMOUSSEAU
monmousseau_rose|CP||CREMANT ROSE MONMOUSSEAU
drappier_cdo|CP||CHAMPAGNE DRAPPIER CARTE D'OR
-VE|B||CREMANT DE BOURGOGNE|no Crémant de Bourgogne held
-VE|B||CHAMPAGNE BOLLINGER SPECIAL CUVEE|not held
-AP|CP||KIR ROYAL CASSIS|cocktail
# --- elsewhere
vacheron_sancerre|B|2022|SANCERRE VACHERON
vacheron_sancerre|G|2023|SANCERRE VACHERON
cambon|B|2019|CH CAMBON LA PELOUSE
-VR|B||CH LANESSAN|not held
lapierre_morgon|G|2022|MORGON LAPIERRE
esclans_wa|G|2023|COTES DE PROVENCE WHISPERING ANGEL
# --- aperitifs
ricard|D||PASTIS RICARD
-AP|D||PASTIS 51|Pastis 51, not held
martini_bianco|D||MARTINI BIANCO
aperol|D||APEROL
-AP|G||AMERICANO MAISON|cocktail
# --- spirits
frapin_vsop|D||COGNAC FRAPIN VSOP
laubade_vsop|D2||ARMAGNAC LAUBADE VSOP
drouin_vsop|D||CALVADOS DROUIN VSOP
glenfiddich12|D||WHISKY GLENFIDDICH 12 ANS
-DG|D||WHISKY GLENFIDDICH 15 ANS|Glenfiddich 15, not held (12 is)
-DG|D||RHUM DIPLOMATICO MANTUANO|Diplomático Mantuano, not held
trois_rivieres|D||RHUM 3 RIVIERES BLANC
-DG|D||GIN BOMBAY SAPPHIRE|not held
# --- beers
turone_blonde|DE||BIERE PRESSION TURONE
turone_blonde|PI||PRESSION TURONE BLONDE
grimbergen_blanche|DE||PRESSION GRIMBERGEN BLANCHE
loirette|C75||LA LOIRETTE BLONDE
loirette|DE||PRESSION LOIRETTE
turone_blanche|PI||PRESSION TURONE BLANCHE
-BI|DE||PANACHE|mixed drink
# --- softs
coca_zero|C33||COCA COLA ZERO
schweppes_tonic|C25||SCHWEPPES INDIAN TONIC
badoit|C50||BADOIT
milliat_pomme|C33||JUS DE POMME MILLIAT
-SO|G||SIROP A L'EAU|syrup
# --- hot drinks, food, services
-BC|||CAFE EXPRESSO|coffee
-BC|||INFUSION VERVEINE|herbal tea
-CU|||FORMULE DEJEUNER|food
-CU|||ASSIETTE DE RILLONS|food
-CU|||FOUEE AUX RILLETTES|food
-CU|||POIRES TAPEES|dessert
-DV|||BON CADEAU|gift voucher
"""
