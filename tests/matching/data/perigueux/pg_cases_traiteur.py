"""Caterer / banquet invoice export (`traiteur`): key|unit|vintage|designation, or
-|unit|-|designation|reason (unit a measure code or the invoice's own unit word)."""

CASES = """
tir|BT|2018|Pécharmant - Château de Tiregand
tir|MG|2016|Pécharmant - Ch. de Tiregand Magnum
tir|DB|2019|Pécharmant - Tiregand
hp|BT|2020|Pécharmant - Dom. du Haut-Pécharmant
hp_vr|BT|2016|Pécharmant - Haut-Pécharmant V. Roches
tdg_gloire|BT|2020|Côtes de Bergerac - Gloire de mon Père
tdg_gloire|MG|2018|Côtes de Bergerac - Gloire de mon Père
tdg_conti|BT|2022|Bergerac blanc - Cuvée des Conti
jaub_r|BT|2019|Bergerac rouge - Ch. de la Jaubertie
jaub_rs|MG|2023|Bergerac rosé - Ch. de la Jaubertie
sav_r|BT|2022|Bergerac rouge - Julien de Savignac
sav_r|P50|2021|Bergerac rouge Savignac en carafe
sav_rs|BT|2023|Bergerac rosé - J. de Savignac
eys_b|BT|2023|Bergerac sec - Ch. des Eyssards
bel_r|BT|2020|Bergerac rouge - Ch. Bélingard
yvigne_pp|BT|2020|Bergerac - Clos d'Yvigne Petit Prince
monba|BT|2020|Monbazillac - Ch. de Monbazillac
monba|DB|2020|Monbazillac - Château de Monbazillac
monba|V|2018|Monbazillac Ch. de Monbazillac au verre
tc|BT|2017|Monbazillac - Tirecul la Gravière
bel_m|BT|2019|Monbazillac - Blanche de Bosredon
abbaye|BT|2017|Monbazillac - Ancienne Cure l'Abbaye
eys_sau|B50|2016|Saussignac - Ch. des Eyssards 50cl
mouthes_p|BT|2021|Côtes de Duras - Pérette Noisetiers
grave|BT|2020|Côtes de Duras - Ch. la Grave Béchade
trig|BT|2018|Cahors - Clos Triguedina
probus|BT|2016|Cahors - Triguedina Prince Probus
dominique|BT|2019|St-Émilion GC - Ch. La Dominique
clinet|BT|2016|Pomerol - Château Clinet
deutz|BT||Champagne Deutz Brut Classic
deutz|MG||Champagne Deutz Brut Classic
deutz|CP||Coupe Champagne Deutz Brut Classic
drappier|BT||Champagne Drappier Carte d'Or
deutz_rs|BT||Champagne Deutz Brut Rosé
quinq|V||Apéritif Quinquinoix Denoix
k1664|FUT||Fût Kronenbourg 1664 30L
tatou|FUT||Fût bière Tatou Brasserie BAM 30L
b24_blanche|FUT||Fût Brassée 24 Blanche 20L
hine|DS||Cognac Hine Rare VSOP
sig10|DS||Bas-Armagnac Baron de Sigognac 10 ans
lqnoix|DS||Liqueur de noix Distillerie du Périgord
evian|BT||Eau Evian 1L
coca|BT||Coca-Cola 33cl
tir|BT|2017|Pécharmant - Château de Tiregand
tir|DB|2018|Pécharmant - Tiregand
hp|BT|2017|Pécharmant - Dom. du Haut-Pécharmant
champ|BT|2020|Pécharmant - Ch. Champarel
tdg_gloire|BT|2021|Côtes de Bergerac - Gloire de mon Père
tdg_conti|BT|2024|Bergerac blanc - Cuvée des Conti
jaub_r|BT|2022|Bergerac rouge - Ch. de la Jaubertie
sav_r|BT|2023|Bergerac rouge - Julien de Savignac
monba|BT|2017|Monbazillac - Ch. de Monbazillac
tc|BT|2016|Monbazillac - Tirecul la Gravière
trig|BT|2017|Cahors - Clos Triguedina
dominique|BT|2018|St-Émilion GC - Ch. La Dominique
canon|BT|2017|St-Émilion GC - Ch. Canon
gazin|BT|2015|Pomerol - Ch. Gazin
delord_v|DS|1988|Bas-Armagnac Delord millésime
tdg_gloire|BT|2018|Côtes de Bergerac - Ch. Tour des Gendres Gloire de mon Père
jaub_r|BT||Bergerac rouge - Château de la Jaubertie
dominique|MG|2019|St-Émilion GC - Ch. La Dominique
canon|DB|2016|St-Émilion GC - Ch. Canon
sav_rs|MG|2023|Bergerac rosé - J. de Savignac
drappier|MG||Champagne Drappier Carte d'Or
lutine_bl|FUT||Fût La Lutine Blonde 20L
tc|BT|2016|Monbazillac - Château Tirecul la Gravière liquoreux
canon|BT|2014|Saint-Émilion Grand Cru Classé - Château Canon
-|PERS|-|Menu banquet Périgourdin|food
-|PERS|-|Vin d'honneur forfait boissons|service package
-|FORF|-|Forfait droit de bouchon|corkage service
-|FORF|-|Location tireuse à bière|equipment hire
-|FORF|-|Service en salle 4 serveurs|service
-|FORF|-|Location verres ballon|equipment hire
-|U|-|Pièce montée choux 60 parts|food
-|U|-|Plateau fromages du Périgord|food
-|PERS|-|Café et mignardises|coffee
-|BT|-|Pécharmant - sélection du sommelier|generic
-|BT|-|Bergerac rouge - vin de la maison|generic
-|BT|-|Champagne brut|generic
-|BT|-|Pécharmant - Ch. de Tiregand blanc 2020|Tiregand held only in red
-|BT|-|Bergerac blanc - Tour des Gendres Moulin des Dames 2019|another cuvée, not held
-|BT|-|St-Émilion GC - Ch. Angélus 2015|not held
-|BT|-|Pomerol - Fleur de Clinet 2018|Clinet's second wine, not held
-|BT|-|Pomerol - Château Pétrus 2010|not held
-|BT|-|Champagne Deutz Blanc de Blancs 2016|another Deutz cuvée, not held
-|BT|-|Champagne Drappier Rosé|Drappier rosé not held
-|BT|-|Crémant de Bordeaux brut|not held
-|BT|-|Monbazillac|appellation alone: several held
-|BT|-|Cahors|appellation alone: several held
-|BT|-|Bergerac rosé|appellation and colour: three held
-|DS|-|Cognac VSOP|generic: two VSOP cognacs held
-|DS|-|Armagnac Hors d'Age|generic, not held
-|FUT|-|Fût bière blonde 30L|generic keg
-|BT|-|Jus d'orange 1L|not held
-|BT|-|Cidre brut 75cl|not held
-|U|-|Glaçons sac 5kg|supply
"""
