"""ENTRACTE (interval bar, quick-service buttons): what the bar manager typed on each button.

One line a button: `key|token|vintage|text` for a drink of the library (the build renders
the label and computes the answer from it, so a format not held comes out none), or
`-F|token|vintage|text|reason` for a button that is no drink of the library (F: the PLU
family letter). The till prints `PLU TOKEN TEXT YY`, cut at 20 characters.
"""

SPECS = """
pom|QUART||POMMERY BRUT ROYAL
pom|PICCOLO||POMMERY
pom|1/4||POMMERY ROYAL
pom|DEMI||POMMERY BRUT
pom|MAG||POMMERY ROYAL
pom|JERO||POMMERY GALA
pom|CP||POMMERY
pom|BTL||POMMERY ROYAL
pomrs|QUART||POMMERY ROSE
louise||2006|CUVEE LOUISE
piper|PICC||PIPER HEIDSIECK
piper|20CL||BABY PIPER
piper|1/2||PIPER BRUT
piper|1.5L||PIPER HEIDSIECK
lanson|37.5||LANSON BLACK LABEL
leonie|QUART||CANARD DUCHENE
gossetmill||2015|GOSSET GD MILL
gossetmill||2013|GOSSET GRD MILLESIME
bouillot|20CL||PERLE D'IVOIRE
citran||2019|CITRAN HT MEDOC
citran|DEMI|2018|CH CITRAN
mcr|18.75|2020|MOUTON CADET RGE
mcr|VRE15||MOUTON CADET ROUGE
mcb|18,7||MOUTON CADET BLANC
stemarg|3L|2022|STE MARGUERITE
stemarg||2023|SYMPHONIE STE MARG
longdep|1/2|2022|CHABLIS LONG DEPAQ
mellot_b|MAG|2021|SANCERRE MELLOT
guigal_r|VRE||GUIGAL ROUGE
tain||2021|CROZES HTS DU FIEF
fessy_fl|18.75||FLEURIE FESSY
cdroses|25CL||COTE DES ROSES
rieussec|VRE|2017|CARMES RIEUSSEC
gossetmill|CP|2014|GOSSET MILL
louise||2004|LOUISE POMMERY
citran||2017|CITRAN
citran|MAG|2016|CITRAN HT MEDOC
greysac||2016|GREYSAC
guigal_r||2021|CDR GUIGAL RGE
longdep||2020|CHABLIS DEPAQUIT
tracy||2019|CH DE TRACY
beyer_r||2019|RIESLING L BEYER
stemarg|MAG|2023|STE MARG
mcr||2018|MOUTON CADET
fessy_fl||2021|FLEURIE FESSY
champy||2018|MEURSAULT CHAMPY
bichot_pn|DEMI|2020|BGNE BICHOT
hendricks|MINI||HENDRICKS GIN
jd|MIGNON||JACK DANIELS
glen12|DOSE||GLENFIDDICH 12A
remy|MINI||REMY VSOP
monkey|MINI||MONKEY 47
ricard|DOSE||RICARD
lillet|VRE||LILLET BLANC
grim|PINTE||GRIMBERGEN
grim|DEMI||GRIMBERGEN BLONDE
brook|DEMI||BROOKLYN LAGER
heineken|25CL||HEINEKEN
evian|50CL||EVIAN
coca|CAN33||COCA COLA
ftonic|20CL||FEVER TREE TONIC
lanson|QUART||LANSON BLACK
piper|JERO||PIPER HEIDSIECK
gosset|QUART||GOSSET
pomrs|MAG||POMMERY ROSE
pom|MATHU||POMMERY
miraval|DEMI||MIRAVAL
greygoose|MINI||GREY GOOSE
heineken|DEMI||HEINEKEN
coca|50CL||COCA COLA
evian|33CL||EVIAN
leffe|PINTE||LEFFE
citran|18.75||CITRAN
-C|QUART||POP POMMERY|Pommery POP, another cuvée, not held
-C|||CHARLES HEIDSIECK|another house (only Piper-Heidsieck is held)
-C|CP||CHAMPAGNE DU MOMENT|generic label
-C|||RUINART BLANC BLANCS|not held
-C|||LOUISE ROSE|Cuvée Louise Rosé not held
-V|VRE||VIN ROUGE MAISON|generic label
-V|||CHABLIS|appellation alone, two Chablis held
-V|||STE MARGUERITE|estate alone, two of its rosés held
-V|||MOULINS DE CITRAN|Citran's second wine, not held
-V|||MOUTON CADET ROSE|colour not held
-V|||CROZES HERMITAGE|appellation alone, two producers held
-S|DOSE||GENTLEMAN JACK|Jack Daniel's other whiskey, not held
-S|DOSE||GLENFIDDICH 15A|age not held
-S|MINI||HENDRICKS ORBIUM|another gin of Hendrick's
-B|DEMI||BIERE DU MOMENT|generic label
-B|33CL||HEINEKEN 0.0|the alcohol-free Heineken, not held
-E|20CL||FEVER TREE MEDIT|another tonic of Fever-Tree
-E|25CL||RED BULL SUGARFREE|the sugar-free Red Bull, not held
-A|||SPRITZ APEROL|cocktail
-A|VRE||KIR ROYAL|mixed drink
-R|||FORMULE ENTRACTE|interval formula
-R|||PROGRAMME SOIREE|service (concert programme)
-R|||VESTIAIRE|service (cloakroom)
-R|||MACARONS X3|food
-R|||JUMELLES LOCATION|service (opera glasses)
-R|||CAFE SERRE|coffee
"""
