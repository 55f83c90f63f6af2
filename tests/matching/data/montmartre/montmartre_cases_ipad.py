"""ipad: the bar's iPad till. Each item was created by one of three bartenders, in their own style:
L = Léa (emoji, accents, 4-digit vintage, French modifiers), M = Momo (capitals, 'yy, abbreviations),
J = Jack (English, lower case, yy, English modifiers). Lines: creator|key|measure|vintage|text, or
creator|-|measure|vintage|fam|text|reason for a product that is no drink of the library."""

CASES = """
L|foil_cdp|vr|2021|Morgon Côte du Py Foillard
M|foil_cdp|btl|2020|MORGON CDP FOILLARD
J|foil_cdp|vr15|2018|foillard cote du py
L|foil_cdp|mag|2019|Morgon Côte du Py Foillard
M|foil_cdp|mag|2021|MORGON COTE DU PY FOILLARD
M|foil_fleur|btl|2020|FLEURIE FOILLARD
L|lap_morgon|vr||Morgon Lapierre
M|lap_morgon|p50|2023|MORGON LAPIERRE
J|lap_morgon|mag|2022|lapierre morgon
L|lap_morgon|btl|2021|Morgon Marcel Lapierre
J|lap_rg|vr|2022|raisins gaulois lapierre
M|breton_ptm|btl|2021|P'TIT MAX G.BRETON
L|metras_fl|btl|2021|Fleurie Métras
J|metras_fl|btl|2019|metras fleurie
M|thivin_zac|vr|2021|COTE BROUILLY ZACCHARIE
L|huet_hl|vr||Vouvray Haut-Lieu Sec Huet
M|huet_hl|btl|2021|VOUVRAY HAUT LIEU HUET
J|huet_mont|vr|2019|huet le mont demi sec
L|carem_anc|vr|2022|Pét-nat Ancestrale Carême
M|germ_tc|vr|2021|SAUMUR CHAMP TERRES CHAUDES
L|germ_tc|btl|2022|Terres Chaudes Roches Neuves
J|germ_tc|mag|2019|terres chaudes magnum germain
L|roug_poy|btl|2018|Les Poyeux Clos Rougeard
M|vach_b|vr||SANCERRE VACHERON
J|vach_b|half|2022|vacheron sancerre blanc
L|vach_b|btl|2021|Sancerre Blanc Vacheron
M|vach_r|vr|2021|SANCERRE RGE VACHERON
J|bret_trinch|vr|2023|trinch breton
L|bret_trinch|p50|2024|Bourgueil Trinch! Breton
J|pat_anc|btl|2019|pataille marsannay ancestrale
M|chass_b|vr|2021|ST ROMAIN BLC CHASSORNEY
L|pl_vent|vr15|2021|Chablis Vent d'Ange Pattes Loup
J|demoor_ros|btl|2020|de moor rosette
L|gram_poi|vr|2023|Poignée de Raisins Gramenon
J|jamet_syr|vr|2022|jamet syrah
J|guigal_cdr|half|2020|guigal cdr
L|guigal_cdr|vr|2019|Côtes du Rhône Guigal
M|tdc_fou|vr|2022|FOU DU ROI TEMPS DES CERISES
J|tp_rupt|vr|2021|la rupture turner pageot orange
L|stoppa_ag|vr|2020|Ageno La Stoppa (orange)
J|plag_mauz|vr|2022|plageoles mauzac nature
L|tissot_vj|vr12|2016|Vin Jaune Tissot
M|macle_cc|clav|2014|CHATEAU CHALON MACLE
L|tissot_ind|cp||Crémant du Jura Indigène Tissot
M|lb_lat|cp||LATITUDE LARMANDIER
J|lb_rose|btl||larmandier rose de saignee
L|bere_res|cp||Champagne Bérêche Réserve
M|bere_res|mag||BERECHE BRUT RESERVE
L|polr_res|half||Pol Roger Brut Réserve
M|ruin_r|cp||R DE RUINART
J|dolin_r|vr||dolin rouge
L|byrrh|vr||Byrrh
J|suze|dose||suze
L|bardouin|dose||Pastis Bardouin
J|groult_12|dose||groult 12yo calva
M|chart_v|dose2||CHARTREUSE VERTE
J|god_chrouge|pinte||chateau rouge goutte d'or
M|god_chrouge|c33||CHATEAU ROUGE GOUTTE D OR
L|god_ernest|demi||Ernestine Goutte d'Or
M|bapbap_orig|demi||BAPBAP
L|ft_tonic|bare||Fever-Tree Tonic
L|-|vr||w|Vin rouge du moment|generic glass
M|-|vr||w|VRE BLANC MAISON|generic glass
J|-|vr||w|orange wine of the day|generic glass
M|-|p50||w|PICHET ROUGE|generic carafe
L|-|vr||b|Pét-nat du moment|generic sparkling
J|-|vr|2022|r|morgon|several Morgons held
M|-|vr||r|FLEURIE|two Fleuries held
L|-|btl|2021|r|Morgon Côte du Py Lapierre|Côte du Py held only from Foillard
M|-|btl|2021|r|MORGON JAVERNIERES LAPIERRE|not held
J|-|btl|2022|r|foillard morgon 3.14|another cuvée of Foillard
L|-|btl|2020|r|Sancerre Rouge Vacheron Belle Dame|another cuvée of Vacheron
M|-|vr|2022|w|SAUMUR BLANC BRIZE|not held
J|-|vr||r|chinon baudry|not held
L|-|vr|2022|w|Muscadet Landron|not held
M|-|vr|2022|r|SAUMUR CHAMP LES MEMOIRES|another cuvée of Germain
J|-|cp||b|ruinart rose|another Ruinart
L|-|btl||b|Ruinart|two Ruinarts held
M|-|cp||b|COUPE CHAMPAGNE|generic
J|-|dose||s|groult 10yo|age not held
L|-|dose||s|Chartreuse Jaune|colour not held
M|god_marcadet|pinte||MARCADET
J|duvel|pinte||duvel
L|-|demi||e|Panaché|mixed drink
M|-|pinte||e|PICON BIERE|mixed drink
L|-|bare||k|Negroni Dolin|cocktail
J|-|bare||k|spritz cocchi|cocktail
M|-|bare||k|AMERICANO MAISON|cocktail
L|-|bare||k|Kir pét-nat|cocktail
J|-|bare||f|oeufs mayo|food
L|-|bare||f|Planche mixte|food
M|-|bare||f|JAMBON BEURRE|food
L|-|bare||f|Comté 24 mois|food
J|-|bare||c|espresso|coffee
M|-|bare||c|CAFE ALLONGE|coffee
L|-|bare||x|Droit de bouchon|service
J|-|bare||x|happy hour discount|service
M|-|bare||o|SIROP A L EAU|soft not held
J|-|bare||o|perrier|not held
L|-|bare||o|Carafe d'eau|service
M|-|btl|2020|r|JAMET COTE BRUNE|another cuvée of Jamet
J|chass_r|vr|2019|cossard st romain rouge
"""
