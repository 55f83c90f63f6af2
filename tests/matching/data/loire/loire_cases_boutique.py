"""What the click-and-collect shop's export (boutique) prints.

key|measure|year|product for a drink of the library: the build adds the rayon
(from the drink) and the variation ("Millésime : 2020, Contenance : 75 cl").
-|measure|year|Rayon > Produit|reason, or -|x||Rayon > Produit > Variation|
reason, for what is no drink of the library. Bottles and kegs only.
"""

SPECS = r"""
# --- Vins blancs de Loire
tourmaline|mag|2022|Muscadet « Domaine de la Tourmaline » – Gadais
plantation||2017|Muscadet Monnières-Saint-Fiacre « Plantation 1947 » – Gadais
boud_anjou|mag|2021|Anjou blanc – Thibaud Boudignon
boud_hutte||2018|Savennières « Clos de la Hutte » – Thibaud Boudignon
morgat_fides||2020|Savennières « Fidès » – Éric Morgat
souch_perrieres||2019|Savennières « Clos des Perrières » – Château Soucherie
sanzay_salles||2022|Saumur blanc « Les Salles Martin » – Antoine Sanzay
font_demisec||2021|Vouvray demi-sec – Domaine de la Fontainerie
bredif||2022|Vouvray « Classic » – Marc Brédif
delaporte_blanc||2023|Sancerre « Chavignol » – Domaine Vincent Delaporte
delaporte_blanc|half|2022|Sancerre « Chavignol » – Domaine Vincent Delaporte
cail_cris||2022|Pouilly-Fumé « Les Cris » – Domaine Cailbourdin
-||2021|Vins blancs de Loire > Sancerre « Monts Damnés » – Vincent Delaporte|another white Sancerre of Delaporte (Monts Damnés), not held
-||2020|Vins blancs de Loire > Savennières « Arcane » – Éric Morgat|another Savennières of Morgat (Arcane), not held
-||2020|Vins blancs de Loire > Pouilly-Fumé « Gemme Océane » – Landrat-Guyollot|another cuvée of Landrat-Guyollot (Gemme Océane), not held
-||2020|Vins blancs de Loire > Muscadet « Perrières Monopole » – Gadais|another cuvée of Gadais (Perrières); shares a word with Clos des Perrières
# --- Vins rouges de Loire
targe_trad||2022|Saumur-Champigny « Tradition » – Château de Targé
targe_trad|mag|2020|Saumur-Champigny « Tradition » – Château de Targé
targe_ferry||2017|Saumur-Champigny « Cuvée Ferry » – Château de Targé
sanzay_poyeux||2020|Saumur-Champigny « Les Poyeux » – Antoine Sanzay
sanzay_poyeux|mag|2018|Saumur-Champigny « Les Poyeux » – Antoine Sanzay
pallus_messanges||2022|Chinon « Messanges » – Domaine de Pallus
pallus_messanges|mag|2021|Chinon « Messanges » – Domaine de Pallus
ldb_vv||2018|Bourgueil « Vieilles Vignes » – Lamé Delisle Boucard
ldb_chesnaies|half|2020|Bourgueil « Les Chesnaies » – Lamé Delisle Boucard
ldb_chesnaies|mag|2020|Bourgueil « Les Chesnaies » – Lamé Delisle Boucard
taluau_vv||2019|Saint-Nicolas-de-Bourgueil « Vieilles Vignes » – Taluau-Foltzenlogel
delaporte_rouge||2020|Sancerre rouge « Chavignol » – Vincent Delaporte
-||2018|Vins rouges de Loire > Chinon « Le Clos de Pallus » – Domaine de Pallus|another Chinon of Pallus (Le Clos de Pallus), not held
-||2019|Vins rouges de Loire > Saumur-Champigny « Quintessence » – Château de Targé|another cuvée of Targé (Quintessence), not held
# --- Rosés de Loire
boud_rose||2023|Rosé de Loire – Thibaud Boudignon
escog_cab||2022|Cabernet d'Anjou – Domaine Escogriffe
-||2023|Rosés de Loire > Rosé d'Anjou – Domaine Escogriffe|a Rosé d'Anjou of Escogriffe, not held (its Cabernet d'Anjou is)
-||2023|Rosés de Loire > Sancerre rosé – Vincent Delaporte|a rosé Sancerre of Delaporte, not held
# --- Moelleux & liquoreux
souch_exception|b50|2018|Coteaux du Layon « Exception » – Château Soucherie
souch_chaume|b50|2019|Coteaux du Layon 1er Cru Chaume – Château Soucherie
juchepie|half|2018|Coteaux du Layon « Les Churelles » – Domaine de Juchepie
bellerive|b50|2014|Quarts de Chaume – Château Bellerive
bellerive||2018|Quarts de Chaume – Château Bellerive
font_moelleux||2018|Vouvray moelleux – Domaine de la Fontainerie
-|b50|2018|Moelleux & liquoreux > Bonnezeaux – Château La Varière|a Bonnezeaux, not held
# --- Fines bulles
gardet_brut|||Champagne Brut Tradition – Gardet
gardet_brut|mag||Champagne Brut Tradition – Gardet
gardet_rose|||Champagne Brut Rosé – Gardet
gardet_rose|half||Champagne Brut Rosé – Gardet
grenelle_platine|mag||Crémant de Loire « Cuvée Platine » – Louis de Grenelle
escog_cremant_rose|||Crémant de Loire rosé – Domaine Escogriffe
font_brut|||Vouvray brut – Domaine de la Fontainerie
-|||Fines bulles > Champagne Blanc de Blancs – Gardet|another cuvée of Gardet (Blanc de Blancs), not held
# --- Vins d'ailleurs
hb_rouge||2018|Pessac-Léognan – Château Haut-Bergey
hb_rouge||2017|Château Haut-Bergey rouge
ampodium||2020|Côte-Rôtie « Ampodium » – Domaine Rostaing
-||2017|Vins d'ailleurs > Côte-Rôtie « La Landonne » – Domaine Rostaing|another Côte-Rôtie of Rostaing (La Landonne), not held
# --- Liqueurs & spiritueux
cointreau|b70||Cointreau
cointreau|b100||Cointreau
menthe|b70||Menthe-Pastille – Giffard
dudo_napoleon|b70||Cognac Napoléon – Dudognon
edradour|b70||Edradour 10 ans – Highland Single Malt
-|b70||Liqueurs & spiritueux > Whisky single malt angevin – La Piautre|the whisky of the Piautre brewery, not held
-|b70||Liqueurs & spiritueux > Cognac Héritage – Dudognon|another cognac of Dudognon (Héritage), not held
# --- Bières d'Anjou (bottles and kegs for parties)
ang_blonde|keg30||Brasserie Angevine Blonde
ang_blonde|keg20||Brasserie Angevine Blonde
piautre_ipa|keg20||La Piautre IPA
ang_ipa|b33||Brasserie Angevine IPA
piautre_blonde|b33||La Piautre Blonde
ang_blanche|b33||Brasserie Angevine Blanche
-|x||Bières d'Anjou > Coffret 6 bières angevines > Contenance : 6 × 33 cl|a box of six different beers, not one drink of the library
# --- Sans alcool
jus_pomme|b25||Jus de pomme bio – Coteaux Nantais
st_amand|b100||Eau minérale Saint-Amand
-|b25||Sans alcool > Jus de poire bio – Coteaux Nantais|a pear juice of Coteaux Nantais, not held
# --- Épicerie, coffrets, services
-|x||Épicerie fine > Rillettes de canard > Contenance : pot 180 g|food
-|x||Épicerie fine > Quernons d'ardoise > Contenance : boîte 250 g|chocolates of Angers
-|x||Coffrets > Coffret découverte Saumur-Champigny > Contenance : 3 × 75 cl|a gift box of three different wines
-|x||Services > Emballage cadeau > Option : papier kraft|a service
-|x||Services > Retrait en boutique > Créneau : samedi matin|a service
"""
