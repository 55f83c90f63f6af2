"""salle: the waiters' tablet in the crêperie. key|measure|vintage|text as typed."""
CASES = """
vdr_brut|bol||Cidre Brut Val de Rance
vdr_brut|p50||Val de Rance Brut
vdr_brut|b75||Cru Brut Val de Rance
vdr_doux|b75||Cidre doux Val de Rance
vdr_doux|bol||Val de Rance Doux
kerne_brut|b75||Kerné Brut
kinkiz|btl||Kinkiz AOP Cornouaille
kinkiz|p50||Cidre Kinkiz
lizig|dose||Chouchen Lizig
fisselier_chouchen|dose||Chouchen Fisselier
breizh_zero|b33||Breizh Cola Zéro
plancoet|b50||Plancoët plate
jus_pomme|b100||Jus de pomme Val de Rance
philo_blonde|demi||Philomenn Blonde
philo_rousse|b33||Philomenn Rousse
philo_stout|b33||Philomenn Stout
philo_tourbee|b33||Philomenn Tourbée
blanche_hermine|demi||Blanche Hermine
duchesse_anne|b33||Duchesse Anne
pepie|v12|2023|Muscadet La Pépie
pepie|btl|2022|La Pépie
pepie|half||Pépie
briords|btl|2020|Clos des Briords
pierre_lune|btl|2022|Pierre de Lune Luneau-Papin
amphibolite|p50|2023|Amphibolite Landron
amphibolite|mag||Amphibolite
ragotiere|half|2023|Ragotière
gros_plant|p50||Gros Plant
baronnes_b|v15|2022|Sancerre blanc Baronnes
baronnes_b|half||Sancerre blanc Bourgeois
ladoucette|btl|2022|Pouilly-Fumé Ladoucette
silex_aub|vre|2022|Vouvray Silex Aubuisières
baudry_granges|vre|2021|Chinon Les Granges Baudry
baudry_granges|p50||Chinon Baudry
villeneuve|mag|2020|Saumur-Champigny Villeneuve
fesles_cab|p25||Cabernet d'Anjou Fesles
pierre_bise|b50|2019|Coteaux du Layon Pierre-Bise
langlois_cremant|coupe||Crémant de Loire Langlois
saphir|coupe|2021|Saphir Bouvet-Ladubay
lanessan|btl|2018|Lanessan
thieuley|vre||Thieuley blanc
guigal_cdr_r|p50|2020|Côtes du Rhône rouge Guigal
delas_launes|btl|2021|Crozes Les Launes Delas
m_minuty|v15|2023|M de Minuty
whispering|btl||Whispering Angel
vcp_brut|mag||Veuve Clicquot Carte Jaune
vcp_rose|btl||Clicquot Rosé
drappier_cdo|coupe||Drappier Carte d'Or
grande_dame|btl|2012|Grande Dame
pepie|vre|2024|La Pépie
briords|btl|2023|Clos des Briords
pierre_lune|vre|2021|Pierre de Lune
amphibolite|btl|2021|Amphibolite
ragotiere|p25|2022|Muscadet Ragotière
baronnes_r|vre|2022|Sancerre rouge Les Baronnes
ladoucette|btl|2023|Ladoucette
villeneuve|btl|2022|Champigny Villeneuve
pierre_bise|vre|2020|Coteaux du Layon
greysac|half|2020|Greysac
guigal_cdr_b|vre|2023|Côtes du Rhône blanc Guigal
grande_dame|btl|2013|Veuve Clicquot Grande Dame
echo_lynch|btl|2016|Echo de Lynch-Bages
fesles_cab|vre|2024|Cabernet d'Anjou
-food|-||Galette complète
-food|-||Crêpe beurre sucre
-food|-||Crêpe caramel beurre salé maison
-coffee|-||Café
-supplement|-||Supplément chantilly
-generic house cider|bol||Cidre maison
-mixed drink|bol||Kir breton
-buttermilk|bol||Lait ribot
-generic, two chouchens held|dose||Chouchen
-appellation held from several producers|vre||Muscadet
-generic|p25||Vin rouge
-generic|vre||Vin du moment
-generic, several rosés|vre||Rosé
-appellation held from two producers|vre||Chinon
-colour not held|vre||Sancerre rosé Baronnes
pepie|mag||La Pépie
briords|half|2022|Clos des Briords
lynch_bages|mag|2015|Lynch-Bages
-producer's other cuvée|btl|2022|Pépière Gras Moutons
-producer's other cuvée|btl||Luneau-Papin Excelsior
-producer's other cuvée|btl||Landron Fief du Breil
-producer's other cuvée|btl||Henri Bourgeois Côte des Monts Damnés
-producer's other cuvée|btl||Baudry La Croix Boissée
-colour not held|vre||Côtes du Rhône rosé Guigal
-cuvée not held|btl||Minuty Prestige
-cuvée not held|btl||Drappier Rosé
-cuvée not held|btl||Veuve Clicquot Extra Brut Extra Old
-cider not held|b33||Kerné rosé
kinkiz|mag||Kinkiz
vdr_doux|b33||Val de Rance Doux
-beer not held|b33||Philomenn Triple
philo_stout|pinte||Philomenn Stout
duchesse_anne|pinte||Duchesse Anne
blanche_hermine|b33||Blanche Hermine
perrier|b100||Perrier
-soft not held|b33||Coca Zéro
-mixed soft|vre||Diabolo menthe
"""
