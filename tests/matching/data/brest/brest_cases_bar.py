"""bar (touch till of the bar on the quay): key|measure|vintage|text, the short name as
set up in the till (Title.Case.Dots, cut at 18) and the modifier."""
CASES = """
briords|vre|2022|Briords
briords|btl|2022|Briords Pepiere
pepie|vre|2023|Pepie
pepie|p25|2023|Muscadet Pepie
pepie|vre|2022|Pepie
chasseloir|vre|2023|Chasseloir
grosplant|vre|2023|GrosPlant
grosplant|vre|2022|GrosPlant
sancerreb|v12|2023|Sancerre Bl
sancerreb|v12|2022|Sancerre Vach Bl
sancerreb|v12|2024|Sancerre Bl
quincy|v12|2023|Quincy
quincy|v12|2021|Quincy
morogues|v12|2022|Menetou
rochesneuves|vre|2022|Champigny
rochesneuves|vre|2023|Champigny
reynon|v12|2022|Reynon
reynon|v12|2021|Reynon
guigal|vre|2020|Cdr Guigal
guigal|p50|2021|CdrGuigal
aqueria|vre|2023|Tavel
aqueria|vre|2024|Tavel
minuty|vre|2024|MdeMinuty
langlois|coupe||Cremant Loire
rderuinart|coupe||R Ruinart
ruinartbdb|coupe||Ruinart BdB
ruinartrose|coupe||Ruinart Rose
bolsc|coupe||Bolly
kernebrut|b75||Kerne Brut
cidrepression|p25||Cidre Pression
coreffambk|demi||Coreff Ambree
coreffblk|demi||Coreff Blonde
coreffamb|b33||Coreff Ambree
brittblk|demi||Britt Blanche
brittbl|b33||Britt Blonde
heinekenk|demi||Heineken
trimartolod|b33||TriMartolod
armclassic|dose||Armorik Classic
eddusilver|dose||Eddu Silver
lagavulin|dose||Lagavulin 16
talisker|dose||Talisker 10
lambig8|dose||Lambig 8 Ans
remy|dose||Remy VSOP
citadelle|dose||Gin Citadelle
martini|dose||Martini Blanc
cassis|dose||Creme Cassis
lillet|vre||Lillet Blanc
cocazero|b33||Coca Zero
schweppes|b20||Schweppes Tonic
plancoet|b100||Plancoet Plate
-food: frites|-||Frites
-food: huîtres|-||Huitres Fines N2
-coffee|-||Cafe
-coffee|-||Dble Express
-cocktail|-||Mojito
-cocktail|-||Spritz
-cocktail|-||Irish Coffee
-generic: house white|vre||Blanc Maison
-generic: house red|p25||Rouge Maison
-generic: wine of the moment|v12||Vin Du Moment
-format not held: Coreff Ambrée 75 cl|b75||Coreff Ambree
-beer not held: Kronenbourg|demi||Kro
-beer not held: Britt Blanche bottle (draught only)|b33||Britt Blanche
-whisky not held: Lagavulin 8|dose||Lagavulin 8
-whisky not held: Talisker Storm|dose||Talisker Storm
-generic: Muscadet alone, seven Muscadets held|vre||Muscadet
-service: glaçons|-||Supplement Sirop
-soft not held: Breizh Orange|b33||Breizh Orange
-soft not held: Perrier 100 cl|b100||Perrier
graillotr|vre|2022|Crozes Rouge
telegraphe|vre|2020|Telegraphe
-food: galette saucisse|-||Galette Saucisse
-hot chocolate|-||Chocolat Chaud
-service: cup deposit|-||Consigne Gobelet
-cocktail: kir breton|-||Kir Breton
-mixed beer: panaché|demi||Panache
-mixed beer: monaco|demi||Monaco
aqueria|mag|2023|Tavel
-beer not held: Guinness|pinte||Guinness
-whisky not held: Eddu Gold|dose||Eddu Gold
"""
