"""Weekly sales export for the accountant (dining room and bar).
Same line format as sedan_cases_brasseur; the text is the accountant's sort-key form."""
CASES = """
Y|jup|demi||JUPILER
Y|leffeb|demi||LEFFE, BLONDE
Y|leffebr|pinte||LEFFE, BRUNE
Y|chouffe|demi||CHOUFFE, LA
Y|ardblonde|demi||ARDWEN, BLONDE
Y|woinic|b75||WOINIC, LA
Y|chbleue|b33||CHIMAY, BLEUE
Y|roch10|b33||ROCHEFORT10
Y|westdub|b33||WESTMALLE, DUBBEL
Y|kwak|b33||KWAK, PAUWEL
Y|karm|b33||KARMELIET, TRIPEL
Y|trolls|b25||TROLLS, CUVEE DES
Y|geuze|b37||GEUZE BOON, OUDE
Y|rodgc|b33||RODENBACH, GRAND CRU
Y|stfnoel|b75||ST FEUILLIEN, NOEL
Y|namur|b25||NAMUR, BLANCHE DE
Y|vfrouge|p50||VIEILLE FERME RGE, LA
Y|vfblanc|p25||VIEILLE FERME BLC, LA
Y|vfrose|vre||VIEILLE FERME ROSE, LA
Y|polbr|btl||POL ROGER, BRUT RESERVE
Y|polbr|mag||POL ROGER, BRUT RES
Y|polvin|btl|2013|POL ROGER, VINTAGE
Y|drappier|btl||DRAPPIER, CARTE D OR
Y|vcp|flute||CLICQUOT, VEUVE
Y|trimries|btl|2021|RIESLING, TRIMBACH
Y|trimpg|btl|2020|PINOT GRIS, TRIMBACH
Y|hugries|btl|2021|RIESLING, HUGEL
Y|vachsanc|btl|2022|SANCERRE, VACHERON
Y|vachsanc|vre|2023|SANCERRE, VACH
Y|baronnes|btl|2022|SANCERRE, BARONNES LES
Y|larose|btl|2018|LAROSE, CH
Y|chasse|btl|2016|CHASSE SPLEEN, CH
Y|phelan|btl|2015|PHELAN SEGUR, CH
Y|cadet|btl|2020|MOUTON CADET
Y|guicdr|btl|2020|CDR ROUGE, GUIGAL
Y|guicdrb|vre||CDR BLANC, GUIGAL
Y|thalabert|btl|2019|THALABERT, DOM DE
Y|vtelegraphe|btl|2019|VIEUX TELEGRAPHE, DOM
Y|vtelegraphe|mag|2018|VIEUX TELEGRAPHE
Y|filoude|dose||FILLIERS, OUDE GRAAN
Y|carolus|dose||GOUDEN CAROLUS, WHISKY
Y|magloire|dose||PERE MAGLOIRE, CALVA
Y|mirabelle|dose2||MIRABELLE, MASSENEZ
Y|p51|dose2||PASTIS51
Y|cassis|dose2||CASSIS, CREME DE
Y|spareine|b100||SPA, REINE
A|larose|btl|2015|LAROSE, CH
A|larose|mag|2018|LAROSE, CH
A|cantemerle|btl|2018|CANTEMERLE, CH
A|chasse|btl|2020|CHASSE SPLEEN, CH
A|phelan|btl|2017|PHELAN SEGUR, CH
A|frank|btl|2016|FRANK PHELAN
A|cadet|btl|2023|MOUTON CADET
A|cadet|half|2020|MOUTON CADET
A|guicdr|btl|2018|CDR ROUGE, GUIGAL
A|guicdrb|btl|2023|CDR BLANC, GUIGAL
A|thalabert|btl|2017|THALABERT, DOM DE
A|vtelegraphe|btl|2017|TELEGRAPHE, VIEUX
A|hugries|btl|2019|RIESLING, HUGEL
A|trimpg|vre|2019|PINOT GRIS, TRIMB
A|huetsec|btl|2019|VOUVRAY SEC, HUET
N|B|demi||LEFFE, RUBY|a Leffe the library does not hold
N|B|pinte||BIERE DU MOIS|generic label
N|B|b33||CHIMAY, DOREE|a Chimay the library does not hold
N|B|b33||ROCHEFORT6|another Rochefort number than the held 8 and 10
N|B|b33||WESTMALLE, EXTRA|another Westmalle, not held
N|B|b33||CHOUFFE, HOUBLON|Houblon Chouffe, another beer of Achouffe
N|B|b33||CHOUFFE, CHERRY|Chouffe Cherry, another beer of Achouffe
F|mcchouffe|demi||MC CHOUFFE
F|woinic|demi||WOINIC, LA
F|leffebr|b33||LEFFE, BRUNE
N|B|b33||BOURGOGNE DES FLANDRES|beer not held
N|V|btl||POL ROGER, ROSE|colour not held
N|V|btl||TAITTINGER, NOCTURNE|another cuvée of a held house
F|taitbr|mag||TAITTINGER, BRUT RES
N|V|btl||CHAMPAGNE MAISON|generic label
N|V|btl||SANCERRE|generic: two Sancerres held
N|V|btl||SANCERRE ROUGE, VACH|colour not held
N|V|btl||HAUT MEDOC|generic: two Haut-Médoc châteaux held
N|V|btl||ST ESTEPHE|generic: Phélan Ségur and Frank Phélan held
N|V|btl||BEAUCASTEL, CH|wine not held
N|V|btl||CONDRIEU, GUIGAL|another wine of a held producer
N|V|btl||GIGONDAS, PERRIN|another Gigondas (the house's Perrin family), not held
F|stcosme|half|2020|GIGONDAS, ST COSME
N|V|p50||VIN ROUGE|generic label
N|SP|dose||GENIEVRE|generic: several genièvres held
N|SP|dose||REMY MARTIN, 1738|another Rémy Martin, not held
N|SP|dose||WHISKY|generic: several whiskies held
N|SO|b33||SCHWEPPES, AGRUMES|flavour not held
N|SO|b25||ORANGINA, ROUGE|flavour not held
N|SO|x||SIROP, SUPPLEMENT|supplement
N|F|x||CROQUE MONSIEUR|food
N|F|x||CARBONNADE FLAMANDE|food
N|F|x||JAMBON D ARDENNE, ASS.|food
N|F|x||TARTE AU SUCRE|food
N|S|x||PRIVATISATION SALLE|service
N|S|x||CAFE|coffee
"""
