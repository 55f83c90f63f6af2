"""Back-office article export (export): the article's designation as the back office typed it (capitals,
accents kept, the title of a château or domaine put after the name in parentheses), cut at 28 characters;
the vintage and the container are fields of their own.
y/a/n|drink key or -|measure|vintage|designation[|reason|family digit]."""
CASES = """
y|nerthe|BTL|2020|NERTHE (CHÂTEAU LA) CHÂTEAUNEUF
y|nerthe|GLASS|2019|NERTHE (CH. LA)
y|tourdeby|BTL|2019|TOUR DE BY (CHÂTEAU)
y|tourdeby|MAG|2016|TOUR DE BY (CH.) MÉDOC
y|pez|BTL|2017|PEZ (CHÂTEAU DE) ST-ESTÈPHE
y|puygueraud|BTL|2019|PUYGUERAUD (CHÂTEAU)
y|fombrauge|BTL|2018|FOMBRAUGE (CH.) ST-ÉMILION GC
y|chaize|BTL|2022|CHAIZE (CHÂTEAU DE LA) BROUILLY
y|madone|BTL|2023|MADONE (DOMAINE DE LA) FLEURIE
y|lapierre|BTL|2023|MORGON LAPIERRE (MARCEL)
y|cdrguigal|BTL|2021|CÔTES DU RHÔNE GUIGAL ROUGE
y|cdrguigal|P50|2020|CDR ROUGE GUIGAL
y|moutoncadet|BTL|2020|MOUTON CADET ROUGE
y|laforetr|BTL|2021|BOURGOGNE PINOT NOIR LAFORÊT
y|granges|BTL|2021|CHINON GRANGES (LES) BAUDRY
y|villeneuve|BTL|2021|VILLENEUVE (CH. DE) SAUMUR-CHAMPIGNY
y|gendres|BTL|2021|TOUR DES GENDRES (CH.)
y|vaillons|BTL|2020|CHABLIS 1ER CRU VAILLONS (LES)
y|stmartin|BTL|2022|CHABLIS ST MARTIN LAROCHE
y|vacheronb|BTL|2023|SANCERRE BLANC VACHERON
y|vacheronr|BTL|2021|SANCERRE ROUGE VACHERON
y|clearay|BTL|2023|MUSCADET CLÉRAY (CH. DU)
y|trimbachries|BTL|2020|RIESLING TRIMBACH
y|lugny|BTL|2022|MÂCON-LUGNY CHARMES (LES)
y|aqueria|BTL|2023|AQUERIA (CHÂTEAU D') TAVEL
y|minuty|BTL|2023|MINUTY (M DE)
y|whispering|GLASS|2023|WHISPERING ANGEL ESCLANS
y|filhot|BTL|2016|FILHOT (CHÂTEAU) SAUTERNES
y|taittinger|HALF||TAITTINGER BRUT RÉSERVE
y|taittinger|GLASS||TAITTINGER BRUT RÉSERVE
y|lprose|BTL||LAURENT-PERRIER CUVÉE ROSÉ
y|clicquot|BTL||VEUVE CLICQUOT CARTE JAUNE
y|langlois|BTL||CRÉMANT DE LOIRE LANGLOIS
y|albrecht|GLASS||CRÉMANT D'ALSACE ALBRECHT
y|k1664|DEMI||1664 BLONDE FÛT
y|guinness|PINTE||GUINNESS FÛT
y|grimamb|DEMI||GRIMBERGEN AMBRÉE
y|chouffe|C33||CHOUFFE (LA)
y|northblonde|C33||NORTHMAEN BLONDE
y|coqfine|DOSE||CALVADOS FINE COQUEREL
y|drouinsel|DOSE||DROUIN (CHRISTIAN) SÉLECTION
y|hendricks|DOSE||HENDRICK'S GIN
y|sixgrapes|DOSE||PORTO GRAHAM'S SIX GRAPES
y|kirbreton|D2||CRÈME DE CASSIS LEJAY
y|schweppes|C25||SCHWEPPES TONIC
y|ecusson|BTL||CIDRE ÉCUSSON BRUT
a|madone|BTL|2021|MADONE (DOMAINE DE LA) FLEURIE
a|lapierre|BTL|2020|MORGON LAPIERRE (MARCEL)
a|moutoncadet|BTL|2019|MOUTON CADET ROUGE
a|laforetr|BTL|2020|BOURGOGNE PINOT NOIR LAFORÊT
a|granges|BTL|2020|CHINON GRANGES (LES) BAUDRY
a|villeneuve|BTL|2020|VILLENEUVE (CH. DE) SAUMUR-CHAMPIGNY
a|gendres|BTL|2020|TOUR DES GENDRES (CH.)
a|trimbachries|BTL|2019|RIESLING TRIMBACH
a|trimbachgewurz|BTL|2021|GEWURZTRAMINER TRIMBACH
a|lugny|BTL|2023|MÂCON-LUGNY CHARMES (LES)
a|bonnet|BTL|2022|BONNET (CHÂTEAU) BLANC
a|aqueria|BTL|2022|AQUERIA (CHÂTEAU D') TAVEL
a|durban|BTL|2022|MUSCAT BEAUMES DURBAN
a|puygueraud|BTL|2020|PUYGUERAUD (CHÂTEAU)
a|offerus|GLASS|2022|ST-JOSEPH OFFERUS CHAVE
n|-|NONE||ENTRECÔTE FRITES|food|9
n|-|NONE||MOULES MARINIÈRES|food|9
n|-|NONE||ASSIETTE DE CHARCUTERIE|food|9
n|-|NONE||CAMEMBERT RÔTI|food|9
n|-|NONE||CROQUE-MADAME|food|9
n|-|NONE||MENU ENFANT|food|9
n|-|NONE||FORMULE MIDI|food|9
n|-|NONE||CAFÉ ALLONGÉ|coffee|8
n|-|NONE||CAPPUCCINO|coffee|8
n|-|NONE||CHOCOLAT CHAUD|hot drink|8
n|-|NONE||VIN CHAUD|mulled wine, generic|1
n|-|NONE||REMISE FIDÉLITÉ|discount|9
n|-|NONE||PRIVATISATION SALLE|service|9
n|-|P50||VIN ROUGE MAISON|generic house red|1
n|-|GLASS||VIN ROSÉ MAISON|generic house rosé|3
n|-|DEMI||BIÈRE DU MOMENT|generic beer|5
n|-|P50||CIDRE FERMIER|generic farm cider, not held|5
n|-|NONE||COCKTAIL DU MOMENT|generic cocktail|6
n|lpcuvee|MAG||LAURENT-PERRIER LA CUVÉE
n|bollinger|HALF||BOLLINGER SPÉCIAL CUVÉE
n|guinness|C33||GUINNESS
n|desperados|DEMI||DESPERADOS
n|drouincidre|C33||CIDRE DROUIN PAYS D'AUGE
n|-|BTL|2016|LAGRANGE (CHÂTEAU) ST-JULIEN|not held|1
n|-|BTL|2021|MOUTON CADET BLANC|white Mouton Cadet not held (red is)|2
n|-|BTL|2022|CHINON ROSÉ BAUDRY|Baudry's rosé not held (Les Granges red is)|3
n|-|BTL|2019|CHABLIS GC BLANCHOT LAROCHE|Laroche's Blanchot not held|2
n|-|BTL||CRÉMANT DE LOIRE ROSÉ LANGLOIS|Langlois rosé not held (brut is)|3
n|-|BTL||TAITTINGER PRESTIGE ROSÉ|not held (Brut Réserve is)|4
n|-|BTL|2023|SANCERRE BLANC MELLOT|Sancerre of another producer (Vacheron's is held)|2
n|-|BTL|2023|MUSCADET PÉPIÈRE (DOM. DE LA)|Muscadet of another producer (Cléray's is held)|2
n|-|BTL|2022|CÔTE DE BROUILLY THIVIN (CH.)|Côte de Brouilly not held (Brouilly is)|1
n|-|DOSE||CALVADOS DROUIN 15 ANS|Drouin 15 years not held|7
n|-|DOSE||JAMESON BLACK BARREL|Black Barrel not held (Jameson is)|7
n|-|DOSE||GIN MARE|not held|7
""".strip().splitlines()
