"""export: the back office's CSV of the day's sales. key|measure|vintage|FAMILLE;Produit[|why none]"""
CASES = """
pep|B75|2022|VINS BLANCS;Muscadet Sevre et Maine s/Lie Pepiere Clos des Briords
pep|V15|2023|VINS BLANCS;Muscadet Pepiere Briords
lun|V|2022|VINS BLANCS;Muscadet Luneau-Papin Clos des Allees
lan|B75|2023|VINS BLANCS;Muscadet Landron Amphibolite
barb|V|2023|VINS BLANCS;Sancerre Henri Bourgeois Les Baronnes
barr|V|2021|VINS ROUGES;Sancerre Henri Bourgeois Les Baronnes
lad|V15|2022|VINS BLANCS;Pouilly Fume de Ladoucette
vil|B75|2021|VINS ROUGES;Saumur Champigny Chateau de Villeneuve
vilc|V|2019|VINS ROUGES;Saumur Champigny Villeneuve Les Cormiers
cca|B75|2022|VINS ROUGES;Chinon Couly Dutheil Coulee Automnale
ami|B75|2021|VINS ROUGES;St Nicolas de Bourgueil Amirault La Source
lgb|CP||BULLES;Cremant Langlois Chateau Brut
mcr|B75|2020|VINS ROUGES;Bordeaux Mouton Cadet
mcr|B37.5|2021|VINS ROUGES;Bordeaux Mouton Cadet
mcb|V|2022|VINS BLANCS;Bordeaux Mouton Cadet
bnr|P50|2020|VINS ROUGES;Bordeaux Chateau Bonnet
lns|B150|2016|VINS ROUGES;Haut Medoc Chateau Lanessan
lns|B75|2018|VINS ROUGES;Haut Medoc Chateau Lanessan
p45r|P25|2022|VINS ROUGES;Cotes du Rhone Jaboulet Parallele 45
p45o|V|2023|VINS ROSES;Cotes du Rhone Jaboulet Parallele 45
gcr|B75|2020|VINS ROUGES;Cotes du Rhone Guigal
gra|B75|2020|VINS ROUGES;Crozes Hermitage Graillot
vtg|B75|2019|VINS ROUGES;Chateauneuf du Pape Vieux Telegraphe
min|V|2023|VINS ROSES;Cotes de Provence Minuty M
wan|B75|2023|VINS ROSES;Cotes de Provence Whispering Angel
trr|B75|2021|VINS BLANCS;Alsace Riesling Trimbach
jmr|P50|2022|VINS ROUGES;Pays d'Oc Merlot Les Jamelles
jmo|P25|2023|VINS ROSES;Pays d'Oc Cinsault Les Jamelles
moe|B37.5||BULLES;Champagne Moet Brut Imperial
moe|CP||BULLES;Champagne Moet Brut Imperial
mor|CP||BULLES;Champagne Moet Rose Imperial
kro|DEMI||BIERES PRESSION;Kronenbourg
cfa|PINTE||BIERES PRESSION;Coreff Ambree
brb|PINTE||BIERES PRESSION;Britt Blanche
gui|DEMI||BIERES PRESSION;Guinness
cfa|B33||BIERES BTL;Coreff Ambree
kbr|B75||CIDRES;Kerne Brut
kbr|BOL||CIDRES;Kerne Brut
vrd|B75||CIDRES;Val de Rance Doux
wch|V||APERITIFS;Chouchenn Warenghem
mro|D||APERITIFS;Martini Rouge
p51|D2||APERITIFS;Pastis 51
arc|D||SPIRITUEUX;Whisky Armorik Classic
hc3|D||SPIRITUEUX;Rhum Havana Club 3 ans
bzc|B33||SOFTS;Breizh Cola
sct|B25||SOFTS;Schweppes Tonic
# almost
pep|B75|2021|VINS BLANCS;Muscadet Pepiere Clos des Briords
lad|B75|2023|VINS BLANCS;Pouilly Fume de Ladoucette
vil|V|2019|VINS ROUGES;Saumur Champigny Chateau de Villeneuve
cca|B75|2021|VINS ROUGES;Chinon Couly Dutheil Coulee Automnale
ami|V|2023|VINS ROUGES;St Nicolas de Bourgueil Amirault
mcb|B75|2023|VINS BLANCS;Bordeaux Mouton Cadet
bnr|B75|2019|VINS ROUGES;Bordeaux Chateau Bonnet
lns|B75|2015|VINS ROUGES;Haut Medoc Chateau Lanessan
p45r|B75|2020|VINS ROUGES;Cotes du Rhone Jaboulet Parallele 45
gra|V|2022|VINS ROUGES;Crozes Hermitage Graillot
vtg|B75|2016|VINS ROUGES;Chateauneuf du Pape Vieux Telegraphe
chz|B75|2023|VINS ROUGES;Brouilly Chateau de la Chaize
trr|B75|2020|VINS BLANCS;Alsace Riesling Trimbach
mcr|B37.5|2020|VINS ROUGES;Bordeaux Mouton Cadet
# none
-|X||CUISINE;Galette saucisse|food
-|X||CUISINE;Croque monsieur|food
-|X||CUISINE;Menu ouvrier|food
-|X||BOISSONS CHAUDES;Cafe|coffee
-|X||BOISSONS CHAUDES;Chocolat chaud|hot drink
-|X||BOISSONS CHAUDES;Vin chaud|mulled wine, generic
-|X||DIVERS;Location salle match|service
-|X||DIVERS;Consigne gobelet|cup deposit
-|V||VINS ROUGES;Vin rouge du moment|generic
-|V||VINS BLANCS;Muscadet|three muscadets held
-|V||VINS ROUGES;Saumur Champigny|two Saumur-Champigny held
-|B75|2022|VINS ROSES;Sancerre Henri Bourgeois Les Baronnes|rosé Baronnes not held
-|B75|2021|VINS BLANCS;Saumur Champigny Chateau de Villeneuve|no white Villeneuve held
-|B75|2022|VINS ROSES;Bordeaux Mouton Cadet|rosé not held
-|B75|2023|VINS BLANCS;Cotes du Rhone Jaboulet Parallele 45|white Parallèle 45 not held
-|B75|2022|VINS BLANCS;Cotes du Rhone Guigal|white Guigal Côtes du Rhône not held
gra|B37.5|2021|VINS ROUGES;Crozes Hermitage Graillot
vtg|B150|2019|VINS ROUGES;Chateauneuf du Pape Vieux Telegraphe
lns|B37.5|2016|VINS ROUGES;Haut Medoc Chateau Lanessan
-|B75|2020|VINS ROUGES;Chateauneuf du Pape Telegramme|the estate's second wine, not held
-|PINTE||BIERES PRESSION;1664 Blanc|not held
-|DEMI||BIERES PRESSION;Panache|mixed drink
-|DEMI||BIERES PRESSION;Coreff Blonde|Coreff Blonde not held (Ambrée is)
kdx|B33||CIDRES;Kerne Doux
vrb|B33||CIDRES;Val de Rance Brut
-|D||SPIRITUEUX;Rhum Havana Club|two Havana Club held
-|D||SPIRITUEUX;Whisky Armorik|two Armorik held
-|D||SPIRITUEUX;Chivas Regal 18 ans|age not held
-|D||SPIRITUEUX;Jack Daniel's Honey|other Jack Daniel's, not held
-|V||APERITIFS;Kir vin blanc|mixed drink
-|V||APERITIFS;Americano maison|cocktail
-|B33||SOFTS;Coca Cola Cherry|not held
-|B100||SOFTS;Badoit Rouge|Badoit Rouge not held
ora|B33||SOFTS;Orangina
evi|B150||SOFTS;Evian
-|X||SOFTS;Sirop a l'eau|generic
"""
