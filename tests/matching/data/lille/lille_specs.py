"""What the staff typed, till by till.

R and T lines: "key|measure|vintage|text" for a product of the library (key of
lille_drinks.PRODUCTS, possibly in a format it does not hold), "-|measure|vintage|text|reason"
for a product that is no drink of the library. K lines carry the kiosk category after the
vintage: "key|measure|vintage|category|text" and "-|measure|vintage|category|text|reason".
R texts are typed the register's way (numbers of names glued: WESTVLETEREN12).
"""

R = """
jup|demi||jupiler
jup|formidable||jupiler
kwak|demi||kwak
wmt|demi||westmalle tripel
chtib|demi||ch'ti blonde
chtib|formidable||chti blonde
jenam|demi||jenlain ambree
hoeg|demi||hoegaarden
gd|serieux||gulden draak
troll|galopin||trolls
stfn|demi||st feuillien noel
rodg|serieux||rodenbach grand cru
kwak|b33||kwak
wmt|b75||westmalle tripel
wv12|b33||westvleteren12
ach8|b33||achel8 blonde
mar8|b75||maredsous8 brune
mar10|b33||maredsous10
stft|b33||st feuillien triple
shq|b33||str hendrik quadrupel
gck|b75|2022|carolus keizer blauw
gck|b75|2021|keizer blauw
rodv|b75|2019|rodenbach vint
rodv|b75|2020|rodenbach vint
boonmp|b37.5|2018|boon mariage parfait
boonmp|b37.5|2017|boon geuze mp
duch|b33||duchesse de bourgogne
jenam|b25||jenlain ambree
p24r|b33||page24 rhub ipa
thez|b75||blonde d'esquelbecq
theto|b33||etoile du nord thiriez
mdaa|b33||moulins d'ascq ambree
jup0|b25||jupiler 0.0
houl|2cl||genievre houlle
houl8|4cl||houlle8ans
wamb|2cl||wambrechies49
fill8|2cl||filliers8ans
bellb|4cl||bellevoye bleu
picon|2cl||picon
cdr|verre|2023|cdr amandine
cdr|carafe50|2022|cotes du rhone amandine
cdr|carafe25|2021|cdr amandine
gasc|carafe50|2022|pellehaut
sangl|verre|2024|rose sangliere
roc|btl|2018|roc de cambes
roc|btl|2017|ch roc de cambes
fonp|btl|2016|fonplegade
vach|btl|2022|sancerre vacheron
lar|half|2021|chablis laroche
lar|verre|2020|chablis laroche
comb|verre|2021|crozes combier
huet|btl|2019|vouvray haut lieu huet
thev|btl|2019|thevenet morgon
huet|verre|2020|vouvray huet
vach|btl|2021|sancerre vacheron
drap|coupe||drappier carte d'or
drap|mag||drappier
ecub|b33||ecusson brut
spar|b100||spa reine
wmd|demi||westmalle dubbel
kwak|b75||kwak
chtia|demi||chti ambree
hoeg|b33||hoegaarden
troll|b33||cuvee des trolls
mar6|b75||maredsous6 blonde
lar|mag||chablis laroche
roc|half|2016|roc de cambes
henr|mag||henriot
-|b33||westvleteren8|another number of a held Trappist (the 12 is held)
-|b33||westmalle extra|another Westmalle (Dubbel and Tripel held)
-|b33||la trappe dubbel|another La Trappe (Tripel and Quadrupel held)
-|b33||achel8 brune|the other colour of Achel 8 (Blonde held)
-|b33||affligem tripel|another Affligem (Blonde and Double held)
-|b33||st feuillien grand cru|another St-Feuillien
-|demi||delirium red|another Delirium (Tremens on draught, Nocturnum in bottle)
-|b33||gulden draak9000|Gulden Draak 9000 Quadruple, not held (the classic is)
-|demi||chti blanche|another Ch'ti (Blonde, Ambrée, Triple held)
-|b33||brugse zot dubbel|the Dubbel of Brugse Zot (Blond held)
-|demi||stella artois|brand not held
-|demi||pression|generic draught label, several kegs
-|demi||biere du moment|generic label
-|demi||monaco|mixed drink
-|4cl||houlle12ans|another age of Houlle (plain and 8 ans held)
-|2cl||genievre|generic genièvre, several held
-|4cl||wambrechies8ans|another Wambrechies (49° and Fine held)
-|4cl||bellevoye rouge|another colour of Bellevoye (Bleu held)
-|verre||sancerre rouge vacheron|the other colour of Vacheron's Sancerre
-|btl||cdr blanc amandine|the white of Amandine, not held
-|verre||chablis 1er cru laroche|another Laroche cuvée
-|coupe||drappier rose|another Drappier cuvée
-|b33||cidre ecusson rose|another Ecusson cider (Brut and Doux held)
-|||welsh frites|food
-|||carbonade flamande|food
-|||potjevleesch|food
-|||tarte au maroilles|food
-|||cafe|coffee
-|||bistouille|coffee with genièvre, a mixed drink
-|||consigne verre|service
"""

