"""Waiters' tablet (tablette): the product as named on the tablet's menu (mixed case,
accents), the measure word first, the vintage in 4 digits, and the waiter's comment after
" * ". Same line format as mq_cases_caisse."""
CASES = """
y|baronnes|G12||Sancerre Baronnes
y|baronnes|BT|2021|Sancerre Les Baronnes
y|baronnes|MAG|2020|Sancerre Baronnes H. Bourgeois
y|baronnes_rg|GL||Sancerre rouge Les Baronnes
y|bourgeoise|BT||Sancerre La Bourgeoise * carafer
y|vacheron|BT|2022|Sancerre Vacheron
y|angelots|G15||Pouilly-Fumé Masson-Blondelet
y|angelots|BT|2022|Pouilly-Fumé Les Angelots
y|mardon|BT|2022|Quincy Mardon TVV
y|trotereau|GL||Quincy Trotereau
y|pelle|GL||Menetou-Salon Pellé
y|lafond|GL||Reuilly rosé * bien frais
y|corbillieres|P25||Touraine Sauvignon Corbillières
y|marionnet|BT|2022|Gamay Marionnet
y|huet|BT|2021|Vouvray Haut-Lieu
y|joguet|GL||Chinon Joguet
y|joguet|BT|2020|Chinon Cuvée Terroir
y|baudry|GL||Chinon Baudry
y|rochesneuves|G15||Saumur-Champigny Roches Neuves
y|briords|GL||Muscadet Briords
y|forges|GL||Coteaux du Layon
y|langlois_rs|CP||Crémant rosé Langlois
y|villargeau_bl|GL||Giennois blanc Villargeau
y|fiacre|GL||Orléans rouge Saint-Fiacre
y|mirambeau_bl|GL||Mirambeau blanc
y|puygueraud|BT|2018|Château Puygueraud
y|cantemerle|BT|2018|Château Cantemerle
y|fleurbouard|BT|2018|La Fleur de Boüard
y|filhot|B37|2015|Château Filhot
y|chaize|GL||Brouilly Château de la Chaize
y|brun|P50||Beaujolais L'Ancien
y|guigal_bl|GL||Côtes-du-Rhône blanc Guigal
y|offerus|BT|2020|Saint-Joseph Offerus
y|telegraphe|BT|2017|Vieux Télégraphe La Crau
y|vf_rg|P50||Vieille Ferme rouge
y|moet_rs|FL||Moët Rosé Impérial
y|moet|B37||Moët & Chandon Brut
y|feuillatte|CP||Feuillatte Réserve
y|taittinger|BT||Taittinger Brut * seau à glace
y|blanche|DEMI||1664 Blanche
y|kro|PINTE||Kronenbourg
y|heineken0|BT||Heineken 0.0
y|martini_bl|V6||Martini blanc
y|sandeman|V6||Porto rouge Sandeman
y|jameson|DOSE||Jameson * sans glace
y|hendricks|DOSE||Hendrick's * tonic à part
y|cocazero|BT||Coca Zéro * rondelle citron
y|evian|B100||Evian
a|baronnes|BT|2020|Sancerre Les Baronnes
a|baronnes|B37|2021|Sancerre Baronnes
a|vacheron|BT|2021|Sancerre Domaine Vacheron
a|mardon|BT|2021|Quincy Très Vieilles Vignes
a|corbillieres|BT|2022|Touraine Sauvignon Corbillières
a|huet|BT|2022|Vouvray Le Haut-Lieu
a|baudry|BT|2021|Chinon Les Granges
a|rochesneuves|BT|2022|Saumur-Champigny Terres Chaudes
a|mirambeau_rg|BT|2018|Tour de Mirambeau rouge
a|lanessan|BT|2018|Château Lanessan
a|fombrauge|BT|2020|Château Fombrauge
a|foillard|BT|2020|Morgon Côte du Py
a|guigal_rg|BT|2022|Côtes-du-Rhône Guigal
a|cayron|BT|2020|Gigondas Cayron
a|moet_gv|BT|2016|Moët Grand Vintage
n|-cuisine|||Tarte Tatin|food
n|-cuisine|||Pavé de sandre beurre blanc|food
n|-cuisine|||Assiette de fromages|food
n|-cuisine|||Menu enfant * steak bien cuit|food
n|-cuisine|||Croque-monsieur|food
n|-cuisine|||Supplément frites|food
n|-chaud|||Café allongé|coffee
n|-chaud|||Café crème|coffee
n|-chaud|||Thé vert|hot drink
n|-chaud|||Irish coffee|hot cocktail
n|-vin|GL||Vin blanc du moment|generic wine of the moment
n|-vin|P25||Rouge maison|generic house wine
n|-vin|GL||Rosé pamplemousse|aromatised rosé, not held
n|-vin|BT|2020|Sancerre rouge Vacheron|Vacheron's red not held
n|-vin|BT||Pouilly-Fuissé|appellation not held
n|-vin|BT|2019|Saint-Nicolas-de-Bourgueil|appellation not held
n|-vin|GL||Bordeaux supérieur|appellation not held
n|-vin|BT|2018|Château Cantenac-Brown|château not held
n|-vin|BT||Morgon Foillard Corcelette|Foillard's other cuvée, not held
n|-vin|GL||Juliénas|appellation not held
n|-vin|BT||Châteauneuf-du-Pape blanc|white Châteauneuf not held
n|-champagne|CP||Ruinart Blanc de Blancs|champagne not held
n|-champagne|BT||Veuve Clicquot Rosé|Clicquot rosé not held
n|joguet|B37|2022|Chinon Joguet
n|cantemerle|B37|2016|Château Cantemerle
n|guigal_bl|MAG||Côtes-du-Rhône blanc Guigal
n|heineken|PINTE||Heineken
n|-bière|PINTE||IPA du moment|generic beer of the moment
n|-soft|||Limonade|generic soft
n|-soft|||Jus de tomate|soft not held
n|-soft|||Diabolo menthe|mixed soft
n|-spiritueux|DOSE||Chivas 18 ans|age not held (12 years only)
n|-spiritueux|DOSE||Rhum arrangé maison|house rum, not held
n|-spiritueux|DOSE||Cognac Hennessy XO|Hennessy XO not held (VS only)
n|-autre|V6||Porto blanc|white port not held
"""
