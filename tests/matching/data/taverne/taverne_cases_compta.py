"""compta: the accountant's monthly sales export (one line per article sold).

One line a case: key|measure|vintage|text[|why]; for a product that is no drink of the
library the key is '-' followed by its account family (cui, caf, ser, spiritueux, bière,
soft; '-' alone is wine). The export prints '<account>.<article> <Designation> <yyyy>
<cond>': the revenue account by family, a four-digit article number, the designation in
Title Case ASCII with the accountant's French transliteration (Aghiorghitiko, Xynomavro,
Malagouzia, Kir-Yanni, 'Domaine' for Ktima, Santorin, Nemee), and a conditioning code.
"""
CASES = r"""
sig_assyr|B|2023|Dom. Sigalas Assyrtiko Santorin
sig_assyr|G|2021|Sigalas Assyrtiko
sig_vinsanto|B|2014|Dom. Sigalas Vinsanto
gaia_thal|M|2022|Gaia Thalassitis Santorin
hatz_nykt|G|2020|Hatzidakis Nykteri
argy_vins12|B|0|Argyros Vinsanto 12 Ans
santo_assyr|G|2023|Santo Wines Assyrtiko Santorin
gerov_mala|B|2021|Domaine Gerovassiliou Malagouzia
gerov_mala|H|2023|Domaine Gerovassiliou Malagouzia
gerov_blanc|B|2023|Domaine Gerovassiliou Blanc
bout_naoussa|B|2018|Boutari Naoussa Xynomavro
bout_naoussa|H|2020|Boutari Naoussa
bout_gr|G|2015|Boutari Naoussa Grande Reserve
thym_yv|B|2020|Thymiopoulos Jeunes Vignes Xynomavro
ky_ramnista|M|2018|Kir-Yanni Ramnista Naoussa
ky_akakies|G|2023|Kir-Yanni Akakies Rose
alpha_turtles|B|2023|Alpha Estate Malagouzia Turtles
pavl_thema_r|G|2020|Domaine Pavlidis Thema Rouge
gaia_notios_r|C50|2022|Gaia Notios Rouge
biblia_ovilos_r|B|2018|Biblia Chora Ovilos Rouge
tsant_rapsani|B|2019|Tsantali Rapsani
gaia_estate|B|2018|Gaia Estate Aghiorghitiko Nemee
skour_sg|B|2020|Skouras Saint-Georges Aghiorghitiko
semeli_ngr|B|2017|Semeli Nemee Grande Reserve
lyra_vidiano|G|2023|Lyrarakis Vidiano Crete
samos_vd|B|0|Samos Vin Doux Muscat
parpa_mavro|B|0|Parparoussis Mavrodaphne Reserve
gaia_ritinitis|B|0|Gaia Ritinitis Nobilis Retsina
hb_baronnes|B|2023|Henri Bourgeois Sancerre Les Baronnes
triennes_rose|B|2023|Domaine de Triennes Rose
drappier_co|B|0|Champagne Drappier Carte d'Or Brut
drappier_co|G|0|Champagne Drappier Carte d'Or
plomari|D4|0|Ouzo Plomari Arvanitis
metaxa7|D4|0|Metaxa 7 Etoiles
metaxa5|B70|0|Metaxa 5 Etoiles
tsil_anis|D4|0|Tsipouro Tsililis Anise
tsil_sans|K20|0|Tsipouro Tsililis Sans Anis
skinos|D4|0|Skinos Mastiha
mythos|P25|0|Biere Mythos Pression
fix|P50|0|Fix Hellas Pression
alfa|B33|0|Biere Alfa
zagori|B50|0|Eau Zagori
sig_assyr|B|2020|Dom. Sigalas Assyrtiko Santorin
gaia_thal|B|2021|Gaia Thalassitis Santorin
hatz_assyr|B|2023|Hatzidakis Assyrtiko Santorin
gerov_avaton|B|2019|Domaine Gerovassiliou Avaton
bout_naoussa|B|2021|Boutari Naoussa Xynomavro
ky_ramnista|B|2017|Kir-Yanni Ramnista Naoussa
gaia_estate|B|2021|Gaia Estate Aghiorghitiko Nemee
skour_sg|B|2022|Skouras Saint-Georges Aghiorghitiko
tselepos_mant|B|2022|Tselepos Mantinia Moschofilero
kech_tear|B|2023|Kechris Tear of the Pine Retsina
laz_amet_r|G|2020|Costa Lazaridi Amethystos Rouge
-cui|U|0|Tzatziki Maison|food
-cui|U|0|Moussaka|food
-cui|U|0|Poulpe Grille|food
-cui|U|0|Mezze Pour Deux|food
-cui|U|0|Yaourt Grec Miel Noix|food
-caf|U|0|Cafe Grec|coffee
-caf|U|0|Freddo Cappuccino|coffee
-ser|U|0|Couvert|service
-ser|U|0|Droit de Bouchon|corkage, a service
-|G|0|Vin Blanc Maison|generic house wine
-|C25|0|Vin Rouge Maison|generic house wine
-|B|2022|Assyrtiko Santorin|several Santorini Assyrtikos held
-|B|2021|Xynomavro Naoussa|several Naoussa Xinomavros held
-|B|2020|Aghiorghitiko Nemee|two Nemea Agiorgitikos of 2020 held
-|B|2022|Gaia Monograph Assyrtiko|another cuvée of a held producer
-|B|2021|Domaine Sigalas Mavrotragano|another wine of a held producer
bout_gr|M|2016|Boutari Naoussa Grande Reserve
hatz_assyr|H|2022|Hatzidakis Assyrtiko Santorin
-|B|0|Retsina|four retsinas held
-|G|0|Mavrodaphne|two Mavrodaphnes held, neither producer named
-spiritueux|D4|0|Ouzo 12|an ouzo not held
-spiritueux|D4|0|Ouzo Barbayanni Vert|another ouzo of a held distiller
-spiritueux|D4|0|Metaxa 3 Etoiles|a Metaxa not held (5, 7, 12 stars are)
-spiritueux|D4|0|Tsipouro Tsililis|Tsililis held with and without anise, neither named
-spiritueux|D4|0|Mastiha Kleos|a mastiha not held
-bière|P25|0|Biere Pression Blonde|generic draught
-bière|B33|0|Biere Septem Pilsner|a beer not held
-bière|B33|0|Biere Vergina Red|another beer of a held brewery
vergina|P50|0|Biere Vergina Lager
-soft|B33|0|Epsa Limonade|a soft not held
-soft|B33|0|Coca-Cola Zero|a soft not held
-soft|B33|0|Loux Cerise|another flavour of a held soft
"""
