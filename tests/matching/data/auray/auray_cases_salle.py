"""salle: the dining room's touch-till buttons (mixed case, accents, the manager's names).

key|measure|vintage|text  /  -FAM|measure|vintage|text|reason
The renderer puts the family prefix first, the vintage after the text, ` - ` and the measure.
"""
CASES = """
landron_amph|B|2023|Muscadet Amphibolite Landron
landron_amph|H|2023|Muscadet Amphibolite Jo Landron
landron_fief|B|2020|Muscadet Le Fief du Breil Landron
pepiere_briords|B|2021|Muscadet Clos des Briords
pepiere_briords|M|2021|Clos des Briords Pépière
pepiere_clisson|B|2019|Muscadet Clisson Dom. de la Pépière
vacheron|B|2023|Sancerre Vacheron
vacheron|G15|2023|Sancerre Dom. Vacheron
tracy|B|2021|Pouilly-Fumé Ch. de Tracy
huet|B|2019|Vouvray sec Le Haut-Lieu Huet
huet|G|2021|Vouvray Huet
guiberteau|B|2022|Saumur blanc Guiberteau
baumard|C50|2018|Coteaux du Layon Carte d'Or Baumard
laroche|B|2022|Chablis Saint Martin Laroche
graville|B||Graves blanc Ch. Graville-Lacoste
baudry|B|2019|Chinon Les Grézeaux B. Baudry
rochesneuves|H|2021|Saumur-Champigny Terres Chaudes
chassespleen|B|2016|Ch. Chasse-Spleen Moulis
chassespleen|M|2016|Chasse-Spleen
oratoire|B|2019|L'Oratoire de Chasse-Spleen
larose|B|2019|Ch. Larose-Trintaudon Haut-Médoc
tourdeby|H|2018|Médoc Ch. Tour de By
capfaugeres|B|2020|Castillon Cap de Faugères
peylatour|B|2020|Ch. Pey La Tour Bordeaux Sup.
meysonniers|B|2020|Crozes-Hermitage Les Meysonniers Chapoutier
offerus|B|2020|Saint-Joseph Offerus Chave
cayron|B|2019|Gigondas Dom. du Cayron
telegraphe|B|2018|Châteauneuf-du-Pape Vieux Télégraphe
telegraphe|M|2017|Vieux Télégraphe La Crau
p45_rouge|H|2022|Côtes du Rhône Parallèle 45
minuty|M|2023|M de Minuty
whispering|B|2023|Whispering Angel Ch. d'Esclans
tempier|B|2022|Bandol rosé Tempier
billecart|B||Champagne Billecart-Salmon Brut Réserve
billecart_rose|B||Billecart-Salmon Brut Rosé
ruinart|B||Ruinart Blanc de Blancs
drappier|M||Champagne Drappier Carte d'Or
kinkiz_cidre|B||Cidre Cornouaille Kinkiz
kerisac_doux|B||Cidre doux Kerisac
frapin|D||Cognac Frapin VSOP
drouin|D||Calvados Drouin VSOP
cointreau|D||Cointreau
nikka|D||Nikka From the Barrel
evian|C100||Evian
badoit|U||Badoit 1L
landron_amph|B|2021|Muscadet Amphibolite Landron
landron_fief|B|2019|Fief du Breil Landron
pepiere_briords|M|2022|Clos des Briords Pépière
vacheron|H|2021|Sancerre Vacheron
huet|B|2020|Vouvray sec Le Haut-Lieu Huet
chassespleen|B|2017|Ch. Chasse-Spleen Moulis
chassespleen|M|2018|Chasse-Spleen
baudry|B|2018|Chinon Grézeaux Baudry
capfaugeres|B|2018|Cap de Faugères
telegraphe|B|2020|Châteauneuf-du-Pape Vieux Télégraphe
telegraphe|M|2019|Vieux Télégraphe La Crau
meysonniers|B|2019|Crozes Meysonniers
whispering|B|2022|Whispering Angel
tracy|B|2022|Pouilly-Fumé Ch. de Tracy
offerus|B|2021|Saint-Joseph Offerus
larose|B|2018|Larose-Trintaudon
-CU|||Plateau de fruits de mer Saint-Goustan|food
-CU|||Douzaine d'huîtres creuses n°3 rivière d'Auray|food
-CU|||Moules marinières au Muscadet|dish naming a held wine
-CU|||Kouign-amann, glace vanille|dessert
-CU|||Far breton|dessert
-CU|||Sole meunière|food
-CU|||Crêpe flambée au Lambig|dessert naming a held spirit
-DV|||Droit de bouchon|service
-HC|||Café gourmand|coffee and desserts
-BL|B|2022|Muscadet Gras Moutons Pépière|Pépière's other cuvée not held
-BL|B|2022|Muscadet Granite Dom. de l'Écu|same appellation, producer not held
-BL|B|2022|Sancerre Les Romains Vacheron|Vacheron's single-vineyard cuvée not held
-RG|B|2022|Sancerre rouge Vacheron|colour not held
-BL|B|2021|Vouvray Le Mont demi-sec Huet|Huet's other cuvée not held
tempier|M|2022|Bandol rosé Tempier
whispering|M|2023|Whispering Angel
-RS|B|2023|Minuty Prestige|Minuty's other cuvée not held
-RG|B|2019|Bandol rouge Tempier|colour not held
oratoire|M|2019|L'Oratoire de Chasse-Spleen
capfaugeres|H|2020|Cap de Faugères
-RG|B|2018|Ch. Faugères Saint-Émilion GC|another château (Cap de Faugères held)
-RG|B|2019|Crozes-Hermitage Petite Ruche Chapoutier|Chapoutier's other cuvée not held
-RG|B|2019|Châteauneuf-du-Pape Télégramme|Vieux Télégraphe's second wine not held
-CH|B||Billecart-Salmon Blanc de Blancs|other cuvée not held
-CH|B||Ruinart Rosé|other cuvée not held
ruinart|M||Ruinart Blanc de Blancs
drappier_rose|H||Drappier Rosé de Saignée
-CH|B||Drappier Brut Nature|other cuvée not held
-AL|D||Cognac Frapin XO|other grade not held (VSOP held)
-AL|D||Calvados Drouin Hors d'Âge|other grade not held (VSOP held)
-AL|D||Bas-Armagnac Laubade VSOP|armagnac not held
-AL|D||Poire Williams|eau-de-vie not held
-SO|||Carafe d'eau|tap water
-BL|K50||Vin blanc en carafe|generic house wine
-RG|G||Vin rouge du moment|generic wine of the moment
-CI|B||Poiré Domfrontais|perry not held
pepiere_clisson|M|2019|Muscadet Clisson Pépière
"""
