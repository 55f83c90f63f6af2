"""Till R: the in-room dining ordering system (menu keyed by the F&B office, in French).

Same line format as hotel_specs_e.py. Words after a `|`-free text may be cut by the till;
the builder checks that every cut keeps the words that name the drink and the measure.
"""

SPECS = """
henriot_souverain|gl|NV|HENRIOT SOUVERAIN
henriot_souverain|half|NV|HENRIOT SOUVERAIN
henriot_rose|mag|NV|HENRIOT ROSE
henriot_mill|btl|2014|HENRIOT MILL
henriot_mill|btl|2010|HENRIOT MILLESIME
henriot_hemera|btl|2008|HENRIOT HEMERA
philipponnat_royale|mag|NV|PHILIPPONNAT ROYALE
philipponnat_rose|btl|NV|PHILIPPONNAT ROSE
philipponnat_goisses|btl|2013|CLOS DES GOISSES
philipponnat_goisses|btl|2011|CLOS DES GOISSES
-chp|btl|NV|PHILIPPONNAT BL DE NOIRS|Philipponnat's Blanc de Noirs, not held
lanson_black|mag|NV|LANSON BLACK LABEL
lanson_bdb|gl|NV|LANSON BDB
lanson_noble|btl|2004|LANSON NOBLE CUVEE
-chp|btl|NV|LANSON GREEN LABEL|Lanson cuvée not held
jacquesson_744|btl|NV|JACQUESSON 744
drappier_carte|btl|NV|DRAPPIER CARTE DOR
drappier_sendree|btl|2015|DRAPPIER SENDREE
-chp|btl|NV|DRAPPIER CHARLES GAULLE|Drappier cuvée not held
-chp|gl|NV|CHAMPAGNE BRUT|generic
-ckt|||MIMOSA|cocktail
leoville_barton|btl|2010|LEOVILLE BARTON
leoville_barton|btl|2012|LEOVILLE BARTON
leoville_barton|mag|2010|CH LEOVILLE BARTON
reserve_barton|btl|2018|RESERVE LEOV BARTON
langoa|btl|2015|CH LANGOA BARTON
cos|btl|2012|COS DESTOURNEL
cos|btl|2014|COS DESTOURNEL
pagodes|btl|2018|PAGODES DE COS
calon|gl|2018|CALON SEGUR
palmer|btl|2011|CH PALMER
palmer|half|2014|CH PALMER
palmer|mag|2015|CH PALMER
alter_ego|btl|2019|ALTER EGO PALMER
figeac|mag|2016|CH FIGEAC
carillon|btl|2019|CARILLON DANGELUS
smith_rouge|btl|2018|SMITH HAUT LAFITTE
smith_blanc|btl|2019|SMITH HAUT LAFITTE BLC
clinet|btl|2016|CH CLINET
yquem|half|2011|CH DYQUEM
yquem|gl|2009|DYQUEM
-red|btl|2016|CH LAFITE ROTHSCHILD|first growth sharing Lafite, not held
-red|car50||BORDEAUX ROUGE|generic carafe
rousseau_chambertin|btl|2015|CHAMBERTIN GC ROUSSEAU
vogue_chambolle|btl|2017|CHAMBOLLE VOGUE
-wht|btl|2014|MUSIGNY BLANC VOGUE|Vogüé's white Musigny, not held
lambrays|btl|2018|CLOS LAMBRAYS
grivot_vosne|btl|2019|VOSNE ROMANEE GRIVOT
grivot_bm|btl|2016|BX MONTS GRIVOT
drc_ech|btl|2013|ECHEZEAUX DRC
-red|btl|2013|ROMANEE CONTI DRC|another cru of the DRC, not held
prieur_mazeray|btl|2019|MEURSAULT MAZERAY
latour_cc|btl|2017|CORTON CHARL LATOUR
latour_cc|half|2017|CORTON CHARLEMAGNE
moreau_clos|btl|2019|LES CLOS MOREAU
moreau_clos|half|2019|CHABLIS GC LES CLOS
niellon|btl|2020|VERGERS NIELLON
carillon_pm|btl|2020|PULIGNY CARILLON
ott_mireille|btl|2023|CLOS MIREILLE OTT
ott_mireille|mag|2023|OTT MIREILLE
jolivet|btl|2021|SANCERRE JOLIVET
-wht|btl|2020|BEAUCASTEL BLANC|the white Beaucastel, not held
opus|half|2017|OPUS ONE
-rse|gl||ROSE PROVENCE|generic
macallan_12|shot||MACALLAN 12
macallan_18|b70||MACALLAN 18
-spi|shot||MACALLAN 25|another age
glenlivet_12|b70||GLENLIVET 12
balvenie_12|shot||BALVENIE 12 DW
laphroaig_10|shot||LAPHROAIG 10
-spi|shot||LAPHROAIG 18|another age
yamazaki_12|shot||YAMAZAKI 12
-spi|shot||HIBIKI HARMONY|Japanese whisky not held
jw_blue|b70||JW BLUE LABEL
blantons|dbl||BLANTONS
hine_vsop|shot||HINE VSOP
otard_vs|shot||OTARD VS
-spi|shot||OTARD XO|another grade
delamain_xo|b70||DELAMAIN XO
louis13|c2||LOUIS XIII
-spi|shot||DIPLOMATICO MANTUAN|another cuvée of a held rum house
neisson_blanc|shot||NEISSON BLANC
clase_azul|b70||CLASE AZUL REPO
-spi|shot||CLASE AZUL PLATA|another grade
cointreau|shot||COINTREAU
benedictine|shot||BENEDICTINE DOM
-spi|shot||B AND B BENEDICTINE|B&B, a variant not held
stgermain|shot||ST GERMAIN
-ckt|||HUGO SPRITZ|cocktail
-ckt|||GIN TONIC PLYMOUTH|mixed drink
asahi|b33||ASAHI SUPER DRY
goose_ipa_btl|b355||GOOSE ISLAND IPA
stella|b33||STELLA ARTOIS
-bee|b33||BREWDOG HAZY JANE|another beer of a held brewery
voss_still|v375||VOSS PLATE
voss_spark|v80||VOSS GAZEUSE
fever_ginger|b20||FT GINGER BEER
-sft|b20||FT GINGER ALE|variant not held
-sft|b33||COCA COLA ZERO|variant not held
-sft|||JUS ORANGE PRESSE|fresh juice, not held
-food|||CLUB SANDWICH|food
-food|||CAVIAR OSCIETRA 50G|food
-hot|||CAFE AMERICANO|coffee
-srv|||FRAIS SERVICE CHAMBRE|service
-srv|||SEAU A GLACE|ice bucket
"""
