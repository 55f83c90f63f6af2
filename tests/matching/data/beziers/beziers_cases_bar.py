"""BAR: the rugby supporters' bar register (capitals, measure code first, bar shorthand,
two-digit vintage last, cut at 19 columns).
Drink rows: key|measure|vintage typed|text.   Other rows: -|measure|vintage|family|text|reason."""

CASES = """
montfalette|btl|2021|FAUG MONTFALETTE
montfalette|glass12|2020|MONTFALETTE
montfalette|btl|2019|MONTFALETTE
barral|btl|2019|FAUG BARRAL
barral|btl|2017|BARRAL
barral|glass15|2018|BARRAL
liquiere_am|btl|2021|AMANDIERS LIQU
liquiere_am_rs|glass|2023|AMANDIERS RS
ot_fossibus|btl|2019|FOSSIBUS
ot_fossibus|btl|2020|CASTEL FOSSIBUS
ot_collines|mag|2021|COLLINES OT
ot_collines|btl|2022|COLLINES OT
maghani|btl|2020|MAGHANI
maghani|btl|2019|MAGHANI CANET
mille_nuits|half|2021|MILLE NUITS
roches_noires|btl|2021|ROCHES NOIRES
roches_noires|mag|2021|ROCHES NOIRES
arbouse|btl|2021|PSL ARBOUSE
grenadiere|btl|2020|GRENADIERE
grenadiere|btl|2018|GRENADIERE BRUG
olivette|glass12||OLIVETTE CLOS MARIE
ste_agnes|half|2020|STE AGNES
felines|glass|2023|PICP FELINES
felines|pich50||PICP FELINES J
morny|btl|2023|DUC MORNY
morny|mag|2023|DUC MORNY
st_martin|btl|2023|PICP ST MARTIN
beauvignac|glass12|2023|BEAUVIGNAC
oupia_barons|btl|2021|OUPIA BARONS
oupia_barons|btl|2020|BARONS D'OUPIA
las_combes|btl|2020|LAS COMBES MARIS
marie_claude|glass||MARIE CLAUDE
alaric|btl|2017|ALARIC BARONNE
villemajou|btl|2018|VILLEMAJOU
villemajou|btl|2021|CH VILLEMAJOU
col_vents|pich25|2022|COL VENTS
gris_blanc|mag|2023|GRIS BLANC
gris_blanc|glass||GRIS BLANC
claude_val_rg|glass|2022|CLAUDE VAL RG
daumas_rg|btl|2019|DAUMAS GASSAC
daumas_rg|btl|2017|DAUMAS RG
colombette_rg|glass12||COLOMBETTE RG
antech_rs|glass||EMOTION ANTECH
guigal_cdr|btl|2021|CDR GUIGAL
cantemerle|btl|2016|CANTEMERLE
cantemerle|btl|2017|CANTEMERLE HM
moet_imp|btl||MOET IMPERIAL
ricard|dose2||RICARD
p51|dose2||PASTIS51
bardouin|dose2||BARDOUIN
kro_f|demi||KRO
kro_f|girafe||KRO
guinness_f|pinte||GUINNESS
grim_f|pinte||GRIM BLDE
blanc1664_f|demi||1664 BLANC
alaryk_f|girafe||ALARYK
desperados|b33||DESPE
jameson|dose4||JAMESON
lagavulin16|dose4||LAGA16
perrier|b100||PERRIER
maghani|mag|2019|MAGHANI
barral|half|2018|BARRAL
felines|mag||PICP FELINES
cantemerle|half|2016|CANTEMERLE
guinness_f|b33||GUINNESS
estrella|pinte||ESTRELLA
-|pich50||x|SANGRIA|sangria is mixed at the bar, not a drink of the library
-|pinte||x|PANACHE|mixed drink
-|demi||x|MONACO|mixed drink
-|dose2||x|MAURESQUE|pastis with orgeat: a mixed drink
-|dose2||x|PERROQUET|pastis with mint syrup: a mixed drink
-|dose2||x|PASTIS|generic pastis: five anises held
-||||CAFE|coffee
-||||CROQUE MONSIEUR|food
-|pinte||x|BIERE DU MOMENT|generic beer
-|glass||x|ROUGE MAISON|generic house red
-|glass||x|FAUGERES|appellation alone: several Faugères held
-|glass||x|PICPOUL|appellation alone: four Picpoul de Pinet held
-|btl|2021|x|ST CHINIAN|appellation alone: several Saint-Chinian held
-|btl|2020|x|BARRAL BL|Léon Barral's white is not held
-|btl|2021|x|CLOS MARIE SIMON|Clos Marie's Simon: another cuvée than L'Olivette
-|btl|2020|x|MOULIN GASSAC|Moulin de Gassac: not Mas de Daumas Gassac
-|btl|2020|x|CANET ANTONYME|Canet-Valette's Antonyme is not held
-|btl||x|CDR GUIGAL BL|Guigal's white Côtes du Rhône is not held
-|btl|2022|x|OUPIA BLANC|Château d'Oupia's white is not held
-|dose4||x|LAGA8|Lagavulin 8 ans: only the 16 ans is held
-|dose4||x|TALISKER STORM|Talisker Storm: only the 10 ans is held
-|dose4||x|HAVANA7|Havana Club 7 ans: only the 3 ans is held
-|dose4||x|JACK HONEY|Jack Daniel's Honey: only Old No. 7 is held
-|b33||x|COCA LIGHT|Coca-Cola Light is not held
-|dose4||x|RHUM|generic rum: two held
-|pich50||x|VIN DU MOMENT|generic wine
-||||DROIT BOUCHON|service
-||||PLACE ARENES|a bullfight ticket
-|dose4||x|WHISKY|generic whisky: several held
-|btl|2019|x|PIC ST LOUP|appellation alone: four Pic Saint-Loup reds held
"""
