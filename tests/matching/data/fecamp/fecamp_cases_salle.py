"""La Marée, till `salle` (the dining-room tablet): what was keyed.

key|measure|vintage|text            a drink of the library
-|measure|vintage|family|text|why   anything else
"""
CASES = """
briords||2022|Muscadet Clos des Briords
briords||2019|Muscadet sur lie Clos des Briords
briords|m|2021|Clos des Briords Pépière
briords|m|2022|Muscadet Briords
pepie||2024|La Pépie
amphibolite||2022|Muscadet Amphibolite Landron
amphibolite|h||Amphibolite
-||2022|VB|Muscadet Sèvre et Maine sur lie|four Muscadets held
-||2022|VB|Muscadet Pépière Clisson|a cuvée of the Pépière not held
flores||2023|Sancerre Florès Pinard
flores||2021|Sancerre Florès
flores|h||Sancerre Pinard
flores|m|2023|Sancerre Florès
moussiere_b||2022|Sancerre La Moussière blanc
moussiere_b|m|2021|Sancerre La Moussière
moussiere_r||2020|Sancerre rouge Mellot La Moussière
moussiere_r||2021|Sancerre rouge La Moussière
-||2022|VB|Sancerre blanc Mellot Edmond|Mellot's Edmond not held
tracy||2022|Pouilly-Fumé Ch. de Tracy
-||2022|VB|Pouilly-Fuissé|not held
pelle||2022|Menetou-Salon Morogues Pellé
-||2022|VR|Menetou-Salon rouge Pellé|colour not held
stmartin||2022|Chablis Saint-Martin Laroche
stmartin|h|2021|Chablis St-Martin
steclaire||2021|Chablis Sainte Claire
montmains||2020|Chablis 1er Cru Montmains
-||2021|VB|Chablis 1er Cru Fourchaume|not held
lesclos||2019|Chablis GC Les Clos Moreau
lesclos||2017|Chablis Grand Cru Les Clos
-||2020|VB|Chablis Grand Cru Valmur|not held
hugel_ries||2021|Riesling Hugel
-||2019|VB|Riesling Grossi Laüe Hugel|Hugel's other Riesling
hugel_gewurz||2018|Gewurz. Classic
-||2021|VB|Pinot Gris Trimbach|not held
hautlieu||2021|Vouvray Le Haut-Lieu sec Huet
hautlieu||2022|Vouvray Haut-Lieu
-||2021|VB|Vouvray Le Haut-Lieu moelleux|the moelleux is not held
remus||2020|Montlouis Rémus Taille aux Loups
deuxroches||2023|St-Véran
layon|b50|2019|Coteaux du Layon Carte d'Or
layon|g||Coteaux du Layon
granges||2022|Chinon Les Granges Baudry
granges|m|2021|Chinon Les Granges
granges|h|2022|Chinon Baudry
-||2021|VR|Saumur-Champigny Roches Neuves Marginale|another cuvée
cotedupy||2021|Morgon Côte du Py Foillard
cotedupy|m|2021|Morgon Foillard
-||2021|VR|Morgon Corcelette Foillard|another cuvée
lanessan||2015|Ch. Lanessan
lanessan|h|2016|Château Lanessan
lanessan||2012|Château Lanessan Haut-Médoc
-||2020|VB|Côtes-du-Rhône blanc Guigal|colour not held
whispering|m|2023|Whispering Angel Esclans
-||2023|VRS|Côtes de Provence rosé|two held
taitt_brut|||Taittinger Brut Réserve
taitt_brut|h||Taittinger Brut Rés.
taitt_brut|m||Taittinger Brut
taitt_rose|||Taittinger Prestige Rosé
taitt_rose|m||Taittinger Rosé
-|||CH|Taittinger Comtes de Champagne|another cuvée
bolly_sc|m||Bollinger Spécial Cuvée
bolly_gda||2014|Bollinger La Grande Année
bolly_gda||2012|Bollinger Grande Année
lp_cuvee|||Laurent-Perrier La Cuvée
lp_cuvee|h||Laurent-Perrier La Cuvée
lp_rose|||Laurent-Perrier Cuvée Rosé
-|||CH|R de Ruinart|another cuvée
-|||CH|Veuve Clicquot Rosé|not held
-|f||CH|Coupe de champagne|generic
dupont_bouche|||Cidre Bouché Dupont
dupont_reserve|||Cidre Dupont Réserve
-|||CI|Cidre Dupont|two Dupont ciders held
pacory|||Poiré Pacory
dupont_pommeau|d6||Pommeau Dupont
dupont_hda|d||Calvados Hors d'Âge Dupont
groult_or|d||Roger Groult Âge d'Or
-|d||CA|Calvados Dupont 15 ans|not held
benedictine|d||Bénédictine
bnb|d||B&B Bénédictine
-|d||DG|Bénédictine Single Cask|not held
remy_vsop|d||Cognac Rémy Martin VSOP
-|d||DG|Rémy Martin XO|not held
-|d||DG|Armagnac|not held
grim|pt||Grimbergen Ambrée pression
leffe|dm||Leffe pression
-|||BI|Chimay Triple|not held
evian|b100||Evian
jusdupont|||Jus de pomme Dupont
-|x||CU|Plateau de fruits de mer La Marée|food
-|x||CU|Sole meunière|food
-|x||CU|Moules marinières|food
-|x||CU|Huîtres fines de claire n°3 x6|food
-|x||DE|Teurgoule|dessert
-|x||CF|Café|coffee
-|x||DV|Droit de bouchon|corkage
-|x||AP|Kir normand|mixed drink
-|x||CA|Trou normand|served preparation
"""
