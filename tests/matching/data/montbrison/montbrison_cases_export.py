"""What the back office exported (the designation as the owner typed it; the build adds the
vintage, cuts, and writes family, code, serving and price).
key|measure|vintage|text or -|measure|vintage|FAMILY|text|reason."""
CASES = """
pigeon|BT|2021|CDF Le Pigeonnier Madone
pigeon|VR|2022|CDF Le Pigeonnier Madone
migma|BT|2020|CDF Migmatite Vins de la Madone
gourmets|BT|2022|CDF Cuvee des Gourmets Verdier
volca|VR|2021|CDF Volcanique Verdier
tradi|P50||CDF Tradition Rouge Vign.Foreziens
prestige|BT|2021|CDF Cuvee Prestige Vign.Forez
tentation|BT|2021|C.Roannaise Tentation Giraudon
tentation_ros|BT||C.Roannaise Tentation Rose
eclat|BT|2022|C.Roannaise Eclat Granite Serol
rochette_vv|BT|2021|C.Roannaise VV Rochette
closdupuy|VR|2022|C.Roannaise Clos du Puy
cotedupy|BT|2020|Morgon Cote du Py Foillard
corcelette|BT|2021|Morgon Corcelette Foillard
lapierre|BT|2022|Morgon M.Lapierre
lapierre|HB|2022|Morgon M.Lapierre
madone_fl|BT|2022|Fleurie Dom. de la Madone
moriers|VR|2021|Fleurie Moriers Chignard
rochegres|BT|2020|MAV Clos de Rochegres Jacques
godefroy|BT|2021|Cote de Brouilly Godefroy
billards|VR|2022|Saint-Amour Dom. des Billards
ancien|P50|2022|Beaujolais L'Ancien Brun
gonon|BT|2020|St-Joseph Rouge P.Gonon
oliviers|BT|2021|St-Joseph Oliviers Gonon
faury_vv|BT|2021|St-Joseph VV Faury
lieudit|BT|2019|St-Joseph Lieu-dit Guigal
terrasses|HB|2021|Condrieu Terrasses Empire Vernay
petitecote|BT|2022|Condrieu La Petite Cote Cuilleron
meysonniers|BT|2021|Crozes Meysonniers Chapoutier
viognier|P25||Viognier Vins de Vienne
stmartin|BT|2022|Chablis St Martin Laroche
vaudevey|BT|2020|Chablis 1er Vaudevey
gevrey|MG|2018|Gevrey VV Harmand
gevrey|BT|2020|Gevrey VV Harmand-Geoffroy
cremant|CP||Cremant Bgne Bailly-Lapierre
heidsieck|BT||Champagne C.Heidsieck Brut Res
heidsieck_ros|BT||Champagne C.Heidsieck Rose Res
pelforth|DEM||Pelforth Blonde Fut 30L
montbrizz_bl|DEM||Montbrizz Blonde Fut 20L
pelforth_br|B25||Pelforth Brune
ravachale|B33||Ravach'Ale Notes en Bulles
bardouin|DOS||Pastis Bardouin
martini_b|DOS||Martini Bianco
verveine_v|DOS||Verveine Velay Verte Pages
chartreuse_j|DOS||Chartreuse Jaune
hennessy|DOS||Cognac Hennessy VS
glen15|DOS||Glenfiddich 15 ans
diplomatico|DOS||Rhum Diplomatico Reserva
coca|B33||Coca-Cola
parot|B100||Eau Parot St-Romain
pigeon|BT|2019|CDF Le Pigeonnier Madone
gourmets|VR|2020|CDF Gourmets Verdier
volca|BT|2022|CDF Volcanique Verdier
tentation|VR|2023|Tentation Giraudon
closdupuy|BT|2023|C.Roannaise Clos du Puy
cotedupy|BT|2019|Morgon Cote du Py
rochegres|BT|2021|MAV Clos de Rochegres
godefroy|BT|2022|Cote de Brouilly Godefroy
carrieres|BT|2022|Chenas Carrieres
gonon|VR|2022|St-Joseph Rouge P.Gonon
faury_vv|BT|2019|St-Joseph VV Faury
vernon|BT|2021|Condrieu Coteau de Vernon
chaillets|BT|2022|Condrieu Chaillets
myglands|BT|2021|Mercurey Myglands
gevrey|BT|2016|Gevrey-Chambertin VV
stmartin|HB|2021|Chablis St Martin Laroche
-|-||CUISINE|Fourme de Montbrison AOP|food
-|-||CUISINE|Saucisson brioche|food
-|-||CUISINE|Menu Forezien|food
-|-||DESSERTS|Creme brulee verveine|dessert, not the liqueur
-|-||BOISSONS CHAUDES|Cafe expresso|hot drink
-|-||BOISSONS CHAUDES|The vert|hot drink
-|-||DIVERS|Droit de bouchon|service
-|-||DIVERS|Remise fidelite|discount
-|VR||VINS ROUGES|Rouge du moment|generic label
-|P25||VINS BLANCS|Pichet blanc maison|generic house white
-|BT||VINS ROUGES|C.Roannaise Originelles Serol|Sérol's Originelles not held
-|BT||VINS ROUGES|St-Joseph Amarybelle Cuilleron|Cuilleron's Saint-Joseph not held
-|BT||VINS ROUGES|Fleurie|appellation alone: two Fleuries held
-|BT||VINS BLANCS|Condrieu|appellation alone: five Condrieus held
-|BT||VINS ROUGES|Brouilly Chateau de la Chaize|not held
-|BT||VINS ROUGES|Nuits-St-Georges Faiveley|Faiveley's Nuits not held
-|BT||VINS BLANCS|Chablis GC Blanchot Laroche|Laroche's grand cru not held
-|BT||VINS ROSES|C.Roannaise Rose Serol|Sérol's rosé not held
-|BT||VINS BLANCS|Crozes Blanc Chapoutier|Chapoutier's white Crozes not held
-|BT||BULLES|Champagne Blanc des Millenaires|Heidsieck cuvée not held
heidsieck|MG||Champagne C.Heidsieck Brut Res
eclat|HB|2022|C.Roannaise Eclat Granite
migma|MG||CDF Migmatite Madone
pelforth|B33||Pelforth Blonde
pelforth_br|PIN||Pelforth Brune
-|DOS||DIGESTIFS|Chartreuse|brand alone: verte and jaune held
-|DOS||DIGESTIFS|Rhum|generic: two rums held
-|DOS||DIGESTIFS|Cognac Remy Martin XO|only the VSOP held
-|DOS||APERITIFS|Pastis|generic: Ricard and Bardouin held
-|VR||APERITIFS|Kir vin blanc|aperitif mixed at the bar
orangina|B33||Orangina
-|-||SOFTS|Sirop a l'eau|made at the bar
-|B33||BIERES|Leffe Blonde|not held
-|DEM||PRESSION|Biere du moment|generic draught
"""
