"""What was keyed on the bar's register (comptoir).

One line per sale: key|measure|vintage|typed text, or -NN|measure|vintage|typed text|reason
for a product that is no drink of the library (NN: the register department it was rung in).
The text is what the barman typed; the register renders, folds and cuts it (gap_tills).
ac_trad|half||CLAIRETTE ACHARD
-09|b33||SCHWEPPES AGRUMES|flavour not held
genepi_dol|b70||GENEPI DOLIN
"""

CASES = """
allem_mol|vr|21|MOLL ALLEM
allem_mol|btl|22|MOLLARD ALLEMAND
allem_mol|mag|20|MOLL ALLEM
allem_mol|vr|19|MOLL ALLEM
allem_mol|mag|22|MOLLARD ALLEM
hv_mol|vr|23|MOLL H VIGNES
hv_mol|p25|22|MOLLARD HV
hv_mol|p50|21|MOLLARD HV
-01|vr||MOLLARD|two Mollards held (Allemand, Hautes Vignes)
allem_rs|vr|23|ROSE ALLEM
jm_via|vr15|22|VIA DOMIT
jm_via|vr|20|VIA DOMIT
jm_viars|vr|24|VIA DOM ROSE
jm_mat|vr|22|MATAGOTS
-02|vr||BLANC HTES ALPES|two Hautes-Alpes whites (Allemand, Matagots)
allem_bl|vr||BLANC ALLEMAND
jail_trad|cp||CLAIR JAILL TRAD
-04|cp||CLAIRETTE TRAD|Tradition of two producers (Jaillance, Achard-Vincent)
ac_trad|cp||CLAIRETTE ACHARD
ac_crem|cp|21|CREM DIE ACHARD
ac_crem|cp|20|CREM ACHARD
jail_crem|btl||CREMANT DIE JAILL
jail_crem|mag||CREMANT JAILL
jail_trad|mag||CLAIR TRAD JAILL
jail_chat|vr|22|CHATILLON GAMAY
jail_chat|p50|20|CHATIL
jail_chatb|vr|23|CHATIL
mont_vac|vr|21|VACQ MONTIRIUS
mont_gig|vr|20|GIG MONTIR
mont_gig|vr|19|GIG MONTIR
mont_vac|vr|20|VACQ MONTIR
-01|vr||GIGONDAS|several Gigondas held
-01|vr||VACQUEYRAS|several Vacqueyras held
cayron|vr|21|GIG CAYRON
monard|vr|23|VACQ MONARD
guigal_r|p25|21|CDR GUIGAL
guigal_r|p50|19|CDR GUIGAL
perrin|vr|20|RES PERRIN
-01|p50||CDR|generic: Côtes du Rhône of two producers
pesquie|vr|22|PESQUIE TERRASSES
graillot|vr|22|CROZES GRAILLOT
durban|vr||MUSCAT BDV DURBAN
perrier_apr|vr|23|APREMONT PERRIER
perrier_apr|vr|21|APREM PERR
magnin_mond|vr|19|MOND MAGNIN
minuty|vr|24|M MINUTY
boll_sc|cp||BOLLINGER
boll_rs|mag||BOLLINGER ROSE
-04|cp||CHAMPAGNE|generic champagne, four held
-04|cp||RUINART ROSE|the house's rosé, not held
taitt|cp||TAITTINGER
chartr_v|ds||CHARTREUSE VERTE
chartr_j|ds2||CHARTR JAUNE
genepi_pc|ds||GENEPI PERES CHARTREUX
genepi_dol|ds||GENEPI DOLIN
-07|ds||GENEPI|two génépis held
salers|ds||GENTIANE SALERS
aveze|ds||AVEZE
-08|ds||GENTIANE|two gentianes held
lagavulin|ds||LAGAVULIN16
-07|ds||LAGAVULIN8|age not held
-07|ds||TALISKER STORM|the distillery's other whisky
hglaces|ds||HTES GLACES MOISS
nikka|ds||NIKKA BARREL
-07|ds||ZACAPA 23|rum not held
-07|ds||FRAMBOISE MASSENEZ|the distiller's other eau-de-vie
remy|ds||REMY VSOP
-07|ds||REMY XO|Rémy Martin's other cognac
ricard|ds2||RICARD
bardouin|ds2||PASTIS BARDOUIN
-08|ds2||PASTIS|two pastis held
suze|ds||SUZE
-08|ds||SUZE CASSIS|mixed drink
lillet|vr||LILLET
tourm_bl_p|dm||TOURMENTE BLDE
tourm_ipa|dm||TOURMENTE IPA
tourm_ipa|b33||TOURMENTE IPA
glaciale_p|pt||GLACIALE
-06|pt||PANACHE|mixed drink
-06|dm||MONACO|mixed drink
caturige|b33||CATURIGE
caturige|pt||CATURIGE
chimay|b33||CHIMAY BLEUE
-05|b33||CHIMAY ROUGE|Chimay's other beer
vinchaud|tas||VIN CHAUD
-10|x||CAFE|coffee
-10|x||CHOCOLAT CHAUD|hot chocolate
-11|x||CROQUE MONSIEUR|food
coca|b33||COCA
-09|b33||FANTA|soft not held
perrier|b50||PERRIER
-12|x||JETON BILLARD|service
-07|ds||WHISKY|generic whisky, several held
-04|vr||CLAIRETTE ROSE|colour not held
-01|vr||PIERREVERT|wine not held
ac_trad|half||CLAIRETTE ACHARD
-09|b33||SCHWEPPES AGRUMES|flavour not held
genepi_dol|b70||GENEPI DOLIN
"""
