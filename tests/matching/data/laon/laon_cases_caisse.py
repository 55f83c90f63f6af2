"""caisse: what the staff keyed on the counter register (key|measure|vintage|text|reason).

key "-" is a product that is no drink of the library (reason says why). The register renders
the text in ASCII capitals, adds the two-digit vintage, cuts at 20 columns and adds the size
code; the answer is computed from what is left on the label.
"""
CASES = """
polres|gl12||POL ROGER BRUT RES|
polres|b150||POL ROGER BRUT RES|
polbdb|b75|2015|POL ROGER BDB|
polbdb|b75|2014|POL ROGER BDB|
polbdb|b75|2013|POL ROGER BLANC DE BLANCS|
polros|b75|2015|POL ROGER ROSE|
polros|b75|2012|POL ROGER ROSE VINT|
polswc|b75|2013|SIR WINSTON CHURCHILL|
bsres|gl12||BILLECART BRUT RES|
bsros|b37||BILLECART ROSE|
bsbdb|b75||BILLECART BDB GD CRU|
vccj|gl12||VEUVE CLICQUOT BRUT|
vcgd|b75|2012|GRANDE DAME|
vcgd|b75|2008|GRANDE DAME CLICQUOT|
moetros|b75||MOET ROSE IMPERIAL|
bolsc|b150||BOLLINGER SPECIAL CUV|
bolga|b75|2015|BOLLINGER GDE ANNEE|
bolga|b75|2013|BOLLINGER GA|
roed244|b75||ROEDERER COLL 244|
pannsel|gl12||PANNIER SELECTION|
drapcdo|gl12||DRAPPIER CARTE D'OR|
drapcdo|b150||DRAPPIER CARTE D'OR|
gimcuis|gl15||GIMONNET CUIS 1ER CRU|
gimfleu|b75|2017|GIMONNET FLEURON|
eglytrad|b75||EGLY-OURIET TRADITION|
ratafia|dose||RATAFIA DRAPPIER|
coteauxch|gl12|2018|BOUZY ROUGE BARA|
sancbourg|gl15|2022|SANCERRE BOURGEOIS|
sancbourg|b75|2021|MONTS DAMNES|
sancvach|c50|2021|SANCERRE VACHERON|
ladouc|c25|2021|PF LADOUCETTE|
ladouc|b37|2022|PF LADOUCETTE|
ladouc|b75|2020|PF LADOUCETTE|
dagpur|b75|2018|DAGUENEAU PURSANG|
dagpur|b75|2019|DAGUENEAU PUR SANG|
baudgrez|c50|2018|CHINON GREZEAUX|
villchamp|c50|2021|SAUMUR CHAMPIGNY VILLENEUVE|
baumard|b50|2019|LAYON BAUMARD|
brocste|c25|2023|CHABLIS BROCARD|
brocste|b150|2021|CHABLIS BROCARD|
brocmont|c25|2019|CHABLIS MONTMAINS|
faivgev|gl15|2020|GEVREY FAIVELEY|
parentpom|b75|2018|POMMARD PARENT|
lagrange|b75|2014|CH LAGRANGE|
lagrange|b150|2016|CH LAGRANGE|
tsb|b37|2018|TOUR ST BONNET|
fieuzalb|gl12|2020|FIEUZAL BLANC|
cdrguigal|c50|2020|CDR GUIGAL|
goudalep|demi||GOUDALE PRESSION|
goudalep|pinte||GOUDALE PRESSION|
page24p|pinte||PAGE 24 AMBREE|
chtiblp|demi||CH'TI BLANCHE|
jenlamb|b75||JENLAIN AMBREE|
troismonts|b33||3 MONTS|
wambre|dose||GENIEVRE WAMBRECHIES|
wambre8|dose||GENIEVRE WAMBRE 8 ANS|
houlle|d2||GENIEVRE HOULLE|
lagav16|dose||LAGAVULIN 16 ANS|
picon|d2||PICON BIERE|
evian|b50||EVIAN|
-|gl12||CHAMPAGNE DU MOMENT|generic: the champagne of the moment
-|b75||KRUG GRANDE CUVEE|a house the library does not hold
-|b75||DOM PERIGNON|a cuvée the library does not hold
-|b75||BOLLINGER ROSE|Bollinger's rosé is not held
-|b75||RUINART ROSE|Ruinart's rosé is not held
moetros|b150||MOET ROSE IMPERIAL|
ruibdb|b150||RUINART BLANC BLANCS|
gossetgr|b37||GOSSET GDE RESERVE|
taitres|b150||TAITTINGER BRUT RES|
bsbdb|b37||BILLECART BDB GD CRU|
chimayb|demi||CHIMAY BLEUE|
orval|pinte||ORVAL|
goudalep|b33||GOUDALE|
-|dose||LAGAVULIN 8 ANS|an age the library does not hold
-|dose||GENIEVRE WAMBRE 12 ANS|an age the library does not hold
-|dose||WHISKY MAISON|generic house whisky
-|c50||PICHET ROUGE MAISON|generic house red
-|gl12||VIN BLANC DU MOMENT|generic
-|b75||SANCERRE ROSE VACHERON|Vacheron's rosé is not held
-|b75||SANCERRE|appellation alone: three Sancerres held
-|gl12||CHABLIS 1ER CRU|appellation alone: two Chablis premiers crus held
-|b75||CHINON BLANC BAUDRY|Baudry's white is not held
-|b75||ARUMS DE LAGRANGE|Lagrange's white is not held
-|b75||CLOS DU MARQUIS|a Saint-Julien the library does not hold
-|dose||HENNESSY VSOP|a cognac the library does not hold
-|||CROQUE MONSIEUR|food
-|||FICELLE PICARDE|food
-|||FLAMICHE POIREAUX|food
-|||CAFE|coffee
-|||CAFE GOURMAND|coffee and desserts
-|||THE VERT|tea
-|||DROIT DE BOUCHON|corkage
-|d2||SIROP MENTHE|a syrup the library does not hold
-|b33||LIMONADE|a soft the library does not hold
-|b100||EAU PLATE|generic water
-|gl12||KIR ROYAL|a cocktail, not a library drink
-|pinte||LEFFE BLONDE|a beer the library does not hold
-|demi||PANACHE|a shandy, not a library drink
-|b33||DESPERADOS|a beer the library does not hold
"""
