"""comptoir: the bar's counter register (keys typed by the barman).

One line a key: expect|drink key or -|measure|vintage typed or -|text typed|family|reason
(family and reason only for a product that is no drink of the library).
"""
CASES = """
y|raie|G|2023|RAIE LAFOND
y|raie|G15|-|REUILLY LAFOND
y|raie|C50|2022|RAIE LAFOND
y|lafrge|G|2022|REUILLY RGE LAFOND
y|lafrge|C25|2021|LAFOND ROUGE
y|lafrse|G|2023|LAFOND ROSE
y|jamain|G|2022|PIERRES PLATES
y|mardon|G|2023|QUINCY MARDON
y|mardtvv|G|2022|MARDON TVV
y|tremblay|G|-|QUINCY TREMBLAY
y|pelle|G|2023|MENETOU PELLE
y|pellerge|G|-|MENETOU PELLE
y|chatenoy|G|2023|MENETOU CHATENOY
y|baronnes|G|2023|SANCERRE BARONNES
y|baronnes|H|2023|BARONNES BOURG
y|baronnesr|G|2021|BARONNES
y|montsd|G15|2022|MONTS DAMNES
y|crochet|G|2024|SANCERRE CROCHET
y|jourdainb|G|2023|VALENCAY JOURDAIN
y|jourdainr|C50|2022|VALENCAY JOURD
y|roy|G|2024|VALENCAY ROY
y|langlois|CP|-|CREMANT LANGLOIS
y|langloisr|CP|-|CREM ROSE LANGLOIS
y|lp|CP|-|LAURENT PERRIER
y|lp|B|-|LP LA CUVEE
y|lprose|CP|-|LAURENT P ROSE
y|lanessan|G|2018|LANESSAN
y|chasse|G|-|CHASSE SPLEEN
y|thieuley|G|2023|THIEULEY BLC
y|coutet|G|2015|COUTET BARSAC
y|bonnezeaux|G|2019|BONNEZEAUX FESLES
y|brocard|G|2023|CHABLIS BROCARD
y|mercurey|G|2021|MERCUREY FAIVELEY
y|laforet|G|2022|DROUHIN LAFORET
y|ricard|D|-|RICARD
y|p51|D2|-|PASTIS51
y|suze|D|-|SUZE
y|lilletb|G|-|LILLET BLANC
y|remyvsop|D|-|REMY VSOP
y|glen12|D|-|GLENFIDDICH12
y|havana7|D|-|HAVANA7
y|get27|D|-|GET27
y|kro|DE|-|KRONENBOURG
y|kro|PI|-|KRO
y|grimbkeg|DE|-|GRIMBERGEN BLDE
y|blanc1664|PI|-|1664 BLANC
y|leffe|S33|-|LEFFE BLONDE
y|coca|S33|-|COCA
al|raie|G|2021|RAIE LAFOND
al|lafrge|G|2020|LAFOND ROUGE
al|mardon|G|2021|QUINCY MARDON
al|pelle|G|2021|MENETOU PELLE
al|baronnes|G|2021|BARONNES
al|montsd|G|2021|MONTS DAMNES
al|jourdainr|G|2020|JOURDAIN
al|lanessan|G|2017|LANESSAN
al|chasse|G|2016|CHASSE SPLEEN
al|oratoire|G|2019|ORATOIRE
al|mercurey|G|2022|MERCUREY
al|brocard|G|2021|CHABLIS BROC
al|coutet|G|2016|COUTET
al|crochet|G|2023|CROCHET ROSE
al|roy|C50|2023|VALENCAY ROY
n|-||-|CAFE|CHD|coffee
n|-||-|CAFE CREME|CHD|coffee
n|-||-|CHOCOLAT|CHD|hot chocolate
n|-|G|-|KIR|APE|kir: a mixed drink
n|-|CP|-|KIR ROYAL|BUL|kir royal: a mixed drink
n|-|DE|-|PANACHE|BIE|panaché: a mixed drink
n|-|DE|-|PICON BIERE|BIE|picon bière: a mixed drink
n|-|G|-|VIN DU MOMENT|RGE|generic wine of the moment
n|-|C50|-|BLANC MAISON|BLC|generic house white
n|-|G|-|ROSE PAMPLEMOUSSE|RSE|rosé-pamplemousse: a mixed drink
n|-||-|SIROP A L EAU|SOF|syrup and water
n|-||-|CROQUE MONSIEUR|CUI|food
n|-||-|ASSIETTE CHARCUT|CUI|food
n|-||-|CROTTIN CHAVIGNOL|CUI|cheese (food)
n|leffe|DE|-|LEFFE BLONDE
n|kro|S33|-|KRONENBOURG
n|perrier|S100|-|PERRIER
n|orangina|S33|-|ORANGINA
n|-|G|-|REUILLY JAMAIN|RGE|Jamain's red Reuilly is not held
n|-|G|-|QUINCY ROUZE|BLC|Quincy from Jacques Rouzé is not held
n|-|G|-|MENETOU ROSE|RSE|no Menetou-Salon rosé held
n|-|G|-|SANCERRE VACHERON|RGE|Vacheron's red Sancerre is not held
n|-|G|-|VALENCAY ROY|BLC|Roy's white Valençay is not held
n|drappier|M|-|DRAPPIER
n|lprose|M|-|LAURENT P ROSE
n|mardtvv|M|-|MARDON TVV
n|langloisr|H|-|CREM ROSE LANGLOIS
n|-|D|-|GLENFIDDICH18|DIG|Glenfiddich 18 is not held
n|-|D|-|HAVANA ESPECIAL|DIG|Havana Club Especial is not held
n|-|D|-|REMY 1738|DIG|Rémy Martin 1738 is not held
n|-|D|-|MARTINI ROSATO|APE|Martini Rosato is not held
n|-|G|-|CHABLIS 1ER VAILLONS|BLC|Chablis 1er cru Vaillons is not held
n|-|DE|-|PELFORTH|BIE|no Pelforth held
n|-|PI|-|BIERE DU MOMENT|BIE|generic beer of the moment
n|-||-|IRISH COFFEE|CHD|a coffee cocktail
"""
