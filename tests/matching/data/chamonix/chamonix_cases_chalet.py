"""What the tour operator's chalet hosts ordered in its app: key|measure|vintage|text, or -|measure|vintage|text|reason."""
CASES = """
apr_perrier|btl|2022|Apremont Perrier
apr_perrier|btl|2021|Apremont Perrier
apr_boniface|g|2023|Apremont Rocailles
chig_quenard|btl|2022|Chignin-Bergeron Quenard Terrasses
chig_quenard|btl|2021|Chignin-Bergeron Quenard Terrasses
chignin_quenard|btl||Chignin Quenard Vieilles Vignes
chig_magnin|g|2022|Chignin Bergeron Magnin
mond_magnin|c50|2021|Mondeuse Magnin
mond_grisard|btl|2019|Mondeuse Grisard
mond_grisard|btl|2020|Mondeuse Grisard
rous_dupasquier|btl||Roussette Marestel Dupasquier
rous_dupasquier|btl|2018|Roussette Marestel Dupasquier
belluard_alpes|btl|2022|Les Alpes Belluard
belluard_alpes|btl|2023|Les Alpes Belluard
belluard_mb|btl||Belluard Mont Blanc Zero
argile_rouge|btl|2022|Argile Rouge Ardoisieres
argile_rouge|btl|2021|Argile Rouge Ardoisieres
crem_perrier|g||Cremant Savoie Perrier
tissot_crem|btl||Cremant du Jura Tissot
macle|clav|2015|Chateau Chalon Macle
fendant_gilliard|btl|2022|Fendant Gilliard
fendant_gilliard|btl|2024|Fendant Gilliard
cayas|btl|2019|Cayas Syrah Germanier
humagne_maye|btl|2021|Humagne Rouge Maye
humagne_maye|btl|2020|Humagne Rouge Maye
gevrey_rt|btl|2019|Gevrey Chambertin Rossignol Trapet
chablis_michel|btl|2022|Chablis Louis Michel
chablis_michel|btl|2023|Chablis Louis Michel
chablis1_michel|btl|2020|Chablis Premier Cru Montee de Tonnerre
pf_ferret|g|2021|Pouilly Fuisse Ferret
jadot_bgn|btl|2022|Jadot Bourgogne Pinot Noir
jadot_bgn|btl|2021|Jadot Bourgogne Pinot Noir
crozes_chave|btl|2020|Crozes Hermitage Chave
crozes_chave|btl|2019|Crozes Hermitage Chave
belleruche_rouge|c50|2022|Belleruche Rouge Chapoutier
belleruche_blanc|btl|2023|Belleruche Blanc Chapoutier
telegraphe|btl|2019|Vieux Telegraphe
telegraphe|btl|2016|Vieux Telegraphe
stcosme|g|2021|Saint Cosme Gigondas
stcosme|btl|2020|Saint Cosme Gigondas
vernay|btl|2022|Condrieu Vernay
miraval|mag|2023|Miraval Rosé
miraval|btl|2022|Miraval Rosé
lp_rose|btl||Laurent Perrier Rosé
bolly|btl||Bollinger
vcp|half||Veuve Clicquot
dp|btl|2013|Dom Perignon
dp|btl|2014|Dom Perignon
ruinart_bdb|g||Ruinart Blanc de Blancs
op_anderson|2cl||O.P. Anderson Aquavit
linie|4cl||Linie Aquavit
talisker|4cl||Talisker 10
lagavulin|2cl||Lagavulin 16
nikka|4cl||Nikka From the Barrel
jager|dose||Jägermeister
monkey47|2cl||Monkey 47
remy|2cl||Rémy Martin VSOP
havana3|4cl||Havana Club 3
mb_blonde|pinte||Mont Blanc Blonde
kro|demi||Kronenbourg 1664
guinness|pinte||Guinness
lillet|g||Lillet Blanc
-|||Glögg|Scandinavian mulled wine
-|||Jägerbomb|mixed drink
-|||Irish Coffee|coffee cocktail
-|||Varm choklad|hot chocolate
-|||Kaffe|coffee
-|||Raclette|food
-|||Skipass 6 dagar|ski pass
-|||Skidhyra|ski hire
-|||Transfer Genève flygplats|transfer
-|btl||Apremont|Apremont of three producers held
-|btl||Chignin Bergeron|two producers held
-|btl||Mondeuse|three producers held
-|btl||Champagne|generic
-|g||Husets vita|house white, generic
-|g||Husets röda|house red, generic
-|mag||Bollinger Rosé|another Bollinger cuvée
-|btl||Ruinart|brand alone: Blanc de Blancs and Rosé held
-|btl||Veuve Clicquot Rosé|another cuvée
-|btl||Dom Perignon P2|another cuvée
gevrey_rt|half||Gevrey Chambertin Rossignol Trapet
telegraphe|mag||Vieux Telegraphe
-|btl||Vieux Telegraphe Blanc|white not held
-|btl||Amigne Germanier|another Germanier wine
-|btl||Fendant Provins|Provins' Petite Arvine held, not its Fendant
-|4cl||Talisker 18|age not held
-|4cl||Talisker Storm|another Talisker
-|2cl||Aalborg Akvavit|not held
-|2cl||Akvavit|two aquavits held
-|4cl||Havana Club|3 and 7 held
-|4cl||Glenfiddich 15|age not held
duvel|pinte||Duvel
heineken|pinte||Heineken
mb_rousse|pinte||Mont Blanc Rousse
guinness|cl33||Guinness
-|cl25||Red Bull Sugarfree|not held
-|cl33||Lättöl|generic light beer
"""
