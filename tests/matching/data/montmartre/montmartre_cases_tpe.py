"""tpe: the card terminal on the terrace and the late bar. Items keyed on the terminal's small keypad:
capitals, the measure first (VR, VR12, P25, P50, BT, 1/2, MG, CP, DM, PT, SH, SH2, 33CL), the vintage as two
digits; the receipt export prints '<qty> x <name> <price> EUR' and the name field holds 18 characters.
Lines: key|measure|vintage|text, or -|measure|vintage|text|reason."""

CASES = """
foil_cdp|vr|2021|CDP FOIL
foil_cdp|bt|2020|MORGON CDP FOIL
foil_cdp|vr|2019|MORG CDPY FOILLARD
lap_morgon|vr|2023|MORGON LAPIERRE
lap_morgon|p25|2021|MORG LAPIERRE
lap_morgon|mg|2022|LAPIERRE
breton_ptm|vr|2021|PTIT MAX
metras_fl|vr|2021|FLEURIE METRAS
foil_fleur|vr|2022|FLEURIE FOIL
thivin_zac|bt|2020|ZACCHARIE
thivin_7v|vr|2022|7 VIGNES THIVIN
huet_hl|bt|2019|HAUT LIEU HUET
carem_anc|vr|2022|PETNAT CAREME
germ_tc|vr|2020|TERRES CHAUDES
germ_tc|p50|2023|T.CHAUDES
roug_bourg|bt|2016|ROUGEARD BOURG
chid_breuil|bt|2020|CLOS BREUIL
vach_b|vr|2023|SANCERRE VACH
vach_b|1/2|2022|SANC VACHERON
vach_r|bt|2020|SANC RGE VACH
bret_nuits|bt|2020|NUITS D IVRESSE
roulot_luch|bt|2019|LUCHETS
roulot_luch|bt|2018|MEURS LUCHETS
chass_r|vr|2020|ST ROMAIN RGE
pac_gev|bt|2019|GEVREY PACALET
demoor_ros|vr|2022|ROSETTE DEMOOR
jamet_cr|bt|2017|COTE ROTIE JAMET
jamet_cr|bt|2019|CR JAMET
beauc_cdp|bt|2018|CDP BEAUCASTEL
clape_cor|bt|2018|CORNAS CLAPE
jullien_tl|vr|2021|MAS JULLIEN
barral_fau|vr|2018|BARRAL FAUGERES
barral_val|bt|2017|VALINIERE
frick_ries|vr|2021|RIES FRICK
plag_mauz|cp|2021|MAUZAC PLAGEOLES
lb_long|cp||LONGITUDE
bere_res|cp||BERECHE
ruin_bdb|bt||RUINART BDB
polr_vin|bt|2014|POL ROGER VINT
polr_res|cp||POL ROGER RESERVE
lillet_b|vr||LILLET
ricard|sh||RICARD
ferrand_1840|sh||FERRAND 1840
darroze_20|sh||DARROZE 20ANS
neisson_b|sh2||NEISSON BLANC
caolila_12|sh||CAOL ILA 12ANS
god_chrouge|dm||CH ROUGE
god_ernest|pt||ERNESTINE
dd_indigo|bare||INDIGO IPA
paname_oeil|33cl||OEIL DE BICHE
duvel|bare||DUVEL
badoit|bare||BADOIT 1L
-|vr||VIN ROUGE|generic glass
-|vr||BLANC|generic glass
-|p50||PICHET|generic carafe
-|cp||COUPE|generic
-|vr|2022|MORGON|several Morgons held
-|vr||SAUMUR CHAMP|three Saumur-Champigny held
-|vr|2021|CHABLIS|two Chablis held
-|vr||FAUGERES|three Faugères held
-|bt|2021|COTE ROTIE GUIGAL|Côte-Rôtie held from Jamet only
-|bt|2018|CDP BLANC BEAUCAST|colour not held
roug_bourg|mg|2020|ROUGEARD BOURG
germ_tc|1/2|2021|GERMAIN T CHAUDES
-|bt||LARMANDIER|three Larmandier held
-|cp||CHAMP ROSE|generic
-|sh||GROULT|two Groult calvados held
-|sh||NEISSON|two Neissons held
-|sh||NIKKA FROM BARREL|another Nikka
-|sh||CHARTREUSE JAUNE|not held
-|sh||RHUM|generic
god_marcadet|pt||MARCADET
-|dm||PRESSION|generic
-|pt||MONACO|mixed drink
-|bare||SPRITZ|cocktail
-|bare||MARGARITA|cocktail
-|bare||NEGRONI|cocktail
-|bare||PLANCHE|food
-|bare||CROQUE|food
-|bare||FRITES|food
-|bare||CAFE|coffee
-|bare||DECA|coffee
-|bare||EAU PETILLANTE|generic water
-|bare||JUS ORANGE|not held
-|bare||TIP|service
-|bare||VESTIAIRE|service
-|bare||DIVERS|generic
metras_fl|vr|2020|METRAS
foil_fleur|bt|2021|FLEURIE FOIL
pac_gev|bt|2017|PACALET
demoor_ros|bt|2023|ROSETTE
gram_poi|vr|2022|POIGNEE
jullien_tl|bt|2018|JULLIEN
stoppa_ag|vr|2021|AGENO
lap_rg|vr|2022|RAISINS G
-|vr|2021|CDR|several Côtes du Rhône held
-|sh||WHISKY|generic
-|bt|2020|SANCERRE|Sancerre blanc and rouge held
"""
