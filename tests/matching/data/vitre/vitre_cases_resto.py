"""RESTO: the dining room's tablet, as the restaurant manager filled in its catalogue.
One line a button: key|measure|vintage|text, or -FAM|measure|vintage|text|reason."""
SPECS = """
closel|C75|2019|Savennières – Domaine du Closel Clos du Papillon
closel|G|2020|Savennières – Closel
villeneuve|C75|2021|Saumur blanc – Château de Villeneuve
silex|C75|2022|Vouvray – Aubuisières Silex
baronnes_b|C75||Sancerre – Henri Bourgeois Les Baronnes
baronnes_r|C75|2021|Sancerre rouge – H. Bourgeois Baronnes
ladoucette|C75|2021|Pouilly-Fumé – de Ladoucette
ladoucette|M|2020|Pouilly-Fumé – Ladoucette
pelle|C75|2022|Menetou-Salon – Pellé Morogues
bonnezeaux|C50|2018|Bonnezeaux – Château de Fesles
bonnezeaux|G||Bonnezeaux – Fesles
hureau|C75|2020|Saumur-Champigny – Ch. du Hureau Tuffe
hureau|H|2021|Saumur-Champigny – Hureau
echo|C75||Chinon – Couly-Dutheil Clos de l'Écho
picasses|C75|2017|Chinon – Olga Raffault Les Picasses
amirault|C75|2021|St-Nicolas-de-Bourgueil – Amirault La Source
langlois_r|C75||Crémant de Loire rosé – Langlois-Château
langlois_b|H||Crémant de Loire brut – Langlois
cantemerle|C75|2018|Haut-Médoc – Ch. Cantemerle
cantemerle|M|2016|Haut-Médoc – Cantemerle
phelan|C75|2015|Saint-Estèphe – Ch. Phélan Ségur
frank|C75|2019|Saint-Estèphe – Frank Phélan
gloria|C75|2018|Saint-Julien – Ch. Gloria
poujeaux|H|2017|Moulis – Ch. Poujeaux
poujeaux|C75||Moulis – Poujeaux
carbo_b|C75|2020|Pessac-Léognan blanc – Ch. Carbonnieux
carbo_r|G|2018|Pessac-Léognan rouge – Carbonnieux
fombrauge|C75|2019|Saint-Émilion GC – Ch. Fombrauge
sales|C75|2015|Pomerol – Ch. de Sales
reynon|G|2022|Bordeaux blanc – Ch. Reynon
ste_marie|C75|2022|Entre-Deux-Mers – Ch. Sainte-Marie VV
cadet|H||Bordeaux – Mouton Cadet
suduiraut|H|2017|Sauternes – Ch. Suduiraut
suduiraut|G||Sauternes – Suduiraut
polroger_v|C75|2015|Champagne – Pol Roger Vintage
taitt|C75||Champagne – Taittinger Brut Réserve
taitt_rs|C75||Champagne rosé – Taittinger Prestige
polroger|CP||Champagne – Pol Roger Réserve
remy_x|D||Cognac – Rémy Martin XO
laubade|D||Armagnac – Laubade VSOP
boulard_v|D||Calvados – Boulard VSOP
gdmarnier|D||Grand Marnier
diplo|D||Rhum – Diplomático Reserva
grahams|G||Porto – Graham's Tawny 10 ans
badoit|C100||Badoit
evian|C100||Evian
lorina|C75||Limonade Lorina
kerne_brut|C75||Cidre – Kerné brut
closel|C75|2018|Savennières – Domaine du Closel Clos du Papillon
silex|C75|2019|Vouvray – Aubuisières Silex
baronnes_r|C75|2020|Sancerre rouge – H. Bourgeois Baronnes
ladoucette|C75|2022|Pouilly-Fumé – de Ladoucette
ladoucette|M|2021|Pouilly-Fumé – Ladoucette
cantemerle|C75|2017|Haut-Médoc – Ch. Cantemerle
phelan|C75|2016|Saint-Estèphe – Ch. Phélan Ségur
gloria|C75|2016|Saint-Julien – Ch. Gloria
fombrauge|C75|2018|Saint-Émilion GC – Ch. Fombrauge
sales|C75|2016|Pomerol – Ch. de Sales
suduiraut|H|2016|Sauternes – Ch. Suduiraut
polroger_v|C75|2012|Champagne – Pol Roger Vintage
carbo_b|C75|2021|Pessac-Léognan blanc – Ch. Carbonnieux
echo|C75|2018|Chinon – Couly-Dutheil Clos de l'Écho
pelle|C75|2023|Menetou-Salon – Pellé Morogues
gloria|M|2018|Saint-Julien – Ch. Gloria
fombrauge|H|2016|Saint-Émilion GC – Fombrauge
closel|H|2020|Savennières – Closel
sales|M|2015|Pomerol – de Sales
taitt_rs|M||Champagne rosé – Taittinger Prestige
polroger_v|H|2015|Champagne – Pol Roger Vintage
bonnezeaux|C75|2018|Bonnezeaux – Château de Fesles
badoit|C50||Badoit
-A|C75|2016|Saint-Julien – Ch. Léoville Poyferré|Saint-Julien of another château
-A|C75|2018|Saint-Estèphe – La Dame de Montrose|second wine of Montrose, not held
-A|C75|2019|Haut-Médoc – Les Allées de Cantemerle|Cantemerle's second wine, not held
-A|C75|2020|Moulis – Ch. Chasse-Spleen|Moulis of another château
-A|C75|2019|Pessac-Léognan rouge – Ch. Smith Haut Lafitte|not held
-A|C75|2021|Sancerre rosé – Henri Bourgeois|rosé Sancerre not held
-A|C75|2022|Chinon blanc – Couly-Dutheil|white Chinon not held
-A|C75|2020|Saumur-Champigny – Domaine Filliatreau|same appellation, other producer
-A|C75|2021|Chinon – Bernard Baudry Les Granges|same appellation, other producer
-A|C75|2019|Vouvray – Aubuisières Le Marigny moelleux|another cuvée of the producer
-A|C75|2013|Champagne – Taittinger Comtes de Champagne|another cuvée of Taittinger
-A|C75||Champagne – Ruinart Blanc de Blancs|not held
-A|G||Vin du moment|generic
-A|P50||Rouge de la maison|generic house red
-F|||Menu du terroir|food
-F|||Galette complète|food
-F|||Far breton|food
-F|||Andouille de Vitré|food
-F|||Plateau de fromages|food
-F|||Café gourmand|food
-D|||Droit de bouchon|service (corkage)
-F|||Menu enfant|food
-A|D||Cognac – Hennessy XO|not held
-A|D||Calvados – Christian Drouin Réserve|not held
-A|D||Rhum – Diplomático Ambassador|another cuvée (Reserva Exclusiva held)
-A|D||Whisky – Glenmorangie 18 ans|age not held
-S|C75||Eau – San Pellegrino|not held
-A|G||Muscadet – Domaine de l'Écu Granite|Muscadet of another producer
-A|C75|2022|Anjou rouge – Domaine des Forges|another wine of the producer
"""
