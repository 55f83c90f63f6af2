"""What the staff typed on the festival pop-up counter's phone app (as typed, mixed case).
key|measure|vintage|text, or -|measure|vintage|CATEGORY|text|reason for no drink of the library."""
CASES = """
gloire|gl|2019|Bergerac rouge Gloire de mon Père
gloire|p50|2018|Gloire de mon pere
conti|gl|2021|Bergerac blanc Conti
conti|p25|2021|Cuvée des Conti
jaubertie|bt|2022|Jaubertie Bergerac sec
tiregand|gl|2018|Pécharmant Tiregand
tirecul|gl||Monbazillac Tirecul
whispering|gl|2023|Whispering Angel rosé
whispering|bt||Whispering Angel
vacheron|g12|2022|Sancerre Vacheron
villeneuve|gl|2020|Saumur Champigny Villeneuve
briords|gl|2022|Muscadet Briords
guigal_r|p50|2020|Côtes du Rhône Guigal rouge
guigal_b|bt|2022|CDR blanc Guigal
laforet|p25|2021|Bourgogne Laforêt
cadet|bt||Mouton Cadet
polroger|cp||Champagne Pol Roger
polroger|mag||Pol Roger Brut Réserve
taitt|cp||Taittinger brut
taitt_rose|cp||Taittinger Prestige rosé
deutz|bt||Deutz Brut Classic
saphir|bt||Saphir Bouvet-Ladubay
beaulon5|gl||Pineau Beaulon 5 ans
beaulon_r|gl||Pineau rouge Beaulon
reynac_b|gl||Pineau blanc Reynac
meukow_vs|d2||Cognac Meukow VS
meukow_vsop|d4||Meukow VSOP
otard_xo|d4||Otard XO
bache_vsop|d4||Bache-Gabrielsen VSOP
larsen_vsop|d2||Larsen VSOP
ragnaud20|d2||Ragnaud-Sabourin n°20
citadelle|d4||Gin Citadelle
monkey|d4||Monkey 47
brenne|d4||Whisky Brenne
aperol|dose||Aperol
suze|dose||Suze
martini_b|dose||Martini bianco
grim_blonde|pinte||Grimbergen blonde
grim_blonde|f33||Grimbergen blonde
pelforth_k|pinte||Pelforth
guinness|demi||Guinness
duvel|bt||Duvel
coca|bt||Coca
orangina|bt||Orangina
oasis|bt||Oasis tropical
evian|f50||Evian
gloire|gl|2020|Gloire de mon Père
tiregand|gl|2017|Pecharmant Tiregand
vacheron|gl|2023|Sancerre Vacheron
villeneuve|gl|2022|Champigny Villeneuve
briords|gl|2023|Muscadet Clos des Briords
guigal_r|gl|2021|CDR Guigal
whispering|gl|2024|Whispering Angel
jaubertie|gl|2023|Jaubertie blanc
conti|bt|2022|Conti Tour des Gendres
huet_hl|bt|2019|Vouvray Huet Haut-Lieu
stmartin|gl|2023|Chablis St Martin Laroche
laforet|gl|2022|Laforêt Drouhin
launes|gl|2021|Crozes Les Launes
tracy|gl|2022|Pouilly Fumé Tracy
-|||CUISINE|Hot-dog charentais|food
-|||CUISINE|Croque BD|food
-|||CUISINE|Frites cornet|food
-|||CAFETERIE|Café|coffee
-|||CAFETERIE|Chocolat chaud|hot drink
-|||DIVERS|Gobelet consigné|cup deposit
-|gl||ROUGES|Vin rouge|generic wine
-|gl||ROSES|Vin rosé|generic wine
-|gl||BLANCS|Vin blanc|generic wine
-|gl||PINEAUX|Pineau|generic, several pineaux held
-|gl||PINEAUX|Pineau rouge|two red pineaux held (Reynac, Beaulon 5 ans)
-|d4||COGNACS|Cognac|generic
-|d2||COGNACS|Cognac VSOP|several VSOP held
-|cp||CHAMPAGNES|Champagne|several champagnes held
-|pinte||PRESSION|Bière|generic
-|pinte||PRESSION|Blonde|two blondes on draught (Pelforth, Grimbergen)
-|cp||APERITIFS|Kir royal|mixed drink
-|gl||APERITIFS|Spritz Aperol|mixed drink
-|d4||COGNACS|Cognac tonic|mixed drink
-|gl||APERITIFS|Pineau tonic|mixed drink
-|pinte||PRESSION|Picon bière|mixed drink
grim_ambree|f33||Grimbergen ambrée
leffe|pinte||Leffe
taitt|mag||Taittinger brut
whispering|half||Whispering Angel
-|d4||COGNACS|Otard VS|age not held (Otard VSOP and XO Gold only)
-|d4||COGNACS|Meukow 90 Proof|cuvée not held
-|d4||COGNACS|Rémy Martin 1738|cuvée not held
-|gl||ROUGES|Moulin des Dames Gendres|another wine of Tour des Gendres
-|gl||BLANCS|Jurançon moelleux|not held
-|bt||SOFTS|Sprite|soft not held
-|bt||SOFTS|Ice Tea|soft not held
-|bt||SOFTS|Coca cherry|variant not held
badoit|f50||Badoit
-|d4||SPIRITUEUX|Whisky|generic, several held
-|pinte||PRESSION|Bière de Noël|not on draught here
"""
