"""What the staff typed on the counter register (caisse).

One line per button: `key|measure|vintage|text|extra`.
- key: a drink of savoie_drinks.py, or `-` for a product that is no drink of the library
  (then `extra` is the reason);
- measure: the serving (see savoie_tills.MEASURES), printed first by the register;
- vintage: the vintage typed, four digits, or empty; printed as two digits, and lost when
  the 20-column cut takes it;
- text: the button's name; a word marked `*` is the one telling the drink from its held
  siblings: if the cut leaves fewer than four of its letters, `extra` must give the reading
  of the label as it stands (another key, or `-reason` for none).
"""

CASES = """
perrier_apremont||2022|APREMONT PERRIER|
perrier_apremont||2020|APREMONT PERRIER|
perrier_apremont|half|2023|APREMONT PERRIER|
perrier_apremont|mag|2022|APREM PERRIER|
perrier_apremont|glass|2023|APREM PERRIER|
perrier_apremont|pich50||APREM PERRIER|
perrier_abymes||2023|ABYMES PERRIER|
perrier_abymes||2022|ABYMES PERRIER|
perrier_bergeron||2022|CHIGN BERG PERRIER|
perrier_mondeuse|glass||MOND PERRIER|
-||2023|PERRIER GASTRO BL|Perrier's Cuvée Gastronomie is held in three whites (Apremont, Abymes, Chignin-Bergeron)
richel_apremont||2023|APREMONT RICHEL|
richel_apremont|glass|2021|APREM RICHEL|
-||2023|DOM RICHEL|Richel is held in two wines of 2023 (Apremont and the rosé)
labbe_abymes||2022|ABYMES LABBE|
labbe_abymes||2021|ABYMES LABBE|
labbe_apremont|glass|2023|APREMONT LABBE|
merande_1248||2022|APREMONT 1248 MERANDE|
-||2023|APREMONT|Apremont alone: four Apremonts are held
-|glass||APREMONT|a glass of Apremont: four are held
merande_altesse||2021|ROUSSETTE SON ALTESSE|
merande_altesse||2020|SON ALTESSE|
merande_romaine||2021|MOND BELLE ROMAINE|
merande_romaine||2022|BELLE ROMAINE|
merande_romaine|half||BELLE ROMAINE|
merande_noire||2020|MERANDE LA NOIRE|
-||2020|MERANDE MONDEUSE|Mérande's two Mondeuses (La Belle Romaine, La Noire) are both held in 2020
-||2021|MERANDE COMTESSE BL|Comtesse Blanche, another cuvée of Mérande, is not held
gberlioz_filles||2022|BERLIOZ *FILLES|
gberlioz_filles||2021|CHIGN BERG LES *FILLES|
gberlioz_fripons||2021|LES *FRIPONS G BERLIOZ|
gberlioz_fripons||2020|*FRIPONS BERLIOZ|
gberlioz_chignin||2023|CHIGNIN G BERLIOZ|
-||2022|CHIGN BERG G BERLIOZ|Gilles Berlioz's Chignin-Bergeron is held in three cuvées
-||2022|CHIGNIN BERGERON|Chignin-Bergeron alone: five are held
aberlioz_euphrasie||2022|EUPHRASIE A BERLIOZ|
aberlioz_euphrasie||2020|EUPHRASIE|
aberlioz_gueux||2023|CUVEE DES GUEUX|
-||2023|CHIGNIN BERLIOZ|two Chignins of 2023 held from the two Berlioz (Gilles' Chignin, Adrien's Cuvée des Gueux)
-||2022|A BERLIOZ LA PEPIE|La Pépie, another cuvée of Adrien Berlioz, is not held
ctrosset_prestige||2020|PRESTIGE ARPENTS|
ctrosset_prestige||2018|PRESTIGE ARPENTS|
ctrosset_prestige|half|2020|PRESTIGE ARPENTS|
ftrosset_avalanche||2022|AVALANCHE F TROSSET|
ftrosset_avalanche|glass|2023|AVALANCHE|
-||2021|ARBIN MONDEUSE|Arbin Mondeuse alone: eight are held
-||2021|TROSSET MONDEUSE|two Trosset domaines, five Mondeuses
prieure_mondeuse||2017|PRIEURE MONDEUSE|
prieure_mondeuse||2016|PRIEURE MONDEUSE|
chevallier_marestel||2021|MARESTEL CHEVALLIER|
chevallier_marestel||2019|MARESTEL CHEVAL|
chevallier_jacquere||2023|JONGIEUX BL CHEVAL|
chevallier_mondeuse||2022|JONGIEUX RG|
-||2022|JONGIEUX CHEVALLIER|Chevallier-Bernard's Jongieux is held white and red
lamar_chapelle||2020|MARESTEL LA CHAPELLE|
-||2021|MARESTEL|Marestel alone: three are held
-||2021|CH DE LA MAR|Château de la Mar is held in two cuvées (Le Golliat, La Chapelle)
-||2021|MARESTEL LE VERNEY|Le Verney, another Marestel of Château de la Mar, is not held
cruet_cremant|coupe||CREM SAV CRUET|
cruet_cremant|mag||CREMANT CRUET|
chautagne_cremant|||CREMANT CHAUTAGNE|
-|coupe||CREMANT|two crémants are held
-|||CREMANT DE SAVOIE RS|no rosé Crémant de Savoie is held
peillot_altesse||2022|ROUSSETTE BUGEY PEILLOT|
peillot_altesse||2020|PEILLOT ALTESSE|
peillot_brut|coupe||MONTAGNIEU PEILLOT|
lingot_trad|||CERDON LINGOT *TRAD|
lingot_bio|glass||CERDON BIO|
-|||CERDON|two Cerdons are held
pillot_chassagne||2021|CHASSAGNE PILLOT|
pillot_chassagne|half|2021|CHASSAGNE PILLOT|
pillot_chassagne||2019|CHASSAGNE P PILLOT|
-||2021|CHASSAGNE PILLOT RG|no red Chassagne-Montrachet is held
arnoux_vosne||2020|VOSNE ARNOUX LACHAUX|
arnoux_vosne||2018|VOSNE ARNOUX|
-||2019|VOSNE SUCHOTS|Vosne-Romanée 1er Cru Les Suchots is not held
ferraton_matiniere_rg||2022|CROZES MATINIERE *RG|
ferraton_matiniere_rg||2020|MATINIERE *RG|
ferraton_matiniere_rg|mag|2020|MATINIERE *RG|
ferraton_matiniere_bl||2022|CROZES MATINIERE *BL|
-||2022|CROZES MATINIERE|La Matinière is held red and white
ferraton_matiniere_rg||2021|CROZES HERMITAGE MATINIERE *RG|-Crozes-Hermitage La Matinière without its colour: held red and white
ferraton_dionnieres||2018|HERMITAGE DIONNIERES|
-||2019|HERMITAGE BL FERRATON|no white Hermitage is held
courbis_champelrose|mag|2018|CORNAS CHAMPELROSE|
courbis_champelrose||2021|CORNAS COURBIS|
-||2020|CORNAS SABAROTTE|La Sabarotte, another Cornas of Courbis, is not held
-||2022|ST JOSEPH BL GRIPA|no white Saint-Joseph is held
lassalle_pref|||CHAMP LASSALLE PREF|
lassalle_pref|half||LASSALLE PREFERENCE|
-|coupe||LASSALLE|Lassalle is held in three cuvées
lassalle_rose|coupe||LASSALLE *RS|
lassalle_rose|coupe||CHAMP LASSALLE 1ER CRU *RS|-Lassalle without its cuvée: three are held
lassalle_bdb||2016|LASSALLE BDB|
lassalle_bdb||2015|LASSALLE BDB|
-|||LASSALLE CACHET OR|Cachet d'Or, another cuvée of Lassalle, is not held
desousa_trad|||DE SOUSA TRADITION|
-|||DE SOUSA 3A|Cuvée 3A of De Sousa is not held
hure_invitation|mag||HURE INVITATION|
hure_invitation|half||HURE INVITATION|
hure_memoire|||HURE MEMOIRE|
-|coupe||CHAMPAGNE|champagne alone: a generic coupe
chartreuse_verte|dose||CHARTR VERTE|
chartreuse_jaune|2cl||CHARTR JAUNE|
chartreuse_vep|dose||CHARTR VEP VERTE|
-|dose||CHARTREUSE|Chartreuse alone: three are held
-|dose||CHARTR VEP JAUNE|the yellow V.E.P. is not held
-|dose||ELIXIR VEGETAL|Chartreuse's Élixir Végétal is not held
genepi_chartreux|dose||GENEPI CHARTREUX|
genepi_aravis|dose||GENEPI ARAVIS|
genepi_bigallet|2cl||GENEPI BIGALLET|
-|dose||GENEPI|génépi alone: three are held
-|dose||GENEPI MAISON|the house génépi is no drink of the library
-|dose||GENEPI DOLIN|Dolin's génépi is not held
hautes_glaces|dose||HAUTES GLACES MOISSONS|
cimes_aiguille|demi||AIGUILLE BLANCHE|
cimes_aiguille|pinte||AIGUILLE BLANCHE|
cimes_yeti|b33||YETI|
cimes_yeti|pinte||YETI|
antidote_antigel|demi||ANTIGEL|
-|demi||PRESSION|a generic draught beer
evian|b100||EVIAN|
badoit|b100||BADOIT|
-|b33||PERRIER|Perrier water is not held (Perrier is also a held wine producer)
schweppes|b25||SCHWEPPES TONIC|
-|||CROZIFLETTE|food
-|||TARTIFLETTE 2 PERS|food
-|||VIN CHAUD|vin chaud is a mixed drink made in the house
-|||GROLLE 4 PERS|a grolle (coffee, génépi and grappa shared from a wooden cup) is a mixed drink
-|||CAFE GENEPI|coffee with génépi: a mixed drink
-|demi||PANACHE|a mixed drink
-|||EXPRESSO|coffee
-|||DROIT DE BOUCHON|corkage, a service
-|pich50||ROUGE MAISON|the house red is no drink of the library
-|glass||BLANC DU MOMENT|a generic label
"""
