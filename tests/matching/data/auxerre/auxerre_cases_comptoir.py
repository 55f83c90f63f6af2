"""What the bar staff keyed on the counter register: key|measure|vintage|text
(or -|measure|vintage|text|reason for a product that is no drink of the library)."""

CASES = """
pc_broc|GLASS||PT CHAB BROC
pc_broc|GLASS|2023|PT CHAB BROC
pc_broc|HALF|2023|PT CHAB BROC
pc_chab|GLASS||PT CHAB PAS SI PETIT
ch_stecl|GLASS|2022|CHAB STE CLAIRE BROC
ch_stecl|MAG|2021|CHAB STE CLAIRE
ch_stecl|GLASS|2020|CHAB STE CLAIRE
ch_michel|GLASS15||CHAB L MICHEL
ch_michel|HALF|2022|CHAB L MICHEL
ch_michel|HALF|2021|CHAB L MICHEL
ch_moreau|CAR25|2022|CHAB MOREAU
ch_moreau|CAR25|2023|CHAB MOREAU
ch_belair|GLASS|2021|CHAB BEL AIR DEMOOR
ch_rosette|BTL|2021|ROSETTE DE MOOR
c1_mdt_rav|BTL|2019|1ER MDT RAVENEAU
c1_mdt_rav|BTL|2018|1ER MDT RAV
c1_mdt_mich|GLASS||1ER MDT L MICHEL
c1_mdt_mich|MAG|2021|1ER MDT MICH
c1_forest_dauv|GLASS|2021|1ER FOREST DAUV
c1_forest_dauv|BTL|2020|1ER FOREST DAUV
c1_vaill_dauv|GLASS12||1ER VAILL DAUV
c1_vaill_bs|GLASS|2022|1ER VAILLONS B SIMON
c1_vaulo_fev|GLASS||1ER VAULORENT FEVRE
c1_vaulo_fev|BTL|2019|1ER VAULORENT FEV
c1_montm_broc|GLASS|2022|1ER MONTMAINS BROC
c1_montm_fev|BTL|2021|1ER MONTM FEV
c1_milieu_bs|GLASS|2020|1ER MT MILIEU BS
c1_milieu_pin|BTL|2021|1ER MT MILIEU PINSON
c1_fourch_lar|GLASS||1ER FOURCH LAROCHE
gc_clos_fev|BTL|2019|GC CLOS FEVRE
gc_clos_fev|BTL|2021|GC CLOS FEV
gc_bougros_fev|GLASS|2020|GC BOUGROS FEV
gc_bouguer_fev|BTL|2019|GC BOUGUEROTS FEV
gc_preuses_dauv|BTL|2018|GC PREUSES DAUV
gc_clos_dauv|BTL|2019|GC CLOS DAUV
gc_blanchots_lar|GLASS||GC BLANCHOTS LAR
gc_grenouilles|MAG|2019|GC GRENOUILLES
irancy_rich|POT46||IRANCY RICHOUX
irancy_rich|GLASS|2022|IRANCY RICHOUX
irancy_cantin|CAR50|2022|IRANCY CANTIN
sb_goisot|GLASS||ST BRIS GOISOT
sb_goisot|POT46|2023|ST BRIS GOISOT
sb_broc|GLASS|2023|ST BRIS BROC
cdg_rge|GLASS|2021|CDA RGE GOISOT
cdg_rge|GLASS|2022|CDA RGE GOISOT
aligote_goi|POT46||ALIGOTE GOISOT
crem_bl_res|COUPE||CREM BAILLY RES
crem_bl_res|HALF||CREM BAILLY
crem_bl_rose|COUPE||CREM BAILLY ROSE
vosne_mm|GLASS|2021|VOSNE MONGEARD
marc_cartron|DOSE||MARC CARTRON
fine_cartron|DOSE2||FINE BGNE CARTRON
marc_jacoulot|DOSE||VX MARC JACOULOT
chartreuse|DOSE||CHARTREUSE V
ricard|DOSE2||RICARD
lillet|GLASS||LILLET BLC
k1664|DEMI||PRESS 1664
k1664|PINTE||PRESS 1664
vez_blonde|DEMI||PRESS VEZELAY BLDE
k1664|B25||1664
chimay|B33||CHIMAY BLEUE
evian|B50||EVIAN
-|BTL|2020|GC CLOS|Les Clos from three domaines (Fevre, Dauvissat, Raveneau)
-|GLASS||1ER MDT|Montee de Tonnerre from Raveneau and Louis Michel
-|POT46||IRANCY|three Irancys held
-|GLASS||CHABLIS|generic: several Chablis
-|GLASS||CHAB DU MOMENT|generic wine of the moment
-|GLASS||PT CHAB|two Petit Chablis held
-|GLASS||ST BRIS|two Saint-Bris held
-|GLASS||KIR CASSIS|mixed drink
-|COUPE||KIR ROYAL|mixed drink
-|GLASS||KIR ALIGOTE|mixed drink
-|DEMI||PRESS PANACHE|mixed drink
-|DEMI||PRESS MONACO|mixed drink
vez_ambree|DEMI||PRESS VEZELAY AMB
chimay|PINTE||CHIMAY BLEUE
pc_broc|MAG||PT CHAB BROC
c1_vaill_dauv|HALF|2021|1ER VAILL DAUV
gc_blanchots_lar|MAG|2020|GC BLANCHOTS LAR
irancy_rich|HALF||IRANCY RICHOUX
evian|B33||EVIAN
-|||CAFE|coffee
-|||CAFE CREME|coffee
-|||CROQ MONSIEUR|food
-|||JAMBON PERSILLE|food
-|||GOUGERES X6|food
-|||ANDOUILLETTE CHABLIS|food cooked with Chablis
-|||OEUFS MEURETTE|food
-|||CHAOURCE|cheese
-|BTL|2019|GC VALMUR DAUV|Dauvissat's Valmur not held (Raveneau's is)
-|GLASS||1ER VAUCOUPIN|climat not held
-|GLASS||CHAB RAVENEAU|Raveneau's village Chablis not held
-|BTL|2020|GC VAUDESIR FEVRE|Fevre's Vaudesir not held (Billaud-Simon's is)
-|DOSE||MARC|two marcs held
-|DOSE2||CASSIS|two cremes de cassis held
-|DOSE||CHARTREUSE JAUNE|the yellow Chartreuse is not held
-|DOSE||GET27|not held
-|GLASS||ROUGE MAISON|generic house wine
"""
