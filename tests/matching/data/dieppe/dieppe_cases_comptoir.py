"""What was keyed on the counter register (`comptoir`): key|measure|vintage|text, or
-|measure|vintage|family|text|reason for a product that is no drink of the library."""
CASES = """
ecu_gra|GLASS|2022|MUSC ECU GRANIT
ecu_gra|G12|2021|MUSC ECU GRANITE
lp_all|GLASS|2023|MUSC LUNEAU ALLEES
lp_all|P25|2022|MUSC CLOS ALLEES
lp_all|P50||MUSC SL LUNEAU PAPIN
lp_gp|GLASS|2023|GROSPLANT LUNEAU
lp_gp|P50|2023|GP SUR LIE LUNEAU
chasse|GLASS|2023|MUSC CHASSELOIR
vach_b|GLASS|2023|SANC VACHERON BL
vach_b|HALF|2022|SANC VACHERON
vach_b|BTL|2022|SANCERRE VACHERON BLANC
pierrelee|GLASS|2022|CHAB PIERRELEE
bs_mdm|BTL|2021|CHAB 1ER MONT MILIEU
felines|GLASS|2024|PICPOUL FELINES
beauvig|GLASS|2023|PICPOUL BEAUVIGNAC
turcaud|GLASS|2023|E2M TURCAUD
stemarie|P25|2022|ENTRE 2 MERS STE MARIE
baron_p|GLASS|2023|SANC ROSE BARONNES
minuty|GLASS|2023|M DE MINUTY
minuty|MAG||MINUTY ROSE
vach_r|GLASS|2021|SANC RGE VACHER
joguet|GLASS|2022|CHINON JOGUET
joguet|P25||CHINON TERROIR JOGUET
lapierre|P50|2022|MORGON LAPIER
stcosme|GLASS|2023|CDR ST COSME
bs_brut|FLUTE||BILLECART BRUT
bs_rose|FLUTE||BILLECART ROSE
gos_gr|FLUTE||GOSSET GDE RESERVE
pr_brut|FLUTE||POL ROGER BRUT
ecus_br|BOLEE||ECUSSON BRUT
dr_cid_br|BTL||CIDRE DROUIN BRUT
dr_cid_dx|BOLEE||CIDRE DOUX DROUIN
bord_auth|BOLEE||POIRE BORDELET AUTH
dr_vsop|DOSE||CALVA DROUIN VSOP
dr_xo|DOSE||CALVA DROUIN XO
br_15|DOSE||CALVA BREUIL 15ANS
br_vsop|D2||CALVA BREUIL VSOP
coq_hda|DOSE||COQUEREL HORS AGE
bene|DOSE||BENEDICTINE
bnb|DOSE||B&B BENEDICTINE
dr_pomm|D6||POMMEAU DROUIN
ricard|D2||RICARD
pelforth|DEMI||PELFORTH BLONDE
pelforth|PINTE||PELF BLDE
hoegaarden|PINTE||HOEGAARDEN
guinness|PINTE||GUINNESS
leffe|BTL||LEFFE BLONDE
coca|BTL||COCA
ecu_gra|GLASS|2023|MUSC GRANIT ECU
lp_all|GLASS|2021|MUSC ALLEES LP
chasse|P25|2021|MUSC CHASSEL
vach_b|GLASS|2021|SANC VACHERON BL
pierrelee|P25|2023|CHAB PIERRELEE
felines|GLASS|2022|PICPOUL FELINES
turcaud|P50|2024|E2M TURCAUD
joguet|GLASS|2023|CHINON JOGUET
amirault|P25|2023|ST NICO AMIR
reignac|GLASS|2020|REIGNAC
stcosme|P50|2021|CDR ST COSME
lp_gp|GLASS|2024|GROSPLANT LP
baron_b|GLASS|2024|SANC BARONNES
bs_mdm|GLASS|2019|CHAB MONT MILIEU
-|GLASS||W|BLANC MAISON|generic house wine
-|P50||R|ROUGE MAISON|generic house wine
-|GLASS||W|MUSCADET|several Muscadets held
-|GLASS||W|MUSC SUR LIE|several Muscadets sur lie held
-|GLASS||W|SANCERRE|several Sancerres held
-|GLASS||W|CHABLIS|several Chablis held
-|GLASS||W|PICPOUL|two Picpouls held
-|P25||W|ENTRE 2 MERS|two Entre-Deux-Mers held
-|DOSE||N|CALVA VSOP|VSOP of three houses held
-|DOSE||N|CALVA XO|XO of two houses held
-|DOSE||N|CALVA DROUIN|three Drouin calvados held
-|DOSE||N|CALVA BREUIL 20ANS|Breuil 20 ans not held
-|DOSE||N|DROUIN 25ANS|Drouin 25 ans not held
-|DOSE||N|COQUEREL XO|Coquerel XO not held
-|BOLEE||N|CIDRE DROUIN|Drouin brut and doux held, label says neither
-|BOLEE||N|CIDRE BOUCHE|generic cider
-|BOLEE||N|POIRE|several poirés held
-|D6||N|POMMEAU|two pommeaux held
-|FLUTE||C|CHAMPAGNE|generic champagne
-|FLUTE||C|GOSSET|Gosset brut and rosé held
-|FLUTE||C|BILLECART|Billecart brut and rosé held
-|FLUTE||C|POL ROGER ROSE|Pol Roger rosé not held
pr_brut|MAG||POL ROGER BRUT
gos_rose|HALF||GOSSET GRAND ROSE
leffe|PINTE||LEFFE
-|DEMI||B|PANACHE|mixed drink
-|||F|MOULES FRITES|food
-|||F|CAFE|coffee
-|||F|DOUZAINE HUITRES N3|food
-|||X|DROIT BOUCHON|service
-|GLASS||W|KIR|mixed drink
-|DOSE||N|TROU NORMAND|served preparation
-|GLASS||W|VOUVRAY|appellation not held
-|GLASS||P|TAVEL|appellation not held
-|DOSE||S|GET27|not held
"""
