"""What the Catalan-speaking waiter typed on the terrace tablet: KEY|MEASURE|VINTAGE|TEXT|NOTE.
`!` as KEY: no drink answers (NOTE is the reason); an empty MEASURE: the text stands alone."""
CASES = """
sda_bulle|btl||blanqueta Sieur d'Arques Première Bulle|
sda_bulle|flute||blanqueta Première Bulle|
sda_bulle|half||blanqueta Sieur d'Arques|
sda_1531|btl|2019|cremant 1531 Sieur d'Arques|
sda_1531|btl||crémant Gran Cuvée 1531|
sda_1531r|flute||crémant 1531 rosat|
sda_toques|btl|2020|Toques et Clochers Limoux blanc|
ant_eugenie|btl||blanqueta Antech Eugénie|
ant_emotion|flute||Antech Emotion rosat|
lau_moulin|btl||blanqueta Laurens el Molí|
lau_graim|btl|2021|Laurens Graimenous|
lau_graim|mag|2019|crémant Laurens Graimenous|
fon_gris|btl||Gris de Gris Fontsainte|
fon_gris|glass||gris de gris|
fon_gris|c50||gris de gris Fontsainte|
fon_demoiselle|btl|2019|Fontsainte la Demoiselle|
bar_alaric|btl|2018|la Baronne Alaric|
bar_chemins|glass||la Baronne els Camins|
oll_prestige|half|2020|Ollieux Romanis Prestige negre|
oll_prestige_b|glass||Ollieux Prestige blanc|
cas_n3|btl||Castelmaure número 3|
cas_n3|mag|2019|Castelmaure N3|
cas_pompadour|glass||Castelmaure Pompadour|
gb_villemajou|btl|2020|Castell de Villemajou|
ste_plaisir|g15||Plaisir d'Eulalie|
bdm_esprit|btl|2022|Borie de Maurel Esprit de Tardor|
bdm_esprit|mag|2020|Esprit d'Automne|
picpoul|half||picpoul|
eng_rouge|glass||Engraviès negre|
eng_blanc|btl|2023|Engraviès blanc|
tv_pinede|btl|2021|Torre Vella la Pineda|
tv_rose|glass||Cotlliure rosat Tour Vieille|
tpl_rimage|glass||Banyuls Rimage Templers|
vial_tragou|glass||Banyuls Al Tragou|
adv_ambre|b50||Rivesaltes ambrat Arnaud de Villeneuve|
tai_brut|flute||Taittinger|
riscal_rva|btl|2019|Rioja Riscal reserva|
ap_camins|btl|2022|Camins del Priorat|
anna_bdb|flute||cava Anna blanc de blancs|
codax|glass||albariño Martín Códax|
hypocras|glass||hipocràs Fébus|
izarra_v|dose||Izarra verda|
izarra_j|dose||Izarra groga|
zoco|dose||patxaran Zoco|
estrella_f|demi||Estrella|
estrella_f|b33||Estrella Damm|
alhambra|b33||Alhambra 1925|
evian|b50||aigua Evian|
sda_1531|btl|2020|cremant 1531|tie between 2019 and 2021: the more recent
sda_toques|btl|2021|Toques et Clochers|
fon_demoiselle|btl|2021|Fontsainte Demoiselle|
bar_alaric|btl|2019|Alaric la Baronne|tie between 2018 and 2020: the more recent
ste_plaisir|btl|2019|Plaisir d'Eulalie|
bdm_esprit|btl|2020|Borie de Maurel Esprit|the magnum is 2020, the bottle is not
tv_pinede|btl|2022|Tour Vieille Pinède|
mb_cosprons|btl|2020|Cosprons Levants|
riscal_rva|btl|2020|Marqués de Riscal reserva|
cune_crza|btl|2019|Cune criança|
ap_camins|btl|2020|Palacios Camins|
tpl_rimage|b50|2021|Banyuls Rimage Templers|
eng_rouge|btl|2021|Engraviès negre|tie between 2020 and 2022: the more recent
gramona|btl|2014|Gramona III Lustros|
fon_gris|glass|2022|gris de gris|the 2022 is the magnum; a glass pours from the 75 cl
!|glass||vi negre de la casa|generic house red
!|c50||negre de la casa|generic house red
!|c25||rosat de la casa|generic house rosé
!|flute||cava de la casa|generic house cava
!|glass||Corbières negre|appellation only: several Corbières reds held
!|btl||Minervois rosat|no Minervois rosé held
!|mag||la Baronne Alaric|no magnum of Alaric
!|half||Camins del Priorat|no half bottle of Camins
!|btl||blanqueta ancestral Sieur d'Arques|méthode ancestrale not held
!|btl||Fontsainte Clos du Centurion|another Fontsainte wine
!|btl|2019|Muga Prado Enea gran reserva|another Muga wine
!|btl||Taittinger Comtes de Champagne|another Taittinger cuvée
!|dose||ratafia|no ratafia held
!|dose||herbes d'Eivissa|no hierbas liqueur held
!|demi||Voll-Damm|Voll-Damm held in bottle only, no keg
!|||Mitjana d'Estrella Galicia|another brewery's Estrella
!|||Mitjana de Moritz|not held
!|pinte||cervesa sense alcohol|no alcohol-free beer
!|dose||Glenfiddich 18 anys|age not held (12 and 15)
!|dose||Havana Especial|Havana Club 3 and 7 held only
!|||Cafè amb llet|coffee
!|||Tallat|coffee
!|||Crema catalana|dessert
!|||Azinat de la casa|food
!|||Mongetada ariegesa|food
!|||Truita de riu a la planxa|food
!|||Formatge de Bethmale|food
!|||Croustade ariegesa|dessert
!|c50||sangria|mixed drink
!|glass||vermut de la casa|generic house vermouth
!|btl||Plaisir d'Eulalie blanc|colour not held
!|||Llauna de Kas taronja|not held
!|b100||aigua Vichy Catalan|not held
!|glass||moscatell|no muscat held
!|||Suplement terrassa|service
!|mag||Cune criança|no magnum of Cune
"""
