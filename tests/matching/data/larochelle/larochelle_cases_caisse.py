"""CAISSE, the counter's old register: key|measure|vintage|text the owner gave the key|reason.
`-` as key: no drink of the library (the reason says why)."""
CASES = """
talbot|B|16|CHT TALBOT
talbot|B|15|CHT TALBOT
talbot|M|16|CHT TALBOT
talbot|H|16|CHT TALBOT
connetable|B|20|CNTBL TALBOT
connetable|B|21|CNTBL TALBOT
depez|B|18|CHT DE PEZ
depez|M|19|CHT DE PEZ
potensac|H|18|POTENSAC
potensac|H|16|POTENSAC
puygueraud|B|20|CHT PUYGUERAUD
carbo_bl|B|22|CARBO BL
carbo_bl|B|21|CARBO BL
capmourlin|H|16|CAP MOURLIN
capmourlin|B|21|CHT CAP MOURLIN
coutet|G|17|COUTET
moutoncadet|P50||MOUTON CADET
moutoncadet|B|20|MOUTON CADET
rocdecambes|B|20|ROC CAMBES
graville_bl|G||GRAVILLE LACOSTE
pepie|G||MUSCA PEPIE
pepie|H|23|MUSCA PEPIE
pepie|H|24|MUSCA PEPIE
pepiere_clisson|B|20|MUSCA CLISSON
luneau_allees|B|21|CLOS ALLEES
ecu_granite|B|21|ECU GRANITE
vacheron_bl|B|23|SANCERRE VACHERON
vacheron_rg|B|21|SANC RGE VACHERON
vacheron_bl|H|23|SANCERRE
jolivet_pf|B|23|PLY FUME JOLIVET
joguet_roches|B|22|CHINON JOGUET
targe|B|21|TARGE
targe|P25||CHAMPIGNY
huet_hautlieu|B|21|VOUVRAY HUET
langlois_cremant|C||CREMANT LOIRE
re_ro|P50||ILE RE ROSE
re_ro|B|23|ILE RE ROSE
gardrat_col|B|24|COLOMBARD GARDRAT
beaulon_p5|G8||PINEAU BLC 5A
beaulon_p10|G8||PINEAU BLC 10A
whispering|B|24|WHISPERING ANGEL
whispering|M|23|WHISPERING
whispering|M|24|WHISPERING
minuty_prestige|B|24|MINUTY PRESTIGE
byott|B|23|BY OTT
miraval|B|21|MIRAVAL
bolly_sc|H||BOLLINGER SC
bolly_ga|B|15|BOLLY GDE ANNEE
bolly_ga|B|13|BOLLY GA
taitt_br|M||TAITTINGER BRUT
taitt_rose|C||TAITT ROSE
r_ruinart|C||R RUINART
billecart_rose|B||BILLECART ROSE
remy_vsop|D||REMY VSOP
hennessy_vs|D||HENNESSY
glenf12|D||GLENFID 12A
ricard|D2||RICARD
pastis51|D2||51 PASTIS
k1664_pr|DEMI||1664
grimb_amb|DEMI||GRIMBERGEN AMB
leffe_bl|B||LEFFE
leffe_bl|PINTE||LEFFE
duvel|DEMI||DUVEL
coca_zero|B||COCA ZERO
evian50|F100||EVIAN
lillet_bl|D||LILLET BLC
-|G||VIN DU MOMENT|generic glass of the day
-|P50||ROUGE MAISON|generic house red
-|B|21|CAILLOU BLC TALBOT|Talbot's white Caillou Blanc is not held
-|B||MUSCADET|four Muscadets held, the label names none
-|B||PINEAU BLC 20A|a 20-year Pineau is not held
-|D||REMY 1738|Rémy Martin 1738 not held
-|D||GLENFID 18A|Glenfiddich 18 not held
-|D||HENNESSY XO|Hennessy XO not held
-|B||OTT CLOS SELLE|Ott's Château de Selle not held
-|M||MINUTY PRESTIGE|no magnum of Minuty Prestige
-|B||RUINART ROSE|Ruinart Rosé not held
-|B||MOET IMPERIAL|Moët & Chandon not held
-|B||SANCERRE ROSE|no rosé Sancerre held
-|D||COGNAC|generic: five cognacs held
-|G||KIR|kir, a mixed aperitif
-|||CAFE|coffee
-|||CAFE ALLONGE|coffee
-|||DECA|coffee
-|||NOISETTE|coffee
-|||CHOCOLAT CHAUD|hot drink
-|||MOULES FRITES|food
-|||MOUCLADE|food
-|||ECLADE MOULES|food
-|||PLATEAU FRUITS MER|food
-|||6 HUITRES MARENNES|food
-|||CHAUDREE|food
-|||MENU ENFANT|food
-|||GLACE 2 BOULES|food
-|||DROIT BOUCHON|service
-|||COUVERT SUPPL|service
-|||SIROP A L EAU|syrup not held
"""
