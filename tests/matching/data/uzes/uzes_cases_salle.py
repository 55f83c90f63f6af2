"""salle: the dining room's tablet (the manager's wine-list wording).

Same line format as uzes_cases_caisse.py; `text` is the article name on the tablet.
"""

CASES = """
deleuze_r|B|2022|Duché d'Uzès rouge, Dom. Deleuze-Rochetin
deleuze_r|M|2020|Duché d'Uzès rouge, Dom. Deleuze-Rochetin
deleuze_r|M|2022|Duché d'Uzès rouge, Dom. Deleuze-Rochetin
deleuze_r|B|2021|Duché d'Uzès rouge, Dom. Deleuze-Rochetin
deleuze_b|B|2023|Duché d'Uzès blanc, Dom. Deleuze-Rochetin
deleuze_b|M|2023|Duché d'Uzès blanc, Dom. Deleuze-Rochetin
deleuze_rs|B|2024|Duché d'Uzès rosé, Deleuze-Rochetin
deleuze_rs|P50||Duché d'Uzès rosé, Deleuze-Rochetin
grandchemin_r|B|2021|Duché d'Uzès rouge, Domaine du Grand Chemin
grandchemin_r|H|2021|Duché d'Uzès rouge, Domaine du Grand Chemin
grandchemin_r|B|2022|Duché d'Uzès rouge, Domaine du Grand Chemin
grandchemin_rs|B|2024|Duché d'Uzès rosé, Domaine du Grand Chemin
maspellier_r|B|2021|Mas Pellier, Duché d'Uzès rouge
maspellier_r|B|2023|Mas Pellier, Duché d'Uzès rouge
galets_r|B|2022|Costières de Nîmes, Mourgues du Grès « Les Galets Rouges »
galets_r|H|2023|Costières de Nîmes, Mourgues du Grès « Les Galets Rouges »
galets_r|M|2023|Costières de Nîmes, Mourgues du Grès « Les Galets Rouges »
argence_r|B|2019|Terre d'Argence, Ch. Mourgues du Grès
argence_r|B|2017|Terre d'Argence, Ch. Mourgues du Grès
nages_r|B|2022|Château de Nages Réserve rouge
nages_r|B|2020|Château de Nages Réserve rouge
nages_b|H|2023|Ch. de Nages Réserve blanc
trassegum|B|2019|Trassegum, Château d'Or et de Gueules
trassegum|M|2019|Trassegum, Château d'Or et de Gueules
carlot_r|B|2023|Mas Carlot rouge
guigal_r|B|2020|Côtes-du-Rhône Guigal rouge
guigal_r|M|2020|Côtes-du-Rhône Guigal rouge
guigal_r|H|2019|Côtes-du-Rhône Guigal rouge
guigal_b|B|2023|Côtes-du-Rhône Guigal blanc
chevrefeuilles|B|2021|Réméjeanne « Les Chèvrefeuilles »
baronlouis|B|2020|Lirac « Baron Louis », Ch. de Montfaucon
baronlouis|B|2018|Lirac « Baron Louis », Ch. de Montfaucon
aqueria|B|2023|Tavel, Château d'Aquéria
aqueria|M|2023|Tavel, Château d'Aquéria
damerousse_tav|B|2024|Tavel « La Dame Rousse », Dom. de la Mordorée
damerousse_lir|B|2020|Lirac rouge « La Dame Rousse », Mordorée
telegraphe|B|2018|Châteauneuf-du-Pape, Vieux Télégraphe
telegraphe|H|2019|Châteauneuf-du-Pape, Vieux Télégraphe
telegraphe|M|2018|Châteauneuf-du-Pape, Vieux Télégraphe
beaucastel|B|2016|Châteauneuf-du-Pape, Ch. de Beaucastel
daumas_r|B|2019|Mas de Daumas Gassac rouge
daumas_r|M|2019|Mas de Daumas Gassac rouge
arbouse|B|2022|Pic Saint-Loup « L'Arbouse », Mas Bruguière
masjullien|B|2019|Mas Jullien, Terrasses du Larzac
masjullien|B|2020|Mas Jullien, Terrasses du Larzac
estanilles|B|2021|Faugères, Ch. des Estanilles
felines|B|2024|Picpoul de Pinet, Félines Jourdan
felines|H|2023|Picpoul de Pinet, Félines Jourdan
ormarine|B|2024|Picpoul de Pinet « Duc de Morny »
cotedesroses|B|2023|Côte des Roses, Gérard Bertrand
minuty|M|2024|M de Minuty
whispering|B|2024|Whispering Angel, Ch. d'Esclans
taitt_brut|B||Champagne Taittinger Brut Réserve
taitt_brut|M||Champagne Taittinger Brut Réserve
taitt_rose|B||Champagne Taittinger Prestige Rosé
taitt_rose|M||Champagne Taittinger Prestige Rosé
antech_rose|B||Crémant de Limoux rosé, Antech « Émotion »
peyrade|C50||Muscat de Frontignan, Ch. de la Peyrade
peyrade|G||Muscat de Frontignan, Ch. de la Peyrade
remy_xo|D||Cognac Rémy Martin XO
janneau|D||Armagnac Janneau VSOP
chartreuse_v|D||Chartreuse verte
glenfiddich12|D||Whisky Glenfiddich 12 ans
nikka|D||Nikka From the Barrel
taylors10|G||Porto Taylor's 10 ans
pellegrino|C100||San Pellegrino
milliat_orange|B||Jus d'orange Alain Milliat
-RGE|B|2020|Les Capitelles des Mourgues, Mourgues du Grès|Mourgues du Grès's top red, not held
-BLC|B|2023|Terre d'Argence blanc, Mourgues du Grès|Terre d'Argence in white not held
-ROS|B|2024|Fleur d'Églantine, Mourgues du Grès|Mourgues du Grès rosé cuvée not held
-RGE|B|2021|Château de Nages « JT »|Nages's other cuvée, not held
-RGE|B|2020|Crozes-Hermitage Guigal|Guigal's other wine, not held
-RGE|B|2019|Châteauneuf-du-Pape « Télégramme »|Vieux Télégraphe's second wine, not held
-RGE|B|2020|Moulin de Gassac rouge|Daumas Gassac's other range, not held
-ROS|B|2024|Minuty Prestige rosé|Minuty's other cuvée, not held
-ROS|B|2024|Rock Angel, Ch. d'Esclans|Esclans's other rosé, not held
-BUL|B||Champagne Taittinger Comtes de Champagne|Taittinger's other cuvée, not held
-RGE|B|2021|Lirac rouge, Château d'Aquéria|Aquéria's Lirac, not held (its Tavel is)
-RGE|B|2020|CDR Villages « Notre Dame des Cellettes », Sainte-Anne|Sainte-Anne's other cuvée, not held
-RGE|B|2018|Mas Jullien « États d'Âme »|Mas Jullien's other wine, not held
-RGE|G||Costières de Nîmes rouge|Costières red alone: several held
-ROS|B|2024|Tavel rosé|Tavel alone, 2024: two held
-RGE|B|2018|Châteauneuf-du-Pape rouge|Châteauneuf alone: two held
-RGE|G||Vin du moment rouge|generic
-ROS|P50||Rosé de la maison|generic
-BUL|CP||Kir royal|cocktail
-APE|G||Kir au Duché blanc|cocktail
-CUI|||Brandade de morue|food
-CUI|||Pélardon rôti, miel de garrigue|food
-CUI|||Entrecôte, frites maison|food
-CUI|||Tapenade et fougasse|food
-CUI|||Crème brûlée|food
-CUI|||Café gourmand|coffee with desserts
-CAF|||Café|coffee
-CAF|||Infusion verveine|herbal tea
-DIV|||Droit de bouchon|service
-DIV|||Couvert enfant|service
"""
