"""service: the staff tablet in the Stube (key|measure|vintage|text), or
'-|measure|vintage|text|section|reason' for what is no drink of the library."""

CASES = """
eb_ries|B|2020|Riesling Tradition, Émile Beyer
eb_pfer|B|2017|Riesling Pfersigberg, Émile Beyer
eb_pfer|P10|2019|Riesling GC Pfersigberg, É. Beyer
eb_eich|B|2018|Riesling Eichberg, Émile Beyer
eb_pg|B|2021|Pinot Gris, Émile Beyer
eb_crem|P125||Crémant Émile Beyer
gi_pfer|B|2015|Gewurztraminer Pfersigberg, Ginglinger
gi_ries|B||Riesling, Ginglinger
ls_oster|B|2016|Riesling Osterberg, Louis Sipp
ls_pgoster|B|2019|Pinot Gris Osterberg, Louis Sipp
ls_gewvt|P10||Gewurz VT, Louis Sipp
ls_ries|B||Riesling, Louis Sipp
js_pg|P10|2021|Pinot Gris, Jean Sipp
cr_oster|B|2019|Riesling Osterberg, Cave de Ribeauvillé
cr_crem|B||Crémant Giersberger
cr_pn|P25|2022|Pinot Noir, Cave de Ribeauvillé
cr_edel|B||Edelzwicker, Cave de Ribeauvillé
ma_ros|B|2020|Riesling Rosacker, Mader
ma_pb|P10|2022|Pinot Blanc, Mader
ma_gew|B|2021|Gewurztraminer, Mader
jb_musc|B|2019|Muscat Froehn, Becker
di_mur|B|2016|Riesling Les Murailles, Dopff & Irion
di_schoen|B|2017|Riesling Schoenenbourg, Dopff & Irion
di_maq|P10|2021|Muscat Les Maquisards, Dopff & Irion
jc_gewhats|B|2020|Gewurztraminer Hatschbourg, Cattin
jc_crem|P125||Crémant Brut, Joseph Cattin
jc_cremrs|P125||Crémant Rosé, Cattin
ps_schloss|B|2019|Riesling Schlossberg, Pierre Sparr
ps_pg|P10|2021|Pinot Gris Réserve, Sparr
ps_pgvt|P10|2016|Pinot Gris VT, Pierre Sparr
mz_pgkaef|B|2019|Pinot Gris Kaefferkopf, Schaetzel
fe_gew|P10|2020|Gewurztraminer, Fernand Engel
fe_gewvt|B|2017|Gewurztraminer VT, Fernand Engel
fe_pn|B|2021|Pinot Noir, Fernand Engel
fe_edel|P50||Edelzwicker, Fernand Engel
me_mir|P4||Mirabelle, Meyer
me_poire|P2||Poire Williams, Meyer
he_kir|P4||Kirsch, Hepp
he_framb|P4||Framboise sauvage, Hepp
he_mir5|P2||Mirabelle 5 ans, Hepp
wo_mir|P4||Mirabelle Vieille Réserve, Wolfberger
ho_quet|P4||Quetsch, Gilbert Holl
met|D50||Météor Pils
kro|D25||Kronenbourg 1664
dor|B||Doreleï, Fischer
lillet|P125||Lillet Blanc
lisb|B||Lisbeth pétillante
pomme|B||Jus de pomme d'Alsace
eb_eich|B|2019|Riesling Eichberg, Émile Beyer
gi_pfer|B|2016|Gewurztraminer Pfersigberg, Ginglinger
ls_oster|B|2017|Riesling Osterberg, Louis Sipp
ls_ries|P10|2023|Riesling, Louis Sipp
cr_oster|B|2020|Riesling Osterberg, Cave de Ribeauvillé
ma_ros|B|2019|Riesling Rosacker, Mader
di_mur|B|2022|Riesling Les Murailles, Dopff & Irion
jc_gewhats|B|2019|Gewurztraminer Hatschbourg, Cattin
jc_pn|B37|2020|Pinot Noir, Joseph Cattin
ps_mamb|B|2019|Gewurztraminer Mambourg, Pierre Sparr
fe_gew|B|2022|Gewurztraminer, Fernand Engel
eb_pfer|B150|2019|Riesling Pfersigberg, Émile Beyer
jb_pn|B|2022|Pinot Noir, Jean Becker
di_sorc|B|2018|Gewurztraminer Les Sorcières, Dopff & Irion
-|||Flammekueche gratinée|F|food
-|||Choucroute royale|F|food
-|||Baeckeoffe (sur commande)|F|food
-|||Café gourmand|X|coffee
-|||Droit de bouchon|X|corkage, a service
-|P125||Kir Crémant|A|mixed drink (crémant and cassis)
-|P125||Crémant du moment|C|generic
-|P25||Pinot Noir du moment|W|generic
-|P10||Riesling Grand Cru|W|several riesling grands crus held
-|B|2019|Riesling Rosacker|W|Rosacker from Mader and the Cave de Hunawihr
-|B|2018|Riesling Eichberg|W|Eichberg from Émile Beyer and Ginglinger
-|B||Riesling Pfersigberg, Ginglinger|W|Ginglinger's Pfersigberg held is the gewurztraminer
-|B||Gewurztraminer Eichberg, Émile Beyer|W|not held
-|B||Riesling Vendanges Tardives, Fernand Engel|L|Engel's VT held is the gewurztraminer
-|B||Gewurztraminer VT, Dopff & Irion|L|not held (their Sorcières is dry)
-|B||Pinot Gris, Mader|W|not held
-|B||Sylvaner, Jean Sipp|W|not held
-|B||Gewurztraminer, Jean Becker|W|Becker's gewurztraminer held is the grand cru Froehn only
-|B||Riesling, Pierre Sparr|W|Sparr's riesling held is the grand cru Schlossberg only
-|B||Riesling, Joseph Cattin|W|Cattin's riesling held is the grand cru Hatschbourg only
-|B||Crémant d'Alsace|C|five crémants held
di_crem|B37||Crémant Brut, Dopff & Irion
-|P4||Kirsch 10 ans, Hepp|E|Hepp's kirsch held only without age (the 10 ans is Meyer's)
-|P4||Kirsch 25 ans, Meyer|E|no 25 ans
-|P4||Mirabelle 10 ans, Hepp|E|Hepp holds 5 ans and 15 ans
-|P4||Poire Williams|E|two held (Meyer, Holl)
-|P4||Marc de Riesling, Gilbert Holl|E|not held
-|P2||Schnaps maison|E|generic
-|D50||Picon bière|B|mixed drink (Picon and beer)
licb|D25||Licorne Black
-|D50||Bière de Noël|B|not held
-|B||Coca-Cola Cherry|S|not held
-|B||Wattwiller gazeuse|S|only the still Wattwiller held
jc_cremrs|B150||Crémant Rosé, Joseph Cattin
-|B||Riesling Schlossberg, Dopff & Irion|W|not held
"""
