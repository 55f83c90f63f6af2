"""What was typed on till T (pintxos bar tablet): key|measure|vintage|text, or -family|...|note."""

T_SPECS = """
cune_cza|btl|2019|Cune Crianza
cune_rsv|glass|2018|Cune Reserva
cune_rsv|btl|2016|Cune Reserva
imp_rsv|btl||Imperial Reserva CVNE
imp_rsv|btl|2018|Imperial Reserva
murr_rsv|glass|2018|Marqués de Murrieta Reserva
ygay|btl|2012|Castillo Ygay Gran Reserva Especial
capellania|btl|2017|Capellanía Murrieta blanco
ardanza|btl|2017|Viña Ardanza Reserva
alberdi|glass|2019|Viña Alberdi crianza
gr904|btl|2015|904 Gran Reserva La Rioja Alta
tondonia|btl||Tondonia tinto reserva
moro|btl|2019|Emilio Moro
protos_rb|glass|2022|Protos Roble
ameztoi|glass|2023|Txakoli Ameztoi
ameztoi|mag|2023|Ameztoi
rubentis|glass|2023|Rubentis Ameztoi
senorans|glass|2022|Albariño Señorans
codax|glass|2023|Albariño Martín Códax
juve_rf|glass|2019|Juvé & Camps Reserva Familia
juve_rose|glass||Juvé Camps rosado
cordon|btl||Cordón Negro Freixenet
tio_pepe|glass||Tío Pepe
tio_pepe|half||Tío Pepe
guita|glass||Manzanilla La Guita
px|glass||Pedro Ximénez Lustau
zoco|dose||Pacharán Zoco
brana_poire|dose||Poire Brana
txopi|btl||Sagarnoa Txopinondo
petritegi|btl||Sagardoa Petritegi
estrella|cana||Estrella Galicia
e1906|btl||1906 Reserva Especial
aker_bl|cana||Akerbeltz rubia
eguzki_pr|cana||Eguzki rubia
kas|btl||Kas Naranja
ogeu_gaz|1l||Ogeu con gas
arr_rge|glass|2020|Arretxea tinto
brana_rse|glass|2023|Brana rosado
bearn_rse|glass|2023|Béarn rosado Lapeyre
termes|glass|2023|Gaillac perlé Clément Termes
-r|btl|2015|Cune Gran Reserva|Cune Gran Reserva not held (Crianza, Reserva held)
-r|btl|2016|Imperial Gran Reserva|Imperial Gran Reserva not held
-r|btl|2014|Viña Tondonia Gran Reserva|Tondonia Gran Reserva not held
-r|btl|2013|890 Gran Reserva La Rioja Alta|890 not held (904 is)
-r|glass||Rioja crianza|generic: several crianzas
-r|glass||Ribera del Duero|appellation alone: several held
-r|btl|2021|Murrieta Crianza|no Murrieta crianza held
-b|glass||Txakoli|several txakolis held
-s|glass||Txakoli rosado Txomin Etxaniz|Txomin Etxaniz rosé not held
-b|glass||Albariño|two albariños held
-e|glass||Cava|generic cava: several held
-e|btl||Juvé & Camps Gran Reserva|other Juvé & Camps cuvée
-j|glass||Amontillado|no amontillado held
-l|dose||Pacharán|generic: two held
-l|dose||Orujo de hierbas|not held
-k|btl||Estrella Galicia 0,0|not held
estrella|33cl||Estrella Galicia
-k|cana||Clara con limón|mixed drink
-c|glass||Sidra|generic: two ciders held
-w|btl||Kas Limón|not held
-v|btl||Kalimotxo|mixed drink
-r|glass||Tinto de verano|mixed drink
-p|btl||Gilda|pintxo
-p|btl||Pintxo de txipirón|pintxo
-p|btl||Croquetas de jamón|pintxo
-x|btl||Ración de jamón ibérico|food
-x|btl||Pimientos de Padrón|food
-f|btl||Café con leche|coffee
-f|btl||Carajillo|coffee with spirit
-v|btl||Suplemento terraza|service
senorans|btl|2021|Pazo de Señorans
rubentis|btl|2022|Rubentis
juve_rf|btl|2017|Juvé & Camps Reserva de la Familia
cune_cza|glass|2019|Cune Crianza
alberdi|glass|2018|Viña Alberdi crianza
-r|glass||Rioja reserva|generic: several reservas
-b|glass|2022|Cune blanco|no white Cune held
-b|btl|2022|Monopole CVNE|other CVNE wine
-r|btl|2012|Vega Sicilia Único|not held
"""
