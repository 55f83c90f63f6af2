"""Drinks of the Brasserie des Halles (Dijon): one line a wine, with the formats and
vintages held. Each (key, format) expands into one library entry per vintage."""

BGN = "Bourgogne"

# key, name, producer, appellation, region, country, colour, category, {format: [vintages]}
DRINKS = [
    # --- reds: Bourgogne rouge from several producers
    ("fournier_bgr", "Bourgogne Rouge", "Domaine Jean Fournier", "Bourgogne", BGN, "France", "rouge", "vin", {75: [2020, 2022], 37.5: [2022]}),
    ("charlopin_bgr", "Bourgogne Rouge", "Domaine Charlopin-Parizot", "Bourgogne", BGN, "France", "rouge", "vin", {75: [2021]}),
    ("bouvier_bgr", "Bourgogne Rouge Le Chapitre", "Domaine René Bouvier", "Bourgogne", BGN, "France", "rouge", "vin", {75: [2020, 2021]}),
    ("bellene_bgr", "Bourgogne Pinot Noir Vieilles Vignes", "Maison Roche de Bellene", "Bourgogne", BGN, "France", "rouge", "vin", {75: [2022]}),
    ("thevenot_hcn_r", "Hautes-Côtes de Nuits Rouge", "Domaine Thévenot-Le Brun", "Bourgogne Hautes-Côtes de Nuits", BGN, "France", "rouge", "vin", {75: [2020, 2022]}),
    ("jayer_hcn_r", "Hautes-Côtes de Nuits Rouge", "Domaine Jayer-Gilles", "Bourgogne Hautes-Côtes de Nuits", BGN, "France", "rouge", "vin", {75: [2021]}),
    ("naudin_hcb_r", "Hautes-Côtes de Beaune Rouge", "Domaine Naudin-Ferrand", "Bourgogne Hautes-Côtes de Beaune", BGN, "France", "rouge", "vin", {75: [2021], 150: [2020]}),
    ("fournier_mars_r", "Marsannay Rouge", "Domaine Jean Fournier", "Marsannay", BGN, "France", "rouge", "vin", {75: [2021]}),
    ("bart_longeroies", "Marsannay Les Longeroies", "Domaine Bart", "Marsannay", BGN, "France", "rouge", "vin", {75: [2019, 2020]}),
    ("gelin_fixin", "Fixin", "Domaine Pierre Gelin", "Fixin", BGN, "France", "rouge", "vin", {75: [2020, 2021]}),
    ("gelin_napoleon", "Fixin 1er Cru Clos Napoléon", "Domaine Pierre Gelin", "Fixin Premier Cru", BGN, "France", "rouge", "vin", {75: [2019]}),
    ("berthaut_fixin", "Fixin", "Domaine Berthaut-Gerbet", "Fixin", BGN, "France", "rouge", "vin", {75: [2021, 2022]}),
    ("humbert_gevrey", "Gevrey-Chambertin", "Domaine Humbert Frères", "Gevrey-Chambertin", BGN, "France", "rouge", "vin", {75: [2019, 2021], 37.5: [2021], 150: [2019]}),
    ("humbert_poissenot", "Gevrey-Chambertin 1er Cru Poissenot", "Domaine Humbert Frères", "Gevrey-Chambertin Premier Cru", BGN, "France", "rouge", "vin", {75: [2019]}),
    ("heresztyn_gevrey", "Gevrey-Chambertin Vieilles Vignes", "Domaine Heresztyn-Mazzini", "Gevrey-Chambertin", BGN, "France", "rouge", "vin", {75: [2020, 2021]}),
    ("hudelot_chambolle", "Chambolle-Musigny", "Domaine Hudelot-Baillet", "Chambolle-Musigny", BGN, "France", "rouge", "vin", {75: [2020, 2021]}),
    ("hudelot_charmes", "Chambolle-Musigny 1er Cru Les Charmes", "Domaine Hudelot-Baillet", "Chambolle-Musigny Premier Cru", BGN, "France", "rouge", "vin", {75: [2019, 2020]}),
    ("digioia_chambolle", "Chambolle-Musigny", "Domaine Digioia-Royer", "Chambolle-Musigny", BGN, "France", "rouge", "vin", {75: [2021]}),
    ("gachot_cdn", "Côte de Nuits-Villages", "Domaine Gachot-Monot", "Côte de Nuits-Villages", BGN, "France", "rouge", "vin", {75: [2021, 2022]}),
    ("pavelot_savigny", "Savigny-lès-Beaune", "Domaine Jean-Marc Pavelot", "Savigny-lès-Beaune", BGN, "France", "rouge", "vin", {75: [2021]}),
    ("brun_cotebrouilly", "Côte de Brouilly", "Domaine Jean-Paul Brun", "Côte de Brouilly", "Beaujolais", "France", "rouge", "vin", {75: [2022]}),
    ("saintcosme_cdr", "Côtes du Rhône", "Saint Cosme", "Côtes du Rhône", "Vallée du Rhône", "France", "rouge", "vin", {75: [2022]}),
    # --- whites
    ("naudin_alig", "Bourgogne Aligoté", "Domaine Naudin-Ferrand", "Bourgogne Aligoté", BGN, "France", "blanc", "vin", {75: [2022, 2023]}),
    ("goisot_alig", "Bourgogne Aligoté", "Domaine Goisot", "Bourgogne Aligoté", BGN, "France", "blanc", "vin", {75: [2022, 2023]}),
    ("ponsot_abeilles", "Bourgogne Aligoté Cuvée des Abeilles", "Domaine Ponsot", "Bourgogne Aligoté", BGN, "France", "blanc", "vin", {75: [2021]}),
    ("fournier_bgb", "Bourgogne Blanc", "Domaine Jean Fournier", "Bourgogne", BGN, "France", "blanc", "vin", {75: [2022]}),
    ("bellene_bgb", "Bourgogne Chardonnay Vieilles Vignes", "Maison Roche de Bellene", "Bourgogne", BGN, "France", "blanc", "vin", {75: [2021, 2022]}),
    ("thevenot_hcn_b", "Hautes-Côtes de Nuits Blanc", "Domaine Thévenot-Le Brun", "Bourgogne Hautes-Côtes de Nuits", BGN, "France", "blanc", "vin", {75: [2022]}),
    ("naudin_hcb_b", "Hautes-Côtes de Beaune Blanc", "Domaine Naudin-Ferrand", "Bourgogne Hautes-Côtes de Beaune", BGN, "France", "blanc", "vin", {75: [2022]}),
    ("bart_mars_b", "Marsannay Blanc", "Domaine Bart", "Marsannay", BGN, "France", "blanc", "vin", {75: [2022]}),
    ("lugny_charmes", "Mâcon-Lugny Les Charmes", "Cave de Lugny", "Mâcon-Lugny", BGN, "France", "blanc", "vin", {75: [2023]}),
    ("lafon_milly", "Mâcon-Milly-Lamartine", "Héritiers du Comte Lafon", "Mâcon-Milly-Lamartine", BGN, "France", "blanc", "vin", {75: [2021, 2022]}),
    ("chablisienne_pierrelee", "Chablis La Pierrelée", "La Chablisienne", "Chablis", BGN, "France", "blanc", "vin", {75: [2021, 2022], 37.5: [2022]}),
    ("chablisienne_fourchaume", "Chablis 1er Cru Fourchaume", "La Chablisienne", "Chablis Premier Cru", BGN, "France", "blanc", "vin", {75: [2020]}),
    ("michel_chablis", "Chablis", "Domaine Louis Michel", "Chablis", BGN, "France", "blanc", "vin", {75: [2022], 37.5: [2022]}),
    # --- rosé
    ("fournier_mars_rose", "Marsannay Rosé", "Domaine Jean Fournier", "Marsannay", BGN, "France", "rosé", "vin", {75: [2023]}),
    # --- crémants and champagne
    ("ambal_grande", "Crémant de Bourgogne Grande Cuvée Brut", "Veuve Ambal", "Crémant de Bourgogne", BGN, "France", "effervescent", "vin", {75: [None]}),
    ("bouillot_ivoire", "Crémant de Bourgogne Perle d'Ivoire", "Louis Bouillot", "Crémant de Bourgogne", BGN, "France", "effervescent", "vin", {75: [None]}),
    ("bouillot_aurore", "Crémant de Bourgogne Perle d'Aurore Rosé", "Louis Bouillot", "Crémant de Bourgogne", BGN, "France", "rosé", "vin", {75: [None]}),
    ("bailly_reserve", "Crémant de Bourgogne Réserve Brut", "Bailly Lapierre", "Crémant de Bourgogne", BGN, "France", "effervescent", "vin", {75: [None], 150: [None]}),
    ("bailly_rose", "Crémant de Bourgogne Rosé Brut", "Bailly Lapierre", "Crémant de Bourgogne", BGN, "France", "rosé", "vin", {75: [None]}),
    ("moet_imperial", "Moët Impérial Brut", "Moët & Chandon", "Champagne", "Champagne", "France", "effervescent", "champagne", {75: [None], 37.5: [None]}),
    # --- liqueurs, aperitifs, digestifs
    ("heritier_cassis", "Crème de Cassis de Dijon", "L'Héritier-Guyot", None, BGN, "France", None, "spiritueux", {70: [None]}),
    ("boudier_cassis", "Crème de Cassis de Dijon", "Gabriel Boudier", None, BGN, "France", None, "spiritueux", {70: [None]}),
    ("boudier_peche", "Crème de Pêche de Vigne", "Gabriel Boudier", None, BGN, "France", None, "spiritueux", {70: [None]}),
    ("boudier_mure", "Crème de Mûre", "Gabriel Boudier", None, BGN, "France", None, "spiritueux", {70: [None]}),
    ("vedrenne_supercassis", "Super Cassis", "Vedrenne", None, BGN, "France", None, "spiritueux", {70: [None]}),
    ("vedrenne_marc", "Marc de Bourgogne", "Vedrenne", "Marc de Bourgogne", BGN, "France", None, "spiritueux", {70: [None]}),
    ("cartron_fine", "Fine de Bourgogne", "Joseph Cartron", "Fine de Bourgogne", BGN, "France", None, "spiritueux", {70: [None]}),
    ("ricard", "Ricard", "Pernod Ricard", None, None, "France", None, "spiritueux", {100: [None]}),
    ("pastis51", "Pastis 51", "Pernod Ricard", None, None, "France", None, "spiritueux", {100: [None]}),
    ("suze", "Suze", "Pernod Ricard", None, None, "France", None, "spiritueux", {100: [None]}),
    ("lillet_blanc", "Lillet Blanc", "Lillet", None, "Bordeaux", "France", None, "autre", {75: [None]}),
    ("martini_bianco", "Martini Bianco", "Martini & Rossi", None, None, "Italie", None, "autre", {100: [None]}),
    ("campari", "Campari", "Campari", None, None, "Italie", None, "spiritueux", {100: [None]}),
    ("get27", "Get 27", "Get Frères", None, None, "France", None, "spiritueux", {70: [None]}),
    ("remy_vsop", "Rémy Martin VSOP", "Rémy Martin", "Cognac", "Cognac", "France", None, "spiritueux", {70: [None]}),
    ("jameson", "Jameson", "Jameson", None, None, "Irlande", None, "spiritueux", {70: [None]}),
    ("jack", "Jack Daniel's Old No. 7", "Jack Daniel's", None, None, "États-Unis", None, "spiritueux", {70: [None]}),
    ("aberlour10", "Aberlour 10 ans", "Aberlour", None, "Speyside", "Écosse", None, "spiritueux", {70: [None]}),
    ("havana3", "Havana Club 3 ans", "Havana Club", None, None, "Cuba", None, "spiritueux", {70: [None]}),
    ("havana7", "Havana Club 7 ans", "Havana Club", None, None, "Cuba", None, "spiritueux", {70: [None]}),
    ("absolut", "Absolut Vodka", "Absolut", None, None, "Suède", None, "spiritueux", {70: [None]}),
    ("bombay", "Bombay Sapphire", "Bombay", None, None, "Royaume-Uni", None, "spiritueux", {70: [None]}),
    ("poire_cartron", "Poire Williams", "Joseph Cartron", None, BGN, "France", None, "spiritueux", {70: [None]}),
    # --- beers: draught as kegs, bottles
    ("k1664", "1664 Blonde", "Kronenbourg", None, "Alsace", "France", None, "bière", {3000: [None]}),
    ("grim_blonde", "Grimbergen Blonde", "Grimbergen", None, None, "Belgique", None, "bière", {2000: [None]}),
    ("grim_blanche", "Grimbergen Blanche", "Grimbergen", None, None, "Belgique", None, "bière", {2000: [None]}),
    ("choue_blonde", "La Choue Blonde", "Brasserie de la Choue", None, BGN, "France", None, "bière", {33: [None]}),
    ("choue_ambree", "La Choue Ambrée", "Brasserie de la Choue", None, BGN, "France", None, "bière", {33: [None]}),
    ("leffe_blonde", "Leffe Blonde", "Leffe", None, None, "Belgique", None, "bière", {33: [None]}),
    ("chimay_bleue", "Chimay Bleue", "Chimay", None, None, "Belgique", None, "bière", {33: [None]}),
    ("desperados", "Desperados", "Heineken", None, None, "France", None, "bière", {33: [None]}),
    ("heineken00", "Heineken 0.0", "Heineken", None, None, "Pays-Bas", None, "bière", {33: [None]}),
    # --- softs and waters
    ("coca", "Coca-Cola", "Coca-Cola", None, None, "France", None, "soft", {33: [None]}),
    ("coca_zero", "Coca-Cola Zéro", "Coca-Cola", None, None, "France", None, "soft", {33: [None]}),
    ("orangina", "Orangina", "Orangina", None, None, "France", None, "soft", {25: [None]}),
    ("schw_tonic", "Schweppes Indian Tonic", "Schweppes", None, None, "France", None, "soft", {25: [None]}),
    ("schw_agrumes", "Schweppes Agrumes", "Schweppes", None, None, "France", None, "soft", {25: [None]}),
    ("perrier", "Perrier", "Perrier", None, None, "France", None, "soft", {33: [None]}),
    ("vittel", "Vittel", "Vittel", None, None, "France", None, "soft", {100: [None], 50: [None]}),
    ("sanpe", "San Pellegrino", "San Pellegrino", None, None, "Italie", None, "soft", {100: [None], 50: [None]}),
    ("badoit", "Badoit", "Badoit", None, None, "France", None, "soft", {100: [None]}),
    ("fuze_peche", "Fuze Tea Pêche", "Fuze Tea", None, None, "France", None, "soft", {25: [None]}),
    ("oasis", "Oasis Tropical", "Oasis", None, None, "France", None, "soft", {25: [None]}),
    ("milliat_pomme", "Jus de Pomme", "Alain Milliat", None, None, "France", None, "soft", {33: [None]}),
    ("milliat_tomate", "Jus de Tomate", "Alain Milliat", None, None, "France", None, "soft", {33: [None]}),
    ("limonade_lorina", "Limonade Lorina", "Lorina", None, None, "France", None, "soft", {33: [None]}),
]


def entries():
    """Library entries in id order: wines in list order, formats ascending by list order,
    vintages ascending."""
    out = []
    for key, name, prod, app, reg, country, colour, cat, fmts in DRINKS:
        for fmt, vints in fmts.items():
            for v in sorted(vints, key=lambda x: (x is None, x)):
                out.append({"key": key, "name": name, "producer": prod, "appellation": app,
                            "region": reg, "country": country, "colour": colour,
                            "category": cat, "vintage": v, "format_cl": fmt})
    return out
