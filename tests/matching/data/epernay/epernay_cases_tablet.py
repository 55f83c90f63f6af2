"""Dining-room tablet (till T). key|measure|vintage|text|reason (see epernay_cases_bar)."""
CASES = """
cas_brut|btl||De Castellane Brut
cas_brut|mag||Castellane Croix Rouge
cas_com|btl|2009|Castellane Cuvée Commodore
cas_bdb|flute||De Castellane Blanc de Blancs
gos_gr|btl||Gosset Grande Réserve
gos_gr|half||Gosset Grande Réserve
gos_rose|mag||Gosset Grand Rosé
gos_mil|btl|2012|Gosset Grand Millésime
gos_mil|flute||Gosset Grand Millésime
boi_res|btl||Boizel Brut Réserve
boi_bdb|btl||Boizel Blanc de Blancs
boi_ult|btl||Boizel Ultime Extra-Brut
boi_joy|btl|2008|Boizel Joyau de France
est_rose|btl||Esterlin Éclat Rosé
est_bdb|btl|2018|Esterlin Blanc de Blancs
vol_res|btl||Vollereaux Brut Réserve
mer_rose|btl||Mercier Rosé
mer_brut|mag||Mercier Brut
aya_maj|half||Ayala Brut Majeur
aya_bdb|btl|2016|Ayala Blanc de Blancs
mgo_bdb|btl|2014|Michel Gonet Blanc de Blancs Grand Cru
pet_res|mag||Pierre Péters Cuvée de Réserve
pet_esp|btl|2016|Pierre Peters L'Esprit
pet_rose|btl||Pierre Péters Rosé for Albane
gbr_res|btl||Gosset-Brabant Cuvée de Réserve Grand Cru
gbr_noi|btl||Gosset Brabant Noirs d'Aÿ
ppa_par|half||Pierre Paillard Les Parcelles
ppa_mai|btl|2018|Pierre Paillard Les Maillerettes
vil_gc|mag||Vilmart Grand Cellier
vil_coe|btl|2014|Vilmart Coeur de Cuvée
tar_bam|btl||Tarlant BAM!
lah_7|btl||Laherte Frères Les 7
lah_rose|btl||Laherte Rosé de Meunier
jve_res|btl||Jean Vesselle Réserve Grand Cru
ppa_bouzy|btl|2019|Bouzy Rouge Pierre Paillard
gbr_ay|glass|2019|Aÿ Rouge Gosset-Brabant
tol_cho|btl|2021|Chorey-lès-Beaune Tollot-Beaut
tol_cho|mag|2019|Chorey les Beaune Tollot Beaut
pil_cha|btl|2020|Chassagne-Montrachet J-M Pillot
ser_chab|half|2022|Chablis Servin
ser_chab|carafe50||Chablis Les Pargues
ser_pc|btl|2021|Chablis 1er Cru Montée de Tonnerre Servin
gil_ms_r|btl|2021|Menetou-Salon Rouge Gilbert
gil_ms_b|glass||Menetou Salon Blanc
tal_mos|btl|2022|Montlouis Clos de Mosny
tal_tz|btl||Triple Zéro Taille aux Loups
cognac|dose||Cognac Frapin VSOP
jus_pom|b33||Jus de pomme Milliat
whisky|d2||Nikka From the Barrel
gos_mil|btl|2016|Gosset Grand Millésime
cas_com|btl|2012|Castellane Commodore
boi_joy|btl|2007|Boizel Joyau de France
est_bdb|btl|2015|Esterlin Blanc de Blancs
vol_mar|btl|2008|Vollereaux Cuvée Marguerite
pet_esp|btl|2018|Pierre Péters L'Esprit
ppa_mai|btl|2016|Pierre Paillard Maillerettes
vil_coe|btl|2015|Vilmart Cœur de Cuvée
tol_cho|btl|2019|Chorey-lès-Beaune Tollot-Beaut
pil_cha|btl|2022|Chassagne Montrachet Pillot
ser_chab|half|2023|Chablis Les Pargues
gil_ms_r|glass|2022|Menetou-Salon Rouge
tal_mos|btl|2020|Montlouis Taille aux Loups Mosny
gbr_ay|btl|2020|Gosset-Brabant Aÿ Rouge
lah_cc|btl|2019|Laherte Coteaux Champenois Blanc
tol_cho|mag|2020|Chorey-lès-Beaune Tollot-Beaut
-|btl||Champagne de la Maison|generic: no house champagne held
-|carafe50||Carafe Vin Rouge|generic
-|-||Menu Dégustation Accord Champagnes|menu
-|-||Pied de porc farci|food
-|-||Chaource AOP|cheese
-|-||Café gourmand|food
-|-||Droit de bouchon|service
-|btl||Gosset Celebris Rosé|Celebris rosé not held (Celebris Extra Brut is)
-|btl||Castellane Cuvée Florens|cuvée not held
-|btl||Bruno Paillard Première Cuvée|house not held (Pierre Paillard is a grower)
-|btl|2009|Bruno Paillard NPU|house not held
-|btl|2013|Pol Roger Sir Winston Churchill|house not held
-|btl||Gosset Brut Excellence|cuvée not held
-|btl|2012|Boizel Grand Vintage|cuvée not held (Joyau de France is)
-|btl||Philippe Gonet Roy Soleil|Philippe Gonet not held (Michel Gonet is)
-|btl||Péters Réserve Oubliée|cuvée not held
-|btl||Tarlant La Vigne d'Or|cuvée not held
-|btl||Laherte Les Empreintes|cuvée not held
-|btl|2016|Vilmart Grand Cellier d'Or|cuvée not held (Grand Cellier is)
-|btl|2021|Chorey-lès-Beaune Blanc Tollot-Beaut|colour not held
-|btl|2020|Chassagne-Montrachet Rouge Pillot|colour not held
-|btl|2020|Pierre Paillard Bouzy Blanc|colour not held (his Bouzy Rouge is)
pil_cha|mag|2020|Chassagne-Montrachet Pillot
tol_cho|half|2021|Chorey-lès-Beaune Tollot-Beaut
vil_coe|mag|2013|Vilmart Coeur de Cuvée
boi_joy|mag|2008|Boizel Joyau de France
pet_esp|mag|2017|Pierre Péters L'Esprit
-|btl|2021|Chablis 1er Cru Vaillons Servin|another premier cru of Servin
-|btl||Sancerre Blanc|not held
-|glass||Coteaux Champenois Rouge|two held (Paillard's Bouzy Rouge, Gosset-Brabant's Aÿ Rouge)
-|flute||Blanc de Blancs|style held from many producers
-|flute||Ayala|house named alone: Brut Majeur, Rosé Majeur and Blanc de Blancs poured from 75 cl
-|btl||Gosset|house named alone: five cuvées in 75 cl (and Gosset-Brabant)
-|-||Carafe d'eau|tap water
vittel|b50||Vittel
-|btl||Mercier Demi-Sec|Mercier demi-sec not held (a sweetness, not a half bottle)
-|btl||Moët & Chandon Impérial|house not held
""".strip().splitlines()
