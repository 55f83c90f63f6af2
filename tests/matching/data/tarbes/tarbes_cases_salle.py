"""Le Pilier, till `salle`: the dining-room tablet.  One case a line:
key|measure|vintage|text  or  -|measure|vintage|text|reason.
Text as the catalogue holds it: mixed case with accents, the article of an estate's name
put after it in brackets, as in a sorted list ("Montus (Château)")."""

CASES = """
montus|BTL|2015|Montus (Château) Madiran
montus|BTL|2016|Montus (Château) Madiran
montus|HALF|2016|Montus (Château) Madiran
montus|MAG|2016|Montus (Château) Madiran
latyre|BTL|2015|Montus La Tyre (Château) Madiran
bouscasse|BTL|2019|Bouscassé (Château) Madiran
bouscassevv|BTL||Bouscassé Vieilles Vignes (Château)
aydie|BTL|2016|Aydie (Château d') Madiran
ode|BTL|2020|Odé d'Aydie Madiran
laffitte|BTL|2019|Laffitte-Teston (Château) Madiran
batzrg|BTL|2017|Charles de Batz Berthoumieu Madiran
couvent|BTL|2018|Couvent (Cuvée du) Capmartin
montusblc|BTL|2019|Montus blanc (Château) Pacherenc sec
brumaire|B50|2016|Brumaire Brumont Pacherenc doux
symphautomne|B50|2020|Symphonie d'Automne Berthoumieu
retrouvees|BTL|2021|Vignes Retrouvées (Les) Saint-Mont
chantvignes|BTL|2022|Chant des Vignes Cauhapé Jurançon sec
symphnov|HALF|2019|Symphonie de Novembre Cauhapé
symphnov|VRE|2019|Symphonie de Novembre Cauhapé
marie|BTL|2020|Marie (Cuvée) Clos Uroulat
uroulat|B50|2019|Uroulat (Clos) Jurançon doux
casterasses|BTL|2018|Casterasses (Les) Bru-Baché
bachen|BTL|2020|Bachen (Château de) Tursan
ilarria|BTL|2019|Ilarria (Domaine) Irouléguy
hauteserre|BTL|2016|Haute-Serre (Château de) Cahors
bellevue|BTL|2021|Bellevue la Forêt (Château) Fronton
bellevuers|BTL||Bellevue la Forêt rosé (Château)
chassespleen|BTL|2018|Chasse-Spleen (Château) Moulis
chassespleen|HALF|2016|Chasse-Spleen (Château) Moulis
lanessan|BTL|2017|Lanessan (Château) Haut-Médoc
cantemerle|BTL|2016|Cantemerle (Château) Haut-Médoc
allees|BTL|2019|Allées de Cantemerle (Les) Haut-Médoc
dauphine|BTL|2018|Dauphine (Château de La) Fronsac
reynonblc|BTL|2022|Reynon Vieilles Vignes blanc (Château)
coutet|HALF|2015|Coutet (Château) Barsac
taittbr|BTL||Taittinger Brut Réserve
taittbr|MAG||Taittinger Brut Réserve
taittrose|BTL||Taittinger Prestige Rosé
lpcuvee|HALF||Laurent-Perrier La Cuvée
lprose|BTL||Laurent-Perrier Cuvée Rosé
gosset|BTL||Gosset Grande Réserve
deutz|CP||Deutz Brut Classic
tqxo|DOSE||Tariquet XO Bas-Armagnac
tqmill|DOSE|2000|Tariquet Millésime Bas-Armagnac
darroze20|DOSE||Darroze 20 ans (Grands Assemblages)
hennessy|DOSE||Hennessy Fine de Cognac
lillet|VRE||Lillet blanc
evian|B50||Evian
montus|BTL|2017|Montus (Château) Madiran
montus|HALF|2018|Montus (Château) Madiran
latyre|BTL|2016|Montus La Tyre (Château) Madiran
aydie|BTL|2017|Aydie (Château d') Madiran
ode|HALF|2021|Odé d'Aydie Madiran
bouscasse|BTL|2016|Bouscassé (Château) Madiran
chassespleen|BTL|2017|Chasse-Spleen (Château) Moulis
chassespleen|HALF|2015|Chasse-Spleen (Château) Moulis
cantemerle|BTL|2015|Cantemerle (Château) Haut-Médoc
allees|BTL|2018|Allées de Cantemerle (Les) Haut-Médoc
hauteserre|BTL|2015|Haute-Serre (Château de) Cahors
coutet|HALF|2016|Coutet (Château) Barsac
tqmill|DOSE|1998|Tariquet Millésime Bas-Armagnac
marie|BTL|2022|Marie (Cuvée) Clos Uroulat
uroulat|B50|2017|Uroulat (Clos) Jurançon doux
aydie|HALF|2018|Aydie (Château d') Madiran
lanessan|MAG|2017|Lanessan (Château) Haut-Médoc
gosset|MAG||Gosset Grande Réserve
taittrose|HALF||Taittinger Prestige Rosé
ode|MAG|2020|Odé d'Aydie Madiran
coutet|BTL|2015|Coutet (Château) Barsac
-|BTL|2016|Torus Brumont Madiran|Brumont's Torus not held
-|BTL|2019|Aydie (Château d') Pacherenc doux|Laplace's Pacherenc not held (Madiran only)
-|BTL|2018|Chasse-Spleen blanc (Château)|Chasse-Spleen white not held
-|BTL|2020|Clos Floridène Dubourdieu Graves|Dubourdieu's other wine, not held
-|BTL||Taittinger Comtes de Champagne|cuvée not held
-|BTL||Laurent-Perrier Grand Siècle|cuvée not held
-|BTL||Deutz Rosé|Deutz rosé not held (Brut Classic only)
-|BTL||Madiran|appellation alone: several Madirans
-|VRE||Jurançon doux|appellation alone: three sweet Jurançons
-|BTL||Haut-Médoc|appellation alone: three Haut-Médocs
-|VRE||Vin du moment rouge|generic label
-|P50||Pichet de rouge maison|generic house wine
-|CP||Coupe de champagne|generic: several champagnes
-|BTL||Champagne brut de la carte|generic
-|DOSE||Tariquet Folle Blanche|cuvée not held
-|DOSE||Darroze 30 ans (Grands Assemblages)|age not held (20 ans only)
-|DOSE||Tariquet Bas-Armagnac|house alone: VSOP, XO, 15 ans and vintages held
-|DOSE||Talisker Storm|not held (10 ans only)
-|DOSE||Hennessy XO|not held (Fine de Cognac only)
-|||Garbure bigourdane|food
-|||Côte de porc noir de Bigorre|food
-|||Haricots tarbais au confit|food
-|||Croustade aux pommes|food
-|||Café gourmand|coffee and dessert
-|||Menu supporter|food menu
-|||Droit de bouchon|service: corkage
-|CP||Kir royal|mixed at the bar
-|BTL||Pacherenc du Vic-Bilh moelleux|appellation alone, no 75 cl sweet Pacherenc
-|VRE||Floc de Gascogne|two Flocs (blanc, rosé)
"""
