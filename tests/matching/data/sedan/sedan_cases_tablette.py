"""Bar tablet (iPad, buttons typed by the bartender with French autocorrect on).
Same line format as sedan_cases_brasseur."""
CASES = """
Y|jup|demi||Jupiter
Y|jup|pinte||Jupiler
Y|leffeb|demi||Leffe blonde
Y|leffebr|pinte||Leffe brune
Y|chouffe|pinte||Chouffe
Y|hoeg|demi||Hoegaarden
Y|ardblonde|pinte||Ardwen blonde
Y|chbleue|b33||Chimay bleu
Y|chbleue|b75||Chimay Grande Réserve
Y|duvel|b33||Duvet
Y|karm|b33||Triple Karmeliet
Y|westtri|b33||Westmalle triple
Y|roch10|b33||Rochefort 10
Y|saison|b33||Saison Dupont
Y|kriek|b25||Kriek Lindemans
Y|stftri|b33||St Feuillien triple
Y|stfnoel|b75||Saint-Feuillien Noël
Y|mcchouffe|b33||McChouffe
Y|jupna|b25||Jupiler 0.0 sans alcool
Y|polbr|flute||Pol Roger
Y|polbr|half||Pol Roger
Y|polbr|mag||Pol Roger Réserve
Y|polvin|btl|2015|Pol Roger vintage
Y|taitrose|btl||Taittinger rosé
Y|drappier|flute||Drappier Carte d’Or
Y|cremalsace|flute||Crémant d’Alsace
Y|vfrouge|p25||Vieille Ferme rouge
Y|vfrose|p50||Vieille ferme rosé
Y|trimries|btl|2020|Riesling Trimbach
Y|trimries|half|2021|Riesling Trimbach
Y|trimpg|vre|2020|Pinot gris Trimbach
Y|hugewurz|btl|2020|Gewurztraminer Hugel
Y|vachsanc|half|2023|Sancerre Vacheron
Y|baronnes|btl||Sancerre les Baronnes
Y|huetsec|btl|2020|Vouvray Huet sec
Y|larose|mag|2016|Larose Trintaudon
Y|phelan|btl|2015|Phélan Ségur
Y|cadet|half||Mouton Cadet
Y|vtelegraphe|mag|2018|Vieux Télégraphe
Y|thalabert|btl|2020|Crozes Thalabert
Y|minuty|vre||Minuty rosé
Y|remyvsop|dose||Rémy VSOP
Y|remyxo|dose2||Rémy Martin XO
Y|jager|dose2||Jäger
Y|lillet|vre||Lillet
Y|porto|vre||Porto Taylor’s
Y|copper|dose||Gin Copperhead
A|polvin|btl|2014|Pol Roger vintage
A|trimries|btl|2022|Riesling Trimbach
A|vachsanc|btl|2024|Sancerre Vacheron
A|vachsanc|half|2022|Sancerre Vacheron
A|larose|btl|2019|Larose Trintaudon
A|cantemerle|btl|2016|Château Cantemerle
A|chasse|btl|2019|Chasse-Spleen
A|phelan|btl|2016|Phélan Ségur
A|frank|btl|2019|Frank Phélan
A|cadet|btl|2022|Mouton Cadet
A|guicrozes|btl|2021|Crozes-Hermitage Guigal
A|thalabert|btl|2018|Crozes Thalabert
A|vtelegraphe|btl|2020|Vieux Télégraphe
A|vtelegraphe|mag|2019|Vieux Télégraphe
A|stcosme|btl|2021|Gigondas Saint Cosme
N|B|demi||Leffe ruby|a Leffe the library does not hold
N|B|pinte||Bière du moment|generic label
N|B|b33||Chimay dorée|a Chimay the library does not hold
N|B|b33||Duvel 6,66|another Duvel, not held
N|B|b33||Westvleteren 12|beer not held
N|B|b75||Saison Dupont bio|another Dupont saison, not held
F|saison|b75||Saison Dupont
N|B|b33||Rochefort 6|another Rochefort number than the held 8 and 10
N|B|demi||Monaco|mixed drink
N|B|demi||Panaché|mixed drink
F|chouffe|b33||La Chouffe
F|hoeg|b33||Hoegaarden
N|V|vre||Vin du moment|generic label
N|V|flute||Champagne|generic: several champagnes held
N|V|btl||Pol Roger Blanc de Blancs|another cuvée of a held house
N|V|btl||Taittinger Comtes de Champagne|another cuvée of a held house
N|V|btl||Veuve Clicquot rosé|colour not held
N|V|btl||Sancerre rouge Vacheron|colour not held
N|V|vre||Riesling|generic: Rieslings of Trimbach and Hugel held
N|V|btl||Crozes-Hermitage|generic: two Crozes-Hermitage held
N|V|vre||Côtes du Rhône|generic: Guigal's red and white held
N|V|btl||Château Lanessan|wine not held
F|phelan|mag|2015|Phélan Ségur
F|huetsec|half|2020|Vouvray Huet sec
N|V|btl||Vouvray Le Mont demi-sec Huet|another wine of a held producer
N|V|btl||Gewurztraminer Trimbach|Trimbach's Gewurztraminer not held (Hugel's is)
N|SP|dose||Peket framboise|flavoured peket not held
N|SP|dose||Rémy Martin 1738|another Rémy Martin, not held
N|SP|vre||Kir|mixed drink
N|SP|flute||Kir royal|mixed drink
N|SO|b33||Coca cherry|flavour not held
N|SO|x||Diabolo menthe|mixed soft
N|F|x||Planche ardennaise|food
N|F|x||Boulets à la liégeoise frites|food
N|F|x||Café gourmand|coffee and desserts
N|S|x||Supplément sirop|supplement
"""
