"""What the waiters tap on the dining room's tablet (`salle`).  One line a product:
expected|key|measure|yy|text as the manager typed it|reason (see bastia_cases_bar)."""

CASES = """
# Patrimonio: Lazzarini's three colours, a magnum, a half, a 50 cl muscat
y|lazr||19|Patrimonio Rouge Lazzarini
y|lazr|mag|19|Patrimonio Rouge Lazzarini
a|lazr|mag|21|Patrimonio Rouge Lazzarini
y|lazr|||Lazzarini Rouge
y|lazb||22|Patrimonio Blanc Lazzarini
y|lazb|half|23|Patrimonio Blanc Lazzarini
a|lazb|half|22|Patrimonio Blanc Lazzarini
y|lazs||24|Patrimonio Rosé Lazzarini
n|lazs|mag|24|Patrimonio Rosé Lazzarini
y|lazm|b50|21|Muscat du Cap Corse Lazzarini
n|lazm|b75|22|Muscat du Cap Corse Lazzarini
y|lazm|gl|22|Muscat Lazzarini
y|pasr||20|Patrimonio Pastricciola Rouge
n|pasr|half|22|Patrimonio Pastricciola Rouge
y|pasb||23|Pastricciola Blanc
a|pasb||22|Pastricciola Blanc
y|pass|mag|24|Pastricciola Rosé
y|samb||23|Santamaria Blanc
y|sams||23|Santamaria Rosé
a|sams||22|Santamaria Rosé
y|mafr|mag|20|Clos Marfisi Rouge
y|mafr||21|Clos Marfisi
a|mafr||19|Clos Marfisi Rouge
y|mafb||23|Clos Marfisi Blanc
n|-RG||23|Clos Marfisi Muscat du Cap Corse|Clos Marfisi's muscat is not held
y|catr||22|Domaine de Catarelli Rouge
y|catm|half|22|Muscat du Cap Corse Catarelli
y|catm||22|Muscat du Cap Corse Catarelli
n|-RG||21|Patrimonio Rouge|an appellation alone: five Patrimonio reds are held
# Ajaccio
y|ornr||20|Ajaccio Rouge Clos d'Ornasca
a|ornr||21|Ajaccio Rouge Clos d'Ornasca
y|orns||24|Clos d'Ornasca Rosé
n|ornb|mag|23|Clos d'Ornasca Blanc
y|ornb|gl|23|Clos d'Ornasca Blanc
y|stir||21|U Stiliccionu Ajaccio Rouge
a|stir||20|U Stiliccionu Ajaccio Rouge
y|stis||24|U Stiliccionu Rosé
n|-BL||23|Domaine Martini Blanc|Domaine Martini's white is not held
n|-RS||24|Ajaccio Rosé|an appellation alone: three Ajaccio rosés are held
# Vin de Corse, Porto-Vecchio, Calvi, Sartène
y|bcr|half|21|Le Bois du Cerf Rouge, Domaine Vico
y|bcr||20|Le Bois du Cerf Rouge, Domaine Vico
y|bcb||23|Le Bois du Cerf Blanc
y|vics|mag|24|Domaine Vico Rosé
a|vics|mag|23|Domaine Vico Rosé
y|petb||23|Domaine Petroni Blanc
n|-RS||24|Vin de Corse Rosé|an appellation alone: Vico and Petroni rosés are held
y|torb||23|Torraccia Blanc
y|oris||24|Oriu Rosé Torraccia
n|-RG||19|Oriu Rouge Torraccia|Torraccia's red Oriu is not held
y|orsb||23|Calvi Blanc Domaine Orsini
y|orss||24|Calvi Rosé Domaine Orsini
y|rutr||19|Sartène Rutilu, Sant Armettu
a|rutr||18|Sartène Rutilu, Sant Armettu
y|myrb||23|Myrtus Blanc Sant Armettu
a|myrs||23|Myrtus Rosé Sant Armettu
y|perr||20|Pero Longo Rouge
a|perr||18|Pero Longo Rouge
n|-BL||23|Pero Longo Blanc|Pero Longo's white is not held
# continental whites
y|pins||23|Sancerre Florès Vincent Pinard
y|pins|half|23|Sancerre Florès
a|pins|half|22|Sancerre Florès
n|pins|mag|23|Sancerre Florès Vincent Pinard
n|-RG||22|Sancerre Rouge Vincent Pinard|Pinard's red is not held
y|chas||21|Chablis Domaine Servin
a|chas||23|Chablis Domaine Servin
n|-BL||22|Chablis 1er Cru Servin|a Servin cuvée not held
y|pabi||22|Pouilly-Fumé Jonathan Pabiot
y|vern||22|Condrieu Terrasses de l'Empire, Vernay
a|vern||20|Condrieu Terrasses de l'Empire, Vernay
y|temp||23|Bandol Blanc Tempier
a|temp||22|Bandol Blanc Tempier
n|-RG||20|Bandol Rouge Tempier|Tempier's red is not held
# champagnes
y|lalg|mag||Champagne Lallier Grande Réserve
y|lals|||Lallier Rosé Grand Cru
n|-BU|||Lallier Blanc de Blancs Grand Cru|a Lallier cuvée not held
y|delbb|||Delamotte Blanc de Blancs
n|delb|mag||Delamotte Brut
n|-BU|||Delamotte Rosé|not held
y|gire|||Henri Giraud Esprit Nature
n|gire|half||Henri Giraud Esprit Nature
y|girh|||Henri Giraud Hommage au Pinot Noir
n|-BU|||Henri Giraud Argonne|a Giraud cuvée not held
n|-BU|||Champagne Ruinart Blanc de Blancs|not held
# carafes of the moment, food and services
n|-RS|car50||Rosé du moment|generic
n|-BL|gl||Blanc du moment|generic
n|-CU|pc||Soupe de poissons de roche|food
n|-CU|pc||Aziminu du port|food
n|-CU|pc||Langouste grillée|food
n|-CU|pc||Plateau de fruits de mer royal|food
n|-CU|pc||Denti à la plancha|food
n|-CU|pc||Fiadone au brocciu|food
n|-CU|pc||Menu du port|food
n|-CA|pc||Café gourmand|coffee
n|-DV|pc||Couvert|service
n|-DV|pc||Droit de bouchon|service
n|-EA|pc||Carafe d'eau|tap water
"""
