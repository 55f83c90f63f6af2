"""Bar register (till B). One product a line: key|measure|vintage|what the staff typed|reason.
key '-' is no drink of the library (reason required); the build renders the label."""
CASES = """
cas_brut|flute||DE CASTELLANE BRUT
cas_brut|half||CASTELLANE BRUT
cas_brut|mag||CASTELLANE CROIX RGE
cas_rose|flute||CASTELLANE RSE
cas_bdb|btl||CASTELLANE BDB
cas_mil|btl|2016|CASTELLANE MILL
cas_mil|flute||CASTELLANE MILLESIME
gos_gr|flute||GOSSET GDE RES
gos_gr|mag||GOSSET GRANDE RESERVE
gos_rose|flute||GOSSET GD ROSE
gos_bdb|btl||GOSSET GD BDB
gos_mil|btl|2015|GOSSET GD MILL
gos_cel|btl|2008|GOSSET CELEBRIS
boi_res|flute||BOIZEL BRUT RES
boi_res|half||BOIZEL RES
boi_res|mag||BOIZEL||the only Boizel held in magnum
boi_rose|flute||BOIZEL ROSE
boi_joy|btl|2012|BOIZEL JOYAU DE FRANCE
est_ecl|flute||ESTERLIN ECLAT
est_ecl|mag||ESTERLIN ECLAT BRUT
mer_brut|flute||MERCIER BRUT
aya_maj|flute||AYALA BRUT MAJEUR
aya_rose|btl||AYALA ROSE MAJEUR
pet_res|flute||P PETERS RESERVE BDB
pet_esp|btl|2017|P PETERS ESPRIT
gbr_tra|flute||G BRABANT TRADITION
ppa_par|flute||P PAILLARD PARCELLES
vil_gr|btl||VILMART GDE RESERVE
tar_zero|flute||TARLANT ZERO
lah_ult|flute||LAHERTE ULTRADITION
lah_ult|mag||LAHERTE ULTRADITION
jve_oei|flute||VESSELLE OEIL PERDRX
ppa_bouzy|glass|2020|PAILLARD BOUZY
lah_rat|d6||RATAFIA LAHERTE
mou_fine|dose||FINE MARNE
mou_marc|d2||MARC MOUTARD
lillet|glass||LILLET BLANC
aperol|dose||APEROL
spa_bl_k|demi||SPARNAC BLONDE
spa_bl_k|pinte||SPARNAC BLDE
spa_wh_k|demi||SPARNAC BLANCHE
spa_ipa|b33||SPARNAC IPA
orval|b33||ORVAL
badoit|b50||BADOIT
vittel|b100||VITTEL
gin|dose||CITADELLE
vol_mar|btl|2012|VOLLEREAUX MARGUERITE
pet_che|btl|2013|P PETERS CHETILLONS
gos_mil|btl|2012|GOSSET GD MILLESIME
cas_mil|btl|2014|CASTELLANE MILL
cas_mil|flute|2018|CASTELLANE MILL
gos_mil|btl|2013|GOSSET GD MILL
gos_cel|btl|2012|GOSSET CELEBRIS
boi_joy|btl|2010|BOIZEL JOYAU
est_bdb|btl|2017|ESTERLIN BDB
pet_esp|btl|2015|P PETERS ESPRIT
pet_che|btl|2013|PETERS CHETILLONS
ppa_mai|btl|2019|MAILLERETTES
vil_coe|btl|2012|VILMART COEUR CUV
mgo_bdb|btl|2015|M GONET BDB GC
ppa_bouzy|btl|2018|PAILLARD BOUZY
vol_mar|btl|2013|VOLLEREAUX MARG
aya_bdb|flute|2018|AYALA BDB
lah_cc|glass|2022|LAHERTE CC BLANC
-|flute||COUPE DU MOMENT|generic: champagne of the moment
-|flute||KIR ROYAL|cocktail
-|-||SPRITZ APEROL|cocktail
-|glass||AMERICANO|cocktail
-|flute||CASTELLANE|house named alone: Brut, Rosé, Blanc de Blancs and Millésime all poured from 75 cl
-|btl||GOSSET|house named alone: five Gosset cuvées held in 75 cl (and Gosset-Brabant)
-|flute||PETERS|grower named alone: four Pierre Péters cuvées held in 75 cl
-|btl||POL ROGER RESERVE|house not held
-|flute||MOET IMPERIAL|house not held
-|btl||BRUNO PAILLARD|house not held (Pierre Paillard is a grower of Bouzy)
-|flute||PAILLARD PREM CUVEE|Bruno Paillard's Première Cuvée, not held
-|btl||PHILIPPE GONET BDB|Philippe Gonet not held (Michel Gonet is)
-|btl||MAURICE VESSELLE|Maurice Vesselle not held (Jean Vesselle is)
-|flute||GOSSET BRUT EXCELL|Gosset Brut Excellence not held
gos_bdb|half||GOSSET GD BDB
pet_che|mag|2014|PETERS CHETILLONS
cas_rose|mag||CASTELLANE RSE
est_ecl|half||ESTERLIN ECLAT
-|btl||CASTELLANE BDN|De Castellane blanc de noirs not held
-|btl||BOIZEL BRUT NATURE|Boizel brut nature not held
-|flute||AYALA BRUT NATURE|Ayala brut nature not held
-|btl||VILMART CELLIER D OR|Vilmart Grand Cellier d'Or not held (Grand Cellier is)
-|flute||BRUT RESERVE|cuvée name of Boizel and Vollereaux
-|flute||BLANC DE BLANCS|style held from many producers
-|dose||MARC CHAMPAGNE|two marcs held (Moutard, Tarlant)
-|d6||RATAFIA|two ratafias held (Laherte, Vollereaux)
-|pinte||SPARNAC|two Sparnacienne beers on draught
spa_ipa|demi||SPARNAC IPA
spa_bl_k|b33||SPARNAC BLONDE
-|-||CROQUE MONSIEUR|food
-|-||ASSIETTE FROMAGES|food
-|-||CAFE|coffee
-|-||DROIT BOUCHON|service
-|dose||MARC MOUTARD 20 ANS|age not held (the marc held has none)
-|flute||ROSE|generic: several rosé champagnes poured
-|glass||BLANC DU MOMENT|generic
-|btl||LANSON BLACK LABEL|house not held
""".strip().splitlines()
