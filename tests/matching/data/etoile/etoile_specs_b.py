"""What the bar staff typed on B, the lounge-bar till (apéritifs, digestifs, waters).

`key|measure|vintage|text|price` for a product meant as a drink of the library (the family
is the drink's), or `-FAMILY|measure|vintage|text|price|reason` for a product that is no
drink of the library. Text in lower case without accents; the vintage is printed as
` mill. 2012` after the name. Measures: btl (`75cl`), half (`37.5cl`), mag (`150cl`), b50 (`50cl`), l1
(`100cl`), b33 (`33cl`), cv10 / cv15 (`cora 10` / `cora 15`), glass (`verre`), coupe,
d2 / d4 (`2cl` / `4cl`); an empty field for what is no bottle or pour.
"""

B_SPECS = """
# --- bubbles ---
aubry_brut|coupe||aubry brut 1er cru|18.00
aubry_brut|mag||aubry brut 1er cru|190.00
aubry_brut|half||aubry brut|52.00
boizel_br|half||boizel|48.00
boizel_joyau|btl|2008|boizel joyau de france|240.00
boizel_joyau|coupe|2010|boizel joyau de france|38.00
moncuit_nicole|btl|2008|moncuit cuvee nicole vv|210.00
moncuit_hdc|btl||pierre moncuit|89.00
langlois_brut|coupe||cremant de loire langlois|12.00
langlois_rose|btl||cremant de loire rose langlois|56.00
jousset_exile|btl||exile jousset petillant|52.00
aubry_rose|mag||aubry rose|220.00
boizel_br|mag||boizel brut reserve|175.00
-BULLES|coupe||champagne|18.00|generic: three champagne houses held
-BULLES|mag||moncuit delos|210.00|another cuvée of Pierre Moncuit
# --- whites by the glass ---
champ_sec|cv10|2022|vouvray sec champalou|11.00
pinard_flores|cv15|2023|sancerre flores pinard|19.00
pepiere_briords|glass||muscadet briords pepiere|9.00
luneau_lor|glass|2021|muscadet l d'or luneau papin|11.00
javillier_tillets|cv15|2020|meursault tillets javillier|32.00
duplessis_montmains|cv10||chablis 1er montmains duplessis|16.00
crochet_cdr_b|half||sancerre croix du roy crochet|44.00
crochet_cdr_b|cv10|2020|sancerre croix du roy crochet|14.00
-BLANCS|glass||vin blanc du moment|9.00|generic: no wine named
-BLANCS|cv10|2021|saumur blanc villeneuve|13.00|another wine of Château de Villeneuve (only its red Vieilles Vignes held)
# --- reds ---
crochet_cdr_r|btl||sancerre croix du roy crochet|78.00
baudry_cb_r|cv15|2019|chinon croix boissee baudry|17.00
baudry_grez|cv10|2018|chinon grezeaux baudry|11.00
druet_gm|mag||bourgueil grand mont druet|165.00
voillot_volnay|cv15||volnay vv voillot|24.00
mugneret_vosne|btl|2019|vosne romanee mugneret gibourg|290.00
cantemerle|cv15|2015|ch cantemerle|18.00
giscours|half||ch giscours|85.00
-ROUGES|glass||chinon|10.00|appellation alone: several Chinons held
# --- sweet wines ---
fesles|cv10|2018|bonnezeaux fesles|16.00
aub_bouchet|cv15|2018|le bouchet aubuisieres|21.00
champ_moel|half||la moelleuse champalou|46.00
baudouin_am|b50||apres minuit baudouin|72.00
baudouin_am|cv10|2017|apres minuit baudouin|17.00
lafaurie|cv10|2015|lafaurie peyraguey|19.00
baudouin_am|btl||coteaux du layon apres minuit|95.00
lafaurie|cv15||sauternes|27.00
# --- digestifs ---
cointreau|d4||cointreau|12.00
combier_ts|d4||triple sec combier|12.00
fillioux_cep|d4||fillioux cep d'or|22.00
lacquy_hda|d4||lacquy hors d'age|19.00
boingneres_fb|d4|1990|boingneres folle blanche|34.00
boingneres_fb|d2||boingneres folle blanche|16.00
boingneres_fb|d4|1985|boingneres folle blanche|36.00
williamine|d4||williamine|14.00
-DIGESTIFS|d4||poire williams|14.00|two poire Williams held (Holl's, Morand's Williamine)
-DIGESTIFS|d4||gourmel|20.00|Gourmel alone: the 10 and the 15 carats held
-DIGESTIFS|d4||grand marnier|12.00|no Grand Marnier held
-DIGESTIFS|d4||lacquy xo|17.00|another armagnac of Château de Lacquy (the Hors d'Âge held)
# --- waters, softs ---
thonon|l1||thonon plate|8.00
thonon|b50||thonon|5.50
vichy|l1||vichy celestins|8.00
coca|b33||coca cola|6.00
coca|l1||coca cola|12.00
-EAUX|l1||eau gazeuse|8.00|generic: no water named
-EAUX|l1||san pellegrino|8.00|not held
# --- cocktails, coffee, petits fours, services ---
-COCKTAILS|||soupe angevine|16.00|the Anjou apéritif: Cointreau, crémant and lemon, a mixed drink
-COCKTAILS|||cointreau tonic|15.00|a mixed drink
-COCKTAILS|||margarita cointreau|17.00|a cocktail
-CAFES THES|||expresso|4.50|coffee
-MIGNARDISES|||assiette de mignardises|9.00|petits fours
"""
