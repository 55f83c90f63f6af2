"""billetterie: the venue's ticketing-and-cashless bar system, as the staff named the articles.
key|measure|vintage|product name   or   -|measure|vintage|-|product name|reason"""
CASES = """
kerne_brut|btl||Cidre Kerné Brut
kerne_brut|b33||Cidre Kerné Brut
kerne_doux|g25||Cidre Kerné Doux
kinkiz_aop|btl||Cidre Kinkiz AOP Cornouaille
kinkiz_poire|g25||Poiré Kinkiz
loic_brut|b25||Loïc Raison Brut
loic_rose|b33||Loïc Raison Rosé
valrance_brut|btl||Val de Rance Cru Bouché
bordelet_granit|btl||Poiré Granit Bordelet
kinkiz_chouchen|vre||Chouchen Kinkiz
coreff_ambree|g50||Coreff Ambrée pression
coreff_blonde|g50||Coreff Blonde pression
britt_blanche|g50||Britt Blanche pression
britt_blanche|b33||Britt Blanche
guinness|g50||Guinness pression
trimartolod_ambree|b33||Tri Martolod Ambrée
blanche_hermine|g50||Blanche Hermine pression
pepiere_pepie|v12|2023|Muscadet La Pépie
hautefevrie_excellence|vre|2022|Muscadet Haute Févrie
bregeon_gorges|btl|2015|Muscadet Gorges Brégeon
vacheron_sancerre|btl|2022|Sancerre blanc Vacheron
vacheron_sancerre|half|2022|Sancerre Vacheron
vacheron_rouge|btl|2020|Sancerre rouge Vacheron
jolivet_sancerre|v15|2022|Sancerre Pascal Jolivet
baudry_grezeaux|btl|2018|Chinon Grézeaux Baudry
baudry_grezeaux|btl|2019|Chinon Les Grézeaux B. Baudry
filliatreau_vv|btl|2021|Saumur-Champigny VV Filliatreau
foreau_demisec|btl|2019|Vouvray demi-sec Clos Naudin
bablut_cabanjou|vre|2023|Cabernet d'Anjou Bablut
bouvet_saphir|btl|2020|Saphir Bouvet-Ladubay
lanessan|btl|2016|Château Lanessan
meyney|mag|2015|Château Meyney
prieur_meyney|btl|2019|Prieur de Meyney
lune_argent|vre|2021|Lune d'Argent Clos des Lunes
polroger_brut|btl||Champagne Pol Roger Brut
polroger_brut|half||Pol Roger Brut Réserve
lp_rose|btl||Laurent-Perrier Rosé
armorik_double|dose||Armorik Double Maturation
eddu_silver|d2||Eddu Silver
lagavulin16|d4||Lagavulin 16 ans
donpapa|dose||Don Papa
kinkiz_lambig|d2||Lambig Kinkiz
ricard|d2||Ricard
lillet_rose|vre||Lillet Rosé
breizh_cola|b33||Breizh Cola
plancoet_plate|b50||Eau Plancoët
orangina|btl||Orangina
kerne_jus|g25||Jus de pomme Kerné
# almost
hautefevrie_excellence|btl|2021|Muscadet Haute Févrie
bregeon_gorges|btl|2016|Brégeon Gorges
vacheron_rouge|btl|2021|Sancerre rouge Vacheron
filliatreau_vv|vre|2020|Champigny Filliatreau
foreau_sec|btl|2019|Vouvray sec Clos Naudin
bouvet_saphir|mag|2019|Saphir Bouvet
lanessan|half|2016|Château Lanessan
hbl|btl|2018|Ch. Haut-Bages Libéral
meyney|btl|2017|Château Meyney
dauphine|btl|2021|Château de la Dauphine
pepiere_briords|v12|2020|Muscadet Briords
baudry_chinon|btl|2021|Chinon Granges Baudry
lune_argent|btl|2019|Lune d'Argent
baumard_layon|vre|2016|C. du Layon Baumard
# none
-|unit||-|Galette saucisse|food
-|unit||-|Crêpe beurre sucre|food
-|unit||-|Billet Fest-Noz tarif réduit|ticket
-|unit||-|Consigne Écocup|cup deposit
-|unit||-|Vestiaire|service
-|unit||-|Recharge cashless|service
-|g25||-|Cidre brut|generic: five brut ciders held
-|g50||-|Bière pression|generic
-|vre||-|Vin blanc|generic
-|vre||-|Muscadet|appellation alone: four Muscadets held
-|btl||-|Sancerre|appellation alone: three Sancerres held
-|dose||-|Whisky breton|generic
-|vre||-|Kir breton|mixed drink
-|vre||-|Spritz Aperol|mixed drink
-|g50||-|Picon bière|mixed drink
-|btl||-|Cidre Kerné Rosé|cuvée not held
-|btl||-|Poiré Kerné|poiré of another producer
-|g50||-|Coreff Blanche pression|beer not held
coreff_ipa|g50||Coreff IPA pression
trimartolod_blonde|g50||Tri Martolod Blonde
britt_blonde|g25||Britt Blonde pression
telenn_du|b75||Telenn Du
-|dose||-|Armorik 12 ans|age not held
-|dose||-|Eddu Gold|cuvée not held
-|dose||-|Laphroaig Quarter Cask|cuvée not held
-|dose||-|Talisker 18 ans|age not held
-|btl||-|Pol Roger Rosé|another cuvée of the producer
-|btl||-|Laurent-Perrier Ultra Brut|another cuvée of the producer
pepiere_pepie|mag|2023|Muscadet La Pépie
lanessan|mag|2018|Château Lanessan
meyney|half|2016|Château Meyney
-|btl|2021|-|Sancerre rouge Jolivet|colour not held
-|btl|2020|-|Chinon Clos Guillot|another cuvée of the producer
-|btl|2018|-|Vouvray moelleux Naudin|another cuvée of the producer
doisy_daene|vre|2017|Château Doisy-Daëne
warenghem_chouchen|b75||Chouchen Warenghem
breizh_cola|b100||Breizh Cola
perrier|b100||Perrier
"""
