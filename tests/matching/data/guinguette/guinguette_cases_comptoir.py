"""What the staff typed on the counter register (`comptoir`).

One product a line: `key|measure|vintage|text`, or `-|measure|vintage|text|reason` for a
product that is no drink of the library. `text` is the name as typed (the till prints it in
ASCII capitals after the measure, adds the vintage, cuts at 20 columns and appends the cup
deposit); a `^` marks where the words that identify the drink end (what follows may be cut).
A fifth field `-:reason` on a drink line declares what the label means when the cut took an
identifying word (the build stops on such a cut without it).
"""

CASES = """
# rosés
pourcieux_rs|verre|2024|CH POURCIEUX RS
pourcieux_rs|pisc|2023|POURCIEUX RS
pourcieux_rs|mag|2024|CH POURCIEUX RS
pourcieux_rs|btl|2021|CH POURCIEUX RS
pourcieux_rg|btl|2019|CH POURCIEUX RG
-|btl|2023|CH POURCIEUX|a château held in two colours, named without its colour
houchart_rs|pich50|2024|HOUCHART RS
houchart_sv|verre|2024|STE VICTOIRE RS
houchart_rs|btl|2022|HOUCHART RS
-|btl|2024|HOUCHART|a domaine with two rosés held, named without the cuvée or the colour
montaud_rs|pisc|2024|CH MONTAUD RS
montaud_rs|mag|2023|CH MONTAUD RS
listel_gris|verre|2024|GRAIN DE GRIS
listel_gris|mag|2024|GRAIN DE GRIS
miraflors|verre|-|MIRAFLORS BIB
miraflors|pich1l|-|MIRAFLORS RS
miraflors|btl|2024|MIRAFLORS RS
marteau_rs|verre|2024|TOURAINE RS MARTEAU
marteau_rs|btl|2022|MARTEAU RS
-|btl|2024|MARTEAU|a domaine held in three colours, named alone
lafond_gp|btl|2024|LAFOND GDE PIECE
lafond_gp|verre|2023|REUILLY RS
-|btl|2023|REUILLY|an appellation held in two colours, no colour on the label
neveu_rs|half|2024|SANCERRE RS NEVEU
neveu_rs|btl|2022|SANCERRE RS
-|half|2023|SANCERRE|half bottles of two Sancerres held (rosé and white), no colour
sauveroy_ca|btl|2021|CAB ANJOU SAUVEROY
-|btl|2024|ROSE LOIRE SAUVEROY|another rosé of a held producer (Rosé de Loire, not the Cabernet d'Anjou)
vigneau_cr|verre|-|CREMANT LOIRE RS
-|verre|-|CREMANT LOIRE|a white crémant, not held (only the rosé is)
-|pisc|-|ROSE|generic rosé piscine
-|verre|-|COTES PROV RS|an appellation with three held rosés
# whites and sparkling
marteau_sb|btl|2022|MARTEAU SAUVIGNON
-|verre|-|TOURAINE SAUV|two Touraine sauvignons held (Marteau, Oisly bag-in-box)
oisly_bib|pich25|-|OISLY SAUV ^BIB
huards_pure|verre|2021|PURE HUARDS
huards_f1|btl|2020|HUARDS FRANCOIS 1ER
-|btl|2023|DOM DES HUARDS|a domaine of three held wines named alone
salvard_bl|btl|2024|SALVARD CHEVERNY BL
-|verre|2024|CHEVERNY BL|two white Chevernys held (Pure, Salvard)
-|btl|2023|SALVARD RG|another colour of a held domaine (only Salvard's white is held)
lecomte_q|half|2023|QUINCY LECOMTE
lecomte_q|btl|2020|QUINCY LECOMTE
lafond_raie|verre|2022|REUILLY BL
chatenoy_bl|verre|2023|MENETOU BL
neveu_gf|btl|2021|SANCERRE GD FRICAMB
neveu_gf|half|2022|GD FRICAMBAULT
-|btl|2023|SANCERRE RG NEVEU|another colour of a held domaine (red Sancerre not held)
lieubeau_mus|verre|2024|MUSCADET
lieubeau_mus|mag|2024|MUSCADET LIEUBEAU
lieubeau_mus|btl|2021|MUSCADET SUR LIE
vigneau_pet|verre|-|VOUVRAY PET
-|verre|-|VOUVRAY|two Vouvrays held (sec, pétillant), no style on the label
-|verre|-|KIR PETILLANT|mixed drink
# reds
marteau_gm|verre|2024|GAMAY TOURAINE
huards_envol|verre|2022|CHEVERNY RG
gasnier_gr|half|2023|CHINON GRAVES
-|btl|2022|CHINON GASNIER VV|another cuvée of a held domaine (Vieilles Vignes, not Les Graves)
nerleux_sc|verre|2023|SAUMUR CHAMPIGNY
nerleux_sc|mag|2022|SAUM CHAMP NERLEUX
madone_fl|verre|2021|FLEURIE
madone_fl|mag|2023|FLEURIE MADONE
madone_fl|half|2022|FLEURIE
piron_py|btl|2022|MORGON COTE DU PY
piron_py|verre|2020|MORGON PY PIRON
-|btl|2022|MORGON|two Morgons held (Piron Côte du Py, Pizay)
pizay_mg|btl|2022|MORGON PIZAY
piron_bv|pich50|2023|BJ VILL PIRON
-|btl|2024|BJ VILL NOUVEAU PIRON|another wine of a held domaine (the primeur)
jacques_mav|btl|2021|CH DES JACQUES MAV
jacques_mav|btl|2019|CH DES JACQUES
-|btl|2021|MOULIN A VENT|two Moulin-à-Vents held
diochon_mav|mag|2022|DIOCHON VV
viornery_cb|verre|2023|CTE BROUILLY
-|btl|2023|BROUILLY|another appellation sharing a word (Brouilly, not Côte de Brouilly)
grossepierre_ch|btl|2022|CHIROUBLES
grossepierre_ch|verre|2024|CHIROUBLES ^GROSSE PIERRE
pierresdorees_bib|pich50|-|BEAUJOLAIS ^BIB
# beers and ciders
astro|pinte|-|ASTRO
astro|pich15l|-|ASTROBLONDE
citra|pinte|-|CITRA LAGER ^DEMORY
-|pinte|-|DEMORY|a brewery with three held beers on draught
-|pinte|-|COSMOBLONDE|another beer of a held brewery (Demory)
audacieuse|demi|-|L AUDACIEUSE
outland_wc|pinte|-|OUTLAND WC IPA
tasty|pich1l|-|TASTY
bassesaison|pich15l|-|BASSE SAISON
motueka|pinte|-|SUPER MOTUEKA
-|pinte|-|DEST TALUS|another beer of a held brewery (Second Degré), sharing Destination
fatdog|pinte|-|FAT DOG
lostinhops|s44|-|LOST IN HOPS #2
ananas|demi|-|ANANAS IPA
-|demi|-|IPA|three IPAs held on draught
spacerider|pich1l|-|SPACE RIDER
-|pinte|-|PICON BIERE|mixed drink
-|demi|-|KRONENBOURG|a beer not held
thurel_brut|pinte|-|CIDRE BRUT ^THUREL
valliere_doux|s75|-|CIDRE DOUX VALLIERE
-|s75|-|CIDRE VALLIERE|two ciders of the farm held (doux, demi-sec)
valliere_doux|demi|-|CIDRE DOUX
# aperitifs and softs
lillet_bl|d6|-|LILLET BLANC
suze|d4|-|SUZE
pierrot|d2|-|PASTIS PIERROT
-|d2|-|RICARD|a pastis not held
-|d2|-|MAURESQUE|mixed drink
gingerella|s33|-|GINGERELLA
-|s33|-|COCA COLA|a soft not held
chateldon|s100|-|CHATELDON
# kitchen and services
-|-|-|FRITURE DE LA MARNE|food
-|-|-|GLACE 2 BOULES|ice cream
-|-|-|CONSIGNE GOBELET|the cup deposit alone
-|-|-|RETOUR GOBELET|cup returned, deposit paid back
"""
