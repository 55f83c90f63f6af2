"""salle: the waiters' handheld in the dining room and for room service.

One line a sale: expect|drink key or -|measure|vintage typed or -|text typed||reason
(text as typed by the manager into the handheld's articles; `rs ` = room service).
"""
CASES = """
y|raie|B|2023|lafond reuilly la raie
y|raie|H|-|rs reuilly la raie lafond
y|lafrge|B|2021|lafond reuilly rouge
y|lafrse|B|-|reuilly rosé lafond
y|jamain|B|2022|jamain pierres plates
y|mardon|B|2022|mardon quincy
y|mardon|H|2023|rs quincy mardon
y|mardtvv|B|-|mardon quincy très vieilles vignes
y|tremblay|B|2022|quincy vv tremblay
y|villalin|M|2022|villalin quincy
y|villalin|B|-|quincy villalin
y|pelle|B|2022|pellé menetou morogues
y|pellerge|B|2021|pellé menetou rouge
y|chatenoy|H|-|rs menetou chatenoy
y|baronnes|M|2022|bourgeois sancerre baronnes
y|baronnes|B|2023|sancerre les baronnes
y|baronnesr|B|-|bourgeois baronnes rouge
y|montsd|B|2020|bourgeois monts damnés
y|vacheron|B|2023|vacheron sancerre blanc
y|crochet|B|2024|crochet sancerre rosé
y|jourdainr|B|2021|jourdain valencay rouge
y|jourdainb|B|-|valençay blanc jourdain
y|roy|B|2024|j-f roy valençay rosé
y|ladoucette|B|-|ladoucette pouilly fumé
y|bonnezeaux|S50|-|fesles bonnezeaux
y|langlois|H|-|rs crémant langlois
y|lp|M|-|laurent-perrier la cuvée
y|lp|FL|-|laurent perrier
y|lprose|B|-|rs laurent perrier rosé
y|drappier|B|-|drappier carte d'or
y|lanessan|M|2016|ch. lanessan haut-médoc
y|lanessan|B|2018|ch lanessan
y|chasse|H|2017|chasse-spleen moulis
y|chasse|B|2015|chât. chasse spleen
y|oratoire|B|-|oratoire de chasse spleen
y|thieuley|B|2023|thieuley bordeaux blanc
y|pressac|B|2018|château de pressac st émilion
y|coutet|H|2017|coutet barsac
y|brocard|B|2022|brocard chablis ste claire
y|brocmont|B|-|chablis 1er cru montmains brocard
y|mercurey|B|2020|faiveley mercurey
y|deuxroches|B|-|saint véran deux roches
y|laforet|H|2022|drouhin laforêt pinot noir
y|porto|G|-|porto tawny 10 ans taylor's
y|remyxo|D|-|rémy martin xo
y|magloire|D|-|calvados père magloire
y|chivas|D|-|rs chivas 12
y|coca|S33|-|rs minibar coca-cola
al|raie|B|2021|lafond la raie
al|mardon|B|2024|mardon quincy
al|pelle|B|2024|pellé menetou morogues
al|baronnes|B|2024|henri bourgeois baronnes
al|baronnes|H|2022|rs baronnes bourgeois
al|montsd|B|2023|côte des monts damnés
al|lanessan|B|2019|château lanessan
al|lanessan|M|2018|lanessan
al|chasse|B|2018|chasse spleen
al|pressac|B|2019|ch. de pressac
al|coutet|B|2017|château coutet
al|mercurey|B|2019|mercurey faiveley
al|brocard|B|2021|chablis sainte claire brocard
al|jourdainr|B|2023|valençay rouge jourdain
al|bonnezeaux|S50|2018|bonnezeaux château de fesles
n|-|B|-|vin rouge du mois||generic wine of the month
n|-|C50|-|rouge maison||generic house red
n|-|G|-|blanc de la semaine||generic white of the week
n|-||-|menu du terroir||food
n|-||-|rs plateau petit-déjeuner||room-service breakfast
n|-||-|rs supplément service en chambre||room-service charge
n|-||-|tarte tatin||food
n|-||-|rs pyramide de valençay||Valençay goat's cheese (food)
n|-||-|café gourmand||coffee and sweets
n|-||-|droit de bouchon||corkage
n|-||-|thé earl grey||tea
n|lafrse|M|-|reuilly rosé lafond
n|jamain|H|-|jamain pierres plates
n|pellerge|H|-|pellé menetou rouge
n|montsd|H|-|bourgeois monts damnés
n|drappier|H|-|drappier carte d'or
n|chasse|M|-|chât. chasse spleen
n|pressac|M|-|château de pressac st émilion
n|ladoucette|M|-|ladoucette pouilly fumé
n|evian|S33|-|rs minibar evian
n|-|B|-|lafond valençay rouge||Lafond's Valençay is not held
n|-|B|-|reuilly rosé jamain||Jamain's rosé is not held
n|-|B|-|quincy rouzé||Quincy from Jacques Rouzé is not held
n|-|B|-|menetou-salon rouge chatenoy||Chatenoy's red is not held
n|-|B|-|sancerre rouge vacheron||Vacheron's red Sancerre is not held
n|-|B|-|bourgeois sancerre la bourgeoise||Henri Bourgeois's La Bourgeoise is not held
n|-|B|-|pouilly-fumé henri bourgeois||Henri Bourgeois's Pouilly-Fumé is not held
n|-|B|-|laurent-perrier grand siècle||Grand Siècle is not held
n|-|B|-|laurent perrier ultra brut||Ultra Brut is not held
n|-|B|-|chablis 1er cru vaillons brocard||Brocard's Vaillons is not held
n|-|B|-|les calèches de lanessan||Lanessan's second wine is not held
n|-|B|-|chasse-spleen blanc||Chasse-Spleen's white is not held
n|-|D|-|rémy martin 1738||Rémy Martin 1738 is not held
n|-|D|-|glenfiddich 18 ans||Glenfiddich 18 is not held
n|-|D|-|calvados père magloire xo||Père Magloire XO is not held
n|-|G|-|lillet rouge||Lillet Rouge is not held
n|-|S33|-|rs minibar pepsi||no Pepsi held
"""
