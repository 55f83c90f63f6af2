"""What the oyster bar's staff keyed on the old register (`ecailler`).

key|measure|vintage (two digits, or empty)|text typed
-|measure||text typed|why it is no drink of the library
"""
CASES = """
duc|v|24|PICP DUC MORNY
duc|bt|23|PICPOUL DUC DE MORNY
duc|db|24|DUC MORNY
duc|mg|23|DUC MORNY
duc|mg|22|DUC MORNY
duc|p50||PICP DUC MORNY
ormnoir|bt|24|ORMARINE CARTE NOIRE
ormnoir|v|23|ORMARINE C.NOIRE
ormnoir|db||ORMARINE C.NOIRE
beauv|v||BEAUVIGNAC
beauv|mg|23|BEAUVIGNAC
beauv|db|24|PICP BEAUVIGNAC
gaujal|bt|23|GAUJAL LUDOVIC
gaujal|bt|21|GAUJAL LUDOVIC
gaujalt|v15|24|PICP GAUJAL TRAD
mirande|bt|24|PICP LA MIRANDE
mirande|p25|23|PICP MIRANDE
mirande|bt|22|CH MIRANDE PICPOUL
mirande|mg||PICP MIRANDE
felvv|bt|23|FELINES JOURDAN VV
fel|v||FELINES JOURDAN
fel|db|23|FELINES JOURDAN
msl|bt|24|MAS ST LAURENT
msl|v|25|MAS ST LAURENT
stmartin|bt|23|ST MARTIN GARRIGUE
morin|p50|23|MORIN LANGARAN
argali|v|24|ARGALI ROSE
argali|mg|24|ARGALI
argali|p50|22|ARGALI PUECH
puechr|bt||PUECH HAUT PRESTIGE RS
-|bt||PUECH PRESTIGE|Puech-Haut Prestige: rosé and blanc held, no colour on the label
-|bt||ARGALI ROUGE|Argali in a colour not held
grisblanc|v||GRIS BLANC GB
grisblanc|mg|23|GRIS BLANC
cdrrose|bt|23|COTE ROSES RS
cdrblanc|v||COTE ROSES BLC
daumasb|bt|20|DAUMAS BLC
lascaux|bt|21|PIERRES D ARGENT
rouquette|bt|21|ARPEGE ROUQUETTE
listel|p25||LISTEL GRIS
frontignan|v||MUSCAT FRONTIGNAN
frontignan|bt50|22|FRONTIGNAN STONY
bregeon|v||MUSCADET BREGEON
chasseloir|db|23|CHASSELOIR
briords|bt|23|BRIORDS PEPIERE
lmichel|v||CHABLIS L MICHEL
lmichel1|bt|21|CHAB MONTMAIN
sereine|db|21|SEREINE
wangel|v|24|WHISPERING ANGEL
wangel|mg||WHISPERING ANGEL
wangel|db||WHISPERING ANGEL
rangel|bt|24|ROCK ANGEL
miraval|p50||MIRAVAL
bolsc|cp||BOLLINGER SC
bolsc|db||BOLLINGER SC
lpcuvee|cp||LP LA CUVEE
gosset|cp||GOSSET GDE RES
gosset|mg||GOSSET GDE RES
gossetr|cp||GOSSET ROSE
bolsc|mg||BOLLINGER
-|bt||BOLLINGER|Bollinger: Special Cuvée and Rosé held in 75 cl
-|cp||RUINART ROSE|a Ruinart not held
noillyd|v||NOILLY DRY
noillyr|d4||NOILLY ROUGE
ricard|d2||RICARD
p51|d2||51
k1664|demi||1664
k1664|pinte||1664
k1664|bt33||1664
alaryk|demi||ALARYK BLDE
alaryk|bt33||ALARYK BLDE
alarykipa|demi||ALARYK IPA
grimb|pinte||GRIMB BLANCHE
aber12|d4||ABERLOUR 12
havana7|d4||HAVANA 7
perrier|bt100||PERRIER
-|pc||DOUZ BOUZIGUES N3|oysters
-|pc||DOUZ TARBOURIECH N2|oysters
-|pc||TIELLE SETOISE|food
-|pc||PLATEAU ECAILLER|food
-|pc||CREVETTES GRISES|food
-|pc||PAIN BEURRE|food
-|pc||CAFE|coffee
-|v||PICPOUL|generic: eleven Picpoul de Pinet held
-|p50||PICPOUL DE PINET|generic: eleven Picpoul de Pinet held
-|v||ROSE MAISON|generic house wine
-|v||CHABLIS|Chablis from three wines
-|bt||MUSCADET|Muscadet from four wines
-|demi||PRESSION|generic draught
-|cp||COUPE CHAMPAGNE|generic champagne
-|d4||WHISKY|generic spirit
-|v||KIR|mixed drink
-|demi||PICON BIERE|mixed drink
-|demi||MONACO|mixed drink
-|bt||ESCLANS GARRUS|a Château d'Esclans wine not held
-|bt||LP GRAND SIECLE|a Laurent-Perrier cuvée not held
-|v||COTE ROSES ROUGE|Côte des Roses in a colour not held
-|d4||ABERLOUR 18|an age not held
-|d4||HAVANA 5|an age not held
-|v||NOILLY EXTRA DRY|a Noilly Prat not held
"""
