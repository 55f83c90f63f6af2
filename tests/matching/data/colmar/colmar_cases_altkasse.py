"""altkasse: the counter's old till, as keyed by the previous owner (key|measure|vintage|text),
or '-|measure|vintage|text|section|reason' for what is no drink of the library."""

CASES = """
eb_ries|B|2022|RIESL.E.BEYER
eb_pfer|B|2019|RIESL.PFERSIG
eb_pfer|B150|2017|PFERSIG.BEYER
gi_pfer|B|2018|GEWURZT.PFERSIGBERG
eb_pg|P10|2021|TOKAY E.BEYER
eb_pb|B|2022|KLEVNER BEYER
eb_crem|B||CREM.E.BEYER
gi_ries|B|2021|RIESL.GINGL.
gi_pfer|P10|2020|GEWURZT.PFERS
gi_eich|B|2017|EICHB.GINGL.
ls_ries|B37|2021|RIESL.L.SIPP
ls_ries|P25|2022|RIESL.L.SIPP
ls_gewvt|B50|2017|GEW.VT L.SIPP
js_kirch|B|2017|KIRCHB.J.SIPP
js_pg|B|2021|TOKAY J.SIPP
cr_edel|P50||EDELZW.RIBEAUV.
fe_edel|P25||EDELZW.ENGEL
cr_crem|B37||CREM.RIBEAUV.
ma_ros|B150|2018|ROSACK.MADER
ch_ros|B|2019|ROSACK.HUNAW.
jb_froehn|B|2018|GEWURZ.FROEHN
jb_musc|P10|2019|MUSK.FROEHN
di_mur|B|2019|MURAILL.DOPFF
di_sorc|P10|2020|SORCIER.DOPFF
di_maq|B|2021|MUSK.MAQUISARDS DOPFF
di_crem|B||CREM.DOPFF-IRION
jc_hats|B|2019|RIESL.HATSCHB
jc_pn|B37|2022|PN ROT CATTIN
jc_crem|B150||CREM.CATTIN
jc_cremrs|B||CREM.ROSE CATTIN
ps_mamb|B|2018|GEW.MAMBOURG
ps_sylv|P25|2022|SYLV.SPARR
ps_pgvt|B50|2016|TOKAY V.T. PIERRE SPARR
mz_kaef|B|2018|RIESL.KAEFFK.
fe_gew|B37|2021|GEWURZT.ENGEL
fe_sylv|P10|2022|SYLV.ENGEL
pf_eng|B|2018|RIESL.ENGELB.
me_kir|P2||KIRSCH MEYER
me_kir10|P4||KIRSCH MEYER 10J
he_mir15|P2||MIRAB.HEPP 15J
ho_marc|P2||MARC GEWURZT.HOLL
kro|D25||KRONENB.1664
blanc|D50||1664 BLANC
met|B||METEOR PILS
licb|B||LICORNE BLACK
picon|P4||PICON
eb_ries|B|2021|RIESL.E.BEYER
eb_pfer|B|2018|RIESL.PFERSIG
gi_pfer|B|2019|GEWURZT.PFERS
ls_gewvt|B50|2016|GEW.VT L.SIPP
js_kirch|B|2015|KIRCHB.J.SIPP
ma_ros|B|2021|ROSACK.MADER
di_mur|B|2020|MURAILL.DOPFF
jc_pn|B|2021|PN ROT CATTIN
ps_mamb|B|2016|GEW.MAMBOURG
fe_gewvt|B|2018|GEW.VT ENGEL
pf_eng|B|2020|RIESL.ENGELB.
gi_ries|P10|2022|RIESL.GINGL.
jb_froehn|B|2017|GEWURZ.FROEHN
mz_pgkaef|B|2020|TOKAY KAEFFK.
-|||SURKRUT GARNIERT|F|food
-|||FLAMMEKUECHE NATUR|F|food
-|||ESPRESSO|X|coffee
-|||PFAND KRUG|X|jug deposit, a service
-|P25||HAUSWEIN WEISS|W|generic house white
-|P10||RIESL.|W|a grape alone: a dozen rieslings held
-|P10||GEWURZT.|W|a grape alone: several gewurztraminers held
-|B|2018|RIESL.OSTERBG|W|Osterberg riesling from Louis Sipp and the Cave de Ribeauvillé
-|B|2018|OSTERB.L.SIPP|W|Louis Sipp holds two Osterbergs (riesling, pinot gris)
-|B|2019|RIESL.ROSACK.|W|Rosacker from Mader and the Cave de Hunawihr
-|B||GEWURZT.E.BEYER|W|Émile Beyer's gewurztraminer is not held
-|B||RIESL.PFERS.GINGL.|W|Ginglinger's Pfersigberg held is the gewurztraminer
-|B|2017|GEW.VT BEYER|L|no VT of Émile Beyer held
-|B||RIESL.VT L.SIPP|L|Louis Sipp's VT held is the gewurztraminer
-|B||TOKAY VT ENGEL|L|Engel's VT held is the gewurztraminer
-|B||GEWURZT.VT|L|two gewurztraminer VT held (Louis Sipp, Engel)
di_mur|B150|2019|MURAILL.DOPFF
jc_crem|B37||CREM.CATTIN
-|P4||KIRSCH|E|kirsch from Meyer (plain and 10 ans) and Hepp
-|P4||KIRSCH MEYER 20J|E|Meyer's kirsch held plain and 10 ans, no 20 ans
-|P4||MIRAB.HEPP|E|Hepp's mirabelle held only as 5 ans and 15 ans
-|P2||MIRAB.HEPP 10J|E|no 10 ans mirabelle of Hepp
-|P4||FRAMB.|E|framboise from Hepp and Holl
-|P2||SCHNAPS HAUS|E|generic house schnaps
-|P4||MARC GEWURZT.|E|marc de gewurztraminer from Holl and Wolfberger
-|P2||ZWETSCHGE HEPP|E|Hepp's quetsch is not held (Holl's is)
-|D50||PICON BIER|B|mixed drink (Picon and beer)
-|D25||PANASCHE|B|mixed drink
lic|D25||LICORNE
-|B||LICORNE|B|two Licorne held (Original, Black)
-|B||APFELSCHORLE|S|mixed drink
-|P12||KIR ALSACIEN|A|mixed drink (crémant and cassis)
-|P10||PN ROT|W|four pinots noirs held
-|B||SYLV.|W|two sylvaners held
-|B||PN ROSE CATTIN|C|Cattin's rosé held is the crémant
-|B||RIESL.SCHLOSSB.EB|W|Émile Beyer's Schlossberg is not held (Sparr's is)
"""
