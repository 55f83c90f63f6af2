"""What the waiters keyed on the dining room's tablet (tablette).

One line per sale: key|measure|vintage|button text, or -|measure|vintage|button text|reason
for a product that is no drink of the library (its measure may be a food word: Plat, Entrée,
Dessert, Café, Service, Menu).
genepi_pc|b70||Génépi des Pères Chartreux
chartr_v|b100||Chartreuse Verte
"""

CASES = """
allem_mol|btl|2020|Mollard Domaine Allemand
allem_mol|btl|2019|Mollard Dom. Allemand
allem_mol|mag|2020|Mollard Domaine Allemand
allem_mol|mag|2021|Mollard Domaine Allemand
allem_mol|half|2021|Mollard Allemand
hv_mol|btl|2022|Mollard Cave des Hautes Vignes
hv_mol|mag||Mollard des Hautes Vignes
-|btl|2022|Mollard|two Mollards held
allem_rs|btl|2024|Rosé Allemand
allem_rs|btl|2023|Rosé Domaine Allemand
jm_via|btl|2021|Via Domitia J. Martin
jm_via|btl||Via Domitia Joffrey Martin
jm_mat|btl|2023|Les Matagots
-|btl|2023|Les Wisigots J. Martin|the grower's other white, not held
jail_trad|btl||Clairette de Die Tradition Jaillance
jail_trad|half||Clairette Tradition Jaillance
jail_trad|mag||Clairette de Die Impériale
-|btl||Clairette de Die Tradition|Tradition of two producers
-|btl||Clairette de Die rosé Jaillance|colour not held
ac_crem|btl|2021|Crémant de Die Achard-Vincent
ac_crem|btl|2022|Crémant de Die brut Achard-Vincent
jail_crem|half||Crémant de Die Icône Jaillance
-|btl||Crémant de Die brut|two producers' crémants
jail_chat|btl|2022|Châtillon-en-Diois Gamay
jail_chat|btl|2024|Châtillon-en-Diois rouge Jaillance
jail_chatb|btl|2023|Châtillon-en-Diois Aligoté
mont_vac|btl|2019|Vacqueyras Garrigues Montirius
mont_vac|btl|2021|Vacqueyras Montirius
mont_vac|btl|2022|Vacqueyras Montirius
mont_vac|mag|2019|Vacqueyras Montirius
mont_vac|mag|2021|Vacqueyras Garrigues Montirius
mont_gig|btl|2018|Gigondas Terre des Aînés Montirius
mont_gig|btl|2020|Gigondas Montirius
mont_gig|btl|2017|Gigondas Montirius
mont_gig|mag|2020|Gigondas Montirius
-|btl|2021|Vacqueyras blanc Montirius|colour not held
cayron|mag|2020|Gigondas Domaine du Cayron
cayron|half|2020|Gigondas Cayron
cayron|half|2019|Gigondas Cayron
stcosme|btl|2021|Gigondas Château de St Cosme
-|btl|2021|Gigondas Valbelle St Cosme|the producer's other cuvée
santaduc|btl|2019|Gigondas Hautes Garrigues Santa Duc
santaduc|mag|2019|Gigondas Santa Duc
santaduc|btl|2018|Santa Duc Hautes Garrigues
-|btl|2020|Vacqueyras Santa Duc|the producer's other wine, not held
sangc|btl|2020|Vacqueyras Floureto
sangc|half||Sang des Cailloux Floureto
-|btl|2020|Vacqueyras Lopy Sang des Cailloux|the producer's other cuvée
guigal_r|btl|2020|Côtes du Rhône Guigal
guigal_r|half|2021|Côtes du Rhône Guigal
guigal_r|half|2020|CdR Guigal
guigal_r|p50||Côtes du Rhône rouge Guigal
-|btl|2023|Côtes du Rhône rosé Guigal|colour not held
-|btl|2022|Réserve Perrin blanc|colour not held
richaud|btl|2022|Cairanne Richaud
richaud|btl|2021|Cairanne Dom. Richaud
vtelegraphe|btl|2019|Châteauneuf-du-Pape Vieux Télégraphe
vtelegraphe|btl|2017|Vieux Télégraphe
vtelegraphe|mag|2019|Vieux Télégraphe
-|btl|2020|Châteauneuf-du-Pape blanc Vieux Télégraphe|colour not held
graillot|btl|2021|Crozes-Hermitage Graillot
graillot|half|2022|Crozes Graillot
graillot|half|2021|Crozes-Hermitage Graillot
-|btl|2022|Ventoux Terrasses rosé Pesquié|colour not held
durban|b50||Muscat de Beaumes-de-Venise Durban
durban|vr||Muscat Beaumes Durban
perrier_apr|btl|2023|Apremont Jean Perrier
perrier_apr|half|2023|Apremont Perrier
perrier_apr|half|2022|Apremont Perrier
magnin_mond|btl|2020|Mondeuse Arbin Louis Magnin
dupasq_rous|btl|2019|Marestel Dupasquier
dupasq_rous|btl|2020|Roussette Marestel Dupasquier
minuty|mag|2024|M de Minuty
minuty|btl|2023|M de Minuty
-|btl|2024|Minuty Prestige|the producer's other cuvée
-|btl||Bollinger Grande Année|the house's other cuvée
boll_sc|half||Bollinger
boll_rs|btl||Bollinger Rosé
boll_rs|mag||Bollinger Rosé
ruinart_bdb|btl||Ruinart Blanc de Blancs
-|btl||R de Ruinart|the house's other cuvée
taitt|btl||Taittinger Brut Réserve
-|btl||Taittinger Comtes de Champagne|the house's other cuvée
-|btl||Champagne|generic, four held
chartr_v|ds||Chartreuse Verte
genepi_pc|ds||Génépi des Pères Chartreux
-|ds||Caol Ila 12 ans|whisky not held
-|ds||Rémy Martin XO|the house's other cognac
massenez|ds2||Poire Williams Massenez
vinchaud|tas||Vin chaud maison
-|Plat||Tourte aux ravioles du Champsaur|food
-|Plat||Oreilles d'âne|food
-|Dessert||Tarte aux myrtilles|food
-|Café||Café gourmand|coffee
-|Service||Droit de bouchon|service
-|Menu||Menu du Refuge|menu
sanpe|b100||San Pellegrino
sanpe|b50||San Pellegrino
-|vr||Vin rouge du moment|generic
genepi_pc|b70||Génépi des Pères Chartreux
chartr_v|b100||Chartreuse Verte
"""
