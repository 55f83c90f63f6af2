"""Counter register (ticket journal): what the staff keyed, upper-case ASCII, their own
abbreviations. key|measure|vintage|text, or -|measure|vintage|fam|text|reason."""
CASES = """
talbot|btl|2016|CH TALBOT
talbot|mag|2015|CH TALBOT
talbot|btl|2014|CH TALBOT
connetable|btl|2018|CONNETABLE TALBOT
gloria|btl|2017|CH GLORIA
gloria|btl|2016|GLORIA ST JUL
cantenac|btl|2018|CANTENAC BROWN
cantenac|btl|2017|CANTENAC BRN
hautbailly|half|2015|HT BAILLY
hautbailly|btl|2016|HT BAILLY
fieuzal_b|btl|2019|FIEUZAL BLC
fieuzal_r|btl|2018|FIEUZAL RGE
moutoncadet|glass|2020|MOUTON CADET
laroche_stm|glass|2022|CHABLIS ST MARTIN
laroche_stm|half|2022|CHABLIS LAROCHE
laroche_stm|btl|2020|CHABLIS LAROCHE
laroche_vai|btl|2020|CHAB 1ER VAILLONS
jadot_pn|glass|2021|BOURGOGNE PN JADOT
faiveley|btl|2020|MERCUREY FAIVELEY
faiveley|btl|2021|MERCUREY FAIVEL
rossignol|mag|2018|GEVREY ROSSIGNOL
courcel|btl|2017|POMMARD EPENOTS
courcel|btl|2016|POMMARD EPENOTS
ferret|btl|2021|POUILLY FUISSE FERRET
jolivet_b|glass|2023|SANCERRE JOLIVET
jolivet_b|btl|2022|SANC BLC JOLIVET
jolivet_b|btl|2021|SANC JOLIVET
tracy|half|2021|POUILLY FUME TRACY
huet_hl|btl|2019|VOUVRAY HT LIEU
huet_mont|btl|2017|VOUVRAY LE MONT
villeneuve|pch25|2020|SAUM CHAMP
guigal_cdr|pch50|2021|CDR GUIGAL
guigal_cdr|mag|2020|CDR GUIGAL
guigal_cdr|btl|2019|CDR GUIGAL ROUGE
telegraphe|btl|2019|CDP TELEGRAPHE
telegraphe|btl|2018|CDP VX TELEGRAPHE
beaucastel|btl|2016|CDP BEAUCASTEL
graillot|btl|2020|CROZES GRAILLOT
trim_ries|glass|2021|RIESLING TRIMBACH
trim_ries|btl|2019|RIESLING TRIMBACH
hugel_gentil|glass||GENTIL HUGEL
giersberger|coupe||CREMANT ALSACE
whispering|btl|2023|WHISPERING ANGEL
whispering|mag|2022|WHISPERING
pr_brut|coupe||POL ROGER BRUT
pr_brut|mag||POL ROGER
ruinart_bdb|btl||RUINART BLC DE BLCS
lp_rose|btl||LAURENT PERRIER ROSE
chti_bl|demi||CHTI BLONDE
jenlain|demi||JENLAIN AMB
leffe_bl|pinte||LEFFE BLDE
leffe_br|demi||LEFFE BRUNE
kwak|demi||KWAK
jenlain_noel|demi||JENLAIN NOEL
chimay_b|btl||CHIMAY BLEUE
duvel|btl||DUVEL
goudale|b33||GOUDALE
jenlain|b75||JENLAIN AMBREE
wamb|dose||GENIEVRE WAMBRECHIES
glenmo|d4||GLENMORANGIE 10A
ricard|d2||RICARD
badoit|b100||BADOIT
evian|b50||EVIAN
cantenac|mag|2016|CANTENAC
jolivet_b|half|2023|SANC JOLIVET
duvel|pinte||DUVEL
ruinart_bdb|mag||RUINART BLC BLCS
evian|b33||EVIAN
-|btl||food|CROQ MONSIEUR|food
-|btl||food|WELSH AU MAROILLES|food
-|btl||food|ANDOUILLETTE ARRAS|food
-|btl||food|CARBONADE FLAMANDE|food
-|btl||food|COEUR D ARRAS|food: the gingerbread heart of Arras
-|btl||coffee|CAFE|coffee
-|btl||coffee|DECA|coffee
-|btl||service|DROIT BOUCHON|service
-|glass||wine|VIN ROUGE MAISON|generic
-|pch25||wine|ROSE MAISON|generic
-|coupe||wine|CHAMPAGNE|generic: several champagnes
-|btl||wine|CHABLIS|appellation alone, several Chablis held
-|btl||wine|SANCERRE|appellation alone, several Sancerres held
-|btl||wine|ST JULIEN|appellation alone, three Saint-Juliens held
-|pinte||beer|PICON BIERE|mixed at the bar
-|glass||wine|KIR VIN BLANC|mixed at the bar
-|coupe||wine|KIR ROYAL|mixed at the bar
-|demi||beer|PANACHE|mixed at the bar
-|pinte||beer|LEFFE|two Leffe kegs
-|btl||beer|CHIMAY|two Chimays held
-|btl|2019|wine|CAILLOU BLANC TALBOT|Talbot's white wine is not held
-|btl|2020|wine|CONDRIEU GUIGAL|another wine of Guigal
-|btl||wine|POL ROGER WINSTON|Sir Winston Churchill not held
-|btl||wine|BOLLINGER ROSE|another Bollinger
-|btl|2021|wine|CDR GUIGAL ROSE|colour not held
-|d4||spirit|GLENMORANGIE 18A|age not held
-|demi||beer|JENLAIN|two Jenlain kegs
-|btl|2020|wine|TRIMBACH PINOT GRIS|another Trimbach
-|d4||spirit|GENIEVRE|several genièvres held
-|demi||beer|PELFORTH|beer not held
-|glass||wine|BLANC DU MOMENT|generic
"""
