"""Terrace tablet, orders dictated to speech-to-text. expect|key|code|yy|text ('-' = no drink)."""
CASES = """
y|prat_r|BTL|19|domaine de pratavone rouge Ajaccio
y|prat_r|GL15||pratavone rouge
a|prat_r|BTL|22|pratavone rouge
y|prat_guil|BTL|18|pratavone cuvée Guillaume
y|prat_rs|GL||Prata vone rosé
y|peraccia_cm|BTL|20|capitaine Moru
a|peraccia_cm|MAG|22|capitan moru
y|peraccia_rs|BTL|24|a peraccia rosé
y|petra_rs|GL|24|pétra di mela rosé
a|petra_rs|HALF|23|pétra di mela rosé
y|teddi_r|GL|20|clos Teddy rouge
y|teddi_r|C50||clos teddi tradition rouge
y|teddi_gc|BTL||clos teddi grande cuvée
a|teddi_gc|BTL|20|clos teddi grande cuvée
y|teddi_mus|BTL|21|muscat du Cap Corse clos Teddy
y|santini_r|BTL|21|clos Santini rouge Patrimonio
a|santini_r|BTL|20|clos santini rouge
a|santini_rs|GL|22|clos santini rosé
y|sanq_b|GL||clos San Quilico blanc
a|sanq_b|BTL|21|clos san quilico blanc
y|sanq_mus|BTL|22|muscat de clos san quilico
y|bona_lucien|GL|20|cuvée Lucien Bonaparte
a|bona_lucien|GL|22|lucien bonaparte
y|bona_rs|BTL|24|château Bonaparte rosé Calvi
n|bona_rs|HALF|24|château Bonaparte rosé
y|figa_rs|BTL|23|figarella rosé
a|figa_rs|BTL|25|figarella rosé
y|murta_r|BTL|21|domaine de la Murta rouge Figari
a|murta_r|GL|20|la murta rouge
y|sanm_r|C50|20|saint Micheli rouge Sartène
y|sanm_rs|GL|24|san micheli rosé
y|casa_r|BTL|22|Casa Bianca rouge
y|casa_rs|BTL|23|casa bianca rosé
a|casa_rs|MAG|23|casa bianca rosé
y|pogg_b|C50||clos poggiale blanc
y|rdp_rs|MAG|24|réserve du président rosé
y|sancerre|BTL|23|Sancerre les Baronnes
a|sancerre|BTL|21|Sancerre les Baronnes Henri Bourgeois
y|minuty|MAG|24|aime de Minuty
y|chablis|GL|22|Chablis saint Martin Laroche
a|chablis|BTL|21|Chablis saint Martin
a|crozes|GL|20|Crozes Hermitage Graillot
y|ch_brut|BTL||Charles Heidsieck brut réserve
y|ch_brut|MAG||Charles Heidsieck
y|ch_rose|GL||Charles Heidsieck rosé
y|pr_brut|CP||Pol Roger
y|pr_vint|BTL|16|Pol Roger millésimé
a|pr_vint|BTL|14|Pol Roger millésimé
y|cedratine|DOSE||cédratine Mattei
y|myrte_mat|DOSE||liqueur de myrte Mattei
y|edv_myrte|CL2||eau de vie de myrte Mavela
y|pastis51|CL2||pastis 51
y|oban|DOSE||Oban 14 ans
y|havana|CL6||Havana 7 ans
y|henn_xo|CL2||Hennessy XO
y|pietra|DEMI||Pietra
y|pietra|S33||une Pietra
y|torra_chat|X||une Torra châtaigne
y|heineken|X||une Heineken
y|orezza|S50||une Orezza
y|stgeorges|S100||une Saint-Georges
y|coca|X||un Coca
y|cocazero|X||un Coca zéro
y|tonic|X||un Schweppes tonic
n|-|GL||rouge d'Ajaccio
n|-|GL||rosé de Corse
n|-|C50||vin rouge de la maison
n|-|GL|22|Patrimonio rouge
n|-|GL||muscat du Cap Corse
n|-|DOSE||myrte
n|-|DOSE||Cap Corse
n|-|DOSE||Hennessy
n|-|DOSE||Lagavulin distillers édition
n|-|DOSE||Havana 3 ans
n|-|X||un café
n|-|X||une assiette de charcuterie corse
n|-|X||une glace deux boules
n|-|X||un Perrier
n|-|X||un Coca cherry
n|-|X||un Monaco
n|-|PINTE||panaché
n|-|X||une Pietra sans alcool
n|-|X||une Torra arbouse
n|heineken|PINTE||Heineken
n|colomba|S75||une Colomba
n|-|BTL||Charles Heidsieck blanc des millénaires
n|-|BTL|21|clos santini Sant'Anghjulu
n|-|BTL|22|capitaine Moru blanc
n|-|BTL|23|clos teddi grande cuvée rosé
n|-|BTL|24|la Murta blanc
n|santini_rs|MAG|23|clos santini rosé
n|pogg_b|HALF|24|clos poggiale blanc
n|sancerre|HALF|22|Sancerre les Baronnes
n|pr_brut|MAG||Pol Roger brut
n|-|BTL|23|Sancerre rouge Henri Bourgeois
n|-|BTL||Champagne rosé
n|-|X||l'addition s'il vous plaît
n|-|X||annule la dernière ligne
n|-|X||un Spritz
"""
