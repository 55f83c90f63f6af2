"""BAR: the counter's cash register. key|measure|vintage|text, or -|measure|vintage|family|text|reason."""
CASES = """
sancvach|v|23|SANCERRE VACH
sancvach|half|22|SANCERRE VACH
sancvachr|v|21|SANC RGE VACH
pfladou|btl|20|PF BARON DE L
pfladouc|v||PF LADOUCETTE
musclun|v|23|MUSCADET LUNEAU
musclun|p25||MUSCADET LUNEAU
chinbaud|v|22|CHINON GRANGES
chinbaud|mag|20|CHINON BAUDRY
chinbaudcroix|btl|19|CHINON CROIX BOISSEE
layonbaum|v|20|LAYON BAUMARD
fombrauge|btl|16|CH FOMBRAUGE
fombrauge|btl|17|CH FOMBRAUGE
fombrauge|half|18|CH FOMBRAUGE
chasse|btl|15|CHASSE SPLEEN
chasse|btl|16|CHASSE SPLEEN
chasse|v||CHASSE SPLEEN
meyney|btl|19|CH MEYNEY
prieurmey|btl|18|PRIEUR DE MEYNEY
cantemerle|btl|19|CH CANTEMERLE
coutet|half|17|CH COUTET BARSAC
chabbroc|v|23|CHABLIS BROCARD
chabbroc|btl|21|CHABLIS BROCARD
chabmont|btl|21|CHABLIS 1ER MONTMAINS
mercfaiv|v|21|MERCUREY FAIVELEY
gevrossi|btl|20|GEVREY ROSSIGNOL
gevrossi|half|20|GEVREY ROSSIGNOL
morgfoil|v|22|MORGON FOILLARD
brouthiv|p25|22|BROUILLY THIVIN
cdpvt|mag|17|CDP VX TELEGRAPHE
riestrim|v|21|RIESLING TRIMBACH
chchalon|btl|16|CH CHALON BERTHET
hortus|v|22|HORTUS BERGERIE
cdroses|v|23|COTE DES ROSES
miraval|v|23|MIRAVAL ROSE
miraval|mag|21|MIRAVAL
montus|btl|17|MONTUS BRUMONT
ruinbdb|cp||RUINART BDB
billres|cp||BILLECART BRUT
drapcarte|cp||DRAPPIER CARTEDOR
dupcidre|bol||CIDRE DUPONT
dupcidre|b33||CIDRE DUPONT
huetcidre|bol||CIDRE HUET CAMBREMER
huetcidre|p50||CIDRE HUET
duppommeau|dose||POMMEAU DUPONT
boulardxo|dose||BOULARD XO
boulardgs|dose||BOULARD GD SOLAGE
groult8|dose||GROULT 8ANS
benedictine|dose||BENEDICTINE
affligem|pinte||AFFLIGEM
pelfbrune|demi||PELF BRUNE
brooklyn|demi||BROOKLYN LAGER
orval|btl||ORVAL
k1664|btl||1664
ricard|dose||RICARD
aperol|dose||APEROL
glenf12|dose||GLENFID 12ANS
citadelle|dose||GIN CITADELLE
orangina|btl||ORANGINA
-|-||CUI|CROQUE MONSIEUR|food
-|-||CAF|CAFE|coffee
-|-||CAF|CAFE CALVA|coffee with calvados
-|v||VIN|ROUGE MAISON|house wine not in the library
-|dose||NOR|CALVA|generic calvados, nine held
-|dose||NOR|CALVA BOULARD|two Boulard calvados held
-|dose||NOR|CALVA BREUIL|two Château du Breuil held
-|dose||NOR|POMMEAU|two pommeaux held
-|bol||NOR|CIDRE BRUT|generic cider
-|v||VIN|SANCERRE|two Sancerre colours held
-|btl|21|VIN|CHINON BAUDRY|two Chinon of Baudry held
-|btl|20|VIN|POUILLY FUME|two Pouilly-Fumé held
-|btl|22|VIN|CHABLIS GC BROCARD|grand cru not held
-|btl|18|VIN|CH MEYNEY BLANC|colour not held
-|v|22|VIN|MORGON|generic Morgon
-|btl|21|VIN|GIGONDAS BLANC|colour not held
-|btl|19|VIN|CDP BLANC VX TELEGR|colour not held
-|btl||CHP|DOM PERIGNON|champagne not held
-|cp||CHP|COUPE CHAMPAGNE|generic
-|cp||CHP|RUINART R DE RUINART|another Ruinart cuvée
-|btl||CHP|BILLECART BDB|another Billecart cuvée
-|pinte||BIE|PANACHE|mixed drink
-|demi||BIE|PELFORTH|two Pelforth on draught
-|pinte||BIE|PICON BIERE|mixed drink
-|btl||BIE|LEFFE BLONDE|beer not held
-|dose||APE|KIR|mixed drink
-|dose||APE|KIR NORMAND|mixed drink
-|dose||APE|PASTIS51|not held
-|dose||ALC|GLENFID 15ANS|age not held
chasse|half|15|CHASSE SPLEEN
cdpvt|half|19|CDP VX TELEGRAPHE
chouffe|pinte||CHOUFFE
miraval|half|23|MIRAVAL
sancvach|btl|21|SANCERRE VACH
chinbaud|btl|19|CHINON GRANGES
musclun|btl|21|MUSCADET LUNEAU
mercfaiv|btl|19|MERCUREY FAIV
gevrossi|btl|21|GEVREY ROSSIGNOL
morgfoil|btl|20|MORGON FOILLARD
gigcosme|btl|19|GIGONDAS COSME
hortus|btl|20|HORTUS
riestrim|btl|19|RIESLING TRIMB
chchalon|btl|14|CH CHALON
meyney|btl|17|CH MEYNEY
miraval|btl|21|MIRAVAL ROSE
"""
