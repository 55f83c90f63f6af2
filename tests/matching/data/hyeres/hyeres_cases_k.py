"""K: the beach kiosk's card terminal (shared with Capte Glisse). key|measure|vintage|text
for a drink of the library, -|measure|vintage|text|reason for anything else.
A text starting with "CG:" is an item of the partner school."""
CASES = """
minuty_prestige|g25||Rosé Minuty Prestige
minuty_prestige|btl|2023|Minuty Prestige rosé
minuty_prestige|mag||Minuty Prestige
minuty_prestige|g15|2022|Minuty Prestige rosé
m_minuty|g25||M de Minuty
m_minuty|btl||M de Minuty rosé
minuty_roseor|btl||Minuty Rose & Or
whispering|g25||Whispering Angel
whispering|btl|2024|Whispering Angel
whispering|mag||Whispering Angel
whispering|half||Whispering Angel
rock_angel|btl||Rock Angel
ile|g25||Dom. de l'Île rosé
ile|btl|2024|Domaine de l'Île rosé
ile_b|btl||Domaine de l'Île blanc
alycastre|g15||Alycastre rosé
courtade|btl|2022|La Courtade rosé
magali|g25||Figuière Magali
mauvanne|g25||Mauvanne rosé
mauvanne|btl|2023|Château de Mauvanne
fouques|g25||Les Fouques rosé bio
leoube|btl||Léoube rosé
peyrassol|g25||Commanderie Peyrassol
mirabeau_pure|btl||Mirabeau Pure
byott|btl||By Ott
irresistible|g25||Irrésistible La Croix
meduse|mag||Lampe de Méduse
marie_christine|btl|2023|Aumérade Marie-Christine
magdeleine|g15||Cassis Clos Ste Magdeleine
bagnol|btl||Cassis Bagnol
taittinger|btl||Champagne Taittinger brut
lillet_rs|g12||Lillet Rosé
listel_pamp|g25||Rosé pamplemousse Listel
k1664|g25||Pression 1664
k1664|g50||Pression 1664
grimbergen|g50||Grimbergen pression
heineken|b33||Heineken
corona|b35.5||Corona
desperados|b33||Desperados
pietra|b33||Pietra
coca|b33||Coca
coca_zero|b33||Coca Zéro
orangina|b25||Orangina
oasis|b25||Oasis tropical
evian|b50||Evian
evian|b100||Evian
ricard|dose2||Ricard
p51|dose2||51
minuty_prestige|btl|2024|Minuty Prestige rosé
whispering|btl|2022|Whispering Angel
mauvanne|g25|2022|Mauvanne rosé
magali|btl|2022|Magali Figuière
ile|btl|2022|Domaine de l'Île rosé
alycastre|btl|2022|L'Alycastre rosé
peyrassol|btl|2022|Peyrassol
leoube|btl|2023|Léoube rosé
m_minuty|btl|2023|M de Minuty
rock_angel|btl|2024|Rock Angel
fouques|btl|2024|Domaine des Fouques
symphonie|btl|2024|Sainte-Marguerite Symphonie
courtade|btl|2023|La Courtade rosé
mirabeau_pure|g25|2022|Mirabeau Pure
whispering|mag|2024|Whispering Angel
-|x||CG:Paddle 1h|the partner school's paddle rental
-|x||CG:Paddle 2h|the partner school's paddle rental
-|x||CG:Kayak biplace 1h|the partner school's kayak rental
-|x||CG:Location combinaison|the partner school's wetsuit rental
-|x||CG:Casier journée|the partner school's locker
-|x||CG:Cours kitesurf découverte|the partner school's lesson
-|x||CG:Carte 10 sorties|the partner school's pass
-|x||CG:Smoothie mangue|the partner school's own smoothie, not a drink of the library
-|b33||CG:Kombucha gingembre|the partner school's kombucha, not held
-|x||CG:Barre céréales|the partner school's snack
-|x||Panini jambon fromage|food
-|x||Glace Magnum amande|an ice cream, not a magnum of wine
-|x||Chichi frégi|food (Provençal fritter)
-|x||Croque-monsieur|food
-|x||Frites barquette|food
-|x||Consigne ecocup|the cup deposit, a service
-|x||Transat journée|a deckchair, a service
-|x||Parasol|a service
-|g25||Rosé du moment|generic house rosé
-|btl||Vin rosé|generic rosé bottle
-|g50||Bière pression|generic draught, two draught beers held
-|dose2||Pastis|generic pastis, four anisés held
-|g25||Spritz Aperol|a cocktail naming a held drink
-|g25||Rosé pamplemousse maison|the house mix, not Listel's bottled aperitif
-|x||Mojito|a cocktail
-|g25||Mauresque|pastis with orgeat, a mixed drink
-|g25||Monaco|beer with grenadine and lemonade, a mixed drink
minuty_prestige|half||Minuty Prestige
m_minuty|mag||M de Minuty
rock_angel|mag||Rock Angel
heineken|g50||Heineken
perrier|b50||Perrier
coca|b150||Coca
-|btl||Minuty 281|a Minuty cuvée not held
-|btl||Garrus d'Esclans|an Esclans cuvée not held
-|btl||Mauvanne rouge|a colour of Mauvanne not held
-|btl||Peyrassol blanc|a colour of Peyrassol not held
"""
