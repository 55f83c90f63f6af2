"""Brasserie back office: key|measure|vintage|text, or -|measure|vintage|FAMILY|text|reason."""
CASES = """
lynch|btl|2015|Château Lynch-Bages
lynch|btl|2017|Ch. Lynch-Bages Pauillac
lynch|mag|2010|Lynch-Bages Pauillac
echo_lynch|btl|2018|Echo de Lynch-Bages
cantenac|btl|2016|Margaux Cantenac-Brown
talbot|btl|2016|Saint-Julien Ch. Talbot
figeac|btl|2012|Château Figeac
fieuzal_b|glass|2019|Fieuzal Blanc
hbailly|half|2015|Haut-Bailly
sociando|btl||Sociando-Mallet
suduiraut|half|2015|Sauternes Suduiraut
suduiraut|glass||Suduiraut
lar_stmartin|btl|2022|Chablis Saint-Martin Laroche
lar_stmartin|pichet50||Chablis St-Martin
lar_vaillons|btl|2020|Chablis 1er Cru Vaillons
moreau_chab|btl|2022|Chablis Christian Moreau
bc_meursault|btl|2020|Meursault Buisson-Charles
sauzet_puligny|btl|2019|Puligny-Montrachet Sauzet
bouchard_greves|btl|2017|Beaune Grèves Enfant Jésus
drouhin_chorey|g15|2020|Chorey-lès-Beaune Drouhin
faiveley_myglands|btl||Mercurey Clos des Myglands
rousseau_gevrey|btl|2018|Gevrey-Chambertin A. Rousseau
jadot_gevrey|btl|2019|Gevrey-Chambertin Jadot
ferret_pf|glass||Pouilly-Fuissé Ferret
jolivet_sanc|half|2023|Sancerre Jolivet
jolivet_sanc|btl|2022|Sancerre Blanc Pascal Jolivet
jolivet_sanc_rose|glass|2023|Sancerre Rosé Jolivet
vacheron_bd|btl|2020|Sancerre Rouge Belle Dame Vacheron
tracy_pf|btl||Pouilly-Fumé Château de Tracy
huet_hautlieu|btl|2021|Vouvray Haut-Lieu Sec Huet
huet_mont|btl|2019|Vouvray Le Mont Huet
baudry_grezeaux|pichet25||Chinon Grézeaux Baudry
pepiere_briords|glass|2022|Muscadet Clos des Briords
bouvet_saphir|coupe||Saumur Brut Saphir
wangel|btl||Whispering Angel
drouin_cidre|btl||Cidre Pays d'Auge Drouin
dupont_cidre|btl||Cidre Bouché Dupont
drouin_cidre|c33||Cidre Drouin
dupont_pommeau|glass||Pommeau Dupont
drouin_21|d4||Calvados Drouin 21 ans
dupont_vr|d4||Calvados Dupont Vieille Réserve
groult_8|dose||Roger Groult 8 ans
k1664|pinte||1664
affligem|demi||Affligem
northmaen_bl|demi||Northmaen Blonde
chimay_bleue|c33||Chimay Bleue
lillet_blanc|glass||Lillet Blanc
lynch|btl|2016|Château Lynch-Bages
lynch|btl|2019|Lynch-Bages
talbot|btl|2018|Château Talbot
figeac|btl|2015|Figeac
cantenac|btl|2018|Château Cantenac Brown
sauzet_puligny|btl|2021|Puligny Sauzet
huet_hautlieu|btl|2022|Vouvray Le Haut-Lieu Huet
jolivet_sanc|half|2022|Sancerre Blanc Jolivet
lar_vaillons|btl|2021|Chablis Vaillons Laroche
rousseau_gevrey|btl|2017|Gevrey Rousseau
echo_lynch|btl|2019|Echo Lynch-Bages
hbailly|btl|2016|Château Haut-Bailly
suduiraut|btl|2015|Château Suduiraut
baudry_grezeaux|btl|2020|Chinon Les Grézeaux
fieuzal_b|btl|2020|Fieuzal Blanc
-|btl|2018|Bordeaux|Château Lynch-Moussas|another chateau sharing a word
-|btl|2016|Bordeaux|Pauillac|appellation alone, two Pauillacs held
-|btl|2015|Bordeaux|Château Pichon Baron|not held
-|glass||Bordeaux|Bordeaux Supérieur du moment|generic
-|btl|2019|Bourgogne|Gevrey-Chambertin|appellation alone, two producers held
-|btl|2021|Bourgogne|Chablis|appellation alone, several held
-|btl|2020|Bourgogne|Chablis Grand Cru Les Clos Laroche|a producer's other wine
-|btl|2019|Bourgogne|Puligny 1er Cru Les Combettes Sauzet|a producer's other wine
-|btl|2020|Bourgogne|Meursault 1er Cru Charmes Buisson-Charles|a producer's other wine
-|btl|2018|Bourgogne|Beaune 1er Cru Clos des Mouches Drouhin|a producer's other wine
sauzet_puligny|mag|2019|Puligny-Montrachet Sauzet
-|btl|2022|Loire|Sancerre|appellation alone, several held
-|btl|2022|Loire|Sancerre Rouge Jolivet|another colour of Jolivet
-|btl|2021|Loire|Vouvray Le Haut-Lieu Moelleux Huet|another wine of Huet
-|btl||Rosés|Rock Angel Château d'Esclans|another wine of Esclans
miraval|mag||Miraval
-|btl||Cidres & Pommeaux|Poiré Drouin|another drink of Drouin
-|pichet50||Vins du moment|Vin rouge du moment|generic
-|glass||Vins du moment|Vin blanc maison|generic
-|||Plateaux|Plateau Royal|food
-|||Plats|Sole meunière|food
-|||Plats|Moules marinières frites|food
-|||Desserts|Tarte normande|food
-|||Desserts|Trou normand sorbet pomme calvados|dessert
-|||Cafés|Café gourmand|coffee
-|||Cafés|Café calva|coffee
-|||Divers|Droit de bouchon|service
duvel|demi||Duvel
-|pinte||Bières pression|Monaco|mixed drink
-|demi||Bières pression|Panaché|mixed drink
-|c33||Bières bouteille|Chimay Triple|another Chimay
-|d4||Calvados|Calvados Drouin XO|another calvados of Drouin
-|d4||Calvados|Calvados Dupont 15 ans|age not held
-|d4||Calvados|Calvados Pays d'Auge|generic, several held
-|d4||Spiritueux|Glenfiddich 15 ans|age not held
badoit|c50||Badoit
-|c33||Softs & Eaux|Coca-Cola Cherry|another variant
-|||Softs & Eaux|Carafe d'eau|tap water
"""
