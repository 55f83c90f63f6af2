"""caisse: the old register at the zinc. key|measure|vintage|text as keyed
(a key starting with '-' is no drink of the library: the reason follows)."""
CASES = """
vdr_brut|bol||CIDRE VDR BRUT
vdr_brut|p25||VDR BRUT
vdr_brut|b75||VDR CRU BRUT
vdr_doux|b75||VDR DOUX
kerne_brut|b33||KERNE BRUT
kinkiz|btl||KINKIZ AOP CORNOUAILLE
kinkiz|bol||KINKIZ
lizig|dose||CHOUCHEN LIZIG
pommeau_warenghem|dose||POMMEAU BZH
coreff_amb|demi||COREFF AMBREE
coreff_amb|pinte||COREFF AMB
coreff_blonde|pinte||COREFF BLONDE
philo_blonde|demi||PHILOMENN BLONDE
blanche_hermine|pinte||BLANCHE HERMINE
guinness|pinte||GUINNESS
breizh_zero|b33||BREIZH COLA ZERO
plancoet|b50||PLANCOET PLATE
lambig8|dose||LAMBIG 8A
armorik_classic|dose||ARMORIK CLASSIC
armorik_dm|dose||ARMORIK DBLE MATURATION
kornog_roch|dose||KORNOG ROCH HIR
talisker10|dose||TALISKER 10A
ricard|dose||RICARD
pepie|vre|2023|MUSCADET PEPIE
pepie|half|2023|PEPIE
briords|btl|2022|BRIORDS
amphibolite|mag|2022|AMPHIBOLITE
amphibolite|v12|2023|AMPHIBOLITE LANDRON
ragotiere|p50|2023|RAGOTIERE
baronnes_b|vre|2023|SANC BLC BARONNES
baronnes_r|vre|2021|SANC RGE BARONNES
baronnes_b|half|2022|SANC BLC
baudry_granges|vre|2022|CHINON BAUDRY
joguet_terroir|vre||CHINON JOGUET
villeneuve|p50|2021|CHAMPIGNY
haut_butte|btl|2021|BOURGUEIL BUTTE
fesles_cab|vre||CAB ANJOU
pierre_bise|vre||COTEAUX LAYON
langlois_cremant|coupe||CREMANT LOIRE
greysac|half|2019|GREYSAC
lynch_bages|btl|2015|LYNCH BAGES
echo_lynch|btl|2018|ECHO LYNCH BAGES
guigal_cdr_r|vre|2021|CDR RGE GUIGAL
guigal_cdr_b|vre|2022|CDR BLC GUIGAL
m_minuty|mag|2023|M MINUTY
vcp_brut|coupe||VEUVE CLICQUOT
vcp_brut|half||VCLICQUOT
drappier_bn|btl||DRAPPIER BRUT NATURE
delas_launes|vre|2021|CROZES LAUNES
pepie|vre|2021|PEPIE
pepie|half|2022|PEPIE
briords|btl|2021|CLOS BRIORDS
ladoucette|btl|2020|POUILLY FUME
villeneuve|mag|2019|ST CHAMPIGNY
saphir|btl|2019|SAPHIR BOUVET
lanessan|btl|2017|LANESSAN
beaucastel|btl|2018|BEAUCASTEL
m_minuty|vre|2022|M DE MINUTY
grande_dame|btl|2014|GRANDE DAME
baudry_granges|p50|2023|CHINON BAUDRY
amphibolite|btl|2021|AMPHIBOLITE
whispering|vre|2022|WHISPERING
lanessan|btl|2020|LANESSAN HT MEDOC
-cafe|-||CAFE
-coffee with calvados|-||CAFE CALVA
-food|-||GALETTE COMPLETE
-food|-||CREPE BEURRE SUCRE
-service|-||DROIT BOUCHON
-mixed drink (cider and cassis)|bol||KIR BRETON
-mixed beer|demi||PANACHE
-mixed beer|pinte||PICON BIERE
-beer not held|demi||COREFF ROUSSE
-brand with two beers on draught|demi||COREFF
philo_rousse|demi||PHILOMENN ROUSSE
telenn_du|pinte||TELENN DU
blanche_hermine|b33||BLANCHE HERMINE
-brand with several beers, Lancelot blonde not held|b33||LANCELOT
-generic|dose||WHISKY
-brand with two whiskies|dose||ARMORIK
-age not held|dose||ARMORIK 10A
-age not held|dose||LAMBIG 15A
-age not held|dose||GLENFIDDICH 18A
-brand with two rums|dose||HAVANA
-generic|vre||VIN ROUGE
-appellation held from several producers|vre||MUSCADET
-appellation held from two producers|vre||CHINON
-colour not held|vre||SANCERRE ROSE
-colour not held|btl||CDR ROSE GUIGAL
pepie|mag|2023|PEPIE
briords|half|2022|BRIORDS
-producer's other wine|btl||PEPIERE CH THEBAUD
-other estate sharing a word|btl||LYNCH MOUSSAS
-cuvee not held|btl||DRAPPIER ROSE
-generic|coupe||CHAMPAGNE
raison_rose|bol||LOIC RAISON ROSE
kerne_doux|b75||KERNE DOUX
-water not held|b100||PLANCOET GAZEUSE
-generic|-||VIN DU MOMENT
-cuvee not held|btl||GRANDE DAME ROSE
"""
