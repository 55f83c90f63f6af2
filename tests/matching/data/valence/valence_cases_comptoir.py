"""COMPTOIR: what the bar staff typed on the old counter register.

Drink: key|measure|vintage|text.  Not a drink of the library: -|measure|vintage|family|text|reason.
Measures: B bottle, H half, M magnum, V glass, P25 / P50 pichet, C coupe, D dose,
DM demi, PT pinte, X no measure (food, services).
"""
SPECS = """
graillot_r|B|21|CROZES GRAIL
graillot_r|B|18|CROZES GRAIL
graillot_r|M|19|CROZES GRAIL
chave_y|H|21|CROZES CHAVE
chave_y|V||CROZES CHAVE
bruyeres|B|21|CROIX BRUYER
gripa_r|B|22|ST JO GRIPA
gripa_r|B|19|ST JO GRIPA
courbis_sj|B|20|ST JO COURBIS
tournon|B|22|ST JO TOURNON
tournon|B|21|STJO TOURNON
tournon|H|22|ST JO TOURNON
voge_chailles|B|20|CORNAS CHAILLES
voge_chailles|B|17|CORNAS CHAIL
paris_60|B|20|GRANIT60 PARIS
paris_60|B|22|GRANIT60 VPARIS
guigal_r|B|21|CDR GUIGAL
guigal_r|P50||CDR GUIGAL
guigal_r|B|18|CDR GUIGAL
guigal_rs|V||CDR RS GUIGAL
perrin_r|B|19|CDR PERRIN
perrin_b|V||CDR BL PERRIN
pesquie_r|V||PESQUIE TERR
vieilleferme|P50||VFERME
fondreche|B|22|FONDRECHE
floureto|B|18|VACQ FLOURETO
durban|V||MUSCAT DURBAN
jail_trad|B||CLAIRETTE JAILLANCE
jail_trad|C||CLAIR JAIL
jail_imp|C||IMPERIALE JAIL
achard|B||CLAIR ACHARD
jail_gamay|B|22|CHATILLON GAMAY
jail_gamay|B|21|CHATILLON GAM
lapierre|B|22|MORGON LAPIERRE
lapierre|B|20|MORGON LAP
chignard|B|21|FLEURIE CHIGNARD
jacques|B|19|MAV JACQUES
brun|H|22|ANCIEN BRUN
piron|V||BJV PIRON
minuty_m|V||M MINUTY
ott|B|21|BY OTT
whispering|M|23|WHISPERING
aix|V||AIX ROSE
moet_bi|B||MOET IMPERIAL
moet_bi|C||MOET BRUT
moet_bi|H||MOET
taitt|C||TAITTINGER
feuillatte|H||FEUILLATTE
k1664|DM||1664
grim_bl|DM||GRIMB BLONDE
grim_amb|PT||GRIMB AMBREE
leffe_k|DM||LEFFE
chimay|B||CHIMAY BLEUE
ricard|D||RICARD
p51|D||51 PASTIS
chart_v|D||CHART VERTE
get27|D||GET27
glenmo|D||GLENMO10
lagavulin|D||LAGAVULIN16
coca|B||COCA 33CL
-|V||VIN|ROUGE MAISON|generic house red by the glass
-|P50||VIN|ROSE MAISON|generic house rosé by the pichet
-|B|21|RN|CROZES BL CHAVE|Yann Chave's white Crozes not held
-|B|19|RN|HERMIT YCHAVE|Yann Chave's Hermitage not held
-|B|20|RN|ST JO OFFERUS|Offerus (J.-L. Chave Sélection) not held
-|B|21|RN|CORNAS|Cornas alone: four Cornas held
-|B||RN|CROZES HERMITAGE|appellation alone: several Crozes-Hermitage held
graillot_r|H|21|CROZES GRAIL
-|B||RS|CDR BL GUIGAL|Guigal's white Côtes du Rhône not held
-|B|22|RS|GIGONDAS|Gigondas not held
-|B||RS|CHATEAUNEUF PAPE|Châteauneuf-du-Pape not held
-|V||RS|CDR ROUGE|generic Côtes du Rhône red: several held
pesquie_r|M|22|PESQUIE TERR
-|B|21|RS|VACQUEYRAS|appellation alone: three Vacqueyras held
-|B||DIE|CLAIRETTE ROSE|Clairette de Die rosé not held
-|C||DIE|CLAIRETTE DIE|Clairette de Die alone: three held
-|B|22|BJ|MORGON FOILLARD|Foillard's Morgon not held
-|B|22|BJ|BROUILLY|Brouilly not held
-|B|23|PRO|MINUTY PRESTIGE|Minuty's Prestige not held
ott|M|23|BY OTT
-|C||CHP|CHAMPAGNE|generic coupe of champagne
-|B||CHP|MOET NECTAR|Nectar Impérial not held
-|B||CHP|VEUVE ROSE|Veuve Clicquot Rosé not held
-|PT||PRES|PANACHE|mixed drink
-|DM||PRES|MONACO|mixed drink
-|PT||PRES|PICON BIERE|mixed drink
chimay|PT||CHIMAY BLEUE
-|D||APE|KIR|mixed wine aperitif
-|D||APE|PASTIS|generic pastis: two held
-|D||ALC|GET31|Get 31 not held (Get 27 is)
-|D||ALC|GLENMO18|Glenmorangie 18 ans not held
-|D||ALC|WHISKY|generic whisky
-|B||SFT|COCA LIGHT|Coca-Cola Light not held
-|X||SFT|SIROP MENTHE|syrup not held
-|X||BAR|CAFE|coffee
-|X||CUI|PLAT DU JOUR|food
-|X||CUI|CROQUE MONSIEUR|food
-|X||HOT|TAXE SEJOUR|hotel service
"""
