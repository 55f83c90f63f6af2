"""Bar touch till, buttons typed in Corsican by the owner. expect|key|code|yy|text ('-' = no drink)."""
CASES = """
y|prat_r|BTL|21|Aiacciu Pratavone Rossu
y|prat_r|GL||Pratavone Rossu
a|prat_r|BTL|20|Aiacciu Pratavone Rossu
a|prat_r|MAG|21|Pratavone Rossu
y|prat_guil|BTL|18|Pratavone Prestige Guglielmu
y|prat_b|GL|23|Pratavone Biancu
y|prat_rs|C50|24|Pratavone Rusatu
a|prat_rs|BTL|22|Pratavone Rusatu
y|prat_rs|MAG|24|Pratavone Rusatu
y|peraccia_cm|BTL|22|Capitan Moru
y|peraccia_cm|GL15||Capitan Moru
a|peraccia_cm|BTL|21|A Peraccia Capitan Moru
y|petra_r|C25|21|Petra di Mela Rossu
y|petra_rs|HALF|24|Petra di Mela Rusatu
n|petra_r|HALF|21|Petra di Mela Rossu
y|teddi_r|BTL|20|Chjosu Teddi Rossu
a|teddi_r|GL|22|Chjosu Teddi Rossu
y|teddi_gc|BTL|19|Chjosu Teddi Grande Cuvée
a|teddi_gc|BTL|17|Teddi Grande Cuvée
y|teddi_b|GL|23|Chjosu Teddi Biancu
y|teddi_mus|GL|22|Muscatu Capicorsu Teddi
a|teddi_mus|X|20|Muscatu Chjosu Teddi
y|santini_r|C50|22|Chjosu Santini Rossu
y|santini_r|MAG|21|Chjosu Santini Rossu
y|santini_rs|X||Santini Rusatu Patrimoniu
a|santini_b|BTL|22|Chjosu Santini Biancu
y|sanq_b|BTL|23|San Quilico Biancu
y|sanq_r|GL|20|San Quilico Rossu
y|sanq_mus|GL|22|Muscatu San Quilico
y|bona_lucien|BTL|21|Lucien Bonaparte Rossu
a|bona_lucien|BTL|18|Lucien Bonaparte Rossu
y|bona_rs|MAG|23|Bonaparte Rusatu Calvi
y|figa_rs|GL|24|Figarella Rusatu
a|figa_rs|C50|22|Figarella Rusatu
y|murta_r|BTL|19|A Murta Rossu Fìgari
y|murta_rs|C25|24|A Murta Rusatu
y|sanm_r|BTL|22|San Micheli Rossu Sartè
a|sanm_r|GL|21|San Micheli Rossu
y|sanm_rs|HALF|24|San Micheli Rusatu
a|sanm_rs|BTL|23|San Micheli Rusatu
y|casa_rs|MAG|24|Casabianca Rusatu
a|pogg_r|BTL|19|Poggiale Rossu
y|rdp_rs|C50|24|Riserva di u Presidente Rusatu
a|rdp_r|GL|22|Riserva di u Presidente Rossu
y|pr_vint|BTL|15|Pol Roger Millesimatu
a|pr_vint|BTL|12|Pol Roger Millesimatu
y|ch_brut|CP||Charles Heidsieck Brut
y|ch_brut|HALF||Charles Heidsieck
y|mattei_b|DOSE||Capicorsu Mattei Biancu
y|mattei_r|CL6||Capicorsu Mattei Rossu
y|myrte_mav|DOSE||Liquore di Mortula Mavela
y|edv_chat|CL2||Acquavita di Castagna Mavela
y|pm|DOSE||P&M Signature
y|lagavulin|DOSE||Lagavulin 16 anni
y|pietra|DEMI||Birra Pietra
y|pietra|PINTE||Pietra
y|colomba|PINTE||Colomba
y|colomba|S33||Birra Colomba
y|torra_myrte|X||Torra Myrte
y|torra_chat|X||Torra Castagna
y|orezza|S100||Acqua Orezza
y|zilia|X||Acqua Zilia
y|corsicacola|X||Corsica Cola
y|clementine|X||Suchju di Clementina
n|-|BTL|22|Aiacciu Rossu
n|-|GL||Patrimoniu Rusatu
n|-|GL||Vinu di u Mumentu Rossu
n|-|C50||Vinu di a Casa Rusatu
n|-|DOSE||Liquore di Mortula
n|-|DOSE||Capicorsu
n|-|X||Pratavone Muscatu Dolce
n|-|BTL|21|Capitan Moru Biancu
n|-|BTL|23|Teddi Grande Cuvée Biancu
n|-|BTL|22|Chjosu Santini Cuvée Mezzaluna
n|figa_rs|MAG|24|Figarella Rusatu
n|teddi_r|MAG|20|Chjosu Teddi Rossu
n|murta_r|HALF|19|A Murta Rossu
n|pietra|S75||Birra Pietra
n|serena|S33||Serena
n|torra_myrte|PINTE||Torra Myrte
n|-|X||Torra Arbouse
n|-|DOSE||Lagavulin 8 anni
n|-|DOSE||Oban Little Bay
n|-|DEMI||Panachè
n|-|X||Caffè
n|-|X||Fiadone
n|-|X||Figatellu Grillatu
n|-|X||Suppa Corsa
n|-|X||Dirittu di Tappu
n|-|GL||Spritz Mortula
n|-|CP||Champagne Rusatu
n|-|X||Pol Roger Blanc de Blancs
n|-|X||Charles Heidsieck Blanc de Blancs
n|-|BTL|24|Calvi Rusatu
n|-|BTL|24|Vinu di Corsica Rusatu
n|-|GL||Muscatu
n|-|DOSE||Acquavita
n|casa_r|MAG|22|Casabianca Rossu
n|-|BTL|22|San Micheli Biancu
"""
