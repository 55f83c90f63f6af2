"""z: the dining-room till's printed Z report by article. One line an article:
key|measure|vintage|text  or  -FAM|measure|vintage|text|reason.
The text is the back office's designation (appellation first, then the producer, its
own abbreviations); the report prints it in capitals, the vintage appended, cut and
padded to 20 columns, with the quantity sold, the variant and the line total."""

CASES = """
ecu_granite|B|2022|MUSC ECU GRANITE
ecu_granite|B|2021|MUSC ECU GRANIT
coing_surlie|B|2022|MUSC SL COING
coing_surlie|B|2023|MUSCADET SUR LIE COING
coing_surlie|H|2021|MUSC SL COING
coing_gorges|B|2017|MUSC GORGES CHT COING
noelle_mcl|P50|2023|MUSC CDL NOELLE
noelle_mcl|B|2021|MUSC CDL NOELLE
noelle_mcl|M||MUSC COTEAUX LOIRE NOELLE
noelle_gp|P25|2022|GROS PLANT NOEL
guindon_gp|P50||GROS PLANT GUINDON
guindon_mcl|P50|2023|MUSC CDL GUINDON
guindon_mcl|B|2021|MUSC CDL GUIND
guindon_gamay|P25||CX ANCENIS GAMAY GUINDON
guindon_gamay|B|2021|GAMAY GUINDON
noelle_gamay|B|2022|ANCENIS GAMAY NOEL
genaudieres_mcl|G12||MUSC CDL GENAUDIERES
genaudieres_malvoisie|G||MALVOISIE GENAUD
genaudieres_malvoisie|C50|2022|MALVOISIE GENAU
passavant_cab|P25||CAB ANJOU PASSAVANT
passavant_cab|P50|2024|CAB ANJOU PASSA
passavant_rdl|P25||ROSE LOIRE PASSAVANT
passavant_rdl|B|2023|ROSE LOIRE PASSA
brissac_rda|B|2023|ROSE ANJOU BRIS
pierrebise_gamay|P50||ANJOU GAMAY PIERRE BISE
pierrebise_gamay|B|2022|ANJOU GAMAY P-BISE
pierrebise_layon|C50|2020|LAYON P.BISE
filliatreau_champ|P50|2022|SMR CHAMP FILLI
filliatreau_champ|H|2022|SMR CHAMP FILLI
filliatreau_vignolle|B|2021|SMR VIGNOLLE
ogereau_chenin|G||ANJOU BLC OGEREAU
ogereau_chenin|B|2022|ANJ BLC OGEREAU
guiberteau_blanc|G||SAUMUR BLC GUIBERTEAU
guiberteau_blanc|B|2020|SMR BLC GUIBERT
baudry_granges|G||CHINON BAUDRY GRANGES
corbillieres_sauv|G||TOURAINE SAUV CORBILLIERES
corbillieres_sauv|B|2021|SAUV CORBILL
jolivet_sancerre|B||SANCERRE JOLIVET
bouvet_saphir|CP||SAUMUR BRUT SAPHIR
bouvet_saphir|H|2020|SAPHIR BOUVET
bouvet_tresor_rose|CP||SAUMUR TRESOR ROSE
gratien_brut|B||CREMANT GRATIEN BRUT
gratien_rose|B||CREMANT GRATIEN ROSE
langlois_brut|B||CREMANT LANGLOIS
drappier_cartedor|B||CHAMPAGNE DRAPPIER
ragotiere_surlie|B|2021|MUSC SL RAGOT
kro_pression|DE||BIERE PRESSION KRO
piautre_blonde|PI||PIAUTRE BLONDE PRESS
piautre_ambree|C33||PIAUTRE AMBREE
pelforth_brune|C33||PELFORTH BRUNE
kerisac_brut|C75||CIDRE KERISAC BRUT
loicraison_pression|PI||CIDRE PRESSION L.RAISON
lillet_blanc|G||LILLET BLANC
martini_rosso|D||MARTINI ROUGE
giffard_cassis|D2||CREME CASSIS GIFFARD
combier|D||COMBIER TRIPLE SEC
jackdaniels|D||WHISKY JACK DANIEL'S
hendricks|D||GIN HENDRICK'S
havana3|D||RHUM HAVANA 3 ANS
schweppes_agrumes|C25||SCHWEPPES AGRUMES
milliat_abricot|C33||NECTAR ABRICOT MILLIAT
jolivet_sancerre|M||SANCERRE JOLIVET
guiberteau_blanc|H||SAUMUR BLC GUIBERTEAU
kerisac_brut|DE||CIDRE KERISAC BRUT
piautre_ambree|DE||PIAUTRE AMBREE
heineken_00|C33||HEINEKEN 0.0
havana3|D2||RHUM HAVANA 3 ANS
-BL|P50||MUSCADET PICHET|several Muscadets held, no producer
-BL|B||MUSC SL LANDRON|Muscadet of a producer not held
-BL|B||MUSC CLISSON LUNEAU|Muscadet cru of a producer not held
-RG|B||CX ANCENIS CABERNET|Coteaux d'Ancenis Cabernet not held
-RS|B||CAB ANJOU BABLUT|Cabernet d'Anjou of a producer not held
-RG|B||ANJOU ROUGE OGEREAU|Ogereau's red not held
-BL|B||VOUVRAY HUET|Vouvray not held
-RG|B||BOURGUEIL AMIRAULT|Bourgueil not held
-BU|B||SAUMUR BRUT ACKERMAN|Saumur brut of a producer not held
-BU|B||CHAMPAGNE ROSE|no rosé champagne held
-RG|P50||ROUGE DU MOMENT|generic
-RS|P50||PICHET ROSE MAISON|generic
-AP|G||KIR BRETON|cider + cassis
-AP|G||SPRITZ ST-GERMAIN|cocktail
-AP|D||PINEAU CHARENTES|no Pineau held
-AL|D||COGNAC VS|no VS cognac held
-AL|D||RHUM HAVANA 15 ANS|Havana 15 not held
-PR|DE||PRESSION BLANCHE|no white draught beer held
-SO|||SIROP A L'EAU|syrup
-SO|||DIABOLO MENTHE|syrup and lemonade
-GL|||MILK SHAKE CHOCOLAT|ice-cream drink
-GL|||COUPE CHAMPENOISE|ice-cream with sparkling wine
-GL|||IRISH COFFEE GLACE|ice-cream with whiskey
-GL|||SORBET CASSIS|ice cream
-CF|||CAFE|coffee
-CU|||MENU ENFANT|food
-CU|||ANGUILLES PERSILLADE|food
-CU|||ASSIETTE FRITURE|food
-CU|||BEURRE BLANC SUPPL|food
-DV|||LOCATION TRANSAT|service
-DV|||GOBELET REUTILISABLE|deposit
"""
