"""Till S, the dining-room touch screen: the owner's buttons, one product a line.

`key|measure|vintage|button text` for a drink of the library (the answer is computed),
`-family|measure|vintage|button text|reason` for a product that is none.
"""
CASES = """
mourguy|btl|19|Irouléguy Domaine Mourguy
mourguy|mag|18|Irouléguy Dom. Mourguy
abotia|btl|20|Domaine Abotia Irouléguy
ilarria_rg|btl|19|Irouléguy Ilarria rouge
ilarria_rs|btl||Irouléguy Ilarria rosé
gorri|half||Gorri d'Ansa
gorri|btl|21|Gorri d'Ansa
hegoxuri|btl|21|Hegoxuri Arretxea
brana_rg|btl|20|Irouléguy rouge Brana
brana_bl|btl|22|Irouléguy blanc Brana
montus|btl|16|Château Montus
montus|mag|15|Ch. Montus
montus_bl|btl|20|Montus blanc
bouscasse|btl|19|Ch. Bouscassé
aydie|btl|17|Château d'Aydie
lapeyre_rg|btl|21|Béarn Domaine Lapeyre rouge
chant|btl|22|Jurançon sec Chant des Vignes
symph|b50|19|Symphonie de Novembre
partdavant|btl|21|Camin Larredya La Part Davant
castera_moel|half|20|Jurançon Castéra moelleux
marie|btl|21|Clos Uroulat Cuvée Marie
muga_res|btl|18|Muga Reserva
muga_res|mag|17|Muga Reserva
riscal_res|btl|18|Marqués de Riscal Reserva
bilbao_cza|half|21|Ramón Bilbao Crianza
gaintza|btl|22|Txakoli Gaintza
txomin|mag|22|Txomin Etxaniz
rubentis|btl||Ameztoi Rubentis rosé
moet|btl||Moët & Chandon Impérial
moet|mag||Moët Impérial
moet_rose|btl||Moët Rosé Impérial
vcp|half||Veuve Clicquot
lp_rose|btl||Laurent-Perrier Rosé
isastegi|btl||Cidre basque Isastegi
lillet|6cl||Lillet Blanc
laubade|dose||Armagnac Laubade VSOP
hennessy|dose||Cognac Hennessy VS
talisker10|dose||Talisker 10 ans
glen12|dose||Glenfiddich 12 ans
nikka|dose||Nikka From the Barrel
clement|dose||Rhum Clément VSOP
zoco|dose||Pacharán Zoco
brana_poire|dose||Poire Williams Brana
evian|c100||Evian
muga_res|v12|19|Muga Reserva
chant|v12|23|Chant des Vignes
symph|vre|21|Symphonie de Novembre
mourguy|btl|21|Irouléguy Domaine Mourguy
mourguy|mag|19|Irouléguy Dom. Mourguy
montus|btl|15|Château Montus
montus|mag|16|Ch. Montus
muga_res|btl|16|Muga Reserva
riscal_res|btl|19|Marqués de Riscal Reserva
aydie|btl|16|Château d'Aydie
symph|b50|20|Symphonie de Novembre
partdavant|btl|23|Camin Larredya La Part Davant
gaintza|btl|21|Txakoli Gaintza
abotia|btl|19|Domaine Abotia Irouléguy
hegoxuri|btl|22|Hegoxuri Arretxea
ilarria_rs|btl|22|Irouléguy Ilarria rosé
castera_moel|half|19|Jurançon Castéra moelleux
tariquet_classic|btl|22|Tariquet Classic
ode|mag|20|Odé d'Aydie
vcp|mag||Veuve Clicquot
ruinart|half||Ruinart Blanc de Blancs
badoit|c50||Badoit
evian|c33||Evian
bilbao_cza|mag|20|Ramón Bilbao Crianza
-r|btl|16|Château La Tyre|Brumont's other estate, not held
-r|btl|18|Château Bouscassé Vieilles Vignes|another cuvee of a held estate
-w|btl|22|Irouléguy Domaine Mourguy blanc|colour not held (Mourguy red only)
-p|btl|23|Domaine Abotia rosé|colour not held (Abotia red only)
-r|btl|18|Muga Selección Especial|another cuvee of Muga, not held
-r|btl|16|Torre Muga|another cuvee of Muga, not held
-r|btl|15|Marqués de Riscal Gran Reserva|grade not held (Reserva only)
-r|btl|18|Ramón Bilbao Reserva|grade not held (Crianza only)
-r|btl||Rioja Reserva|appellation and grade alone: several Rioja reservas held
-w|btl||Txakoli|appellation alone: several txakolis held
-w|btl|21|Jurançon sec|appellation alone: several dry Jurançons held
-c|b50||Cauhapé Quintessence|another cuvee of Cauhape, not held
-c|btl||Veuve Clicquot Rosé|cuvee not held
-c|btl|13|Dom Pérignon|champagne not held
-c|btl||Laurent-Perrier La Cuvée|another cuvee of Laurent-Perrier, only the rose held
-c|btl|15|Moët & Chandon Grand Vintage|vintage cuvee not held
-r|p50||Vin rouge|generic
-p|vre||Rosé du moment|generic
-k|only||Axoa de veau|food
-k|only||Chipirons à la plancha|food
-k|only||Assiette de jambon de Bayonne|food
-k|only||Piperade|food
-k|only||Gâteau basque|food
-k|only||Menu du jour|food
-d|only||Café gourmand|coffee and dessert
-d|only||Supplément frites|supplement
-s|dose||Armagnac Laubade XO|age not held (VSOP only)
-s|dose||Hennessy XO|age not held (VS only)
-s|dose||Glenfiddich 18 ans|age not held (12 ans only)
-s|dose||Diplomático Mantuano|another cuvee of Diplomatico, not held
-s|dose||Ron Zacapa XO|another cuvee of Zacapa, not held
-f|c100||San Pellegrino|water not held
""".strip().splitlines()
