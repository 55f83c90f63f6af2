"""Zapf: the beer hall's counter. key|measure|vintage|text[|reason]; a non-drink's measure is its raw code."""
CASES = """
mpils|f25||MeteorPils
mpils|f50||MeteorPils
mpils|f30||Meteor
mpils|b25||MeteorPils
mpils|b33||MeteorPils
lblo|f25||LicorneBlonde
lblo|f50||Licorne
-|b33||LicorneBlack|not held
paul|f50||PaulanerHefe
paul|f100||Paulaner
paul|b50||PaulanerHefe
-|b50||PaulanerHefeDunkel|Paulaner's dark wheat beer not held
feld|f25||Feldschloesschen
feld|f50||FeldschlOriginal
feld0|b33||FeldschlAlkoholfrei
guin|f50||Guinness
guin|b33||Guinness
k1664b|f25||1664Blanc
k1664b|f50||Kro1664Blanc
-|b25||1664|the lager 1664 is not held, only 1664 Blanc on draught
tann|b33||Tannenzaepfle
tann|b50||Tannenzaepfle
-|b50||RothausHefeweizen|not held
aug|b50||AugustinerHell
aug|b33||AugustinerHell
chim|b33||ChimayBleue
chim|b75||ChimayBleue
-|b33||ChimayBlanche|not held
perle|b33||PerleDansLesVignes
fisch|b65||FischerTradition
-|b50||Erdinger|not held
-|H7/50||BiereDuMonat|generic
-|MIX/50||PiconBiere|a mixed drink
-|MIX/25||Panache|a mixed drink
-|MIX/50||Radler|a mixed drink
wcb|cp||CremantWolfberger
amb|cp||CremantMetz
wcr|cp||CremantRoseWolfb
-|cp||Cremant|three Crémants held
agr|gl12|2022|RieslingAgape
agr|gl12|2020|RieslingAgape
edel|gl10||Edelzwicker
sppn|gl12|2022|PinotNoirSparr
sppn|gl12|2021|PinotNoirSparr
kubk|gl12|2021|PinotNoirK
spg|gl12|2021|PinotGrisSorg
spg|gl12|2022|PinotGrisSorg
lvn|gl12|2021|SylvanerValleeNoble
kchas|gl12|2023|ChasselasKientz
-|gl12||RieslingMaison|generic
jager|d2||Jaegermeister
jager|d4||Jaeger
mkir|d2||KirschMeyer
etter|d2||ZugerKirsch
willi|d2||Williamine
hmir|d4||MirabelleHepp
-|d2||Kirsch|two kirsch held
-|d2||Obstler|not held
-|d2||Schnaps|generic
g12|d4||Glenfiddich12
g15|d4||Glenfiddich15
-|d4||Glenfiddich|two ages held
roz|d4||Rozelieures
-|d4||RozelieuresFume|Rozelieures' peated whisky not held
zac|d4||Zacapa23
-|d4||ZacapaXO|not held
-|d4||Williams|two poire williams held (Meyer, Williamine)
ricard|d2||Ricard
lillet|gl12||LilletBlanc
-|MIX/25||AperolSpritz|a mixed drink
coca|b33||Coca
cocaz|b33||CocaZero
-|b33||CocaLight|not held
tonic|b20||Tonic
rivella|b33||RivellaRot
-|b33||RivellaBlau|not held
perrier|b50||Perrier
carola|b50||CarolaRot
ramsei|b100||Suessmost
-|KU/1||Brezel|food
-|KU/1||Wurstsalat|food
-|KU/2||Flammekueche|food
-|DIV/1||PfandGlas|glass deposit
-|DIV/1||Garderobe|cloakroom
"""
