"""Le Caveau des Hospices (Beaune): the drinks library.

Each drink: key -> (name, producer, appellation, region, colour, category, {format_cl: [vintages]}).
Non-vintage drinks use [None]. One library entry per format and vintage, in this order.
"""

B = "Bourgogne"
D = [
    # --- Beaune
    ("bne_morot_bress", "Beaune 1er Cru Les Bressandes", "Domaine Albert Morot", "Beaune", B, "rouge", "vin", {75: [2018, 2020], 37.5: [2020], 150: [2018]}),
    ("bne_drouhin_mouches_r", "Beaune 1er Cru Clos des Mouches", "Joseph Drouhin", "Beaune", B, "rouge", "vin", {75: [2019]}),
    ("bne_drouhin_mouches_b", "Beaune 1er Cru Clos des Mouches", "Joseph Drouhin", "Beaune", B, "blanc", "vin", {75: [2020, 2021]}),
    ("bne_jadot_ursules", "Beaune 1er Cru Clos des Ursules", "Louis Jadot", "Beaune", B, "rouge", "vin", {75: [2015, 2017, 2019]}),
    ("bne_champy", "Beaune", "Maison Champy", "Beaune", B, "rouge", "vin", {75: [2021], 37.5: [2021]}),
    ("bne_bouchard_enfant", "Beaune 1er Cru Grèves Vigne de l'Enfant Jésus", "Bouchard Père & Fils", "Beaune", B, "rouge", "vin", {75: [2018]}),
    ("bne_hospices_rolin", "Beaune 1er Cru Cuvée Nicolas Rolin", "Hospices de Beaune", "Beaune", B, "rouge", "vin", {75: [2018, 2019]}),
    # --- Pommard
    ("pom_courcel_epenots", "Pommard 1er Cru Grand Clos des Épenots", "Domaine de Courcel", "Pommard", B, "rouge", "vin", {75: [2015, 2017, 2019]}),
    ("pom_courcel_rugiens", "Pommard 1er Cru Les Rugiens", "Domaine de Courcel", "Pommard", B, "rouge", "vin", {75: [2018]}),
    ("pom_parent", "Pommard", "Domaine Parent", "Pommard", B, "rouge", "vin", {75: [2020, 2021]}),
    ("pom_hospices_dames", "Pommard Cuvée Dames de la Charité", "Hospices de Beaune", "Pommard", B, "rouge", "vin", {75: [2017]}),
    # --- Volnay
    ("vol_lafarge", "Volnay", "Domaine Michel Lafarge", "Volnay", B, "rouge", "vin", {75: [2019, 2021], 37.5: [2020]}),
    ("vol_lafarge_chenes", "Volnay 1er Cru Clos des Chênes", "Domaine Michel Lafarge", "Volnay", B, "rouge", "vin", {75: [2017, 2019], 150: [2017]}),
    ("vol_drouhin", "Volnay", "Joseph Drouhin", "Volnay", B, "rouge", "vin", {75: [2020]}),
    ("vol_bouchard_caill", "Volnay 1er Cru Caillerets Ancienne Cuvée Carnot", "Bouchard Père & Fils", "Volnay", B, "rouge", "vin", {75: [2019]}),
    ("vol_montille_taille", "Volnay 1er Cru Les Taillepieds", "Domaine de Montille", "Volnay", B, "rouge", "vin", {75: [2016, 2018]}),
    # --- Savigny, Aloxe, Corton
    ("sav_bize_r", "Savigny-lès-Beaune", "Domaine Simon Bize", "Savigny-lès-Beaune", B, "rouge", "vin", {75: [2020, 2022], 37.5: [2021]}),
    ("sav_bize_b", "Savigny-lès-Beaune Blanc", "Domaine Simon Bize", "Savigny-lès-Beaune", B, "blanc", "vin", {75: [2022]}),
    ("sav_chandon_lavieres", "Savigny-lès-Beaune 1er Cru Les Lavières", "Domaine Chandon de Briailles", "Savigny-lès-Beaune", B, "rouge", "vin", {75: [2019]}),
    ("alx_follin", "Aloxe-Corton", "Domaine Follin-Arbelet", "Aloxe-Corton", B, "rouge", "vin", {75: [2019, 2020]}),
    ("corton_chandon_bress", "Corton Bressandes Grand Cru", "Domaine Chandon de Briailles", "Corton", B, "rouge", "vin", {75: [2017]}),
    ("cc_bonneau", "Corton-Charlemagne Grand Cru", "Domaine Bonneau du Martray", "Corton-Charlemagne", B, "blanc", "vin", {75: [2016, 2018]}),
    # --- Nuits, Gevrey
    ("nsg_gouges", "Nuits-Saint-Georges", "Domaine Henri Gouges", "Nuits-Saint-Georges", B, "rouge", "vin", {75: [2019, 2020]}),
    ("nsg_gouges_stg", "Nuits-Saint-Georges 1er Cru Les Saint-Georges", "Domaine Henri Gouges", "Nuits-Saint-Georges", B, "rouge", "vin", {75: [2015, 2017], 150: [2016]}),
    ("nsg_faiveley", "Nuits-Saint-Georges", "Maison Joseph Faiveley", "Nuits-Saint-Georges", B, "rouge", "vin", {75: [2021]}),
    ("nsg_chevillon_vauc", "Nuits-Saint-Georges 1er Cru Les Vaucrains", "Domaine Robert Chevillon", "Nuits-Saint-Georges", B, "rouge", "vin", {75: [2018]}),
    ("gev_trapet_ostrea", "Gevrey-Chambertin Ostrea", "Domaine Trapet Père & Fils", "Gevrey-Chambertin", B, "rouge", "vin", {75: [2019, 2020]}),
    ("gev_rousseau_csj", "Gevrey-Chambertin 1er Cru Clos Saint-Jacques", "Domaine Armand Rousseau", "Gevrey-Chambertin", B, "rouge", "vin", {75: [2014, 2016]}),
    ("gev_jadot", "Gevrey-Chambertin", "Louis Jadot", "Gevrey-Chambertin", B, "rouge", "vin", {75: [2020], 37.5: [2020]}),
    ("charmes_taupenot", "Charmes-Chambertin Grand Cru", "Domaine Taupenot-Merme", "Charmes-Chambertin", B, "rouge", "vin", {75: [2018]}),
    # --- Bourgogne, Hautes-Côtes
    ("bgne_lafarge_r", "Bourgogne Rouge", "Domaine Michel Lafarge", "Bourgogne", B, "rouge", "vin", {75: [2021, 2022]}),
    ("bgne_bouchard_pn", "Bourgogne Pinot Noir La Vignée", "Bouchard Père & Fils", "Bourgogne", B, "rouge", "vin", {75: [2022], 37.5: [2022]}),
    ("hcn_duband", "Hautes-Côtes de Nuits Rouge", "Domaine David Duband", "Bourgogne Hautes-Côtes de Nuits", B, "rouge", "vin", {75: [2021]}),
    ("hcb_naudin_r", "Hautes-Côtes de Beaune Rouge", "Domaine Naudin-Ferrand", "Bourgogne Hautes-Côtes de Beaune", B, "rouge", "vin", {75: [2021]}),
    ("hcb_naudin_b", "Hautes-Côtes de Beaune Blanc", "Domaine Naudin-Ferrand", "Bourgogne Hautes-Côtes de Beaune", B, "blanc", "vin", {75: [2022]}),
    # --- Meursault, Puligny, Chassagne
    ("meu_roulot", "Meursault", "Domaine Roulot", "Meursault", B, "blanc", "vin", {75: [2020, 2021]}),
    ("meu_roulot_charmes", "Meursault 1er Cru Les Charmes", "Domaine Roulot", "Meursault", B, "blanc", "vin", {75: [2019]}),
    ("meu_lafon_genev", "Meursault 1er Cru Genevrières", "Domaine des Comtes Lafon", "Meursault", B, "blanc", "vin", {75: [2017, 2018, 2020]}),
    ("meu_hospices_baudot", "Meursault-Genevrières Cuvée Baudot", "Hospices de Beaune", "Meursault", B, "blanc", "vin", {75: [2019]}),
    ("meu_latour", "Meursault", "Maison Louis Latour", "Meursault", B, "blanc", "vin", {75: [2021], 37.5: [2021]}),
    ("pul_leflaive", "Puligny-Montrachet", "Domaine Leflaive", "Puligny-Montrachet", B, "blanc", "vin", {75: [2020, 2021], 150: [2020]}),
    ("pul_leflaive_pucelles", "Puligny-Montrachet 1er Cru Les Pucelles", "Domaine Leflaive", "Puligny-Montrachet", B, "blanc", "vin", {75: [2017, 2019]}),
    ("pul_oleflaive", "Puligny-Montrachet", "Olivier Leflaive", "Puligny-Montrachet", B, "blanc", "vin", {75: [2021, 2022], 37.5: [2022]}),
    ("cha_gagnard", "Chassagne-Montrachet", "Domaine Jean-Noël Gagnard", "Chassagne-Montrachet", B, "blanc", "vin", {75: [2021]}),
    ("cha_gagnard_caill", "Chassagne-Montrachet 1er Cru Les Caillerets", "Domaine Jean-Noël Gagnard", "Chassagne-Montrachet", B, "blanc", "vin", {75: [2018, 2019]}),
    ("cha_ramonet_r", "Chassagne-Montrachet Rouge", "Domaine Ramonet", "Chassagne-Montrachet", B, "rouge", "vin", {75: [2020]}),
    ("bgne_roulot_b", "Bourgogne Blanc", "Domaine Roulot", "Bourgogne", B, "blanc", "vin", {75: [2022]}),
    ("alig_lafarge", "Bourgogne Aligoté Raisins Dorés", "Domaine Michel Lafarge", "Bourgogne Aligoté", B, "blanc", "vin", {75: [2022]}),
    ("bouzeron_villaine", "Bouzeron", "Domaine A. et P. de Villaine", "Bouzeron", B, "blanc", "vin", {75: [2021, 2022]}),
    # --- Crémants
    ("crem_bouillot_ivoire", "Crémant de Bourgogne Perle d'Ivoire", "Louis Bouillot", "Crémant de Bourgogne", B, "effervescent", "vin", {75: [None], 150: [None]}),
    ("crem_bouillot_aurore", "Crémant de Bourgogne Perle d'Aurore Rosé", "Louis Bouillot", "Crémant de Bourgogne", B, "rosé", "vin", {75: [None]}),
    ("crem_bailly_reserve", "Crémant de Bourgogne Réserve Brut", "Bailly Lapierre", "Crémant de Bourgogne", B, "effervescent", "vin", {75: [None], 37.5: [None]}),
    ("crem_ambal_bdn", "Crémant de Bourgogne Blanc de Noirs", "Veuve Ambal", "Crémant de Bourgogne", B, "effervescent", "vin", {75: [2020]}),
    # --- Spirits, liqueurs, aperitifs
    ("marc_jacoulot", "Marc de Bourgogne", "Distillerie Jacoulot", "Marc de Bourgogne", B, None, "spiritueux", {70: [None]}),
    ("vmarc_jacoulot", "Vieux Marc de Bourgogne 12 ans", "Distillerie Jacoulot", "Marc de Bourgogne", B, None, "spiritueux", {70: [None]}),
    ("fine_jacoulot", "Fine de Bourgogne", "Distillerie Jacoulot", "Fine de Bourgogne", B, None, "spiritueux", {70: [None]}),
    ("cassis_lejay", "Crème de Cassis de Dijon", "Lejay-Lagoute", None, B, None, "spiritueux", {70: [None]}),
    ("cassis_vedrenne", "Supercassis", "Védrenne", None, B, None, "spiritueux", {70: [None]}),
    ("peche_vedrenne", "Crème de Pêche de Vigne", "Védrenne", None, B, None, "spiritueux", {70: [None]}),
    ("cognac_remy_vsop", "Rémy Martin VSOP", "Rémy Martin", "Cognac", "Cognac", None, "spiritueux", {70: [None]}),
    ("poire_massenez", "Poire Williams", "G.E. Massenez", None, "Alsace", None, "spiritueux", {70: [None]}),
    ("pastis51", "Pastis 51", "Pernod Ricard", None, None, None, "autre", {100: [None]}),
    ("lillet_blanc", "Lillet Blanc", "Lillet", None, "Bordeaux", None, "autre", {75: [None]}),
    # --- Beers
    ("kro_pression", "Kronenbourg", "Kronenbourg", None, "Alsace", None, "bière", {3000: [None]}),
    ("grim_blonde_pression", "Grimbergen Blonde", "Grimbergen", None, None, None, "bière", {2000: [None]}),
    ("vezelay_blonde", "La Vézelay Blonde Bio", "Brasserie de Vézelay", None, B, None, "bière", {33: [None]}),
    ("vezelay_ambree", "La Vézelay Ambrée Bio", "Brasserie de Vézelay", None, B, None, "bière", {33: [None]}),
    ("chimay_bleue", "Chimay Bleue", "Chimay", None, None, None, "bière", {33: [None]}),
    # --- Softs and waters
    ("coca", "Coca-Cola", "Coca-Cola", None, None, None, "soft", {33: [None]}),
    ("coca_zero", "Coca-Cola Zéro", "Coca-Cola", None, None, None, "soft", {33: [None]}),
    ("orangina", "Orangina", "Orangina", None, None, None, "soft", {25: [None]}),
    ("schweppes_tonic", "Schweppes Indian Tonic", "Schweppes", None, None, None, "soft", {25: [None]}),
    ("milliat_raisin", "Jus de Raisin Pinot Noir", "Alain Milliat", None, None, None, "soft", {33: [None]}),
    ("evian", "Evian", "Evian", None, None, None, "soft", {50: [None], 100: [None]}),
    ("badoit", "Badoit", "Badoit", None, None, None, "soft", {50: [None], 100: [None]}),
]

COUNTRY = {"cognac_remy_vsop": "France"}
