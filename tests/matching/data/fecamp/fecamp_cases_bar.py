"""La Marée, till `bar` (the counter register): what was keyed.

key|measure|vintage|text            a drink of the library
-|measure|vintage|family|text|why   anything else
"""
CASES = """
briords|g|2022|MUSC BRIORDS
briords|c50||MUSC BRIORDS
briords|m|2021|MUSC BRIORD
briords||2020|MUSC SL BRIORDS
pepie|c25|2022|MUSC LA PEPIE
amphibolite|g|2022|MUSC AMPHIBOLITE
amphibolite|h|2021|AMPHIBOL
ragotiere||2021|RAGOTIERE
-|g||VB|MUSCADET|four Muscadets held
-|c50||VB|MUSC SL|four Muscadets sur lie held
flores|g15||SANC PINARD
flores|h|2022|SANC FLORES
moussiere_b|g|2022|MOUSSIERE BL
moussiere_r|g||SANC RGE MELLOT
moussiere_r||2019|SANC ROUGE MOUSSIERE
-|g||VB|SANCERRE|two white Sancerres and a red held
-||2023|VRS|SANC ROSE|no Sancerre rosé held
tracy|g||POUILLY FUME TRACY
tracy||2021|PF TRACY
pelle|g|2022|PELLE MOROGUES
pelle|g|2021|MENETOU
stmartin|h|2022|CHAB LAROCH
steclaire|g|2021|CHAB STE CLAIRE
steclaire|g|2020|CHAB CLAIRE
montmains||2018|MONTMAINS
lesclos||2019|CHAB GC CLOS
-|g||VB|CHABLIS|three Chablis held
-||2021|VB|CHAB 1ER VAILLONS|Vaillons not held
hugel_ries|g||RIESLING HUGEL
hugel_ries||2019|RIESL HUGEL
hugel_gewurz|g||GEWURZ
gentil|g|2023|GENTIL HUGEL
papillon||2020|SAVENNIERES
morny|c25||PICPOUL
layon|g||COTEAUX LAYON
granges|g||CHINON
granges|g|2023|CHINON
granges|c50|2021|CHINON GRANGES
rochesneuves|g||SAUMUR CHAMPIGNY
cotedupy|g|2021|MORGON PY
lanessan|g|2014|LANESSAN
-|g||VR|VIN ROUGE|generic glass
-|c25||VR|ROUGE MAISON|house carafe, no house wine in the library
-|g||VB|BLANC SEC|generic glass
-|g||VB|VIN DU MOIS|generic
whispering||2022|WHISPERING
-|g||VRS|ROSE PROVENCE|two Côtes de Provence rosés held
aqueria|g|2022|TAVEL
langlois|f||CREMANT LOIRE
taitt_brut|f||TAITT BRUT
-|f||CH|TAITTINGER|Taittinger brut and rosé held
vcp|f||VEUVE CLICQUOT
bolly_gda|f|2013|BOLLY GDE ANNEE
-|f||CH|CHAMPAGNE|generic flute
dupont_bouche|bo||CIDRE BOUCHE DUPONT
-|bo||CI|CIDRE|several ciders held
sassy_brut|b33||SASSY BRUT
pacory|bo||POIRE
dupont_pommeau|d6||POMMEAU
dupont_fine|d||CALVA FINE DUPONT
dupont_hda|d2||CALVA HDA DUPONT
groult_3|d||GROULT 3ANS
-|d||CA|GROULT 12ANS|Groult 12 ans not held
magloire_vsop|d||MAGLOIRE VSOP
magloire_xo|d||P MAGLOIRE XO
-|d||CA|CALVA|generic calvados, seven held
benedictine|d||BENEDICTINE
bnb|d||B&B
-|x||CO|TROU NORMAND|served preparation
-|x||AP|KIR NORMAND|mixed drink
ricard|d2||RICARD
aberlour|d||ABERLOUR 12ANS
-|d||DG|WHISKY|generic, three whiskies held
-|x||CO|GIN TONIC|mixed drink
k1664|dm||1664
grim|pt||GRIM AMBREE
leffe|pt||LEFFE
-|pt||BI|GUINNESS|not held
-|dm||BI|PANACHE|mixed drink
-|x||BI|PICON BIERE|mixed drink
heineken|||HEINEKEN
k1664_blanc|||1664 BLANC
-|||BI|PELFORTH BLONDE|not held
leffe|b33||LEFFE
coca|||COCA
evian|b50||EVIAN
badoit|b100||BADOIT
badoit|b50||BADOIT
-|x||CF|CAFE|coffee
-|x||CF|CAFE GOURMAND|dessert
-|x||CF|THE|tea
-|x||SO|SIROP MENTHE|not held
-|x||SO|JUS ORANGE|not held
-|x||CU|CHIPS|food
-|x||DV|DIVERS 5E|open amount
-|x||DV|DROIT BOUCHON|corkage
-|x||CF|IRISH COFFEE|mixed drink
-|x||CO|SPRITZ|mixed drink
"""
