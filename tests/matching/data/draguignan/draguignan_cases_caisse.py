"""caisse: the bar counter's register. One case a line:
EXPECT|key|measure|vintage|what the PLU text says|reason (for a none)
key '-' = no drink of the library. The build renders the label and checks EXPECT."""

CASES = """
Y|sr_prieure_rs|g|2024|PRIEURE RS|
Y|sr_prieure_rs|p50||PRIEURE RS|
Y|sr_prieure_rg|b|2020|PRIEURE RGE|
Y|sr_lampe|g|2024|LAMPE MEDUSE|
Y|berne_insp|g|2024|BERNE INSP|
Y|berne_insp|p25|2023|BERNE INSP|
Y|berne_rom|b|2024|BERNE ROMANCE|
Y|wa|g|2024|WHISPERING|
Y|wa|m|2024|WHISPERING|
Y|wa|h|2024|WHISP ANGEL|
Y|rasque_alex|g|2024|RASQUE ALEXA|
Y|dragon|p50|2024|DRAGON GDE CUV|
Y|dragon|g|2023|DRAGON|
Y|cartenoire|p50|2024|CARTE NOIRE|
Y|cartenoire|g|2023|C NOIRE|
Y|m_minuty|g|2024|M MINUTY|
Y|miraval|g|2024|MIRAVAL|
Y|correns_rs|p50|2024|CORRENS RS BIO|
Y|lalieue|g|2024|LA LIEUE|
Y|deffends|g|2024|ROSE D UNE NUIT|
Y|tempier_rs|g|2023|TEMPIER RS|
Y|guigal_cdr|g|2021|GUIGAL CDR|
Y|coudoulet|g|2021|COUDOULET|
Y|moet|cp||MOET IMP|
Y|moet|h||MOET|
Y|durban|g|2021|MUSCAT BDV|
Y|ricard|d2||RICARD|
Y|p51|d2||51|
Y|bardouin|d||BARDOUIN|
Y|janot|d2||JANOT|
Y|k1664|demi||1664|
Y|k1664|pinte||1664|
Y|affligem|demi||AFFLIGEM|
Y|leffe|s33||LEFFE BLDE|
Y|desperados|s33||DESPE|
Y|corona|s35.5||CORONA|
Y|coca|s33||COCA|
Y|cocazero|s33||COCA ZERO|
Y|orangina|s25||ORANGINA|
Y|schweppes|s25||SCHWEP TONIC|
Y|perrier|s33||PERRIER|
Y|evian|s50||EVIAN|
Y|badoit|s100||BADOIT|
Y|suze|d||SUZE|
Y|lillet|g||LILLET BLC|
Y|martini_b|d||MARTINI BL|
Y|havana7|d||HAVANA 7|
Y|get27|d||GET 27|
Y|pibarnon_rs|g|2024|PIBARN RS|
A|berne_insp|g|2022|BERNE INSP|
A|wa|g|2022|WHISPERING|
A|rasque_alex|b|2022|RASQUE ALEXA|
A|dragon|g|2022|DRAGON|
A|cartenoire|g|2022|C NOIRE|
A|miraval|g|2022|MIRAVAL|
A|lalieue|g|2022|LA LIEUE|
A|tempier_rs|g|2024|TEMPIER RS|
A|tempier_rg|b|2019|TEMPIER RGE|
A|guigal_cdr|g|2022|GUIGAL CDR|
A|m_minuty|g|2023|M MINUTY|
A|coudoulet|g|2022|COUDOULET|
A|sr_prieure_rs|g|2022|PRIEURE RS|
A|correns_rs|g|2023|CORRENS RS|
A|pibarnon_rs|g|2023|PIBARN RS|
N|-||0|CAFE|coffee
N|-||0|CAFE DECA|coffee
N|-||0|NOISETTE|coffee
N|-||0|CHOCOLAT|hot drink
N|-|g|0|ROSE MAISON|generic house rosé
N|-|p50|0|ROSE|generic rosé
N|-|g|0|BLANC|generic white
N|-|p25|0|ROUGE|generic red
N|-||0|MAURESQUE|pastis with orgeat, a mix
N|-||0|TOMATE|pastis with grenadine, a mix
N|-||0|PERROQUET|pastis with mint syrup, a mix
N|-||0|PANACHE|beer with lemonade, a mix
N|-||0|MONACO|beer with grenadine and lemonade, a mix
N|-||0|DIABOLO MENTHE|lemonade with mint syrup
N|-||0|KIR|kir, a mix
N|tempier_rg|m|0|TEMPIER RGE|magnum not held
N|sr_prieure_rs|h|0|PRIEURE RS|half bottle not held
N|miraval|m|0|MIRAVAL|magnum not held
N|leffe|pinte|0|LEFFE|bottled beer, no pinte
N|desperados|demi|0|DESPE|bottled beer, no demi
N|perrier|s50|0|PERRIER|50 cl not held
N|coca|s150|0|COCA|1.5 l not held
N|-|g|0|BERNE EMOTION|Berne's Émotion not held
N|-|g|0|MINUTY 281|Minuty 281 not held
N|-|g|0|DRAGON RGE|Dragon red not held
N|-|g|0|MIRAVAL BLC|Miraval white not held
N|-|g|0|C NOIRE RGE|Carte Noire red not held
N|-|g|2024|BERNE|two Berne rosés in 2024
N|-|g|0|ESCLANS|two Esclans rosés
N|-|p50|0|RASQUE RS|two Rasque rosés
N|-|g|0|BANDOL RS|four Bandol rosés
N|-|g|0|CDR|two Côtes du Rhône
N|-|d|0|PERNOD|Pernod not held
N|-|d|0|CHIVAS 18A|Chivas 18 not held
N|-|d|0|JACK HONEY|Jack Daniel's Honey not held
N|-|s33|0|LEFFE RUBY|Leffe Ruby not held
"""
