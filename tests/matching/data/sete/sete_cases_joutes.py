"""What was keyed on the jousting-festival stand's card terminal (`joutes`): the item names
were typed in the terminal's app, glued in CamelCase (22 characters), the vintage glued as two
digits, the variant word after a space, the price last.

key|measure|vintage (two digits, or empty)|text typed
-|measure||text typed|why it is no drink of the library
"""
CASES = """
duc|e15|24|Picpoul Duc de Morny
duc|v|23|Picpoul Duc Morny
duc|bt|24|Duc de Morny
duc|mg|23|Picpoul Duc de Morny
duc|e25||Duc Morny
ormnoir|e15|24|Carte Noire Ormarine
beauv|e15|23|Beauvignac
beauv|mg|24|Picpoul Beauvignac
mirande|e15|24|Picpoul Mirande
mirande|e25|22|Picpoul Mirande
msl|e15|24|Mas St Laurent
stmartin|e15|22|St Martin Garrigue
fel|e15|24|Felines Jourdan
felvv|bt|23|Felines VV
morin|e15|24|Morin Langaran
argali|e15|24|Argali
argali|e25|23|Argali Rose
argali|mg|25|Argali Magnum
grisblanc|e15|23|Gris Blanc
grisblanc|mg||Gris Blanc
cdrrose|e15|24|Cote des Roses
cdrrose|bt|25|Cote des Roses
listel|e15|23|Listel Gris de Gris
wangel|e15|24|Whispering Angel
wangel|mg|22|Whispering Angel
miraval|bt|24|Miraval
miraval|e15|21|Miraval
byott|e15||By Ott
-|cp||Bollinger|Bollinger: Special Cuvée and Rosé both poured by the coupe
-|cp||Laurent Perrier|Laurent-Perrier: La Cuvée and Cuvée Rosé both poured by the coupe
bolsc|cp||Bollinger Special Cuvee
lpcuvee|cp||Laurent Perrier La Cuvee
lpcuvee|bt||Laurent Perrier Cuvee
antech|cp|22|Cremant Limoux
noillyd|v||Noilly Dry
ricard|d4||Ricard
k1664|e25||Kro 1664
k1664|e50||1664
alaryk|e25||Alaryk Blonde
alaryk|e50||Alaryk
grimb|e25||Grimbergen Blanche
desperados|bt||Desperados
coca|bt||Coca Cola
cocazero|bt||Coca Zero
tonic|bt||Schweppes Tonic
agrumes|bt||Schweppes Agrumes
evian|bt50||Evian
perrier|bt||Perrier
sanpe|bt50||San Pellegrino
bolrose|bt||Bollinger Rose
gossetr|cp||Gosset Rose
wangel|bt||Whispering Angel Bouteille
fel|mg||Felines Jourdan
rangel|mg||Rock Angel
alarykipa|e50||Alaryk IPA
leffe|e25||Leffe
desperados|e50||Desperados Pression
chasseloir|bt|23|Chasseloir
evian|bt100||Evian Grand
-|||Chichi|food
-|||Chichi Sucre|food
-|||Tielle|food
-|||Tielle Poulpe|food
-|||Frites|food
-|||Barquette Moules|food
-|||Sandwich Merguez|food
-|||Glace Italienne|dessert
-|||Consigne Ecocup|deposit for the reusable cup
-|||Retour Ecocup|deposit returned
-|||Ecocup Collector|merchandise
-|||TShirt Jouteur|merchandise
-|||Programme Saint Louis|merchandise
-|||Cafe|coffee
-|e15||Picpoul|generic: eleven Picpoul de Pinet held
-|e15||Rose|generic
-|e15||Blanc Sec|generic
-|e25||Biere Pression|generic draught
-|e50||Biere Blonde|generic draught
-|e15||Vin Rouge|generic
-|cp||Champagne|generic
-|e25||Panache|mixed drink
-|e25||Monaco|mixed drink
-|e25||Picon Biere|mixed drink
-|e15||Spritz|mixed drink
-|e15||Rose Pamplemousse|mixed drink
-|v||Pastis|generic: two pastis held
-|v||Mauresque|mixed drink
-|e15||Sangria|mixed drink
-|bt||Eau Plate|generic water
-|bt||Eau Gazeuse|generic water
-|bt||Jus Orange|not held
-|cp||Gosset|Gosset: two champagnes held by the coupe
-|e15||Puech Haut|Puech-Haut: three wines held
-|e15||Gerard Bertrand|Gérard Bertrand: four wines held
-|bt||Miraval Blanc|Miraval in a colour not held|vin
-|e15||Ott Rose|Domaines Ott: two rosés held
-|e50||Kronenbourg Blanc|a Kronenbourg not held
-|bt||Coca Cherry|a Coca-Cola not held
-|bt||Schweppes|Schweppes: two held
"""
