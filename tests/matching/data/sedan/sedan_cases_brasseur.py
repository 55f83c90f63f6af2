"""Zinc register programmed by the Belgian drinks distributor.
Line: expect|wine key (or, for N, the accounting family F/S/V/B/SP/SO)|measure|vintage|text|note
Y = yes, A = almost, F = a held wine in a format the library does not hold (computed none)."""
CASES = """
Y|jup|demi||JUPILER
Y|jup|pinte||JUPILER
Y|jup|b25||JUPILER
Y|leffeb|demi||LEFFE BL
Y|leffeb|b33||LEFFE BLONDE
Y|leffebr|demi||LEFFE BR
Y|leffebr|k33||LEFFE BRUNE
Y|chouffe|demi||CHOUFFE
Y|chouffe|b75||LA CHOUFFE
Y|mcchouffe|b33||MC CHOUFFE
Y|hoeg|demi||HOEGAARDEN WIT
Y|ardblonde|demi||ARDWEN BL
Y|woinic|b33||WOINIC ARDWEN
Y|woinic|b75||WOINIC
Y|chbleue|b33||CHIMAY BLEU
Y|chbleue|b75||CHIMAY GR RESERVE
Y|chtriple|b33||CHIMAY TRIPEL
Y|orval|b33||ORVAL
Y|roch8|b33||ROCHEFORT8
Y|roch10|b33||ROCHEFORT10
Y|westtri|b33||WESTMALLE TRIPEL
Y|duvel|b33||DUVEL
Y|kwak|b33||KWAK
Y|karm|b33||KARMELIET TRIPEL
Y|trolls|b25||CUV DES TROLLS
Y|kriek|b25||LINDEMANS KRIEK
Y|geuze|b37||BOON OUDE GEUZE
Y|rodgc|b33||RODENBACH GRAND CRU
Y|stftri|b33||ST FEUILLIEN TRIPLE
Y|filoude|dose||FILLIERS OUDE GRAAN
Y|fil8|dose2||FILLIERS GRAAN 8JAAR
Y|piconette|dose||PEKET PICONETTE
Y|owl|dose||BELGIAN OWL
Y|elixir|dose2||ELIXIR D ANVERS
Y|picon|dose||PICON BIERE
Y|spareine|b100||SPA REINE
Y|looza|b20||LOOZA ORANGE
Y|vfrouge|p50||VIEILLE FERME RGE
Y|vfblanc|p25||VIEILLE FERME BLC
Y|vfrose|vre12||VIEILLE FERME ROSE
Y|polbr|flute||POL ROGER BRUT
Y|guicdr|vre15|2021|GUIGAL CDR RGE
Y|trimries|vre|2021|TRIMBACH RIESLING
Y|vachsanc|vre15||SANCERRE VACHERON
Y|vachsanc|btl|2022|SANCERRE VACHERON BLANC
Y|cadet|vre|2021|MOUTON CADET
Y|cremalsace|flute||CREMANT ALSACE WOLFB
A|guicdr|vre15|2022|GUIGAL CDR RGE
A|trimries|vre12|2019|TRIMBACH RIESLING
A|cadet|vre|2019|MOUTON CADET
A|vachsanc|vre|2021|SANCERRE VACHERON
A|guicdr|p50|2019|GUIGAL CDR RGE
A|larose|vre15|2017|LAROSE TRINTAUDON
A|chasse|vre|2017|CHASSE SPLEEN
A|hugries|vre|2022|HUGEL RIESLING
A|minuty|vre|2024|MINUTY M ROSE
A|thalabert|vre|2021|THALABERT
A|polvin|flute|2012|POL ROGER VINTAGE
A|cantemerle|vre15|2019|CANTEMERLE
A|stcosme|vre|2022|GIGONDAS ST COSME
N|B|demi||LEFFE RUBY|a Leffe the library does not hold
N|B|demi||LEFFE TRIPLE|a Leffe the library does not hold
N|B|b33||CHIMAY DOREE|a Chimay the library does not hold
N|B|b33||WESTVLETEREN12|beer not held
N|B|b33||ROCHEFORT6|another Rochefort number than the held 8 and 10
F|orval|demi||ORVAL
F|duvel|demi||DUVEL
F|jup|b33||JUPILER
F|kwak|b75||KWAK
F|karm|pinte||KARMELIET
F|kriek|demi||LINDEMANS KRIEK
N|B|demi||BIERE DU MOMENT|generic label
N|B|pinte||PANACHE|mixed drink (beer and lemonade)
N|B|demi||MONACO|mixed drink (beer, grenadine, lemonade)
N|B|b33||DUVEL TRIPEL HOP|another Duvel, not held
N|B|b33||KASTEEL ROUGE|beer not held
N|B|b33||MAREDSOUS8|beer not held
N|SP|dose||PEKET CITRON|flavoured peket not held
N|SP|dose||FILLIERS GIN28|Filliers' gin, not held (their jenevers are)
N|SP|dose||GENIEVRE MAISON|generic label
N|SO|b33||COCA CHERRY|flavour not held
N|SO|b20||LOOZA POMME|flavour not held
N|SO|b25||SPA CITRON|Spa lemonade, not held (the waters are)
N|F|x||FRITES|food
N|F|x||CROQUE ARDENNAIS|food
N|F|x||BOULETTES LIEGEOISES|food
N|F|x||CAFE|coffee
N|F|x||CAFE LIEGEOIS|dessert
N|S|x||CONSIGNE VIDANGES|deposit on empties (Belgian "vidanges")
N|S|x||DROIT DE BOUCHON|corkage
N|V|vre||VIN DU MOMENT|generic label
N|V|flute||CHAMPAGNE|generic: several champagnes held
N|V|vre||GUIGAL CDR ROSE|colour not held
N|V|vre||SANCERRE ROUGE VACH|colour not held
F|cadet|mag|2021|MOUTON CADET
"""
