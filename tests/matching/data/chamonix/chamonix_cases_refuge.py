"""What the waiters keyed on the refuge's offline tablet: key|measure|vintage|text, or -|measure|vintage|text|reason."""
CASES = """
apr_perrier|c50|2023|Apremont Perrier
apr_perrier|c25||Apremont Gastronomie Perrier
apr_perrier|half|2023|Apremont Perrier
apr_giachino|btl|2022|Apremont Giachino
apr_giachino|btl|2023|Apremont Giachino
apr_boniface|btl|2023|Apremont Les Rocailles Boniface
chig_magnin|btl|2021|Chignin-Bergeron Louis Magnin
chig_magnin|c50|2023|Chignin-Bergeron Magnin
chig_quenard|btl||Chignin-Bergeron Les Terrasses Quenard
chignin_quenard|c50|2023|Chignin Vieilles Vignes Quenard
mond_magnin|btl|2020|Mondeuse d'Arbin Magnin
mond_magnin|btl|2022|Mondeuse d'Arbin Magnin
mond_grisard|btl|2018|Mondeuse Prestige Prieuré St-Christophe
mond_perrier|c50||Mondeuse Gastronomie Perrier
rous_lupin|g|2022|Roussette de Frangy Lupin
rous_lupin|btl|2021|Roussette de Frangy Lupin
belluard_feu|btl|2021|Belluard Le Feu
belluard_feu|btl|2022|Belluard Le Feu
belluard_alpes|g15|2021|Belluard Les Alpes
argile_blanc|btl|2022|Argile Blanc Ardoisières
crem_perrier|btl||Crémant de Savoie Perrier
belluard_mb|btl||Mont Blanc Brut Zéro Belluard
macle|clav|2016|Château-Chalon Macle
macle|clav|2014|Château-Chalon Macle
rolet_poulsard|btl|2022|Arbois Poulsard Rolet
cornalin|btl|2021|Cornalin Germanier
cayas|btl|2018|Syrah Cayas Germanier
humagne_maye|btl||Humagne Rouge Simon Maye
fendant_gilliard|c50|2023|Fendant Les Murettes Gilliard
gevrey_rt|btl|2020|Gevrey-Chambertin Rossignol-Trapet
gevrey_rt|btl|2018|Gevrey-Chambertin Rossignol-Trapet
chablis_michel|half|2022|Chablis Louis Michel
chablis_michel|half|2021|Chablis Louis Michel
chablis1_michel|btl|2021|Chablis 1er Cru Montée de Tonnerre L. Michel
chablis1_michel|btl|2019|Chablis 1er Cru Montée de Tonnerre L. Michel
pf_ferret|btl|2021|Pouilly-Fuissé Ferret
pf_ferret|btl|2022|Pouilly-Fuissé Ferret
jadot_bgn|g|2022|Bourgogne Pinot Noir Jadot
crozes_chave|mag|2020|Crozes-Hermitage Yann Chave
crozes_chave|mag|2021|Crozes-Hermitage Yann Chave
telegraphe|btl|2017|Vieux Télégraphe La Crau
vernay|btl||Condrieu Terrasses de l'Empire Vernay
vernay|btl|2021|Condrieu Terrasses de l'Empire Vernay
miraval|btl|2023|Miraval rosé
miraval|g15|2023|Miraval rosé
ruinart_bdb|btl||Ruinart Blanc de Blancs
ruinart_rose|cp||Ruinart Rosé
lp_rose|mag||Laurent-Perrier Rosé
bolly|cp||Bollinger Special Cuvée
dp|btl|2012|Dom Pérignon
genepi_chartreux|dose||Génépi des Pères Chartreux
genepi_dolin|2cl||Génépi Dolin Le Chamois
chartreuse_jaune|4cl||Chartreuse Jaune
marc_savoie|2cl||Marc de Savoie
poire|4cl||Poire Williams Devoille
dolin_blanc|dose||Vermouth Dolin blanc
mb_blonde|pinte||Blonde du Mont-Blanc
mb_blonde|cl33||Blonde du Mont-Blanc
mb_rousse|cl33||Rousse du Mont-Blanc
mb_blanche|demi||Blanche du Mont-Blanc
evian|cl100||Evian
lorina|cl33||Limonade Lorina
-|g||Vin chaud|vin chaud is mixed at the bar
-|||Croûte au fromage|food
-|||Tartiflette (2 pers.)|food
-|||Fondue savoyarde|food
-|||Diots polenta|food
-|||Crêpe myrtilles|food
-|||Chocolat chaud|hot drink
-|||Café gourmand|coffee
-|||Forfait piéton télésiège|chairlift ticket for pedestrians
-|||Location transat|deckchair hire
-|g||Vin blanc de Savoie|generic
-|c50||Rouge maison|generic house wine
-|g||Chignin-Bergeron|two producers held
-|btl||Roussette de Savoie|two producers held
-|g||Rosé de Savoie|not held
-|btl||Mondeuse Giachino|Giachino's Apremont held, not its Mondeuse
-|btl||Chignin Mondeuse Quenard|another Quenard wine
-|btl||Arbois Savagnin Rolet|another Rolet wine
-|btl||Côtes du Jura Macle|another Macle wine
rous_dupasquier|half|2019|Roussette Marestel Dupasquier
chig_magnin|mag||Chignin-Bergeron Magnin
-|btl||Crozes-Hermitage blanc Yann Chave|white not held
-|btl||Côtes du Rhône Belleruche rosé|rosé not held
-|btl||Dôle des Monts Gilliard|another Gilliard wine
-|btl||Petite Arvine Chappaz|producer not held
-|g||Kir|mixed
-|||Spritz Aperol|mixed
-|dose||Génépi|two génépis held
-|dose||Génépi Jacoulot|not held
mb_rousse|pinte||Rousse du Mont-Blanc
-|pinte||Panaché|beer mixed with lemonade
coca|cl50||Coca-Cola
evian|cl33||Evian
-|||Carafe d'eau|tap water
-|c50||Mondeuse|Mondeuse of three producers held
-|cp||Champagne|generic
-|btl||Miraval blanc|white not held
"""
