"""libre: the self-service tray line's till. Every item is scanned; the line is the
EAN-13 and the wholesaler's designation (brand first, packaging, vintage, size),
cut at 30 characters by the screen.

`key|measure|vintage|text` for a drink of the library (the build adds the vintage
and the size), or `-|measure|text|family|why` for no drink of the library.
"""
CASES = r"""
dau|s25||LES DAUPHINS CDR ROUGE
dau|btl|2022|DAUPHINS CDR RGE
dau|btl|2020|DAUPHINS CDR RGE
mcr|half||MOUTON CADET ROUGE
mcr|half|2020|MOUTON CADET RG
mcr|btl||MOUTON CADET RG BORDEAUX
mcr|btl|2019|MOUTON CADET RG
mcr|btl|2022|MOUTON CADET RGE
mcb|btl||MOUTON CADET BLANC
mal|btl||MALESAN ROUGE BORDEAUX
mal|btl|2021|MALESAN RGE
mal|btl|2023|MALESAN RGE BDX
bel|half||BELLERUCHE CDR ROUGE
bel|btl||BELLERUCHE RGE CHAPOUTIER
bel|btl|2023|BELLERUCHE CDR RGE
gui|btl|2021|GUIGAL CDR ROUGE
gui|btl||GUIGAL COTES DU RHONE RGE
rag|half||CHATEAU DE LA RAGOTIERE
rag|btl|2020|RAGOTIERE MUSCADET
pep|btl||LA PEPIE MUSCADET S&M
pep|btl|2020|LA PEPIE MUSCADET
pep|btl|2022|LA PEPIE MUSCADET
cle|btl||MUSCADET CH DU CLERAY SAUVION
rpa|half||ROSE D'ANJOU PANNIER
rpa|btl||ROSE D'ANJOU R.PANNIER
sau|btl|2024|CABERNET D'ANJOU SAUVEROY
sau|half|2023|CAB ANJOU SAUVEROY
pda|btl|2017|CH PATACHE D'AUX
pda|btl|2018|CHATEAU PATACHE D'AUX AOC MEDOC
gui|btl|2019|E.GUIGAL COTES DU RHONE ROUGE
tar|btl|2021|TARIQUET CLASSIC
tar|btl||TARIQUET CLASSIC BLANC
dub|btl|2021|DUBOEUF BJ VILLAGES
nfr|half||CHAMP FEUILLATTE BRUT
vdv|btl||VEUVE DU VERNAY BRUT
lrb|btl||CIDRE LOIC RAISON BRUT
lrd|btl||CIDRE LOIC RAISON DOUX
vdr|btl||CIDRE VAL DE RANCE BOUCHE
ker|btl||CIDRE KERISAC BRUT
kro|s25||KRONENBOURG BIERE VP
k16|s25||1664 BIERE BLONDE VP
pel|s25||PELFORTH BRUNE VP
lef|s33||LEFFE BLONDE VP
bla|s33||BRITT BLANCHE VP
tel|s33||TELENN DU LANCELOT VP
des|s33||DESPERADOS VP
tou|s27.5||TOURTEL TWIST CITRON
coc|s33||COCA COLA BTE
coc|s50||COCA COLA PET
coz|s33||COCA COLA ZERO BTE
brz|s33||BREIZH COLA BTE
sch|s25||SCHWEPPES INDIAN TONIC
oas|s33||OASIS TROPICAL BTE
ice|s33||LIPTON ICE TEA PECHE BTE
pam|s20||PAMPRYL ORANGE VP
rbu|s25||RED BULL BTE
vit|s50||VITTEL PET
evi|s50||EVIAN PET
cri|s150||CRISTALINE PET
-||YAOURT NATURE|cuisine|food
-||FROMAGE BLANC 20%|cuisine|food
-||FAR BRETON PART|cuisine|food
-||KOUIGN AMANN PART|cuisine|food
-||TARTE AUX POMMES|cuisine|food
-||PAIN 1/2 BAGUETTE|cuisine|food
-||SANDWICH JAMBON BEURRE|cuisine|food
-||CAMEMBERT PORTION|cuisine|food
-||CAFE GOBELET|chaud|coffee
-||CHIPS NATURE 45G|cuisine|food
-||PLATEAU PLAT DU JOUR|cuisine|set meal
-||CAUTION PLATEAU|divers|tray deposit
-|s150|COCA COLA PET|soft|Coca-Cola held in 33 and 50 cl, not 1.5 l
-|s50|KRONENBOURG BTE|biere|Kronenbourg bottle held only in 25 cl
-|s25|HEINEKEN VP|biere|not held
-|s33|COREFF BLONDE VP|biere|Coreff Blonde held only on draught
-|s25|LEFFE RUBY VP|biere|not held
-|s100|PERRIER VP|soft|Perrier held only in 33 cl
-|s150|EVIAN PET|soft|Evian held only in 50 cl
-|s50|BADOIT VERTE|soft|Badoit held only in 1 l
-|s25|MOUTON CADET ROUGE|vin|no 25 cl of Mouton Cadet held
-|btl|MOUTON CADET ROSE|vin|Mouton Cadet rosé: colour not held
-|btl|COTES DU RHONE ROUGE|vin|appellation alone: four held
-|btl|MUSCADET SEVRE ET MAINE SUR LIE|vin|appellation alone: several held
-|s100|VIN DE TABLE ROUGE|vin|generic
-|s25|VIN ROSE|vin|generic
-|btl|BELLERUCHE ROSE|vin|Belleruche rosé: colour not held
-|btl|GUIGAL CDR BLANC|vin|Guigal's white not held
-|btl|GROS PLANT SUR LIE|vin|Gros Plant held only as the house bag-in-box, not in bottle
-|btl|LISTEL GRAIN DE GRIS|vin|Listel held only as the house bag-in-box, not in bottle
-|btl|ROCHE MAZET MERLOT|vin|another Roche Mazet varietal, not held
-|btl|CIDRE LOIC RAISON ROSE|autre|Loïc Raison's rosé cider not held
-|s33|CIDRE BRUT|autre|generic
-|s25|DAUPHINS CDR ROSE|vin|the 25 cl rosé not held
-|half|TARIQUET CLASSIC|vin|no half bottle of Tariquet held
-|mag|NICOLAS FEUILLATTE BRUT|champagne|no magnum held
-|s70|RICARD|alcool|Ricard held only in 100 cl
"""
