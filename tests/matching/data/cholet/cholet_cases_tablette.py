"""What the waiters keyed on the tablet: key|measure|vintage|text,
or -|measure|family|text|reason for a product that is no drink of the library."""
CASES = """
richou_chauvigne|btl|2022|Anjou Blanc Chauvigné · Richou
richou_chauvigne|btl|2021|Anjou Blanc Chauvigné · Richou
richou_vv|btl|2019|Anjou Villages Brissac VV · Richou
bablut_ordovicien|btl|2021|Ordovicien · Bablut
bablut_rouchefer|btl|2020|Rouchefer · Bablut
passavant_anjou|mag||Anjou rouge · Passavant
passavant_anjou|g15||Anjou rouge · Passavant
passavant_rdl|p50||Rosé de Loire · Passavant
passavant_layon|g||Coteaux du Layon · Passavant
baudouin_juby|b50|2019|Maria Juby · Baudouin
baudouin_effusion|btl||Effusion · P. Baudouin
juchepie_quarts|half|2017|Quarts de Juchepie
juchepie_quarts|btl||Quarts de Juchepie
tigne_cabernet|p25||Cabernet d'Anjou · Tigné
laureau_genets|btl|2019|Les Genêts · Laureau
laureau_ouvrage|btl|2018|Le Bel Ouvrage · Laureau
morgat_fides|btl|2020|Savennières Fidès · Morgat
rougeard_clos|btl|2016|Le Clos · Rougeard
villeneuve_vv|mag|2019|Saumur-Champigny VV · Villeneuve
villeneuve_vv|g12||Saumur-Champigny VV · Villeneuve
villeneuve_cormiers|btl||Saumur blanc Les Cormiers · Villeneuve
rn_terres|half||Terres Chaudes · Roches Neuves
rn_marginale|btl|2018|La Marginale · Roches Neuves
bouvet_saphir|btl|2020|Saphir · Bouvet
gm_flamme|mag||Crémant Flamme · Gratien & Meyer
pepiere_briords|btl|2022|Clos des Briords · Pépière
oiseliniere|btl||L'Oiselinière · Chéreau Carré
delhommeau_harmonie|half||Muscadet Harmonie · Delhommeau
chasse_spleen|mag|2016|Chasse-Spleen
reignac|half||Château de Reignac
mouton_cadet|btl||Mouton Cadet
guigal_cdr_r|half||Côtes du Rhône · Guigal
guigal_cdr_b|g||Côtes du Rhône blanc · Guigal
p45_rouge|btl||Parallèle 45 · Jaboulet
meysonniers|btl||Crozes Les Meysonniers · Chapoutier
beaucastel|mag|2017|Beaucastel
moet_bi|half||Moët Brut Impérial
moet_rose|btl||Moët Rosé Impérial
dom_perignon|btl|2012|Dom Pérignon
clicquot|btl||Veuve Clicquot
taittinger|mag||Taittinger Brut Réserve
feuillatte|btl||Feuillatte Brut Réserve
ruinart_bdb|btl||Ruinart Blanc de Blancs
lp_rose|btl||Laurent-Perrier Rosé
jack|b70||Jack Daniel's
heineken|pinte||Heineken
kronenbourg|demi||Kro
leffe_ruby|btl||Leffe Ruby
coca_zero|btl||Coca Zéro
martini_rosso|dose||Martini Rosso
laureau_genets|btl|2018|Les Genêts · Laureau
rougeard_clos|btl|2015|Le Clos · Rougeard
bablut_rouchefer|btl|2017|Rouchefer · Bablut
richou_chauvigne|btl|2020|Anjou Blanc Chauvigné · Richou
chasse_spleen|btl|2019|Chasse-Spleen
lagrange|btl|2017|Château Lagrange
dom_perignon|btl|2010|Dom Pérignon
bouvet_saphir|btl|2018|Saphir · Bouvet-Ladubay
beaucastel|btl|2020|Beaucastel
guigal_cdr_r|btl|2018|Côtes du Rhône · Guigal
rn_terres|btl|2022|Terres Chaudes · Roches Neuves
baudouin_juby|b50|2017|Maria Juby · Baudouin
pepiere_briords|btl|2023|Clos des Briords · Pépière
villeneuve_vv|btl|2018|Saumur-Champigny VV · Villeneuve
thalabert|btl|2016|Crozes Thalabert · Jaboulet
rougeard_clos|mag||Le Clos · Rougeard
dom_perignon|mag||Dom Pérignon
ruinart_bdb|mag||Ruinart Blanc de Blancs
laureau_genets|half||Les Genêts · Laureau
talbot|half||Château Talbot
clicquot|mag||Veuve Clicquot
leffe_ruby|pinte||Leffe Ruby
kronenbourg|b25||Kronenbourg
-|-|CUI|Burger du match|food
-|-|CUI|Galette-saucisse|food
-|-|CUI|Planche apéro à partager|food
-|-|CUI|Fouées rillettes|food
-|-|CAF|Café gourmand|coffee
-|-|DIV|Droit de bouchon|service
-|g|ROU|Vin rouge|generic wine
-|p50|ROS|Rosé du moment|generic wine
-|pinte|PRE|Bière pression|generic draught
-|cp|EFF|Champagne|generic
-|btl|ROU|Châteauneuf-du-Pape|three Chateauneuf held
-|b50|LIQ|Coteaux du Layon|two Layon held in 50 cl
-|g|BLA|Muscadet|four Muscadet held
-|btl|BLA|La Jalousie · Closel|a Savennieres the library does not hold
-|btl|ROU|Anjou rouge · Patrick Baudouin|a colour of the producer not held
-|btl|BLA|Château de Beaucastel blanc|another colour
-|btl|ROU|Côte-Rôtie Brune et Blonde · Guigal|another wine of a held producer
-|btl|ROU|Belleruche · Chapoutier|another wine of a held producer
-|btl|BLA|Parallèle 45 blanc · Jaboulet|another colour
-|btl|ROU|Le Grand Clos · Villeneuve|another wine of a held producer
-|btl|EFF|Moët Nectar Impérial|another Moet cuvee
-|btl|EFF|Taittinger Prestige Rosé|another Taittinger cuvee
-|btl|EFF|R de Ruinart|another Ruinart cuvee
-|cp|APE|Soupe angevine|mixed drink: cremant, Cointreau, lemon
-|-|APE|Spritz Aperol|mixed drink
-|pinte|PRE|Picon bière|mixed drink
"""
