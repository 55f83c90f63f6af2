"""What the staff typed on B (the bar counter till): glued words and initials.

expect|key|measure|vintage|text|reason   (key "-FAM" for a product that is no drink of the library)
"""
SPECS = """
y|cissac||19|CHCISSAC
a|cissac||18|CHCISSAC
y|larose||18|LAROSE HTMED
a|larose||20|LAROSETRINT
n|larose|HALF|18|LAROSE|
y|mirambeau_b|VRE||TRMIRAMBEAU BLC
n|-RS||23|TRMIRAMBEAU ROSE|a colour of Tour de Mirambeau not held
y|fombrauge||18|FOMBRAUGE
a|fombrauge||17|FOMBRAUGE GC
y|fombrauge||16|FOMBRAUGE STEMGC
y|pressac||17|PRESSAC STEM
a|pressac||15|CHPRESSAC
y|fleurboua||16|FLEURDEBOUARD
y|parenchere|VRE||PARENCHERE BXSUP
a|parenchere||18|PARENCHERE
a|rahoul||20|RAHOUL GRAVES
y|hautbergeron||15|HTBERGERON
a|hautbergeron|HALF|15|HTBERGERON
a|tiregand||18|TIREGAND PECH
y|abbaye||19|ANCIENNECURE ABBAYE
y|monbazillac||18|CHMONBAZILLAC
a|monbazillac||17|CHMONBAZILLAC
y|cedreher|VRE||CEDREHERITAGE
y|lagrezette||17|CHLAGREZETTE
y|coutale||20|CLOSLACOUTALE
a|coutale||22|CLOSLACOUTALE
y|monplaisir||19|HTMONPLAISIR PRESTIGE
y|grezeaux|VRE||BAUDRY GREZEAUX
y|villeneuve||19|VILLENEUVE SAUMURCHAMP
y|rouilleres|VRE||STNICOLAS MABILEAU
y|crochet_b||22|SANCERRE CROCHET BLC
y|crochet_b|HALF|22|SANCERRE CROCHET BLC
n|crochet_r|HALF|21|SANCERRE CROCHET RGE|
y|morgon|VRE||MORGON BURGAUD
y|moriers||21|FLEURIE CHIGNARD
a|jacques||20|MOULINAVENT
y|chaize||22|BROUILLY LACHAIZE
y|delas_b||22|CDR STESPRIT BLC
y|delas_r|VRE||CDR STESPRIT RGE
a|chamirey||18|CHAMIREY
y|brocard||22|CHABLIS STECLAIRE
a|pavelot||17|PAVELOT
y|taitt|COUPE||TAITTINGER BRUT
y|taitt|HALF||TAITTINGER BRUT
y|langlois||CREMANT LANGLOIS
y|bila|VRE||BILAHAUT ROSE
y|maison_b|P25||BLANC MAISON
y|maison_r|P100||ROUGE MAISON
y|k1664|PINTE||1664
y|leffe|DEMI||LEFFE
y|grimb_bl|CL33||GRIMBERGEN BLANCHE
y|pelforth|CL33||PELFORTH BRUNE
y|schweppes||SCHWEPPES TONIC
y|lillet|DOSE6||LILLET
y|porto|DOSE6||PORTO SANDEMAN
y|remy_vsop|DOSE||REMY VSOP
y|laubade_vsop|DOSE||LAUBADE VSOP
y|janneau|DOSE||JANNEAU
y|poire|DOSE||POIRE WILLIAMS
n|-CU|||CAFE SERRE|coffee
n|-CU|||CHOCOLAT CHAUD|hot drink, not held
n|-CU|||CROQUE MONSIEUR|food
n|-CU|||SANDWICH JAMBON|food
n|-BI|DEMI||MONACO|mixed beer
n|-BI|DEMI||PICON BIERE|mixed beer
n|grimb_bl|DEMI||GRIMBERGEN BLANCHE|
n|-BI|CL33||BIERE SANS ALCOOL|generic, not held
n|-SO|||JUS ORANGE PRESSE|not held
n|-AP|||KIR VIN BLANC|mixed aperitif
n|-AP|DOSE2||PASTIS51|Pastis 51, not held (Ricard held)
n|-AP|DOSE6||MARTINI BLANC SEC|Martini Extra Dry, not held
n|-AP|DOSE6||PINEAU ROUGE|the red Pineau, not held
n|-DI|DOSE||WHISKY|generic
n|-DI|DOSE||ARMAGNAC|generic: four armagnacs held
n|-DI|DOSE||HENNESSY XO|Hennessy XO, not held
n|-DI|DOSE||GLENFIDDICH 15ANS|Glenfiddich 15 ans, not held
n|-DI|DOSE||CALVADOS HORSDAGE|Père Magloire Hors d'Âge / another calvados, not held
n|-RG||18|POMEROL PETRUS|another estate
n|-RG|VRE||SAINT EMILION|appellation alone: two held
n|-RG|VRE||BORDEAUX ROUGE|generic
n|-RG||21|CDR|appellation alone: three red Côtes du Rhône held
n|-RG|P50||BEAUJOLAIS NOUVEAU|not held
n|-RS|VRE||ROSE PAMPLEMOUSSE|mixed, not held
n|-BU|COUPE||CHAMPAGNE|generic: three champagnes held
n|-BU|COUPE||TAITTINGER|brand alone: two Taittinger held
n|-BU|||FEUILLATTE ROSE|Feuillatte rosé, not held
n|-BL||22|CHABLIS 1ERCRU|Brocard premier cru, not held
n|-RG||20|MORGON CHARMES|another Morgon climat, not held
n|-RG||21|CHINON CHAPELLE|La Chapelle, another Chinon cuvée, not held
n|-LQ|VRE||LOUPIAC|an appellation not held
"""
