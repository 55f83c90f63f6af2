"""Back-office accounting export of the dining room (the wine list): account;FAM-SIZE;
libellé (appellation first, accents, vintage in four digits, cut at 30).
key|measure|vintage|text, or -|measure|vintage|fam|text|reason (fam = analytic family)."""
CASES = """
talbot|btl|2016|St-Julien Ch. Talbot
talbot|mag|2016|St-Julien Ch. Talbot
connetable|btl|2018|St-Julien Connétable de Talbot
connetable|btl|2019|Connétable Talbot
cantenac|btl|2016|Margaux Château Cantenac-Brown
hautbailly|half|2015|Pessac Ch. Haut-Bailly
hautbailly|half|2014|Pessac Ch. Haut-Bailly
fonplegade|btl|2016|St-Émilion Grand Cru Fonplégade
fonplegade|btl|2015|St-Émilion Fonplégade
doisy|half|2015|Sauternes Doisy-Daëne
doisy|half|2017|Sauternes Doisy-Daëne
laroche_stm|btl||Chablis Saint-Martin Dom. Laroche
laroche_vai|btl|2020|Chablis 1er Cru Vaillons Laroche
laroche_vai|btl|2019|Chablis 1er Vaillons Lar.
jadot_pn|pch50|2021|Bourgogne PN Jadot
jadot_ch|glass|2022|Bourgogne Chard. Jadot
jadot_ch|glass|2023|Bourgogne Chard. Jadot
faiveley|btl|2019|Mercurey Framboisière Faiveley
rossignol|btl|2018|Gevrey Rossignol-Trapet
rossignol|btl|2017|Gevrey Rossignol-Trapet
rossignol|mag|2018|Gevrey Rossignol-Trapet
courcel|btl|2017|Pommard 1er Grand Clos Épenots Courcel
meursault|btl|2019|Meursault Bouchard P&F
beaune|btl|2019|Beaune 1er du Château Bouchard
ferret|btl|2021|Pouilly-Fuissé Ferret
ferret|btl|2022|Pouilly-Fuissé Ferret
jolivet_rs|btl|2023|Sancerre Rosé P. Jolivet
jolivet_rs|btl|2022|Sancerre Rosé Jolivet
vacheron|btl|2020|Sancerre Les Romains Vacheron
vacheron|btl|2021|Sancerre Romains Vacheron
huet_hl|btl|2019|Vouvray Le Haut-Lieu Sec Huet
huet_mont|btl|2018|Vouvray Le Mont 1/2 Sec
villeneuve|btl|2020|Saumur-Champigny Ch. de Villeneuve
baudry|btl|2020|Chinon Grézeaux Baudry
pepiere|pch50|2022|Muscadet Pépière
guigal_cdr|glass||Côtes-du-Rhône Rge Guigal
guigal_cdrb|btl|2022|Côtes-du-Rhône Blc Guigal
guigal_cdrb|btl|2021|Côtes-du-Rhône Blc Guigal
telegraphe|btl|2017|Châteauneuf Vx Télégraphe
beaucastel|btl|2018|Châteauneuf-du-Pape Ch. de Beaucastel
beaucastel|btl|2019|Châteauneuf Beaucastel
deschants|btl|2020|St-Joseph Deschants Chapoutier
deschants|btl|2021|St-Joseph Deschants
trim_cfe|btl|2015|Alsace Riesling Cuvée Frédéric Émile
whispering|mag|2023|Provence Whispering Angel
pr_brut|btl||Champagne Pol Roger Brut Rés.
pr_brut|half||Champagne Pol Roger Brut
tait_brut|coupe||Champagne Taittinger Brut
tait_cdc|btl|2012|Taittinger Comtes Champ.
ruinart_r|btl||Champagne R de Ruinart
bolly|mag||Champagne Bollinger Spécial
leffe_bl|demi||Leffe Blonde pression
chti_amb|pinte||Ch'ti Ambrée pression
orval|b33||Orval trappiste
chimay_r|b33||Chimay Rouge
remy_xo|d4||Cognac Rémy Martin XO
remy_vsop|d2||Cognac Rémy VSOP
bunna|d4||Whisky Bunnahabhain 12 ans
zacapa|d4||Rhum Zacapa 23
hendricks|d4||Gin Hendrick's
martini|dose||Martini Blanc
porto|glass||Porto Graham's 10 ans Tawny
schweppes|b25||Schweppes Tonic
evian|b100||Eau Evian
milliat|glass||Jus de pomme Milliat
meursault|half|2020|Meursault Bouchard P&F
beaucastel|mag|2018|Châteauneuf Beaucastel
tracy|mag|2021|Pouilly-Fumé Ch. de Tracy
orval|b75||Orval trappiste
-|||CUI|Plat du jour|food
-|||CUI|Potjevleesch frites|food
-|||CUI|Andouillette AAAAA moutarde|food
-|||CUI|Tarte au Maroilles|food
-|||CUI|Pavé d'Arras|food
-|||CUI|Menu Grand-Place|food
-|||CAF|Café gourmand|coffee
-|||CAF|Irish coffee|mixed coffee
-|||SRV|Droit de bouchon|service
-|||SRV|Privatisation salon|service
-|||SRV|Couvert groupe|service
-|btl|2019|VRG|Pauillac Ch. Lynch-Bages|wine not held
-|btl|2018|VRG|St-Julien Ch. Beychevelle|appellation held, château not held
-|btl|2019|VBL|Chablis Grand Cru Laroche|another Laroche wine
-|btl|2020|VRG|Beaune 1er Grèves Bouchard P&F|another Bouchard wine
-|btl|2019|VRG|Gevrey 1er Cru Rossignol|another cuvée of Rossignol-Trapet
-|btl|2018|VBL|Châteauneuf Blanc Ch. de Beaucastel|colour not held
-|btl|2020|VBL|Mercurey Blanc Faiveley|colour not held
-|btl|2019|VBL|Sancerre Blanc|appellation alone, two white Sancerres
-|btl||VRG|Châteauneuf-du-Pape|appellation alone, two held
-|btl|2020|VBL|Vouvray Huet|two Huet Vouvrays held
-|btl||CHP|Champagne Brut|generic
-|btl||CHP|Champagne Taittinger Prélude|another Taittinger
-|btl||CHP|Champagne Ruinart Rosé|another Ruinart
-|glass||VRG|Vin rouge du moment|generic
-|pch50||VRS|Pichet rosé maison|generic
-|btl||VEF|Crémant de Bourgogne|not held
-|d4||SPI|Whisky Bunnahabhain 18 ans|age not held
-|d4||SPI|Genièvre 4cl|generic: several genièvres
-|d4||SPI|Cognac Rémy Martin 1738|another Rémy Martin
-|pinte||PRS|Bière du mois pression|generic
-|pinte||PRS|Picon bière pression|mixed at the bar
-|glass||APE|Kir pêche|mixed at the bar
"""
