"""comptoir: the counter register (bar and PMU corner). One button a line:
FAM|key|measure|vintage|text|reason   (key '-' = no drink of the library; reason says why).
The register adds FAM., the measure key, the two-digit vintage, and cuts at 20 columns."""
CASES = """
VIN|bibrouge|P50||SAUMUR ROUGE|
VIN|bibrouge|P25||SAUMUR RGE|
VIN|bibrouge|G||SAUMUR RGE|
VIN|bibrose|P50||CAB SAUMUR|
VIN|bibrose|G||CAB SAUMUR ROSE|
VIN|bibblanc|P25||BLANC CAVE|
VIN|bibblanc|G||BLC CAVE SAUMUR|
VIN|cleray|G|2023|CLERAY|
VIN|cleray|G||MUSCA CLERAY|
VIN|cabanjou|G|2023|CAB ANJOU|
VIN|rosanjou|G||ROSE ANJOU|
VIN|passav|G||ANJOU ROUGE PASSAV|
VIN|villchamp|G15|2021|CHAMP VILLEN|
VIN|rneuves|G|2022|TERRES CHAUDES|
VIN|baudry|G|2022|CHINON BAUDRY|
VIN|baudryrose|G||CHINON ROSE|
VIN|minuty|G||M MINUTY|
VIN|ogereau|G||SPILITE|
BUL|flamme|CP||FLAMME|
BUL|veuve|CP||VEUVE CLICQUOT|
BUL|flammerose|CP||CREMANT ROSE|
BIE|kro|DE||KRO|
BIE|kro|PI||KRONENBOURG|
BIE|leffe|DE||LEFFE|
BIE|hoeg|PI||HOEGAARDEN|
BIE|mhkeg|DE||MONT HARDI BLONDE|
BIE|mh33|C33||HARDI BLONDE|
BIE|mhambree|O||MONT HARDI AMBREE|
BIE|duvel|O||DUVEL|
BIE|kro25|C25||KRO|
CID|pressbrut|C33||CIDRE BRUT|
CID|theilbrut|B||BRUT THEIL|
CID|pommeau|D||POMMEAU|
APE|ricard|D2||RICARD|
APE|p51|D2||51|
APE|mbianco|D||MARTINI BL|
APE|picon|D||PICON|
APE|sandruby|G||PORTO RUBY|
ALC|pmvsop|D||CALVA VSOP|
ALC|jack|D||JACK|
ALC|glen12|D||GLENF 12|
ALC|havana7|D||HAVANA 7|
ALC|baileys|D2||BAILEYS|
SOF|coca|O||COCA|
SOF|orangina|O||ORANGINA|
SOF|vittel|C50||VITTEL|
SOF|schweppes|O||SCHWEPPES|
VIN|cleray|G|2021|CLERAY|
VIN|briords|G|2020|BRIORDS|
VIN|cabanjou|G|2021|CAB ANJOU|
VIN|rneuves|G|2021|TERRES CH|
VIN|baudry|G|2020|BAUDRY|
VIN|closel|G|2022|JALOUSIE|
VIN|grosplant|G|2022|GROSPLANT|
VIN|passav|G|2020|PASSAVANT|
VIN|minuty|G|2022|MINUTY|
VIN|villchamp|P25|2019|VILLEN RG|
VIN|huet|G|2021|HAUT LIEU|
VIN|vachblanc|G|2021|SANC BL|
VIN|laroche|G|2020|CHABLIS|
VIN|chaize|G|2021|BROUILLY|
BUL|saphir|CP|2018|SAPHIR|
VIN|-|G||ROUGE|generic glass of red
VIN|-|P50||ROSE|generic pichet of rosé
VIN|-|G||MUSCADET|three Muscadets held, no producer
VIN|-|G||SAUMUR CHAMPIGNY|three Saumur-Champigny held, no producer
VIN|-|G||SAVENNIERES|two Savennières held, no producer
VIN|-|G||BOURGUEIL|Bourgueil not held (Saint-Nicolas-de-Bourgueil is another appellation)
VIN|-|G||VIN DU MOMENT|generic
BUL|-|CP||CHAMPAGNE|three champagnes held, no house
APE|-|N||KIR|cocktail
APE|-|N||KIR ROYAL|cocktail
APE|-|D2||PASTIS|two pastis held, no brand
APE|-|D||MARTINI|two Martinis held, no colour
BIE|-|N||PICON BIERE|mixed drink
BIE|-|DE||PANACHE|mixed drink
BIE|leffruby|DE||LEFFE RUBY|
BIE|duvel|DE||DUVEL|
BIE|-|PI||1664|not held
BIE|-|DE||LEFFE BRUNE|colour not held
BIE|kro|C33||KRO|
BIE|-|DE||BIERE DU MOMENT|generic
CHD|-|N||CAFE|hot drink
CHD|-|N||GD CREME|hot drink
CHD|-|N||CHOCOLAT|hot drink
CHD|-|N||IRISH COFFEE|cocktail
SNK|-|N||CROQUE MONSIEUR|food
SNK|-|N||SANDWICH JAMBON BEURRE|food
SNK|-|N||TARTINE RILLETTES|food
SOF|-|N||SIROP A L EAU|syrup
SOF|-|N||DIABOLO MENTHE|syrup and lemonade
SOF|coca|C50||COCA|
SOF|orangina|C33||ORANGINA|
ALC|-|D||GLENF 18|age not held
ALC|-|D||HAVANA ESPECIAL|grade not held
ALC|-|D||CALVA HORS D AGE|grade not held
ALC|-|D||REMY XO|grade not held
DIV|-|N||COURRIER MAYENNE|newspaper
DIV|-|N||PARIS TURF|newspaper
"""
