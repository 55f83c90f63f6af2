"""creperie: the crêperie's old till, the owner's PLU names (Breton family word added by the till).
key|measure|vintage|name   or   -|measure|vintage|FAMILY|name|reason"""
CASES = """
kerne_brut|bol||KERNE BRUT
kerne_brut|p50||KERNE BRUT
kerne_doux|bol||KERNE DOUX
kerne_doux|btl||KERNE DX
kerne_aop|btl||KERNE CORNOUAILLE
kinkiz_aop|p50||KINKIZ AOP
kinkiz_poire|btl||KINKIZ POIRE
menez_brut|bol||BRUG BRUT
nicol_brut|mag||NICOL BRUT
loic_brut|btl||RAISON BRUT
valrance_brut|btl||VAL RANCE
bordelet_auth|btl||BORDELET AUTH
kinkiz_chouchen|vre||KINKIZ CHOUCH
warenghem_chouchen|vre||WARENG CHOUCH
kinkiz_pommeau|vre||POMMEAU KINKIZ
coreff_ambree|pinte||COREFF AMB
coreff_blonde|demi||COREFF BLD
britt_blanche|demi||BRITT BLCH
trimartolod_blonde|b75||3 MARTOLOD BLD
trimartolod_brune|b33||3 MARTOLOD BRUNE
bonnets_rouges|b33||BONNETS RGES
pepiere_briords|btl|2021|MSCDT BRIORDS
pepiere_briords|mag|2021|MSCDT BRIORDS
pepiere_pepie|vre|2023|MSCDT PEPIE
hautefevrie_grosplant|p50|2023|GROS PLANT
bregeon_sur_lie|half|2022|BREGEON SL
bregeon_gorges|btl|2017|BREGEON GORGES
vacheron_sancerre|btl|2021|SANC VACHERON
jolivet_sancerre|btl|2022|SANC JOLIVET
foreau_sec|btl|2020|VOUV SEC NAUDIN
lune_argent|btl|2020|LUNE ARGENT
baudry_chinon|btl|2022|CHINON GRANGES
baudry_grezeaux|btl|2020|CHINON GREZEAUX
filliatreau_vv|btl|2019|CHAMPIGNY FILL
lanessan|half|2018|LANESSAN
hbl|btl|2017|HT BAGES LIB
dauphine|btl|2019|DAUPHINE
bellevue_bx|p50|2020|BELLEVUE BX SUP
bablut_cabanjou|btl|2023|CAB ANJOU BABLUT
lp_lacuvee|btl||LP CUVEE
polroger_brut|mag||POL ROGER
baumard_layon|btl|2018|LAYON BAUMARD
armorik_classic|dose||ARMORIK CLAS
armorik_10|d4||ARMORIK 10A
eddu_greyrock|dose||EDDU GREY R
oban14|dose||OBAN 14A
clement_vsop|dose||CLEMENT VSOP
breizh_cola|b33||BZH COLA
plancoet_fines|b100||PLANCOET FINES
# almost
pepiere_briords|btl|2020|MSCDT BRIORDS
hautefevrie_excellence|btl|2019|MSCDT H.FEVRIE
hautefevrie_excellence|vre|2023|MSCDT H.FEVRIE
bregeon_gorges|btl|2014|BREGEON GORGES
vacheron_sancerre|half|2021|SANC VACHERON
foreau_demisec|btl|2020|VOUV DSEC NAUDIN
baudry_grezeaux|btl|2019|CHINON GREZEAUX
filliatreau_vv|btl|2020|CHAMPIGNY FILL
lanessan|btl|2017|LANESSAN
hbl|btl|2016|HT BAGES LIB
meyney|mag|2016|MEYNEY
prieur_meyney|btl|2018|PRIEUR MEYNEY
dauphine|btl|2018|DAUPHINE
lune_argent|btl|2022|LUNE ARGENT
bouvet_saphir|btl|2021|SAPHIR BOUVET
bouvet_saphir_rose|btl|2022|SAPHIR BOUVET
# none
-|unit||KRAMP|BEURRE SUCRE|food
-|unit||KRAMP|CARAMEL BS|food
-|unit||KRAMP|FLAMBEE LAMBIG|food: a crêpe flambéed with lambig
-|unit||GALET|SAUCISSE|food
-|unit||GALET|ANDOUILLE GUEMENE|food
-|unit||KAFE|EXPRESSO|coffee
-|unit||DIVERS|DROIT BOUCHON|corkage
-|bol||SISTR|BRUT|generic: five brut ciders held
-|p50||SISTR|DOUX|generic: two doux ciders held
-|vre||GWENN|MSCDT|appellation alone: four Muscadets held
-|p25||RUZ|MAISON|generic
-|pinte||BIER|PRESSION|generic
-|dose||ARDANT|WHISKY|generic
-|dose||ARDANT|LAMBIG 15A|age not held
-|btl||SISTR|KERNE ROSE|cuvée not held
-|btl||SISTR|NICOL DOUX|Nicol's doux not held (brut only)
-|btl||SISTR|VAL RANCE DOUX|cuvée not held
kerne_brut|b100||KERNE BRUT
coreff_blonde|b33||COREFF BLD
telenn_du|pinte||TELENN DU
-|b33||BIER|BRITT ROUSSE|beer not held
pepiere_pepie|mag|2023|MSCDT PEPIE
jolivet_sancerre|half|2022|SANC JOLIVET
baudry_chinon|mag|2022|CHINON GRANGES
lanessan|mag|2018|LANESSAN
-|btl|2022|ROZ|SANC VACHERON|colour not held
-|btl|2022|GWENN|CHINON BLC BAUDRY|colour not held
-|btl||BURB|POL ROGER ROSE|another cuvée of the producer
-|btl|2015|BURB|POL ROGER VINTAGE|another cuvée of the producer
-|dose||ARDANT|ARMORIK SHERRY|cuvée not held
-|dose||ARDANT|EDDU GOLD|cuvée not held
-|dose||ARDANT|LAPHROAIG QC|cuvée not held
-|dose||ARDANT|HAVANA ESPECIAL|rum not held
-|vre||APERO|KIR BZH|mixed drink
plancoet_plate|b33||PLANCOET
-|unit||EVAJ|SIROP MENTHE|soft not held
-|unit||EVAJ|DIABOLO FRAISE|mixed soft
"""
