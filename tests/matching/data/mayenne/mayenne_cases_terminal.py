"""terminal: the waiters' handheld (terrace and dining room). One button a line:
key|measure|vintage|text|reason   (key '-' = no drink of the library).
The handheld writes the text in lower case, the four-digit vintage after it, then
' / ' the measure word and ' / ' the unit price."""
CASES = """
villchamp|B|2021|saumur-champigny ch. villeneuve|
villchamp|H|2021|champigny villeneuve|
villchamp|B||champigny villeneuve|
villblanc|B|2022|saumur blanc villeneuve|
rneuves|B|2020|terres chaudes roches neuves|
passav|M|2021|anjou rouge passavant|
rochelles|B|2019|anjou villages brissac rochelles|
ogereau|B|2022|vent de spilite ogereau|
closel|B|2020|savennières la jalousie closel|
epire|B|2022|savennières ch. d'épiré|
layon|C50|2020|coteaux du layon pierre-bise|
layon|G|2019|layon beaulieu pierre bise|
cleray|H|2023|muscadet cléray|
briords|B|2021|clos des briords pépière|
pepie|B|2023|la pépie|
ecu|B|2020|muscadet granite l'écu|
cabanjou|B|2022|cab d'anjou trottières|
rosanjou|B||rosé d'anjou trottières|
saphir|B|2020|bouvet saphir|
tresor|B||bouvet trésor|
flammerose|B||flamme rosé gratien|
baudry|B|2021|chinon les granges baudry|
amirault|B|2022|st nicolas la source amirault|
huet|B|2022|vouvray haut-lieu huet|
corbil|B||touraine sauv. corbillières|
bellivi|B|2021|jasnières les rosiers bellivière|
vachblanc|H|2022|sancerre blc vacheron|
vachrouge|B|2021|sancerre rouge vacheron|
mcadet|H||mouton cadet|
chaize|B|2023|brouilly ch. de la chaize|
laroche|B|2022|chablis st martin laroche|
minuty|M|2023|m de minuty|
veuve|H||veuve clicquot brut|
veuve|M||veuve clicquot|
veuverose|B||veuve clicquot rosé|
moet|B||moët brut impérial|
theildoux|B||cidre doux ferme du theil|
poire|B||poiré pressoir|
lillet|G||lillet blanc|
aperol|D||apérol|
pmxo|D||calva xo père magloire|
remy|D||cognac rémy vsop|
glen15|D||glenfiddich 15 ans|
jager|D2||jäger|
leffruby|C33||leffe ruby|
mhkeg|PI||mont hardi blonde|
hoeg|DE||hoegaarden blanche|
villchamp|B|2019|champigny villeneuve|
passav|M|2022|anjou rouge passavant|
rochelles|B|2021|croix de mission rochelles|
closel|B|2019|la jalousie closel|
epire|B|2020|ch. d'épiré|
layon|C50|2018|layon beaulieu|
saphir|B|2021|saphir bouvet|
huet|B|2021|le haut-lieu huet|
larose|B|2017|larose-trintaudon|
laroche|B|2023|chablis laroche|
vachblanc|H|2023|sancerre blanc vacheron|
chaize|B|2020|ch. de la chaize|
mcadet|H|2021|mouton cadet|
cleray|B|2020|château du cléray|
baudry|B|2023|les granges baudry|
villchamp|M||champigny villeneuve|
-|B|2021|champigny château yvonne|producer not held
-|B|2021|la marginale roches neuves|the producer's other wine
closel|H||la jalousie closel|
-|B|2022|anjou blanc passavant|colour not held from that producer
-|B||rosé de loire|not held
-|B|2020|clos du papillon closel|the producer's other wine
-|B|2020|quarts de chaume pierre-bise|the producer's other wine
-|B||saphir rosé bouvet|colour not held
-|B||ruinart blanc de blancs|not held
moet|M||moët impérial|
veuverose|M||veuve clicquot rosé|
-|B||veuve clicquot la grande dame|cuvée not held
-|B|2022|chinon blanc baudry|colour not held
-|B|2022|vouvray le mont huet|the producer's other wine
-|B|2023|sancerre rosé vacheron|colour not held
laroche|H|2022|chablis st martin laroche|
-|B|2020|pouilly-fumé ladoucette|not held
minuty|H||m de minuty|
-|B||minuty prestige|cuvée not held
-|B||vin du mois|generic
-|N||entrecôte frites|food
-|N||café gourmand|food
-|N||menu ouvrier|food
-|N||plat du jour|food
-|N||crêpe flambée au calva|dessert with a spirit
-|N||trou normand|sorbet with calvados
-|N||kir royal|cocktail
-|N||spritz apérol|cocktail
-|N||café|hot drink
-|N||tisane|hot drink
-|C50||evian|not held
coca|C100||coca|
-|D||get 31|not held
-|PI||grimbergen|not held
-|D||chartreuse verte|not held
"""
