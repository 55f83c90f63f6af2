"""What the sommelier keyed on the side room's tablet: key|measure|vintage|text,
or -|measure|vintage|-|text|reason for a product that is no drink of the library."""
CASES = """
lafarge_chenes|btl|2017|Volnay 1er Cru Clos des Chênes – Lafarge
lafarge_chenes|btl||Volnay Clos des Chênes
lafarge_vendanges|vr10|2019|Volnay Vendanges Sélectionnées
gouges_vaucrains|btl|2016|Nuits 1er Cru Les Vaucrains – Gouges
gouges_pruliers|btl|2018|Nuits-St-Georges Les Pruliers
gouges_nuits|vr10|2020|Nuits-Saint-Georges village – H. Gouges
trapet_chapelle|btl|2018|Gevrey 1er Petite Chapelle – Rossignol-Trapet
trapet_chapelle|btl|2019|Gevrey-Chambertin Petite-Chapelle
trapet_gevrey|btl|2020|Gevrey-Chambertin – Rossignol-Trapet
barthod_cras|btl|2017|Chambolle 1er Les Cras – Barthod
barthod_chambolle|vr10||Chambolle-Musigny – G. Barthod
bize_guettes|btl|2019|Savigny Aux Guettes – Simon Bize
bize_guettes|btl||Savigny-lès-Beaune 1er Cru Aux Guettes
morey_perrieres|btl|2018|Meursault Perrières – Pierre Morey
morey_meursault|vr10|2020|Meursault – P. Morey
morey_meursault|btl|2021|Meursault village Morey
sauzet_combettes|btl|2019|Puligny-Montrachet Les Combettes – Sauzet
michel_montee|btl|2020|Chablis Montée de Tonnerre – Louis Michel
michel_montee|btl|2022|Chablis 1er Montée de Tonnerre
michel_chablis|btl|2022|Chablis – Louis Michel
bonhomme_vire|vr||Viré-Clessé – A. Bonhomme
vernay_terrasses|vr10|2022|Condrieu Terrasses de l'Empire
vernay_terrasses|btl|2021|Condrieu – Georges Vernay
jamet_cote|btl|2018|Côte-Rôtie – Jamet
gonon_stjo|btl|2019|Saint-Joseph – Gonon
telegraphe_crau|btl|2019|Châteauneuf La Crau – Vieux Télégraphe
telegraphe_crau|btl|2017|Vieux Télégraphe
telegraphe_crau|mag|2016|Vieux Télégraphe La Crau
coudoulet_blanc|vr||Coudoulet de Beaucastel blanc
huet_demisec|btl|2020|Vouvray Haut-Lieu demi-sec – Huet
huet_sec|btl|2019|Vouvray Le Haut-Lieu sec
fesles_bonnezeaux|c50|2016|Bonnezeaux – Château de Fesles
fesles_bonnezeaux|vr|2017|Bonnezeaux Fesles
vacheron_sancerre|half|2023|Sancerre blanc – Vacheron
tracy_pouilly|vr||Pouilly-Fumé – Château de Tracy
foillard_py|mag|2020|Morgon Côte du Py – Foillard
foillard_py|btl|2022|Morgon Côte du Py
jacques_champcour|btl|2019|Moulin-à-Vent Clos de Champ de Cour
cmav_moulin|btl|2018|Château du Moulin-à-Vent
thillardon_carrieres|btl|2022|Chénas Les Carrières – Thillardon
serol_perdriziere|btl|2020|Côte Roannaise Perdrizière – Sérol
serol_eclat|btl|2021|Côte Roannaise Éclat de Granite
serol_eclat|mag|2022|Éclat de Granite – Sérol
bollinger_sc|mag||Bollinger Special Cuvée
bollinger_sc|cp||Bollinger Spécial Cuvée
bollinger_rose|btl||Bollinger Rosé
ruinart_bdb|cp||Ruinart Blanc de Blancs
ruinart_r|btl||R de Ruinart
polroger_vintage|btl|2015|Pol Roger Vintage
polroger_vintage|btl|2012|Pol Roger Brut Vintage
polroger_reserve|half||Pol Roger Brut Réserve
jacquesson_745|cp||Jacquesson Cuvée 745
remy_xo|d4||Rémy Martin XO
ferrand_1840|d4||Cognac Pierre Ferrand 1840
chartreuse_verte|d2||Chartreuse verte
drouin_hda|d4||Calvados Hors d'Âge – Drouin
glenmo_lasanta|d4||Glenmorangie Lasanta
rozelieures_origine|d4||Rozelieures Origine
jm_vsop|d4||Rhum J.M VSOP
byrrh|vr||Byrrh
evian|c50||Evian
badoit|c100||Badoit
-||||Menu dégustation en 7 temps|food menu
-|vr|||Accord mets et vins|generic pairing glass
-||||Ris de veau aux morilles|food
-||||Plateau de fromages affinés|cheese
-||||Mignardises|dessert
-||||Café serré|coffee
-||||Eau en carafe|tap water
-||||Service en salon privé|service
-|vr|||Vin rouge au verre|generic glass
-|btl|2019|-|Volnay – Lafarge|Lafarge: two Volnays held
-|btl|2018|-|Volnay 1er Cru Santenots – Lafarge|Lafarge's Santenots not held
-|btl|2020|-|Pommard – Michel Lafarge|Lafarge's Pommard not held
-|btl|2018|-|Nuits 1er Cru Les Saint-Georges – Gouges|Gouges' Les Saint-Georges not held
trapet_gevrey|half|2020|Gevrey-Chambertin – Rossignol-Trapet
-|btl|2017|-|Chambertin Grand Cru – Rossignol-Trapet|Trapet's Chambertin not held
-|btl|2019|-|Chambolle 1er Cru Les Charmes – Barthod|Barthod's Charmes not held
-|btl|2019|-|Meursault Charmes – Pierre Morey|Morey's Charmes not held
-|btl|2020|-|Puligny-Montrachet village – Sauzet|Sauzet's village Puligny not held
-|btl|2020|-|Chablis Grand Cru Les Clos – Louis Michel|Louis Michel's Les Clos not held
vernay_terrasses|mag|2022|Condrieu Terrasses de l'Empire
-|btl|2018|-|Côte-Rôtie Côte Brune – Jamet|Jamet's Côte Brune not held
-|btl|2021|-|Saint-Joseph blanc – Gonon|white Saint-Joseph not held
-|btl|2021|-|Châteauneuf blanc – Vieux Télégraphe|white Télégraphe not held
-|btl|2023|-|Sancerre rouge – Vacheron|red Sancerre not held
-|btl|2020|-|Vouvray Haut-Lieu moelleux – Huet|Huet's moelleux not held (sec and demi-sec are)
-|btl|2019|-|Vouvray pétillant – Huet|Huet's pétillant not held
-|btl|2014|-|Bollinger La Grande Année|Grande Année not held
-|cp||-|Ruinart Rosé|Ruinart rosé not held
-|btl|2013|-|Pol Roger Sir Winston Churchill|Sir Winston Churchill not held
-|d2||-|Rémy Martin Louis XIII|Louis XIII not held
-|d4||-|Chartreuse V.E.P. jaune|V.E.P. not held
-|d4||-|Bas-Armagnac hors d'âge|no armagnac held
-|d4||-|Glenmorangie Signet|Signet not held
-|cp||-|Champagne|generic coupe
-|c100||-|Eau minérale gazeuse|generic: Badoit and others
"""
