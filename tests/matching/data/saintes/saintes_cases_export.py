"""export: the back office's CSV sales export. 'key|measure|vintage|libellé' ;
'!|measure|vintage|libellé|why none'. The measure only gives the volume written in the row."""

CASES = """
soc|bt|2018|Sociando-Mallet (Haut-Médoc)
soc|mag|2016|Sociando-Mallet (Haut-Médoc)
demsoc|bt||Demoiselle de Sociando (Haut-Médoc)
chasse|bt|2018|Chasse-Spleen (Moulis)
meyney|bt|2015|Meyney (Saint-Estèphe)
carbrg|vre|2018|Carbonnieux rouge (Pessac-Léognan)
bonnetbl|v12|2023|Bonnet blanc (Entre-deux-Mers)
franc|bt|2019|Franc Mayne (St-Émilion GC)
ladominique|bt||La Dominique (St-Émilion GC)
suduiraut|bt|2016|Suduiraut (Sauternes)
tourdeby|p50|2018|Tour de By (Médoc)
jolivet|bt|2022|Sancerre blanc Jolivet
jolivetrs|vre|2023|Sancerre rosé Jolivet
ladoucette|half|2022|Pouilly-Fumé Ladoucette
baudry|bt|2022|Chinon Les Granges Baudry
filliatreau|p25|2020|Saumur-Champigny Grande Vignolle
champalou|vre|2020|Vouvray Les Fondraux
ecu|bt|2022|Muscadet Granite Domaine de l'Écu
amiraultsource|bt|2021|Bourgueil La Source Amirault
malgagnes|vre|2020|St-Nicolas-de-Bourgueil Malgagnes
pierrebise|vre|2020|Coteaux du Layon Beaulieu
pierrebise|b50||Coteaux du Layon Beaulieu
oleronbl|bt|2024|Île d'Oléron blanc
oleronrg|p50|2022|Île d'Oléron rouge
oleronrs|p25|2024|Île d'Oléron rosé
gautretcol|vre|2024|Colombard-Sauvignon Gautret (IGP Charentais)
gautretmerlot|bt||Merlot Gautret (IGP Charentais)
drappier|mag||Champagne Drappier Carte d'Or
drappier|cp||Champagne Drappier Carte d'Or
deutzbdb|bt|2016|Champagne Deutz Blanc de Blancs
deutz|cp||Champagne Deutz Brut Classic
f1rg|bt||Pineau rouge 4 ans François 1er
f115|v8||Pineau 15 ans François 1er
f1bl|v8||Pineau blanc François 1er
gautretpinbl|bt||Pineau blanc Gautret
martellvs|d4||Cognac Martell VS
courvsop|d4||Cognac Courvoisier VSOP
camusxo|d2||Cognac Camus XO
delamain|b70||Cognac Delamain Pale & Dry
jameson|d4||Whisky Jameson
lagavulin|d2||Whisky Lagavulin 16 ans
ricard|d2||Ricard
kro|pinte||Kronenbourg pression
pelforth|demi||Pelforth blonde pression
leffe|b33||Leffe blonde
leffe|demi||Leffe blonde
evian|b100||Evian
soc|bt|2010|Sociando-Mallet (Haut-Médoc)
chasse|bt|2015|Chasse-Spleen (Moulis)
meyney|bt|2019|Meyney (Saint-Estèphe)
carbrg|bt|2016|Carbonnieux rouge (Pessac-Léognan)
franc|bt|2017|Franc Mayne (St-Émilion GC)
ladominique|bt|2016|La Dominique (St-Émilion GC)
baudry|bt|2023|Chinon Les Granges Baudry
ecu|bt|2019|Muscadet Granite Domaine de l'Écu
oleronbl|bt|2022|Île d'Oléron blanc
deutzbdb|bt|2018|Champagne Deutz Blanc de Blancs
filliatreau|bt|2019|Saumur-Champigny Grande Vignolle
chantegriverg|bt|2020|Chantegrive rouge (Graves)
malgagnes|bt|2021|St-Nicolas-de-Bourgueil Malgagnes
suduiraut|bt|2014|Suduiraut (Sauternes)
!|food||Plateau de fruits de mer|food
!|food||Menu du terroir|food
!|food||Éclade de moules|food
!|food||Chaudrée charentaise|food
!|food||Melon au pineau|starter naming a drink
!|food||Glace cognac-raisins|dessert naming a drink
!|food||Café|coffee
!|food||Droit de bouchon|service
!|bt||Eau filtrée maison|filtered tap water
!|p25||Vin rouge maison|generic
!|p50||Bordeaux supérieur|generic
!|d4||Cognac VSOP|three VSOP cognacs held
!|v8||Pineau des Charentes|generic, five pineaux held
soc|half|2016|Sociando-Mallet (Haut-Médoc)
chasse|mag|2018|Chasse-Spleen (Moulis)
!|b300||Champagne Drappier Carte d'Or|jeroboam not held
!|bt|2020|Pouilly-Fumé Baron de L|another cuvée of Ladoucette
!|bt|2022|Sancerre blanc Vacheron|another producer
!|bt|2022|Chinon rosé Baudry|colour not held
oleronbl|mag|2024|Île d'Oléron blanc
!|bt||Champagne Deutz rosé|another cuvée
!|bt||Crémant de Loire rosé Langlois|colour not held
!|d4||Cognac Martell Blue Swift|another Martell
!|d4||Cognac Camus Extra|another grade
!|d4||Gin Citadelle Réserve|another gin of the house
!|d4||Rhum Clément XO|another grade
!|demi||Heineken pression|draught not held (only Heineken 0.0 in bottle)
!|demi||Pelforth brune pression|not held
orval|demi||Orval pression
!|b150||Coca-Cola|format not held
!|b100||Perrier|format not held
!|food||Diabolo menthe|syrup and lemonade
!|demi||Monaco|mixed drink
!|v8||Kir au pineau|mixed drink
!|d4||Whisky|several whiskies
"""
