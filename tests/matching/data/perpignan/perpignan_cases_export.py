"""Till `export`: the back-office sales export. KEY|MEASURE|VINTAGE|PRODUCT MASTER NAME|NOTE."""
CASES = """
crv_cazes_ego|b150|2020|crv ego cazes
crv_cazes_ego|b150|2019|ego d.cazes
crv_gardies_milleres|b75|2021|gardies les milleres
crv_gardies_torre|b75|2018|crv tautavel la torre gardies
crv_jau|b75|2021|ch jau crv
crv_jau|b37.5|2020|ch de jau
crv_bila_rouge|b150|2022|bila-haut rouge
crv_bila_occultum|b75|2019|occultum lapidem
coll_paulilles_rouge|b75|2021|coll paulilles rouge
coll_rectorie_mer|b75|2021|coll rectorie cote mer
coll_rectorie_mer|b75|2023|rectorie cote mer
coll_rectorie_montagne|b75|2021|coll rectorie cote montagne
coll_coume_quadratur|b75|2020|coll coume del mas quadratur
bany_tourvieille_rimage|b50|2019|bany rimage tour vieille
bany_tourvieille_rimage|b50|2020|bany rimage tourvieille
bany_etoile_gc|b75|2012|bany grand cru l'etoile
bany_etoile_gc|b75|2010|bany gc etoile
bany_rectorie_reig|b50|2021|bany therese reig
maury_amiel_10|b75||maury amiel 10 ans
maury_amiel_15|b50||maury amiel 15 ans
maury_amiel_grenat|b50|2022|maury grenat mas amiel
riv_cazes_ambre|b75||riv ambre cazes
riv_cazes_aime|b50|1990|riv aime cazes
riv_cazes_aime|b50|1985|aime cazes
musc_cazes|b37.5|2021|musc riv cazes
musc_cazes|b37.5|2022|musc cazes
musc_jau|b50|2022|musc riv ch jau
cc_gauby_vv|b75|2019|igp cc gauby vv
cc_gauby_vv|b75|2022|gauby vieilles vignes
cc_gauby_calc_blanc|b75|2021|gauby calcinaires blanc
cc_gauby_calc_rouge|b75|2021|gauby calcinaires rouge
cc_lafage_coteest|b150|2022|lafage cote est
cc_cazes_canon_rouge|b75|2022|canon du marechal rge
cc_pithon_lais|b75|2020|pithon lais blanc
lim_laurens_moulin|b75||cremant limoux j.laurens le moulin
lim_antech_emotion|b75||cremant antech emotion rose
ch_moet_brut|b75||moet imperial brut
ch_moet_brut|b37.5||moet brut
ch_ruinart_bdb|b75||ruinart blanc de blancs
ch_taittinger|b75||taittinger brut reserve
ch_taittinger|b150||taittinger
ch_clicquot|b75||veuve clicquot carte jaune
ap_byrrh|b100||byrrh grand quinquina
ap_lillet|dose||lillet blanc
sp_jameson|dose||whisky jameson
sp_lagavulin|dose||whisky lagavulin 16 ans
sp_chivas|dose||chivas 12
sp_get27|b70||get 27
sp_havana7|dose||rhum havana 7 ans
sp_diplomatico|dose||rhum diplomatico reserva
sp_remy|dose||cognac remy martin vsop
be_1664_keg|demi||1664 pression
be_1664_keg|pinte||kronenbourg 1664
be_grimb_keg|pinte||grimbergen blonde pression
be_1664_blanc|b33||1664 blanc
be_capdona_ambree|b33||cap d'ona ambree
so_coca|b33||coca-cola
so_evian50|b100||evian
so_perrier|b33||perrier
so_schweppes|b25||schweppes tonic
so_milliat_orange|b100||jus orange milliat
# none
coll_paulilles_rouge|b150|2021|coll paulilles rouge
cc_gauby_calc_blanc|b37.5|2022|gauby calcinaires blanc
maury_amiel_grenat|b75|2022|maury grenat mas amiel
bany_rectorie_reig|b75|2020|bany therese reig
ch_ruinart_bdb|b150||ruinart blanc de blancs
ch_moet_rose|b37.5||moet rose imperial
riv_cazes_ambre|b50||riv ambre cazes
be_heineken|pinte||heineken
so_coca|b150||coca-cola
!CUI|||menu du jour|food
!CUI|||plat du jour|food
!CUI|||cargolade catalane|food
!CUI|||boles de picolat|food
!CUI|||creme catalane|food
!CUI|||assiette charcuterie|food
!DIV|||cafe expresso|coffee
!DIV|||droit de bouchon|corkage
!VR|pich50||vin rouge maison|generic
!VB|vre||vin blanc maison|generic
!BUL|b75||champagne brut|generic, five champagnes held
!VR|b75|2021|collioure rouge|appellation alone, three Collioure reds of 2021 held
!VDN|b50||maury|appellation alone, two Maury held in 50 cl
!VR|b75|2021|cotes du roussillon villages|appellation alone
!VR|b75|2019|gauby coume gineste|Gauby's Coume Gineste not held
!VR|b75|2020|lafage cayrol|Lafage's Cayrol not held
!VB|b75|2021|bila-haut occultum lapidem blanc|colour not held
!VR|b75|2019|clos des fees les sorcieres|Clos des Fees' Les Sorcieres not held
!VB|b75|2022|mas amiel vers le nord|Mas Amiel's Vers le Nord not held
!BUL|b75||taittinger comtes de champagne|Comtes de Champagne not held
!BUL|b75||moet nectar imperial|Nectar Imperial not held
!BUL|b75||veuve clicquot rose|colour not held
!ALC|dose||rhum havana club especial|Havana Club Especial not held
!ALC|dose||whisky chivas 18 ans|Chivas 18 not held
!APE|||kir royal|mixed drink
!APE|||cocktail du jour|mixed drink
"""
