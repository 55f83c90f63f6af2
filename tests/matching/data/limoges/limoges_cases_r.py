"""What the staff typed on R (the dining-room cash register).

expect|key|measure|vintage|text|reason   (key "-FAM" for a product that is no drink of the library)
"""
SPECS = """
y|cissac||16|CISSAC
y|cissac|HALF|18|CISSAC
a|cissac||17|CISSAC
y|larose|MAG|16|LAROSE TRINTAUDON
y|fonreaud||17|FONREAUD
a|fonreaud||15|FONREAUD
y|reynon||19|REYNON
a|reynon||20|REYNON
y|fombrauge|VRE|18|FOMBRAUGE
y|bonalgue|HALF|19|BONALGUE
a|bonalgue|HALF|17|BONALGUE
n|bonalgue|MAG||BONALGUE|
y|parenchere|P50||PARENCHERE
y|hautbergeron|VRE||HT BERGERON SAUT
y|hautbergeron|HALF|17|HT BERGERON
y|jaubertie_r|VRE||JAUBERTIE RGE
y|tiregand||19|TIREGAND
a|tiregand||18|TIREGAND
y|monbazillac|CL50|16|MONBAZILLAC
y|lecedre||16|LE CEDRE
a|lecedre||17|LE CEDRE
y|cedreher||21|CEDRE HERITAGE
a|lagrezette||16|LAGREZETTE
n|lagrezette|MAG|17|LAGREZETTE|
y|coutale|MAG|19|COUTALE
a|coutale|MAG|18|COUTALE
y|coutale|P25||COUTALE
y|grezeaux||19|CHINON GREZEAUX
y|joguet||20|JOGUET TERROIR
y|coudraye||21|COUDRAYE
a|coudraye||19|COUDRAYE
y|villeneuve|HALF|20|VILLENEUVE
y|crochet_r|VRE||SANCERRE RGE
a|pepiere||21|MUSCADET
y|morgon||22|MORGON COTE PY
a|morgon||20|MORGON
y|moriers|VRE||FLEURIE
y|jacques||19|MOULIN A VENT
y|ancien|VRE||BEAUJ L ANCIEN
y|delas_r|HALF|20|CDR DELAS RG
y|delas_r||21|CDR DELAS RG
a|delas_r||19|CDR DELAS RG
y|delas_rs||23|CDR DELAS ROSE
y|brocard|HALF|22|CHABLIS BROCARD
a|brocard||20|CHABLIS
y|saumaize||21|POUILLY FUISSE
y|taitt|MAG||TAITT BRUT RES
y|taitt_rs||TAITT ROSE
y|feuillatte|COUPE||FEUILLATTE
y|langlois|COUPE||CREMANT LOIRE
y|maison_r|P25||ROUGE MAISON
y|maison_rs|P50||ROSE MAISON
y|maison_b|VRE||BLANC MAISON
y|k1664|DEMI||1664
y|grimb_bd|DEMI||GRIMBERGEN
y|ricard|DOSE2||RICARD
y|pineau|DOSE6||PINEAU
y|ferrand|DOSE||FERRAND 1840
y|delord|DOSE|90|DELORD
a|delord|DOSE|88|DELORD
y|calva|DOSE||CALVA PERE MAGLOIRE
n|-CU|||MENU OUVRIER|food: the workers' lunch menu
n|-CU|||PLAT DU JOUR|food
n|-CU|||ENTRECOTE LIMOUSINE|food
n|-CU|||CLAFOUTIS|food
n|-CU|||CAFE|coffee
n|-CU|||DROIT BOUCHON|service: corkage
n|-RG|P25||VIN ROUGE|generic: no wine named
n|-RG|||QUART VIN COMPRIS|generic: the menu's included quarter
n|-BL|VRE||VIN BLANC|generic
n|-RG||18|SAINT EMILION|appellation alone: two Saint-Émilion Grand Cru held (Fombrauge, Pressac)
n|-RG||19|HAUT MEDOC|appellation alone: Cissac and Larose-Trintaudon held
n|-RG|VRE||CAHORS|appellation alone: four Cahors held
n|-RG|VRE||CHINON|appellation alone: three Chinon held
n|-RG||20|BERGERAC ROUGE|appellation alone: Jaubertie, L'Abbaye and the house BIB are red Bergerac
n|-RG||18|CEDRE GC|another cuvée of Château du Cèdre (GC), not held
n|-RG||19|PIGEONNIER LAGREZETTE|Le Pigeonnier, Lagrézette's other cuvée, not held
n|-RS||23|JAUBERTIE ROSE|a colour of Jaubertie not held
n|-BL||21|REYNON BLANC|a colour of Reynon not held
n|fombrauge|HALF|18|FOMBRAUGE|
n|-RG||18|CALECHES CISSAC|second wine of Cissac (Les Reflets / Calèches) not held
n|-RG||19|MONPLAISIR TRAD|Haut-Monplaisir Tradition, another cuvée, not held
n|-BU|COUPE||TAITTINGER BRUT|the cut leaves Taittinger alone: Brut Réserve and Prestige Rosé held
n|-BU|||TAITT COMTES|Comtes de Champagne, not held
n|-BI|DEMI||PANACHE|mixed drink
n|-BI|PINTE||BIERE BLONDE|generic: three blondes held
n|pelforth|DEMI||PELFORTH|
n|-SO|||DIABOLO MENTHE|mixed soft, not held
n|-AP|||KIR|mixed aperitif
n|-AP|||KIR ROYAL|mixed aperitif
n|-DI|DOSE||REMY 1738|Rémy Martin 1738, not held
n|-DI|DOSE||HENNESSY XO|Hennessy XO, not held (VS held)
n|-DI|DOSE||LAUBADE 20ANS|Laubade 20 ans, not held (VSOP, XO held)
n|-DI|DOSE||COGNAC|generic: four cognacs held
n|-DI|DOSE||PRUNE|eau-de-vie not held
"""
