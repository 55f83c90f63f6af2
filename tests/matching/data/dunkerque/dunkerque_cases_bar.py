"""BAR (counter register): what the staff typed. key|measure|vintage|text  or
-|measure|vintage|text|why for a label meant as no held drink."""
CASES = """
jupiler|demi||JUPILER
jupiler|pinte||JUP
jupiler|gal||JUPILER
kwak|demi||KWAK
kwak|pinte||KWAK
kwak|b33||KWAK
leffe_bl|demi||LEFFE BLONDE
leffe_br|pinte||LEFFE BRUNE
leffe_br|gal||LEFFE BR
3monts|demi||3 MONTS
3monts|b75||3MONTS
karmeliet|demi||KARMELIET
karmeliet|b33||TRIPEL KARMELIET
pelforth_br|demi||PELFORTH BRUNE
chti_amb|pinte||CHTI AMBREE
chti_tri|b75||CHTI TRIPLE
chimay_b|b75||CHIMAY BLEUE
chimay_r|b33||CHIMAY ROUGE
roch8|b33||ROCHEF 8
roch10|b33||ROCHEF 10
stb_abt12|b33||ABT 12
duvel|b33||DUVEL
duvel_th|b33||DUVEL TRIPEL HOP
mcchouffe|b33||MC CHOUFFE
rodenbach|b33||RODENBACH GC
houlle|2cl||HOULLE
houlle|dose||HOULLE 49
wamb8|2cl||WAMB 8 ANS
wamb40|dose||WAMBRE 40
get27|dose||GET 27
havana7|dose||HAVANA 7
jackd|dose||JACK DANIELS
ricard|dose||RICARD
picon|dose||PICON
suze|dose||SUZE
martini_r|dose||MARTINI ROUGE
porto_tawny|dose||PORTO TAWNY
coca|b33||COCA
cocaz|b33||COCA ZERO
vittel|b50||VITTEL
perrin_r|btl|2022|CDR PERRIN
perrin_r|vre|2021|CDR PERRIN
perrin_b|btl|2023|CDR BL PERRIN
mcadet|btl|2020|MOUTON CADET
mcadet|half|2021|M CADET
tourdeby|btl|2019|TOUR DE BY
tourdeby|mag|2018|TOUR DE BY
jolivet|btl|2023|SANCERRE JOL
jolivet|half|2023|SANC JOLIVET
sereine|btl|2021|CHABLIS SER
pepiere|p50|2023|MUSCADET
morgon|btl|2022|MORGON DUB
hugel_ries|btl|2022|RIESLING HUG
whisp|btl|2023|WHISP ANGEL
cm_rose|p25||CM ROSE
cm_rouge|vre||MAS ROUGE
clicquot|cp||VEUVE CLICQUOT
clicquot|mag||CLICQUOT
taitt_br|btl||TAITTINGER
dopff|cp||CREMANT DOPFF
mcadet|btl|2019|MOUTON CADET
mcadet|vre|2022|M CADET
tourdeby|btl|2016|TOUR DE BY
lanessan|btl|2015|LANESSAN
bonnet_r|btl|2020|BONNET RGE
jadot|btl|2020|JADOT PN
sereine|half|2021|CHABLIS
jolivet|btl|2021|SANC JOLIVET
fleurie|btl|2021|FLEURIE
brouilly|btl|2022|BROUILLY
perrin_r|p25|2020|CDR P
meysonniers|btl|2019|CROZES CHAP
coudraye|btl|2020|BOURGUEIL
hugel_gew|btl|2022|GEWURZ HUG
hauteserre|btl|2017|CAHORS HS
tariquet|btl|2022|TARIQUET
minuty|btl|2022|M MINUTY
monbaz|btl|2020|MONBAZIL
-|demi||CHIMAY BLEUE|Chimay is not on draught
-|b33||ROCHEF 12|no Rochefort 12
-|b33||STB TRIPEL|another St. Bernardus
-|b33||CHIMAY DOREE|another Chimay
-|demi||LEFFE RUBY|another Leffe
-|demi||LEFFE|two Leffe on draught
-|dose||HAV 15 ANS|another age
-|dose||MANZANA|liqueur not held
-|dose||COGNAC XO|no XO held
-|dose||WAMBRE 12 ANS|another age
-|mag||MOUTON CADET|no magnum
-|half||WHISP ANGEL|no half bottle
-|btl||M CADET BLANC|another colour
-|btl||SANCERRE ROUGE|another colour
-|btl||HUGEL PINOT GRIS|producer's other wine
-|btl||BRUT RESERVE|two houses
-|vre||ROUGE|generic
-|p50||ROSE|generic
-|demi||PRESSION|generic
-|pinte||PICON BIERE|mixed drink
-|demi||PANACHE|mixed drink
-|demi||MONACO|mixed drink
-|||BISTOUILLE|coffee with genièvre
-|||CAFE|coffee
-|||CAFE CREME|coffee
-|||CHOCOLAT|hot drink
-|||THE MENTHE|hot drink
-|||GROG|hot drink
-|||WELSH|food
-|||POTJEVLEESCH|food
-|||CARBONNADE|food
-|||MOULES FRITES|food
-|||TARTE SUCRE|food
-|||KIR|aperitif cocktail
-|||COUVERT|service
"""
