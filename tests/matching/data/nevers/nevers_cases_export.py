"""Articles as named in the back office, exported each night (export): the software makes the
short name itself (see nevers_tills.short_name) and adds the article code and the size.

key|measure|vintage|article name   for a drink of the library, or
-|family|measure|vintage|article name|reason   for a product that is no drink of the library.
"""
CASES = """
pf_lad|btl|2022|Pouilly-Fumé de Ladoucette
pf_baronl|btl|2019|Baron de L Ladoucette
pf_baronl|btl|2017|Baron de L
pf_saget|vre|2023|Saget Pouilly-Fumé
pf_serge|btl|2022|Serge Dagueneau Pouilly-Fumé
pf_serge|vre|2024|Pouilly-Fumé Serge Dagueneau
pl_serge|btl|2023|Pouilly-sur-Loire Dagueneau
pf_tracy|btl|2022|Château de Tracy
pf_paulus|btl|2021|Villa Paulus Masson-Blondelet
sa_vach|btl|2023|Sancerre Vacheron
sa_vach|btl|2021|Vacheron Sancerre blanc
sa_vach_rg|btl|2021|Sancerre rouge Vacheron
sa_romains|btl|2020|Les Romains Vacheron
sa_jolivet|half|2023|Sancerre Pascal Jolivet
sa_jolivet|vre|2022|Jolivet Sancerre
sa_moussiere|btl|2022|La Moussière Alphonse Mellot
sa_moussiere|mag|2022|Moussière Mellot
ms_pelle|btl|2022|Morogues Pellé
ms_pelle|btl|2024|Menetou Morogues Pellé
ms_chatenoy|btl|2022|Menetou-Salon Chatenoy
cg_villargeau|vre|2023|Giennois blanc Villargeau
cg_paulat|btl|2020|Giennois Paulat
bg_jadot|btl|2022|Bourgogne Jadot Jacobins
bg_jadot|half|2022|Bourgogne Couvent des Jacobins Louis Jadot
bg_laforet|btl|2021|Laforêt Drouhin
bn_mouches_rg|btl|2018|Clos des Mouches rouge
bn_mouches_bl|btl|2020|Clos des Mouches blanc Drouhin
mc_framboisiere|btl|2019|Mercurey Framboisière
gc_trapet|btl|2018|Gevrey Trapet
gc_trapet|mag|2018|Gevrey-Chambertin Rossignol-Trapet
ch_stmartin|half|2021|Chablis St Martin Laroche
ch_michel|btl|2021|Chablis Louis Michel
ch_montmain|btl|2020|Montmain Louis Michel
ch_venerables|btl|2021|Vénérables Chablisienne
ch_clos|btl|2018|Les Clos William Fèvre
cr_bouillot|btl|-|Crémant Bouillot Perle d'Ivoire
bx_lanessan|btl|2018|Château Lanessan
bx_pez|btl|2018|Château de Pez
bx_greysac|btl|2020|Château Greysac
bx_capfaugeres|mag|2016|Château Cap de Faugères
rh_perrin_rg|btl|2021|CDR Réserve Perrin rouge
rh_perrin_bl|btl|2022|Perrin Réserve blanc
rh_p45|btl|2022|Parallèle 45 Jaboulet
rh_thalabert|btl|2018|Thalabert Jaboulet
rh_graillot|btl|2021|Graillot Crozes
rh_stcosme|btl|2020|Gigondas Saint Cosme
cp_boll|btl|-|Bollinger Spécial Cuvée
cp_boll_ga|btl|2014|Bollinger Grande Année
cp_taitt|btl|-|Taittinger Brut Réserve
cp_ruinart_bdb|cp|-|Ruinart Blanc de Blancs
cp_lp|btl|-|Laurent-Perrier La Cuvée
cp_lp_rs|btl|-|Laurent-Perrier Cuvée Rosé
bi_kro|pinte|-|Kronenbourg
bi_guinness|demi|-|Guinness
bi_1664|btl|-|1664
bi_chimay_rg|btl|-|Chimay Rouge
sp_glen15|cl4|-|Glenfiddich 15 ans
sp_poire|cl2|-|Poire Williams Cartron
ap_martini_rs|dose|-|Martini Rosso
ap_cassis|cl2|-|Crème de cassis Cartron
so_cocazero|btl|-|Coca-Cola Zéro
so_perrier|b33|-|Perrier
sa_romains|half|2020|Les Romains Vacheron
pf_paulus|mag|2022|Villa Paulus
cp_boll_ga|mag|2014|Bollinger Grande Année
bi_vez_amb|pinte|-|Vézelay Ambrée
so_coca|b100|-|Coca-Cola
sp_lagavulin|b50|-|Lagavulin 16 ans
-|CUIS|-|-|Sandre au beurre blanc|food
-|CUIS|-|-|Entrecôte charolaise|food
-|CUIS|-|-|Menu enfant|food
-|CUIS|-|-|Tarte Tatin|dessert
-|CAFE|-|-|Café allongé|coffee
-|DIV|-|-|Privatisation terrasse|service
-|DIV|-|-|Navette circuit Magny-Cours|service
-|DIV|-|-|Acompte groupe|service
-|BL|vre|-|Vin blanc du jour|generic
-|RG|p25|-|Pichet rouge maison|generic house wine
-|RS|p50|-|Rosé du moment|generic
-|BL|btl|-|Pouilly-Fumé|appellation alone, five held
-|BL|vre|-|Menetou-Salon blanc|two white Menetou-Salon held
-|RG|btl|-|Coteaux du Giennois rouge|two red Giennois held
-|RG|btl|2021|Sancerre rouge La Moussière Mellot|colour not held for Mellot
-|BL|btl|2022|Sancerre Les Monts Damnés Bourgeois|producer not held
-|BL|btl|2021|Pouilly-Fumé Silex Didier Dagueneau|not held
-|BL|btl|2020|Chablis Grand Cru Bougros Fèvre|another grand cru of a held producer
-|RG|btl|2019|Beaune Grèves Drouhin|another Beaune of a held producer
-|RG|btl|2018|Château Lafon-Rochet|Saint-Estèphe not held
-|BUL|btl|-|Taittinger Comtes de Champagne|another cuvée of a held house
-|BUL|btl|-|Laurent-Perrier Grand Siècle|another cuvée of a held house
-|ALC|cl4|-|Glenfiddich 21 ans|age not held
-|ALC|cl4|-|Hennessy XO|grade not held
-|APE|vre|-|Kir Cartron|mixed drink naming a held cassis
-|PRESS|pinte|-|Picon bière|mixed drink
-|BIERE|b33|-|Chimay Blanche|another beer of a held brewery
-|SOFT|b33|-|Orangina rouge|soft not held
"""
