"""What the dining room keyed in the reservation-and-till software (its CSV export:
category, product, vintage, size). key|measure|vintage|text, or
-|measure|vintage|CATEGORY|text|reason for no drink of the library."""
CASES = """
lagrange|bt|2015|Saint-Julien Château Lagrange
lagrange|bt||Château Lagrange Saint-Julien
fiefs|bt|2018|Les Fiefs de Lagrange
cantenac|bt|2017|Margaux Château Cantenac Brown
tourmons|bt|2016|Margaux Château Tour de Mons
fieuzal_r|bt|2016|Pessac-Léognan Fieuzal rouge
fieuzal_b|bt|2019|Pessac-Léognan Fieuzal blanc
puygueraud|bt|2019|Château Puygueraud
reignac|bt|2018|Bordeaux Supérieur Reignac
doisy|half|2017|Barsac Doisy-Daëne
cadet|p25||Mouton Cadet rouge
gloire|bt||Bergerac La Gloire de mon Père
tiregand|bt|2016|Pécharmant Château de Tiregand
tirecul|f50|2015|Monbazillac Tirecul La Gravière
huet_mont|bt|2019|Vouvray Le Mont demi-sec Huet
huet_hl|bt|2020|Vouvray Le Haut-Lieu sec Huet
vacheron|bt|2021|Sancerre blanc Domaine Vacheron
tracy|bt|2021|Pouilly-Fumé Château de Tracy
busardieres|bt|2017|Bourgueil Busardières Chevalerie
villeneuve|bt|2021|Saumur-Champigny Villeneuve
briords|bt|2022|Muscadet Clos des Briords
stmartin|bt|2022|Chablis Saint-Martin Laroche
mercurey|bt|2019|Mercurey rouge Faiveley
laforet|bt|2021|Bourgogne Laforêt Drouhin
pernand|bt|2019|Pernand-Vergelesses blanc Rapet
guigal_r|bt|2019|Côtes du Rhône rouge Guigal
launes|bt|2020|Crozes-Hermitage Les Launes Delas
beaucastel|bt|2017|Châteauneuf-du-Pape Beaucastel
whispering|mag|2023|Whispering Angel Esclans
polroger|bt||Pol Roger Brut Réserve
taitt|bt||Taittinger Brut Réserve
ruinart_bdb|bt||Ruinart Blanc de Blancs
taitt_rose|bt||Taittinger Prestige Rosé
beaulon10|gl||Pineau Beaulon blanc 10 ans
reynac_r|gl||Pineau Reynac rouge
otard_vsop|d2||Otard VSOP
bache_xo|d4||Bache-Gabrielsen XO
remy_vsop|d4||Rémy Martin VSOP
remy_xo|d2||Rémy Martin XO
ragnaud35|d4||Ragnaud-Sabourin Fontvieille n°35
larsen_xo|d4||Larsen XO
drouin|d4||Calvados Drouin VSOP
diplo|d4||Rhum Diplomático Reserva
chivas12|d4||Chivas 12 ans
lillet_b|gl||Lillet blanc
badoit|f100||Badoit
perrier|f33||Perrier
grim_ambree|demi||Grimbergen ambrée
lagrange|bt|2017|Château Lagrange Saint-Julien
fiefs|bt|2019|Les Fiefs de Lagrange
cantenac|bt|2018|Château Cantenac Brown
fieuzal_b|bt|2020|Fieuzal blanc
reignac|bt|2019|Château de Reignac
gloire|bt|2017|La Gloire de mon Père
tiregand|bt|2019|Château de Tiregand
tirecul|f50|2016|Tirecul La Gravière
huet_mont|bt|2020|Huet Le Mont
busardieres|bt|2018|Busardières Chevalerie
pernand|bt|2020|Pernand Rapet
beaucastel|bt|2019|Châteauneuf Beaucastel
doisy|half|2018|Doisy-Daëne
whispering|mag|2022|Whispering Angel
-|||CUISINE|Menu Angoumois|food
-|||CUISINE|Cagouilles à la charentaise|food
-|||CUISINE|Magret sauce au pineau|food (names pineau)
-|||CUISINE|Galette charentaise|food
-|||CUISINE|Plateau de fromages|food
-|||CAFETERIE|Café gourmand|coffee
-|||CAFETERIE|Irish coffee|coffee with a spirit
-|||DIVERS|Droit de bouchon|service
-|||DIVERS|Acompte réservation|deposit
-|p50||ROUGES|Vin rouge de la maison|generic wine
-|gl||BLANCS|Blanc du moment|generic wine
-|bt||ROUGES|Margaux|appellation alone, two held (Cantenac Brown, Tour de Mons)
-|bt||ROUGES|Saint-Julien|appellation alone, two held (Lagrange, Fiefs de Lagrange)
-|bt||BLANCS|Bergerac sec|appellation alone, two held (Conti, Jaubertie)
-|bt||CHAMPAGNES|Champagne Brut Réserve|two Brut Réserve held (Pol Roger, Taittinger)
-|bt|2018|ROUGES|Pomerol Château Lagrange|another Château Lagrange (Pomerol) not held
-|bt|2022|ROSES|Bergerac rosé Tour des Gendres|colour not held
fieuzal_b|half|2019|Fieuzal blanc
lagrange|mag|2016|Château Lagrange Saint-Julien
taitt_rose|mag||Taittinger Prestige Rosé
guigal_b|half|2022|Côtes du Rhône blanc Guigal
stmartin|mag|2022|Chablis Saint-Martin Laroche
-|bt||CHAMPAGNES|Pol Roger Sir Winston Churchill|cuvée not held
-|bt||CHAMPAGNES|Deutz Blanc de Blancs|cuvée not held
-|bt||CHAMPAGNES|Ruinart R de Ruinart|cuvée not held
-|d4||COGNACS|Hennessy XO|not held (VS only)
-|d2||COGNACS|Rémy Martin Louis XIII|not held
-|d4||COGNACS|Otard Extra 1795|not held
-|d4||COGNACS|Frapin VSOP|house not held
-|d4||SPIRITUEUX|Calvados Drouin XO|age not held
-|d4||SPIRITUEUX|Chivas 18 ans|age not held
-|bt||SOFTS|Jus d'orange pressé|not held
guinness|f33||Guinness
"""
