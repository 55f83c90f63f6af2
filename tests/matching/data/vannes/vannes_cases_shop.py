"""What the shop counter's barcode till holds as article names: key|measure|vintage|text,
or -|measure|vintage||text|reason for an article that is no drink of the library."""
CASES = """
amphib|btl|2023|MUSCADET AMPHIBOLITE LANDRON
amphib|mag|2022|MUSCADET AMPHIBOLITE
fief|btl|2019|MUSCADET FIEF DU BREIL LANDRON
granite|btl|2020|ECU GRANITE
allees|btl|2023|LUNEAU PAPIN CLOS DES ALLEES
allees|half|2022|CLOS DES ALLEES
excelsior|btl|2017|LUNEAU-PAPIN EXCELSIOR GOULAINE
monnieres|btl|2018|CAILLE FAY D'HOMME MONNIERES
thebaud|btl|2019|HUCHET CH.THEBAUD
baronnes|btl|2023|SANCERRE LES BARONNES BOURGEOIS
montsdamnes|btl|2020|SANCERRE MONTS DAMNES
moussiere|btl|2022|MELLOT SANCERRE MOUSSIERE
moussiere|half|2022|MELLOT MOUSSIERE
ladoucette|btl|2022|POUILLY FUME DE LADOUCETTE
careme|btl|2022|VOUVRAY SEC CAREME
jalousie|btl|2020|SAVENNIERES LA JALOUSIE CLOSEL
papillon|btl|2019|SAVENNIERES CLOS DU PAPILLON
aubance|c50|2018|COTEAUX AUBANCE MONTGILET
langlois|btl||CREMANT DE LOIRE BRUT LANGLOIS CHATEAU
langloisrose|btl||CREMANT LOIRE ROSE LANGLOIS
dioterie|btl|2018|CHINON CLOS DIOTERIE JOGUET
phelan|btl|2016|PHELAN SEGUR SAINT ESTEPHE
phelan|mag|2015|PHELAN SEGUR
frank|btl|2018|FRANK PHELAN
cantemerle|half|2017|CANTEMERLE HAUT MEDOC
carbor|btl|2018|CARBONNIEUX ROUGE
reynon|btl|2023|CHATEAU REYNON BLANC
coutet|half|2015|CHATEAU COUTET BARSAC
steclaire|btl|2023|BROCARD CHABLIS SAINTE CLAIRE
montmains|btl|2020|CHABLIS 1ER CRU MONTMAINS BROCARD
fuisse|btl|2021|CHATEAU FUISSE TETE DE CRU
matrot|btl|2020|MEURSAULT MATROT
minuty|btl|2023|M DE MINUTY ROSE
cartedor|btl||DRAPPIER CARTE D'OR BRUT
cartedor|half||DRAPPIER CARTE D'OR
carpediem|btl||CIDRE KERVEGUEN CARPE DIEM
kervbrut|btl||CIDRE BRUT KERVEGUEN
chouchen|btl||CHOUCHEN WARENGHEM
pommeau|c70||POMMEAU DE BRETAGNE KERVEGUEN
morbrazb|c33||MOR BRAZ BLONDE
armdouble|c70||ARMORIK DOUBLE MATURATION
armclassic|btl||WHISKY ARMORIK CLASSIC
glannarmor|c70||GLANN AR MOR SINGLE MALT
lagavulin|c70||LAGAVULIN 16 ANS ISLAY
havana3|c70||HAVANA CLUB 3 ANS
lambig|c70||LAMBIG GORVELLO
amphib|btl|2021|AMPHIBOLITE LANDRON
fief|btl|2022|FIEF DU BREIL
granite|btl|2022|ECU GRANITE
allees|btl|2021|CLOS DES ALLEES
clisson|btl|2019|CORMERAIS CLISSON
baronnes|btl|2024|LES BARONNES
careme|btl|2023|VOUVRAY SEC CAREME
phelan|btl|2018|PHELAN SEGUR
cantemerle|btl|2016|CANTEMERLE
carbob|btl|2019|CARBONNIEUX BLANC
steclaire|btl|2021|CHABLIS STE CLAIRE
matrot|btl|2021|MEURSAULT MATROT
minuty|mag|2022|M DE MINUTY
-||||SAC KRAFT 2 BOUTEILLES|sundry
-||||COFFRET BOIS 3 BTL|gift box
-||||ETUI CADEAU 1 BTL|gift box
-||||CARTE CADEAU 50 EUR|gift card
-||||TIRE-BOUCHON LIMONADIER|accessory
-||||VERRE A VIN GRAVE ECLUSE|accessory
-||||CONSIGNE CAISSE BOIS|deposit
-||||RILLETTES DE THON|grocery
-||2021||SARDINES MILLESIMEES|grocery (vintage sardines)
-||||FLEUR DE SEL GUERANDE|grocery
-||||MUSCADET SEVRE ET MAINE SUR LIE|appellation alone, several held
-||||CIDRE BRUT|generic cider, several held
baronnes|mag|2023|SANCERRE LES BARONNES
granite|half|2021|MUSCADET GRANITE ECU
matrot|mag|2019|MEURSAULT MATROT
phelan|half|2016|PHELAN SEGUR
frank|mag|2018|FRANK PHELAN
chouchen|half||CHOUCHEN WARENGHEM
ricard|c70||RICARD
chouchen|c50||CHOUCHEN
kerisac|c75||KERISAC CIDRE BRUT
armclassic|c50||ARMORIK CLASSIC
-||||ARMORIK SHERRY CASK|another Armorik, not held
-||||GLANN AR MOR KORNOG|the distillery's peated malt, not held
-||||EDDU GREY ROCK|another Eddu, not held
-||||LAGAVULIN 8 ANS|an age not held
-||||TALISKER STORM|another Talisker, not held
-||||HAVANA CLUB ESPECIAL|another rum of the brand
-||||1L RHUM J.M BLANC 50|rum not held
-||2020||DAGUENEAU SILEX|Dagueneau's other wine
-||2022||SANCERRE ROUGE BOURGEOIS|red Sancerre, not held
-||2020||CHABLIS VAILLONS BROCARD|Brocard's other premier cru
-||2019||BAUMARD CLOS DU PAPILLON|Papillon held only from Closel
-||||CHAMPAGNE DRAPPIER ROSE|another cuvee of Drappier
-||||BILLECART BLANC DE BLANCS|another cuvee of Billecart
-||2023||MINUTY PRESTIGE ROSE|another cuvee of Minuty
-||||IGP VAL DE LOIRE SAUVIGNON|generic wine
"""
