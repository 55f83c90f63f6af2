"""What the waiters keyed on the handheld (catalogue article; the build writes the
vintage and the option). key|measure|vintage|text or -|measure|vintage|family|text|reason."""
CASES = """
pigeon|VR||côtes du forez le pigeonnier
pigeon|BT|2022|le pigeonnier madone
marsanne|BT||marsanne gilles bonnefoy
gourmets|VR||cuvée des gourmets verdier-logel
gourmets|MG||cuvée des gourmets
volca|BT||volcanique verdier
tradi|P25||côtes du forez tradition
tradi_ros|VR||tradition rosé vignerons foréziens
prestige|BT||cuvée prestige foréziens
tentation|BT|2021|tentation giraudon
tentation_ros|VR||tentation rosé
eclat|BT|2022|éclat de granite sérol
turbullent|VR||turbullent
closdupuy|BT|2022|clos du puy pothiers
rochette_ch|BT||chardonnay urfé rochette
cotedupy|BT|2020|morgon côte du py foillard
corcelette|VR||corcelette foillard
lapierre|BT|2022|morgon lapierre
lapierre|MG|2021|morgon lapierre
moriers|BT||fleurie les moriers chignard
rochegres|BT|2019|clos de rochegrès château des jacques
carrieres|VR||chénas thillardon
ancien|BT||beaujolais l'ancien terres dorées
gonon|BT||saint-joseph gonon
oliviers|VR||saint-joseph blanc gonon
offerus|BT|2021|saint-joseph offerus chave
lieudit|BT||saint-joseph guigal
terrasses|BT|2022|condrieu terrasses de l'empire vernay
vernon|BT||coteau de vernon
chaillets|BT||condrieu chaillets cuilleron
guigal_cond|VR||condrieu guigal
vaudevey|BT||chablis 1er cru vaudevey
myglands|BT|2020|mercurey clos des myglands faiveley
heidsieck|BT||champagne charles heidsieck brut
heidsieck_ros|CP||charles heidsieck rosé
pelforth|PIN||pelforth blonde
montbrizz_bl|B33||montbrizz blonde
pilat_ipa|B33||ipa du pilat
lillet|DOS||lillet
cassis|DOS||crème de cassis
verveine_j|DOS||verveine jaune du velay
chartreuse_v|DOS||chartreuse verte
remy|DOS||rémy martin vsop
caolila|DOS||caol ila
hendricks|DOS||gin hendrick's
orangina|B25||orangina
badoit|B50||badoit
pigeon|VR|2023|le pigeonnier
gourmets|VR|2023|cuvée des gourmets
volca|BT|2019|volcanique verdier-logel
tradi|P50|2022|tradition côtes du forez
eclat|VR|2023|éclat de granite
closdupuy|VR|2019|clos du puy
rochette_vv|BT|2022|vieilles vignes domaine de la rochette
corcelette|BT|2022|morgon corcelette
madone_fl|VR|2021|fleurie domaine de la madone
chiroubles|BT|2021|chiroubles cheysson
gonon|VR|2022|saint-joseph rouge gonon
vernon|BT|2019|condrieu coteau de vernon
stmartin|BT|2021|chablis saint martin laroche
meursault|BT|2019|meursault ballot-millot
rochegres|VR|2021|moulin-à-vent rochegrès
-|-||-|fourme de montbrison en salade|food
-|-||-|râpée forézienne|food
-|-||-|pavé de bœuf|food
-|-||-|café gourmand|dessert and coffee
-|-||-|infusion verveine|herbal tea, not the liqueur
-|-||-|carafe d'eau|tap water, free
-|-||-|bouchon offert|service
-|VR||-|vin blanc du moment|generic label
-|P25||-|rosé maison|generic house rosé
-|-||-|kir pétillant|aperitif mixed at the bar
-|-||-|irish coffee|hot drink
-|-||-|monaco|beer and grenadine mixed at the bar
-|VR||-|côte roannaise|appellation alone: five Côte Roannaise wines held
-|BT||-|fleurie|appellation alone: two Fleuries held
-|DOS||-|verveine du velay|verte and jaune held
-|DOS||-|whisky|generic spirit
-|DOS||-|cognac|generic: Hennessy VS and Rémy Martin VSOP held
-|BT||-|morgon foillard|Foillard's Côte du Py and Corcelette both held
-|BT||-|condrieu vernay|Vernay's Terrasses de l'Empire and Coteau de Vernon both held
tentation|MG||tentation giraudon
stmartin|MG||chablis saint martin
vernon|HB||coteau de vernon
montbrizz_amb|PIN||montbrizz ambrée
badoit|B33||badoit
-|BT||-|saint-joseph vernay|Vernay's Saint-Joseph not held
-|BT||-|hermitage chave|Chave's Hermitage not held
-|BT||-|raisins gaulois lapierre|Lapierre's Raisins Gaulois not held
-|BT||-|les originelles sérol|Sérol's Originelles not held
-|BT||-|côte-rôtie guigal|Guigal's Côte-Rôtie not held
-|CP||-|champagne blanc de blancs heidsieck|cuvée not held
-|VR||-|beaujolais nouveau|not held
-|BT||-|crémant de bourgogne rosé|only the white crémant held
-|DOS||-|glenfiddich 18 ans|18 ans not held
-|DOS||-|rhum arrangé maison|house macerated rum, not a library drink
-|DOS||-|martini extra dry|only bianco and rosso held
-|B33||-|fanta orange|not held
"""
