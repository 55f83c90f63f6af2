"""tablette: the terrace waiters' tablet. One case a line:
EXPECT|key|measure|vintage|the button's caption before its vintage|reason (for a none)"""

CASES = """
Y|sr_prieure_rs|b|2024|Ste Roseline Prieuré rosé|
Y|sr_prieure_rs|m|2023|Ste Roseline Prieuré rosé|
Y|sr_prieure_bl|b|2023|Prieuré blanc Ste Roseline|
Y|sr_lampe|m|2024|Lampe de Méduse|
Y|berne_insp|b|2024|Château de Berne Inspiration|
Y|berne_insp|m|2024|Berne Inspiration|
Y|berne_rom|b|2024|Berne Romance rosé|
Y|wa|b|2024|Whispering Angel|
Y|wa|b|2023|Whispering Angel|
Y|wa|h|2024|Whispering Angel|
Y|rock|b|2023|Rock Angel|
Y|rasque_madame|b|2023|Clos Madame Rasque|
Y|rasque_pn|b|2020|Rasque Pièce Noble rouge|
Y|stmartin|b|2024|Saint-Martin Grande Réserve|
Y|correns_fees|b|2021|L'Âme des Fées Correns|
Y|cartenoire|m|2024|Carte Noire rosé|
Y|minuty_prest|b|2023|Minuty Prestige rosé|
Y|miraval|b|2023|Miraval rosé|
Y|mentone_rs|b|2023|Château Mentone rosé|
Y|mentone_rg|b|2019|Château Mentone rouge|
Y|peyrassol|b|2024|Commanderie de Peyrassol|
Y|routas|b|2024|Château Routas rosé|
Y|escarelle_rs|b|2023|Escarelle rosé|
Y|tempier_rg|b|2021|Tempier rouge|
Y|pibarnon_rg|b|2019|Pibarnon rouge|
Y|suffrene_rs|m|2024|La Suffrène rosé|
Y|lafran|b|2019|Lafran-Veyrolles rouge|
Y|romassan|b|2023|Ott Château Romassan|
Y|saintemagd|b|2023|Clos Ste Magdeleine Cassis|
Y|saintemagd|h|2023|Ste Magdeleine|
Y|vt|m|2019|Vieux Télégraphe La Crau|
Y|santaduc|b|2019|Gigondas Santa Duc|
Y|floureto|b|2020|Vacqueyras Floureto|
Y|guigal_cdr|h|2021|Guigal Côtes du Rhône|
Y|taitt|cp||Taittinger Brut Réserve|
Y|taitt_rose|b||Taittinger Prestige Rosé|
Y|moet|b||Moët Impérial|
Y|lillet|g||Lillet blanc|
Y|rinquinquin|g||Rinquinquin|
Y|k1664|pinte||Kronenbourg 1664|
Y|affligem|pinte||Affligem blonde|
Y|pietra|s33||Pietra|
Y|cocazero|s33||Coca-Cola Zéro|
Y|lipton|s25||Ice Tea pêche|
Y|evian|s100||Evian|
Y|sanpe|s100||San Pellegrino|
Y|farigoule|d||Farigoule|
Y|limoncello|d||Limoncello|
A|wa|b|2022|Whispering Angel|
A|rock|b|2024|Rock Angel|
A|miraval|b|2021|Miraval rosé|
A|berne_insp|m|2023|Berne Inspiration|
A|tempier_rg|b|2022|Tempier rouge|
A|pibarnon_rg|b|2020|Pibarnon rouge|
A|rasque_pn|b|2019|Pièce Noble Rasque|
A|vt|b|2020|Vieux Télégraphe|
A|lalieue|b|2021|Château La Lieue|
A|mentone_rs|b|2024|Château Mentone rosé|
A|sr_lampe|b|2023|Lampe de Méduse|
A|floureto|b|2021|Vacqueyras Floureto|
A|durban|b|2020|Muscat de Durban|
A|suffrene_rg|b|2019|La Suffrène rouge|
A|escarelle_rg|b|2021|Escarelle rouge|
N|-||0|Glace 2 boules|ice cream
N|-||0|Café gourmand|dessert and coffee
N|-||0|Salade niçoise|food
N|-||0|Assiette de panisses|food
N|-||0|Tarte tropézienne|dessert
N|-||0|Pan bagnat|food
N|-||0|Eau en carafe|tap water
N|-||0|Droit de bouchon|service
N|-||0|Spritz Aperol|cocktail
N|-||0|Mojito|cocktail
N|-||0|Gin tonic Hendrick's|cocktail on a held gin
N|-|g|0|Rosé pamplemousse|rosé with grapefruit syrup
N|tempier_rg|m|2021|Tempier rouge|magnum not held
N|miraval|m|2024|Miraval rosé|magnum not held
N|rock|m|2023|Rock Angel|magnum not held
N|sr_lampe|h|2024|Lampe de Méduse|half bottle not held
N|taitt|m|0|Taittinger Brut Réserve|magnum not held
N|moet|m|0|Moët Impérial|magnum not held
N|perrier|s100|0|Perrier|1 l not held
N|coca|s150|0|Coca-Cola|1.5 l not held
N|leffe|pinte|0|Leffe blonde|bottled beer, no pinte
N|-|b|2024|Minuty 281 rosé|Minuty 281 not held
N|-|b|2024|Berne Émotion|Berne's Émotion not held
N|-|b|2021|Esclans Garrus|Garrus not held
N|-|b|2023|Clos Ste Magdeleine rosé|Sainte Magdeleine rosé not held
N|-|b|2020|Tempier Cabassaou|Tempier's Cabassaou not held
N|-|b|2023|Pibarnon blanc|Pibarnon white not held
N|-|b|2024|Miraval blanc|Miraval white not held
N|-|b|2020|Bandol rouge|two Bandol reds in 2020
N|-|g|0|Côtes de Provence rosé|generic rosé
N|-|b|2024|Coteaux Varois rosé|four Coteaux Varois rosés
N|-|b|2024|Sainte Roseline rosé|two Sainte Roseline rosés in 2024
N|-|d|0|Havana Club|Havana 3 and 7 both held
N|-|d|0|Chivas 18 ans|Chivas 18 not held
"""
