"""What the staff ring on the bar's old register (`bar`).  One line a product:
expected|key|measure|yy|text as programmed|reason.  key `-FAM` is no drink of the library
(FAM is the register family); the build renders the label and computes the answer."""

CASES = """
# Patrimonio by the glass and carafe, the family is the only colour word
y|lazr|gl|21|LAZZARINI
a|lazr|gl|20|LAZZARINI
y|lazb|gl|23|LAZZARINI
a|lazb|car25|21|LAZZARINI
y|lazs|gl|24|LAZZARINI
a|lazs|gl|22|LAZZARINI
y|pasr|gl|22|PASTRICCIOLA
a|pasr|gl|21|PASTRICCIOLA
y|pass|car50|24|PASTRICCIOLA
y|samr|gl|22|SANTAMARIA PATRIM
y|samr|car25|20|SANTAMARIA PATRIM
y|sams|car25|24|SANTAMARIA
a|gudr|gl|21|GIUDICELLI
y|catr|gl15|22|CATARELLI
n|-RG|gl|22|PATRIMONIO|an appellation alone: five Patrimonio reds are held
n|-RS|gl|24|MARFISI|Clos Marfisi rosé is not held (red and white only)
n|-BL|gl|23|CATARELLI|Catarelli blanc is not held (red and muscat only)
n|-RG|car50||ROUGE MAISON|generic house wine
n|-RS|car50||ROSE MAISON|generic house wine
n|-BL|gl||BLANC DU MOMENT|generic
# muscats: a glass of a 50 cl muscat pours from that bottle, of Catarelli from its 75 cl
y|lazm|gl|22|MUSC LAZZARINI
a|lazm|gl|23|MUSC LAZZARINI
y|lazm|b50|21|MUSC LAZZARINI
y|catm|gl|22|MUSC CATARELLI
a|catm|gl|21|MUSC CATARELLI
y|catm|half|22|MUSC CATARELLI
y|pasm|gl15|22|MUSC PASTRICCIOLA
n|-MU|gl||MUSCAT CAP CORSE|three Muscats du Cap Corse are held
# Ajaccio, Sartène, Calvi, Vin de Corse
y|ornr|gl|22|CLOS ORNASCA AJACCIO
y|orns|gl|24|CLOS ORNASCA
y|ornb|car50|23|CLOS ORNASCA
y|mars|gl|24|DOM MARTINI
a|mars|gl|22|DOM MARTINI
n|-RS|gl|24|AJACCIO|three Ajaccio rosés are held
y|myrs|gl|24|MYRTUS SANT ARMETTU
y|rutr|gl|20|RUTILU ARMETTU
a|rutr|gl|21|RUTILU ARMETTU
y|rutr|mag|19|RUTILU ARMETTU
a|rutr|mag|20|RUTILU ARMETTU
a|orss|gl|22|ORSINI CALVI
a|bcr|gl|19|BOIS DU CERF
y|bcr|half|21|BOIS DU CERF
n|-RS|gl|24|BOIS DU CERF|Le Bois du Cerf rosé is not held (Vico's rosé is Domaine Vico Rosé)
a|petr|gl|22|PETRONI
n|lazr|demi|21|LAZZARINI
n|pass|half|24|PASTRICCIOLA
# continental whites and bubbles
a|chas|gl|20|CHABLIS SERVIN
y|lalg|cp||LALLIER GDE RESERVE
y|lalg|half||LALLIER GDE RES
y|lals|cp||LALLIER ROSE
n|-BU|cp||LALLIER BDB|a Lallier cuvée not held
y|delb|cp||DELAMOTTE BRUT
n|-BU|cp||COUPE CHAMPAGNE|generic
n|-CK|||KIR ROYAL|a mixed drink
# aperitifs, liqueurs, spirits
y|mtb|6cl||CAP MATTEI BLANC
y|mtr|6cl||CAP MATTEI ROUGE
n|-AP|6cl||CAP CORSE|two Cap Corse Mattei are held
y|mab|6cl||MARTINI BIANCO
n|-AP|6cl||MARTINI|Martini Bianco and Rosso both held
y|cas|2cl||CASANIS
n|-AP|2cl||PASTIS|two pastis held
y|ape|dose||APEROL
n|-CK|||SPRITZ APEROL|a mixed drink
y|omy|dose||MYRTE ORSINI
y|mmy|dose||MYRTE MATTEI
n|-LQ|dose||MYRTE|two myrte liqueurs held
y|oce|dose||CEDRAT ORSINI
n|-LQ|dose||CEDRATINE MATTEI|Mattei's cédratine is not held
y|mch|dose||EDV CHATAIGNE MAVELA
n|-ED|dose||EDV MYRTE MAVELA|another eau-de-vie of Mavela
y|t10|dose||TALISKER 10A
y|t18|2cl||TALISKER 18A
n|-ED|dose||TALISKER 25A|an age not held
y|rmv|dose||REMY VSOP
n|-ED|dose||REMY 1738|a Rémy Martin not held
n|-CK|||GIN TONIC HENDRICKS|a mixed drink
# beers: draught rings under PR, bottles under BI
y|pie|demi||PIETRA
y|pie|pinte||PIETRA
y|pie|b33||PIETRA
y|col|demi||COLOMBA
y|col|b33||COLOMBA
y|ser|pinte||SERENA
y|ser|b33||SERENA
n|ser|b75||SERENA
n|ich|pinte||ICHNUSA
y|ich|b33||ICHNUSA
n|-PR|demi||PANACHE|a mixed drink
n|-PR|pinte||MONACO|a mixed drink
# waters and softs
y|ore|b100||OREZZA
y|ore|b50||OREZZA
n|ore|b33||OREZZA
y|per|||PERRIER
y|coz|||COCA ZERO
n|-SO|||COCA CHERRY|not held
y|sct|||SCHWEPPES TONIC
n|-SO|||SCHWEPPES|two Schweppes held
n|-SO|||JUS ORANGE PRESSE|not held
n|-SO|||SIROP A L EAU|not held
# coffee, food, services
n|-CA|||CAFE|coffee
n|-CA|||CAPPUCCINO|coffee
n|-CU|||CROQUE MONSIEUR|food
n|-CU|||ASSIETTE CHARCUTERIE|food
n|-CU|||BEIGNETS BROCCIU|food
n|-DV|||CORSE MATIN|a newspaper
"""
