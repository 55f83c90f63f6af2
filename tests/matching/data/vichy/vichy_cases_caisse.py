"""Bar register: key|measure|typed vintage|name as keyed (or -|measure|vintage|name|reason)."""
CASES = """
fic_r|glass|2023|FICELLE RGE
fic_b|glass||FICELLE BLC
fic_rs|p25||FICELLE ROSE
fic_r|p50||FICELLE RGE
neb_r|glass|2022|NEBOUT RGE
neb_b|g15||NEBOUT BLC
uv_res|glass||ST POURC RESERVE SPE
grosbot|glass||GROSBOT BLC
miol|glass|2021|VOLCANE MIOLANNE
goig|glass||CHATEAUGAY GOIG
sv_rs|p25||CDA ROSE ST VERNY
jol_sanc|glass|2022|SANCERRE JOLIVET
cro_sanc|glass||SANCERRE CROCHET
tracy|glass||POUILLY FUME TRACY
lar_chab|glass||CHABLIS LAROCHE
chab_pier|glass||CHABLIS PIERRELEE
dub_bv|p50||BEAUJ VILLAGES
chaize|glass|2022|BROUILLY CHAIZE
bailly|coupe||CREMANT BAILLY
boll|coupe||BOLLINGER
lp_rs|coupe||LP ROSE
ruin_bdb|coupe||RUINART BDB
k1664_k|demi||PRESS 1664
k1664_k|pinte||PRESS 1664
grimb_k|demi||PRESS GRIMBERGEN
grimb_k|pinte||PRESS GRIMB
guin_k|pinte||PRESS GUINNESS
k1664_b|b25||1664 BTL
leffe|b33||LEFFE BLDE
chimay|b33||CHIMAY BLEUE
desper|b33||DESPERADOS
glen12|c4||GLENFIDDICH 12ANS
laga16|c4||LAGAVULIN 16ANS
remy|c4||COGNAC REMY VSOP
verv_v|c4||VERVEINE VERTE
verv_j|c2||VERVEINE JAUNE
prune|c4||VIEILLE PRUNE
get27|c4||GET27
aveze|c4||AVEZE
ricard|c2||RICARD
mart_b|c4||MARTINI BLC
magloire|c4||CALVA PAYS AUGE
lillet|glass||LILLET
tay10|glass||PORTO TAYLOR 10ANS
celest|b50||CELESTINS
celest|b125||VICHY CELESTINS
styorre|b50||ST YORRE
styorre|b115||ST YORRE
chateldon|b75||CHATELDON
fic_r|glass|2021|FICELLE RGE
neb_r|glass|2021|NEBOUT RGE
neb_b|glass|2023|NEBOUT BLC
miol|glass|2019|VOLCANE
jol_sanc|glass|2023|SANCERRE JOL
cro_sanc|glass|2021|SANC CROCHET
lar_chab|glass|2023|CHABLIS LAR
chaize|glass|2023|BROUILLY
dub_bv|p25|2022|BJL VILLAGES
foi_py|glass|2022|MORGON PY
baud_gr|glass|2021|CHINON GREZ
cham_r|glass|2021|MERCUREY RGE
fomb|glass|2019|FOMBRAUGE
serol|glass|2021|ECLAT GRANITE
-|||CAFE|coffee
-|||CHOCOLAT CHAUD|hot drink
-|||CROQUE MONSIEUR|food
-|||PASTILLES VICHY|sweets (Vichy pastilles), not a water
-|glass||VIN ROUGE|generic wine
-|p50||ROUGE MAISON|generic house wine
-|glass||BLANC MAISON|generic house wine
-|glass||ST POURCAIN RGE|several Saint-Pourçain reds held (Ficelle, Réserve Spéciale, Nebout, Bellevue)
-|glass||ST POURCAIN BLC|several Saint-Pourçain whites held (Ficelle, Nebout, Grosbot-Barbara)
-|glass||SANCERRE|two Sancerre blancs held (Jolivet, Crochet) and a rouge
-|glass||CHABLIS|two village Chablis held (Laroche, La Chablisienne)
-|coupe||COUPE CHAMPAGNE|generic champagne, several held
-|glass||KIR|mixed drink
-|coupe||KIR ROYAL|mixed drink
-|pinte||PRESS PANACHE|mixed drink
-|demi||PRESS MONACO|mixed drink
-|demi||PRESS BLANCHE|no white beer on draught
-|c4||PASTIS|two pastis held (Ricard, 51)
-|c4||GENTIANE|two gentianes held (Avèze, Salers)
-|c4||VERVEINE|two Verveines du Velay held (verte, jaune)
-|c4||GLENFIDDICH 15ANS|age not held (12 and 18 held)
-|c4||WHISKY|generic
-|c4||MANZANA|liqueur not held
-|b33||COCA LIGHT|Coca-Cola Light not held
-|b25||SCHWEPPES LEMON|Schweppes Lemon not held
-|b25||JUS ORANGE|orange juice not held
-|glass||DIABOLO MENTHE|syrup drink
-|c4||AMERICANO|cocktail
styorre|b100||ST YORRE
celest|b100||CELESTINS
celest|b33||CELESTINS
badoit|b50||BADOIT
leffe|demi||PRESS LEFFE
chimay|pinte||PRESS CHIMAY
fic_r|mag||FICELLE RGE
jol_sanc|mag||SANCERRE JOLIVET
"""
CASES = [l for l in CASES.strip().splitlines() if l.strip()]
