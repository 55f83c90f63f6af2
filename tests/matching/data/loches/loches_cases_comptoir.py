"""comptoir: the bar's touch-screen register (buttons programmed by the owner).

One button a line: key|measure|vintage|text  (text as typed on the button, capitals),
or -FAM|measure|vintage|text|reason for what the library does not hold.
The till prints measure + text + two-digit vintage and cuts the line at 16 columns.
"""

CASES = """
# --- Touraine whites and rosé by the glass / pichet
corb_sauv|G|2023|CORBILL
corb_sauv|P25|2023|CORBILLIERES
corb_sauv|G|2021|CORBILL
corb_rose|G|2023|ROSE CORBILL
ricard_petiot|G15|2024|PETIOT RICARD
ricard_petiot|P50|2021|PETIOT
-VB|G||TOUR SAUV|Touraine sauvignon without a producer: Corbillières and Marteau both held
# --- Touraine reds
marionnet_pv|G|2023|MARIONNET GAMAY
marionnet_pv|G|2021|MARIONNET
-VR|G||GAMAY|gamay alone: Marionnet and Delaunay both gamays
-VR|G||VIN ROUGE|generic house red
dutertre_prestige|G|2021|AMB RGE
dutertre_prestige|G15|2019|AMB RGE
# --- Chinon, Bourgueil
baudry_grezeaux|G|2020|GREZEAUX
baudry_grezeaux|P50|2019|CHIN GREZEAUX
baudry_grezeaux|G|2018|GREZEAUX
baudry_grezeaux|B|2021|GREZEAUX
baudry_grezeaux|H|2020|GREZEAUX
baudry_domaine|G|2022|BAUDRY DOMAINE
alliet_vv|G|2020|ALLIET VV
alliet_vv|G15|2021|ALLIET
alliet_vv|M|2020|ALLIET
noblaie_cerises|G|2023|TEMPS CERISES
noblaie_cerises|G|2021|CERISES
couly_madeleine|G|2020|MADELEINE
-VR|G||CHINON|Chinon alone: five Chinon reds held
-VR|P50||CHIN JOGUET|Chinon of Charles Joguet, not held
breton_trinch|G|2023|TRINCH
breton_trinch|P25|2021|TRINCH
breton_trinch|M|2022|TRINCH
butte_pied|G|2022|PIED BUTTE
-VR|G||BOURGUEIL|Bourgueil alone: Trinch!, Haut and Pied de la Butte held
amirault_source|G|2023|AMIRAULT
villeneuve_champigny|G|2020|CHAMPIGNY
# --- Vouvray, Montlouis, Cheverny
huet_hautlieu|G|2022|HUET SEC
huet_hautlieu|G|2021|HUET SEC
huet_hautlieu|H|2022|HUET SEC
huet_mont|G|2019|HUET 1/2 SEC
-VB|G||VOUVRAY|Vouvray alone: four Vouvrays held
champalou_moelleux|G|2018|VOUV MOELLEUX
chidaine_choisilles|G|2022|CHOISILLES
chidaine_choisilles|G|2023|CHOISIL
-VB|G||MONTLOUIS|Montlouis alone: four Montlouis held
huards_pure|G|2023|CHEVERNY BLC
huards_pure|G|2021|PURE
# --- elsewhere
vacheron_sancerre|G|2023|SANCERRE
cambon|G|2017|CAMBON
esclans_wa|M|2022|WHISPERING ANGEL
# --- bubbles
careme_brut|CP||VOUVRAY BRUT
monmousseau_brut|CP||CREMANT BRUT
monmousseau_rose|M||CREMANT ROSE
drappier_cdo|CP||CHAMPAGNE
drappier_cdo|B||DRAPPIER
-VE|CP||KIR ROYAL|cocktail
-AP|G||KIR|cocktail (kir vin blanc)
# --- aperitifs
ricard|D||RICARD
-AP|D||PASTIS51|Pastis 51, not held (Ricard is)
lillet_blanc|G||LILLET BLANC
-AP|G||LILLET|Lillet alone: Blanc and Rosé held
martini_bianco|D||MARTINI BLC
-AP|D||MARTINI ROUGE|Martini Rosso, not held
-AP|G||SPRITZ APEROL|cocktail
graham_six|G||PORTO
# --- spirits
frapin_vsop|D||COGNAC VSOP
frapin_xo|D2||FRAPIN XO
-DG|D||COGNAC VS|a VS cognac, not held (VSOP and XO are)
drouin_vsop|D||CALVA DROUIN
chartreuse_verte|D||CHARTREUSE V
-DG|D||CHARTR JAUNE|Chartreuse Jaune, not held
glenfiddich12|D||GLENFIDDICH12
-DG|D||GLENF18|Glenfiddich 18 ans, not held
talisker10|D||TALISKER
-DG|D||TALISK STORM|Talisker Storm, not held
trois_rivieres|D||3 RIVIERES BLC
get27|D||GET27
# --- beers
turone_blonde|DE||TURONE
turone_blonde|PI||TURONE BLDE
turone_blonde|C33||TURONE BLONDE
turone_ambree|DE||TURONE AMBREE
grimbergen_blanche|DE||GRIMBERGEN
loirette|PI||LOIRETTE
chouffe|C33||CHOUFFE
chouffe|DE||CHOUFFE
-BI|DE||PANACHE|panaché, a mixed drink
-BI|PI||PICON BIERE|picon bière, a mixed drink
# --- softs
coca|C33||COCA
coca|C100||COCA
-SO|C33||COCA CHERRY|Coca-Cola Cherry, not held
orangina|C25||ORANGINA
schweppes_tonic|C25||SCHW TONIC
-SO|C25||SCHWEPPES|Schweppes alone: Tonic and Agrumes held
evian|C50||EVIAN
evian|C33||EVIAN
# --- hot drinks, food
-BC|||CAFE|coffee
-BC|||CAFE CREME|coffee
-CU|||CROQUE MONSIEUR|food
-CU|||RILLONS|food
-CU|||FROMAGE STE MAURE|food
"""
