"""What the slope terrace's cashless terminals sold against a ski pass (badge).

One line per sale: `key|measure|vintage|text|extra`.
- key: a drink of savoie_drinks.py, or `-` for a sale that is no drink of the library
  (then `extra` is the reason);
- measure: the serving, printed after the item (see savoie_tills.BADGE_CODES); a sale of no
  drink prints one only when a measure is given (`btl` for a 75 cl bottle);
- vintage: four digits, printed as `'yy` after the item, or empty (the terrace's menu
  seldom carries one);
- text: the button of the terrace menu, printed in lower-case ASCII. A text ending in a
  signed amount (`recharge +40,00`) carries its own amount; otherwise the terminal, time,
  pass number and debit come from an MD5.
"""

CASES = """
perrier_apremont|glass|2023|apremont perrier|
perrier_apremont|glass||apremont gastronomie|
perrier_apremont|pich50||apremont perrier|
perrier_apremont||2020|apremont perrier|
richel_apremont|glass||apremont richel|
labbe_abymes|glass|2021|abymes labbe|
richel_rose|glass||rose gamay richel|
perrier_mondeuse|glass|2020|mondeuse perrier|
merande_romaine|glass||belle romaine merande|
ctrosset_harmonie|glass||mondeuse harmonie trosset|
aberlioz_gueux|glass||cuvee des gueux|
aberlioz_euphrasie|glass|2022|euphrasie berlioz|
gberlioz_filles||2022|les filles berlioz|
gberlioz_fripons|glass|2023|les fripons|
chevallier_jacquere|glass||jongieux blanc|
chevallier_mondeuse|glass||jongieux rouge|
chevallier_marestel|glass|2023|marestel chevallier|
merande_altesse|glass|2023|son altesse|
ftrosset_avalanche|glass|2020|mondeuse avalanche|
cruet_cremant|coupe||cremant cruet|
cruet_cremant|||cremant cruet|
chautagne_cremant|coupe||cremant chautagne|
lingot_trad|glass||cerdon tradition|
lassalle_pref|coupe||champagne lassalle preference|
lassalle_pref|||lassalle preference|
lassalle_rose|coupe||lassalle rose|
lassalle_rose|mag||lassalle rose|
hure_invitation|||hure invitation|
hure_invitation|half||hure invitation|
chartreuse_verte|dose||chartreuse verte|
chartreuse_jaune|2cl||chartreuse jaune|
chartreuse_vep|dose||chartreuse vep|
genepi_chartreux|dose||genepi des peres chartreux|
genepi_bigallet|dose||genepi bigallet|
sapinette|dose||sapinette|
cimes_aiguille|demi||aiguille blanche|
antidote_antigel|pinte||antigel|
cimes_yeti|b33||yeti|
antidote_antirouille|b33||antirouille|
versant_belleverte|b33||belle verte ipa|
coca|b33||coca|
orangina|b25||orangina|
evian|b50||evian|
-|glass||apremont|an Apremont by the glass: four are held
-|glass||mondeuse|a Mondeuse by the glass: eleven are held
-|glass||blanc de savoie|a generic label
-|coupe||cremant de savoie|two crémants are held
-|coupe||champagne|a generic coupe
-|dose||genepi|génépi alone: three are held
-|dose||chartreuse|Chartreuse alone: three are held
-|dose||verte|a "verte": Chartreuse Verte and the green V.E.P. are both held
-|dose||chartreuse 1605|Chartreuse 1605 is not held
-|demi||biere du moment|a generic draught beer
-|b33||la ravine|La Ravine, another beer of Brassin Versant, is not held
-|b33||antiviral|Antiviral, another beer of L'Antidote, is not held
-|b33||coca zero|Coca-Cola Zéro is not held
-|b33||perrier|Perrier water is not held (Perrier is also a held wine producer)
-|||vin chaud 20cl|vin chaud is a mixed drink made on the terrace
-|||vin chaud genepi|vin chaud with génépi: a mixed drink
-|||chocolat chaud|hot chocolate
-|||genepi tonic|a mixed drink
-|demi||monaco|a mixed drink
-|||diabolo menthe|a mixed soft
-|||croziflette|food
-|||crepe chataigne|food
-|||frites|food
-|||cafe|coffee
-|||recharge +40,00|a top-up of the pass's wallet
-|||consigne ecocup -1,00|the deposit on a reusable cup
-|||retour consigne ecocup +1,00|the refund of a cup deposit
"""
