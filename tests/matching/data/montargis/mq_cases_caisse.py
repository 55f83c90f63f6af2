"""Main till (caisse): what the owner keyed, one product a line:
want|drink key (or -family for no drink of the library)|measure|vintage typed|text typed|reason.
The till prints a measure prefix, the text in ASCII capitals, the vintage as 2 digits, and
cuts the whole line at 24 columns."""
CASES = """
y|baronnes|BT|2022|SANCERRE BARONNES
y|baronnes|B37||SANC BARONNES
y|baronnes|MAG|2020|SANC BARONNES
y|baronnes|GL||SANC BL BARONNES
y|baronnes_rg|BT|2020|SANCERRE RG BOURGEOIS
y|bourgeoise|BT|2019|SANC BOURGEOISE
y|vacheron|G15||SANCERRE VACHERON
y|angelots|BT|2023|POUILLY FUME ANGELOTS
y|mardon|GL||QUINCY MARDON
y|trotereau|BT|2021|QUINCY TROTEREAU
y|pelle|BT|2022|MENETOU PELLE
y|lafond|BT||REUILLY ROSE LAFOND
y|corbillieres|P50||TOURAINE SAUV
y|corbillieres|B37|2023|TOURAINE CORBILL
y|marionnet|GL||TOURAINE GAMAY MARIONNET
y|huet|BT|2019|VOUVRAY HUET
y|joguet|BT|2022|CHINON JOGUET
y|joguet|P25||CHINON JOGUET TERROIR
y|baudry|BT|2022|CHINON BAUDRY GRANGES
y|rochesneuves|BT|2021|SAUMUR CHAMP RCH NEUVES
y|butte|BT|2020|BOURGUEIL BUTTE
y|briords|BT|2022|MUSCADET BRIORDS
y|forges|B50||LAYON FORGES
y|langlois|FL||CREMANT LOIRE LANGLOIS
y|villargeau_rg|BT|2022|GIENNOIS RGE VILLARGEAU
y|fiacre|P50||ORLEANS ROUGE ST FIACRE
y|salvard|BT|2023|CHEVERNY SALVARD
y|mirambeau_rg|BT|2019|MIRAMBEAU RGE
y|cantemerle|MAG|2016|CH CANTEMERLE
y|lanessan|BT|2017|CH LANESSAN
y|fombrauge|BT|2019|CH FOMBRAUGE
y|foillard|BT|2021|MORGON FOILLARD
y|chignard|GL||FLEURIE CHIGNARD
y|guigal_rg|P25||COTES RHONE GUIGAL
y|guigal_rg|B37|2021|CDR GUIGAL
y|cayron|BT|2019|GIGONDAS CAYRON
y|vf_rs|P50||VIEILLE FERME ROSE
y|moet|CP||MOET IMPERIAL
y|moet|MAG||MOET IMP BRUT
y|clicquot|BT||VEUVE CLICQUOT
y|kro|DEMI||KRONENBOURG
y|grimbergen|PINTE||GRIMBERGEN
y|chimay|BT||CHIMAY BLEUE
y|ricard|DOSE||RICARD
y|p51|DOSE||51 PASTIS
y|glenfiddich|DOSE||GLENFIDDICH 12A
y|remy|DOSE||COGNAC REMY VSOP
y|get27|DOSE||GET27
y|coca|BT||COCA
y|evian|B50||EVIAN
a|baronnes|BT|2023|SANCERRE BARONNES
a|angelots|BT|2021|POUILLY ANGELOTS
a|trotereau|BT|2022|QUINCY TROTEREAU
a|huet|BT|2020|VOUVRAY HUET
a|joguet|BT|2019|CHINON JOGUET
a|pelle|BT|2023|MENETOU PELLE
a|mirambeau_rg|BT|2021|MIRAMBEAU RGE
a|cantemerle|BT|2017|CH CANTEMERLE
a|fombrauge|BT|2018|CH FOMBRAUGE
a|foillard|BT|2023|MORGON COTE PY
a|guigal_rg|BT|2019|CDR GUIGAL
a|telegraphe|BT|2018|CNDP TELEGRAPHE
a|moet_gv|BT|2012|MOET GRD VINTAGE
a|graillot|BT|2022|CROZES GRAILLOT
a|chaize|BT|2021|BROUILLY CHAIZE
n|-cuisine|||ENTRECOTE FRITES|food
n|-cuisine|||PAVE DE SANDRE|food
n|-cuisine|||CROTTIN CHAVIGNOL|food (a Sancerre goat cheese)
n|-cuisine|||MENU DU JOUR|food
n|-cuisine|||GLACE PRALINE MAZET|food (Montargis praline)
n|-chaud|||CAFE|coffee
n|-chaud|||DECA|coffee
n|-chaud|||CHOCOLAT CHAUD|hot drink
n|-service|||DROIT BOUCHON|service (corkage)
n|-vin|GL||ROUGE MAISON|generic house wine
n|-vin|P50||ROSE DU MOMENT|generic wine of the moment
n|-vin|BT||VIN DU MOIS|generic wine of the month
n|-vin|BT||SANCERRE ROSE|no Sancerre rosé held
n|-vin|BT||POUILLY FUISSE|appellation not held (not Pouilly-Fumé)
n|-vin|BT|2021|CHABLIS 1ER CRU|appellation not held
n|-vin|GL||BEAUJOLAIS NOUVEAU|primeur not held
n|-vin|BT||CDR ROSE GUIGAL|Guigal's rosé not held
n|-vin|BT|2020|SANCERRE D ANTAN|Henri Bourgeois's other cuvée, not held
n|-champagne|BT||TAITT COMTES CHAMP|Taittinger's other cuvée, not held
n|-vin|BT||CHINON ROSE JOGUET|Joguet's rosé not held
n|forges|BT||LAYON FORGES
n|joguet|MAG|2020|CHINON JOGUET
n|moet_rs|B37||MOET ROSE
n|filhot|BT|2015|CH FILHOT
n|leffe|PINTE||LEFFE
n|-spiritueux|DOSE||GLENFIDDICH 15A|age not held (12 years only)
n|-spiritueux|DOSE||WHISKY|generic spirit
n|-spiritueux|DOSE||PASTIS|generic pastis (two brands held)
n|-autre|||KIR|cocktail, no cassis held
n|-bière|||MONACO|beer cocktail
n|-bière|DEMI||PANACHE|shandy, mixed drink
n|-soft|||FANTA ORANGE|soft not held
n|-soft|||SIROP MENTHE|generic syrup
n|-bière|||CORONA|beer not held
n|-spiritueux|DOSE||MIRABELLE|eau-de-vie not held (only the pear)
"""
