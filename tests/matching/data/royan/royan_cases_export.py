"""export: the back office's monthly article export. The catalogue's designations.

key | measure | vintage | designation (the export writes it in ASCII capitals, cut at 32)
    | reason for a none | content in cl (only when no held format gives it)
"""

CASES = """
cleray|B|2022|Cléray (Château du) Muscadet sur lie
cleray|H|2023|Cléray (Château du) Muscadet sur lie
cleray|B|2024|Cléray (Château du) Muscadet sur lie
gorges|B|2018|Brégeon (Michel) Muscadet Gorges
grosplant|B|2023|Haute Févrie (Dom. de la) Gros Plant
bonnet|M|2023|Bonnet (Château) Entre-deux-Mers
bonnet|M|2024|Bonnet (Château) Entre-deux-Mers
saintemarie|B|2021|Sainte-Marie (Château) Vieilles Vignes
fournierb|B|2023|Fournier Sancerre blanc Belles Vignes
fournierb|H|2022|Fournier Sancerre blanc Belles Vignes
fournierr|B|2021|Fournier Sancerre rouge Belles Vignes
angelots|B|2022|Masson-Blondelet Pouilly-Fumé Angelots
angelots|B|2023|Masson-Blondelet Pouilly-Fumé Angelots
caroline|B|2021|Chantegrive Caroline Graves blanc
caroline|B|2020|Chantegrive Caroline Graves blanc
chantegrive|B|2019|Chantegrive (Château de) rouge
mcadetb|H|2023|Mouton Cadet blanc
mcadetr|H|2020|Mouton Cadet rouge
loudenner|B|2018|Loudenne (Château) Médoc rouge
loudenner|B|2017|Loudenne (Château) Médoc rouge
loudenneb|B|2022|Loudenne (Château) blanc
tourdeby|M|2016|Tour de By (Château) Médoc
tourdeby|M|2018|Tour de By (Château) Médoc
cantenac|B|2017|Cantenac Brown (Château) Margaux
cantenac|B|2018|Cantenac Brown (Château) Margaux
brio|B|2019|BriO de Cantenac Brown Margaux
brio|B|2020|BriO de Cantenac Brown Margaux
royere|B|2019|Bel-Air la Royère (Ch.) Blaye
royere|B|2020|Bel-Air la Royère (Ch.) Blaye
mourlin|B|2018|Cap de Mourlin (Ch.) St-Émilion GC
filhot|H|2017|Filhot (Château) Sauternes
filhot|G|2016|Filhot (Château) Sauternes
filhot|H|2016|Filhot (Château) Sauternes
minuty|B|2024|Minuty (Château) Prestige rosé
minuty|M|2024|Minuty (Château) Prestige rosé
minuty|M|2023|Minuty (Château) Prestige rosé
colombard|B|2024|Gardrat (Domaine) Colombard
colombard|B|2022|Gardrat (Domaine) Colombard
brard|B|2022|Brard Blanchard (Vignoble) rouge
montifaudb|B||Montifaud (Ch. de) Pineau blanc
montifaudr|G||Montifaud (Ch. de) Pineau rosé
lpcuvee|H||Laurent-Perrier La Cuvée brut
lpcuvee|CP||Laurent-Perrier La Cuvée brut
lprose|B||Laurent-Perrier Cuvée rosé
gosset|B||Gosset Grande Réserve brut
remyxo|D||Rémy Martin XO cognac
montifaudvsop|D||Montifaud (Ch. de) Cognac VSOP
diplomatico|D||Diplomatico Reserva Exclusiva rhum
chivas|D||Chivas Regal 12 ans whisky
magloire|D||Père Magloire VSOP calvados
pastis51|D2||Pastis 51
suze|D||Suze
aperol|D||Aperol
taylors|G||Taylor's Fine Ruby porto
heineken|DE||Heineken pression
leffe|PI||Leffe blonde pression
heineken|S25||Heineken bouteille
chouffe|S33||Chouffe (La) blonde
cocazero|S33||Coca-Cola Zéro
schweppes|S25||Schweppes Indian Tonic
pellegrino|S100||San Pellegrino
badoit|S100||Badoit
pago|S20||Pago orange
-|-||Plateau de fruits de mer royal|seafood platter
-|-||Huîtres Marennes-Oléron n3 douz.|oysters
-|-||Mouclade charentaise|a dish
-|-||Café expresso|coffee
-|-||Droit de bouchon|corkage
-|-||Acompte groupe|a deposit
-|P50||Vin blanc maison|generic house wine|75
-|G||Vin rosé maison|generic house wine|75
-|P25||Vin rouge maison|generic house wine|75
-|CP||Champagne|generic: four champagnes held|75
-|G||Kir vin blanc|cocktail|75
-|CP||Kir royal|cocktail|75
-|-||Cocktail maison|cocktail
-|B||Ruinart Blanc de Blancs|champagne house not held|75
-|B||Laurent-Perrier Grand Siècle|another cuvée of Laurent-Perrier|75
-|B||Laurent-Perrier Ultra Brut|another cuvée of Laurent-Perrier|75
-|B||Piper-Heidsieck Rosé Sauvage|another cuvée of Piper-Heidsieck|75
-|B||Gosset Grand Rosé|another cuvée of Gosset|75
-|D||Rémy Martin 1738 cognac|another grade of Rémy Martin|70
-|D||Martell VS cognac|another grade of Martell (Cordon Bleu held)|70
-|D||Havana Club 15 ans rhum|another age of Havana Club (3 and 7 held)|70
-|D||Chivas Regal 18 ans whisky|another age of Chivas (12 held)|70
-|B|2023|Fournier Sancerre rosé Belles Vignes|a colour of Fournier's Sancerre not held|75
-|B|2021|Alto de Cantenac Brown blanc|Cantenac Brown's white, not held|75
-|B|2022|Bonnet (Château) rouge|Château Bonnet's red, only the white is held|75
-|B||Mouton Cadet rosé|Mouton Cadet's rosé, not held|75
cantenac|H|2017|Cantenac Brown (Château) Margaux
brio|M|2019|BriO de Cantenac Brown Margaux
piper|H||Piper-Heidsieck Cuvée brut
gosset|M||Gosset Grande Réserve brut
chatellenie|H|2023|Mellot (Joseph) Sancerre Châtellenie
coca|S100||Coca-Cola
corona|DE||Corona pression||3000
heineken|S33||Heineken bouteille
hoegaarden|S25||Hoegaarden bouteille
perrier|S75||Perrier
"""
