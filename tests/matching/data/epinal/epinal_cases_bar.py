"""BAR: what the barman programmed on the counter register's keys.

One line a key: key|measure|vintage|text, or -|measure|vintage|text|reason for what is no
drink of the library. The till adds the measure prefix, the two-digit vintage and the cut.
"""
CASES = """
trim_ries|G||RIESLING TRIMBACH
trim_ries|G15|2022|RIESL TRIMB
trim_gewu|G|2021|GEWURZ TRIMB
trim_pg|G|2021|PG TRIMBACH
hugel_gewu|G12|2022|GEWURZ HUGEL
hugel_vt|G||GEWURZ VT HUGEL
beyer_pn|G|2022|PN BEYER
beyer_pn|C50|2022|PINOT NOIR BEYER
ribo_edel|C50||EDEL RIBEAUVILLE
turck_pb|G|2023|PINOT BLC TURCK
oste_sylv|G||SYLVANER OSTERTAG
dopff_julien|CP||CREM JULIEN DOPFF
dopff_rose|CP||CREM ROSE DOPFF
dopff_julien|H||CREM DOPFF
migot_gris|G|2024|GRIS MIGOT
migot_gris|C50||GRIS MIGOT
lelie_gris|G||GRIS LELIEVRE
linotte_aux|G||AUXERROIS LINOTTE
vaux_gryph|G|2023|GRYPHEES VAUX
vaux_pn|G||PN CH VAUX
broc_chab|G|2023|CHABLIS BROCARD
broc_chab|H|2023|CHABLIS BROC
jadot_pn|C25||BOURG PN JADOT
drap_carte|CP||DRAPPIER BRUT
drap_carte|M||DRAPPIER
kro|DE||KRO
kro|PI||KRONENBOURG
meteor_pils|DE||METEOR
grim_blonde|PI||GRIMBERGEN
chouffe|S33||CHOUFFE
licorne_black|S33||LICORNE BLACK
b1664_blanc|S25||1664 BLANC
devo_mirab|D||MIRAB DEVOILLE
peur_kirsch|D||KIRSCH PEUREUX
miclo_poire|D||POIRE WILL MICLO
mass_framb|D2||FRAMBOISE MASSENEZ
miclo_marc|D||MARC GEWURZ
devo_liq_mir|D||LIQ MIRAB DEVOILLE
magloire|D||CALVA
ricard|D||RICARD
pastis51|D||PASTIS51
chivas12|D||CHIVAS12
havana7|D||HAVANA7
get27|D||GET27
coca|S33||COCA
orangina|S25||ORANGINA
vittel|S50||VITTEL
trim_ries|G|2021|RIESL TRIMB
trim_pg|G|2020|PG TRIMBACH
hugel_gewu|G|2023|GEWURZ HUGEL
beyer_pn|G|2021|PN BEYER
migot_gris|C25|2022|GRIS MIGOT
lelie_gris|G|2023|GRIS LELIEVRE
vaux_gryph|G|2021|GRYPHEES VAUX
turck_pb|C25|2021|PB TURCK
ribo_edel|G|2022|EDEL RIBO
broc_petit|G|2022|PETIT CHABLIS
jadot_pn|G|2020|PN JADOT
faiv_merc|G|2020|MERCUREY FAIV
oste_sylv|G|2021|SYLV OSTERTAG
drouhin_macon|G|2022|MACON DROUHIN
-|DE||MONACO|cocktail: demi with grenadine and lemonade
-|DE||PANACHE|mixed drink: beer and lemonade
-|CP||KIR|kir: white wine and cassis, a mixed drink
-|CP||KIR ROYAL|cocktail
-|G||VIN ROUGE MAISON|generic house wine
-|G||BLANC DU MOMENT|generic wine of the moment
-|C50||GRIS DE TOUL|two Gris de Toul held (Migot, Lelièvre): appellation alone
-|G||AUXERROIS|two Auxerrois held (Linotte, Oury-Schreiber)
-|G||PINOT NOIR|three Pinot Noirs held (Beyer, Migot, Vaux)
-|G||RIESLING|three Rieslings held (Trimbach, Hugel, Beyer)
-|D||MIRABELLE|two mirabelles held (Devoille, Massenez)
-|D||KIRSCH|two kirschs held (Devoille, Peureux)
-|G||GEWURZ VT TRIMBACH|Trimbach's Vendange Tardive not held (only Hugel's)
-|G||RIESL FREDERIC EMILE|Trimbach's Cuvée Frédéric Émile not held
-|G||PG HUGEL|Hugel's Pinot Gris not held
-|CP||CREM ROSE TURCK|Turckheim's crémant not held
licorne_black|DE||LICORNE
chouffe|PI||CHOUFFE
meteor_pils|S33||METEOR
vittel|S33||VITTEL
perrier|S100||PERRIER
coca|S100||COCA
hugel_vt|B||GEWURZ VT HUGEL
trim_gewu|H||GEWURZ TRIMB
-|D||GET31|Get 31 not held (only Get 27)
-|D||HAVANA ESPECIAL|Havana Club Especial not held
-|D||POIRE PEUREUX|Peureux's poire not held (Miclo's is)
-|D||QUETSCHE MASSENEZ|Massenez's quetsche not held (Devoille's is)
-|||CAFE|coffee
-|||CHOCOLAT CHAUD|hot drink
-|||CROQUE MONSIEUR|food
-|||QUICHE LORRAINE|food
-|||SIROP MENTHE|syrup with water
-|||DIABOLO FRAISE|syrup and lemonade
-|||JUS ORANGE PRESSE|fresh-pressed juice, not held
-|G||ROSE PAMPLEMOUSSE|grapefruit rosé, not held
"""
