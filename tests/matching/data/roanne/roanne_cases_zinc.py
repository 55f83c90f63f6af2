"""What the staff keyed on the zinc register: key|measure|vintage|text,
or -|measure|vintage|FAMILY|text|reason for a product that is no drink of the library."""
CASES = """
serol_eclat|vr|2022|ECLAT SEROL
serol_eclat|btl||ECLAT GRANITE SEROL
serol_eclat|mag|2021|ECLAT GRAN SEROL
serol_eclat|btl|2020|ECLAT SEROL
serol_originelles|btl|2022|ORIGINELLES SEROL
serol_perdriziere|btl|2020|PERDRIZIERE SEROL
serol_turbullent|cp||TURBULLENT
pothiers_clos|btl|2022|CLOS DU PUY POTHIER
pothiers_clos|btl|2021|CLOS PUY POTHIERS
fontenay_vv|vr||CTE ROANN FONTENAY
fontenay_vv|half|2022|FONTENAY VV
fontenay_urfe|vr||CHARDO URFE FONTENAY
paroisse_rouge|p50||CTE ROANN PAROISSE
paroisse_rouge|pot||PAROISSE RGE
paroisse_rose|p25||PAROISSE ROSE
foillard_py|btl|2021|MGN PY FOILLARD
foillard_py|btl|2019|MGN COTE PY FOILL
foillard_py|mag||MGN PY FOILLARD
lapierre_morgon|vr||MGN LAPIERRE
lapierre_morgon|btl|2021|MORGON LAPIERRE
vissoux_garants|btl|2022|FLEURIE GARANTS
jacques_champcour|btl|2020|MAV CHAMP DE COUR
jacques_champcour|btl|2018|MAV CHAMPCOUR
raousset_chiroubles|vr||CHIROUBLES RAOUSSET
thivin_7vignes|btl|2022|CTE BROUIL 7 VIGNES
thivin_7vignes|half||THIVIN 7 VIGNES
thivin_7vignes|btl|2020|THIVIN 7VIGNES
billards_amour|btl|2021|ST AMOUR BILLARDS
dupeuble_villages|p25||BEAUJ VILL DUPEUBLE
lafarge_bourgogne|btl|2021|BGNE LAFARGE
lafarge_chenes|btl|2018|VOLNAY CHENES
lafarge_vendanges|btl|2019|VOLNAY VEND SEL
gouges_nuits|btl|2018|NSG H GOUGES
gouges_vaucrains|btl|2017|NSG 1ER VAUCRAINS
gouges_pruliers|btl|2016|NSG PRULIERS GOUGES
trapet_gevrey|mag|2019|GEVREY TRAPET
trapet_gevrey|btl|2019|GEVREY ROSSIGNOL
barthod_cras|btl|2018|CHAMBO CRAS BARTHOD
bize_guettes|btl|2018|SAVIGNY GUETTES
morey_perrieres|btl|2019|MEURS PERRIERES
michel_montee|btl|2019|CHAB MONTEE TONNERRE
michel_chablis|half|2022|CHAB L MICHEL
michel_chablis|vr||CHABLIS L MICHEL
graillot_crozes|btl|2022|CROZES GRAILLOT
graillot_crozes|vr|2023|CROZES GRAILLOT
coudoulet_rouge|vr||COUDOULET RGE
vacheron_sancerre|vr||SANC VACHERON
rochesneuves_champigny|vr||CHAMPIGNY RCHS NEUVES
fesles_bonnezeaux|vr||BONNEZEAUX FESLES
bollinger_sc|half||BOLLI SPECIAL CUV
polroger_vintage|btl|2014|POL ROGER VINT
polroger_reserve|cp||POL ROGER BRUT RES
picamelot_cremant|cp||CREMANT BGNE
chartreuse_verte|d4||CHARTREUSE VERTE
chartreuse_jaune|d2||CHARTREUSE JAUNE
remy_vsop|d4||REMY VSOP
ferrand_1840|dose||FERRAND 1840
glenmo_10|d4||GLENMORANGIE 10ANS
pastis51|d2||PASTIS51
lillet_blanc|vr||LILLET BLANC
k1664|demi||KRO 1664
k1664|pinte||KRONENBOURG
k1664|c25||1664 BLLE
affligem|demi||AFFLIGEM
ninkasi_pale|pinte||NINKASI PALE
coca|c33||COCA
coca_zero|c33||COCA ZERO
-|||CUI|ANDOUILLETTE 5A|food
-|||CUI|PLAT DU JOUR|food
-|||CUI|GRATIN ROANNAIS|food (shares a word with Côte Roannaise)
-|||DES|TARTE PRALINES|dessert
-|||CAF|CAFE|coffee
-|||DIV|DROIT DE BOUCHON|service
-|||DIV|CONSIGNE FUT|keg deposit, no drink
-|vr||RGE|VIN ROUGE|generic glass of red
-|p25||BLC|BLANC MAISON|generic carafe
-|vr||RGE|CTE ROANN|Côte Roannaise alone: four producers held
-|vr||RGE|MORGON|Morgon alone: three wines held
-|btl||RGE|MGN FOILLARD|Foillard: two Morgons held (Côte du Py, Corcelette)
-|btl||RGE|FLEURIE VISSOUX|Vissoux: two Fleuries held
-|btl||RGE|SEROL|producer alone: four Sérol wines held
lapierre_morgon|mag||MGN LAPIERRE
raousset_chiroubles|half||CHIROUBLES
-|btl|2022|RGE|BROUILLY THIVIN|Thivin's Brouilly not held (only its Côte de Brouilly)
-|btl||RGE|VOLNAY LAFARGE|Lafarge: two Volnays held
-|btl|2019|RGE|NSG 1ER CHAIGNOTS GO|Gouges' Chaignots not held
trapet_gevrey|half||GEVREY TRAPET
-|btl|2021|BLC|CHAB 1ER VAILLONS|Louis Michel's Vaillons not held (other premier cru)
-|btl||RGE|SANCERRE RGE VACHERON|Vacheron's red Sancerre not held
-|vr||BLC|MEURSAULT|Meursault alone: two Pierre Morey wines held
bollinger_rose|half||BOLLI ROSE
-|btl||BUL|JACQUESSON 746|Jacquesson's Cuvée 746 not held (745 is)
-|cp||BUL|COUPE CHAMPAGNE|generic coupe: several champagnes held
-|d4||DIG|CHARTREUSE|Chartreuse alone: green and yellow held
-|d4||DIG|CHARTREUSE VEP|Chartreuse V.E.P. not held
-|d4||DIG|COGNAC|generic cognac: three held
-|d4||DIG|REMY MARTIN|Rémy Martin alone: VSOP and XO held
-|d4||ALC|GLENMORANGIE 18ANS|Glenmorangie 18 not held
-|||ALC|GIN TONIC|mixed drink
-|vr||APE|KIR|mixed drink
-|c33||BIE|CHIMAY|Chimay alone: blue and red held
duvel|pinte||DUVEL
-|demi||PRE|PANACHE|mixed drink
ninkasi_noire|pinte||NINKASI NOIRE
desperados|demi||DESPERADOS
-|c33||SFT|COCA LIGHT|Coca-Cola Light not held
-|c33||SFT|PERRIER|Perrier not held
"""
