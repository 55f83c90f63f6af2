"""salle: the waiters' handheld. key|measure|yy|text|note (key '-X' for a none).
The till prints the button text as typed (mixed case, glued initials), the vintage as 'yy',
the measure word, then the price with a decimal comma."""
CASES = """
tempier_rs||22|DomTempier Rosé|
tempier_rs|g|23|DomTempier Rosé|
tourtine||18|DomTempier Tourtine|
pradeaux_rg||17|ChPradeaux Rouge|
pradeaux_rs|g|23|ChPradeaux Rosé|
terrebrune_rs||23|DTerrebrune Rosé|
terrebrune_bl|g|22|DTerrebrune Blanc|
terrebrune_rg||18|DTerrebrune Rouge|
suffrene_rs|g|23|LaSuffrène Rosé|
suffrene_rg||20|LaSuffrène Rouge|
lauves||19|LaSuffrène LesLauves|
costes_rs||23|MlnDesCostes Rosé|
rouviere||17|ChRouvière|
irreductible||19|Bégude Irréductible|
prieure||23|StRoseline Prieuré|
meduse_bl|g|23|StRoseline LampeMéduse Blanc|
meduse_rg||20|LampeMéduse Rouge|
marie_christine_bl||22|Aumérade MChristine Blanc|
stemarg_gr|p|23|SteMarguerite GdeRés|
leoube_rs||23|RoséDeLéoube|
leoube_rg||19|Léoube Rouge|
magali||24|Figuière Magali|
premiere_fig||23|Figuière Première|
diables||24|Diables RoséBonbon|
calisse|g|23|ChCalisse|
routas_rs|p|24|ChRoutas Rosé|
bagnol_bl|g|23|DBagnol Cassis|
crozes_graillot||21|Graillot Crozes|
vieille_julienne||19|VieilleJulienne Cdp|
daumas||20|DaumasGassac|
moet_rose|||Moët RoséImpérial|
clicquot|c||VClicquot|
lp_cuvee|||LPerrier LaCuvée|
deutz|c||Deutz BrutClassic|
ruinart_bdb|||Ruinart BdB|
ricard|d||Ricard|
bardouin|d||HBardouin|
lillet_bl|g||Lillet Blanc|
chivas12|d||Chivas 12|
lagavulin16|d||Lagavulin 16|
nikka_barrel|d||NikkaFromBarrel|
diplomatico|d||Diplomatico|
hennessy_vs|d||Hennessy VS|
k1664blanc|pt||1664Blanc|
heineken|s25||Heineken|
grim_ambree|s33||Grimbergen Ambrée|
leffe_ruby|s25||Leffe Ruby|
coca_zero|s33||CocaZéro|
schweppes|s25||Schweppes Tonic|
pellegrino|s100||SPellegrino|
tempier_rs||21|DomTempier Rosé|
tempier_rg||21|DomTempier Rouge|
pradeaux_rg||18|ChPradeaux Rouge|
terrebrune_bl||21|DTerrebrune Blanc|
suffrene_rs||22|LaSuffrène Rosé|
lauves||20|LaSuffrène LesLauves|
costes_rg||21|MlnDesCostes Rouge|
meduse_rs||24|LampeMéduse Rosé|
meduse_rs|g|24|LampeMéduse Rosé|
leoube_rs||22|RoséDeLéoube|
stemarg_gr||24|SteMarguerite GdeRés|
petale||24|PétaleRose|
magdeleine_bl||21|ClosSteMagdeleine Blanc|
guigal_cdr||19|Guigal Cdr|
bollinger_gda||13|Bollinger GdeAnnée|
daumas||21|DaumasGassac|
gigondas_bouissiere||21|Bouïssière Gigondas|
magali||23|Figuière Magali|
-X|m|23|DomTempier Rosé|no magnum of Tempier rosé held
-X|h|19|DomTempier Rouge|no half of Tempier rouge held
-X||23|ChPradeaux Blanc|Pradeaux's white is not held
-X||23|StRoseline Rosé|two rosé cuvées of Sainte Roseline held
-X||23|Figuière Rosé|two rosé cuvées of Figuière held
-X||23|Léoube Rosé|two rosés of Léoube held (Rosé de Léoube, Secret de Léoube)
-X||22|Figuière Confidentielle|another cuvée of Figuière
-X||23|Bandol Rosé|appellation alone, several held
-X|g||Rosé Maison|house wine, generic
-X|p||Rouge Maison|house wine, generic
-X||23|Berne Inspiration|not held
-X||23|Ott ByOtt|not held
-X||22|Aumérade MChristine Rouge|Marie-Christine red not held
-X||23|Galoupet Blanc|Galoupet white not held
-X|m||Moët RoséImpérial|no magnum of Moët rosé held
-W|||Moët IceImpérial|not held
-X|c||Champagne Maison|generic
-W|||VClicquot Rosé|Clicquot rosé not held
-W|||Ruinart Rosé|Ruinart rosé not held
-X||12|Bollinger GdeAnnée Rosé|Grande Année Rosé not held
-X|d||Jameson|not held
-X|d||Rhum Arrangé Maison|house infusion
-X|d||Limoncello Maison|house limoncello, not the Villa Massa held
-X|d||Get31|Get 31 not held (27 is)
-X|pt||Grimbergen Ambrée|Grimbergen Ambrée held in bottle only
-X|dm||Pietra|Pietra held in bottle only
-X|s33||1664Blanc|1664 Blanc held in 25 cl and on draught, not 33 cl
-X|s50||Badoit|Badoit held in 100 cl only
-X|||Diabolo Menthe|mixed soft
-X|||Café Gourmand|coffee and desserts
-X|||Chocolat Chaud|hot drink
-X|||Croque Monsieur|food
-X|||Supplément Sirop|supplement
-X|||Pan Bagnat|food
-X|||Droit Bouchon|corkage
"""
