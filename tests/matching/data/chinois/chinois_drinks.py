"""The drinks of "Le Jardin de Jade" (Paris 13e): one line per wine or product.

key | name | producer | appellation | region | country | colour | category | entries
entries: space-separated `vintage@format_cl` (`-` for a non-vintage drink).
Empty appellation/region/colour fields are null.
"""

DRINKS = r"""
lafite|Château Lafite Rothschild|Château Lafite Rothschild|Pauillac|Bordeaux|France|rouge|vin|2010@75 2015@75 2016@75 2010@150
carruades|Carruades de Lafite|Château Lafite Rothschild|Pauillac|Bordeaux|France|rouge|vin|2015@75 2016@75 2018@75
legende|Légende Pauillac|Domaines Barons de Rothschild (Lafite)|Pauillac|Bordeaux|France|rouge|vin|2019@75
mouton|Château Mouton Rothschild|Château Mouton Rothschild|Pauillac|Bordeaux|France|rouge|vin|2014@75 2016@75
petitmouton|Le Petit Mouton de Mouton Rothschild|Château Mouton Rothschild|Pauillac|Bordeaux|France|rouge|vin|2016@75 2018@75
moutoncadet|Mouton Cadet|Baron Philippe de Rothschild|Bordeaux|Bordeaux|France|rouge|vin|2020@75
pichoncomtesse|Château Pichon Longueville Comtesse de Lalande|Château Pichon Longueville Comtesse de Lalande|Pauillac|Bordeaux|France|rouge|vin|2012@75 2016@75
reservecomtesse|Réserve de la Comtesse|Château Pichon Longueville Comtesse de Lalande|Pauillac|Bordeaux|France|rouge|vin|2017@75
pichonbaron|Château Pichon Baron|Château Pichon Baron|Pauillac|Bordeaux|France|rouge|vin|2015@75 2018@75
tourelles|Les Tourelles de Longueville|Château Pichon Baron|Pauillac|Bordeaux|France|rouge|vin|2018@75
lynch|Château Lynch-Bages|Château Lynch-Bages|Pauillac|Bordeaux|France|rouge|vin|2014@75 2016@75 2019@75 2016@37.5
echolynch|Echo de Lynch-Bages|Château Lynch-Bages|Pauillac|Bordeaux|France|rouge|vin|2018@75
fortslatour|Les Forts de Latour|Château Latour|Pauillac|Bordeaux|France|rouge|vin|2012@75 2015@75
palmer|Château Palmer|Château Palmer|Margaux|Bordeaux|France|rouge|vin|2016@75
alterego|Alter Ego de Palmer|Château Palmer|Margaux|Bordeaux|France|rouge|vin|2017@75 2018@75
beychevelle|Château Beychevelle|Château Beychevelle|Saint-Julien|Bordeaux|France|rouge|vin|2015@75 2016@75 2016@150
amiral|Amiral de Beychevelle|Château Beychevelle|Saint-Julien|Bordeaux|France|rouge|vin|2018@75
talbot|Château Talbot|Château Talbot|Saint-Julien|Bordeaux|France|rouge|vin|2016@75
cos|Château Cos d'Estournel|Château Cos d'Estournel|Saint-Estèphe|Bordeaux|France|rouge|vin|2016@75
hautbrion|Château Haut-Brion|Château Haut-Brion|Pessac-Léognan|Bordeaux|France|rouge|vin|2014@75
chevalblanc|Château Cheval Blanc|Château Cheval Blanc|Saint-Émilion Grand Cru|Bordeaux|France|rouge|vin|2012@75
angelus|Château Angélus|Château Angélus|Saint-Émilion Grand Cru|Bordeaux|France|rouge|vin|2015@75 2016@75
carillon|Carillon d'Angélus|Château Angélus|Saint-Émilion Grand Cru|Bordeaux|France|rouge|vin|2018@75
figeac|Château Figeac|Château Figeac|Saint-Émilion Grand Cru|Bordeaux|France|rouge|vin|2016@75
pavie|Château Pavie|Château Pavie|Saint-Émilion Grand Cru|Bordeaux|France|rouge|vin|2015@75
canon|Château Canon|Château Canon|Saint-Émilion Grand Cru|Bordeaux|France|rouge|vin|2016@75
petrus|Pétrus|Pétrus|Pomerol|Bordeaux|France|rouge|vin|2012@75
gazin|Château Gazin|Château Gazin|Pomerol|Bordeaux|France|rouge|vin|2015@75
yquem|Château d'Yquem|Château d'Yquem|Sauternes|Bordeaux|France|liquoreux|vin|2011@75 2015@37.5
jadotgevrey|Gevrey-Chambertin|Louis Jadot|Gevrey-Chambertin|Bourgogne|France|rouge|vin|2019@75
mouchesb|Beaune Premier Cru Clos des Mouches|Joseph Drouhin|Beaune|Bourgogne|France|blanc|vin|2019@75
mouchesr|Beaune Premier Cru Clos des Mouches|Joseph Drouhin|Beaune|Bourgogne|France|rouge|vin|2018@75
leflaive|Puligny-Montrachet|Domaine Leflaive|Puligny-Montrachet|Bourgogne|France|blanc|vin|2019@75
montmains|Chablis Premier Cru Montmains|William Fèvre|Chablis Premier Cru|Bourgogne|France|blanc|vin|2020@75
fevrechablis|Chablis|William Fèvre|Chablis|Bourgogne|France|blanc|vin|2021@75
vaudon|Chablis Réserve de Vaudon|Joseph Drouhin|Chablis|Bourgogne|France|blanc|vin|2021@75 2022@75
bouchardmeursault|Meursault|Bouchard Père & Fils|Meursault|Bourgogne|France|blanc|vin|2020@75
faiveleynuits|Nuits-Saint-Georges|Domaine Faiveley|Nuits-Saint-Georges|Bourgogne|France|rouge|vin|2018@75
cortonlatour|Corton-Charlemagne Grand Cru|Louis Latour|Corton-Charlemagne|Bourgogne|France|blanc|vin|2017@75
trimbachgewurz|Gewurztraminer|Trimbach|Alsace|Alsace|France|blanc|vin|2019@75
hugelgewurz|Gewurztraminer Classic|Hugel|Alsace|Alsace|France|blanc|vin|2020@75
moetbrut|Brut Impérial|Moët & Chandon|Champagne|Champagne|France|effervescent|champagne|-@75 -@37.5 -@150
moetrose|Rosé Impérial|Moët & Chandon|Champagne|Champagne|France|rosé|champagne|-@75
moetgv|Grand Vintage|Moët & Chandon|Champagne|Champagne|France|effervescent|champagne|2015@75
domp|Dom Pérignon|Moët & Chandon|Champagne|Champagne|France|effervescent|champagne|2012@75 2013@75
clicquot|Brut Carte Jaune|Veuve Clicquot|Champagne|Champagne|France|effervescent|champagne|-@75 -@150
grandedame|La Grande Dame|Veuve Clicquot|Champagne|Champagne|France|effervescent|champagne|2015@75
ruinartbdb|Blanc de Blancs|Ruinart|Champagne|Champagne|France|effervescent|champagne|-@75
rderuinart|R de Ruinart Brut|Ruinart|Champagne|Champagne|France|effervescent|champagne|-@75
cristal|Cristal|Louis Roederer|Champagne|Champagne|France|effervescent|champagne|2014@75
roederer244|Collection 244|Louis Roederer|Champagne|Champagne|France|effervescent|champagne|-@75
krug|Grande Cuvée 171ème Édition|Krug|Champagne|Champagne|France|effervescent|champagne|-@75
belleepoque|Belle Epoque|Perrier-Jouët|Champagne|Champagne|France|effervescent|champagne|2014@75
pjgrandbrut|Grand Brut|Perrier-Jouët|Champagne|Champagne|France|effervescent|champagne|-@75
lprose|Cuvée Rosé|Laurent-Perrier|Champagne|Champagne|France|rosé|champagne|-@75
moutai|Kweichow Moutai Feitian 53°|Kweichow Moutai|Baijiu|Guizhou|Chine||spiritueux|-@50
moutaiprince|Moutai Prince 53°|Kweichow Moutai|Baijiu|Guizhou|Chine||spiritueux|-@50
wuliangye|Wuliangye 52°|Wuliangye Yibin|Baijiu|Sichuan|Chine||spiritueux|-@50
guojiao|Guojiao 1573|Luzhou Laojiao|Baijiu|Sichuan|Chine||spiritueux|-@50
fenjiu|Fenjiu Qinghua 20|Shanxi Xinghuacun Fenjiu|Baijiu|Shanxi|Chine||spiritueux|-@50
erguotou|Red Star Erguotou 56°|Beijing Red Star|Baijiu|Pékin|Chine||spiritueux|-@50
kaoliang|Kinmen Kaoliang 58°|Kinmen Kaoliang Liquor|Baijiu de sorgho|Kinmen|Taïwan||spiritueux|-@75
yubingshao|Yu Bing Shao|Shiwan Distillery|Baijiu de riz|Guangdong|Chine||spiritueux|-@61
meikuei|Mei Kuei Lu Chiew|Pearl River Bridge|Liqueur de rose|Guangdong|Chine||spiritueux|-@50
gylshuadiao5|Huadiao Shaoxing 5 ans|Gu Yue Long Shan|Huangjiu de Shaoxing|Zhejiang|Chine||autre|-@50
gylshuadiao8|Huadiao Shaoxing 8 ans|Gu Yue Long Shan|Huangjiu de Shaoxing|Zhejiang|Chine||autre|-@50
gylshuadiao10|Huadiao Shaoxing 10 ans|Gu Yue Long Shan|Huangjiu de Shaoxing|Zhejiang|Chine||autre|-@50
pagoda8|Shaoxing Huadiao 8 ans|Pagoda (Ta Pai)|Huangjiu de Shaoxing|Zhejiang|Chine||autre|-@50
choya|Umeshu Original|Choya|Vin de prune|Osaka|Japon||autre|-@75
choyaextra|Umeshu Extra Years|Choya|Vin de prune|Osaka|Japon||autre|-@70
yamazaki12|Yamazaki 12 ans|Suntory|Whisky japonais|Osaka|Japon||spiritueux|-@70
hibiki|Hibiki Japanese Harmony|Suntory|Whisky japonais|Osaka|Japon||spiritueux|-@70
hakushu|Hakushu Distiller's Reserve|Suntory|Whisky japonais|Yamanashi|Japon||spiritueux|-@70
nikkafb|Nikka From the Barrel|Nikka|Whisky japonais|Hokkaido|Japon||spiritueux|-@50
hennessyxo|Hennessy XO|Hennessy|Cognac|Cognac|France||spiritueux|-@70
remyxo|Rémy Martin XO|Rémy Martin|Cognac|Cognac|France||spiritueux|-@70
remyvsop|Rémy Martin VSOP|Rémy Martin|Cognac|Cognac|France||spiritueux|-@70
martellcb|Martell Cordon Bleu|Martell|Cognac|Cognac|France||spiritueux|-@70
lillet|Lillet Blanc|Lillet|||France||autre|-@75
ricard|Ricard|Pernod Ricard|Pastis|Provence|France||spiritueux|-@70
tsingtao|Tsingtao|Tsingtao Brewery||Shandong|Chine||bière|-@33 -@64 -@2000
tsingtaopure|Tsingtao Pure Draft|Tsingtao Brewery||Shandong|Chine||bière|-@50
asahi|Asahi Super Dry|Asahi||Tokyo|Japon||bière|-@33 -@2000
kirin|Kirin Ichiban|Kirin||Tokyo|Japon||bière|-@33
sapporo|Sapporo Premium|Sapporo||Hokkaido|Japon||bière|-@65
singha|Singha|Boon Rawd Brewery|||Thaïlande||bière|-@33
tiger|Tiger|Asia Pacific Breweries|||Singapour||bière|-@33
coca|Coca-Cola|Coca-Cola|||France||soft|-@33
cocazero|Coca-Cola Zero|Coca-Cola|||France||soft|-@33
sprite|Sprite|Coca-Cola|||France||soft|-@33
evian|Evian|Evian|||France||soft|-@50 -@100
badoit|Badoit|Badoit|||France||soft|-@100
pellegrino|San Pellegrino|San Pellegrino|||Italie||soft|-@75
litchi|Jus de litchi|Foco|||Thaïlande||soft|-@35
vitasoy|Vitasoy|Vitasoy|||Hong Kong||soft|-@25
""".strip().splitlines()

COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}


def parse():
    """Return (groups, library): groups[key] = dict of fields + entries [(vintage, fmt, id)]."""
    groups, library, n = {}, [], 0
    for line in DRINKS:
        key, name, prod, app, reg, ctry, col, cat, ents = line.split("|")
        g = {"key": key, "name": name, "producer": prod, "appellation": app or None,
             "region": reg or None, "country": ctry, "colour": col or None,
             "category": cat, "entries": []}
        assert key not in groups, key
        groups[key] = g
        for e in ents.split():
            v, f = e.split("@")
            v = None if v == "-" else int(v)
            f = float(f)
            f = int(f) if f == int(f) else f
            n += 1
            bid = "cn%03d" % n
            g["entries"].append((v, f, bid))
            library.append({"id": bid, "name": name, "producer": prod,
                            "appellation": g["appellation"], "region": g["region"],
                            "country": ctry, "colour": g["colour"], "category": cat,
                            "vintage": v, "format_cl": f})
    return groups, library
