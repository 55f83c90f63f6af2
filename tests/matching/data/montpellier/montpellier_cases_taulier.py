"""What the staff typed on the counter register ("taulier").

KEY|MEASURE|VINTAGE|TEXT|TAGS|NOTE, one product a line:
- KEY is a drink of montpellier_drinks.py, or "-kind" for a product that is no drink of
  the library (kind: food, coffee, service, cocktail, rouge, blanc, rosé, effervescent,
  liquoreux, bière, spiritueux, autre, soft, eau); NOTE then says why it is none.
- MEASURE is a key of montpellier_tills.MEASURES; the register prints its own word
  before the text (GOT, GOTET, PIC25, PIC50, MIEJA, MAG, BOT33..., DOSA, DOSA2, MIEG,
  PINTA; nothing for a wine's 75 cl bottle) and the vintage as two digits after it.
- TEXT is the name as typed, with the house's Occitan / Catalan shorthand; a word in
  {braces} is the one that tells the drink from its held siblings: when the 24-column cut
  takes it off, NOTE must give the reading of the label as it stands ("alt=-: reason"
  or "alt=KEY"), else the build stops.
- TAGS is unused on this till.
"""

SPEC = """
ARBOUSE|btl|2022|BRUGUIERA ARBOUSE||
ARBOUSE|glass||ARBOUSE BRUGUIERA||
GRENADIERE|mag|2020|GRENADIERA||
ROCMATES|btl|2021|CASTEL CAZENEUVA {ROC} MATES||
CAZ_RS|pich50||CAZENEUVE {ROSAT}||
LANCYRE_VV|half|2021|LANCYRA VV||
FLORS|btl|2017|LAS FLORS PEIRA||
PETITSPAS|glass|2023|PETITS PAS ESCALETA||
CLAPAS_RG|btl|2020|ESCALETA CLAPAS {ROGE}||
CLAPAS_BL|glass|2022|CLAPAS {BLANC}||
BASTIDES|btl|2019|ALQUIER BASTIDAS||
BASTIDES|mag|2017|ALQUIER BASTIDES||
MAISONJAUNE|glass||ALQUIER MAISON JAUNE||
CLOSFOU|btl|2020|ESTANILLAS CLOS DU FOU||
AMANDIERS_BL|btl|2023|LIQUIERA AMANDIERS {BLANC}||
AMANDIERS_RG|pich50|2022|AMANDIERS {ROGE}||
SCHISTES_VIT|half|2020|VITARELA SCHISTES||
TERRESBL|btl|2020|VITARELA TERRAS BLANCAS||
CAUSSE|btl|2020|CHAMPART CAUSSE BOSQUET||
MASSCHISTE|glass|2019|RIMBERT MAS SCHISTE||
CAPITELLE|btl|2016|CAPITELLA CENTEILHAS||
CANTILENE|btl|2019|SANTA EULALIA CANTILENA||
PLAISIR|pich25||PLAISIR EULALIE||
PLAISIR|btl|2021|PLAISIR EULALIE||
SYLLA|btl|2021|BORIE MAUREL SYLLA||
PRESTIGE_RG|btl|2020|OLLIEUX PRESTIGE {ROGE}||
PRESTIGE_BL|glass|2022|OLLIEUX PRESTIGE {BLANC}||alt=-: the cut took BLANC off; Ollieux Romanis' Cuvée Prestige is held in red and in white
ROMAINPAUC|btl|2020|GASPARETS ROMAIN PAUC||
RESERVEE|glass|2021|GASPARETS RESERVEE||
GRISDEGRIS|glass|2024|FONTSANTA GRIS DE GRIS||
GRISDEGRIS|mag|2024|GRIS DE GRIS||
ANGLES_GV|btl|2020|ANGLES GRAND VIN BLANC||
LAPIERRE|btl|2019|ROQUETA HENRY LAPIERRE||
EPERVIER|btl|2019|PECH REDON ESPARVIER||
MIRANDE|mag|2023|PICAPOL MIRANDA||
MORIN|half|2024|PICAPOL MORIN||
MORNY|glass|2024|PICAPOL DUC DE MORNY||
COTEMER|btl|2022|RECTORIA COTE MER NEGRE||
COTEMER|mag|2021|COTLLIURE COTE MER||
ARGILE|glass|2022|RECTORIA ARGILA BLANC||
SCHISTES_COUME|btl|2021|COUME DEL MAS SCHISTES||
REIG|glass6|2019|BANYULS REIG||
REIG|b50|2020|BANYULS REIG||
VIAL_RIMAGE|btl|2019|VIAL MAGNERES RIMATGE||
TRAGOU|glass6||AL TRAGOU RANCI||
TEMPL_HA|glass6||TEMPLIERS {HORS AGE}||
AMIEL_VINTAGE|glass6|2021|MAURI AMIEL VINTAGE||
AMIEL_VINTAGE|btl|2019|AMIEL VINTAGE||
AMIEL_10|glass6||MAURI AMIEL 10ANS||
POUDEROUX|b50|2019|MAURI POUDEROUX GRENAT||
CAZES_MUSCAT|half|2023|MUSCAT RIVESALTAS CAZES||
ANTECH_BN|mag||BLANQUETA ANTECH||
ANTECH_EMOTION|glass||CREMANT LIMOS {ROSAT}||
OCCITANIA|btl|2021|RIBAS BLANCAS OCCITANIA||
COTEMAS_RG|pich50|2023|OC COTE MAS {ROGE}||
COTEMAS_RG|pich25|2021|COTE MAS {ROGE}||
COUPESOIF|glass|2023|MAMARUTA COUPE SOIF||
PAPILLON|btl|2021|MAMARUTA MINUTE PAPILLON||
GITANA|glass||MANZANILLA GITANA||
FIPA|pinte||MALPOLON FRENCH IPA||
BLEFENOUIL|demi||MALPOLON BLE FENOUIL||
LAK|demi||CABOULOT LA K||
HARD68|b33||CABOULOT 68 HARD||
TERROCITA|dose||VILANOVA TERROCITA||
PGGIN|dose||GIN PETIT GRAIN||
VICHYCAT|b50||AIGA VICHY CATALAN||
BRUG_RS|glass|2023|BRUGUIERA {ROSAT}||
-food|||PA AMB TOMAQUET||bread rubbed with tomato (food)
-food|||TIELA SETOISA||the Sète octopus pie (food)
-food|||BRANDADA DE NIMES||salt-cod brandade (food)
-coffee|||CAFE TALLAT||a cortado (coffee)
-service|||DRECH DE TAP||corkage, "droit de bouchon" in Occitan (service)
-service|||PICHIER AIGA||a free jug of tap water (service)
-cocktail|pich50||SANGRIA||sangria by the jug (mixed drink)
-cocktail|||VERMUT TONIC||vermouth and tonic (mixed drink, even if the vermouth is held)
-cocktail|||GIN TONIC PETIT GRAIN||gin and tonic (mixed drink, even if the gin is held)
-bière|demi||PANACHE||shandy (mixed drink)
-rouge|glass||ROGE DE L OSTAL||house red, generic
-rosé|pich50||ROSAT DEL MOMENT||rosé of the moment, generic
-bière|pinte||CERVESA DEL MES||beer of the month, generic
-liquoreux|glass6||BANYULS||Banyuls alone: six Banyuls are held
-liquoreux|glass6||MAURI||Maury alone: three Maury are held
-blanc|btl|2024|PICAPOL PINET||Picpoul de Pinet alone: three are held, all in 2024
-rouge|btl|2021|COTLLIURE NEGRE||red Collioure alone: Côté Mer and Schistes are held
-rouge|glass||PIC SANT LOP ROGE||red Pic Saint-Loup alone: six are held
-rouge|btl|2020|FAUGERAS ROGE||red Faugères alone: four are held
-rouge|btl|2021|BRUGUIERA||Mas Bruguière without its cuvée: L'Arbouse and La Grenadière (and a rosé)
-rouge|btl|2020|CASTEL CAZENEUVA||Château de Cazeneuve without its cuvée: Roc des Mates, Les Calcaires (and a rosé)
-rouge|btl|2020|ESCALETA CLAPAS||Les Clapas without its colour: held in red and in white
-rouge|glass||VITARELA||Borie La Vitarèle without its cuvée: three are held
-rouge|btl||LIQUIERA AMANDIERS||Les Amandiers without its colour: held in red and in white
-rosé|btl|2024|LIQUIERA AMANDIERS ROSAT||Les Amandiers rosé: not held (red and white are)
-rouge|btl|2020|BRUGUIERA CALCADIZ||another cuvée of Mas Bruguière
-rouge|btl|2021|LANCYRA GRAND CUVEE||Lancyre's Grande Cuvée: another cuvée (Vieilles Vignes is held)
-rouge|btl|2019|PEIRA OBRIERS||Obriers de la Pèira: another cuvée of La Pèira
-rouge|btl|2020|ESCALETA GRAND PAS||Le Grand Pas: another cuvée of the Pas de l'Escalette
-rouge|btl|2019|ESTANILLAS RAYMOND JULIEN||another cuvée of Château des Estanilles
-rouge|glass||COUME QUADRATUR||Quadratur: another Collioure of Coume del Mas
-liquoreux|glass6||MAURI AMIEL 20ANS||Mas Amiel 20 ans: another age (10 ans is held)
-liquoreux|glass6||TEMPLIERS GRAND CRU||the Templiers' Banyuls Grand Cru: another grade (Rimage and Hors d'Âge are held)
-liquoreux|b50|2021|BANYULS RIMATGE||a Rimage of no producer, in 50 cl: the two held Rimages are 75 cl
ARBOUSE|mag|2021|ARBOUSE||
CISTUS|half|2020|LIQUIERA CISTUS||
REIG|btl|2019|BANYULS REIG||
MORITZ|pinte||MORITZ||
GARDEFOU|demi||MALPOLON GARDE FOU||
COCA|b100||COCA||
-spiritueux|dose||VILANOVA ARGILA||Vilanova Argile: another whisky of Castan
-rouge|btl|2021|SCHISTES||Schistes alone: Vitarèle's Les Schistes, Coume del Mas' Schistes (and Rimbert's Mas au Schiste)
-rouge|btl|2020|FOU DU ROI||Le Temps des Cerises' Fou du Roi: not held (shares a word with Clos du Fou)
"""
