"""The drinks of the Brasserie du Durgeon (Vesoul): one row per wine / product.

(key, name, producer, appellation, region, country, colour, category, {format_cl: [vintages]})
A vintage list [None] is a non-vintage product.
"""
F = "France"
B = "Bourgogne"
J = "Jura"
A = "Alsace"
R = "Vallée du Rhône"
BX = "Bordeaux"
FC = "Franche-Comté"

DRINKS = [
    # Burgundy
    ("drouhin_pn", "Bourgogne Pinot Noir", "Joseph Drouhin", "Bourgogne", B, F, "rouge", "vin", {75: [2020, 2022], 37.5: [2022]}),
    ("bouchard_ch", "Bourgogne Chardonnay La Vignée", "Bouchard Père & Fils", "Bourgogne", B, F, "blanc", "vin", {75: [2022]}),
    ("goisot_ali", "Bourgogne Aligoté", "Domaine Goisot", "Bourgogne Aligoté", B, F, "blanc", "vin", {75: [2022]}),
    ("laroche_chab", "Chablis Saint Martin", "Domaine Laroche", "Chablis", B, F, "blanc", "vin", {75: [2021, 2022], 37.5: [2022]}),
    ("brocard_mont", "Chablis Premier Cru Montmains", "Jean-Marc Brocard", "Chablis Premier Cru", B, F, "blanc", "vin", {75: [2020]}),
    ("faiveley_merc", "Mercurey La Framboisière", "Domaine Faiveley", "Mercurey", B, F, "rouge", "vin", {75: [2019, 2021]}),
    ("bart_mars", "Marsannay Les Longeroies", "Domaine Bart", "Marsannay", B, F, "rouge", "vin", {75: [2020]}),
    ("colinot_ira", "Irancy", "Domaine Colinot", "Irancy", B, F, "rouge", "vin", {75: [2020]}),
    ("trapet_gev", "Gevrey-Chambertin", "Domaine Rossignol-Trapet", "Gevrey-Chambertin", B, F, "rouge", "vin", {75: [2019, 2020], 150: [2019]}),
    ("latour_lugny", "Mâcon-Lugny Les Genièvres", "Louis Latour", "Mâcon-Lugny", B, F, "blanc", "vin", {75: [2022]}),
    ("ferret_pf", "Pouilly-Fuissé", "Domaine J.A. Ferret", "Pouilly-Fuissé", B, F, "blanc", "vin", {75: [2021]}),
    # Jura
    ("rolet_trous", "Arbois Trousseau", "Domaine Rolet", "Arbois", J, F, "rouge", "vin", {75: [2020]}),
    ("tissot_pouls", "Arbois Poulsard Vieilles Vignes", "Domaine Stéphane Tissot", "Arbois", J, F, "rouge", "vin", {75: [2021]}),
    ("fruit_sav", "Arbois Savagnin", "Fruitière Vinicole d'Arbois", "Arbois", J, F, "blanc", "vin", {75: [2018, 2019]}),
    ("baud_trad", "Côtes du Jura Tradition", "Domaine Baud", "Côtes du Jura", J, F, "blanc", "vin", {75: [2021, 2022]}),
    ("baud_jaune", "Côtes du Jura Vin Jaune", "Domaine Baud", "Côtes du Jura", J, F, "blanc", "vin", {62: [2016]}),
    ("bb_chalon", "Château-Chalon", "Domaine Berthet-Bondet", "Château-Chalon", J, F, "blanc", "vin", {62: [2015, 2016]}),
    ("bb_paille", "Vin de Paille", "Domaine Berthet-Bondet", "Côtes du Jura", J, F, "liquoreux", "vin", {37.5: [2018]}),
    ("rolet_macvin", "Macvin du Jura blanc", "Domaine Rolet", "Macvin du Jura", J, F, "liquoreux", "vin", {75: [None]}),
    ("montb_etoile", "L'Étoile", "Domaine de Montbourgeau", "L'Étoile", J, F, "blanc", "vin", {75: [2020]}),
    ("rolet_cremant", "Crémant du Jura Brut", "Domaine Rolet", "Crémant du Jura", J, F, "effervescent", "vin", {75: [None], 150: [None]}),
    ("rolet_cremrose", "Crémant du Jura Rosé", "Domaine Rolet", "Crémant du Jura", J, F, "rosé", "vin", {75: [None]}),
    # Alsace
    ("trimbach_ries", "Riesling", "Trimbach", "Alsace", A, F, "blanc", "vin", {75: [2020, 2021], 37.5: [2021]}),
    ("hugel_gewu", "Gewurztraminer Classic", "Hugel", "Alsace", A, F, "blanc", "vin", {75: [2021]}),
    ("beyer_pg", "Pinot Gris", "Léon Beyer", "Alsace", A, F, "blanc", "vin", {75: [2020]}),
    ("turck_pn", "Pinot Noir", "Cave de Turckheim", "Alsace", A, F, "rouge", "vin", {75: [2021]}),
    ("turck_sylv", "Sylvaner", "Cave de Turckheim", "Alsace", A, F, "blanc", "vin", {75: [2022]}),
    ("wolf_cremant", "Crémant d'Alsace Brut", "Wolfberger", "Crémant d'Alsace", A, F, "effervescent", "vin", {75: [None]}),
    # Rhône
    ("guigal_cdr_r", "Côtes du Rhône rouge", "E. Guigal", "Côtes du Rhône", R, F, "rouge", "vin", {75: [2020, 2021], 37.5: [2021]}),
    ("guigal_cdr_b", "Côtes du Rhône blanc", "E. Guigal", "Côtes du Rhône", R, F, "blanc", "vin", {75: [2022]}),
    ("guigal_cdr_rs", "Côtes du Rhône rosé", "E. Guigal", "Côtes du Rhône", R, F, "rosé", "vin", {75: [2023]}),
    ("jab_jalets", "Crozes-Hermitage Les Jalets", "Paul Jaboulet Aîné", "Crozes-Hermitage", R, F, "rouge", "vin", {75: [2020]}),
    ("santaduc_gig", "Gigondas Aux Lieux-Dits", "Domaine Santa Duc", "Gigondas", R, F, "rouge", "vin", {75: [2019]}),
    ("vt_lacrau", "Châteauneuf-du-Pape La Crau", "Domaine du Vieux Télégraphe", "Châteauneuf-du-Pape", R, F, "rouge", "vin", {75: [2018, 2019], 150: [2018]}),
    ("vt_telegramme", "Télégramme", "Domaine du Vieux Télégraphe", "Châteauneuf-du-Pape", R, F, "rouge", "vin", {75: [2021]}),
    ("cdrv_plan", "Côtes du Rhône Villages Plan de Dieu", "Domaine La Montagne d'Or", "Côtes du Rhône Villages", R, F, "rouge", "vin", {75: [2021]}),
    # Bordeaux
    ("mirambeau_r", "Château Tour de Mirambeau", "Vignobles Despagne", "Bordeaux", BX, F, "rouge", "vin", {75: [2020, 2021], 37.5: [2021]}),
    ("mirambeau_b", "Château Tour de Mirambeau blanc", "Vignobles Despagne", "Bordeaux", BX, F, "blanc", "vin", {75: [2022]}),
    ("cantemerle", "Château Cantemerle", "Château Cantemerle", "Haut-Médoc", BX, F, "rouge", "vin", {75: [2016, 2018]}),
    ("corbin_desp", "Château Grand Corbin-Despagne", "Château Grand Corbin-Despagne", "Saint-Émilion Grand Cru", BX, F, "rouge", "vin", {75: [2017]}),
    ("lanessan", "Château Lanessan", "Château Lanessan", "Haut-Médoc", BX, F, "rouge", "vin", {75: [2015]}),
    ("filhot", "Château Filhot", "Château Filhot", "Sauternes", BX, F, "liquoreux", "vin", {75: [2016], 37.5: [2016]}),
    # Provence
    ("minuty_m", "M de Minuty", "Château Minuty", "Côtes de Provence", "Provence", F, "rosé", "vin", {75: [2023], 150: [2023]}),
    # Champagne
    ("drappier_cd", "Carte d'Or Brut", "Drappier", "Champagne", "Champagne", F, "effervescent", "champagne", {75: [None], 37.5: [None], 150: [None]}),
    # Eaux-de-vie of Fougerolles, absinthe, local spirits
    ("peureux_kirsch", "Kirsch de Fougerolles", "Distillerie Peureux", "Kirsch de Fougerolles", FC, F, None, "spiritueux", {70: [None]}),
    ("devoille_kvieux", "Kirsch Vieux de Fougerolles", "Distillerie Paul Devoille", "Kirsch de Fougerolles", FC, F, None, "spiritueux", {70: [None]}),
    ("devoille_mira", "Eau-de-vie de Mirabelle", "Distillerie Paul Devoille", None, FC, F, None, "spiritueux", {70: [None]}),
    ("peureux_griotte", "Liqueur de Griotte", "Distillerie Peureux", None, FC, F, None, "spiritueux", {70: [None]}),
    ("pernot_vp", "Absinthe Vieux Pontarlier", "Emile Pernot", None, FC, F, None, "spiritueux", {70: [None]}),
    ("guy_pont", "Pontarlier-Anis", "Distillerie Pierre Guy", None, FC, F, None, "autre", {100: [None]}),
    ("rolet_marc", "Marc du Jura", "Domaine Rolet", "Marc du Jura", J, F, None, "spiritueux", {70: [None]}),
    # Aperitifs
    ("ricard", "Ricard", "Pernod Ricard", None, None, F, None, "autre", {100: [None]}),
    ("p51", "Pastis 51", "Pernod Ricard", None, None, F, None, "autre", {100: [None]}),
    ("suze", "Suze", "Pernod Ricard", None, None, F, None, "autre", {100: [None]}),
    ("martini_b", "Martini Bianco", "Martini & Rossi", None, None, "Italie", None, "autre", {100: [None]}),
    ("martini_r", "Martini Rosso", "Martini & Rossi", None, None, "Italie", None, "autre", {100: [None]}),
    ("lillet", "Lillet Blanc", "Lillet", None, BX, F, None, "autre", {75: [None]}),
    ("aperol", "Aperol", "Campari Group", None, None, "Italie", None, "autre", {70: [None]}),
    ("campari", "Campari Bitter", "Campari Group", None, None, "Italie", None, "autre", {70: [None]}),
    ("sandeman", "Porto Sandeman Ruby", "Sandeman", "Porto", "Douro", "Portugal", None, "autre", {75: [None]}),
    ("lejay_cassis", "Crème de Cassis de Dijon", "Lejay-Lagoute", None, B, F, None, "autre", {70: [None]}),
    # Spirits
    ("remy_vsop", "Rémy Martin VSOP", "Rémy Martin", "Cognac", "Cognac", F, None, "spiritueux", {70: [None]}),
    ("drouin_calva", "Calvados Pays d'Auge Réserve", "Christian Drouin", "Calvados Pays d'Auge", "Normandie", F, None, "spiritueux", {70: [None]}),
    ("get27", "Get 27", "Get Frères", None, None, F, None, "spiritueux", {70: [None]}),
    ("chartreuse_v", "Chartreuse Verte", "Chartreuse", None, None, F, None, "spiritueux", {70: [None]}),
    ("cointreau", "Cointreau", "Rémy Cointreau", None, None, F, None, "spiritueux", {70: [None]}),
    ("jack", "Jack Daniel's Old No. 7", "Jack Daniel's", None, "Tennessee", "États-Unis", None, "spiritueux", {70: [None]}),
    ("jameson", "Jameson", "Jameson", None, None, "Irlande", None, "spiritueux", {70: [None]}),
    ("chivas12", "Chivas Regal 12 ans", "Chivas Brothers", None, "Scotland", "Écosse", None, "spiritueux", {70: [None]}),
    ("glenf12", "Glenfiddich 12 ans", "William Grant & Sons", None, "Speyside", "Écosse", None, "spiritueux", {70: [None]}),
    ("havana3", "Havana Club 3 ans", "Havana Club", None, None, "Cuba", None, "spiritueux", {70: [None]}),
    ("havana7", "Havana Club 7 ans", "Havana Club", None, None, "Cuba", None, "spiritueux", {70: [None]}),
    ("bombay", "Bombay Sapphire", "Bombay Spirits", None, None, "Royaume-Uni", None, "spiritueux", {70: [None]}),
    ("hendricks", "Hendrick's Gin", "William Grant & Sons", None, None, "Écosse", None, "spiritueux", {70: [None]}),
    ("absolut", "Absolut Vodka", "Absolut", None, None, "Suède", None, "spiritueux", {70: [None]}),
    ("greygoose", "Grey Goose", "Grey Goose", None, None, F, None, "spiritueux", {70: [None]}),
    # Beers: draught kegs and bottles
    ("kro_keg", "Kronenbourg pression", "Kronenbourg", None, A, F, None, "bière", {3000: [None]}),
    ("grim_keg", "Grimbergen Blonde pression", "Grimbergen", None, None, "Belgique", None, "bière", {2000: [None]}),
    ("blanc1664_keg", "1664 Blanc pression", "Kronenbourg", None, A, F, None, "bière", {2000: [None]}),
    ("rdl_keg", "Rouget de Lisle Blonde pression", "Brasserie Rouget de Lisle", None, J, F, None, "bière", {2000: [None]}),
    ("rdl_ambree", "Rouget de Lisle Ambrée", "Brasserie Rouget de Lisle", None, J, F, None, "bière", {33: [None]}),
    ("rdl_blanche", "Rouget de Lisle Blanche", "Brasserie Rouget de Lisle", None, J, F, None, "bière", {33: [None]}),
    ("franche_blonde", "La Franche Blonde", "Brasserie La Franche", None, J, F, None, "bière", {33: [None], 75: [None]}),
    ("franche_ipa", "La Franche IPA", "Brasserie La Franche", None, J, F, None, "bière", {33: [None]}),
    ("leffe_b", "Leffe Blonde", "Abbaye de Leffe", None, None, "Belgique", None, "bière", {33: [None]}),
    ("leffe_r", "Leffe Ruby", "Abbaye de Leffe", None, None, "Belgique", None, "bière", {33: [None]}),
    ("chouffe", "La Chouffe", "Brasserie d'Achouffe", None, None, "Belgique", None, "bière", {33: [None]}),
    ("desperados", "Desperados", "Heineken", None, None, "Pays-Bas", None, "bière", {33: [None]}),
    ("heineken", "Heineken", "Heineken", None, None, "Pays-Bas", None, "bière", {33: [None]}),
    ("kro_sans", "Kronenbourg Sans Alcool", "Kronenbourg", None, A, F, None, "bière", {25: [None]}),
    # Softs and waters
    ("coca", "Coca-Cola", "Coca-Cola", None, None, F, None, "soft", {33: [None]}),
    ("coca_zero", "Coca-Cola Zero", "Coca-Cola", None, None, F, None, "soft", {33: [None]}),
    ("orangina", "Orangina", "Orangina Suntory", None, None, F, None, "soft", {25: [None]}),
    ("schweppes_t", "Schweppes Indian Tonic", "Schweppes", None, None, F, None, "soft", {25: [None]}),
    ("schweppes_a", "Schweppes Agrum'", "Schweppes", None, None, F, None, "soft", {25: [None]}),
    ("perrier", "Perrier", "Perrier", None, None, F, None, "soft", {33: [None]}),
    ("badoit", "Badoit", "Badoit", None, None, F, None, "soft", {100: [None]}),
    ("vittel", "Vittel", "Vittel", None, None, F, None, "soft", {100: [None], 50: [None]}),
    ("pellegrino", "San Pellegrino", "San Pellegrino", None, None, "Italie", None, "soft", {100: [None], 50: [None]}),
    ("milliat_pom", "Jus de Pomme", "Alain Milliat", None, None, F, None, "soft", {33: [None]}),
    ("milliat_ora", "Jus d'Orange", "Alain Milliat", None, None, F, None, "soft", {33: [None]}),
    ("lorina", "Limonade Lorina", "Lorina", None, None, F, None, "soft", {33: [None]}),
    ("icetea", "Lipton Ice Tea Pêche", "Lipton", None, None, F, None, "soft", {25: [None]}),
]
