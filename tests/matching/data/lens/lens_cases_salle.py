"""SALLE: the dining room's till, whose articles were imported from the
wholesaler's catalogue. What the article says, and the waiter's sale key.

key|format_cl|sale|vintage|Catalogue text          a drink of the library
-|format_cl|sale|vintage|Catalogue text|reason     no drink of the library
-||||Text|reason                                    a dish or service typed by the owner
The till adds the catalogue's article number, the vintage, the format and the
packaging word (lens_tills).
"""
CASES = """
lanessan|75|btl|2016|Vin rouge AOC Haut-Médoc Château Lanessan
lanessan|37.5|btl|2018|Vin rouge AOC Haut-Médoc Château Lanessan
chasse|75|btl|2015|Moulis-en-Médoc Château Chasse-Spleen rouge
chasse|150|btl|2015|Château Chasse-Spleen Moulis magnum
oratoire|75|btl|2019|L'Oratoire de Chasse-Spleen Moulis rouge
tsb|75|btl|2020|Château Tour Saint-Bonnet Médoc AOC rouge
tsb|75|vre|2019|Vin rouge Médoc Château Tour St-Bonnet
greysac|75|btl|2018|Vin rouge Médoc Château Greysac Cru Bourgeois
puygueraud|75|btl|2019|Francs Côtes de Bordeaux Château Puygueraud
mouton_cadet|75|p50|2020|Bordeaux AOC rouge Mouton Cadet Baron Philippe de Rothschild
belair|75|v12|2022|Bordeaux blanc sec Château Bel Air Perponcher
cdr_guigal_r|75|p25|2020|Côtes du Rhône rouge E. Guigal
cdr_guigal_r|150|btl|2019|Côtes du Rhône rouge Guigal magnum
cdr_guigal_b|75|vre|2022|Côtes du Rhône blanc E. Guigal
cdr_perrin|75|btl|2021|Côtes du Rhône Réserve rouge Famille Perrin
cdr_cosme|75|btl|2022|Côtes du Rhône rouge Château de Saint Cosme
gigondas_cosme|75|btl|2019|Gigondas rouge Château de St Cosme
crozes|75|btl|2021|Crozes-Hermitage Les Meysonniers M. Chapoutier rouge
sancerre|75|v15|2023|Sancerre blanc Domaine Vacheron
sancerre|37.5|btl|2022|Sancerre blanc Vacheron demi-bouteille
tracy|75|btl|2021|Pouilly-Fumé Château de Tracy blanc
coing|75|vre|2022|Muscadet Sèvre et Maine sur Lie Château du Coing de St Fiacre
chinon|75|btl|2018|Chinon rouge Les Picasses Olga Raffault
villeneuve|75|btl|2020|Saumur-Champigny Château de Villeneuve rouge
huet|75|btl|2020|Vouvray sec Le Haut-Lieu Domaine Huet
trimbach_cfe|75|btl|2015|Alsace Riesling Cuvée Frédéric Émile Trimbach
trimbach_gew|75|vre|2020|Alsace Gewurztraminer F.E. Trimbach
hugel|75|btl|2022|Alsace Gentil Hugel & Fils
wolfberger|75|btl||Crémant d'Alsace Brut Wolfberger
taittinger|150|btl||Champagne Taittinger Brut Réserve magnum
polroger_br|37.5|btl||Champagne Pol Roger Brut Réserve demi-bouteille
polroger_vint|75|btl|2015|Champagne Pol Roger Brut Vintage
ruinart|75|cp||Champagne Ruinart Blanc de Blancs
whispering|75|btl|2023|Côtes de Provence rosé Whispering Angel Château d'Esclans
morgon|75|btl|2021|Morgon Côte du Py Jean Foillard
leffe_blonde|3000|demi||Bière Leffe Blonde 6,6°
jenlain|3000|pinte||Bière de garde Jenlain Ambrée 7,5°
karmeliet|2000|demi||Bière Tripel Karmeliet 8,4°
hoegaarden|2000|pinte||Bière blanche Hoegaarden 4,9°
chimay_bleue|75|btl||Bière trappiste Chimay Bleue Grande Réserve 9°
orval|33|btl||Bière trappiste Orval 6,2°
chti_blonde|75|btl||Bière Ch'ti Blonde Castelain 6,4°
badoit|100|btl||Eau gazeuse Badoit
vittel|50|btl||Eau minérale naturelle Vittel
lillet|75|vre||Lillet Blanc apéritif 17°
remy_vsop|70|4cl||Cognac Rémy Martin VSOP 40°
glen15|70|4cl||Whisky Glenfiddich 15 ans Single Malt 40°
martini_rosso|100|dose||Martini Rosso vermouth 15°
lanessan|75|btl|2015|Vin rouge AOC Haut-Médoc Château Lanessan
lanessan|37.5|btl|2016|Château Lanessan Haut-Médoc rouge
chasse|75|btl|2016|Moulis-en-Médoc Château Chasse-Spleen rouge
chasse|150|btl|2016|Château Chasse-Spleen Moulis magnum
oratoire|75|btl|2018|L'Oratoire de Chasse-Spleen Moulis rouge
tsb|75|btl|2018|Château Tour Saint-Bonnet Médoc AOC rouge
greysac|75|btl|2016|Vin rouge Médoc Château Greysac Cru Bourgeois
puygueraud|75|btl|2020|Francs Côtes de Bordeaux Château Puygueraud
desales|75|btl|2016|Pomerol Château de Sales
cdr_guigal_r|75|btl|2021|Côtes du Rhône rouge E. Guigal
cdr_guigal_b|75|btl|2023|Côtes du Rhône blanc E. Guigal
crozes|75|btl|2019|Crozes-Hermitage Les Meysonniers M. Chapoutier rouge
sancerre|75|btl|2024|Sancerre blanc Domaine Vacheron
chinon|75|btl|2016|Chinon rouge Les Picasses Olga Raffault
trimbach_ries|75|btl|2019|Alsace Riesling Trimbach
trimbach_ries|75|v12|2023|Alsace Riesling Maison Trimbach
polroger_vint|75|btl|2014|Champagne Pol Roger Brut Vintage
whispering|75|btl|2022|Côtes de Provence rosé Whispering Angel Château d'Esclans
morgon|75|btl|2019|Morgon Côte du Py Jean Foillard
mouton_cadet|75|btl|2019|Bordeaux AOC rouge Mouton Cadet Baron Philippe de Rothschild
hugel|75|btl|2021|Alsace Gentil Hugel & Fils
villeneuve|75|btl|2019|Saumur-Champigny Château de Villeneuve rouge
-|75|btl|2020|Sancerre rouge Domaine Vacheron|colour not held
-|75|btl|2021|Côtes du Rhône rosé E. Guigal|colour not held
sancerre|150|btl|2022|Sancerre blanc Domaine Vacheron magnum
trimbach_ries|37.5|btl|2021|Alsace Riesling Trimbach
-|75|btl|2019|Côtes du Rhône Little James' Basket Press Château de Saint Cosme|another Saint Cosme wine
-|75|btl|2020|Vouvray sec Le Mont Domaine Huet|another Huet lieu-dit
-|75|btl|2018|Chinon rouge Les Barnabés Olga Raffault|another Raffault cuvee
-|75|btl||Champagne Taittinger Prélude Grands Crus|another Taittinger cuvee
-|75|btl||Champagne Taittinger Prestige Rosé|Taittinger rose not held
-|75|btl||Champagne R de Ruinart Brut|another Ruinart cuvee
-|75|btl|2013|Champagne Pol Roger Cuvée Sir Winston Churchill|another Pol Roger cuvee
-|75|btl|2020|Morgon Corcelette Jean Foillard|another Foillard cuvee
-|75|btl|2019|Haut-Médoc Château Cantemerle|not held
-|75|btl|2020|Bordeaux Supérieur rouge|generic
-|75|p50||Vin de France rouge cuvée maison|generic house wine
-|75|vre||Vin blanc sec cuvée maison|generic house wine
-|75|btl|2021|Alsace Pinot Gris Trimbach|another Trimbach grape
-|75|btl|2020|Alsace Riesling Classic Hugel|another Hugel wine
-|75|btl||Crémant d'Alsace Rosé Wolfberger|colour not held
chti_triple|3000|demi||Bière Ch'ti Triple Castelain 8,5°
-|2000|pinte||Bière Leffe Ruby 5°|not held
-|33|btl||Bière trappiste Chimay Dorée 4,8°|not held
duvel|75|btl||Bière Duvel 8,5°
-|33|btl||Bière trappiste Rochefort 6 7,5°|Rochefort 6 not held
-|70|4cl||Whisky Glenfiddich 18 ans Single Malt 40°|18 ans not held
-|70|4cl||Cognac Rémy Martin XO 40°|XO not held
-|70|btl||Rhum Havana Club 7 ans 40°|7 ans not held
-|100|dose||Martini Extra Dry 15°|variant not held
-|100|btl||Eau plate Cristaline|not held
-||||Carbonnade flamande, frites|food
-||||Potjevleesch maison|food
-||||Welsh au Maroilles|food
-||||Tarte au sucre|dessert
-||||Café gourmand|coffee
-||||Droit de bouchon|service
-||||Menu Sang et Or|menu
"""
