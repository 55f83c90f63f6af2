"""export: the accounting export (one CSV line per article sold), what the articles hold.

expect|key|measure|vintage|text  (text = the article's libellé before the 32-column cut;
the key "-family" of a none gives its accounting family). Vintage in its own field.
"""
CASES = """
y|minuty_rs|B|2023|MINUTY PRESTIGE ROSE COTES DE PROVENCE
y|minuty_bl|B|2023|MINUTY PRESTIGE BLANC COTES DE PROVENCE
y|m_minuty|B37|2024|M DE MINUTY ROSE COTES DE PROVENCE
y|roseline|B|2024|STE ROSELINE CUVEE PRESTIGE ROSE CRU CLASSE
y|meduse|B|2024|LAMPE DE MEDUSE ROSE STE ROSELINE
y|whisp|B|2023|WHISPERING ANGEL ROSE ESCLANS
y|whisp|B150|2023|WHISPERING ANGEL ROSE ESCLANS
y|selle|B|2022|OTT CHATEAU DE SELLE ROSE
y|gassier|B|2024|GASSIER ESPRIT STE VICTOIRE ROSE
y|simone_rg|B|2019|SIMONE PALETTE ROUGE
y|simone_bl|B|2022|SIMONE PALETTE BLANC
y|tempier_rg|B|2019|TEMPIER BANDOL ROUGE
y|tempier_rs|B150|2022|TEMPIER BANDOL ROSE
y|pradeaux|B|2018|PRADEAUX BANDOL ROUGE
y|vignelaure|B|2016|VIGNELAURE COTEAUX D'AIX ROUGE
y|canorgue_rg|B|2021|LA CANORGUE LUBERON ROUGE
y|magdeleine|B|2022|CLOS STE MAGDELEINE CASSIS BLANC
y|bagnol|B|2023|BAGNOL CASSIS BLANC
y|beaucastel|B|2018|BEAUCASTEL CHATEAUNEUF DU PAPE ROUGE
y|beaucastel|B37|2019|BEAUCASTEL CHATEAUNEUF DU PAPE ROUGE
y|telegraphe|B|2019|VIEUX TELEGRAPHE LA CRAU CHATEAUNEUF
y|pesquier|B|2021|PESQUIER GIGONDAS ROUGE
y|floureto|B|2020|SANG DES CAILLOUX FLOURETO VACQUEYRAS
y|richaud|B|2022|RICHAUD CAIRANNE ROUGE
y|guigal_rg|B|2021|GUIGAL COTES DU RHONE ROUGE
y|guigal_rg|B150|2020|GUIGAL COTES DU RHONE ROUGE
y|guigal_rg|B37|2020|GUIGAL COTES DU RHONE ROUGE
y|guigal_condrieu|B|2022|GUIGAL CONDRIEU
y|graillot|B|2021|GRAILLOT CROZES HERMITAGE ROUGE
y|deschants|B|2020|CHAPOUTIER ST JOSEPH DESCHANTS
y|durban|B37|2021|DURBAN MUSCAT BEAUMES DE VENISE
y|clairette|B||JAILLANCE CLAIRETTE DE DIE TRADITION
y|taitt_brut|B||TAITTINGER BRUT RESERVE
y|taitt_rose|B||TAITTINGER PRESTIGE ROSE
y|vf_rg|B|2023|LA VIEILLE FERME ROUGE VENTOUX
y|lagavulin|D4||LAGAVULIN 16 ANS
y|chivas18|D4||CHIVAS REGAL 18 ANS
y|havana3|D4||HAVANA CLUB 3 ANS
y|hennessy|D4||COGNAC HENNESSY VS
y|jack|D4||WHISKY JACK DANIEL'S
y|lejay|D2||CREME DE CASSIS LEJAY
y|affligem|PINTE||AFFLIGEM BLONDE PRESSION
y|heineken|DEMI||HEINEKEN PRESSION
y|bf_blanche|B||BONNE FONTAINE BLANCHE
y|sanpe|B50||SAN PELLEGRINO
y|evian|B100||EVIAN
y|milliat_abr|B||NECTAR ABRICOT MILLIAT
a|minuty_rs|B150|2024|MINUTY PRESTIGE ROSE COTES DE PROVENCE
a|roseline|B|2022|STE ROSELINE CUVEE PRESTIGE ROSE CRU CLASSE
a|whisp|B|2022|WHISPERING ANGEL ROSE ESCLANS
a|tempier_rg|B|2018|TEMPIER BANDOL ROUGE
a|tempier_rg|B|2021|TEMPIER BANDOL ROUGE
a|pradeaux|B|2016|PRADEAUX BANDOL ROUGE
a|simone_rg|B|2020|SIMONE PALETTE ROUGE
a|beaucastel|B|2017|BEAUCASTEL CHATEAUNEUF DU PAPE ROUGE
a|beaucastel|B|2020|BEAUCASTEL CHATEAUNEUF DU PAPE ROUGE
a|telegraphe|B|2018|VIEUX TELEGRAPHE LA CRAU CHATEAUNEUF
a|vignelaure|B|2017|VIGNELAURE COTEAUX D'AIX ROUGE
a|vignelaure|B|2015|VIGNELAURE COTEAUX D'AIX ROUGE
a|graillot|B|2022|GRAILLOT CROZES HERMITAGE ROUGE
a|richaud|B|2020|RICHAUD CAIRANNE ROUGE
a|guigal_rg|B|2019|GUIGAL COTES DU RHONE ROUGE
n|-food|X||AGNEAU DE SISTERON ROTI # dish
n|-food|X||MENU DU TERROIR # menu
n|-food|X||FROMAGE DE BANON # cheese
n|-food|X||NOUGAT GLACE MIEL LAVANDE # dessert
n|-food|X||TRUITE DU BUECH # dish
n|-chaud|X||CAFE EXPRESSO # coffee
n|-service|X||DROIT DE BOUCHON # corkage service
n|-service|X||PRIVATISATION TERRASSE # service
n|-vin|B|2023|COTES DE PROVENCE ROSE # several Côtes de Provence rosés held
n|-vin|B||BANDOL ROSE # two Bandol rosés held (Tempier, Terrebrune)
n|-vin|B|2020|CHATEAUNEUF DU PAPE ROUGE # two Châteauneufs held
n|-vin|B||GUIGAL COTES DU RHONE # three colours held, label gives none
n|-vin|B150|2019|BEAUCASTEL CHATEAUNEUF DU PAPE ROUGE # no magnum of Beaucastel
n|-vin|B|2021|BEAUCASTEL BLANC CHATEAUNEUF DU PAPE # colour not held
n|-vin|B|2019|BEAUCASTEL HOMMAGE A JACQUES PERRIN # another Beaucastel cuvée
n|-vin|B|2021|GUIGAL CHATEAU D'AMPUIS COTE ROTIE # another Guigal wine
n|-vin|B|2022|GUIGAL CROZES HERMITAGE ROUGE # Guigal's Crozes not held (Graillot's is)
n|-vin|B|2020|TEMPIER BANDOL CABASSAOU # another Tempier cuvée
n|-vin|B37|2021|TEMPIER BANDOL ROUGE # no half bottle of Tempier rouge
n|-vin|B37|2023|MINUTY PRESTIGE ROSE COTES DE PROVENCE # no half bottle of Minuty Prestige
n|-vin|B|2022|TERREBRUNE BANDOL ROUGE # colour not held
n|-vin|B|2022|VIEUX TELEGRAPHE TELEGRAMME # the estate's second wine, not held
n|-vin|B|2022|CHAPOUTIER DESCHANTS BLANC ST JOSEPH # colour not held
n|-vin|B|2022|RICHAUD CAIRANNE L'EBRESCADE # another Richaud cuvée
n|-vin|P50||VIN ROUGE MAISON # house wine, not in the library
n|-vin|P25||VIN ROSE MAISON # house wine, not in the library
n|-champagne|B|2015|TAITTINGER COMTES DE CHAMPAGNE # another Taittinger wine
n|-spiritueux|D4||CHIVAS REGAL 25 ANS # another age
n|-spiritueux|D4||LAGAVULIN 8 ANS # another age
n|-spiritueux|D4||JAMESON BLACK BARREL # another Jameson
n|-autre|D||PASTIS JANOT # not held
n|-autre|X||COCKTAIL MAISON # cocktail
n|-biere|PINTE||LA BONNE FONTAINE AMBREE PRESSION # the ambrée is held only in bottle
n|-biere|B25||HEINEKEN # Heineken held only on draught
n|-soft|B100||COCA COLA # Coca-Cola held only in 33 cl
n|-soft|X||SIROP A L'EAU # syrup and water
"""
