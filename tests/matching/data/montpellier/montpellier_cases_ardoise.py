"""What the staff put on the chalkboard-menu app ("ardoise").

KEY|MEASURE|VINTAGE|TEXT|TAGS|NOTE, as in montpellier_cases_taulier.py. The app prints
the emoji of the drink's kind (its colour for a wine: 🔴 🟡 🌸 🫧 🍯; 🍺 🥃 🍸 🥤 💧 for the
rest; 🍴 ☕ 🧾 🍹 for food, coffee, services, mixed drinks), the TEXT as on the board
(mixed case, accents, "cuvée · producer"), the vintage in four digits, " — " and the
price, then the measure as the first hashtag and the TAGS the staff added (appellation
glued, département number, #bio, #nature...). Nothing is cut.
"""

SPEC = """
ARBOUSE|btl|2021|L'Arbouse · Mas Bruguière|#picsaintloup #34 #bio|
ARBOUSE|glass|2023|L'Arbouse|#picsaintloup #bio|
GRENADIERE|mag|2019|🔥 La Grenadière|#picsaintloup #34|
BRUG_RS|glass|2024|Mas Bruguière|#picsaintloup #apéro|
CAZ_RS|pich25|2024|Cazeneuve rosé|#picsaintloup|
LANCYRE_VV|half|2021|Château de Lancyre VV||
CALADES|glass|2021|🍇 Les Calades · Mas Foulaquier|#nature #picsaintloup|
FLORS|glass||Las Flors|#larzac|
DAMAISELA|btl|2016|La Pèira en Damaisèla|#larzac|
PETITSPAS|glass|2022|Les Petits Pas · Pas de l'Escalette|#larzac|
PETITSPAS|mag|2023|Les Petits Pas|#larzac #fête|
CLAPAS_BL|btl|2022|Les Clapas blanc · Escalette|#languedoc|
CLAPAS_RG|glass|2019|Les Clapas · Pas de l'Escalette|#larzac|
BASTIDES|mag|2016|⭐ Alquier Les Bastides|#faugeres|
ESTAN_RS|pich50|2024|Estanilles rosé|#faugeres #terrasse|
AMANDIERS_RG|glass|2021|Les Amandiers rouge · Liquière||
AMANDIERS_BL|glass|2023|Les Amandiers|#faugeres|
SCHISTES_VIT|half|2021|Les Schistes · Vitarèle|#saintchinian|
SCHISTES_VIT|btl|2022|Vitarèle Les Schistes||
PLAISIR|pich50|2022|Plaisir d'Eulalie|#minervois|
SYLLA|glass||Sylla|#minervois #11|
PRESTIGE_RG|btl|2020|Ollieux Romanis Prestige rouge|#corbieres|
PRESTIGE_BL|glass|2023|Ollieux Romanis Prestige|#corbieres|
ROMAINPAUC|btl|2016|Romain Pauc|#boutenac|
GRISDEGRIS|pich50|2024|Gris de Gris · Fontsainte|#corbieres #11|
GRISDEGRIS|mag|2023|Gris de Gris|#corbieres|
ANGLES_BL|glass|2023|Château d'Anglès Classique blanc|#laclape|
ANGLES_RG|btl|2022|Anglès Classique rouge|#laclape|
ANGLES_GV|btl|2020|Anglès Grand Vin|#laclape|
EPERVIER|glass|2020|L'Épervier · Pech-Redon|#laclape|
MIRANDE|glass|2024|Picpoul Château de la Mirande|#picpouldepinet #34|
MORIN|half|2023|Morin-Langaran|#picpoul|
MORNY|btl|2023|Duc de Morny · L'Ormarine|#picpoul|
COTEMER|glass|2023|Côté Mer|#collioure|
ARGILE|btl|2022|L'Argile · Domaine de la Rectorie|#collioure|
SCHISTES_COUME|glass|2021|Schistes · Coume del Mas|#collioure #66|
REIG|glass6|2021|Banyuls Thérèse Reig · Rectorie|#vdn #66|
REIG|b50|2018|Thérèse Reig|#banyuls|
GALATEO|glass6|2020|Galateo · Coume del Mas|#banyuls #chocolat|
VIAL_RIMAGE|glass6||Vial-Magnères Rimage|#banyuls|
TRAGOU|b50||Al Tragou · Vial-Magnères|#rancio #horsdage|
TEMPL_HA|btl||Banyuls Hors d'Âge · Cellier des Templiers|#vdn|
TEMPL_RIMAGE|glass6|2020|Templiers Rimage|#banyuls|
AMIEL_VINTAGE|btl|2020|Maury Vintage · Mas Amiel|#maury #66|
AMIEL_VINTAGE|glass6|2022|Mas Amiel Vintage|#maury|
AMIEL_10|glass6||Mas Amiel 10 ans d'âge|#maury|
CAZES_MUSCAT|glass6|2022|Muscat de Rivesaltes · Cazes|#66|
ANTECH_BN|glass||Blanquette Brut Nature · Antech|#limoux #11|
ANTECH_EMOTION|btl||Crémant Émotion · Antech|#limoux|
COTEMAS_RG|pich25|2022|Côté Mas rouge intense|#paysdoc|
COTEMAS_BL|pich50|2024|Côté Mas blanc|#paysdoc #terrasse|
COTEMAS_RS|glass|2023|Côté Mas Aurore|#paysdoc|
COUPESOIF|btl|2023|🍇 Le Coupe Soif · Mamaruta|#nature #vindefrance|
PAPILLON|glass|2022|Minute Papillon · Mamaruta|#nature|
GITANA|glass||Manzanilla La Gitana|#tapas #jerez|
FIPA|demi||French IPA · La Malpolon|#pression #34|
BLEFENOUIL|pinte||Blé Fenouil · Malpolon|#pression|
GARDEFOU|b33||Garde Fou · La Malpolon||
LAK|pinte||La K · Le Petit Caboulot|#pression|
HENRIETTE|b33||Blanche Henriette · Petit Caboulot||
HARD68|b33||68 Hard · Le Petit Caboulot|#34|
TERROCITA|dose||Vilanova Terrocita|#whisky #occitanie|
YZAGUIRRE|glass||Vermut Yzaguirre rojo|#vermut #apéro|
VICHYCAT|b100||Vichy Catalan|#pétillante|
MONTCALM|b100||Montcalm plate||
-food|||Pan con tomate|#tapas|bread rubbed with tomato (food)
-food|||Tielle sétoise|#tapas #34|the Sète octopus pie (food)
-coffee|||Café gourmand||coffee with small desserts
-service|||Droit de bouchon||corkage (service)
-cocktail|pich50||Sangria maison||sangria by the jug (mixed drink)
-cocktail|||Spritz Picpoul|#apéro|a spritz made with Picpoul (mixed drink)
-cocktail|||Kir au Banyuls|#apéro|a kir made with Banyuls (mixed drink)
-rouge|glass||Rouge du moment|#nature|red of the moment, generic
-blanc|glass||Blanc de la semaine||white of the week, generic
-rouge|glass||Pic Saint-Loup|#picsaintloup|red Pic Saint-Loup alone: six are held
-rouge|btl|2021|Collioure rouge|#collioure|red Collioure alone: Côté Mer and Schistes are held
-liquoreux|glass6||Banyuls|#vdn|Banyuls alone: six are held
-blanc|glass||Picpoul de Pinet|#picpoul|Picpoul de Pinet alone: three are held
-rouge|btl|2020|Mas Bruguière|#picsaintloup|Mas Bruguière's red without its cuvée: L'Arbouse and La Grenadière
-rouge|btl|2021|Mas Champart|#saintchinian|Mas Champart without its cuvée: two are held
-blanc|btl|2023|Château d'Anglès|#laclape|Anglès' white without its cuvée: Classique and Grand Vin
-rouge|btl|2020|Ollieux Romanis|#corbieres|Ollieux Romanis' red without its cuvée: Prestige and Atal Sia
-rouge|btl|2020|Faugères · Château de la Liquière|#faugeres|Liquière's red without its cuvée: Cistus and Les Amandiers
-rosé|btl|2024|Château d'Anglès rosé|#laclape|Anglès rosé: not held (red and whites are)
-rouge|btl|2019|Le Pi des Carrièrasses · Alquier|#faugeres|another cuvée of Domaine Alquier
-rouge|btl|2021|Midi Rouge · Borie La Vitarèle||another cuvée of Borie La Vitarèle
-rouge|btl|2018|Esprit d'Automne · Borie de Maurel|#minervois|another cuvée of Borie de Maurel
-rouge|btl|2020|Clos de la Tour · Rouquette-sur-Mer|#laclape|another cuvée of Rouquette-sur-Mer
-rouge|btl|2021|Côté Montagne · La Rectorie|#collioure|another Collioure of La Rectorie (Côté Mer is held)
-rouge|btl|2023|Kézako · Mamaruta|#nature|another cuvée of Mamaruta
-blanc|btl|2022|Minute Papillon · La Vrille et le Papillon|#nature #vindefrance|the Ardèche Minute Papillon, a white: same name as Mamaruta's red, another wine
-blanc|glass||Minute Papillon|#nature|Minute Papillon in white: the held one is Mamaruta's red
-liquoreux|glass6||Mas Amiel 15 ans d'âge|#maury|another age of Mas Amiel (10 ans is held)
-liquoreux|glass6|2019|Banyuls Grand Cru · Cellier des Templiers||another grade of the Templiers
-liquoreux|b50|2021|Quintessence · Coume del Mas|#banyuls|another Banyuls of Coume del Mas (Galateo is held)
-effervescent|btl||Blanquette méthode ancestrale · Antech|#limoux|another cuvée of Antech (Brut Nature is held)
-effervescent|btl||Côté Mas Crémant de Limoux||Côté Mas' crémant: not held (its still wines are)
-rosé|btl|2024|Gris de gris des Sables|#camargue|an IGP Sable de Camargue gris de gris, not Fontsainte's
-bière|b75||Grappe Rouges · La Malpolon|#biereduchai|Malpolon's barrel-aged grape ale: not held
MORITZ|pinte||Moritz|#pression|
HENRIETTE|pinte||Blanche Henriette|#pression|
-spiritueux|dose||Vilanova Argile|#whisky|another whisky of Castan
-autre|glass||Vermut Yzaguirre blanco|#vermut|the white Yzaguirre: the red is held
ARBOUSE|half|2021|L'Arbouse|#picsaintloup|
FOLIO|mag|2022|Folio|#collioure|
"""
