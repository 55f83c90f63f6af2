"""ZINC: the keys the barman programmed on the counter register.

One line a key: key|measure|vintage|text, or -fam|measure|vintage|text|reason for what is
no drink of the library. The register adds the two-digit vintage, cuts the name at 16
columns, pads it and prints the measure key after it.
"""
CASES = """
lar_gris|G|2024|GRIS LAROPPE
lel_gris|G||GRIS LELIEVRE
lel_gris|P50||GRIS DE TOUL LELIEVRE
lar_gris|P25||GRIS TOUL LAROPPE
willm_edel|P50||EDEL WILLM
willm_edel|P25||EDELZWICKER WILLM
maison_r|P50||CDR MAISON
maison_r|G||ROUGE MAISON
wolf_ries|G|2022|RIESL WOLF
wolf_gewu|G||GEWURZ WOLFBERGER
schl_pg|G15|2022|PG PRINCES ABBES
pfaff_sylv|G||SYLVANER PFAFF
pfaff_pn|G|2022|PN PFAFF
lel_pn|G||PINOT NOIR LELIEVRE
lar_aux|G||AUXERROIS LAROPPE
laroche_chab|G|2023|CHABLIS LAROCHE
chabl_petit|G||PETIT CHABLIS
jadot_macon|G||MACON JADOT
latour_pn|G12|2021|BOURG PN LATOUR
guigal_r|G||CDR GUIGAL RGE
guigal_b|G||CDR GUIGAL BLC
belleruche|G15||BELLERUCHE
mir_rouge|G|2022|MIRAMBEAU RGE
wolf_crem|CP||CREMANT WOLFBERGER
wolf_crem_rose|CP||CREM ROSE WOLF
lanson|CP||LANSON BLACK LABEL
lanson|B||LANSON BLACK LABEL
lanson|M||LANSON
wolf_crem|H||CREMANT WOLF
kro|DE||KRO
kro|PI||KRONENBOURG
kro|S25||KRO
madelon_bl|DE||MADELON BLONDE
madelon_bl|PI||MADELON
gero_blanche|DE||GEROMOISE BLANCHE
grim_bl|PI||GRIMBERGEN
madelon_amb|S33||MADELON AMBREE
bete_vosges|S33||BETE DES VOSGES
majeste|S33||SA MAJESTE ARBRES
ricard|D||RICARD
pastis51|D||PASTIS51
leisen_mir|D||MIRAB LEISEN
guy_sapin|D||SAPIN PIERRE GUY
miscault_sapin|D2||LIQ SAPIN MISCAULT
devoille_kirsch|D||KIRSCH FOUGEROLLES
massenez_poire|D||POIRE WILL
vittel|S100||VITTEL
lar_gris|G|2022|GRIS LAROPPE
lel_gris|G|2021|GRIS LELIEVRE
wolf_ries|G|2023|RIESL WOLF
pfaff_pn|G|2020|PN PFAFF
schl_pg|G|2021|PG SCHLUMB
pfaff_sylv|G|2022|SYLV PFAFF
lel_pn|G|2020|PN LELIEVRE
lar_aux|G|2024|AUX LAROPPE
latour_pn|G|2023|PN LATOUR
mir_rouge|G|2021|MIRAMBEAU RGE
rodet_merc|G|2022|MERCUREY
guigal_r|G|2022|GUIGAL ROUGE
laroche_chab|G|2021|CHAB LAROCHE
wolf_gewu|G|2023|GEWURZ WOLF
-chaud|||CAFE|coffee
-chaud|||CHOCOLAT CHAUD|hot chocolate
-cuisine|||CROQUE MONSIEUR|food
-cuisine|||QUICHE LORRAINE|food
-cuisine|||TARTE MIRABELLES|food (mirabelle tart, not the eau-de-vie)
-divers|||SUPPL SIROP|syrup supplement
-rouge|G||VIN ROUGE|generic glass of red
-blanc|P25||BLANC|generic pichet of white
-biere|DE||BIERE DU MOMENT|generic guest beer
-apero|G||KIR|cocktail
-bulles|CP||KIR ROYAL|cocktail
-digestif|D||MIRABELLE|two mirabelle eaux-de-vie and a liqueur: generic
-digestif|D||SAPIN|two fir liqueurs: generic
-rose|G||GRIS DE TOUL|two Gris de Toul (Laroppe, Lelievre): generic
-rouge|G||PINOT NOIR|three Pinot Noirs: generic
-rouge|G||CDR ROUGE|four Côtes du Rhône reds: generic
-rose|G||GRIS REGINA|a Gris de Toul from a grower not on the list
-blanc|G||PG WOLFBERGER|Wolfberger's Pinot Gris is not held
-blanc|G||RIESLING BLANCK|Blanck's Riesling is not held
-rose|G||CDR GUIGAL ROSE|Guigal's rosé is not held
-bulles|CP||LANSON ROSE|Lanson Rosé is not held
leffe_bl|DE||LEFFE
madelon_amb|DE||MADELON AMBREE
kro_blanc|PI||1664 BLANC
-biere|S33||PAUMEE AMBREE|La Paumée Ambrée is not held
-biere|S33||MADELON BLANCHE|La Madelon Blanche is not held
-biere|DE||GEROMOISE BLONDE|La Gérômoise Blonde is not held
gero_brune|PI||GEROMOISE BRUNE
coca|S100||COCA
perrier|S100||PERRIER
vittel|S33||VITTEL
-digestif|D||CHIVAS18|Chivas 18 is not held (12)
-digestif|D||ABERLOUR12|Aberlour 12 is not held (10)
-digestif|D||HAVANA7|Havana 7 is not held (3)
-apero|D||PASTIS|two pastis: generic
-biere|DE||PANACHE|shandy, mixed
"""
