"""What the guests ordered on the order-at-table app (`appli`).

One item a line: `key|measure|vintage|text`, or `-|measure|vintage|text|reason` for what is
no drink of the library. `text` is the item's menu name, then the options the guest
ticked, each after ` +`. The app prints `#` and the item id, the name, the vintage, the
format chosen in square brackets, then the options.
"""

CASES = """
# rosés
pourcieux_rs|verre12|2024|Château de Pourcieux, rosé
pourcieux_rs|verre15|2023|Château de Pourcieux, rosé +Glaçons (piscine)
pourcieux_rs|pich50|2021|Château de Pourcieux, rosé
pourcieux_rs|mag|2023|Château de Pourcieux, rosé +Seau à glace
pourcieux_rs|half|2023|Château de Pourcieux, rosé
-|btl|2016|Château de Pourcieux « Grand Millésime », rouge|another cuvée of a held château (only its plain red and rosé are held)
houchart_rs|btl|2024|Domaine Houchart, rosé +4 verres
houchart_sv|verre15|2023|Houchart « Sainte-Victoire », rosé +Glaçons (piscine)
-|btl|2023|Domaine Houchart, rouge|another colour of a held domaine
montaud_rs|mag|2024|Château Montaud, rosé +Seau à glace
montaud_rs|verre12|2022|Château Montaud, rosé
listel_gris|mag|2022|Listel « Grain de Gris » +Seau à glace
-|mag|2024|Listel « Pink Flamingo »|another cuvée of a held producer (Listel)
miraflors|pich1l|-|Miraflors, Domaine Lafage (BIB)
miraflors|verre15|-|Miraflors, Domaine Lafage (BIB) +Glaçons (piscine)
miraflors|btl|-|Miraflors, Domaine Lafage
lafond_gp|btl|2022|Reuilly « La Grande Pièce », Claude Lafond
neveu_rs|half|2023|Sancerre rosé, André Neveu
sauveroy_ca|verre12|2023|Cabernet d'Anjou, Domaine de Sauveroy
-|btl|2024|Rosé de Loire, Domaine de Sauveroy|another rosé of a held domaine (only its Cabernet d'Anjou is held)
vigneau_cr|btl|-|Crémant de Loire rosé, Vigneau-Chevreau +Seau à glace
-|verre12|-|Crémant de Loire rosé, Vigneau-Chevreau +Sirop de pêche|mixed drink (crémant with peach syrup)
-|verre15|-|Rosé piscine de la maison +Glaçons|generic rosé piscine
-|pich50|-|Rosé du moment|generic rosé
-|verre12|2024|Côtes de Provence rosé|an appellation with three held rosés
-|verre12|-|Rosé pamplemousse +Glaçons|mixed drink
# whites and sparkling
marteau_sb|btl|2025|Touraine Sauvignon, Jacky Marteau
oisly_bib|pich50|-|Sauvignon de Touraine, Oisly & Thésée (BIB)
huards_f1|btl|2019|Cour-Cheverny « François 1er », Domaine des Huards
salvard_bl|verre12|2024|Cheverny blanc, Domaine du Salvard
lecomte_q|half|2022|Quincy, Domaine Lecomte
lecomte_q|mag|2023|Quincy, Domaine Lecomte
lafond_raie|verre12|2024|Reuilly « La Raie », Claude Lafond
chatenoy_bl|btl|2022|Menetou-Salon blanc, Domaine de Chatenoy
-|btl|2023|Menetou-Salon rosé, Domaine de Chatenoy|another colour of a held domaine
neveu_gf|half|2023|Sancerre « Le Grand Fricambault », André Neveu
-|btl|2023|Sancerre « Le Manoir », André Neveu|another cuvée of a held domaine
lieubeau_mus|pich50|2023|Muscadet sur lie, Famille Lieubeau
vigneau_sec|btl|2023|Vouvray sec, Vigneau-Chevreau
vigneau_pet|verre12|-|Vouvray pétillant, Vigneau-Chevreau
-|btl|2022|Vouvray demi-sec, Vigneau-Chevreau|another style of a held domaine (demi-sec not held)
# reds
huards_envol|btl|2024|Cheverny rouge « Envol », Domaine des Huards
chatenoy_rg|btl|2020|Menetou-Salon rouge, Domaine de Chatenoy
gasnier_gr|btl|2024|Chinon « Les Graves », Fabrice Gasnier
gasnier_gr|verre15|2022|Chinon « Les Graves », Fabrice Gasnier
-|btl|2023|Chinon rosé, Fabrice Gasnier|another colour of a held domaine
nerleux_sc|pich50|2022|Saumur-Champigny, Domaine de Nerleux
nerleux_sc|mag|2023|Saumur-Champigny, Domaine de Nerleux
madone_fl|verre12|2023|Fleurie, Domaine de la Madone
piron_py|btl|2021|Morgon « Côte du Py », Domaine Piron
piron_py|btl|2023|Morgon « Côte du Py », Domaine Piron
piron_bv|pich25|2023|Beaujolais-Villages, Domaine Piron
-|btl|2022|Morgon « Côte du Py », Jean Foillard|the same climat from a producer not held
pizay_mg|btl|2021|Morgon, Château de Pizay
jacques_mav|btl|2020|Moulin-à-Vent, Château des Jacques
-|btl|2020|Moulin-à-Vent « Clos de Rochegrès », Château des Jacques|another cuvée of a held château
diochon_mav|mag|2021|Moulin-à-Vent Vieilles Vignes, Domaine Diochon
diochon_mav|btl|2023|Moulin-à-Vent Vieilles Vignes, Domaine Diochon
-|btl|2023|Brouilly, Georges Viornery|another appellation of a held domaine (Brouilly, not Côte de Brouilly)
grossepierre_ch|pich50|2024|Chiroubles, Domaine de la Grosse Pierre
pierresdorees_bib|verre12|-|Beaujolais, Vignerons des Pierres Dorées (BIB)
-|pich50|-|Beaujolais nouveau|another wine (the primeur), no producer
# beers and ciders
astro|pich1l|-|Astroblonde, Demory Paris
citra|demi|-|Citra Lager, Demory Paris
parisipa|pich15l|-|Paris IPA, Demory Paris
audacieuse|s33|-|L'Audacieuse NEIPA, Demory Paris
-|pinte|-|Nectarooon!, Demory Paris|another beer of a held brewery
outland_wc|pich1l|-|West Coast IPA, Outland
tasty|s33|-|Tasty, Outland
tasty|pich15l|-|Tasty, Outland
bassesaison|pinte|-|Basse Saison, Le Soupir
tambourin|s75|-|Tambourin, Le Soupir
motueka|demi|-|Destination Super Motueka, Second Degré
sd77|s44|-|77 Is the New West Coast, Second Degré
sd77|pinte|-|77 Is the New West Coast, Second Degré
lostinhops|s44|-|Lost in Hops #2, Brasserie d'Orville
-|s44|-|Lost in Hops #1, Brasserie d'Orville|another number of a held beer
ananas|pinte|-|Ananas IPA, Artemus
-|demi|-|Ananas IPA, Artemus +Sirop de grenadine|mixed drink (beer with syrup)
spacerider|s33|-|Space Rider, Crazy Hops
-|s33|-|Cumbia Loca, Crazy Hops|another beer of a held brewery
thurel_brut|demi|-|Cidre brut, Cidrerie Thurel
valliere_ds|s75|-|Cidre demi-sec, Ferme de la Vallière
# aperitifs and softs
lillet_rs|d6|-|Lillet rosé +Glaçons
-|d6|-|Lillet blanc +Tonic|mixed drink (Lillet tonic)
suze|d4|-|Suze +Glaçons
pierrot|d2|-|Pastis Le Pierrot +Carafe d'eau
-|d2|-|Pastis 51 +Carafe d'eau|a pastis not held
lemmy|s33|-|Lemmy Lemonade, Karma
charitea|s33|-|ChariTea Mate
-|s33|-|ChariTea Black|another flavour of a held brand
# kitchen
-|-|-|Spritz au Lillet [Verre 25 cl] +Orange|cocktail naming a held aperitif
-|-|-|Friture de la Marne [Assiette] +Citron|food
-|-|-|Planche mixte [Pour 2]|food
-|pinte|-|Blonde pression|generic beer
-|btl|2022|Fleurie, Jules Desjourneys|the same appellation from a producer not held
piron_py|half|2022|Morgon « Côte du Py », Domaine Piron
-|s33|-|Karma Cola Sugar Free, Karma|another variant of a held soft
-|-|-|Esquimau vanille-amande|ice cream
-|-|-|Sorbet rosé-pamplemousse [2 boules]|ice cream
"""
