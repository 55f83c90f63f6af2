"""What the staff typed on the old register (``caisse``); see marseille_specs.py.

Capitals, no accents; DOM, CH, ST, BDL (Bandol), CDP (Côtes de Provence), CNDP
(Châteauneuf-du-Pape), VX (Vieux), RS / RG / BL for the colour, GDE RES, BDB, GC; the
register adds the measure first and the two-digit vintage last, and cuts at 18.
"""

CASES = """
# --- Bandol
lai_rs|btl|2024|BDL LAIDIERE !RS
lai_rs|vre|2024|LAIDIERE !RS
lai_rs|mag|2023|LAIDIERE !RS
lai_rs|half|2023|LAIDIERE !RS
lai_rg|btl|2019|DOM LAIDIERE !RG
gau_rg|btl|2019|CH JP GAUSSEN !RG
gau_lg|btl|2016|GAUSSEN !LONGUE GARDE
gau_rs|vre|2022|GAUSSEN !RS
gau_rg|mag|2016|GAUSSEN !RG
gau_rg|half|2019|GAUSSEN !RG
fre_rs|btl|2022|DOM FREGATE !RS
fre_bl|btl|2023|BDL FREGATE !BL
fre_rs|mag|2024|FREGATE !RS
oli_rg|half|2019|OLIVETTE !RG
oli_rs|mag|2023|OLIVETTE !RS
oli_rg|btl|2016|DOM OLIVETTE !RG
oli_rs|p50|2024|OLIVETTE !RS
sou_rg|btl|2019|DOM SOUVIOU !RG
cag_rg|btl|2020|DOM CAGUELOUP RG
# --- Cassis, Palette
fb_bl|btl|2022|CASSIS FERME BLANCHE !BL|fb_bl
fb_bl|half|2023|F.BLANCHE !BL
fb_rs|vre|2024|FERME BLANCHE !RS|-
fb_rs|btl|2024|FERME BLANCHE !RS
fon_bl|mag|2022|FONTBLANCHE
cou_bl|btl|2021|CASSIS COURONNE
cai_bl|vre|2023|CASSIS CAILLOL
mey_bl|btl|2021|CH MEYREUIL !BL
mey_bl|btl|2020|PALETTE MEYREUIL !BL|-
mey_rg|btl|2016|CH MEYREUIL !RG
# --- Côtes de Provence
stm_rs|btl|2024|CH ST MARTIN !RS
stm_rs|mag|2023|ST MARTIN !RS
bre_rs|btl|2022|CH BREGANCON
bre_rs|mag|2023|BREGANCON
rou_bp|btl|2022|BELLE POULE !BL
jas_rs|vre|2024|JAS D ESCLANS
cla_rs|btl|2024|CH CLAPIERE RS
ser_rs|p50|2024|ST SER RS
# --- Coteaux d'Aix, Baux, Alpilles
pig_ch|btl|2023|PIGOUDET !CHAPELLE
pig_pr|vre|2024|PIGOUDET !PREMIERE
bea_rs|mag|2024|CH BEAUPRE
cal_rs|btl|2023|CALISSANNE !RS
cal_cv|btl|2019|CLOS VICTOIRE
rom_rg|btl|2019|CH ROMANIN !RG
rom_rs|p25|2024|ROMANIN !RS
tre_rg|mag|2017|TREVALLON !RG
tre_rg|btl|2020|TREVALLON !RG
# --- Rhône, Languedoc
mar_rg|btl|2019|CNDP MARCOUX
don_rg|btl|2021|CNDP VX DONJON !RG
trq_rs|vre|2024|TAVEL TRINQUEVEDEL
neg_bm|btl|2022|BRISE MARINE
beb_rg|btl|2016|PRIEURE BEBIAN
beb_ch|vre|2020|CHAPELLE BEBIAN
puh_ar|btl|2023|PUECH HAUT ARGALI
# --- Champagne
gir_es|btl|NV|CHAMP GIRAUD !ESPRIT
gir_es|mag|NV|GIRAUD ESPRIT
len_in|half|NV|LENOBLE INTENSE
plo_eq|cp|NV|PLOYEZ EXTRA QUAL
len_bb|btl|2014|LENOBLE BDB GC
gir_dj|cp|NV|GIRAUD DAME JANE
# --- Pastis, spirits, beers, softs
ricard|dose||RICARD
p51|dose||PASTIS 51
creis|dose||CREISSAUDS
bal12|dose||BALBLAIR 12
ben10|dose||BENRIACH 10
bus_vs|dose||CALVA BUSNEL VSOP
cag_bd|demi||CAGOLE BLONDE
cag_bd|s33||CAGOLE BLONDE
min_bd|pinte||MINOTTE BLONDE
mal_ip|demi||MALTF IPA
cag_bc|pinte||CAGOLE BLANCHE
min_bd|s33||MINOTTE BLONDE
montc|s100||MONTCLAR
styor|s50||ST YORRE
perri|s100||PERRIER
# --- not drinks of the library
-|btl||BOUILLABAISSE 2P|food: the bouillabaisse for two
-|btl||BOURRIDE|food
-|btl||SUPPL ROUILLE|food: extra rouille
-|btl||PANISSES|food
-|btl||CAFE|coffee
-|btl||DROIT BOUCHON|service: corkage
-|vre|2024|ROSE DU MOMENT|generic glass of rosé, no house wine held
-|p50||ROSE MAISON|generic carafe, no house wine held
-|btl|2024|BDL RS|Bandol rosé alone: five Bandol rosés are held
-|vre||BDL RG|Bandol red alone: several Bandol reds are held
-|btl|2024|CDP RS|Côtes de Provence rosé alone: several are held
-|btl|2023|CASSIS BL|Cassis white alone: several are held
-|btl|2023|GAUSSEN BL|Gaussen's white is not held (red, Longue Garde and rosé are)
-|btl|2023|SOUVIOU BL|Souviou's white is not held (rosé and red are)
-|btl|2024|DOM FREGATE|Frégate is held in three colours and the label gives none
-|btl|2020|CNDP|Châteauneuf-du-Pape alone: three are held
-|btl|2020|CNDP VX LAZARET|another Châteauneuf estate (Vieux Lazaret), not Le Vieux Donjon
-|btl|2023|ROMANIN BL|Romanin's white is not held
-|btl|2021|CLOS VICTOIRE BL|Calissanne's Clos Victoire white is not held (the red is)
-|vre|2024|ARGALI BL|Puech-Haut's Argali white is not held (the rosé is)
-|btl|2024|PUECH HAUT RS|two Puech-Haut rosés are held (Argali, Prestige)
-|btl|2024|PIGOUDET RS|two Pigoudet rosés are held (Première, La Chapelle)
-|btl|2022|NEGLY PORTE CIEL|another cuvée of Négly (La Porte du Ciel), not held
-|btl|NV|CHAMP GIRAUD ARGONNE|another cuvée of Henri Giraud (Argonne), not held
-|cp|NV|CHAMPAGNE|generic coupe of champagne
-|btl|NV|GATINOIS RS|Gatinois rosé is not held (the Tradition is)
-|dose||PASTIS|pastis alone: three are held
-|dose||PERNOD|an anise not held
-|dose||BALBLAIR 18|Balblair 18 ans not held (12 and 15 are)
-|dose||CALVADOS|calvados alone: two are held
-|dose||MAGLOIRE VSOP|Père Magloire VSOP not held (the XO is)
-|btl||MAURESQUE|mixed drink (pastis and orgeat)
-|btl||PERROQUET|mixed drink (pastis and mint syrup)
-|demi||PRESSION|generic draught beer
-|s33||MINOTTE BRUNE|a Minotte beer not held
-|s33||CAGOLE ABBAYE|a Cagole beer not held
-|s33||COCA ZERO|Coca-Cola Zéro not held
-|btl||SIROP MENTHE|soft not held
-|btl|2024|CH ST BAILLON RS|an estate not held (Saint-Baillon), sharing CH ST with Saint-Martin
"""
