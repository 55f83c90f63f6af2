"""TRAITEUR: the caterer's order export. answer|key|measure|vintage|text|note
(measure `=word`: the conditionnement column of a line that is no drink)."""
CASES = """
y|fontsainte|bt|2021|FONTSAINTE (Dom. de) - Corbières rouge|
y|fontsainte|mag|2020|FONTSAINTE (Dom. de) - Corbières rouge Magnum|
y|grisdegris|bt|2023|FONTSAINTE (Dom. de) - Gris de Gris - Corbières rosé|
y|ollieux|bt|2021|OLLIEUX ROMANIS (Ch.) - Classique - Corbières rouge|
y|atalsia|bt|2019|OLLIEUX ROMANIS (Ch.) - Atal Sia - Corbières-Boutenac|
y|atalsia|mag|2018|OLLIEUX ROMANIS (Ch.) - Atal Sia - Corbières-Boutenac Mag.|
y|caraguilhes|bt|2021|CARAGUILHES (Ch. de) - Corbières rouge bio|
y|caraguilhes_rs|bt|2023|CARAGUILHES (Ch. de) - Corbières rosé bio|
y|fabre|bt|2019|FABRE GASPARETS (Ch.) - Corbières-Boutenac|
y|acapella|bt|2019|MEUNIER ST-LOUIS (Ch.) - A Capella - Corbières|
y|hautgleon|bt|2019|HAUT-GLEON (Ch.) - Corbières rouge|
y|hautgleon_b|bt|2022|HAUT-GLEON (Ch.) - Corbières blanc|
y|epervier|bt|2020|PECH REDON (Ch.) - L'Epervier - La Clape rouge|
y|pechredon_b|bt|2022|PECH REDON (Ch.) - La Clape blanc|
y|hospitalet|bt|2020|BERTRAND (Gérard) - Ch. l'Hospitalet Grand Vin - La Clape rouge|
y|hospitalet|half|2020|BERTRAND (Gérard) - Ch. l'Hospitalet - La Clape rouge 1/2|
y|hospitalet_b|bt|2021|BERTRAND (Gérard) - Ch. l'Hospitalet Grand Vin - La Clape blanc|
y|angles|bt|2020|ANGLES (Ch. d') - Classique - La Clape rouge|
y|angles_rs|bt|2023|ANGLES (Ch. d') - Classique - Languedoc rosé|
y|lapierre|bt|2018|ROUQUETTE-SUR-MER (Ch.) - Cuvée Henry Lapierre|
y|ducs|mag|2019|MIRE L'ETANG (Ch.) - Ducs de Fleury - La Clape Magnum|
y|ducs|bt|2020|MIRE L'ETANG (Ch.) - Ducs de Fleury - La Clape|
y|celeyran|bt|2021|PECH-CELEYRAN (Ch.) - La Clape rouge|
y|estibals|bt|2021|OSTAL (L') - Estibals - Minervois rouge|
y|opera|bt|2019|VILLERAMBERT JULIEN (Ch.) - Opéra - Minervois|
y|villerambert_rs|bt|2023|VILLERAMBERT JULIEN (Ch.) - Minervois rosé|
y|lerys|mag|2020|LERYS (Dom.) - Cuvée Prestige - Fitou Mag.|
y|jouclary|bt|2019|JOUCLARY (Ch. de) - Cabardès rouge|
y|jouclary_rs|bt|2023|JOUCLARY (Ch. de) - Cabardès rosé|
y|guinot_blq|bt||GUINOT (Maison) - Blanquette de Limoux Brut Tradition|
y|guinot_blq|half||GUINOT (Maison) - Blanquette de Limoux 1/2 bout.|
y|guinot_crm|bt||GUINOT (Maison) - Crémant de Limoux Brut|
y|guinot_crm|mag||GUINOT (Maison) - Crémant de Limoux Brut Magnum|
y|guinot_crm_rs|cp||GUINOT (Maison) - Crémant de Limoux Rosé|
y|moulin|cp||LAURENS (Dom. J.) - Le Moulin - Blanquette de Limoux|
y|masjullien|bt|2019|MAS JULLIEN - Terrasses du Larzac rouge|
y|preambule|vr|2022|ORMARINE - Préambule - Picpoul de Pinet|
y|muscat_brial|bt|2023|DOM BRIAL - Muscat de Rivesaltes|
y|ambre|b50||ARNAUD DE VILLENEUVE - Rivesaltes Ambré Hors d'Age|
y|billecart|bt||BILLECART-SALMON - Brut Réserve|
y|billecart|cp||BILLECART-SALMON - Brut Réserve|
y|k1664|fut||KRONENBOURG - 1664|
y|affligem|fut||AFFLIGEM - Blonde|
y|alaryk_ipa|demi||ALARYK (Brasserie) - IPA pression|
y|k1664blanc|bt||KRONENBOURG - 1664 Blanc|
y|badoit|bt||BADOIT - Eau gazeuse|
y|citadelle|ds||CITADELLE - Gin|
y|noilly_rouge|ds||NOILLY PRAT - Rouge|
a|fontsainte|bt|2019|FONTSAINTE (Dom. de) - Corbières rouge|
a|ollieux|bt|2019|OLLIEUX ROMANIS (Ch.) - Classique - Corbières rouge|
a|atalsia|bt|2020|OLLIEUX ROMANIS (Ch.) - Atal Sia - Corbières-Boutenac|
a|caraguilhes|bt|2020|CARAGUILHES (Ch. de) - Corbières rouge bio|tie between 2019 and 2021: the more recent
a|fabre|bt|2021|FABRE GASPARETS (Ch.) - Corbières-Boutenac|
a|hautgleon|bt|2022|HAUT-GLEON (Ch.) - Corbières rouge|
a|epervier|bt|2017|PECH REDON (Ch.) - L'Epervier - La Clape rouge|
a|hospitalet|half|2019|BERTRAND (Gérard) - Ch. l'Hospitalet - La Clape rouge 1/2|the half is held in 2020 only
a|ducs|mag|2020|MIRE L'ETANG (Ch.) - Ducs de Fleury - La Clape Magnum|the magnum is held in 2019 only
a|ostal_gv|bt|2020|OSTAL (L') - Grand Vin - Minervois-La Livinière|
a|lerys|bt|2022|LERYS (Dom.) - Cuvée Prestige - Fitou|
a|jouclary|bt|2018|JOUCLARY (Ch. de) - Cabardès rouge|
a|routier|bt|2020|ROUTIER (Ch. de) - Malepère rouge|
a|rimage|b50|2019|VIAL-MAGNERES (Dom.) - Banyuls Rimage|
n|-|=heure|SERVICE - Personnel de salle|service
n|-|=forfait|LOCATION - Verres à pied (carton de 24)|service
n|-|=forfait|LIVRAISON - Narbonne et Grand Narbonne|service
n|-|=pièce|TIREUSE - Location tireuse pression|service
n|-|=sac 5kg|GLACE - Glaçons|goods
n|-|=plateau|PLATEAU - Huîtres de Leucate|food
n|-|=pièce|BOUCHEES - Canapés assortis|food
n|-|=kg|FROMAGES - Pélardon et tomme des Corbières|food
n|-|bt|CUVEE DU TRAITEUR - Rouge IGP Pays d'Oc|generic
n|-|bt|CORBIERES - Rouge (au choix du traiteur)|several Corbières reds held
n|-|bt|LA CLAPE - Rouge|several La Clape reds held
n|-|cp|CREMANT DE LIMOUX - Brut (au choix)|several Crémants held
n|-|bt|FONTSAINTE (Dom. de) - La Demoiselle - Corbières|the domaine's other cuvée
n|-|bt|OLLIEUX ROMANIS (Ch.) - Corbières rosé|colour not held
n|-|bt|CARAGUILHES (Ch. de) - Corbières blanc bio|colour not held
n|-|bt|BERTRAND (Gérard) - Côte des Roses rosé|the producer's other wine
n|-|bt|BERTRAND (Gérard) - Ch. l'Hospitalet - Hospitalitas|the producer's other cuvée
n|-|bt|GUINOT (Maison) - Blanquette Méthode Ancestrale|cuvée not held
n|-|bt|LAURENS (Dom. J.) - Clos des Demoiselles - Crémant de Limoux|cuvée not held
n|-|bt|BILLECART-SALMON - Brut Rosé|colour not held
n|-|bt|RUINART - R de Ruinart|cuvée not held
n|fontsainte|half|2021|FONTSAINTE (Dom. de) - Corbières rouge 1/2|half bottle not held
n|atalsia|half|2018|OLLIEUX ROMANIS (Ch.) - Atal Sia 1/2 bout.|half bottle not held
n|billecart|mag||BILLECART-SALMON - Brut Réserve Magnum|magnum not held
n|caraguilhes_rs|mag|2023|CARAGUILHES (Ch. de) - Corbières rosé Magnum|magnum not held
n|alaryk_bl|fut||ALARYK (Brasserie) - Blanche|held in bottles only
n|-|fut|LEFFE - Blonde|not held
n|k1664|b33||KRONENBOURG - 1664 bouteille|1664 held on draught only
n|-|ds|NOILLY PRAT - Vermouth|three Noilly Prat held
n|-|ds|ABERLOUR - 16 ans|age not held
n|-|ds|TALISKER - Storm|another Talisker
n|-|b70|BYRRH - Rare Assemblage|another Byrrh
n|-|bt|SOFTS - Jus de fruits assortis|generic
n|-|=personne|CAFE - Service café|coffee
n|-|=pièce|GATEAU - Croquant de Narbonne|food
"""
