"""terrasse: the terrace tablet, with the English menu the manager set up for the tourists.

One line a sale: key|measure|vintage|button text
or: -FAMILY|measure|vintage|button text|reason
The tablet prints "Button Year - Serving".
"""

CASES = """
chasseloir|G|2023|Muscadet Château de Chasseloir
chasseloir|B||Muscadet Sèvre & Maine Chasseloir
crochet_bl|B|2022|Sancerre White Lucien Crochet
crochet_bl|H|2023|Sancerre White Lucien Crochet
crochet_bl|G||Sancerre White
crochet_rg|B|2021|Sancerre Red Lucien Crochet
tracy|B|2021|Pouilly-Fumé Château de Tracy
steclaire|B|2023|Chablis Sainte Claire J-M Brocard
steclaire|M||Chablis Sainte Claire
montmains|B|2020|Chablis Premier Cru Montmains
deuxroches|B|2022|Saint-Véran Deux Roches
trimbach|B|2022|Riesling Trimbach
picpoul|B||Picpoul de Pinet
whispering|B|2024|Whispering Angel Rosé
whispering|M|2023|Whispering Angel
byott|G||By Ott Rosé
grisblanc|P50||Gris Blanc Rosé
lanessan|B|2016|Château Lanessan Haut-Médoc
tourdepez|B|2019|Château Tour de Pez Saint-Estèphe
puyblanquet|B||Château Puy-Blanquet St-Émilion
graillot|B|2021|Crozes-Hermitage Alain Graillot
cotedupy|G||Morgon Côte du Py
vcp|CP||Veuve Clicquot Brut
vcp|B||Veuve Clicquot Yellow Label
vcp_vintage|B|2015|Veuve Clicquot Vintage
lp_cuvee|B||Laurent-Perrier La Cuvée
drouin_cidre|B||Cider Pays d'Auge Christian Drouin
drouin_cidre|BO25||Cider Drouin
sassy|C33||Sassy Cider
sassy|C75||Sassy Cider Brut
drouin_poire|G||Perry Christian Drouin
pommeau|G12||Pommeau Drouin
drouin_xo|D||Calvados Christian Drouin XO
groult12|D||Calvados Roger Groult 12 Years
magloire_vsop|D||Père Magloire VSOP
normindia|D||Normindia Gin
heineken|PI||Heineken
guinness|PI||Guinness
guinness|DE||Guinness
leffe|PI||Leffe Blonde
heineken00|||Heineken 0.0
premablonde|||Au Pré de ma Blonde (local beer)
cocazero|||Coke Zero
coca|||Coke
gingerbeer|||Fever-Tree Ginger Beer
lillet|G||Lillet Blanc
taylors|G||Taylor's Tawny Port
chasseloir|B|2021|Muscadet Château de Chasseloir
crochet_bl|B|2021|Sancerre White Lucien Crochet
tracy|G|2023|Pouilly-Fumé Château de Tracy
steclaire|G|2024|Chablis Sainte Claire
montmains|B|2019|Chablis Premier Cru Montmains
whispering|B|2022|Whispering Angel
whispering|M|2024|Whispering Angel
byott|B|2024|By Ott Rosé
lanessan|B|2019|Château Lanessan
lanessan|H|2018|Château Lanessan
tourdepez|B|2018|Château Tour de Pez
guigal|B|2022|Guigal Côtes du Rhône Red
cotedupy|B|2023|Morgon Côte du Py Foillard
vcp_vintage|B|2012|Veuve Clicquot Vintage
moutoncadet|H|2022|Mouton Cadet
-CUISINE|||Seafood Platter Royal|food
-CUISINE|||6 Oysters Fines de Claire|food
-CUISINE|||Fish & Chips|food
-CUISINE|||Moules Marinières|food
-CUISINE|||Apple Tart with Calvados Cream|food naming a held family
-CUISINE|||Roasted Camembert|food
-CAFE|||Espresso|coffee
-CAFE|||Irish Coffee|hot cocktail (whiskey, coffee, cream)
-CAFE|||English Breakfast Tea|tea
-APERO|||Aperol Spritz|cocktail naming a held aperitif
-APERO|||Kir Normand (Cider & Cassis)|cocktail
-APERO|||Gin Tonic Hendrick's|mixed drink naming a held gin
-APERO|||Pimm's No.1|not held
-VIN|G||House White|generic
-VIN|P50||Rosé of the Day|generic
-VIN|G||Chablis|three Chablis held, the button names none
-VIN|B|2023|Sancerre Rosé Lucien Crochet|Crochet's Sancerre rosé is not held (white and red are)
-VIN|B|2021|Chablis Grand Cru Les Clos Brocard|another wine of Brocard's, not held
-VIN|B|2019|Château de Pez Saint-Estèphe|Château de Pez is not Château Tour de Pez
-CHAMP|B||Veuve Clicquot La Grande Dame|another cuvée of Clicquot, not held
-CHAMP|B||Ruinart Rosé|Ruinart Rosé not held (Blanc de Blancs is)
-CHAMP|CP||Laurent-Perrier Cuvée Rosé|Laurent-Perrier's rosé not held
ruinart_bdb|M||Ruinart Blanc de Blancs
lp_cuvee|H||Laurent-Perrier La Cuvée
tourdepez|M|2017|Château Tour de Pez
sassy_rose|C75||Sassy Cider Rosé
premablonde|PI||Au Pré de ma Blonde (local beer)
coca|C100||Coke
-SOFT|||Diet Coke|Coca-Cola light not held (Coke and Coke Zero are)
-SOFT|||Fresh Orange Juice|not held
-BIERE|PI||Stella Artois|not held
-ALCOOL|D||Calvados Drouin Hors d'Age|a grade of Drouin's not held
-ALCOOL|D||Glenfiddich 18 Years|an age not held
-ALCOOL|D||Jameson Black Barrel|another Jameson, not held
-ALCOOL|D||Père Magloire XO|a grade of Père Magloire's not held
"""
