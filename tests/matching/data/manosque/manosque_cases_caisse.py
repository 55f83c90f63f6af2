"""CAISSE: the bar counter's keyboard register. One sale a line:
expect|key|measure|vintage|text as programmed|reason of a none ('-' key: no drink of the library)."""
CASES = """
y|blaque_rs|G|24|BLAQUE RS|
y|blaque_rs|P50|23|BLAQUE RS|
y|blaque_rs|B||BLAQUE ROSE|
y|blaque_rg|G|21|BLAQUE RGE|
y|blaque_rg|P50||BLAQUE RGE|
y|blaque_bl|G|23|BLAQUE BLC|
y|regusse_rs|G|24|REGUSSE RS|
y|regusse_rs|B37|24|REGUSSE RS|
y|regusse_rg|P25|21|REGUSSE RGE|
y|rousset_rs|G|24|CH ROUSSET RS|
y|rousset_rg|B|19|CH ROUSSET RGE|
y|madeleine_rs|G||MADELEINE RS|
y|verrerie_bl|B|22|VERRERIE BLC|
y|isolette_rg|G|19|ISOLETTE RGE|
y|turcan_rs|B|24|CH TURCAN|
y|roubine_rs|G|24|ROUBINE|
y|roubine_rs|B150|24|ROUBINE|
y|berne_insp|G|24|BERNE INSPIRATION|
y|berne_rom|G||BERNE ROMANCE|
y|berne_rom|B|23|BERNE ROMANCE|
y|figuiere_magali|G|24|MAGALI FIGUIERE|
y|leoube_secret|B|23|SECRET LEOUBE|
y|vannieres_rg|B|18|VANNIERES RGE|
y|janasse_cdr|G|22|JANASSE CDR|
y|janasse_cdr|P50|22|JANASSE CDR|
y|perrin_res_rg|P25|22|PERRIN RES RGE|
y|perrin_res_rs|G|24|PERRIN RES RS|
y|lp_cuvee|CP||LAURENT PERRIER|
y|lp_rose|B||LAURENT P ROSE|
y|ricard|D||RICARD|
y|p51|D||51|
y|bardouin|D||BARDOUIN|
y|suze|D||SUZE|
y|martini_rosso|D||MARTINI ROUGE|
y|lillet_bl|D||LILLET|
y|rinquinquin|D||RINQUINQUIN|
y|picon|D2||PICON|
y|genepi_ddp|D||GENEPI|
y|k1664|DEMI||1664|
y|k1664|PINTE||1664|
y|grimbergen|DEMI||GRIMBERGEN|
y|grimbergen|PINTE||GRIM BLONDE|
y|cagole_blonde|B||CAGOLE BLONDE|
y|leffe_blonde|B||LEFFE|
y|coca|B||COCA|
y|orangina|B||ORANGINA|
y|evian|B50||EVIAN|
y|glenmo_10|D||GLENMO 10|
a|blaque_rs|G|22|BLAQUE RS|
a|blaque_rg|G|22|BLAQUE RGE|
a|regusse_rs|P50|22|REGUSSE RS|
a|rousset_rg|B|20|CH ROUSSET RGE|
a|verrerie_rs|G|22|VERRERIE RS|
a|isolette_rg|B|20|ISOLETTE RGE|
a|roubine_rs|G|22|ROUBINE|
a|berne_rom|B|22|BERNE ROMANCE|
a|vannieres_rg|B|17|VANNIERES RGE|
a|janasse_cdr|G|20|JANASSE CDR|
a|cayron_rg|B|19|CAYRON GIGONDAS|
a|donjon_rg|B|21|VIEUX DONJON|
a|madeleine_rs|G|23|MADELEINE RS|
a|turcan_rs|G|23|TURCAN|
a|paternel_bl|B|22|PATERNEL CASSIS|
n|-|X||CAFE|coffee
n|-|X||DECA|decaffeinated coffee
n|-|X||PLAT DU JOUR|food
n|-|X||PIEDS PAQUETS|food
n|-|X||SOUPE AU PISTOU|food
n|-|X||SIROP A L EAU|house soft, no brand
n|-|X||DIABOLO MENTHE|mixed soft
n|-|X||JUS ORANGE PRESSE|fresh-squeezed juice, not held
n|-|G||ROSE MAISON|house wine, generic
n|-|P50||ROUGE MAISON|house wine, generic
n|-|P25||ROSE PAMPLEMOUSSE|house mixed drink
n|-|G||VIN DU MOMENT|generic
n|-|X||MAURESQUE|pastis and orgeat, mixed
n|-|X||PERROQUET|pastis and mint, mixed
n|-|X||MONACO|beer, lemonade and grenadine, mixed
n|-|DEMI||PANACHE|beer and lemonade, mixed
n|-|X||KIR|house kir, mixed
n|-|D||PASTIS|three pastis held: generic
n|-|D||WHISKY|generic, several whiskies held
n|-|D||COGNAC|generic, two cognacs held
n|-|D||MARTINI|two Martinis held, no colour
n|-|D||GET 27|not held
n|-|D||GLENMO 18|another age of a held whisky
n|-|D||CAMUS XO|another age of a held cognac
n|leffe_blonde|PINTE||LEFFE|Leffe held only in bottle, no keg
n|k1664|B33||1664|1664 held in 25 cl and on draught, not in 33 cl
n|-|B33||CAGOLE ABBAYE|a La Cagole beer not held
n|coca|B50||COCA|Coca-Cola held only in 33 cl
n|perrier|B100||PERRIER|Perrier held only in 33 cl
n|blaque_bl|B150|23|BLAQUE BLC|no magnum of the white
n|regusse_rg|B37|21|REGUSSE RGE|no half bottle of the red
n|-v|B|24|BANDOL RS|two Bandol rosés held
n|-v|B||TAVEL|two Tavels held
n|-|G||MINUTY|not held
n|-v|B||CH ROUSSET BLC|Rousset held in rosé and red only
n|-|CP||CHAMPAGNE|generic, three champagnes held
"""