T = """
kwak|demi||kwak
kwak|pinte||kwak
wmt|pinte||westmalle triple
wmd|b33||westmalle dubbel
wv12|b33||westvleteren 12
ltt|b33||la trappe tripel
mar8|b33||maredsous 8
stfbr|b33||st-feuillien brune
stfn|b75||st feuillien cuvée de noël
delt|demi||delirium
kasd|b33||kasteel donker
sdup|b75||saison dupont
xx|b33||xx bitter de ranke
jac|b33||cuvée des jacobins
cant|b75||cantillon gueuze
rodg|b33||rodenbach grand cru
chtib|b75||ch'ti blonde
anob|b33||anosteké blonde
anos|b75||anosteké saison
p24b|b33||page 24 hildegarde blonde
choa|b75||la choulette ambrée
goud|b75||la goudale
goud|pinte||goudale
bell|pinte||bellerose
jenam|pinte||jenlain ambrée
hoeg|galopin||hoegaarden
gd|b33||gulden draak
rodv|b75|2020|rodenbach vintage
rodv|b75|2021|rodenbach vintage
gck|b75|2024|carolus cuvée van de keizer
boonmp|b37.5|2019|boon oude geuze mariage parfait
boonmp|b37.5|2020|boon mariage parfait
cdr|verre|2022|côtes du rhône amandine
cdr|btl|2024|côtes du rhône amandine
roc|btl|2015|château roc de cambes
roc|btl|2016|roc de cambes
thev|btl|2021|morgon thévenet
thev|verre|2022|morgon vv thévenet
huet|btl|2020|vouvray haut-lieu huet
huet|btl|2019|huet le haut-lieu sec
comb|btl|2020|crozes-hermitage combier
comb|carafe50|2021|crozes combier
lar|btl|2019|chablis saint-martin laroche
lar|btl|2022|chablis st martin laroche
lar|half|2022|chablis laroche
vach|verre|2023|sancerre vacheron
sangl|carafe50|2023|rosé sanglière
toul|btl|2022|gris de toul lelièvre
gasc|verre|2023|harmonie de gascogne
drap|coupe||drappier brut
drapn|btl||drappier brut nature
wamb|dose||wambrechies 49°
wambf|2cl||fine de wambrechies
fill8|4cl||filliers 8 ans
fillo|2cl||filliers oude graanjenever
loos|dose||genièvre de loos
houl|dose||genièvre de houlle
orang|b25||orangina
spar|b50||spa reine
ecud|b33||cidre écusson doux
delt|b75||delirium tremens
wv12|demi||westvleteren 12
jenbl|b75||jenlain blonde
p24r|pinte||page 24 rhub'ipa
chtib|b33||ch'ti blonde
lindk|b37.5||lindemans kriek
drap|half||drappier carte d'or
thev|mag|2020|morgon thévenet
-|b33||westvleteren blonde|another Westvleteren (the 12 is held)
-|b33||la trappe isid'or|another La Trappe
-|b33||achel 5 blonde|another number of Achel (the 8 Blonde is held)
-|b75||st-feuillien saison|another St-Feuillien
-|b33||gouden carolus tripel|another Gouden Carolus
-|demi||hoegaarden rosée|another Hoegaarden (Blanche held)
-|b33||delirium red|another Delirium
-|b75||3 monts grande réserve|another 3 Monts
-|b33||page 24 bière de printemps|another seasonal of Page 24 (Noël held)
-|b33||anosteké ambrée|another Anosteké (Blonde and Saison held)
-|dose||filliers 12 ans|another age of Filliers (plain and 8 ans held)
-|dose||genièvre|generic genièvre, several held
-|4cl||bellevoye blanc|another colour of Bellevoye
-|2cl||elixir de spa|another liqueur sharing words with Elixir d'Anvers and Spa
-|verre||vin chaud|mulled wine, not held
-|verre||crozes blanc combier|the white of Combier, not held
-|btl||morgon côte du py thévenet|another Morgon cuvée
-|btl|2018|domaine de cambes|the other wine of the Roc de Cambes family, not held
-|btl|2019|vouvray moelleux huet|another Huet wine
-|coupe||champagne|generic
-|coupe||kir royal|mixed drink
-|||demi pêche|beer with peach syrup, a mixed drink
-|||café|coffee
-|||café genièvre|coffee with genièvre, a mixed drink
-|||welsh|food
-|||carbonade frites|food
-|||potjevleesch maison|food
-|||tarte au sucre|food
-|b25||looza tomate|another Looza
-|b33||coca light|a Coca-Cola variant not held
-|b33||cidre sassy rosé|another Sassy cider (Brut held)
"""

