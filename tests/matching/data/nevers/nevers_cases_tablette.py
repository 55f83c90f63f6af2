"""What the waiters keyed on the dining-room tablet (tablette): "Measure · product (YYYY)".

key|measure|vintage|text   for a drink of the library, or
-|family|measure|vintage|text|reason   for a product that is no drink of the library.
"""
CASES = """
pf_lad|vre|2022|Pouilly-Fumé Ladoucette
pf_lad|btl|2020|Ladoucette Pouilly Fumé
pf_lad|half|2022|Pouilly-Fumé de Ladoucette
pf_saget|btl|2022|La Perrière Pouilly-Fumé Saget
pf_serge|vre15|2023|Pouilly Fumé Serge Dagueneau
pl_serge|btl|2022|Serge Dagueneau Pouilly-sur-Loire
pf_tracy|mag|2019|Tracy Pouilly-Fumé
pf_paulus|btl|2022|Masson-Blondelet Villa Paulus
sa_vach|btl|2023|Sancerre Vacheron blanc
sa_vach_rg|vre|2021|Sancerre rouge Vacheron
sa_romains|btl|2019|Les Romains Vacheron
sa_jolivet|p50|2023|Sancerre Jolivet
sa_moussiere|btl|2023|Mellot La Moussière
sa_moussiere|mag|2021|La Moussière Mellot
ms_pelle|btl|2022|Pellé Menetou-Salon Morogues
ms_pelle_rg|vre|2022|Menetou rouge Pellé
cg_villargeau|btl|2022|Villargeau Giennois blanc
cg_villargeau_rg|btl|2023|Giennois rouge Villargeau
cg_paulat|p25|2021|Paulat Coteaux du Giennois
bg_jadot|btl|2021|Jadot Couvent des Jacobins
bg_jadot|half|2021|Jadot Bourgogne rouge
bn_mouches_rg|btl|2019|Clos des Mouches rouge Drouhin
gc_trapet|btl|2018|Gevrey Rossignol-Trapet
gc_trapet|mag|2020|Gevrey-Chambertin Rossignol-Trapet
ch_stmartin|btl|2023|Laroche Saint-Martin
ch_stmartin|vre12|2022|Chablis Saint Martin Laroche
ch_vaillons|btl|2022|Vaillons Laroche
ch_michel|btl|2022|Louis Michel Chablis
ch_montmain|btl|2020|Montmain Louis Michel
cr_bouillot|cp|-|Crémant Perle d'Ivoire
bx_ormes|btl|2018|Ormes de Pez
rh_perrin_rg|p50|2022|Perrin Réserve rouge
rh_perrin_rg|half|2022|Perrin CDR rouge
rh_perrin_bl|vre|2023|Perrin Réserve blanc
rh_p45|btl|2021|Parallèle 45
rh_graillot|btl|2019|Crozes-Hermitage Graillot
rh_telegraphe|mag|2017|Vieux Télégraphe
rh_telegraphe|btl|2020|Vieux Télégraphe La Crau
cp_boll|half|-|Bollinger Special Cuvée
cp_boll|mag|-|Bolly Spécial Cuvée
cp_boll_ga|btl|2015|Grande Année Bollinger
cp_taitt_rs|btl|-|Taittinger Prestige Rosé
cp_lp_rs|cp|-|Laurent-Perrier rosé
cp_ruinart_bdb|btl|-|Ruinart Blanc de Blancs
bi_grim|demi|-|Grimbergen
bi_1664bl|pinte|-|1664 Blanc
bi_vez_bl|demi|-|Vézelay blonde
bi_vez_amb|b33|-|Vézelay ambrée
bi_duvel|btl|-|Duvel
bi_chimay_bl|btl|-|Chimay bleue
sp_diplo|dose|-|Diplomatico
sp_havana3|cl4|-|Havana 3 ans
sp_hennessy|cl2|-|Hennessy VS
sp_marc|dose|-|Marc de Bourgogne Cartron
sp_hendricks|cl4|-|Hendrick's
ap_51|dose|-|Pastis 51
ap_martini_bl|dose|-|Martini blanc
so_badoit|b100|-|Badoit
so_icetea|btl|-|Ice tea pêche
so_jusorange|btl|-|Jus d'orange Milliat
bx_greysac|half|2019|Château Greysac
cp_taitt|mag|-|Taittinger Brut Réserve
cp_ruinart_bdb|half|-|Ruinart Blanc de Blancs
bn_mouches_rg|mag|2019|Clos des Mouches rouge
rh_telegraphe|half|2019|Télégraphe La Crau
bi_duvel|pinte|-|Duvel
bi_chimay_bl|demi|-|Chimay bleue
bi_kro|b33|-|Kronenbourg
-|CUIS|-|-|Friture de Loire|food
-|CUIS|-|-|Bœuf charolais sauce Pouilly|food naming a wine
-|CUIS|-|-|Poire belle-Hélène|dessert
-|CUIS|-|-|Négus de Nevers|sweets
-|DIV|-|-|Menu Grand Prix Magny-Cours|race-weekend menu
-|CUIS|-|-|Crottin de Chavignol|cheese
-|CAFE|-|-|Café gourmand|coffee
-|BL|vre|-|Vin blanc du moment|generic
-|RG|p50|-|Rouge de la maison|generic house wine
-|BUL|cp|-|Champagne|generic, several champagnes held
-|BL|vre|-|Sancerre|appellation alone, several Sancerres held
-|BL|vre|-|Chablis|appellation alone, several Chablis held
-|BL|btl|2022|Sancerre Les Baronnes Bourgeois|producer not held
-|BL|btl|2021|Pouilly-Fumé Pur Sang Dagueneau|Didier Dagueneau's cuvée, not held
-|RG|btl|2022|Jolivet Sancerre rouge|colour not held for Jolivet
-|BL|btl|2020|Mellot Génération XIX|another cuvée of a held producer
-|BUL|btl|-|Bollinger Rosé|another cuvée of a held house
-|BUL|btl|-|Ruinart rosé|another cuvée of a held house
-|BL|btl|2022|Crozes-Hermitage blanc Graillot|colour not held
-|BL|btl|2023|Menetou-Salon blanc Chavignol|producer not held
-|ALC|dose|-|Glenfiddich 18 ans|age not held
-|ALC|dose|-|Havana 7 ans|age not held
-|APE|vre|-|Spritz Aperol|mixed drink
-|APE|flute|-|Kir royal|mixed drink
-|APE|vre|-|Kir au Pouilly|mixed drink naming a wine
-|PRESS|demi|-|Monaco|mixed drink
-|SOFT|b33|-|Coca Cherry|soft not held
-|SOFT|vre|-|Sirop à l'eau|generic soft
"""
