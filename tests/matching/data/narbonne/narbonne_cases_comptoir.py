"""COMPTOIR: what the counter staff typed. answer|key|measure|vintage|text|note
(key `-`: no drink of the library; measure `DD/xx` gives the department of such a line)."""
CASES = """
y|fontsainte|bt|2021|CORB FONTSAINTE|
y|fontsainte|vr|2021|FONTSAINTE|
y|fontsainte|mag|2020|FONTSAINTE|
y|grisdegris|bt|2023|GRIS DE GRIS|
y|grisdegris|vr||GRIS DE GRIS FONTS|
y|ollieux|bt|2021|OLLIEUX CLASSIQ|
y|ollieux|p50||CORB OLLIEUX|Corbières of Ollieux Romanis is the Classique, not the Boutenac
y|atalsia|bt|2019|ATAL SIA BOUTENAC|
y|atalsia|bt|2018|BOUTENAC ATALSIA|
y|atalsia|mag|2018|ATAL SIA|
y|caraguilhes|half|2021|CARAGUILHES|
y|caraguilhes_rs|vr|2023|CARAGUILHES|the RS department makes it the rosé
y|fabre|bt|2020|FABRE GASPARETS|
y|aiguilloux|vr||AIGUILLOUX|
y|acapella|bt|2020|A CAPELLA MEUNIER|
y|hautgleon|bt|2020|HAUT GLEON|
y|hautgleon_b|vr|2022|HAUT GLEON|the BC department makes it the white
y|randolin|bt|2019|RANDOLIN LES PALAIS|
y|epervier|bt|2020|EPERVIER PECH REDON|
y|epervier|v15|2019|EPERVIER|
y|hospitalet|bt|2019|HOSPITALET GV|
y|hospitalet|half|2020|HOSPITALET|
y|hospitalet_b|vr|2021|HOSPITALET|
y|angles|bt|2021|CH ANGLES CLAPE|
y|angles_rs|p50|2023|ANGLES|
y|lapierre|bt|2018|ROUQUETTE LAPIERRE|
y|ducs|mag|2019|MIRE ETANG DUCS|
y|celeyran|bt|2021|PECH CELEYRAN|
y|estibals|vr|2021|OSTAL ESTIBALS|
y|ostal_gv|bt|2019|OSTAL GD VIN|
y|lascombes|bt|2020|MARIS LAS COMBES|
y|lerys|bt|2020|FITOU LERYS PREST|
y|belamant|vr|2021|BEL AMANT|
y|jouclary|half|2020|JOUCLARY|
y|routier|bt|2019|ROUTIER MALEPERE|
y|guinot_blq|bt||BLANQ GUINOT|
y|guinot_crm|mag||CREM GUINOT|
y|guinot_crm_rs|cp||CREM ROSE GUINOT|
y|graimenous|bt||LAURENS GRAIMENOUS|
y|moulin|cp||BLANQ LAURENS|J. Laurens holds one Blanquette, Le Moulin
y|muscat_brial|vr|2023|MUSC RIVES BRIAL|
y|rimage|vr|2020|BANYULS RIMAGE|a glass of the 50 cl Banyuls
y|billecart|half||BILLECART|
y|ricard|ds||RICARD|
y|aberlour12|ds||ABERLOUR12|
y|k1664|demi||KRO1664|
y|affligem|pinte||AFFLIGEM BLDE|
y|pellegrino50|b50||SAN PELLEGRINO|
a|fontsainte|bt|2019|CORB FONTSAINTE|
a|grisdegris|vr|2024|GRIS DE GRIS|
a|ollieux|bt|2022|OLLIEUX CLASSIQ|
a|atalsia|bt|2020|ATAL SIA|
a|caraguilhes|bt|2020|CARAGUILHES|tie between 2019 and 2021: the more recent
a|hautgleon|vr|2018|HAUT GLEON|
a|epervier|bt|2021|EPERVIER|
a|hospitalet|bt|2018|HOSPITALET GV|
a|lerys|bt|2019|LERYS PRESTIGE|
a|jouclary|bt|2021|JOUCLARY|
a|ducs|bt|2021|MIRE ETANG DUCS|
a|masjullien|bt|2018|MAS JULLIEN|
a|muscat_brial|bt|2021|MUSCAT BRIAL|
a|fabre|bt|2018|FABRE GASPARETS|
n|-|CU/|TAPENADE|food
n|-|CU/|HUITRES GRUISSAN X6|food
n|-|CU/|BRANDADE|food
n|-|CU/|ASSIETTE CHARCUT|food
n|-|CA/|CAFE|coffee
n|-|CA/|NOISETTE|coffee
n|-|DV/|DROIT DE BOUCHON|service
n|-|DV/|CONSIGNE VERRE|service
n|-|RG/vr|VIN DU MOMENT|generic
n|-|RG/p50|CORBIERES|several Corbières reds held
n|-|RG/bt|CORB BOUTENAC|two Corbières-Boutenac held (Atal Sia, Fabre Gasparets)
n|-|RG/bt|BOUTENAC AIGUILLOUX|Aiguilloux's Boutenac is not held, only its Corbières
n|-|RS/vr|OLLIEUX ROMANIS|no Ollieux Romanis rosé held
n|-|RS/bt|HAUT GLEON|no Haut-Gléon rosé held
n|-|BC/bt|CARAGUILHES|no Caraguilhes white held
n|caraguilhes|mag|2021|CARAGUILHES|magnum not held
n|hospitalet|mag|2020|HOSPITALET|magnum not held
n|lerys|half||LERYS|half bottle not held
n|-|BU/bt|BLANQUETTE LIMOUX|two Blanquettes held
n|-|BU/cp|CREMANT LIMOUX|several Crémants de Limoux held
n|-|BU/bt|BLANQ GUINOT ANCESTR|Guinot's Méthode Ancestrale is not held
n|-|RG/bt|HOSPITALITAS|Gérard Bertrand's other cuvée
n|-|VD/vr|MUSCAT|two muscats held
n|-|VD/vr|BANYULS GD CRU|Banyuls Grand Cru not held
n|-|AP/ds|NOILLY PRAT|three Noilly Prat held
n|-|AP/ds|PASTIS|generic
n|-|SP/ds|ABERLOUR16|age not held
n|-|SP/ds|TALISKER18|age not held
n|-|SP/ds|WHISKY|generic
n|affligem|b33||AFFLIGEM BLDE|Affligem is held on draught only
n|leffe_brune|pinte||LEFFE BRUNE|Leffe Brune held in bottles only
n|-|PR/demi|PANACHE|mixed drink
n|-|AP/|KIR|mixed drink
n|-|SO/bt|COCA CHERRY|not held
n|evian|b100||EVIAN|Evian 1 l not held
"""
