"""What was typed on till R (dining room): key|measure|vintage|text, or -family|...|note."""

R_SPECS = """
larrivet|btl|2018|Ch. Larrivet Haut-Brion
larrivet|btl|2017|Ch. Larrivet Haut-Brion
larrivet_b|btl|2020|Larrivet Haut-Brion blanc
demoiselles|btl|2019|Les Demoiselles de Larrivet
phelan|btl||Phélan Ségur
phelan|mag|2015|Ch. Phélan Ségur
frank|btl|2018|Frank Phélan
lynch|half|2016|Lynch-Bages
echo|btl|2019|Echo de Lynch-Bages
talbot|btl|2018|Ch. Talbot
connetable|btl|2019|Connétable de Talbot
montus|btl||Ch. Montus Madiran
ode_aydie|glass|2021|Odé d'Aydie
ode_aydie|btl|2019|Odé d'Aydie
cedre|btl|2017|Le Cèdre
rot_ren_d|glass|2018|Renaissance doux Rotier
tq_classic|mag|2023|Tariquet Classic
tq_grives|glass|2023|Tariquet Premières Grives
uby3|glass|2023|Uby n°3
bachen|glass|2020|Tursan Baron de Bachen
lap_sec|btl|2021|Jurançon sec Clos Lapeyre
lap_mag|50cl|2020|La Magendia Clos Lapeyre
cau_symph|50cl|2019|Symphonie de Novembre
uro_moel|glass|2019|Clos Uroulat moelleux
bru_cast|glass|2021|Bru-Baché Casterasses
arr_hego|btl|2021|Dom. Arretxea Hegoxuri
brana_rge|p50|2019|Irouléguy Brana
herri_mina|btl|2020|Herri Mina
gorri|p50|2021|Gorri d'Ansa
cast_vsop|dose||Castarède VSOP
cast_mill|dose|1975|Bas-Armagnac Castarède
cast_mill|dose|2000|Castarède millésime
tq_vsop|dose||Armagnac Tariquet VSOP
darroze_20|dose||Darroze 20 ans
darroze_coq|dose|1998|Darroze Coquillon
jus_pomme|glass||Jus de pomme
-r|btl|2016|Ch. Haut-Brion|first growth sharing a word with Larrivet Haut-Brion
-r|btl|2017|Ch. Lynch-Moussas|another Pauillac estate
-b|btl|2021|Lynch-Bages blanc|Blanc de Lynch-Bages not held
-r|mag|2016|Ch. Talbot|magnum of Talbot not held
-r|half|2018|Le Cèdre|half of Le Cèdre not held
-r|btl|2019|Cèdre GC|Le Cèdre GC not held
-s|btl|2023|Cèdre rosé|no rosé of Le Cèdre
-b|btl|2021|Jurançon sec|appellation alone: several held
-d|50cl|2019|Jurançon moelleux|appellation alone: several sweet Jurançon held
-d|btl|2018|Noblesse du Temps Cauhapé|other Cauhapé cuvée
-d|btl|2019|Vitatge Vielh Lapeyre|other Lapeyre cuvée
-r|btl|2018|Cahors|several Cahors held
-r|btl|2019|Gaillac rouge Plageoles|producer not held
-r|btl|2018|Pacherenc rouge|Pacherenc is white only
-b|btl||Côtes de Gascogne blanc|appellation alone: several held
-r|btl|2016|Saint-Estèphe|appellation alone
-a|dose||Bas-Armagnac|generic: several held
-a|dose||Darroze 30 ans|not held (20 ans is)
-v|btl||Droit de bouchon|corkage
-x|btl||Chipirons à l'encre|food
-x|btl||Gâteau basque|dessert
-f|btl||Café gourmand|coffee
-w|btl||Carafe d'eau|tap water
phelan|btl|2016|Ch. Phélan Ségur
etx_leh|btl|2020|Lehengoa Etxegaraya
montus|mag|2016|Ch. Montus
lynch|half|2015|Lynch-Bages
-r|glass||Bordeaux|generic: several Bordeaux held, none AOC Bordeaux
connetable|half|2019|Connétable de Talbot
frank|mag|2018|Frank Phélan
-b|btl|2021|Torus blanc|white Torus not held
-b|btl|2020|Bouscassé Vieux Ceps|Pacherenc of Bouscassé not held
"""
