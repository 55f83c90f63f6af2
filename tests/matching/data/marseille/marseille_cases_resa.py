"""What the booking / pre-order site exports (``resa``); see marseille_specs.py.

``Section^Name^Appellation``: the site's sections (``Vins rosés``, ``Champagnes``,
``Digestifs``...), the item's name as on the web page (producer, cuvée in « »), the
appellation; the export adds the vintage (``NM`` for a non-vintage wine) and the format.
"""

CASES = """
# --- Bandol
lai_rs|btl|2024|Vins rosés^Domaine de la Laidière^Bandol
lai_rs|half|2024|Vins rosés^Domaine de la Laidière^Bandol
lai_rg|btl|2021|Vins rouges^Domaine de la Laidière^Bandol
lai_bl|btl|2023|Vins blancs^Domaine de la Laidière^Bandol
gau_lg|btl|2016|Vins rouges^Gaussen « Longue Garde »^Bandol
gau_rg|mag|2016|Vins rouges^Château Jean-Pierre Gaussen^Bandol
gau_rs|btl|2023|Vins rosés^Château Jean-Pierre Gaussen^Bandol
fre_rs|btl|2025|Vins rosés^Domaine de Frégate^Bandol
oli_rs|mag|2023|Vins rosés^Domaine de l'Olivette^Bandol
sou_rs|btl|2024|Vins rosés^Domaine de Souviou^Bandol
# --- Cassis, Palette
fb_bl|vre12|2023|Vins blancs^Domaine de la Ferme Blanche^Cassis
fon_bl|mag|2023|Vins blancs^Château de Fontblanche^Cassis
cou_bl|btl|2022|Vins blancs^Domaine de la Couronne de Charlemagne^Cassis
mey_bl|btl|2019|Vins blancs^Château de Meyreuil^Palette
# --- Côtes de Provence, Aix, Baux, Alpilles
stm_rs|mag|2023|Vins rosés^Château de Saint-Martin « Grande Réserve »^Côtes de Provence Cru Classé
bre_rs|btl|2024|Vins rosés^Château de Brégançon^Côtes de Provence Cru Classé
rou_es|btl|2024|Vins rosés^Château du Rouët « Estérelle »^Côtes de Provence
rou_bp|btl|2022|Vins blancs^Château du Rouët « Belle Poule »^Côtes de Provence
jas_rs|p50|2024|Vins rosés^Domaine du Jas d'Esclans^Côtes de Provence Cru Classé
ser_rs|btl|2023|Vins rosés^Domaine de Saint-Ser^Côtes de Provence Sainte-Victoire
pig_pr|btl|2024|Vins rosés^Château Pigoudet « !Première »^Coteaux d'Aix-en-Provence
pig_ch|btl|2024|Vins rosés^Château Pigoudet « La !Chapelle »^Coteaux d'Aix-en-Provence
bea_rs|mag|2024|Vins rosés^Château de Beaupré^Coteaux d'Aix-en-Provence
cal_cv|btl|2018|Vins rouges^Château Calissanne « Clos Victoire »^Coteaux d'Aix-en-Provence
rom_rg|btl|2018|Vins rouges^Château Romanin^Les Baux-de-Provence
tre_rg|btl|2018|Vins rouges^Domaine de Trévallon^IGP Alpilles
tre_rg|mag|2017|Vins rouges^Domaine de Trévallon^IGP Alpilles
# --- Rhône, Languedoc
mar_rg|btl|2020|Vins rouges^Domaine de Marcoux^Châteauneuf-du-Pape
don_rg|btl|2018|Vins rouges^Le Vieux Donjon^Châteauneuf-du-Pape
trq_rs|btl|2023|Vins rosés^Château de Trinquevedel^Tavel
neg_bm|btl|2023|Vins blancs^Château de la Négly « Brise Marine »^La Clape
beb_rg|btl|2017|Vins rouges^Prieuré de Saint-Jean de Bébian^Languedoc
puh_ar|mag|2023|Vins rosés^Château Puech-Haut « Argali »^IGP Pays d'Oc
puh_pr|btl|2024|Vins rosés^Château Puech-Haut « !Prestige »^Languedoc
# --- Champagne
gir_es|mag|NV|Champagnes^Henri Giraud « Esprit Nature »^Champagne
len_bb|btl|2013|Champagnes^AR Lenoble Blanc de Blancs Grand Cru^Champagne
len_in|cp12|NV|Champagnes^AR Lenoble « Intense »^Champagne
gat_tr|btl|NV|Champagnes^Gatinois Aÿ Grand Cru Tradition^Champagne
# --- Pastis, spirits, beers, softs
ricard|dose||Apéritifs & anisés^Ricard
p51|dose||Apéritifs & anisés^Pastis 51
yeni|dose||Apéritifs & anisés^Yeni Rakı
bal12|dose||Digestifs^Balblair 12 ans^Highland Single Malt
ben10|dose||Digestifs^Benriach 10 ans^Speyside Single Malt
bus_vs|dose||Digestifs^Busnel VSOP^Calvados Pays d'Auge
cag_bd|pinte||Bières^La Cagole Blonde
min_ip|s33||Bières^La Minotte IPA
styor|s100||Eaux & sodas^Saint-Yorre
# --- formats the library does not hold
sou_rs|mag|2024|Vins rosés^Domaine de Souviou^Bandol
mar_rg|half|2019|Vins rouges^Domaine de Marcoux^Châteauneuf-du-Pape
pan_se|mag|NV|Champagnes^Pannier « Brut Sélection »^Champagne
min_ip|pinte||Bières^La Minotte IPA
coca|s50||Eaux & sodas^Coca-Cola
# --- not drinks of the library
-|x||Menus^Menu Bouillabaisse du Pointu (2 couverts)|food
-|x||Menus^Menu Calanques|food
-|x||Menus^Forfait boissons (apéritif, vin, café)|drinks package, no drink named
-|x||Suppléments^Droit de bouchon|service
-|x||Suppléments^Gâteau d'anniversaire|food
-|btl|2024|Vins rosés^Bandol rosé du moment^Bandol|generic
-|btl|2024|Vins rosés^Rosé de Provence^Côtes de Provence|appellation alone: several held
-|btl|2023|Vins blancs^Cassis blanc^Cassis|appellation alone: several held
-|btl|2024|Vins blancs^Domaine de Souviou^Bandol|Souviou's white is not held
-|btl|2023|Vins rouges^Château de Fontblanche^Cassis|Fontblanche's red is not held
-|btl|2023|Vins rosés^Château de Meyreuil^Palette|Meyreuil's rosé is not held
-|btl|2022|Vins blancs^Château Romanin^Les Baux-de-Provence|Romanin's white is not held
-|btl|2024|Vins rosés^Château Pigoudet « Classic »^Coteaux d'Aix-en-Provence|another cuvée of Pigoudet, not held
-|btl|2019|Vins rouges^Château de la Négly « L'Ancely »^La Clape|another cuvée of Négly, not held
-|btl|2020|Vins blancs^Corton-Charlemagne Grand Cru^Corton-Charlemagne|a Burgundy grand cru sharing a word with Couronne de Charlemagne
-|btl|NV|Champagnes^Pannier « Rosé Velours »^Champagne|another cuvée of Pannier, not held
-|btl|NV|Champagnes^Champagne brut du moment^Champagne|generic
-|dose||Apéritifs & anisés^Casanis|a pastis not held
-|dose||Digestifs^Balblair 25 ans^Highland Single Malt|Balblair 25 ans not held (12 and 15 are)
-|dose||Digestifs^Limoncello|not held
-|demi||Bières^Bière du moment|generic draught
-|s33||Bières^Les Maltfaiteurs Blonde|a Maltfaiteurs beer not held (IPA and Blanche are)
-|s33||Eaux & sodas^Limonade artisanale|soft not held
"""
