"""caisse: the main till (dining room and bar). What the owner typed on each key.

key | measure | vintage | key text (the till writes it in ASCII capitals) | reason for a none
key "-": no drink of the library.
"""

CASES = """
cleray|B|2023|CLERAY MUSCADET
cleray|G|2022|CLERAY MUSCADET
cleray|H|2023|CLERAY MUSCADET
cleray|P50||CLERAY MUSCADET
cleray|B|2021|CLERAY MUSCADET
bregeon|B|2023|MUSCA BREGEON
gorges|B|2016|BREGEON GORGES
gorges|B|2017|BREGEON GORGES
grosplant|P25|2023|GROS PLANT FEVRIE
bonnet|B|2024|BONNET EDM
bonnet|M|2023|BONNET EDM
bonnet|B|2022|BONNET EDM
saintemarie|B|2022|STE MARIE VV EDM
fournierb|B|2022|SANCERRE FOURNIER
fournierb|H|2023|SANCERRE FOURNIER
fournierb|G15|2023|SANCERRE FOURNIER
fournierb|B|2021|SANCERRE FOURNIER
fournierr|B|2021|SANC RGE FOURNIER
fournierr|B|2022|SANC RGE FOURNIER
chatellenie|B|2023|SANCERRE CHATELLENIE
angelots|B|2022|POUILLY FUME ANGELOTS
brocard|G|2023|CHABLIS BROCARD
brocard|B|2021|CHABLIS BROCARD
picpoul|P50|2024|PICPOUL
caroline|B|2022|CAROLINE CHANTEGRIVE
chantegrive|B|2019|CHANTEGRIVE RGE
mcadetr|H|2021|MOUTON CADET RGE
mcadetr|B|2019|MOUTON CADET RGE
loudenner|B|2019|LOUDENNE RGE
loudenner|B|2020|LOUDENNE RGE
tourdeby|M|2016|TOUR DE BY
tourdeby|B|2018|TOUR DE BY
tourdeby|B|2017|TOUR DE BY
cantenac|B|2015|CANTENAC BROWN
cantenac|B|2016|CANTENAC BROWN
brio|B|2019|BRIO CANTENAC
royere|B|2019|BEL AIR LA ROYERE
falfas|G|2020|FALFAS BOURG
falfas|B|2019|FALFAS BOURG
mourlin|B|2019|CAP DE MOURLIN
filhot|G||FILHOT SAUTERNES
filhot|B|2017|FILHOT SAUTERNES
minuty|B|2024|MINUTY PRESTIGE
minuty|G|2023|MINUTY PRESTIGE
colombard|G|2024|COLOMBARD GARDRAT
colombard|B|2022|COLOMBARD GARDRAT
montifaudb|G||PINEAU MONTIFAUD BLC
champvr|G||PINEAU RGE CHAMP VIGNES
lpcuvee|CP||LP LA CUVEE
lpcuvee|M||LP LA CUVEE
piper|B||PIPER BRUT
remyvsop|D||REMY VSOP
cordonbleu|D||MARTELL CORDON BLEU
havana7|D||HAVANA7
lagavulin|D2||LAGAVULIN16
get27|D||GET27
ricard|D2||RICARD
heineken|DE||HEINEKEN
leffe|PI||LEFFE
leffe|S33||LEFFE BLONDE
corona|S35.5||CORONA
coca|S33||COCA
-|-||DOUZAINE MARENNES N3|oysters
-|-||PLATEAU ROYAN 2 PERS|seafood platter
-|-||MOUCLADE|mussels in cream, a dish
-|-||CAFE|coffee
-|-||IRISH COFFEE|a coffee cocktail
-|-||DROIT BOUCHON|corkage
-|G||BLANC MAISON|generic house wine
-|P50||ROSE MAISON|generic house wine
-|G||VIN DU MOMENT|generic label
-|G||KIR|cocktail (white wine and cassis)
-|CP||KIR ROYAL|cocktail (champagne and cassis)
-|DE||PANACHE|beer and lemonade
-|DE||MONACO|beer, lemonade and grenadine
-|G||SPRITZ APEROL|cocktail, not the Aperol bottle
-|G||PINEAU TONIC|mixed drink
-|B||VEUVE CLICQUOT|champagne house not held
-|B||LP GRAND SIECLE|another cuvée of Laurent-Perrier
-|B||SANCERRE ROSE FOURNIER|a colour of Fournier's Sancerre not held
-|B|2019|MUSCA BREGEON CLISSON|another cru of Brégeon
-|B||ALTO CANTENAC BROWN|Cantenac Brown's white, not held
-|B||BONNET RGE|Château Bonnet's red, only the white is held
tourdeby|H|2018|TOUR DE BY
piper|M||PIPER BRUT
cantenac|H|2017|CANTENAC BROWN
-|D||REMY 1738|another grade of Rémy Martin
-|D||HENNESSY XO|another grade of Hennessy (VS held)
-|D||LAGAVULIN8|another age of Lagavulin (16 held)
-|D||GET31|another liqueur of Get (27 held)
desperados|DE||DESPERADOS
corona|PI||CORONA
hoegaarden|S33||HOEGAARDEN
coca|S50||COCA
-|B||SANCERRE|three Sancerres held, none named
-|G||PINEAU|four pineaux held
-|D||COGNAC VSOP|two VSOP cognacs held
-|B||MEDOC|two Médocs held
"""
