"""caisse: the counter register of the bar (zinc).

One product a line: `key|measure|vintage|TEXT|extra`.  key is a drink of
normandie_drinks.py or `-` for a product that is no drink of the library (then
extra is the reason).  The till prints the measure code first, the text in
ASCII capitals, the vintage as two digits, and cuts the line at 21 columns.
When the cut takes a whole word of the name off, extra declares how the label
reads as it stands: `alt:KEY` or `alt:-` (none).
"""

SPECS = """
tl_md||2023|SANCERRE MONTS DAMNES
tl_md|glass|2022|MONTS DAMNES
tl_auth|glass||SANCERRE RG
favray||2023|POUILLY FUME FAVRAY
gadais|glass||MUSCADET
gadais|mag|2022|MUSCADET GADAIS
grille|mag|2015|CHINON GRILLE
pallus_r|pich50|2022|MESSANGES RG
targe|half|2020|TARGE
pichot_ds||2020|VOUVRAY DEMI SEC
soucherie|glass|2018|LAYON SOUCHERIE
soucherie|b50|2020|COTEAUX LAYON
pichot_sec|pich25||VOUVRAY SEC
grenelle|coupe||CREMANT GRENELLE
grenelle_rs|coupe||CORAIL
lanessan|mag|2010|LANESSAN
chap_potensac||2018|CHAPELLE POTENSAC
sales||2015|CH DE SALES POMEROL
tertre|mag|2012|CH DU TERTRE
sigalas|glass||SAUTERNES
ldq_chablis|glass|2023|CHABLIS LONG DEPAQUIT
picq|glass|2022|CHABLIS VV PICQ
saumaize||2021|POUILLY FUISSE SAUMAIZE
pillot_r||2020|CHASSAGNE RG PILLOT
esmonin_vv||2018|GEVREY VV ESMONIN
chamirey_b|glass||MERCUREY BL
bdc_gr|coupe||BEAUMONT GDE RES
bdc_gr|mag||BEAUMONT GDE RESERVE
bdc_rose|coupe||BEAUMONT ROSE
bdc_fleur||2015|FLEUR DE PRESTIGE
fourny|coupe||FOURNY BDB
pj_20|dose||CALVA PERE JULES 20A|alt:-
pj_10|dose||PERE JULES 10A
tt_xo|dose||TOUTAIN XO
pj_fine|cl2||PERE JULES FINE
tt_vr|dose||TOUTAIN VIEILLE RES|alt:tt_vr
lau_12|dose||CALVA 12A
lau_mill|dose|1992|LAURISTON
lau_mill|dose|1990|LAURISTON MILL
lau_mill|dose|1987|CALVA LAURISTON|alt:-
huard_15|dose||CALVA HUARD
mtr_20|cl2||MONTREUIL 20A
ognoas|dose||ARMAGNAC OGNOAS XO|alt:ognoas
pj_pommeau|cl6||POMMEAU PERE JULES
mtr_pommeau|b70||POMMEAU MONTREUIL
pj_brut|bolee||CIDRE PERE JULES
pj_brut|pich50||CID PERE JULES
grd_brut|b33||CIDRE GRANDOUET
grd_ds|b75||DEMI SEC GRANDOUET
grd_poire|b75||POIRE GRANDOUET
huard_poire|b75||POIRE DOMFRONT
mtr_cbm|b75||CAMBREMER
tt_doux|bolee||CIDRE DOUX TOUTAIN
lie_blonde|demi||PRE DE MA BLONDE
lie_blonde|pinte||LA LIE
lie_conte|b33||CONTE FLEURETTE
cambrousse|pinte||CAMBROUSSE
northmaen|b33||YGGDRASILL
grd_jus|b100||JUS POMME GRANDOUET
grille||2017|CH DE LA GRILLE
grille|glass|2020|CHINON GRILLE
lanessan||2017|CH LANESSAN
lanessan|mag|2015|LANESSAN
potensac||2015|CH POTENSAC
sales||2010|CH DE SALES
tertre||2014|CH DU TERTRE
ldq_chablis||2021|CHABLIS L DEPAQUIT
saumaize|glass|2019|AMPELOPSIS
esmonin_vv||2016|GEVREY ESMONIN VV
pavelot||2018|DOMINODE PAVELOT
bdc_fleur||2013|FLEUR DE PRESTIGE
lau_mill|dose|1980|LAURISTON
sigalas|glass|2015|SIGALAS
targe||2021|CH DE TARGE
favray|glass|2021|PF FAVRAY
-|dose||CALVA|calvados with no house: fifteen calvados held
-|dose||TROU NORMAND|calvados poured on an apple sorbet between courses
-|glass||KIR NORMAND|cidre with crème de cassis, a mixed drink
-|||CAFE CALVA|coffee served with a calvados
-|||TEURGOULE|dessert
-|dose||PERE JULES|Le Père Jules named alone: four calvados grades held
-|dose||CALVA TOUTAIN|Toutain named alone: three calvados grades held
-|dose||PERE JULES 15A|age not held (Le Père Jules: Fine, 10 and 20 ans, Hors d'Âge)
-|dose||TOUTAIN FINE|grade not held (Toutain: VSOP, XO, Vieille Réserve)
-|dose||HUARD HDA|grade not held (Michel Huard: 15 ans only)
-|dose||CALVA 20A|two 20-year calvados held (Le Père Jules, Manoir de Montreuil)
-|dose||CALVA HDA|three Hors d'Âge held (Père Jules, Lauriston, Grandouet)
-|dose||PAYS D AUGE|appellation alone: eight Calvados Pays d'Auge held
-|dose||POIRE WILLIAMS|Poire Williams is a pear eau-de-vie, not held, and no poiré
-|cl6||POMMEAU|two pommeaux held (Le Père Jules, Manoir de Montreuil)
-|bolee||CIDRE|generic cider: five ciders (and three poirés) held
-|bolee||POIRE|three poirés held
-|b75||GRANDOUET DOUX|style not held (Grandouet: Brut and Demi-Sec)
-|b75||TOUTAIN BRUT|style not held (Toutain cider: Doux only)
-|b75||CIDRE GRANDOUET|Grandouet held in Brut and Demi-Sec in 75 cl
pj_brut|b33||CIDRE PERE JULES
lie_conte|pinte||CONTE FLEURETTE
cambrousse|b33||CAMBROUSSE
-|demi||PRESSION|two beers on draught
-|b33||LA LIE|three La Lie beers held in 33 cl
-|glass||ROUGE DU MOMENT|generic
-|pich25||BLANC MAISON|generic
-|glass||CHABLIS|two Chablis held (Long-Depaquit, Picq)
-|glass||SANCERRE BL|two white Sancerres held (Thomas-Labaille, Chotard)
-||2022|CHINON|appellation alone: two red Chinons held
-||2017|HAUT MEDOC|appellation alone: two Haut-Médoc held
-||2020|MERCUREY|Château de Chamirey held in red and white
-||2020|PILLOT CHASSAGNE|Paul Pillot's Chassagne held in red and white
-||2021|CHAMIREY RS|colour not held (Chamirey: red and white)
-||2022|VOUVRAY PICHOT|two Vouvrays of Pichot held (Sec, Demi-Sec)
-||2019|CALECHES LANESSAN|Lanessan's second wine not held
-|coupe||BEAUMONT|Beaumont des Crayères: three cuvées held
-|coupe||DE SOUSA|De Sousa: two cuvées held
-|coupe||CHAMPAGNE|generic
pillot_r|half|2020|CHASSAGNE RG
grille|half|2019|CH DE LA GRILLE
-|glass||CALVA TONIC|mixed drink
"""
SPECS = list(SPECS.strip().splitlines())
