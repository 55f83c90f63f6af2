"""La Marée, till `terrasse` (the terrace handhelds): what was keyed.

key|measure|vintage|text            a drink of the library
-|measure|vintage|family|text|why   anything else
"""
CASES = """
briords|g|2022|MuscBriords
briords|c50||MuscBriords
briords||2023|Briords
amphibolite|g|2020|Amphibolite
-|g||VB|Muscadet|four Muscadets held
-||2022|VB|MuscSurLie|four Muscadets sur lie held
flores|g||SancFlores
flores||2022|SancFlores
flores|h|2023|SancPinard
moussiere_b|g||SancWhiteMellot
moussiere_r||2020|SancRedMellot
moussiere_r|g|2022|SancRed
-|g||VB|Sancerre|three Sancerres held
-|g||VRS|SancRose|no Sancerre rosé held
tracy||2020|ChTracy
-||2022|VR|MenetouRouge|colour not held
stmartin|g|2022|ChabLaroche
stmartin||2020|ChabStMartin
steclaire||2022|ChabBrocardClaire
montmains||2021|Montmains
lesclos|g|2019|ChabGrandCruClos
-|g||VB|Chablis|three Chablis held
-||2022|VB|ChabMoreau|Moreau's village Chablis not held
hugel_ries||2021|Riesling
hugel_gewurz|g|2020|Gewurz
gentil|g||HugelGentil
trimbach_pb||2019|PinotBlanc
-|g||VB|PinotGris|not held
hautlieu|g||Vouvray
papillon|g|2018|Savennieres
remus|g|2021|Montlouis
reuilly||2021|Reuilly
morny|c50||Picpoul
layon|b50|2019|CoteauxLayon
-|g||VB|Sauternes|not held
granges|g|2021|ChinonGranges
granges|m||Chinon
trinch|g||Bourgueil
trinch||2021|Trinch
cotedupy||2022|MorgonPy
cotedupy|m|2020|Morgon
-|g||VR|Beaujolais|not held
lanessan||2016|Lanessan
guigal|g||CdrGuigal
guigal||2019|CotesDuRhone
-|g||VR|HouseRed|generic
-|g||VB|HouseWhite|generic
-|c50||VRS|HouseRose|generic
selle|g||OttSelle
selle||2022|ChSelleOtt
aqueria||2023|Tavel
taitt_brut|f||TaittBrut
-|||CH|Taittinger|brut and rosé held
taitt_rose|||TaittRose
-|f||CH|Bollinger|Special Cuvée and Grande Année held
bolly_sc|m||BollySC
bolly_gda||2015|BollyGrandeAnnee
bolly_gda||2016|BollyGdeAnnee
-|f||CH|LaurentPerrier|La Cuvée and rosé held
lp_rose|h||LPRose
ruinart|f||RuinartBdB
vcp|m||VeuveClicquot
dupont_bouche|bo||CiderBouche
sassy_rose|||SassyRose
groult_8|d||CalvaGroult8yo
-|d||CA|Calva12yo|no 12-year-old held
-|d||CA|MagloireFine|not held
-|x||CO|BeneTonic|mixed drink
bnb|d||BnB
get27|d||Get27
-|x||CO|GinTonic|mixed drink
citadelle|d||Citadelle
lagavulin|d||Lagavulin16
-|d||DG|Scotch|generic
diplomatico|d||Diplomatico
-|d||DG|Rum|generic
k1664|dm||1664
grim|dm||Grimbergen
-|pt||BI|Guinness|not held
-|pt||CI|Cider|no draught cider
desperados|||Desperados
duvel|||Duvel
-|||BI|Kronenbourg|not held
coca|||Coke
cocazero|||CokeZero
schweppes|||Tonic
evian|b50||Evian
-|||SO|StillWater|generic
sanpe|b50||SPellegrino
jusdupont|||AppleJuiceDupont
-|||SO|OrangeJuice|not held
-|x||CU|Oysters6|food
-|x||CU|FishAndChips|food
-|x||CU|MoulesFrites|food
-|x||DE|IceCream2|dessert
-|x||CF|Coffee|coffee
-|x||CF|IrishCoffee|mixed drink
-|x||DV|Corkage|corkage
"""
