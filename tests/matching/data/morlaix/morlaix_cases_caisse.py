"""Caisse (main till at the bar): what the owner keyed. expect|key|measure|vintage|text[|reason]
key "-alc", "-soft", "-food", "-serv": no drink of the library (family for the accounts)."""
CASES = """
y|kerne_brut|BOL||Cidre Kerné brut
y|kerne_brut|B75||Kerné brut
y|kerne_brut|B33||Kerné brut
y|kerne_aop|BOL||Kerné AOP Cornouaille
y|kerne_aop|P50||Cidre Cornouaille AOP
y|kerne_doux|BOL||Cidre doux Kerné
y|valrance|B75||Val de Rance cru breton
y|nicol|P50||Cidre bouché Nicol
y|carpediem|B||Carpe Diem Kervéguen
y|carpediem|B|2021|Carpe Diem Kervéguen
y|sassy|B33||Sassy brut
y|poire|BOL||Poiré Pacory
y|chouchen|D||Chouchen Fisselier
y|pommeau|D||Pommeau Kervéguen
y|ricard|D||Ricard
y|armorik|D||Whisky Armorik classic
y|armorik_dm|D||Armorik double matur.
y|eddu_silver|D||Eddu silver
y|lambig|D2||Lambig 10 ans
y|glen12|D||Glenfiddich 12 ans
y|drouin|D||Calva Drouin VSOP
y|get27|D||Get 27
y|coreff_amb|DEMI||Coreff ambrée
y|coreff_amb|PINTE||Coreff ambrée
y|coreff_amb|B33||Coreff ambrée
y|coreff_bl|DEMI||Coreff blonde
y|k1664|PINTE||1664
y|britt_blanche|B33||Britt blanche
y|telenn_du|B33||Lancelot Telenn Du
y|duvel|B33||Duvel
y|breizh|B33||Breizh Cola
y|breizh0|B33||Breizh Cola zéro
y|perrier|B33||Perrier
y|orangina|B25||Orangina
y|plancoet_fb|B100||Plancoët fines bulles
y|briords|V12|2022|Muscadet Clos des Briords
y|briords|B37|2022|Muscadet Briords Pépière
y|tariquet|P50||Tariquet classic
y|tariquet|V12|2023|Tariquet
y|lafage|P25||Lafage Côté Est rouge
y|cotedesroses|V||Côte des Roses rosé
y|guigal_r|MAG|2020|Côtes du Rhône Guigal
y|guigal_r|V15||CDR Guigal rouge
y|baronnes_b|V12|2023|Sancerre Baronnes blanc
y|taittinger|V||Champagne Taittinger brut
y|taittinger|B37||Taittinger brut réserve
y|whispering|B|2022|Whispering Angel
y|foillard|B|2020|Morgon Foillard Côte du Py
a|briords|B|2020|Muscadet Clos des Briords
a|carpediem|B|2023|Carpe Diem Kervéguen
a|guigal_r|B|2019|Côtes du Rhône Guigal
a|guigal_r|MAG|2021|Côtes du Rhône Guigal
a|baronnes_b|B|2021|Sancerre Les Baronnes blanc
a|minuty|B|2022|M de Minuty
a|minuty|MAG|2023|M de Minuty
a|greysac|B|2017|Ch. Greysac Médoc
a|huet|B|2021|Vouvray Huet Haut-Lieu sec
a|echo|B|2020|Chinon Clos de l'Écho
a|trimbach|V12|2022|Riesling Trimbach
a|laroche|B37|2022|Chablis St-Martin Laroche
a|cadet|B|2021|Mouton Cadet rouge
a|fombrauge|B|2015|Ch. Fombrauge St-Émilion GC
a|picpoul|V|2022|Picpoul Félines Jourdan
n|-food|U||Galette complète|food
n|-food|U||Crêpe beurre sucre|food
n|-food|U||Galette andouille de Guémené|food
n|-food|U||Crêpe caramel beurre salé|food
n|-soft|U||Café|coffee
n|-soft|U||Chocolat chaud|hot drink
n|-serv|U||Droit de bouchon|service
n|-alc|BOL||Cidre brut|generic: several brut ciders
n|-alc|P50||Cidre maison|generic house cider, none held as such
n|-alc|V||Kir breton|cocktail (cider and cassis)
n|-alc|V||Vin rouge du moment|generic
n|-alc|D||Whisky du mois|generic
n|-alc|D||Glenfiddich 18 ans|age not held (12 and 15 are)
n|-alc|B|2022|Sancerre Les Baronnes rosé|colour not held
n|-alc|B|2022|Muscadet Château-Thébaud Pépière|producer's other cuvée
n|baronnes_r|B37|2021|Sancerre Les Baronnes rouge
n|whispering|MAG|2023|Whispering Angel
n|coreff_bl|B33||Coreff blonde
n|britt_blanche|DEMI||Britt blanche
n|-alc|PINTE||Guinness|beer not held
n|-alc|B33||Kerné rosé|cider not held
n|-alc|BOL||Poiré Kerné|poiré of another producer
n|-alc|D||Armorik 10 ans|Armorik cuvée not held
n|-alc|D||Eddu Grey Rock|Eddu cuvée not held
n|-alc|D2||Lambig 20 ans|age not held
n|-soft|B33||Breizh Thé|soft not held
n|-soft|B25||Jus d'orange|soft not held
n|-soft|U||Sirop à l'eau|generic soft
n|-alc|B|2022|Chinon rosé Baudry|colour not held
n|-alc|B||Taittinger Comtes de Champagne|producer's other cuvée
n|ruinart|B37||Ruinart blanc de blancs
n|-alc|V||Vin blanc du moment|generic
n|-food|U||Supplément chantilly|food
n|-alc|D||Calva Drouin hors d'âge|age not held (VSOP is)
n|-alc|V12||Muscadet|appellation alone, several Muscadets held
n|-alc|D||Rhum arrangé maison|house preparation
"""
