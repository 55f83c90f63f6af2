"""caisse (old counter register): key|measure|vintage|text as keyed. The build adds the
family code and the dot for a drink of the library; a product that is no drink of the
library has '-reason' as key and its family typed in the text."""
CASES = """
briords|btl|22|BRIORDS
briords|btl|21|BRIORDS
briords|vre|22|BRIORDS
briords|mag|20|BRIORDS
briords|mag|22|BRIORDS
briords|half|22|BRIORDS
pepie|btl|23|LA PEPIE
pepie|half|23|PEPIE
pepie|p50|23|PEPIE
pepie|btl|22|PEPIE
pepie|mag|23|PEPIE
granite|btl|19|GRANITE ECU
granite|vre|20|ECU GRANITE
amphibolite|btl|22|AMPHIBOLITE
amphibolite|half|22|AMPHIBOLITE
allees|btl|23|LUNEAU ALLEES
ldor|btl|20|LUNEAU L DOR
ldor|btl|19|L OR LUNEAU
ldor|btl|18|L D OR
chasseloir|p25|22|CHASSELOIR
grosplant|p50||GROS PLANT
grosplant|p25|23|GROSPLANT
sancerreb|btl|21|SANCERRE VACHERON
sancerreb|vre|23|SANC VACHERON
sancerrer|btl|21|SANC RGE VACHERON
sancerrer|btl|20|SANCERRE R
blancfume|btl|18|DAGUENEAU
morogues|btl|22|MENETOU MOROGUES
morogues|btl|23|MENETOU
jalousie|btl|20|SAVENNIERES CLOSEL
hautlieusec|btl|21|HUET HT LIEU SEC
hautlieuds|btl|19|HUET DEMI SEC
rochesneuves|btl|22|STCHAMPIGNY RN
rochesneuves|vre|21|SAUMUR CHAMP
rochesneuves|btl|20|SAUMUR CHAMPIGNY RN
quincy|vre|23|QUINCY
langlois|btl||CREMANT LOIRE
langlois|coupe||CREMANT LOIRE
carbonnieuxb|btl|19|CARBONNIEUX
carbonnieuxb|btl|21|CARBONNIEUX
carbonnieuxr|btl|16|CARBONNIEUX
reynon|vre|22|REYNON
mirambeau|vre|23|MIRAMBEAU
fourcas|btl|18|FOURCAS
lanessan|half|18|LANESSAN
lanessan|btl|15|LANESSAN
montmains|btl|20|CHABLIS 1ER MONTMAIN
steclaire|half|22|CHABLIS BROCARD
steclaire|btl|21|STE CLAIRE BROCARD
guigal|p25|21|CDR GUIGAL
guigal|half|20|CDR GUIGAL
guigal|mag|21|CDR GUIGAL
guigal|btl|19|CDR GUIGAL
telegraphe|btl|17|CDP TELEGRAPHE
aqueria|vre|22|TAVEL
minuty|mag|23|MINUTY
rderuinart|coupe||R RUINART
bolsc|half||BOLLINGER SC
bolsc|coupe||BOLLINGER
comtes|btl|14|COMTES TAITTINGER
kernebrut|b33||KERNE BRUT 33CL
cidrepression|p50||KERNE PRESSION
coreffambk|demi||COREFF AMBREE
coreffambk|pinte||COREFF AMB
heinekenk|pinte||HEINEKEN
trimartolod|btl||TRI MARTOLOD
armclassic|dose||ARMORIK
lambig8|dose||LAMBIG 8ANS
talisker|dose||TALISKER 10ANS
lillet|vre||LILLET
plancoet|b50||PLANCOET 50CL
-food: plateau de fruits de mer|-||CUI.PLATEAU ROYAL 2P
-food: oysters|-||CUI.HUIT CREUSE N3 X6
-food: dessert|-||CUI.KOUIGN AMANN
-food: crêpe|-||CUI.CREPE BEURRE SUCR
-coffee|-||CAF.CAFE
-coffee|-||CAF.CAFE GOURMAND
-service: corkage|-||DIV.DROIT BOUCHON
-generic wine|vre||BLC.VIN DU MOMENT
-generic house red|p50||RGE.ROUGE MAISON
-cuvée not held: Pépière Gras Moutons|btl|21|BLC.GRAS MOUTONS
-producer's other wine: Landron Le Fief du Breil|btl|20|BLC.FIEF DU BREIL
-cuvée not held: Vacheron Les Romains|btl|21|BLC.SANC LES ROMAINS
-rosé not held: Sancerre rosé|btl|22|RSE.SANCERRE ROSE
-appellation not held: Pouilly-Fuissé|btl|21|BLC.POUILLY FUISSE
-cuvée not held: Ruinart Dom Ruinart|btl|10|BUL.DOM RUINART
-cuvée not held: Bollinger Rosé|btl||BUL.BOLLINGER ROSE
-whisky not held: Talisker Storm|dose||WHI.TALISKER STORM
-age not held: lambig 12 ans|dose||DIG.LAMBIG 12ANS
-aperitif: kir breton (cocktail)|-||APE.KIR BRETON
-generic: cider of the month|-||CID.CIDRE DU MOIS
-beer not held: Coreff Blonde bottle|btl||BIE.COREFF BLONDE 33CL
-soft: sirop à l'eau|-||SOF.SIROP A L EAU
-generic: jus d'orange pressé|-||SOF.JUS ORANGE PRESSE
-food: soupe de poissons|-||CUI.SOUPE POISSON
-food: cotriade|-||CUI.COTRIADE
-food: homard|-||CUI.HOMARD BLEU GRILLE
-food: children's menu|-||CUI.MENU MOUSSAILLON
-coffee|-||CAF.DECA
-service: water jug|-||DIV.CARAFE EAU
-service: group deposit|-||DIV.ACOMPTE GROUPE
meursault|half|20|MEURSAULT
telegraphe|mag|19|CDP TELEGRAPHE
sancerreb|mag|22|SANCERRE
-cuvée not held: Brocard Chablis 1er Cru Vau de Vey|btl|21|BLC.CHABLIS VAU DE VEY
-colour not held: Guigal Côtes du Rhône blanc (the red is held)|btl|22|BLC.CDR GUIGAL
-second wine not held: La Parde de Haut-Bailly|btl|18|RGE.LA PARDE HT BAILLY
-whisky not held: Armorik Sherry Finish|dose||WHI.DOSE ARMORIK SHERRY
-beer not held: Coreff Rousse|demi||PRE.DEMI COREFF ROUSSE
-cider not held: Kerné rosé|btl||CID.KERNE ROSE
-eau-de-vie not held: poire williams|dose||DIG.DOSE POIRE WILLIAMS
"""
