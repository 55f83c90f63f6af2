"""comptoir: the bar's cash register. One line a key: key|measure|vintage|text
or -FAM|measure|vintage|text|reason for something that is no drink of the library.
The text is what the owner typed on the key (before the register's 20-column cut)."""

CASES = """
noelle_mcl|G||MUSCADET NOELLE
noelle_mcl|P50||MUSCA NOELLE
noelle_mcl|G|2022|MUSC NOEL
noelle_gp|G||GROS PLANT NOEL
noelle_gp|P50||G.PLANT NOELLE
guindon_gp|G||GROSPLANT GUIND
guindon_mcl|G||MUSCA GUINDON
guindon_mcl|P50|2023|MUSCA GUIND
guindon_gamay|G||GAMAY GUINDON
guindon_gamay|P50|2023|GAMAY GUIND
guindon_gamay|G|2021|GAMAY GUIN
noelle_gamay|P25||GAMAY NOELLE
genaudieres_mcl|P50||MUSCA GENAUDIERE
passavant_rdl|G||ROSE LOIRE PASSAV
passavant_rdl|P50|2024|RDL PASSAV
passavant_rdl|G|2022|RDL PASSAV
passavant_cab|G||CAB ANJOU
passavant_cab|P50||CAB ANJOU
brissac_rda|G||ROSE ANJOU
genaudieres_malvoisie|G||MALVOISIE
genaudieres_malvoisie|G|2022|MALVOISIE
pierrebise_layon|G||LAYON PIERRE BISE
pierrebise_layon|G|2021|LAYON BISE
bouvet_saphir|CP||SAPHIR BOUVET
bouvet_saphir|B|2019|SAPHIR BOUVET
bouvet_saphir|M|2021|SAPHIR
gratien_brut|CP||CREMANT GRATIEN
gratien_rose|CP||CREMANT ROSE GRATIEN
drappier_cartedor|CP||CHAMPAGNE
drappier_cartedor|B||CHAMP DRAPPIER
ecu_granite|B|2021|ECU GRANITE
ecu_granite|B|2022|ECU GRANITE
coing_surlie|B|2021|COING SUR LIE
coing_gorges|B|2016|GORGES COING
filliatreau_champ|B|2021|CHAMPI FILLIAT
filliatreau_vignolle|B|2018|GDE VIGNOLLE
corbillieres_sauv|G|2022|SAUV CORBI
jolivet_sancerre|B|2022|SANCERRE JOLIV
jolivet_sancerre|B|2023|SANCERRE JOLIVET
baudry_granges|B|2020|CHINON BAUDRY
kro_pression|DE||KRO
kro_pression|PI||KRONENBOURG
affligem_pression|DE||AFFLIGEM
piautre_blonde|DE||PIAUTRE BLONDE
piautre_blonde|C33||PIAUTRE BLONDE
loicraison_pression|DE||CIDRE LOIC RAISON
kerisac_brut|C33||KERISAC BRUT
leffe_blonde|C33||LEFFE
desperados|C33||DESPE
k1664_blanc|C25||1664 BLANC
ricard|D||RICARD
pastis51|D||PASTIS51
lillet_rose|G||LILLET ROSE
aperol|D||APEROL
giffard_menthe|D2||MENTHE PASTILLE
get27|D||GET27
havana7|D||HAVANA 7
massenez_poire|D||POIRE WILLIAMS
coca|C33||COCA
orangina|C25||ORANGINA
schweppes_tonic|C25||SCHWEPPES TONIC
vittel|C50||VITTEL
fevertree_ginger|C20||GINGER BEER
pelforth_brune|DE||PELFORTH
desperados|DE||DESPE
ecu_granite|M||GRANITE ECU
brissac_rda|H||ROSE ANJOU
leffe_blonde|C25||LEFFE
coca|C100||COCA
orangina|C33||ORANGINA
kerisac_doux|C33||KERISAC DOUX
-BL|G||MUSCADET|several Muscadets held, no producer
-BL|G||GROS PLANT|two Gros Plants held (Noëlle, Guindon)
-RG|G||GAMAY|three Gamays held (Noëlle, Guindon, Pierre-Bise)
-BL|G||BLANC MAISON|generic house wine
-RS|P50||ROSE|generic rosé
-RS|G||ROSE PAMPLEMOUSSE|rosé-grapefruit mix
-MO|G||MALV GUINDON|Guindon's Malvoisie is not held (Génaudières' is)
-RG|B||CAB ANCENIS GUINDON|Guindon's Coteaux d'Ancenis Cabernet not held
-BU|CP||CREMANT|two brut crémants held, no producer
-AP|||KIR|kir (cassis + white wine)
-AP|||SPRITZ APEROL|cocktail
-PR|DE||PANACHE|shandy
-PR|DE||MONACO|beer + grenadine + lemonade
-AL|D||HAVANA ESPECIAL|Havana Especial not held
-AL|D||JACK HONEY|Jack Daniel's Honey not held
-AL|D||GET31|Get 31 not held
-AL|D||GLENMORANGIE|no Glenmorangie held
-GL|||COUPE COLONEL|ice cream with vodka
-GL|||MILKSHAKE FRAISE|ice-cream drink
-GL|||CAFE LIEGEOIS|ice-cream coffee
-GL|||DAME BLANCHE|dessert
-CF|||EXPRESSO|coffee
-CF|||THE MENTHE|tea
-CU|||FRITURE DE LOIRE|food
-CU|||ASSIETTE RILLETTES|food
-CU|||FRITES|food
-DV|||GOBELET CONSIGNE|deposit
-DV|||GLACONS|ice
"""
