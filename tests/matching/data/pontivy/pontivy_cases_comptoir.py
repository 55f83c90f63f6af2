"""comptoir: the bar's counter register. One line a key: key|measure|vintage|typed text,
or -FAM|measure|vintage|typed text|reason for what is no drink of the library."""
CASES = """
peroni|DE||PERONI
peroni|PI||PERONI
peroni|C33||PERONI
coreff_a|PI||COREFF
cervoise|DE||CERVOISE LANCELOT
moretti|B||MORETTI
ichnusa|B||ICHNUSA NON FILTR
hermine|B||BLANCHE HERMINE
coreff_b|B||COREFF BLONDE
coca|B||COCA
cocazero|B||COCA ZERO
breizh|B||BREIZH COLA
orangina|B||ORANGINA
sp|C50||SAN PELLEGRINO
sp|C100||SAN PELLEGRINO
aranciata|B||ARANCIATA
rossa|B||ARANCIATA ROSSA
martini_b|D6||MARTINI BLANC
ricard|D2||RICARD
campari|D||CAMPARI
aperol|D6||APEROL
lillet|G||LILLET
villamassa|D2||LIMONC VILLA MASSA
capri|D2||LIMONC CAPRI
nonino_t|D||NONINO TRADIZIONE
nonino_m|D||NONINO MOSCATO
fernet|D||FERNET BRANCA
armorik_c|D||ARMORIK CLASSIC
havana7|D||HAVANA 7
masc_mda|P50||MONTEP MASC
masc_mda|G|2022|MONTEP MASC
listel|P25||LISTEL GRIS
ruf_chianti|G||CHIANTI RUFFINO
amano|G15||A MANO PRIMITIVO
mionetto|CP||PROSECCO MIONETTO
mionetto|C20||MIONETTO
mionetto_rose|CP||ROSE MIONETTO
sorbara|G||LAMBRUSCO SORBARA
whispering|G|2023|WHISP ANGEL
minuty|G|2023|M MINUTY
amarone|G||AMARONE
cusumano|G||NERO D AVOLA
sessantanni|B|2019|SESSANTANNI
volpaia|M|2019|VOLPAIA
guigal_r|H|2020|CDR RGE GUIGAL
amano|B|2021|A MANO PRIMITIVO
vnm|B|2019|NOBILE POLIZIANO
masc_mda|G|2020|MONTEP MASC
ruf_chianti|B|2020|CHIANTI RUFFINO
sessantanni|B|2016|SESSANTANNI
whispering|G|2022|WHISP ANGEL
minuty|B|2021|M MINUTY
amano|B|2023|A MANO
nipozzano|B|2017|NIPOZZANO
ripassa|B|2021|RIPASSA ZENATO
baudry|B|2020|CHINON BAUDRY
lacala|G|2021|LA CALA
pgrigio|G|2021|STA MARGH
cialdini|B|2021|GRASPAROSSA
vnm|B|2018|NOBILE POLIZ
duboeuf|G|2021|BEAUJOLAIS
volpaia|G|2018|VOLPAIA
-PIZZAS|||MARGHERITA|a pizza (not Santa Margherita)
-PIZZAS|||REGINA|a pizza
-PIZZAS|||CALZONE|a pizza
-PIZZAS|||PIZZA A EMPORTER|take-away pizza
-GRILL|||ENTRECOTE 300G|grill
-DESSERTS|||TIRAMISU|dessert
-DESSERTS|||PANNA COTTA|dessert (not Acqua Panna)
-CHAUD|||CAFE|coffee
-CHAUD|||CAFE GOURMAND|coffee and desserts
-SOFTS|||SIROP A L EAU|syrup
-SOFTS|||DIABOLO MENTHE|syrup and lemonade
-COCKTAILS|DE||PANACHE|beer and lemonade, a mixed drink
-COCKTAILS|||SPRITZ APEROL|a cocktail naming a held drink
-COCKTAILS|||MONACO|beer, lemonade and grenadine
-COCKTAILS|||KIR BRETON|cider and cassis
-ROUGES|G||VIN ROUGE|generic house wine
-ROSES|P50||ROSE|generic house rosé
moretti|DE||MORETTI
menabrea|PI||MENABREA
-PRESSION|DE||1664|a beer not held
-PRESSION|PI||HEINEKEN|a beer not held
-DIGESTIFS|D||GRAPPA|three grappas held: generic
-DIGESTIFS|D2||LIMONCELLO|two limoncellos held: generic
-ALCOOLS|D||JACK HONEY|Jack Daniel's Honey, not held
-DIGESTIFS|D||GET27|not held
ruf_chianti|M||CHIANTI RUFFINO
sessantanni|H||SESSANTANNI
coca|C50||COCA
orangina|C33||ORANGINA
-ROUGES|G||MONTEPULCIANO|several Montepulciano wines held: ambiguous
-ROUGES|G||CHIANTI|several Chiantis held: ambiguous
-BULLES|CP||PROSECCO|three proseccos held: ambiguous
-BULLES|G||LAMBRUSCO|two lambruscos held: ambiguous
-ROSES|G||ROSE PROVENCE|two Côtes de Provence rosés held: ambiguous
-ALCOOLS|D||WHISKY|generic
"""
