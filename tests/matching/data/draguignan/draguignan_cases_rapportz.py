"""rapportz: the dining-room till's printed Z report. One case a line:
EXPECT|key|measure|vintage|the article's designation before its vintage|reason (for a none)"""

CASES = """
Y|sr_prieure_rs|b|2023|PRIEURE ROSE|
Y|sr_prieure_rg|b|2019|STE ROSELINE PRIEURE ROUGE|
Y|sr_prieure_bl|b|2023|PRIEURE BLANC|
Y|sr_lampe|b|2024|LAMPE DE MEDUSE|
Y|berne_insp|b|2023|BERNE INSPIRATION|
Y|berne_insp|m|2024|BERNE INSPIRATION|
Y|wa|b|2024|WHISPERING ANGEL|
Y|wa|m|2024|WHISPERING ANGEL|
Y|rasque_alex|b|2023|RASQUE ALEXANDRA|
Y|rasque_pn|b|2018|RASQUE PIECE NOBLE|
Y|dragon|b|2024|DOM DU DRAGON ROSE|
Y|stmartin|b|2024|CH ST MARTIN GDE RESERVE|
Y|correns_rs|b|2024|CORRENS ROSE BIO|
Y|cartenoire|b|2023|CARTE NOIRE ROSE|
Y|cartenoire|m|2024|CARTE NOIRE ROSE|
Y|minuty_prest|b|2023|MINUTY PRESTIGE ROSE|
Y|m_minuty|b|2024|M DE MINUTY|
Y|peyrassol|b|2024|PEYRASSOL ROSE|
Y|lalieue|b|2024|CH LA LIEUE ROSE|
Y|deffends|b|2024|DEFFENDS ROSE D UNE NUIT|
Y|escarelle_rg|b|2020|ESCARELLE ROUGE|
Y|tempier_rs|b|2023|BANDOL TEMPIER ROSE|
Y|tempier_rg|b|2020|BANDOL TEMPIER ROUGE|
Y|pibarnon_rs|b|2024|PIBARNON ROSE|
Y|suffrene_rg|b|2020|LA SUFFRENE ROUGE|
Y|suffrene_rs|b|2024|LA SUFFRENE ROSE|
Y|lafran|b|2019|LAFRAN VEYROLLES ROUGE|
Y|romassan|b|2023|OTT ROMASSAN BANDOL|
Y|guigal_cdr|b|2020|GUIGAL CDR ROUGE|
Y|coudoulet|b|2021|COUDOULET BEAUCASTEL|
Y|vt|b|2019|CHATEAUNEUF VX TELEGRAPHE|
Y|santaduc|b|2019|GIGONDAS SANTA DUC|
Y|floureto|b|2020|VACQUEYRAS FLOURETO|
Y|taitt|b||TAITTINGER BRUT RES|
Y|moet|b||MOET IMPERIAL|
Y|durban|b|2021|MUSCAT BDV DURBAN|
Y|mentone_rg|b|2019|MENTONE ROUGE|
Y|hennessy|d||COGNAC HENNESSY VS|
Y|chivas12|d||WHISKY CHIVAS 12 ANS|
Y|glenmo|d||WHISKY GLENMORANGIE 10|
Y|jack|d||WHISKY JACK DANIEL S|
Y|havana3|d||RHUM HAVANA 3 ANS|
Y|limoncello|d||LIMONCELLO VILLA MASSA|
Y|martini_r|d||MARTINI ROUGE|
Y|ricard|d||PASTIS RICARD|
Y|badoit|s100||BADOIT|
Y|sanpe|s100||SAN PELLEGRINO|
Y|evian|s50||EVIAN|
A|sr_prieure_rs|b|2022|PRIEURE ROSE|
A|berne_rom|b|2023|BERNE ROMANCE|
A|wa|b|2021|WHISPERING ANGEL|
A|dragon|b|2021|DOM DU DRAGON ROSE|
A|cartenoire|b|2022|CARTE NOIRE ROSE|
A|rasque_alex|b|2021|RASQUE ALEXANDRA|
A|tempier_rs|b|2022|TEMPIER ROSE|
A|pibarnon_rg|b|2018|PIBARNON ROUGE|
A|guigal_cdr|b|2019|GUIGAL CDR ROUGE|
A|guigal_cdr|h|2020|GUIGAL CDR ROUGE|
A|vt|m|2018|VX TELEGRAPHE|
A|santaduc|b|2020|GIGONDAS SANTA DUC|
A|sr_prieure_rg|b|2021|PRIEURE ROUGE|
A|coudoulet|b|2020|COUDOULET|
A|rasque_pn|b|2019|PIECE NOBLE|
N|-||0|MENU DU JOUR|set menu
N|-||0|MENU ENFANT|set menu
N|-||0|PLAT DU JOUR|food
N|-||0|DAUBE PROVENCALE|food
N|-||0|PIEDS PAQUETS|food
N|-||0|ASSIETTE DE FROMAGES|food
N|-||0|TARTE TROPEZIENNE|dessert
N|-||0|CAFE|coffee
N|-||0|CAFE GOURMAND|dessert and coffee
N|-||0|DROIT DE BOUCHON|service
N|-|g|0|VIN DU MOMENT|generic
N|-|g|0|ROSE AU VERRE|generic
N|-|d|0|DIGESTIF MAISON|generic house digestif
N|tempier_rg|m|2021|TEMPIER ROUGE|magnum not held
N|berne_rom|m|2024|BERNE ROMANCE|magnum not held
N|pibarnon_rg|h|2019|PIBARNON ROUGE|half bottle not held
N|coudoulet|m|2021|COUDOULET|magnum not held
N|moet|m|0|MOET IMPERIAL|magnum not held
N|taitt|h|0|TAITTINGER BRUT RES|half bottle not held
N|-|b|2024|BERNE EMOTION ROSE|Berne's Émotion not held
N|-|b|2022|ESCLANS GARRUS|Garrus not held
N|-|b|2023|MIRAVAL BLANC|Miraval white not held
N|-|b|2022|ESCARELLE BLANC|Escarelle white not held
N|-|b|2020|TEMPIER LA TOURTINE|Tempier's La Tourtine not held
N|-|b|2022|GUIGAL CDR BLANC|Guigal white not held
N|-|b|2023|GUIGAL CDR ROSE|Guigal rosé not held
N|-|b|2021|TELEGRAMME|Vieux Télégraphe's second wine not held
N|-|b|2022|COUDOULET BLANC|Coudoulet white not held
N|-|b|2024|BANDOL ROSE|four Bandol rosés
N|-|b|2021|COTES DU RHONE ROUGE|two Côtes du Rhône reds
N|-|b|2024|CH STE ROSELINE ROSE|two Sainte Roseline rosés
N|-|b|2023|RASQUE ROSE|two Rasque rosés
N|-|d|0|WHISKY CHIVAS 18 ANS|Chivas 18 not held
N|-|d|0|RHUM DIPLOMATICO|not held
N|-|d|0|COGNAC REMY MARTIN VSOP|not held
N|-|d|0|MARC DE PROVENCE|not held
N|-|d|0|POIRE WILLIAMS|not held
"""
