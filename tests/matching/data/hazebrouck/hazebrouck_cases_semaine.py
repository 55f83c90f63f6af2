"""semaine: the back office's weekly sales export (one line an article sold that week).
expect|drink key (or -FAMILY for a none)|measure|vintage typed (4 digits)|designation|why.
The export writes the article number, the designation in lower-case ASCII (producer first,
`ch.` / `dom.` abbreviations), the vintage, `fut` for draught, and the volume of one unit
sold in litres with a decimal comma (`pce` for food and services)."""
CASES = """
y|greysac|B|2019|ch. greysac medoc
y|greysac|M|2018|ch. greysac medoc
y|cantemerle|B|2017|ch. cantemerle haut-medoc 5e gcc
y|parenchere|H|2021|ch. de parenchere bx sup
y|parenchere|G12|2020|ch. de parenchere bx sup
y|fombrauge|G15|2018|ch. fombrauge st-emilion gc
y|doisy|B|2017|ch. doisy-daene barsac
y|vacheronb|H|2023|dom. vacheron sancerre blanc
y|vacheronb|P25|2023|dom. vacheron sancerre blanc
y|vacheronr|B|2021|dom. vacheron sancerre rouge
y|baronnes|G12|2022|henri bourgeois sancerre les baronnes
y|ladoucette|B|2021|de ladoucette pouilly-fume
y|huet|G12||dom. huet vouvray le haut-lieu sec
y|luneau|G12|2022|luneau-papin muscadet clos des allees
y|baudry|P50|2022|bernard baudry chinon les granges
y|langlois|B||langlois-chateau cremant de loire brut
y|stmartin|B|2023|laroche chablis saint martin
y|stmartin|G12|2022|laroche chablis saint martin
y|laforet|P25|2021|drouhin bourgogne pinot noir laforet
y|lugny|B|2022|louis latour macon-lugny genievrieres
y|mercurey|B|2020|faiveley mercurey rouge
y|bichotpf|B|2022|albert bichot pouilly-fuisse
y|bouillot|B||louis bouillot cremant bgne perle d'ivoire
y|polvint|B|2015|pol roger brut vintage
y|polbr|B||pol roger brut reserve
y|lprose|CP||laurent-perrier cuvee rose
y|heidsieck|CP||charles heidsieck brut reserve
y|grimbl|PT||grimbergen blonde
y|zotbl|PT||brugse zot blonde
y|3monts|PT||3 monts biere de flandre
y|anosteke|D||anosteke blonde
y|esquel|S75||thiriez blonde d'esquelbecq
y|chimayb|S33||chimay bleue
y|strtri|S33||straffe hendrik tripel
y|westtri|S33||westmalle tripel
y|hopruiter|S33||hop ruiter
y|chtibrune|S33||ch'ti brune
y|trappeq|S33||la trappe quadrupel
y|loos|DOSE||genievre de loos persyn
y|filjon|DOSE||filliers jonge graanjenever
y|martell|DOSE||martell vs
y|mandarine|DOSE||mandarine napoleon
y|jameson|B||jameson irish whiskey
y|suze|DOSE||suze gentiane
y|lillet|G||lillet blanc
y|orangina|S25||orangina
y|icetea|S25||lipton ice tea peche
a|greysac|M|2019|ch. greysac medoc
a|cantemerle|B|2016|ch. cantemerle haut-medoc 5e gcc
a|senejac|B|2018|ch. senejac haut-medoc
a|thieuley|B|2022|ch. thieuley bordeaux blanc
a|fombrauge|B|2017|ch. fombrauge st-emilion gc
a|doisy|B|2018|ch. doisy-daene barsac
a|parenchere|H|2020|ch. de parenchere bx sup
a|baudry|B|2021|bernard baudry chinon les granges
a|stmartin|B|2024|laroche chablis saint martin
a|bichotpf|B|2023|albert bichot pouilly-fuisse
a|beaunechat|B|2020|bouchard beaune du chateau 1er cru
a|mercurey|B|2022|faiveley mercurey rouge
a|polvint|B|2013|pol roger brut vintage
a|ladoucette|G12|2023|de ladoucette pouilly-fume
n|-CUI|||potjevleesch 300g|food
n|-CUI|||moules frites|food
n|-CUI|||croque monsieur|food
n|-CUI|||dame blanche|dessert
n|-CUI|||gaufre sucre|dessert
n|-CUI|||planche mixte a partager|food
n|-CAF|||expresso|coffee
n|-CAF|||double expresso|coffee
n|-CAF|||cappuccino|coffee
n|-DIV|||privatisation salle|service
n|-DIV|||bon cadeau 50 eur|voucher
n|-DIV|||remise fidelite|discount
n|-DIV|||consigne fut 30l|keg deposit
n|-VIN|B||vin du mois|generic
n|-VIN|G||bordeaux rouge au verre|generic
n|-VIN|B||haut-medoc|appellation held from two producers
n|-VIN|B|2020|ch. de pez saint-estephe blanc|colour not held
n|-VIN|B|2021|dom. vacheron sancerre rose|colour not held
n|-VIN|B|2022|laroche chablis 1er cru fourchaume|Laroche's other Premier Cru, not held
n|-VIN|B|2021|louis latour pouilly-fuisse|another producer's Pouilly-Fuisse
n|-VIN|B|2020|faiveley gevrey-chambertin|the producer's other wine
n|fombrauge|M|2016|ch. fombrauge st-emilion gc|magnum not held
n|ladoucette|H|2022|de ladoucette pouilly-fume|half bottle not held
n|-CHP|B|2012|pol roger cuvee sir winston churchill|cuvee not held
n|heidsieck|M||charles heidsieck brut reserve|magnum not held
n|-CHP|B||champagne brut maison|generic
n|-PRS|PT||pelforth blonde|beer not held
n|-PRS|D||kwak|beer not held
n|westtri|D||westmalle tripel|bottle only, not on draught
n|-BTL|S33||westmalle extra|sibling not held
n|chimayb|S25||chimay bleue|format 25 cl not held
n|-BTL|S33||st bernardus prior 8|the brewery's other beer, not held
n|-GEN|DOSE||houlle genievre vieilli|not held
n|-ALC|DOSE||jameson black barrel|not held
n|-SFT|S50||spa citron|not held
n|-SFT|S33||oasis tropical|not held
"""
