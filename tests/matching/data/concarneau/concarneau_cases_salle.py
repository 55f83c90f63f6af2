"""The dining-room tablet (connection `salle`): the manager's catalogue, typed from the wine
list.  `measure|vintage|product key|text` or `measure|vintage|-family|text|reason`.
The renderer writes `FAMILY / text vintage / measure`.
"""

CASES = """
B|2022|briords|Muscadet Clos des Briords Pépière
B||briords|Muscadet Clos des Briords
H|2023|briords|Muscadet Clos des Briords Pépière
B|2023|pepie|Muscadet La Pépie
B||grosplant|Gros Plant Herbauges
B|2023|sanc_b|Sancerre blanc Vacheron
M|2022|sanc_b|Sancerre blanc Vacheron
B|2021|sanc_r|Sancerre rouge Vacheron
B|2021|moynerie|Pouilly-Fumé La Moynerie Redde
B|2023|morogues|Menetou-Salon Morogues Pellé
B|2020|huet|Vouvray Le Mont sec Huet
B||huet|Vouvray sec Huet
B|2020|jalousie|Savennières La Jalousie Closel
B|2021|insolite|Saumur L'Insolite Roches Neuves
H|2023|touraine|Touraine Sauvignon Delaunay
C50|2020|layon|Coteaux du Layon St-Aubin Forges
G||layon|Coteaux du Layon
B|2023|stemarie|Entre-Deux-Mers Ch. Sainte-Marie V.V.
P50||stemarie|Entre-Deux-Mers Ste-Marie
B|2019|carbo_b|Pessac-Léognan Ch. Carbonnieux blanc
H|2020|carbo_b|Ch. Carbonnieux blanc
B|2018|carbo_r|Pessac-Léognan Ch. Carbonnieux rouge
B|2022|tuffe|Saumur-Champigny Tuffe Hureau
B|2022|granges|Chinon Les Granges Baudry
B|2016|cantemerle|Haut-Médoc Ch. Cantemerle
M|2016|cantemerle|Ch. Cantemerle
B||cantemerle|Ch. Cantemerle
B|2015|batailley|Pauillac Ch. Batailley
B|2019|lions|Pauillac Lions de Batailley
B|2017|depez|Saint-Estèphe Ch. de Pez
B|2018|fombrauge|St-Émilion GC Ch. Fombrauge
B||clairet|Bordeaux Clairet Ch. Penin
B|2023|minuty|Côtes de Provence M de Minuty
M|2023|minuty|M de Minuty
B||byott|By Ott Côtes de Provence
B||ruinart|Champagne R de Ruinart brut
H||ruinart|R de Ruinart
M||ruinart|R de Ruinart
B||ruinart_bdb|Ruinart Blanc de Blancs
B||billecart_rs|Billecart-Salmon Brut Rosé
CP||billecart|Billecart-Salmon Brut Réserve
B|2013|polvint|Pol Roger Vintage
B||kerne_brut|Kerné brut
D||lagavulin|Lagavulin 16 ans
D||remy|Cognac Rémy Martin VSOP
G||lillet_rs|Lillet rosé
C100||plancoet|Plancoët plate
B|2021|briords|Muscadet Clos des Briords Pépière
B|2022|pepie|Muscadet La Pépie
B|2021|sanc_b|Sancerre blanc Vacheron
M|2023|sanc_b|Sancerre blanc Vacheron
B|2021|huet|Vouvray Le Mont sec Huet
B|2017|cantemerle|Haut-Médoc Ch. Cantemerle
B|2016|batailley|Pauillac Ch. Batailley
B|2018|lions|Pauillac Lions de Batailley
B|2014|polvint|Pol Roger Vintage
B|2016|polvint|Pol Roger Brut Vintage
H|2022|carbo_b|Ch. Carbonnieux blanc
B|2021|carbo_b|Pessac-Léognan Ch. Carbonnieux blanc
B|2020|granges|Chinon Les Granges Baudry
B|2019|fombrauge|St-Émilion GC Ch. Fombrauge
C50|2019|layon|Coteaux du Layon St-Aubin Forges
||-cui|Plateau de fruits de mer|food
||-cui|Douzaine d'huîtres n°3|food
||-cui|Cotriade concarnoise|food
||-cui|Filet de bar, beurre blanc|food
||-cui|Moules marinières frites|food
||-des|Kouign-amann, glace vanille|dessert
||-des|Far breton aux pruneaux|dessert
||-caf|Café gourmand|coffee and desserts
||-div|Droit de bouchon|service
B||-b|Muscadet Le L d'Or Luneau-Papin|another Muscadet producer
B||-b|Muscadet Clisson Pépière|Pépière's other cuvée (Clisson), not held
B||-rs|Sancerre rosé Vacheron|colour not held
B||-b|Sancerre Les Romains Vacheron|Vacheron's other cuvée, not held
B||-b|Pouilly-Fumé Silex Dagueneau|another producer
B||-b|Vouvray Clos du Bourg Huet|Huet's other cuvée, not held
B||-b|Vouvray Le Mont moelleux Huet|the moelleux is another wine than Le Mont sec
B||-r|Saumur-Champigny Lisagathe Hureau|Hureau's other cuvée, not held
B||-r|Chinon Clos Guillot Baudry|Baudry's other cuvée, not held
B||-r|Haut-Médoc Les Allées de Cantemerle|Cantemerle's second wine, not held
B||-r|Pauillac Ch. Lynch-Bages|not held
B||-r|Cadillac Ch. Reynon rouge|colour not held (Reynon blanc is)
H|2018|cantemerle|Ch. Cantemerle
M|2022|tuffe|Saumur-Champigny Tuffe Hureau
H|2023|minuty|M de Minuty
M||billecart|Billecart-Salmon Brut Réserve
H|2015|polvint|Pol Roger Vintage
B||-bul|Ruinart Rosé|cuvée not held
B||-bul|Dom Ruinart|cuvée not held
B||-bul|Pol Roger Brut Réserve|Pol Roger's non-vintage brut, not held (the Vintage is)
B||-rs|Côtes de Provence Minuty Rose et Or|Minuty's other cuvée, not held
B||-rs|Côtes de Provence Whispering Angel|not held
B||-cid|Cidre doux Kerné|Kerné doux not held (the Kinkiz doux is another cider)
B||-b|Vin blanc du moment|generic
G||-r|Rouge du moment|generic
B||-r|Saint-Émilion GC Ch. Figeac|not held
C75|2020|layon|Coteaux du Layon St-Aubin Forges
"""
