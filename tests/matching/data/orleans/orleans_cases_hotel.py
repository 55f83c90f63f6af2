"""Hotel PMS export (reception, room service, minibar): Title-case names joined by hyphens
after the article number. Same line format as orleans_cases_bar.py."""
CASES = """
orcl_r||2022|Orl Clery
chev_b||2022|Cheverny Bl
chev_r||2021|Cheverny Rg
tour_sb|q||Touraine Sauv
tour_gam||2022|Touraine Gamay
sanc_b||2022|Sanc Baronnes
sanc_b|gl||Sanc Baronnes
sanc_r||2020|Sanc Baronnes
sanc_r|gl||Sanc Baronnes
sanc_b|half|2022|Sanc Baronnes
pouilly||2021|Pouilly Fume
pouilly|gl||Pouilly Fume
pouilly|mag|2019|Pouilly Fume
reuilly_b||2022|Reuilly Pierres
chinon||2020|Chinon Joguet
champigny|gl||Saumur Champigny
chasse||2018|Chasse Spleen
siaurac||2018|Siaurac
cadet||2020|Mouton Cadet
cadet|half|2020|Mouton Cadet
chablis||2021|Chablis St Martin
mercurey||2019|Mercurey Framboisiere
guigal_r|half||Cdr Guigal
guigal_b||2022|Cdr Guigal
jalets|gl||Crozes Jalets
aqueria||2023|Tavel Aqueria
mminuty|mag|2023|M Minuty
bib_r|q||Vin Maison Relais
bib_b|q||Vin Maison Relais
moet|||Moet Brut
moet_h|half||Moet Brut
moet|cp||Moet Brut
taitt|cp||Taittinger Brut
langlois|||Cremant Loire
creme_cassis|dose||Creme Cassis
jd|dose||Jack Daniels
chivas|dose||Chivas
remy|dose||Remy Vsop
diplo|dose||Diplomatico
hav3|dose||Havana 3
clement|dose||Clement Vsop
poire|dose||Poire Williams
gmarnier|dose||Grand Marnier
magloire|dose||Calva Pere Magloire
k1664_f|demi||1664 Pression
leffe|||Leffe
pelforth|||Pelforth Brune
pago_a|||Pago Abricot
sirop_g|dose||Sirop Grenadine
orcl_r||2023|Orl Clery
chev_r||2020|Cheverny Rg
tour_gam||2021|Touraine Gamay
sanc_b||2019|Sanc Baronnes
sanc_r||2019|Sanc Baronnes
sanc_v||2020|Sanc Vacheron
menetou||2021|Menetou Salon
reuilly_b||2023|Reuilly Pierres
chasse||2017|Chasse Spleen
siaurac||2019|Siaurac
macon||2023|Macon Villages
aqueria||2022|Tavel Aqueria
mercurey||2020|Mercurey
greysac||2020|Greysac
-cuisine|||Petit Dejeuner|breakfast, food
-cuisine|||Club Sandwich|food
-cafe|||Cafe Allonge|hot drink, not held
-cafe|||The Earl Grey|hot drink, not held
-service|||Taxe Sejour|a tax
-service|||Parking|a service
-service|||Room Service|a service charge
-soft|||Minibar Divers|generic minibar line
-rouge|||Vin Rouge Bouteille|generic bottle of red
-blanc|gl||Vin Blanc|generic glass of white
cadet|mag|2020|Mouton Cadet
taitt|half||Taittinger Brut
greysac|half|2019|Greysac
-rouge||2019|St Nicolas Bourgueil|not held
-rosé||2023|Cheverny Rose|Salvard's rosé, not held
-blanc||2020|Quincy Tremblay|another producer's Quincy, not held
-blanc||2021|Sancerre|Sancerre blanc of two producers held, cannot tell
-rouge||2016|Chasse Spleen Oratoire|the second wine, not held
-rouge||2020|Jaboulet Parallele 45|Jaboulet's Côtes du Rhône, not held
-bulles|||Moet Nectar|Moët's other cuvée, not held
-bulles|||Bouvet Tresor|Bouvet's other cuvée, not held
-spiritueux|dose||Chivas 18|other age, not held
-spiritueux|dose||Remy Xo|other grade, not held
-spiritueux|dose||Glenfiddich|12 and 15 held, cannot tell
-spiritueux|dose||Havana Club Especial|other grade, not held
-bière|demi||Grimbergen Ambree|another Grimbergen, not held
-bière|||Kronenbourg 75|format not held
-soft|||Evian 33|format not held
-soft|||Coca Light|not held
-cuisine|||Minibar Chips|food
-service|||Pressing|laundry, a service
-rouge|p50||Pichet Rouge|generic pichet
-blanc||2022|Sancerre Reverdy|another producer's Sancerre, not held
"""
