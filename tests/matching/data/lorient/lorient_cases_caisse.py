"""What the counter staff typed on the old register (caisse).
"key|measure|vintage|TEXT" for a drink of the library (the answer is computed), or
"-||LABEL|reason" for a product that is no drink of the library (typed in full)."""
CASES = """
ducale|btl|2019|DUCALE RUFFINO
ducale|mag|2019|DUCALE
ducale|btl|2017|DUCALE
volpaia|btl|2021|CC VOLPAIA
volpaia|btl|2018|CC VOLPAIA
volpaia_ris|btl|2019|CC RIS VOLPAIA
melini|p25||MELINI
melini|half|2022|MELINI
melini|half|2021|MELINI
melini|btl|2023|MELINI
masciarelli|btl|2021|MTP MASCIARELLI
masciarelli|btl|2020|MTP MASCIA
masciarelli|vre||MTP MASCIA
masciarelli|p50||MTP MASC
masciarelli|btl|2022|MTP MASCIA
cerasuolo|btl|2023|CERASUOLO
tralcetto|btl|2021|TRALCETTO
tralcetto|btl|2022|TRALCETTO ZACC
nobile|btl|2019|NOBILE MTP
nobile|btl|2016|NOBILE
sessantanni|btl|2020|SESSANTANNI
sessantanni|mag|2019|SESSANTANNI
sessantanni|btl|2021|PRIMITIVO 60
sherazade|vre||SHERAZADE
ripasso|btl|2020|RIPASSO TOMMASI
ripasso|btl|2019|RIPASSO
barolo|btl|2016|BAROLO
rosso_mont|btl|2021|ROSSO MONTALC
brunello|btl|2017|BRUNELLO
lambrusco|vre||LAMBRUSCO
grigio|btl|2023|PINOT GRIGIO
grigio|vre||PINOT GRIGIO
grigio|btl|2021|PINOT GRIGIO
soave|btl|2022|SOAVE PIEROPAN
mionetto|coupe||MIONETTO
mionetto|b20||MIONETTO
boj|btl||VALDO BOJ
bell_rg|btl|2022|CDR BELLERUCHE
bell_rg|p25||CDR BELLER
bell_rg|half|2021|CDR BELLE
bell_rg|btl|2019|BELLERUCHE
bell_bl|btl|2023|CDR BELLERUCHE
bell_bl|btl|2022|BELLERUCHE
bell_rs|vre||BELLERUCHE
perrin_rg|btl|2021|CDR PERRIN
perrin_rg|mag|2020|CDR PERRIN
perrin_rg|btl|2022|CDR PERRIN
perrin_bl|btl|2023|CDR PERRIN
mirambeau_rg|btl|2020|MIRAMBEAU
mirambeau_rg|btl|2018|MIRAMBEAU
mirambeau_bl|btl|2022|MIRAMBEAU
bonnet_rg|btl|2020|CH BONNET
bonnet_bl|btl|2022|CH BONNET
lamothe|btl|2020|LAMOTHE VINCENT
lamothe|btl|2020|LAMOTHE
fombrauge|btl|2016|FOMBRAUGE
ragotiere|half|2023|MUSC RAGOTIERE
ragotiere|vre||MUSC RAGOTIERE
ragotiere|btl|2021|RAGOTIERE
chasseloir|btl|2024|CHASSELOIR
byott|mag|2023|BY OTT
studio|btl|2024|STUDIO MIRAVAL
studio|p50||STUDIO
aqueria|btl|2023|TAVEL AQUERIA
mumm|half||MUMM
lim_capri|dose||LIMONC CAPRI
villa_massa|dose||VILLA MASSA
glenf12|dose||GLENF12
glenf15|dose2||GLENF15
wb|dose||WB
martini_rosso|dose||MARTINI RG
britt_bl|demi||BRITT BLANCHE
lancelot|pinte||LANCELOT
hermine|b33||HERMINE
nicol_brut|b75||NICOL BRUT
coca|b33||COCA
guinness|b33||GUINNESS
hermine|pinte||HERMINE
byott|half|2023|BY OTT
volpaia|mag|2021|CC VOLPAIA
masciarelli|half||MTP MASCIA
mumm|mag||MUMM
-||PZ-MARGHERITA|pizza
-||PZ-4 FROMAGES|pizza
-||PZ-CALZONE|pizza
-||GR-ENTRECOTE 300G|grill
-||GR-BROCHETTE MIXTE|grill
-||DE-TIRAMISU|dessert
-||CA-EXPRESSO|coffee
-||CA-IRISH COFFEE|mixed hot drink
-||DV-DROIT BOUCHON|service
-||VR-PICH50 MAISON|generic house red
-||VS-PICH25 ROSE|generic rosé
-||VB-VRE BLANC SEC|generic white
-||BP-DEMI PRESSION|generic draught
-||BP-PINTE BIERE MOIS|beer of the month, generic
-||AL-DOSE WHISKY|generic whisky
-||AP-KIR BRETON|mixed (cider and cassis)
-||AP-SPRITZ|mixed
-||BP-PANACHE|mixed
-||VR-CHIANTI CLASSIC|three Chianti Classico held
-||VB-MUSCADET 23|three Muscadets held
-||VR-CDR 22|two red Côtes du Rhône held
-||VR-BORDEAUX|two red Bordeaux held
-||AL-DOSE GLENFIDDIC|two Glenfiddich held
-||AP-DOSE MARTINI|Martini Rosso and Bianco held
-||AL-DOSE LIMONCELLO|two limoncellos held
-||VB-SOAVE CALVARINO|Pieropan's other Soave, not held
-||VR-GIGONDAS PERRIN|Perrin's Gigondas, not held
-||VS-TRALCETTO|Zaccagnini's Cerasuolo, not held (only the red)
-||BU-MUMM ROSE|Mumm rosé not held
-||AL-DOSE LAGAVULIN8|Lagavulin 8 not held (16 held)
-||VB-SANCERRE|no Sancerre held
-||VR-BROUILLY 22|no Brouilly held
"""
