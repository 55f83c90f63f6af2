"""caisse: the counter register. One line per button: key|measure|vintage|CN|LATIN.

key `-` (then a sixth field, the reason) is no drink of the library. The register prints
the Chinese name, a blank, then the Latin part (measure word, name in French or pinyin,
bottle size, four-digit vintage) cut at 22 columns.
"""

CASES = r"""
lafite|btl|2015|拉菲|LAFITE
lafite|mag|2010|拉菲|LAFITE ROTHSCHILD
carruades|btl|2016|小拉菲|CARRUADES LAFITE
carruades|vre|2018|小拉菲|CARRUADES
legende|btl|2019|拉菲传奇|LEGENDE PAUILLAC
mouton|btl|2016|木桐|MOUTON ROTHSCHILD
petitmouton|btl|2018|小木桐|PETIT MOUTON
moutoncadet|vre|2020|木桐嘉棣|MOUTON CADET
pichoncomtesse|btl|2016|碧尚女爵|PICHON COMTESSE LALANDE
reservecomtesse|btl|2017|碧尚女爵副牌|RES COMTESSE LALANDE
pichonbaron|btl|2018|碧尚男爵|PICHON BARON
tourelles|btl|2018|碧尚男爵副牌|TOURELLES LONGUEVILLE
lynch|btl|2019|靓次伯|LYNCH BAGES
lynch|half|2016|靓次伯|LYNCH BAGES
lynch|vre|2016|靓次伯|LYNCHBAGES
lynch|btl|2015|靓次伯|LYNCH BAGES PAUILLAC
fortslatour|btl|2015|小拉图|FORTS DE LATOUR
palmer|btl|2016|宝玛|CH PALMER
beychevelle|btl|2015|龙船|BEYCHEVELLE
beychevelle|mag|2016|龙船|BEYCHEVELLE
talbot|btl|2016|大宝|CH TALBOT
chevalblanc|btl|2012|白马|CHEVAL BLANC
angelus|btl|2016|金钟|ANGELUS
angelus|btl|2014|金钟|ANGELUS SAINT EMILION
carillon|btl|2018|金钟副牌|CARILLON ANGELUS
petrus|btl|2012|柏图斯|PETRUS
yquem|half|2015|滴金|YQUEM
mouchesb|btl|2019|博讷白|BEAUNE MOUCHES BLANC
vaudon|btl|2022|夏布利|CHABLIS VAUDON DROUHIN
cortonlatour|btl|2017|科尔登查理曼|CORTON-CH. LATOUR
trimbachgewurz|btl|2019|琼瑶浆|GEWURZ TRIMBACH
moetbrut|btl|-|酩悦|MOET BRUT IMPERIAL
moetbrut|half|-|酩悦|MOET BRUT
moetbrut|vre|-|酩悦|MOET IMPERIAL
moetrose|btl|-|酩悦粉红|MOET ROSE IMPERIAL
domp|btl|2013|唐培里侬|DOM PERIGNON
clicquot|mag|-|凯歌|VEUVE CLICQUOT
grandedame|btl|2015|凯歌贵妇|GRANDE DAME CLICQUOT
ruinartbdb|btl|-|慧纳白中白|RUINART BLANC DE BLANCS
cristal|btl|2014|水晶香槟|CRISTAL ROEDERER
krug|btl|-|库克|KRUG GRANDE CUVEE
moutai|b50|-|茅台飞天|MAOTAI FEITIAN 53
moutai|2cl|-|茅台|MOUTAI
wuliangye|b50|-|五粮液|WULIANGYE 52
guojiao|b50|-|国窖1573|GUOJIAO 1573
fenjiu|2cl|-|汾酒青花20|FENJIU QINGHUA 20
gylshuadiao10|b50|-|古越龙山十年|GYLS HUADIAO 10A
gylshuadiao5|vre|-|古越龙山五年|HUADIAO 5ANS GYLS
pagoda8|b50|-|塔牌八年|TA PAI HUADIAO 8A
choya|vre|-|俏雅梅酒|CHOYA UMESHU
yamazaki12|dose|-|山崎12年|YAMAZAKI 12
hennessyxo|b70|-|轩尼诗XO|HENNESSY XO
tsingtao|b33|-|青岛啤酒|TSINGTAO
tsingtao|b64|-|青岛大瓶|TSINGTAO
tsingtao|pinte|-|青岛生啤|TSINGTAO PRESSION
asahi|demi|-|朝日生啤|ASAHI
sapporo|b65|-|札幌|SAPPORO
litchi|b35|-|荔枝汁|JUS LITCHI
lafite|btl|2018|拉菲|LAFITE
carruades|btl|2017|小拉菲|CARRUADES
mouton|btl|2015|木桐|MOUTON ROTHSCHILD
petitmouton|btl|2019|小木桐|PETIT MOUTON
lynch|btl|2018|靓次伯|LYNCH BAGES
lynch|half|2019|靓次伯|LYNCH BAGES
pichonbaron|btl|2016|碧尚男爵|PICHON BARON
fortslatour|btl|2016|小拉图|FORTS LATOUR
beychevelle|btl|2014|龙船|BEYCHEVELLE
angelus|btl|2018|金钟|ANGELUS
chevalblanc|btl|2010|白马|CHEVAL BLANC
domp|btl|2010|唐培里侬|DOM PERIGNON
cristal|btl|2015|水晶香槟|CRISTAL
vaudon|btl|2020|夏布利|CHABLIS VAUDON
moetgv|btl|2013|酩悦年份|MOET GD VINTAGE
talbot|vre|2015|大宝|TALBOT
yquem|btl|2015|滴金|YQUEM
lafite|half|2015|拉菲|LAFITE
mouton|mag|2016|木桐|MOUTON
carruades|mag|2016|小拉菲|CARRUADES
tsingtaopure|b33|-|青岛纯生|TSINGTAO PURE
asahi|b50|-|朝日|ASAHI
kirin|demi|-|麒麟|KIRIN
-|btl|2015|拉图|CH LATOUR|Château Latour itself is not held, only its second wine Les Forts de Latour
-|btl|2016|碧尚|PICHON|two Pichons are held (Comtesse and Baron) and the label names neither
-|btl|2016|圣埃美隆|ST EMILION GD CRU|five Saint-Émilion grands crus are held
-|btl|2021|夏布利|CHABLIS|two Chablis 2021 are held (Fèvre, Drouhin's Vaudon)
-|vre|-|琼瑶浆|GEWURZTRAMINER|two Gewurztraminers are held (Trimbach, Hugel)
-|btl|-|凯歌粉红|VEUVE CLICQUOT ROSE|Clicquot's rosé is not held
-|btl|-|酩悦冰香槟|MOET ICE IMPERIAL|Moët's Ice Impérial is not held
-|btl|2016|小白马|PETIT CHEVAL|Cheval Blanc's second wine is not held
-|btl|2016|杜哈米隆|DUHART MILON|Lafite's other Pauillac estate is not held
-|btl|2015|欧颂|AUSONE|Château Ausone is not held
-|b50|-|茅台迎宾|MAOTAI YINGBIN|Moutai Yingbin is not held (Feitian and Prince are)
-|b50|-|汾酒青花30|FENJIU QINGHUA 30|only Fenjiu Qinghua 20 is held
-|b50|-|古越龙山二十年|GYLS HUADIAO 20A|Gu Yue Long Shan's 20-year huadiao is not held
-|b50|-|泸州老窖特曲|LUZHOU TEQU|Luzhou Laojiao Tequ is not held (Guojiao 1573 is)
-|b70|-|山崎18年|YAMAZAKI 18|the 18-year Yamazaki is not held
-|dose|-|轩尼诗VSOP|HENNESSY VSOP|Hennessy VSOP is not held (XO is)
-|b33|-|哈尔滨|HARBIN|Harbin beer is not held
-|b31|-|王老吉|WANG LAO JI|herbal tea, no drink of the library
-|-|-|普洱茶|THE PU ERH|tea
-|-|-|茉莉花茶|THE JASMIN|tea
-|-|-|铁观音|TIE GUAN YIN|tea
-|-|-|北京烤鸭|CANARD LAQUE PEKIN|food
-|-|-|虾饺|HA KAO CREVETTES|food
-|-|-|烧卖|SIU MAI PORC|food
-|-|-|麻婆豆腐|MAPO TOFU|food
-|-|-|宫保鸡丁|POULET KUNG PAO|food
-|-|-|套餐A|MENU A 2 PERS|set menu
-|-|-|开瓶费|DROIT DE BOUCHON|corkage, a service
-|-|-|红酒|VIN ROUGE MAISON|generic house wine, none held
-|vre|-|香槟|CHAMPAGNE|generic glass of champagne, several held
-|-|-|啤酒|BIERE|generic beer
-|-|-|酩悦三升|JEROBOAM MOET|a jeroboam is not held
-|btl|2016|路易王妃粉红|ROEDERER ROSE|Roederer's rosé is not held
-|-|-|生日蛋糕|GATEAU ANNIV|food
""".strip().splitlines()
