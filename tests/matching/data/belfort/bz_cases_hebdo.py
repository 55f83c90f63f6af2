"""What the weekly sales export holds (connection "hebdo").

expect|drink key or -|measure or -|vintage or -|article designation|reason (for -)
The export writes week, PLU, the designation in ASCII capitals cut at 24 columns,
the vintage field, the volume in litres and the quantity sold.
"""
CASES = r"""
y|ries_trimb|btl|2020|RIESLING TRIMBACH
y|pg_trimb|btl|2020|PINOT GRIS RESERVE TRIMBACH
y|gew_trimb|btl|2021|GEWURZTRAMINER TRIMBACH
y|gew_schlum|btl|2021|GEWURZTRAMINER PRINCES ABBES SCHLUMBERGER
y|gentil_hugel|btl|2022|HUGEL GENTIL
y|ries_hugel|half|2021|HUGEL RIESLING CLASSIC
y|pb_pfaff|vr|2022|PINOT BLANC PFAFFENHEIM
y|edel_pfaff|p25|-|EDELZWICKER PFAFFENHEIM
y|edel_pfaff|b100|-|EDELZWICKER PFAFFENHEIM
y|cremant_dopff|mag|-|CREMANT DOPFF CUVEE JULIEN
y|cremant_wolf|btl|-|CREMANT WOLFBERGER BRUT
y|trous_rolet|btl|2020|ARBOIS TROUSSEAU ROLET
y|trous_rolet|vr15|-|ARBOIS TROUSSEAU ROLET
y|poul_rolet|btl|2021|ARBOIS POULSARD ROLET
y|paille_rolet|half|2015|VIN DE PAILLE ROLET
y|jaune_fruit|clav|2016|VIN JAUNE FRUITIERE ARBOIS
y|jaune_arlay|vr12|-|VIN JAUNE CHATEAU D'ARLAY
y|cremant_tissot|btl|-|CREMANT DU JURA TISSOT INDIGENE
y|macvin_maire|dose|-|MACVIN HENRI MAIRE
y|etoile_ch|btl|2019|L'ETOILE CHARDONNAY CHATEAU DE L'ETOILE
y|bgpn_jadot|half|2021|BOURGOGNE PN JADOT
y|bgch_jadot|btl|2021|BOURGOGNE CHARDONNAY JADOT
y|chablis_laroche|btl|2022|CHABLIS ST MARTIN LAROCHE
y|chablis_laroche|vr|2021|CHABLIS ST MARTIN LAROCHE
y|chablis1_laroche|btl|2020|CHABLIS 1ER CRU VAILLONS LAROCHE
y|chablis_brocard|btl|2022|CHABLIS STE CLAIRE BROCARD
y|mercurey_faiv|btl|2020|MERCUREY ROUGE FAIVELEY
y|hcn_faiv|btl|2020|HAUTES COTES DE NUITS FAIVELEY
y|givry_thenard|btl|2019|GIVRY 1ER CRU BOIS CHEVAUX THENARD
y|macon_drouhin|p50|2022|MACON VILLAGES DROUHIN
y|aligote_jadot|vr|2022|ALIGOTE JADOT
y|cremant_bailly|cp|-|CREMANT DE BOURGOGNE BAILLY LAPIERRE
y|cdr_guigal|p25|2021|COTES DU RHONE GUIGAL
y|drappier_cdo|btl|-|DRAPPIER CARTE D'OR
y|poire_mass|cl2|-|POIRE WILLIAMS MASSENEZ
y|marc_jura|dose|-|MARC DU JURA ROLET
y|chivas12|dose|-|CHIVAS REGAL 12 ANS
y|havana3|cl4|-|HAVANA CLUB 3 ANS
y|cassis_ved|cl2|-|CREME DE CASSIS VEDRENNE
y|martini_r|cl4|-|MARTINI ROUGE
y|meteor_pils|demi|-|PRESSION METEOR PILS
y|k1664|pinte|-|PRESSION 1664 KRONENBOURG
y|grim_blonde|pinte|-|PRESSION GRIMBERGEN BLONDE
y|rdl_blonde_f|demi|-|PRESSION ROUGET DE LISLE BLONDE
y|rdl_blonde_b|b33|-|ROUGET DE LISLE BLONDE BOUTEILLE
y|fischer|b65|-|FISCHER TRADITION
y|granini_orange|b25|-|JUS D'ORANGE GRANINI
a|ries_trimb|btl|2019|RIESLING TRIMBACH
a|ries_trimb|vr|2022|RIESLING TRIMBACH
a|gew_trimb|btl|2022|GEWURZTRAMINER TRIMBACH
a|trous_rolet|btl|2021|ARBOIS TROUSSEAU ROLET
a|trous_rolet|mag|2016|ARBOIS TROUSSEAU ROLET
a|jaune_fruit|clav|2017|VIN JAUNE FRUITIERE ARBOIS
a|cdj_chard_rolet|btl|2021|COTES DU JURA CHARDONNAY ROLET
a|savag_tissot|btl|2020|SAVAGNIN TISSOT
a|bgpn_jadot|btl|2022|BOURGOGNE PN JADOT
a|chablis_laroche|half|2023|CHABLIS ST MARTIN LAROCHE
a|chablis_laroche|vr|2020|CHABLIS ST MARTIN LAROCHE
a|mercurey_faiv|btl|2021|MERCUREY ROUGE FAIVELEY
a|mercurey_faiv_bl|btl|2022|MERCUREY BLANC FAIVELEY
a|cnv_jadot|btl|2020|COTE DE NUITS VILLAGES JADOT
a|cdp_rose_ott|btl|2022|ROSE CH SAINTE ROSELINE
n|-|-|-|CHOUCROUTE GARNIE|food
n|-|-|-|FILET DE SANDRE BEURRE BLANC|food
n|-|-|-|ENTRECOTE FRITES|food
n|-|-|-|TARTE AUX MYRTILLES|food
n|-|-|-|FORFAIT GROUPE BOISSONS|service
n|-|-|-|CAFE EXPRESSO|coffee
n|-|b25|-|LIMONADE|not held
n|-|-|-|SIROP A L'EAU|syrup drink
n|gew_trimb|half|2021|GEWURZTRAMINER TRIMBACH|
n|ries_trimb|mag|2020|RIESLING TRIMBACH|
n|cremant_wolf|mag|-|CREMANT WOLFBERGER BRUT|
n|taitt_brut|mag|-|TAITTINGER BRUT RESERVE|
n|chablis1_laroche|half|2020|CHABLIS 1ER CRU VAILLONS LAROCHE|
n|mercurey_faiv|mag|2020|MERCUREY ROUGE FAIVELEY|
n|duvel|b50|-|DUVEL|
n|coca|b50|-|COCA COLA|
n|orangina|b33|-|ORANGINA|
n|-|btl|2017|RIESLING FREDERIC EMILE TRIMBACH|producer's other wine
n|-|btl|-|CREMANT ALSACE ROSE WOLFBERGER|colour not held for this producer
n|-|btl|-|MOET ROSE IMPERIAL|cuvée not held
n|-|btl|-|VEUVE CLICQUOT BRUT|not held
n|-|pinte|-|PRESSION LEFFE BLONDE|not held
n|-|b25|-|HEINEKEN|not held
n|-|dose|-|CHIVAS REGAL 18 ANS|age not held
n|-|dose|-|JACK DANIEL'S HONEY|another product of the brand
n|-|dose|-|GET 31|not held
n|-|cl4|-|MARTINI EXTRA DRY|another Martini
n|-|dose|-|MACVIN ROLET|Macvin of another producer
n|-|btl|2022|POUILLY FUME LADOUCETTE|not held (sibling of Pouilly-Fuissé by one word)
n|-|btl|2020|SANTENAY BLANC GIRARDIN|colour not held
n|-|p50|-|VIN ROUGE PICHET|generic
n|-|vr|-|VIN BLANC VERRE|generic
n|-|btl|-|CHABLIS|several Chablis held
n|-|btl|-|CREMANT DU JURA|two Crémants du Jura
n|-|btl|-|ARBOIS ROUGE|Trousseau and Poulsard held
"""
