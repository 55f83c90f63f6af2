"""What the bar staff keyed on the quick-key register: key|measure|vintage|text, or -|measure|vintage|text|reason."""
CASES = """
apr_perrier|g|2023|APREM PERRIER
apr_perrier|c50|2022|APREMONT PERRIER
apr_perrier|g|2021|APREM PERRIER
apr_boniface|g|2022|APREM ROCAILLES
apr_giachino|g||APREMONT GIACHINO
apr_giachino|mag|2022|APREM GIACHINO
chig_magnin|g|2022|CHIG BERG MAGNIN
chig_magnin|btl|2020|CH BERG MAGNIN
chig_quenard|g|2022|CHIG BERG QUENARD
chignin_quenard|g|2023|CHIGNIN VV QUENARD
mond_magnin|g|2021|MOND MAGNIN
mond_magnin|g175|2019|MOND MAGNIN
mond_grisard|g|2019|MOND GRISARD
mond_grisard|g|2020|MOND GRISARD
mond_grisard|btl|2017|MOND PRESTIGE GRISARD
rous_dupasquier|g|2020|MARESTEL DUPASQ
rous_dupasquier|g|2021|MARESTEL DUPASQ
rous_lupin|g|2022|ROUSS FRANGY LUPIN
belluard_alpes|g|2022|BELLUARD LES ALPES
belluard_alpes|btl|2020|BELLUARD ALPES
belluard_mb|g||MT BLANC BRUT ZERO
crem_perrier|g||CREM SAV PERRIER
argile_blanc|g|2021|ARGILE BLC
tissot_crem|g||CREM JURA TISSOT
rolet_poulsard|g|2021|POULSARD ROLET
fendant_gilliard|g|2023|FENDANT GILLIARD
fendant_gilliard|g|2021|FEND GILLIARD
cayas|g|2020|CAYAS GERMANIER
cayas|btl|2021|CAYAS
crozes_chave|g|2021|CROZES CHAVE
crozes_chave|g|2022|CROZES CHAVE
belleruche_rouge|g|2022|CDR BELLERUCHE RGE
telegraphe|btl|2020|TELEGRAPHE
gevrey_rt|btl|2021|GEVREY R TRAPET
miraval|mag|2022|MIRAVAL
bolly|g||BOLLY
bolly|half||BOLLINGER
bolly|mag||BOLLINGER SPEC CUVEE
vcp|btl||VEUVE CLICQUOT
lp_rose|btl||LP ROSE
dp|btl|2015|DOM PERIGNON
dp|btl|2014|DOM PERIGNON
genepi_chartreux|4cl||GENEPI CHARTREUX
genepi_dolin|2cl||GENEPI DOLIN
chartreuse_verte|4cl||CHARTREUSE VERTE
chartreuse_jaune|2cl||CHARTR JAUNE
jager|2cl||JAGER
lagavulin|4cl||LAGAVULIN16
talisker|4cl||TALISKER10
monkey_sh|4cl||MONKEY SHOULDER
havana7|4cl||HAVANA7
linie|2cl||LINIE AQUAVIT
mb_blonde|pinte||MT BLANC BLONDE
mb_blonde|demi||BLONDE MT BLANC
mb_blanche|pinte||MT BLANC BLANCHE
kro|pinte||1664
guinness|pinte||GUINNESS
mb_verte|cl33||VERTE MT BLANC
duvel|cl33||DUVEL
redbull|cl25||RED BULL
coca|cl33||COCA
cocazero|cl33||COCA ZERO
evian|cl50||EVIAN
-|||VIN CHAUD|vin chaud is mixed at the bar
-|g||HOUSE WHITE|generic house wine
-|g||HOUSE RED|generic house wine
-|pinte||HOUSE LAGER|generic beer
-|pinte||CIDER|no cider held
-|pinte||SNAKEBITE|mixed beer and cider
-|pinte||PANACHE|beer mixed with lemonade
-|||JAGERBOMB|mixed drink (Jägermeister and Red Bull)
-|4cl||GENEPI|two génépis held
-|4cl||CHARTREUSE|green and yellow Chartreuse held
-|4cl||CHARTREUSE VEP|V.E.P. not held
-|4cl||TALISKER18|age not held (10 ans held)
-|4cl||LAGAVULIN8|age not held (16 ans held)
-|4cl||HAVANA|Havana Club 3 and 7 held
-|4cl||GLENFIDDICH18|age not held (12 ans held)
duvel|pinte||DUVEL
mb_rousse|pinte||MT BLANC ROUSSE
chimay|demi||CHIMAY BLEUE
mb_blanche|cl33||MT BLANC BLANCHE
miraval|half||MIRAVAL
vcp|mag||VEUVE CLICQUOT
ruinart_bdb|mag||RUINART BDB
-|g||RUINART|brand alone: Blanc de Blancs and Rosé held
-|btl||DOM PERIGNON ROSE|Dom Pérignon Rosé not held
-|btl||BOLLINGER RD|another Bollinger cuvée
-|g||CHIGNIN BERGERON|Chignin-Bergeron of two producers held
-|g||APREMONT|Apremont of three producers held
-|g||MONDEUSE|Mondeuse of three producers held
-|g||MONDEUSE ROSE|no rosé Mondeuse held
-|||TARTIFLETTE|food
-|||NACHOS SAVOYARD|food
-|||HOT CHOC|hot drink
-|||IRISH COFFEE|coffee cocktail
-|||SKI LOCKER|service
-|cl33||COCA LIGHT|Coca-Cola Light not held
pellegrino|cl100||SAN PELLEGRINO
schweppes|cl20||SCHWEPPES TONIC
"""
