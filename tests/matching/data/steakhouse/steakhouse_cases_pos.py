"""What the opening team typed on the American POS (English buttons).

key|measure|vintage|text for a drink of the library (the build computes yes / almost / none
from the rendered label), -|family|measure|vintage|text|reason for a product that is none.
Measures: '' bottle, HALF, MAG, GLS (12.5 cl), G6 / G9 (6 / 9 oz glass), OZ15 / OZ2 (1.5 / 2 oz
pour), DEMI / PINTE (half pint / pint of draught), SZnn (a bottle or can of nn cl), FOOD.
"""
SPECS = """
ca_mal||2021|Catena Malbec
ca_mal|G6|2021|Catena Malbec
ca_mal|G9|2020|Catena Malbec
ca_mal|G6|2022|Catena Malbec
ca_mal||2019|Catena Zapata Malbec
ca_cab||2020|Catena Cab Sauv
ca_cab||2021|Catena Cabernet
ca_cha|G6|2022|Catena Chard
ca_alta||2019|Catena Alta Malbec
ca_nic||2019|Nicolas Catena Zapata
zu_q||2020|Zuccardi Q Malbec
zu_q||2022|Zuccardi Q Malbec
zu_sa|G6||Zuccardi Serie A Malbec
af_mal||2021|Achaval Ferrer Malbec
af_mal|MAG|2020|Achaval Ferrer Malbec
af_quim||2017|Achaval Ferrer Quimera
mo_acab|G6|2021|Montes Alpha Cab Sauv
mo_acab||2019|Montes Alpha Cabernet
mo_m||2018|Montes Alpha M
mo_pa||2020|Montes Purple Angel
dm||2019|Don Melchor Cab Sauv
dm|MAG||Don Melchor
cd_cab|G9||Casillero Del Diablo Cab
alm||2019|Almaviva
ri_mb||2017|Ridge Monte Bello
ri_gv|G6|2021|Ridge Geyserville Zin
ri_ls||2021|Ridge Lytton Springs
opus|HALF|2019|Opus One
opus||2018|Opus One
opus||2020|Opus One Napa Red
cay_cab|G9|2021|Caymus Cab Sauv
cay_cab|MAG|2021|Caymus Napa Cab
so_av||2018|Silver Oak Alexander Valley
pf_389||2020|Penfolds Bin 389 Cab Shiraz
pf_389||2021|Penfolds Bin 389
pf_407||2020|Penfolds Bin 407 Cab Sauv
pf_28|G6|2020|Penfolds Bin 28 Shiraz
pf_grange||2017|Penfolds Grange
tb_wc|G6||Torbreck Woodcutters Shiraz
kk_pino|G6|2020|Kanonkop Pinotage
kk_pino||2018|Kanonkop Pinotage
ml_rub||2016|Meerlust Rubicon
cb_sb|GLS|2024|Cloudy Bay Sauv Blanc
cb_sb|HALF||Cloudy Bay Sauv Blanc
vm_sb|G6|2024|Villa Maria Private Bin Sauv Blanc
mu_res||2020|Muga Reserva Rioja
mu_ros|G6|2023|Muga Rosado
lra_904||2015|La Rioja Alta 904 Gran Reserva
vs_val||2019|Vega Sicilia Valbuena 5
tig|MAG|2019|Tignanello
beau||2019|Beaucastel Chateauneuf
lp_brut|GLS||Laurent Perrier Brut Champagne
buf|OZ15||Buffalo Trace Bourbon
wr_do|OZ2||Woodford Double Oaked
mm|OZ15||Makers Mark
rit|OZ2||Rittenhouse Rye BIB
of_1920|OZ15||Old Forester 1920
wp_10|OZ15||Whistlepig 10 Yr Rye
hp_18|OZ2||Highland Park 18 Yr
lf_10|OZ15||Laphroaig 10 Yr
yz_12|OZ15||Yamazaki 12 Yr
gi_ipa|PINTE||Goose Island IPA Draft
gi_ipa|SZ35.5||Goose Island IPA
bk_lag|DEMI||Brooklyn Lager Draft
sn_pa|SZ35.5||Sierra Nevada Pale Ale
coke0|SZ33||Coke Zero
ftgb|SZ20||Fever Tree Ginger Beer
sn_pa|PINTE||Sierra Nevada Pale Ale Draft
opus|MAG|2018|Opus One
dm|HALF|2019|Don Melchor
bk_lag|SZ35.5||Brooklyn Lager
-|CUI|FOOD||Bone-In Ribeye 32OZ|food
-|CUI|FOOD||Dry Aged NY Strip 14OZ|food
-|CUI|FOOD||Tomahawk For Two|food
-|CUI|FOOD||Truffle Fries|food
-|CUI|FOOD||Bearnaise Side|food
-|DES|FOOD||NY Cheesecake|dessert
-|CAF|FOOD||Double Espresso|coffee
-|SRV|FOOD||Corkage Fee|service
-|ARG|G6||House Malbec|generic: no producer
-|USA|G9||House Cab|generic: no producer
-|CHP|GLS||Bubbles By The Glass|generic
-|BBN|OZ2||Bourbon Flight|generic flight
-|ARG||2019|Catena Alta Cab Sauv|Catena Alta Cabernet not held (its Malbec is)
-|ARG||2019|Catena Adrianna Vineyard Malbec|another Catena cuvée, not held
-|ARG||2020|Zuccardi Q Cab Sauv|Zuccardi Q Cabernet not held (its Malbec is)
-|CHI||2022|Montes Alpha Chard|Montes Alpha Chardonnay not held
-|CHI|G6||Casillero Del Diablo Merlot|Casillero Merlot not held (its Cabernet is)
-|USA||2019|Ridge Estate Cab|Ridge Estate Cabernet not held
-|USA||2019|Overture By Opus One|Opus One's Overture not held
-|USA||2018|Silver Oak Napa Valley Cab|Silver Oak Napa Valley not held (Alexander Valley is)
-|AUS||2021|Penfolds Bin 8 Cab Shiraz|Bin 8 not held (Bin 389 is)
-|AUS||2020|Penfolds Bin 128 Shiraz|Bin 128 not held (Bin 28 is)
-|AFS||2022|Kanonkop Kadette|Kadette not held
-|NZL||2022|Cloudy Bay Chardonnay|Cloudy Bay Chardonnay not held
-|NZL||2023|Villa Maria Reserve Sauv Blanc|the Reserve, not the Private Bin
-|ESP||2010|La Rioja Alta 890 Gran Reserva|Gran Reserva 890 not held (904 is)
-|FRA||2018|Chateau Lynch Moussas|Lynch-Moussas is not Lynch-Bages
-|BBN|OZ15||Makers Mark 46|Maker's Mark 46 not held
-|BBN|OZ15||Michters US1 Bourbon|Michter's US*1 Bourbon not held (the Rye is)
-|BBN|OZ2||Old Forester 1897|Old Forester 1897 not held (1920 is)
-|WHY|OZ15||Highland Park 15 Yr|15 years not held (12 and 18 are)
-|WHY|OZ15||Yamazaki 18 Yr|18 years not held (12 is)
-|SPI|FOOD||Old Fashioned|cocktail
-|SPI|FOOD||Negroni|cocktail
-|SFT|SZ33||Diet Coke|Coca-Cola Light not held
-|SFT|SZ20||Fever Tree Tonic Water|Fever-Tree Tonic not held (the Ginger Beer is)
"""
