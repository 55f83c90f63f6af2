"""Till T, the dining-room tablet: what the staff typed on each product.

key|measure|vintage|text, or -FAMILY|measure|vintage|text|reason for a product that
is no drink of the library (vintage `nv` prints `n.v.`). The tablet prints the text
in lower case without accents, the vintage as four digits or `n.v.`, the measure
word, then the price with a decimal comma.
"""

SPECS = """
# Cahors
lam_cp||2016|ch.lamartine cuvee particuliere
lam_cp|b150|2016|ch.lamartine particuliere
coutale|p25||clos la coutale
coutale||2018|p.bernede clos la coutale
escures|g|2021|f.jouves les escures
escures||2019|mas del perie escures
-ROUGE||2019|ch.lamartine expression|Château Lamartine Expression: another cuvée of a held estate
-ROUGE||2018|f.jouves la roque|Mas del Périé La Roque: another cuvée of a held producer
-ROUGE||2016|cosse maisonneuve le combal|Cosse Maisonneuve Le Combal: another cuvée of a held producer
coutale|b37|2019|clos la coutale
# Madiran, Pacherenc, Saint-Mont
couvent|g||capmartin couvent
lenclos||2015|p.ducournau chapelle lenclos
lenclos||2019|chapelle lenclos
crouseilles||2018|ch.de crouseilles
crouseilles|b37|2018|ch.de crouseilles
stalbert|b50|2019|plaimont saint-albert pacherenc
retrouvees|g||vignes retrouvees st-mont
lenclos|b150|2018|p.ducournau chapelle lenclos
-BLANC||2022|plaimont|Plaimont alone: three wines of it held
# Fronton
bellevue|b150|2021|ch.bellevue la foret
bellevue_rose|p50||ch.bellevue la foret rose
plaisance|g|2020|ch.plaisance
totcocal||2019|m.penavayre tot co cal
-ROSE||2023|dom.le roc rose|Domaine Le Roc rosé: colour not held
-ROUGE|p50||fronton|Fronton: four producers of Fronton held
# Gaillac
escausses_perle|g||escausses perle
preambulles||nv|causse marines preambulles
grainsfolie|g||grains de folie causse marines
-BLANC|g||gaillac perle|Gaillac Perlé: two producers' perlé held
# Marcillac, Irouléguy
sangpais|p50||sang del pais marcillac
pierres|g|2020|laurens pierres rouges
mourguy_r|g||dom.mourguy irouleguy rouge
-ROSE|g||dom.abotia rose|Domaine Abotia rosé: colour not held
-ROUGE|||marcillac|Marcillac: four Marcillacs held
# Jurançon
guilhouret||2019|clos thou guilhouret
suzanne|b50|2019|clos thou suzanne
suzanne||2021|clos thou suzanne
suzanne|b50|2022|clos thou suzanne
souvenirs|g||bordenave souvenirs d'enfance
harmonie|b50|2020|dom.bordenave harmonie
capceu|g||larredya au capceu
kattalin|b50|2016|dom.de souch marie kattalin
kattalin|g||souch marie kattalin
-MOEL|b50|2019|clos thou terroir de la cerisaie|Clos Thou Terroir de la Cerisaie: another cuvée of a held producer
-BLANC||2022|dom.de souch jurancon sec|Domaine de Souch's dry Jurançon: not held
-BLANC|g||jurancon sec|Jurançon Sec: three held
# Buzet, Bergerac
belingard|g||ch.belingard
abbaye|b50|2017|ancienne cure l'abbaye
abbaye|g||ancienne cure abbaye
pecoula|g||ch.pecoula monbazillac
-ROUGE||2018|ch.de tiregand grand millesime|Tiregand Grand Millésime: another cuvée of a held estate
-ROSE||2022|baron d'ardeuil rose|Baron d'Ardeuil rosé: colour not held
# Bordeaux
meyney|g15||ch.meyney st-estephe
prieur||2016|prieur de meyney
lagrange|b150|2014|ch.lagrange
fiefs||2019|fiefs de lagrange
malescot||2016|ch.malescot st-exupery
kirwan||2015|ch.kirwan
-ROUGE||2016|l'abeille de fieuzal|L'Abeille de Fieuzal: second wine not held
-ROUGE||2015|ch.bellevue-mondotte|Bellevue-Mondotte: an estate sharing a word with Bellevue la Forêt
-ROUGE||2017|la dame de montrose|La Dame de Montrose: another estate's second wine sharing words
lagrange|b37|2016|ch.lagrange st-julien
-ROUGE|||margaux|Margaux: three Margaux held
# Languedoc, Gascogne
uneetmille||2019|canet-valette une et mille
pennautier|g||ch.de pennautier cabardes
blanquette|||sieur d'arques blanquette
joy_blanc|p25||dom.de joy blanc
vinsauvage|||monluc vin sauvage
floc_r|g8||floc de gascogne rose joy
pousse|d||pousse-rapiere monluc
-ROUGE||2020|canet-valette antonyme|Canet-Valette Antonyme: another cuvée of a held producer
-BULLE||nv|sieur d'arques cremant de limoux|Sieur d'Arques Crémant: another cuvée of a held producer
-APERO||nv|floc de gascogne|Floc alone: a white and a rosé Floc held
# Armagnac
mq_xo|||m.de montesquiou xo imperial
briat_hda|d||ch.de briat hors d'age
briat_mill|d|1985|ch.de briat
briat_mill|d|2000|ch.de briat
garreau25|d2||ch.garreau 25 ans
laballe|d|1996|ch.de laballe
esperance|d|1995|dom.d'esperance
esperance|b50|1990|dom.d'esperance
larressingle|d||larressingle vsop
-ARMA|d||samalens hors d'age|Samalens Hors d'Âge: another age of a held house
-ARMA|d||ch.garreau 10 ans|Château Garreau 10 ans: another age of a held house
-ARMA|d||dom.d'esperance blanche|Blanche d'Armagnac of Espérance: not held
-ARMA|d|1995|m.de montesquiou|Montesquiou 1995: Montesquiou held only as VSOP and XO
-ARMA|d||armagnac xo|XO alone: two XOs held
-ARMA|d||ch.de briat|Château de Briat alone: Hors d'Âge and Millésime held
# Beers
capdona_blonde|pinte||cap d'ona blonde
capdona_ambree|b33||cap d'ona ambree
alaryk_blanche|demi||alaryk blanche
malheur10|b33||malheur 10
capdona_ambree|pinte||cap d'ona ambree
-BIERE|b33||malheur 6|Malheur 6: another number of a held beer
-BIERE|b33||alaryk blonde|Alaryk Blonde: another beer of a held brewery
-BIERE|b33||biere sans alcool|generic label
# Softs
coca|b33||coca-cola
orangina|b25||orangina
tonic|b25||schweppes tonic
verniere|b100||verniere
roucous|b100||mont roucous
roucous|b50||mont roucous
-SOFT|b25||jus d'abricot|fruit juice: not held
# Food, coffee, services, generic
-CUIS|-||cassoulet toulousain|food
-CUIS|-||fromages des pyrenees|food
-CAFE|-||cafe allonge|coffee
-DIV|-||verre casse|service
-ROUGE|g||vin rouge|generic label
-ROSE|p50||rose maison|generic label
-ROUGE||2021|vin de la semaine|generic label
"""
