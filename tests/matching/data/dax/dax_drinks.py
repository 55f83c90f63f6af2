"""Library of the Dax restaurant: families of the same wine/drink, each with its entries.

A family: key -> (name, producer, appellation, region, country, colour, category, [(vintage, format_cl), ...]).
Entries are numbered in the order written here.
"""
F = "France"
SO = "Sud-Ouest"
BX = "Bordeaux"
FAMILIES = [
    # Tursan
    ("bachen", ("Château de Bachen", "Michel Guérard", "Tursan", SO, F, "blanc", "vin", [(2021, 75), (2022, 75)])),
    ("baron", ("Baron de Bachen", "Michel Guérard", "Tursan", SO, F, "blanc", "vin", [(2020, 75)])),
    ("perch_r", ("Domaine de Perchade", "Domaine de Perchade", "Tursan", SO, F, "rouge", "vin", [(2020, 75)])),
    ("perch_rs", ("Domaine de Perchade", "Domaine de Perchade", "Tursan", SO, F, "rosé", "vin", [(2023, 75)])),
    ("hc_r", ("Haute Carte", "Les Vignerons de Tursan", "Tursan", SO, F, "rouge", "vin", [(2021, 75), (2021, 37.5)])),
    ("hc_b", ("Haute Carte", "Les Vignerons de Tursan", "Tursan", SO, F, "blanc", "vin", [(2022, 75)])),
    # Madiran
    ("montus", ("Château Montus", "Alain Brumont", "Madiran", SO, F, "rouge", "vin", [(2015, 75), (2017, 75), (2015, 150)])),
    ("bousc", ("Château Bouscassé", "Alain Brumont", "Madiran", SO, F, "rouge", "vin", [(2018, 75)])),
    ("aydie", ("Château d'Aydie", "Famille Laplace", "Madiran", SO, F, "rouge", "vin", [(2016, 75), (2018, 75)])),
    ("ode", ("Odé d'Aydie", "Famille Laplace", "Madiran", SO, F, "rouge", "vin", [(2020, 75)])),
    ("batz", ("Charles de Batz", "Domaine Berthoumieu", "Madiran", SO, F, "rouge", "vin", [(2017, 75)])),
    ("crous", ("Château de Crouseilles", "Plaimont", "Madiran", SO, F, "rouge", "vin", [(2018, 75), (2018, 37.5)])),
    # Jurançon
    ("chant", ("Chant des Vignes", "Domaine Cauhapé", "Jurançon sec", SO, F, "blanc", "vin", [(2022, 75)])),
    ("sympho", ("Symphonie de Novembre", "Domaine Cauhapé", "Jurançon", SO, F, "liquoreux", "vin", [(2019, 75), (2020, 75)])),
    ("noblesse", ("Noblesse du Temps", "Domaine Cauhapé", "Jurançon", SO, F, "liquoreux", "vin", [(2017, 50)])),
    ("uroulat", ("Clos Uroulat", "Charles Hours", "Jurançon", SO, F, "liquoreux", "vin", [(2018, 75)])),
    ("marie", ("Cuvée Marie", "Charles Hours", "Jurançon sec", SO, F, "blanc", "vin", [(2020, 75)])),
    ("lapeyre", ("Clos Lapeyre", "Clos Lapeyre", "Jurançon sec", SO, F, "blanc", "vin", [(2021, 75)])),
    # Bordeaux
    ("phelan", ("Château Phélan Ségur", "Château Phélan Ségur", "Saint-Estèphe", BX, F, "rouge", "vin", [(2014, 75), (2016, 75), (2016, 37.5)])),
    ("cantem", ("Château Cantemerle", "Château Cantemerle", "Haut-Médoc", BX, F, "rouge", "vin", [(2015, 75)])),
    ("mirb", ("Château Tour de Mirambeau", "Vignobles Despagne", "Bordeaux", BX, F, "blanc", "vin", [(2022, 75)])),
    ("mirr", ("Château Tour de Mirambeau", "Vignobles Despagne", "Bordeaux", BX, F, "rouge", "vin", [(2020, 75)])),
    ("cadet", ("Mouton Cadet", "Baron Philippe de Rothschild", "Bordeaux", BX, F, "rouge", "vin", [(2020, 75), (2020, 37.5)])),
    ("fieuzal", ("Château de Fieuzal", "Château de Fieuzal", "Pessac-Léognan", BX, F, "rouge", "vin", [(2015, 75), (2019, 75)])),
    ("tsb", ("Château Tour Saint-Bonnet", "Château Tour Saint-Bonnet", "Médoc", BX, F, "rouge", "vin", [(2018, 75)])),
    # Côtes de Gascogne
    ("tq_classic", ("Tariquet Classic", "Domaine du Tariquet", "Côtes de Gascogne", SO, F, "blanc", "vin", [(2023, 75), (2023, 37.5)])),
    ("tq_cote", ("Tariquet Côté", "Domaine du Tariquet", "Côtes de Gascogne", SO, F, "blanc", "vin", [(2022, 75), (2023, 75)])),
    ("tq_grives", ("Tariquet Premières Grives", "Domaine du Tariquet", "Côtes de Gascogne", SO, F, "blanc", "vin", [(2023, 75)])),
    ("tq_rose", ("Tariquet Rosé de Pressée", "Domaine du Tariquet", "Côtes de Gascogne", SO, F, "rosé", "vin", [(2023, 75)])),
    ("pell_b", ("Harmonie de Gascogne", "Domaine de Pellehaut", "Côtes de Gascogne", SO, F, "blanc", "vin", [(2023, 75)])),
    ("pell_rs", ("Harmonie de Gascogne", "Domaine de Pellehaut", "Côtes de Gascogne", SO, F, "rosé", "vin", [(2023, 75)])),
    ("uby3", ("Uby N°3 Colombard Ugni Blanc", "Domaine Uby", "Côtes de Gascogne", SO, F, "blanc", "vin", [(2023, 75)])),
    ("uby4", ("Uby N°4 Gros et Petit Manseng", "Domaine Uby", "Côtes de Gascogne", SO, F, "blanc", "vin", [(2022, 75)])),
    # Champagne
    ("deutz", ("Deutz Brut Classic", "Champagne Deutz", "Champagne", "Champagne", F, "effervescent", "champagne", [(None, 75), (None, 37.5), (None, 150)])),
    ("deutz_rs", ("Deutz Brut Rosé", "Champagne Deutz", "Champagne", "Champagne", F, "rosé", "champagne", [(None, 75)])),
    # Floc de Gascogne
    ("floc_b", ("Floc de Gascogne blanc", "Château du Tariquet", "Floc de Gascogne", SO, F, "blanc", "autre", [(None, 75)])),
    ("floc_r", ("Floc de Gascogne rosé", "Château du Tariquet", "Floc de Gascogne", SO, F, "rosé", "autre", [(None, 75)])),
    # Armagnac
    ("lb_vsop", ("Château de Laubade VSOP", "Château de Laubade", "Bas-Armagnac", SO, F, None, "spiritueux", [(None, 70)])),
    ("lb_xo", ("Château de Laubade XO", "Château de Laubade", "Bas-Armagnac", SO, F, None, "spiritueux", [(None, 70)])),
    ("lb_hda", ("Château de Laubade Hors d'Age", "Château de Laubade", "Bas-Armagnac", SO, F, None, "spiritueux", [(None, 70)])),
    ("lb_mill", ("Château de Laubade Millésime", "Château de Laubade", "Bas-Armagnac", SO, F, None, "spiritueux", [(1985, 70), (1995, 70)])),
    ("boing", ("Folle Blanche", "Domaine Boingnères", "Bas-Armagnac", SO, F, None, "spiritueux", [(1990, 70), (2000, 70)])),
    ("dz12", ("Les Grands Assemblages 12 ans", "Darroze", "Bas-Armagnac", SO, F, None, "spiritueux", [(None, 70)])),
    ("dz20", ("Les Grands Assemblages 20 ans", "Darroze", "Bas-Armagnac", SO, F, None, "spiritueux", [(None, 70)])),
    ("tq_vsop", ("Tariquet VSOP", "Château du Tariquet", "Bas-Armagnac", SO, F, None, "spiritueux", [(None, 70)])),
    ("tq_xo", ("Tariquet XO", "Château du Tariquet", "Bas-Armagnac", SO, F, None, "spiritueux", [(None, 70)])),
    ("tq_15", ("Tariquet 15 ans", "Château du Tariquet", "Bas-Armagnac", SO, F, None, "spiritueux", [(None, 70)])),
    # Other spirits and aperitifs
    ("pousse", ("Pousse-Rapière", "Château de Monluc", None, SO, F, None, "spiritueux", [(None, 70)])),
    ("ricard", ("Ricard", "Pernod Ricard", None, None, F, None, "spiritueux", [(None, 100)])),
    ("lillet", ("Lillet Blanc", "Lillet", None, BX, F, None, "autre", [(None, 75)])),
    ("martini", ("Martini Bianco", "Martini", None, None, "Italie", None, "autre", [(None, 100)])),
    ("get27", ("Get 27", "Get Frères", None, None, F, None, "spiritueux", [(None, 70)])),
    ("chartreuse", ("Chartreuse Verte", "Chartreuse Diffusion", None, None, F, None, "spiritueux", [(None, 70)])),
    ("glenf", ("Glenfiddich 12 ans", "William Grant & Sons", None, "Speyside", "Écosse", None, "spiritueux", [(None, 70)])),
    ("hendr", ("Hendrick's Gin", "William Grant & Sons", None, None, "Écosse", None, "spiritueux", [(None, 70)])),
    ("suze", ("Suze", "Pernod Ricard", None, None, F, None, "autre", [(None, 100)])),
    # Beers
    ("k1664_p", ("1664 Blonde pression", "Kronenbourg", None, None, F, None, "bière", [(None, 3000)])),
    ("leffe_p", ("Leffe Blonde pression", "Abbaye de Leffe", None, None, "Belgique", None, "bière", [(None, 2000)])),
    ("grim_p", ("Grimbergen Blanche pression", "Grimbergen", None, None, "Belgique", None, "bière", [(None, 2000)])),
    ("leffe_b", ("Leffe Blonde", "Abbaye de Leffe", None, None, "Belgique", None, "bière", [(None, 33)])),
    ("leffe_br", ("Leffe Brune", "Abbaye de Leffe", None, None, "Belgique", None, "bière", [(None, 33)])),
    ("chimay", ("Chimay Bleue", "Bières de Chimay", None, None, "Belgique", None, "bière", [(None, 33)])),
    ("pelforth", ("Pelforth Brune", "Pelforth", None, None, F, None, "bière", [(None, 25)])),
    ("desper", ("Desperados", "Heineken", None, None, F, None, "bière", [(None, 33)])),
    ("corona", ("Corona Extra", "Grupo Modelo", None, None, "Mexique", None, "bière", [(None, 35.5)])),
    ("hein00", ("Heineken 0.0", "Heineken", None, None, "Pays-Bas", None, "bière", [(None, 25)])),
    # Waters
    ("vittel", ("Vittel", "Vittel", None, None, F, None, "soft", [(None, 100), (None, 50)])),
    ("evian", ("Evian", "Evian", None, None, F, None, "soft", [(None, 100), (None, 50)])),
    ("badoit", ("Badoit", "Badoit", None, None, F, None, "soft", [(None, 100), (None, 50)])),
    ("pelleg", ("San Pellegrino", "San Pellegrino", None, None, "Italie", None, "soft", [(None, 100), (None, 50)])),
    ("perrier", ("Perrier", "Perrier", None, None, F, None, "soft", [(None, 33)])),
    ("salvetat", ("La Salvetat", "Salvetat", None, None, F, None, "soft", [(None, 100)])),
    ("chateldon", ("Châteldon", "Châteldon", None, None, F, None, "soft", [(None, 75)])),
    ("quezac", ("Quézac", "Quézac", None, None, F, None, "soft", [(None, 100)])),
    ("styorre", ("Saint-Yorre", "Saint-Yorre", None, None, F, None, "soft", [(None, 100)])),
    ("ogeu", ("Ogeu plate", "Eaux d'Ogeu", None, SO, F, None, "soft", [(None, 100)])),
    ("ogeu_g", ("Ogeu pétillante", "Eaux d'Ogeu", None, SO, F, None, "soft", [(None, 100)])),
    # Softs
    ("coca", ("Coca-Cola", "Coca-Cola", None, None, F, None, "soft", [(None, 33)])),
    ("cocaz", ("Coca-Cola Zéro", "Coca-Cola", None, None, F, None, "soft", [(None, 33)])),
    ("orangina", ("Orangina", "Orangina", None, None, F, None, "soft", [(None, 25)])),
    ("tonic", ("Schweppes Indian Tonic", "Schweppes", None, None, F, None, "soft", [(None, 25)])),
    ("agrumes", ("Schweppes Agrumes", "Schweppes", None, None, F, None, "soft", [(None, 25)])),
    ("fuze", ("Fuze Tea Pêche", "Fuze Tea", None, None, F, None, "soft", [(None, 25)])),
    ("am_or", ("Jus d'orange", "Alain Milliat", None, None, F, None, "soft", [(None, 33)])),
    ("am_pom", ("Jus de pomme", "Alain Milliat", None, None, F, None, "soft", [(None, 33)])),
    ("am_tom", ("Jus de tomate", "Alain Milliat", None, None, F, None, "soft", [(None, 33)])),
    # Herbal teas and teas (one pot)
    ("verveine", ("Infusion Verveine Menthe", "Éléphant", None, None, F, None, "autre", [(None, 25)])),
    ("tilleul", ("Infusion Tilleul", "Éléphant", None, None, F, None, "autre", [(None, 25)])),
    ("camom", ("Infusion Camomille", "Éléphant", None, None, F, None, "autre", [(None, 25)])),
    ("jbleu", ("Thé Jardin Bleu", "Dammann Frères", None, None, F, None, "autre", [(None, 25)])),
    ("earl", ("Thé Earl Grey", "Dammann Frères", None, None, F, None, "autre", [(None, 25)])),
]
