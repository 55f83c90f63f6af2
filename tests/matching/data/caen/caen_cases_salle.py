"""salle: what the owner typed in the handhelds (key|measure|vintage|text, or -|measure|Family.text|reason)."""
CASES = """
bro|B|2023|Brouilly Duboeuf
bro|B|2021|Brouilly Duboeuf
mor|V||Morgon
bjv|V|2022|Bjl Villages
mcr|B|2020|Mouton Cadet
mcr|H|2021|Mouton Cadet
mcr|H|2020|Mouton Cadet
mcr|M||Mouton Cadet
mcb|V|2023|Mouton Cadet
lar|B||Larose Trintaudon
gcd|M|2018|Gd Corbin Despagne
gcd|M|2019|Gd Corbin Despagne
lyo|B|2020|Lussac St Em. Lyonnat
mus|B|2021|Muscadet Pépière
mus|P25|2022|Muscadet
sbb|H|2022|Sancerre Baronnes
sbb|H|2023|Sancerre Baronnes
sbr|B|2021|Sancerre Baronnes
sbr|B|2022|Sancerre Baronnes
sbb|V||Sancerre Bourgeois
tou|V|2024|Touraine Sauv.
chi|V|2020|Chinon Couly
chi|B|2021|Chinon Couly
ran|P50||Rosé d'Anjou Pannier
ran|B|2022|Rosé d'Anjou
bpn|B|2022|Bourgogne Pinot Jadot
bpn|V|2021|Bourgogne PN Jadot
bpn|B|2020|Bourgogne PN Jadot
chb|B|2023|Chablis Pierrelée
chb|H|2022|Chablis Pierrelée
chb|V||Chablis La Chablisienne
gur|M|2020|CDR Guigal
gur|B|2022|CDR Guigal
gur|H||CDR Guigal
gus|B|2023|CDR Guigal
gub|V|2022|CDR Guigal
vfr|P25|2022|Vieille Ferme
vfs|P50|2023|Vieille Ferme
min|M|2023|M de Minuty
min|B|2022|M de Minuty
wan|M||Whispering Angel
lgg|V||Gris Listel
cdr|B|2024|Côte des Roses Bertrand
bua|B|2020|Buzet Baron d'Ardeuil
cah|B|2018|Cahors Haute Serre
tco|V||Tariquet Côté
gew|B|2021|Gewurtz Hugel
gew|V|2022|Gewurtz Hugel
moe|M||Moët Impérial
mrs|B||Moët Rosé
mrs|CP||Moët Rosé
mrs|H||Moët Rosé
pro|CP||Prosecco La Marca
ppl|B|2022|Chianti Cl. Peppoli
ppl|B|2019|Chianti Cl. Peppoli
nav|B|2022|Nero d'Avola Cusumano
nav|V|2023|Nero d'Avola
pgr|V|2023|Pinot Grigio Zenato
dro|B||Drouin Pays d'Auge
dup|B||Dupont Bouché
dup|P50||Dupont
k16|DEMI||1664
lfb|PINTE||Leffe
hoe|DEMI||Hoegaarden
chy|C33||Chimay Bleue
bmo|DEMI||Moretti
por|D||Porto Sandeman
pom|D||Pommeau Drouin
ric|D||Ricard
pmv|D||Calva P. Magloire VSOP
drh|D||Calva Drouin Hors d'Age
get|D||Get27
bai|D||Baileys
coz|C33||Coca Zéro
ora|C25||Orangina
sch|C25||Schweppes
evi|C100||Evian
bad|C50||Badoit
pgp|C20||Jus Pago Pomme
-|B|Rsé.Sancerre Bourgeois|Henri Bourgeois's rosé Sancerre, not held
-|B|Rge.Ch. Figeac 18|not held
-|B|Rsé.Cabernet d'Anjou|not held
-|B|Blc.Chablis 1er Cru Fourchaume|another Chablis, not held
-|B|Rge.Gigondas Guigal|Guigal's other wine, not held
-|B|Rge.Crozes Thalabert Jaboulet|Jaboulet's other Crozes (Domaine de Thalabert), not held
-|B|Blc.Vieille Ferme|the white Vieille Ferme, not held
-|B|Rsé.Minuty Prestige|Minuty's other cuvée, not held
-|B|Rsé.Rock Angel|Château d'Esclans's other wine, not held
-|B|Rge.Côte des Roses|the red Côte des Roses, not held
-|B|Blc.Tariquet|Tariquet without its cuvée: Classic and Côté held
-|B|Blc.Tariquet Premières Grives|Tariquet's other cuvée, not held
-|B|Bul.Veuve Clicquot Rosé|not held
-|B|Rge.Lambrusco|not held
-|C33|Cidre.Ecusson Rosé|not held
-|V|Cidre.Bolée maison|generic house cider
-|C33|Bière.Leffe Ruby|Leffe's other beer, not held
-|C33|Bière.Chimay Rouge|Chimay's other beer, not held
-|V|Apé.Kir cassis|mixed aperitif
-|D|Apé.Porto Tawny|not held
-|D|Apé.Pastis|Ricard and Pastis 51 both held
-|D|Digest.Calva Drouin 20 ans|age not held
-|D|Digest.Cognac XO|not held
-|D|Digest.Trou normand|generic calvados shot
-||Pizza.Reine|food
-||Pizza.Normande camembert|food
-||Grill.Entrecôte 300g|food
-||Dessert.Teurgoule|food
-||Café.Café gourmand|coffee and desserts
-||Café.Irish coffee|mixed hot drink
-||Divers.Droit de bouchon|service
"""
