"""Counter register (bar): what the staff sold. `key|measure|vintage|text` for a library
product (the rules decide yes/almost/none from the rendered label), `-family|measure|vintage|
text|reason` for a line that is no drink of the library."""
CASES = """
orcl_r||2022|ORL CLERY
orcl_r||2020|ORLEANS CLERY ST FIACRE
orcl_r|gl||ORL CLERY
orl_b||2022|ORLEANS BLC
orl_rs|gl||ORLEANS RS
chev_b||2023|CHEVERNY SALVARD
chev_b|gl|2022|CHEVERNY
cour||2020|COUR CHEV CAZIN
tour_gam||2022|TOUR GAMAY MARIONNET
sanc_b||2021|SANC BARONNES
sanc_b||2022|SANC BARONNES
sanc_r||2020|SANC BARONNES
sanc_b|half|2022|SANC BARON
sanc_v||2021|SANCERRE VACHERON
pouilly||2020|PF LADOUCETTE
pouilly|mag|2019|PF LADOUCETTE
quincy|gl|2023|QUINCY
reuilly_rs||2023|REUILLY RS JAMAIN
chinon|gl||CHINON JOGUET
chinon||2020|CHINON JOGUET
champigny|p25||SAUMUR CHAMP
chasse||2016|CHASSE SPLEEN
cadet||2020|MOUTON CADET
chablis||2022|CHABLIS LAROCHE
guigal_r||2019|CDR GUIGAL
guigal_b|gl||CDR GUIGAL
mminuty|gl||M MINUTY
bib_r|p50||RELAIS
bib_r|q||RELAIS
bib_b|gl||RELAIS
moet|cp||MOET BRUT
moet|||MOET IMPERIAL
langlois|cp||CREMANT LANGLOIS
ricard|dose||RICARD
p51|dose||51
glen12|dose||GLEN 12
glen15|dose||GLEN 15
hav7|dose||HAVANA 7
hen_vs|dose||HENNESSY VS
get27|dose||GET 27
kro_f|demi||KRO
kro_f|pinte||KRO
k1664_f|demi||1664
k1664_f|pinte||1664
leffe|||LEFFE 33
coca|||COCA
orcl_r||2021|ORL CLERY
sanc_b||2023|SANC BARONNES
sanc_r||2021|SANC BARONNES
chev_b||2021|CHEVERNY
chasse||2015|CHASSE SPLEEN
chasse||2019|CHASSE SPLEEN
pouilly||2022|PF LADOUCETTE
greysac||2018|CH GREYSAC
chinon||2021|CHINON JOGUET
guigal_r||2021|CDR GUIGAL
menetou||2023|MENETOU PELLE
quincy||2021|QUINCY MARDON
vouvray||2019|VOUVRAY HUET
cadet||2021|MOUTON CADET
mminuty||2022|M MINUTY
chablis||2020|CHABLIS STMARTIN
-cuisine|||CROQUE MONSIEUR|food
-cuisine|||FRITES|food
-cuisine|||PLAT DU JOUR|food
-cafe|||EXPRESSO|hot drink, not held
-cafe|||CAFE CREME|hot drink, not held
-cafe|||CHOCOLAT CHAUD|hot drink, not held
-service|||BOUCHON|corkage, a service
-soft|||DIABOLO MENTHE|mixed soft, not a product of the library
-soft|||LIMONADE|no lemonade held
-rouge|gl||ROUGE|generic glass of red
-blanc|p50||BLANC|generic pichet of white
sanc_r|half|2020|SANC BARONNES
chasse|mag|2016|CHASSE SPLEEN
moet|mag||MOET BRUT
-spiritueux|dose||GLEN 18|Glenfiddich 18 not held (12 and 15 are)
-spiritueux|dose||HENNESSY XO|Hennessy XO not held (VS is)
-spiritueux|dose||HAVANA|Havana Club alone: 3 and 7 ans held, cannot tell
leffe|pinte||LEFFE
pelforth|demi||PELFORTH
-blanc|||SANCERRE|Sancerre blanc of two producers held, cannot tell
-blanc||2022|CHANTEGRIVE BLC|Chantegrive white not held (red is)
-blanc||2021|BARON DE L|Ladoucette's other cuvée, not held
-rouge||2021|SANCERRE VACHERON|Vacheron red not held (white is)
-blanc||2022|CHABLIS 1ER CRU LAROCHE|Laroche's premier cru not held
-rouge||2019|CH MARGAUX|not held
-rouge||2020|BROUILLY|not held
-rosé||2023|MINUTY PRESTIGE|Minuty's other cuvée, not held
-bulles|cp||PROSECCO|not held
-bulles|||VEUVE CLICQUOT|not held
-autre|dose||KIR|a mix, not a product
-autre|||KIR ROYAL|a mix, not a product
-autre|dose||PASTIS|generic: Ricard and 51 held
-spiritueux|dose||GET 31|Get 31 not held (Get 27 is)
-spiritueux|dose||JD HONEY|Jack Daniel's Honey not held
-soft|||COCA 1L|1 l Coca-Cola not held
-bière|||HEINEKEN 33|Heineken held only in 25 cl
"""
