"""serveur: the waiters' handheld in the dining room (the buttons as typed).

`key|measure|vintage|text` or `-DEPT|measure|vintage|text|reason`; the app adds
the measure in words with "de"/"d'", the four-digit vintage and the price.
"""
CASES = """
ficelle_rg|B|2023|ficelle rouge
resspe_rg|B|2021|st-pourçain réserve spéciale
resspe_rg|H|2021|réserve spéciale st-p
nebout_bl|B|2022|st-pourçain blanc nebout
berioles_rg|B||bérioles rouge
volcane|B|2020|volcane miolanne
volcane|M|2020|volcane
chanturgue|B|2020|chanturgue st-verny
sauvat_boudes|B|2020|boudes sauvat
montel_chgay|B||châteaugay montel
cros_sang|B|2022|lo sang del païs
cros_sang|H|2022|sang del païs
cros_vv|B|2019|marcillac vv du cros
vallon_marc|B|2022|marcillac vallon
cedre|B|2016|cèdre cahors
cedre|M|2016|cèdre
cedre_her|H|2021|cèdre héritage
probus|B|2015|probus triguedina
triguedina|B|2019|clos triguedina
coutale|B||coutale
lagrezette|B|2017|lagrézette
hauteserre|B|2018|haute-serre
guigal_bl|B|2022|guigal blanc
graillot|B|2021|crozes graillot
deschants|B|2020|st-jo deschants
telegraphe|B|2019|vieux télégraphe
chasse|B|2017|chasse-spleen
chasse|M|2015|chasse-spleen
meyney|B|2016|meyney
tourdeby|B||tour de by
corbin|B|2017|grand corbin-despagne
floridene|B|2022|floridène
coutet|H|2016|coutet barsac
coutet|G|2016|coutet
drappier_cdo|B||champagne drappier carte d'or
drappier_cdo|H||drappier carte d'or
drappier_rs|B||drappier rosé de saignée
langlois|B||crémant langlois
sixgrapes|G||porto six grapes
remy_xo|D||rémy xo
magloire|D||calva père magloire
lagavulin16|D||lagavulin 16 ans
verv_jaune|D2||verveine jaune
prune|D||vieille prune roque
chateldon|B||châteldon
volvic|S100||volvic
# vintages the library does not hold
ficelle_rg|B|2021|ficelle rouge
resspe_rg|B|2020|st-pourçain réserve spéciale
volcane|B|2019|volcane miolanne
chanturgue|B|2019|chanturgue st-verny
cros_sang|M|2022|lo sang del païs
cedre|B|2017|cèdre cahors
probus|B|2018|probus
telegraphe|B|2017|vieux télégraphe
chasse|B|2016|chasse-spleen
tourdeby|B|2020|château la tour de by
meyney|B|2015|meyney
graillot|B|2022|crozes-hermitage graillot
deschants|B|2019|saint-joseph deschants
coutet|B|2015|château coutet
sauvat_boudes|H|2020|boudes sauvat
# formats the library does not hold
meyney|H|2016|meyney
telegraphe|M|2018|vieux télégraphe
cros_vv|H|2021|marcillac vv du cros
drappier_rs|H||drappier rosé
# no drink of the library
-CU|||truffade|dish
-CU|||aligot saucisse|dish
-CU|||pounti|dish
-CU|||salade cantalienne|dish
-CU|||plateau de fromages d'auvergne|cheese
-CU|||pièce de salers 300g|Salers beef, a dish, not the gentiane
-CU|||tripoux|dish
-CU|||coupe glacée auvergnate|dessert
-CH|||café|coffee
-CH|||infusion verveine du velay|herbal tea, not the liqueur
-DI|||droit de bouchon|corkage
-DI|||menu enfant|menu
-VI|B||vin du mois|generic
-VI|P50||côtes d'auvergne rouge|several red Côtes d'Auvergne held, the label does not say which
-VI|B||cahors|six Cahors held, the label does not say which
-VI|B|2021|marcillac|four Marcillacs held, the label does not say which
-VI|B||cèdre blanc|Château du Cèdre's white not held (reds only)
-VI|B|2020|the new black wine triguedina|Clos Triguedina's The New Black Wine not held
-VI|B||chasse-spleen blanc|Chasse-Spleen white not held
-VI|B||l'héritage de chasse-spleen|Chasse-Spleen's second wine not held
-VI|B|2020|condrieu guigal|Guigal's Condrieu not held
-VI|B||drappier brut nature|Drappier Brut Nature not held
-VI|B||côtes-du-rhône rosé guigal|Guigal rosé not held
-AL|D||rémy 1738|Rémy Martin 1738 not held
-AL|D||lagavulin 8 ans|Lagavulin 8 not held (only the 16)
-AL|D||armagnac hors d'âge|no hors d'âge armagnac held (Laubade VSOP only)
-AL|D2||liqueur de châtaigne|not held
-AP|G||kir royal|cocktail
-AP|G||vin chaud|mulled wine
-AP|D||gentiane maison|home-made gentian, not a held brand
-SO|||carafe d'eau|tap water
-SO|S100||evian|Evian not held
"""
