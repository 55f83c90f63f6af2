"""The delivery platform's order export (consegna): bottles only.

``key|measure|vintage|text|reason`` (see trattoria_specs). The text is the platform's
``Sezione » Name – Producer``; the export adds ``– 2019`` (``– s.a.`` on a non-vintage wine)
and the size, unit first (``– cl. 75``, ``– lt. 1,5``). Dishes and services carry neither.
"""

SPECS = r"""
# --- Piémont, Toscane
scav_bar|b|2018|Vini rossi » Barolo DOCG – Paolo Scavino
scav_bdf|b|2017|Vini rossi » Barolo DOCG "Bric dël Fiasc" – Paolo Scavino
gaja_bb|b|2019|Vini rossi » Barbaresco DOCG – Gaja
rocca_ron|b|2020|Vini rossi » Barbaresco DOCG "Ronchi" – Albino Rocca
fel_cc|h|2021|Vini rossi » Chianti Classico DOCG "Berardenga" – Fèlsina
vol_ris|b|2019|Vini rossi » Chianti Classico Riserva DOCG – Castello di Volpaia
vol_ris|b|2021|Vini rossi » Chianti Classico Riserva DOCG – Castello di Volpaia
vol_vs|b|2015|Vini da dessert » Vin Santo del Chianti Classico DOC – Castello di Volpaia
pog_bdm|b|2017|Vini rossi » Brunello di Montalcino DOCG – Il Poggione
pog_bdm|b|2019|Vini rossi » Brunello di Montalcino DOCG – Il Poggione
pog_bdm|m|2016|Vini rossi » Brunello di Montalcino DOCG – Il Poggione
pog_bdm|m|2015|Vini rossi » Brunello di Montalcino DOCG – Il Poggione
pog_bdm|h|2018|Vini rossi » Brunello di Montalcino DOCG – Il Poggione
io_cep|b|2020|Vini rossi » Toscana IGT "Cepparello" – Isole e Olena
scav_bar|h|2019|Vini rossi » Barolo DOCG – Paolo Scavino
-|b|2019|Vini rossi » Barolo DOCG "Bricco Ambrogio" – Paolo Scavino|another Barolo of Paolo Scavino, not held
-|b|2016|Vini rossi » Barolo Riserva DOCG "Vignarionda" – Oddero|another cru of Oddero, not held
-|b|2019|Vini rossi » Chianti Classico Gran Selezione DOCG "Colonia" – Fèlsina|another wine of Fèlsina, not held
-|b|2020|Vini rossi » Rosso di Montalcino DOC – Biondi-Santi|Biondi-Santi's Rosso di Montalcino, not held
# --- Vénétie, Lombardie
masi_ama|b|2018|Vini rossi » Amarone della Valpolicella Classico DOCG "Costasera" – Masi
masi_ama|b|2019|Vini rossi » Amarone della Valpolicella Classico DOCG "Costasera" – Masi
masi_cf|b|2021|Vini rossi » Rosso del Veronese IGT "Campofiorin" – Masi
speri_ama|b|2016|Vini rossi » Amarone della Valpolicella Classico DOCG "Sant'Urbano" – Speri
zen_rip|b|2020|Vini rossi » Valpolicella Ripasso Superiore DOC – Zenato
zen_rip|b|2022|Vini rossi » Valpolicella Ripasso Superiore DOC – Zenato
inama_soave|b|2022|Vini bianchi » Soave Classico DOC – Inama
inama_fos|b|2022|Vini bianchi » Soave Classico DOC "Vigneti di Foscarino" – Inama
bisol_crede|b|sa|Bollicine » Valdobbiadene Prosecco Superiore DOCG "Crede" – Bisol
bisol_crede|m|sa|Bollicine » Valdobbiadene Prosecco Superiore DOCG "Crede" – Bisol
berl_rose|b|sa|Bollicine » Franciacorta DOCG '61 Rosé – Berlucchi
mr_prima|b|sa|Bollicine » Franciacorta DOCG "Prima Cuvée" Brut – Monte Rossa
-|b|2017|Vini rossi » Amarone della Valpolicella DOCG – Zenato|Zenato's Amarone, not held (only its Ripasso)
-|b|2022|Vini rossi » Valpolicella Classico DOC – Speri|Speri's plain Valpolicella Classico, not held (only its Superiore Sant'Urbano)
-|b|2022|Vini bianchi » Soave Classico DOC "Monte Fiorentine" – Ca' Rugate|a Soave of another producer, not held
-|b|sa|Bollicine » Valdobbiadene Superiore di Cartizze DOCG – Ruggeri|Ruggeri's Cartizze, not held (Bisol's is)
-|b|2017|Bollicine » Franciacorta DOCG "Cabochon" – Monte Rossa|another cuvée of Monte Rossa, not held
# --- Sud, Haut-Adige, Émilie, France
ben_er|b|2020|Vini rossi » Etna Rosso DOC – Benanti
ben_er|b|2022|Vini rossi » Etna Rosso DOC – Benanti
ben_pm|b|2018|Vini bianchi » Etna Bianco Superiore DOC "Pietra Marina" – Benanti
df_ben|h|2021|Vini da dessert » Passito di Pantelleria DOC "Ben Ryé" – Donnafugata
sm_60|b|2019|Vini rossi » Primitivo di Manduria DOP "Sessantanni" – Cantine San Marzano
sm_60|m|2018|Vini rossi » Primitivo di Manduria DOP "Sessantanni" – Cantine San Marzano
sm_60|b|2021|Vini rossi » Primitivo di Manduria DOP "Sessantanni" – Cantine San Marzano
ldc_5r|b|2023|Vini rosati » Salento IGT "Five Roses" – Leone de Castris
terl_vor|b|2021|Vini bianchi » Alto Adige Terlano DOC Pinot Bianco Riserva "Vorberg" – Cantina Terlano
medici_conc|b|2022|Vini rossi » Lambrusco Reggiano DOC "Concerto" – Medici Ermete
medici_conc|b|2024|Vini rossi » Lambrusco Reggiano DOC "Concerto" – Medici Ermete
chiarli_vm|b|sa|Vini rossi » Lambrusco di Sorbara DOC "Vecchia Modena Premium" – Cleto Chiarli
jab_p45|b|2021|Vini rossi » Côtes du Rhône AOC "Parallèle 45" – Paul Jaboulet Aîné
jab_p45|b|2023|Vini rossi » Côtes du Rhône AOC "Parallèle 45" – Paul Jaboulet Aîné
mignon_brut|b|sa|Champagne » Champagne AOC Premium Réserve Brut – Charles Mignon
ldc_5r|m|2023|Vini rosati » Salento IGT "Five Roses" – Leone de Castris
mignon_rose|m|sa|Champagne » Champagne AOC Premium Rosé Brut – Charles Mignon
-|b|2022|Vini rosati » Etna Rosato DOC – Benanti|Benanti's rosato: another colour, not held
-|b|2019|Vini rossi » Etna Rosso DOC "Santo Spirito" – Tenuta delle Terre Nere|a cru of Terre Nere, not held
-|b|2020|Vini rossi » Primitivo di Manduria DOP "Talò" – Cantine San Marzano|another wine of San Marzano, not held
-|b|2022|Vini bianchi » Côtes du Rhône AOC "Parallèle 45" Blanc – Paul Jaboulet Aîné|Parallèle 45 blanc: another colour, not held
-|b|sa|Champagne » Champagne AOC Blanc de Blancs – Charles Mignon|another cuvée of Charles Mignon, not held
# --- Spirits, beers, softs; dishes and services
marzadro|s70||Grappe e liquori » Grappa Stravecchia "Le Diciotto Lune" – Marzadro
limoncello|s70||Grappe e liquori » Limoncello di Capri
aperol|s70||Aperitivi e amari » Aperol – Barbieri
professore|s75||Aperitivi e amari » Vermouth di Torino Rosso – Del Professore
poretti|s66||Birre » Poretti 4 Luppoli – Birrificio Angelo Poretti
ducato_verdi|s33||Birre » Verdi Imperial Stout – Birra del Ducato
spell|s50||Acque e bibite » S.Pellegrino frizzante
galv_aranc|s35.5||Acque e bibite » Aranciata Rossa bio – Galvanina
campari|s100||Aperitivi e amari » Campari Bitter – Campari
spell|s100||Acque e bibite » S.Pellegrino frizzante
-|s70||Grappe e liquori » Grappa di Amarone – Jacopo Poli|another grappa of Poli, not held
-|s70||Aperitivi e amari » Cynar|not held
-|s33||Birre » Saison "New Morning" – Birra del Ducato|another beer of Birra del Ducato, not held
-|s75||Acque e bibite » Acqua Filette naturale|not held
-|-||Primi » Lasagne alla bolognese|a dish
-|-||Dolci » Cantucci e Vin Santo|a dessert (cantucci with a small glass of vin santo)
-|-||Box » Box aperitivo per 2 (2 Spritz, taralli, olive)|a bundle with mixed drinks
-|-||Servizio » Consegna|delivery fee
"""
