"""What the bar staff typed on the counter register (connection C).

Lines: key|measure|vintage|text, or -FAMILY|measure|vintage|text|reason for a product that is
no drink of the library. The till adds the family, the measure and the vintage (two digits).
"""

SPECS = r"""
gpd|btl|2016|GP DUCASSE
gpd|btl|2017|GP DUCASSE
gpd|mag|2016|GP DUCASSE
prelude|verre|2019|PRELUDE
armailhac|half|2018|ARMAILHAC
armailhac|verre||D ARMAILHAC
lafon|btl|2018|LAFONROCHET
lafon|btl|2016|LAFON ROCH
tourcarnet|verre|2019|TOUR CARNET
tourcarnet|half|2019|TOUR CARNET
tourcarnet|btl|2016|TOUR CARNET
ferriere|btl|2017|CH.FERRIERE
ferriere|btl|2015|FERRIERE
tourdeby|verre||TOUR DE BY
tourdeby|mag|2018|TOUR DE BY
tourdeby|btl|2019|TOUR DE BY
fourcas_r|btl|2018|FOURCAS HOSTEN
fourcas_b|verre||FOURCAS
bouscaut_r|btl|2016|CH.BOUSCAUT
bouscaut_r|btl|2017|BOUSCAUT
couhins|btl|2020|COUHINS
rahoul_b|verre||RAHOUL
soutard|verre|2018|CH.SOUTARD
soutard|btl|2016|SOUTARD
petitsoutard|verre||PETIT SOUTARD
dassault|btl|2018|CH.DASSAULT
destieux|half||DESTIEUX
destieux|btl|2017|DESTIEUX
petitvillage|btl|2015|PT VILLAGE
marjosse_b|verre||MARJOSSE
marjosse_b|btl|2021|MARJOSSE
marjosse_r|pich25||MARJOSSE
jaillance|verre||JAILLANCE
jaubertie_r|verre||JAUBERTIE
jaubertie_p|verre||JAUBERTIE
jaubertie_b|btl|2021|JAUBERTIE
miaudoux_s|verre||MIAUDOUX
champarel|verre||CHAMPAREL
champarel|btl|2020|CHAMPAREL
chmonbazillac|verre||CH.MONBAZILLAC
caillevel|b50|2019|CAILLEVEL
ponzac|btl|2019|PONZAC
biprat|verre||BI DE PRAT
ayala|cp||AYALA
ayala|half||AYALA
ayala_rose|cp||AYALA ROSE
mumm|btl||MUMM
lillet_b|d6||LILLET BLC
lillet_r|d6||LILLETROSE
ricard|d2||RICARD
busca_vsop|dose||ARM VSOP
bache_vsop|d4||COGN VSOP
prune|dose||V.PRUNE
glen12|d4||GLENFID12
glen15|d4||GLENFID15
stella|demi||STELLA
leffe|demi||LEFFE
leffe|b33||LEFFE
cocazero|btl||COCA ZERO
schweppes|btl||SCHWEPPES
milliat|btl||JUS POMME MILLIAT
soutard|mag|2018|SOUTARD
ponzac|half||PONZAC
stella|b33||STELLA
desperados|pinte||DESPERADOS
pelforth|demi||PELFORTH
-CUIS|btl||ASSIETTE CHARCUT|food
-CUIS|btl||CANELE|food
-CUIS|btl||FOIE GRAS|food
-CAFE|btl||EXPRESSO|coffee
-CAFE|btl||IRISH COFFEE|mixed drink
-DIV|btl||DROIT BOUCHON|service
-ROUGE|verre||DU MOMENT|generic glass
-ROUGE|pich50||MAISON|generic carafe
-ROSE|pich25||MAISON|generic carafe
-ROUGE|verre||POMEROL|appellation alone, five Pomerols held
-ROUGE|btl|2018|ST EMILION GC|appellation alone, several held
-ROUGE|verre||CAHORS|appellation alone, four Cahors held
-ROUGE|verre||MADIRAN|appellation alone, three Madirans held
-BLANC|verre||ENTREDEUXMERS|appellation alone, three held
-BLANC|verre||JURANCON|two dry Jurançons held
-MOEL|verre||SAUTERNES|no Sauternes held
-ROUGE|btl|2018|GD PUY LACOSTE|another estate sharing a word
-ROUGE|btl||MOUTON CADET|brand not held
-ROSE|btl|2023|CH.MARJOSSE|no Marjosse rosé held
-BLANC|verre||TOUR CARNET|no white of La Tour Carnet held
-BULLE|cp||CHAMPAGNE|generic, several champagnes held
-BULLE|cp||MUMM ROSE|cuvée not held
-APERO|btl||KIR|mixed drink
-APERO|btl||LILLET TONIC|mixed drink
-APERO|d6||LILLET|two Lillets held
-DIGEST|dose||ARMAGNAC|several armagnacs held
-DIGEST|d4||BUSCA HDA|age not held
-DIGEST|d4||GLENFID18|age not held
-DIGEST|d4||COGNAC VS|grade not held
-BIERE|demi||PRESSION|generic, two kegs held
-BIERE|demi||MONACO|mixed drink
-BIERE|demi||GRIMBERGEN|beer not held
-SOFT|btl||COCA CHERRY|variant not held
"""
