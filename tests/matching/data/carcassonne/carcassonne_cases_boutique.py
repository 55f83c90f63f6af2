"""BOUTIQUE: the wine-shop corner's barcode till (export 'EAN13;Désignation;Millésime;Contenance').

One line a product: intended answer (y/a/n) | drink key or '-' | measure | vintage |
designation | note. A measure '=xxx' is a literal contenance for a product that is no drink.
"""
CASES = """
y|lastours|B|2016|Château de Lastours - Cuvée Simone Descamps - Corbières AOP Rouge
a|lastours|B|2015|Château de Lastours - Simone Descamps - Corbières AOP
y|villemajou|B|2019|Gérard Bertrand - Château de Villemajou - Corbières-Boutenac Rouge
y|villemajou|M|2019|Gérard Bertrand Château de Villemajou Magnum
a|villemajou|B|2021|Château de Villemajou Corbières Boutenac AOP - Gérard Bertrand
y|colvents_rs|B|2023|Castelmaure Col des Vents Corbières Rosé
y|pechlatt|B|2020|Château Pech-Latt Corbières Rouge Bio
a|pechlatt|B|2019|Château Pech-Latt - Corbières AOP Rouge
y|cantilene|B|2020|Château Sainte Eulalie - La Cantilène - Minervois La Livinière
y|cantilene|H|2020|Ch. Sainte Eulalie La Cantilène Minervois La Livinière
a|cantilene|B|2018|Château Sainte-Eulalie La Cantilène AOP Minervois-La Livinière
y|plaisir|B|2022|Château Sainte Eulalie - Plaisir d'Eulalie - Minervois
a|sylla|B|2019|Domaine Borie de Maurel Sylla Minervois AOP
y|nine|B|2021|Domaine Jean-Baptiste Senat - La Nine - Minervois
a|nine|B|2022|Domaine J.-B. Senat La Nine Minervois AOP
y|pennautier_r|B|2019|Château de Pennautier - Cabardès AOP Rouge - Lorgeril
y|pennautier_r|M|2019|Lorgeril Château de Pennautier Cabardès Rouge Magnum
a|pennautier_r|M|2021|Château de Pennautier Cabardès Rouge - Magnum|the magnum is held in 2019 only
y|pennautier_rs|B|2023|Château de Pennautier Cabardès Rosé
y|vent_est|B|2018|Domaine de Cabrol Vent d'Est Cabardès AOP
y|ventenac|B|2020|Château Ventenac - Cabardès Rouge
a|ventenac|B|2021|Château Ventenac Cabardès AOP Rouge
y|guilhem_r|B|2019|Château Guilhem - Prestige - Malepère Rouge
y|eugenie|B||Maison Antech - Cuvée Eugénie - Blanquette de Limoux Brut
y|eugenie|H||Antech Blanquette de Limoux Eugénie Brut
y|ancestrale_antech|B||Antech - Blanquette Méthode Ancestrale Doux
y|emotion|B||Antech - Émotion - Crémant de Limoux Brut Rosé
y|g1531|B||Sieur d'Arques - Grande Cuvée 1531 - Crémant de Limoux
y|g1531|M||Sieur d'Arques Grande Cuvée 1531 Crémant de Limoux Brut Magnum
y|toques|B|2020|Sieur d'Arques - Toques et Clochers - Limoux Chardonnay
y|megalithes|B|2019|Domaine Bertrand-Bergé - Les Mégalithes - Fitou
y|megalithes|M|2019|Bertrand-Bergé Les Mégalithes Fitou Magnum
y|ancestrale_bb|B|2017|Domaine Bertrand-Bergé - Ancestrale - Fitou AOP
a|ancestrale_bb|B|2016|Bertrand-Bergé Ancestrale Fitou Rouge
y|douze|H|2021|Mont Tauch Les Douze Fitou Demi-bouteille
a|douze|B|2020|Mont Tauch Les Douze Fitou AOP Rouge
a|nouvelles|B|2019|Château de Nouvelles Fitou Rouge
y|daumas|B|2018|Mas de Daumas Gassac Rouge IGP Pays de l'Hérault
y|gris_blanc|B|2023|Gérard Bertrand - Gris Blanc - IGP Pays d'Oc Rosé
y|gris_blanc|M|2023|Gérard Bertrand Gris Blanc Rosé Magnum
y|figure_libre|B|2021|Domaine Gayda - Figure Libre Freestyle Rouge
a|figure_libre|B|2022|Gayda Figure Libre Freestyle Pays d'Oc Rouge
y|gauby|B|2020|Domaine Gauby - Vieilles Vignes - Côtes Catalanes Blanc
y|cote_est|B|2023|Domaine Lafage - Côté Est - Côtes Catalanes Blanc
y|amiel10|B||Mas Amiel - Maury 10 ans d'âge
y|rimage|B50|2020|Cellier des Templiers Banyuls Rimage 50cl
y|rimage|B50|2019|Cellier des Templiers - Banyuls Rimage
y|chasse|B|2015|Château Chasse-Spleen Moulis-en-Médoc
a|chasse|B|2016|Château Chasse-Spleen - Moulis
y|oratoire|B|2018|L'Oratoire de Chasse-Spleen Moulis
a|oratoire|B|2016|L'Oratoire de Chasse-Spleen - Moulis-en-Médoc
y|larose|B|2018|Château Larose-Trintaudon Haut-Médoc
y|moet|B||Moët & Chandon Brut Impérial
y|moet|H||Moët & Chandon Impérial Brut Demi-bouteille
y|clicquot|M||Veuve Clicquot Carte Jaune Magnum
y|lp|B||Laurent-Perrier La Cuvée Brut
y|lp_rose|B||Laurent-Perrier Cuvée Rosé Coffret
y|laubade_xo|B||Château de Laubade XO Bas-Armagnac
y|darroze20|B||Darroze Grands Assemblages 20 ans Bas-Armagnac
y|lagavulin|B||Lagavulin 16 ans Islay Single Malt
y|nikka|B||Nikka From the Barrel 51,4%
y|noilly|B||Noilly Prat Original Dry Vermouth
n|-|=1 kg||Cassoulet de Castelnaudary en bocal|food
n|-|=380 g||Cassoulet au confit de canard conserve|food
n|-|=1 pièce||Coffret cadeau 3 bouteilles vide|a gift box
n|-|=1 pièce||Tire-bouchon Laguiole|a corkscrew
n|-|=6 pièces||Verres à vin INAO x6|glasses
n|-|=1 pièce||Carte cadeau 50 €|a gift card
n|-|B500||Castelmaure Corbières Rouge Bag-in-Box|a 5 l box, not held
n|lastours|M|2018|Château de Lastours Simone Descamps Magnum|no magnum held
n|cantilene|M|2019|Château Sainte Eulalie La Cantilène Magnum|no magnum held
n|megalithes|H|2020|Bertrand-Bergé Les Mégalithes Demi-bouteille|no half held
n|pennautier_r|H|2020|Château de Pennautier Cabardès Rouge 37,5cl|no half held
n|gris_blanc|B300|2023|Gérard Bertrand Gris Blanc Jéroboam|no jeroboam held
n|moet|M||Moët & Chandon Brut Impérial Magnum|no magnum held
n|nikka|B70||Nikka From the Barrel 70cl|held in 50 cl only
n|-|B75|2021|Château de Pennautier Cabardès Blanc|the white is not held
n|-|B75|2020|Lorgeril Terroirs d'Altitude Cabardès|another cuvée of Lorgeril
n|-|B75|2019|Domaine Borie de Maurel Belle de Nuit Minervois|another cuvée of the producer
n|-|B75|2021|Domaine Gauby Les Calcinaires Blanc|another cuvée of Gauby
n|-|B75|2019|Domaine Bertrand-Bergé Jean Sirven Fitou|another cuvée of the producer
n|-|B75||Maison Antech Blanquette de Limoux Demi-Sec|another cuvée of Antech
n|-|B75||Sieur d'Arques Grande Cuvée 1531 Rosé|the rosé is not held
n|-|B75|2023|Gérard Bertrand Côte des Roses Blanc|the white is not held
n|-|B75||Veuve Clicquot Rosé|the rosé is not held
n|-|B75|2013|Dom Pérignon Brut|not held
n|-|B75||Ruinart R de Ruinart Brut|another cuvée of Ruinart
n|-|B75||Bollinger Rosé|the rosé is not held
n|-|B70||Château de Laubade VSOP Bas-Armagnac|the VSOP is not held
n|-|B70||Darroze Les Grands Assemblages 30 ans|the 30-year-old is not held
n|-|B70||Glenfiddich 15 ans Solera|the 15-year-old is not held
n|-|B70||Lagavulin 8 ans Islay|the 8-year-old is not held
n|-|B75||Mas Amiel Maury 15 ans d'âge|the 15-year-old is not held
n|-|B50||Domaine de la Rectorie Banyuls Thérèse Reig|not held
n|-|B75|2020|Mas de Daumas Gassac Blanc|the white is not held
n|-|B75||Limoux AOP Chardonnay Blanc|appellation only: two white Limoux held
n|-|B75||Crémant de Limoux Brut|appellation only: several held
n|-|B75|2022|Corbières AOP Rouge Sélection du Caviste|generic
"""
