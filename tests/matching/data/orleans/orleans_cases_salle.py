"""Waiters' tablet in the dining room (salle): buttons typed by the staff, glued words,
mixed case. Same line format as orleans_cases_bar.py."""
CASES = """
orcl_r||2020|OrléansCléry StFiacre
orcl_r|gl12||OrléansCléry
orl_rs||2023|OrléansRosé StFiacre
chev_b|gl12|2023|ChevernyBlc Salvard
chev_r|gl12||ChevernyRge Salvard
cour|half|2020|CourCheverny Cazin
tour_gam|gl12||Gamay Marionnet
sanc_b|gl12|2022|SancerreBaronnesBlc
sanc_r||2020|SancerreBaronnesRge
sanc_r|gl12||SancerreBaronnesRge
sanc_b|half||SancerreBaronnesBlc
sanc_v|gl12|2021|Sancerre Vacheron
pouilly||2021|PouillyFumé Ladoucette
pouilly|mag||PouillyFumé Ladoucette
menetou|gl12||MenetouSalon Pellé
reuilly_b||2022|Reuilly PierresPlates
reuilly_rs|gl12||ReuillyRosé Jamain
chinon||2020|Chinon Joguet
vouvray|gl12||VouvrayHautLieu
chasse||2018|ChasseSpleen
chasse||2016|ChasseSpleen
fombrauge||2017|Fombrauge StEmilion
chantegrive||2019|Chantegrive rouge
cadet|half|2020|MoutonCadet
jadot_pn||2021|Bourgogne Jadot
chablis||2021|Chablis Laroche
macon|gl12||MâconVillages Drouhin
guigal_r||2020|CdRhône Guigal rge
guigal_r|half|2020|CdRhône Guigal rge
mminuty||2023|MdeMinuty
mminuty|mag|2023|MdeMinuty
aqueria|gl12||Tavel Aqueria
bib_r|p25||CuvéeRelais rouge
bib_b|p50||CuvéeRelais blanc
bib_rs|p50||CuvéeRelais rosé
moet_h|half||Moët BrutImpérial
moet_rs|||Moët RoséImpérial
feuill|cp||Feuillatte
langlois_rs|||CrémantLoire rosé
bouvet||2020|Bouvet Saphir
porto|gl||PortoRuby
kro_f|pinte||Kro pression
grim_f|pinte||Grimbergen pression
chouffe|||Chouffe
kro_sa|||Kro0.0
evian_1|||Evian 1L
evian_50|||Evian 50cl
pago_o|||JusOrange Pago
schweppes|||SchweppesTonic
coca_z|||CocaZéro
orcl_r||2019|OrléansCléry StFiacre
chev_r||2022|ChevernyRge Salvard
sanc_b||2020|SancerreBaronnesBlc
sanc_v||2022|Sancerre Vacheron
pouilly||2018|PouillyFumé Ladoucette
quincy||2020|Quincy Mardon
fombrauge||2018|Fombrauge StEmilion
chantegrive||2020|Chantegrive rouge
chablis||2023|Chablis Laroche
jadot_pn||2022|Bourgogne Jadot
guigal_r||2018|CdRhône Guigal rge
cdp||2020|Châteauneuf Solitude
fleurie||2023|Fleurie Duboeuf
bouvet||2021|Bouvet Saphir
-cuisine|||Menu Enfant|food
-cuisine|||Entrecôte frites|food
-cuisine|||Tarte Tatin|food
-cuisine|||Café gourmand|dessert
-cafe|||Déca|hot drink, not held
-cafe|||Infusion verveine|hot drink, not held
-service|||Carafe d'eau|free tap water
-cuisine|||Assiette fromages|food
-rouge|gl12||Vin rouge|generic glass
-rosé|p50||Rosé pichet|generic pichet
mminuty|half|2023|MdeMinuty
chinon|mag|2020|Chinon Joguet
-rouge||2019|Chinon Joguet ClosChêne|Joguet's other cuvée, not held
-blanc||2021|Menetou Pellé Ratier|Pellé's other cuvée, not held
-blanc||2022|Chablis Drouhin|Drouhin's Chablis not held
-blanc||2021|Bourgogne Jadot blc|other colour (white), not held
-rouge||2022|Touraine Côt|no Côt held
-rosé|||Sancerre rosé|no Sancerre rosé held
-bulles|cp||Ruinart|not held
-bulles|||Moët Ice|Moët's other cuvée, not held
-bulles|||Taittinger Comtes|Taittinger's other cuvée, not held
-spiritueux|dose||Diplomatico Mantuano|Diplomático's other grade, not held
-spiritueux|dose||RémyXO|Rémy XO not held
-spiritueux|dose||Poire Belle-Hélène|a dessert
-bière|pinte||Pression|generic draught
-bière|||Chouffe 75cl|format not held
-soft|||Orangina 1L|format not held
-soft|||Perrier 1L|format not held
-soft|||Jus Pomme|not held
-soft|||Limonade artisanale|not held
-autre|gl||Kir pétillant|a mix
-autre|||Apéritif maison|generic
"""
