"""The dining room's DOS till, article designations as typed in 1998: KEY|MEASURE|VINTAGE|TEXT|NOTE.
`!` as KEY: no drink answers; MEASURE `x:Word` prints that word as the unit."""
CASES = """
sda_bulle|btl||Blanquette de Limoux Première Bulle|
sda_bulle|half||Blanquette Première Bulle|
sda_1531|btl|2021|Crémant Sieur d'Arques 1531|
sda_1531r|btl|2021|Crémant Rosé Sieur d'Arques 1531|
sda_toques|btl|2019|Limoux Toques et Clochers|
ant_eugenie|btl||Blanquette Antech Eugénie|
ant_emotion|btl||Crémant Antech Emotion Rosé|
lau_moulin|btl||Blanquette J. Laurens Le Moulin|
lau_graim|btl|2020|Crémant J. Laurens Graimenous|
fon_gris|btl|2023|Corbières Fontsainte Gris de Gris|
fon_gris|mag|2022|Fontsainte Gris de Gris Mag|
fon_demoiselle|btl|2020|Fontsainte Réserve La Demoiselle|
bar_alaric|btl|2020|Château La Baronne Alaric|
bar_chemins|btl|2021|Château La Baronne Les Chemins|
oll_prestige|btl|2019|Ollieux Romanis Cuvée Prestige Rouge|
oll_prestige|half|2020|Ollieux Romanis Prestige|
oll_prestige_b|btl|2022|Ollieux Prestige Blanc|
oll_classique|btl|2021|Ollieux Romanis Classique|
cas_n3|btl|2020|Castelmaure N°3 Corbières|
cas_pompadour|btl|2021|Castelmaure La Pompadour|
gb_villemajou|btl|2019|Château de Villemajou G. Bertrand|
ste_cantilene|btl|2019|Ste Eulalie La Cantilène|
ste_plaisir|btl|2021|Minervois Plaisir d'Eulalie|
bdm_esprit|btl|2021|Borie de Maurel Esprit d'Automne|
bdm_esprit|mag|2020|Borie de Maurel Esprit Mag|
bdm_sylla|btl|2018|Borie de Maurel Sylla|
picpoul|btl|2023|Picpoul de Pinet Ormarine|
eng_rouge|btl|2020|Engraviès Rouge Ariège|
eng_blanc|btl||Engraviès Blanc IGP Ariège|
tv_pinede|btl|2020|Collioure Tour Vieille Pinède|
tv_puig|btl|2019|Collioure Tour Vieille Puig Oriol|
tv_rose|btl|2023|Collioure Rosé Tour Vieille|
mb_cosprons|btl|2019|Mas Blanc Cosprons Levants|
tpl_rimage|b50|2020|Banyuls Rimage Templiers|
tpl_vidal|btl|2008|Banyuls GC Henri Vidal|
tpl_vidal|glass|2008|Banyuls GC Henri Vidal|
vial_tragou|b50||Banyuls Al Tragou Rancio|
adv_ambre|glass||Rivesaltes Ambré H. d'Âge|
tai_brut|btl||Champagne Taittinger Brut Réserve|
tai_rose|btl||Champagne Taittinger Prestige Rosé|
tai_brut|flute||Taittinger Brut Réserve|
riscal_rva|mag|2017|Rioja Marqués de Riscal Rés. Mag|
muga_rva|btl|2020|Rioja Muga Reserva|
muga_sel|btl|2018|Rioja Muga Sélection Especial|
ardanza|btl|2016|Rioja Viña Ardanza Reserva|
ap_terrasses|btl|2020|Priorat Palacios Les Terrasses|
gramona|btl|2015|Cava Gramona III Lustros|
codax|btl||Albariño Martín Códax|
hypocras|btl||Hypocras Gaston Fébus|
sda_1531|btl|2022|Crémant Sieur d'Arques 1531|
lau_graim|btl|2019|Crémant J. Laurens Graimenous|the magnum is 2019, the bottle is not
fon_gris|btl|2022|Corbières Fontsainte Gris de Gris|the magnum is 2022, the bottle is not
bar_chemins|btl|2020|Château La Baronne Les Chemins|
oll_prestige|btl|2018|Ollieux Romanis Prestige Rouge|
oll_prestige|half|2019|Ollieux Romanis Prestige|
cas_n3|btl|2021|Castelmaure N°3 Corbières|
gb_villemajou|btl|2018|Château de Villemajou G. Bertrand|
ste_cantilene|btl|2018|Ste Eulalie La Cantilène|
tv_puig|btl|2020|Collioure Tour Vieille Puig Oriol|
muga_rva|btl|2018|Rioja Muga Reserva|
muga_sel|btl|2019|Rioja Muga Sélection Especial|
ardanza|btl|2015|Rioja Viña Ardanza Reserva|
tpl_vidal|btl|2010|Banyuls GC Henri Vidal|
picpoul|half|2022|Picpoul de Pinet Ormarine|
!|x:Assiette||Assiette de charcuterie ariégeoise|food
!|x:Portion||Croustade aux pommes|dessert
!|x:Portion||Azinat au chou|food
!|x:Assiette||Mounjetado du Couserans|food
!|x:Portion||Truite de l'Ariège meunière|food
!|x:Portion||Bethmale et confiture|food
!|x:Unité||Café|coffee
!|x:Unité||Café gourmand|dessert
!|x:Forfait||Droit de bouchon|service
!|x:Couvert||Menu enfant|food
!|btl||Vin rouge du moment|generic
!|c50||Corbières rouge|appellation only, several Corbières reds
!|c25||Vin rosé en vrac|generic
!|glass||Vin blanc du jour|generic
!|btl||Minervois Rosé|colour not held
!|mag|2020|Château La Baronne Alaric Mag|no magnum of Alaric
!|half|2021|Castelmaure Pompadour|no half bottle of Pompadour
!|btl|2019|Fontsainte Clos du Centurion|another Fontsainte wine
!|btl|2017|Mas Blanc Les Junquets|another Mas Blanc wine
!|btl||Blanquette Méthode Ancestrale|style not held
!|btl||Crémant de Limoux Brut|generic, several crémants held
!|btl||Champagne Taittinger Nocturne|another Taittinger cuvée
!|btl|2015|Rioja Muga Prado Enea Gran Reserva|another Muga wine
!|btl|2016|Rioja Riscal Gran Reserva|another Riscal grade
!|btl|2018|Priorat Palacios L'Ermita|another Palacios wine
!|btl||Cava Codorníu Clásico|another Codorníu cava
!|btl|2022|Collioure Blanc Tour Vieille|colour not held
!|btl||Muscat de Rivesaltes|not held
!|btl|2021|Maury Grenat|not held
!|dose||Whisky Glenfiddich 18 ans|age not held
!|dose||Armagnac Laubade XO|another Laubade grade
!|dose||Calvados Pays d'Auge|not held
!|dose||Liqueur de Génépi|not held
!|b33||Bière sans alcool|not held
!|b100||Eau plate Salvetat|not held
!|flute||Kir Royal|mixed drink
"""
