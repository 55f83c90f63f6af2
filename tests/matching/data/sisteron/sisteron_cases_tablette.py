"""tablette: the terrace tablet, what was keyed on each sale.

expect|key|measure|vintage|text  (text = the menu's wording, mixed case with accents).
The tablet renders "Text YYYY [modifier]" and, on some lines, " / waiter's comment".
"""
CASES = """
y|whisp|B|2024|Whispering Angel
y|whisp|B150|2023|Whispering Angel
y|whisp|G||Whispering Angel
y|minuty_rs|B||Minuty Prestige rosé
y|minuty_rs|B150||Minuty Prestige rosé
y|minuty_rs|G15|2023|Minuty Prestige rosé
y|m_minuty|B|2024|M de Minuty
y|m_minuty|B37||M de Minuty
y|roseline|B|2024|Sainte-Roseline Prestige rosé cru classé
y|meduse|B||Lampe de Méduse rosé
y|selle|B|2022|Château de Selle — Domaines Ott
y|byott|G14||By.Ott rosé
y|mirabeau|B||Mirabeau « Pure » rosé
y|gassier|B|2023|Esprit Gassier Sainte-Victoire
y|regusse_rs|B||Pierrevert rosé Château Régusse
y|simone_rs|B||Palette rosé Château Simone
y|tempier_rs|B|2023|Bandol rosé Domaine Tempier
y|tempier_rs|B150||Bandol rosé Tempier
y|terrebrune|B||Bandol rosé Terrebrune
y|revelette|B|2024|Revelette rosé, Coteaux d'Aix
y|canorgue_rs|B||La Canorgue rosé, Luberon
y|vf_rs|P25||La Vieille Ferme rosé
y|cotedesroses|B||Côte des Roses rosé — Gérard Bertrand
y|aqueria|B|2024|Tavel Château d'Aquéria
y|mordoree|B||Tavel « La Dame Rousse » Mordorée
y|magdeleine|B|2023|Cassis blanc Clos Sainte-Magdeleine
y|bagnol|B||Cassis blanc Domaine du Bagnol
y|minuty_bl|G||Minuty Prestige blanc
y|guigal_rs|G||Côtes-du-Rhône rosé Guigal
y|clairette|B||Clairette de Die Jaillance
y|taitt_rose|B||Taittinger Prestige Rosé
y|taitt_brut|G||Taittinger Brut Réserve
y|p51|D2||Pastis 51
y|ricard|D2||Ricard
y|rinquinquin|D4||Rinquinquin à la pêche
y|lillet|D||Lillet blanc
y|heineken|DEMI||Heineken pression
y|affligem|PINTE||Affligem blonde pression
y|affligem|B33||Affligem blonde
y|bf_blonde|DEMI||Blonde de la Bonne Fontaine (pression)
y|bf_ambree|B33||Ambrée Bonne Fontaine
y|corona|B33||Corona
y|heineken00|B33||Heineken 0.0
y|sanpe|B100||San Pellegrino
y|milliat_pom|B||Jus de pomme Alain Milliat
y|coca|B||Coca-Cola
y|hendricks|D4||Hendrick's
y|diplomatico|D4||Diplomatico Reserva
a|whisp|B150|2024|Whispering Angel
a|whisp|B37|2023|Whispering Angel
a|minuty_rs|B|2022|Minuty Prestige rosé
a|m_minuty|B|2023|M de Minuty
a|roseline|G|2022|Sainte-Roseline Prestige
a|selle|B|2023|Château de Selle, Ott
a|byott|B|2024|By.Ott
a|mirabeau|B|2023|Mirabeau Pure
a|simone_bl|B|2020|Palette blanc Château Simone
a|simone_rs|B|2024|Château Simone rosé
a|terrebrune|B|2024|Bandol rosé Terrebrune
a|canorgue_rs|B|2023|La Canorgue rosé, Luberon
a|cotedesroses|B|2023|Côte des Roses rosé — Gérard Bertrand
a|vignelaure|B|2019|Château Vignelaure rouge
a|mordoree|B|2024|Tavel « La Dame Rousse » Mordorée
n|-food|X||Glace 2 boules # ice cream
n|-food|X||Café liégeois # dessert
n|-food|X||Salade niçoise # dish
n|-food|X||Panisses # dish
n|-food|X||Tapenade et croûtons # food
n|-chaud|X||Café glacé # coffee
n|-soft|X||Thé glacé maison # house iced tea, not in the library
n|-soft|X||Citronnade maison # house lemonade, not in the library
n|-autre|X||Spritz Apérol # cocktail
n|-autre|X||Mojito # cocktail
n|-autre|X||Perroquet # mixed drink (pastis and mint syrup)
n|-biere|DEMI||Monaco # mixed drink (beer, lemonade, grenadine)
n|-vin|B||Rosé du moment # generic label
n|-vin|G||Rosé de Provence # generic label
n|-vin|P50||Rosé en pichet # generic label
n|-vin|B||Côtes de Provence rosé # several Côtes de Provence rosés held
n|-vin|B||Tavel rosé # two Tavels held
n|-vin|B150||Sainte-Roseline Prestige rosé # no magnum of Sainte Roseline
n|-vin|B150||Mirabeau Pure # no magnum of Mirabeau
n|-vin|B37||Château Minuty Prestige rosé # no half bottle of Minuty Prestige
n|-vin|B||Minuty 281 # another Minuty cuvée
n|-vin|B||Rock Angel # another Esclans wine
n|-vin|B||Garrus, Château d'Esclans # another Esclans wine
n|-vin|B||Clos Mireille blanc, Domaines Ott # another Ott wine
n|-vin|B||Château Minuty Rose et Or # another Minuty cuvée
n|-vin|B||Lampe de Méduse blanc # colour not held
n|-vin|B||Miraval rosé # not held
n|-vin|B||Château Simone # three colours held, label gives none
n|-vin|B||Château Gassier 946 # another Gassier cuvée
n|-vin|B||La Vieille Ferme blanc # colour not held
n|-champagne|B150||Taittinger Brut Réserve # no magnum of Taittinger
n|-champagne|B||Taittinger Comtes de Champagne # another Taittinger wine
n|-biere|PINTE||Corona # Corona is held only in bottle
n|-biere|B33||Bonne Fontaine blonde # the blonde is held only on draught
n|-soft|B100||Coca-Cola # Coca-Cola held only in 33 cl
n|-service|X||Carafe d'eau # tap water
n|-service|X||Seau à glace # service
"""
