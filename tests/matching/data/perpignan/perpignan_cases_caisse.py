"""Till `caisse`: the restaurant register. KEY|MEASURE|VINTAGE|WHAT STAFF TYPED|NOTE.
`!FAM` in place of a key is a product that no library drink answers (FAM prints the prefix)."""
CASES = """
crv_cazes_ego||2021|CAZES EGO
crv_cazes_ego|b150|2020|CAZES EGO
crv_cazes_ego||2020|EGO CAZES
crv_cazes_alter||2021|ALTER D.CAZES
crv_gardies_milleres||2022|GARDIES MILLERES
crv_gardies_milleres||2021|LES MILLERES
crv_gardies_torre||2018|GARDIES LA TORRE
crv_gardies_torre||2019|TORRE TAUTAVEL
crv_roc_segna||2022|ROC ANGES SEGNA
crv_roc_segna||2019|SEGNA COR
crv_fees_vv||2020|CLOSDESFEES VV
crv_jau|b37.5|2020|CH.JAU
crv_jau|b150||CH.JAU
crv_bila_rouge|vre||BILAHAUT
crv_bila_rouge|pich50||BILA
cdr_bila_rose|vre||BILA HAUT
cdr_lafage_nicolas||2022|LAFAGE NICOLAS
cdr_lafage_nicolas||2018|LAFAGE NICO
cdr_lafage_miraflors||2024|LAFAGE MIRAFLOR
cdr_chenes_gm||2019|GRANDS MERES
coll_paulilles_rose||2023|COLL PAULILLES
coll_paulilles_rose||2022|PAULILLES
coll_rectorie_mer||2022|RECTORIE COTE MER
coll_rectorie_montagne||2020|RECTORIE MONTAGNE
coll_rectorie_mer||2020|COTE MER
coll_coume_quadratur||2021|COUME QUADRATUR
coll_coume_quadratur||2019|QUADRATUR
bany_tourvieille_rimage|b50|2021|TOURVIEILLE
bany_tourvieille_rimage|vre||RIM T.VIEIL
bany_etoile_gc||2012|BANY GC ETOILE
bany_rectorie_reig|b50|2018|T.REIG
maury_amiel_10|||MAS AMIEL 10A
maury_amiel_15|vre||AMIEL 15 ANS
maury_amiel_grenat|b50|2022|GRENAT
maury_amiel_grenat|vre||MAURY GRENAT
riv_cazes_ambre|||RIVES AMBRE CAZES
riv_cazes_aime|b50|1990|AIME CAZES
musc_cazes|b37.5|2021|MUSC CAZES
musc_jau|b50|2020|MUSC JAU
cc_gauby_vv||2019|D.GAUBY VIEILLES V
cc_gauby_vv||2018|GAUBY VV
cc_gauby_calc_rouge||2021|CALCINAIRES
cc_gauby_calc_rouge||2023|CALCINAIRES
cc_lafage_coteest||2023|COTE EST LAFAGE
cc_lafage_coteest|b150|2022|COTE EST
cc_cazes_canon_rouge|vre||CANON MAR.
cc_cazes_canon_rouge||2021|CANON DU MARECHAL
lim_laurens_moulin|||CREM LIMOUX LAURENS
lim_laurens_moulin|cp||J.LAURENS
lim_antech_emotion|||ANTECH EMOTION RS
ch_moet_brut|b37.5||MOET
ch_moet_rose|cp||MOET ROSE
ch_taittinger|b150||TAITTINGER
ap_byrrh|dose||BYRRH
sp_51|dose||PASTIS 51
sp_lagavulin|dose||LAGA 16
sp_get27|dose||GET 27
be_1664_keg|demi||1664
be_1664_keg|pinte||1664
be_grimb_keg|pinte||GRIMB BLDE
be_1664_blanc|||1664 BLANC
be_capdona_ambree|||CAP D ONA AMBREE
so_coca|||COCA
so_evian50|b100||EVIAN
# none: formats, cuvees, colours, ages not held; generic; mixed; food; services
ch_clicquot|b150||V.CLICQUOT
cc_lafage_coteest|b37.5||COTE EST
cc_gauby_vv|b150||GAUBY VV
crv_roc_segna|b150||SEGNA COR
be_leffe|pinte||LEFFE
so_perrier|b50||PERRIER
!CUI|||ASSIETTE CATALANE|food
!CUI|||ANCHOIS COLLIOURE|food (anchovies of Collioure, not the wine)
!DIV|||CAFE|coffee
!DIV|||DROIT BOUCHON|corkage
!DIV|||CARAFE EAU|free tap water
!VR|pich50||DU MOMENT|generic wine of the moment
!VRS|vre||ROSE MAISON|generic house rose
!VR|||COLLIOURE ROUGE|appellation alone, four Collioure reds held
!VDN|b50||BANYULS|appellation alone, two Banyuls held in 50 cl
!VDN|vre||MUSCAT RIVES|appellation alone, Cazes and Jau both held
!VR|||D.GAUBY|producer alone, two Gauby reds held
!VR|||CAZES|producer alone, three Cazes reds held
!VRS|||CALCINAIRES|colour not held (Calcinaires held in white and red)
!VRS|||CANON MARECHAL|colour not held (Canon du Marechal held in white and red)
!VB||2022|RECTORIE ARGILE|Rectorie's L'Argile not held
!VR||2019|CAZES CREDO|Cazes' Credo not held
!VR||2020|LAFAGE TESSELLAE|Lafage's Tessellae not held
!VDN|||MAS AMIEL 20A|Maury 20 ans not held (10 and 15 held)
!VDN|||RIVES GRENAT|Rivesaltes grenat not held (ambre and tuile held)
!BUL|||MOET ICE IMPERIAL|Moet Ice Imperial not held
!BUL|||BLANQUETTE LIMOUX|Blanquette de Limoux not held
!BUL|||PERRIER JOUET|champagne brand not held (Perrier water is held)
!BUL|cp||CHAMPAGNE|generic, five champagnes held
!ALC|dose||LAGA 8|Lagavulin 8 not held (16 held)
!ALC|dose||GET 31|Get 31 not held (27 held)
!APE|||KIR|mixed drink
!PRS|pinte||BIERE MOIS|generic beer of the month
!PRS|demi||PANACHE|mixed drink
!SFT|||ORANGE PRESSEE|fresh-squeezed, not the bottled juice
"""
