"""Till R, the bar's register: what the staff typed on each product button.

key|measure|vintage|text, or -FAMILY|measure|vintage|text|reason for a product that
is no drink of the library. The register prints FAMILY-MEASURE TEXT YY in capitals
without accents and cuts the whole at 24 characters.
"""

SPECS = """
# Cahors
lam_cp||2018|CHT LAMARTINE PARTIC
lam_cp||2017|LAMARTINE CP
lam_cp|b150|2015|LAMART CP
lam||2019|CHT LAMARTINE
coutale|b37|2020|COUTALE CAHORS
coutale||2017|COUTALE CAHORS
coutale|g||COUTALE
-ROUGE||2019|LAMARTINE EXPRESSION|Château Lamartine Expression: another cuvée of a held estate
-ROUGE||2016|MERCUES 6666|Mercuès 6666: another cuvée of a held estate
-ROUGE||2020|PERIE LA ROQUE|Mas del Périé La Roque: another cuvée of a held producer
-ROUGE|p50||CAHORS|Cahors: six producers of Cahors held
# Madiran, Pacherenc
couvent||2016|CAPMARTIN COUVENT
couvent||2017|CAPMARTIN COUV
labr_vv||2018|LABRANCHE VV
labr||2021|DOM LABRANCHE LAFFONT
lenclos||2016|CHAP LENCLOS
crouseilles|b37|2019|CH CROUSEILLES
crouseilles|b150|2018|CROUSEILLES
couvent|b37|2018|CAPMARTIN COUV
capm_pach||2021|CAPMARTIN PACHERENC
stalbert|b50|2020|ST ALBERT PLAIMONT
stalbert|g|2019|ST ALBERT
-ROUGE|||MADIRAN|Madiran: six Madiran reds held
-MOEL|b50|2019|CAPMARTIN PACHERENC|Capmartin's sweet Pacherenc: only its dry one is held
# Fronton
bellevue|g||BELLEVUE FORET
bellevue|p50||BELLEVUE LF
bellevue||2019|BELLEVUE LA FORET
bellevue|b150|2020|BELLEVUE FORET
bellevue_rose|g||BELLEVUE FORET
totcocal||2018|TOT CO CAL
quichotte||2021|LE ROC DON QUICHOTTE
quichotte||2018|DON QUICHOTTE
-ROUGE||2019|LE ROC FOLLE NOIRE|Le Roc's Folle Noire d'Ambat: another cuvée of a held producer
# Gaillac
labarthe_perle|g|2023|PERLE LABARTHE
escausses_perle||2022|ESCAUSSES PERLE
preambulles|c||PREAMBULLES
zacmau||2020|ZACMAU CAUSSE M
grainsfolie|b50|2018|GRAINS DE FOLIE
-BLANC|g||GAILLAC PERLE|Gaillac Perlé: two producers' perlé held
-ROUGE||2021|CAUSSE MARINES RASDU|Causse Marines Rasdu: another cuvée of a held producer
# Marcillac, Irouléguy
sangpais||2021|CROS SANG DEL PAIS
sangpais||2020|SANG DEL PAIS
mourguy_b||2021|MOURGUY IROULEGUY
-ROUGE||2020|DOM DU CROS|Domaine du Cros alone: two Marcillac reds of it held
-ROSE||2023|DOM MOURGUY|Domaine Mourguy rosé: colour not held
# Jurançon
guilhouret||2022|CLOS THOU GUILHOURET
suzanne|b50|2020|SUZANNE
suzanne|g||THOU SUZANNE
harmonie|b50|2021|BORDENAVE HARMONIE
harmonie|g|2020|BORDENAVE HARMONIE
partdavant||2020|LARREDYA PART DAVANT
kattalin|b50|2015|SOUCH KATTALIN
guilhouret|b37|2022|GUILHOURET
-MOEL|b50|2019|BORDENAVE DAMES|Bordenave Cuvée des Dames: another cuvée of a held producer
-BLANC||2021|LARREDYA COSTAT|Camin Larredya Costat Darrèr: another cuvée of a held producer
-MOEL|g||JURANCON MOELLEUX|Jurançon moelleux: four sweet Jurançons held
# Buzet, Bergerac
ardeuil|p50||BARON ARDEUIL
tiregand||2017|CHT TIREGAND
verdots|g|2021|CLOS DES VERDOTS
abbaye|b50|2017|ANC CURE ABBAYE
pecoula|b37|2018|CHT PECOULA
pecoula||2016|CHT PECOULA
-MOEL|g||MONBAZILLAC|Monbazillac: two Monbazillacs held, both poured by the glass
# Bordeaux
meyney||2014|CH MEYNEY ST ESTEPHE
prieur||2018|PRIEUR MEYNEY
lagrange|b150|2016|CH LAGRANGE
lagrange||2015|CH LAGRANGE
dame||2016|DAME MALESCOT
duluc||2017|DULUC BRANAIRE
meyney|b150|2015|CH MEYNEY
-ROUGE||2016|CHARMES DE KIRWAN|Charmes de Kirwan: second wine not held
-ROUGE||2015|CH LAGRANGE POMEROL|Château Lagrange (Pomerol): another estate of the same name
-ROUGE||2016|DUCRU BEAUCAILLOU|Ducru-Beaucaillou: an estate sharing a word with Branaire-Ducru
-ROUGE|||ST JULIEN|Saint-Julien: four Saint-Julien wines held
# Languedoc, Gascogne
joy_blanc|p50||JOY GASCOGNE
vinsauvage|c||MONLUC VIN SAUVAGE
floc_b|g8||FLOC JOY BLANC
floc_r|g8||FLOC ROSE
pousse|d||POUSSE RAPIERE
-APERO|g8||FLOC|Floc alone: a white and a rosé Floc held
-BULLE|c||CREMANT LIMOUX|Crémant de Limoux: not held (the Blanquette is)
# Armagnac
mq_xo|d||XO MONTESQUIOU
sam_xo|d2||SAMALENS XO
sam_vsop|||SAMALENS VSOP
briat_mill|d|1995|BRIAT
briat_mill|d|1990|CH BRIAT
garreau15|d||GARREAU 15 ANS
laballe|d|1989|CHT LABALLE
esperance|d|1999|ESPERANCE
-ARMA|d||GARREAU 20 ANS|Château Garreau 20 ans: another age of a held house
-ARMA|d|1979|SAMALENS|Samalens 1979: Samalens held only as VSOP and XO
-ARMA|d||XO LARRESSINGLE|Larressingle XO: another age of a held house
-ARMA|d||VSOP|VSOP alone: three VSOPs held
-ARMA|d||HORS AGE MONTESQUIOU|Montesquiou Hors d'Âge: another age of a held house
-ALCOOL|d||PASTIS 51|Pastis: not held
# Beers
capdona_blonde|demi||CAP D ONA BLONDE
capdona_blonde|pinte||CAP D ONA
alaryk_blanche|pinte||ALARYK BLANCHE
alaryk_ipa|b33||ALARYK IPA
malheur10|b33||MALHEUR 10
capdona_blonde|b33||CAP D ONA BLONDE
alaryk_ipa|pinte||ALARYK IPA
-BIERE|b33||MALHEUR 12|Malheur 12: another number of a held beer
-BIERE|b33||CAP D ONA IPA|Cap d'Ona IPA: another beer of a held brewery
-BIERE|demi||PRESSION|Pression alone: two draught beers held
# Softs
verniere|b50||VERNIERE
roucous|b100||MONT ROUCOUS
-SOFT|b33||COCA ZERO|Coca-Cola Zero: not held
-SOFT|b25||JUS ORANGE|Orange juice: not held
# Food, coffee, services, generic
-CUIS|||CASSOULET MAISON|food
-CUIS|||MAGRET CANARD|food
-CUIS|||SAUCISSE TOULOUSE|food
-CAFE|||EXPRESSO|coffee
-DIV|||DROIT DE BOUCHON|corkage service
-ROUGE|g||VIN DU MOMENT|generic label
-ROSE|p50||ROSE DU MOMENT|generic label
"""
