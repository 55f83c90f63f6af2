"""What the waiters keyed on the dining-room till (connection "salle").

expect|drink key or -|measure or -|vintage or -|article as typed|reason (for -)
The till appends the vintage in four digits and ", " + the size word picked.
"""
CASES = r"""
y|ries_trimb|btl|2020|TRIMBACH Riesling
y|ries_trimb|btl|-|TRIMBACH Riesling
y|pg_trimb|btl|2020|TRIMBACH Pinot Gris Réserve
y|gew_trimb|btl|2021|TRIMBACH Gewurztraminer
y|gentil_hugel|btl|2022|HUGEL Gentil
y|ries_hugel|half|2021|HUGEL Riesling Classic
y|gew_schlum|btl|2019|SCHLUMBERGER Gewurztraminer Princes Abbés
y|gew_schlum|btl|-|SCHLUMBERGER Gewurztraminer Princes Abbés
y|ries_schloss|btl|2018|WEINBACH Riesling Schlossberg
y|pn_pfaff|btl|2021|PFAFFENHEIM Pinot Noir
y|cremant_dopff|mag|-|DOPFF Crémant Cuvée Julien
y|cremant_dopff|btl|-|DOPFF Crémant Cuvée Julien
y|cremant_dopff_rose|btl|-|DOPFF Crémant rosé
y|trous_rolet|btl|2019|ROLET Arbois Trousseau
y|trous_rolet|mag|2018|ROLET Arbois Trousseau
y|trous_rolet|mag|-|ROLET Trousseau
y|paille_rolet|half|2015|ROLET Vin de Paille
y|cdj_chard_rolet|btl|2020|ROLET Côtes du Jura Chardonnay
y|jaune_fruit|clav|2015|FRUITIÈRE D'ARBOIS Vin Jaune
y|jaune_fruit|clav|-|FRUITIÈRE D'ARBOIS Vin Jaune
y|chard_fruit|btl|2020|FRUITIÈRE D'ARBOIS Chardonnay Béthanie
y|jaune_arlay|clav|2014|CHÂTEAU D'ARLAY Vin Jaune
y|cremant_tissot|btl|-|TISSOT Crémant du Jura Indigène
y|etoile_ch|btl|2019|CH. DE L'ÉTOILE Chardonnay
y|bgpn_jadot|btl|2020|JADOT Bourgogne Pinot Noir
y|bgpn_jadot|half|2021|JADOT Bourgogne Pinot Noir
y|bgch_jadot|btl|2021|JADOT Couvent des Jacobins Chardonnay
y|chablis_laroche|btl|2021|LAROCHE Chablis Saint Martin
y|chablis_laroche|half|2022|LAROCHE Chablis Saint Martin
y|chablis1_laroche|btl|2020|LAROCHE Chablis 1er Cru Vaillons
y|chablis_brocard|btl|2022|BROCARD Chablis Sainte Claire
y|mercurey_faiv|btl|2018|FAIVELEY Mercurey rouge
y|mercurey_faiv|btl|-|FAIVELEY Mercurey rouge
y|mercurey_faiv_bl|btl|2021|FAIVELEY Mercurey Blanc
y|givry_thenard|btl|2019|THÉNARD Givry 1er Cru Bois Chevaux
y|pfuisse_ferret|btl|2021|FERRET Pouilly-Fuissé
y|cremant_bailly|btl|-|BAILLY LAPIERRE Crémant de Bourgogne
y|beaujo_duboeuf|btl|2021|DUBOEUF Morgon
y|cdp_rose_ott|btl|2023|SAINTE ROSELINE Côtes de Provence rosé
y|moet_imp|btl|-|MOËT & CHANDON Brut Impérial
y|moet_imp|half|-|MOËT & CHANDON Brut Impérial
y|taitt_rose|btl|-|TAITTINGER Prestige Rosé
y|taitt_brut|cp|-|TAITTINGER Brut Réserve
y|lillet|dose|-|Lillet Blanc
y|marc_gew|cl2|-|NUSBAUMER Marc de Gewurztraminer
y|kirsch_devoille|dose|-|DEVOILLE Kirsch de Fougerolles
y|evian|b100|-|Evian
a|ries_trimb|btl|2019|TRIMBACH Riesling
a|ries_trimb|btl|2022|TRIMBACH Riesling
a|ries_hugel|half|2020|HUGEL Riesling Classic
a|gew_schlum|btl|2020|SCHLUMBERGER Gewurztraminer Princes Abbés
a|ries_schloss|btl|2017|WEINBACH Riesling Schlossberg
a|trous_rolet|btl|2017|ROLET Arbois Trousseau
a|trous_rolet|mag|2019|ROLET Arbois Trousseau
a|jaune_fruit|clav|2014|FRUITIÈRE D'ARBOIS Vin Jaune
a|jaune_arlay|clav|2016|CHÂTEAU D'ARLAY Vin Jaune
a|bgpn_jadot|btl|2019|JADOT Bourgogne Pinot Noir
a|bgpn_jadot|half|2020|JADOT Bourgogne Pinot Noir
a|chablis_laroche|btl|2020|LAROCHE Chablis Saint Martin
a|mercurey_faiv|btl|2019|FAIVELEY Mercurey rouge
a|santenay_girardin|btl|2020|GIRARDIN Santenay Vieilles Vignes
a|pfuisse_ferret|btl|2022|FERRET Pouilly-Fuissé
n|-|-|-|Choucroute garnie|food
n|-|-|-|Saucisse de Morteau, pommes vapeur|food
n|-|-|-|Fondue comtoise (2 pers.)|food
n|-|-|-|Croûte aux morilles|food
n|-|-|-|Café gourmand|dessert and coffee
n|-|-|-|Couvert|service
n|-|-|-|Carafe d'eau|free water
n|-|vr|-|Vin rouge du moment|generic wine
n|-|p50|-|Pichet de vin rouge|generic wine
n|chablis_laroche|mag|2022|LAROCHE Chablis Saint Martin|
n|ries_trimb|half|2021|TRIMBACH Riesling|
n|moet_imp|mag|-|MOËT & CHANDON Brut Impérial|
n|-|btl|-|MOËT & CHANDON Rosé Impérial|cuvée not held
n|-|btl|2012|TAITTINGER Comtes de Champagne|cuvée not held
n|-|btl|2016|TRIMBACH Riesling Cuvée Frédéric Émile|producer's other wine
n|-|btl|2020|HUGEL Gewurztraminer Classic|producer's other wine
n|-|btl|2020|ROLET Arbois Chardonnay|producer's other wine (appellation)
n|poul_rolet|mag|2021|ROLET Arbois Poulsard|
n|-|btl|-|FRUITIÈRE D'ARBOIS Macvin|Macvin of another producer
n|-|clav|2015|TISSOT Vin Jaune|producer's other wine
n|-|btl|2019|CHÂTEAU D'ARLAY Côtes du Jura rouge|producer's other wine
n|bgpn_jadot|mag|2021|JADOT Bourgogne Pinot Noir|
n|-|btl|2019|FAIVELEY Gevrey-Chambertin|not held
n|-|btl|2022|DROUHIN Mâcon-Villages rouge|colour not held
n|-|btl|2022|DUBOEUF Fleurie|not held
n|-|btl|2022|GUIGAL Côtes du Rhône blanc|colour not held
n|cdp_rose_ott|mag|2023|SAINTE ROSELINE Côtes de Provence rosé|
n|cremant_dopff_rose|mag|-|DOPFF Crémant rosé|
n|-|btl|-|Crémant d'Alsace|several Crémants d'Alsace
n|-|btl|-|Côtes du Jura|several Côtes du Jura
n|-|clav|-|Vin Jaune|two vins jaunes held
n|-|cp|-|Champagne|generic
n|-|b100|-|Badoit|water not held
n|-|-|-|Café|coffee
n|-|dose|-|Digestif maison|generic
"""
