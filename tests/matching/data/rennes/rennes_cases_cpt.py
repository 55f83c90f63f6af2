"""Bar counter register (CPT). One line a button: key|measure|vintage|text
(or -FAM|measure|vintage|text|reason for a label that is no drink of the library)."""
CASES = """
talbot||2018|CH TALBOT
connet||2019|CONNETABLE TALBOT
amiral||2017|AMIRAL BEYCH
chasse|HALF|2019|CHASSE SPLEEN
chasse||2016|CHASSESPLEEN
lanessan||2018|LANESSAN HT MEDOC
rochesn|VRE|2021|SAUMUR CHP
rochesn|P50||SAUMUR CHAMPIGNY
baudry|VRE||CHINON GRANGES
faivmerc||2020|MERCUREY FAIV
p45r|VRE|2022|P45 JAB
belleru|P50||BELLERUCHE
meyson||2020|CROZES MEYSON
deschants||2019|ST JO DESCHANTS
janasse|MAG|2017|CDP JANASSE
bergerie|VRE||BERGERIE HORTUS
daumas||2018|DAUMAS GASSAC
briords|VRE|2022|MUSCADET BRIORD
huetsec||2019|VOUVRAY HUET SEC
huetds||2018|VOUVRAY DEMI SEC
vacheron|HALF||SANCERRE VACHERON
larsm||2022|CHABLIS ST MARTIN
larvail||2020|CHABLIS 1ER VAILL
schlgw|VRE||GEWURZ SCHLUMB
layon|VRE||LAYON PIERRE BISE
cotroses|VRE||COTE DES ROSES
miraval|MAG|2022|MIRAVAL
aqueria||2023|TAVEL AQUERIA
bollsc|CP||BOLLINGER
bollsc|HALF||BOLLINGER SC
billbr|MAG||BILLECART BRUT
charlesh|||CH HEIDSIECK
kerbrut|BOLEE||KERISAC BRUT
valrance|PINTE||VAL DE RANCE
chouchen|VRE||CHOUCHEN
armcl|DOSE||ARMORIK CLASSIC
glen12|DOSE||GLENLIVET12
drouinhda|DOSE||DROUIN HORS AGE
get27|DOSE||GET27
p51|DOSE||51
corambk|DEMI||COREFF AMBREE
corblk|PINTE||COREFF BLONDE
telenn|||TELENN DU
export33|||33 EXPORT
breizh|||BREIZH COLA
vittel|C50||VITTEL
talbot||2016|CH TALBOT
connet||2021|CONNETABLE
amiral||2018|AMIRAL BEYCH
chasse||2018|CHASSE SPLEEN
faivmerc||2018|MERCUREY FAIV
rochesn|VRE|2019|SAUMUR CHP
bergerie||2020|BERGERIE
janasse||2018|CDP JANASSE
briords||2020|BRIORDS
larsm||2020|CHAB ST MARTIN
bollga||2013|BOLL GDE ANNEE
p45r||2020|P45 ROUGE
miraval||2022|MIRAVAL
schlri||2019|RIESL PR ABBES
-RG|VRE||VIN ROUGE|generic glass of red
-RG|P50||CUVEE DU PATRON|house wine not in the library
-BL|VRE||BLANC SEC|generic glass of white
-RS|P50||ROSE MAISON|house rosé not in the library
-BL|||CAILLOU BLANC TALBOT|Talbot's white wine is not held
beych|MAG||CH BEYCHEVELLE|
chasse|MAG||CHASSE SPLEEN|
-BU|||BOLL ROSE|Bollinger Rosé is not held
ruinart|MAG||RUINART BDB|
-BU|CP||CHAMPAGNE|generic coupe
-BU|CP||KIR ROYAL|cocktail
-BL|||P45 BLANC|Parallèle 45 white is not held
-WH|DOSE||GLENLIVET15|another age (12 and 18 held)
-WH|DOSE||ARMORIK 10ANS|another Armorik, not held
-WH|DOSE||EDDU|brand alone, Silver and Gold held
-WH|DOSE||WHISKY BRETON|generic
-DG|DOSE||CALVA|generic
-DG|DOSE||DROUIN XO|another grade, not held
-DG|DOSE||GET31|another number, not held
-DG|DOSE||CHARTREUSE JAUNE|another colour, not held
-AP|||KIR BRETON|cocktail (cassis and cider)
-AP|DOSE||PASTIS|generic, two pastis held
-AP|DOSE||MARTINI|brand alone, Bianco and Rosso held
-PR|DEMI||COREFF|brand alone, Ambrée and Blonde on draught
-PR|DEMI||PANACHE|mixed drink
-PR|PINTE||MONACO|mixed drink
telenn|PINTE||TELENN DU|
-CI|BOLEE||CIDRE FERMIER|generic
-SF|||SIROP A L EAU|syrup
-BC|||CAFE|coffee
-BC|||CAFE CALVA|coffee with a calvados
-CU|||GALETTE COMPLETE|food
-CU|||CREPE BEURRE SUCRE|food
-DV|||DROIT BOUCHON|service
-DV|||CONSIGNE ECOCUP|deposit
vittel|C75||VITTEL|
"""
