"""What was keyed on the bar's register. key|measure|vintage|text for a drink of the
library; -|measure|vintage|family|text|reason for what is no drink of the library."""
CASES = """
pigeon|VR||PIGEONNIER
pigeon|BT|2021|PIGEONNIER
migma|BT||CDF MIGMATITE
marsanne|VR||MARSANNE MADONE
gourmets|P50||CDF GOURMETS
gourmets|MG|2021|CDF GOURMETS
volca|BT|2020|VOLCANIQUE
tradi|POT||CDF TRADITION
tradi|HB||CDF TRADI
tradi_ros|P25||CDF TRADI ROSE
tentation|BT|2022|TENTATION GIRAUD
eclat|VR||ECLAT GRANITE
eclat|MG|2020|ECLAT SEROL
turbullent|BT||TURBULLENT SEROL
closdupuy|BT|2020|CLOS DU PUY
rochette_vv|VR||ROCHETTE VV
rochette_ch|VR||CHARDO ROCHETTE
cotedupy|BT|2021|MORG COTE PY
corcelette|BT||CORCELETTE
lapierre|HB||MORGON LAPIERRE
madone_fl|BT||FLEURIE MADONE
rochegres|BT|2020|MAV ROCHEGR
chiroubles|VR||CHIROUBLES
godefroy|BT||CTE BROUILLY THIVIN
billards|BT||ST AMOUR
gonon|BT|2021|ST JO GONON
oliviers|BT||ST JO OLIVIERS
offerus|HB||OFFERUS CHAVE
faury_vv|BT|2020|ST JO FAURY VV
terrasses|HB|2021|CONDR TERRASSES
petitecote|BT||CONDR PETITE COTE
myglands|BT|2019|MERCUREY 1ER
cremant|CP||CREMANT BGNE
heidsieck|HB||HEIDSIECK BRUT
pelforth|DEM||PELFORTH
montbrizz_bl|PIN||MONTBRIZZ
montbrizz_amb|B33||MONTBRIZZ AMBREE
chouffe|B33||CHOUFFE
ricard|DOS||RICARD
martini_r|DOS||MARTINI ROUGE
verveine_v|DOS||VERVEINE VERTE
chartreuse_j|DOS||CHARTR JAUNE
glen12|DOS||GLENFIDDICH 12ANS
drouin|DOS||CALVA DROUIN
cocazero|B33||COCA ZERO
badoit|B100||BADOIT
schweppes|B25||SCHWEPPES
pigeon|BT|2020|PIGEONNIER
migma|BT|2021|MIGMATITE
volca|VR|2022|VOLCANIQUE
gourmets|BT|2021|CDF GOURMETS
tentation|VR|2020|TENTATION
closdupuy|BT|2021|CLOS DU PUY
eclat|BT|2021|ECLAT GRANIT
cotedupy|VR|2022|MORG COTE PY
rochegres|BT|2018|MAV ROCHEGR
gonon|BT|2019|ST JO GONON
terrasses|BT|2021|CONDR EMPIRE
myglands|VR|2018|MERCUREY 1ER
gevrey|BT|2017|GEVREY VV
lapierre|BT|2021|LAPIERRE
offerus|BT|2020|OFFERUS
-|-||-|FOURME MONTBRISON|food
-|-||-|SALADE FOREZIENNE|food
-|-||-|CAFE|hot drink
-|-||-|MENU ENFANT|food
-|-||-|TARTE PRALINES|dessert
-|-||-|DIABOLO MENTHE|soft made at the bar, not a library drink
-|-||-|PANACHE|beer and lemonade mixed at the bar
-|-||-|DROIT BOUCHON|service
-|VR||-|VIN DU MOMENT|generic label
-|P50||-|ROUGE MAISON|generic house red
-|VR||-|KIR|aperitif mixed at the bar, not a library drink
-|BT||-|CONDRIEU|appellation alone: five Condrieus held
-|BT||-|ST JOSEPH|appellation alone: several Saint-Josephs held
-|VR||-|MORGON|appellation alone: three Morgons held
-|DOS||-|CHARTREUSE|brand alone: verte and jaune held
-|DOS||-|VERVEINE|brand alone: verte and jaune held
-|DOS||-|GLENFIDDICH|brand alone: 12 and 15 ans held
-|DOS||-|MARTINI|brand alone: bianco and rosso held
-|B33||-|MONTBRIZZ|brand alone: blonde and ambrée both held in 33 cl
-|BT||-|MADONE|Vins de la Madone (three wines) or Fleurie Domaine de la Madone
pigeon|MG||CDF PIGEONNIER
gonon|HB||ST JO GONON
chouffe|PIN||CHOUFFE
evian|B100||EVIAN
-|BT||-|BROUILLY THIVIN|Thivin's Brouilly not held (only the Côte de Brouilly)
-|BT||-|FLEURIE FOILLARD|Foillard's Fleurie not held
-|BT||-|ST JO BLANC FAURY|Faury's white Saint-Joseph not held
-|VR||-|TENTATION BLANC|Giraudon's white not held
-|DOS||-|HENNESSY XO|only the VS held
-|DOS||-|GLENFIDDICH 18ANS|18 ans not held
-|DOS||-|GET 31|Get 31 not held
-|BT||-|CHAB GRAND CRU|Chablis grand cru not held
-|BT||-|COTES DU RHONE GUIGAL|Guigal's Côtes du Rhône not held
-|B33||-|COCA CHERRY|flavour not held
-|DOS||-|LILLET ROSE|only Lillet Blanc held
-|-||-|EAU CARAFE|tap water, free
"""
