"""Kasse: the winstub counter's German-made register. key|measure|vintage|text[|reason]."""
CASES = """
rkess|gl|2019|Riesl Kessler Dirler
rkess|btl|2017|Riesl Kessler Dirler
rkess|btl|2018|Riesl GC Kessler
rsaer|btl|2018|Riesl Saering Dirler
rsaer|gl10|2020|Riesl Saering
-|btl|2019|Riesl Spiegel Dirler|a grand cru of Dirler-Cadé the library does not hold
dsylv|btl|2019|Sylvaner V.V. Dirler
-|gl||Silvaner|three Sylvaners held
kubz|gl|2021|Silvaner Z Kubler
kubz|btl|2022|Sylvaner Z Kubler
kubk|btl|2020|Spätburgunder K Kubler
kubk|gl|2018|Pinot Noir K Kubler
-|btl|2020|PN Rosé Kubler|Kubler's rosé: colour not held
lzinn|gl|2016|Gewürz Zinnk. Landmann
-|btl||Zinnkoepflé|two wines of the grand cru held
lvn|gl|2020|Silv. Vallée Noble
bgold|half|2017|Gewürz Goldert Burn
bgold|half|2015|Gewürz St-Imer Burn
bgold|gl|2016|Gewürz Clos St Imer
-|btl|2018|Grauburg. Goldert Burn|Burn's Pinot Gris not held
spfer|btl|2020|Riesl Pfersigberg Sorg
spfer|gl|2019|Riesl Pfersigberg
-|btl|2019|Gewürz Pfersigberg Sorg|Sorg's Gewurztraminer Pfersigberg not held
svt|gl|2015|Gewürz VT Sorg
svt|b50|2016|Gewürz VT Sorg
kgeis|mag|2016|Riesl Geisberg Kientz
kgeis|mag|2018|Geisberg Kientzler
-|btl|2019|Gewürz Osterberg Kientzler|Kientzler's Gewurztraminer Osterberg not held
kchas|gl||Gutedel Kientzler
akaef|btl|2019|Riesl Kaefferkopf Adam
kbpg|btl|2020|Grauburg. Trois Châteaux
gkast|btl|2015|Riesl Kastelberg
pfeng|btl|2019|Riesl Engelberg Pfister
-|btl|2021|Pinot Gris Portrait Zinck|Zinck's Pinot Gris Portrait not held
pstein|half|2019|Gewürz Steinert Pfaffenh.
pstein|mag|2019|Gewürz Steinert Pfaff|no magnum of the Steinert held
agr|gl||Riesl Expression Agapé
agr|car50|2022|Riesl Agapé
agr|btl|2020|Riesling Expression
-|gl|2021|Pinot Gris Expression Agapé|Agapé's Pinot Gris not held
edel|gl||Edelzwicker
edel|gl10||Edel
sppn|car25|2022|Pinot Noir Sparr
-|gl||Pinot Noir|three Alsace Pinot Noirs held
wcb|cp||Crémant Wolfberger
wcb|half||Crémant Brut Wolfberger
wcb|mag||Crémant Wolfb.
amb|cp||Crémant Arthur Metz
-|cp||Crémant Brut|two Crémants brut held
-|cp||Crémant Rosé Metz|Arthur Metz's rosé not held
heger|btl|2021|Grauburgunder Heger
-|btl|2021|Spätburgunder Heger|Heger's Pinot Noir not held
fend|gl|2022|Fendant Provins
fend|btl|2023|Fendant Valais
lstm|half|2022|Chablis Laroche
lstm|half|2021|Chablis St Martin
-|btl|2021|Chablis 1er Cru Laroche|another Chablis of Laroche
jgev|btl|2019|Gevrey Chambertin Jadot
jgev|btl|2018|Gevrey Jadot
lynch|btl|2016|Ch Lynch Bages
lynch|mag|2016|Lynch Bages
doisy|half|2016|Doisy Daëne
doisy|gl|2016|Doisy Daëne
boll|btl||Bollinger
boll|cp||Bollinger Special Cuvée
-|btl||Bollinger Rosé|Bollinger's rosé not held
rros|cp||Ruinart Rosé
-|btl||Ruinart|two Ruinarts held
-|btl||R de Ruinart|Ruinart's R not held
polr|half||Pol Roger
mkir|d2||Kirsch Meyer
-|d2||Kirsch|two kirsch held
etter|d2||Zuger Kirsch Etter
hmir|d2||Mirabelle Hepp
-|d4||Mirabelle|two mirabelles held
willi|d2||Williamine
-|d2||Marc de Riesling Meyer|Meyer's marc de riesling not held
g12|d4||Glenfiddich 12
-|d4||Glenfiddich 18|an age not held
ricard|dose||Ricard
lillet|gl||Lillet
-|gl||Aperol Spritz|a mixed drink
mpils|demi||Meteor Pils
paul|b50||Paulaner Weissbier
paul|pinte||Paulaner
fisch|b65||Fischer
fisch|b33||Fischer Tradition
carola|b100||Carola
badoit|b50||Badoit
-|||Flammekueche Nature|food
-|||Flammkuchen Gratiniert|food
-|||Surkrut Garni|food
-|||Kaffee Crème|coffee
-|||Café Kirsch|coffee laced with kirsch
-|||Korkgeld|corkage
-|gl||Rotwein Offen|generic open red
-|car25||Weisswein Offen|generic open white
-|gl||Vin du Mois|generic
-|cp||Kir Alsacien|a mixed drink
"""
