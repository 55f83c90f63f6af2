"""Lines of the wine and drinks list ("carte") as its PDF export prints them.

One case a line: `key|measure|vintage|text[|reason]`, as in avignon_cases_zinc, where text
is the list's wording: `Appellation[ colour] — Name[, Producer]` for a wine (no colour word
for a red), the name as printed for anything else. The build adds the bin number, the
vintage column, the format in parentheses, the dot leaders and the price.
"""

SPEC = """
beaur_r|btl|2019|Châteauneuf-du-Pape — Domaine de Beaurenard
beaur_b|btl|2022|Châteauneuf-du-Pape blanc — Domaine de Beaurenard
boisren|btl|2019|Châteauneuf-du-Pape — Boisrenard, Domaine de Beaurenard
argiles|btl|2020|Rasteau — Les Argiles Bleues, Domaine de Beaurenard
nerthe_r|btl|2020|Châteauneuf-du-Pape — Château La Nerthe
nerthe_b|btl|2022|Châteauneuf-du-Pape blanc — Château La Nerthe
beauvenir|btl|2021|Châteauneuf-du-Pape blanc — Clos de Beauvenir, Château La Nerthe
redon_cdr|btl|2022|Côtes du Rhône — Château Mont-Redon
sabon_prest|btl|2020|Châteauneuf-du-Pape — Cuvée Prestige, Domaine Roger Sabon
usseg|half|2020|Châteauneuf-du-Pape — Domaine Raymond Usseglio
usseg_imp|btl|2016|Châteauneuf-du-Pape — Cuvée Impériale, Dom. Raymond Usseglio
gardine_b|btl|2023|Châteauneuf-du-Pape blanc — Château de la Gardine
cayron|btl|2019|Gigondas — Domaine du Cayron
cayron|mag|2016|Gigondas — Domaine du Cayron
bouiss_gig|btl|2020|Gigondas — Domaine La Bouïssière
fonttonin|btl|2020|Gigondas — La Font de Tonin, Domaine La Bouïssière
raspail|btl|2019|Gigondas — Domaine Raspail-Ay
hautsmont|btl|2019|Gigondas — Les Hauts de Montmirail, Domaine Brusset
archi_b|btl|2022|Vacqueyras blanc — Domaine d'Archimbaud
archi_rs|btl|2023|Vacqueyras rosé — Domaine d'Archimbaud
archi_r|gl12|2020|Vacqueyras — Domaine d'Archimbaud
fruitsauv|btl|2020|Vacqueyras — Fruit Sauvage, Le Clos de Caveau
vincila|btl|2018|Vacqueyras — Vincila, Domaine de Montvac
soum_prest|btl|2021|Rasteau — Cuvée Prestige, Domaine La Soumade
soum_vdn|b50|2018|Rasteau vin doux naturel — Domaine La Soumade
soum_vdn|gl12|2016|Rasteau vin doux naturel — Domaine La Soumade
ponce|btl|2021|Rasteau — La Ponce, Domaine des Escaravailles
heritage|btl|2021|Rasteau — Héritage 1924, Domaine des Escaravailles
estevenas|btl|2019|Cairanne — Cuvée d'Estevenas, Domaine Rabasse-Charavin
baronlouis|btl|2019|Lirac — Baron Louis, Château de Montfaucon
fermade_b|btl|2022|Lirac blanc — La Fermade, Domaine Maby
fermade_r|btl|2020|Lirac — La Fermade, Domaine Maby
primadonna|btl|2022|Tavel — Prima Donna, Domaine Maby
segries|btl|2022|Tavel — Château de Ségriès
arbous_b|btl|2023|Côtes du Rhône blanc — Les Arbousiers, Domaine de la Réméjeanne
arbous_r|gl12|2021|Côtes du Rhône — Les Arbousiers, Domaine de la Réméjeanne
eglant|btl|2020|Côtes du Rhône Villages — Les Églantiers, Domaine de la Réméjeanne
boutdzan|p50|2023|Côtes du Rhône — Bout d'Zan, Mas de Libian
mourch_trad|btl|2021|Côtes du Rhône Villages Séguret — Tradition, Domaine de Mourchon
loubie|gl15|2023|Côtes du Rhône rosé — Loubié, Domaine de Mourchon
persia_b|btl|2022|Ventoux blanc — Persia, Domaine de Fondrèche
persia_r|btl|2019|Ventoux — Persia, Domaine de Fondrèche
fondr_r|gl15|2022|Ventoux — Domaine de Fondrèche
fondr_rs|p25|2023|Ventoux rosé — Domaine de Fondrèche
durban_mbv|btl|2022|Muscat de Beaumes-de-Venise — Domaine de Durban
durban_mbv|gl12|2022|Muscat de Beaumes-de-Venise — Domaine de Durban
durban_bdv|btl|2021|Beaumes-de-Venise — Domaine de Durban
fenouil|b50|2021|Muscat de Beaumes-de-Venise — Domaine de Fenouillet
muleblanche|btl|2022|Crozes-Hermitage blanc — Mule Blanche, Paul Jaboulet Aîné
chapelle|btl|2015|Hermitage — La Chapelle, Paul Jaboulet Aîné
champelrose|btl|2019|Cornas — Champelrose, Domaine Courbis
bdc_gr|btl||Champagne — Grande Réserve Brut, Beaumont des Crayères
bdc_gr|cp12||Champagne — Grande Réserve Brut, Beaumont des Crayères
bdc_rose|btl|2015|Champagne rosé — Fleur de Rosé, Beaumont des Crayères
lh_bdb|btl||Champagne — Blanc de Blancs Grand Cru, Legras & Haas
lh_bdb|half||Champagne — Blanc de Blancs Grand Cru, Legras & Haas
pastis_avig|dose||Pastis d'Avignon, Distillerie Manguin
perine|dose||La Périne, apéritif à la poire Williams, Manguin
caraxes|2cl||Caraxès, poire Williams et vieux rhums, Manguin
gg10|dose||Whisky Glen Grant 10 ans, Speyside
comed_bl|pinte||La Comédienne blonde, brasserie d'Avignon
comed_rousse|b33||La Comédienne rousse, brasserie d'Avignon
v1912|demi||1912 blonde, Brasserie du Mont Ventoux
mythique|b33||La Mythique triple, Brasserie du Mont Ventoux
arcens|b50||Arcens, eau minérale gazeuse d'Ardèche
primadonna|mag|2022|Tavel — Prima Donna, Domaine Maby
cayron|half|2020|Gigondas — Domaine du Cayron
ponce|half|2021|Rasteau — La Ponce, Domaine des Escaravailles
lh_bdb|mag||Champagne — Blanc de Blancs Grand Cru, Legras & Haas
comed_rousse|pinte||La Comédienne rousse, brasserie d'Avignon
v1912|b33||1912 blonde, Brasserie du Mont Ventoux
redon_r|mag|2019|Châteauneuf-du-Pape — Château Mont-Redon
-|-||Daube avignonnaise, pommes de terre fondantes|food
-|-||Papeton d'aubergines, coulis de tomates|food
-|-||Nougat glacé au miel de lavande|dessert
-|-||Café|coffee
-|-||Menu du Festival (entrée, plat, dessert)|set menu
-|-||Accord mets et vins, trois verres|pairing package, no one wine
-|-||Mauresque (pastis Manguin, sirop d'orgeat)|mixed drink naming a held pastis
-|-||Frigolet tonic (liqueur Frigolet, tonic, romarin)|cocktail naming a held liqueur
-|gl12|2023|Côtes du Rhône rosé — Le rosé de la maison|generic house rosé
-|p50|2023|Côtes du Rhône — Vin rouge de la maison|generic house red
-|gl12|2022|Châteauneuf-du-Pape — Sélection du sommelier|generic: no Châteauneuf named
-|cp12||Champagne — Champagne brut du moment|generic champagne
-|btl|2020|Châteauneuf-du-Pape — Domaine Roger Sabon|Roger Sabon without a cuvée: Prestige and Les Olivets held
-|btl|2019|Rasteau — Domaine La Soumade|La Soumade red without a cuvée: Prestige and Fleur de Confiance held
-|btl|2020|Rasteau — Domaine des Escaravailles|Escaravailles without a cuvée: La Ponce and Héritage 1924 held
-|btl|2022|Tavel — Domaine Maby|Maby's Tavel without a cuvée: La Forcadière and Prima Donna held
-|btl|2018|Vacqueyras — Le Clos de Caveau|Clos de Caveau without a cuvée: Fruit Sauvage and Carmin Brillant held
-|btl|2022|Gigondas rosé — Domaine du Cayron|Cayron is held in red only
-|btl|2022|Lirac rosé — Château de Montfaucon|Montfaucon: Baron Louis red and the white held, no rosé
-|btl|2023|Ventoux blanc — Domaine de Fondrèche|Fondrèche's plain white not held (Persia blanc is a cuvée)
-|btl|2021|Châteauneuf-du-Pape blanc — Boisrenard, Domaine de Beaurenard|Boisrenard held in red only
-|btl|2017|Châteauneuf-du-Pape — Cuvée des Cadettes, Château La Nerthe|another La Nerthe cuvée, not held
-|btl|2019|Châteauneuf-du-Pape — Secret des Sabon, Domaine Roger Sabon|another Sabon cuvée, not held
-|btl|2023|Tavel — Libiamo, Domaine Maby|another Maby Tavel, not held
-|btl|2020|Ventoux — Divergente, Domaine de Fondrèche|another Fondrèche cuvée, not held
-|btl|2021|Lirac — Chapelle de Maillac, Domaine Roger Sabon|Sabon's Lirac, not held; shares Chapelle with Jaboulet's La Chapelle
-|btl|2020|Gigondas — Domaine de Montvac|Montvac held only in Vacqueyras (Vincila)
-|dose||Pastis Bleu, Distillerie Manguin|another Manguin pastis, not held
-|dose||Poire Williams n°47, Manguin|Manguin's n°47, not the held Poire Williams
-|dose||Whisky Glen Grant Arboralis, Speyside|another Glen Grant, not held
"""
