"""The bar's counter register (cassa): what the staff typed on each button.

``key|measure|vintage|text|reason|cut`` (see trattoria_specs). The text is typed in
capitals as the register prints it; the till adds the serving word, the size and the
two-digit vintage, then cuts the line at 23 columns.
"""

SPECS = r"""
# --- Piémont
scav_bar|b|2019|BAROLO SCAVINO
scav_bar|m|2016|BAROLO SCAVINO
scav_bar|b|2020|BAROLO SCAVINO
scav_bdf|b|2017|BAROLO BRIC DEL FIASC
odd_roc|b|2018|ODDERO ROCCHE CASTIGL
odd_roc|b|2019|BAROLO ODDERO|Oddero's only Barolo held is the Rocche di Castiglione
odd_neb|g|2020|NEBBIOLO ODDERO
gaja_bb|b|2019|BARBARESCO GAJA
gaja_bb|b|2018|BARBARESCO GAJA
gaja_bb|m|2019|BARBARESCO GAJA
rocca_ron|b|2018|BARBARESCO RONCHI ROCCA|typed for 2018, a vintage not held
corr_arn|g|2023|ARNEIS CORREGGIA
-|b|2019|BAROLO|appellation alone: three Barolos held (Scavino, its Bric dël Fiasc, Oddero's Rocche di Castiglione)
-|b|2018|SCAVINO|Paolo Scavino alone: three wines held
-|b|2016|BAROLO VILLERO ODDERO|another cru of Oddero (Villero), not held
# --- Toscane
fel_cc|h|2021|FELSINA CC
fel_cc|m|2021|FELSINA CC
fel_ran|b|2019|FELSINA RANCIA RIS
vol_ris|b|2020|VOLPAIA CC RIS
vol_vs|g8|2015|VIN SANTO VOLPAIA
bro_cc|b|2022|BROLIO CC RICASOLI
pog_bdm|b|2018|BRUNELLO POGGIONE
pog_bdm|b|2019|BRUNELLO POGGIONE
pog_bdm|m|2016|BRUNELLO POGGIONE
pog_bdm|h|2018|BRUNELLO POGGIONE
pog_rdm|g|2022|RDM POGGIONE
pog_rdm|g|2020|RDM POGGIONE
bs_bdm|b|2016|BRUNELLO BIONDI SANTI
io_cep|b|2017|CEPPARELLO
-|g||CHIANTI CLASSICO|appellation alone: four Chianti Classico held by the glass
-|b|2019|CC RISERVA|two Chianti Classico Riserva held (Fèlsina's Rancia, Volpaia's), both in 2019
-|b|2016|BRUNELLO POGGIONE RIS|Il Poggione's Riserva is not held
# --- Vénétie, Lombardie
masi_ama|b|2017|AMARONE COSTASERA
masi_ama|b|2016|AMARONE COSTASERA
masi_ama|h|2016|AMARONE COSTASERA
-|b|2015|AMARONE MASI COSTASERA RIS|typed for Masi's Riserva di Costasera (not held)|masi_ama
masi_cf|q|2021|CAMPOFIORIN
speri_val|g|2021|VALP SUP SPERI
speri_ama|b|2016|AMARONE SPERI
speri_ama|b|2018|AMARONE SPERI
zen_rip|c|2020|RIPASSO ZENATO
inama_soave|g|2023|SOAVE CL INAMA
inama_soave|b|2021|SOAVE CL INAMA
frati|b|2023|LUGANA I FRATI
bisol_crede|g||PROSECCO CREDE
bisol_crede|m||PROSECCO CREDE BISOL
rug_gio|g||GIALL ORO RUGGERI
berl_brut|b||BERLUCCHI 61 BRUT
-|b|2017|AMARONE|appellation alone: two Amarone held (Masi Costasera, Speri)
-|b|2017|AMARONE ZENATO|Zenato: only its Ripasso is held
-|b||SPERI S URBANO|Sant'Urbano names both Speri wines held (the Amarone and the Valpolicella Superiore)
-|g|2021|VALPOLICELLA|two Valpolicella held (Speri's Superiore, Zenato's Ripasso)
-|g||PROSECCO|three Valdobbiadene held (Bisol Crede and Cartizze, Ruggeri Giall'Oro)
-|b||BISOL JEIO|another cuvée of Bisol (Jeio), not held
-|b||BERLUCCHI 61 SATEN|another '61 cuvée (Satèn), not held
# --- Sud, Haut-Adige, Émilie, France
ben_er|g|2019|BENANTI ROSSO
ben_pm|b|2018|PIETRA MARINA BENANTI
df_sher|g|2023|SHERAZADE
sm_60|b|2020|SESSANTANNI S MARZANO
sm_60|b|2017|SESSANTANNI
ldc_5r|g|2023|FIVE ROSES
terl_cl|b|2021|TERLANER CLASSICO
tram_nuss|b|2022|GEWURZ NUSSBAUMER
medici_conc|b|2023|LAMBR CONCERTO MEDICI
medici_conc|g|2021|CONCERTO MEDICI
jab_p45|g|2022|PARALLELE 45
jab_p45|b|2020|JABOULET PARALLELE
mignon_brut|h||CHAMP MIGNON BRUT
-|b|2021|ETNA ROSSO|appellation alone: two Etna Rosso held (Benanti, Terre Nere)
-|b|2022|BENANTI ROSATO|Benanti's rosato: another colour, not held
-|b|2019|T.NERE CALDERARA|Terre Nere's cru Calderara Sottana, not held
-|b|2020|PRIMITIVO MANDURIA|two Primitivo di Manduria held (Sessantanni, Es)
-|b|2022|S MARZANO IL PUMO|another wine of San Marzano (Il Pumo), not held
-|g||LAMBRUSCO|two Lambruschi held (Concerto, Vecchia Modena)
-|b||CHIARLI GRASPAROSSA|Chiarli's Grasparossa, another Lambrusco, not held
-|b|2023|PARALLELE 45 ROSATO|Parallèle 45 rosé: another colour, not held
# --- Spirits, beers, softs
meletti|d||MELETTI
grappa_nard|d||NARDINI BIANCA
sarpa|d||SARPA POLI
limoncello|d||LIMONCELLO CAPRI
vecchia_rom|d||VECCHIA ROMAGNA
campari|d||CAMPARI
professore|g8||PROFESSORE ROSSO
tipopils|p25||TIPOPILS
via_emilia|p50||VIA EMILIA
tipopils|s33||TIPOPILS
poretti|s66||PORETTI 4 LUPP
spell|s75||S.PELLEGRINO
crodino|s10||CRODINO
coca|s33||COCA COLA
galv_aranc|s35.5||ARANC ROSSA GALV
-|d||GRAPPA|a grappa with no name: three held
-|d||MONTENEGRO|Amaro Montenegro, not held
-|d||JEFFERSON|Amaro Jefferson, not held
-|d||NARDINI|Nardini alone: its grappa and its amaro are held
-|d||SARPA ORO POLI|Sarpa Oro, the aged grade, not held
-|-||SPRITZ APEROL|mixed drink
-|-||NEGRONI|cocktail
-|s10||CAMPARI SODA|the bottled Campari Soda is not held (Campari is, in 70 cl)
tipopils|s66||TIPOPILS
poretti|p25||PORETTI
spell|s100||S.PELLEGRINO
-|p25||PERONI|Peroni is not held
-|s75||ACQUA PANNA|Acqua Panna is not held
-|s33||COCA ZERO|Coca-Cola Zero is not held
-|s35.5||GALV CHINOTTO|Galvanina's Chinotto is not held
-|q||ROSSO DELLA CASA|house wine, no drink of the library
-|c||BIANCO CASA|house wine, no drink of the library
-|-||CAFFE CORRETTO GRAPPA|a coffee
-|-||TIRAMISU|a dessert
-|-||COPERTO|cover charge
"""
