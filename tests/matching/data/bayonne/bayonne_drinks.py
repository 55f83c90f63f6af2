"""Le Petit Bayonne: the drinks library, one family a line.

A family is (key, name, producer, appellation, region, country, colour, category,
{format_cl: [vintages]}). Each (format, vintage) becomes one library entry; a family's
formats are different wines in the bench sense (a half or a magnum is its own entry).
"""

SO, FR, ES = "Sud-Ouest", "France", "Espagne"
PB = "Pays basque"

FAMILIES = [
    # Irouléguy
    ("mourguy", "Domaine Mourguy", "Domaine Mourguy", "Irouléguy", SO, FR, "rouge", "vin", {75: [2019, 2020], 150: [2018]}),
    ("abotia", "Domaine Abotia", "Domaine Abotia", "Irouléguy", SO, FR, "rouge", "vin", {75: [2020]}),
    ("ilarria_rg", "Domaine Ilarria", "Domaine Ilarria", "Irouléguy", SO, FR, "rouge", "vin", {75: [2019, 2021]}),
    ("ilarria_rs", "Domaine Ilarria", "Domaine Ilarria", "Irouléguy", SO, FR, "rosé", "vin", {75: [2023]}),
    ("brana_rg", "Domaine Brana", "Domaine Brana", "Irouléguy", SO, FR, "rouge", "vin", {75: [2020]}),
    ("brana_bl", "Domaine Brana", "Domaine Brana", "Irouléguy", SO, FR, "blanc", "vin", {75: [2022]}),
    ("gorri", "Gorri d'Ansa", "Cave d'Irouléguy", "Irouléguy", SO, FR, "rouge", "vin", {75: [2021], 37.5: [2021]}),
    ("xuri", "Xuri d'Ansa", "Cave d'Irouléguy", "Irouléguy", SO, FR, "blanc", "vin", {75: [2022]}),
    ("argi", "Argi d'Ansa", "Cave d'Irouléguy", "Irouléguy", SO, FR, "rosé", "vin", {75: [2023]}),
    ("hegoxuri", "Hegoxuri", "Domaine Arretxea", "Irouléguy", SO, FR, "blanc", "vin", {75: [2021]}),
    # Madiran, Pacherenc
    ("montus", "Château Montus", "Alain Brumont", "Madiran", SO, FR, "rouge", "vin", {75: [2016, 2018], 150: [2015]}),
    ("montus_bl", "Château Montus Blanc", "Alain Brumont", "Pacherenc du Vic-Bilh", SO, FR, "blanc", "vin", {75: [2020]}),
    ("bouscasse", "Château Bouscassé", "Alain Brumont", "Madiran", SO, FR, "rouge", "vin", {75: [2019]}),
    ("aydie", "Château d'Aydie", "Famille Laplace", "Madiran", SO, FR, "rouge", "vin", {75: [2017, 2018]}),
    ("ode", "Odé d'Aydie", "Famille Laplace", "Madiran", SO, FR, "rouge", "vin", {75: [2020, 2021]}),
    # Béarn
    ("lapeyre_rg", "Domaine Lapeyre", "Domaine Lapeyre", "Béarn", SO, FR, "rouge", "vin", {75: [2021]}),
    ("lapeyre_rs", "Domaine Lapeyre", "Domaine Lapeyre", "Béarn", SO, FR, "rosé", "vin", {75: [2023]}),
    # Jurançon
    ("chant", "Chant des Vignes", "Domaine Cauhapé", "Jurançon sec", SO, FR, "blanc", "vin", {75: [2022, 2023]}),
    ("symph", "Symphonie de Novembre", "Domaine Cauhapé", "Jurançon", SO, FR, "liquoreux", "vin", {50: [2019, 2021]}),
    ("partdavant", "La Part Davant", "Camin Larredya", "Jurançon sec", SO, FR, "blanc", "vin", {75: [2021, 2022]}),
    ("castera_sec", "Jurançon Sec", "Domaine Castéra", "Jurançon sec", SO, FR, "blanc", "vin", {75: [2022]}),
    ("castera_moel", "Jurançon", "Domaine Castéra", "Jurançon", SO, FR, "liquoreux", "vin", {75: [2020], 37.5: [2020]}),
    ("marie", "Cuvée Marie", "Clos Uroulat", "Jurançon sec", SO, FR, "blanc", "vin", {75: [2021]}),
    # Côtes de Gascogne
    ("tariquet_classic", "Tariquet Classic", "Domaine du Tariquet", "Côtes de Gascogne", SO, FR, "blanc", "vin", {75: [2023]}),
    ("tariquet_grives", "Premières Grives", "Domaine du Tariquet", "Côtes de Gascogne", SO, FR, "liquoreux", "vin", {75: [2023]}),
    # Rioja
    ("muga_res", "Muga Reserva", "Bodegas Muga", "Rioja", "Rioja", ES, "rouge", "vin", {75: [2018, 2019], 150: [2017]}),
    ("muga_rosado", "Muga Rosado", "Bodegas Muga", "Rioja", "Rioja", ES, "rosé", "vin", {75: [2023]}),
    ("riscal_res", "Marqués de Riscal Reserva", "Marqués de Riscal", "Rioja", "Rioja", ES, "rouge", "vin", {75: [2018]}),
    ("bilbao_cza", "Ramón Bilbao Crianza", "Bodegas Ramón Bilbao", "Rioja", "Rioja", ES, "rouge", "vin", {75: [2020, 2021], 37.5: [2021]}),
    ("canas_cza", "Luis Cañas Crianza", "Bodegas Luis Cañas", "Rioja", "Rioja", ES, "rouge", "vin", {75: [2020]}),
    ("campo_res", "Campo Viejo Reserva", "Campo Viejo", "Rioja", "Rioja", ES, "rouge", "vin", {75: [2018]}),
    # Txakoli
    ("gaintza", "Gaintza", "Txakoli Gaintza", "Getariako Txakolina", PB, ES, "blanc", "vin", {75: [2022, 2023]}),
    ("txomin", "Txomin Etxaniz", "Txomin Etxaniz", "Getariako Txakolina", PB, ES, "blanc", "vin", {75: [2023], 150: [2022]}),
    ("rubentis", "Rubentis", "Ameztoi", "Getariako Txakolina", PB, ES, "rosé", "vin", {75: [2023]}),
    ("itsasmendi", "Itsasmendi", "Bodegas Itsasmendi", "Bizkaiko Txakolina", PB, ES, "blanc", "vin", {75: [2023]}),
    # Champagne
    ("moet", "Moët Impérial Brut", "Moët & Chandon", "Champagne", "Champagne", FR, "effervescent", "champagne", {75: [None], 150: [None]}),
    ("moet_rose", "Moët Rosé Impérial", "Moët & Chandon", "Champagne", "Champagne", FR, "rosé", "champagne", {75: [None]}),
    ("vcp", "Veuve Clicquot Brut Carte Jaune", "Veuve Clicquot", "Champagne", "Champagne", FR, "effervescent", "champagne", {75: [None], 37.5: [None]}),
    ("lp_rose", "Laurent-Perrier Cuvée Rosé", "Laurent-Perrier", "Champagne", "Champagne", FR, "rosé", "champagne", {75: [None]}),
    ("ruinart", "Ruinart Blanc de Blancs", "Ruinart", "Champagne", "Champagne", FR, "effervescent", "champagne", {75: [None]}),
    ("taittinger", "Taittinger Brut Réserve", "Taittinger", "Champagne", "Champagne", FR, "effervescent", "champagne", {75: [None]}),
    # Ciders
    ("isastegi", "Isastegi Sagardo Naturala", "Sagardotegi Isastegi", None, PB, ES, None, "autre", {75: [None]}),
    ("loic", "Loïc Raison Cidre Brut", "Loïc Raison", None, "Bretagne", FR, None, "autre", {33: [None]}),
    # Aperitifs and liqueurs
    ("izarra_v", "Izarra Verte", "Izarra", None, PB, FR, None, "spiritueux", {70: [None]}),
    ("izarra_j", "Izarra Jaune", "Izarra", None, PB, FR, None, "spiritueux", {70: [None]}),
    ("baines", "Pacharán Baines", "Baines", "Pacharán Navarro", "Navarre", ES, None, "spiritueux", {70: [None]}),
    ("zoco", "Pacharán Zoco", "Zoco", "Pacharán Navarro", "Navarre", ES, None, "spiritueux", {70: [None]}),
    ("brana_poire", "Poire Williams", "Distillerie Brana", None, PB, FR, None, "spiritueux", {70: [None]}),
    ("ricard", "Ricard", "Pernod Ricard", None, None, FR, None, "spiritueux", {100: [None]}),
    ("p51", "Pastis 51", "Pernod", None, None, FR, None, "spiritueux", {100: [None]}),
    ("get27", "Get 27", "Get", None, None, FR, None, "spiritueux", {70: [None]}),
    ("lillet", "Lillet Blanc", "Lillet", None, "Bordeaux", FR, None, "autre", {75: [None]}),
    ("martini", "Martini Bianco", "Martini", None, None, "Italie", None, "autre", {100: [None]}),
    ("aperol", "Aperol", "Campari Group", None, None, "Italie", None, "autre", {70: [None]}),
    ("campari", "Campari Bitter", "Campari Group", None, None, "Italie", None, "spiritueux", {100: [None]}),
    # Armagnac, cognac
    ("laubade", "Château de Laubade VSOP", "Château de Laubade", "Bas-Armagnac", "Gascogne", FR, None, "spiritueux", {70: [None]}),
    ("hennessy", "Hennessy VS", "Hennessy", "Cognac", "Cognac", FR, None, "spiritueux", {70: [None]}),
    # Rums
    ("diplo", "Diplomático Reserva Exclusiva", "Diplomático", None, None, "Venezuela", None, "spiritueux", {70: [None]}),
    ("havana3", "Havana Club 3 Años", "Havana Club", None, None, "Cuba", None, "spiritueux", {70: [None]}),
    ("havana7", "Havana Club 7 Años", "Havana Club", None, None, "Cuba", None, "spiritueux", {70: [None]}),
    ("clement", "Rhum Clément VSOP", "Habitation Clément", "Rhum de la Martinique", "Martinique", FR, None, "spiritueux", {70: [None]}),
    ("trois_riv", "Trois Rivières Blanc", "Trois Rivières", "Rhum de la Martinique", "Martinique", FR, None, "spiritueux", {70: [None]}),
    ("don_papa", "Don Papa", "Don Papa Rum", None, None, "Philippines", None, "spiritueux", {70: [None]}),
    ("zacapa", "Ron Zacapa 23", "Zacapa", None, None, "Guatemala", None, "spiritueux", {70: [None]}),
    # Whiskies
    ("jameson", "Jameson", "Jameson", None, None, "Irlande", None, "spiritueux", {70: [None]}),
    ("lagavulin16", "Lagavulin 16 ans", "Lagavulin", None, "Islay", "Écosse", None, "spiritueux", {70: [None]}),
    ("talisker10", "Talisker 10 ans", "Talisker", None, "Skye", "Écosse", None, "spiritueux", {70: [None]}),
    ("talisker_storm", "Talisker Storm", "Talisker", None, "Skye", "Écosse", None, "spiritueux", {70: [None]}),
    ("glen12", "Glenfiddich 12 ans", "Glenfiddich", None, "Speyside", "Écosse", None, "spiritueux", {70: [None]}),
    ("jack", "Jack Daniel's Old No. 7", "Jack Daniel's", None, "Tennessee", "États-Unis", None, "spiritueux", {70: [None]}),
    ("nikka", "Nikka From the Barrel", "Nikka", None, None, "Japon", None, "spiritueux", {50: [None]}),
    # Other spirits
    ("absolut", "Absolut Vodka", "Absolut", None, None, "Suède", None, "spiritueux", {70: [None]}),
    ("bombay", "Bombay Sapphire", "Bombay", None, None, "Royaume-Uni", None, "spiritueux", {70: [None]}),
    ("hendricks", "Hendrick's Gin", "Hendrick's", None, None, "Royaume-Uni", None, "spiritueux", {70: [None]}),
    # Beers: draught on kegs, bottles
    ("heineken", "Heineken", "Heineken", None, None, "Pays-Bas", None, "bière", {3000: [None]}),
    ("guinness", "Guinness Draught", "Guinness", None, None, "Irlande", None, "bière", {3000: [None]}),
    ("affligem", "Affligem Blonde", "Affligem", None, None, "Belgique", None, "bière", {2000: [None]}),
    ("eguzki", "Eguzki Blonde", "Brasserie Eguzki", None, PB, FR, None, "bière", {2000: [None]}),
    ("leffe", "Leffe Blonde", "Leffe", None, None, "Belgique", None, "bière", {33: [None]}),
    ("desperados", "Desperados", "Heineken", None, None, FR, None, "bière", {33: [None]}),
    ("corona", "Corona Extra", "Grupo Modelo", None, None, "Mexique", None, "bière", {35.5: [None]}),
    ("pelforth", "Pelforth Brune", "Pelforth", None, None, FR, None, "bière", {25: [None]}),
    ("heineken00", "Heineken 0.0", "Heineken", None, None, "Pays-Bas", None, "bière", {33: [None]}),
    ("b1664", "1664 Blanc", "Kronenbourg", None, None, FR, None, "bière", {25: [None]}),
    # Softs and waters
    ("coca", "Coca-Cola", "Coca-Cola", None, None, None, None, "soft", {33: [None]}),
    ("coca_zero", "Coca-Cola Zéro", "Coca-Cola", None, None, None, None, "soft", {33: [None]}),
    ("orangina", "Orangina", "Orangina", None, None, FR, None, "soft", {25: [None]}),
    ("schweppes", "Schweppes Indian Tonic", "Schweppes", None, None, None, None, "soft", {25: [None]}),
    ("icetea", "Lipton Ice Tea Pêche", "Lipton", None, None, None, None, "soft", {25: [None]}),
    ("perrier", "Perrier", "Perrier", None, None, FR, None, "soft", {33: [None]}),
    ("badoit", "Badoit", "Badoit", None, None, FR, None, "soft", {100: [None]}),
    ("evian", "Evian", "Evian", None, None, FR, None, "soft", {50: [None], 100: [None]}),
    ("pago_orange", "Pago Orange", "Pago", None, None, None, None, "soft", {20: [None]}),
    ("pago_ananas", "Pago Ananas", "Pago", None, None, None, None, "soft", {20: [None]}),
]
