"""BILLETTERIE (the ticketing site's interval pre-order export): the catalogue's products.

One line a product: `key|ml|vintage|name` for a drink of the library, or
`-F|ml|vintage|name|reason` for what is no drink of the library (`-` as ml for food and
services). The export prints `slot;quantity;name vintage;size ml;row price`.
"""

SPECS = """
pom|200||Pommery Brut Royal
pom|375||Champagne Pommery Brut Royal
pom|1500||Pommery Brut Royal Magnum
pom|3000||Pommery Brut Royal Jéroboam (soirée de gala)
pom|125||Coupe Pommery Brut Royal
pomrs|200||Pommery Rosé Quart
louise|750|2006|Pommery Cuvée Louise
piper|200||Piper-Heidsieck Baby Piper
piper|375||Piper-Heidsieck Cuvée Brut
piper|125||Glass of Piper-Heidsieck
lanson|1500||Lanson Le Black Label Magnum
lansonrs|125||Coupe Lanson Le Rosé
leonie|200||Canard-Duchêne Cuvée Léonie Brut
gossetmill|750|2015|Gosset Grand Millésime
bouillot|200||Crémant de Bourgogne Perle d'Ivoire
citran|375|2018|Château Citran Haut-Médoc
mcr|187||Mouton Cadet Rouge
mcb|187||Mouton Cadet Blanc
stemarg|1500|2022|Château Sainte Marguerite Symphonie
miraval|750|2023|Miraval Côtes de Provence Rosé
brocard|750|2022|Brocard Chablis Sainte Claire
bichot_pn|375|2021|Albert Bichot Bourgogne Pinot Noir
guigal_r|375|2020|Guigal Côtes du Rhône Rouge
guigal_r|150||Verre Guigal Côtes du Rhône Rouge
fessy_bv|250|2022|Henry Fessy Beaujolais-Villages
fessy_fl|187|2022|Henry Fessy Fleurie
cdroses|250|2023|Gérard Bertrand Côte des Roses
cdroses|120||Verre Côte des Roses rosé
rieussec|375|2017|Carmes de Rieussec Sauternes
hendricks|50||Hendrick's Gin Miniature
jd|50||Jack Daniel's Old No.7 Miniature
glen12|50||Glenfiddich 12 Year Old Mignonnette
remy|40||Dose Rémy Martin VSOP
monkey|50||Monkey 47 Miniature
monkey|500||Monkey 47 Schwarzwald Dry Gin
greygoose|40||Dose Grey Goose
heineken|250||Heineken Bouteille
heineken|500||Heineken Can
grim|500||Pinte Grimbergen Blonde
brook|330||Brooklyn Lager Can
evian|1000||Evian Natural Mineral Water
cocazero|330||Coca-Cola Zéro
ftonic|200||Fever-Tree Indian Tonic
fginger|200||Fever-Tree Ginger Beer
milliat|330||Alain Milliat Jus de Pomme
citran|750|2017|Château Citran Haut-Médoc
citran|1500|2018|Château Citran Magnum
mcr|375|2019|Mouton Cadet Rouge Demi
stemarg|3000|2023|Sainte Marguerite Symphonie Jéroboam
miraval|1500|2022|Miraval Rosé Magnum
longdep|750|2023|Domaine Long-Depaquit Chablis
champy|750|2017|Maison Champy Meursault
mellot_b|1500|2022|Joseph Mellot La Chatellenie Magnum
guigal_r|750|2021|Guigal Côtes du Rhône Rouge
tain|750|2022|Cave de Tain Les Hauts du Fief
louise|750|2002|Pommery Cuvée Louise
gossetmill|750|2016|Gosset Grand Millésime
tracy|375|2021|Château de Tracy Demi-bouteille
rieussec|375|2018|Carmes de Rieussec
lanson|200||Lanson Le Black Label
piper|3000||Piper-Heidsieck Jéroboam
pomrs|1500||Pommery Brut Rosé Magnum
gosset|375||Gosset Grande Réserve Half
leonie|375||Canard-Duchêne Léonie
greygoose|50||Grey Goose Miniature
ricard|50||Ricard Mignonnette
heineken|250||Demi pression Heineken
coca|500||Coca-Cola Bouteille
evian|330||Evian
cdroses|375||Côte des Roses Demi-bouteille
brocard|375|2022|Brocard Chablis Sainte Claire
combier|1500|2021|Domaine Combier Crozes-Hermitage Magnum
-C|750||Champagne Ruinart Blanc de Blancs|not held
-C|200||Moët & Chandon Impérial Mini|not held
-C|750||Pommery Apanage Blanc de Blancs|another cuvée of Pommery
-C|750|2008|Pommery Cuvée Louise Rosé|another colour of Cuvée Louise
-C|750||Charles Heidsieck Brut Réserve|another house (only Piper-Heidsieck is held)
-V|750|2022|Sancerre Rosé Joseph Mellot|colour not held
-V|750|2021|Meursault 1er Cru Charmes Champy|another cuvée of Champy
-V|750||Mouton Cadet Rosé|colour not held
-C|125||Coupe de Champagne du moment|generic label
-V|150||Verre de vin blanc|generic label
-S|50||Hendrick's Orbium Miniature|another gin of Hendrick's
-S|50||Glenfiddich 15 Year Old Miniature|age not held
-E|330||Coca-Cola Cherry|another flavour
-E|200||Fever-Tree Mediterranean Tonic|another tonic of Fever-Tree
-E|500||Badoit Rouge|another water of Badoit
-R|-||Formule Entracte (coupe + 3 macarons)|interval formula
-R|-||Programme de salle|service
-R|-||Vestiaire|service (cloakroom)
-R|-||Assiette de fromages affinés|food
-R|-||Don Association des Amis de l'Opéra|donation
-E|250||Sirop à l'eau grenadine|generic soft
-A|125||Spritz apéritif maison|cocktail
-E|330||Alain Milliat Jus d'Orange|another juice of Alain Milliat
"""
