"""TABLETTE: the dining room's tablet till. One line per button as the owner typed the menu:
`drink key|option|vintage|name` for a drink of the library, `-|option|vintage|name|reason` for
anything else. The tablet adds the vintage after the name and ` - ` and the chosen option (or,
for a product without options, its menu section)."""

CASES = """
briords|Bouteille|2022|Muscadet sur lie Clos des Briords, Dom. de la Pépière
briords|Magnum|2022|Muscadet sur lie Clos des Briords
briords|Demi-bouteille||Muscadet Clos des Briords
briords|Bouteille|2021|Muscadet sur lie Clos des Briords
briords|Magnum|2023|Muscadet Clos des Briords
pepiere|Bouteille|2023|Muscadet Sèvre-et-Maine sur lie, Dom. de la Pépière
ldor|Bouteille|2020|Muscadet « L d'Or » Luneau-Papin
amphibolite|Verre 15cl|2023|Muscadet Amphibolite, Jo Landron
fevre|Bouteille|2023|Chablis, Dom. William Fèvre
fevre|Demi-bouteille||Chablis W. Fèvre
fevre|Bouteille|2020|Chablis Dom. William Fèvre
montmains|Bouteille|2021|Chablis 1er Cru Montmains, W. Fèvre
venerables|Bouteille||Chablis Vieilles Vignes « Les Vénérables »
venerables|Bouteille|2022|Chablis VV Les Vénérables, La Chablisienne
passipetit|Bouteille|2023|Petit Chablis « Pas si Petit »
fuisse|Bouteille||Pouilly-Fuissé Château Fuissé
deuxroches|Bouteille|2022|Saint-Véran, Dom. des Deux Roches
vacheron_bl|Bouteille|2022|Sancerre blanc, Dom. Vacheron
vacheron_bl|Demi-bouteille|2023|Sancerre blanc Vacheron
vacheron_bl|Bouteille|2024|Sancerre blanc Vacheron
vacheron_rg|Bouteille|2021|Sancerre rouge, Dom. Vacheron
jolivet|Verre|2023|Sancerre blanc Pascal Jolivet
jolivet|Bouteille|2022|Sancerre Pascal Jolivet
ladoucette|Bouteille|2022|Pouilly-Fumé Baron de Ladoucette
ladoucette|Verre|2020|Pouilly-Fumé de Ladoucette
ladoucette|Demi-bouteille|2022|Pouilly-Fumé de Ladoucette
pelle|Verre||Menetou-Salon Morogues, Henry Pellé
charmoise|Pichet 50cl||Touraine Sauvignon Marionnet
bonnet_bl|Bouteille|2023|Entre-deux-Mers Ch. Bonnet
bonnet_rg|Bouteille|2020|Bordeaux rouge Ch. Bonnet
saintemarie|Bouteille|2022|Entre-deux-Mers Ch. Sainte-Marie Vieilles Vignes
saintemarie|Verre|2024|Ch. Sainte-Marie Entre-deux-Mers
mminuty|Magnum|2023|M de Minuty
whispering|Bouteille||Whispering Angel, Ch. d'Esclans
whispering|Magnum|2023|Whispering Angel
whispering|Demi-bouteille||Whispering Angel
grisdegris|Verre|2023|Gris de Gris, Dom. de Jarras
villeneuve|Bouteille|2021|Saumur-Champigny Ch. de Villeneuve
villeneuve|Demi-bouteille|2022|Saumur-Champigny Villeneuve
villeneuve|Bouteille|2020|Saumur-Champigny Château de Villeneuve
villeneuve|Magnum|2021|Saumur-Champigny Ch. de Villeneuve
joguet|Bouteille||Chinon Charles Joguet
joguet|Bouteille|2020|Chinon « Cuvée Terroir » Joguet
framboisiere|Bouteille|2021|Mercurey « La Framboisière », Faiveley
beaumont|Bouteille|2018|Haut-Médoc Ch. Beaumont
beaumont|Bouteille|2019|Ch. Beaumont Haut-Médoc
madone|Bouteille|2023|Fleurie Dom. de la Madone
p45|Verre||Côtes-du-Rhône Parallèle 45
taitt|Bouteille||Champagne Taittinger Brut Réserve
taitt|Magnum||Champagne Taittinger Brut Réserve
taitt_rose|Bouteille||Taittinger Prestige Rosé
taitt_rose|Magnum||Taittinger Prestige Rosé
clicquot|Coupe||Veuve Clicquot Carte Jaune
drappier|Magnum||Drappier Carte d'Or
bolly_ga|Bouteille|2014|Bollinger La Grande Année
bolly_ga|Bouteille|2013|Bollinger Grande Année
bolly_ga|Magnum|2014|Bollinger La Grande Année
langlois|Coupe||Crémant de Loire Langlois
herout_gc|Bouteille|2020|Cidre Cotentin Grande Cuvée Hérout
herout_trad|Bouteille|2020|Cidre Cotentin Tradition Hérout
drouin_cidre|Bolée||Cidre Pays d'Auge Drouin
coq_xo|Dose||Calvados Coquerel XO
drouin_hda|Dose||Calvados Pays d'Auge Drouin Hors d'Âge
benedictine|Dose||Bénédictine
remy|Dose||Cognac Rémy Martin VSOP
grahams10|Dose||Porto Tawny 10 ans Graham's
evian|Bouteille 1L||Evian
-|Plat||Plateau de fruits de mer « Granvillais »|food
-|Entrée||Huîtres de Chausey n°3 (x6)|food
-|Plat||Moules marinières frites|food
-|Plat||Sole meunière|food
-|Dessert||Teurgoule|food
-|Dessert||Tarte aux pommes, crème d'Isigny|food
-|Boisson chaude||Café|hot drink
-|Divers||Droit de bouchon|service (corkage)
-|Enfant||Menu Moussaillon|kids' menu
-|Verre||Vin blanc du moment|generic wine of the day
-|Pichet 50cl||Vin rouge de la maison|generic house wine
-|Bouteille||Muscadet sur lie|appellation only: five Muscadets held
-|Bouteille||Sancerre|no colour: three Sancerres held
-|Bouteille|2023|Entre-deux-Mers|appellation only: three Entre-deux-Mers held
-|Verre||Côtes de Provence rosé|two Côtes de Provence held
-|Bouteille||Sancerre rosé, Dom. Vacheron|Vacheron's rosé not held
-|Bouteille|2022|Chablis 1er Cru Vaillons, W. Fèvre|another premier cru of the producer
-|Bouteille||Chablis Grand Cru Les Clos, William Fèvre|a grand cru of the producer, not held
-|Bouteille||Muscadet « Clos des Allées » Luneau-Papin|another cuvée of the producer
-|Bouteille||Minuty « Prestige » rosé|another cuvée of the producer
-|Bouteille||Taittinger Comtes de Champagne|another cuvée of the house
-|Bouteille||Veuve Clicquot Rosé|another colour of the house
-|Bouteille||Laurent-Perrier La Cuvée|another cuvée of the house
-|Dose||Calvados Coquerel 15 ans|age not held
-|Dose||Calvados Drouin XO|another grade of the producer
-|Dose||Whisky Glenmorangie 18 ans|age not held
-|Dose||Cognac Rémy Martin XO|another grade of the house
-|Verre||Kir normand|mixed drink
-|Bouteille||Champagne brut|generic champagne
-|Dose||Trou normand|sorbet with calvados
"""