K = """
kwak|demi||pression|Kwak
wmt|galopin||pression|Westmalle Tripel
jenam|pinte||pression|Jenlain Ambrée
chtib|demi||pression|Ch'ti Blonde
anob|pinte||pression|Anosteké Blonde
gd|demi||pression|Gulden Draak
goud|galopin||pression|La Goudale
stfn|pinte||pression|St-Feuillien Cuvée de Noël
jup|demi||pression|Jupiler
wv12|b33||trappiste|Westvleteren 12
ach8|b33||trappiste|Achel 8 Blonde
mar6|b33||trappiste|Maredsous 6 Blonde
corp|b33||trappiste|Corsendonk Pater
wmd|b33||trappiste|Westmalle Dubbel
sdup|b33||bouteille|Saison Dupont
p24n|b33||bouteille|Page 24 Bière de Noël
theto|b33||bouteille|Étoile du Nord Thiriez
3m|b75||bouteille|3 Monts
cant|b37.5||bouteille|Cantillon Gueuze
boonk|b25||bouteille|Boon Kriek
gck|b75|2023|bouteille|Gouden Carolus Cuvée van de Keizer Blauw
rodv|b75|2018|bouteille|Rodenbach Vintage
boonmp|b37.5|2021|bouteille|Boon Oude Geuze Mariage Parfait
houl8|4cl||genievre|Genièvre de Houlle 8 ans
wamb|2cl||genievre|Wambrechies 49°
loos|4cl||genievre|Genièvre de Loos
cdr|carafe25|2023|rouge|Côtes du Rhône Domaine de l'Amandine
comb|verre|2022|rouge|Crozes-Hermitage Combier
roc|btl|2019|rouge|Château Roc de Cambes
gasc|carafe25|2023|blanc|Harmonie de Gascogne Pellehaut
huet|verre|2021|blanc|Vouvray Le Haut-Lieu Huet
lar|verre|2023|blanc|Chablis Saint Martin Laroche
sangl|verre|2024|rose|Rosé Domaine de la Sanglière
toul|carafe50|2023|rose|Gris de Toul Lelièvre
drap|mag||bulles|Drappier Carte d'Or
fonp|btl|2014|rouge|Château Fonplégade
thev|verre|2023|rouge|Morgon Vieilles Vignes Thévenet
vach|verre|2021|blanc|Sancerre Domaine Vacheron
drapn|coupe||bulles|Drappier Brut Nature
sassy|b75||cidre|Cidre Sassy Brut
spar|b50||soft|Spa Reine
kwak|b75||bouteille|Kwak
hoeg|b33||bouteille|Hoegaarden Blanche
henr|mag||bulles|Henriot Brut Souverain
-|b33||trappiste|Westvleteren 8|another number of a held Trappist
-|b33||trappiste|Tongerlo Prior|abbey beer not held
-|b33||trappiste|Corsendonk Agnus|another Corsendonk (Pater held)
-|demi||pression|Pression du moment|generic draught label
-|pinte||pression|Panaché|mixed drink
-|demi||cocktail|Picon Bière|mixed drink (Picon and beer)
-|4cl||genievre|Genièvre de Houlle 10 ans|another age of Houlle
-|2cl||genievre|Filliers Dry Gin 28|a gin of Filliers, not a held genièvre
-|verre||rouge|Vin rouge du moment|generic label
-|carafe50||rose|Rosé pamplemousse|mixed drink
-|coupe||bulles|Henriot Rosé|another Henriot cuvée
-|||cuisine|Welsh complet|food
-|||cuisine|Potjevleesch frites|food
-|||cuisine|Carbonade flamande|food
-|||cafe|Café gourmand|coffee
-|||divers|Supplément sirop|service
-|b20||soft|Looza Ace|another Looza
-|b50||soft|Spa Citron|a Spa not held
-|b33||cidre|Cidre Écusson Rosé|another Ecusson cider
"""
