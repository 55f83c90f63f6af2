"""What the waiters typed on T, the tablet: the name as typed (lower case, accents as the
waiter typed them, words sometimes glued); the till adds the vintage ('16, or 1985 on an
armagnac), the measure word and the price.

`key|measure|vintage|text` or `-FAM|measure|vintage|text|reason` (FAM unused on T, except
`-SPIRIT`: a spirit's vintage is written in four digits).
"""

T = """
pbaron||2018|pichon baron
pbaron|btl|2019|ch pichon-baron
tourelles|vre|2017|tourelles de longueville
pcomtesse||2016|pichon comtesse
rcomtesse|vre|2018|réserve de la comtesse
duhart||2017|duhart-milon
lbarton|v15|2019|leoville barton
lbarton|half|2016|léoville-barton
lpoyferre||2016|leoville poyferre
gruaud||2016|gruaud-larose
sarget||2017|sarget de gruaud larose
palmer||2015|château palmer
alterego||2017|alterego
rauzan|vre|2016|rauzan-ségla
brane||2015|brane cantenac
pagodes||2019|les pagodes de cos
montrose||2016|montrose
damemontrose|vre|2018|la dame de montrose
ormes|vre|2016|ormes de pez
chassespleen|c50|2019|chasse-spleen
shl_r||2017|smith haut lafitte rouge
shl_b|vre|2019|smith haut lafitte blanc
papeclem_r||2016|pape clément rouge
clementin|vre|2018|clementin
carbonnieux_b||2021|carbonnieux blanc
carbonnieux_b|half|2019|carbonnieux blanc
chantegrive_r|vre|2019|chantegrive rouge
floridene||2020|clos floridène
figeac||2014|château figeac
petitfigeac|vre|2018|petit-figeac
latourfigeac||2015|la tour figeac
angelus||2015|angélus
carillon|vre|2017|carillon d'angelus
troplong||2016|troplong mondot
barbeblanche||2018|barbeblanche
laurets|vre|2018|château des laurets puisseguin
dauphine|vre|2018|chateau de la dauphine
moulinpey||2017|canon fronsac
roccambes|c50|2017|roc de cambes
aiguilhe|vre|2019|d'aiguilhe castillon
bonnet_r|c50|2020|bonnet rouge
saintemarie|vre|2022|sainte marie vv
penin_c|vre|2022|clairet penin
suduiraut||2016|suduiraut
lions|vre|2017|lions de suduiraut
coutet|vre|2016|coutet barsac
doisydaene|50|2016|doisy-daëne
petitguiraud|vre|2019|petit guiraud
tirecul|vre||monbazillac
celene_r|cp||crémant rosé celene
drappier|cp||drappier carte d'or
henriot|||henriot brut souverain
tourgendres|vre|2019|tour des gendres gloire de mon père
triguedina||2017|clos triguedina
laffitte||2017|laffitte-teston
lillet_r|6cl||lillet rosé
otard_vsop|4cl||otard vsop
meukow_xo|dose||meukow xo
sigognac10|dose||baron de sigognac 10 ans
dartig|dose|1985|dartigalongue
diplo|dose||diplomatico reserva
appleton8|4cl||appleton 8 ans
damoiseau|dose||damoiseau vsop
glenlivet15|dose||glenlivet 15
balvenie12|dose||balvenie doublewood 12
macallan12|dose||macallan 12 double cask
yamazaki12|4cl||yamazaki 12
paulaner|demi||paulaner weiss
mira_blonde|33||mira blonde
tourelles|mag||tourelles de longueville
ducru|mag|2015|ducru beaucaillou
brane|half|2016|brane cantenac
figeac|mag|2016|figeac
fevertree|||fever tree tonic
abat_gaz|100||abatilles petillante
-RG|vre|2016|pichon|two Pichons held
-RG||2015|léoville|three Léovilles held
-RG||2018|les fiefs de lagrange|second wine of Lagrange, not held
-RG||2016|margaux|bare appellation, several Margaux held
-BL||2019|cos d'estournel blanc|Cos d'Estournel blanc, not held
-BL||2020|chasse spleen blanc|Chasse-Spleen blanc, not held
-RG||2019|le petit haut lafitte|another second wine of Smith Haut Lafitte, not held
-RG||2015|cheval blanc|not held
-RG|vre||saint-émilion grand cru|bare appellation, several held
-RG||2018|lalande de pomerol|no Lalande-de-Pomerol held
dauphine||2018|fronsac
-BL|vre||entre-deux-mers|bare appellation, two held (Bonnet, Sainte-Marie)
-RG|vre||bordeaux supérieur|no Bordeaux Supérieur held (Bonnet rouge is AOC Bordeaux)
-RS|vre||clairet|two clairets held
-LQ|half|2015|doisy-védrines|not held
-LQ||2016|castelnau de suduiraut|another second wine of Suduiraut, not held
-RG||2018|triguedina new black wine|another cuvée of Triguedina, not held
-BL||2021|tour des gendres cuvée des conti|another cuvée of Tour des Gendres, not held
-BU|cp||crémant de bordeaux|three crémants held
-BU|||drappier brut nature|another cuvée of Drappier, not held
-BU|cp||champagne|generic, two houses held
-AP|dose||lillet|three Lillets held
-CO|dose||cognac|generic
-CO|dose||otard vs|not held
-AR|dose||baron de sigognac vsop|not held (10 and 20 ans are)
-AR|dose||dartigalongue 15 ans|not held (XO and vintages are)
-RH|dose||appleton 21 ans|not held
-RH|dose||diplomatico mantuano|another Diplomático, not held
-WH|dose||balvenie 17 doublewood|not held (12 DoubleWood is)
-WH|dose||yamazaki 18|not held (12 is)
-BB|||affligem brune|not held (Blonde is)
-PR|pinte||monaco|mixed drink
-PR|demi||panaché|mixed drink
-SF|||coca zéro|not held
-SF|||jus de pomme|no apple juice held
-CU|||huitres n°3 x6|food
-CU|||lamproie à la bordelaise|food
-CA|||canelé|food
-RG|vre||vin rouge|generic house red
"""
