"""What the accounting export holds (appellation or family / producer and cuvée):
key|measure|vintage|F1/F2, or -|measure|vintage|-|F1/F2|reason."""
CASES = """
serol_originelles|btl|2022|COTE ROANNAISE/SEROL ORIGINELLES
serol_eclat|btl|2022|COTE ROANNAISE/SEROL ECLAT GRANITE
pothiers_clos|btl|2020|COTE ROANNAISE/POTHIERS CLOS PUY
pothiers_clos|p50||COTE ROANNAISE/POTHIERS CLOS PUY
fontenay_urfe|btl|2023|IGP URFE/FONTENAY CHARDONNAY
paroisse_rouge|btl|2022|COTE ROANNAISE/PAROISSE ROUGE
paroisse_rose|btl|2023|COTE ROANNAISE/PAROISSE ROSE
serol_turbullent|btl||VIN DE FRANCE/SEROL TURBULLENT
foillard_corcelette|btl|2020|MORGON/FOILLARD CORCELETTE
foillard_py|btl|2020|MORGON/FOILLARD COTE PY
lapierre_morgon|btl|2022|MORGON/LAPIERRE
vissoux_garants|btl|2020|FLEURIE GARANTS/VISSOUX
vissoux_poncie|btl|2020|FLEURIE PONCIE/VISSOUX CHERMETTE
raousset_chiroubles|btl|2021|CHIROUBLES/CH DE RAOUSSET
thivin_7vignes|btl|2021|COTE DE BROUILLY/THIVIN 7 VIGNES
fief_julienas|btl|2020|JULIENAS/CLOS DU FIEF PRESTIGE
dupeuble_villages|btl|2022|BEAUJOLAIS VILLAGES/DUPEUBLE
cmav_moulin|btl|2020|MOULIN A VENT/CH DU MOULIN A VENT
jacques_champcour|btl|2021|MOULIN A VENT/JACQUES CHAMP DE COUR
lafarge_bourgogne|btl|2022|BOURGOGNE ROUGE/LAFARGE
lafarge_chenes|btl|2019|VOLNAY 1ER CRU/LAFARGE CLOS DES CHENES
gouges_vaucrains|btl|2017|NUITS ST GEORGES/GOUGES VAUCRAINS
gouges_nuits|btl|2020|NUITS ST GEORGES/GOUGES
trapet_gevrey|btl|2018|GEVREY CHAMBERTIN/ROSSIGNOL TRAPET
trapet_gevrey|mag|2020|GEVREY CHAMBERTIN/ROSSIGNOL TRAPET
barthod_chambolle|btl|2019|CHAMBOLLE MUSIGNY/BARTHOD
bize_guettes|btl|2020|SAVIGNY 1ER/BIZE AUX GUETTES
sauzet_combettes|btl|2019|PULIGNY 1ER/SAUZET COMBETTES
michel_chablis|btl|2021|CHABLIS/LOUIS MICHEL
michel_montee|btl|2021|CHABLIS 1ER CRU/MICHEL MONTEE TONNERRE
bonhomme_vire|btl|2021|VIRE CLESSE/BONHOMME
graillot_crozes|btl|2021|CROZES HERMITAGE/GRAILLOT
gonon_stjo|btl|2020|SAINT JOSEPH/GONON
coudoulet_rouge|btl|2022|COTES DU RHONE/COUDOULET ROUGE
coudoulet_blanc|btl|2022|COTES DU RHONE/COUDOULET BLANC
vacheron_sancerre|btl|2022|SANCERRE BLANC/VACHERON
rochesneuves_champigny|btl|2022|SAUMUR CHAMPIGNY/ROCHES NEUVES
huet_sec|btl|2021|VOUVRAY SEC/HUET HAUT LIEU
fesles_bonnezeaux|c50|2018|BONNEZEAUX/CH DE FESLES
picamelot_cremant|btl||CREMANT BOURGOGNE/PICAMELOT
bollinger_sc|btl||CHAMPAGNE/BOLLINGER SPECIAL CUVEE
polroger_reserve|btl||CHAMPAGNE/POL ROGER RESERVE
ruinart_bdb|btl||CHAMPAGNE/RUINART BLANC DE BLANCS
remy_vsop|c70||COGNAC/REMY MARTIN VSOP
chartreuse_jaune|c70||LIQUEUR/CHARTREUSE JAUNE
hendricks_gin|d4||GIN/HENDRICKS
balvenie_12|c70||WHISKY/BALVENIE DOUBLEWOOD 12
suze|c100||APERITIF/SUZE
martini_rosso|d4||APERITIF/MARTINI ROSSO
lillet_blanc|btl||APERITIF/LILLET BLANC
ninkasi_pale|demi||PRESSION/NINKASI PALE ALE
affligem|pinte||PRESSION/AFFLIGEM BLONDE
k1664|demi||PRESSION/KRONENBOURG 1664
chimay_rouge|c33||BIERE BOUTEILLE/CHIMAY ROUGE
ninkasi_noire|c33||BIERE BOUTEILLE/NINKASI NOIRE
coca_zero|c33||SOFT/COCA COLA ZERO
orangina|c25||SOFT/ORANGINA
font_orange|c25||SOFT/PATRICK FONT ORANGE
-||||PLAT/ANDOUILLETTE|food
-||||PLAT/PIECE DU BOUCHER|food
-||||DESSERT/TARTE TATIN|dessert
-||||CAFE/EXPRESSO|coffee
-||||DIVERS/DROIT DE BOUCHON|service
-||||DIVERS/LOCATION TIREUSE|service
-|vr|||VIN/VIN DU MOMENT|generic glass
-|p50|||VIN ROUGE/PICHET MAISON|generic carafe
-|btl|2020|-|MORGON/FOILLARD|Foillard: two Morgons held
-|btl|2022|-|COTE ROANNAISE/ROUGE|Côte Roannaise alone: several held
serol_eclat|half|2022|COTE ROANNAISE/SEROL ECLAT GRANITE
-|btl|2022|-|COTE ROANNAISE/SEROL CHEZ COQUET|Sérol's Chez Coquet not held
-|btl|2023|-|IGP URFE/PAROISSE VIOGNIER|no Viognier held
-|btl|2021|-|FLEURIE/VISSOUX|Vissoux: two Fleuries held
-|btl|2022|-|BROUILLY/CH THIVIN|Thivin's Brouilly not held
-|btl|2020|-|MOULIN A VENT/JACQUES ROCHEGRES|Jacques' Rochegrès not held
-|btl|2019|-|VOLNAY/LAFARGE|Lafarge: two Volnays held
-|btl|2019|-|NUITS ST GEORGES/GOUGES PERRIERE BLANC|Gouges' white not held
morey_meursault|half|2020|MEURSAULT/PIERRE MOREY
michel_chablis|mag|2022|CHABLIS/LOUIS MICHEL
jamet_cote|half|2018|COTE ROTIE/JAMET
-|btl|2020|-|CHATEAUNEUF DU PAPE/TELEGRAMME|second wine of Vieux Télégraphe not held
-|btl|2023|-|SANCERRE ROUGE/VACHERON|red Sancerre not held
tracy_pouilly|mag|2022|POUILLY FUME/CH DE TRACY
-|btl||-|CHAMPAGNE/BOLLINGER PN VZ|Bollinger PN not held
-|btl||-|CHAMPAGNE/JACQUESSON 744|Cuvée 744 not held
-|btl||-|CHAMPAGNE/RUINART|Ruinart alone: two held
-|btl||-|CHAMPAGNE/POL ROGER BLANC DE BLANCS|not held
-|c70||-|COGNAC/REMY MARTIN 1738|Rémy Martin 1738 not held
-|d4||-|WHISKY/GLENMORANGIE|Glenmorangie alone: two held
-|d4||-|RHUM/JM XO|J.M XO not held
affligem|c33||BIERE BOUTEILLE/AFFLIGEM BLONDE
chimay_bleue|demi||PRESSION/CHIMAY BLEUE
badoit|c33||EAU/BADOIT
"""
