"""caisse: the counter's register. 'key|measure|vintage|key text as programmed' ;
'!FAM|measure|vintage|key text|why none' for what is no drink of the library."""

CASES = """
kro|demi||KRO
kro|pinte||KRONENBOURG
pelforth|demi||PELF BLONDE
leffe|demi||LEFFE
leffe|pinte||LEFFE BLDE
blanc1664|demi||1664 BLANC
leffe|b33||LEFFE BLONDE
chouffe|b33||CHOUFFE
orval|b33||ORVAL
coca|b33||COCA
schweppes|b25||SCHWEPPES TONIC
evian|b50||EVIAN
badoit|b100||BADOIT
jusorange|b33||JUS ORANGE MILLIAT
f1bl|v8||F1ER BLANC
f1bl|b35||FRANCOIS 1ER BL
f1rg|v8||F1ER ROUGE 4A
gautretpinbl|v8||GAUTRET BL
martellvs|d4||MARTELL VS
camusxo|d4||CAMUS XO
hinevsop|d4||HINE RARE VSOP
delamain|d2||DELAMAIN PALE DRY
ricard|dose||RICARD
pastis51|dose||PASTIS51
martinirosso|v8||MARTINI ROSSO
lagavulin|d4||LAGAVULIN16
calvados|d2||CALVA DROUIN
oleronbl|vre|2024|OLERON BL
oleronrs|vre||OLERON ROSE
oleronrg|p25||OLERON RGE
gautretcol|p50|2024|COLOMBARD GAUTRET
gautretmerlot|vre|2023|MERLOT GAUTRET
bonnetbl|vre|2023|BONNET BLANC
bonnetrg|p50|2020|BONNET ROUGE
baudry|vre|2022|CHINON GRANGES
ecu|vre||MUSCADET ECU
jolivet|v15|2023|SANCERRE JOLIVET
charmoise|vre|2023|TOURAINE SAUV
drappier|cp||DRAPPIER
langlois|cp||CREMANT LANGLOIS
soc|bt|2016|SOCIANDO
chasse|half|2018|CHASSE SPLEEN
drappier|mag||DRAPPIER CARTE OR
pierrebise|b50|2020|LAYON PIERRE BISE
pierrebise|vre|2018|LAYON BEAULIEU
suduiraut|vre|2016|SUDUIRAUT
oleronbl|vre|2022|OLERON BL
baudry|p25|2020|CHINON BAUDRY
jolivet|vre|2021|SANCERRE
ecu|p50|2020|MUSCADET GRANITE
soc|bt|2017|SOCIANDO MALLET
meyney|bt|2018|MEYNEY
oleronrs|vre|2023|OLERON ROSE
gautretmerlot|p25|2022|MERLOT GAUTRET
tourdeby|vre|2017|TOUR DE BY
charmoise|p50|2022|CHARMOISE
bonnetrg|vre|2019|BONNET RGE
franc|bt|2018|FRANC MAYNE
chantegrivebl|vre|2022|CHANTEGRIVE BL
reynon|p25|2020|REYNON
chasse|half|2016|CHASSE SPLEEN
!CUI|food||CROQUE MONSIEUR|food
!CUI|food||ASSIETTE FROMAGES|food
!CUI|food||MOUCLADE|food
!CUI|food||HUITRES N3 X6|food
!CAF|food||CAFE|coffee
!CAF|food||CAFE GOURMAND|coffee and dessert
!CAF|food||THE MENTHE|hot drink
!DIV|food||DROIT BOUCHON|service
!DIV|food||CARAFE EAU|tap water
!ROU|vre||VIN ROUGE|generic house wine, none held
!ROU|p25||ROUGE MAISON|generic house wine, none held
!BLA|vre||BLANC DU MOMENT|generic
!ROS|vre||ROSE PAMPLEMOUSSE|mixed drink
!APE|vre||KIR|mixed drink
!BUL|cp||KIR ROYAL|mixed drink
!PIN|vre||PINEAU TONIC|mixed drink
!PRE|demi||PANACHE|mixed drink
!PRE|demi||MONACO|mixed drink
!PRE|pinte||PICON BIERE|mixed drink
!PRE|pinte||BIERE DU MOMENT|generic
!PIN|v8||PINEAU BLANC|two white pineaux held (François 1er, Gautret)
!COG|d4||COGNAC VSOP|three VSOP cognacs held
!COG|d4||MARTELL XO|Martell XO not held
!COG|d2||MARTELL VSOP|Martell VSOP not held
!COG|d4||CAMUS VS|Camus VS not held
!COG|d4||COURVOISIER VS|Courvoisier VS not held
!ALC|d4||LAGAVULIN8|Lagavulin 8 not held
!ALC|d4||WHISKY|generic, several whiskies
!APE|dose||PASTIS|Ricard and 51 held
!APE|v8||MARTINI BIANCO|Bianco not held (Rosso is)
!BUL|cp||CREMANT ROSE|Langlois rosé not held
!ROU|vre||CHINON|two Chinons of Baudry held
filliatreau|mag|2020|SAUMUR CHAMPIGNY
soc|half|2016|SOCIANDO
oleronbl|mag||OLERON BL
orval|demi||ORVAL
!BIE|b33||LEFFE RUBY|Leffe Ruby not held
!SOF|b33||COCA CHERRY|not held
"""
