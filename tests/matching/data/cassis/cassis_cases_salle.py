"""salle: the waiters' tablet in the dining room and on the terrace. One line a button:
key|measure|vintage|text   or   -FAMILY|measure|vintage|text|reason (no drink of the list).
The text is the button name the manager typed from the wine list (mixed case, accents,
'Ch.', 'Dom.', 'Ste'); the tablet prints the measure word first, the four-digit vintage
after the name, then ' - ' and the price in euros."""

CASES = """
csm_bl|B|2022|Clos Ste Magdeleine blanc
csm_bl|B||Cassis Clos Ste-Magdeleine
csm_bl|M|2021|Clos Ste Magdeleine blanc
csm_bl|G|2023|Clos Ste Magdeleine
csm_rs|B|2024|Clos Ste Magdeleine rosé
bag_bl|B|2023|Cassis blanc Dom. du Bagnol
bag_bl|H|2023|Cassis blanc Dom. du Bagnol
bag_mf|B|2022|Bagnol Marquis de Fesques
bag_rs|B|2024|Cassis rosé Bagnol
fon_bl|B|2023|Ch. de Fontcreuse blanc
fon_rs|B||Fontcreuse rosé
fbl_bl|M|2022|La Ferme Blanche blanc
fbl_rg|B|2021|Ferme Blanche rouge
pat_bl|B|2022|Paternel blanc
pat_bl|H|2022|Paternel blanc
alb_alt|B|2022|Clos d'Albizzi Altaïs
alb_bl|B|2023|Clos d'Albizzi blanc
cvb_bl|B|2022|Clos Val Bruyère
tem_rs|B|2024|Bandol rosé Tempier
tem_rs|M|2023|Tempier rosé
tem_tou|B|2018|Tempier La Tourtine
pib_rg|B|2019|Pibarnon rouge
pib_rg|M|2017|Ch. de Pibarnon rouge
ott_rom|B|2023|Ott Romassan Bandol
min_281|B|2022|Minuty 281
esc_ra|B|2023|Rock Angel
ott_sel|B|2023|Ott Château de Selle
ott_cm|B|2022|Clos Mireille blanc de blancs
mir_rs|B|2023|Miraval
leo_rs|B|2023|Léoube rosé
sim_bl|B|2020|Ch. Simone blanc
sim_rg|B|2018|Château Simone rouge
tre_rg|B||Trévallon rouge
vt_rg|B|2019|Vieux Télégraphe
gui_rg|H|2021|Guigal CDR
rui_bdb|B||Ruinart Blanc de Blancs
rui_bdb|M||Ruinart Blanc de Blancs
rui_rs|B||Ruinart rosé
dom_per|B|2013|Dom Pérignon
vcp_bj|H||Veuve Clicquot
deu_bc|B||Deutz Brut Classic
min_m|H|2024|M de Minuty
lil_rs|G||Lillet rosé
remy_xo|D||Cognac Rémy XO
laga16|D||Lagavulin 16 ans
marc_pro|D2||Marc de Provence
nikka|D||Nikka from the barrel
milliat_ab|B||Nectar abricot Milliat
csm_bl|B|2020|Clos Ste Magdeleine blanc
bag_mf|B|2020|Bagnol Marquis de Fesques
bag_bl|H|2022|Cassis blanc Dom. du Bagnol
fon_bl|B|2021|Ch. de Fontcreuse blanc
fbl_bl|B|2022|La Ferme Blanche blanc
alb_alt|B|2021|Clos d'Albizzi Altaïs
tem_rg|B|2018|Tempier rouge
tem_tou|B|2017|Tempier La Tourtine
pib_rg|B|2018|Pibarnon rouge
sim_bl|B|2018|Ch. Simone blanc
tre_rg|B|2020|Trévallon rouge
dom_per|B|2012|Dom Pérignon
dom_per|B|2014|Dom Pérignon Vintage
esc_wa|M|2024|Whispering Angel
pra_rg|B|2015|Ch. Pradeaux
-CUI|U||Bouillabaisse (par pers.)|food
-CUI|U||Soupe de poissons|food
-CUI|U||Loup grillé au fenouil|food
-CUI|U||Daurade royale|food
-CUI|U||Supions en persillade|food
-CUI|U||Plateau de fruits de mer|food
-CUI|U||Oursins (la douzaine)|food
-CUI|U||Tarte tropézienne|food
-CUI|U||Café gourmand|food and coffee
-CUI|U||Menu enfant|food
-CAF|U||Café|coffee
-DIV|U||Droit de bouchon|corkage
-SFT|U||Carafe d'eau|tap water
-RS|B||Cassis rosé|appellation alone: six Cassis rosés are held
-BL|B|2023|Tempier blanc|Domaine Tempier's white is not held (rosé and reds are)
-RG|B|2019|Tempier Cabassaou|another Tempier cuvée, not held
-BL|B|2022|Pibarnon blanc|Pibarnon's white is not held (rosé and red are)
-RS|B|2023|Ott Clos Mireille rosé|Clos Mireille is held only as the Blanc de Blancs
-RS|B|2023|Garrus|another Château d'Esclans cuvée, not held
-BL|B|2023|Minuty Prestige blanc|Minuty Prestige is held only in rosé
-RS|B|2023|Studio by Miraval|another Miraval wine, not held
min_281|M|2022|Minuty 281
sim_rg|H|2018|Ch. Simone rouge
csm_rs|M|2024|Clos Ste Magdeleine rosé
tem_rg|M|2019|Tempier rouge
-CHP|B||Ruinart Blanc Singulier|another Ruinart cuvée, not held
-CHP|B|2008|Dom Pérignon Rosé|Dom Pérignon Rosé is not held
-CHP|B||Veuve Clicquot rosé|Veuve Clicquot Rosé is not held
-CHP|B|2017|Deutz Blanc de Blancs|another Deutz cuvée, not held
vcp_bj|M||Veuve Clicquot
deu_bc|H||Deutz Brut Classic
-CHP|CP||Champagne du moment|generic champagne
-RS|P50||Rosé de la maison|generic house rosé
-APE|U||Apéritif maison|house aperitif
-APE|U||Cocktail du Pointu|house cocktail
-ALC|D||Cognac Hennessy VS|Hennessy is not held
-ALC|D||Whisky Talisker 10 ans|Talisker is not held
"""
CASES = [l for l in CASES.strip().splitlines() if l.strip()]
