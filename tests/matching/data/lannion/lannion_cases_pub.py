"""pub: the touch till of the pub side. key|measure|vintage|text as the owner set it up."""
CASES = """
coreff_amb|demi||coreff amb
coreff_amb|pinte||coreff ambree
coreff_amb|b33||coreff amb
coreff_blonde|demi||coreff blonde
philo_blonde|pinte||philo blonde
philo_blonde|b33||philomenn blonde
blanche_hermine|pinte||hermine blanche
guinness|pinte||guinness
guinness|demi||guiness
tri_martolod|b33||trimartolod
philo_tourbee|b33||philo tourbee
armorik_classic|dose||armorik classic
armorik_dm|dose||armorik dble mat
armorik_classic|btl||armorik classic
eddu_grey|d2||eddu grey rock
kornog_roch|dose||kornog roc'h hir
lambig8|d2||lambig 8ans
lambig8|btl||lambig 8ans
lagavulin16|dose||lagavulin 16
talisker10|dose||talisker 10
laphroaig10|d2||laphroaig 10
glenfiddich12|dose||glenfiddich 12
glenfiddich15|dose||glenfiddich 15
diplomatico|dose||diplomatico
havana3|dose||havana 3
havana7|dose||havana 7ans
clement_vsop|dose||clement vsop
hendricks|dose||hendricks
ricard|d2||ricard
martini_b|dose||martini bco
schweppes|b25||schweppes
orangina|btl||orangina
pepie|vre|2023|pepie
pepie|v12|2022|muscadet pepie
gros_plant|v12||gros plant
guigal_cdr_r|vre|2021|cdr guigal rge
beaucastel|btl|2019|beaucastel
vcp_brut|coupe||veuve clicquot
grande_dame|btl|2015|grande dame
m_minuty|vre||m minuty
guigal_cdr_r|vre|2019|cdr guigal rouge
m_minuty|vre|2024|m minuty
whispering|vre|2022|whispering angel
briords|btl|2021|briords
baudry_granges|vre|2020|chinon granges
lanessan|btl|2019|lanessan
echo_lynch|btl|2019|echo lynch bages
baronnes_b|vre|2024|sancerre baronnes blc
saphir|coupe|2022|saphir
ladoucette|vre|2020|pouilly fume
delas_launes|vre|2022|crozes delas
thieuley|vre|2022|thieuley
haut_butte|vre|2019|bourgueil butte
joguet_terroir|vre|2021|chinon joguet
silex_aub|vre|2023|vouvray silex
pierre_lune|btl|2023|pierre de lune
gros_plant|p50|2022|gros plant
ragotiere|v12|2024|ragotiere
-mixed beer|demi||panache
-mixed beer|pinte||monaco
-mixed beer|demi||picon biere
-generic|pinte||biere du moment
-generic, two blondes on draught|demi||blonde
-generic|pinte||ipa
-beer not held|b33||leffe
-beer not held|b33||coreff rousse
-brand with two beers on draught|demi||coreff
guinness|b33||guinness
hini_du|pinte||hini du
-generic|dose||whisky
-brand with two whiskies|dose||armorik
-finish not held|dose||armorik sherry
-bottling not held|dose||eddu gold
-age not held|dose||lagavulin 8
-bottling not held|dose||talisker storm
-bottling not held|dose||laphroaig quarter cask
-age not held|dose||glenfiddich 18
-brand with two rums|dose||havana
-bottling not held|dose||havana especial
-bottling not held|dose||diplomatico mantuano
-grade not held|dose||clement xo
-cocktail|-||gin tonic
-cocktail|-||spritz aperol
-cocktail|-||irish coffee
-liqueur not held|d2||get 27
-coffee|-||cafe
-food|-||planche charcuterie
-deposit|-||consigne ecocup
-service|-||location flechettes
-water|-||carafe d'eau
-mixed soft|vre||diabolo
guigal_cdr_b|mag|2022|cdr guigal blc
m_minuty|half|2023|minuty m
"""
