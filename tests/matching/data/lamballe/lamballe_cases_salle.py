"""salle: the dining room's touch till. The article as the patronne typed it under
its family; the build prints `[FAMILY] text yyyy - Size`.

`key|measure|vintage|text` for a drink of the library (the family follows from
the drink), or `-|measure|text|FAMILY|why` for no drink of the library (a vintage,
if any, is part of the text).
"""
CASES = r"""
mcr|btl|2021|Mouton Cadet
mcr|btl|2018|Mouton Cadet
mcr|half|2020|Mouton Cadet
mcr|half|2021|Mouton-Cadet
mal|btl|2023|Malesan
pen|btl|2020|Château Penin
pda|btl|2015|Ch. Patache d'Aux Médoc
pda|mag|2016|Patache d'Aux
bnr|btl|2020|Ch. Bonnet
bel|btl|2020|CDR Belleruche
bel|btl|2019|Belleruche Chapoutier
bel|half|2022|Belleruche
bel|half|2021|Belleruche
gui|btl|2021|CDR Guigal
gui|mag|2019|Guigal
gui|glass||Guigal
per|btl|2022|Perrin Réserve
per|btl|2020|Perrin Réserve CDR
vfr|btl||La Vieille Ferme
fil|btl|2022|Saumur Champigny Filliatreau
fil|btl|2023|Saumur-Champigny
cou|btl|2019|Chinon Couly
dub|btl|2023|Beaujolais Villages Duboeuf
dub|btl|2020|Beaujolais Vges
rmz|p50||Rouge Roche Mazet
rmz|glass||Roche Mazet
lis|p50||Listel Gris
gpl|p50||Gros-Plant sur lie
pep|btl|2023|Muscadet La Pépie
pep|btl|2020|Muscadet Pépière La Pépie
bri|btl|2021|Clos des Briords
bri|btl|2019|Clos des Briords
rag|half|2023|Ragotière
rag|btl|2024|Muscadet Ragotière
cle|btl|2022|Château du Cléray
her|btl|2022|Muscadet Grandlieu Herbauges
mcb|btl|2022|Mouton Cadet
mcb|btl|2023|Mouton Cadet
bnb|btl|2022|Ch. Bonnet Entre-deux-Mers
beb|btl|2023|Belleruche
tar|glass|2022|Tariquet
rpa|btl|2023|Rosé d'Anjou Pannier
rpa|half||Rosé d'Anjou
rpa|btl|2022|Rosé d'Anjou R. Pannier
sau|btl|2021|Cab. d'Anjou
sau|half|2023|Cabernet d'Anjou
vfo|btl|2023|Vieille Ferme
vfo|btl|2022|La Vieille Ferme
nfr|btl||Champagne Feuillatte
nfr|half||Feuillatte
nfr|coupe||Champagne N. Feuillatte
lrb|btl||Loïc Raison brut
lrd|btl||Loïc Raison doux
vdr|btl||Val de Rance bouché
chu|glass||Chouchen
cob|pinte||Coreff blonde
coa|s33||Coreff ambrée
suz|dose||Suze
mbi|dose||Martini blanc
por|glass||Porto Cruz
arc|dose||Armorik Classic
ard|dose||Armorik Double Maturation
fbz|dose||Fine Bretagne
mar|dose||Cognac Martell
brz|s33||Breizh Cola
-||Menu Ouvrier 14,50 €|MENUS|set menu
-||Menu du Jour|MENUS|set menu
-||Jarret de porc|PLATS|dish
-||Galette-saucisse|PLATS|dish
-||Moules au Muscadet|PLATS|dish named after a wine
-||Far breton|DESSERTS|dessert
-||Kouign-amann|DESSERTS|dessert
-||Café calva|CAFES|coffee with calva, a mixed serving
-||Café|CAFES|coffee
-|btl|Mouton Cadet 2022|VINS ROSES|Mouton Cadet rosé: colour not held
-|glass|Côtes du Rhône|VINS ROUGES|appellation alone: four Côtes du Rhône reds held
-|btl|Muscadet sur lie|VINS BLANCS|appellation alone: several Muscadets held
-|btl|Bordeaux|VINS ROUGES|appellation alone: several Bordeaux reds held
-|mag|Mouton Cadet 2020|VINS ROUGES|no magnum of Mouton Cadet held
-|mag|Belleruche 2021|VINS ROUGES|no magnum of Belleruche held
-|half|Clos des Briords 2021|VINS BLANCS|no half bottle of Clos des Briords held
-|btl|Ch. Bonnet|VINS ROSES|Château Bonnet rosé: colour not held
-|btl|Perrin Réserve 2023|VINS ROSES|Perrin Réserve rosé: colour not held
-|btl|Guigal CDR blanc 2022|VINS BLANCS|Guigal's white Côtes du Rhône not held
-|btl|Filliatreau La Grande Vignolle 2020|VINS ROUGES|another cuvée of Filliatreau, not held
-|q25|Roche Mazet rosé|PICHETS|Roche Mazet rosé not held
-|q25|Vin rouge|PICHETS|generic
-|coupe|Kir royal|BULLES|mixed drink
-|btl|Cidre brut|CIDRES|three brut ciders held
-|glass|Kir breton|CIDRES|mixed drink
-|dose|Pommeau de Bretagne|APERITIFS|not held
-|dose|Calvados Père Magloire|ALCOOLS|Père Magloire held in Fine and VSOP
-|dose|Armorik|ALCOOLS|two Armoriks held
-|glass|Kir|APERITIFS|mixed drink
-|dose|Martini|APERITIFS|Bianco and Rosso held
-|pinte|Coreff ambrée|BIERES|Coreff Ambrée held only in 33 cl bottles
-||Sirop à l'eau|SOFTS|syrup and water
-|s100|Evian|SOFTS|Evian held only in 50 cl
"""
