"""Till B, the banquet and catering export: one line per article sold.

key|measure|vintage|text, or -FAMILY|measure|vintage|text|reason for an article that
is no drink of the library (measure `-`: no format printed). The export prints a
five-digit article number, the article's text as the catering software holds it
(appellation first, then the producer or cuvée, accents kept), the vintage in four
digits, then the format (`75cl`, `150cl`, `37,5cl`, `fût 30L`) or the pour.
"""

SPECS = """
lam_cp||2018|Cahors - Château Lamartine Cuvée Particulière
lam_cp||2017|Cahors - Château Lamartine Cuvée Particulière
lam_cp|b150|2015|Cahors - Château Lamartine Cuvée Particulière
coutale|b37|2020|Cahors - Clos La Coutale
coutale|b150|2019|Cahors - Clos La Coutale
hserre||2018|Cahors - Château de Haute-Serre
couvent||2018|Madiran - Capmartin Cuvée du Couvent
lenclos||2017|Madiran - Chapelle Lenclos
stalbert|b50|2020|Pacherenc du Vic-Bilh - Plaimont Saint-Albert
stalbert|b75|2020|Pacherenc du Vic-Bilh - Plaimont Saint-Albert
bellevue||2021|Fronton - Château Bellevue la Forêt
bellevue|b150|2020|Fronton - Château Bellevue la Forêt
bellevue|b300|2020|Fronton - Château Bellevue la Forêt
bellevue_rose||2022|Fronton - Château Bellevue la Forêt Rosé
labarthe_perle||2023|Gaillac - Domaine de Labarthe Perlé
preambulles|c||Vin de France - Causse Marines Préambulles
sangpais||2022|Marcillac - Domaine du Cros Lo Sang del Païs
guilhouret||2022|Jurançon Sec - Clos Thou Guilhouret
suzanne|b50|2019|Jurançon - Clos Thou Suzanne
kattalin|b50|2018|Jurançon - Domaine de Souch Marie Kattalin
ardeuil||2017|Buzet - Baron d'Ardeuil
tiregand||2018|Pécharmant - Château de Tiregand
pecoula|b37|2017|Monbazillac - Château Pécoula
meyney||2016|Saint-Estèphe - Château Meyney
lagrange|b150|2014|Saint-Julien - Château Lagrange
lagrange||2018|Saint-Julien - Château Lagrange
fiefs||2017|Saint-Julien - Les Fiefs de Lagrange
branaire|b150|2016|Saint-Julien - Château Branaire-Ducru
blanquette|c||Blanquette de Limoux - Sieur d'Arques Brut
blanquette|b150||Blanquette de Limoux - Sieur d'Arques Brut
vinsauvage|||Vin de France - Château de Monluc Vin Sauvage
joy_blanc|p50||Côtes de Gascogne - Domaine de Joÿ Blanc
joy_blanc||2022|Côtes de Gascogne - Domaine de Joÿ Blanc
floc_r|||Floc de Gascogne - Domaine de Joÿ Rosé
pousse|||Liqueur - Château de Monluc Pousse-Rapière
mq_vsop|||Armagnac - Marquis de Montesquiou VSOP
sam_xo|d||Bas-Armagnac - Samalens XO
briat_mill||2002|Bas-Armagnac - Château de Briat
laballe||1990|Bas-Armagnac - Château de Laballe
capdona_blonde|k30||Bière - Cap d'Ona Blonde
alaryk_blanche|k20||Bière - Alaryk Blanche
alaryk_blanche|k30||Bière - Alaryk Blanche
capdona_ambree|b33||Bière - Cap d'Ona Ambrée
verniere|b100||Eau - Vernière pétillante
-ROUGE|b75|2019|Cahors - Château Lamartine Expression|Château Lamartine Expression: another cuvée of a held estate
meyney|b37|2015|Saint-Estèphe - Château Meyney
-ROUGE|b75|2017|Saint-Julien - Ducru-Beaucaillou|Ducru-Beaucaillou: an estate sharing a word with Branaire-Ducru
-ROUGE|b75|2017|Margaux - Les Charmes de Kirwan|Les Charmes de Kirwan: second wine not held
-BULLE|c||Champagne|generic label: no Champagne held
-ROUGE|b75|2022|IGP Comté Tolosan - Rouge de la maison|generic label
-BLANC|-||Côtes de Gascogne - Fontaine à vin 5L|a bag-in-box not held
-ARMA|b70||Bas-Armagnac - Château de Briat|Château de Briat alone: Hors d'Âge and Millésime held
-ARMA|b70||Armagnac - Marquis de Montesquiou Hors d'Âge|Montesquiou Hors d'Âge: another age of a held house
-ARMA|b70||Bas-Armagnac - Château Garreau 20 ans|Château Garreau 20 ans: another age of a held house
-BIERE|k30||Bière - Cap d'Ona Ambrée|Cap d'Ona Ambrée: held only in 33 cl bottles, no keg
-SOFT|-||Softs - Forfait jus de fruits|a package, no drink of the library
-DIV|-||Forfait boissons vin d'honneur|a package, no drink of the library
-DIV|-||Location tireuse à bière|service
-DIV|-||Droit de bouchon par bouteille|corkage service
-CUIS|-||Pièce montée choux|food
"""
