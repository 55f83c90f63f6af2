"""kds: the bar screen of the kitchen display system (bump log).

expect|key|measure|yyyy|text   or   n|-|measure|-|text|fam|reason
The text is the product's "screen name" as the bar manager typed it (lower-case ASCII,
22 characters at most); the vintage is the product variant's, printed after it.
"""
CASES = """
y|guigal_cdr_r|bt|2021|cdr guigal
y|guigal_cdr_r|bt|-|cotes rhone guigal
y|guigal_cdr_rs|bt|2023|cdr rose guigal
y|drouhin_pn|bt|2022|bourgogne pn drouhin
y|drouhin_pn|half|2022|bourgogne drouhin
y|bouchard_ch|bt|2022|bgne chardo bouchard
y|laroche_chab|bt|2021|chablis st martin
y|brocard_mont|bt|2020|chablis 1er brocard
y|faiveley_merc|bt|2019|mercurey faiveley
y|trapet_gev|bt|2020|gevrey trapet
y|trapet_gev|mag|2019|gevrey rossignol
y|latour_lugny|bt|2022|macon lugny latour
y|ferret_pf|bt|2021|pouilly fuisse ferret
y|rolet_trous|bt|2020|trousseau rolet
y|tissot_pouls|bt|2021|poulsard tissot vv
y|fruit_sav|bt|2018|savagnin fruitiere
y|baud_trad|bt|2022|cdj tradition baud
y|baud_jaune|clav|2016|vin jaune baud
y|bb_chalon|clav|2015|chateau chalon berthet
y|bb_paille|half|2018|vin de paille berthet
y|montb_etoile|bt|2020|etoile montbourgeau
y|rolet_cremant|bt|-|cremant jura rolet
y|rolet_cremrose|bt|-|cremant rose rolet
y|trimbach_ries|bt|2020|riesling trimbach
y|beyer_pg|bt|2020|pinot gris beyer
y|jab_jalets|bt|2020|crozes jalets
y|santaduc_gig|bt|2019|gigondas santa duc
y|vt_lacrau|bt|2019|chateauneuf la crau
y|vt_lacrau|mag|2018|cdp crau telegraphe
y|vt_telegramme|bt|2021|telegramme
y|cdrv_plan|bt|2021|plan de dieu
y|mirambeau_b|bt|2022|mirambeau blanc
y|cantemerle|bt|2016|cantemerle
y|corbin_desp|bt|2017|grand corbin despagne
y|filhot|half|2016|filhot
y|filhot|v|-|sauternes filhot
y|minuty_m|bt|2023|m minuty
y|drappier_cd|mag|-|drappier carte d or
y|drappier_cd|bt|-|champ drappier
y|lillet|d6|-|lillet
y|remy_vsop|dose|-|remy vsop
y|drouin_calva|dose|-|calva drouin
y|glenf12|dose|-|glenfiddich 12
y|sandeman|d6|-|porto ruby
y|badoit|c100|-|badoit
y|pellegrino|c50|-|san pellegrino
y|franche_ipa||-|franche ipa
a|guigal_cdr_r|bt|2018|cdr guigal rge
a|laroche_chab|bt|2023|chablis laroche
a|brocard_mont|bt|2019|chablis montmains
a|trapet_gev|bt|2021|gevrey chamb trapet
a|bart_mars|bt|2021|marsannay longeroies
a|rolet_trous|bt|2019|arbois trousseau
a|baud_jaune|clav|2015|vin jaune cdj baud
a|bb_chalon|clav|2017|chateau chalon
a|trimbach_ries|bt|2022|riesling trimb
a|vt_lacrau|bt|2017|vieux telegraphe crau
a|vt_telegramme|bt|2020|telegramme vt
a|corbin_desp|bt|2016|corbin despagne
a|cantemerle|bt|2019|chateau cantemerle
a|filhot|bt|2015|chateau filhot
a|santaduc_gig|bt|2020|gigondas
n|-||-|pave de boeuf|C|food
n|-||-|salade franc comtoise|C|food
n|-||-|morteau lentilles|C|food
n|-||-|fondue comtoise|C|food
n|-||-|tarte myrtilles|C|food
n|-||-|cafe|H|coffee
n|-||-|cafe gourmand|C|dessert with coffee
n|-||-|the menthe|H|tea
n|-||-|irish coffee|H|cocktail, not a library drink
n|-||-|colonel|C|sorbet with vodka, a dessert
n|-|v|-|vin du moment|R|generic
n|-||-|carafe d eau|F|tap water
n|guigal_cdr_b|half|-|cdr blanc guigal
n|laroche_chab|mag|-|chablis laroche
n|baud_trad|half|-|tradition baud
n|rolet_cremrose|mag|-|cremant rose
n|hugel_gewu|half|-|gewurz hugel
n|-|bt|-|gewurz vt hugel|B|vendange tardive not held
n|-|bt|-|chablis 1er fourchaume|B|Brocard's Montmains only
n|-|bt|-|cremant jura tissot|M|producer's other wine
n|-|bt|-|cdp blanc telegraphe|B|colour not held
n|-|bt|-|hermitage guigal|R|wine not held
n|-|bt|-|drappier brut nature|M|cuvée not held
n|-|bt|-|drappier rose|S|cuvée not held
n|-|bt|-|allees de cantemerle|R|second wine not held
n|-|bt|-|arbois|R|three Arbois held
n|-|bt|-|cremant|M|three crémants held
n|-|dose|-|kirsch|D|two kirsch held
n|-|dose|-|havana|D|two Havana Club held
n|-|d6|-|martini|A|two Martini held
n|-|dose|-|vodka|D|two vodkas held
n|-||-|gin tonic|D|mixed drink
n|-|dose|-|get 31|D|not held (Get 27 only)
n|-||-|spritz|A|cocktail
n|-|v|-|vin chaud|R|mulled wine, not a library drink
"""
