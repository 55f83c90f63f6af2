"""MARCHE: the market-day tablet. answer|key|measure|vintage|text|note
(measure `=word`: the tablet's literal serving word on a line that is no drink)."""
CASES = """
y|fontsainte|vr|2020|corbières fontsainte|
y|fontsainte|p25||fontsainte rouge|
y|grisdegris|p50|2023|gris de gris|
y|grisdegris|bt|2022|gris de gris fontsainte|
y|ollieux|vr||ollieux romanis corbières|
y|ollieux|bt|2020|ollieux classique|
y|atalsia|vr|2019|atal sia boutenac|
y|atalsia|bt||atal sia ollieux romanis|
y|caraguilhes|p50|2021|caraguilhes rouge|
y|caraguilhes_rs|bt|2023|caraguilhes rosé|
y|caraguilhes_rs|p25||rosé caraguilhes|
y|acapella|vr|2020|a capella meunier st louis|
y|hautgleon|bt|2021|haut-gléon rouge|
y|hautgleon_b|bt|2022|haut-gléon blanc|
y|randolin|vr|2019|randolin les palais|
y|epervier|bt|2019|l'épervier pech redon|
y|pechredon_b|vr|2022|pech redon blanc|
y|hospitalet|v15|2020|l'hospitalet la clape|
y|hospitalet_b|bt||hospitalet blanc|
y|angles|vr||anglès la clape|
y|angles_rs|vr|2023|anglès rosé|
y|lapierre|vr|2018|rouquette henry lapierre|
y|ducs|bt|2020|mire l'étang ducs de fleury|
y|celeyran|p50|2020|pech-céleyran|
y|estibals|bt|2020|l'ostal estibals|
y|ostal_gv|vr|2019|ostal grand vin livinière|
y|opera|vr||opéra villerambert|
y|villerambert_rs|vr|2023|villerambert rosé|
y|lerys|vr|2021|fitou lerys|
y|belamant|bt|2021|champ des soeurs bel amant|
y|jouclary|vr|2019|jouclary cabardès|
y|jouclary_rs|p50||jouclary rosé|
y|routier|vr|2019|routier malepère|
y|guinot_blq|cp||blanquette guinot|
y|guinot_crm|bt||crémant guinot brut|
y|guinot_crm_rs|bt||crémant rosé guinot|
y|graimenous|cp||graimenous laurens|
y|preambule|p50|2023|picpoul ormarine|
y|barroubio|vr||muscat st jean barroubio|a glass of the 50 cl muscat
y|rimage|b50|2020|banyuls rimage vial|
y|ruinart_bdb|cp||ruinart blanc de blancs|
y|noilly_ambre|ds||noilly ambré|
y|lillet|vr||lillet blanc|
y|bardouin|ds||bardouin|
y|k1664|pinte||1664|
y|alaryk_ipa|pinte||ipa alaryk|
y|heineken0|bt||heineken 0.0|
y|milliat|bt||jus abricot milliat|
a|fontsainte|vr|2022|corbières fontsainte|
a|ollieux|vr|2019|ollieux romanis corbières|
a|atalsia|bt|2017|atal sia ollieux romanis|
a|caraguilhes_rs|bt|2022|caraguilhes rosé|
a|acapella|bt|2021|a capella meunier st louis|
a|epervier|vr|2018|l'épervier pech redon|
a|hospitalet_b|bt|2022|hospitalet blanc|
a|celeyran|bt|2019|pech-céleyran|
a|estibals|vr|2022|l'ostal estibals|
a|villerambert_rs|bt|2022|villerambert rosé|
a|belamant|vr|2020|champ des soeurs bel amant|
a|preambule|bt|2024|picpoul ormarine|
a|grisdegris|bt|2021|gris de gris fontsainte|
a|lascombes|bt|2019|maris las combes|
n|-|=assiette|charcuterie de montagne noire|food
n|-|=douzaine|huîtres de gruissan|food
n|-|=part|tielle sétoise|food
n|-|=part|fougasse aux grattons|food
n|-|=unité|café|coffee
n|-|=unité|café gourmand|food
n|-|=unité|sac cabas des halles|goods
n|-|vr|rouge du moment|generic
n|-|p50|rosé maison|generic
n|-|vr|corbières rouge|several Corbières reds held
n|-|vr|corbières-boutenac|two Corbières-Boutenac held
n|-|bt|la clape blanc|two La Clape whites held
n|-|vr|fontsainte blanc|colour not held
n|-|bt|ollieux romanis rosé|colour not held
n|-|bt|anglès blanc|colour not held
n|-|bt|jouclary blanc|colour not held
n|-|bt|hospitalitas gérard bertrand|the producer's other cuvée
n|-|cp|blanquette de limoux|two Blanquettes held
n|-|cp|crémant de limoux|several Crémants held
n|-|bt|blanquette ancestrale guinot|cuvée not held
n|atalsia|half|2019|atal sia|half bottle not held
n|fontsainte|half||fontsainte rouge|half bottle not held
n|ruinart_bdb|mag||ruinart blanc de blancs|magnum not held
n|-|ds|noilly prat|three Noilly Prat held
n|-|ds|pastis|generic
n|-|ds|talisker storm|another Talisker
n|-|ds|nikka coffey grain|another Nikka
n|leffe_brune|demi||leffe brune|Leffe Brune held in bottles only
n|-|demi|monaco|mixed drink
n|-|pinte|panaché|mixed drink
n|-|=pichet|sangria|mixed drink
n|-|=verre|kir|mixed drink
n|-|b25|orangina rouge|not held
n|badoit|b50||badoit|Badoit held in 1 l only
n|-|=carafe|carafe d'eau|free water
"""
