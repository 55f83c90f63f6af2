"""Tasting-room and shop export (till S). key|measure|vintage|text|reason."""
CASES = """
cas_brut|btl||DE CASTELLANE - BRUT CROIX ROUGE
cas_brut|half||DE CASTELLANE - BRUT
cas_rose|btl||DE CASTELLANE - ROSÉ
cas_mil|btl|2015|DE CASTELLANE - MILLÉSIME
gos_gr|g10||GOSSET - GRANDE RÉSERVE
gos_rose|btl||GOSSET - GRAND ROSÉ
gos_bdb|g10||GOSSET - GRAND BLANC DE BLANCS
gos_cel|btl|2008|GOSSET - CELEBRIS
boi_res|mag||BOIZEL - BRUT RÉSERVE
boi_rose|btl||BOIZEL - ROSÉ
boi_bdb|g10||BOIZEL - BLANC DE BLANCS
boi_joy|btl||BOIZEL - JOYAU DE FRANCE
est_ecl|btl||ESTERLIN - ÉCLAT
est_bdb|btl|2016|ESTERLIN - BLANC DE BLANCS
vol_mar|btl|2012|VOLLEREAUX - CUVÉE MARGUERITE
aya_maj|btl||AYALA - BRUT MAJEUR
mgo_bdb|btl|2016|MICHEL GONET - BLANC DE BLANCS GC
pet_res|btl||PIERRE PÉTERS - CUVÉE DE RÉSERVE
pet_che|btl|2014|PIERRE PÉTERS - LES CHÉTILLONS
pet_esp|g10|2017|PIERRE PÉTERS - L'ESPRIT
gbr_tra|btl||GOSSET-BRABANT - TRADITION 1ER CRU
gbr_res|mag||GOSSET-BRABANT - CUVÉE DE RÉSERVE GC
ppa_par|btl||PIERRE PAILLARD - LES PARCELLES
ppa_mai|btl|2017|PIERRE PAILLARD - LES MAILLERETTES
vil_gc|btl||VILMART & CIE - GRAND CELLIER
vil_coe|btl|2013|VILMART & CIE - CŒUR DE CUVÉE
tar_zero|btl||TARLANT - ZÉRO
lah_ult|half||LAHERTE FRÈRES - ULTRADITION
lah_ult|btl||LAHERTE FRÈRES - ULTRADITION BRUT
jve_oei|btl||JEAN VESSELLE - ŒIL DE PERDRIX
ppa_bouzy|btl|2020|PIERRE PAILLARD - BOUZY ROUGE
lah_cc|btl|2021|LAHERTE FRÈRES - COTEAUX CHAMPENOIS BLANC
lah_rat|b50||LAHERTE FRÈRES - RATAFIA
vol_rat|b70||VOLLEREAUX - RATAFIA CHAMPENOIS
mou_fine|b70||MOUTARD - FINE DE LA MARNE
mou_marc|b70||MOUTARD - MARC DE CHAMPAGNE
tar_marc|d2||TARLANT - MARC DE CHAMPAGNE
spa_amb|btl||BRASSERIE SPARNACIENNE - AMBRÉE
spa_ipa|b33||BRASSERIE SPARNACIENNE - IPA
spa_amb|b33||SPARNACIENNE - AMBRÉE
jus_rai|b33||ALAIN MILLIAT - JUS DE RAISIN BLANC
lillet|btl||LILLET - BLANC
cassis|b70||VÉDRENNE - CRÈME DE CASSIS
tal_tz|btl||TAILLE AUX LOUPS - TRIPLE ZÉRO
gil_ms_b|btl|2023|PHILIPPE GILBERT - MENETOU-SALON BLANC
ser_chab|btl|2023|DOMAINE SERVIN - CHABLIS LES PARGUES
cas_mil|btl|2012|DE CASTELLANE - MILLÉSIME
gos_mil|g10|2014|GOSSET - GRAND MILLÉSIME
boi_joy|btl|2015|BOIZEL - JOYAU DE FRANCE
aya_bdb|btl|2014|AYALA - BLANC DE BLANCS
mgo_bdb|btl|2012|MICHEL GONET - BLANC DE BLANCS GC
pet_che|btl|2012|PIERRE PÉTERS - LES CHÉTILLONS
pet_esp|btl|2014|PIERRE PÉTERS - L'ESPRIT
ppa_mai|btl|2015|PIERRE PAILLARD - LES MAILLERETTES
vil_coe|btl|2016|VILMART & CIE - CŒUR DE CUVÉE
ppa_bouzy|btl|2021|PIERRE PAILLARD - BOUZY ROUGE
lah_cc|g10|2023|LAHERTE FRÈRES - COTEAUX CHAMPENOIS BLANC
est_bdb|btl|2019|ESTERLIN - BLANC DE BLANCS
gbr_ay|btl|2018|GOSSET-BRABANT - AŸ ROUGE
gil_ms_b|btl|2021|PHILIPPE GILBERT - MENETOU-SALON BLANC
ser_pc|btl|2020|DOMAINE SERVIN - CHABLIS 1ER CRU MONTÉE DE TONNERRE
-|-||VISITE DES CAVES + DÉGUSTATION|service
-|-||COFFRET BOIS 3 BOUTEILLES|packaging
-|-||FRAIS D'EXPÉDITION|service
-|-||BOUCHON HERMÉTIQUE CHAMPAGNE|accessory
-|-||SEAU À CHAMPAGNE|accessory
-|g10||DÉGUSTATION - TRIO GRAND CRU|a flight of three, no one drink
-|btl||POL ROGER - BRUT RÉSERVE|house not held
-|btl|2013|BRUNO PAILLARD - BLANC DE BLANCS|house not held (Pierre Paillard is a grower)
-|btl||PHILIPPE GONET - SIGNATURE BLANC DE BLANCS|Philippe Gonet not held (Michel Gonet is)
-|btl|2018|MAURICE VESSELLE - BOUZY ROUGE|Maurice Vesselle not held; Pierre Paillard's Bouzy Rouge is another wine
-|btl||GOSSET - BRUT EXCELLENCE|cuvée not held
-|btl|2007|GOSSET - CELEBRIS ROSÉ|Celebris rosé not held (Celebris Extra Brut is)
-|btl||DE CASTELLANE - DEMI-SEC|cuvée not held
-|btl|2013|AYALA - PERLE D'AYALA|cuvée not held
-|btl||PIERRE PÉTERS - L'ÉTONNANT MONSIEUR V|cuvée not held
-|btl||LAHERTE FRÈRES - PETITS MESLIERS|cuvée not held
-|btl||TARLANT - ROSÉ ZÉRO|colour not held (Zéro Brut Nature is white)
-|btl||VOLLEREAUX - ROSÉ|colour not held
-|btl||MICHEL GONET - ROSÉ|colour not held
-|btl|2019|JEAN VESSELLE - BOUZY ROUGE|not held; Pierre Paillard's Bouzy Rouge is another producer's
gos_cel|mag|2008|GOSSET - CELEBRIS
ppa_mai|half|2018|PIERRE PAILLARD - LES MAILLERETTES
vil_gr|mag||VILMART & CIE - GRANDE RÉSERVE
aya_rose|half||AYALA - ROSÉ MAJEUR
pet_rose|mag||PIERRE PÉTERS - ROSÉ FOR ALBANE
lah_rat|b70||LAHERTE FRÈRES - RATAFIA CHAMPENOIS
mou_fine|b50||MOUTARD - FINE DE LA MARNE
-|b70||MOUTARD - MARC DE CHAMPAGNE 20 ANS|age not held (the marc held has none)
-|b70||MARC DE CHAMPAGNE|two held (Moutard, Tarlant)
-|g10||CUVÉE DE RÉSERVE|cuvée name of Pierre Péters and Gosset-Brabant
-|g10||PIERRE PÉTERS|grower named alone: four cuvées poured from 75 cl
-|btl|2019|COTEAUX CHAMPENOIS ROUGE|two held (Paillard's Bouzy Rouge, Gosset-Brabant's Aÿ Rouge)
spa_wh_k|b33||BRASSERIE SPARNACIENNE - BLANCHE
-|b100||BADOIT ROUGE|not held
spa_bl_k|btl||BRASSERIE SPARNACIENNE - BLONDE
-|-||CARTE CADEAU 50 EUROS|gift card
""".strip().splitlines()
