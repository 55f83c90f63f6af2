"""What was keyed on the crêperie's till (CREP).

(key, measure, vintage[, text, extra]) for a drink of the library (text None: the
till's short name), or ("-", measure, vintage, text, reason) for anything else.
"""
CASES = [
    # ciders, poirés: bolée vs bottle, brut vs doux
    ("kerne_brut", "bol", None), ("kerne_doux", "bol", None), ("kerne_brut", "b75", None),
    ("kerne_doux", "b33", None), ("kerne_brut", "p50", None), ("kerne_doux", "p25", None),
     ("kinkiz_corn", "bol", None), ("kerveguen", "b75", None),
    ("valrance", "bol", None),  ("drouin_poire", "bol", None),
    ("bordelet_arg", "b75", None), ("bordelet_granit", "btl", 2020),
    ("chouchen_kinkiz", "vre", None), ("chouchen_war", "vre", None),
    ("pommeau_bzh", "vre", None),
    # Muscadet, Gros-Plant, Loire
    ("bregeon_sl", "vre", 2022), ("bregeon_sl", "btl", 2021), ("bregeon_sl", "half", 2022),
    ("ragotiere", "vre", 2022), ("ragotiere", "btl", 2023), ("amphibolite", "btl", 2023),
    ("briords", "btl", 2021), ("briords", "mag", 2020), ("grosplant", "p25", 2023),
    ("grosplant", "vre", None), ("anjou_rg", "p50", 2022), ("rose_loire", "p50", None),
    ("cab_anjou", "vre", 2023), ("cab_anjou", "btl", 2021), ("saumur_ch", "btl", 2020),
    ("saumur_bl", "vre", 2020), ("huet_sec", "btl", 2022), ("huet_ds", "btl", 2019),
    ("fief_breil", "btl", 2021), ("saphir", "cp", None), ("taittinger", "cp", None),
    ("taittinger", "half", None), ("layon", "vre", 2019),
    # draught vs bottle, spirits, softs
    ("coreff_bl_p", "demi", None), ("coreff_bl_p", "pinte", None), ("coreff_bl_b", "b33", None),
    ("britt_p", "demi", None), ("kro_p", "pinte", None), ("trim_amb", "b33", None),
    ("armorik", "d4", None), ("calva_sel", "dose", None), ("breizh", "b33", None),
     ("evian", "b50", None),
    # vintages not held
    ("bregeon_sl", "vre", 2023), ("bregeon_sl", "btl", 2019), ("amphibolite", "vre", 2020),
    ("briords", "btl", 2019), ("grosplant", "btl", 2021), ("anjou_rg", "vre", 2023),
    ("rose_loire", "vre", 2024), ("saumur_ch", "vre", 2022), ("huet_sec", "vre", 2019),
    ("chinon", "p50", 2020), ("bordelet_granit", "btl", 2019), ("ldor", "btl", 2021),
    ("minuty", "btl", 2022), ("bregeon_gorges", "btl", 2016),
    # formats the library does not hold
    ("kerne_brut", "mag", None), ("kinkiz_corn", "b33", None), ("coreff_amb", "demi", None),
    ("trim_bl", "pinte", None), ("britt_p", "b33", None), ("bregeon_sl", "mag", 2022),
    ("amphibolite", "half", 2022), ("evian", "b33", None), ("layon", "btl", 2019),
    # not a drink of the library
    ("-", None, None, "GALETTE COMPLETE", "food"),
    ("-", None, None, "GAL ANDOUILLE GUEMENE", "food"),
    ("-", None, None, "CREPE BEURRE SUCRE", "food"),
    ("-", None, None, "CREPE CARAMEL BEURRE SALE", "food"),
    ("-", None, None, "MOULES FRITES", "food"),
    ("-", None, None, "FAR BRETON", "food"),
    ("-", None, None, "SUPPL OEUF", "food"),
    ("-", None, None, "EXPRESSO", "coffee"),
    ("-", None, None, "CAFE CREME", "coffee"),
    ("-", None, None, "CHOCOLAT CHAUD", "hot drink"),
    ("-", None, None, "DROIT BOUCHON", "service"),
    ("-", "bol", None, "CIDRE MAISON", "generic house cider"),
    ("-", "bol", None, "CID BRUT", "generic: several brut ciders"),
    ("-", "p50", None, "MDT SL", "two plain Muscadets sur lie (Bregeon, Ragotiere) and other cuvees"),
    ("-", "vre", None, "CHOUCHEN", "chouchen of two makers"),
    ("-", "vre", None, "POMMEAU", "two pommeaux"),
    ("-", "vre", None, "VIN BLANC DU MOMENT", "generic"),
    ("-", "btl", 2021, "MDT SL PEPIERE", "Pepiere's plain sur lie not held (only Clos des Briords)"),
    ("-", "d4", None, "WSK ARMORIK 10ANS", "age not held"),
    ("-", "dose", None, "CALVA DROUIN 12ANS", "age not held"),
    ("-", "btl", None, "CHAMP TAITT ROSE", "Taittinger rose not held"),
    ("-", "btl", 2021, "GRAND CLOS VILLENEUVE", "Villeneuve's Le Grand Clos not held"),
    ("-", "btl", None, "VOUVRAY HUET", "three Huet Vouvrays"),
    ("-", "bol", None, "KIR BRETON", "mixed drink"),
    ("-", "demi", None, "PANACHE", "mixed drink"),
    ("-", "demi", None, "MONACO", "mixed drink"),
    ("-", "vre", None, "DIABOLO MENTHE", "mixed soft"),
]
