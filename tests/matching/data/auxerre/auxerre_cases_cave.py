"""What the wine-shop corner (vente a emporter) sold, as its stock software names it:
key|measure|vintage|PRODUCTEUR^Designation (or -|measure|vintage|PRODUCTEUR^Designation|reason)."""

CASES = """
pc_broc|B75|2023|BROCARD J-M^Petit Chablis
pc_broc|HALF|2023|BROCARD J-M^Petit Chablis
pc_chab|B75|2023|LA CHABLISIENNE^Petit Chablis Pas si Petit
ch_stecl|B75|2021|BROCARD J-M^Chablis Sainte Claire
ch_stecl|MAG|2021|BROCARD J-M^Chablis Sainte Claire
ch_michel|HALF|2022|MICHEL L.^Chablis
ch_moreau|B75|2022|MOREAU C.^Chablis
ch_belair|B75|2020|DE MOOR A&O^Chablis Bel Air et Clardy
ch_vener|B75|2020|LA CHABLISIENNE^Chablis VV Les Vénérables
c1_mdt_mich|B75|2020|MICHEL L.^Chablis 1er Cru Montée de Tonnerre
c1_mdt_mich|MAG|2020|MICHEL L.^Chablis 1er Cru Montée de Tonnerre
c1_mdt_rav|B75||RAVENEAU F.^Chablis 1er Cru Montée de Tonnerre
c1_forest_dauv|B75|2021|DAUVISSAT V.^Chablis 1er Cru La Forest
c1_vaill_bs|HALF|2021|BILLAUD-SIMON^Chablis 1er Cru Vaillons
c1_vaulo_fev|B75|2021|FEVRE W.^Chablis 1er Cru Fourchaume Vaulorent
c1_montm_broc|B75|2021|BROCARD J-M^Chablis 1er Cru Montmains
c1_vaudevey_lar|B75|2021|LAROCHE^Chablis 1er Cru Les Vaudevey
c1_milieu_pin|B75|2021|PINSON FRERES^Chablis 1er Cru Mont de Milieu
gc_clos_fev|B75|2019|FEVRE W.^Chablis Grand Cru Les Clos
gc_bouguer_fev|B75|2019|FEVRE W.^Chablis Grand Cru Bougros Cote Bouguerots
gc_preuses_dauv|B75|2019|DAUVISSAT V.^Chablis Grand Cru Les Preuses
gc_clos_dauv|B75|2020|DAUVISSAT V.^Chablis Grand Cru Les Clos
gc_clos_rav|B75||RAVENEAU F.^Chablis Grand Cru Les Clos
gc_grenouilles|MAG|2019|LA CHABLISIENNE^Chablis Grand Cru Chateau Grenouilles
gc_blanchots_lar|B75|2020|LAROCHE^Chablis Grand Cru Les Blanchots
gc_vaudesir_bs|B75|2020|BILLAUD-SIMON^Chablis Grand Cru Vaudesir
irancy_rich|B75|2020|RICHOUX T.^Irancy
irancy_cantin|B75|2022|CANTIN B.^Irancy
sb_broc|B75|2023|BROCARD J-M^Saint-Bris
sb_goisot|B75|2022|GOISOT^Saint-Bris Exogyra Virgula
cdg_rge|B75|2020|GOISOT^Cotes d'Auxerre Corps de Garde Rouge
aligote_goi|B75|2022|GOISOT^Bourgogne Aligote
epineuil|B75|2021|GRUHIER D.^Bourgogne Epineuil Rouge
crem_bl_res|B75||BAILLY LAPIERRE^Cremant de Bourgogne Brut Reserve
crem_sf|B75||SIMONNET-FEBVRE^Cremant de Bourgogne Brut
chorey_tb|B75|2022|TOLLOT-BEAUT^Chorey-les-Beaune
vosne_mm|B75|2020|MONGEARD-MUGNERET^Vosne-Romanee
beaune_bpf|B75|2020|BOUCHARD P&F^Beaune 1er Cru Beaune du Chateau
marc_cartron|B70||CARTRON J.^Marc de Bourgogne
fine_cartron|B70||CARTRON J.^Fine de Bourgogne
marc_jacoulot|B70||JACOULOT^Vieux Marc de Bourgogne
cassis_cartron|B50||CARTRON J.^Double Creme de Cassis
cassis_lejay|B70||LEJAY-LAGOUTE^Creme de Cassis de Dijon
mure_vedrenne|B50||VEDRENNE^Creme de Mure
poire_cartron|B70||CARTRON J.^Poire Williams
vez_ambree|B33||BRASSERIE DE VEZELAY^Vezelay Ambree
pc_broc|B75|2021|BROCARD J-M^Petit Chablis AOC
ch_stecl|B75|2023|BROCARD J-M^Chablis Ste Claire
ch_moreau|B75|2020|MOREAU C.^Chablis AOC
c1_mdt_mich|B75|2022|MICHEL L.^Chablis 1er Montee de Tonnerre
c1_forest_dauv|MAG|2021|DAUVISSAT V.^Chablis 1er Cru La Forest
c1_vaill_dauv|B75|2022|DAUVISSAT V.^Chablis 1er Cru Vaillons
c1_vaulo_fev|B75|2022|FEVRE W.^Chablis 1er Cru Vaulorent
c1_montm_broc|B75|2020|BROCARD J-M^Chablis 1er Montmains
gc_clos_fev|MAG|2020|FEVRE W.^Chablis Grand Cru Les Clos
gc_bougros_fev|B75|2021|FEVRE W.^Chablis Grand Cru Bougros
gc_clos_dauv|B75|2019|DAUVISSAT V.^Chablis GC Les Clos
irancy_rich|B75|2019|RICHOUX T.^Irancy Rouge
sb_goisot|B75|2023|GOISOT^Saint-Bris Exogyra
vosne_mm|B75|2021|MONGEARD-MUGNERET^Vosne Romanee
cdg_blc|B75|2021|GOISOT^Cotes d'Auxerre Corps de Garde Blanc
gc_clos_fev|CART6|2019|FEVRE W.^Chablis Grand Cru Les Clos
c1_mdt_mich|CART6|2021|MICHEL L.^Chablis 1er Cru Montee de Tonnerre
pc_broc|CART6|2023|BROCARD J-M^Petit Chablis
aligote_goi|B300|2022|GOISOT^Bourgogne Aligote BIB
crem_bl_res|B300||BAILLY LAPIERRE^Cremant de Bourgogne Reserve Jeroboam
c1_mdt_rav|HALF|2020|RAVENEAU F.^Chablis 1er Cru Montee de Tonnerre
irancy_palotte|HALF|2020|COLINOT^Irancy Palotte
sb_goisot|MAG|2022|GOISOT^Saint-Bris Exogyra Virgula
vosne_mm|MAG|2019|MONGEARD-MUGNERET^Vosne-Romanee
chorey_tb|MAG|2021|TOLLOT-BEAUT^Chorey-les-Beaune
-|B75|2021|FEVRE W.^Chablis Grand Cru Vaudesir|Fevre's Vaudesir not held
-|B75|2021|RAVENEAU F.^Chablis|Raveneau's village Chablis not held
-|B75|2022|DAUVISSAT V.^Petit Chablis|not held
-|B75|2021|MICHEL L.^Chablis 1er Cru Vaillons|Louis Michel's Vaillons not held
-|B75|2021|BROCARD J-M^Chablis Grand Cru Les Clos|Brocard's Les Clos not held
-|B75|2022|LA CHABLISIENNE^Chablis 1er Cru Fourchaume|not held
-|B75|2022|DE MOOR A&O^Bourgogne Aligote|De Moor's aligote not held
-|B75|2022|GOISOT^Cotes d'Auxerre Gondonne|Goisot's other wine
-|B75|2022|BILLAUD-SIMON^Chablis Tete d'Or|Billaud-Simon's village Chablis not held
-|B75|2021|COLINOT^Irancy Les Mazelots|Colinot's other climat
-|B75||BAILLY LAPIERRE^Cremant de Bourgogne Blanc de Noirs|other cuvee
-|B50||LEJAY-LAGOUTE^Creme de Framboise|not held
-|B50||CARTRON J.^Creme de Peche de Vigne|not held
-|B70||JACOULOT^Fine de Bourgogne|Jacoulot's fine not held
-|||DIVERS^Coffret bois 3 bouteilles|packaging
-|||DIVERS^Sac isotherme 2 btl|packaging
-|||DIVERS^Tire-bouchon limonadier|accessory
-|||DIVERS^Carte cadeau 50 EUR|gift card
-|||DIVERS^Livraison Auxerre centre|service
-|||EPICERIE^Moutarde au cassis Fallot 210g|grocery
-|||EPICERIE^Gougeres surgelees x12|grocery
-|||EPICERIE^Escargots de Bourgogne x24|grocery
-|||EPICERIE^Cassissines 200g|sweets with cassis
-|||EPICERIE^Chaource AOP|cheese
-|||EPICERIE^Affine au Chablis (fromage)|cheese washed with Chablis
"""
