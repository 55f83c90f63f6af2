"""SALLE: the dining-room waiters' handhelds. One sale a line:
expect|key|measure|vintage|catalogue short name|reason of a none."""
CASES = """
y|blaque_rg|B|21|pierrev blaque rg|
y|blaque_rg|B||pierrev blaque rouge|
y|blaque_bl|B|23|pierrev blaque bl|
y|blaque_rs|B|23|pierrev blaque rs|
y|regusse_rg|B|21|pierrev regusse rg|
y|regusse_rs|B37||pierrev regusse rs|
y|rousset_rg|B|21|pierrev rousset rg|
y|rousset_rg|G|19|pierrev rousset rg|
y|rousset_rs|B|24|pierrev ch rousset rs|
y|isolette_rg|B|18|lub isolette rg|
y|verrerie_bl|G|22|lub verrerie bl|
y|verrerie_bl|B||lub la verrerie blanc|
y|figuiere_magali|B|24|cdp figuiere magali|
y|aumerade_mc|B|24|cdp aumerade marie christine|
y|cadenet_rs|B||cdp ste victoire cadenet|
y|bas_alv_rg|B|20|aix ch bas alvernegue rg|
y|bas_alv_rs|B|24|aix ch bas rs|
y|masdame_rs|G|24|baux mas de la dame rs|
y|vannieres_rg|B|16|bandol vannieres rg|
y|vannieres_rg|B150|16|bandol vannieres rg|
y|pibarnon_rg|B|19|bandol pibarnon rg|
y|begude_rs|G|23|bandol begude rs|
y|fontcreuse_bl|B|23|cassis fontcreuse|
y|paternel_bl|B|24|cassis paternel|
y|paternel_bl|G||cassis paternel bl|
y|janasse_cdp|B|19|c9dp janasse|
y|janasse_cdp|B|20|c9dp janasse trad|
y|montredon_rg|B150|18|c9dp mont redon rg|
y|montredon_bl|B|22|c9dp mont redon bl|
y|donjon_rg|B|20|c9dp vieux donjon|
y|santaduc_hg|B|19|gigo santa duc hautes garrigues|
y|cayron_rg|B|21|gigo cayron|
y|monardiere_2m|B|21|vacq monardiere 2 monardes|
y|escaravailles_ponce|B|21|rasteau escaravailles la ponce|
y|perrin_res_rg|B37|22|cdr perrin reserve rg|
y|perrin_res_rg|G||cdr perrin rg|
y|janasse_cdr|B|21|cdr janasse|
y|fondreche_persia|B|21|vtx fondreche persia|
y|bernardins_mbv|B37||bdv bernardins|
y|lp_cuvee|B37||champ laurent perrier|
y|lp_mill|B|15|champ laurent perrier mill|
y|camus_vs|D||cognac camus vs|
y|magloire|D||calva pere magloire|
y|mette_poire|D||poire williams mette|
y|nikka_ftb|D||nikka from the barrel|
y|diplomatico|D||rhum diplomatico|
y|glenmo_lasanta|D||glenmorangie lasanta|
a|blaque_rg|B|19|pierrev blaque rg|
a|blaque_bl|B|24|pierrev blaque bl|
a|regusse_rg|B|20|pierrev regusse rg|
a|isolette_rg|B|20|lub isolette rg|
a|vannieres_rg|B|19|bandol vannieres rg|
a|vannieres_rg|B150|18|bandol vannieres rg|
a|pibarnon_rg|B|18|bandol pibarnon rg|
a|janasse_cdp|B|18|c9dp janasse|
a|montredon_rg|B|20|c9dp mont redon rg|
a|montredon_bl|B|23|c9dp mont redon bl|
a|donjon_rg|B|18|c9dp vieux donjon|
a|santaduc_hg|B|20|gigo santa duc|
a|cayron_rg|B|22|gigo cayron|
a|perrin_res_rg|B|23|cdr perrin reserve rg|
a|escaravailles_ponce|B|20|rasteau escaravailles|
n|-|B||c9dp rouge|three Châteauneuf reds held
n|-|B|20|c9dp clos des papes|not held
n|-|B|19|c9dp beaucastel|not held
n|-|B|20|gigo saint cosme|not held
n|montredon_bl|B150|22|c9dp mont redon bl|no magnum of the white
n|pibarnon_rg|B37|19|bandol pibarnon rg|no half of Pibarnon
n|-|B|23|bandol pibarnon rs|Pibarnon held in red only
n|-|B|18|bandol rg|two Bandol reds held
n|-|B||cassis bl|two Cassis whites held
n|-|B||tavel rs|two Tavels held
n|-|B||cdr rouge|two Côtes du Rhône reds held
n|-|B|24|pierrev rs|four Pierrevert rosés held
n|-|G||pierrev rg|three Pierrevert reds held
n|-|B|23|lub isolette bl|Isolette held in rosé and red only
n|-|B|21|vacq montirius|not held
n|-|B||vtx pesquier|not held
n|-|B||champ ruinart|not held
n|-|D||cognac|two cognacs held: generic
n|-|D||camus xo|another age of a held cognac
n|-|D||glenmorangie 18|another age of a held whisky
n|-|D||armagnac|not held
n|-|D||limoncello|not held
n|-|D||chartreuse verte|not held
n|-|X||cafe|coffee
n|-|X||the menthe|hot drink
n|-|X||infusion verveine|hot drink
n|-|X||daube provencale|food
n|-|X||agneau de sisteron|food
n|-|X||tian de legumes|food
n|-|X||fromage banon|food
n|-|X||tarte au citron|food
n|-|X||menu enfant|food
n|-|X||droit de bouchon|service
n|-|P50||vin rouge maison|house wine, generic
n|-|X||carafe d eau|tap water
"""
