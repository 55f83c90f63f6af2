"""Drinks of "La Guinguette du Pont de Loire" (Nevers): one tuple per wine / product.

(key, name, producer, appellation, region, colour, category, {format_cl: [vintages]})
A vintage of None means a non-vintage drink. Every (format, vintage) is one library entry.
Country is France unless the region says otherwise (see COUNTRY).
"""

V = "vin"; C = "champagne"; S = "spiritueux"; B = "bière"; SO = "soft"; A = "autre"
BL = "blanc"; RG = "rouge"; RS = "rosé"; EF = "effervescent"
N = [None]

COUNTRY = {"Écosse": "Royaume-Uni", "Tennessee": "États-Unis", "Venezuela": "Venezuela",
           "Cuba": "Cuba", "Belgique": "Belgique", "Irlande": "Irlande", "Italie": "Italie",
           "Pays-Bas": "Pays-Bas", "Mexique": "Mexique"}

DRINKS = [
    # Pouilly-Fumé, Pouilly-sur-Loire
    ("pf_lad", "Pouilly-Fumé", "de Ladoucette", "Pouilly-Fumé", "Loire", BL, V, {75: [2021, 2022], 37.5: [2022]}),
    ("pf_baronl", "Baron de L", "de Ladoucette", "Pouilly-Fumé", "Loire", BL, V, {75: [2019]}),
    ("pf_saget", "Pouilly-Fumé La Perrière", "Saget La Perrière", "Pouilly-Fumé", "Loire", BL, V, {75: [2023]}),
    ("pf_serge", "Pouilly-Fumé", "Domaine Serge Dagueneau & Filles", "Pouilly-Fumé", "Loire", BL, V, {75: [2022, 2023]}),
    ("pl_serge", "Pouilly-sur-Loire", "Domaine Serge Dagueneau & Filles", "Pouilly-sur-Loire", "Loire", BL, V, {75: [2023]}),
    ("pf_tracy", "Château de Tracy", "Château de Tracy", "Pouilly-Fumé", "Loire", BL, V, {75: [2021], 150: [2020]}),
    ("pf_paulus", "Villa Paulus", "Masson-Blondelet", "Pouilly-Fumé", "Loire", BL, V, {75: [2022]}),
    # Sancerre
    ("sa_vach", "Sancerre", "Domaine Vacheron", "Sancerre", "Loire", BL, V, {75: [2022, 2023]}),
    ("sa_vach_rg", "Sancerre", "Domaine Vacheron", "Sancerre", "Loire", RG, V, {75: [2021]}),
    ("sa_romains", "Les Romains", "Domaine Vacheron", "Sancerre", "Loire", BL, V, {75: [2020]}),
    ("sa_jolivet", "Sancerre", "Pascal Jolivet", "Sancerre", "Loire", BL, V, {75: [2023], 37.5: [2023]}),
    ("sa_jolivet_rs", "Sancerre", "Pascal Jolivet", "Sancerre", "Loire", RS, V, {75: [2023]}),
    ("sa_moussiere", "La Moussière", "Alphonse Mellot", "Sancerre", "Loire", BL, V, {75: [2022, 2023], 150: [2022]}),
    # Menetou-Salon, Coteaux du Giennois
    ("ms_pelle", "Menetou-Salon Morogues", "Henry Pellé", "Menetou-Salon", "Loire", BL, V, {75: [2022, 2023]}),
    ("ms_pelle_rg", "Menetou-Salon", "Henry Pellé", "Menetou-Salon", "Loire", RG, V, {75: [2021]}),
    ("ms_chatenoy", "Menetou-Salon", "Domaine de Chatenoy", "Menetou-Salon", "Loire", BL, V, {75: [2023]}),
    ("cg_villargeau", "Coteaux du Giennois", "Domaine de Villargeau", "Coteaux du Giennois", "Loire", BL, V, {75: [2022, 2023]}),
    ("cg_villargeau_rg", "Coteaux du Giennois", "Domaine de Villargeau", "Coteaux du Giennois", "Loire", RG, V, {75: [2022]}),
    ("cg_paulat", "Coteaux du Giennois", "Domaine Alain Paulat", "Coteaux du Giennois", "Loire", RG, V, {75: [2021]}),
    # Burgundy, Chablis
    ("bg_jadot", "Bourgogne Pinot Noir Couvent des Jacobins", "Louis Jadot", "Bourgogne", "Bourgogne", RG, V, {75: [2021, 2022], 37.5: [2022]}),
    ("bg_laforet", "Bourgogne Pinot Noir Laforêt", "Joseph Drouhin", "Bourgogne", "Bourgogne", RG, V, {75: [2022]}),
    ("bn_mouches_rg", "Beaune 1er Cru Clos des Mouches", "Joseph Drouhin", "Beaune", "Bourgogne", RG, V, {75: [2019]}),
    ("bn_mouches_bl", "Beaune 1er Cru Clos des Mouches", "Joseph Drouhin", "Beaune", "Bourgogne", BL, V, {75: [2020]}),
    ("mc_framboisiere", "Mercurey La Framboisière", "Domaine Faiveley", "Mercurey", "Bourgogne", RG, V, {75: [2020]}),
    ("gc_trapet", "Gevrey-Chambertin", "Domaine Rossignol-Trapet", "Gevrey-Chambertin", "Bourgogne", RG, V, {75: [2018, 2020], 150: [2018]}),
    ("ch_stmartin", "Chablis Saint Martin", "Domaine Laroche", "Chablis", "Bourgogne", BL, V, {75: [2022, 2023], 37.5: [2023]}),
    ("ch_vaillons", "Chablis 1er Cru Les Vaillons", "Domaine Laroche", "Chablis Premier Cru", "Bourgogne", BL, V, {75: [2021]}),
    ("ch_michel", "Chablis", "Domaine Louis Michel & Fils", "Chablis", "Bourgogne", BL, V, {75: [2022]}),
    ("ch_montmain", "Chablis 1er Cru Montmain", "Domaine Louis Michel & Fils", "Chablis Premier Cru", "Bourgogne", BL, V, {75: [2020]}),
    ("ch_venerables", "Chablis Les Vénérables Vieilles Vignes", "La Chablisienne", "Chablis", "Bourgogne", BL, V, {75: [2021]}),
    ("ch_clos", "Chablis Grand Cru Les Clos", "William Fèvre", "Chablis Grand Cru", "Bourgogne", BL, V, {75: [2018]}),
    ("cr_bouillot", "Crémant de Bourgogne Perle d'Ivoire", "Louis Bouillot", "Crémant de Bourgogne", "Bourgogne", EF, V, {75: N}),
    # Bordeaux
    ("bx_lanessan", "Château Lanessan", "Château Lanessan", "Haut-Médoc", "Bordeaux", RG, V, {75: [2016, 2018]}),
    ("bx_pez", "Château de Pez", "Château de Pez", "Saint-Estèphe", "Bordeaux", RG, V, {75: [2017]}),
    ("bx_ormes", "Château Ormes de Pez", "Château Ormes de Pez", "Saint-Estèphe", "Bordeaux", RG, V, {75: [2019]}),
    ("bx_greysac", "Château Greysac", "Château Greysac", "Médoc", "Bordeaux", RG, V, {75: [2019]}),
    ("bx_capfaugeres", "Château Cap de Faugères", "Château Cap de Faugères", "Castillon Côtes de Bordeaux", "Bordeaux", RG, V, {75: [2018], 150: [2016]}),
    # Rhône
    ("rh_perrin_rg", "Côtes du Rhône Réserve", "Famille Perrin", "Côtes du Rhône", "Rhône", RG, V, {75: [2021, 2022], 37.5: [2022]}),
    ("rh_perrin_bl", "Côtes du Rhône Réserve", "Famille Perrin", "Côtes du Rhône", "Rhône", BL, V, {75: [2023]}),
    ("rh_p45", "Parallèle 45", "Paul Jaboulet Aîné", "Côtes du Rhône", "Rhône", RG, V, {75: [2022]}),
    ("rh_thalabert", "Domaine de Thalabert", "Paul Jaboulet Aîné", "Crozes-Hermitage", "Rhône", RG, V, {75: [2019]}),
    ("rh_graillot", "Crozes-Hermitage", "Domaine Alain Graillot", "Crozes-Hermitage", "Rhône", RG, V, {75: [2020, 2021]}),
    ("rh_cuilleron", "Saint-Joseph Les Pierres Sèches", "Yves Cuilleron", "Saint-Joseph", "Rhône", RG, V, {75: [2021]}),
    ("rh_stcosme", "Gigondas", "Château de Saint Cosme", "Gigondas", "Rhône", RG, V, {75: [2020]}),
    ("rh_telegraphe", "Vieux Télégraphe La Crau", "Domaine du Vieux Télégraphe", "Châteauneuf-du-Pape", "Rhône", RG, V, {75: [2019], 150: [2017]}),
    # Champagne
    ("cp_boll", "Bollinger Special Cuvée", "Bollinger", "Champagne", "Champagne", EF, C, {75: N, 37.5: N, 150: N}),
    ("cp_boll_ga", "Bollinger La Grande Année", "Bollinger", "Champagne", "Champagne", EF, C, {75: [2014, 2015]}),
    ("cp_taitt", "Taittinger Brut Réserve", "Taittinger", "Champagne", "Champagne", EF, C, {75: N}),
    ("cp_taitt_rs", "Taittinger Prestige Rosé", "Taittinger", "Champagne", "Champagne", RS, C, {75: N}),
    ("cp_ruinart_bdb", "Ruinart Blanc de Blancs", "Ruinart", "Champagne", "Champagne", EF, C, {75: N}),
    ("cp_r_ruinart", "R de Ruinart", "Ruinart", "Champagne", "Champagne", EF, C, {75: N}),
    ("cp_lp", "Laurent-Perrier La Cuvée", "Laurent-Perrier", "Champagne", "Champagne", EF, C, {75: N, 150: N}),
    ("cp_lp_rs", "Laurent-Perrier Cuvée Rosé", "Laurent-Perrier", "Champagne", "Champagne", RS, C, {75: N}),
    # Beers: kegs and bottles
    ("bi_kro", "Kronenbourg", "Kronenbourg", None, None, None, B, {3000: N}),
    ("bi_grim", "Grimbergen Blonde", "Grimbergen", None, None, None, B, {2000: N}),
    ("bi_vez_bl", "Vézelay Blonde", "Brasserie de Vézelay", None, "Bourgogne", None, B, {2000: N, 33: N}),
    ("bi_vez_amb", "Vézelay Ambrée", "Brasserie de Vézelay", None, "Bourgogne", None, B, {33: N}),
    ("bi_guinness", "Guinness", "Guinness", None, "Irlande", None, B, {3000: N}),
    ("bi_1664", "1664", "Kronenbourg", None, None, None, B, {25: N}),
    ("bi_1664bl", "1664 Blanc", "Kronenbourg", None, None, None, B, {3000: N, 25: N}),
    ("bi_duvel", "Duvel", "Duvel Moortgat", None, "Belgique", None, B, {33: N}),
    ("bi_chimay_bl", "Chimay Bleue", "Chimay", None, "Belgique", None, B, {33: N}),
    ("bi_chimay_rg", "Chimay Rouge", "Chimay", None, "Belgique", None, B, {33: N}),
    ("bi_desperados", "Desperados", "Heineken", None, "Pays-Bas", None, B, {33: N}),
    ("bi_heineken00", "Heineken 0.0", "Heineken", None, "Pays-Bas", None, B, {25: N}),
    # Spirits
    ("sp_jd", "Jack Daniel's Old No. 7", "Jack Daniel's", None, "Tennessee", None, S, {70: N}),
    ("sp_lagavulin", "Lagavulin 16 ans", "Lagavulin", None, "Écosse", None, S, {70: N}),
    ("sp_glen12", "Glenfiddich 12 ans", "Glenfiddich", None, "Écosse", None, S, {70: N}),
    ("sp_glen15", "Glenfiddich 15 ans", "Glenfiddich", None, "Écosse", None, S, {70: N}),
    ("sp_diplo", "Diplomático Reserva Exclusiva", "Diplomático", None, "Venezuela", None, S, {70: N}),
    ("sp_havana3", "Havana Club 3 ans", "Havana Club", None, "Cuba", None, S, {70: N}),
    ("sp_hennessy", "Hennessy VS", "Hennessy", "Cognac", "Cognac", None, S, {70: N}),
    ("sp_remy", "Rémy Martin VSOP", "Rémy Martin", "Cognac", "Cognac", None, S, {70: N}),
    ("sp_marc", "Marc de Bourgogne", "Joseph Cartron", "Marc de Bourgogne", "Bourgogne", None, S, {70: N}),
    ("sp_poire", "Poire Williams", "Joseph Cartron", None, "Bourgogne", None, S, {70: N}),
    ("sp_hendricks", "Hendrick's Gin", "Hendrick's", None, "Écosse", None, S, {70: N}),
    ("sp_greygoose", "Grey Goose", "Grey Goose", None, None, None, S, {70: N}),
    # Aperitifs
    ("ap_ricard", "Ricard", "Ricard", None, None, None, A, {100: N}),
    ("ap_51", "Pastis 51", "Pernod", None, None, None, A, {100: N}),
    ("ap_suze", "Suze", "Suze", None, None, None, A, {100: N}),
    ("ap_lillet", "Lillet Blanc", "Lillet", None, "Bordeaux", None, A, {75: N}),
    ("ap_martini_bl", "Martini Bianco", "Martini", None, "Italie", None, A, {100: N}),
    ("ap_martini_rs", "Martini Rosso", "Martini", None, "Italie", None, A, {100: N}),
    ("ap_aperol", "Aperol", "Aperol", None, "Italie", None, A, {70: N}),
    ("ap_campari", "Campari", "Campari", None, "Italie", None, A, {70: N}),
    ("ap_cassis", "Crème de Cassis de Bourgogne", "Joseph Cartron", None, "Bourgogne", None, A, {70: N}),
    # Softs and waters
    ("so_coca", "Coca-Cola", "Coca-Cola", None, None, None, SO, {33: N}),
    ("so_cocazero", "Coca-Cola Zéro", "Coca-Cola", None, None, None, SO, {33: N}),
    ("so_orangina", "Orangina", "Orangina", None, None, None, SO, {25: N}),
    ("so_schweppes", "Schweppes Indian Tonic", "Schweppes", None, None, None, SO, {25: N}),
    ("so_icetea", "Lipton Ice Tea Pêche", "Lipton", None, None, None, SO, {25: N}),
    ("so_perrier", "Perrier", "Perrier", None, None, None, SO, {33: N, 100: N}),
    ("so_evian", "Evian", "Evian", None, None, None, SO, {50: N, 100: N}),
    ("so_badoit", "Badoit", "Badoit", None, None, None, SO, {100: N}),
    ("so_jusorange", "Jus d'orange", "Alain Milliat", None, None, None, SO, {100: N}),
]
