"""CASHLESS: the wristband system of the match-day tent and the upstairs lodge.

key|measure|vintage|Text  or  -|measure|vintage|Text|reason  (as in lens_cases_kop).
"""
CASES = """
chti_blonde|pinte||Chti Blonde
chti_blonde|demi||Chti Blonde
chti_ambree|pinte||Chti Ambree
jenlain|demi||Jenlain Ambree
goudale|pinte||La Goudale
goudale|b25||Goudale
page24|pinte||Page 24 Blonde
leffe_blonde|pinte||Leffe Blonde
leffe_brune|demi||Leffe Brune
affligem|pinte||Affligem
kwak|pinte||Kwak
karmeliet|demi||Karmeliet
chouffe|pinte||La Chouffe
stella|demi||Stella Artois
pelforth|pinte||Pelforth
k1664|demi||1664 Kronenbourg
delirium|b33||Delirium Tremens
duvel|b33||Duvel
rochefort10|b33||Rochefort 10
westmalle_tripel|b33||Westmalle Triple
chimay_triple|b33||Chimay Triple
anosteke|b33||Anosteke
rhubipa|b33||Rhub IPA Saint Germain
jager|4cl||Jagermeister
houlle|2cl||Genievre de Houlle
filliers|2cl||Filliers Graanjenever
havana3|4cl||Havana 3 ans
jack|4cl||Jack Daniels
coca|b33||Coca Cola
coca_zero|b33||Coca Zero
icetea|b25||Ice Tea
taittinger|btl||Taittinger Brut Reserve
taittinger|b150||Taittinger
polroger_br|btl||Pol Roger Brut Reserve
polroger_vint|btl|2013|Pol Roger Vintage
ruinart|cp||Ruinart Blanc de Blancs
wolfberger|cp||Cremant Wolfberger
cdr_guigal_r|vre||CDR Guigal Rouge
crozes|btl|2021|Crozes Meysonniers
sancerre|btl|2023|Sancerre Vacheron
whispering|vre||Whispering Angel
whispering|b150|2023|Whispering Angel
tsb|btl|2019|Chateau Tour Saint Bonnet
polroger_vint|btl|2016|Pol Roger Vintage
polroger_vint|btl|2008|Pol Roger Vintage
sancerre|btl|2020|Sancerre Vacheron
crozes|btl|2023|Crozes Meysonniers
chasse|btl|2018|Chasse Spleen
cdr_guigal_r|btl|2022|CDR Guigal Rouge
whispering|btl|2024|Whispering Angel
whispering|b150|2022|Whispering Angel Esclans
trimbach_ries|btl|2023|Riesling Trimbach
lanessan|btl|2019|Chateau Lanessan
tsb|vre|2022|Tour St Bonnet
morgon|btl|2022|Morgon Foillard
chasse|btl|2016|Ch Chasse Spleen Moulis
duvel|pinte||Duvel
orval|pinte||Orval
chimay_bleue|pinte||Chimay Bleue
polroger_br|b150||Pol Roger Brut Reserve
schweppes|b33||Schweppes Tonic
-|pinte||Picon Biere|mixed drink
-|demi||Panache|mixed drink
-|pinte||Biere du Moment|generic
-|demi||Monaco|mixed drink
-|||Consigne Ecocup|cup deposit
-|||Retour Ecocup|cup deposit returned
-|||Recharge Bracelet|wristband top-up
-|||Frites Barquette|food
-|||Fricadelle Frites|food
-|||Hot Dog|food
-|||Gaufre Sucre|food
-|||Cafe|coffee
-|btl||Champagne Brut|several champagnes
-|cp||Champagne|several champagnes
-|btl|2015|Pol Roger Winston Churchill|another Pol Roger cuvee
-|btl||Taittinger Nocturne|another Taittinger cuvee
-|btl||Ruinart Rose|Ruinart rose not held
-|pinte||Leffe|two Leffe on draught
-|b33||Kriek Lindemans|not held
-|b33||Houblon Chouffe|another Achouffe beer, not held
-|4cl||Jack Daniels Honey|variant not held
-|4cl||Havana 7 ans|7 ans not held (3 ans is)
-|2cl||Genievre|three genievres held
-|4cl||Vodka|generic
-|b33||Coca Cherry|variant not held
-|b50||Eau Plate|generic
-|b25||Limonade|generic
-|vre||Vin Rouge|generic
-|btl|2023|Sancerre Rouge Vacheron|colour not held
"""
