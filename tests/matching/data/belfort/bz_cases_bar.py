"""What the barman keyed on the counter till (connection "bar").

expect|drink key or -|measure or -|vintage typed or -|button name as typed|reason (for -)
The till adds the two-digit vintage, cuts the name field at 18 columns and appends
"/" and the measure key.
"""
CASES = r"""
y|meteor_pils|demi|-|METEOR PILS
y|meteor_pils|pinte|-|PILS METEOR
y|meteor_blanche|demi|-|METEOR BLANCHE
y|k1664|demi|-|1664
y|k1664|pinte|-|KRO 1664
y|grim_blonde|pinte|-|GRIMB BLONDE
y|affligem|demi|-|AFFLIGEM
y|rdl_blonde_f|pinte|-|ROUGET DE LISLE BLONDE
y|rdl_blonde_f|demi|-|ROUGET LISLE BLDE
y|rdl_blonde_b|b33|-|ROUGET DE LISLE BLONDE
y|rdl_ambree|b33|-|ROUGET DE LISLE AMBREE
y|chimay_bleue|b33|-|CHIMAY BLEUE
y|duvel|btl|-|DUVEL
y|orval|b33|-|ORVAL
y|karmeliet|b33|-|KARMELIET TRIPEL
y|fischer|b65|-|FISCHER TRADITION
y|pelforth|b25|-|PELFORTH BRUNE
y|meteor_sa|btl|-|METEOR SANS ALCOOL
y|coca|b33|-|COCA
y|schweppes|btl|-|SCHWEPPES TONIC
y|granini_abricot|b25|-|JUS ABRICOT GRANINI
y|picon|cl2|-|PICON
y|p51|cl2|-|PASTIS51
y|ricard|cl2|-|RICARD
y|pontarlier|cl2|-|PONTARLIER ANIS
y|martini_b|cl4|-|MARTINI BLANC
y|kirsch_mass|dose|-|KIRSCH MASSENEZ
y|mirab_mass|dose|-|MIRABELLE MASSENEZ
y|framb_mass|dose|-|FRAMBOISE
y|remy_vsop|dose|-|REMY VSOP
y|jack|cl4|-|JACK DANIELS
y|havana7|cl4|-|HAVANA7
y|ries_trimb|vr|-|RIESLING TRIMBACH
y|ries_trimb|vr|21|RIESLING TRIMB
y|gentil_hugel|vr|-|GENTIL HUGEL
y|pb_pfaff|vr15|-|PINOT BLANC
y|pb_pfaff|vr|23|PINOT BLANC PFAFF
y|edel_pfaff|p50|-|EDELZWICKER
y|pn_pfaff|vr|-|PINOT NOIR ALSACE
y|cremant_dopff|cp|-|CREMANT DOPFF
y|cremant_dopff_rose|cp|-|CREMANT ROSE
y|trous_rolet|vr|19|TROUSSEAU ROLET ARB
y|cdj_chard_rolet|vr|22|CHARD JURA ROLET
y|macvin_maire|vr|-|MACVIN
y|bgpn_jadot|vr|-|BOURGOGNE PN JADOT
y|cdr_guigal|p25|-|CDR GUIGAL
y|moet_imp|cp|-|MOET
a|ries_trimb|vr|22|RIESLING TRIMB
a|trous_rolet|vr|21|TROUSSEAU ROLET
a|gentil_hugel|vr|23|GENTIL HUGEL
a|pb_pfaff|vr|21|PINOT BLANC
a|sylv_pfaff|vr|23|SYLVANER
a|pn_pfaff|vr|22|PN ALSACE
a|bgpn_jadot|vr|22|BGNE RGE JADOT
a|bgch_jadot|vr|22|BGNE BLC JADOT
a|cdr_guigal|p50|22|COTES DU RHONE
a|cdr_guigal|vr|19|CDR GUIGAL
a|poul_rolet|vr|22|POULSARD ROLET
a|muscat_wolf|vr|21|MUSCAT ALSACE
a|gris_pfaff|vr|22|VIN GRIS PFAFF
a|macon_drouhin|vr|21|MACON VILLAGES
a|gew_trimb|vr|20|GEWURZ TRIMBACH
n|-|-|-|CAFE|coffee
n|-|-|-|CHOCOLAT CHAUD|hot drink
n|-|-|-|CROQUE MONSIEUR|food
n|-|-|-|SANDWICH JAMBON BEURRE|food
n|-|demi|-|PANACHE|mixed drink
n|-|demi|-|MONACO|mixed drink
n|-|vr|-|VIN ROUGE|generic wine
n|-|vr|-|ROSE|generic: several rosés
n|-|cp|-|CREMANT ALSACE|several Crémants d'Alsace
n|-|cp|-|CHAMPAGNE|generic champagne
n|-|demi|-|LEFFE|not held
n|-|pinte|-|HEINEKEN|not held
n|chimay_bleue|demi|-|CHIMAY BLEUE|
n|duvel|pinte|-|DUVEL|
n|meteor_pils|b33|-|METEOR PILS|
n|grim_ambree|demi|-|GRIMB AMBREE|
n|coca|b50|-|COCA|
n|ries_trimb|mag|-|RIESLING TRIMBACH|
n|-|-|-|DIABOLO MENTHE|syrup drink
n|-|dose|-|WHISKY|generic: several whiskies
n|-|cl4|-|RHUM|generic: two rums
n|-|cl4|-|HAVANA CLUB|brand alone: 3 and 7 ans held
n|-|cl4|-|CHIVAS18|age not held
n|-|dose|-|ABSINTHE|not held
n|-|dose|-|KIRSCH|two kirschs held
n|-|dose|-|MARC|two marcs held
n|-|-|-|MOJITO|cocktail
n|-|vr|-|KIR|mixed drink
n|-|vr|-|RIESLING|several Rieslings
n|-|vr|-|GEWURZ|two Gewurztraminers
n|-|vr|-|CHABLIS|several Chablis
n|-|demi|-|PRESSION|generic beer
n|-|b33|-|CIDRE|not held
n|-|cl2|-|PASTIS|two pastis held
n|-|cl4|-|GET31|not held
"""
