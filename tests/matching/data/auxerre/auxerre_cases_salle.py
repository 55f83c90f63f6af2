"""What the waiters keyed on the dining-room tablet: key|measure|vintage|text
(or -|measure|vintage|text|reason)."""

CASES = """
c1_mdt_rav|BTL|2020|Chablis 1er Cru Montée de Tonnerre Raveneau
c1_mdt_mich|BTL|2021|Chablis 1er cru Montée de Tonnerre, Louis Michel
c1_mdt_mich|MAG|2020|Montée de Tonnerre Louis Michel
c1_butt_rav|BTL|2019|Chablis 1er Butteaux Raveneau
c1_foret_rav|BTL|2020|Raveneau Forêt 1er cru
c1_forest_dauv|MAG|2019|Dauvissat La Forest 1er cru
c1_sechet_dauv|BTL|2020|chablis 1er cru séchet dauvissat
c1_vaill_dauv|BTL|2020|Vaillons Vincent Dauvissat
c1_vaill_bs|BTL|2021|Chablis Vaillons Billaud-Simon
c1_milieu_pin|GLASS|2021|Mont de Milieu Pinson
c1_vaulo_fev|BTL|2020|Fourchaume Vaulorent W. Fèvre
c1_montm_fev|GLASS15|2021|Chablis 1er Cru Montmains William Fèvre
c1_fourch_lar|BTL|2020|Laroche Fourchaumes VV
c1_vaudevey_lar|BTL|2021|laroche les vaudevey
c1_lechet_def|BTL|2021|Côte de Léchet Bernard Defaix
gc_clos_fev|MAG|2019|Chablis Grand Cru Les Clos Fèvre
gc_bougros_fev|BTL|2020|Bougros Fèvre
gc_bouguer_fev|BTL||Bougros Côte Bouguerots
gc_preuses_fev|BTL|2020|Preuses William Fèvre
gc_preuses_dauv|BTL|2020|Les Preuses Dauvissat
gc_clos_dauv|BTL|2018|Les Clos Vincent Dauvissat
gc_clos_rav|BTL|2018|Chablis GC Les Clos Raveneau
gc_valmur_rav|BTL|2019|Valmur Raveneau
gc_blanchot_rav|BTL|2018|Blanchot Raveneau
gc_blanchots_lar|BTL|2019|Les Blanchots Laroche
gc_hospices_cm|BTL|2020|Clos des Hospices Moreau
gc_grenouilles|BTL|2019|Château Grenouilles La Chablisienne
gc_vaudesir_bs|BTL|2020|Vaudésir Billaud-Simon
ch_stecl|CAR50||Chablis Sainte-Claire Brocard
ch_rosette|BTL||Rosette De Moor
irancy_palotte|BTL|2020|Irancy Palotte Colinot
irancy_palotte|MAG|2019|Palotte Colinot
irancy_cantin|HALF|2022|Irancy Benoît Cantin
sb_goisot|BTL|2021|Saint-Bris Exogyra Virgula Goisot
cdg_blc|BTL|2022|Corps de Garde blanc Goisot
bersan_rge|BTL||Côtes d'Auxerre Bersan rouge
bersan_rose|GLASS|2023|Côtes d'Auxerre rosé Bersan
epineuil|BTL|2021|Épineuil Gruhier
volnay_laf|BTL|2019|Volnay Lafarge
fixin_bg|BTL|2020|FIXIN Berthaut-Gerbet
beaune_bpf|HALF|2020|Beaune du Château 1er cru Bouchard
crem_bl_res|MAG||Crémant Bailly Lapierre Réserve
crem_bl_res|BTL||Crémant de Bourgogne Bailly Lapierre Réserve
crem_bl_rose|BTL||Crémant rosé Bailly Lapierre
badoit|B100||Badoit
lillet|GLASS||Lillet blanc
calva_drouin|DOSE||Calvados Drouin
c1_mdt_rav|BTL|2018|Montée de Tonnerre Raveneau
c1_vaill_dauv|BTL|2019|Chablis 1er cru Vaillons Dauvissat
c1_milieu_bs|BTL|2021|Billaud-Simon Mont de Milieu
gc_clos_fev|BTL|2018|Chablis Grand Cru Les Clos W. Fèvre
gc_preuses_dauv|BTL|2021|Preuses Dauvissat
gc_valmur_rav|BTL|2020|Chablis Grand Cru Valmur Raveneau
gc_blanchots_lar|BTL|2018|Blanchots Laroche
gc_grenouilles|MAG|2018|Grenouilles La Chablisienne
irancy_palotte|BTL|2021|Palotte Colinot
vosne_mm|BTL|2018|Vosne-Romanée Mongeard-Mugneret
chorey_tb|BTL|2023|Chorey Tollot-Beaut
volnay_laf|BTL|2020|Volnay Michel Lafarge
sb_goisot|BTL|2020|Exogyra Virgula
ch_belair|BTL|2021|Bel-Air et Clardy De Moor
-|BTL|2020|Chablis Grand Cru Les Clos|Les Clos from three domaines
-|BTL|2020|Montée de Tonnerre|two domaines hold it in 2020
-|BTL||Mont de Milieu|Billaud-Simon and Pinson
-|GLASS||Vaillons|Dauvissat and Billaud-Simon
-|BTL||Chablis 1er Cru Fourchaume|Fevre's Vaulorent and Laroche's Fourchaumes
-|BTL||Les Preuses|Fevre and Dauvissat
-|BTL||Blanchot|Raveneau's Blanchot and Laroche's Les Blanchots
-|CAR50||Irancy|three Irancys
-|BTL|2020|Chablis Raveneau|Raveneau's village Chablis not held
-|BTL|2021|Chablis Dauvissat|Dauvissat's village Chablis not held
-|BTL|2020|Les Clos Billaud-Simon|not held
-|BTL|2020|Vaudésir William Fèvre|Fevre's Vaudesir not held
-|BTL|2019|Valmur William Fèvre|Fevre's Valmur not held
-|BTL|2021|Montmains Louis Michel|Louis Michel's Montmains not held
-|BTL|2023|Corps de Garde rosé Goisot|colour not held
-|BTL|2021|Corps de Garde Goisot|red and white both held, no colour on the label
gc_clos_fev|HALF|2020|Les Clos Fèvre
c1_mdt_rav|MAG|2019|Montée de Tonnerre François Raveneau
vosne_mm|HALF|2019|Vosne-Romanée Mongeard
crem_bl_rose|MAG||Crémant rosé Bailly-Lapierre
crem_sf|HALF||Crémant Simonnet-Febvre
-|||Jambon persillé maison|food
-|||Gougères au comté|food
-|||Escargots de Bourgogne (12)|food
-|||Poulet au Chablis|food cooked with Chablis
-|||Œufs en meurette|food
-|||Chaource fermier|cheese
-|||Tarte aux cerises d'Irancy|dessert, Irancy cherries
-|||Droit de bouchon|service
-|||Carafe d'eau|free tap water
-|GLASS||Vin blanc du moment|generic
-|GLASS||Chablis du moment|generic
-|BTL||Crémant de Bourgogne|two white crémants held
-|COUPE||Kir royal au crémant|mixed drink
-|BTL||Champagne Ruinart|not held
-|BTL|2022|Sancerre Vacheron|not held
"""
