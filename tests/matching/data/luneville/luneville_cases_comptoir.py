"""comptoir: what the staff keyed on the counter register (before the register's cut).

One case a line: key|measure|vintage|text   (a library drink; the build decides the answer)
             or: -|measure|vintage|text|reason   (no drink of the library)
-|G||EDELZWICKER|no Edelzwicker held
-|D||MARC GEWURZ|marc de gewurztraminer not held
-|X||BRETZEL|food
"""
CASES = """
lel_gris|G|2023|GRIS LEL
lel_gris|K50|2023|GRIS LELIEVRE
lel_gris|M|2022|GRIS LEL
lel_aux|G|2023|AUX LELIEVRE
lel_pn|G15|2022|PN LEL
lel_pn|H|2022|PN LEL
lar_gris|G|2023|GRIS LAROPPE
lar_pn|K25|2021|PN LAROPPE
mig_gris|G|2023|GRIS MIGOT
vdt_gris|K50|2024|GRIS TOULOIS
vdt_aux|G|2023|AUX VIGN TOULOIS
vaux_sept|G|2022|SEPTENTRION
oury_pg|G|2021|PG OURY
oury_aux|K25|2022|AUX OURY
hug_gentil|G|2022|GENTIL HUGEL
hug_ries|G|2021|RIES HUGEL
hug_gewurz|G|2021|GEWURZ HUGEL
trim_ries|G|2021|RIES TRIMBACH
trim_pg|G|2020|PG TRIMB
beyer_gewurz|G|2021|GEWURZ BEYER
mann_aux|G|2022|AUXERROIS MANN VV
wolf_brut|F||CREMANT WOLF
wolf_rose|F||CREMANT ROSE
lanson_bl|F||LANSON
jadot_jac|G|2022|BOURG RGE JADOT
guigal_cdr|K50|2021|CDR GUIGAL
broc_chablis|G|2023|CHAB STE CLAIRE
kro|DE||KRO
kro|PI||KRONENBOURG
meteor|PI||METEOR PILS
loup_blond|DE||LOUP BLOND
loup_blond|C33||LOUP BLOND
loroyse|C75||LOROYSE
jeanne|C33||JEANNE D ARC
mdm_mirab|D||MIRAB MAISON
dev_mirab|D||MIRAB DEVOILLE
mdm_quet|D||QUETSCHE
dev_kirsch|D2||KIRSCH
roz_origine|D||WHISKY ROZELIEURES
ricard|D||RICARD
martini_r|D||MARTINI ROUGE
coca|C33||COCA
coca_zero|C33||COCA ZERO
vittel|C50||VITTEL
schweppes|C25||SCHWEPPES TONIC
lorina|C33||LORINA
lel_gris|G|2021|GRIS LEL
lel_gris|M|2023|GRIS LEL
lel_aux|K50|2022|AUX LEL
lel_pn|H|2021|PN LEL
hug_ries|K25|2022|RIES HUG
trim_ries|G|2020|RIES TRIMB
oury_pg|G|2023|PG OURY
zind_pg|K50|2019|PG ZIND
beyer_gewurz|G|2020|GEW BEYER
mann_schloss|G|2019|SCHLOSSBERG
vaux_pn|G|2021|PN VAUX
guigal_cdr|G|2022|CDR GUIGAL
jadot_jac|K50|2020|JADOT RGE
larose|G|2017|LAROSE
-|G||GRIS TOUL|three Gris de Toul and the Toulois vin gris held
-|K50||AUXERROIS|four Auxerrois held
-|G||PINOT NOIR|four Pinots Noirs held
-|G||RIESLING|four Rieslings held
-|D||MIRABELLE|two eaux-de-vie de mirabelle held
-|G||ROUGE MAISON|house wine, not in the library
-|K50||BLANC MAISON|house wine, not in the library
-|G||VIN DU MOMENT|generic label
-|X||CAFE|coffee
-|X||CAFE CREME|coffee
-|X||CHOCOLAT CHAUD|hot drink
-|DE||PICON BIERE|mixed drink
-|G||KIR LORRAIN|cocktail (crème de mirabelle and white wine)
-|G||KIR|cocktail
-|DE||PANACHE|mixed drink
-|X||SIROP A L EAU|syrup
-|D||LIQ MIRABELLE|mirabelle liqueur not held
noiraude|DE||NOIRAUDE
jeanne|PI||JEANNE D ARC
vittel|C33||VITTEL
coca|C100||COCA
-|D||ROZ TOURBE|Rozelieures Tourbé not held (only Origine)
-|G||GEWURZ|two Gewurztraminers held
-|G||PINOT GRIS|three Pinots Gris held
-|F||CHAMPAGNE|two champagnes held
-|F||KIR ROYAL|cocktail
lel_gris|H|2023|GRIS LEL
hug_gewurz|M|2021|GEWURZ HUGEL
-|G||GEWURZ VT HUGEL|Vendanges Tardives not held
-|DE||BIERE DU MOMENT|generic label
-|PI||BLANCHE|no white beer on draught
-|X||QUICHE LORRAINE|food
-|G||BOURG JADOT|Jadot's Bourgogne held in red and white, no colour on the label
-|G||EDELZWICKER|no Edelzwicker held
-|D||MARC GEWURZ|marc de gewurztraminer not held
-|X||BRETZEL|food
"""
