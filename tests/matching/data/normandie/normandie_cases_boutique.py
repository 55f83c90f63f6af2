"""boutique: the farm-shop corner's loyalty-card export (bottles to take away).

`key|measure|vintage|text|extra` as in normandie_cases_caisse.py.  The text is
the central catalogue's name, `House — Product`; the export adds the vintage
after the name, the bottle size, the product's EAN-13, the loyalty card (or
`passage`) and the points earned.  A measure `~…` is a literal size for what is
no bottle (grams, a piece); its code is an in-store `2…` EAN.
"""

SPECS = """
tl_md||2023|Domaine Thomas-Labaille — Sancerre « Les Monts Damnés »
tl_md|half|2022|Domaine Thomas-Labaille — Sancerre « Les Monts Damnés »
gadais|mag|2022|Domaine Gadais — Muscadet Sèvre et Maine sur Lie Vieilles Vignes
grille||2019|Château de la Grille — Chinon
grille|mag|2015|Château de la Grille — Chinon
soucherie|b50|2020|Château Soucherie — Coteaux du Layon
grenelle_rs|||Louis de Grenelle — Crémant de Loire Rosé « Corail »
lanessan|mag|2010|Château Lanessan — Haut-Médoc
lanessan||2015|Château Lanessan — Haut-Médoc
hbergey_b||2019|Château Haut-Bergey — Pessac-Léognan Blanc
tertre|mag|2012|Château du Tertre — Margaux
sigalas||2011|Château Sigalas-Rabaud — Sauternes 1er Cru Classé
ldq_moutonne||2017|Long-Depaquit — Chablis Grand Cru « La Moutonne »
pichot_sec||2022|Domaine Pichot — Vouvray Sec « Le Peu de la Moriette »
saumaize||2021|Saumaize-Michelin — Pouilly-Fuissé « Ampelopsis »
pillot_r||2020|Paul Pillot — Chassagne-Montrachet Rouge
pavelot||2019|Domaine Pavelot — Savigny-lès-Beaune 1er Cru « La Dominode »
esmonin_vv||2017|Sylvie Esmonin — Gevrey-Chambertin Vieilles Vignes
bdc_gr|mag||Beaumont des Crayères — Champagne Grande Réserve Brut
bdc_rose|||Beaumont des Crayères — Champagne Grand Rosé
desousa_caud|||De Sousa — Champagne « Cuvée des Caudalies »
pj_20|b70||Le Père Jules — Calvados Pays d'Auge 20 ans
pj_hda|b70||Le Père Jules — Calvados Pays d'Auge Hors d'Âge
lau_mill|b70|1985|Comte Louis de Lauriston — Calvados Domfrontais Millésime
lau_12|b70||Comte Louis de Lauriston — Calvados Domfrontais 12 ans
huard_15|b70||Michel Huard — Calvados Domfrontais 15 ans
grd_hda|b70||Manoir de Grandouet — Calvados Pays d'Auge Hors d'Âge
mtr_vsop|b70||Manoir de Montreuil — Calvados Pays d'Auge VSOP
pj_pommeau|b70||Le Père Jules — Pommeau de Normandie
grd_brut|b75||Manoir de Grandouet — Cidre Pays d'Auge Brut
grd_brut|b33||Manoir de Grandouet — Cidre Pays d'Auge Brut
mtr_cbm|b75||Manoir de Montreuil — Cidre Pays d'Auge Cru de Cambremer
huard_poire|b75||Michel Huard — Poiré Domfront AOP
pj_brut|b75||Le Père Jules — Cidre Pays d'Auge Brut
grd_jus|b100||Manoir de Grandouet — Jus de pomme
tl_md||2021|Domaine Thomas-Labaille — Sancerre « Les Monts Damnés »
grille||2020|Château de la Grille — Chinon
lanessan|half|2018|Château Lanessan — Haut-Médoc
ldq_chablis||2021|Long-Depaquit — Chablis
saumaize||2022|Saumaize-Michelin — Pouilly-Fuissé « Ampelopsis »
pillot_b||2022|Paul Pillot — Chassagne-Montrachet Blanc
esmonin_vv|mag|2014|Sylvie Esmonin — Gevrey-Chambertin Vieilles Vignes
bdc_fleur||2016|Beaumont des Crayères — Champagne « Fleur de Prestige »
lau_mill|b70|2000|Comte Louis de Lauriston — Calvados Domfrontais Millésime
sigalas|half|2016|Château Sigalas-Rabaud — Sauternes 1er Cru Classé
pavelot||2020|Domaine Pavelot — Savigny-lès-Beaune 1er Cru « La Dominode »
-|~250 g||Maison d'Isigny — Caramels au beurre salé et au calvados|épicerie
-|~1 pièce||Coffret découverte 3 calvados 3 × 5 cl|gift box of miniatures, no bottle of the library
-|~1 pièce||Bon cadeau « Dîner à l'auberge » 50 €|gift voucher
-|~1 pièce||Verre à calvados gravé « Trois Pommiers »|glassware
-|~370 g||Confiture de lait de Normandie|épicerie
-|~250 g||Camembert de Normandie AOP au lait cru|épicerie
-|b70||Calvados Berneroy — Fine Calvados|calvados house not held
-|b70||Le Père Jules — Calvados Pays d'Auge 30 ans|age not held (Le Père Jules: Fine, 10 and 20 ans, Hors d'Âge)
-|b70||Toutain — Calvados Hors d'Âge|grade not held (Toutain: VSOP, XO, Vieille Réserve)
-|b70||Comte Louis de Lauriston — Calvados Domfrontais Fine|grade not held (Lauriston: 12 ans, Hors d'Âge, vintages)
-|b70||Manoir de Montreuil — Calvados Pays d'Auge XO|grade not held (Manoir de Montreuil: VSOP, 20 ans)
-|b75||Toutain — Cidre Bouché Brut|style not held (Toutain cider: Doux only)
-|b75||Manoir de Grandouet — Cidre Pays d'Auge Doux|style not held (Grandouet: Brut, Demi-Sec)
-|b75||Le Père Jules — Cidre Rosé|style not held (Le Père Jules: Brut)
-|b75||Manoir de Montreuil — Poiré|poiré of Manoir de Montreuil not held
pj_poire|b33||Le Père Jules — Poiré
-|b70||Manoir de Grandouet — Pommeau de Normandie|pommeau of Grandouet not held
pj_pommeau|b50||Le Père Jules — Pommeau de Normandie
favray|half|2023|Château de Favray — Pouilly-Fumé
-||2022|Domaine de Pallus — Chinon « Les Pensées de Pallus »|Pallus cuvée not held
-||2023|Domaine de Pallus — Chinon « Messanges » Blanc|colour not held (Messanges: red and rosé)
-||2020|Château Haut-Bergey — Pessac-Léognan|Haut-Bergey held in red and white
-||2019|Château Belgrave — « Diane de Belgrave »|Belgrave's second wine not held
-|||Veuve Fourny & Fils — Champagne Rosé Premier Cru|Veuve Fourny's rosé not held
-|||Beaumont des Crayères — Champagne « Nostalgie »|Beaumont des Crayères cuvée not held
-||2019|Long-Depaquit — Chablis Premier Cru « Vaucoupin »|Long-Depaquit cuvée not held
-|b75||Brasserie La Lie — Triple à la mode de Caen|La Lie beer not held
wandrille|b75||Abbaye Saint-Wandrille — Bière de Saint-Wandrille
"""
SPECS = list(SPECS.strip().splitlines())
