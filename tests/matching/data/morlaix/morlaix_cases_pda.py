"""PDA (waiters' handheld in the room): the manager's short names. expect|key|measure|vintage|text[|reason]"""
CASES = """
y|kerne_brut|BOL||kerne brut
y|kerne_brut|B75||kerne brut
y|kerne_aop|B||kerne aop cornouaille
y|kerne_doux|B75||kerne doux
y|kerne_doux|P50||cidre doux kerne
y|valrance|BOL||val de rance brut
y|valrance|P25||val de rance cru breton
y|nicol|BOL||nicol bouche brut
y|carpediem|BOL|2022|carpe diem
y|carpediem|B|2021|carpe diem kerveguen
y|sassy_rose|B33||sassy rose
y|poire|B||poire domfront pacory
y|chouchen|D||chouchen
y|pommeau|D||pommeau bzh
y|lillet|V||lillet blanc
y|suze|D||suze
y|remy|D||cognac remy vsop
y|diplo|D||diplomatico
y|havana3|D||havana 3 ans
y|jameson|D||jameson
y|bombay|D||gin bombay
y|coreff_bl|PINTE||coreff blonde
y|k1664|DEMI||kro 1664
y|leffe|B33||leffe blonde
y|bonnets|B33||bonnets rouges
y|dremmwel|B33||dremmwel bio
y|heineken00|B33||heineken 0.0
y|coca|B33||coca
y|coca0|B33||coca zero
y|schweppes|B25||schweppes tonic
y|lorina|B33||limonade lorina
y|milliat|B33||jus pomme milliat
y|plancoet|B100||plancoet plate
y|badoit|B100||badoit
y|briords|B|2021|musca briords
y|allees|V12|2022|allees luneau
y|grosplant|P25||gros plant
y|vacheron|B|2022|sancerre vacheron
y|ladoucette|B||pouilly fume ladoucette
y|terres_chaudes|V15|2021|champigny tc
y|baudry|B||chinon baudry
y|butte|V12||bourgueil butte
y|passavant|V||cab anjou passavant
y|baumard|B50||quarts de chaume
y|langlois|V||cremant langlois
y|lugny|B|2022|macon lugny
y|thivin|B||cote brouilly thivin
y|hugel|V12||gewurz hugel
y|vignee|B|2021|bourgogne vignee
a|briords|V12|2023|briords
a|allees|B|2020|allees luneau
a|carpediem|BOL|2020|carpe diem
a|terres_chaudes|B|2019|champigny tc
a|baudry|B|2020|chinon baudry
a|foillard|B|2021|morgon cote py
a|whispering|B|2021|whispering
a|trimbach|B|2019|riesl trimbach
a|lanessan|B|2016|ch lanessan
a|graillot|B|2021|graillot
a|hugel|B|2020|gewurz hugel
a|guigal_b|B|2021|cdr bl guigal
a|lugny|V12|2021|macon lugny
a|cotedesroses|B|2022|cote des roses
a|greysac|B|2019|greysac
n|-food|U||galette complete|food
n|-food|U||galette saucisse|food
n|-food|U||crepe chocolat|food
n|-food|U||crepe flambee lambig|food (a crêpe flambéed with lambig)
n|-food|U||salade bretonne|food
n|-food|U||kig ha farz|food
n|-food|U||far breton|food
n|-soft|U||cafe|coffee
n|-soft|U||the menthe|hot drink
n|-alc|BOL||cidre fermier|generic cider
n|-alc|P50||cidre du moment|generic cider
n|-alc|V||kir breton|cocktail
n|-alc|P25||rouge maison|generic house wine
n|-alc|P50||rose maison|generic house wine
n|-alc|V||blanc du moment|generic
n|briords|MAG|2022|briords
n|kerne_doux|B33||kerne doux
n|telenn_du|PINTE||telenn du
n|-alc|B33||coreff blanche|beer not held
n|-alc|DEMI||coreff ipa|beer not held
n|-alc|B33||britt blonde|beer not held (Britt Blanche is)
n|-alc|D||glenfid 18ans|age not held
n|-alc|D||calva hors d age|calvados not held (VSOP is)
n|-alc|B|2022|thebaud pepiere|producer's other cuvée (Château-Thébaud)
n|-alc|B|2021|sanc rose baronnes|colour not held
n|-alc|B|2022|chinon rose baudry|colour not held
n|-alc|B||vouvray petillant huet|producer's other wine
n|-alc|V||chablis 1er cru|cuvée not held
n|-alc|B||champagne brut|generic: two brut champagnes
n|-alc|B||ruinart rose|cuvée not held
n|taittinger|MAG||taittinger brut
n|-soft|B33||ice tea|soft not held
n|-soft|B25||jus orange|soft not held
n|-soft|B100||vittel|water not held
n|-food|U||supplement chantilly|food
"""
