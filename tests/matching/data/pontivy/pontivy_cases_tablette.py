"""tablette: the waiters' tablet in the dining room. key|measure|vintage|text as the
manager typed the article, or -FAM|measure|vintage|text|reason."""
CASES = """
ruf_chianti|B|2022|Chianti Ruffino
ruf_chianti|H|2022|Chianti Ruffino
volpaia|B|2020|Chianti Classico Volpaia
volpaia|B|2019|Chianti Classico Castello di Volpaia
ducale|B|2018|Riserva Ducale Ruffino
ducale|B||Chianti Classico Riserva Ducale
ducale_oro|B|2016|Ducale Oro Gran Selezione
nipozzano|B|2019|Nipozzano Riserva Frescobaldi
vnm|B|2019|Vino Nobile Poliziano
rdm|B|2021|Rosso di Montepulciano Poliziano
brunello|B|2017|Brunello Col d'Orcia
masc_mda|B|2022|Montepulciano d'Abruzzo Masciarelli
masc_mda|M|2021|Montepulciano Masciarelli
tralcetto|B|2021|Tralcetto Zaccagnini
sessantanni|B|2018|Primitivo di Manduria Sessantanni
sessantanni|M|2018|Sessantanni San Marzano
amano|B|2022|Primitivo A Mano
cusumano|B|2022|Nero d'Avola Cusumano
leorme|B|2022|Barbera d'Asti Le Orme
ripassa|B|2020|Ripassa Zenato
amarone|B|2017|Amarone Zenato
pgrigio|B|2023|Pinot Grigio Santa Margherita
mionetto|B||Prosecco Mionetto
mionetto_rose|B|2022|Prosecco Rosé Mionetto
crede|B|2022|Valdobbiadene Crede Bisol
sorbara|B|2022|Lambrusco di Sorbara Chiarli
guigal_r|B|2021|Côtes du Rhône Guigal rouge
guigal_b|B|2022|Côtes du Rhône blanc Guigal
baudry|B|2022|Chinon Les Granges Baudry
minuty|B|2023|M de Minuty
minuty|M|2023|Minuty
whispering|M|2023|Whispering Angel
ducale|G15||Riserva Ducale
fiveroses|G|2023|Five Roses
tralcetto|P25||Tralcetto
masc_mda|P25|2022|Montepulciano Masciarelli
crede|CP||Crede Bisol
falanghina|G12||Falanghina
disaronno|D||Amaretto Disaronno
remy|D||Cognac Rémy VSOP
havana3|D||Rhum Havana 3 ans
jack|D||Jack Daniel's
armorik_dm|D||Armorik Double Maturation
martini_d|D6||Martini Dry
vdr_doux|B||Cidre doux Val de Rance
panna|C100||Acqua Panna
peroni|DE||Peroni
ruf_chianti|B|2019|Chianti Ruffino
volpaia|B|2021|Chianti Classico Volpaia
ducale|B|2016|Riserva Ducale Ruffino
brunello|B|2018|Brunello di Montalcino Col d'Orcia
tralcetto|B|2022|Montepulciano Tralcetto
sessantanni|B|2020|Sessantanni
leorme|B|2020|Le Orme Chiarlo
ripassa|B|2018|Valpolicella Ripasso Zenato
amarone|B|2016|Amarone della Valpolicella Zenato
soave|B|2023|Soave Classico Pieropan
guigal_r|H|2021|Côtes du Rhône Guigal
minuty|M|2022|M de Minuty
crede|B|2023|Crede Bisol
masc_cer|B|2022|Cerasuolo d'Abruzzo Masciarelli
bonnet|B|2019|Château Bonnet
-ROUGES|B|2019|Chianti Classico Fonterutoli|another producer's Chianti Classico
ruf_chianti|M|2022|Chianti Ruffino
volpaia|H|2020|Chianti Classico Volpaia
-ROUGES|B|2018|Brunello di Montalcino Banfi|another producer's Brunello
-ROUGES|B|2019|Barolo Fontanafredda|not held
-ROUGES|B|2018|Amarone Masi Costasera|another producer's Amarone
-ROUGES|B|2021|Primitivo di Manduria Felline|another producer's Primitivo
-ROUGES|B|2020|Talò Primitivo San Marzano|the producer's other wine
-ROSES|B|2024|Minuty Prestige|Minuty's other cuvée
-ROSES|B|2022|Rock Angel|d'Esclans's other wine
-ROSES|B|2023|Côtes du Rhône rosé Guigal|a colour not held
-BLANCS|B|2023|Chinon blanc Baudry|a colour not held
-BULLES|B||Prosecco Mionetto Brut|Mionetto's other cuvée
-BULLES|B||Champagne brut|generic, no champagne held
mionetto_rose|M|2022|Prosecco Rosé Mionetto
-ROUGES|P50||Pichet de rouge|generic house wine
-ROUGES|G||Vin du moment|generic
-APERITIFS|||Spritz Aperol|a cocktail naming a held drink
-APERITIFS|||Kir|a cocktail
-APERITIFS|||Negroni|a cocktail
-DIGESTIFS|D||Limoncello maison|house limoncello
-DIGESTIFS|D||Grappa|three grappas held: generic
-DIGESTIFS|D||Cognac Rémy XO|another grade
-ALCOOLS|D||Armorik 10 ans|another age
coreff_b|DE||Coreff Blonde
-PIZZAS|||Pizza Margherita|a pizza
-PIZZAS|||Diavola|a pizza
-PIZZAS|||Quattro Formaggi|a pizza
-GRILL|||Entrecôte grillée|grill
-GRILL|||Burger du Blavet|food
-DESSERTS|||Tiramisu maison|dessert
-DIVERS|||Menu enfant|menu
-DIVERS|||Droit de bouchon|service
-SOFTS|||Carafe d'eau|tap water
-SOFTS|||Jus d'orange pressé|fresh juice, not held
"""
