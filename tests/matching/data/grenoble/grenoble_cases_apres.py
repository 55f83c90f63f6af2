"""apres: the winter apres-ski terrace register (three-digit PLU, two-letter family and a
hyphen, measure, words joined by dots, two-digit vintage, description cut at 22).
Same line format as caisse."""
CASES = """
magnin|ARBIN MAGNIN|2018|btl
magnin|MAGNIN|2022|btl
magnin|MAGNIN MONDEUSE||pich25
trosset|HARMONIE|2021|btl
trosset|TROSSET|2019|vre
qberg|CHIGNINBERG|2020|btl
qberg|BERGERON|2023|half
qberg|JPJF QUENARD BERGERON|2021|btl
argb|ARGILE|2020|btl
argr|ARGILE|2021|vre15
-S|ARDOISIERES||btl|no rose from the Ardoisieres
marestel|MARESTEL DUPASQ||vre
apremont|APREMONT ROCAILLES||vre
apremont|APREMONT|2023|half
apremont|APREMONT|2024|btl
-B|APREMONT CAVE CHAUTAGNE||btl|another producer's Apremont
abymes|ABYMES||pich25
cremsav|CREMANTSAVOIE PERRIER||btl
cremsav|CREMANTSAV||coupe
-U|CREMANT||coupe|Savoie or Bourgogne
-S|CREMANT SAVOIE ROSE||btl|rose cremant not held
cerdon|CERDON||btl
verdesse|VERDESSE||vre
etraire|ETRAIRE|2019|btl
persan|PERSAN|2021|vre
-R|PERSAN GRISARD||btl|another producer's Persan
genepic|GENEPI PERES CHARTREUX||dose
-DG|GENEPI MAISON||dose|generic
cverte|CHARTR VERTE||dose
cjaune|CHARTR JAUNE||btl
c1605|CHARTREUSE 1605||dose
-DG|CHARTR TARRAGONE||dose|Chartreuse Tarragone not held
marc|MARC SAVOIE||2cl
poire|WILLIAMS MASSENEZ||dose
lagavulin|LAGAVULIN||dose
-DG|LAGAVULIN 8ANS||dose|8 year old not held
talisker|TALISKER10||2cl
nikka|NIKKA FTB||dose
diplo|RHUM DIPLOMATICO||dose
-DG|RHUM ARRANGE||dose|house rum not held
get27|GET27||2cl
martinib|MARTINI BIANCO||2cl
-AP|MARTINI FIERO||dose|not held
-AP|HUGO SPRITZ||btl|cocktail
k1664|KRO 1664||demi
grimb|GRIMBERGEN||pinte
mbblanchep|BLANCHE MTBLANC||pinte
-PR|PINTE DU MOMENT||btl|generic
mbblonde|BLONDE MTBLANC 33CL||btl
mbblanche|BLANCHE MTBLANC 33CL||btl
-BI|MTBLANC IPA||btl|IPA not held
desperados|DESPE||btl
-BI|MOUSTACHE BLONDE||btl|not held
coca|COCA 33CL||btl
badoit|BADOIT 1L||btl
-SO|COCA 1L||btl|1 l Coca not held
-SO|RED BULL||btl|not held
-CH|CAFE ALLONGE||btl|coffee
-CH|CHOCOLAT CHAUD||btl|hot drink
-CH|VIN CHAUD||vre|mulled wine
-CU|FRITES||btl|food
-CU|CROQUE SAVOYARD||btl|food
-CU|CREPE SUCRE||btl|food
-DV|CASIER SKIS||btl|service
-DV|LOCATION TRANSAT||btl|service
-R|ROUGE DU MOMENT||vre|generic
-B|BLANC SAVOIE||pich50|generic
graillot|CROZES GRAILLOT|2021|btl
graillot|GRAILLOT|2018|btl
graillotb|CROZES BLANC GRAILLOT||btl
faury|STJO FAURY|2022|btl
faury|STJO FAURY|2023|btl
condrieu|CONDRIEU|2022|vre
telegraphe|CNDP TELEGRAPHE||btl
telegraphe|CNDP TELEGRAPHE|2020|mag
guigalcdr|CDR GUIGAL||pich50
-S|CDR ROSE||vre|generic rose
cayron|GIGONDAS|2017|btl
foillard|MORGON PY|2023|btl
-R|BROUILLY||btl|Brouilly not held (Cote de Brouilly is another appellation)
dupeuble|BEAUJOLAIS DUPEUBLE||pich25
drouhinpn|BGNE PN DROUHIN||vre
drouhinch|BGNE CHARDO|2020|btl
stmartin|CHABLIS STMARTIN|2020|btl
vaudevey|CHABLIS 1ER VAUDEVEY||btl
-B|CHABLIS 1ER||mag|no magnum
trapet|GEVREY|2019|btl
bouillot|CREMANT BGNE||btl
taitt|TAITT BRUT||mag
ruinartbdb|RUINART BDB||coupe
-U|RUINART R||mag|no magnum
-R|MONDEUSE|2021|btl|three Mondeuses held
-U|TAITT COMTES||btl|another cuvee of Taittinger
-B|CONDRIEU||half|no half bottle of Condrieu
-BI|1664 33CL||btl|1664 held on draught only
-B|MERCUREY FAIVELEY||btl|white Mercurey not held
-DG|WHISKY||dose|generic
"""
