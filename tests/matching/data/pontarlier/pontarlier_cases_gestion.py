"""GESTION (management export): `key|measure|vintage|text` or `-FAMILY|measure|vintage|text|reason`.
The export writes article code;FAMILY;designation;vintage;volume served. The back office
holds designations producer first, in lower-case ASCII; the vintage is its own column and
the volume column gives what one sale poured (`12,5cl`, `25cl`, `4cl`) or the bottle (`75cl`)."""

CASES = """
pinte_karl|btl|2022|la pinte poulsard ami karl
pinte_sav|btl|2019|la pinte arbois savagnin
pinte_vj|clav|2015|la pinte arbois vin jaune
pinte_vj|vre||la pinte vin jaune
fva_trou|v15|2021|fruitiere arbois trousseau
fva_beth|vre||fruitiere arbois bethanie
fva_crem|mag||fruitiere cremant jura brut
fva_cremrose|vre||fruitiere cremant jura rose
tissot_crem|vre||tissot cremant indigene
tissot_sing|btl|2021|tissot trousseau singulier
bb_trad|btl|2021|berthet bondet cdj tradition
bb_cc|clav|2015|berthet bondet chateau chalon
macle_chard|btl|2019|macle cdj chardonnay
arlay_corail|btl|2020|arlay corail
arlay_paille|half|2017|arlay vin de paille
arlay_paille|vre||arlay vin de paille
montb_etoile|btl|2021|montbourgeau etoile chardonnay
hmaire_fou|btl||henri maire vin fou
bouch_vig|half|2022|bouchard bgne pinot noir vignee
bouch_vig|vre||bouchard bgne pinot noir vignee
jadot_cj|btl|2021|jadot couvent des jacobins
latour_gen|c50||latour macon lugny genievres
brocard_sc|btl|2022|brocard chablis ste claire
drouhin_vau|vre||drouhin chablis vaudon
faiv_fram|c25||faiveley mercurey framboisiere
chanson_lav|vre||chanson savigny lavieres
fuisse_tdc|btl|2020|chateau fuisse pouilly fuisse tete de cru
clair_mars|c50||bruno clair marsannay rose
deuxroches_sv|vre||deux roches saint veran
lugny_crem|btl||cave de lugny cremant bgne bdb
duboeuf_bv|btl|2023|duboeuf beaujolais villages
guigal_cdr|btl|2021|guigal cotes du rhone rouge
minuty_m|btl|2023|minuty m rose
moet_imp|vre||moet imperial brut
guy_pont|btl||guy pontarlier anis
guy_pont|dose||guy pontarlier anis
pernot_vp|dose||pernot vieux pontarlier
guy_abs|dose||guy absinthe pontissalienne
martini_r|dose||martini rosso
magloire|dose||pere magloire vsop calvados
bb_blonde|demi||bonne bouille blonde pression
bb_blonde|b33||bonne bouille blonde
grim_bl|demi||grimbergen blonde pression
k1664|pinte||kronenbourg 1664 pression
desperados|b33||desperados
schweppes_ag|b25||schweppes agrumes
milliat_abr|b33||milliat nectar abricot
# almost
pinte_sav|btl|2021|la pinte arbois savagnin
fva_trou|mag|2022|fruitiere arbois trousseau
fva_beth|btl|2021|fruitiere arbois bethanie
tissot_sing|btl|2023|tissot trousseau singulier
bb_trad|btl|2019|berthet bondet cdj tradition
bb_cc|clav|2017|berthet bondet chateau chalon
arlay_paille|half|2016|arlay vin de paille
bouch_vig|btl|2023|bouchard bgne pinot noir vignee
latour_gen|btl|2023|latour macon lugny genievres
faiv_fram|btl|2018|faiveley mercurey framboisiere
chanson_lav|btl|2021|chanson savigny lavieres
clair_mars|btl|2021|bruno clair marsannay rose
bonnet_rge|btl|2019|chateau bonnet rouge lurton
brocard_sc|half|2021|brocard chablis ste claire
# formats not held
montb_etoile|mag||montbourgeau etoile chardonnay
drouhin_vau|half||drouhin chablis vaudon
guigal_cdr|half||guigal cotes du rhone rouge
tissot_crem|mag||tissot cremant indigene
bb_cc|half||berthet bondet chateau chalon
leffe_br|demi||leffe brune pression
rdl_blonde|pinte||rouget de lisle blonde pression
# none
-CUISINE|||croute aux morilles comte|food
-CUISINE|||saucisse de morteau cancoillotte|food
-CUISINE|||coq au vin jaune morilles|a dish cooked with vin jaune
-CUISINE|||tarte myrtilles|food
-CUISINE|||planche charcuterie haut doubs|food
-CAFETERIE|||expresso|coffee
-CAFETERIE|||chocolat chaud|hot drink
-DIVERS|||droit de bouchon|corkage service
-VINS ROUGES|c25||vin rouge pichet|generic
-VINS BLANCS|vre||vin blanc sec|generic
-VINS BLANCS|btl|2019|la pinte arbois chardonnay|La Pinte's chardonnay is not held
-VINS ROUGES|btl|2020|fruitiere arbois pinot noir|the Fruitière's pinot noir is not held
-VINS BLANCS|clav|2015|rolet arbois vin jaune|Rolet is not held
-VINS BLANCS|clav|2016|macle cdj vin jaune|Macle's Côtes du Jura vin jaune is not held (only its Château-Chalon)
-VINS ROUGES|btl|2020|faiveley nuits saint georges|Faiveley's Nuits-Saint-Georges is not held
-VINS ROUGES|btl|2022|jadot moulin a vent|Jadot's Moulin-à-Vent is not held
-VINS ROUGES|btl||duboeuf fleurie|Duboeuf's Fleurie is not held
-BULLES|btl|2015|moet grand vintage|Moët Grand Vintage is not held
-BULLES|btl||veuve clicquot brut|not held
-VINS DOUX|half|2018|berthet bondet vin de paille|Berthet-Bondet's vin de paille is not held (Arlay's is)
-SPIRITUEUX|dose||absinthe blanche|generic, not held
-SPIRITUEUX|dose||glenfiddich 21 ans|an age not held (12 and 15)
-SPIRITUEUX|dose||diplomatico reserva|not held
-APERITIFS|dose||martini extra dry|Martini Extra Dry is not held (Bianco and Rosso)
-APERITIFS|vre||kir cassis|mixed drink
-BIERES|demi||panache pression|mixed drink
-BIERES|b33||1664 blanche|1664 Blanche is not held (only the Blonde)
-SANS ALCOOL|||eau en carafe|free tap water
-SANS ALCOOL|b25||limonade|generic
"""
