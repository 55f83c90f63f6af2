"""KOP: the match-day bar's register (quick keys). What the staff keyed.

key|measure|vintage|TEXT            a drink of the library (key of lens_drinks)
-|measure|vintage|TEXT|reason       no drink of the library
measure: internal code rendered by lens_tills (demi, pinte, b33, btl, vre, ...).
"""
CASES = """
chti_blonde|demi||CHTI BLONDE
chti_blonde|pinte||CHTI BLDE
chti_ambree|pinte||CHTI AMBREE
chti_blonde|b75||CHTI BLONDE
chti_triple|b33||CHTI TRIPLE
jenlain|pinte||JENLAIN
jenlain|b75||JENLAIN AMBREE
goudale|pinte||GOUDALE
goudale|b25||GOUDALE
page24|demi||PAGE24 BLONDE
page24|b33||PAGE24
rhubipa|b33||RHUB IPA
anosteke|b33||ANOSTEKE BLDE
troismonts|b75||3MONTS
leffe_blonde|demi||LEFFE BLONDE
leffe_blonde|pinte||LEFFE BLDE
leffe_brune|pinte||LEFFE BRUNE
grimbergen|pinte||GRIMBERGEN
affligem|demi||AFFLIGEM
kwak|demi||KWAK
karmeliet|pinte||KARMELIET
karmeliet|b33||TRIPEL KARMELIET
chouffe|demi||CHOUFFE
hoegaarden|pinte||HOEGAARDEN
k1664|pinte||1664
duvel|b33||DUVEL
chimay_bleue|b33||CHIMAY BLEUE
chimay_bleue|b75||CHIMAY BLEUE
chimay_rouge|b33||CHIMAY ROUGE
orval|b33||ORVAL
rochefort8|b33||ROCHEFORT8
rochefort10|b33||ROCHEFORT10
westmalle_tripel|b33||WESTMALLE TRIPLE
houlle|2cl||GENIEVRE HOULLE
wamb8|2cl||WAMBRECHIES8ANS
filliers|4cl||FILLIERS
ricard|dose||RICARD
pastis51|dose||PASTIS51
get27|4cl||GET27
jager|4cl||JAGER
picon|dose||PICON
coca|b33||COCA
orangina|b25||ORANGINA
cdr_guigal_r|vre||CDR RGE GUIGAL
wolfberger|cp||CREMANT WOLFB
taittinger|cp||TAITTINGER
cdr_guigal_r|btl|2021|CDR RGE GUIGAL
cdr_guigal_r|vre|2018|CDR GUIGAL RGE
chinon|btl|2019|CHINON RAFFAULT
trimbach_ries|vre|2020|RIESLING TRIMB
sancerre|btl|2021|SANC VACHERON
lanessan|btl|2017|LANESSAN
puygueraud|btl|2017|PUYGUERAUD
polroger_vint|btl|2012|POL ROGER VINT
tsb|vre|2021|TOUR ST BONNET
crozes|btl|2022|CROZES MEYSONNIERS
-|demi||LEFFE|two Leffe on draught (blonde and brune)
-|pinte||CHTI|two Ch'ti on draught (blonde and ambree)
duvel|pinte||DUVEL
orval|demi||ORVAL
chimay_rouge|b75||CHIMAY ROUGE
chti_triple|pinte||CHTI TRIPLE
kwak|b75||KWAK
perrier|b100||PERRIER
-|b33||LEFFE RUBY|a Leffe the library does not hold
-|b33||CHIMAY VERTE|Chimay 150 (green) not held
-|b33||WESTMALLE EXTRA|Westmalle Extra not held
-|b33||ROCHEFORT6|Rochefort 6 not held (8 and 10 are)
-|pinte||PICON BIERE|mixed drink (Picon and beer)
-|demi||PANACHE|mixed drink
-|demi||MONACO|mixed drink
-|pinte||BIERE DU MOIS|generic beer of the month
-|pinte||KRONENBOURG|Kronenbourg lager not held (1664 is another beer)
-|demi||JUPILER|not held
-|||FRITE XL|food
-|||FRICADELLE|food
-|||MITRAILLETTE|food
-|||AMERICAIN|food
-|||CAFE|coffee
-|||CHOCO CHAUD|hot drink
-|||CONSIGNE GOBELET|cup deposit
-|||RETOUR GOBELET|cup deposit returned
-|4cl||WHISKY|generic
-|4cl||CHIVAS18|Chivas 18 not held (12 is)
-|4cl||GLENFIDDICH18|Glenfiddich 18 not held (12 and 15 are)
-|4cl||HAVANA7|Havana Club 7 not held (3 is)
-|2cl||GENIEVRE|three genievres held
-|2cl||WAMBRECHIES12ANS|12 ans not held (8 ans is)
-|dose||PASTIS|Ricard and Pastis 51 held
-|dose||MARTINI|Martini Bianco and Rosso held
-|vre||VIN ROUGE|generic
-|vre||ROSE|generic
-|cp||CHAMPAGNE|several champagnes
-|cp||POL ROGER|two Pol Roger cuvees in 75 cl
-|btl||CDR|several Cotes du Rhone producers
-|b33||OASIS|not held
-|b33||DESPERADOS|not held
-|b25||COCA CHERRY|variant not held
-|||SAUCE SAMOURAI|food
"""
