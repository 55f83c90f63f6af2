"""SALLE till (dining room tablet POS), sentence case as the manager typed it.
key|measure|yy|text  or  -|measure|yy|text|reason."""
CASES = """
arb_trous|BTL|2022|Arbois trousseau, rolet
arb_trous|V|2019|Arbois trousseau rolet
arb_chard|BTL|2021|Arbois chardonnay rolet
arb_chard|V|2023|Chardonnay arbois, dom. rolet
poulsard|V|2022|Poulsard rolet
cdj_trad|BTL|2020|Côtes du jura tradition, baud
cdj_trad|V|2021|Tradition baud
cchalon|BTL|2017|Château-chalon, berthet-bondet
macvin|V||Macvin du jura rolet
cremjura|BTL||Crémant du jura brut, fruitière d'arbois
cremjura|CP||Crémant jura brut
bgpn|BTL|2021|Bourgogne pinot noir faiveley
bgpn|V|2022|Bourgogne pinot noir, faiveley
macon|V|2022|Mâcon-villages lugny
macon|BTL|2021|Mâcon villages cave de lugny
chablis|BTL|2022|Chablis laroche st martin
chablis|V|2019|Chablis laroche
morgon|BTL|2020|Morgon côte du py, foillard
morgon|BTL|2022|Morgon foillard
p45r|V|2022|Parallèle 45 rouge jaboulet
guigr|BTL|2020|Côtes du rhône guigal rouge
guigr|BTL|2021|Guigal côtes du rhône
guigb|BTL|2022|Guigal côtes du rhône blanc
jalets|BTL|2021|Crozes-hermitage les jalets
jalets|BTL|2020|Crozes les jalets jaboulet
combier|V|2022|Crozes combier
offerus|BTL|2020|Saint-joseph offerus, chave
offerus|BTL|2022|St-joseph offerus chave
floureto|V|2020|Vacqueyras floureto
floureto|BTL|2021|Vacqueyras sang des cailloux
cayron|MAG|2019|Gigondas cayron
telegr|BTL|2018|Châteauneuf-du-pape vieux télégraphe
telegr|MAG|2018|Vieux télégraphe la crau
aqueria|BTL|2023|Tavel château d'aqueria
doriane|BTL|2022|Condrieu la doriane guigal
doriane|BTL|2020|Condrieu guigal
villen|BTL|2020|Saumur-champigny château de villeneuve
baudry|BTL|2021|Chinon les granges baudry
baudry|BTL|2023|Chinon baudry
vacheron|BTL|2022|Sancerre vacheron
huet|BTL|2021|Vouvray haut-lieu sec huet
mirambr|BTL|2020|Tour de mirambeau rouge
mirambb|V|2022|Tour de mirambeau blanc
larose|BTL|2016|Larose trintaudon
cantem|BTL|2017|Château cantemerle
cantem|BTL|2015|Cantemerle haut-médoc
fonbel|BTL|2018|Château de fonbel saint-émilion
tirecul|BTL|2019|Monbazillac les pins tirecul 50cl
picpoul|V|2023|Picpoul de pinet félines jourdan
cazen|BTL|2021|Pic saint-loup cazeneuve
eulalie|BTL|2021|Minervois cantilène ste eulalie
ollieux|V|2021|Corbières ollieux romanis
minuty|MAG|2023|M de minuty
trimbach|BTL|2022|Riesling trimbach alsace
taitt|BTL||Taittinger brut réserve
drappier|CP||Drappier carte d'or
lillet|V||Lillet blanc
martini|DOSE||Martini rosso
remy|DOSE||Rémy martin vsop
drouin|DOSE||Calvados drouin
marc|DOSE||Marc du jura rolet
badoit|BTL||Badoit 1l
evian|BTL||Evian 1l
tonic|BTL||Schweppes tonic
combier|HALF|2021|Crozes-hermitage combier
telegr|HALF|2019|Vieux télégraphe
-|V||Vin du moment|generic glass
-|P50||Pichet de rouge|generic pichet
-|V||Verre de blanc|generic glass
-|BTL|2020|Côtes du jura savagnin, baud|Baud's Savagnin not held
-|BTL|2019|Hermitage la chapelle jaboulet|not held
-|BTL|2021|Saint-joseph blanc offerus|white Offerus not held
-|BTL|2022|Chinon blanc baudry|Baudry's white not held
-|BTL|2022|Sancerre rouge vacheron|Vacheron's red not held
-|BTL|2019|Château lagrange saint-julien|not held
-|BTL|2018|Château fonbel, magnum|magnum not held (typed in the text)
-|BTL||Taittinger comtes de champagne|another Taittinger, not held
-|BTL||Drappier brut nature|another Drappier, not held
-|BTL|2021|Gigondas blanc|not held
-|BTL|2020|Pouilly-fumé ladoucette|not held
-|BTL|2021|Riesling grand cru schlossberg|not held
-|BTL||Eau plate|generic water
-|||Droit de bouchon|service
-|||Menu du jour entrée plat dessert|food
-|||Formule déjeuner|food
-|||Fondue comtoise|food
-|||Café gourmand|coffee and dessert
-|||Café allongé|coffee
-|||Thé earl grey|tea
-|||Supplément frites|food
-|||Tarte aux myrtilles|food
-|||Mont d'or chaud|food
-|V||Verre de vin jaune|a vin jaune by glass, generic
-|DOSE||Digestif maison|generic
-|V||Kir pétillant|mixed drink
-|DOSE||Armagnac|not held
-|DOSE||Whisky tourbé|generic
-|BTL||Jus d'orange|not held
-|DOSE||Poire williams|not held
"""
