"""BAR till (counter, Casio-type register): what the staff typed.
key|measure|yy|text  for a drink of the library; -|measure|yy|text|reason for none."""
CASES = """
arb_trous|V|22|TROUSS.ROLET
arb_trous|BTL|20|TROUSS.ROLET
arb_trous|V|21|ARB.TROUSSEAU
arb_chard|BTL|19|CHARD.ROLET
poulsard|V|22|POULS.ROLET
poulsard|BTL||PLOUSSARD ROLET
cdj_trad|V|20|CDJ TRAD.BAUD
cdj_trad|BTL|18|CDJ TRAD BAUD
cchalon|BTL|16|CH.CHALON BERTH.
cchalon|V|12|CHAT.CHALON
macvin|V||MACVIN
cremjura|CP||CREM.JURA
cremjura|BTL||CREMANT JURA BRUT
cremjura|MAG||CREM.JURA FRUIT.
bgpn|V|22|BGNE PN FAIVEL.
bgpn|HALF|22|BGNE FAIVELEY
bgpn|BTL|20|BGNE FAIVELEY
chablis|V|22|CHABLIS LAROCHE
chablis|BTL|21|CHABL.LAROCHE
chablis|BTL|20|CHABL.ST MART
morgon|BTL|19|MORGON FOILL.
p45r|P50||CDR PARAL.45
p45r|V|21|P45 JABOUL.
p45r|V|23|PARAL.45 RGE
p45rs|V|23|PARAL.45 ROSE
guigr|P25||CDR GUIGAL
guigb|V|22|CDR BL GUIGAL
jalets|V|21|CROZ.JALETS
combier|V|22|CROZ.COMBIER L
combier|MAG|21|CROZ.COMBIER
combier|MAG|22|COMBIER L
offerus|BTL|19|ST JO.OFFERUS
floureto|BTL|20|VACQ.FLOURETO
cayron|V|20|GIGO CAYRON
cayron|MAG|20|GIGO CAYRON
telegr|BTL|19|CNDP TELEGR.
telegr|BTL|17|CNDP VX TELEG
ponce|V|21|RASTEAU PONCE
vfr|P50|22|VIEILLE FERME
vfb|V|23|V.FERME BLC
villen|V|21|CHAMPIGNY VILLEN.
baudry|V|22|CHINON BAUDRY
vacheron|HALF|23|SANC.VACHERON
pepiere|V|22|MUSCA PEPIERE
larose|BTL|17|LAROSE TRINT.
fonbel|BTL|18|FONBEL
tirecul|V|19|MONBAZ.TIRECUL
liquiere|MAG|21|FAUGERES LIQUIERE
minuty|V|23|M MINUTY
taitt|CP||TAITTINGER
taitt|HALF||TAITT.BRUT RES.
kro|DEMI||KRO
leffe|DEMI||LEFFE
leffe|BTL||LEFFE BLDE
rdlb|PINTE||ROUGET BLONDE
chimay|BTL||CHIMAY BLEUE
ricard|DOSE||RICARD
sapin|DOSE||SAPIN GUY
kirsch|DOSE||KIRSCH FOUG.
laga|DOSE||LAGAVULIN 16 ANS
coca|BTL||COCA
perrier|BTL||PERRIER
baudry|HALF|21|CHINON BAUDRY
morgon|MAG||MORGON FOILLARD
p45r|HALF||CDR PARAL.45
-|V||VIN DU MOMENT|generic glass
-|P50||PICHET BLANC|generic pichet
-|BTL|22|SAVAGNIN ROLET|Rolet's Savagnin is not held (other wine of a held producer)
-|V|22|ARB.PINOT ROLET|Rolet's Pinot Noir not held
-|V|22|CROZ.BL COMBIER|Combier's white Crozes not held
-|BTL|21|HERMITAGE CHAVE|Hermitage not held
-|V||CDJ ROUGE|Côtes du Jura red not held
-|V||SANC.RGE VACHERON|Vacheron's red Sancerre not held
-|||CAFE CREME|coffee
-|||DECA|coffee
-|||CHOCOLAT CHAUD|hot drink
-|||THE VERT|tea
-|||CROQUE MONSIEUR|food
-|||PLAT DU JOUR|food
-|||FORMULE MIDI|lunch menu
-|DEMI||PANACHE|mixed drink
-|DEMI||MONACO|mixed drink
-|V||KIR|mixed drink, generic
-|CP||KIR ROYAL|mixed drink
-|PINTE||PICON BIERE|mixed drink
-|DEMI||GRIMBERGEN|beer not held
-|BTL||HEINEKEN|beer not held
-|DOSE||JAMESON BLACK BARR.|another Jameson, not held
-|DOSE||LAGAVULIN 8 ANS|another age, not held
-|DOSE||MARC BOURGOGNE|marc not held (Marc du Jura is)
-|DOSE||GIN TONIC|mixed drink
-|BTL||COCA CHERRY|soft not held
-|BTL||OASIS|soft not held
-|BTL|19|CH.LANGOA BARTON|wine not held
-|CP||RUINART BLC BLANCS|champagne not held
-|BTL||DRAPPIER ROSE|Drappier's rosé not held
-|V|22|PIC ST LOUP ROSE|Cazeneuve's rosé not held
-|BTL|20|CNDP BLANC TELEGR.|Vieux Télégraphe white not held
"""
