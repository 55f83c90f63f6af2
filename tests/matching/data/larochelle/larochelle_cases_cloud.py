"""CLOUD, the dining room's cloud till: key|measure|vintage|product as named in the back
office|reason.  `-` as key: no drink of the library."""
CASES = """
talbot|B|2018|Château Talbot
talbot|B||Château Talbot Saint-Julien
talbot|M|2016|Ch. Talbot
talbot|B|2015|Ch. Talbot Saint-Julien
connetable|G15||Connétable de Talbot
depez|B|2020|Château de Pez
potensac|B|2017|Château Potensac
potensac|H|2018|Potensac Médoc
puygueraud|B|2018|Château Puygueraud
carbo_bl|G||Carbonnieux blanc
carbo_rg|B|2020|Carbonnieux rouge
capmourlin|B|2018|Château Cap de Mourlin
coutet|G||Château Coutet Barsac
moutoncadet|B|2019|Mouton Cadet
pepie|B|2023|Muscadet La Pépie
pepie|G12||Muscadet La Pépie
pepiere_clisson|B|2019|Muscadet Clisson Pépière
pepiere_clisson|B|2017|Muscadet Clisson Pépière
luneau_allees|B|2022|Clos des Allées Luneau-Papin
ecu_granite|B|2022|Domaine de l'Écu Granite
vacheron_bl|B|2022|Sancerre blanc Vacheron
vacheron_bl|H|2023|Sancerre blanc Vacheron
vacheron_rg|G||Sancerre rouge Vacheron
jolivet_pf|B|2022|Pouilly-Fumé Pascal Jolivet
joguet_roches|B|2021|Chinon Les Petites Roches
targe|B|2020|Saumur-Champigny Château de Targé
huet_hautlieu|G||Vouvray Le Haut-Lieu sec
stnic_clous|B|2023|Fiefs Vendéens Les Clous
stnic_clous|B|2021|Fiefs Vendéens Les Clous
stnic_reflets|G14||Reflets rouge Saint Nicolas
gardrat_ro|P25||Rosé Gardrat
gardrat_col|B|2023|Colombard Gardrat
re_bl|B|2023|Blanc Île de Ré
re_rg|B|2023|Rouge Île de Ré
whispering|B|2023|Whispering Angel
whispering|H||Whispering Angel
m_minuty|B|2023|M de Minuty
byott|G15||By.Ott
roseline_lampe|B|2022|Lampe de Méduse
miraval|B|2023|Miraval
guigal_cdr|B|2020|Côtes du Rhône Guigal
belleruche|P50||Belleruche Chapoutier
bolly_ga|B|2014|Bollinger La Grande Année
bolly_ga|B|2012|Bollinger La Grande Année
taitt_br|B||Taittinger Brut Réserve
taitt_br|C||Taittinger Brut Réserve
polroger_br|M||Pol Roger Brut Réserve
ruinart_bdb|C||Ruinart Blanc de Blancs
billecart_rose|C||Billecart Rosé
remy_xo|D2||Rémy Martin XO
frapin_vsop|D||Frapin VSOP
ferrand_1840|D||Pierre Ferrand 1840
glenf15|D||Glenfiddich 15 ans
diplomatico|D||Diplomatico Reserva
porto_taylor|D||Porto Taylor's Tawny
lillet_ro|D||Lillet Rosé
k1664_blanc|F33||1664 Blanc
k1664_pr|F33||Kronenbourg 1664
melusine_bl|F33||Mélusine Blonde
chimay_bleue|F33||Chimay Bleue
cidre_ecusson|F33||Cidre Écusson
orangina|F25||Orangina
milliat_pomme|F33||Jus de pomme Alain Milliat
sanpe|F75||San Pellegrino
perrier33|F100||Perrier
badoit|F50||Badoit
evian50|F50||Evian
-|B|2021|Caillou Blanc du Château Talbot|Talbot's white not held
-|B|2016|Château Gruaud Larose|not held
-|G||Pineau des Charentes rosé|no rosé Pineau held
-|D||Rémy Martin 1738 Accord Royal|not held
-|D||Glenfiddich 18 ans|not held
-|B|2023|Sancerre rosé Vacheron|no rosé Sancerre held
-|B|2023|Minuty Rosé et Or|Minuty's Rosé et Or not held
-|B||Bollinger Rosé|not held
-|B|2013|Taittinger Comtes de Champagne|not held
-|B||Muscadet sur lie|generic: three Muscadets sur lie / Sèvre et Maine held
-|G||Vin rouge du moment|generic
-|G||Rosé piscine|generic rosé over ice
-|DEMI||Bière du moment|generic
-|PINTE||Guinness|not held
-|F33||Coca-Cola Cherry|not held
-|||Formule midi|food
-|||Plateau Vieux-Port|food
-|||Mouclade charentaise|food
-|||Éclade de moules|food
-|||Huîtres Marennes-Oléron n°3 x6|food
-|||Sole meunière|food
-|||Île flottante|food
-|||Café gourmand|food
-|||Expresso|coffee
-|||Cappuccino|coffee
-|||Thé vert|hot drink
-|||Droit de bouchon|service
-|||Supplément frites|food
-|||Carte cadeau 50€|voucher
talbot|H|2016|Château Talbot
-|D||Armagnac|no armagnac held
"""
