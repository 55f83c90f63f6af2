"""jetons: the festival token counter's tiny names (12 columns, dots for spaces).
key|measure|vintage|tiny   or   -|measure|vintage|-|tiny|reason"""
CASES = """
coreff_ambree|g25||COREFF.AMB
coreff_ambree|g50||COREFF.AMB
coreff_blonde|g50||COREFF.BLD
britt_blanche|g25||BRITT.BLCHE
britt_blanche|g50||BRITT.BLCHE
blanche_hermine|g25||B.HERMINE
blanche_hermine|g50||B.HERMINE
guinness|g50||GUINNESS
guinness|g25||GUIN
pelforth_blonde|g50||PELFORTH
kerne_brut|g25||KERNE.BRUT
kerne_brut|b33||KERNE.BRUT
kinkiz_aop|g25||KINKIZ.AOP
menez_brut|g50||MENEZBRUG.BR
loic_rose|b33||LOIC.ROSE
loic_brut|b25||LOIC.BRUT
kinkiz_chouchen|g25||CHOUCH.KINK
warenghem_chouchen|vre||CHOUCH.WAR
coreff_ipa|b33||COREFF.IPA
telenn_du|b33||TELENN.DU
trimartolod_ambree|b33||TRIMART.AMB
trimartolod_blonde|b33||TRIMART.BLD
bonnets_rouges|b33||BONNETS.RG
breizh_cola|b33||BZH.COLA
breizh_cola_zero|b33||BZHCOLA.ZERO
coca_zero|b33||COCA.ZERO
orangina|btl||ORANGINA
plancoet_plate|b50||PLANCOET
schweppes|btl||SCHWEPPES
kerne_jus|vre||JUS.POMME
armorik_classic|dose||ARMORIK
eddu_silver|dose||EDDU.SILVER
havana3|dose||HAVANA.3ANS
diplomatico|dose||DIPLOMATICO
ricard|d2||RICARD
kinkiz_lambig|d2||LAMBIG
pepiere_pepie|vre|2023|PEPIE
hautefevrie_excellence|vre|2022|MUSC.HFEVRIE
hautefevrie_grosplant|vre||GROS.PLANT
bablut_cabanjou|vre||CAB.ANJOU
jolivet_sancerre|vre|2022|SANC.JOLIV
bouvet_saphir|vre|2020|SAPHIR
bouvet_saphir|btl||SAPHIR.BRUT
polroger_brut|btl||POL.ROGER
bellevue_bx|vre|2020|BELLEVUE
lanessan|vre|2018|LANESSAN
lune_argent|vre||LUNE.ARGENT
# almost
pepiere_pepie|vre|2022|PEPIE
jolivet_sancerre|vre|2023|SANC.JOLIV
bouvet_saphir|vre|2021|SAPHIR
bellevue_bx|vre|2021|BELLEVUE
lanessan|vre|2019|LANESSAN
lune_argent|vre|2022|LUNE.ARG
baudry_chinon|vre|2023|CHINON.BAU
hautefevrie_grosplant|vre|2022|GROSPLANT
bablut_cabanjou|vre|2022|CABANJOU
vacheron_sancerre|vre|2020|SANC.VACH
pepiere_briords|vre|2023|BRIORDS
dauphine|vre|2022|DAUPHINE
# none
-|unit||-|CREPE.BEURRE|food
-|unit||-|GAL.SAUCISSE|food
-|unit||-|KOUIGN.AMANN|food
-|unit||-|CAFE|coffee
-|unit||-|CONSIGNE.ECO|cup deposit
-|unit||-|REMB.JETONS|service
-|unit||-|BOUCHONS.ORL|earplugs
-|g50||-|BIERE|generic
-|g50||-|BLONDE|generic: two blondes on draught
-|g25||-|CIDRE.BRUT|generic: five brut ciders held
-|g25||-|CIDRE.DOUX|generic: two doux ciders held
-|vre||-|VIN.BLANC|generic
-|vre||-|ROSE|generic
-|vre||-|MUSCADET|appellation alone: four Muscadets held
-|dose||-|WHISKY|generic
-|g25||-|PANACHE|mixed drink
-|g25||-|MONACO|mixed drink
-|vre||-|KIR.BZH|mixed drink
-|g50||-|PICON.BIERE|mixed drink
-|vre||-|SPRITZ|mixed drink
coreff_ipa|g50||COREFF.IPA
telenn_du|g50||TELENN.DU
trimartolod_blonde|g25||TRIMART.BLD
britt_blonde|g25||BRITT.BLD
-|b33||-|KERNE.ROSE|cuvée not held
-|g50||-|COREFF.BRUNE|beer not held
-|dose||-|ARMORIK.12A|age not held
-|dose||-|EDDU.GOLD|cuvée not held
-|b33||-|COCA.CHERRY|soft not held
breizh_cola|b100||BZH.COLA
plancoet_plate|b33||PLANCOET
kinkiz_chouchen|b50||CHOUCH.KINK
-|btl||-|KINKIZ|producer alone: five Kinkiz drinks held
"""
