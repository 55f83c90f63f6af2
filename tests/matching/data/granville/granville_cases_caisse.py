"""CAISSE: the bar's electronic register (glasses, pichets, bolées, doses, draught, softs, some
bottles, coffees). One line per key as the barman programmed it:
`FAMILY|drink key|measure word|vintage typed|text` for a drink of the library,
`FAMILY|-|measure word|vintage typed|text|reason` for anything else.
The register adds the family, the measure word and the vintage, cuts at 20 columns and prints
the price."""

CASES = """
BL|briords|VR|2023|BRIORDS
BL|briords|PCH50||MUSC BRIORDS
BL|briords|VR|2021|BRIORDS
BL|pepiere|VR|2023|PEPIERE SL
BL|amphibolite|VR||AMPHIBOLITE
BL|amphibolite||2022|AMPHIBOLITE LANDRON
BL|amphibolite||2021|AMPHIBOLITE
BL|amphibolite|1/2||AMPHIBOLITE
BL|grosplant|PCH25|2023|GROS PLANT
BL|ldor|VR||MUSC L DOR
BL|fevre|VR|2023|CHAB FEVRE
BL|fevre|1/2|2022|CHAB FEVRE
BL|fevre|VR|2021|CHAB FEVRE
BL|fevre|MAG||CHAB FEVRE
BL|montmains||2021|CHAB 1ER MONTMAINS
BL|passipetit|VR||PT CHAB
BL|venerables||2021|VENERABLES
BL|venerables||2019|VENERABLES
BL|vacheron_bl|VR15|2023|SANC VACHERON
BL|vacheron_bl|1/2|2022|SANC VACH
BL|jolivet|||SANC JOLIVET
BL|ladoucette||2021|PF LADOUCETTE
BL|ladoucette||2023|PF LADOUCETTE
BL|fuisse||2021|P FUISSE TETE CRU
BL|pelle||2022|MENETOU PELLE
BL|charmoise|PCH50||TOURAINE SAUV
BL|saintemarie|VR|2023|E2M STE MARIE
BL|saintemarie||2021|STE MARIE E2M
BL|trimbach||2021|RIESL TRIMBACH
BL|picpoul|VR||PICPOUL
BL|picpoul|PCH50|2022|PICPOUL
BL|tariquet|PCH25|2024|TARIQUET
BL|tariquet|VR|2022|TARIQUET
RS|mminuty|VR||M MINUTY
RS|mminuty|MAG|2022|M MINUTY
RS|whispering|MAG|2022|WHISPERING
RS|grisdegris|PCH50||GRIS DE GRIS
RG|villeneuve|VR||SAUM CHP VILLENEUVE
RG|villeneuve|1/2|2021|VILLENEUVE
RG|beaumont||2017|CH BEAUMONT
RG|beaumont|VR|2020|CH BEAUMONT
RG|madone|VR||FLEURIE
RG|p45|PCH25||CDR P45
BU|taitt|CP||TAITTINGER
BU|taitt|1/2||TAITT BRUT
BU|lp_rose|||LP ROSE
BU|ruinart|MAG||RUINART BDB
BU|clicquot|1/2||VEUVE CLICQUOT
BU|bolly_ga||2015|BOLLY GD ANNEE
BU|bolly_ga||2012|BOLLY GD ANNEE
BU|bailly|CP||CREM BGNE BAILLY
CI|herout_trad|BOL||HEROUT TRAD
CI|herout_trad||2023|HEROUT TRAD
CI|pacory|||POIRE PACORY
CI|pommeau_drouin|DOSE||POMMEAU DROUIN
AL|coq_vsop|DOSE||COQUEREL VSOP
AL|drouin_hda|DOSE||CALVA DROUIN HDA
AL|herout_12|2CL||CALVA HEROUT 12ANS
AL|normindia|DOSE||GIN NORMINDIA
AL|lagavulin16|DOSE||LAGAVULIN16
AP|pastis51|2CL||PASTIS51
AP|lillet|DOSE||LILLET
BI|k1664|DEMI||1664
BI|k1664|33CL||1664
BI|grim_blonde|PTE||GRIMB BLDE
BI|grim_blanche|DEMI||GRIMB BLCHE
BI|duvel|||DUVEL
BI|duvel|PTE||DUVEL
SF|coca|||COCA
SF|evian|50CL||EVIAN
CU|-|||PLATEAU FRUITS MER|food
CU|-|||HUITRES N3 X6|food
CU|-|||MOULES FRITES|food
CU|-|||SOLE MEUNIERE|food
CA|-|||EXPRESSO|coffee
CA|-|||CAFE CALVA|coffee with a calvados, no drink of the list
CA|-|||THE INFUSION|hot drink
DV|-|||DROIT BOUCHON|service (corkage)
BL|-|VR||VIN BLANC MOMENT|generic wine of the day
RG|-|PCH25||ROUGE MAISON|generic house wine
BL|-|VR||MUSCADET|appellation only: five Muscadets held
BL|-|VR||SANCERRE|white Sancerre of two producers held
BL|-|||ENTRE DEUX MERS|appellation only: three Entre-deux-Mers held
BL|-||2022|POUILLY|Pouilly-Fumé or Pouilly-Fuissé: two wines held
RS|-|||SANC VACHERON|Vacheron's rosé not held (white and red only)
RS|-|||BONNET ROSE|Château Bonnet rosé not held
BI|-|PTE||GRIMB AMBREE|Grimbergen Ambrée not held
BI|-|DEMI||GRIMBERGEN|brand only: two Grimbergen on draught
AL|-|DOSE||CALVA|generic calvados: four held
AL|-|DOSE||CHIVAS 18ANS|age not held (12 ans only)
AL|-|DOSE||COQUEREL 15ANS|age not held (VSOP and XO only)
AP|-|||KIR NORMAND|mixed drink
AP|-|||KIR VIN BLANC|mixed drink
AP|-|2CL||PASTIS|generic pastis: two held
SF|-|||SIROP A L EAU|soft not held
SF|-|||DIABOLO MENTHE|soft not held
CI|-|BOL||CIDRE DOUX|no sweet cider held
CI|-|DOSE||POMMEAU|two pommeaux held
AL|-|DOSE||TROU NORMAND|sorbet with calvados
SF|-|||JUS ORANGE|juice not held
"""
