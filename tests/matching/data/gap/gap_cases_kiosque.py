"""What was keyed on the winter snack kiosk at the Gap-Bayard nordic area (kiosque).

One line per sale: key|measure|vintage|typed text, or -F|measure|vintage|typed text|reason
for a product that is no drink of the library (F: the kiosk family letter of its button).
-N|x||frites|food
"""

CASES = """
vinchaud|tas||vin chaud
-C|tas||vin chaud blanc|white mulled wine not held
-C|x||chocolat chaud|hot chocolate
-C|x||the citron|tea
-C|x||cafe long|coffee
-N|x||crepe sucre|food
-N|x||gaufre chantilly|food
-N|x||hot dog|food
-N|x||tartiflette barquette|food
-X|x||consigne gobelet|cup deposit
-X|x||retour gobelet|cup deposit refund
tourm_bl_p|dm||tourmente blonde
tourm_bl_p|pt||tourmente blonde
tourm_bl|b33||tourmente blonde
tourm_ipa|b33||tourmente ipa
tourm_ipa|pt||tourmente ipa
tourm_bl_p|pt||tourmente
-B|b33||tourmente|two bottled Tourmente (blonde, IPA)
glaciale_p|dm||glaciale
glaciale_p|pt||glaci ale blanche
glaciale_p|b33||glaciale
k1664_p|pt||1664
caturige|b33||caturige
durecuire|b33||dure a cuire
-B|b33||la culminante|the brewery's génépi beer, not held
-B|b33||despe red|flavour not held
-B|b33||chimay triple|Chimay's other beer
-B|dm||panache|mixed drink
-B|pt||picon biere|mixed drink
genepi_pc|ds||genepi peres chartreux
genepi_dol|ds||genepi dolin
-A|ds||genepi|two génépis held
chartr_v|ds||chartreuse verte
chartr_j|ds||chartreuse jaune
-A|ds||chartreuse|two Chartreuses held
-A|ds||chartreuse vep|cuvée not held
salers|ds||salers
aveze|ds||aveze gentiane
lagavulin|ds||lagavulin 16
talisker|ds||talisker 10
-A|ds||talisker 18|age not held
-A|ds||glenmorangie 18|age not held
hglaces|ds||hautes glaces moissons
nikka|ds||nikka from the barrel
diplo|ds||diplomatico
-A|ds||rhum arrange maison|house spiced rum, not held
massenez|ds||poire williams
jail_trad|gob12||clairette trad jaillance
ac_trad|gob12||clairette achard vincent
-V|gob12||clairette|Tradition of two producers
jail_trad|btl||clairette jaillance
jail_trad|half||clairette jaillance
ac_trad|half||clairette achard vincent
jail_crem|gob12||cremant die jaillance
ac_crem|btl|2021|cremant achard
ac_crem|btl|2019|cremant achard vincent
ac_crem|gob12|2022|cremant die achard vincent
jail_chat|gob12|2023|chatillon gamay
jail_chat|gob12|2020|chatillon gamay
jail_chatb|gob12|2023|chatillon aligote
jail_chatb|gob12|2022|chatillon aligote
allem_mol|gob12|2022|mollard allemand
allem_mol|gob12|2023|mollard allemand
hv_mol|gob12|2023|mollard hautes vignes
hv_mol|btl|2024|mollard hautes vignes
-V|gob12||mollard|two Mollards held
jm_via|gob12|2022|via domitia
jm_via|gob12|2023|via domitia
jm_viars|gob12|2024|via domitia rose
jm_viars|gob12|2023|via domitia rose
hv_rs|gob12|2024|rose d'altitude
allem_bl|gob12|2023|allemand blanc
allem_bl|gob12|2022|allemand blanc
jm_mat|gob12|2022|matagots
guigal_r|gob12|2021|cotes du rhone guigal
guigal_r|gob12|2018|cotes du rhone guigal
perrin|gob12|2022|reserve perrin
perrin|gob12|2021|reserve perrin
pesquie|gob12|2020|pesquie terrasses
mont_vac|gob12|2020|vacqueyras montirius
mont_gig|gob12|2021|gigondas montirius
monard|gob12|2020|vacqueyras monardiere
stcosme|gob12|2022|gigondas st cosme
-V|gob12||gigondas|several Gigondas held
coca|b33||coca
coca_z|b33||coca zero
coca|b50||coca
evian|b50||evian
evian|b33||evian
pago_or|b20||pago orange
-S|b20||pago pomme|flavour not held
icetea|b25||ice tea peche
orangina|b25||orangina
orangina|b33||orangina
-S|x||sirop menthe|generic syrup
-C|x||jus de pomme chaud|hot apple juice, not held
-N|x||frites|food
"""
