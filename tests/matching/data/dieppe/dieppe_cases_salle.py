"""What the waiters keyed on the dining-room tablet (`salle`)."""
CASES = """
ecu_gra|BTL|2022|Muscadet Granite Dom. de l'Écu
ecu_gra|HALF|2022|Muscadet Granite l'Écu
lp_all|BTL|2022|Muscadet Clos des Allées Luneau-Papin
lp_all|MAG|2021|Clos des Allées Luneau
chasse|BTL|2022|Château de Chasseloir
vach_b|BTL|2023|Sancerre blanc Vacheron
vach_b|MAG|2022|Sancerre Vacheron
baron_b|BTL||Sancerre Les Baronnes H. Bourgeois
ladouc|BTL|2022|Pouilly-Fumé Ladoucette
pierrelee|BTL|2021|Chablis Pierrelée
grenouil|BTL|2019|Chablis GC Château Grenouilles
bs_mdm|BTL|2020|Chablis 1er Mont de Milieu Billaud-Simon
fuisse|BTL|2022|Pouilly-Fuissé Tête de Cru
felines|BTL|2024|Picpoul Félines Jourdan
turcaud|BTL|2022|Entre-deux-Mers Ch. Turcaud
trimbach|BTL|2021|Riesling Trimbach
guiraud|HALF|2017|Sauternes Ch. Guiraud
baron_p|BTL|2023|Sancerre rosé Les Baronnes
minuty|BTL|2023|M de Minuty rosé
minuty|MAG|2023|Minuty M
joguet|BTL|2021|Chinon Joguet Terroir
joguet|MAG|2020|Chinon Cuvée Terroir Joguet
chaize|BTL||Brouilly Ch. de la Chaize
lapierre|GLASS|2022|Morgon Lapierre
reignac|BTL|2018|Ch. de Reignac
bs_brut|BTL||Billecart Brut Réserve
bs_brut|MAG||Billecart-Salmon Brut
bs_rose|BTL||Billecart Rosé
gos_gr|BTL||Gosset Grande Rés.
gos_rose|BTL||Gosset Grand Rosé
pr_vint|BTL|2015|Pol Roger Vintage
pr_brut|FLUTE||Pol Roger Réserve
dr_cid_br|BTL||Cidre brut Drouin
dr_cid_dx|BTL||Cidre doux Chr. Drouin
bord_gran|BTL|2021|Poiré Granit Bordelet
bord_sidre|BTL||Sidre Brut Tendre Bordelet
ecus_br|B33||Écusson brut
dr_hda|DOSE||Calvados Drouin Hors d'Âge
br_xo|DOSE||Château du Breuil XO
coq_vsop|DOSE||Coquerel VSOP
breuil_pomm|D6||Pommeau Ch. du Breuil
bnb|DOSE||B&B Bénédictine
glenmo|DOSE||Glenmorangie 10 ans
lillet|GLASS||Lillet blanc
hoegaarden|DEMI||Hoegaarden
cocazero|BTL||Coca Zéro
evian|B50||Evian
schweppes|BTL||Schweppes tonic
ecu_gra|BTL|2020|Muscadet Granite Écu
lp_all|BTL|2024|Clos des Allées
vach_b|BTL|2024|Sancerre blanc Dom. Vacheron
ladouc|BTL|2021|Pouilly-Fumé de Ladoucette
pierrelee|BTL|2020|Chablis La Pierrelée Chablisienne
grenouil|BTL|2018|Grenouilles Chablisienne
bs_mdm|BTL|2022|Mont de Milieu
fuisse|BTL|2021|Château Fuissé Tête de Cru
turcaud|BTL|2021|Ch. Turcaud
trimbach|BTL|2022|Trimbach Riesling
reignac|BTL|2016|Reignac Bordeaux Sup.
pr_vint|BTL|2013|Pol Roger Brut Vintage
bord_gran|BTL|2019|Bordelet Granit
stcosme|BTL|2020|Saint-Cosme CdR
vach_b|HALF|2023|Sancerre Vacheron
-|BTL||W|Muscadet sur lie|several Muscadets sur lie held
-|BTL||W|Muscadet Clos des Briords Pépière|producer not held
-|BTL||W|Chablis GC Les Clos|cuvée not held
-|BTL||W|Chablis 1er Montée de Tonnerre Billaud-Simon|another cuvée of a held producer
-|BTL||W|Pouilly-Fumé Baron de L|another wine of de Ladoucette
-|BTL||R|Chinon Clos de la Dioterie Joguet|another cuvée of a held producer
-|BTL||W|Sancerre Vacheron Les Romains|another cuvée of a held producer
-|BTL||P|Sancerre rosé Vacheron|colour not held for this producer
-|BTL||C|Billecart-Salmon Blanc de Blancs|cuvée not held
-|BTL||C|Gosset Celebris|cuvée not held
-|BTL||C|Henriot Brut Souverain|cuvée not held
-|BTL||C|Pol Roger Rosé|cuvée not held
-|BTL||C|Pol Roger Sir Winston Churchill|cuvée not held
henriot|MAG||Henriot Blanc de Blancs
bs_rose|MAG||Billecart Rosé
ladouc|HALF||Pouilly-Fumé Ladoucette
chaize|MAG||Brouilly Chaize
-|BTL||N|Cidre rosé Drouin|cider style not held
-|BTL||N|Poiré fermier|generic poiré
-|DOSE||N|Calvados Hors d'Âge|Hors d'Âge of two houses held
-|DOSE||N|Calvados Breuil Hors d'Âge|grade not held
-|DOSE||N|Château du Breuil 20 ans|age not held
-|DOSE||N|Coquerel Fine|grade not held
-|DOSE|1990|N|Calvados Drouin millésime|vintage calvados not held
-|GLASS||N|Kir normand|mixed drink
-|FLUTE||C|Kir royal|mixed drink
-|||F|Plateau fruits de mer Dieppois|food
-|||F|Marmite dieppoise|food
-|||F|Sole meunière|food
-|||F|Café gourmand|coffee
-|||X|Droit de bouchon|service
-|DOSE||S|Bénédictine tonic|mixed drink
-|DEMI||B|Panaché|mixed drink
-|PINTE||B|Picon bière|mixed drink
-|GLASS||W|Verre de blanc|generic wine
"""
