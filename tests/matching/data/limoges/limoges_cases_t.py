"""What the staff typed on T (the tablet till): full names, mixed case, accents.

expect|key|measure|vintage|text|reason   (key "-FAM" for a product that is no drink of the library)
measure may also be a tablet variant of a non-drink: plat, dessert, menu, tasse, service, unite
"""
SPECS = """
a|cissac||'20|Ch. Cissac
y|cissac|VRE15||Château Cissac
y|larose|MAG|2016|Larose-Trintaudon
a|larose|MAG|2018|Larose Trintaudon Haut-Médoc
y|mirambeau_r|VRE12||Tour de Mirambeau rouge
a|mirambeau_r||2019|Château Tour de Mirambeau rouge
y|fombrauge|VRE15|'16|Fombrauge St-Émilion
y|bonalgue||2017|Château Bonalgue Pomerol
a|bonalgue||2015|Bonalgue Pomerol
y|fleurboua|VRE||La Fleur de Boüard
a|fleurboua||2018|La Fleur de Boüard Lalande
y|parenchere||'19|Parenchère Bordeaux Sup.
y|rahoul|VRE12||Château Rahoul Graves blanc
a|rahoul||2020|Rahoul blanc
y|hautbergeron|HALF|2017|Haut-Bergeron Sauternes
a|jaubertie_b||2021|Jaubertie Bergerac sec
y|tiregand|VRE12||Château de Tiregand Pécharmant
y|abbaye||2019|L'Abbaye Ancienne Cure
y|monbazillac|CL50||Château de Monbazillac
a|monbazillac|CL50|2015|Monbazillac
y|lecedre||2018|Château du Cèdre Le Cèdre
y|lecedre|VRE15||Le Cèdre
a|cedreher||2020|Cèdre Héritage
y|coutale||2021|Clos La Coutale
y|monplaisir|VRE12||Haut-Monplaisir Prestige
a|monplaisir||2018|Ch. Haut-Monplaisir Prestige
y|grezeaux||2019|Chinon Grézeaux Baudry
a|baudrydom||2022|Baudry Chinon Le Domaine
y|coudraye|VRE||Amirault La Coudraye Bourgueil
y|villeneuve||2019|Saumur-Champigny Villeneuve
y|rouilleres||2021|St-Nicolas Les Rouillères
a|rouilleres||2022|Mabileau Rouillères
y|crochet_b|VRE12||Sancerre blanc Croix du Roy
y|crochet_r||2021|Sancerre rouge Crochet
a|crochet_r||2022|Sancerre rge Croix du Roy
y|pepiere|VRE12||Muscadet Pépière
y|morgon||2021|Morgon Côte du Py Burgaud
y|jacques||'19|Moulin-à-Vent Château des Jacques
y|chaize|VRE12||Brouilly Château de la Chaize
y|delas_b|VRE12||Côtes du Rhône blanc Delas
a|delas_rs||2022|Saint-Esprit rosé Delas
y|janasse|P50||Côtes du Rhône Janasse
y|coudoulet||2020|Coudoulet de Beaucastel
y|jacobins||2021|Bourgogne Couvent des Jacobins
y|chamirey|VRE12||Mercurey Chamirey
y|brocard||2022|Chablis Sainte Claire Brocard
y|brocard|VRE12||Chablis Brocard
y|taitt||Champagne Taittinger Brut Réserve
y|taitt_rs|COUPE||Taittinger Prestige Rosé
y|langlois|COUPE||Crémant de Loire Langlois
y|bila||2023|Bila-Haut rosé
y|maison_rs|P25||Rosé maison Bergerac
y|k1664|DEMI||Kronenbourg 1664
y|grimb_bd|PINTE||Grimbergen blonde
y|coca|CL33||Coca-Cola
y|martini_b|DOSE6||Martini Bianco
y|pineau|DOSE6||Pineau Château de Beaulon
y|hennessy|DOSE||Hennessy VS
y|laubade_xo|DOSE||Laubade XO
a|delord|DOSE|1989|Armagnac Delord
y|delord|DOSE|1985|Delord Bas-Armagnac
y|glenf|DOSE||Glenfiddich 12 ans
n|-CU|menu||Menu ouvrier entrée plat dessert|food: the workers' lunch menu
n|-CU|plat||Entrecôte limousine 300g|food
n|-CU|dessert||Clafoutis aux cerises|food
n|-CU|dessert||Flognarde aux pommes|food
n|-CU|tasse||Café gourmand|coffee
n|-CU|service||Droit de bouchon|service: corkage
n|-RG|P50||Vin rouge|generic
n|-RG|VRE||Verre de vin du mois|generic
n|-RG||2018|Saint-Émilion Grand Cru|appellation alone: two held
n|-RG||2019|Cahors|appellation alone: four held
n|-RG|VRE||Côtes du Rhône rouge|appellation alone: three red Côtes du Rhône held
n|-RG||2019|Château Cissac Reflets|a second wine of Cissac, not held
n|-RG||2020|Château Lagrézette Le Pigeonnier|another cuvée, not held
n|-RG||2019|Le Cèdre GC|another cuvée of Château du Cèdre, not held
n|-RG||2020|Clos La Coutale Grande Cuvée|another cuvée of Clos La Coutale, not held
n|-BL||2021|Le Cèdre blanc|Château du Cèdre blanc, not held
n|-RS||2023|Château de la Chaize rosé|not held
n|-BL||2021|Coudoulet de Beaucastel blanc|the white, not held
n|-RG||2020|Crozes-Hermitage Delas|Delas Crozes, not held
n|-RG||2019|Bourgogne Pinot Noir Faiveley|another producer
n|-BU||Taittinger Comtes de Champagne|not held
n|-BU|MAG||Pol Roger Brut Réserve|
n|-BU|COUPE||Champagne|generic
n|-BU||Crémant de Bordeaux|not held
n|feuillatte|HALF||Nicolas Feuillatte|
n|-BI|DEMI||Panaché|mixed beer
n|-BI|PINTE||Leffe Ruby|Leffe Ruby, not held
n|leffe|CL25||Leffe blonde|
n|-SO|CL25||Jus de pomme|not held
n|-SO|unite||Sirop à l'eau|not held
n|-AP|VRE||Kir pêche|mixed aperitif
n|-AP|COUPE||Kir royal|mixed aperitif
n|-AP|DOSE6||Porto Tawny Sandeman|a Tawny, not held (Ruby held)
n|-DI|DOSE||Rémy Martin Club|not held
n|-DI|DOSE||Laubade hors d'âge|not held
n|-DI|DOSE||Cognac|generic
"""
