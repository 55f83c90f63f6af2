"""bons: the bar printer's log of the orders sent from the dining-room handhelds.

`key|measure|vintage|text|extra` as in normandie_cases_caisse.py; measure `-`
is a dish or a service (no measure word).  The printer adds the table and the
time before the text, the vintage as 'yy and the measure word after it, and
sometimes a send modifier after ` >> `.
"""

SPECS = """
tl_md|glass15|2023|sancerre les monts damnés
tl_md||2022|monts damnés thomas-labaille
tl_auth||2022|sancerre rouge l'authentique
chotard||2023|sancerre chotard
favray|pich50|2023|pouilly-fumé ch. de favray
grille|glass|2018|chinon château de la grille
pallus_rs|glass15||messanges rosé
targe|pich25|2022|saumur-champigny targé
pichot_ds|glass|2020|vouvray demi-sec pichot
soucherie|b50|2018|coteaux du layon soucherie
grenelle_rs|coupe||crémant rosé corail
lanessan|half|2016|château lanessan
lanessan||2019|lanessan haut-médoc
chap_potensac|glass|2018|chapelle de potensac
chamirey_r||2020|mercurey rouge chamirey
dominique|glass15|2014|la dominique st-émilion
sigalas|half|2015|sigalas-rabaud sauternes
sigalas|glass||sauternes sigalas
ldq_chablis|glass|2022|chablis long-depaquit
ldq_moutonne||2017|chablis grand cru la moutonne
saumaize|glass|2020|pouilly-fuissé ampelopsis
pillot_b|half|2020|chassagne-montrachet blanc
pavelot|glass|2017|savigny 1er la dominode
esmonin_vv|mag|2015|gevrey esmonin vv
esmonin_csj||2016|gevrey 1er clos st-jacques esmonin
bdc_gr|half||beaumont des crayères grande réserve
bdc_gr|coupe||grande réserve beaumont
bdc_fleur|coupe|2012|fleur de prestige
desousa_trad|||de sousa brut tradition
pj_20|dose||calva père jules 20 ans
pj_fine|dose||père jules fine
lau_hda|dose||lauriston hors d'âge
lau_mill|dose|1998|lauriston millésime
tt_vsop|cl2||toutain vsop
huard_15|dose||michel huard 15 ans
mtr_20|dose||manoir de montreuil 20 ans
ognoas|dose||bas-armagnac ognoas xo
grd_fine|dose||grandouet fine
pj_pommeau|cl6||pommeau père jules
pj_brut|bolee||cidre père jules
pj_poire|b75||poiré père jules
grd_brut|bolee||cidre grandouet brut
grd_ds|pich50||cidre demi-sec grandouet
huard_poire|bolee||poiré huard
mtr_cbm|pich50||cru de cambremer
lie_blonde|pinte||au pré de ma blonde
lie_blonde|b33||pré de ma blonde
cambrousse|demi||la cambrousse
wandrille|b33||bière de st-wandrille
grd_jus|b100||jus de pomme grandouet
evian|b100||evian
chateldon|b75||châteldon
tl_md|glass|2021|monts damnés
favray||2020|pouilly-fumé favray
grille||2016|château de la grille
pallus_r|glass|2023|messanges rouge
belair||2020|jour de soif bel air
targe|half|2019|château de targé
lanessan||2018|château lanessan
belgrave|glass|2019|belgrave
ldq_chablis||2024|chablis long-depaquit
pillot_b||2019|chassagne blanc pillot
esmonin_vv||2019|gevrey vv esmonin
bdc_fleur||2014|fleur de prestige beaumont
lau_mill|dose|1990|lauriston millésime
soucherie|glass|2019|layon soucherie
hbergey_r||2015|haut-bergey rouge
-|-||trou normand|apple sorbet with calvados, served between courses
-|-||tripes à la mode de caen|kitchen
-|-||sole normande|kitchen
-|-||camembert rôti au calva|kitchen
-|-||café calva|coffee served with a calvados
-|glass||kir normand|cidre with crème de cassis, a mixed drink
-|bolee||cidre maison|generic
-|pich50||cidre brut|generic: two ciders labelled brut held (Grandouet, Le Père Jules)
-|dose||calva hors d'âge|three Hors d'Âge held
-|dose||père jules|Le Père Jules named alone: four calvados grades held
-|dose||lauriston|Lauriston named alone: three calvados held
-|dose||calvados toutain 15 ans|age not held (Toutain: VSOP, XO, Vieille Réserve)
-|dose||père jules xo|grade not held (Le Père Jules: Fine, 10 and 20 ans, Hors d'Âge)
-|dose||montreuil hors d'âge|grade not held (Manoir de Montreuil: VSOP, 20 ans)
-|dose||grandouet 20 ans|age not held (Grandouet: Fine, Hors d'Âge)
-|cl6||pommeau|two pommeaux held
-|bolee||poiré|three poirés held
-|b75||cidre doux grandouet|style not held (Grandouet: Brut and Demi-Sec)
-|b75||père jules cidre doux|style not held (Le Père Jules: Brut)
grd_ds|b33||cidre demi-sec grandouet
-|bolee||poiré toutain|Toutain poiré not held
lie_quai|pinte||quai des brunes
-|demi||bière blonde|generic: two beers on draught
-|b33||seigneur des agneaux|beer of La Bièregerie not held
-|glass||rouge du moment|generic
-|glass||sancerre|three Sancerres held
-|glass|2022|chinon|appellation alone: two red Chinons and a rosé held
-||2016|haut-médoc|appellation alone: two Haut-Médoc held
-||2020|chassagne-montrachet pillot|Paul Pillot's Chassagne held in red and white
-||2021|mercurey chamirey|Château de Chamirey held in red and white
-||2022|pallus les pensées|Pallus cuvée not held
-||2020|thomas-labaille fleur de galifard|Thomas-Labaille cuvée not held
-||2022|sancerre l'authentique blanc|colour not held (L'Authentique: red only)
-||2021|vouvray moelleux pichot|style not held (Pichot: Sec, Demi-Sec)
-|coupe||beaumont des crayères|three Beaumont des Crayères cuvées held
-|coupe||champagne du moment|generic
-|coupe||bruno paillard|champagne house not held
esmonin_csj|mag|2016|clos st-jacques esmonin
chotard|half|2023|sancerre chotard
coca|b50||coca-cola
-|glass||calva tonic|mixed drink
"""
SPECS = list(SPECS.strip().splitlines())
