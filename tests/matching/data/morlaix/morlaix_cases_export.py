"""Export (accounting export of the back office): designations as the manager entered them.
expect|key|measure|vintage|text[|reason]"""
CASES = """
y|kerne_brut|B33||Cidre Kerné brut
y|kerne_brut|BOL||Cidre brut Kerné
y|kerne_aop|B||Cidre AOP Cornouaille Kerné
y|valrance|P50||Cidre Val de Rance cru breton
y|nicol|B||Cidre bouché brut Nicol
y|carpediem|BOL|2022|Cidre Carpe Diem brut Kervéguen
y|sassy|B33||Cidre Sassy brut
y|poire|P50||Poiré Domfront Pacory
y|chouchen|V||Chouchen Fisselier
y|pommeau|V||Pommeau de Bretagne Kervéguen
y|lillet|V||Lillet blanc
y|armorik|D2||Whisky Armorik Classic
y|eddu_gold|D||Whisky Eddu Gold
y|glen15|D||Whisky Glenfiddich 15 ans
y|lambig|D||Lambig Fisselier 10 ans
y|drouin|D2||Calvados Drouin VSOP
y|havana3|D||Rhum Havana Club 3 ans
y|get27|D2||Get 27
y|coreff_amb|PINTE||Coreff ambrée pression
y|coreff_bl|DEMI||Coreff blonde pression
y|k1664|DEMI||Kronenbourg 1664 pression
y|telenn_du|B33||Bière Telenn Du Lancelot
y|britt_blanche|B33||Bière Britt blanche
y|heineken00|B33||Heineken 0,0 sans alcool
y|breizh|B33||Breizh Cola
y|perrier|B33||Perrier
y|orangina|B25||Orangina
y|schweppes|B25||Schweppes tonic
y|plancoet|B100||Eau de Plancoët plate
y|milliat|B33||Jus de pomme Alain Milliat
y|briords|B|2022|Muscadet SEM s/lie Clos des Briords Dom. de la Pépière
y|clisson|B||Muscadet Clisson Dom. de la Pépière
y|allees|B|2021|Muscadet s/lie Clos des Allées Luneau-Papin
y|baronnes_b|B37|2022|Sancerre blanc Les Baronnes H. Bourgeois
y|baronnes_r|B|2021|Sancerre rouge Les Baronnes H. Bourgeois
y|huet|B|2019|Vouvray sec Le Haut-Lieu Huet
y|echo|B|2018|Chinon Clos de l'Écho Couly-Dutheil
y|terres_chaudes|B||Saumur-Champigny Terres Chaudes Roches Neuves
y|laroche|B|2021|Chablis St Martin Laroche
y|laroche|B37|2021|Chablis St Martin Laroche
y|vignee|V12|2022|Bourgogne Pinot noir La Vignée Bouchard
y|greysac|B|2016|Château Greysac Médoc
y|cadet|B37|2020|Mouton Cadet rouge
y|fombrauge|B|2018|Château Fombrauge St-Émilion GC
y|minuty|MAG|2022|M de Minuty rosé
y|taitt_rose|B||Champagne Taittinger Prestige rosé
y|ruinart|B||Champagne Ruinart Blanc de blancs
y|guigal_b|V12||Côtes du Rhône blanc Guigal
y|picpoul|P50||Picpoul de Pinet Félines Jourdan
a|baronnes_b|B37|2023|Sancerre blanc Les Baronnes H. Bourgeois
a|baronnes_r|B|2020|Sancerre rouge Les Baronnes H. Bourgeois
a|clisson|B|2017|Muscadet Clisson Dom. de la Pépière
a|echo|B|2016|Chinon Clos de l'Écho Couly-Dutheil
a|vignee|B|2020|Bourgogne Pinot noir La Vignée Bouchard
a|foillard|B|2018|Morgon Côte du Py J. Foillard
a|thivin|B|2022|Côte de Brouilly Château Thivin
a|lanessan|B|2014|Château Lanessan Haut-Médoc
a|cadet|B|2019|Mouton Cadet rouge
a|passavant|B|2022|Cabernet d'Anjou Ch. de Passavant
a|baumard|B50|2018|Quarts de Chaume Baumard
a|ladoucette|B|2020|Pouilly-Fumé de Ladoucette
a|grosplant|B|2022|Gros Plant s/lie Dom. de la Pépière
a|fombrauge|V15|2017|Château Fombrauge St-Émilion GC
a|butte|B|2019|Bourgueil Le Haut de la Butte
n|-food|U||Galette complète œuf jambon fromage|food
n|-food|U||Galette Saint-Jacques poireaux|food
n|-food|U||Crêpe froment beurre|food
n|-food|U||Crêpe Suzette flambée|food
n|-food|U||Menu enfant|food
n|-food|U||Formule déjeuner|food
n|-food|U||Andouille de Guémené|food
n|-soft|U||Café expresso|coffee
n|-soft|U||Thé|hot drink
n|-serv|U||Droit de bouchon|service
n|-serv|U||Privatisation salle|service
n|-alc|BOL||Cidre brut fermier du moment|generic cider
n|-alc|P25||Vin rouge maison|generic house wine
n|-alc|V||Kir breton cidre cassis|cocktail
n|-alc|V||Planteur maison|cocktail
n|-alc|D||Whisky Armorik 10 ans|Armorik cuvée not held
n|-alc|D||Whisky Glenfiddich 18 ans|age not held
n|-alc|B33||Bière Britt blonde|beer not held
n|-alc|B33||Bière Cervoise Lancelot|beer not held
n|-alc|B75||Cidre Kerné rosé|cider not held
n|kerne_aop|B33||Cidre AOP Cornouaille Kerné
n|leffe|DEMI||Leffe blonde pression
n|-alc|DEMI||Heineken pression|beer not held
n|laroche|MAG|2021|Chablis St Martin Laroche
n|terres_chaudes|B37|2021|Saumur-Champigny Terres Chaudes Roches Neuves
n|-alc|B75|2022|Saumur-Champigny Domaine Filliatreau|same appellation, another producer
n|-alc|B75|2021|Sancerre Le MD de Bourgeois|producer's other cuvée
n|-alc|B75|2022|Côtes du Rhône rosé Guigal|colour not held
n|-alc|B75|2019|Pessac-Léognan Château Carbonnieux blanc|wine not held
n|-alc|B75||Champagne Taittinger Comtes de Champagne Blanc de blancs|producer's other cuvée
n|-alc|B75|2020|Vouvray demi-sec Le Haut-Lieu Huet|demi-sec not held (the sec is)
n|-alc|B75||Crémant de Loire rosé Langlois-Château|colour not held
n|-alc|B75|2015|Riesling Cuvée Frédéric Émile Trimbach|producer's other cuvée
n|-soft|U||Diabolo menthe|soft not held
n|-soft|B100||Eau minérale Evian|water not held
n|-alc|D||Vodka Absolut|spirit not held
"""
