"""The drinks of "Le Grenache de Molière" (Pézenas): one row per product.

(key, name, producer, appellation, region, country, colour, category, {format_cl: [vintages]})
Ids are given in this order, formats ascending, vintages ascending. A vintage of None is
a non-vintage drink. Kegs (2,000 / 3,000 cl) are draught beers.
"""

L, F = "Languedoc", "France"

DRINKS = [
    # --- Pézenas and its neighbourhood (Languedoc Pézenas, Côtes de Thongue) ---
    ("bebian", "Prieuré de Saint-Jean de Bébian", "Prieuré de Saint-Jean de Bébian", "Languedoc Pézenas", L, F, "rouge", "vin", {75: [2017, 2019], 150: [2017]}),
    ("bebianbl", "Prieuré de Saint-Jean de Bébian blanc", "Prieuré de Saint-Jean de Bébian", "Languedoc", L, F, "blanc", "vin", {75: [2021]}),
    ("chapelle", "La Chapelle de Bébian", "Prieuré de Saint-Jean de Bébian", "Languedoc Pézenas", L, F, "rouge", "vin", {75: [2020, 2021]}),
    ("aurel", "Aurel", "Domaine Les Aurelles", "Languedoc Pézenas", L, F, "rouge", "vin", {75: [2016, 2017]}),
    ("aurelbl", "Aurel blanc", "Domaine Les Aurelles", "Languedoc", L, F, "blanc", "vin", {75: [2019]}),
    ("solen", "Solen", "Domaine Les Aurelles", "Languedoc Pézenas", L, F, "rouge", "vin", {75: [2017]}),
    ("plaisirs", "Plaisirs", "Domaine Monplézy", "IGP Côtes de Thongue", L, F, "rosé", "vin", {75: [2024]}),
    ("emocion", "Emocion", "Domaine Monplézy", "IGP Côtes de Thongue", L, F, "blanc", "vin", {75: [2022]}),
    ("canon", "Canon Huppé", "Domaine Monplézy", "IGP Côtes de Thongue", L, F, "blanc", "vin", {75: [2023, 2024]}),
    ("eqsyrah", "Équilibre Syrah", "Domaine de l'Arjolle", "IGP Côtes de Thongue", L, F, "rouge", "vin", {75: [2022, 2023]}),
    ("eqblanc", "Équilibre Viognier Sauvignon", "Domaine de l'Arjolle", "IGP Côtes de Thongue", L, F, "blanc", "vin", {75: [2024]}),
    ("eqrose", "Équilibre rosé", "Domaine de l'Arjolle", "IGP Côtes de Thongue", L, F, "rosé", "vin", {75: [2024]}),
    ("paradoxe", "Paradoxe", "Domaine de l'Arjolle", "IGP Côtes de Thongue", L, F, "rouge", "vin", {75: [2020, 2021], 150: [2020]}),
    ("montrose", "Domaine Montrose rosé", "Domaine Montrose", "IGP Côtes de Thongue", L, F, "rosé", "vin", {75: [2024], 150: [2024]}),
    # --- Picpoul de Pinet ---
    ("gaujal", "Cuvée Ludovic Gaujal", "Domaine Gaujal", "Picpoul de Pinet", L, F, "blanc", "vin", {37.5: [2024], 75: [2023, 2024]}),
    ("puech", "Puech Claude", "Domaine Gaujal", "Picpoul de Pinet", L, F, "blanc", "vin", {75: [2024]}),
    ("morny", "Duc de Morny", "Cave de l'Ormarine", "Picpoul de Pinet", L, F, "blanc", "vin", {75: [2023, 2024]}),
    ("morin", "Domaine Morin-Langaran", "Domaine Morin-Langaran", "Picpoul de Pinet", L, F, "blanc", "vin", {75: [2024], 150: [2023]}),
    # --- Faugères ---
    ("bancels", "Les Bancèls", "Domaine de Cébène", "Faugères", L, F, "rouge", "vin", {75: [2020, 2021], 150: [2020]}),
    ("felgaria", "Felgaria", "Domaine de Cébène", "Faugères", L, F, "rouge", "vin", {75: [2019]}),
    ("exarena", "Ex Arena", "Domaine de Cébène", "IGP Pays d'Oc", L, F, "rouge", "vin", {75: [2022]}),
    ("collines", "Les Collines", "Domaine Ollier-Taillefer", "Faugères", L, F, "rouge", "vin", {37.5: [2022], 75: [2022]}),
    ("collinesrs", "Les Collines rosé", "Domaine Ollier-Taillefer", "Faugères", L, F, "rosé", "vin", {75: [2024]}),
    ("bastides", "Les Bastides", "Domaine Jean-Michel Alquier", "Faugères", L, F, "rouge", "vin", {75: [2017, 2019]}),
    # --- Saint-Chinian ---
    ("nuits", "Une et Mille Nuits", "Domaine Canet Valette", "Saint-Chinian", L, F, "rouge", "vin", {75: [2020, 2021]}),
    ("antonyme", "Antonyme", "Domaine Canet Valette", "Saint-Chinian", L, F, "rouge", "vin", {75: [2022]}),
    ("roches", "Roches Noires", "Cave de Roquebrun", "Saint-Chinian Roquebrun", L, F, "rouge", "vin", {37.5: [2021], 75: [2021]}),
    ("schistes", "Les Schistes", "Borie La Vitarèle", "Saint-Chinian", L, F, "rouge", "vin", {75: [2019, 2021]}),
    # --- Pic Saint-Loup ---
    ("bergerie", "Bergerie de l'Hortus", "Domaine de l'Hortus", "Pic Saint-Loup", L, F, "rouge", "vin", {75: [2022, 2023], 150: [2022]}),
    ("hortusgc", "Grande Cuvée", "Domaine de l'Hortus", "Pic Saint-Loup", L, F, "rouge", "vin", {75: [2020]}),
    ("olivette", "L'Olivette", "Clos Marie", "Pic Saint-Loup", L, F, "rouge", "vin", {75: [2021]}),
    ("lancyre", "Vieilles Vignes", "Château de Lancyre", "Pic Saint-Loup", L, F, "rouge", "vin", {75: [2020, 2021]}),
    # --- Terrasses du Larzac ---
    ("infidele", "L'Infidèle", "Mas Cal Demoura", "Terrasses du Larzac", L, F, "rouge", "vin", {75: [2019, 2020]}),
    ("montcalmes", "Domaine de Montcalmès", "Domaine de Montcalmès", "Terrasses du Larzac", L, F, "rouge", "vin", {75: [2018]}),
    ("petitspas", "Les Petits Pas", "Domaine du Pas de l'Escalette", "Terrasses du Larzac", L, F, "rouge", "vin", {75: [2022]}),
    # --- other Languedoc ---
    ("gassac", "Mas de Daumas Gassac", "Mas de Daumas Gassac", "IGP Pays d'Hérault", L, F, "rouge", "vin", {75: [2019, 2020]}),
    ("gassacbl", "Mas de Daumas Gassac blanc", "Mas de Daumas Gassac", "IGP Pays d'Hérault", L, F, "blanc", "vin", {75: [2022]}),
    ("roses", "Côte des Roses", "Gérard Bertrand", "Languedoc", L, F, "rosé", "vin", {75: [2024]}),
    ("stony", "Muscat de Frontignan", "Château de Stony", "Muscat de Frontignan", L, F, "liquoreux", "vin", {50: [2022]}),
    ("graimenous", "Les Graimenous Brut", "Domaine J. Laurens", "Crémant de Limoux", L, F, "effervescent", "vin", {75: [None]}),
    # --- other regions ---
    ("sancerre", "Les Belles Vignes", "Fournier Père et Fils", "Sancerre", "Loire", F, "blanc", "vin", {37.5: [2023], 75: [2023]}),
    ("chablis", "Sainte Claire", "Jean-Marc Brocard", "Chablis", "Bourgogne", F, "blanc", "vin", {75: [2022, 2023]}),
    ("guigal", "Côtes du Rhône rouge", "E. Guigal", "Côtes du Rhône", "Rhône", F, "rouge", "vin", {37.5: [2020], 75: [2020, 2021]}),
    ("puygueraud", "Château Puygueraud", "Château Puygueraud", "Francs Côtes de Bordeaux", "Bordeaux", F, "rouge", "vin", {75: [2016, 2018]}),
    ("lpcuvee", "La Cuvée Brut", "Laurent-Perrier", "Champagne", "Champagne", F, "effervescent", "champagne", {37.5: [None], 75: [None], 150: [None]}),
    ("lprose", "Cuvée Rosé", "Laurent-Perrier", "Champagne", "Champagne", F, "rosé", "champagne", {75: [None]}),
    # --- aperitifs ---
    ("ricard", "Ricard", "Pernod Ricard", None, None, F, None, "spiritueux", {100: [None]}),
    ("p51", "Pastis 51", "Pernod Ricard", None, None, F, None, "spiritueux", {100: [None]}),
    ("noilly", "Noilly Prat Original Dry", "Noilly Prat", None, L, F, None, "autre", {75: [None]}),
    ("byrrh", "Byrrh Grand Quinquina", "Byrrh", None, "Roussillon", F, None, "autre", {75: [None]}),
    ("suze", "Suze", "Suze", None, None, F, None, "autre", {100: [None]}),
    ("martini", "Martini Bianco", "Martini", None, None, "Italie", None, "autre", {100: [None]}),
    ("lillet", "Lillet Blanc", "Lillet", None, "Bordeaux", F, None, "autre", {75: [None]}),
    ("aperol", "Aperol", "Campari Group", None, None, "Italie", None, "autre", {70: [None]}),
    ("campari", "Campari Bitter", "Campari Group", None, None, "Italie", None, "autre", {70: [None]}),
    # --- spirits ---
    ("jack", "Jack Daniel's Old No. 7", "Jack Daniel's", "Tennessee Whiskey", None, "États-Unis", None, "spiritueux", {70: [None]}),
    ("jameson", "Jameson", "Jameson", "Irish Whiskey", None, "Irlande", None, "spiritueux", {70: [None]}),
    ("lagavulin", "Lagavulin 16 ans", "Lagavulin", "Islay Single Malt", "Écosse", "Royaume-Uni", None, "spiritueux", {70: [None]}),
    ("glenfiddich", "Glenfiddich 12 ans", "Glenfiddich", "Speyside Single Malt", "Écosse", "Royaume-Uni", None, "spiritueux", {70: [None]}),
    ("havana3", "Havana Club 3 ans", "Havana Club", None, None, "Cuba", None, "spiritueux", {70: [None]}),
    ("havana7", "Havana Club 7 ans", "Havana Club", None, None, "Cuba", None, "spiritueux", {70: [None]}),
    ("diplo", "Diplomático Reserva Exclusiva", "Diplomático", None, None, "Venezuela", None, "spiritueux", {70: [None]}),
    ("bombay", "Bombay Sapphire", "Bombay", None, None, "Royaume-Uni", None, "spiritueux", {70: [None]}),
    ("hendricks", "Hendrick's", "Hendrick's", None, "Écosse", "Royaume-Uni", None, "spiritueux", {70: [None]}),
    ("greygoose", "Grey Goose", "Grey Goose", None, None, F, None, "spiritueux", {70: [None]}),
    ("get27", "Get 27", "Get", None, None, F, None, "spiritueux", {70: [None]}),
    ("chartreuse", "Chartreuse Verte", "Chartreuse", None, None, F, None, "spiritueux", {70: [None]}),
    ("remyvsop", "Rémy Martin VSOP", "Rémy Martin", "Cognac", "Cognac", F, None, "spiritueux", {70: [None]}),
    ("remyxo", "Rémy Martin XO", "Rémy Martin", "Cognac", "Cognac", F, None, "spiritueux", {70: [None]}),
    ("baileys", "Baileys Original", "Baileys", None, None, "Irlande", None, "spiritueux", {70: [None]}),
    # --- beers ---
    ("kro", "Kronenbourg", "Kronenbourg", None, "Alsace", F, None, "bière", {3000: [None]}),
    ("leffe", "Leffe Blonde", "Leffe", None, None, "Belgique", None, "bière", {33: [None], 2000: [None]}),
    ("alaryk", "Alaryk Blonde", "Brasserie Alaryk", None, L, F, None, "bière", {33: [None]}),
    ("alarykipa", "Alaryk IPA", "Brasserie Alaryk", None, L, F, None, "bière", {33: [None]}),
    ("despe", "Desperados", "Desperados", None, None, "Pays-Bas", None, "bière", {33: [None]}),
    ("heineken0", "Heineken 0.0", "Heineken", None, None, "Pays-Bas", None, "bière", {33: [None]}),
    # --- softs and waters ---
    ("coca", "Coca-Cola", "Coca-Cola", None, None, F, None, "soft", {33: [None]}),
    ("cocazero", "Coca-Cola Zéro", "Coca-Cola", None, None, F, None, "soft", {33: [None]}),
    ("orangina", "Orangina", "Orangina", None, None, F, None, "soft", {25: [None]}),
    ("schweppes", "Schweppes Indian Tonic", "Schweppes", None, None, F, None, "soft", {25: [None]}),
    ("perrier", "Perrier", "Perrier", None, None, F, None, "soft", {33: [None]}),
    ("evian", "Evian", "Evian", None, None, F, None, "soft", {50: [None], 100: [None]}),
    ("pellegrino", "San Pellegrino", "San Pellegrino", None, None, "Italie", None, "soft", {100: [None]}),
    ("oasis", "Oasis Tropical", "Oasis", None, None, F, None, "soft", {25: [None]}),
    ("lorina", "Lorina Limonade", "Lorina", None, None, F, None, "soft", {33: [None]}),
]
