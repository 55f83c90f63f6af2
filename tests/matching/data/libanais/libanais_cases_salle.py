"""What the waiters typed on the handhelds (`salle`).

`key|measure|yyyy|text|note`: the drink, the measure (see libanais_tills), the vintage in
four digits or nothing, the product as typed (lower case, accents, the staff's spelling),
and the bar note printed after ` / ` (empty: none).
`-|measure|yyyy|text|note|reason` is a product that is no drink of the library.
"""

CASES = r"""
kef_ch|btl|2019|château kefraya rouge|
kef_ch|glass|2018|kefraya rouge|
kef_comte|btl|2014|kfraya comte de m|à carafer
kef_comte|btl|2016|comte de m|
kef_bret|glass15|2022|kefraya les bretèches|
kef_bret|mag|2021|les bretèches|
kef_bret|btl|2023|bretèches kefraya|
kef_myst|glass|2023|kefraya rosé|glaçons
kef_comtesse|glass|2019|comtesse de m|
mas_colo|btl|2020|massaya le colombier|
mas_colo|car25|2022|le colombier|
mas_colo|btl|2019|massaya colombier|
mas_terr|btl|2019|terrasses de baalbek|
mas_gold|btl|2018|massaya gold reserve|à carafer
mas_gold|btl|2015|gold reserve massaya|
mas_rose|glass|2023|massaya rosé|
ix_alt_r|glass|2019|ixsir altitudes rouge|
ix_alt_r|car50|2020|altitudes rouge|
ix_alt_b|glass15|2021|altitudes blanc|
ix_alt_rs|btl|2024|iksir altitudes rosé|seau à glace
ix_gr|btl|2016|ixsir grande réserve rouge|
ix_gr|btl|2017|ixsir grande réserve|
ix_el|btl|2015|el ixsir|
st_ch|btl|2017|château saint-thomas|
st_ch|glass|2019|st thomas rouge|
st_ch|btl|2016|château st-thomas|
st_emirs|btl|2020|les émirs st thomas|
st_obeidy|glass|2023|st thomas blanc|
st_gourm|btl|2024|saint-thomas les gourmets rosé|
wa_obeidi|btl|2021|wardy obeideh|
wa_obeidi|glass|2022|wardy blanc|
mar_ch_r|btl|2016|château marsyas rouge|
mar_ch_b|btl|2021|château marsyas blanc|
mar_bqa|glass|2019|b-qā de marsyas|
tou_r|glass|2020|tourelles rouge|
tou_beys|btl|2017|marquis des beys|
baal_b|btl|2022|domaine de baal blanc|
baal_r|btl|2020|dom. de baal rouge|
bv_ren|btl|2017|belle-vue la renaissance|
bv_ch|btl|2014|belle-vue le château|
p45_r|glass|2022|côtes-du-rhône rouge|
p45_r|half|2022|jaboulet parallèle 45 rouge|
p45_b|glass|2023|parallèle 45 blanc|
p45_rs|car50|2024|parallèle 45 rosé|
ld_chablis|btl|2022|chablis|
ld_chablis|btl|2020|chablis long-depaquit|
margui|btl|2024|margüi rosé|
margui|btl|2022|ch. margui rosé|
abele_brut|mag||abelé 1757 brut|seau à glace
abele_rose|coupe||abelé rosé|
arak_brun|70||arak brun|glaçons + eau
arak_brun|pour6||arak brun|
arak_mas|70||arack massaya|
arak_mas|35||araq massaya|glaçons
arak_ga|dose||arak gantous|
oranj|70||oranjaline tourelles|
almaza|demi||almaza|
almaza_malt|33||almaza pure malt|
l961_wit|33||961 witbier|
parisis_bl|demi||blanche parisis|
citron|only||citronnade menthe maison|
ayran|only||ayrane|
grenade|only||jus de grenade|
sohat|50||eau sohat|
-|-||houmous beyrouti||food
-|-||warak enab x6||food
-|-||foul moudammas||food
-|-||café turc|sans sucre|coffee
-|-||carafe d'eau||tap water, service
-|-||pain libanais|en plus|bread
-|glass||vin rouge du liban||generic: many Lebanese reds held
-|car50||rosé maison||generic house rosé
-|pinte||bière pression||draught alone: two beers on tap
-|btl|2024|coteaux varois rosé||appellation alone: two Margüi rosés of 2024 held
-|btl|2022|vallée de la bekaa blanc||appellation alone: many Bekaa whites held
-|glass|2019|ixsir rouge||producer without cuvée: three Ixsir reds, none named Ixsir Rouge
-|btl|2018|wardy rouge||producer without cuvée: two Wardy reds held
-|btl|2021|marsyas||producer without colour or cuvée: Marsyas held in red and white
-|btl|2022|domaine de baal||domaine without colour: held in red and white
-|glass|2024|altitudes||cuvée without colour: Altitudes held in three colours
-|btl|2023|ixsir grande réserve rosé||another colour: Grande Réserve held in red only
-|btl|2018|el ixsir blanc||another colour: EL Ixsir held in red only
-|btl|2021|massaya classic rouge||another cuvée of Massaya, not held
-|btl|2022|wardy clos blanc||another cuvée of Wardy, not held
-|btl|2020|b-qā de marsyas blanc||another colour: B-Qā held in red only
-|btl|2022|st thomas les gourmets rouge||another colour: Les Gourmets held in rosé only
-|btl|2021|jaboulet crozes-hermitage||another wine of Jaboulet, not held
-|btl|2019|long-depaquit la moutonne||another wine of Long-Depaquit, not held
-|btl||abelé 1757 blanc de blancs||another cuvée of Abelé 1757, not held
-|70||arak fakra||arak not held
-|20||arak al karram||arak not held
-|dose||ouzo||anise spirit not held
-|pinte||parisis blonde||another beer of Parisis, not on tap or held
-|33||coca zéro||soft not held
-|-||spritz arak||mixed drink
-|car50||sangria maison||mixed drink
kef_ch|half|2018|château kefraya|
ix_alt_b|mag|2023|altitudes blanc|
arak_brun|35||arak brun|
l961_red|pinte||961 red ale|
citron|100||citronnade menthe|
kef_vissi|glass|2021|vissi d'arte kefraya|
tou_rs|btl|2023|domaine des tourelles rosé|seau à glace
wa_cedres|btl|2015|wardy les cèdres|à carafer
-|glass||arak|glaçons|arak alone: four araks held
"""
