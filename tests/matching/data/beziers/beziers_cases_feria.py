"""FERIA: the feria's temporary counter under the arenas, a rented touch till that sells for
jetons: the price in tokens first (`3J`), then a short measure word and a very short name as
the seasonal staff typed it, an optional vintage as 'yy, all cut at 20 characters.
Drink rows: key|measure|vintage typed|text.   Other rows: -|measure|vintage|family|text|reason."""

CASES = """
kro_f|demi||Kro
kro_f|pinte||Kro
kro_f|girafe||Kro
grim_f|demi||Grim Blonde
grim_f|pinte||Grim Bl
grim_amb_f|pinte||Grim Ambrée
grim_amb_f|girafe||Grim Amb
blanc1664_f|pinte||1664 Blanc
guinness_f|demi||Guinness
guinness_f|girafe||Guinness
alaryk_f|pinte||Alaryk Bl
estrella|b33||Estrella
corona|b355||Corona
heineken|b25||Heineken
leffe|b33||Leffe
chimay_b|b33||Chimay
alaryk_ipa|b33||IPA Alaryk
ricard|dose2||Ricard
ricard|dose4||Ricard
p51|dose2||51
janot|dose2||Janot
suze|dose||Suze
patron|dose||Patron
greygoose|dose||Grey Goose
havana3|dose||Havana 3
jack|dose||Jack
felines|glass||Picpoul Félines
morny|glass||Morny
morny|btl||Duc de Morny
gris_blanc|glass||Gris Blanc
gris_blanc|btl|2023|Gris Blanc
colombette_rs|glass||Colombette rosé
colombette_rg|glass||Colombette rge
rose_aurore|glass||Aurore
m_minuty|glass||M Minuty
antech_rs|glass||Antech rosé
col_vents_rs|glass||Col Vents rs
coca|b33||Coca
coca_z|b33||Coca Zéro
perrier|b33||Perrier
evian|b50||Evian
vittel|b100||Vittel
felines|glass|2021|Félines
gris_blanc|glass|2022|Gris Blanc
maghani|glass|2019|Maghani
barral|glass|2017|Barral
arbouse|glass|2020|Arbouse
arbouse|btl|2019|Arbouse
la_nine|glass|2020|La Nine
olivette|glass|2022|Olivette
morny|btl|2024|Morny
m_minuty|btl|2022|M Minuty
beauvignac|glass|2022|Beauvignac
alaric|glass|2020|Alaric
schistes|glass|2021|Schistes
champart_causse|glass|2020|Causse B.
guigal_cdr|glass|2022|Guigal
col_vents_rs|btl|2022|Col Vents rs
gris_blanc|half||Gris Blanc
colombette_rs|mag||Colombette rs
estrella|pinte||Estrella
corona|pinte||Corona
heineken|b33||Heineken
-|pich50|||Sangria|sangria is mixed at the bar, not a drink of the library
-|glass|||Sangria|sangria is mixed at the bar
-|pinte|||Panaché|mixed drink
-|demi|||Monaco|mixed drink
-|pinte|||Picon Bière|mixed drink
-|dose2|||Mauresque|mixed drink
-|dose2|||Perroquet|mixed drink
-|dose2|||Pastis|generic pastis: five held
-|demi|||Grim|Grimbergen alone: blonde and ambrée held on draught
-|demi|||Bière|generic beer
-|glass|||Rosé|generic rosé
-|glass|||Rouge|generic red
-|glass|||Picpoul|four Picpoul de Pinet held
-|glass|||Faugères|several Faugères held
-|btl|||Champagne|generic champagne
-|dose|||Whisky|generic whisky
-|dose|||Rhum|generic rum
-|dose|||Vodka Red Bull|mixed drink
-|dose|||Get 31|Get 31 not held
-|dose|||Havana 7|Havana Club 7 ans: only the 3 ans is held
-|b33|||Coca Light|not held
-|b33|||Eau|generic water
-||||Jeton|a loose token sold
-||||Bocadillo|food
-||||Chichis|food: fried dough
-||||Paella|food
-||||Ecocup|the deposit cup
-||||Ticket Corrida|a bullfight ticket
-|glass|||Vin du moment|generic wine
-|btl|||Clairette|Clairette du Languedoc: not held
-|glass|||Muscat Frontignan|Muscat de Frontignan: not held
"""
