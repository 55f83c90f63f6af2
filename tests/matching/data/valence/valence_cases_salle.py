"""SALLE: what the waiters typed on the dining-room tablet.

Drink: key|measure|vintage|text.  Not a drink of the library: -|measure|vintage|family|text|reason.
"""
SPECS = """
graillot_r|B|2020|Crozes-Hermitage Graillot
graillot_r|B|2019|Crozes-Hermitage Graillot
graillot_r|M|2020|Crozes Graillot
chave_y|B|2021|Crozes-Hermitage Yann Chave
chave_y|H|2022|Crozes Yann Chave
chave_y|V15|2022|Crozes Yann Chave
capnord|V||Cap Nord Combier
sizeranne|B|2019|Hermitage Monier de la Sizeranne
gripa_r|B|2021|Saint-Joseph Gripa
gripa_r|V|2022|St-Joseph Gripa
gripa_b|B|2023|Saint-Joseph blanc Gripa
courbis_sj|V||St-Joseph Courbis
tournon|B|2020|St-Joseph François de Tournon Delas
tournon|H|2022|St-Joseph Tournon Delas
tunnel_sp|V|2022|St-Péray Dom. du Tunnel
paris_30|B|2022|Cornas Granit 30 V. Paris
paris_60|B|2021|Cornas Granit 60 V. Paris
guigal_r|P50|2021|CdR Guigal
guigal_r|V|2022|CdR Guigal
perrin_r|V||CdR Réserve Perrin
perrin_b|B|2023|CdR Réserve blanc Perrin
gramenon|B|2021|Poignée de Raisins Gramenon
pesquie_r|B|2022|Ventoux Terrasses Pesquié
vieilleferme|P25|2022|La Vieille Ferme rouge
vieilleferme|B|2023|La Vieille Ferme rouge
fondreche|V||Ventoux Fondrèche
monardiere|B|2021|Vacqueyras Les 2 Monardes
montirius|B|2020|Vacqueyras Garrigues Montirius
jail_trad|C||Clairette de Die Jaillance
jail_trad|H||Clairette de Die Jaillance
achard|C||Clairette Achard-Vincent
jail_gamay|V|2022|Châtillon-en-Diois Gamay
lapierre|B|2021|Morgon Lapierre
lapierre|V||Morgon Lapierre
chignard|B|2022|Fleurie Les Moriers Chignard
jacques|B|2019|Moulin-à-Vent Ch. des Jacques
piron|P50|2022|Beaujolais-Villages Piron
minuty_m|B|2022|M de Minuty
ott|B|2022|By Ott rosé
whispering|M|2023|Whispering Angel
whispering|B|2022|Whispering Angel
moet_bi|B||Moët Brut Impérial
moet_bi|C||Moët Impérial
moet_rose|C||Moët Rosé Impérial
feuillatte|C||Nicolas Feuillatte Réserve
k1664|DM||1664 pression
grim_bl|PT||Grimbergen blonde pression
leffe_k|PT||Leffe pression
duvel|B||Duvel
ricard|D||Ricard
aperol|D||Aperol
martini_r|D||Martini rouge
chart_v|D||Chartreuse verte
cointreau|D||Cointreau
remy|D||Rémy Martin VSOP
chivas|D||Chivas 12 ans
drouin|D||Calvados Drouin
poire|D||Poire Williams Massenez
evian|B||Evian 1L
schweppes|B||Schweppes tonic
icetea|B||Ice Tea pêche
-|V||VIN|Vin rouge du moment|generic wine of the moment
-|P50||VIN|Pichet rosé maison|generic house rosé
-|B|2021|RN|Hermitage Jean-Louis Chave|J.-L. Chave's Hermitage not held
-|B|2022|RN|Crozes-Hermitage blanc Combier|Combier's white Crozes not held
-|B|2020|RN|Saint-Joseph blanc Courbis|Courbis's white Saint-Joseph not held
-|B|2021|RN|Cornas Thierry Allemand|Allemand's Cornas not held
-|B||RN|Saint-Péray|Saint-Péray alone: three held
-|V||RS|Côtes du Rhône rouge|generic Côtes du Rhône red: several held
-|B|2022|RS|Ventoux rouge|Ventoux red alone: three held
-|B|2022|RS|Gigondas Montirius|Montirius's Gigondas not held
-|B|2021|RS|Vacqueyras blanc Sang des Cailloux|white Vacqueyras not held
gramenon|M|2022|Poignée de Raisins Gramenon
-|C||DIE|Crémant de Die rosé Jaillance|Jaillance's rosé crémant not held
-|B|2022|BJ|Beaujolais Nouveau|Beaujolais Nouveau not held
-|B|2022|BJ|Morgon Côte du Py Foillard|Foillard's Côte du Py not held
-|B|2023|PRO|Côtes de Provence rosé|generic Provence rosé
-|B|2023|PRO|Minuty Rose et Or|Minuty's Rose et Or not held
-|B||CHP|Moët Ice Impérial|Ice Impérial not held
veuve|M||Veuve Clicquot Carte Jaune
taitt|H||Taittinger Brut Réserve
-|C||CHP|Coupe de champagne|generic coupe of champagne
-|DM||PRES|Panaché|mixed drink
-|PT||PRES|Picon bière|mixed drink
duvel|PT||Duvel
-|B||BIB|Cidre brut bouteille|cider not held
-|D||APE|Kir vin blanc|mixed wine aperitif
-|D||ALC|Chartreuse VEP verte|Chartreuse VEP not held
-|D||ALC|Génépi|génépi not held
-|D||ALC|Rhum arrangé maison|house rum not held
-|D||ALC|Cognac|generic cognac: two held
-|B||SFT|Coca-Cola Cherry|Coca-Cola Cherry not held
-|X||BAR|Café gourmand|coffee and desserts
-|X||CUI|Menu enfant|food
-|X||CUI|Caillette ardéchoise|food
-|X||CUI|Picodon rôti salade|food
-|X||CUI|Suisse de Valence|pastry
-|X||BAR|Droit de bouchon|corkage
"""
