"""What the kitchen-bar staff typed on the tablet (French, grape first, accents).

key|measure|vintage|text for a drink of the library, -|family|measure|vintage|text|reason for
a product that is none. Measures: '' bottle, HALF, MAG, GLS (verre), V12, V15, CAR25, CAR50,
D4 (shot 4cl), D2, DEMI, PINTE, SZnn, FOOD.
"""
SPECS = """
ca_mal|V15|2021|Malbec Catena
ca_mal|CAR50|2020|Malbec Catena
ca_mal||2022|Malbec Catena Zapata
ca_cab|V15|2020|Cab. Sauv. Catena
ca_alta||2018|Malbec Catena Alta
ca_nic||2018|Nicolás Catena Zapata
zu_q||2021|Malbec Zuccardi Q
zu_sa|V15|2022|Malbec Zuccardi Série A
zu_sa||2021|Malbec Serie A Zuccardi
zu_conc||2022|Malbec Concreto Zuccardi
af_mal|MAG|2019|Malbec Achaval-Ferrer
af_quim||2019|Quimera Achaval-Ferrer
af_fbv||2019|Malbec Finca Bella Vista Achaval
mo_acab|V15||Cab. Montes Alpha
mo_acar|V15|2021|Carménère Montes Alpha
mo_acar||2020|Carménère Montes Alpha
dm||2018|Don Melchor
dm|MAG|2019|Don Melchor
alm||2018|Almaviva
ri_mb||2018|Monte Bello Ridge
ri_gv||2020|Zinfandel Geyserville Ridge
opus||2019|Opus One
opus|HALF|2018|Opus One
cay_cab||2021|Cab. Caymus Napa
cay_ss||2019|Cab. Caymus Special Sélection
so_av||2017|Cab. Silver Oak Alexander Valley
pf_389|V15|2019|Bin 389 Penfolds
pf_407||2019|Bin 407 Penfolds
pf_28||2020|Shiraz Bin 28 Kalimna Penfolds
tb_wc||2022|Shiraz Woodcutter's Torbreck
tb_struie||2019|Shiraz The Struie Torbreck
kk_ps||2018|Paul Sauer Kanonkop
hr_cha|V15|2022|Chardonnay Hamilton Russell
cb_sb|V15|2024|Sauvignon Cloudy Bay
cb_sb|CAR50||Sauvignon Cloudy Bay
cb_tk||2021|Te Koko Cloudy Bay
mu_res|MAG|2019|Rioja Muga Reserva
mu_pe||2015|Rioja Prado Enea Muga
lra_ard||2016|Rioja Viña Ardanza
vs_un||2012|Vega Sicilia Único
em||2020|Ribera Emilio Moro
tig|V15|2019|Tignanello Antinori
vi_bar||2019|Barolo Castiglione Vietti
lb||2015|Lynch-Bages Pauillac
gg_cr||2019|Côte-Rôtie Guigal Brune et Blonde
lp_rose|GLS||Champagne Laurent-Perrier Rosé
wr|D4||Bourbon Woodford Reserve
bul_r|D4||Rye Bulleit
ec_sb|D4||Bourbon Elijah Craig Small Batch
mi_rye|D4||Rye Michter's US*1
gm_10|D4||Whisky Glenmorangie 10 ans
hp_12|D4||Whisky Highland Park 12 ans
nk_ftb|D4||Whisky Nikka From the Barrel
dip|D4||Rhum Diplomático Réserva Exclusiva
fer|D2||Fernet-Branca
lil|V12||Lillet blanc
dd_ind|PINTE||Indigo IPA Deck & Donohue
gi_ipa|DEMI||IPA Goose Island
bd_punk|SZ33||Punk IPA BrewDog
ap|SZ100||Acqua Panna
sp|SZ50||San Pellegrino
lp_brut|MAG||Champagne Laurent-Perrier La Cuvée
tig|HALF|2020|Tignanello
cb_pn|MAG|2021|Pinot Noir Cloudy Bay
dd_ind|SZ33||Indigo IPA Deck&Donohue
bd_punk|PINTE||Punk IPA BrewDog
-|CUI|FOOD||Côte de bœuf maturée 60 jours 1,2 kg|food
-|CUI|FOOD||Entrecôte Black Angus 350 g|food
-|CUI|FOOD||Tartare de bœuf au couteau|food
-|CUI|FOOD||Frites maison double cuisson|food
-|DES|FOOD||Mousse au chocolat|dessert
-|CAF|FOOD||Café allongé|coffee
-|SRV|FOOD||Droit de bouchon|service (corkage)
-|ARG|V15||Malbec du moment|generic
-|FRA|CAR50||Rouge maison|generic
-|CHP|GLS||Champagne du moment|generic
-|WHY|D4||Whisky du mois|generic
-|ARG||2021|Chardonnay Catena Alta|Catena Alta Chardonnay not held (the Chardonnay and the Alta Malbec are)
-|ARG||2022|Torrontés Zuccardi Série A|Serie A Torrontés not held (the Malbec is)
-|ARG||2019|Malbec Aluvional Zuccardi|Zuccardi Aluvional not held
-|ARG||2018|Malbec Finca Altamira Achaval-Ferrer|Finca Altamira not held (Finca Bella Vista is)
-|CHI||2021|Syrah Montes Alpha|Montes Alpha Syrah not held
-|CHI|V15||Carménère Casillero del Diablo|Casillero Carmenère not held (its Cabernet is)
-|USA||2018|Zinfandel Pagani Ranch Ridge|Ridge Pagani Ranch not held
-|AUS||2021|Bin 2 Shiraz Mourvèdre Penfolds|Bin 2 not held
-|AUS||2020|GSM The Steading Torbreck|The Steading not held
-|AFS||2021|Pinotage Black Label Kanonkop|Kanonkop Black Label not held (the Pinotage is)
-|ESP||2021|Rioja Muga blanco|Muga's white not held
-|ESP||2019|Ribera Alión|Alión not held
-|ITA||2019|Barolo|two Barolos held (Pio Cesare, Vietti): a bare appellation is none
-|FRA||2019|Coudoulet de Beaucastel|the second wine is not held
-|FRA||2021|Lynch-Bages blanc|the white of Lynch-Bages is not held
-|FRA||2018|Côte-Rôtie La Mouline Guigal|La Mouline not held
-|CHP|||Champagne Grand Siècle Laurent-Perrier|Grand Siècle not held
-|BBN|D4||Rye Woodford Reserve|Woodford Rye not held
-|BBN|D4||Bourbon Elijah Craig 18 ans|Elijah Craig 18 not held (Small Batch is)
-|WHY|D4||Whisky Glenmorangie Lasanta 12 ans|Lasanta not held
-|WHY|D4||Whisky Laphroaig Quarter Cask|Quarter Cask not held (10 is)
-|SPI|FOOD||Campari spritz|cocktail
-|SFT|SZ20||Fever-Tree tonic|not held
-|SFT|SZ33||Coca light|not held
"""
