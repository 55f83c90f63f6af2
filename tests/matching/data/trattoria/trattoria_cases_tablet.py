"""The waiters' tablet (an ordering app set up in Italian): what was typed per product.

``key|measure|vintage|text|reason`` (see trattoria_specs). The text is the name as typed;
kitchen modifiers follow `` + ``. The app adds the four-digit vintage, the serving in
parentheses and the price.
"""

SPECS = r"""
# --- Piémont
scav_bar|g15|2019|Barolo Scavino
scav_bdf|b|2017|Barolo Bric dël Fiasc Paolo Scavino + decanter
scav_dol|g|2021|Dolcetto d'Alba Scavino
odd_roc|b|2019|Barolo Rocche di Castiglione Oddero
odd_roc|b|2016|Barolo Rocche di Castiglione Oddero
odd_neb|c|2021|Langhe Nebbiolo Oddero
gaja_bb|m|2017|Barbaresco Gaja + decanter
rocca_ron|b|2019|Barbaresco Ronchi Albino Rocca
rocca_ron|b|2018|Barbaresco Ronchi Albino Rocca
corr_arn|b|2022|Roero Arneis Correggia + secchiello
corr_arn|g|2021|Roero Arneis Correggia
-|b|2016|Barolo Rocche dell'Annunziata Riserva Scavino|another cru of Paolo Scavino, not held
-|b|2016|Barolo Vignarionda Riserva Oddero|another cru of Oddero, not held
-|b|2019|Barbaresco Sorì Tildìn Gaja|another cru of Gaja, not held
-|g|2020|Barbaresco|appellation alone: two Barbaresco held (Gaja, Albino Rocca's Ronchi)
# --- Toscane
fel_cc|g|2020|Chianti Classico Berardenga Fèlsina
fel_ran|b||Rancia Riserva Fèlsina
vol_cc|b|2020|Chianti Classico Castello di Volpaia
vol_vs|g8|2015|Vin Santo Volpaia
bro_cc|q|2021|Brolio Chianti Classico
bro_cc|b|2020|Brolio Ricasoli
pog_rdm|b|2021|Rosso di Montalcino Il Poggione
pog_rdm|g|2022|Rosso di Montalcino|one Rosso di Montalcino held: Il Poggione's
bs_bdm|b|2016|Brunello Biondi-Santi + decanter
bs_bdm|b|2015|Brunello di Montalcino Biondi-Santi
mac_bol|g|2021|Bolgheri Rosso Le Macchiole
io_cep|m|2019|Cepparello Isole e Olena
-|b|2019|Fontalloro Fèlsina|another wine of Fèlsina, not held
-|b|2019|Castello di Brolio Gran Selezione|Ricasoli's Gran Selezione, another grade, not held
-|b|2016|Brunello Vigna Paganelli Riserva Il Poggione|Il Poggione's Riserva, not held
# --- Vénétie, Lombardie
masi_ama|m|2015|Amarone Costasera Masi
masi_ama|h|2017|Amarone Costasera Masi
masi_cf|c|2020|Campofiorin Masi
speri_val|b|2020|Valpolicella Superiore Sant'Urbano Speri
speri_val|g|2022|Valpolicella Classico Superiore Speri
inama_fos|b|2021|Soave Foscarino Inama
frati|g|2022|Lugana I Frati
bisol_cart|b||Cartizze Bisol + secchiello
rug_gio|b||Prosecco Giall'Oro Ruggeri
berl_brut|m||Franciacorta '61 Brut Berlucchi + secchiello
mr_prima|g||Franciacorta Prima Cuvée Monte Rossa
-|b|2015|Amarone Riserva di Costasera Masi|Masi's Riserva di Costasera, not held
-|b|2022|Valpolicella Classico Zenato|Zenato: only its Ripasso is held
-|g|2023|Soave Classico|two Soave Classico held (Inama's and its Foscarino)
-|g||Prosecco|three Valdobbiadene held
-|g||Franciacorta Satèn Monte Rossa|another cuvée of Monte Rossa, not held
# --- Sud, Haut-Adige, Émilie, France
ben_eb|g|2022|Etna Bianco Benanti
ben_pm|b|2019|Pietra Marina Benanti
tn_er|b|2021|Etna Rosso Terre Nere
df_ben|g8|2020|Ben Ryé Donnafugata
df_ben|h|2021|Ben Ryé Donnafugata
df_sher|g|2024|Sherazade Donnafugata
pla_cer|g|2022|Cerasuolo di Vittoria Planeta
pla_cer|b|2020|Cerasuolo di Vittoria Planeta
ldc_5r|b|2022|Five Roses Leone de Castris
fino_es|b|2020|Es Gianfranco Fino + decanter
feudi_fiano|g|2022|Fiano di Avellino Feudi
terl_vor|b|2020|Vorberg Riserva Terlano
tram_nuss|b|2021|Gewürztraminer Nussbaumer Tramin
medici_conc|c|2023|Lambrusco Concerto Medici
chiarli_vm|g||Lambrusco di Sorbara Chiarli|Chiarli's only Sorbara held is the Vecchia Modena Premium
chab_ven|g|2021|Chablis Les Vénérables
chab_ven|b|2022|Chablis La Chablisienne
mignon_rose|b||Champagne Charles Mignon Rosé + secchiello
mignon_brut|g||Champagne Mignon Brut
df_sher|m|2022|Sherazade Donnafugata
sm_60|h|2019|Sessantanni San Marzano
-|b|2020|Serra della Contessa Benanti|another wine of Benanti, not held
-|g|2022|Lighea Donnafugata|another wine of Donnafugata, not held
-|b|2019|Salice Salentino Leone de Castris|another wine of Leone de Castris, not held
-|b|2020|Epokale Tramin|another Gewürztraminer of Tramin (a late harvest), not held
-|g||Champagne della casa|a house champagne, no drink of the library
# --- Spirits, beers, softs
amaro_nard|d||Amaro Nardini + ghiaccio
marzadro|d||Grappa Diciotto Lune Marzadro
mirto|d||Mirto Zedda Piras
campari|d||Campari + ghiaccio + arancia
professore|g8||Vermouth del Professore + ghiaccio + scorza d'arancia
tipopils|p25||Tipopils
via_emilia|p50||Via Emilia Ducato
poretti|s33||Poretti 4 Luppoli
spell|s75||San Pellegrino
coca|l33||Coca-Cola + ghiaccio + limone
sanbitter|s10||Sanbittèr + ghiaccio
galv_lim|s35.5||Galvanina Limonata
crodino|s10||Crodino + ghiaccio + arancia
via_emilia|s33||Via Emilia
levissima|s50||Levissima
-|d||Amaro Montenegro + ghiaccio|Amaro Montenegro, not held
-|d||Grappa Nardini Riserva|Nardini's Riserva, another grade, not held
-|d||Limoncello della casa|house limoncello, no drink of the library
-|d||Sambuca Molinari + 3 chicchi di caffè|not held
-|-||Aperol Spritz|mixed drink
-|-||Negroni Sbagliato|cocktail
-|-||Garibaldi|cocktail
-|s33||Birrificio Italiano Bibock|another beer of the brewery, not held
-|p50||Peroni Nastro Azzurro|not held
-|s75||Ferrarelle|not held
-|l33||Coca-Cola Zero|not held
-|s10||Crodino Rosso|another Crodino, not held
-|-||Tagliatelle al ragù|a dish
-|-||Tiramisù della casa|a dessert
-|-||Caffè espresso|a coffee
-|-||Coperto|cover charge
-|g||Rosso della casa|house wine, no drink of the library
-|c||Bianco della casa|house wine, no drink of the library
"""
