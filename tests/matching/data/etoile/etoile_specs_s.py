"""What the sommelier typed on S, the cellar register.

`key|measure|vintage|text` for a product meant as a drink of the library (the build finds
its bin, or gives a new bin to a format the library does not hold), or
`-ROW|measure|vintage|text|reason` for a product that is no drink of the library: ROW is
the bin row of the cellar book it was filed under (11..18), `C` for the digestif trolley,
or nothing for what is no bottle at all. Vintages in four digits (printed as two).
Measures: btl (no word), half (FILLETTE), mag (MAG), b50 (50CL), cv10 / cv15 (CORA10 /
CORA15), coupe (CP), d2 / d4 (2CL / 4CL on the trolley).
"""

S_SPECS = """
# --- Savennières, Anjou ---
joly_cds|btl|2014|COULEE DE SERRANT JOLY
joly_cds|btl|2015|COULEE DE SERRANT N JOLY
joly_cds|cv10|2018|COULEE SERRANT
joly_cds|mag|2011|COULEE DE SERRANT JOLY
joly_cds|btl|2005|CLOS COULEE DE SERRANT
joly_cds|half|2016|COULEE DE SERRANT
laureau_genets|btl|2021|SAVENNIERES GENETS LAUREAU
-11|btl|2019|CLOS DE LA BERGERIE JOLY|Joly's Savennières-Roche-aux-Moines Clos de la Bergerie is not held (only the Coulée de Serrant)
-11|btl|2021|CLOS DU PAPILLON BAUMARD|Baumard's Clos du Papillon is not held (the held Clos du Papillon is Closel's)
-11|btl||SAVENNIERES|appellation alone: Closel's Clos du Papillon and Laureau's Les Genêts are both held
-11|btl||ANJOU BLANC RICHARD LEROY|Richard Leroy: two Anjou whites held (Noëls de Montbenault, Rouliers), none named
# --- Centre-Loire ---
pinard_flores|btl|2022|SANCERRE FLORES PINARD
pinard_flores|cv10||SANCERRE FLORES V PINARD
pinard_charlouise|btl|2019|SANCERRE ROUGE CHARLOUISE PINARD
crochet_cdr_b|half|2022|CROIX DU ROY BLANC
crochet_cdr_r|btl|2020|SANCERRE RGE CROIX DU ROY CROCHET
tracy_pf|half|2021|POUILLY FUME TRACY
redde_moyn|cv15|2022|POUILLY FUME MOYNERIE
-11|btl|2022|SANCERRE BLANC|appellation alone: three Sancerre whites held (Florès, Harmonie, La Croix du Roy)
-11|btl|2022|POUILLY FUME|appellation alone: Château de Tracy and Redde's La Moynerie held
# --- Muscadet ---
pepiere_briords|mag|2022|MUSCADET BRIORDS PEPIERE
pepiere_clisson|btl|2017|MUSCADET CLISSON PEPIERE
luneau_lor|btl|2019|MUSCADET L D OR LUNEAU PAPIN
luneau_goulaine|btl|2017|MUSCADET GOULAINE LUNEAU
cormerais_clisson|btl|2016|MUSCADET CLISSON CORMERAIS
-11|btl|2017|MUSCADET CLISSON|cru Clisson alone: Pépière's and Cormerais' are both held
-11|btl|2019|MUSCADET EXCELSIOR LUNEAU PAPIN|another cuvée of Luneau-Papin (L d'Or and Goulaine held)
# --- Touraine, Jasnières, Saumur ---
belliviere_calli|btl|2016|CALLIGRAMME BELLIVIERE
crb_n5|btl|2013|SAUVIGNON N5 CLOS ROCHE BLANCHE
rougeard_breze|btl|2015|SAUMUR BLANC BREZE CLOS ROUGEARD
-11|btl|2013|SAUVIGNON N2 CLOS ROCHE BLANCHE|Clos Roche Blanche's cuvée n°2, not the n°5 held
# --- Vouvray, Montlouis: the style word matters ---
champ_moel|half|2018|MOELLEUSE CHAMPALOU
champ_moel|btl|2017|VOUVRAY MOEL CHAMPALOU
aub_silex|btl|2022|VOUVRAY SEC CUVEE SILEX
aub_girard|btl|2019|VOUVRAY 1/2 SEC GIRARDIERES
aub_bouchet|cv10|2015|LE BOUCHET MOELLEUX
aub_bouchet|btl|2013|VOUVRAY BOUCHET MOEL
aub_bouchet|half|2015|LE BOUCHET MOELLEUX
jousset_prv|btl|2022|MONTLOUIS SEC RENDEZ VOUS JOUSSET
jousset_ds|btl|2020|MONTLOUIS 1/2 SEC JOUSSET
-12|btl|2021|VOUVRAY 1/2 SEC CHAMPALOU|another style: Champalou's sec and moelleux are held, not a demi-sec
-12|btl|2018|VOUVRAY MOELLEUX|Vouvray moelleux alone: Champalou's La Moelleuse and Aubuisières' Le Bouchet held
-12|btl|2020|MONTLOUIS MOEL JOUSSET|another style: Jousset's sec and demi-sec are held, not a moelleux
# --- Anjou sweet ---
fesles|half|2017|BONNEZEAUX FESLES
baudouin_am|b50|2016|CX LAYON APRES MINUIT
baudouin_am|cv10|2018|APRES MINUIT BAUDOUIN
# --- Loire reds ---
baudry_grez|cv15|2017|GREZEAUX B BAUDRY
baudry_grez|btl|2012|CHINON GREZEAUX BAUDRY
baudry_grez|mag|2018|CHINON LES GREZEAUX BAUDRY
baudry_cb_r|btl|2019|CHINON CROIX BOISSEE ROUGE BAUDRY
baudry_cb_b|cv10|2021|CROIX BOISSEE BLANC
alliet_noire|btl|2018|COTEAU DE NOIRE ALLIET
couly_echo|btl|2008|CLOS ECHO COULY DUTHEIL
couly_echo|half|2018|CLOS ECHO COULY
druet_gm|mag|2016|BOURGUEIL GRAND MONT DRUET
druet_gm|btl|2017|GRAND MONT PJ DRUET
mabileau_eclipse|cv15|2020|ST NICOLAS BG ECLIPSE
rougeard_clos|btl|2009|SAUMUR CHPY LE CLOS
rougeard_clos|cv10|2016|LE CLOS ROUGEARD
rougeard_clos|mag|2010|LE CLOS ROUGEARD
rougeard_poyeux|btl|2014|SAUMUR CHPY LES POYEUX ROUGEARD
-13|btl|2018|CHINON LES GRANGES BAUDRY|another cuvée of Bernard Baudry (Grézeaux and Croix Boissée held)
-13|btl|2020|CHINON|appellation alone: several Chinons held
-13|btl||CHINON BAUDRY|Baudry holds Les Grézeaux and La Croix Boissée in Chinon: no cuvée named
-13|btl|2022|CHINON ROSE BAUDRY|another colour: Baudry's rosé is not held
-13|btl|2018|CHINON BARONNIE MADELEINE COULY|another cuvée of Couly-Dutheil (Clos de l'Écho held)
-13|btl|2020|BOURGUEIL|appellation alone: Druet's Grand Mont and Vaumoreau held
-13|btl|2017|SAUMUR CHAMPIGNY|appellation alone: Rougeard's two and Villeneuve's held
-13|btl|2014|CLOS ROUGEARD|the estate alone: Le Clos, Les Poyeux and Brézé held
# --- Bubbles ---
langlois_brut|btl||CREMANT DE LOIRE BRUT LANGLOIS
moncuit_nicole|btl|2010|MONCUIT CUVEE NICOLE
aubry_brut|half||AUBRY BRUT 1ER CRU
boizel_joyau|btl|2008|BOIZEL JOYAU DE FRANCE
-14|btl||MONCUIT DELOS|another cuvée of Pierre Moncuit (Hugues de Coulmet and Cuvée Nicole held)
# --- Bordeaux, Burgundy ---
giscours|mag|2010|CH GISCOURS
lafaurie|half|2013|SAUTERNES LAFAURIE
lafaurie|cv10|2015|LAFAURIE PEYRAGUEY
mugneret_vosne|btl|2018|VOSNE ROMANEE MUGNERET
duplessis_montmains|btl|2018|CHABLIS MONTMAINS DUPLESSIS
-15|btl|2010|CH LATOUR PAUILLAC|Château Latour is not held (it shares a word with Latour-Martillac)
-15|btl|2016|LA SIRENE DE GISCOURS|Giscours' second wine is not held
-15|btl|2015|CLOS HAUT PEYRAGUEY|Clos Haut-Peyraguey is not held (it shares a word with Lafaurie-Peyraguey)
-16|btl|2018|NUITS ST GEORGES CHAIGNOTS MUGNERET|another wine of Mugneret-Gibourg (only its Vosne-Romanée held)
-16|btl|2020|CHASSAGNE ROUGE B MOREAU|another colour: Bernard Moreau's Chassagne is held in white only
-16|btl|2021|CHABLIS C MOREAU|Christian Moreau's Chablis is not held (no village Chablis at all)
# --- the digestif trolley ---
fillioux_tv|d4||COGNAC FILLIOUX TRES VIEUX
gourmel_fleurs|d2||GOURMEL FLEURS 15 CARATS
boingneres_fb|d4|1995|BOINGNERES FOLLE BLANCHE
boingneres_fb|d2|1998|BOINGNERES FOLLE BLANCHE
williamine|d2||WILLIAMINE MORAND
holl_poire|d4||POIRE WILLIAMS HOLL
-C|d4||COGNAC|a cognac alone: four cognacs held
-C|d4||POIRE WILLIAMS|two poire Williams held (Holl's, Morand's Williamine)
-C|d4||FILLIOUX RESERVE FAMILIALE|another cognac of Jean Fillioux (Cep d'Or and Très Vieux held)
-C|d2||GOURMEL EPICES 20 CARATS|another cognac of Gourmel: 20 carats, not the 10 or 15 held
-C|d4||BOINGNERES 10 ANS|an age, not a millésime: Boingnères is held only by vintage
-C|d4||COINTREAU NOIR|another Cointreau: only the triple sec is held
# --- no bottle at all ---
-|||ACCORD METS VINS 5 VERRES|the food and wine pairing: several wines, no one drink
-|||DEGUSTATION VERTICALE ROUGEARD 3 VERRES|a flight of three vintages, no one drink
-|||DROIT DE BOUCHON|corkage
"""
