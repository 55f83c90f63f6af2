"""export: the back office's nightly sales export. core | ref | vv | measure | family | note."""
CASES = """
Marcillac Dom. du Cros « Lo Sang del Païs »|rz001|22|B75
Marcillac Dom. du Cros « Lo Sang del Païs »|rz001||V12
Marcillac Cros Lo Sang|rz001|21|B37.5
Marcillac Cros Vieilles Vignes|rz006|20|B75
Marcillac Laurens « Pierres Rouges »|rz008|21|B75
Marcillac Laurens « Pierres Rouges »|rz008||P50
Marcillac Rosé Laurens|rz010|23|V15
Marcillac Cave du Vallon Cuvée Réserve|rz011||V12
Entraygues-Le Fel Mousset|rz012|23|B75
Entraygues-Le Fel Rouge Mousset|rz014|21|B75
Entraygues Viguier|rz015||B75
IGP Aveyron Carmarans « Mauvais Temps »|rz016|20|B75
Côtes de Millau Gorges du Tarn|rz017||P25
Estaing Vignerons d'Olt|rz020||B75
Gaillac Plageoles Mauzac Nature|rz021||B75
Gaillac Rotier « Renaissance »|rz022|19|B75
Gaillac Doux Rotier Renaissance|rz024||V
Château de Mayragues|rz025||B75
Gaillac Perlé Labarthe|rz028||P50
Cahors Château Lagrézette|rz029|16|B75
Cahors Clos Triguedina « Probus »|rz033|15|B75
Cahors Château du Cèdre « Le Cèdre »|rz034||B75
Cahors Château de Haute-Serre|rz038|18|B75
Fronton Château Plaisance|rz041||V12
Fronton Bellevue la Forêt Rosé|rz040||B75
Pic Saint-Loup Hortus Grande Cuvée|rz043|20|B75
Gérard Bertrand Côte des Roses|rz045||B75
Jeff Carrel « Les Darons »|rz046||B75
Haut-Médoc Larose-Trintaudon|rz048|18|B75
Médoc Château Greysac|rz050|17|B75
Mouton Cadet|rz052||P50
Champagne Taittinger Brut Réserve|rz054||B37.5
Champagne Taittinger Prestige Rosé|rz057||V
Vin de noix du Cros|rz061||V
Ratafia Laurens|rz062||B50
Gentiane d'Avèze|rz058||D4
Martini Bianco|rz088||D4
Verveine du Velay verte Pagès|rz065||D4
Liqueur de châtaigne Couderc|rz068||D2
Calvados Drouin Hors d'Âge|rz079||D4
Chartreuse verte|rz075||D2
Kronenbourg|rz090||PT
Grimbergen|rz091||PT
Leffe Ruby|rz092||DM
Leffe blonde|rz093||B33
Brasserie d'Olt Ambrée|rz098||B33
Kronenbourg sans alcool|rz099||B25
Salvetat|rz100||B100
Badoit|rz102||B100
Evian|rz104||B50
Jus d'abricot Milliat|rz111||B33
Limonade Lorina|rz112||B75
Marcillac Dom. du Cros « Lo Sang del Païs »|rz001|19|B75
Marcillac Cros Lo Sang|rz001|23|B37.5
Marcillac Cros Vieilles Vignes|rz006|18|B75
Marcillac Laurens « Pierres Rouges »|rz008|23|B75
Entraygues-Le Fel Rouge Mousset|rz014|22|B75
Gaillac Rotier « Renaissance »|rz022|21|B75
Cahors Château Lagrézette|rz029|19|B75
Cahors Château du Cèdre « Le Cèdre »|rz034|20|B75
Pic Saint-Loup Hortus Grande Cuvée|rz043|18|B75
Haut-Médoc Larose-Trintaudon|rz048|19|B75
Médoc Château Greysac|rz050|18|B75
Côtes de Millau Gorges du Tarn|rz017|20|B75
Marcillac Cros Lo Sang|rz001|21|B150
Vin rouge au verre|-||V12|R|generic
Vin blanc au verre|-||V12|B|generic
Pichet de rosé|-||P50|Ro|generic
Cahors|-||V12|R|several Cahors held
Marcillac Rosé Cros|-||B75|Ro|Domaine du Cros rosé not held
Marcillac Laurens « Pierres Rouges »|-||B37.5|R|no half bottle of Pierres Rouges
Cahors Clos Triguedina « Probus »|-||B150|R|no magnum of Probus
Champagne Taittinger Prestige Rosé|-||B150|Ro|no magnum of the Prestige Rosé
Champagne Taittinger Brut Millésimé|-||B75|E|a vintage Taittinger cuvée, not held
Gaillac Plageoles Mauzac Doux|-||B75|L|another Plageoles mauzac, not held
Gaillac Rotier « Renaissance » blanc|-||B75|B|Renaissance white not held
Entraygues-Le Fel Rosé Mousset|-||B75|Ro|Mousset rosé not held
Fronton Château Plaisance Rosé|-||B75|Ro|Plaisance rosé not held
Languedoc Gérard Bertrand Gris Blanc|-||B75|Ro|another Gérard Bertrand rosé, not held
Pauillac Château Pontet-Canet|-||B75|R|not held
Crémant de Limoux|-||B75|E|a crémant, not the Blanquette held
Cognac Hennessy XO|-||D4|G|Hennessy XO not held (VS only)
Armagnac Janneau XO|-||D4|G|Janneau XO not held (VSOP only)
Jack Daniel's Honey|-||D4|G|another Jack Daniel's, not held
Verveine du Velay extra|-||D4|G|another Pagès verveine, not held
Eau-de-vie de framboise|-||D4|G|not held
Get 31|-||D4|G|Get 31 not held (Get 27)
Leffe brune|-||B33|Bi|Leffe brune not held
Brasserie d'Olt Blanche|-||B33|Bi|the Olt blanche not held
Kronenbourg 1664 Blanc|-||DM|K|1664 Blanc not held
Badoit rouge|-||B100|S|Badoit Rouge (intense) not held
Coca-Cola 1 l|-||B100|S|Coca-Cola 1 l not held
Thé vert|-|||X|tea
Expresso|-|||X|coffee
Aligot à partager|-|||C|food
Tripoux de Naucelle|-|||C|food
Pavé de bœuf de l'Aubrac|-|||C|food
Gâteau à la broche|-|||C|food
Crème brûlée à la verveine|-|||C|dessert
Remise fidélité|-|||X|discount
Arrhes groupe|-|||X|deposit
"""
