"""tablette: what the waiters typed on the dining-room tablet (key|measure|vintage|text|reason).

Lower-case words with the staff's capital initials for houses and appellations; the tablet
puts the measure word first and the vintage as 'yy last.
"""
CASES = """
polres|btl||PR brut rés|
polres|cp||PR brut rés|
polbdb|btl|2013|PR bdb|
polbdb|btl|2016|PR bdb|
polros|btl|2015|PR rosé|
polswc|btl|2013|PR SWC|
polswc|btl|2012|PR SWC churchill|
bsres|btl||BS brut rés|
bsres|b150||BS brut rés|
bsros|cp||BS rosé|
vccj|btl||VCP carte jaune|
vccj|b150||VCP carte jaune|
vcgd|btl|2015|VCP grande dame|
vcgd|btl|2013|VCP grande dame|
moetimp|b37||M&C impérial|
moetimp|cp||M&C impérial|
ruibdb|cp||ruinart bdb|
bolga|btl|2014|bollinger GA|
bolga|btl|2012|bollinger GA|
taitcomtes|btl|2013|taittinger comtes|
roed244|btl||LR collection 244|
drapcdo|cp||drappier CDO|
drapgs|btl|2010|drappier GS|
gimfleu|btl|2016|PG fleuron|
gimfleu|btl|2019|PG fleuron|
jacq746|btl||jacquesson 746|
chartbdn|btl||charlot BdN|
ladouc|btl|2022|PF ladoucette|
ladouc|gl||PF ladoucette|
dagpur|btl|2020|PF dagueneau pur sang|
dagpur|btl|2017|PF dagueneau pur sang|
villchamp|b37|2021|SC villeneuve|
villchamp|btl|2020|SC villeneuve|
cdrguigal|c25|2020|CDR guigal|
sancbourg|btl|2020|sancerre HB monts damnés|
sancrouge|gl||sancerre rouge vacheron|
baudgrez|btl|2020|chinon BB grézeaux|
huethaut|btl|2018|vouvray huet haut-lieu|
baumard|gl||layon baumard|
brocste|btl|2023|chablis JMB ste claire|
brocste|b37|2022|chablis JMB ste claire|
brocste|b150|2022|chablis JMB ste claire|
brocmont|btl|2021|chablis 1er JMB montmains|
billaud|btl|2020|chablis 1er BS montée de tonnerre|
faivgev|btl|2018|gevrey faiveley|
faivgev|btl|2016|gevrey faiveley|
parentpom|btl|2019|pommard parent|
ferretpf|btl|2021|PF ferret|
ferretpf|btl|2019|PF ferret|
bouillot|gl||crémant bouillot|
lagrange|btl|2016|ch lagrange SJ|
lagrange|b150|2015|ch lagrange SJ|
fiefs|btl|2017|fiefs de lagrange|
sociando|btl|2015|sociando-mallet|
goudalep|pinte||goudale|
page24p|demi||page 24 ambrée|
chimayb|b33||chimay bleue|
houlle|d2||genièvre houlle|
ferrand|dose||ferrand 1840|
drouin|dose||calva drouin VSOP|
chartv|dose||chartreuse V|
lillet|dose||lillet blanc|
evian|b100||evian|
-|btl|2014|LR cristal|Roederer's Cristal is not held
-|btl||jacquesson 745|Jacquesson's 745 is not held (746 is)
moetimp|b150||M&C impérial|
ruibdb|b37||ruinart bdb|
bolsc|b37||bollinger SC|
-|btl||BS sous bois|a Billecart cuvée the library does not hold
-|btl||PR pure|Pol Roger Pure is not held
-|btl||taittinger rosé|Taittinger's rosé is not held
-|btl||drappier rosé|Drappier's rosé is not held
-|btl||pannier égérie|Pannier's Égérie is not held
-|btl|2022|sancerre rosé HB|Bourgeois's rosé is not held
-|gl||PF|two Pouilly-Fumé and a Pouilly-Fuissé held
-|gl||rouge|generic red
-|gl||blanc maison|generic house white
-|c50||rosé pichet|generic rosé
-|btl|2016|SE grand cru|Saint-Émilion: none held
-|btl|2019|chablis GC les clos|a grand cru the library does not hold
parentpom|b150|2019|pommard parent|
faivgev|b37|2019|gevrey faiveley|
chimayb|pinte||chimay|
-|b33||goudale|La Goudale is held only on draught
-|demi||IPA|generic
-|dose||genièvre 12 ans|an age the library does not hold
-|dose||cognac XO|generic cognac
-|dose||glenmorangie 10 ans|a whisky the library does not hold
-|||café|coffee
-|||déca|coffee
-|||crème|coffee
-|||ficelle picarde|food
-|||soupe champenoise|a house cocktail, not a library drink
-|||kir royal|a cocktail
-|||coupe de bienvenue|generic welcome glass
-|||planche maroilles|food
-|||tarte au maroilles|food
-|||dessert du jour|food
-|||bouchon|corkage
-|b100||eau|generic water
"""
