"""Counter register (comptoir): what the barman keyed. y/a/n|drink key or -|measure|vintage typed|text
[|reason|export family] -- text as the barman wrote the key, the till prints it (ASCII capitals, 18 columns)."""
CASES = """
y|madone|GLASS|23|FLEURIE MADONE
y|madone|P50|22|FLEURIE MADONE
y|chaize|GLASS|22|BROUILLY CHAIZE
y|lapierre|GLASS|23|MORGON LAPIERRE
y|lapierre|P25||MORGON LAPIERRE
y|combe|P50|23|BEAUJOLAIS VILLAGES JADOT
y|cdrguigal|GLASS|21|CDR GUIGAL
y|cdrguigal|P50|20|CDR GUIGAL
y|cdrguigal|P25||CDR ROUGE GUIGAL
y|launes|GLASS|21|CROZES LES LAUNES
y|moutoncadet|G15||MOUTON CADET
y|tourdeby|GLASS|19|CH TOUR DE BY
y|laforetr|GLASS|22|BOURG PINOT LAFORET
y|granges|GLASS|22|CHINON GRANGES
y|granges|P50||CHINON BAUDRY
y|villeneuve|GLASS|21|SAUMUR CHAMP VILLENEUVE
y|hortus|GLASS|22|BERGERIE HORTUS
y|gendres|P25|21|TR DES GENDRES
y|stmartin|GLASS|22|CHABLIS ST MARTIN
y|stmartin|G15|21|CHABLIS LAROCHE
y|vacheronb|GLASS|23|SANCERRE BL VACHERON
y|vacheronr|GLASS|21|SANCERRE RGE
y|clearay|GLASS|23|MUSCADET CLERAY
y|clearay|P50|22|MUSCADET CLERAY
y|trimbachries|GLASS|21|RIESLING TRIMBACH
y|lugny|GLASS|22|MACON LUGNY
y|felines|GLASS|23|PICPOUL
y|tariquet|P25|23|TARIQUET
y|tariquet|GLASS||TARIQUET CLASSIC
y|minuty|GLASS|23|M DE MINUTY
y|minuty|P50|23|MINUTY
y|aqueria|GLASS|23|TAVEL AQUERIA
y|whispering|GLASS||WHISPERING ANGEL
y|durban|GLASS|21|MUSCAT BEAUMES
y|taittinger|GLASS||TAITTINGER BRUT
y|langlois|GLASS||CREMANT LOIRE
y|k1664|DEMI||1664
y|k1664|PINTE||1664 BLONDE
y|leffeb|DEMI||LEFFE
y|grimamb|PINTE||GRIMB AMBREE
y|guinness|PINTE||GUINNESS
y|pelforth|DEMI||PELFORTH
y|coqvsop|DOSE||CALVA COQ VSOP
y|coqfine|DOSE||CALVA COQ FINE
y|ricard|D2||RICARD
y|pastis51|D2||PASTIS51
y|coca|C33||COCA
a|madone|GLASS|21|FLEURIE MADONE
a|chaize|GLASS|23|BROUILLY CHAIZE
a|lapierre|GLASS|22|MORGON LAPIERRE
a|cdrguigal|GLASS|22|CDR GUIGAL
a|combe|GLASS|22|BJLS VILL JADOT
a|launes|P50|22|CROZES LAUNES
a|granges|GLASS|23|CHINON GRANGES
a|stmartin|GLASS|23|CHABLIS LAROCHE
a|vacheronb|P50|21|SANCERRE BLANC
a|clearay|GLASS|24|MUSCADET CLERAY
a|tariquet|GLASS|24|TARIQUET
a|minuty|GLASS|24|MINUTY
a|felines|P25|22|PICPOUL FELINES
a|hortus|P50|23|HORTUS
a|aqueria|GLASS|22|TAVEL
n|-|NONE||CAFE|coffee|8
n|-|NONE||DECA|coffee|8
n|-|NONE||GRD CREME|coffee|8
n|-|NONE||CHOCOLAT|hot drink|8
n|-|NONE||THE MENTHE|tea|8
n|-|GLASS||VIN DU MOMENT|generic wine of the day|9
n|-|P50||ROUGE MAISON|generic house red|1
n|-|NONE||KIR|mixed drink|6
n|-|NONE||KIR NORMAND|mixed drink (cider and cassis)|6
n|-|DEMI||PANACHE|mixed drink (beer and lemonade)|5
n|-|DEMI||MONACO|mixed drink (beer, lemonade, grenadine)|5
n|-|NONE||DIABOLO MENTHE|mixed soft|8
n|k1664|C33||1664
n|leffeb|C33||LEFFE BLONDE
n|chouffe|DEMI||CHOUFFE
n|duvel|PINTE||DUVEL
n|-|DEMI||HOEGAARDEN|beer not held|5
n|-|PINTE||AFFLIGEM|beer not held|5
n|-|DEMI||BIERE DU MOMENT|generic beer of the moment|5
n|-|DOSE||CALVA MAISON|generic house calvados|7
n|-|DOSE||CALVA COQ 12A|Coquerel 12 years not held (Fine, VSOP, XO are)|7
n|-|DOSE||CALVA DROUIN XO|Drouin XO not held (Sélection, Hors d'Age are)|7
n|-|DOSE||GLENFIDDICH 18A|Glenfiddich 18 not held (12 is)|7
n|-|DOSE||HAVANA ESPECIAL|Havana Club Especial not held (3 and 7 years are)|7
n|-|DOSE||HENNESSY XO|Hennessy XO not held (VS is)|7
n|-|GLASS||CHABLIS FOURCHAUME|Chablis 1er cru Fourchaume not held (Vaillons is)|2
n|-|GLASS||CDR BLANC|white Côtes du Rhône not held (red and rosé are)|2
n|whispering|MAG||WHISPERING ANGEL
n|nerthe|HALF||CH LA NERTHE
n|-|NONE||CROQUE MONSIEUR|food|9
n|-|NONE||FRITES|food|9
n|-|NONE||TEURGOULE|food (rice pudding)|9
n|-|NONE||SIROP A L EAU|syrup and water|8
n|-|C33||COCA CHERRY|Coca-Cola Cherry not held|8
n|-|C25||SCHWEPPES AGRUMES|Schweppes Agrumes not held (Indian Tonic is)|8
""".strip().splitlines()
