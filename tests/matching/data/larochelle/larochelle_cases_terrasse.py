"""TERRASSE, the summer handhelds: key|measure|vintage|button|modifiers|reason.
`-MENU` as key: no drink of the library, picked from that menu."""
CASES = """
whispering|B||Whispering|+seau
whispering|G||Whispering|+glacons
whispering|M||Whispering|+seau +4 verres
whispering|B|23|Whispering|
whispering|M|24|Whispering|
m_minuty|G||M Minuty|+glacons
m_minuty|P50||M Minuty|
minuty_prestige|B||Minuty Prestige|+seau
byott|B||By Ott|+seau
byott|B|24|By Ott|
miraval|B|21|Miraval|
miraval|G||Miraval|+glacons
roseline_lampe|B||Lampe Meduse|
re_ro|G||Rose Ile de Re|
re_ro|P25||Rose Ile de Re|+glacons
re_ro|B|23|Rose Re|
re_bl|P50||Blanc Ile de Re|
re_bl|B|22|Blanc Ile de Re|
gardrat_col|G||Colombard|
pepie|G||Muscadet Pepie|
pepie|B|22|Pepie|+seau
luneau_allees|B||Clos des Allees|
ecu_granite|B||Muscadet Granite|
vacheron_bl|G||Sancerre blanc|
vacheron_bl|B|24|Sancerre bl|
jolivet_pf|G||Pouilly Fume|
targe|G||Saumur Champigny|
joguet_roches|P50||Chinon|
stnic_clous|G||Fiefs Vendeens bl|
stnic_reflets|B||Reflets rouge|
talbot|B|17|Talbot|
connetable|B|18|Connetable|
depez|B|16|Ch de Pez|
potensac|B|19|Potensac|
capmourlin|B|17|Cap Mourlin|
guigal_cdr|B|22|CDR Guigal|
moutoncadet|B|23|Mouton Cadet|
carbo_bl|B|23|Carbo blanc|
huet_hautlieu|B|20|Vouvray Huet|
bolly_ga|B|16|Gde Annee Bolly|
langlois_cremant|C||Cremant Loire|
taitt_br|C||Taittinger brut|
taitt_rose|B||Taittinger rose|+seau
r_ruinart|B||R de Ruinart|+seau +6 flutes
polroger_br|C||Pol Roger|
beaulon_p5|G8||Pineau blanc 5a|
beaulon_prg|G8||Pineau rouge|+glacons
lillet_bl|D||Lillet blanc|+glacons
ricard|D2||Ricard|+carafe eau
k1664_pr|DEMI||1664|
k1664_pr|PINTE||1664|
hoeg_pr|DEMI||Hoegaarden|+citron
grimb_amb|PINTE||Grimbergen|
corona|B||Corona|+citron vert
desperados|B||Desperados|
coca|B||Coca|+citron +glacons
coca_zero|B||Coca zero|
lorina|B||Limonade Lorina|
perrier33|B||Perrier|+citron
sanpe|B||San Pe|
milliat_abricot|B||Jus abricot|
remy_vsop|D||Remy VSOP|
hennessy_vs|D||Hennessy VS|
whispering|H||Whispering|
m_minuty|M||M Minuty|+seau
leffe_bl|PINTE||Leffe|
duvel|DEMI||Duvel|
perrier33|F100||Perrier|
badoit|F50||Badoit|
-CARTE|||Moules frites||food
-CARTE|||Plancha crevettes||food
-CARTE|||Salade Cesar||food
-CARTE|||Fish and chips||food
-CARTE|||Burger du port|+sans oignon|food
-CARTE|||Club sandwich||food
-DESSERTS|||Glace 2 boules||food
-DESSERTS|||Crepe sucre||food
-CAFES|||Cafe gourmand||food
-CAFES|||Expresso||coffee
-CAFES|||Allonge||coffee
-CAFES|||Deca||coffee
-ROSES|G||Rose piscine|+glacons|generic rosé over ice
-ROSES|G||Rose du moment||generic
-BLANCS|P50||Blanc maison||generic house white
-BIERES|PINTE||Biere du mois||generic
-ROSES|B||Rock Angel|+seau|Esclans's Rock Angel not held
-ROSES|B||Minuty 281||Minuty 281 not held
-BULLES|B||Ruinart rose||Ruinart Rosé not held
-BULLES|G||Prosecco||not held
-BULLES|C||Moet||Moët not held
-APEROS|G||Kir||kir, a mixed aperitif
-APEROS|G8||Pineau blanc 20a||20-year Pineau not held
-SOFTS|||Diabolo menthe||syrup not held
-SOFTS|||Carafe d'eau||tap water
-SOFTS|P25||Jus orange presse||fresh juice, not held
-DIGEOS|D||Hennessy XO||Hennessy XO not held
-DIGEOS|D||Calvados||no calvados held
-DIGEOS|D||Cognac||generic: five cognacs held
-SERVICES|||Supplement glacons||service
"""
