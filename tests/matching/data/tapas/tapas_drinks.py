"""Drinks of "Taberna La Cigala" (Paris 10e): key -> fields and (vintage, format_cl) list.

Library order follows this list; ids tp001... are given in order by build_tapas.py.
"""
AND = "Andalousie"
RIO = "Rioja"
CYL = "Castille-et-León"
ESP = "Espagne"
JEREZ = "Jerez-Xérès-Sherry"
MANZ = "Manzanilla-Sanlúcar de Barrameda"

# key, name, producer, appellation, region, country, colour, category, [(vintage, format)]
DRINKS = [
    # Sherries (vins de liqueur; dry styles blanc, Pedro Ximénez liquoreux)
    ("tiopepe", "Tío Pepe Fino", "González Byass", JEREZ, AND, ESP, "blanc", "vin", [(None, 75), (None, 37.5)]),
    ("vinaab", "Viña AB Amontillado", "González Byass", JEREZ, AND, ESP, "blanc", "vin", [(None, 75)]),
    ("alfonso", "Alfonso Oloroso", "González Byass", JEREZ, AND, ESP, "blanc", "vin", [(None, 75)]),
    ("leonor", "Leonor Palo Cortado", "González Byass", JEREZ, AND, ESP, "blanc", "vin", [(None, 75)]),
    ("nectar", "Néctar Pedro Ximénez", "González Byass", JEREZ, AND, ESP, "liquoreux", "vin", [(None, 75)]),
    ("lu_fino", "Puerto Fino", "Lustau", JEREZ, AND, ESP, "blanc", "vin", [(None, 75)]),
    ("lu_manz", "Papirusa Manzanilla", "Lustau", MANZ, AND, ESP, "blanc", "vin", [(None, 75)]),
    ("lu_amont", "Los Arcos Amontillado", "Lustau", JEREZ, AND, ESP, "blanc", "vin", [(None, 75)]),
    ("lu_olor", "Don Nuño Oloroso", "Lustau", JEREZ, AND, ESP, "blanc", "vin", [(None, 75)]),
    ("lu_pc", "Península Palo Cortado", "Lustau", JEREZ, AND, ESP, "blanc", "vin", [(None, 75)]),
    ("gitana", "La Gitana Manzanilla", "Bodegas Hidalgo", MANZ, AND, ESP, "blanc", "vin", [(None, 75), (None, 37.5)]),
    ("napoleon", "Napoleón Amontillado", "Bodegas Hidalgo", JEREZ, AND, ESP, "blanc", "vin", [(None, 75)]),
    ("faraon", "Faraón Oloroso", "Bodegas Hidalgo", JEREZ, AND, ESP, "blanc", "vin", [(None, 75)]),
    ("triana", "Triana Pedro Ximénez", "Bodegas Hidalgo", JEREZ, AND, ESP, "liquoreux", "vin", [(None, 50)]),
    ("wellington", "Wellington Palo Cortado VOS 20 años", "Bodegas Hidalgo", JEREZ, AND, ESP, "blanc", "vin", [(None, 50)]),
    ("solear", "Solear Manzanilla", "Barbadillo", MANZ, AND, ESP, "blanc", "vin", [(None, 75)]),
    ("tiodiego", "Tío Diego Amontillado", "Valdespino", JEREZ, AND, ESP, "blanc", "vin", [(None, 75)]),
    ("inocente", "Inocente Fino", "Valdespino", JEREZ, AND, ESP, "blanc", "vin", [(None, 75)]),
    # Rioja by ageing class
    ("cac_cza", "Marqués de Cáceres Crianza", "Marqués de Cáceres", "Rioja", RIO, ESP, "rouge", "vin", [(2019, 75), (2020, 75), (2019, 150)]),
    ("cac_rva", "Marqués de Cáceres Reserva", "Marqués de Cáceres", "Rioja", RIO, ESP, "rouge", "vin", [(2016, 75), (2017, 75)]),
    ("cac_gr", "Marqués de Cáceres Gran Reserva", "Marqués de Cáceres", "Rioja", RIO, ESP, "rouge", "vin", [(2012, 75)]),
    ("cac_ros", "Marqués de Cáceres Rosado", "Marqués de Cáceres", "Rioja", RIO, ESP, "rosé", "vin", [(2024, 75)]),
    ("fau_vii", "Faustino VII", "Bodegas Faustino", "Rioja", RIO, ESP, "rouge", "vin", [(2022, 75)]),
    ("fau_v", "Faustino V Reserva", "Bodegas Faustino", "Rioja", RIO, ESP, "rouge", "vin", [(2017, 75), (2018, 75)]),
    ("fau_i", "Faustino I Gran Reserva", "Bodegas Faustino", "Rioja", RIO, ESP, "rouge", "vin", [(2011, 75), (2012, 75), (2011, 150)]),
    ("rb_cza", "Ramón Bilbao Crianza", "Bodegas Ramón Bilbao", "Rioja", RIO, ESP, "rouge", "vin", [(2020, 75), (2021, 75), (2020, 37.5)]),
    ("rb_rva", "Ramón Bilbao Reserva", "Bodegas Ramón Bilbao", "Rioja", RIO, ESP, "rouge", "vin", [(2018, 75)]),
    ("rb_gr", "Ramón Bilbao Gran Reserva", "Bodegas Ramón Bilbao", "Rioja", RIO, ESP, "rouge", "vin", [(2015, 75)]),
    ("cv_joven", "Campo Viejo Tempranillo", "Campo Viejo", "Rioja", RIO, ESP, "rouge", "vin", [(2023, 75)]),
    # Ribera del Duero
    ("vp_cza", "Viña Pedrosa Crianza", "Pérez Pascuas", "Ribera del Duero", CYL, ESP, "rouge", "vin", [(2020, 75), (2021, 75), (2020, 150)]),
    ("vp_rva", "Viña Pedrosa Reserva", "Pérez Pascuas", "Ribera del Duero", CYL, ESP, "rouge", "vin", [(2018, 75)]),
    ("vp_gr", "Viña Pedrosa Gran Reserva", "Pérez Pascuas", "Ribera del Duero", CYL, ESP, "rouge", "vin", [(2015, 75), (2016, 75)]),
    ("arz_cza", "Arzuaga Crianza", "Arzuaga Navarro", "Ribera del Duero", CYL, ESP, "rouge", "vin", [(2021, 75)]),
    ("arz_rva", "Arzuaga Reserva", "Arzuaga Navarro", "Ribera del Duero", CYL, ESP, "rouge", "vin", [(2018, 75), (2019, 75)]),
    ("carraovejas", "Pago de Carraovejas", "Pago de Carraovejas", "Ribera del Duero", CYL, ESP, "rouge", "vin", [(2021, 75), (2020, 150)]),
    ("sastre", "Viña Sastre Roble", "Hermanos Sastre", "Ribera del Duero", CYL, ESP, "rouge", "vin", [(2023, 75)]),
    # Galicia, Rueda, Priorat
    ("mardefrades", "Mar de Frades Albariño", "Mar de Frades", "Rías Baixas", "Galice", ESP, "blanc", "vin", [(2023, 75), (2024, 75)]),
    ("pacolola", "Paco & Lola Albariño", "Paco & Lola", "Rías Baixas", "Galice", ESP, "blanc", "vin", [(2024, 75)]),
    ("zarate", "Zárate Albariño", "Bodegas Zárate", "Rías Baixas", "Galice", ESP, "blanc", "vin", [(2023, 75)]),
    ("pariente", "José Pariente Verdejo", "Bodegas José Pariente", "Rueda", CYL, ESP, "blanc", "vin", [(2023, 75), (2024, 75)]),
    ("naia", "Naia Verdejo", "Bodegas Naia", "Rueda", CYL, ESP, "blanc", "vin", [(2024, 75)]),
    ("belondrade", "Belondrade y Lurton", "Belondrade", "Rueda", CYL, ESP, "blanc", "vin", [(2021, 75)]),
    ("camins", "Camins del Priorat", "Álvaro Palacios", "Priorat", "Catalogne", ESP, "rouge", "vin", [(2022, 75), (2023, 75)]),
    ("terrasses", "Les Terrasses", "Álvaro Palacios", "Priorat", "Catalogne", ESP, "rouge", "vin", [(2020, 75), (2021, 75)]),
    ("mogador", "Clos Mogador", "René Barbier", "Priorat", "Catalogne", ESP, "rouge", "vin", [(2019, 75)]),
    ("crestes", "Les Crestes", "Mas Doix", "Priorat", "Catalogne", ESP, "rouge", "vin", [(2021, 75)]),
    # Cava
    ("anna_brut", "Anna de Codorníu Brut", "Codorníu", "Cava", "Catalogne", ESP, "effervescent", "vin", [(None, 75), (None, 150)]),
    ("anna_bn", "Anna de Codorníu Brut Nature", "Codorníu", "Cava", "Catalogne", ESP, "effervescent", "vin", [(None, 75)]),
    ("anna_ros", "Anna de Codorníu Rosé", "Codorníu", "Cava", "Catalogne", ESP, "rosé", "vin", [(None, 75)]),
    ("heredad", "Reserva Heredad Brut", "Segura Viudas", "Cava", "Catalogne", ESP, "effervescent", "vin", [(None, 75)]),
    ("sv_brut", "Segura Viudas Brut Reserva", "Segura Viudas", "Cava", "Catalogne", ESP, "effervescent", "vin", [(None, 75), (None, 37.5)]),
    # French wines
    ("guigal", "Côtes du Rhône", "E. Guigal", "Côtes du Rhône", "Vallée du Rhône", "France", "rouge", "vin", [(2020, 75), (2021, 75)]),
    ("baronnes", "Sancerre Les Baronnes", "Henri Bourgeois", "Sancerre", "Loire", "France", "blanc", "vin", [(2023, 75)]),
    ("minuty", "M de Minuty", "Château Minuty", "Côtes de Provence", "Provence", "France", "rosé", "vin", [(2024, 75)]),
    ("cantemerle", "Château Cantemerle", "Château Cantemerle", "Haut-Médoc", "Bordeaux", "France", "rouge", "vin", [(2016, 75), (2018, 75)]),
    ("deutz", "Deutz Brut Classic", "Deutz", "Champagne", "Champagne", "France", "effervescent", "champagne", [(None, 75), (None, 37.5), (None, 150)]),
    # Vermut
    ("miro", "Vermut Miró Rojo (grifo)", "Vermuts Miró", "Vermut de Reus", "Catalogne", ESP, None, "autre", [(None, 2000)]),
    ("lu_vrojo", "Vermut Lustau Rojo", "Lustau", "Vermut", AND, ESP, None, "autre", [(None, 75)]),
    ("lu_vblanco", "Vermut Lustau Blanco", "Lustau", "Vermut", AND, ESP, None, "autre", [(None, 75)]),
    # Spirits
    ("zoco", "Pacharán Zoco", "Zoco", "Pacharán Navarro", "Navarre", ESP, None, "spiritueux", [(None, 100)]),
    ("baines", "Pacharán Baines", "Baines", "Pacharán Navarro", "Navarre", ESP, None, "spiritueux", [(None, 70)]),
    ("rv_hierbas", "Ruavieja Licor de Hierbas", "Ruavieja", "Orujo de Galicia", "Galice", ESP, None, "spiritueux", [(None, 70)]),
    ("rv_orujo", "Ruavieja Aguardiente de Orujo", "Ruavieja", "Orujo de Galicia", "Galice", ESP, None, "spiritueux", [(None, 70)]),
    ("soberano", "Soberano Solera", "González Byass", "Brandy de Jerez", AND, ESP, None, "spiritueux", [(None, 70)]),
    ("lepanto", "Lepanto Solera Gran Reserva", "González Byass", "Brandy de Jerez", AND, ESP, None, "spiritueux", [(None, 70)]),
    ("mendoza", "Cardenal Mendoza Solera Gran Reserva", "Sánchez Romate", "Brandy de Jerez", AND, ESP, None, "spiritueux", [(None, 70)]),
    ("carlos1", "Carlos I Solera Gran Reserva", "Osborne", "Brandy de Jerez", AND, ESP, None, "spiritueux", [(None, 70)]),
    ("carlos3", "Carlos III Solera Reserva", "Osborne", "Brandy de Jerez", AND, ESP, None, "spiritueux", [(None, 70)]),
    ("veterano", "Veterano Solera", "Osborne", "Brandy de Jerez", AND, ESP, None, "spiritueux", [(None, 70)]),
    ("dyc8", "DYC 8 años", "DYC", None, "Castille-et-León", ESP, None, "spiritueux", [(None, 70)]),
    ("licor43", "Licor 43", "Diego Zamora", None, "Murcie", ESP, None, "spiritueux", [(None, 70)]),
    ("ginmare", "Gin Mare", "Gin Mare", None, "Catalogne", ESP, None, "spiritueux", [(None, 70)]),
    # Beers
    ("estrella", "Estrella Damm", "Damm", None, "Catalogne", ESP, None, "bière", [(None, 3000), (None, 33)]),
    ("voll", "Voll-Damm Doble Malta", "Damm", None, "Catalogne", ESP, None, "bière", [(None, 33)]),
    ("inedit", "Inedit", "Damm", None, "Catalogne", ESP, None, "bière", [(None, 75)]),
    ("mahou5", "Mahou Cinco Estrellas", "Mahou", None, "Madrid", ESP, None, "bière", [(None, 3000), (None, 33)]),
    ("mahouclas", "Mahou Clásica", "Mahou", None, "Madrid", ESP, None, "bière", [(None, 20)]),
    ("alh1925", "Alhambra Reserva 1925", "Cervezas Alhambra", None, AND, ESP, None, "bière", [(None, 33)]),
    ("alhroja", "Alhambra Reserva Roja", "Cervezas Alhambra", None, AND, ESP, None, "bière", [(None, 33)]),
    ("alhesp", "Alhambra Especial", "Cervezas Alhambra", None, AND, ESP, None, "bière", [(None, 2000)]),
    # Softs and waters
    ("coca", "Coca-Cola", "Coca-Cola", None, None, ESP, None, "soft", [(None, 33)]),
    ("cocazero", "Coca-Cola Zero", "Coca-Cola", None, None, ESP, None, "soft", [(None, 33)]),
    ("fanta", "Fanta Naranja", "Coca-Cola", None, None, ESP, None, "soft", [(None, 33)]),
    ("kaslimon", "Kas Limón", "Kas", None, None, ESP, None, "soft", [(None, 33)]),
    ("solan", "Solán de Cabras", "Solán de Cabras", None, "Castille-La Manche", ESP, None, "soft", [(None, 50), (None, 100)]),
    ("vichy", "Vichy Catalan", "Vichy Catalan", None, "Catalogne", ESP, None, "soft", [(None, 50)]),
    ("mosto", "Mosto Zuvit Tinto", "Zuvit", None, None, ESP, None, "soft", [(None, 20)]),
    ("schweppes", "Schweppes Tónica", "Schweppes", None, None, ESP, None, "soft", [(None, 20)]),
]
