"""CARNA (carnival / events till): key|measure|vintage|text  or  -|measure|vintage|text|why."""
CASES = """
jupiler|demi||JUPILER
jupiler|pinte||JUPILER
kwak|pinte||KWAK
kwak|gal||KWAK
leffe_bl|gal||LEFFE BLONDE
leffe_br|demi||LEFFE BRUNE
3monts|gal||3MONTS
karmeliet|pinte||KARMELIET
pelforth_br|gal||PELFORTH
chti_amb|gal||CHTI AMBREE
chimay_r|b33||CHIMAY ROUGE
duvel|b33||DUVEL
orval|b33||ORVAL
delirium|b33||DELIRIUM
houlle|2cl||HOULLE
houlle|dose||GENIEVRE HOULLE
wamb40|2cl||WAMBRECHIES
clan|dose||CLAN CAMPBELL
label5|dose||LABEL 5
absolut|dose||ABSOLUT
gordons|dose||GORDONS
bacardi|dose||BACARDI
get31|dose||GET 31
ricard|dose||RICARD
picon|dose||PICON
coca|b33||COCA
oasis|b25||OASIS
perrier|b33||PERRIER
vittel|b100||VITTEL
perrin_r|p50|2022|CDR PERRIN
perrin_r|vre|2021|CDR PERRIN
perrin_r|p25||CDR PERRIN
cm_rose|vre||COTE MAS ROSE
cm_rouge|p50||COTE MAS ROUGE
tariquet|vre|2023|TARIQUET
mcadet|half|2021|MOUTON CADET
jolivet|half|2023|SANCERRE
clicquot|cp||CLICQUOT
clicquot|btl||VEUVE CLICQUOT
feuillatte|btl||FEUILLATTE
taitt_br|cp||TAITTINGER
brouilly|btl|2023|BROUILLY
perrin_r|p50|2019|CDR PERRIN
perrin_r|vre|2023|CDR PERRIN
perrin_b|vre|2024|CDR BLANC
mcadet|vre|2023|MOUTON CADET
jadot|vre|2019|JADOT
jolivet|half|2022|SANCERRE
sereine|half|2023|CHABLIS
tariquet|p50|2024|TARIQUET
pepiere|vre|2024|MUSCADET
whisp|btl|2024|WHISP ANGEL
morgon|btl|2023|MORGON
fleurie|vre|2023|FLEURIE
-|demi||ORVAL|not on draught
-|gal||CHIMAY BLEUE|not on draught
-|b33||KWAK BLONDE|no such Kwak
-|b33||CHTI BLANCHE|another Ch'ti
-|dose||GET 27 CITRON|no such Get
-|dose||HAVANA 3 COLA|mixed drink
-|dose||WAMBRECHIES 12 ANS|another age
-|mag||CDR PERRIN|no magnum
-|half||COTE MAS ROSE|no half bottle
-|btl||CLICQUOT ROSE|another colour
-|btl||CHAMPAGNE|generic
-|vre||BLANC|generic
-|pinte||BIERE|generic
-|demi||BLONDE|generic
-|pinte||PICON BIERE|mixed drink
-|demi||PANACHE|mixed drink
-|||BISTOUILLE|coffee with genièvre
-|||CAFE|coffee
-|||CHOCOLAT CHAUD|hot drink
-|||VIN CHAUD|hot drink
-|||SOUPE A L OIGNON|food
-|||HARENG SAUR|food
-|||FRITES|food
-|||SANDWICH AMERICAIN|food
-|||CROQUE|food
-|||CONSIGNE ECOCUP|deposit
-|||RETOUR ECOCUP|deposit
-|||ENTREE BAL|service
-|||VESTIAIRE|service
-|||TICKET CHAPELLE|service
-|||EAU PLATE CARAFE|free water
-|||SIROP|generic soft
-|||CLIPS CARNAVAL|merchandise
"""
