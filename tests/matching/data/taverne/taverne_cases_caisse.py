"""caisse: what the owner keyed into the old counter register.

One line a case: key|measure|vintage|text[|why]. key '-' is a product that is no drink of
the library (why says which); measure B (the bottle), B<cl> (a bottle size), H, M, G, G15,
C25, C50, K20, D4, P25, P50, U (a unit of food or service). The register adds the measure
word, the size and the two-digit vintage, and cuts the line at 22 columns.
"""
CASES = r"""
sig_assyr|B|2022|SIGALAS ASSYRTIKO
sig_assyr|G|2023|SIGALAS ASSYRTIKO
sig_assyr|H|2022|SIGALAS ASSYRT
sig_assyr|B|2019|ASSYRTIKO SIGALAS
sig_kaval|B|2021|SIGALAS KAVALIEROS
sig_vinsanto|B|2014|VINSANTO SIGALAS
sig_vinsanto|G|2016|VINSANTO SIG
gaia_thal|B|2023|GAIA THALASSITIS
gaia_thal|M|2022|GAIA THALASSITIS
gaia_thal|B|2020|THALASSITIS
gaia_thal|H|2023|GAIA THALASSITIS
gaia_wild|B|2022|GAIA WILD FERMENT
hatz_assyr|B|2021|HATZIDAKIS ASSYRTIKO
-|G|2020|HATZIDAKIS|two Hatzidakis wines held, none named
hatz_nykt|B|2021|NIKTERI HATZIDAKIS
argy_assyr|B|2023|ARGYROS ASSYRTIKO
argy_vins12|B|0|VINS ARGYROS 12A
-|B50|0|VINS ARGYROS 20A|the 20-year Vinsanto is not held (12 years is)
santo_assyr|B|2023|SANTO ASSYRTIKO
-|B|2023|ASSYRTIKO|three Santorini Assyrtikos of 2023 held
-|G|0|SANTORINI BLANC|several Santorini whites held
gerov_mala|B|2022|KT GEROVASSILIOU MALAG
gerov_mala|G|2023|MALAGOUSIA GEROV
gerov_mala|H|2023|MALAGOUZIA GEROV
gerov_mala|B|2019|MALAGOUSIA GEROVAS
gerov_mala|M|2022|MALAGOUSIA GEROV
gerov_blanc|B|2023|GEROVASSILIOU BLANC
gerov_avaton|B|2016|AVATON
-|B|2021|GEROVASSILIOU SYRAH|another wine of a held producer
bout_naoussa|B|2019|BOUTARI NAOUSSA
bout_naoussa|B|2017|NAOUSSA BOUTARI
bout_naoussa|H|2020|BOUTARI NAOUSSA
bout_naoussa|M|2018|BOUTARI NAOUSA
bout_naoussa|G|2020|BOUTARI NAOUSSA XYN
bout_gr|B|2016|BOUTARI GR RESERVE
bout_gr|B|2013|BOUTARI GDE RES
-|B|2020|BOUTARI MOSCHOFILERO|another wine of a held producer
thym_yv|B|2022|THYMIOPOULOS YOUNG V
thym_es|B|2019|EARTH SKY THYMIO
thym_es|G15|2019|THYMIO EARTH SKY
-|B|2020|THYMIOPOULOS ROSE|Thymiopoulos rosé not held
ky_ramnista|B|2019|KIRYIANNI RAMNISTA
ky_ramnista|M|2018|RAMNISTA KIR YIANNI
ky_ramnista|B|2021|RAMNISTA
ky_ramnista|G|2016|KIR YIANNI RAMNISTA
ky_akakies|G|2024|AKAKIES ROSE
-|B|2019|KIRYIANNI PARANGA|another wine of a held producer
karanika|G|0|KARANIKA
-|B|0|KARANIKA ROSE|Karanika rosé not held
pavl_thema_b|B|2023|THEMA BLANC PAVLIDIS
-|B|2020|THEMA PAVLIDIS|Thema held in two colours, none named
laz_amet_b|B|2021|AMETHYSTOS BLANC
-|B|2022|AMETHYSTOS ROSE|Amethystos rosé not held
tsant_rapsani_res|B|2015|RAPSANI RESERVE
gaia_estate|B|2020|GAIA AGIORGITIKO
gaia_estate|G|2019|GAIA ESTATE NEMEA
gaia_estate|B|2016|AGIORGITKO GAIA
gaia_estate|C25|2020|GAIA NEMEA
gaia_notios_b|C50|2023|NOTIOS BLC
-|C50|0|NOTIOS|Notios held in two colours, none named
gaia_1418|G|2022|14-18H ROSE GAIA
skour_sg|B|2021|SKOURAS ST GEORGE
skour_sg|G|2020|SKOURAS AGHIORGHITIKO
skour_mo|B|2017|MEGAS OENOS
-|B|2019|NEMEA|several Nemea held
-|G|0|AGIORGITIKO|two Agiorgitikos held
tetra_roditis|G|2023|RODITIS TETRAMYTHOS
merc_foloi|B|2022|MERCOURI FOLOI
achaia_mavro|G|0|MAVRODAFNI ACHAIA
-|G|0|MAVRODAPHNE|two Mavrodaphnes held
parpa_mavro|B|0|MAVRO PARPAROUS
malamatina|B|0|MALAMATINA
-|B|0|RETSINA|four retsinas held
kech_tear|B|2020|TEAR OF THE PINE
hb_baronnes|H|2022|SANCERRE BARONNES
pibarnon|B|2020|PIBARNON
drappier_co|H|0|DRAPPIER CARTE OR
-|G|0|CHAMPAGNE|generic
plomari|D4|0|PLOMARI
plomari|K20|0|OUZO PLOMARI
plomari|B100|0|OUZO PLOMARI
-|D4|0|OUZO|four ouzos held
-|D4|0|OUZO 12|an ouzo not held
barba_blue|D4|0|BARBAYANNI BLEU
-|D4|0|BARBAYANNI APHRODITE|another ouzo of a held distiller
tsil_sans|D4|0|TSILILIS S/ANIS
tsil_anis|K20|0|TSILILIS ANIS
-|D4|0|TSIPOURO|three tsipouros held
metaxa12|D4|0|METAXA 12*
-|D4|0|METAXA|three Metaxas held, no stars
-|D4|0|METAXA PRIVATE RES|a Metaxa not held
skinos|D4|0|MASTIHA SKINOS
mythos|P25|0|MYTHOS
mythos|B33|0|MYTHOS
fix|P50|0|FIX
alfa|P25|0|ALFA
-|P50|0|PRESSION|generic, two beers on tap
-|B33|0|MYTHOS RED|another beer of a held brewery
loux_lemon|B33|0|LOUX LEMONADA
zagori|B100|0|ZAGORI PLATE
-|U|0|COCA ZERO|a soft not held
-|U|0|TZATZIKI|food
-|U|0|CAFE FREDDO|coffee
-|U|0|FRAPPE|coffee
-|U|0|GYROS PITA|food
-|U|0|COUVERT|service
-|C50|0|ROUGE MAISON|generic house wine
-|G|0|BLANC DU MOMENT|generic
-|U|0|LOUKOUMADES MIEL|food
-|B|2021|SIGALAS MAVROTRAGANO|another wine of a held producer
sig_assyr|M|2022|SIGALAS ASSYRTIKO
-|B|2019|XINOMAVRO NAOUSSA|several Naoussa Xinomavros held
"""
