"""resa: the booking platform's pre-order lines (key|measure|vintage|text|reason).

The platform writes the item's web name (cut at 38 characters with an ellipsis), the format
word first, the vintage in brackets ((NM) for a non-vintage champagne) and the quantity.
"""
CASES = """
polres|btl||Champagne Pol Roger Brut Réserve|
polres|b150||Champagne Pol Roger Brut Réserve|
polbdb|btl|2013|Champagne Pol Roger Blanc de Blancs Vintage|
polbdb|btl|2012|Champagne Pol Roger Blanc de Blancs|
polswc|btl|2013|Champagne Pol Roger Sir Winston Churchill|
polswc|btl|2012|Champagne Pol Roger Cuvée Sir Winston Churchill|
bsres|cp||Champagne Billecart-Salmon Brut Réserve|
bsbdb|btl||Champagne Billecart-Salmon Blanc de Blancs Grand Cru|
vccj|b150||Champagne Veuve Clicquot Brut Carte Jaune|
vcgd|btl|2015|Champagne Veuve Clicquot La Grande Dame|
vcgd|btl|2018|Champagne Veuve Clicquot La Grande Dame|
moetimp|btl||Champagne Moët & Chandon Impérial Brut|
bolsc|b150||Champagne Bollinger Special Cuvée|
bolga|btl|2014|Champagne Bollinger La Grande Année|
taitcomtes|btl|2012|Champagne Taittinger Comtes de Champagne|
taitcomtes|btl|2011|Champagne Taittinger Comtes de Champagne Blanc de Blancs|
roed244|btl||Champagne Louis Roederer Collection 244|
drapcdo|cp||Champagne Drappier Carte d'Or|
drapgs|btl|2012|Champagne Drappier Grande Sendrée|
drapgs|btl|2014|Champagne Drappier Grande Sendrée|
gimfleu|btl|2018|Champagne Pierre Gimonnet Fleuron 1er Cru|
gimfleu|btl|2015|Champagne Pierre Gimonnet Fleuron|
eglytrad|btl||Champagne Egly-Ouriet Brut Tradition Grand Cru|
chartbdn|cp||Champagne Charlot-Tanneux Blanc de Noirs|
sancbourg|btl|2022|Sancerre Henri Bourgeois La Côte des Monts Damnés|
sancbourg|btl|2019|Sancerre Henri Bourgeois Monts Damnés|
sancvach|btl|2021|Sancerre Domaine Vacheron Les Romains|
ladouc|btl|2021|Pouilly-Fumé de Ladoucette|
ladouc|b37|2022|Pouilly-Fumé de Ladoucette|
ladouc|b37|2021|Pouilly-Fumé Baron de Ladoucette|
dagpur|btl|2020|Pouilly-Fumé Didier Dagueneau Pur Sang|
baudgrez|btl|2019|Chinon Bernard Baudry Les Grézeaux|
baudgrez|btl|2021|Chinon Bernard Baudry Les Grézeaux|
villchamp|c50|2022|Saumur-Champigny Château de Villeneuve|
brocste|btl|2023|Chablis Jean-Marc Brocard Sainte-Claire|
brocste|b150|2021|Chablis Jean-Marc Brocard Sainte-Claire|
brocmont|btl|2020|Chablis 1er Cru Montmains Jean-Marc Brocard|
billaud|btl|2020|Chablis 1er Cru Montée de Tonnerre Billaud-Simon|
billaud|btl|2022|Chablis 1er Cru Montée de Tonnerre Billaud-Simon|
faivgev|btl|2019|Gevrey-Chambertin Domaine Faiveley|
faivgev|btl|2017|Gevrey-Chambertin Domaine Faiveley|
ballmeur|btl|2020|Meursault Domaine Ballot-Millot|
ballmeur|btl|2022|Meursault Domaine Ballot-Millot|
bouillot|btl||Crémant de Bourgogne Louis Bouillot Perle d'Ivoire|
lagrange|btl|2016|Château Lagrange Saint-Julien 3e Grand Cru Classé|
lagrange|b150|2015|Château Lagrange Saint-Julien|
lagrange|btl|2017|Château Lagrange Saint-Julien|
tsb|b37|2019|Château Tour Saint-Bonnet Médoc|
doisy|b37|2017|Château Doisy-Daëne Sauternes|
doisy|b37|2015|Château Doisy-Daëne Sauternes|
baumard|b50|2019|Coteaux du Layon Domaine des Baumard|
miraval|btl|2023|Côtes de Provence Château Miraval rosé|
miraval|btl|2022|Château Miraval rosé|
goudalep|pinte||La Goudale blonde|
pelforthp|demi||Pelforth blonde|
chimayb|b33||Chimay Bleue|
jenlamb|b75||Jenlain Ambrée|
ferrand|dose||Cognac Pierre Ferrand 1840 Original|
lagav16|dose||Lagavulin 16 ans|
-|||Menu Champenois|food: a set menu
-|||Menu Enfant|food: a set menu
-|||Menu du Marché|food: a set menu
-|||Accord mets et vins (3 verres)|a wine pairing, not one drink
-|||Gâteau d'anniversaire|food
-|||Bougies et message sur l'assiette|service
-|||Location du salon privé|service
-|cp|NM|Champagne de la maison|generic house champagne
-|btl|NM|Champagne Krug Grande Cuvée|a house the library does not hold
-|btl|2013|Champagne Dom Pérignon|a cuvée the library does not hold
moetimp|b150||Champagne Moët & Chandon Impérial Brut|
vcros|b150||Champagne Veuve Clicquot Rosé|
ruibdb|b37||Champagne Ruinart Blanc de Blancs|
-|btl|2008|Champagne Billecart-Salmon Cuvée Nicolas François|a Billecart cuvée the library does not hold
-|btl|NM|Champagne Bollinger Rosé|Bollinger's rosé is not held
-|btl|NM|Champagne Taittinger Prélude Grands Crus|a Taittinger cuvée the library does not hold
-|btl|NM|Champagne Pol Roger Pure Extra Brut|Pol Roger Pure is not held
-|btl|NM|Champagne Pannier Égérie Extra Brut|Pannier's Égérie is not held
-|btl|2022|Sancerre rosé Domaine Vacheron|Vacheron's rosé is not held
-|btl|2022|Sancerre|appellation alone: three Sancerres held
-|btl|2020|Chablis Grand Cru Les Clos|a grand cru the library does not hold
parentpom|b150|2019|Pommard Domaine Parent|
faivgev|b37|2019|Gevrey-Chambertin Domaine Faiveley|
-|btl|2020|Château Lagrange blanc Les Arums de Lagrange|Lagrange's white is not held
-|btl|2018|Les Allées de Cantemerle|Cantemerle's second wine is not held
-|c50||Vin rouge de la maison|generic house red
chimayb|pinte||Chimay Bleue|
-|b33||La Goudale blonde|La Goudale is held only on draught
-|b33||Heineken|a beer the library does not hold
-|dose||Genièvre de Wambrechies 12 ans|an age the library does not hold
-|b70||Hennessy XO|a cognac the library does not hold
-|||Jus d'orange pressé|a soft the library does not hold
-|||Droit de bouchon|corkage
-|||Café gourmand|coffee and desserts
-|||Forfait boissons (apéritif + vin + café)|a drinks package, not one drink
"""
