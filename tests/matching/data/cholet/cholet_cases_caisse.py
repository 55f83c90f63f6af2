"""What the bar staff keyed on the old register (caisse): key|measure|vintage|text,
or -|measure|family|text|reason for a product that is no drink of the library."""
CASES = """
heineken|demi||HEINEKEN
heineken|pinte||HEINEKEN
kronenbourg|demi||KRONENBOURG
kronenbourg|pinte||KRONENBOURG
leffe_blonde|pinte||LEFFE BLONDE
leffe_blonde|demi||LEFFE
grimbergen_blanche|demi||GRIMBERGEN BLANCHE
grimbergen_blanche|pinte||GRIMBERGEN
guinness|pinte||GUINNESS
melusine_blonde|pinte||MELUSINE BLONDE
melusine_blonde|b33||MELUSINE BLONDE
melusine_ambree|b33||MELUSINE AMBREE
desperados|btl||DESPERADOS
duvel|btl||DUVEL
chimay_bleue|btl||CHIMAY BLEUE
heineken00|btl||HEINEKEN 0.0
cointreau|dose||COINTREAU
cointreau_noir|dose||COINTREAU NOIR
giffard_menthe|d2||MENTHE PASTILLE GIFFARD
get27|dose||GET27
get31|dose||GET31
ricard|d2||RICARD
pastis51|d2||PASTIS51
jack|dose||JACK DANIELS
chivas12|dose||CHIVAS 12ANS
chivas18|dose||CHIVAS 18ANS
glenfiddich12|dose||GLENFIDDICH 12ANS
martini_bianco|dose||MARTINI BLANC
coca|btl||COCA
coca_zero|btl||COCA ZERO
schweppes|btl||SCHWEPPES TONIC
evian|b50||EVIAN
rm_saumur|g||SAUMUR ROUGE
rm_saumur|p50||SAUMUR ROUGE
tigne_cabernet|g||CABERNET D ANJOU
passavant_rdl|g||ROSE DE LOIRE
richou_chauvigne|g||ANJOU BLANC CHAUVIGNE
pepiere_pepie|g||MUSCADET PEPIE
gm_flamme|cp||CREMANT FLAMME
gm_flamme_rose|cp||CREMANT FLAMME ROSE
moet_bi|cp||MOET IMPERIAL
guigal_cdr_r|g||COTES DU RHONE GUIGAL
p45_rose|g||PARALLELE 45 ROSE
chasse_spleen|btl|2016|CHASSE SPLEEN
connetable|btl|2018|CONNETABLE TALBOT
moet_bi|mag||MOET
clos_papes|btl||CLOS DES PAPES
chasse_spleen|btl|2017|CHASSE SPLEEN
rougeard_clos|btl|2018|CLOS ROUGEARD LE CLOS
lagrange|btl|2015|CHATEAU LAGRANGE
beaucastel|btl|2018|BEAUCASTEL
laureau_genets|btl|2021|SAVENNIERES GENETS
thalabert|btl|2020|CROZES THALABERT
guigal_cdr_r|btl|2021|CDR GUIGAL
bablut_rouchefer|btl|2019|ROUCHEFER BABLUT
dom_perignon|btl|2015|DOM PERIGNON
villeneuve_vv|btl|2021|VILLENEUVE VIEILLES VIGNES
talbot|btl|2016|TALBOT
pepiere_briords|btl|2020|BRIORDS PEPIERE
baudouin_juby|b50|2020|MARIA JUBY
rn_terres|btl|2019|TERRES CHAUDES
heineken|b33||HEINEKEN
duvel|pinte||DUVEL
chimay_bleue|b75||CHIMAY BLEUE
coca|b100||COCA
moet_rose|mag||MOET ROSE
lagrange|mag||LAGRANGE
-|-|CUI|GALETTE SAUCISSE|food
-|-|CUI|FRITES|food
-|-|CUI|PLANCHE MIXTE|food
-|-|CAF|CAFE|coffee
-|-|DIV|CONSIGNE ECOCUP|service: cup deposit
-|-|DIV|ENTREE SOIREE MATCH|service
-|demi|PRE|PRESSION|generic draught
-|pinte|PRE|BIERE DU MOIS|generic draught
-|g|ROU|VIN ROUGE|generic wine
-|g|BLA|VIN BLANC|generic wine
-|pinte|PRE|PICON BIERE|mixed drink
-|demi|PRE|PANACHE|mixed drink
-|demi|PRE|MONACO|mixed drink
-|g|APE|KIR|mixed drink
-|g|APE|SOUPE ANGEVINE|mixed drink: cremant, Cointreau, lemon
-|-|SPI|COINTREAU TONIC|mixed drink
-|dose|SPI|CHIVAS 25ANS|age not held (Chivas 12 and 18 held)
-|dose|SPI|JACK DANIELS FIRE|another Jack Daniel's not held
-|d2|APE|PASTIS|generic: Ricard and Pastis 51 held
-|dose|SPI|WHISKY|generic
-|-|ROU|CHATEAUNEUF DU PAPE|three Chateauneuf held
-|g|LIQ|COTEAUX DU LAYON|two Layon held
-|g|BLA|MUSCADET|four Muscadet held
-|g|ROU|SAUMUR CHAMPIGNY|several Saumur-Champigny held
-|cp|EFF|CHAMPAGNE|generic
-|-|BLA|CLOS ROUGEARD BREZE|another wine of a held producer
-|-|BLA|ROCHES NEUVES INSOLITE|another wine of a held producer
-|-|BLA|TALBOT CAILLOU BLANC|Talbot's white, not held
-|-|ROU|GUIGAL CONDRIEU|another wine of a held producer
-|cp|EFF|MOET ICE IMPERIAL|another Moet cuvee
-|-|EFF|VEUVE CLICQUOT ROSE|another colour
-|-|EFF|DOM PERIGNON ROSE|another colour
"""
