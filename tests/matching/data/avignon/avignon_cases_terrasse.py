"""Buttons of the terrace handheld ("terrasse"), by their catalogue name.

One case a line: `key|measure|vintage|text[|reason]`, as in avignon_cases_zinc, where text
is the product's name in the catalogue that was imported into the handheld (name, estate,
appellation, colour). The handheld prints a short name of it (avignon_tills.shorten), then
the vintage and the measure in brackets.
"""

SPEC = """
beaur_r|btl|2020|Domaine de Beaurenard Châteauneuf-du-Pape rouge
beaur_cdr|gl|2022|Domaine de Beaurenard Côtes du Rhône rouge
argiles|btl|2019|Les Argiles Bleues Beaurenard Rasteau rouge
nerthe_r|btl|2020|Château La Nerthe Châteauneuf-du-Pape rouge
beauvenir|btl|2020|Clos de Beauvenir Château La Nerthe blanc
redon_lir|gl|2021|Château Mont-Redon Lirac rouge
redon_cdr|p50|2022|Château Mont-Redon Côtes du Rhône rouge
usseg|btl|2018|Domaine Raymond Usseglio Châteauneuf-du-Pape rouge
usseg_imp|btl|2019|Cuvée Impériale Usseglio Châteauneuf-du-Pape rouge
cayron|btl|2020|Domaine du Cayron Gigondas rouge
bouiss_gig|btl|2021|Domaine La Bouïssière Gigondas rouge
gardette|gl|2021|Moulin de la Gardette Gigondas rouge
ventabren|btl|2019|Ventabren Moulin de la Gardette Gigondas rouge
archi_r|btl|2020|Domaine d'Archimbaud Vacqueyras rouge
archi_rs|btl|2022|Domaine d'Archimbaud Vacqueyras rosé
fruitsauv|gl15|2021|Fruit Sauvage Clos de Caveau Vacqueyras rouge
soum_prest|btl|2021|Cuvée Prestige Domaine La Soumade Rasteau rouge
soum_vdn|gl|2018|Domaine La Soumade Rasteau vin doux naturel
ponce|gl|2021|La Ponce Escaravailles Rasteau rouge
rabasse|btl|2020|Domaine Rabasse-Charavin Cairanne rouge
travers_b|gl|2022|Les Travers Domaine Brusset Cairanne blanc
montf_b|btl|2021|Château de Montfaucon Lirac blanc
fermade_b|gl|2022|La Fermade Domaine Maby Lirac blanc
forcad|gl|2023|La Forcadière Domaine Maby Tavel rosé
forcad|mag|2023|La Forcadière Domaine Maby Tavel rosé
montez|half|2023|Prieuré de Montézargues Tavel rosé
segries|gl|2023|Château de Ségriès Tavel rosé
arbous_r|btl|2021|Les Arbousiers Réméjeanne Côtes du Rhône rouge
arbous_b|p25|2023|Les Arbousiers Réméjeanne Côtes du Rhône blanc
khayyam|btl|2021|Khayyâm Mas de Libian Côtes du Rhône Villages rouge
boutdzan|btl|2023|Bout d'Zan Mas de Libian Côtes du Rhône rouge
mourch_trad|gl|2020|Tradition Domaine de Mourchon Séguret rouge
loubie|p50|2023|Loubié Domaine de Mourchon Côtes du Rhône rosé
persia_r|btl|2021|Persia Domaine de Fondrèche Ventoux rouge
fondr_rs|btl|2024|Domaine de Fondrèche Ventoux rosé
durban_mbv|btl|2022|Domaine de Durban Muscat de Beaumes-de-Venise
durban_bdv|gl|2020|Domaine de Durban Beaumes-de-Venise rouge
fenouil|gl|2022|Domaine de Fenouillet Muscat de Beaumes-de-Venise
lasource|btl|2021|La Source Ferraton Saint-Joseph rouge
bdc_gr|cp||Champagne Beaumont des Crayères Grande Réserve brut
bdc_rose|btl|2016|Champagne Beaumont des Crayères Fleur de Rosé
lh_trad|btl||Champagne Legras & Haas Tradition brut
lh_bdb|cp||Champagne Legras & Haas Blanc de Blancs Grand Cru
pastis_mang|dose||Pastis Manguin
perine|dose||La Périne apéritif Manguin
frigolet|dose||Liqueur Frigolet
gg10|dose||Glen Grant 10 ans
comed_bl|demi||Brasserie La Comédienne blonde
v1912|demi||Brasserie du Mont Ventoux 1912 blonde
mythique|b33||Brasserie du Mont Ventoux La Mythique triple
arcens|b50||Arcens eau gazeuse
arcens|b100||Arcens eau gazeuse
caraxes|2cl||Caraxès Manguin
fanta|b33||Fanta Orange
comed_rousse|pinte||Brasserie La Comédienne rousse
sprite|b50||Sprite
durban_mbv|mag|2022|Domaine de Durban Muscat de Beaumes-de-Venise
montez|mag|2023|Prieuré de Montézargues Tavel rosé
-|-||Daube avignonnaise|food
-|-||Papeton d'aubergines|food
-|-||Tapenade et croûtons|food
-|-||Café gourmand|dessert and coffee
-|-||Menu enfant|set menu
-|-||Mauresque|mixed drink
-|-||Diabolo grenadine|mixed soft drink
-|-||Spritz Périne|cocktail naming a held apéritif
-|gl|2023|Vin rosé du moment|generic rosé
-|p25|2023|Côtes du Rhône rouge maison|generic house red
-|btl|2021|Châteauneuf-du-Pape rouge|appellation alone: many Châteauneuf reds held
-|gl|2023|Tavel rosé|appellation alone: four Tavel held
-|btl|2022|Domaine Maby Tavel rosé|Maby's Tavel without a cuvée: La Forcadière and Prima Donna held
-|btl|2020|Domaine de la Réméjeanne rouge|Réméjeanne red: Les Arbousiers and Les Églantiers held
-|btl|2020|Mas de Libian rouge|Libian red: Khayyâm and Bout d'Zan held
-|btl|2018|Domaine La Bouïssière rouge|La Bouïssière red: Gigondas, Vacqueyras and La Font de Tonin held
-|btl|2023|Persia Domaine de Fondrèche Ventoux|Persia without its colour: red and white held
-|btl|2023|Les Travers Domaine Brusset Cairanne rosé|Les Travers held in red and white, not rosé
-|btl|2022|Domaine de Beaurenard Côtes du Rhône rosé|Beaurenard's rosé not held
-|btl|2020|Cuvée Confiance Domaine La Soumade Rasteau rouge|Cuvée Confiance, another Soumade cuvée (Fleur de Confiance is held)
-|btl|2019|Boisrenard Beaurenard Châteauneuf-du-Pape blanc|Boisrenard held in red only
-|btl|2023|Libiamo Domaine Maby Tavel rosé|another Maby Tavel, not held
-|dose||Glen Grant 12 ans|Glen Grant 12 years not held
-|dose||Pastis Bleu Manguin|another Manguin pastis, not held
-|b33||Brasserie La Comédienne brune|La Comédienne Brune not held
"""
