"""terrasse: the summer tablet on the quay. key|measure|yy|text|note (key '-X' for a none).
The till prints lower case, the measure first, the words joined by dots and the vintage
glued as 'yy."""
CASES = """
tempier_rs|g|22|tempier rosé|
tempier_rg|g|20|tempier rouge|
pradeaux_rg|g|16|pradeaux rge|
terrebrune_rs|g|23|terrebrune rosé|
suffrene_bl|g|23|suffrène blanc|
steanne_rg|g|19|ste.anne rouge|
prieure|p|23|prieuré roseline|
meduse_bl||23|lampe.méduse blanc|
galoupet|g|23|galoupet cru.classé|
secret_leoube|g|22|secret.léoube|
premiere_fig|g|23|figuière première|
magali|p|24|figuière magali|
diables|g|24|rosé.bonbon|
calisse||23|calisse rosé|
routas_rs|g|24|routas rosé|
magdeleine_bl|g|23|ste.magdeleine blanc|
albizzi||22|albizzi cassis|
guigal_cdr|p|21|guigal cdr|
lascaux|g|21|lascaux carra|
moet_imp|m||moët impérial|
moet_rose|c||moët rosé|
lp_rose|c||laurent-perrier rosé|
deutz|||deutz brut|
ruinart_bdb|c||ruinart bdb|
ricard|d||ricard|
p51|d||pastis.51|
janot|d||janot|
gordons|d||gordon's|
trois_rivieres|d||trois.rivières blanc|
busnel|d||calva busnel|
limoncello|d||limoncello|
k1664|dm||kro 1664|
grim_bl|dm||grimbergen blonde|
heineken|pt||heineken|
chouffe|s33||chouffe|
coca|s33||coca-cola|
oasis|s33||oasis tropical|
evian|s100||evian|
pellegrino|s50||san.pellegrino|
tempier_rs|g|21|tempier rosé|
tempier_rg|g|18|tempier rouge|
tourtine||19|tourtine|
pradeaux_rg||15|pradeaux rouge|
pradeaux_rs||22|pradeaux rosé|
terrebrune_rs||24|terrebrune rosé|
suffrene_rs|g|25|suffrène rosé|
steanne_rg||20|ste.anne rouge|
costes_rs||24|moulin.costes rosé|
meduse_bl||22|lampe.méduse blanc|
marie_christine_rs||22|aumérade marie-christine rosé|
secret_leoube||23|secret.léoube|
routas_rs||22|routas rosé|
crozes_graillot||20|graillot crozes|
bollinger_gda||12|bollinger grande.année|
vieille_julienne||18|vieille.julienne cdp|
-X|g|23|tempier blanc|Tempier's white is not held
-X|h|23|pradeaux rosé|no half of Pradeaux rosé held
-X|m|23|ste.magdeleine blanc|no magnum of Clos Sainte Magdeleine held
-X|g||bandol rouge|appellation alone, several Bandol reds held
-X|g||rosé maison|house wine, generic
-X|p||blanc maison|house wine, generic
-X|g|23|roseline rosé|two rosé cuvées of Sainte Roseline held
-X|g|23|ste.marguerite rosé|two rosé cuvées of Sainte-Marguerite held
-X||23|léoube blanc|Léoube white not held
-X||23|whispering.angel|not held
-X||23|miraval rosé|not held
-X||22|minuty prestige|not held
-X||21|guigal gigondas|Guigal's Gigondas not held (La Bouïssière's is)
-X||21|beaucastel cdp|not held
-X|c||prosecco|not held
-X|c||crémant|generic, not held
-X|m||deutz brut|no magnum of Deutz held
-X|d||pastis|pastis alone, several held
-X|||whisky.coca|mixed drink
-X|||vodka.redbull|mixed drink
-X|d||lagavulin 12|Lagavulin 12 not held (16 is)
-X|d||havana 11|Havana Club 11 not held
-X|pt||desperados|Desperados held in bottle only
-X|dm||monaco|mixed drink
-X|s33||1664|1664 held on draught only
-X|s100||coca-cola|Coca-Cola held in 33 cl only
-X|||café allongé|coffee
-X|||noisette|coffee
-X|||glace 2 boules|food
-X|||pizza marguerite|food
-X|||jus.orange pressé|fresh juice, not held
-X|||eau.plate carafe|tap water
-X|||supplément.citron|supplement
"""
