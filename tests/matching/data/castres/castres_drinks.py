"""Drinks of "Le Grill du Stade" (Castres): one family per wine / drink.

Each family: key, name, producer, appellation, region, country, colour, category,
{format_cl: [vintages]} (None for a non-vintage drink). One library entry per format and
vintage, in the order written here.
"""

SO, LG, RH, PR, CH = "Sud-Ouest", "Languedoc", "Vallée du Rhône", "Provence", "Champagne"
FR, IT = "France", "Italie"

DRINKS = [
    # --- Gaillac
    ("labarthe_r", "Domaine de Labarthe Rouge", "Domaine de Labarthe", "Gaillac", SO, FR, "rouge", "vin", {75: [2020, 2022], 37.5: [2021]}),
    ("labarthe_rs", "Domaine de Labarthe Rosé", "Domaine de Labarthe", "Gaillac", SO, FR, "rosé", "vin", {75: [2023]}),
    ("tecou", "Passion", "Cave de Técou", "Gaillac", SO, FR, "rouge", "vin", {75: [2021]}),
    ("lastours_g", "Château Lastours", "Château Lastours", "Gaillac", SO, FR, "rouge", "vin", {75: [2018, 2019]}),
    ("mythique", "La Vigne Mythique", "Domaine d'Escausses", "Gaillac", SO, FR, "rouge", "vin", {75: [2019], 150: [2018]}),
    ("perle", "Gaillac Perlé", "Cave de Labastide", "Gaillac", SO, FR, "blanc", "vin", {75: [2023]}),
    ("rotier_doux", "Renaissance Doux", "Domaine Rotier", "Gaillac", SO, FR, "liquoreux", "vin", {50: [2020]}),
    # --- Fronton
    ("bellevue_r", "Château Bellevue la Forêt", "Château Bellevue la Forêt", "Fronton", SO, FR, "rouge", "vin", {75: [2020, 2021], 150: [2019]}),
    ("bellevue_rs", "Château Bellevue la Forêt Rosé", "Château Bellevue la Forêt", "Fronton", SO, FR, "rosé", "vin", {75: [2023]}),
    ("montauriol", "Mons Aureolus", "Château Montauriol", "Fronton", SO, FR, "rouge", "vin", {75: [2019]}),
    ("baudare_r", "Château Baudare", "Château Baudare", "Fronton", SO, FR, "rouge", "vin", {75: [2021]}),
    ("baudare_rs", "Château Baudare Rosé", "Château Baudare", "Fronton", SO, FR, "rosé", "vin", {75: [2023]}),
    ("plaisance", "Château Plaisance", "Château Plaisance", "Fronton", SO, FR, "rouge", "vin", {75: [2020], 37.5: [2020]}),
    ("folle_noire", "La Folle Noire d'Ambat", "Domaine Le Roc", "Fronton", SO, FR, "rouge", "vin", {75: [2019, 2020]}),
    # --- Cahors
    ("coutale", "Clos La Coutale", "Clos La Coutale", "Cahors", SO, FR, "rouge", "vin", {75: [2019, 2020, 2021], 37.5: [2020], 150: [2018]}),
    ("lamartine", "Château Lamartine", "Château Lamartine", "Cahors", SO, FR, "rouge", "vin", {75: [2020]}),
    ("lamartine_cp", "Château Lamartine Cuvée Particulière", "Château Lamartine", "Cahors", SO, FR, "rouge", "vin", {75: [2018, 2019]}),
    ("lagrezette", "Château Lagrezette", "Château Lagrezette", "Cahors", SO, FR, "rouge", "vin", {75: [2016, 2017]}),
    ("gaudou", "Château de Gaudou Tradition", "Château de Gaudou", "Cahors", SO, FR, "rouge", "vin", {75: [2021]}),
    ("cedre", "Le Cèdre", "Château du Cèdre", "Cahors", SO, FR, "rouge", "vin", {75: [2017]}),
    # --- Languedoc
    ("cote_roses", "Côte des Roses", "Gérard Bertrand", "Languedoc", LG, FR, "rosé", "vin", {75: [2023], 150: [2022]}),
    ("gris_blanc", "Gris Blanc", "Gérard Bertrand", "Pays d'Oc", LG, FR, "rosé", "vin", {75: [2023]}),
    ("picpoul", "Picpoul de Pinet", "Domaine Félines Jourdan", "Picpoul de Pinet", LG, FR, "blanc", "vin", {75: [2022, 2023]}),
    ("cantilene", "La Cantilène", "Château Sainte-Eulalie", "Minervois", LG, FR, "rouge", "vin", {75: [2019]}),
    ("plaisir_eulalie", "Plaisir d'Eulalie", "Château Sainte-Eulalie", "Minervois", LG, FR, "rouge", "vin", {75: [2021]}),
    ("lastours_c", "Château de Lastours", "Château de Lastours", "Corbières", LG, FR, "rouge", "vin", {75: [2020]}),
    # --- Côtes du Rhône
    ("guigal_r", "Côtes du Rhône Rouge", "E. Guigal", "Côtes du Rhône", RH, FR, "rouge", "vin", {75: [2019, 2020, 2021], 37.5: [2020]}),
    ("guigal_b", "Côtes du Rhône Blanc", "E. Guigal", "Côtes du Rhône", RH, FR, "blanc", "vin", {75: [2022]}),
    ("belleruche_r", "Belleruche Rouge", "M. Chapoutier", "Côtes du Rhône", RH, FR, "rouge", "vin", {75: [2022]}),
    ("belleruche_b", "Belleruche Blanc", "M. Chapoutier", "Côtes du Rhône", RH, FR, "blanc", "vin", {75: [2023]}),
    ("perrin_r", "Perrin Réserve Rouge", "Famille Perrin", "Côtes du Rhône", RH, FR, "rouge", "vin", {75: [2021], 150: [2020]}),
    ("perrin_rs", "Perrin Réserve Rosé", "Famille Perrin", "Côtes du Rhône", RH, FR, "rosé", "vin", {75: [2023]}),
    # --- Provence rosés
    ("minuty", "M de Minuty", "Château Minuty", "Côtes de Provence", PR, FR, "rosé", "vin", {75: [2023], 150: [2022]}),
    ("whispering", "Whispering Angel", "Château d'Esclans", "Côtes de Provence", PR, FR, "rosé", "vin", {75: [2023]}),
    # --- Italy
    ("chianti", "Chianti", "Ruffino", "Chianti", "Toscane", IT, "rouge", "vin", {75: [2021, 2022]}),
    ("ducale", "Riserva Ducale", "Ruffino", "Chianti Classico", "Toscane", IT, "rouge", "vin", {75: [2018]}),
    ("casale", "Casale Vecchio", "Farnese", "Montepulciano d'Abruzzo", "Abruzzes", IT, "rouge", "vin", {75: [2021]}),
    ("lambrusco", "Lambrusco Grasparossa", "Cleto Chiarli", "Lambrusco Grasparossa di Castelvetro", "Émilie-Romagne", IT, "rouge", "vin", {75: [None]}),
    ("sessantanni", "Sessantanni", "San Marzano", "Primitivo di Manduria", "Pouilles", IT, "rouge", "vin", {75: [2018, 2019]}),
    ("talo", "Talò Primitivo", "San Marzano", "Primitivo di Manduria", "Pouilles", IT, "rouge", "vin", {75: [2021]}),
    ("nero", "Nero d'Avola", "Cusumano", "Sicilia", "Sicile", IT, "rouge", "vin", {75: [2022]}),
    ("bonacosta", "Bonacosta", "Masi", "Valpolicella Classico", "Vénétie", IT, "rouge", "vin", {75: [2021]}),
    ("campofiorin", "Campofiorin", "Masi", "Rosso del Veronese", "Vénétie", IT, "rouge", "vin", {75: [2019, 2020]}),
    ("pinot_grigio", "Pinot Grigio", "Santa Margherita", "Valdadige", "Trentin-Haut-Adige", IT, "blanc", "vin", {75: [2022]}),
    ("prosecco", "Prosecco Prestige Brut", "Mionetto", "Prosecco", "Vénétie", IT, "effervescent", "vin", {75: [None], 20: [None]}),
    # --- Champagne
    ("moet", "Brut Impérial", "Moët & Chandon", "Champagne", CH, FR, "effervescent", "champagne", {75: [None], 37.5: [None]}),
    # --- Beers (draught as kegs)
    ("kro", "Kronenbourg", "Kronenbourg", None, None, FR, None, "bière", {3000: [None]}),
    ("1664_blanc", "1664 Blanc", "Kronenbourg", None, None, FR, None, "bière", {2000: [None]}),
    ("leffe", "Leffe Blonde", "Abbaye de Leffe", None, None, "Belgique", None, "bière", {2000: [None]}),
    ("desperados", "Desperados", "Heineken", None, None, FR, None, "bière", {33: [None]}),
    ("moretti", "Birra Moretti", "Birra Moretti", None, None, IT, None, "bière", {33: [None]}),
    ("peroni", "Peroni Nastro Azzurro", "Peroni", None, None, IT, None, "bière", {33: [None]}),
    ("corona", "Corona Extra", "Grupo Modelo", None, None, "Mexique", None, "bière", {35.5: [None]}),
    ("chouffe", "La Chouffe", "Brasserie d'Achouffe", None, None, "Belgique", None, "bière", {33: [None]}),
    # --- Aperitifs
    ("ricard", "Ricard", "Pernod Ricard", None, None, FR, None, "autre", {100: [None]}),
    ("p51", "Pastis 51", "Pernod Ricard", None, None, FR, None, "autre", {100: [None]}),
    ("suze", "Suze", "Suze", None, None, FR, None, "autre", {100: [None]}),
    ("martini_b", "Martini Bianco", "Martini", None, None, IT, None, "autre", {100: [None]}),
    ("martini_r", "Martini Rosso", "Martini", None, None, IT, None, "autre", {100: [None]}),
    ("aperol", "Aperol", "Campari", None, None, IT, None, "autre", {100: [None]}),
    ("campari", "Campari Bitter", "Campari", None, None, IT, None, "autre", {100: [None]}),
    ("lillet", "Lillet Blanc", "Lillet", None, None, FR, None, "autre", {75: [None]}),
    ("porto", "Porto Ruby", "Sandeman", "Porto", "Douro", "Portugal", None, "autre", {75: [None]}),
    # --- Digestifs and spirits
    ("get27", "Get 27", "Get", None, None, FR, None, "spiritueux", {70: [None]}),
    ("get31", "Get 31", "Get", None, None, FR, None, "spiritueux", {70: [None]}),
    ("limoncello", "Limoncello", "Villa Massa", None, None, IT, None, "spiritueux", {70: [None]}),
    ("janneau", "Armagnac VSOP", "Janneau", "Armagnac", "Gascogne", FR, None, "spiritueux", {70: [None]}),
    ("hennessy", "Hennessy VS", "Hennessy", "Cognac", "Charentes", FR, None, "spiritueux", {70: [None]}),
    ("absolut", "Absolut Vodka", "Absolut", None, None, "Suède", None, "spiritueux", {70: [None]}),
    ("gordons", "Gordon's London Dry Gin", "Gordon's", None, None, "Royaume-Uni", None, "spiritueux", {70: [None]}),
    ("bombay", "Bombay Sapphire", "Bombay", None, None, "Royaume-Uni", None, "spiritueux", {70: [None]}),
    # whiskies
    ("jack", "Jack Daniel's Old No. 7", "Jack Daniel's", None, None, "États-Unis", None, "spiritueux", {70: [None]}),
    ("jack_honey", "Jack Daniel's Tennessee Honey", "Jack Daniel's", None, None, "États-Unis", None, "spiritueux", {70: [None]}),
    ("jb", "J&B Rare", "J&B", None, None, "Écosse", None, "spiritueux", {70: [None]}),
    ("clan", "Clan Campbell", "Clan Campbell", None, None, "Écosse", None, "spiritueux", {70: [None]}),
    ("chivas12", "Chivas Regal 12 ans", "Chivas Brothers", None, None, "Écosse", None, "spiritueux", {70: [None]}),
    ("jameson", "Jameson", "Jameson", None, None, "Irlande", None, "spiritueux", {70: [None]}),
    ("glenfiddich12", "Glenfiddich 12 ans", "Glenfiddich", None, None, "Écosse", None, "spiritueux", {70: [None]}),
    ("lagavulin16", "Lagavulin 16 ans", "Lagavulin", None, None, "Écosse", None, "spiritueux", {70: [None]}),
    # rums
    ("havana3", "Havana Club 3 Años", "Havana Club", None, None, "Cuba", None, "spiritueux", {70: [None]}),
    ("havana7", "Havana Club 7 Años", "Havana Club", None, None, "Cuba", None, "spiritueux", {70: [None]}),
    ("diplomatico", "Diplomático Reserva Exclusiva", "Diplomático", None, None, "Venezuela", None, "spiritueux", {70: [None]}),
    ("donpapa", "Don Papa", "Don Papa", None, None, "Philippines", None, "spiritueux", {70: [None]}),
    ("clement", "Rhum Clément VSOP", "Clément", "Rhum de la Martinique", "Martinique", FR, None, "spiritueux", {70: [None]}),
    # --- Softs and waters
    ("coca", "Coca-Cola", "Coca-Cola", None, None, FR, None, "soft", {33: [None], 125: [None]}),
    ("coca_zero", "Coca-Cola Zéro", "Coca-Cola", None, None, FR, None, "soft", {33: [None]}),
    ("orangina", "Orangina", "Orangina", None, None, FR, None, "soft", {25: [None]}),
    ("tonic", "Schweppes Indian Tonic", "Schweppes", None, None, FR, None, "soft", {25: [None]}),
    ("agrumes", "Schweppes Agrumes", "Schweppes", None, None, FR, None, "soft", {25: [None]}),
    ("icetea", "Lipton Ice Tea Pêche", "Lipton", None, None, FR, None, "soft", {33: [None]}),
    ("oasis", "Oasis Tropical", "Oasis", None, None, FR, None, "soft", {33: [None]}),
    ("fanta", "Fanta Orange", "Coca-Cola", None, None, FR, None, "soft", {33: [None]}),
    ("sprite", "Sprite", "Coca-Cola", None, None, FR, None, "soft", {33: [None]}),
    ("perrier", "Perrier", "Perrier", None, None, FR, None, "soft", {33: [None]}),
    ("sanpe", "San Pellegrino", "San Pellegrino", None, None, IT, None, "soft", {50: [None], 100: [None]}),
    ("evian", "Evian", "Evian", None, None, FR, None, "soft", {50: [None], 100: [None]}),
    ("badoit", "Badoit", "Badoit", None, None, FR, None, "soft", {100: [None]}),
    ("pago_orange", "Pago Orange", "Pago", None, None, "Autriche", None, "soft", {20: [None]}),
    ("pago_abricot", "Pago Abricot", "Pago", None, None, "Autriche", None, "soft", {20: [None]}),
]
