"""What was typed on the old 22-column register (family prefix, ASCII capitals, glued numbers).

key|measure|vintage|text, or -|family|measure|vintage|text|reason. Measures: '' bottle, HALF
(1/2), MAG, GLS (VR), V15 (VR15), CAR25, CAR50, D4 (DOSE), D2 (2CL), DEMI, PINTE, SZnn, FOOD.
Ages are typed with A (10A), bin numbers glued (BIN389, GR904) so that only a vintage is a
two-digit word at the end.
"""
SPECS = """
ca_mal||2021|CATENA MALBEC
ca_mal|V15|2020|CATENA MALB
ca_cab||2019|CATENA CAB SAUV
ca_cha|V15|2022|CATENA CHARDONNAY
zu_q||2021|ZUCCARDI Q MALBEC
zu_q||2019|ZUCCARDI Q MALB
af_quim||2020|ACHAVAL QUIMERA
af_mal|MAG|2020|ACHAVAL MALBEC
mo_acab||2021|MONTES ALPHA CAB
mo_acab|V15|2020|MONTES A CAB
dm||2018|DON MELCHOR
dm||2020|DON MELCHOR CAB
cd_cab|V15||CASILLERO CAB
ri_gv||2021|RIDGE GEYSERVILLE
ri_mb||2019|MONTEBELLO RIDGE
opus||2019|OPUS ONE
cay_cab|MAG|2020|CAYMUS CAB
cay_ss||2017|CAYMUS SPECIAL
pf_389||2019|PENFOLDS BIN389
pf_389||2018|BIN389 PENFOLDS
pf_407||2020|BIN407 CAB SAUV
pf_28|V15|2020|BIN28 KALIMNA
pf_grange||2015|PENFOLDS GRANGE
pf_grange||2018|GRANGE
tb_wc||2021|TORBRECK WOODCUTTERS
kk_pino||2020|KANONKOP PINOTAGE
ml_rub||2017|MEERLUST RUBICON
cb_sb|V15|2023|CLOUDYBAY SB
cb_sb||2022|CLOUDY BAY SB
cb_pn||2020|CLOUDY BAY PINOT N
mu_res||2019|MUGA RESERVA
mu_res|MAG|2020|MUGA RES
lra_904||2014|RIOJA ALTA GR904
vs_val||2018|VEGA SICILIA VALBUENA
tig||2019|TIGNANELLO
tig|V15|2020|TIGNANELLO
pc_bar||2017|BAROLO PIO CES
lb||2016|LYNCH BAGES
echo||2019|ECHO LYNCH BAGES
beau||2018|BEAUCASTEL
lp_brut|GLS||LAURENT P BRUT
lp_rose|||L PERRIER ROSE
buf|D4||BUFFALO TRACE
mm|D4||MAKERS MARK
of_1920|D4||FORESTER 1920
gm_18|D2||GLENMO 18A
lf_10|D4||LAPHROAIG 10A
hen|D4||HENDRICKS
camp|D4||CAMPARI
gi_ipa|PINTE||GOOSE IPA
bk_lag|PINTE||BROOKLYN LAGER
sn_pa|SZ35.5||SIERRA PALE
coke|SZ33||COCA
lil|GLS||LILLET BLANC
lp_brut|HALF||L PERRIER BRUT
mu_res|HALF|2020|MUGA RESERVA
gi_ipa|SZ33||GOOSE IPA
-|CUI|FOOD||COTE BOEUF 1KG2|food
-|CUI|FOOD||ENTRECOTE 300G|food
-|CUI|FOOD||FILET MIGNON 250G|food
-|CUI|FOOD||SCE BEARNAISE|food
-|DES|FOOD||PAVLOVA|dessert
-|CAF|FOOD||EXPRESSO|coffee
-|SRV|FOOD||DROIT BOUCHON|service (corkage)
-|FRA|V15||ROUGE DU MOMENT|generic
-|ARG|CAR50||MALBEC MAISON|generic
-|ARG||2020|CATENA ALTA CAB|Catena Alta Cabernet not held
-|ARG||2021|ZUCCARDI Q CHARD|Zuccardi Q Chardonnay not held
-|USA||2019|RIDGE 3 VALLEYS|Ridge Three Valleys not held
-|USA||2020|SILVER OAK NAPA|Silver Oak Napa Valley not held (Alexander Valley is)
-|AUS||2020|PENFOLDS BIN8|Bin 8 not held
-|AUS||2018|PENFOLDS BIN707|Bin 707 not held
-|AFS||2021|KANONKOP BLACK LABEL|Kanonkop Black Label not held
-|ESP||2011|RIOJA ALTA GR890|Gran Reserva 890 not held (904 is)
-|ITA||2019|GUADO AL TASSO|not held
-|FRA||2019|LYNCH BAGES BLANC|the white of Lynch-Bages is not held
-|FRA||2020|COUDOULET BEAUCASTEL|the second wine is not held
-|CHP|||LP GRAND SIECLE|Grand Siècle not held
-|BBN|D4||MAKERS MARK46|Maker's Mark 46 not held
-|BBN|D4||BULLEIT 10A|Bulleit 10 not held
-|WHY|D4||OBAN 18A|Oban 18 not held (14 is)
-|WHY|D4||GLENMO SIGNET|Glenmorangie Signet not held
-|SPI|FOOD||MANHATTAN|cocktail
-|SFT|SZ20||FEVERTREE TONIC|Fever-Tree Tonic not held (the Ginger Beer is)
"""
