"""carnet: the dining room's handheld order pad. core | ref | vv | measure | family | note."""
CASES = """
marcillac cros sang del païs|rz001|21|B75
cros lo sang|rz001||B75
lo sang del païs|rz001|21|B37.5
cros sang del pays|rz001|19|B150
marcillac cros vieilles vignes|rz006|19|B75
cros vv|rz006||B75
laurens pierres rouges|rz008|22|B75
pierres rouges|rz008||V15
laurens rosé|rz010||B75
vallon réserve|rz011||B75
mousset entraygues|rz012|22|B75
mousset rouge|rz014||B75
carmarans mauvais temps|rz016||B75
gorges du tarn|rz017|21|B75
millau rosé|rz019||B75
plageoles mauzac nature|rz021||B75
plageoles ondenc|rz027||B75
rotier renaissance|rz022|18|B75
rotier renaissance doux 50cl|rz024||B50
causse marines peyrouzelles|rz026||B75
lagrézette|rz029|15|B75
lagrézette|rz029|16|B37.5
triguedina probus|rz033||B75
le cèdre|rz034|17|B75
lamartine cuvée particulière|rz036|19|B75
haute serre|rz038||B75
bellevue la forêt|rz039||B75
daumas gassac|rz042||B75
hortus grande cuvée|rz043|21|B75
larose trintaudon|rz048||B75
greysac|rz050|15|B150
greysac|rz050||B75
bauduc|rz053||B75
taittinger brut|rz054||B75
taittinger|rz054||B150
taittinger rosé|rz057||B75
taitt brut|rz054||V
première bulle limoux|rz047||B75
porto sandeman|rz089||V
vieille prune louis roque|rz071||D
armagnac janneau|rz077||D
calva drouin|rz079||D
lagavulin 8|rz083||D
salvetat 1l|rz100||B100
badoit|rz103||B50
jus de pomme milliat|rz110||B100
marcillac cros sang del païs|rz001|18|B75
lo sang|rz001|20|B37.5
cros sang del pays|rz001|20|B150
laurens pierres rouges|rz008|19|B75
mousset entraygues|rz012|20|B75
gorges du tarn|rz017|23|B75
rotier renaissance|rz022|20|B75
lagrézette|rz029|14|B75
lagrézette|rz029|18|B37.5
le cèdre|rz034|18|B75
lamartine cuvée particulière|rz036|20|B75
hortus grande cuvée|rz043|22|B75
larose trintaudon|rz048|15|B75
greysac|rz050|14|B150
probus triguedina|rz033|16|B75
bellevue la forêt|rz039|20|B75
marcillac|-||B75|R|several Marcillac reds held
cahors|-||B75|R|several Cahors held
laurens pierres rouges|-||B150|R|no magnum of Pierres Rouges
le cèdre|-||B150|R|no magnum of Le Cèdre
mousset entraygues|-||B37.5|B|no half bottle of Mousset
cros vieilles vignes|-||B37.5|R|no half bottle of the Vieilles Vignes
taittinger rosé|-||B37.5|Ro|no half bottle of the Prestige Rosé
taittinger comtes de champagne|-||B75|E|another Taittinger cuvée, not held
taittinger nocturne|-||B75|E|another Taittinger cuvée, not held
cèdre gc|-||B75|R|Château du Cèdre's GC cuvée not held
lagrézette blanc|-||B75|B|Lagrézette's white not held
lamartine expression|-||B75|R|another Lamartine cuvée, not held
hortus blanc|-||B75|B|Hortus white not held
daumas gassac blanc|-||B75|B|Daumas Gassac white not held
bellevue la forêt blanc|-||B75|B|Bellevue la Forêt white not held
plageoles rouge|-||B75|R|no Plageoles red held
gaillac blanc|-||B75|B|Gaillac whites: Ondenc, Perlé (several)
côtes de millau blanc|-||B75|B|no Côtes de Millau white held
bordeaux rouge|-||P50|R|generic
vin du mois|-||V|R|generic
rosé pamplemousse|-||V|Ro|a flavoured rosé, not held
sangria maison|-||V|A|house mix
kir maison|-||V|A|a mix of cassis and white wine
aligot saucisse|-|||C|food
tripoux|-|||C|food
estofinado|-|||C|food
roquefort assiette|-|||C|food
fouace|-|||C|food
menu du jour|-|||C|set menu
café gourmand|-|||X|coffee and desserts
supplément aligot|-|||C|food supplement
couvert groupe|-|||X|service
droit de bouchon|-|||X|corkage
carafe d'eau|-|||X|tap water, free
"""
