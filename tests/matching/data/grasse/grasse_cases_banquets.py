"""banquets: the events team's banquet-order export, one line per item (key|measure|vintage|item|family|reason)."""
CASES = """
whispering|jero|2022|Whispering Angel (Caves d'Esclans)
whispering|case6|2023|Whispering Angel (Caves d'Esclans)
whispering|btl|2022|Whispering Angel (Caves d'Esclans)
minuty_prestige|btl|2023|Minuty Prestige Rosé (Château Minuty)
minuty_prestige|jero|2023|Minuty Prestige (Château Minuty)
minuty_281|mag|2022|Minuty 281 Rosé
miraval|case6|2023|Miraval Côtes de Provence Rosé
rock_angel|case6|2023|Rock Angel (Château d'Esclans)
leoube_rose|mag|2023|Rosé de Léoube
-|btl|2023|Château Sainte-Marguerite Grande Réserve Rosé|RS|Grande Réserve not held
figuiere|case6|2023|Saint André de Figuière Première Rosé
tempier_rs|btl|2024|Bandol Rosé, Domaine Tempier
tempier_rg|btl|2020|Bandol Rouge, Domaine Tempier
tempier_migoua|btl|2019|Bandol La Migoua, Domaine Tempier
-|btl|2019|Bandol La Tourtine, Domaine Tempier|RG|Tempier's La Tourtine not held
-|btl|2023|Bandol Rosé|RS|Bandol rosé: two producers held
bellet_rs|case6|2022|Bellet Rosé, Château de Bellet
clos_st_vincent|btl|2020|Bellet Blanc Le Clos, Clos Saint-Vincent
magdeleine_rs|btl|2022|Cassis Rosé, Clos Sainte Magdeleine
bagnol|case6|2022|Cassis Blanc, Domaine du Bagnol
trevallon|mag|2019|Domaine de Trévallon Rouge
trevallon|btl||Domaine de Trévallon Rouge
-|btl|2021|Côtes du Rhône Blanc, E. Guigal|BL|Guigal's Côtes du Rhône blanc not held
beaucastel_rg|btl|2018|Châteauneuf-du-Pape Rouge, Château de Beaucastel
beaucastel_bl|btl|2021|Châteauneuf-du-Pape Blanc, Château de Beaucastel
-|btl|2020|Coudoulet de Beaucastel Rouge|RG|Perrin's Coudoulet not held
telegraphe|mag|2019|Vieux Télégraphe La Crau
la_chapelle|btl|2015|Hermitage La Chapelle, Paul Jaboulet Aîné
laroche_stm|case6|2022|Chablis Saint Martin, Domaine Laroche
-|btl|2022|Chablis Premier Cru Les Vaillons, Domaine Laroche|BL|Laroche's Vaillons not held
jadot_meursault|btl|2019|Meursault, Louis Jadot
mouches_rg|btl|2019|Beaune 1er Cru Clos des Mouches Rouge, Joseph Drouhin
faiveley_gevrey|btl|2018|Gevrey-Chambertin Vieilles Vignes, Faiveley
-|btl|2019|Gevrey-Chambertin, Louis Jadot|RG|Jadot's Gevrey not held
lynch|btl|2015|Château Lynch-Bages, Pauillac
lynch|btl|2017|Château Lynch-Bages, Pauillac
connetable|btl|2016|Connétable de Talbot, Saint-Julien
sociando|mag|2015|Château Sociando-Mallet
moet_imperial|btl||Moët & Chandon Impérial Brut
moet_imperial|jero||Moët & Chandon Brut Impérial
moet_imperial|glass||Moët & Chandon Impérial Brut
moet_imperial|case6||Moët & Chandon Impérial Brut
-|btl|2015|Moët & Chandon Grand Vintage|CH|Moët Grand Vintage not held
dom_perignon|btl||Dom Pérignon Vintage (Moët & Chandon)
ruinart_bdb|mag||Ruinart Blanc de Blancs
r_ruinart|coupe||"R" de Ruinart Brut
-|btl|2010|Dom Ruinart|CH|Dom Ruinart not held
bollinger|btl||Bollinger Special Cuvée Brut
-|btl||Bollinger Rosé|CH|Bollinger Rosé not held
lp_cuvee|btl||Laurent-Perrier La Cuvée Brut
lp_cuvee|mag||Laurent-Perrier La Cuvée Brut
-|btl||Laurent-Perrier Grand Siècle|CH|Grand Siècle not held
krug|btl||Krug Grande Cuvée
k1664|k30||Kronenbourg 1664 Draught
grimbergen|k20||Grimbergen Blonde Draught
grimbergen|k30||Grimbergen Blonde
affligem_blanche|k20||Affligem Blanche
leffe|b33||Leffe Blonde
corona|b355||Corona Extra
desperados|b33||Desperados Original
k1664|b33||Kronenbourg 1664
hendricks|b70||Hendrick's Gin
gin_mare|b70||Gin Mare Mediterranean Gin
havana3|b70||Havana Club Añejo 3 Años
diplomatico|b70||Diplomático Reserva Exclusiva Rum
glenfid12|b70||Glenfiddich 12 Year Old
glenfid18|dose||Glenfiddich 18 Year Old
-|dose||Glenfiddich 21 Year Old|SP|21 year old not held
hennessy_xo|b70||Hennessy XO Cognac
-|b70||Hennessy VSOP|SP|VSOP not held
ricard|b100||Ricard Pastis
ricard|b70||Ricard
campari|b100||Campari Bitter
aperol|b100||Aperol
tanq_ten|b70||Tanqueray No. Ten
ft_indian|b20||Fever-Tree Premium Indian Tonic
ft_med|b20||Fever-Tree Mediterranean Tonic
-|b20||Fever-Tree Elderflower Tonic|SO|not held
evian|b100||Evian Still Water
badoit|b100||Badoit Sparkling Water
orangina|b25||Orangina
-|=per person||Open Bar Package 4h (spirits & softs)|PK|package
-|=per person||Wine Package "Provence" (rosé, white, red, unlimited)|PK|package
-|=per person||Vin d'Honneur Package - Champagne & canapés|PK|package
-|=per person||Coffee Break (coffee, tea, juices, pastries)|PK|package
-|=per bottle opened||Corkage Fee|SV|service
-|=per hour||Bartender|SV|service
-|=flat fee||Ice Delivery 50kg|SV|service
-|=flat fee||Champagne Tower Set-up|SV|service
-|=per person||Welcome Cocktail "Rosé Pamplemousse"|CK|mixed at the bar
-|=per person||Signature Cocktail Lavender Spritz|CK|cocktail
-|glass||House Rosé|RS|generic
-|btl||House Champagne|CH|generic
-|k30||Local Craft Beer Keg|BI|generic
""".strip().splitlines()
