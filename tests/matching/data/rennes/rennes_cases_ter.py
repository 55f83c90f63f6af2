"""Market-day terrace tablet (TER). key|measure|vintage|text, or -|measure|vintage|text|reason."""
CASES = """
talbot|MAG|2015|chateau talbot
connet|VRE||connetable de talbot
amiral||2019|amiral beychevelle
chasse|VRE|2016|chasse spleen
lanessan||2018|chateau lanessan haut medoc
briords|P50||muscadet clos des briords
huetsec|VRE|2019|huet sec
huetds||2018|huet le haut lieu demi sec
rochesn|P50||saumur champigny
baudry|P25||chinon les granges
vacheron|HALF|2022|sancerre vacheron
tracy||2021|pouilly fume tracy
papillon|VRE||savennieres papillon
larsm|VRE||chablis st martin
larvail||2020|chablis 1er vaillons
faivmerc|VRE|2019|mercurey faiveley
faivmerc||2019|mercurey faiv
p45r|P50||parallele45 rge
meyson|VRE|2020|crozes meysonniers
janasse||2019|chateauneuf janasse
bergerie||2021|bergerie hortus
hortus|VRE||hortus grande cuvee
cotroses|P50||cote des roses
miraval|VRE||miraval
p45p||2023|p45 rose
schlri||2021|riesling princes abbes
schlgw|VRE||gewurztraminer schlumberger
bollsc|CP||bollinger special cuvee
bollga||2014|bollinger grande annee
ruinart|CP||ruinart blanc de blancs
drappier|||drappier carte dor
billbr|||billecart brut reserve
billrs|||billecart rose
kerbrut|PINTE||kerisac brut
kerbrut|P50||kerisac
valrance|||val de rance cru breton
chouchen|||chouchen warenghem
eddug|DOSE||eddu gold
armdm|DOSE||armorik double maturation
magloire|DOSE||pere magloire vsop
chartv|DOSE||chartreuse verte
martb|DOSE||martini blanc
noilly|DOSE||noilly prat
corblk|DEMI||coreff blonde
britt|PINTE||britt blanche
affli|PINTE||affligem
krone|DEMI||kro
heinz|||heineken 0.0
cocaz|||coca zero
vittel|L1||vittel
connet||2020|connetable talbot
amiral||2020|amiral beychevelle
chasse|VRE|2020|chasse spleen
briords||2023|muscadet briords
baudry||2022|chinon baudry
larsm||2019|chablis st martin
faivmerc||2021|mercurey faiv
belleru||2021|belleruche
bergerie||2023|bergerie hortus
deschants||2020|st joseph deschants
cayron||2018|gigondas cayron
daumas||2019|daumas gassac
bollga||2016|bollinger gde annee
talbot||2016|chateau talbot
-|||vin rouge du moment|generic
-|VRE||blanc sec|generic glass of white
-|P50||rose maison|house rosé
-|||lynch bages|a château not held
-|||echo de lynch bages|a second wine not held
-|||chateau gloria|a château not held
-|||chablis grand cru|another cuvée, not held
huetsec|MAG||huet sec|
-|||vouvray petillant|another cuvée, not held
-|||cremant de loire|not held
-|CP||prosecco|not held
-|||ruinart rose|another cuvée of a held house
-|CP||kir royal|cocktail
-|DOSE||glenlivet 15|another age (12 and 18 held)
-|DOSE||oban 18|another age (14 held)
-|DOSE||caol ila 18|another age (12 held)
-|DOSE||camus xo|another grade (VS held)
-|DOSE||calvados xo|generic
-|DOSE||get 31|another number (27 held)
-|PINTE||coreff ipa|another Coreff, not held
-|DEMI||biere du mois|generic
-|PINTE||1664|not held
-|PINTE||guinness|not held
hermine|DEMI||blanche hermine|
-|BOLEE||cidre rose|not held
-|DOSE||poire williams|eau-de-vie not held
-|||menthe a leau|syrup
-|||diabolo fraise|mixed soft
-|||jus dorange presse|fresh juice
-|||cafe allonge|coffee
-|||the vert|tea
-|||galette saucisse|food
-|||crepe caramel beurre sale|food
-|||huitres cancale x6|food
-|||ecocup consigne|deposit
-|||breizh cola zero|a Breizh Cola not held
"""
