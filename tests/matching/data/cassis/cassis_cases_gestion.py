"""gestion: the back office's export of the restaurant's article file (one line a sold
article: code;DESIGNATION;FAMILLE;UNITE;PRIX). One line an article here:
key|measure|vintage|text   or   -FAMILY|measure|vintage|text|reason (no drink of the list).
The text is the bookkeeper's designation (capitals, accents kept, appellation first); the
software appends the four-digit vintage and cuts the designation at 26 characters."""

CASES = """
csm_bl|B|2023|CASSIS CL STE MAGD.
csm_bl|G|2021|CASSIS CL STE MAGDELEINE
bag_bl|G|2023|CASSIS BLANC BAGNOL
bag_mf|B|2021|CASSIS BAGNOL MARQUIS DE FESQUES
fon_rs|G|2024|CASSIS ROSÉ FONTCREUSE
fon_bl|P50|2022|CASSIS BL FONTCREUSE
fbl_rs|B|2024|CASSIS RS FERME BLANCHE
pat_rs|P50|2024|CASSIS ROSÉ PATERNEL
pat_bl|B|2023|CASSIS BLANC PATERNEL
alb_rs|G|2024|CASSIS RS ALBIZZI
cvb_bl|B|2022|CASSIS CLOS VAL BRUYÈRE
tem_rs|P50|2024|BANDOL ROSÉ TEMPIER
tem_rg|B|2019|BANDOL ROUGE TEMPIER
pib_rs|B|2023|BANDOL RS PIBARNON
ott_rom|G|2023|BANDOL OTT ROMASSAN
bbl_rs|B|2023|BANDOL RS BASTIDE BLANCHE
min_m|P50|2024|CÔTES PCE M DE MINUTY
min_m|M|2023|CÔTES PCE M DE MINUTY
min_pr|B|2024|CÔTES PCE MINUTY PRESTIGE
esc_wa|G|2023|CÔTES PCE WHISPERING ANGEL
esc_wa|B|2024|WHISPERING ANGEL
ott_sel|B|2023|CÔTES PCE OTT CH. DE SELLE
leo_rs|G|2023|CÔTES PCE LÉOUBE ROSÉ
sim_bl|B|2019|PALETTE CH. SIMONE BLANC
tre_rg|B|2018|IGP ALPILLES TRÉVALLON
vig_rg|B|2017|COT. AIX VIGNELAURE
gui_rg|P25|2021|CÔTES DU RHÔNE GUIGAL
vt_rg|B|2019|CHÂTEAUNEUF VX TÉLÉGRAPHE
rui_r|B||CHAMPAGNE R DE RUINART
rui_bdb|CP||CHAMPAGNE RUINART BDB
rui_rs|CP||CHAMPAGNE RUINART ROSÉ
bil_rs|B||BILLECART SALMON BRUT ROSÉ
vcp_bj|B||VEUVE CLICQUOT CARTE JAUNE
dom_per|B|2015|DOM PÉRIGNON
ricard|D||PASTIS RICARD
p51|D2||PASTIS 51
bardouin|D||PASTIS HENRI BARDOUIN
noilly|D||NOILLY PRAT
mar_ro|D||MARTINI ROUGE
hav3|D||RHUM HAVANA 3 ANS
bombay|D||GIN BOMBAY SAPPHIRE
laga16|D||WHISKY LAGAVULIN 16 ANS
kro|DE||PRESSION KRONENBOURG
leffe|PI||PRESSION LEFFE BLONDE
heineken00|B||HEINEKEN 0.0
cagole|B||BIÈRE LA CAGOLE
milliat_or|B||JUS ORANGE ALAIN MILLIAT
evian|C50||EVIAN
csm_bl|B|2020|CASSIS CL STE MAGD.
bag_bl|B|2021|CASSIS BLANC BAGNOL
fon_bl|B|2024|CASSIS BL FONTCREUSE
pat_bl|G|2024|CASSIS BLANC PATERNEL
alb_bl|B|2022|CASSIS BL ALBIZZI
alb_alt|B|2019|CASSIS ALBIZZI ALTAÏS
tem_rs|B|2022|BANDOL ROSÉ TEMPIER
pib_rs|G|2024|BANDOL RS PIBARNON
tem_rg|B|2021|BANDOL ROUGE TEMPIER
esc_wa|B|2022|WHISPERING ANGEL
mir_rs|B|2022|CÔTES PCE MIRAVAL
sim_rg|B|2017|PALETTE SIMONE ROUGE
vig_rg|B|2016|COT. AIX VIGNELAURE
gui_rg|B|2019|CÔTES DU RHÔNE GUIGAL
dom_per|B|2016|DOM PÉRIGNON
-CUI|U||BOUILLABAISSE PERS.|food
-CUI|U||ASSIETTE DE PANISSES|food
-CUI|U||SARDINES GRILLÉES|food
-CUI|U||NAVETTES|biscuits
-CAF|U||CAFÉ EXPRESSO|coffee
-DIV|U||DROIT DE BOUCHON|corkage
-RS|B|2023|BANDOL ROSÉ PRADEAUX|Pradeaux's rosé is not held (its red is)
-BL|B|2022|BANDOL BLANC PIBARNON|Pibarnon's white is not held
-RG|B|2019|BANDOL TEMPIER MIGOUA|another Tempier cuvée, not held
-RG|B|2020|CASSIS RG PATERNEL|Paternel's red is not held
-RS|B||CASSIS ROSÉ|appellation alone: six Cassis rosés are held
-BL|G||VIN BLANC|generic white
-RS|P50||ROSÉ DU MOMENT|generic rosé
-RS|B|2024|MINUTY ROSE ET OR|another Minuty cuvée, not held
ott_cm|M|2022|CÔTES PCE CLOS MIREILLE
fbl_rg|H|2021|CASSIS RG FERME BLANCHE
tem_tou|M|2018|BANDOL LA TOURTINE
rui_rs|M||CHAMPAGNE RUINART ROSÉ
-CHP|B||CHAMPAGNE AMOUR DE DEUTZ|another Deutz cuvée, not held
-CHP|B||BILLECART BRUT RÉSERVE|Billecart-Salmon is held only as the Brut Rosé
-CHP|B||CHAMPAGNE MOËT IMPÉRIAL|Moët Impérial is not held
-APE|D||PASTIS|pastis alone: four pastis are held
-APE|G||LILLET|Lillet alone: Blanc and Rosé are held
-APE|D||MARTINI|Martini alone: Bianco and Rosso are held
-APE|D||MARTINI EXTRA DRY|Martini Extra Dry is not held
-ALC|D||RHUM HAVANA CLUB 15 ANS|Havana Club 15 ans is not held
-ALC|D||COGNAC RÉMY MARTIN VS|Rémy Martin VS is not held (VSOP and XO are)
-ALC|D||WHISKY JAMESON BLACK BARREL|Jameson Black Barrel is not held
-ALC|D||GIN TANQUERAY|Tanqueray is not held
-ALC|D||CALVADOS|no calvados is held
-BIE|PI||PRESSION 1664|1664 (the lager) is not held, only 1664 Blanc
-BIE|C33||LEFFE BRUNE|Leffe Brune is not held
kro|C33||KRONENBOURG
coca|C100||COCA COLA
badoit|C50||BADOIT
-SFT|C33||COCA COLA CHERRY|Coca-Cola Cherry is not held
-SFT|U||SIROP GRENADINE|syrup
"""
CASES = [l for l in CASES.strip().splitlines() if l.strip()]
