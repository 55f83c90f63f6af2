"""SALLE (waiters' handheld): key|measure|vintage|text  or  -|measure|vintage|text|why."""
CASES = """
kwak|demi||Kwak
kwak|b33||Kwak bouteille
leffe_bl|pinte||Leffe blonde
3monts|pinte||3 Monts pression
karmeliet|gal||Karmeliet
pelforth_br|pinte||Pelforth brune
chti_amb|demi||Ch'ti ambrée
chti_bl|b75||Ch'ti blonde
gavroche|b33||Gavroche
chimay_t|b33||Chimay triple
chimay_b|b33||Chimay bleue
roch6|b33||Rochefort 6
stb_prior8|b33||St Bernardus Prior 8
orval|b33||Orval
chouffe|b33||La Chouffe
delirium|b33||Delirium Tremens
anosteke|b75||Anosteké blonde
jenlain_amb|b75||Jenlain ambrée
hoegaarden|b25||Hoegaarden
wamb40|2cl||Genièvre Wambrechies
houlle|dose||Genièvre de Houlle
havana3|dose||Havana 3 ans
remy|dose||Rémy Martin VSOP
magloire|dose||Calvados Père Magloire
bombay|dose||Bombay Sapphire
p51|dose||51
martini_b|dose||Martini blanc
lillet|vre||Lillet
porto_ruby|vre||Porto ruby Sandeman
orangina|b25||Orangina
schweppes|b25||Schweppes
icetea|b25||Ice tea pêche
badoit|b100||Badoit
perrin_r|p50|2022|Côtes du Rhône Perrin
perrin_r|btl||Côtes du Rhône Perrin
mcadet|vre|2021|Mouton Cadet
lanessan|btl|2017|Château Lanessan
bonnet_b|btl|2023|Château Bonnet blanc
jadot|btl|2022|Bourgogne Jadot
sereine|half|2022|Chablis La Sereine
fleurie|btl|2022|Fleurie Duboeuf
meysonniers|btl|2021|Crozes-Hermitage Meysonniers
coudraye|btl|2022|Bourgueil Coudraye
hugel_gentil|vre|2022|Gentil Hugel
whisp|mag|2023|Whispering Angel
cm_blanc|p25||Côté Mas blanc
taitt_rs|btl||Taittinger rosé
clicquot|half||Veuve Clicquot
mcadet|btl|2018|Mouton Cadet
tourdeby|btl|2020|Château Tour de By
tourdeby|mag|2016|Tour de By
bonnet_b|btl|2022|Château Bonnet blanc
jadot|btl|2023|Bourgogne Jadot
sereine|btl|2023|Chablis La Sereine
morgon|btl|2021|Morgon Duboeuf
perrin_b|btl|2022|Côtes du Rhône blanc Perrin
jolivet|btl|2020|Sancerre Jolivet
pepiere|btl|2022|Muscadet Pépière
hugel_ries|vre|2020|Riesling Hugel
whisp|btl|2022|Whispering Angel
minuty|btl|2024|M de Minuty
hauteserre|btl|2020|Haute-Serre
monbaz|vre|2017|Monbazillac
-|demi||Chimay rouge|not on draught
-|b33||Duvel 666|another Duvel
-|b75||Kwak|no 75 cl Kwak
-|b33||Leffe triple|another Leffe
-|dose||Havana 7 ans Selección|another Havana
-|dose||Hennessy XO|another cognac
-|btl||Mouton Cadet rosé|another colour
-|btl||Chablis premier cru|another Chablis
-|btl||Juliénas Duboeuf|producer's other wine
-|btl||Gigondas Perrin|producer's other wine
-|half||Château Tour de By|no half bottle
-|mag||Taittinger brut|no magnum
-|btl||Côtes de Provence rosé|two held
-|vre||Vin du moment|generic
-|p25||Rouge maison|generic
-|demi||Bière du mois|generic
-|demi||Demi pêche|mixed drink
-|pinte||Monaco|mixed drink
-|vre||Kir royal|cocktail
-|vre||Vin chaud|hot drink
-|||Café|coffee
-|||Café gourmand|coffee
-|||Thé|hot drink
-|||Irish coffee|cocktail
-|||Welsh au Maroilles|food
-|||Potjevleesch frites|food
-|||Carbonnade flamande|food
-|||Moules marinières|food
-|||Harengs pommes à l'huile|food
-|||Croque-monsieur|food
-|||Gaufre au sucre|food
-|||Planche mixte|food
-|||Jus d'orange pressé|fresh juice
-|||Sirop à l'eau|generic soft
-|||Diabolo menthe|mixed soft
-|||Supplément frites|food
"""
