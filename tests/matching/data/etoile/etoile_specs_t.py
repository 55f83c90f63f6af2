"""What the dining-room staff typed on T, the tablet.

`key|measure|vintage|text` for a product meant as a drink of the library, or
`-|measure|vintage|text|reason` for a product that is no drink of the library. The vintage
is printed first: a year, `NM` for a non-vintage wine, nothing on the older buttons and on
what has no vintage. Measures: btl (nothing printed), half (`1/2 bout.`), mag (`Mag.`),
b50 (`50cl`), cv10 / cv15 (`Coravin 10cl` / `Coravin 15cl`), glass (`verre`), coupe,
d2 / d4 (`2cl` / `4cl`), l1 (`1L`), b33 (`33cl`); food and services have none.
"""

T_SPECS = """
# --- Savennières, Anjou ---
joly_cds|btl|2016|Savennières-Coulée-de-Serrant Nicolas Joly
joly_cds|cv15|2020|"Coulée de Serrant" N. Joly
joly_cds|btl|2019|Clos de la Coulée de Serrant
joly_cds|btl|2012|Coulée de Serrant, Joly
joly_cds|mag|2016|Coulée de Serrant Nicolas Joly
laureau_genets|cv10|2019|Savennières "Les Genêts" Damien Laureau
-|btl|2020|Savennières "Les Vieux Clos" Nicolas Joly|another Savennières of Nicolas Joly (only the Coulée de Serrant is held)
-|btl|2019|Anjou blanc "Les Gâts" Patrick Baudouin|a dry Anjou of Patrick Baudouin: only his Coteaux du Layon Après Minuit is held
# --- Centre-Loire ---
pinard_charlouise|cv15|2019|Sancerre rouge "Charlouise" Pinard
crochet_cdr_b|btl|2022|Sancerre blanc "La Croix du Roy" Lucien Crochet
crochet_cdr_r|btl|2019|Sancerre rouge La Croix du Roy, Crochet
tracy_pf|half|2022|Pouilly-Fumé Château de Tracy
redde_moyn|btl|2021|Pouilly-Fumé "La Moynerie" Michel Redde
-|btl|2021|Sancerre rouge|two Sancerre reds held (Pinard's Charlouise, Crochet's La Croix du Roy)
-|btl|2022|Sancerre rosé Vincent Pinard|another colour: no rosé of Pinard held
-|btl|2021|Pouilly-Fumé "Haute Densité" Château de Tracy|another cuvée of Château de Tracy (its Pouilly-Fumé held)
-|btl|2020|Pouilly-Fuissé|a Mâconnais appellation sharing a word with Pouilly-Fumé; none held
# --- Muscadet, Jasnières, Saumur blanc ---
pepiere_briords|btl|2022|Muscadet Sèvre et Maine "Clos des Briords" Pépière
pepiere_briords|cv10|2023|Muscadet "Clos des Briords"
luneau_lor|btl|2017|Muscadet L d'Or Luneau-Papin
belliviere_calli|btl|2015|Jasnières "Calligramme" Bellivière
rougeard_breze|cv10|2012|Saumur blanc "Brézé" Clos Rougeard
-|btl|2021|Muscadet Gorges|no cru Gorges held
# --- Vouvray, Montlouis ---
champ_sec|btl|2021|Vouvray Sec Champalou
champ_moel|btl|2015|Vouvray Moelleux "La Moelleuse" Champalou
champ_moel|cv10|2018|Vouvray Moelleux Champalou
aub_girard|cv15|2018|Vouvray Demi-Sec "Les Girardières" Aubuisières
aub_girard|btl|2020|Vouvray Demi-Sec
aub_bouchet|btl|2010|Vouvray Moelleux Le Bouchet Aubuisières
aub_bouchet|half|2018|Vouvray Moelleux "Le Bouchet"
aub_silex|btl|2022|Vouvray Sec Aubuisières
careme_brut|coupe|NM|Vouvray Brut Vincent Carême
jousset_prv|btl|2021|Montlouis-sur-Loire Sec "Premier Rendez-Vous" Jousset
jousset_exile|btl|NM|Montlouis Pétillant Originel "Exilé" Jousset
jousset_ds|cv10|2020|Montlouis Demi-Sec Jousset
-|cv10|2019|Vouvray Demi-Sec Champalou|another style: Champalou's sec and moelleux are held, not a demi-sec
-|cv10|2015|Vouvray Moelleux|Vouvray moelleux alone: Champalou's and Aubuisières' held
-|btl|2018|Vouvray Sec "Le Bouchet" Aubuisières|another style of a held cuvée: Le Bouchet is held as a moelleux only
-|btl|2021|Vouvray Champalou|Champalou holds a sec and a moelleux: the label names no style
-|coupe|NM|Vouvray Brut Rosé Carême|another colour: only Carême's white Vouvray Brut is held
# --- Anjou sweet ---
fesles|cv10|2015|Bonnezeaux Château de Fesles
fesles|btl|2016|Bonnezeaux Ch. de Fesles
fesles|btl|2018|Bonnezeaux
baudouin_am|b50|2014|Coteaux du Layon "Après Minuit" P. Baudouin
baudouin_am|cv15|2016|Coteaux du Layon Après Minuit Baudouin
# --- Loire reds ---
baudry_grez|btl|2016|Chinon Les Grézaux Baudry
baudry_grez|cv10|2020|Chinon Grézeaux Baudry
baudry_cb_r|btl|2016|Chinon rouge "La Croix Boissée" Baudry
baudry_cb_b|btl|2021|Chinon blanc "La Croix Boissée" Baudry
alliet_vv|cv15|2019|Chinon Vieilles Vignes Philippe Alliet
couly_echo|btl|2000|Chinon Clos de l'Écho Couly-Duteil
couly_echo|half|2018|Chinon "Clos de l'Écho"
druet_gm|mag|2018|Bourgueil Grand Mont Druet
mabileau_eclipse|btl|2018|Saint-Nicolas-de-Bourgueil "Éclipse" Mabileau
mabileau_eclipse|btl|2019|Saint-Nicolas-de-Bourgueil
rougeard_clos|btl|2013|Saumur-Champigny Le Clos, Clos Rougeard
rougeard_poyeux|cv15|2010|Saumur-Champigny "Les Poyeux" Clos Rougeard
villeneuve_vv|half|2020|Saumur-Champigny Vieilles Vignes Villeneuve
-|cv15|2018|Chinon|appellation alone: several Chinons held
-|btl|2015|Chinon "La Baronnie Madeleine" Couly-Dutheil|another cuvée of Couly-Dutheil (Clos de l'Écho held)
-|btl|2020|Chinon Philippe Alliet|Alliet holds two Chinons (Vieilles Vignes, Coteau de Noiré): no cuvée named
-|btl|2019|Bourgueil "Grand Mont" Domaine de la Chevalerie|a Grand Mont from another producer: Druet's is held
# --- Bubbles ---
langlois_rose|coupe|NM|Crémant de Loire Rosé Langlois-Château
moncuit_hdc|btl|NM|Champagne Pierre Moncuit "Hugues de Coulmet" Blanc de Blancs
aubry_brut|half|NM|Champagne Aubry Brut 1er Cru
aubry_rose|coupe|NM|Champagne Aubry Rosé
boizel_joyau|btl|2012|Champagne Boizel "Joyau de France"
boizel_joyau|btl|2010|Champagne Boizel Joyau de France
-|coupe|NM|Champagne du moment|generic: no house named (three champagne houses held)
-|btl|NM|Champagne Aubry Blanc de Blancs|another cuvée of Aubry (Brut and Rosé Premier Cru held)
-|btl|2015|Champagne Aubry "Le Nombre d'Or"|another cuvée of Aubry
# --- Bordeaux, Burgundy ---
giscours|half|2015|Margaux Château Giscours
poujeaux|cv15|2015|Moulis Château Poujeaux
lafaurie|btl|2015|Sauternes Château Lafaurie-Peyraguey
martillac_b|btl|2019|Pessac-Léognan Château Latour-Martillac blanc
martillac_r|btl|2016|Château Latour-Martillac
voillot_volnay|cv10|2018|Volnay Vieilles Vignes Joseph Voillot
bmoreau_chass|btl|2018|Chassagne-Montrachet B. Moreau
javillier_tillets|btl|2019|Meursault "Les Tillets" Patrick Javillier
duplessis_montmains|btl|2020|Chablis 1er Cru Montmains Duplessis
-|btl|2015|Château Latour, Pauillac|Château Latour is not held (it shares a word with Latour-Martillac)
-|btl|2017|Échezeaux Mugneret-Gibourg|another wine of Mugneret-Gibourg (only its Vosne-Romanée held)
-|btl|2019|Corton-Charlemagne Patrick Javillier|another wine of Javillier (only his Meursault Les Tillets held)
-|btl|2020|Petit Chablis|no Petit Chablis held (it shares a word with Duplessis' Chablis Premier Cru Montmains)
# --- digestifs ---
fillioux_cep|d4||Cognac Jean Fillioux "Cep d'Or"
gourmel_fruits|d4||Cognac Léopold Gourmel "L'Âge des Fruits" 10 carats
boingneres_fb|d2|2003|Bas-Armagnac Boingnères Folle Blanche
boingneres_fb|d4|2000|Bas-Armagnac Boingnères Folle Blanche
combier_ts|d4||Triple Sec Combier
-|d4||Armagnac|generic: Boingnères and Lacquy held
-|d4||Cognac Jean Fillioux "La Pouyade"|another cognac of Jean Fillioux
-|d4||Cointreau Blood Orange|another Cointreau: only the triple sec is held
-|d2||Vieille Prune|no prune eau-de-vie held
# --- waters, coffee, food, services ---
thonon|l1||Eau de Thonon plate
vichy|l1||Vichy Célestins
vichy|b50||Vichy Célestins
-|l1||Eau de Thonon gazeuse|Thonon is held still only
-|||Menu "Racines" en 7 temps|the tasting menu
-|||Accord mets-vins "Découverte" 5 verres|the food and wine pairing: several wines
-|||Café serré|coffee
-|||Thé vert Sencha|tea
-|||Mignardises|petits fours
-|||Carafe d'eau filtrée|tap water, free
-|||Kir royal|a mixed drink
-|||Soupe angevine|the Anjou apéritif: Cointreau, crémant de Loire and lemon, a mixed drink
"""
