"""comptoir: the bar counter register. key|measure|yy|text|note (key '-FAM' for a none).
The till adds the family prefix and '*', the measure, '20yy', then cuts at 22 columns."""
CASES = """
tempier_rs||23|TEMPIER|
tempier_rs||21|TEMPIER|2021 not held
tempier_rs|g|23|TEMPIER|
tempier_rg||20|TEMPIER|
tempier_rg||19|DOM TEMPIER|
tempier_rg||17|TEMPIER CL|2017 not held
tourtine||18|TOURTINE|
tourtine||16|TOURTINE|2016 not held
pradeaux_rg||16|PRADEAUX|
pradeaux_rg|m|17|PRADEAUX|
pradeaux_rg||15|CH PRADEAUX|2015 not held
terrebrune_rs||23|TERREBRUNE|
terrebrune_rs|h|23|TERREBRUNE|
terrebrune_bl||22|TERREBRUNE|
terrebrune_rg||19|TERREBRUNE|2019 not held
terrebrune_rg||18|DOM TERREBRUNE|cut
suffrene_rs||24|SUFFRENE|
suffrene_rs|p|24|SUFFRENE|
suffrene_rg||21|LA SUFFRENE|2021 not held
lauves||19|SUFFRENE LAUVES|
steanne_rg||19|CH STE ANNE BANDOL|cut
costes_rg||20|MOULIN COSTES|
costes_rg||19|MOULIN DES COSTES|cut
costes_rs|m|23|MLN COSTES|
rouviere||17|CH ROUVIERE BUNAN|
begude_rs|g|23|BEGUDE|
irreductible||19|IRREDUCTIBLE BEGUDE|cut
prieure|m|23|PRIEURE ROSELINE|cut
prieure|g|23|PRIEURE|
meduse_rs||23|LAMPE MEDUSE|
meduse_rs||21|LAMPE MEDUSE|2021 not held
meduse_rs|g|22|MEDUSE|
meduse_bl||23|LAMPE MEDUSE|
marie_christine_rs||23|AUMERADE MC|
stemarg_gr||23|STE MARGUERITE GR|cut
stemarg_gr||22|STE MARG GDE RES|
galoupet||23|GALOUPET|
galoupet||21|GALOUPET|2021 not held
leoube_rs||24|ROSE DE LEOUBE|
leoube_rs|p|23|LEOUBE|
petale|m|23|PETALE DE ROSE|
petale||21|PETALE ROSE|2021 not held
petale|g|23|PETALE|
sesterce||19|SESTERCE DEFFENDS|cut
magdeleine_bl||22|CLOS STE MAGD|
magdeleine_bl|h|23|STE MAGDELEINE|cut
albizzi||21|ALBIZZI|2021 not held
daumas||18|DAUMAS GASSAC|2018 not held
gigondas_bouissiere||20|GIGONDAS BOUISSIERE|cut
moet_imp|||MOET BRUT IMPERIAL|
moet_imp|h||MOET IMPERIAL|
clicquot|m||VEUVE CLICQUOT|
lp_rose|||LAURENT PERRIER ROSE|cut
bollinger_gda||15|BOLLINGER GDE ANNEE|cut
ricard|d||RICARD|
p51|d||51|
get27|d||GET 27|
label5|d||LABEL 5|
havana7|d||HAVANA 7|
k1664|dm||1664|
k1664blanc|dm||1664 BLANC|
grim_bl|pt||GRIMBERGEN|
pietra|s33||PIETRA|
coca|s33||COCA|
havana3|d||HAVANA 3|
-BLC||23|TEMPIER|Tempier's white is not held
-RSE|m|23|TEMPIER|no magnum of Tempier rosé held
-BLC||23|CH PRADEAUX|Pradeaux's white is not held
-RSE|m|23|TERREBRUNE|no magnum of Terrebrune rosé held
-RSE||23|BANDOL|appellation alone, several Bandol rosés held
-RGE|p||BANDOL|appellation alone by the pichet, several Bandol reds held
-RSE|p||MAISON|house rosé, generic
-RGE|g||DU MOMENT|generic red of the moment
-BLC|g||CASSIS|appellation alone, three Cassis whites held
-RSE||23|STE ROSELINE|two rosé cuvées of Sainte Roseline held, label does not tell them apart
-RSE||23|FIGUIERE|two rosés of Figuière held (Magali, Première)
-BLC||23|LEOUBE|Léoube's white is not held
-RSE||23|MIRAVAL|not held
-RSE||23|MINUTY M|not held
-RSE||23|WHISPERING ANGEL|not held (cut)
-RGE||21|GUIGAL CROZES|Guigal's Crozes is not held (Graillot's is)
-BUL|||DOM PERIGNON|not held
-BUL|m||LAURENT PERRIER|no magnum of Laurent-Perrier held
-BUL|c||CHAMPAGNE|generic coupe of champagne
-APE|d||PASTIS|pastis alone, several held
-APE|d||PERNOD|not held
-APE|||KIR|mixed drink
-APE|d||MAURESQUE|mixed drink
-ALC|d||WHISKY|generic
-ALC|d||CHIVAS 18|Chivas 18 not held (12 is)
-ALC|d||LAGAVULIN 8|Lagavulin 8 not held (16 is)
-ALC|d||HAVANA ESPECIAL|Havana Club Especial not held
-PRS|dm||LEFFE|no Leffe on draught
-PRS|pt||PICON BIERE|mixed drink
-PRS|dm||PANACHE|mixed drink
-BIB|s33||HEINEKEN|Heineken held in 25 cl and on draught, not 33 cl
-BIB|s33||CORONA|not held
-SFT|s33||COCA CHERRY|not held
-SFT|||SIROP MENTHE|syrup
-SFT|s100||PERRIER|Perrier held in 33 cl only
-CAF|||CAFE|coffee
-CAF|||CAFE CREME|coffee
-CAF|||THE MENTHE|hot drink
-CUI|||MOULES FRITES|food
-CUI|||PANISSE|food
-DIV|||BOUCHON|corkage
-CUI|||PLANCHE MIXTE|food
-DIV|||GLACONS|ice
"""
