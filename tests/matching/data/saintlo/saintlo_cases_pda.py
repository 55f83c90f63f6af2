"""Waiters' handheld (pda): what the waiter tapped, as the menu item was named on the handheld.
y/a/n|drink key or -|measure|vintage typed|text[|reason|export family]. The handheld prints the measure
word first, the name, the vintage in four digits, and cuts the line at 34 characters with an ellipsis."""
CASES = """
y|nerthe|BTL|2019|Ch. La Nerthe
y|nerthe|BTL|2020|Châteauneuf La Nerthe
y|offerus|BTL|2021|St-Joseph Offerus Chave
y|tourdeby|BTL|2018|Château Tour de By
y|tourdeby|MAG|2016|Tour de By
y|pez|BTL|2017|Ch. de Pez St-Estèphe
y|puygueraud|BTL|2019|Puygueraud
y|fombrauge|BTL|2019|Fombrauge St-Émilion
y|fombrauge|BTL|2018|Château Fombrauge
y|framboisiere|BTL|2020|Mercurey Faiveley
y|triguedina|BTL|2018|Cahors Clos Triguedina
y|montus|BTL|2017|Madiran Montus
y|source|BTL|2022|St Nicolas Amirault
y|lapierre|BTL|2021|Morgon Lapierre
y|madone|BTL||Fleurie Madone
y|chaize|HALF|2022|Chaize
y|cdrguigal|HALF|2021|CDR Guigal
y|vaillons|BTL|2020|Chablis 1er Cru Les Vaillons Laroche
y|stmartin|HALF|2022|Chablis Laroche
y|stmartin|BTL|2021|Chablis Saint Martin Laroche
y|ladoucette|BTL|2021|Pouilly-Fumé Ladoucette
y|hautlieu|BTL|2021|Vouvray Huet Haut-Lieu
y|trimbachgewurz|BTL|2020|Gewurz Trimbach
y|latourmeur|BTL|2020|Meursault Latour
y|laforetb|BTL|2022|Bourgogne blanc Drouhin
y|bonnet|BTL|2023|Château Bonnet blanc
y|minuty|MAG|2023|M de Minuty
y|whispering|BTL|2023|Whispering Angel
y|cdrguigalrs|BTL|2023|Côtes du Rhône rosé Guigal
y|filhot|HALF|2017|Sauternes Filhot
y|filhot|GLASS|2016|Sauternes Filhot
y|taittinger|BTL||Taittinger Brut Réserve
y|taittinger|MAG||Taittinger
y|taittinger|HALF||Taittinger Brut
y|lpcuvee|BTL||Laurent-Perrier La Cuvée
y|lprose|BTL||Laurent-Perrier Rosé
y|ruinartbdb|BTL||Ruinart Blanc de Blancs
y|bollinger|BTL||Bollinger Spécial Cuvée
y|clicquot|BTL||Veuve Clicquot Carte Jaune
y|clicquotvint|BTL|2012|Clicquot Vintage
y|albrecht|BTL||Crémant d'Alsace Albrecht
y|fombrauge|G15|2019|Fombrauge
y|vacheronb|BTL|2022|Sancerre blanc Vacheron
y|coqxo|DOSE||Calvados Coquerel XO
y|drouinhda|DOSE||Calva Drouin Hors d'Âge
y|lagavulin16|DOSE||Lagavulin 16 ans
y|evian|C100||Evian
a|nerthe|BTL|2018|Château La Nerthe
a|tourdeby|BTL|2020|Tour de By
a|pez|BTL|2016|Ch. de Pez
a|fombrauge|BTL|2016|Fombrauge
a|triguedina|BTL|2019|Clos Triguedina
a|montus|BTL|2018|Montus
a|vaillons|BTL|2021|Chablis Vaillons
a|latourmeur|BTL|2021|Meursault L. Latour
a|hautlieu|BTL|2022|Vouvray Haut-Lieu
a|clicquotvint|BTL|2013|Clicquot Vintage
a|minuty|MAG|2022|M de Minuty
a|cdrguigal|HALF|2020|CDR Guigal
a|filhot|HALF|2015|Filhot
a|tourdeby|MAG|2015|Tour de By
a|ladoucette|BTL|2022|Pouilly-Fumé Ladoucette
n|-|NONE||Café gourmand|dessert|9
n|-|NONE||Café|coffee|8
n|-|NONE||Thé vert|tea|8
n|-|NONE||Infusion verveine|herbal tea|8
n|-|NONE||Menu du jour|food|9
n|-|NONE||Plateau de fromages|food|9
n|-|NONE||Tarte normande|food|9
n|-|NONE||Couvert supplémentaire|service|9
n|-|NONE||Droit de bouchon|corkage service|9
n|-|P50||Vin rouge maison|generic house red|1
n|-|GLASS||Vin blanc du moment|generic white of the moment|2
n|-|BTL|2019|Fombrauge blanc|white Fombrauge not held (red is)|2
n|nerthe|MAG|2019|La Nerthe
n|lprose|MAG||Laurent-Perrier Rosé
n|ruinartbdb|HALF||Ruinart
n|-|BTL||Ruinart Rosé|Ruinart rosé not held (Blanc de Blancs is)|4
n|-|BTL|2013|Dom Pérignon|not held|4
n|-|BTL||Clicquot La Grande Dame|La Grande Dame not held (Carte Jaune and Vintage are)|4
n|-|BTL|2020|Chablis 1er Montmains Laroche|Laroche's Montmains not held (Saint Martin, Vaillons are)|2
n|-|BTL|2021|Gewurztraminer Hugel|Hugel not held (Trimbach's is)|2
n|-|BTL|2020|Trimbach Frédéric Émile|Trimbach's Cuvée Frédéric Émile not held|2
n|-|BTL|2018|Château Bouscassé|Brumont's other estate, not held (Montus is)|1
n|-|BTL|2020|CDP blanc La Nerthe|white La Nerthe not held (red is)|2
n|-|BTL|2022|Aligoté Drouhin|Drouhin's Aligoté not held|2
n|-|BTL|2022|Sancerre rosé Vacheron|Vacheron's rosé not held (white and red are)|3
n|whispering|HALF||Whispering Angel
n|pez|MAG|2017|Château de Pez
n|-|DOSE||Calvados Coquerel 20 ans|Coquerel 20 years not held|7
n|-|DOSE||Bas-Armagnac Delord XO|not held|7
n|-|DOSE||Rémy Martin XO|Rémy Martin XO not held (VSOP is)|7
n|-|DOSE||Lagavulin 8 ans|Lagavulin 8 not held (16 is)|7
n|-|DOSE||Diplomático Reserva|not held|7
n|-|C50||Vittel|not held|8
n|evian|C33||Evian
n|-|NONE||Irish coffee|mixed hot drink|8
n|-|NONE||Kir royal|mixed drink|6
""".strip().splitlines()
