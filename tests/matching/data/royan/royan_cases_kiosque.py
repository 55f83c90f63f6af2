"""kiosque: the beach-side kiosk's tablet. The tiles as the seasonal staff typed them.

key | measure | vintage | tile text (as typed) | reason for a none
"""

CASES = """
cleray|G|2023|Muscadet Cléray
cleray|P50||Muscadet Cléray
cleray|G|2024|Muscadet Cléray
bregeon|P25|2023|Muscadet Brégeon
bregeon|G|2022|Muscadet Brégeon
grosplant|G|2023|Gros plant
bonnet|G|2024|Entre-deux-Mers Bonnet
bonnet|G|2025|Entre-deux-Mers Bonnet
turcaud|P50|2023|Entre-deux-Mers Turcaud
bonnet|B|2023|Château Bonnet blanc
picpoul|G|2024|Picpoul de Pinet
picpoul|G|2023|Picpoul de Pinet
minuty|B|2024|Rosé Minuty Prestige
minuty|G15|2024|Rosé Minuty Prestige
minuty|M|2024|Rosé Minuty Prestige
minuty|B|2023|Rosé Minuty Prestige
grisblanc|G|2024|Gris Blanc
grisblanc|G|2023|Gris Blanc
gardratrs|G|2024|Rosé Gardrat
gardratrs|G|2023|Rosé Gardrat
colombard|G15|2023|Colombard Gardrat
colombard|G|2025|Colombard Gardrat
brard|G|2022|Brard Blanchard rouge
brard|G|2023|Brard Blanchard rouge
fournierb|G|2023|Sancerre Belles Vignes
fournierb|G|2024|Sancerre Belles Vignes
fournierr|G|2022|Sancerre rouge Belles Vignes
brocard|G|2022|Chablis Sainte-Claire
brocard|G|2024|Chablis Sainte-Claire
mcadetb|G|2024|Mouton Cadet blanc
quincy|G|2024|Quincy Mardon
montifaudb|G||Pineau blanc Montifaud
montifaudr|G||Pineau rosé
champvr|G||Pineau rouge Champ des Vignes
lilletr|G||Lillet rosé
ricard|D2||Ricard
lpcuvee|CP||Laurent-Perrier La Cuvée
piper|B||Piper-Heidsieck
lprose|B||Laurent-Perrier rosé
heineken|DE||Heineken
heineken|S25||Heineken
leffe|PI||Leffe
hoegaarden|DE||Hoegaarden
corona|S35.5||Corona
desperados|S33||Desperados
chouffe|S33||Chouffe
heineken00|S33||Heineken 0.0
cidre|S33||Cidre Loïc Raison
coca|S33||Coca-Cola
cocazero|S33||Coca zéro
orangina|S25||Orangina
schweppes|S25||Schweppes tonic
perrier|S33||Perrier
evian|S50||Evian
pago|S20||Pago orange
redbull|S25||Red Bull
havana3|D||Rhum Havana 3 ans
absolut|D||Vodka Absolut
bombay|D||Gin Bombay
get27|D||Get 27
baileys|D||Baileys
-|-||Chichi|fried dough, food
-|-||Beignet abricot|food
-|-||Glace 2 boules|ice cream
-|-||Crêpe Nutella|food
-|-||Panini jambon fromage|food
-|-||Frites|food
-|-||Huîtres x6|oysters
-|-||Bulots mayo|whelks, food
-|-||Gobelet consigné|cup deposit
-|-||Location transat|deckchair hire
-|-||Café|coffee
-|-||Diabolo menthe|syrup and lemonade
-|-||Citronnade maison|house lemonade, not held
-|-||Jus d'orange pressé|fresh juice, not held
-|-||Sirop à l'eau|syrup
-|G||Vin blanc|generic wine
-|P50||Rosé|generic: several rosés held
-|-||Cocktail du jour|cocktail
-|-||Mojito|cocktail
-|-||Spritz|cocktail
-|P50||Sangria|wine punch
-|DE||Monaco|beer cocktail
-|PI||Panaché|beer and lemonade
-|G||Pineau tonic|mixed drink
desperados|DE||Desperados
corona|PI||Corona
-|S25||Leffe ruby|another Leffe, not held
heineken|S33||Heineken
coca|S50||Coca-Cola
orangina|S33||Orangina
evian|S150||Evian
-|B||Minuty M rosé|another cuvée of Minuty
-|B||Whispering Angel|rosé not held
minuty|H|2024|Rosé Minuty Prestige
-|D||Rhum Havana Especial|another rum of Havana Club
-|S25||Red Bull sans sucres|another Red Bull, not held
"""
