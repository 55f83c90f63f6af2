"""What the staff typed on the counter register ("zinc"), before its 16-column cut.

One case a line: `key|measure|vintage|TEXT[|extra]`
  key      a drink of avignon_drinks, or `-` for a product that is no drink of the library
  measure  a measure key of avignon_tills (the register prints its code first)
  vintage  the vintage as typed (four digits; the register prints two), or empty
  TEXT     the name as typed, in the register's capitals and abbreviations; a `*` marks a
           word that tells the drink from its held siblings (a colour, a cuvée)
  extra    for `-`: the reason (the note); for a drink whose marked word the cut took off:
           `=none:reason` or `=key`, the reading of the label as it stands
"""

SPEC = """
beaur_r|btl|2020|CDP BEAUREN *R
beaur_r|btl|2021|BEAUREN CDP *R
beaur_r|mag|2018|CDP BEAUREN *R
beaur_r|gl|2020|CDP BEAUREN *R
boisren|btl|2018|BOISRENARD R
beaur_cdr|btl|2022|CDR BEAUREN R
nerthe_r|btl|2019|CDP NERTHE *R
nerthe_r|half|2020|NERTHE *R
nerthe_b|btl|2021|CDP NERTHE *B
beauvenir|btl|2020|CLOS BEAUVENIR B
redon_r|btl|2019|CDP MT REDON *R
redon_lir|btl|2021|LIR MT REDON R
sabon_prest|btl|2019|SABON PRESTIGE
sabon_oliv|btl|2021|SABON OLIVETS
usseg_imp|btl|2019|USSEG IMPERIALE
gardine_r|btl|2017|CDP GARDINE *R
cayron|btl|2020|GIG CAYRON R
cayron|btl|2016|GIG CAYRON R
cayron|mag|2017|GIG CAYRON R
fonttonin|btl|2019|FONT DE TONIN R
gardette|btl|2022|GIG GARDETTE R
ventabren|btl|2020|VENTABREN R
archi_r|btl|2021|ARCHIMBAUD *R
archi_rs|gl|2023|ARCHIMB *RS
fruitsauv|btl|2021|FRUIT SAUVAGE R
carmin|btl|2018|CARMIN R
soum_prest|btl|2019|SOUMADE PREST
soum_vdn|b50|2018|RAST *VDN SOUMADE
ponce|btl|2019|LA PONCE R
heritage|btl|2020|HERITAGE 1924 R
rabasse|btl|2021|CAIR RABASSE R
travers_b|btl|2022|CAIR TRAVERS *B
travers_r|btl|2020|TRAVERS *R
forcad|btl|2023|TAV FORCADIERE
forcad|mag|2022|FORCADIERE
forcad|p50|2024|FORCAD
primadonna|btl|2021|PRIMA DONNA
montez|half|2023|MONTEZARGUES
segries|btl|2023|TAV SEGRIES
arbous_r|btl|2022|ARBOUSIERS *R
arbous_r|p50|2022|ARBOUS *R
arbous_b|gl|2023|ARBOUS *B
khayyam|gl|2022|KHAYYAM R
boutdzan|gl|2022|BOUTDZAN R
loubie|btl|2023|LOUBIE RS
persia_r|btl|2020|VTX PERSIA *R
fondr_rs|gl|2023|FONDR *RS
fondr_r|p25|2022|FONDRECHE *R
fondr_r|gl15|2022|FONDR *R
durban_mbv|half|2022|MBV DURBAN
durban_bdv|btl|2020|BDV DURBAN R
durban_mbv|gl|2020|MBV DURBAN
fenouil|b50|2022|MBV FENOUILLET
thalabert|btl|2019|CROZES THALABERT
couzou|btl|2017|C ROTIE COUZOU
bdc_gr|btl||BDC GDE RESERVE
bdc_gr|mag||BDC GDE RES
lh_bdb|cp||LEGRAS BDB
pastis_mang|dose||PASTIS MANGUIN
poire|dose||POIRE MANGUIN
frigolet|2cl||FRIGOLET
gg18|dose||GLENGRANT 18A
comed_bl|demi||COMED BLONDE
comed_bl|b33||COMED BLONDE
v1912|pinte||1912 BLONDE
arcens|b100||ARCENS
arbous_b|gl|2023|REMEJ ARBOUS *B|=none:Les Arbousiers is held in red and white
archi_rs|btl|2023|VACQ ARCHIMBAUD *RS|=none:Archimbaud is held in three colours
travers_b|gl|2022|CAIR TRAVERS *B|=none:Les Travers is held in red and white
persia_b|btl|2022|VTX FONDR PERSIA *B|=none:Persia is held in red and white
gardine_r|half|2019|CDP GARDINE *R|=none:Château de la Gardine is held in red and white, neither in half bottle
arbous_r|mag|2022|ARBOUS R
comed_rousse|pinte||COMED ROUSSE
v1912|b33||VENTOUX 1912
sprite|b25||SPRITE
-|-||DAUBE AVIGNON|food: daube avignonnaise
-|-||PAPETON AUBERG|food: papeton d'aubergines
-|-||CAFE|coffee
-|-||CAFE GOURMAND|dessert and coffee
-|-||COUVERT|service
-|-||DROIT BOUCHON|corkage
-|-||CARAFE EAU|tap water, free
-|-||MAURESQUE|mixed drink (pastis and orgeat), not a held drink
-|-||TOMATE|mixed drink (pastis and grenadine)
-|gl||ROUGE MAISON|generic house red
-|p50||ROSE MAISON|generic house rosé
-|gl||CDR DU MOMENT|generic: no Côtes du Rhône named
-|dose||PASTIS|pastis alone: two pastis held
-|demi||PRESSION|generic draught: two beers on tap
-|cp||CHAMPAGNE|generic champagne: three held
-|btl|2020|CDP R|appellation alone: many Châteauneuf-du-Pape reds held
-|btl|2020|GIG R|appellation alone: several Gigondas held
-|gl|2023|TAV RS|appellation alone: four Tavel held
-|btl|2020|BEAUREN R|Beaurenard red: Châteauneuf, Côtes du Rhône, Boisrenard and Argiles Bleues held
-|btl|2019|SOUMADE R|La Soumade red: Cuvée Prestige and Fleur de Confiance held
-|btl|2020|ESCARAV R|Escaravailles: La Ponce and Héritage 1924 held
-|btl|2020|REMEJEANNE R|Réméjeanne red: Les Arbousiers and Les Églantiers held
-|btl|2020|MT REDON R|Mont-Redon red: Châteauneuf, Lirac and Côtes du Rhône held
-|btl|2022|MABY RS|Maby rosé: La Forcadière and Prima Donna held
-|btl|2020|SABON CDP R|Roger Sabon: Cuvée Prestige and Les Olivets held
-|btl|2019|PRESTIGE R|Cuvée Prestige of Roger Sabon (Châteauneuf) and of La Soumade (Rasteau) held
-|btl|2022|CAYRON B|Cayron is held in red only
-|btl|2023|PERSIA RS|Persia is held in red and white, not rosé
-|btl|2019|CUV CONFIANCE R|Cuvée Confiance, another Soumade cuvée (Fleur de Confiance is held)
-|btl|2022|MABY CASTA DIVA|Casta Diva, a Maby white not held (La Fermade is)
-|btl|2019|FONDR DIVERGENTE|Divergente, a Fondrèche cuvée not held
-|btl||CHAPELLE MAILLAC|Chapelle de Maillac (Roger Sabon's Lirac), not held; not Jaboulet's La Chapelle
-|dose||GLENGRANT 12A|Glen Grant 12 years not held (10 and 18 are)
-|dose||MANGUIN N47|Manguin's n°47 pear brandy, not held
-|b33||COMED BRUNE|La Comédienne Brune not held
"""
