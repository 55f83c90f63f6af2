"""What the waiters typed on the dining-room tablet (tablette).
"key|measure|vintage|text" or "-|measure|text|reason"."""
CASES = """
ducale|btl|2020|Chianti Classico Riserva Ducale Ruffino
ducale|vre||Riserva Ducale
ducale|btl||Ruffino Ducale
volpaia|btl|2020|Chianti Classico Volpaia
volpaia_ris|btl||Volpaia Riserva
masciarelli|btl||Montepulciano d'Abruzzo Masciarelli
masciarelli|p25||Montepulciano Masciarelli
cerasuolo|vre||Cerasuolo Masciarelli
tralcetto|vre||Montepulciano Tralcetto
nobile|btl|2018|Vino Nobile Avignonesi
sessantanni|btl|2019|Primitivo Sessantanni
sessantanni|mag||Primitivo di Manduria Sessantanni
sherazade|btl||Nero d'Avola Sherazade Donnafugata
ripasso|vre||Ripasso Tommasi
barolo|btl|2018|Barolo Fontanafredda
rosso_mont|vre15||Rosso di Montalcino
brunello|btl||Brunello Col d'Orcia
grigio|btl|2022|Pinot Grigio Santa Margherita
grigio|p50||Pinot Grigio
soave|vre||Soave Pieropan
lacala|btl||Vermentino La Cala
lugana|btl|2023|Lugana Ca' dei Frati
mionetto|b20||Prosecco Mionetto
boj|coupe||Prosecco Valdo
asti|coupe||Asti Martini
bell_rg|vre||Côtes du Rhône Belleruche rouge
bell_rg|btl|2021|Belleruche rouge
bell_bl|vre||Belleruche blanc
bell_rs|btl|2023|Belleruche rosé
mirambeau_rg|btl|2019|Tour de Mirambeau rouge
fombrauge|btl|2018|Fombrauge
ragotiere|half||Muscadet Ragotière
amphibolite|vre||Amphibolite Landron
chasseloir|btl||Muscadet Chasseloir
picpoul|vre||Picpoul de Pinet
studio|btl|2023|Studio by Miraval
byott|vre||By.Ott rosé
aqueria|vre||Tavel
grisblanc|p50||Gris Blanc Gérard Bertrand
mumm|coupe||Champagne Mumm
lagavulin|dose||Lagavulin 16 ans
bushmills|dose||Bushmills
breizh|dose||Whisky Breizh
nonino|dose||Grappa Nonino
diplomatico|dose||Rhum Diplomatico
martini_bianco|dose||Martini blanc
lancelot|demi||Lancelot pression
telenn|b33||Telenn Du
kro|pinte||Kronenbourg
nicol_doux|b75||Cidre doux Nicol
icetea|b33||Ice Tea pêche
jus_pomme|b25||Jus de pomme Nicol
ducale|btl|2018|Riserva Ducale
volpaia|btl|2022|Volpaia Chianti Classico
volpaia_ris|btl|2018|Volpaia Riserva
masciarelli|btl|2019|Montepulciano Masciarelli
nobile|btl|2020|Nobile di Montepulciano
amarone|btl|2016|Amarone Tommasi
barolo|btl|2019|Barolo Fontanafredda
grigio|btl|2024|Pinot Grigio Santa Margherita
soave|btl|2023|Soave Pieropan
bell_rg|btl|2023|Belleruche rouge
mirambeau_rg|btl|2021|Tour de Mirambeau rouge
fombrauge|btl|2020|Fombrauge
ragotiere|half|2022|Muscadet Ragotière
studio|btl|2022|Studio by Miraval
perrin_rg|mag|2019|Perrin Réserve rouge
lamothe|btl|2022|Lamothe-Vincent
volpaia_ris|mag||Chianti Classico Riserva Volpaia
mionetto|mag||Prosecco Mionetto
guinness|b33||Guinness
studio|mag|2023|Studio by Miraval
-||Pizza Margherita|pizza
-||Pizza Calzone|pizza
-||Entrecôte grillée|grill
-||Burger du port|food
-||Moules frites|food
-||Tiramisu maison|dessert
-||Café gourmand|coffee and desserts
-||Expresso|coffee
-||Irish coffee|mixed hot drink
-||Carafe d'eau|tap water
-|vre|Vin rouge maison|generic house red
-|p50|Rosé maison|generic rosé
-|vre|Vin blanc du moment|generic white
-|demi|Bière pression|generic draught
-||Spritz Aperol|mixed
-||Kir breton|mixed
-||Americano maison|mixed
-|dose|Limoncello|two limoncellos held
-|dose|Whisky|generic
-||Jus d'orange|not held
-||Diabolo fraise|syrup drink
-|dose|Martini|Martini Rosso and Bianco held
-|btl|Chianti Classico|three Chianti Classico held
-|vre|Muscadet|three Muscadets held
-|vre|Côtes du Rhône|two producers, three colours held
-|vre|Montepulciano|Masciarelli, Tralcetto and the Nobile held
-|btl|Sancerre blanc|not held
-|dose|Glenfiddich 18 ans|age not held (12 and 15 held)
-|dose|Jameson Black Barrel|another Jameson
-|btl|Gigondas Perrin|Perrin's other wine
-|btl|Brunello Poggio al Vento Col d'Orcia|Col d'Orcia's other Brunello
-|btl|Chianti Classico Aziano Ruffino|Ruffino's other Chianti Classico
-|btl|Marina Cvetic Masciarelli|Masciarelli's other wine
-|btl|Valpolicella Classico Tommasi|Tommasi's other wine
-|b75|Cidre Nicol rosé|not held
-|coupe|Mumm Rosé|not held
-|b33|Coca Cherry|not held
"""
