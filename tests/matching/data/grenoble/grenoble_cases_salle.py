"""salle: the waiters' tablet (lower / mixed case with accents, no family, four-digit
vintage, measure word, price with a decimal comma).  Same line format as caisse."""
CASES = """
magnin|mondeuse arbin magnin|2021|btl
magnin|mondeuse vv l. magnin|2017|btl
magnin|Mondeuse Magnin||vre
trosset|arbin harmonie trosset|2020|btl
trosset|mondeuse trosset||pich50
trosset|Trosset Harmonie|2023|btl
-R|mondeuse de savoie||vre|three Mondeuses held
qberg|chignin bergeron quénard|2022|btl
qberg|bergeron quenard|2023|btl
qmond|mondeuse chignin quénard|2021|btl
argb|argile blanc ardoisières|2021|btl
argb|Argile blanc|2023|btl
-B|ardoisières quartz||btl|another cuvee of the Ardoisieres
-B|dupasquier||btl|Marestel and Jongieux, no colour
marestel|marestel dupasquier|2017|btl
jongieux|gamay jongieux dupasquier||btl
apremont|apremont boniface||vre
apremont|apremont les rocailles|2021|btl
abymes|abymes labbé|2022|btl
-B|abymes labbé|2023|mag|no magnum
frangy|frangy|2020|btl
cerdon|cerdon du bugey||vre
-S|cerdon|2022|mag|no magnum
etraire|étraire de la dui finot|2020|btl
-R|gonin mondeuse||btl|not held
dolinr|vermouth dolin rouge||dose
-AP|vermouth chambéry||dose|red or white
genepic|génépi pères chartreux||dose
genepid|génépi dolin||2cl
cverte|chartreuse verte||dose
cjaune|Chartreuse jaune||2cl
-DG|chartreuse vep verte||dose|V.E.P. not held
marc|marc de savoie aravis||dose
remy|rémy vsop||dose
talisker|talisker 10 ans||dose
-DG|talisker storm||dose|not held
nikka|nikka from the barrel||dose
hendricks|gin hendricks||dose
-DG|gin tonic||btl|cocktail
calva|calva drouin vsop||dose
martinir|martini rosso||dose
-AP|aperol spritz||btl|cocktail
cassis|crème de cassis védrenne||2cl
-AP|kir royal||coupe|cocktail
-AP|porto 20 ans||dose|20 years not held
grimb|grimbergen||demi
-PR|grimbergen ambrée||demi|amber not held
mbblanchep|blanche du mont blanc||pinte
-PR|ipa pression||demi|generic
mbblonde|blonde du mont-blanc 33cl||btl
mbblanche|blanche mont blanc 33cl||btl
chimayr|chimay rouge||btl
cocazero|coca zéro||btl
badoit|badoit 1l||btl
abricot|nectar abricot milliat||btl
-SO|jus de pomme pressé||btl|not the Milliat bottle
-SO|citron pressé||btl|not held
-CH|café gourmand||btl|coffee and desserts
-CH|chocolat viennois||btl|hot drink
-CH|thé menthe||btl|hot drink
-CU|croziflette||btl|food
-CU|diots polenta||btl|food
-CU|tarte aux noix||btl|food
-DV|supplément glaçons||btl|service
-B|blanc de savoie||pich50|generic
graillot|crozes graillot|2021|btl
graillot|crozes-hermitage graillot|2019|btl
-R|crozes-hermitage|2021|btl|Graillot and Combier
combier|crozes clos des grives combier|2018|btl
offerus|st joseph offerus chave|2020|btl
condrieu|condrieu cuilleron|2021|vre
cornas|cornas chailles voge|2020|btl
telegraphe|chateauneuf vieux télégraphe|2018|btl
brune|côte rôtie brune et blonde guigal|2018|btl
brune|côte-rôtie guigal|2016|btl
-R|côte-rôtie la landonne guigal|2018|btl|another cuvee
foillard|morgon foillard||vre
foillard|Morgon Côte du Py Foillard|2020|btl
thivin|brouilly thivin|2022|btl
drouhinpn|bourgogne pinot noir drouhin|2022|btl
drouhinch|bourgogne chardonnay drouhin|2021|btl
stmartin|chablis saint martin laroche|2021|btl
stmartin|chablis st martin|2022|half
-B|chablis grand cru laroche||btl|not held
trapet|gevrey-chambertin trapet|2020|btl
aligote|aligoté goisot||vre
bouillot|crémant bourgogne bouillot||coupe
taitt|taittinger brut réserve||mag
ruinartrs|ruinart rosé||coupe
-U|taittinger comtes de champagne||btl|another cuvee
-U|moët impérial||btl|not held
-R|mondeuse arbin magnin|2021|mag|no magnum of Magnin
-S|belleruche rosé|2023|mag|no magnum of the rose
-B|condrieu|2021|half|no half bottle of Condrieu
-AP|vermouth dolin dry||dose|Dolin dry not held
-R|gevrey-chambertin rossignol-trapet|2020|btl|another producer (Rossignol-Trapet)
"""
