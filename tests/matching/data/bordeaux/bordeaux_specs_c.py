"""What the cave (take-away shelf) export shows on C: the shelf (added by the till from
the drink: appellation, or the kind of drink), the shelf-tag name, the vintage in four
digits, the bottle volume.

`key|format|vintage|name` or `-SHELF|format|vintage|name|reason`.
"""

C = """
pbaron|75|2014|Ch. Pichon Baron
pcomtesse|37.5|2016|Ch. Pichon Comtesse de Lalande
pcomtesse|150|2015|Ch. Pichon Comtesse de Lalande
llcases|75|2015|Ch. Léoville Las Cases
lbarton|150|2016|Ch. Léoville Barton
lbarton|150|2015|Ch. Léoville Barton
gruaud|150|2012|Ch. Gruaud Larose
ducru|75|2016|Ch. Ducru-Beaucaillou
cos|75|2014|Ch. Cos d'Estournel
sociando|150|2016|Ch. Sociando-Mallet
chassespleen|37.5|2018|Ch. Chasse-Spleen
shl_b|75|2020|Ch. Smith Haut Lafitte Blanc
papeclem_b|75|2018|Ch. Pape Clément Blanc
carbonnieux_b|37.5|2020|Ch. Carbonnieux Blanc
angelus|75|2012|Ch. Angélus
troplong|150|2016|Ch. Troplong Mondot
roudier|150|2016|Ch. Roudier
beauregard|37.5|2016|Ch. Beauregard
suduiraut|37.5|2016|Ch. Suduiraut
coutet|37.5|2018|Ch. Coutet
doisydaene|50|2017|Ch. Doisy-Daëne
doisydaene|75|2017|Ch. Doisy-Daëne
latourblanche|37.5|2015|Ch. La Tour Blanche
latourblanche|75|2016|Ch. La Tour Blanche
guiraud|75|2015|Ch. Guiraud
tirecul|50|2016|Ch. Tirecul La Gravière
drappier|150||Drappier Carte d'Or Brut
henriot|150||Henriot Brut Souverain
triguedina|75|2016|Clos Triguedina
laffitte|150|2017|Ch. Laffitte-Teston
otard_xo|70||Otard XO
hine|70||Hine Rare VSOP
dartig|70|1985|Dartigalongue
dartig|70|1995|Dartigalongue
sigognac20|70||Baron de Sigognac 20 ans
zacapa|70||Zacapa 23 Solera
appleton12|70||Appleton Estate 12 ans
yamazaki12|70||Yamazaki 12 ans
ardbeg10|70||Ardbeg Ten
lillet_n|75||Lillet Rouge
-Pauillac|75|2016|Ch. Haut-Batailley|Haut-Batailley, not held (Batailley is)
-Saint-Julien|150|2017|Ch. Léoville Poyferré|not held in magnum
-Margaux|37.5|2014|Ch. Palmer|not held in half bottle
-Saint-Estèphe|150|2014|Ch. Montrose|not held in magnum
-Pomerol|75|2015|Ch. La Fleur-Pétrus|not held
-Sauternes|75|2015|Ch. d'Yquem|not held
-Saint-Émilion Grand Cru|150|2016|Ch. Figeac|not held in magnum
-Cognac|70||Hine Antique XO|not held
-Rhum|70||Appleton Estate 21 ans|not held
-Whisky|100||The Glenlivet 12 ans|not held in 1 l
-Champagne|75|2012|Drappier Grande Sendrée|another cuvée of Drappier, not held
-Crémant de Bordeaux|150||Celene Brut|not held in magnum
-Pessac-Léognan|75|2019|Ch. Smith Haut Lafitte Rosé|not held
"""
