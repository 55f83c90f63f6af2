"""tablette (waiters' tablet): key|measure|vintage|text as the waiters typed the buttons."""
CASES = """
briords|btl|2022|muscadet clos des briords
briords|vre|2020|muscadet briords
briords|btl|2019|muscadet briords pépière
briords|mag|2020|clos des briords
pepie|vre||muscadet la pépie
pepie|half||la pépie pépière
granite|btl|2021|écu granite
amphibolite|btl|2023|amphibolite jo landron
amphibolite|vre|2022|amphibolite
allees|btl|2020|luneau-papin clos des allées
ldor|btl|2019|l'd'or luneau-papin
ldor|mag|2020|l d'or luneau-papin
grosplant|p50|2023|gros plant herbauges
grosplant|btl||gros-plant
sancerreb|vre|2023|sancerre blanc
sancerreb|half|2023|sancerre vacheron
sancerrer|btl|2021|sancerre rouge vacheron
sancerrer|btl|2022|sancerre rge
blancfume|btl|2019|blanc fumé dagueneau
morogues|vre|2022|menetou morogues
jalousie|btl|2018|savennieres closel
hautlieuds|btl|2019|vouvray haut-lieu demi-sec
insolite|btl|2022|saumur blanc insolite
rochesneuves|p50||saumur champigny
rochesneuves|v15|2022|champigny rn
quincy|btl|2022|quincy
langlois|btl||crémant de loire langlois
carbonnieuxb|v15|2020|carbonnieux blanc
carbonnieuxr|btl|2018|carbonnieux rouge
carbonnieuxr|btl|2019|ch carbonnieux rouge
fourcas|btl|2020|fourcas-hosten listrac
hautbailly|btl|2015|haut-bailly
saintmartin|vre|2022|chablis laroche
montmains|btl|2021|montmains brocard
steclaire|btl|2022|chablis ste claire
graillotb|btl|2022|crozes blanc graillot
graillotb|btl|2021|crozes-hermitage blanc
guigal|btl|2021|côtes du rhône guigal
guigal|vre|2021|cdr guigal
guigal|btl|2022|cdr guigal
vernay|btl|2022|condrieu terrasses de l'empire
telegraphe|btl|2019|vieux télégraphe
minuty|btl|2024|minuty rosé
minuty|vre|2023|minuty
ruinartrose|btl||ruinart rosé
bolsc|btl||bollinger spécial cuvée
bolsc|mag||bolly sc
taitbr|coupe||taittinger
kernebrut|btl||cidre kerné brut
kernedoux|b33||kerné doux
coreffblk|pinte||coreff blonde
brittblk|pinte||britt blanche
lancelot|btl||lancelot blonde
dremmwel|btl||dremmwel bio
affligem|btl||affligem
armdouble|dose||armorik double maturation
eddusilver|dose||eddu silver
glenmo|dose||glenmorangie original
fine|dose||fine bretagne
diplo|dose||diplomatico
hendricks|dose||gin hendrick's
pommeau|dose||pommeau
chouchen|dose||chouchen
aperol|dose||apérol
suze|dose||suze
coca|btl||coca
orangina|btl||orangina
plancoetbul|b100||plancoët fines bulles
jusvalrance|v15||jus de pomme val de rance
-food: plateau de fruits de mer|-||plateau fruits de mer 2 pers
-food: moules|-||moules marinières
-food: kig ha farz|-||kig ha farz
-food: far breton|-||far breton
-coffee|-||café allongé
-tea|-||thé vert
-service: supplément|-||supplément frites
-generic: white of the moment|vre||blanc du moment
-generic: house rosé|p25||rosé maison
-generic house cider|p50||cidre maison
-cocktail|-||spritz apérol
-cocktail: kir|-||kir cassis
-cuvée not held: Pépière Château-Thébaud|btl|2020|pépière château-thébaud
-wine not held: Dagueneau Silex|btl|2020|silex dagueneau
-wine not held: Huet Clos du Bourg|btl|2019|vouvray clos du bourg
-wine not held: Graillot La Guiraude|btl|2020|crozes la guiraude
-wine not held: Guigal Condrieu|btl|2021|condrieu guigal
-wine not held: Taittinger Prestige Rosé|btl||taittinger prestige rosé
-whisky not held: Armorik 10 ans|dose||armorik 10 ans
-soft not held: Breizh Cola Zéro (only Breizh Cola held)|btl||breizh cola zéro
-soft not held: limonade|btl||limonade
-beer not held: Coreff IPA|btl||coreff ipa
-rosé not held: Minuty Prestige|btl|2023|minuty prestige
-food: oysters|-||huîtres fines de claire n°3 x12
-food: galette|-||galette complète
-food: fish|-||bar de ligne beurre blanc
-hot chocolate|-||chocolat chaud
-herbal tea|-||infusion verveine
-service: extra bread|-||supplément pain
pepie|mag|2023|la pépie
amphibolite|mag|2022|amphibolite
steclaire|mag|2022|chablis ste claire
-rosé not held: Vacheron Sancerre rosé|btl|2023|sancerre rosé vacheron
-cuvée not held: Roches Neuves Franc de Pied|btl|2021|saumur-champigny franc de pied
-cuvée not held: Laroche Chablis Grand Cru Les Clos|btl|2019|chablis grand cru les clos laroche
-generic: glass of red|vre||vin rouge
-spirit not held: calvados hors d'âge|dose||calva hors d'âge
"""
