"""What the waiters typed on the tablet (``tablette``); see marseille_specs.py.

Lower case with accents, words glued with dots or hyphens (``dom.laidière``,
``ch.jp-gaussen``, ``st-martin``) or with nothing (``lafermeblanche``, ``balblair12``);
the tablet adds ``'yy``, the measure word and the price with a decimal comma.
"""

CASES = """
# --- Bandol
lai_rs|vre15|2024|dom.laidière bandol !rosé
lai_rg|btl|2020|dom.laidière !rouge
lai_rg|p25|2018|dom.laidière bandol !rouge
lai_bl|vre|2022|dom.laidière !blanc
gau_rs|btl|2024|ch.jp-gaussen !rosé
gau_lg|btl|2015|jp.gaussen !longue-garde
gau_lg|btl|2014|jpgaussen !longuegarde
gau_rg|btl||ch.gaussen bandol !rouge
fre_rs|vre|2024|dom.frégate !rosé
fre_bl|btl|2021|frégate bandol !blanc
fre_rg|btl|2019|dom.de.frégate !rouge
oli_rs|btl|2024|dom.olivette !rosé
oli_rg|half|2018|dom.olivette !rouge
sou_rg|vre|2017|dom.souviou !rouge
sou_rs|btl|2023|souviou !rosé
cag_rg|btl|2021|dom.du.cagueloup
# --- Cassis, Palette
fb_bl|vre|2023|lafermeblanche cassis !blanc
fb_rs|btl|2024|la.ferme.blanche !rosé
fb_bl|half|2022|ferme-blanche !blanc
fon_bl|vre|2023|ch.fontblanche cassis
cou_bl|btl|2023|couronne de charlemagne cassis
cai_bl|btl|2022|dom.caillol cassis
mey_rg|btl|2018|ch.meyreuil palette !rouge
# --- Côtes de Provence
stm_rs|vre|2024|st-martin grande réserve !rosé
stm_rs|mag|2024|st-martin grande réserve !rosé
stm_bl|btl|2022|ch.st-martin gde réserve !blanc
bre_rs|btl|2024|ch.brégançon rosé
rou_es|vre|2025|rouët estérelle
rou_bp|btl|2021|rouët belle-poule
cla_rs|p50|2023|ch.clapière rosé
ser_rs|btl|2024|dom.st-ser ste-victoire
# --- Coteaux d'Aix, Baux, Alpilles
pig_ch|vre|2024|pigoudet !lachapelle
pig_pr|btl|2023|pigoudet !première
cal_rs|btl|2024|calissanne rosé
cal_cv|btl|2016|calissanne clos-victoire
lac_rs|vre|2024|ch.lacoste rosé
lac_rs|btl|2022|ch.la-coste rosé
rom_rs|btl|2024|ch.romanin !rosé
tre_rg|btl|2019|dom.trévallon !rouge
tre_bl|vre|2021|trévallon !blanc
# --- Rhône, Languedoc
mar_rg|btl|2020|marcoux châteauneuf
don_rg|btl|2019|vx.donjon châteauneuf !rouge
don_bl|vre|2022|vieux-donjon !blanc
neg_bm|vre|2024|négly brise-marine
neg_fa|btl|2020|la falaise négly
beb_ch|btl|2021|chapelle de bébian
puh_pr|btl|2024|puech-haut !prestige rosé
# --- Champagne
gir_es|cp|NV|giraud esprit nature
gir_dj|btl|NV|h.giraud dame-jane rosé
len_bb|btl|2015|lenoble blanc de blancs gc
plo_eq|half|NV|ployez-jacquemart extra quality
pan_se|cp|NV|pannier sélection
# --- Pastis, spirits, beers, softs
ricard|2cl||ricard
creis|dose||pastis des creissauds
brizard|dose||anisette marie brizard
ksarak|dose||arak ksarak
bal15|dose||balblair 15 ans
dea12|dose||deanston 12 ans
mag_xo|dose||calva père magloire xo
bal12|s70||balblair12
cag_bd|pinte||cagole blonde
min_bd|demi||minotte blonde
min_am|s33||minotte ambrée
mal_ip|pinte||maltfaiteurs ipa
montc|s50||montclar
styor|s100||st-yorre
perri|s33||perrier
oasis|s33||oasis tropical
# --- formats the library does not hold
bre_rs|half|2024|ch.brégançon rosé
tre_rg|half|2019|trévallon !rouge
gir_dj|mag|NV|giraud dame-jane
mal_bc|pinte||maltfaiteurs blanche
ricard|s70||ricard
# --- not drinks of the library
-|x||bouillabaisse du pointu (par pers.)|food: the bouillabaisse, per person|=64,00
-|x||aïoli du vendredi|food|=26,00
-|x||supions frits|food|=16,50
-|x||café gourmand|dessert and coffee|=9,50
-|vre||blanc du moment|generic glass, no house wine held
-|p50||rosé maison|generic carafe, no house wine held
-|vre|2024|bandol rosé|Bandol rosé alone: five are held
-|btl|2024|côtes-de-provence rosé|Côtes de Provence rosé alone: several are held
-|btl|2024|coteaux d'aix rosé|Coteaux d'Aix rosé alone: several are held
-|btl|2020|châteauneuf-du-pape|Châteauneuf-du-Pape alone: three are held
-|btl|2024|dom.laidière|Laidière is held in three colours and the label gives none
-|btl|2024|ch.st-martin grande réserve|Saint-Martin's Grande Réserve is held in rosé and white, no colour
-|btl|2023|jp.gaussen blanc|Gaussen's white is not held
-|btl|2022|la.ferme.blanche rouge|La Ferme Blanche's red is not held (white and rosé are)
-|btl|2024|rouët belle-poule rosé|Belle Poule is held in white only
-|btl|2023|pigoudet grande réserve|another cuvée of Pigoudet, not held
-|btl|2019|négly l'ancely|another cuvée of Négly (L'Ancely), not held
-|btl|2019|bébian blanc|Bébian's white is not held
-|btl|2020|corton-charlemagne|a Burgundy grand cru sharing a word with Couronne de Charlemagne
-|btl|NV|lenoble rosé terroirs|another cuvée of AR Lenoble, not held
-|cp|NV|champagne|generic coupe of champagne|champagne
-|btl|NV|ployez liesse d'harbonville|another cuvée of Ployez-Jacquemart, not held|champagne
-|dose||pastis henri bardouin|a pastis not held|spiritueux
-|dose||ouzo|an anise not held|spiritueux
-|dose||deanston 18 ans|Deanston 18 ans not held (the 12 is)|spiritueux
-|dose||benriach 12 ans|Benriach 12 ans not held (the 10 is)|spiritueux
-|dose||whisky|generic whisky|spiritueux
-|x||panaché|mixed drink (beer and lemonade)|=4,50
-|x||tomate|mixed drink (pastis and grenadine)|=4,00
-|pinte||pression|generic draught beer|bière
-|s33||minotte blanche|a Minotte beer not held|bière
-|s33||orangina|soft not held|soft
-|x||carafe d'eau|service: tap water|=0,00
"""
