"""What the dining room's back office exported (Sunday lunch): key|measure|vintage|text,
or -|measure|family|text|reason for a product that is no drink of the library."""
CASES = """
richou_chauvigne|btl|2022|anjou blanc chauvigne richou
richou_vv|btl|2019|anjou vil brissac vv richou
bablut_ordovicien|btl|2021|anjou ordovicien bablut
passavant_anjou|p50||anjou rouge passavant
passavant_anjou|p25||anjou rouge passavant
passavant_rdl|g12||rose de loire passavant
tigne_cabernet|p50||cabernet d'anjou tigne
tigne_cabernet|g||cabernet d'anjou tigne
passavant_layon|b50|2020|layon passavant
passavant_layon|g||layon passavant
juchepie_quarts|g||quarts de juchepie
laureau_genets|btl|2018|savennieres les genets laureau
laureau_ouvrage|btl||savennieres bel ouvrage laureau
morgat_fides|g15||savennieres fides morgat
rougeard_poyeux|btl|2016|s-champigny poyeux rougeard
villeneuve_cormiers|g||saumur blanc les cormiers
rn_terres|p50||terres chaudes roches neuves
rm_saumur|p25||saumur rouge robert et marcel
gm_flamme|btl||cremant de loire flamme brut
gm_flamme_rose|btl||cremant de loire flamme rose
bouvet_saphir|g||saumur brut saphir bouvet
pepiere_pepie|p50||muscadet la pepie
pepiere_briords|btl|2021|muscadet clos briords
oiseliniere|g12||muscadet oiseliniere
delhommeau_harmonie|btl|2022|muscadet harmonie delhommeau
connetable|btl||connetable de talbot
reignac|btl|2019|chateau de reignac
mouton_cadet|g||mouton cadet rouge
guigal_cdr_r|p50||cotes du rhone guigal
guigal_cdr_r|mag||cotes du rhone guigal
p45_rose|p50||parallele 45 rose jaboulet
thalabert|btl|2019|crozes thalabert
meysonniers|g15||crozes meysonniers chapoutier
beaucastel|btl|2019|chateauneuf beaucastel
clos_papes|btl|2019|clos des papes avril
vt_crau|btl||chateauneuf vieux telegraphe
moet_bi|cp||champagne moet brut imperial
clicquot|cp||veuve clicquot carte jaune
taittinger|btl||taittinger brut reserve
ruinart_bdb|cp||ruinart blanc de blancs
lp_rose|cp||laurent-perrier cuvee rose
giffard_menthe|dose||menthe pastille giffard
remy_vsop|dose||cognac remy martin vsop
magloire_vsop|dose||calvados pere magloire
jack_honey|dose||jack daniel's honey
sandeman_ruby|dose||porto sandeman ruby
lillet|g||lillet blanc
melusine_blonde|pinte||melusine blonde pression
rougeard_clos|btl|2015|s-champigny le clos
laureau_genets|btl|2017|savennieres genets
chasse_spleen|btl|2015|chasse-spleen
talbot|btl|2014|chateau talbot
fiefs_lagrange|btl|2018|fiefs de lagrange
connetable|btl|2016|connetable talbot
guigal_cdr_r|btl|2022|cdr guigal
dom_perignon|btl|2014|dom perignon
bouvet_saphir|btl|2021|saphir bouvet
juchepie_quarts|btl|2018|quarts de juchepie
baudouin_juby|b50|2016|maria juby baudouin
vt_crau|btl|2016|telegraphe la crau
pepiere_pepie|btl|2022|muscadet la pepie
villeneuve_vv|mag|2020|villeneuve vv
passavant_anjou|mag|2021|anjou passavant
chasse_spleen|half||chasse-spleen
talbot|mag||chateau talbot
lp_rose|mag||laurent-perrier rose
pepiere_briords|half||muscadet clos des briords
rm_saumur|half||saumur rouge
melusine_ambree|pinte||melusine ambree
coca|b100||coca-cola
-|-|CUI|entree du jour|food
-|-|CUI|menu dominical adulte|food
-|-|CUI|menu enfant|food
-|-|CUI|gigot d'agneau|food
-|-|DES|cremet d'anjou|dessert
-|-|DES|tarte aux pommes|dessert
-|-|CAF|cafe|coffee
-|-|DIV|droit de bouchon|service
-|p50|ROU|vin rouge|generic wine
-|p25|BLA|vin blanc maison|generic wine
-|p50|ROS|rose du moment|generic wine
-|cp|EFF|coupe de champagne|generic
-|g|LIQ|coteaux du layon|two Layon held
-|b75|BLA|savennieres|three Savennieres held
-|b75|ROU|saint-julien|several Saint-Julien held
-|b75|ROU|crozes-hermitage|two Crozes held
-|b75|LIQ|quarts de chaume baumard|a wine the library does not hold
-|b75|BLA|savennieres roche aux moines|a wine the library does not hold
-|b75|EFF|moet ice imperial|another Moet cuvee
-|b75|EFF|dom perignon p2|another Dom Perignon
-|b75|EFF|cremant de loire ackerman|another producer
-|b75|BLA|anjou blanc passavant|a colour of the producer not held
-|p50|ROS|rose d'anjou passavant|Rose d'Anjou not held (Rose de Loire held)
-|b75|BLA|cotes du rhone blanc jaboulet|another colour
-|dose|SPI|glenfiddich 15 ans|age not held
-|dose|SPI|remy martin xo|another Remy Martin
-|g|APE|kir vin blanc|mixed drink
-|dose|APE|martini extra dry|another Martini
"""
