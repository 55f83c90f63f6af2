"""salle: the waiters' handheld in the dining room. key|measure|vintage|what was keyed[|why none]"""
CASES = """
pep|B|2023|Muscadet Clos des Briords
pep|B|2022|Muscadet Pépière Briords
pep|H|2023|Muscadet Briords
pep|V|2023|Muscadet Pépière
lun|B|2022|Muscadet Luneau-Papin Clos des Allées
barb|B|2023|Sancerre blanc Les Baronnes
barb|H|2022|Sancerre Baronnes blanc
barr|B|2021|Sancerre rouge Bourgeois
lad|B|2022|Pouilly-Fumé Ladoucette
vil|B|2020|Saumur-Champigny Ch. de Villeneuve
vilc|B|2019|Villeneuve Les Cormiers
cce|B|2019|Chinon Clos de l'Écho
ami|B|2021|St-Nicolas-de-Bourgueil La Source
lgr|B||Crémant Langlois rosé
hue|B|2020|Vouvray Le Haut-Lieu sec
mcr|H|2021|Mouton Cadet rouge
mcb|B|2022|Mouton Cadet blanc
bnr|B|2020|Ch. Bonnet rouge
lns|M|2016|Lanessan
lns|B||Château Lanessan
fom|B|2018|St-Émilion Fombrauge
pey|B|2020|Pey La Tour Réserve
p45r|H|2022|Parallèle 45 rouge
p45o|P50|2023|Parallèle 45 rosé
ggg|B|2019|Gigondas Guigal
gra|B|2021|Crozes Graillot
vtg|B|2018|CDP Vieux Télégraphe
wan|M|2023|Whispering Angel
min|P50|2023|M de Minuty
foi|B|2021|Morgon Côte du Py Foillard
chz|B|2022|Brouilly Ch. de la Chaize
trg|B|2020|Gewurz Trimbach
jms|V12||Sauvignon Jamelles
jmr|P25||Merlot maison Jamelles
moe|B||Moët Brut Impérial
moe|H||Moët Impérial
moe|M||Moët Brut
mor|B||Moët Rosé Impérial
vcq|B||Veuve Clicquot
vcq|CP||Veuve Clicquot brut
wpm|V||Pommeau Warenghem
rem|D||Cognac Rémy VSOP
pmg|D||Calva Père Magloire
bad|B100||Badoit
kdx|B||Kerné Doux
vrb|B||Val de Rance brut
# almost
pep|B|2021|Muscadet Briords
lun|B|2023|Clos des Allées Luneau
barr|B|2022|Sancerre rouge Baronnes
barb|H|2023|Sancerre blanc Bourgeois
vil|B|2022|Saumur-Champigny Villeneuve
cce|B|2020|Chinon Écho
mcr|B|2022|Mouton Cadet rouge
lns|M|2018|Lanessan
fom|B|2019|Fombrauge
ggg|B|2020|Gigondas Guigal
vtg|B|2017|Télégraphe La Crau
foi|B|2022|Morgon Foillard Py
trg|B|2021|Gewurztraminer Trimbach
wan|B|2024|Whispering Angel
# none
-|X||Menu du jour|food
-|X||Formule midi entrée + plat|food
-|X||Andouille de Guémené purée|food
-|X||Galette complète|food
-|X||Moules frites|food
-|X||Far breton|food
-|X||Café gourmand|coffee and desserts
-|X||Moules au cidre|food, a dish cooked with cider
-|V||Vin du moment rouge|generic
-|P50||Pichet rouge maison|generic house red
-|B||Muscadet|three muscadets held
-|B||Sancerre|two Sancerre Baronnes held (blanc, rouge)
-|B||Chinon Couly-Dutheil|two Couly-Dutheil Chinons held
barb|M|2022|Sancerre Baronnes blanc
pep|M|2023|Muscadet Briords mag
vil|H|2021|Saumur-Champigny Villeneuve
-|B|2021|Pouilly-Fumé Baron de L|Ladoucette's other cuvée, not held
-|B|2020|Vouvray Le Haut-Lieu moelleux|Huet's moelleux, not held (the sec is)
-|B||Moët Nectar Impérial|Moët's other cuvée, not held
-|B||Veuve Clicquot Rosé|rosé not held
-|B||Mouton Cadet rosé|rosé not held
-|B|2021|Gigondas Dom. Santa Duc|another producer's Gigondas
-|B|2022|Morgon Foillard Corcelette|Foillard's other Morgon, not held
min|M|2023|M de Minuty
-|B||Riesling Trimbach Cuvée Frédéric Émile|Trimbach's other Riesling, not held
-|B|2022|Ch. Bonnet rosé|Bonnet rosé not held
-|V||Chouchen Lizig|another producer's chouchen
-|D||Calva Drouin|another producer's calvados
-|D||Rémy XO|Rémy Martin XO not held (VSOP is)
-|D||Armorik Sherry Cask|Armorik cuvée not held
-|CP||Champagne|generic, three champagnes held
-|CP||Kir royal|mixed drink
-|V||Kir breton|mixed drink
-|B||Cidre fermier|generic cider
-|X||Droit de bouchon|service
per|B100||Perrier
"""
