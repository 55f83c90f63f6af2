"""P: the waiters' handheld in the dining room. key|measure|vintage|text or
-|measure|vintage|text|reason. The till renders: lower case, no accents, dots, cut at 24."""
CASES = """
minuty_prestige|btl|2022|minuty prestige rs
minuty_prestige|g||minuty prestige rs
minuty_prestige_b|btl|2023|minuty prestige blanc
minuty_roseor|btl|2023|minuty rose et or
symphonie|btl|2023|ste marguerite symphonie
symphonie|mag|2022|symphonie
fantastique|btl||ste marguerite fantastique
confidentielle|btl|2022|figuiere confidentielle
marie_christine|mag|2022|aumerade marie christine
marie_christine|g15||aumerade m christine
bregancon|btl|2023|bregancon cru classe
bregancon_res|btl|2019|bregancon reserve rge
tempier_rs|btl|2023|tempier rose
tempier_rg|btl|2021|tempier rouge
tempier_rg|g||tempier rouge
pibarnon_rg|btl|2018|pibarnon rouge
pibarnon_rs|btl||pibarnon rose
begude|btl|2023|begude rose
pradeaux|btl|2017|ch pradeaux
bastide_blanche|btl||bastide blanche rose
magdeleine|half|2023|clos ste magdeleine
magdeleine|btl|2022|ste magdeleine cassis
magdeleine|g||cassis magdeleine
fontcreuse|btl||fontcreuse cassis
bagnol|g15||bagnol cassis
guigal_cdr|btl|2020|guigal cdr
guigal_cdr|car50||guigal cotes du rhone
belleruche|btl||chapoutier belleruche
telegraphe|btl|2019|vieux telegraphe
jalets|btl||jaboulet jalets
st_cosme|btl|2020|gigondas st cosme
taittinger|mag||taittinger brut
taittinger|cp||taittinger brut
taittinger_rs|btl||taittinger rose
langlois|btl||cremant langlois
ricard|dose||ricard
bardouin|dose||bardouin
casanis|dose2||casanis
hennessy|dose||hennessy vs
glenfiddich12|dose||glenfiddich 12ans
havana7|dose||havana 7
k1664|demi||1664
grimbergen|pinte||grimbergen
leffe|btl||leffe
badoit|b100||badoit
pellegrino|b100||san pelle
minuty_prestige|btl|2021|minuty prestige rs
tempier_rg|btl|2019|tempier rouge
tempier_rs|btl|2022|tempier rose
pibarnon_rg|btl|2020|pibarnon rouge
bregancon_res|btl|2021|bregancon reserve rge
guigal_cdr|btl|2022|guigal cdr
telegraphe|btl|2020|vieux telegraphe
pradeaux|btl|2018|ch pradeaux
magdeleine|btl|2024|ste magdeleine cassis
jalets|btl|2022|jaboulet jalets
st_cosme|btl|2021|gigondas st cosme
belleruche|btl|2023|chapoutier belleruche
begude|btl|2024|begude rose
fontcreuse|btl|2022|fontcreuse cassis
bagnol|btl|2024|bagnol cassis
-|x||cafe|coffee
-|x||deca|coffee
-|x||the menthe|tea
-|x||bouillabaisse|food
-|x||supions frits|food
-|x||loup grille|food
-|x||tarte tropezienne|food
-|x||aioli|food
-|x||menu enfant|food
-|x||droit bouchon|corkage, a service
-|x||seau glace|an ice bucket, a service
-|g||rose maison|generic house rosé
-|car50||rose maison|generic house rosé
-|car25||blanc|generic white
-|g||bandol rouge|three Bandol reds held
-|btl||cassis blanc|three Cassis whites held
-|dose||pastis|generic pastis
-|demi||blonde|generic draught, two draught beers held
-|x||kir royal|a cocktail naming a held champagne
-|x||mauresque|a mixed drink
-|x||tomate|a mixed drink
-|x||gin tonic hendricks|a mixed drink naming a held gin
-|x||cuba libre|a cocktail
tempier_rs|mag||tempier rose
minuty_prestige|half||minuty prestige
pibarnon_rg|mag||pibarnon rouge
bregancon|mag||bregancon
taittinger|half||taittinger brut
leffe|pinte||leffe
-|btl||tempier la migoua|a Tempier cuvée not held
-|btl||tempier cabassaou|a Tempier cuvée not held
-|btl||pibarnon blanc|a colour of Pibarnon not held
-|btl||pradeaux rose|a colour of Pradeaux not held
-|btl||guigal cdr blanc|a colour of Guigal's Côtes du Rhône not held
-|dose||glenfiddich 18ans|an age not held
-|dose||hennessy xo|a grade not held
-|btl||taittinger comtes|Comtes de Champagne, not held
"""
