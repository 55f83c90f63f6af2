"""What was keyed on the seafood stall's takeaway terminal (`etal`)."""
CASES = """
ecu_gra|B75|2022|muscadet granite ecu
ecu_ort|B75|2021|orthogneiss domaine de l ecu
lp_all|B75|2023|muscadet clos des allees luneau papin
lp_all|G12|2022|muscadet allees luneau
lp_all|B150|2021|clos des allees luneau
lp_gp|G12|2023|gros plant luneau papin
lp_gp|B75||gros plant sur lie luneau
chasse|B75|2023|chasseloir muscadet sl
chasse|G15|2022|ch de chasseloir
vach_b|B37.5|2022|sancerre vacheron blanc
vach_b|B75|2022|sancerre blanc vacheron
baron_b|B75|2023|les baronnes bourgeois
pierrelee|B75|2022|chablis pierrelee chablisienne
bs_chab|G12|2022|chablis billaud simon
felines|G12|2023|picpoul felines jourdan
felines|B75|2024|picpoul de pinet felines
beauvig|B75|2023|beauvignac picpoul
beauvig|G12||beauvignac
turcaud|G12|2022|entre deux mers turcaud
stemarie|B75||sainte marie vv entre deux mers
trimbach|B75|2021|riesling trimbach
minuty|B75|2023|m de minuty
bs_brut|G12||billecart brut reserve
bs_brut|B75||billecart salmon brut reserve
bs_rose|B75||billecart salmon rose
gos_rose|B75||gosset grand rose
gos_gr|B150||gosset grande reserve
pr_brut|B75||pol roger reserve
pr_vint|B75|2016|pol roger vintage
henriot|G12||henriot blanc de blancs
dr_cid_br|B75||cidre pays d auge brut drouin
dr_cid_dx|B75||drouin doux
bord_auth|B75||bordelet poire authentique
bord_gran|B75|2020|poire granit bordelet
bord_sidre|B75||bordelet sidre brut tendre
ecus_br|B33||ecusson brut
dr_pomm|B70||pommeau drouin
breuil_pomm|B70||pommeau chateau du breuil
dr_xo|B70||drouin xo calvados
br_15|B70||breuil 15 ans
br_vsop|D2||chateau du breuil vsop
coq_hda|B70||coquerel hors d age
dr_vsop|D2||drouin vsop
hein00|B33||heineken 0.0
chimay|B33||chimay bleue
evian|B100||evian
orangina|B25||orangina
ecu_gra|B75|2023|muscadet granite ecu
lp_all|B75|2020|clos des allees luneau papin
chasse|B75|2021|chasseloir muscadet sl
vach_b|B75|2021|sancerre blanc vacheron
baron_b|B75|2021|les baronnes bourgeois
pierrelee|B75|2023|chablis pierrelee chablisienne
felines|B75|2022|picpoul de pinet felines
turcaud|B75|2024|entre deux mers turcaud
ladouc|B75|2024|pouilly fume ladoucette
minuty|B75|2024|m de minuty
pr_vint|B75|2014|pol roger vintage
bord_gran|B75|2022|poire granit bordelet
bs_mdm|B75|2018|billaud simon mont de milieu
lp_all|B150|2022|clos des allees luneau
-|B75||W|muscadet sur lie|several Muscadets sur lie held
-|B75||W|muscadet clos des briords pepiere|producer not held
-|B75||W|gros plant bregeon|producer not held
-|B75||W|picpoul de pinet|two Picpouls held
-|B75||W|chablis|several Chablis held
-|B75||W|sancerre|several Sancerres held
-|B75||W|entre deux mers|two Entre-Deux-Mers held
-|B75||R|anjou rouge|appellation not held
-|B75||W|luneau papin l d or|another cuvée of a held producer
ecu_ort|B37.5||orthogneiss domaine de l ecu
felines|B150||picpoul felines jourdan
pr_brut|B37.5||pol roger reserve
gos_rose|B150||gosset grand rose
-|B75||C|champagne brut|generic champagne
-|B75||C|gosset|Gosset brut and rosé held
-|B75||C|billecart salmon|Billecart brut and rosé held
-|B75||C|pol roger blanc de blancs|cuvée not held
-|B75||N|cidre brut|generic cider
-|B75||N|drouin cidre|Drouin brut and doux held, label says neither
-|B75||N|bordelet poire|two Bordelet poirés held
-|B70||N|calvados vsop|VSOP of three houses held
-|B70||N|calvados drouin|three Drouin calvados held
-|B70||N|breuil 20 ans|age not held
-|B70|1985|N|drouin millesime|vintage calvados not held
-|B70||N|pommeau|two pommeaux held
dr_vsop|B35||drouin vsop
-|U:pce||X|coffret 3 calvados 5cl|gift box
-|U:dz||F|huitres speciales n3|food
-|U:kg||F|bulots|food
-|U:pce||F|tourteau|food
-|U:pce||X|sac isotherme|service
-|U:pce||X|consigne bouteille|deposit
hoegaarden|B33||hoegaarden
coca|B150||coca cola
-|B33||B|biere blonde|generic beer
-|B50||D|eau minerale|generic water
"""
