"""Journal: the dining room's daily journal export. key|measure|vintage|text[|reason].
'!' before the text: a voided line (qty -1, [ANNUL]); '>>' a modifier line."""
CASES = """
rkess|btl|2019|Dirler Riesling Kessler
rkess|gl15|2017|Dirler Riesling Kessler
rkess|btl|2021|Dirler Riesling GC Kessler
rsaer|btl|2016|Dirler Riesling Saering
dsylv|btl|2022|Dirler Sylvaner VV
bgold|btl|2017|Burn Gewurztraminer Goldert
bgold|btl|2016|Burn Gewurz. Clos St-Imer
bmusc|btl|2020|Burn Muscat Clos St-Imer
spfer|btl|2021|Sorg Riesling Pfersigberg
sflor|btl|2017|Sorg Riesling Florimont
svt|gl|2017|Sorg Gewurztraminer VT
svt|b50|2015|Sorg Gewurztraminer VT
-|btl|2017|Sorg Gewurztraminer Pfersigberg|Sorg's Gewurztraminer Pfersigberg not held
kgeis|btl|2016|Kientzler Riesling Geisberg
kgeis|mag|2016|Kientzler Riesling Geisberg
kgeis|half|2016|Kientzler Riesling Geisberg|no half of the Geisberg held
kost|btl|2018|Kientzler Riesl. Osterberg
-|btl|2022|Kientzler Pinot Blanc|Kientzler's Pinot Blanc not held
kubk|btl|2019|Kubler Pinot Noir K
kubk|car25|2020|Kubler Pinot Noir « K »
kubk|btl|2021|Kubler Pinot Noir K
kubzi|btl|2019|Kubler Riesling Zinnkoepflé
-|btl|2019|Kubler Gewurztraminer Zinnkoepflé|Kubler's Gewurztraminer not held (Landmann's is)
lzinn|gl|2019|Landmann Gewurztraminer Zinnkoepflé
akaef|btl|2019|J.-B. Adam Riesling Kaefferkopf
kbpg|btl|2019|Kuentz-Bas Pinot Gris Trois Châteaux
kbpg|gl|2021|Kuentz-Bas PG 3 Châteaux
pfeng|car25|2017|Pfister Riesling Engelberg
zpn|btl|2020|Zinck Pinot Noir Portrait
-|btl|2018|Zinck Riesling Portrait|Zinck's Riesling Portrait not held
pstein|btl|2019|Cave de Pfaffenheim Gewurz Steinert
pstein|half|2019|Pfaffenheim Gewurz Steinert
pstein|btl|2020|Pfaffenheim Gewurz Steinert
agr|gl||Agapé Riesling Expression
agg|btl|2022|Agapé Gewurztraminer Expression
agg|gl|2020|Agapé Gewurz Expression
orpg|btl|2019|Orschwihr PG Bollenberg
edel|car50||Edelzwicker Cave de Ribeauvillé
sppb|car25|2022|Sparr Pinot Blanc
sppb|btl|2021|Sparr Pinot Blanc
-|btl|2022|Sparr Pinot Noir Rosé|a colour not held
wcb|btl||Wolfberger Crémant Brut
wcb|mag||Wolfberger Crémant Brut
wcr|btl||Wolfberger Crémant Rosé
wcr|mag||Wolfberger Crémant Rosé
-|btl||Crémant d'Alsace Brut|two Crémants brut held
-|btl||Wolfberger Crémant Blanc de Noirs|not held
fend|car25|2022|Provins Fendant
lstm|btl|2021|Laroche Chablis St Martin
lstm|btl|2020|Laroche Chablis St Martin
ffram|btl|2020|Faiveley Mercurey Framboisière
ffram|btl|2019|Faiveley Mercurey Framboisière
-|btl|2020|Faiveley Mercurey Myglands|another Mercurey of Faiveley
jmeur|btl|2018|Jadot Meursault
jgev|btl|2020|Jadot Gevrey-Chambertin
-|btl|2019|Jadot Chambolle-Musigny|not held
lynch|btl|2014|Château Lynch-Bages
lynch|btl|2015|Château Lynch-Bages
lynch|mag|2014|Château Lynch-Bages
echo|btl|2019|Echo de Lynch-Bages
-|btl|2018|Blanc de Lynch-Bages|the white of Lynch-Bages not held
soc|btl|2016|Château Sociando-Mallet
-|btl|2018|La Demoiselle de Sociando|the second wine not held
doisy|half|2016|Château Doisy-Daëne
doisy|half|2015|Château Doisy-Daëne
boll|btl||Bollinger Special Cuvée
boll|mag||Bollinger Special Cuvée
boll|half||Bollinger Special Cuvée
-|btl||Bollinger La Grande Année|not held
polr|half||Pol Roger Brut Réserve
polr|mag||Pol Roger Brut Réserve
mpoi|d4||Poire Williams Meyer
mmarc|d4||Marc de Gewurztraminer Meyer
willi|d4||Williamine Morand
g15|d4||Glenfiddich 15 ans
etter|d4||Etter Zuger Kirsch
-|d4||Framboise Meyer|Meyer's framboise not held
lillet|gl||Lillet blanc
-|gl||Lillet rosé|not held
mbian|dose||Martini Bianco
carola|b100||Carola rouge
perrier|b33||Perrier
tann|b33||Rothaus Tannenzäpfle
aug|b50||Augustiner Hell
mpils|demi||Météor Pils
paul|pinte||Paulaner Weissbier
chim|pinte||Chimay Bleue
rkess|btl|2019|!Dirler Riesling Kessler
lstm|half|2022|!Laroche Chablis St Martin
boll|btl||!Bollinger Special Cuvée
kubk|gl|2019|!Kubler Pinot Noir K
edel|car25||!Edelzwicker
-|||!Choucroute royale|a voided dish
-|||>> sans glaçons|a modifier line
-|||>> bien frais|a modifier line
-|||>> à suivre|a modifier line
-|||>> allergie gluten|a modifier line
-|||Choucroute royale|food
-|||Fleischschnacka|food
-|||Tarte flambée gratinée|food
-|||Vacherin glacé|food
-|||Café|coffee
-|||Café gourmand|coffee and desserts
-|||Droit de bouchon|corkage
-|||Menu enfant|food
-|gl||Vin blanc au verre|generic
-|car50||Pichet rouge|generic
-|||Apéritif maison|generic
-|cp||Kir crémant|a mixed drink
"""
