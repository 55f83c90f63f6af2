"""The drinks of "Le Relais du Bocage" (N149 near Bressuire): one row per drink.

Row: (key, name, producer, appellation, region, country, colour, category, z_family,
      [(vintage, format_cl), ...]).  The z_family is the family the back office files the
drink under on the Z report (`RG`, `BL`, `RS`, `BUL`, `MOEL`, `CUBI`, `APE`, `DIG`, `BIE`,
`SOF`).  House wines are bag-in-box (1,000 or 500 cl); draught beers are kegs.
"""

F = "France"
L = "Loire"
B = "Bordeaux"
R = "Vallée du Rhône"

DRINKS = [
    # --- house wines in bag-in-box, poured by the pichet and the glass
    ("bib_saumur", "Saumur Rouge", "Robert et Marcel", "Saumur", L, F, "rouge", "vin", "CUBI", [(None, 1000)]),
    ("bib_rosanj", "Rosé d'Anjou", "Les Caves de la Loire", "Rosé d'Anjou", L, F, "rosé", "vin", "CUBI", [(None, 1000)]),
    ("bib_chard", "Chardonnay", "Les Caves de la Loire", "IGP Val de Loire", L, F, "blanc", "vin", "CUBI", [(None, 500)]),
    ("bib_hpgam", "Gamay Haut-Poitou", "Cave du Haut-Poitou", "Haut-Poitou", L, F, "rouge", "vin", "CUBI", [(None, 500)]),
    # --- Thouarsais, Anjou, Saumur, Haut-Poitou
    ("venelles_bl", "Domaine des Venelles Chenin", "Domaine des Venelles (Gigon)", "Anjou", L, F, "blanc", "vin", "BL", [(2022, 75), (2023, 75)]),
    ("venelles_rg", "Domaine des Venelles Rouge", "Domaine des Venelles (Gigon)", "Anjou", L, F, "rouge", "vin", "RG", [(2021, 75), (2022, 75), (2022, 37.5)]),
    ("brize_rg", "Domaine de Brizé Anjou Rouge", "Domaine de Brizé", "Anjou", L, F, "rouge", "vin", "RG", [(2020, 75), (2022, 75)]),
    ("brize_cab", "Domaine de Brizé Cabernet d'Anjou", "Domaine de Brizé", "Cabernet d'Anjou", L, F, "rosé", "vin", "RS", [(2023, 75), (2023, 37.5)]),
    ("pierrebise", "Château Pierre-Bise Anjou-Villages", "Château Pierre-Bise", "Anjou-Villages", L, F, "rouge", "vin", "RG", [(2019, 75), (2020, 75)]),
    ("tigne", "Château de Tigné", "Château de Tigné", "Anjou", L, F, "rouge", "vin", "RG", [(2021, 75), (2021, 150)]),
    ("forges", "Coteaux du Layon Saint-Aubin", "Domaine des Forges", "Coteaux du Layon", L, F, "liquoreux", "vin", "MOEL", [(2020, 50), (2021, 50)]),
    ("targe", "Château de Targé", "Château de Targé", "Saumur-Champigny", L, F, "rouge", "vin", "RG", [(2021, 75), (2022, 75)]),
    ("villemont", "Domaine de Villemont Sauvignon", "Domaine de Villemont", "Haut-Poitou", L, F, "blanc", "vin", "BL", [(2023, 75), (2024, 75)]),
    ("ackerman_brut", "Ackerman Crémant de Loire Brut", "Ackerman", "Crémant de Loire", L, F, "effervescent", "vin", "BUL", [(None, 75), (None, 37.5)]),
    ("ackerman_rs", "Ackerman Crémant de Loire Rosé", "Ackerman", "Crémant de Loire", L, F, "rosé", "vin", "BUL", [(None, 75)]),
    ("saphir", "Bouvet Saphir Brut", "Bouvet-Ladubay", "Saumur", L, F, "effervescent", "vin", "BUL", [(2021, 75), (2022, 75)]),
    ("muscadet", "Château de Chasseloir Muscadet Sèvre et Maine sur Lie", "Chéreau Carré", "Muscadet Sèvre et Maine", L, F, "blanc", "vin", "BL", [(2022, 75), (2023, 75)]),
    ("sancerre", "Sancerre Les Baronnes", "Henri Bourgeois", "Sancerre", L, F, "blanc", "vin", "BL", [(2023, 75)]),
    # --- Champagne
    ("feuillatte", "Nicolas Feuillatte Réserve Exclusive Brut", "Nicolas Feuillatte", "Champagne", "Champagne", F, "effervescent", "champagne", "BUL", [(None, 75), (None, 37.5)]),
    ("canard", "Canard-Duchêne Authentic Brut", "Canard-Duchêne", "Champagne", "Champagne", F, "effervescent", "champagne", "BUL", [(None, 75), (None, 150)]),
    # --- Bordeaux
    ("larose", "Château Larose-Trintaudon", "Château Larose-Trintaudon", "Haut-Médoc", B, F, "rouge", "vin", "RG", [(2018, 75), (2019, 75), (2018, 150)]),
    ("lanessan", "Château Lanessan", "Château Lanessan", "Haut-Médoc", B, F, "rouge", "vin", "RG", [(2017, 75)]),
    ("lugagnac", "Château de Lugagnac", "Château de Lugagnac", "Bordeaux Supérieur", B, F, "rouge", "vin", "RG", [(2020, 75), (2021, 75)]),
    ("malesan", "Malesan Rouge", "Malesan", "Bordeaux", B, F, "rouge", "vin", "RG", [(2022, 75), (2022, 37.5)]),
    ("malesan_bl", "Malesan Blanc", "Malesan", "Bordeaux", B, F, "blanc", "vin", "BL", [(2023, 75)]),
    ("bonnet_rg", "Château Bonnet Rouge", "André Lurton", "Bordeaux", B, F, "rouge", "vin", "RG", [(2021, 75), (2022, 75)]),
    ("bonnet_bl", "Château Bonnet Blanc", "André Lurton", "Entre-Deux-Mers", B, F, "blanc", "vin", "BL", [(2023, 75)]),
    # --- Rhône, Beaujolais, Gascogne
    ("guigal", "Guigal Côtes du Rhône Rouge", "E. Guigal", "Côtes du Rhône", R, F, "rouge", "vin", "RG", [(2020, 75), (2021, 75), (2020, 150)]),
    ("delas", "Delas Saint-Esprit Rouge", "Delas Frères", "Côtes du Rhône", R, F, "rouge", "vin", "RG", [(2022, 75), (2022, 37.5)]),
    ("perrin_rg", "Perrin Réserve Rouge", "Famille Perrin", "Côtes du Rhône", R, F, "rouge", "vin", "RG", [(2021, 75), (2022, 75)]),
    ("perrin_rs", "Perrin Réserve Rosé", "Famille Perrin", "Côtes du Rhône", R, F, "rosé", "vin", "RS", [(2023, 75)]),
    ("duboeuf_bjv", "Beaujolais-Villages", "Georges Duboeuf", "Beaujolais-Villages", "Beaujolais", F, "rouge", "vin", "RG", [(2023, 75)]),
    ("duboeuf_morgon", "Morgon", "Georges Duboeuf", "Morgon", "Beaujolais", F, "rouge", "vin", "RG", [(2022, 75)]),
    ("tariquet", "Tariquet Classic", "Domaine du Tariquet", "IGP Côtes de Gascogne", "Sud-Ouest", F, "blanc", "vin", "BL", [(2023, 75), (2024, 75)]),
    # --- aperitifs
    ("ricard", "Ricard", "Pernod Ricard", None, None, F, None, "autre", "APE", [(None, 100)]),
    ("pastis51", "Pastis 51", "Pernod Ricard", None, None, F, None, "autre", "APE", [(None, 100)]),
    ("suze", "Suze", "Pernod Ricard", None, None, F, None, "autre", "APE", [(None, 100)]),
    ("byrrh", "Byrrh Grand Quinquina", "Byrrh", None, "Roussillon", F, None, "autre", "APE", [(None, 100)]),
    ("martini_bl", "Martini Bianco", "Martini", None, None, "Italie", None, "autre", "APE", [(None, 100)]),
    ("martini_rs", "Martini Rosso", "Martini", None, None, "Italie", None, "autre", "APE", [(None, 100)]),
    ("pineau_bl", "Pineau des Charentes Blanc", "Château de Montifaud", "Pineau des Charentes", "Charentes", F, None, "autre", "APE", [(None, 75)]),
    ("pineau_rs", "Pineau des Charentes Rosé", "Château de Montifaud", "Pineau des Charentes", "Charentes", F, None, "autre", "APE", [(None, 75)]),
    ("porto_cruz", "Porto Cruz Tawny", "Porto Cruz", "Porto", "Douro", "Portugal", None, "autre", "APE", [(None, 75)]),
    # --- spirits and liqueurs
    ("magloire_fine", "Père Magloire Fine", "Père Magloire", "Calvados", "Normandie", F, None, "spiritueux", "DIG", [(None, 70)]),
    ("magloire_vsop", "Père Magloire VSOP", "Père Magloire", "Calvados", "Normandie", F, None, "spiritueux", "DIG", [(None, 70)]),
    ("martell_vs", "Martell VS", "Martell", "Cognac", "Charentes", F, None, "spiritueux", "DIG", [(None, 70)]),
    ("remy_vsop", "Rémy Martin VSOP", "Rémy Martin", "Cognac", "Charentes", F, None, "spiritueux", "DIG", [(None, 70)]),
    ("lawsons", "William Lawson's", "William Lawson's", "Blended Scotch Whisky", "Écosse", "Royaume-Uni", None, "spiritueux", "DIG", [(None, 70)]),
    ("label5", "Label 5", "La Martiniquaise", "Blended Scotch Whisky", "Écosse", "Royaume-Uni", None, "spiritueux", "DIG", [(None, 70)]),
    ("chivas12", "Chivas Regal 12 ans", "Chivas Brothers", "Blended Scotch Whisky", "Écosse", "Royaume-Uni", None, "spiritueux", "DIG", [(None, 70)]),
    ("jack", "Jack Daniel's Old No. 7", "Jack Daniel Distillery", "Tennessee Whiskey", None, "États-Unis", None, "spiritueux", "DIG", [(None, 70)]),
    ("jameson", "Jameson", "Jameson", "Irish Whiskey", None, "Irlande", None, "spiritueux", "DIG", [(None, 70)]),
    ("havana3", "Havana Club 3 ans", "Havana Club", "Rhum", None, "Cuba", None, "spiritueux", "DIG", [(None, 70)]),
    ("negrita", "Negrita Rhum Brun", "La Martiniquaise", "Rhum", None, F, None, "spiritueux", "DIG", [(None, 100)]),
    ("gordons", "Gordon's London Dry Gin", "Gordon's", "Gin", None, "Royaume-Uni", None, "spiritueux", "DIG", [(None, 70)]),
    ("poliakov", "Poliakov Vodka", "La Martiniquaise", "Vodka", None, F, None, "spiritueux", "DIG", [(None, 70)]),
    ("get27", "Get 27", "Get Frères", "Liqueur de menthe", None, F, None, "spiritueux", "DIG", [(None, 70)]),
    ("poire", "Poire Williams", "G.E. Massenez", "Eau-de-vie de poire", "Alsace", F, None, "spiritueux", "DIG", [(None, 70)]),
    ("prune", "La Vieille Prune", "Louis Roque", "Eau-de-vie de prune", "Sud-Ouest", F, None, "spiritueux", "DIG", [(None, 70)]),
    ("cointreau", "Cointreau", "Cointreau", "Liqueur d'orange", "Loire", F, None, "spiritueux", "DIG", [(None, 70)]),
    ("baileys", "Baileys Original Irish Cream", "Baileys", "Liqueur", None, "Irlande", None, "spiritueux", "DIG", [(None, 70)]),
    # --- beers: three on draught (kegs), bottles
    ("kro", "Kronenbourg", "Kronenbourg", None, "Alsace", F, None, "bière", "BIE", [(None, 3000), (None, 25)]),
    ("affligem_pression", "Affligem Blonde", "Affligem", None, None, "Belgique", None, "bière", "BIE", [(None, 2000)]),
    ("leffe_bl", "Leffe Blonde", "Abbaye de Leffe", None, None, "Belgique", None, "bière", "BIE", [(None, 2000), (None, 33)]),
    ("k1664", "1664", "Kronenbourg", None, "Alsace", F, None, "bière", "BIE", [(None, 25)]),
    ("leffe_br", "Leffe Brune", "Abbaye de Leffe", None, None, "Belgique", None, "bière", "BIE", [(None, 33)]),
    ("pelforth", "Pelforth Brune", "Pelforth", None, "Nord", F, None, "bière", "BIE", [(None, 25)]),
    ("desperados", "Desperados", "Heineken", None, None, F, None, "bière", "BIE", [(None, 33)]),
    ("heineken", "Heineken", "Heineken", None, None, "Pays-Bas", None, "bière", "BIE", [(None, 33)]),
    ("heineken00", "Heineken 0.0", "Heineken", None, None, "Pays-Bas", None, "bière", "BIE", [(None, 25)]),
    ("tourtel", "Tourtel Twist Agrumes", "Kronenbourg", None, None, F, None, "bière", "BIE", [(None, 27.5)]),
    # --- softs and waters
    ("coca", "Coca-Cola", "Coca-Cola", None, None, F, None, "soft", "SOF", [(None, 33)]),
    ("coca_zero", "Coca-Cola Zéro", "Coca-Cola", None, None, F, None, "soft", "SOF", [(None, 33)]),
    ("orangina", "Orangina", "Orangina", None, None, F, None, "soft", "SOF", [(None, 25)]),
    ("schweppes", "Schweppes Indian Tonic", "Schweppes", None, None, F, None, "soft", "SOF", [(None, 25)]),
    ("schweppes_agr", "Schweppes Agrumes", "Schweppes", None, None, F, None, "soft", "SOF", [(None, 25)]),
    ("fanta", "Fanta Orange", "Coca-Cola", None, None, F, None, "soft", "SOF", [(None, 33)]),
    ("icetea", "Lipton Ice Tea Pêche", "Lipton", None, None, F, None, "soft", "SOF", [(None, 33)]),
    ("oasis", "Oasis Tropical", "Oasis", None, None, F, None, "soft", "SOF", [(None, 25)]),
    ("redbull", "Red Bull", "Red Bull", None, None, "Autriche", None, "soft", "SOF", [(None, 25)]),
    ("pago_orange", "Pago Orange", "Pago", None, None, "Autriche", None, "soft", "SOF", [(None, 20)]),
    ("pago_abricot", "Pago Abricot", "Pago", None, None, "Autriche", None, "soft", "SOF", [(None, 20)]),
    ("perrier", "Perrier", "Perrier", None, None, F, None, "soft", "SOF", [(None, 33)]),
    ("vittel", "Vittel", "Vittel", None, None, F, None, "soft", "SOF", [(None, 50), (None, 100)]),
    ("badoit", "Badoit", "Badoit", None, None, F, None, "soft", "SOF", [(None, 100)]),
    ("cristaline", "Cristaline", "Cristaline", None, None, F, None, "soft", "SOF", [(None, 50), (None, 150)]),
]
