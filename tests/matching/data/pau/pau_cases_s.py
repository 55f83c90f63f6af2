"""Till S, the dining-room till (owner's catalogue). What the owner typed:
key|measure|vintage|text  or  -FAMILY|measure|vintage|text|reason (not a held drink).
The till prints FAMILY Text YYYY (Measure) price €, no cut."""

CASES = """
montus|B|2015|Madiran Ch. Montus
montus|M|2015|Madiran Ch. Montus
montus|B||Madiran Montus
bouscasse|B|2017|Madiran Ch. Bouscassé
bouscasse|H|2019|Madiran Bouscassé
aydie|B|2016|Madiran Ch. d'Aydie
ode|H|2020|Madiran Odé d'Aydie
batz|B|2017|Madiran Berthoumieu Charles de Batz
laffitte|B|2018|Madiran Laffitte-Teston V.V.
brumaire|F50|2017|Pacherenc Brumaire Bouscassé
cauh_chant|B|2021|Jurançon sec Cauhapé Chant des Vignes
cauh_symph|H|2019|Jurançon Cauhapé Symphonie
cauh_symph|B|2020|Jurançon Symphonie de Novembre
urou_marie|B|2021|Jurançon sec Uroulat Cuvée Marie
urou_moel|F50|2018|Jurançon Clos Uroulat
jolys|B|2019|Jurançon Ch. Jolys Cuvée Jean
bru_cast|B|2020|Jurançon sec Bru-Baché Casterasses
arretxea_b|B|2021|Irouléguy Arretxea Hegoxuri
arretxea_r|B|2019|Irouléguy Arretxea
brana|B|2019|Irouléguy Dom. Brana
gorri|H|2020|Irouléguy Gorri d'Ansa
ondenc|B|2021|Gaillac Plageoles Ondenc
escausses|B|2020|Gaillac Escausses Vigne Mythique
cedre|M|2016|Cahors Le Cèdre
cedre_her|B|2021|Cahors Cèdre Héritage
probus|B|2015|Cahors Triguedina Probus
lagrezette|B|2017|Cahors Ch. Lagrézette
cantemerle|H|2018|Haut-Médoc Cantemerle
chasse|M|2015|Moulis Chasse-Spleen
frank|B|2019|St-Estèphe Frank Phélan
larrivet_b|B|2021|Pessac Larrivet Haut-Brion
larrivet_r|B|2018|Pessac Larrivet Haut-Brion
fonplegade|B|2020|St-Émilion Fonplégade
suduiraut|H|2015|Sauternes Suduiraut
vacheron|B|2023|Sancerre Vacheron
graillot|B|2020|Crozes Graillot
foillard|B|2021|Morgon Foillard Côte du Py
taitt|M||Taittinger Brut Réserve
taitt|H||Taittinger Brut
ruinart|B||Ruinart Blanc de Blancs
bolly|B||Bollinger Spécial Cuvée
taitt_rose|B||Taittinger Prestige Rosé
vacheron|G|2023|Sancerre Vacheron
cauh_chant|G15|2022|Jurançon sec Chant des Vignes
laub_xo|D||Armagnac Laubade XO
darroze|D||Darroze Grands Assemblages 20 ans
floc|D6||Floc de Gascogne blanc
lillet|D6||Lillet blanc
montus|B|2017|Madiran Ch. Montus
montus|B|2014|Madiran Montus
bouscasse|B|2016|Madiran Bouscassé
aydie|B|2019|Madiran Ch. d'Aydie
cedre|B|2017|Cahors Le Cèdre
probus|B|2016|Cahors Probus
cantemerle|B|2017|Haut-Médoc Cantemerle
chasse|B|2019|Moulis Chasse-Spleen
phelan|B|2016|St-Estèphe Phélan Ségur
fonplegade|B|2019|St-Émilion Fonplégade
lapointe|B|2015|Pomerol La Pointe
suduiraut|B|2015|Sauternes Suduiraut
urou_moel|F50|2019|Jurançon Clos Uroulat
laub_mil|D|1985|Armagnac Laubade millésime
cauh_symph|H|2020|Jurançon Symphonie
-CUISINE|-||Garbure béarnaise|food
-CUISINE|-||Axoa de veau|food
-CUISINE|-||Poule au pot Henri IV|food
-CUISINE|-||Magret de canard|food
-CUISINE|-||Assiette Ossau-Iraty|food
-CUISINE|-||Gâteau basque|food
-CUISINE|-||Menu match|set menu
-CAFÉ|-||Café|coffee
-CAFÉ|-||Café gourmand|coffee and desserts
-DIVERS|-||Droit de bouchon|corkage
-ROUGE|B||Madiran|appellation alone, five Madirans held
-ROUGE|P50||Vin du moment|generic
-ROUGE|B|2018|Madiran Montus Prestige|another Montus cuvée, not held
-ROUGE|B|2019|Madiran Torus Brumont|another Brumont wine, not held
-BLANC|B|2021|Pacherenc sec Bouscassé|Bouscassé's dry Pacherenc not held
-ROSÉ|B|2023|Irouléguy Arretxea rosé|no Arretxea rosé held
-BLANC|B|2022|Jurançon sec Cauhapé Sève d'Automne|another Cauhapé cuvée
-MOELLEUX|B|2019|Jurançon Cauhapé Quintessence|another Cauhapé cuvée
-ROUGE|B|2016|Cahors GC du Cèdre|another Cèdre cuvée
-ROUGE|B|2019|Haut-Médoc Allées de Cantemerle|Cantemerle's second wine, not held
-ROUGE|B|2018|Moulis Héritage de Chasse-Spleen|Chasse-Spleen's second wine, not held
lagrezette|M|2017|Cahors Ch. Lagrézette
vacheron|H|2023|Sancerre Vacheron
bolly|M||Bollinger Spécial Cuvée
ruinart|H||Ruinart Blanc de Blancs
graillot|M|2020|Crozes Graillot
-BLANC|B|2022|Sancerre Vacheron Les Romains|another Vacheron cuvée
-BULLES|CP||Champagne brut|generic
-BULLES|B||Crémant de Limoux|not held
-DIGESTIF|D||Armagnac|generic, four armagnacs held
-DIGESTIF|D||Calvados|not held
-DIGESTIF|D||Cognac VSOP|not held
-APÉRO|G||Kir au Jurançon|mixed drink
-APÉRO|D2||Pastis|generic, two pastis held
coca|F50||Coca-Cola
-SOFT|-||Carafe d'eau|service
-BIÈRE|DEMI||Panaché|mixed drink
"""
