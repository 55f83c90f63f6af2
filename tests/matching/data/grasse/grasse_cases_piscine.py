"""piscine: the pool bar's tablet, button › option › modifiers (key|measure|vintage|option@modifier...|family|reason)."""
CASES = """
m_minuty|glass|2023|M de Minuty@+ glaçons
m_minuty|mag|2023|M de Minuty@+ seau à glace
m_minuty|glass|2024|M de Minuty
minuty_prestige|jero|2022|Minuty Prestige@+ seau
minuty_281|btl|2023|Minuty 281
whispering|jero|2022|Whispering Angel@+ seau@+ 6 verres
whispering|mag|2024|Whispering Angel@+ seau
whispering|p50|2023|Whispering Angel
rock_angel|glass||Rock Angel@+ glaçons
rock_angel|mag|2023|Rock Angel
rock_angel|btl|2021|Rock Angel
-|btl|2023|Château d'Esclans|RS|the cuvée Château d'Esclans not held
miraval|jero|2023|Miraval
miraval|mag|2022|Miraval@+ seau
ott_selle|btl|2023|Château de Selle (Ott)
-|btl|2023|Ott Étoile|RS|Domaines Ott's Étoile not held
-|glass|2022|Léoube|RS|Léoube alone: two Léoube rosés held
leoube_rose|glass|2023|Rosé de Léoube@sans glaçons
symphonie|btl|2022|Sainte-Marguerite Symphonie
-|btl|2023|Sainte-Marguerite Fantastique|RS|Sainte-Marguerite's Fantastique not held
triennes|p25|2022|Triennes
tempier_rs|glass|2023|Tempier
tempier_rs|mag|2023|Bandol Tempier@+ seau
pibarnon_rs|glass|2023|Pibarnon
-|glass|2023|Bandol|RS|Bandol rosé: two producers held
bellet_rs|glass|2022|Château de Bellet
bellet_bl|glass|2022|Château de Bellet
clos_st_vincent|glass|2022|Clos Saint-Vincent
magdeleine_bl|half|2022|Clos Sainte Magdeleine
magdeleine_bl|glass|2024|Clos Sainte Magdeleine
bagnol|btl|2023|Domaine du Bagnol
-|glass|2023|Cassis|BL|Cassis blanc: two producers held
-|btl|2023|Cassis Bagnol|RS|Bagnol rosé not held
simone_bl|btl|2020|Château Simone
-|btl|2023|Château Simone|RS|Château Simone rosé not held
guigal_condrieu|btl|2022|Condrieu Guigal
-|glass||Rosé du moment|RS|generic
-|p50||Rosé maison@+ glaçons|RS|house rosé not in the library
moet_imperial|coupe||Moët Impérial
moet_imperial|jero||Moët Impérial@+ seau@+ 12 flûtes
moet_rose|mag||Moët Rosé Impérial
ruinart_bdb|btl||Ruinart Blanc de Blancs@+ seau
ruinart_rose|coupe||Ruinart Rosé
-|coupe||Ruinart|CH|Ruinart alone: three held
lp_rose|mag||Laurent-Perrier Rosé
dom_perignon|btl|2012|Dom Pérignon@+ seau
krug|coupe||Krug
-|coupe||Champagne du moment|CH|generic
bollinger|coupe||Bollinger Special Cuvée
k1664|pinte||1664
affligem_blanche|pinte||Affligem Blanche@+ rondelle citron
affligem_blanche|demi||Affligem
grimbergen|pinte||Grimbergen
-|demi||Grimbergen Blanche|BI|Grimbergen Blanche not held
blanc1664|b25||1664 Blanc
blanc1664|pinte||1664 Blanc
desperados|b33||Desperados@+ citron vert
corona|b355||Corona@+ citron vert
-|b33||Leffe Ruby|BI|Leffe Ruby not held
heineken00|b33||Heineken 0.0
-|b33||Heineken|BI|only the alcohol-free Heineken held
-|pinte||Monaco|BI|mixed drink
-|demi||Panaché|BI|mixed drink
gin_mare|dose||Gin Mare@+ romarin
tanq_ten|dose||Tanqueray Ten@+ concombre
-|dose||Tanqueray London Dry|SP|Tanqueray London Dry not held
monkey47|dose||Monkey 47
grey_goose|btl||Grey Goose@+ seau@+ softs
diplomatico|dose||Diplomatico Reserva
havana7|dose||Havana 7 ans
don_julio|dose||Don Julio Blanco@+ citron vert@+ sel
-|dose||Don Julio Reposado|SP|Reposado not held
hennessy_vs|dose||Hennessy VS
-|dose||Vodka|SP|generic
pastis51|d2||Pastis 51@+ carafe d'eau
bardouin|d2||Bardouin
lillet|glass||Lillet Blanc@+ glaçons
-|glass||Lillet Rosé|AP|Lillet Rosé not held
campari|dose||Campari
martini_bianco|dose||Martini Bianco@+ glaçons
-|dose||Martini Rosso|AP|Martini Rosso not held
coca|b33||Coca-Cola@+ glaçons@+ citron
coca_zero|b33||Coca Zéro
ft_indian|b20||Fever-Tree Indian
ft_med|b20||Fever-Tree Méditerranée
-|b20||Fever-Tree Ginger Beer|SO|not held
evian|b100||Evian
evian|b50||Evian@+ glaçons
badoit|b50||Badoit
orangina|b25||Orangina
-|||Rosé pamplemousse|CK|mixed at the bar
-|||Spritz Aperol|CK|cocktail
-|||Mojito|CK|cocktail
-|||Club sandwich@sans mayo|FD|food
-|||Glace 2 boules@vanille@fraise|DS|ice cream
-|||Café glacé|HB|coffee
-|||Location transat|SV|service
-|||Cabana journée|SV|service
""".strip().splitlines()
