"""What the online shop (W, take-away bottles and the épicerie) exports: one product a line.

held:  key|measure|vintage|text            (the build computes yes / almost / none)
other: -family|measure|vintage|text|reason  (no drink of the library: none)

The shop slugs `text` (lower case, no accents, hyphens), adds the year, then the size:
nothing for a wine's 75 cl bottle, `-demi-bouteille`, `-magnum`, `-33cl`, `-75cl`,
`-70cl`, `-50cl`, `-25cl`, `-1l`. It sells bottles only, no pours.
"""

W_SPECS = [
    # --- ciders, poirés, apéritifs ---
    "kerisac_brut|b75||Kerisac Cidre Brut",
    "kerisac_doux|b33||Kerisac Cidre Doux",
    "raison_rose|b33||Loïc Raison Cidre Rosé",
    "raison_doux|b75||Loïc Raison Cidre Doux",
    "kerveguen_carpe|b75|2020|Kervéguen Carpe Diem",
    "kerveguen_carpe|b75||Carpe Diem Cidre Brut",
    "drouin_cidre|b33||Christian Drouin Cidre Pays d'Auge",
    "herout_cidre|b75||Hérout Cidre Bouché",
    "-cid|||Coffret Cidres Bretons 3x75cl|a gift box",
    "fisselier_chouchen|b75||Fisselier Chouchen",
    "kerveguen_pommeau|b70||Pommeau de Bretagne Kervéguen",
    "fisselier_chouchen|b50||Chouchen Fisselier",
    # --- spirits ---
    "fisselier_lambig8|b70||Fisselier Lambig 8 ans",
    "-alc|b70||Fisselier Lambig 12 ans|another age of Fisselier's lambig",
    "kornog_rochir|b70||Kornog Roc'h Hir",
    "lecompte_12|b70||Lecompte 12 ans",
    "coquerel_vsop|b70||Coquerel VSOP",
    "gwenroc|b70||Gwenroc Whisky Breton",
    "fisselier_fraise|b50||Liqueur de Fraise de Plougastel Fisselier",
    # --- beers ---
    "louarn_9|b75||Louarn 9 Triple",
    "-biere|b33||Louarn 11 Quadruple|another number of Louarn, not held",
    "merlin_abyss|b33||Merlin Abyss",
    "philomenn_blonde|b33||Philomenn Blonde",
    "alarch_hinidu|b33||An Alarc'h Hini Du",
    "morbraz_ambree|b75||Mor Braz Ambrée",
    "-biere|||Coffret Bières Bretonnes 6x33cl|a gift box",
    # --- wines ---
    "ecu_granite|btl|2021|Muscadet Granite Domaine de l'Écu",
    "ecu_granite|btl|2022|Muscadet Granite Domaine de l'Écu",
    "poiron_thebaud|mag|2017|Muscadet Château-Thébaud Poiron-Dabin",
    "poiron_thebaud|mag|2019|Muscadet Château-Thébaud Poiron-Dabin",
    "coing|half|2022|Château du Coing",
    "coing|half|2023|Château du Coing",
    "huchet_clisson|btl|2018|Muscadet Clisson Jérémie Huchet",
    "caille_fay|btl|2023|Muscadet Le Fay d'Homme Caillé",
    "reverdy_sancerre|btl|2022|Sancerre Hippolyte Reverdy",
    "reverdy_sancerre|btl|2023|Sancerre Hippolyte Reverdy",
    "reverdy_sancerre|mag||Sancerre Hippolyte Reverdy",
    "masson_paulus|btl|2021|Pouilly-Fumé Villa Paulus",
    "mardon_quincy|btl|2021|Quincy Domaine Mardon",
    "pinon_argiles|btl|2020|Vouvray Les Trois Argiles Pinon",
    "guindon_malvoisie|b50|2020|Coteaux d'Ancenis Malvoisie Guindon",
    "coulaine_chinon|btl|2021|Chinon Château de Coulaine",
    "coulaine_chinon|mag|2019|Chinon Château de Coulaine",
    "coulaine_chinon|btl|2019|Chinon Château de Coulaine",
    "hureau_lisagathe|btl|2022|Saumur-Champigny Lisagathe Hureau",
    "hureau_lisagathe|half|2019|Saumur-Champigny Lisagathe Hureau",
    "lande_graviers|btl|2022|Bourgueil Les Graviers Domaine de la Lande",
    "-vinr|btl|2022|Menetou-Salon Rouge Pellé|red Menetou-Salon is not held",
    "passavant_rose|btl|2022|Rosé de Loire Passavant",
    # --- Champagnes and crémants ---
    "moet_imperial|btl||Moët & Chandon Brut Impérial",
    "moet_imperial|half||Moët & Chandon Brut Impérial",
    "moet_imperial|mag||Moët & Chandon Brut Impérial",
    "feuillatte_palmes|btl|2008|Nicolas Feuillatte Palmes d'Or",
    "feuillatte_palmes|btl|2006|Nicolas Feuillatte Palmes d'Or",
    "peters_chetillons|btl|2014|Pierre Peters Les Chétillons",
    "ackerman_brut|btl||Ackerman Crémant de Loire Brut",
    # --- softs ---
    "wittersheim_limo|b100||Limonade Wittersheim",
    "raison_jus|b25||Jus de Pomme Loïc Raison",
    # --- épicerie and services ---
    "-epic|||Gelée de Cidre Kerisac 220g|a jar of cider jelly",
    "-epic|||Galettes de Pont-Aven boîte 350g|biscuits",
    "-epic|||Vinaigre de Cidre Fisselier 50cl|cider vinegar",
    "-epic|||Coffret 2 Bolées|two cider bowls",
    "-serv|||Frais de Livraison|a service",
    "-serv|||Consigne Bouteille|a deposit",
]
