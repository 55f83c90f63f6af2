"""SALLE (the restaurant's handheld): what the waiters' catalogue holds.

One line a product: `key|token|vintage|text` for a drink of the library, or
`-F|token|vintage|text|reason` for what is no drink of the library. The handheld prints
`text vintage (token)`.
"""

SPECS = """
citran|btl|2016|ch. citran haut-médoc
citran|½ btl|2018|citran
citran|vr 15cl|2019|citran ht-médoc
mcr|0,375|2020|mouton cadet rouge
mcr|18,75cl||mouton cadet rge
mcb|vr||mouton cadet bl
stemarg|jéroboam|2022|ste marguerite symphonie
stemarg|37,5cl|2023|symphonie ste-marguerite
miraval|1,5l||miraval
brocard|btl|2022|chablis ste claire brocard
bichot_ch|vr 12cl||bgne chardo bichot
champy|0,75l|2019|meursault
mellot_b|demi-btl|2022|sancerre chatellenie
mellot_b|1,5l|2021|sancerre la chatellenie
tracy|½ btl|2020|pouilly-fumé ch. de tracy
guigal_r|mag.|2019|cdr guigal rouge
tain|carafe 50||crozes hauts du fief
fessy_bv|25cl||beaujolais vill. fessy
fessy_fl|btl||fleurie henry fessy
beyer_r|vr||riesling beyer
grisblanc|btl||gris blanc g. bertrand
rieussec|37,5cl|2016|carmes de rieussec
pom|quart||pommery brut royal
pom|0,375||pommery brut
pom|jéroboam||pommery royal
pomrs|20cl||pommery rosé
piper|piccolo||piper-heidsieck brut
piper|magnum||piper-heidsieck
piperrs|flûte||piper rosé sauvage
lanson|demi||lanson black label
lansonrs|btl||lanson le rosé
leonie|0,2l||canard-duchêne léonie
gossetmill|btl|2012|gosset grand millésime
bouillot|coupe||crémant bouillot
hendricks|dose 6cl||hendrick's
glen12|mignonnette||glenfiddich 12 ans
diplo|dose 4cl||diplomatico res. exclusiva
monkey|dose 2cl||monkey 47
monkey|50cl||monkey 47 gin
greygoose|70cl||grey goose
lillet|btl||lillet blanc
grim|pinte||grimbergen blonde
brook|demi||brooklyn lager
heineken|canette 50||heineken
evian|1l||evian
badoit|1 litre||badoit
fginger|20cl||fever-tree ginger beer
citran|btl|2017|ch. citran
citran|½ btl|2019|ch. citran
mcr|btl|2021|mouton cadet
stemarg|btl|2021|ste marguerite symphonie
miraval|btl|2022|miraval
longdep|½ btl|2021|chablis long-depaquit
bichot_pn|btl|2019|bgne pn bichot vv
champy|btl|2021|meursault champy
mellot_b|btl|2023|sancerre chatellenie mellot
tracy|btl|2022|ch. de tracy
guigal_r|btl|2018|cdr guigal rouge
tain|btl|2019|crozes les hauts du fief
louise|btl|2008|cuvée louise
gossetmill|btl|2013|gosset grand millésime
rieussec|vr|2015|carmes de rieussec
lanson|jéroboam||lanson black label
piperrs|magnum||piper rosé sauvage
gosset|½ btl||gosset grande réserve
gossetmill|magnum|2015|gosset grand millésime
stemarg_gr|magnum|2023|ste marguerite grande réserve
guigal_b|½ btl|2022|cdr guigal blanc
champy|magnum|2020|meursault champy
cdroses|0,375||côte des roses
diplo|mignonnette||diplomatico
desp|pinte||desperados
badoit|33cl||badoit
-V|btl||ch. rieussec sauternes|the grand vin, only its second wine (Carmes) is held
-V|btl||mouton cadet réserve saint-émilion|another cuvée of Mouton Cadet
-V|btl|2019|ch. mouton rothschild|not held
-V|btl|2021|chablis 1er cru montmains long-depaquit|another cuvée of Long-Depaquit
-V|btl|2022|sancerre rosé mellot|colour not held
-V|btl||sancerre|appellation alone, white and red held
-V|btl|2020|pinot gris léon beyer|another grape of Léon Beyer
-V|btl|2022|côte des roses blanc|colour not held
-V|btl|2023|miraval studio|another wine of Miraval
-V|vr||vin blanc du moment|generic label
-C|coupe||champagne maison|generic label
-C|btl||pommery apanage|another cuvée of Pommery
-C|btl||gosset celebris|another cuvée of Gosset
-S|dose||hennessy vs|not held
-S|dose||jack daniel's honey|another Jack Daniel's
-S|dose||glenfiddich 18 ans|age not held
-B|33cl||leffe ruby|another Leffe
-B|pinte||brooklyn defender ipa|another beer of Brooklyn
-E|33cl||perrier|not held
-A|btl||lillet rosé|another colour of Lillet
-R|x1||menu découverte 3 plats|food
-R|x1||pavé de bœuf sauce bordelaise|food
-R|x1||café gourmand|food
-R|x2||supplément truffe|food supplement
-R|x1||droit de bouchon|corkage (service)
"""
