"""salle: the waiters' tablet in the dining room. One line a button, as the manager typed it.

key|measure|vintage|name           (a drink of the library)
-FAM|measure|vintage|name|reason    (no drink of the library)
The tablet adds the vintage after the name and the variant after " - ".
"""

CASES = """
hfevrie|B|2023|Muscadet sur lie Dom. de la Haute Févrie
cleray|B|2023|Muscadet sur lie Château du Cléray
cleray|P50||Muscadet Château du Cléray
herbauges|B|2023|Gros Plant Dom. des Herbauges
sancbl|B|2022|Sancerre blanc Fournier « Les Belles Vignes »
sancbl|H|2023|Sancerre blanc Fournier « Les Belles Vignes »
sancrg|B|2021|Sancerre rouge Fournier « Les Belles Vignes »
corbil|B|2023|Touraine Sauvignon Dom. des Corbillières
huetsec|B|2020|Vouvray sec Huet « Le Haut-Lieu »
huetds|B|2021|Vouvray demi-sec Huet « Le Haut-Lieu »
villen|B|2021|Saumur-Champigny Ch. de Villeneuve
villen|M|2020|Saumur-Champigny Ch. de Villeneuve
cormiers|B|2019|Saumur-Champigny Ch. de Villeneuve « Les Cormiers »
joguet|B|2022|Chinon Charles Joguet « Cuvée Terroir »
joguet|H|2021|Chinon Charles Joguet « Cuvée Terroir »
dioterie|B|2018|Chinon Charles Joguet « Clos de la Dioterie »
trinch|B|2022|Bourgueil C. & P. Breton « Trinch! »
trinch|G||Bourgueil C. & P. Breton « Trinch! »
passav|B|2023|Cabernet d'Anjou Ch. de Passavant
saphir|B|2021|Saumur brut Bouvet « Saphir »
penin|B|2021|Bordeaux Supérieur Ch. Penin
penin|G|2020|Bordeaux Supérieur Ch. Penin
miramb|B|2022|Bordeaux blanc Ch. Tour de Mirambeau Réserve
mirambr|B|2019|Bordeaux rouge Ch. Tour de Mirambeau Réserve
lanessan|B|2016|Haut-Médoc Ch. Lanessan
lanessan|M||Haut-Médoc Ch. Lanessan
potensac|H|2015|Médoc Ch. Potensac
meyney|B|2016|Saint-Estèphe Ch. Meyney
prieur|B|2018|Saint-Estèphe Prieur de Meyney
chantr|B|2018|Graves rouge Ch. de Chantegrive
pressac|B|2018|Saint-Émilion Grand Cru Ch. de Pressac
guiraud|H|2017|Sauternes Ch. Guiraud
guiraud|G||Sauternes Ch. Guiraud
graillb|B|2022|Crozes-Hermitage blanc Alain Graillot
cayron|M|2019|Gigondas Dom. du Cayron
lacrau|B|2019|Châteauneuf-du-Pape Vieux Télégraphe « La Crau »
telegr|B|2021|Châteauneuf-du-Pape « Télégramme » Vieux Télégraphe
grisbl|P50||Rosé Gris Blanc Gérard Bertrand
feuilb|H||Champagne Nicolas Feuillatte Réserve Exclusive Brut
feuilb|M||Champagne Nicolas Feuillatte Réserve Exclusive Brut
feuilb|CP||Champagne Nicolas Feuillatte Réserve Exclusive Brut
lpcuvee|B||Champagne Laurent-Perrier La Cuvée
lprose|B||Champagne Laurent-Perrier Cuvée Rosé
coatalb|B||Cidre brut Coat-Albret
drouinx|D||Calvados Christian Drouin XO
martvsop|D||Cognac Martell VSOP
armorik|D||Whisky Armorik Classic
hfevrie|B|2022|Muscadet sur lie Dom. de la Haute Févrie
sancbl|H|2022|Sancerre blanc Fournier « Les Belles Vignes »
sancrg|B|2022|Sancerre rouge Fournier « Les Belles Vignes »
huetds|B|2022|Vouvray demi-sec Huet « Le Haut-Lieu »
villen|M|2021|Saumur-Champigny Ch. de Villeneuve
cormiers|B|2020|Saumur-Champigny Ch. de Villeneuve « Les Cormiers »
dioterie|B|2019|Chinon Charles Joguet « Clos de la Dioterie »
lanessan|B|2017|Haut-Médoc Ch. Lanessan
potensac|H|2016|Médoc Ch. Potensac
potensac|B|2016|Médoc Ch. Potensac
prieur|B|2016|Saint-Estèphe Prieur de Meyney
chantb|B|2020|Graves blanc Ch. de Chantegrive
pressac|B|2016|Saint-Émilion Grand Cru Ch. de Pressac
lapointe|B|2019|Pomerol Ch. La Pointe
guiraud|B|2017|Sauternes Ch. Guiraud
lacrau|B|2018|Châteauneuf-du-Pape Vieux Télégraphe « La Crau »
aqueria|B|2022|Tavel Ch. d'Aquéria
joguet|M|2021|Chinon Charles Joguet « Cuvée Terroir »
villen|H||Saumur-Champigny Ch. de Villeneuve
meyney|M|2016|Saint-Estèphe Ch. Meyney
feuilr|H||Champagne Nicolas Feuillatte Réserve Exclusive Rosé
lpcuvee|M||Champagne Laurent-Perrier La Cuvée
pressac|H|2015|Saint-Émilion Grand Cru Ch. de Pressac
badoit|C50||Badoit
-RS|B|2023|Sancerre rosé Fournier « Les Belles Vignes »|a colour the library does not hold
-BL|B|2019|Vouvray moelleux Huet « Le Haut-Lieu »|a style of Le Haut-Lieu not held
-BL|B|2021|Vouvray sec Huet « Clos du Bourg »|another Huet cuvée
-RG|B|2019|Chinon Charles Joguet « Les Varennes du Grand Clos »|another Joguet cuvée
-RG|B|2020|Anjou Villages Ch. de Passavant|the producer's other wine
-BL|B|2022|Graves blanc Ch. de Chantegrive « Caroline »|another Chantegrive cuvée
-BL|B|2022|Saint-Joseph blanc Dom. Faury|a colour not held
-BL|B|2021|Châteauneuf-du-Pape blanc Vieux Télégraphe|a colour not held
-BL|H|2019|Sauternes « Petit Guiraud »|Guiraud's second wine, not held
-RG|B|2018|Pauillac Ch. Haut-Bages Libéral|not held
-BUL|B||Champagne Laurent-Perrier Grand Siècle|another Laurent-Perrier cuvée
-BUL|B|2015|Champagne Laurent-Perrier Brut Millésimé|another Laurent-Perrier cuvée
-BUL|CP||Champagne du moment|generic
-RG|G||Vin rouge du moment|generic
-BL|P25||Vin blanc maison|generic house wine
-RG|B|2021|Côtes du Rhône Famille Perrin Réserve|the same appellation from another producer
-BL|B|2022|Muscadet sur lie Dom. de la Pépière|the same appellation from another producer
-RG|B|2020|Chinon Bernard Baudry « Les Granges »|the same appellation from another producer
-CUIS|N||Galette complète|food
-CUIS|N||Moules frites|food
-CHAUD|N||Café gourmand|coffee and desserts
-CHAUD|N||Irish coffee|coffee with whiskey
-DIV|N||Droit de bouchon|service
-APE|N||Kir royal|cocktail with champagne
-DIG|D||Calvados Christian Drouin Hors d'Âge|a calvados grade not held
-DIG|D||Whisky Armorik Double Maturation|another Armorik not held
-APE|D6||Porto Sandeman 10 ans|another port not held
-SOFT|N||Carafe d'eau|tap water
"""
