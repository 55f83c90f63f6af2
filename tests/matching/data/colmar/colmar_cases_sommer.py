"""sommer: the terrace terminal of the tourist season (key|measure|vintage|text), or
'-|measure|vintage|text|section|reason' for what is no drink of the library."""

CASES = """
eb_ries|P10|2022|riesling beyer
eb_pg|B|2021|pinot gris beyer
eb_pb|P10|2022|pinot blanc beyer
eb_crem|P125||cremant brut beyer
eb_pfer|B|2019|riesling grand cru pfersigberg beyer
gi_pfer|P10|2018|gewurz pfersigberg gingl
ls_ries|B|2022|riesling louis sipp
ls_gew|B|2020|gewurztraminer louis sipp
ls_gewvt|B50|2015|gewurz vt louis sipp
js_kirch|P10|2017|riesling kirchberg j.sipp
cr_edel|P25||edelzwicker ribeauville
cr_crem|P125||cremant giersberger
cr_pn|B|2022|pinot noir ribeauville
ma_ros|B|2018|riesling rosacker mader
ch_ros|P10|2019|rosacker cave de hunawihr
jb_froehn|P10|2018|gewurz froehn becker
jb_pn|P25|2021|pinot noir becker
di_sorc|B|2020|gewurz sorcieres dopff
di_crem|P125||cremant dopff & irion
di_schoen|P10|2017|schoenenbourg dopff
jc_hats|P10|2019|riesling hatschbourg
jc_pn|B|2020|pinot noir cattin
jc_crem|B||cremant brut cattin
jc_cremrs|B||cremant rose cattin
ps_pg|B|2021|pinot gris reserve sparr
ps_sylv|B|2022|sylvaner sparr
ps_mamb|P10|2017|gewurz mambourg sparr
mz_kaef|P10|2018|riesling kaefferkopf schaetzel
fe_ries|P10|2021|riesling engel
fe_musc|B|2022|muscat engel
fe_edel|P25||edelzwicker engel
pf_eng|P10|2018|engelberg pfister
he_kir|P2||kirsch hepp
me_kir10|P2||kirsch 10 ans meyer
ho_framb|P4||framboise holl
he_mir15|P4||mirabelle 15 ans hepp
wo_marc|P2||marc de gewurz wolfberger
kro|D50||kronenbourg 1664
blanc|D25||1664 blanc
met|D25||meteor pils
met|B||meteor pils
licb|B||licorne black
coca|B||coca-cola
tonic|B||schweppes tonic
watt|B100||wattwiller
martini|P4||martini bianco
lillet|B||lillet blanc
eb_ries|B|2021|riesling beyer
eb_ries|B37|2020|riesling beyer
ls_ries|B37|2022|riesling louis sipp
ls_gewvt|B50|2018|gewurz vt louis sipp
ma_ros|P10|2021|riesling rosacker mader
di_mur|B|2018|riesling murailles dopff
jc_pn|B|2023|pinot noir cattin
ps_mamb|B|2020|gewurz mambourg sparr
gi_pfer|B|2017|gewurz pfersigberg gingl
jc_gewhats|B|2021|gewurz hatschbourg cattin
mz_pgkaef|B|2018|pinot gris kaefferkopf
fe_gew|B|2019|gewurztraminer engel
eb_pfer|B150|2015|riesling pfersigb. beyer
cr_oster|B|2018|osterberg ribeauville
-|||tarte flambee gratinee|F|food
-|||choucroute 7 viandes|F|food
-|||munster roti|F|food
-|||espresso|X|coffee
-|||cafe glace|X|coffee
-|||supplement glacons|X|a service
-|P125||kir royal|A|mixed drink
-|P125||spritz cremant|A|mixed drink
-|D25||panache|B|mixed drink
-|D50||picon biere|B|mixed drink (Picon and beer)
-|P10||vin blanc du jour|W|generic
-|P10||riesling|W|a grape alone: a dozen rieslings held
-|P10||gewurztraminer|W|a grape alone: several gewurztraminers held
-|P10||pinot noir|W|a grape alone: four pinots noirs held
-|B|2018|riesling eichberg|W|Eichberg from Émile Beyer and Ginglinger
-|B||riesling osterberg|W|Osterberg riesling from Louis Sipp and the Cave de Ribeauvillé
-|B||gewurz vt|L|two gewurztraminer VT held (Louis Sipp, Engel)
-|B||pinot gris vt engel|L|Engel's VT held is the gewurztraminer
-|B||riesling vt beyer|L|no VT of Émile Beyer held
-|B||gewurz beyer|W|Émile Beyer's gewurztraminer is not held
-|B||riesling schlossberg mader|W|not held
-|B||muscat sparr|W|not held
-|B||riesling froehn becker|W|Becker's Froehn held are the gewurztraminer and the muscat
cr_crem|B150||cremant giersberger
fe_edel|B37||edelzwicker engel
-|P4||kirsch|E|kirsch from Meyer (plain and 10 ans) and Hepp
-|P4||mirabelle 5 ans meyer|E|Meyer's mirabelle held without age only
-|P4||kirsch 20 ans hepp|E|not held
-|P4||eau de vie de coing holl|E|not held
-|P4||framboise|E|framboise from Hepp and Holl
lic|D50||licorne original
kro|B33||kronenbourg 1664
-|B||ice tea|S|not held
coca|B50||coca-cola
-|B||limonade|S|generic
-|B||sylvaner|W|two sylvaners held
"""
