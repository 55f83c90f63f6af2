"""comptoir: the bar counter's electronic register. One line a key:
key|measure|vintage|text   or   -FAMILY|measure|vintage|text|reason (no drink of the list).
The text is what the barman typed (ASCII capitals); the till adds FAMILY/, the measure key
and the two-digit vintage, and cuts the line at 20 columns."""

CASES = """
ricard|D||RICARD
p51|D||PASTIS51
janot|D||JANOT
bardouin|D||BARDOUIN
suze|D||SUZE
mar_bi|D||MARTINI BL
mar_ro|D||MARTINI RG
lil_bl|G||LILLET BLC
campari|D||CAMPARI
kro|DE||KRO
kro|PI||KRONEN
k1664bl|DE||1664 BLANC
k1664bl|PI||1664BL
leffe|DE||LEFFE
leffe|C33||LEFFE
cagole|B||CAGOLE
desperados|B||DESPE
coca|B||COCA
cocazero|B||COCA ZERO
schweppes|B||SCHWEP
perrier|B||PERRIER
evian|C50||EVIAN
sanpe|C100||SAN PELLE
jameson|D||JAMESON
chivas12|D||CHIVAS12
hav7|D||HAVANA7
get27|D||GET27
cointreau|D2||COINTREAU
remy_vsop|D||REMY VSOP
bag_bl|G|2023|BAGNOL
pat_bl|G15|2023|PATERNEL
fon_rs|P50|2024|FONTCREUSE
fon_rs|P25|2023|FONTCREUSE
min_m|G||M MINUTY
esc_wa|G|2024|WHISPERING
tem_rs|G15|2023|TEMPIER
csm_bl|G|2022|STE MAGDELEINE
fbl_bl|P50|2023|FERME BLANCHE
fbl_rs|G|2024|FERME BLANCHE
gui_rg|P50||GUIGAL CDR
rui_r|CP||R RUINART
deu_bc|CP||DEUTZ
bil_rs|CP||BILLECART RS
csm_bl|M|2021|STE MAGD
bag_bl|H|2023|BAGNOL
vcp_bj|H||VEUVE CLICQUOT
bag_bl|G|2021|BAGNOL
pat_bl|G|2021|PATERNEL
fon_rs|G|2022|FONTCREUSE
tem_rs|G|2022|TEMPIER
esc_wa|P50|2022|WHISPERING
min_m|G|2023|M MINUTY
alb_bl|G|2022|ALBIZZI
pat_rs|G|2023|PATERNEL
bag_rs|G|2023|BAGNOL
tem_rg|G|2021|TEMPIER
csm_rs|G|2023|STE MAGD
min_pr|G|2022|MINUTY PR
pib_rs|G|2022|PIBARNON
fbl_rg|G|2020|FERME BL
pat_bl|H|2023|PATERNEL
-CAF|U||CAFE|coffee
-CAF|U||CAFE CREME|coffee
-APE|U||KIR|kir: a cocktail of white wine and crème de cassis, no drink of the list
-APE|U||SPRITZ APEROL|a cocktail, not a dose of Aperol
-APE|U||MAURESQUE|pastis with orgeat syrup: a mixed drink
-APE|D||PASTAGA|generic pastis: four pastis are held
-BIE|DE||PANACHE|beer and lemonade: a mixed drink
-BIE|DE||MONACO|beer, lemonade and grenadine: a mixed drink
-BIE|DE||PICON BIERE|Picon bière is not held
-BIE|DE||PRESSION|generic draught: three beers on draught
cagole|DE||CAGOLE
-BIE|PI||GRIMBERGEN|Grimbergen is not held
-SFT|U||SIROP A L EAU|syrup and water
-SFT|U||DIABOLO MENTHE|lemonade and mint syrup
-SFT|U||JUS ORANGE PRESSE|fresh-pressed orange juice, not the bottled Milliat
perrier|C100||PERRIER
coca|C50||COCA
-BL|G||BLANC MAISON|generic house white
-RS|P50||ROSE MAISON|generic house rosé
-BL|G||CASSIS|appellation alone: nine Cassis whites are held
-RS|G||BANDOL|appellation alone: five Bandol rosés are held
-RS|G||MINUTY|Minuty alone: three Minuty rosés are held
-ALC|D||WHISKY|generic whisky
-ALC|D||RHUM|generic rum: three rums are held
-ALC|D||HAVANA ESPECIAL|Havana Club Especial is not held (3 and 7 ans are)
-ALC|D||LAGAVULIN8|Lagavulin 8 ans is not held (16 ans is)
-ALC|D||CHIVAS18|Chivas 18 ans is not held (12 ans is)
-ALC|D||GET31|Get 31 is not held (Get 27 is)
-APE|D||RICARD TOMATE|pastis with grenadine: a mixed drink
-CHP|CP||CHAMPAGNE|generic champagne
-CHP|CP||KIR ROYAL|a cocktail
fon_bl|H||FONTCREUSE
pat_rs|M||PATERNEL
-CUI|U||PANISSES|food
-CUI|U||TAPENADE|food
-DIV|U||BOUCHON|corkage
"""
CASES = [l for l in CASES.strip().splitlines() if l.strip()]
