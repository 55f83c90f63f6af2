"""pda: the waiters' handhelds, no Chinese font. One line per button: key|measure|vintage|TEXT.

The handheld prints the romanised button name only: pinyin of the Chinese name (the Hong
Kong waiters' buttons in Cantonese), measure words in pinyin (BEI, BANPING, SHENGPI), sizes
in CL or L, the vintage as 2016NIAN (年), an age as 10NIAN. key `-` is no drink of the
library; a fifth field gives the reason.
"""

CASES = r"""
lafite|btl|2015|LAFEI
lafite|btl|-|LA FEI
lafite|vre|2016|LAFEI
lafite|mag|2010|LAFEI
lafite|btl|2010|LAAI FEI
carruades|btl|2016|XIAO LAFEI
carruades|btl|2015|XIAOLAFEI
carruades|btl|-|XIAOLAFEI
carruades|vre|2018|XIAO LAFEI
mouton|btl|2016|MUTONG
mouton|btl|2014|MU TONG
mouton|btl|-|MUTONG
petitmouton|btl|2018|XIAO MUTONG
petitmouton|btl|-|XIAO MUTONG
fortslatour|btl|2015|XIAO LATU
moutai|b50|-|MAOTAI FEITIAN 53DU
moutai|2cl|-|MAOTAI
moutai|dose|-|MAOTAI FEITIAN
moutaiprince|b50|-|MAOTAI WANGZI JIU
wuliangye|b50|-|WULIANGYE 52DU
guojiao|b50|-|GUOJIAO 1573
guojiao|2cl|-|LUZHOU LAOJIAO GUOJIAO 1573
fenjiu|b50|-|FENJIU QINGHUA 20
fenjiu|dose|-|FENJIU QINGHUA 20
erguotou|b50|-|HONGXING ERGUOTOU 56DU
kaoliang|b75|-|JINMEN GAOLIANG 58DU
kaoliang|dose|-|JINMEN GAOLIANG
yubingshao|b61|-|YUK BING SIU
yubingshao|vre|-|YUK BING SIU
meikuei|b50|-|MEIGUILU JIU
meikuei|dose|-|MEI GUI LU
gylshuadiao5|b50|-|GUYUE LONGSHAN HUADIAO 5NIAN
gylshuadiao8|b50|-|GUYUELONGSHAN HUADIAO 8NIAN
gylshuadiao10|b50|-|GUYUE LONGSHAN 10NIAN
gylshuadiao10|vre|-|GUYUE HUADIAO 10NIAN
pagoda8|b50|-|TAPAI HUADIAO 8NIAN
pagoda8|vre|-|TA PAI 8NIAN
hennessyxo|b70|-|HIN NEI SI XO
hennessyxo|dose|-|HINNEISI XO
tsingtao|b33|-|QINGDAO PIJIU
tsingtao|b64|-|QINGDAO PIJIU
tsingtao|pinte|-|QINGDAO
tsingtao|demi|-|QINGDAO PIJIU
lafite|btl|2012|LAFEI
lafite|btl|2018|LAFEI
lafite|mag|2015|LAFEI
lafite|vre|2017|LAFEI
carruades|btl|2014|XIAOLAFEI
carruades|btl|2017|XIAO LAFEI
carruades|btl|2019|XIAO LAFEI
mouton|btl|2015|MUTONG
mouton|btl|2018|MU TONG
mouton|btl|2012|MUTONG
petitmouton|btl|2017|XIAOMUTONG
petitmouton|btl|2019|XIAO MUTONG
fortslatour|btl|2016|XIAO LATU
fortslatour|btl|2010|XIAOLATU
lafite|half|2016|LAFEI
mouton|half|2016|MUTONG
carruades|mag|2018|XIAOLAFEI
tsingtao|b100|-|QINGDAO PIJIU
moutai|b37.5|-|MAOTAI FEITIAN 53DU
-|btl|2015|LATU|Château Latour itself is not held (the label is not 'xiao' Latour)
-|btl|2015|MAGE|Château Margaux (玛歌) is not held
-|btl|2016|AOSONG|Château Ausone (欧颂) is not held
-|b50|-|MAOTAI YINGBIN JIU|Moutai Yingbin is not held
-|b50|-|WULIANGYE 1618|Wuliangye 1618 is not held
-|b50|-|LUZHOU LAOJIAO TEQU|Luzhou Laojiao Tequ is not held
-|b50|-|FENJIU QINGHUA 30|only Qinghua 20 is held
-|b50|-|FENJIU LAOBAIFEN|Fenjiu Laobaifen is not held
-|b50|-|HUADIAO 8NIAN|two 8-year huadiao are held (Gu Yue Long Shan, Pagoda) and the label names neither
-|b50|-|GUYUE LONGSHAN 15NIAN|a 15-year Gu Yue Long Shan is not held
-|b50|-|TAPAI 5NIAN|Pagoda's 5-year is not held
-|b70|-|HIN NEI SI VSOP|Hennessy VSOP is not held
-|-|-|XIANGBIN|generic champagne (香槟), several held
-|-|-|HONGJIU|generic red wine (红酒)
-|-|-|PIJIU|generic beer (啤酒)
-|-|-|BAIJIU|generic baijiu (白酒), several held
-|-|-|PUER CHA|tea
-|-|-|TIEGUANYIN|tea
-|-|-|MOLI HUACHA|tea
-|-|-|NAICHA|Hong Kong milk tea
-|-|-|DONGNING CHA|iced lemon tea
-|-|-|YEZI ZHI|coconut juice, not held
-|-|-|XINGREN LU|almond drink, not held
-|-|-|HAR GAU|food (Cantonese: shrimp dumplings)
-|-|-|SIU MAAI|food (Cantonese)
-|-|-|CHA SIU BAAU|food (Cantonese: barbecue pork buns)
-|-|-|BEIJING KAOYA|food (Peking duck)
-|-|-|MAPO DOUFU|food
-|-|-|SHUIZHU YU|food (Sichuan poached fish)
-|-|-|KAIPING FEI|corkage fee (开瓶费)
""".strip().splitlines()
