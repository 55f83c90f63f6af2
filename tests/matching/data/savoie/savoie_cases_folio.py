"""What the hotel's PMS posts to the guests' folios (folio).

One line per posting: `key|measure|vintage|outlet|text|extra`.
- key: a drink of savoie_drinks.py, or `-` for a posting that is no drink of the library
  (then `extra` is the reason);
- measure: the serving, printed in parentheses after the item (see savoie_tills.FOLIO_CODES);
  a posting of no drink prints one only when a measure is given (`btl` for its 75 cl);
- vintage: four digits, printed after the item's name, or empty;
- outlet: the PMS outlet (`Restaurant`, `Bar`, `Room service`, `Minibar`, `Réception`,
  `Spa`, `Ski room`); empty for a drink, whose outlet follows from its serving;
- text: the item as named in the hotel's F&B catalogue (mixed case, accents, `« »`).
The room number, quantity and price come from an MD5 of the item.
"""

CASES = """
perrier_apremont||2023||Apremont « Cuvée Gastronomie », Dom. Jean Perrier & Fils|
perrier_apremont||2019||Apremont « Cuvée Gastronomie », Dom. Jean Perrier & Fils|
perrier_apremont|glass12|2022||Apremont Gastronomie – Jean Perrier|
perrier_bergeron||2021||Chignin-Bergeron « Cuvée Gastronomie », Dom. Jean Perrier & Fils|
perrier_mondeuse||2022||Savoie Mondeuse « Cuvée Gastronomie », Dom. Jean Perrier & Fils|
-|btl|2022|Restaurant|« Cuvée Gastronomie », Dom. Jean Perrier & Fils|Perrier's Cuvée Gastronomie is held in four wines
richel_apremont|mag|2023||Apremont, Domaine Richel|
richel_rose|glass12|2023||Savoie Gamay rosé, Domaine Richel|
labbe_abymes||2023||Abymes, Domaine Labbé|
labbe_apremont||2022||Apremont, Domaine Labbé|
-|btl|2023|Restaurant|Vin de Savoie blanc, Domaine Labbé|Labbé is held in two whites of 2023 (Abymes, Apremont)
merande_1248||2022||Apremont « 1248 », Ch. de Mérande|
merande_1248||2023||Apremont « 1248 », Ch. de Mérande|
merande_romaine|mag|2019||Arbin Mondeuse « La Belle Romaine », Ch. de Mérande|
merande_romaine|glass12|2021||Arbin Mondeuse « La Belle Romaine », Ch. de Mérande|
merande_noire||2021||Arbin Mondeuse « La Noire », Ch. de Mérande|
-|btl|2022|Restaurant|Roussette de Savoie « Comtesse Blanche », Ch. de Mérande|Comtesse Blanche, another cuvée of Mérande, is not held
gberlioz_filles||2020||Chignin-Bergeron « Les Filles », Gilles Berlioz|
gberlioz_filles|half|2022||Chignin-Bergeron « Les Filles », Gilles Berlioz|
gberlioz_christine||2020||Chignin-Bergeron « Les Christine », Gilles Berlioz|
-|btl|2021|Restaurant|Chignin-Bergeron, Gilles Berlioz|Gilles Berlioz's Chignin-Bergeron is held in three cuvées
aberlioz_euphrasie|mag|2021||Chignin-Bergeron « Euphrasie », Adrien Berlioz|
aberlioz_euphrasie|half|2022||Chignin-Bergeron « Euphrasie », Adrien Berlioz|
aberlioz_gueux||2023||Chignin « Cuvée des Gueux », Adrien Berlioz – Cellier des Cray|
ctrosset_prestige||2019||Arbin Mondeuse « Prestige des Arpents », Les Fils de Charles Trosset|
ctrosset_prestige|half|2020||Arbin Mondeuse « Prestige des Arpents », Les Fils de Charles Trosset|
ctrosset_harmonie||2022||Arbin Mondeuse « Harmonie », Trosset|
ftrosset_avalanche||2021||Arbin Mondeuse « Avalanche », Fabien Trosset|
ftrosset_eboulis||2023||Arbin Mondeuse « Les Éboulis », Fabien Trosset|
-|btl|2020|Restaurant|Arbin Mondeuse, Trosset|two Trosset domaines, five Mondeuses
chevallier_marestel||2022||Roussette de Savoie Marestel, Dom. Chevallier-Bernard|
lamar_golliat||2022||Marestel « Le Golliat », Château de la Mar|
lamar_chapelle||2019||Marestel « La Chapelle », Château de la Mar|
-|btl|2019|Restaurant|Hermitage « La Chapelle », Paul Jaboulet Aîné|Jaboulet's Hermitage La Chapelle is not held (it shares La Chapelle with a Marestel)
prieure_mondeuse||2018||Mondeuse « Prestige », Prieuré Saint-Christophe|
cruet_cremant|coupe|||Crémant de Savoie Brut, Cave de Cruet|
chautagne_cremant||||Crémant de Savoie Brut, Cave de Chautagne|
-|btl||Restaurant|Crémant de Savoie Brut|two Crémants de Savoie are held
peillot_altesse||2021||Roussette du Bugey Montagnieu « Altesse », Franck Peillot|
peillot_brut||||Bugey Montagnieu Brut, Franck Peillot|
lingot_trad|glass12|||Bugey-Cerdon « Tradition », Lingot-Martin|
pillot_chassagne||2022||Chassagne-Montrachet, Domaine Paul Pillot|
pillot_chassagne|half|2022||Chassagne-Montrachet, Domaine Paul Pillot|
pillot_romanee||2021||Chassagne-Montrachet 1er Cru « La Romanée », Paul Pillot|
-|btl|2021|Restaurant|Chassagne-Montrachet 1er Cru « Les Caillerets », Paul Pillot|Les Caillerets, another Chassagne of Pillot, is not held
arnoux_pinotfin||2021||Bourgogne « Pinot Fin », Arnoux-Lachaux|
-|btl|2019|Restaurant|Romanée-Conti Grand Cru, Domaine de la Romanée-Conti|Romanée-Conti is not held (it shares a word with La Romanée and Vosne-Romanée)
ferraton_matiniere_rg||2021||Crozes-Hermitage « La Matinière » rouge, Ferraton|
ferraton_matiniere_rg|mag|2022||Crozes-Hermitage « La Matinière » rouge, Ferraton|
ferraton_matiniere_bl||2023||Crozes-Hermitage « La Matinière » blanc, Ferraton|
ferraton_dionnieres||2017||Hermitage « Les Dionnières », Ferraton|
gripa_figuiers||2022||Saint-Péray « Les Figuiers », Bernard Gripa|
lassalle_pref||||Champagne Premier Cru « Préférence », J. Lassalle|
lassalle_pref|half|||Champagne Premier Cru « Préférence », J. Lassalle|
lassalle_pref|coupe|||Champagne Premier Cru « Préférence », J. Lassalle|
lassalle_bdb||2014||Champagne Blanc de Blancs 1er Cru, J. Lassalle|
lassalle_bdb||2013||Champagne Blanc de Blancs 1er Cru, J. Lassalle|
-|btl|2012|Restaurant|Champagne « Cuvée Angéline », J. Lassalle|Lassalle's Cuvée Angéline is not held
desousa_trad|half|||Champagne Brut Tradition, De Sousa|
hure_invitation||||Champagne « Invitation », Huré Frères|
-|btl||Restaurant|Champagne « 4 Éléments », Huré Frères|Huré's 4 Éléments is not held
-|btl||Room service|Champagne Perrier-Jouët Grand Brut|Perrier-Jouët is not held (it shares Perrier with a held producer)
chartreuse_verte|dose|||Chartreuse Verte|
chartreuse_jaune|dose|||Chartreuse Jaune|
chartreuse_vep|2cl|||Chartreuse V.E.P. Verte|
-|dose||Bar|Chartreuse « 1605 » Liqueur d'Élixir|Chartreuse 1605 is not held
genepi_chartreux|dose|||Génépi des Pères Chartreux|
genepi_aravis|dose|||Génépi, Distillerie des Aravis|
-|dose||Bar|Génépi des Alpes, Cherry Rocher|Cherry Rocher's génépi is not held
hautes_glaces|dose|||Les Moissons Single Malt, Domaine des Hautes Glaces|
-|dose||Bar|Les Moissons Rye, Domaine des Hautes Glaces|the rye of the Hautes Glaces is not held
cimes_aiguille|pinte|||Aiguille Blanche, Brasserie des Cimes|
cimes_aiguille|b33|||Aiguille Blanche, Brasserie des Cimes|
antidote_antigel|pinte|||Antigel, Brasserie L'Antidote|
-|b33||Minibar|Bâton de Feu, Brasserie des Cimes|Bâton de Feu, another beer of the Brasserie des Cimes, is not held
cimes_yeti|demi|||Yéti, Brasserie des Cimes|
evian|b50|||Evian|
schweppes|b25|||Schweppes Indian Tonic|
-|b33||Minibar|Coca-Cola Zéro|Coca-Cola Zéro is not held
-|b100||Restaurant|Eau de Thonon|Thonon water is not held
-|||Réception|Taxe de séjour (2 pers.)|tourist tax, a service
-|||Réception|Demi-pension (2 pers.)|half board, a package
-|||Ski room|Casier à skis chauffant (semaine)|a ski locker, a service
-|||Spa|Massage aux huiles 50 min|a spa treatment
-|||Réception|Forfait 3 Vallées 6 jours|a ski pass charged to the room
-|||Room service|Plateau petit-déjeuner|food
-|||Restaurant|Fondue savoyarde (2 pers.)|food
-|||Restaurant|Droit de bouchon|corkage, a service
-|||Bar|Vin chaud maison (20 cl)|vin chaud is a mixed drink made in the house
-|||Bar|Grolle savoyarde (4 pers.)|a grolle is a mixed drink
-|||Bar|Génépi tonic|a mixed drink
-|glass12||Restaurant|Blanc de Savoie du moment|a generic label
-|pich50||Restaurant|Mondeuse de la maison|the house Mondeuse is no drink of the library
-|coupe||Bar|Champagne brut du moment|a generic label
"""
