"""tablette: the waiters' tablet in the dining room. 'key|measure|vintage|product as typed' ;
'!|measure|vintage|product|why none'."""

CASES = """
soc|bt|2015|Château Sociando-Mallet
soc|mag|2016|Sociando-Mallet
soc|bt||Sociando Mallet
demsoc|bt|2019|La Demoiselle de Sociando-Mallet
chasse|bt|2016|Chasse-Spleen
chasse|half|2018|Ch. Chasse-Spleen
meyney|bt|2017|Château Meyney Saint-Estèphe
depez|bt|2016|Ch. de Pez
carbrg|bt|2018|Carbonnieux rouge
carbbl|bt|2021|Carbonnieux blanc
carbbl|vre||Carbonnieux blanc
bonnetbl|bt||Château Bonnet Entre-deux-Mers
bonnetrg|half|2020|Bonnet rouge
roc|bt|2017|Roc de Cambes
ladominique|bt|2015|Château La Dominique
suduiraut|half|2015|Suduiraut
tourdeby|bt|2016|Château Tour de By
jolivet|half|2023|Sancerre Jolivet
jolivetrs|bt|2023|Sancerre rosé Pascal Jolivet
ladoucette|bt|2022|Pouilly-Fumé de Ladoucette
ladoucette|half||Pouilly-Fumé Ladoucette
croix|bt|2019|Chinon La Croix Boissée
baudry|v15|2021|Chinon Les Granges
filliatreau|bt|2020|Saumur-Champigny Filliatreau
champalou|bt|2020|Vouvray Champalou
amiraultsource|mag|2021|Bourgueil La Source
malgagnes|bt|2020|Saint-Nicolas Les Malgagnes
pierrebise|b50|2018|Coteaux du Layon Pierre-Bise
ecu|bt|2022|Muscadet Domaine de l'Écu
oleronrg|bt|2022|Oléron rouge
gautretcol|bt||Colombard Sauvignon Jules Gautret
drappier|bt||Drappier Carte d'Or
drappier|half||Drappier Carte d'Or
drappierrs|bt||Drappier rosé
deutz|bt||Deutz Brut Classic
deutz|cp||Deutz
deutzbdb|bt|2015|Deutz Blanc de Blancs
f1bl|b35||Pineau François 1er blanc
gautretpinrs|v8||Pineau rosé Gautret
f1rg|v8||Pineau rouge François Ier
courxo|d4||Courvoisier XO
camusvsop|d4||Camus VSOP
delamainvesper|d2||Delamain Vesper
martellcb|d4||Martell Cordon Bleu
glenmo|d4||Glenmorangie 10 ans
clement|d4||Rhum Clément VSOP
evian|b100||Evian
deutzbdb|bt|2013|Deutz Blanc de Blancs
soc|bt|2014|Château Sociando-Mallet
chasse|bt|2017|Chasse-Spleen
carbbl|bt|2019|Château Carbonnieux blanc
ladoucette|bt|2020|Ladoucette Pouilly-Fumé
jolivet|bt|2021|Sancerre blanc Pascal Jolivet
croix|bt|2018|La Croix Boissée Baudry
depez|bt|2018|Château de Pez
roc|bt|2019|Château Roc de Cambes
pierrebise|b50|2019|Layon Beaulieu Pierre-Bise
amiraultsource|bt|2022|Bourgueil La Source Amirault
tourdeby|bt|2019|Tour de By
bonnetrg|bt|2021|Château Bonnet rouge
meyney|bt|2014|Meyney
!|food||Entrecôte frites|food
!|food||Mouclade charentaise|food
!|food||Huîtres de Marennes-Oléron x6|food
!|food||Cagouilles à la charentaise|food
!|food||Tarte au pineau|dessert
!|food||Café gourmand|coffee and dessert
!|food||Droit de bouchon|service
!|food||Carafe d'eau=0,00|tap water
!|vre||Vin rouge du moment|generic
!|p50||Bordeaux rouge|generic, several Bordeaux reds
!|bt|2016|Saint-Estèphe|two Saint-Estèphe held (Meyney, de Pez)
!|bt|2018|Pessac-Léognan|Carbonnieux rouge and blanc, no colour
!|v8||Pineau blanc|two white pineaux held
!|d4||Cognac XO|several XO cognacs held
!|bt|2022|Sancerre rouge Jolivet|colour not held
!|bt|2020|Chinon Clos Guillot Baudry|another cuvée of Baudry
!|bt|2019|Blanc de Chasse-Spleen|the estate's white, not held
!|bt|2017|Les Lions de Suduiraut|second wine, not held
!|bt||Drappier Brut Nature|another cuvée
!|bt|2013|Amour de Deutz|another cuvée
!|bt||Vouvray pétillant Champalou|another wine of Champalou
meyney|mag|2015|Château Meyney
chasse|mag|2016|Chasse-Spleen
roc|half|2017|Roc de Cambes
amiraultsource|half|2021|Bourgueil La Source
!|d4||Martell XO|not held
!|d4||Courvoisier VS|not held
!|d2||Camus Borderies XO|another Camus cognac
!|d2||Hine Antique XO|another Hine cognac
!|d4||Glenmorangie 18 ans|another age
!|d2||Calvados XO Drouin|another grade
!|v8||Pineau François 1er 10 ans|another age
!|v8||Pineau rouge Gautret|colour not held for Gautret
!|v8||Sandeman Tawny 10 ans|another port
!|food||Irish coffee|mixed hot drink
!|vre||Spritz Apérol|cocktail
!|cp||Kir royal au Drappier|cocktail
"""
