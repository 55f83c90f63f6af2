"""What the staff typed on the counter register (caisse).

key|measure|year|text[|alt[|reason]] for a drink of the library: the SKU is
the drink's own (appellation or family code, colour or kind); text is the
button's short name in capitals, "~" ending what identifies the drink.
-|measure|year|SKU text|reason for a product that is no drink of the library.
The build adds the serving word, the vintage, and cuts at 26 columns.
"""

SPECS = r"""
# --- Muscadet
tourmaline||2023|TOURMALINE~GADAIS
tourmaline||2021|TOURMALINE
tourmaline|mag|2022|TOURMALINE
tourmaline|v||TOURMALINE~GADAIS
plantation|c50||PLANT.1947
-||2022|MUS-BL GADAIS|Gadais: two Muscadets held (Domaine de la Tourmaline, Plantation 1947), the label does not tell them apart
-|v||MUS-BL MUSCADET|an appellation alone: two Muscadets held
-||2021|MUS-BL GADAIS PERRIERES|another cuvée of Gadais (Perrières), not held
# --- Anjou blanc, Savennières
boud_anjou||2022|BOUDIGNON ANJOU
boud_anjou|mag|2020|BOUDIGNON ANJOU
boud_hutte||2020|CLOS HUTTE~BOUDIGNON
boud_hutte||2017|CLOS HUTTE
-||2021|SAV-BL BOUDIGNON VIGNE CENDREE|another Savennières of Boudignon (La Vigne Cendrée), not held
morgat_fides||2019|MORGAT FIDES
morgat_fides|v15|2018|MORGAT FIDES
morgat_fides||2018|MORGAT
-||2019|SAV-BL MORGAT ARCANE|another cuvée of Eric Morgat (Arcane), not held
souch_perrieres||2019|SOUCHERIE PERRIERES
souch_rouge|c25|2021|SOUCHERIE
souch_exception|b50|2016|SOUCHERIE EXCEPTION
souch_exception|v|2018|EXCEPTION~SOUCHERIE
souch_exception|b50|2017|EXCEPTION
souch_exception||2016|SOUCHERIE
souch_perrieres||2020|SOUCHERIE
# --- Anjou rouge and rosé, Aubance, Layon
montgilet_avb||2020|MONTGILET BRISSAC
montgilet_schistes|b50|2018|TROIS SCHISTES~MONTGILET
montgilet_schistes|b50|2016|MONTGILET
montgilet_schistes||2018|MONTGILET
-||2023|ANJ-RS MONTGILET ROSE|a rosé of Montgilet, not held
boud_rose|||BOUDIGNON
escog_cremant_rose|cp||ESCOGRIFFE
-||2023|RDL-RS ESCOGRIFFE|a Rosé de Loire of Escogriffe, not held (its Cabernet d'Anjou and crémants are)
juchepie||2020|JUCHEPIE CHURELLES
juchepie|half|2020|JUCHEPIE
-||2019|LAY-LQ JUCHEPIE QUINTESSENCE|another cuvée of Juchepie (Quintessence), not held
bellerive|v||CH BELLERIVE
-|b50|2016|BZX-LQ BONNEZEAUX|Bonnezeaux: no wine of that appellation held
# --- Saumur
targe_trad||2019|TARGE TRADITION
targe_trad|mag|2020|CH TARGE TRAD
targe_trad|mag|2019|TARGE TRAD
targe_ferry||2020|TARGE CUVEE FERRY
-||2022|SCH-RG CH DE TARGE|Château de Targé: two Saumur-Champigny held (Tradition, Cuvée Ferry)
sanzay_paterne|c25|2021|SANZAY PATERNE
sanzay_paterne|mag|2021|SANZAY PATERNE
sanzay_poyeux||2017|SANZAY POYEUX
sanzay_poyeux|mag|2018|SANZAY POYEUX
sanzay_poyeux||2019|LES POYEUX
-||2021|SCH-RG SANZAY|Antoine Sanzay: two Saumur-Champigny held (La Paterne, Les Poyeux)
sanzay_salles||2021|SANZAY SALLES MARTIN
grenelle_saumur|half||GRENELLE
grenelle_platine|cp||GRENELLE PLATINE
-|cp||CRL-RS GRENELLE ROSE|a rosé crémant of Louis de Grenelle, not held
# --- Chinon, Bourgueil, Saint-Nicolas
pallus_messanges||2020|PALLUS MESSANGES
pallus_pensees||2018|PENSEES DE PALLUS
-||2019|CHI-RG CLOS DE PALLUS|another cuvée of Pallus (Le Clos de Pallus), not held
-|v||CHI-RG CHINON|an appellation alone: two Chinons held
ldb_chesnaies||2021|LAME DELISLE CHESNAIES
ldb_chesnaies|half|2020|CHESNAIES
ldb_vv||2018|LDB VIEILLES VIGNES
ldb_vv||2017|LDB VV
ldb_prestige||2005|LDB PRESTIGE
-||2019|BGL-RG LAME DELISLE BOUCARD|Lamé Delisle Boucard: three Bourgueils held
taluau_vv||2016|TALUAU~VIEILLES VIGNES
-||2020|SNB-RG TALUAU VAU JAUMIER|another cuvée of Taluau (Vau Jaumier), not held
# --- Vouvray, Montlouis
font_demisec||2020|FONTAINERIE DEMISEC
font_moelleux||2018|FONTAINERIE
font_brut|cp||FONTAINERIE
-||2021|VOU-BL FONTAINERIE|Fontainerie: a Vouvray sec and a demi-sec held, the label names no style
bredif||2019|BREDIF
tiphaine||2021|GRANGE TIPHAINE~CLEF DE SOL
# --- Sancerre, Pouilly-Fumé
delaporte_blanc||2023|DELAPORTE CHAVIGNOL
delaporte_blanc|half|2022|DELAPORTE
delaporte_blanc|v||DELAPORTE CHAVIGNOL
delaporte_rouge||2021|DELAPORTE
-||2022|SAN-BL DELAPORTE|Delaporte: two white Sancerres held (Chavignol, Cuvée Maxime)
-||2021|SAN-RS DELAPORTE|a rosé Sancerre of Delaporte, not held
cail_cris||2022|CAILBOURDIN LES CRIS|-|the cut left CAILBOURDIN LES CRI: three Pouilly-Fumés of Cailbourdin held
cail_boisfleury||2022|CAILBOURDIN BOISFLEURY
cail_triptyque||2016|TRIPTYQUE~CAILBOURDIN
-||2021|PFU-BL CAILBOURDIN CORNETS|another cuvée of Cailbourdin (Les Cornets), not held
-||2022|PFU-BL POUILLY FUME|an appellation alone: four Pouilly-Fumés held
# --- Champagne and elsewhere
gardet_brut|||GARDET~BRUT TRADITION
gardet_rose|cp||GARDET ROSE
-|||CHP-EF GARDET 1ER CRU|another cuvée of Gardet (Brut Réserve Premier Cru), not held
hb_rouge||2015|CH HAUT BERGEY
ampodium||2019|ROSTAING AMPODIUM
-||2019|CRO-RG ROSTAING LANDONNE|another Côte-Rôtie of Rostaing (La Landonne), not held
# --- house wines
-|v||VIN-RG ROUGE DU MOMENT|a generic label: the red of the moment
-|c50||VIN-BL BLANC MAISON|a generic label: the house white
# --- spirits
cointreau|d4||COINTREAU
cointreau|b100||COINTREAU
menthe|d4||MENTHE PASTILLE
dudo_napoleon|d4||DUDOGNON NAPO
-|d4||SPI-CG DUDOGNON|Dudognon: two cognacs held (Réserve, Napoléon)
coca|b33||COCA
-|d4||SPI-WH EDRADOUR 12ANS|another age of Edradour (12 years), not held
-|d4||SPI-LQ GIFFARD CASSIS|another liqueur of Giffard (crème de cassis), not held
# --- beers
ang_blonde|demi||ANG BLONDE
ang_blonde|b33||ANG BLONDE
ang_ipa|pinte||ANG IPA
piautre_ipa|pinte||PIAUTRE IPA
piautre_blanche|b33||PIAUTRE BLCHE
-|demi||BIE-PR PRESSION|a generic label: a demi of draught beer
# --- softs
-|b33||SFT-SO COCA ZERO|Coca-Cola Zéro, not held
-|x||SFT-SO SIROP MENTHE|a mint syrup with water, not held (shares a word with Menthe-Pastille)
# --- kitchen, coffee, cocktails, services
-|x||CUI-PL RILLAUDS D ANJOU|food: rillauds
-|x||CUI-PL CROTTIN CHAVIGNOL|food: the goat cheese of Chavignol
-|x||CUI-DS CREMET D ANJOU|dessert: crémet d'Anjou
-|x||CAF-CH CAFE|coffee
-|x||CKT-MX SOUPE ANGEVINE|a cocktail (Cointreau, crémant, lemon)
-|x||CKT-MX COINTREAU TONIC|a mixed drink, even if it names a held liqueur
-|x||SRV-DV DROIT DE BOUCHON|corkage
"""
