"""z: the dining-room till's printed Z report, sales by article.

`key|measure|vintage|text` or `-DEPT|measure|vintage|text|reason`; the text is
the back-office article name; the report prints the quantity, the designation
(name + four-digit vintage) cut at 24 columns, the unit code and the amount.
"""
CASES = """
ficelle_bl|B|2023|FICELLE BLANC
ficelle_rg|G|2023|FICELLE ROUGE
ficelle_rg|B|2022|ST-POURÇAIN FICELLE RGE
resspe_rg|B|2021|RÉSERVE SPÉCIALE RGE
nebout_rs|B|2024|ST-POURÇAIN NEBOUT ROSÉ
berioles_rg|G|2021|DOM. BÉRIOLES ROUGE
bellevue_tres|B|2023|TRESSALLIER BELLEVUE
volcane|G|2020|CTES D'AUV. VOLCANE
miolanne_bl|G|2023|CTES D'AUV. MIOLANNE BLC
chanturgue|G|2021|CHANTURGUE ST-VERNY
sv_rose|B|2024|CTES D'AUV. ST-VERNY ROSÉ
sauvat_boudes|P50|2020|BOUDES SAUVAT
montel_chgay|P50|2022|CHÂTEAUGAY MONTEL
cros_sang|B|2023|MARCILLAC LO SANG DEL PAÏS
cros_sang|G|2022|LO SANG DEL PAÏS
laurens_pr|B|2022|MARCILLAC LAURENS PIERRES
vallon_marc|G|2022|MARCILLAC CAVE DU VALLON
fel_bl|B|2023|ENTRAYGUES DOM. DU FEL
cedre_her|B|2022|CAHORS LE CÈDRE HÉRITAGE
triguedina|G|2019|CLOS TRIGUEDINA
coutale|H|2021|CLOS LA COUTALE
lagrezette|B|2017|CH. LAGRÉZETTE
guigal_rg|B|2020|CDR GUIGAL ROUGE
guigal_rg|H|2021|CDR GUIGAL ROUGE
aqueria|B|2024|TAVEL CH. D'AQUÉRIA
tourdeby|B|2018|CH. LA TOUR DE BY
corbin|B|2017|CH. GRAND CORBIN-DESPAGNE
floridene|G|2022|GRAVES FLORIDÈNE BLC
drappier_cdo|M||CHAMP. DRAPPIER CARTE D'OR
drappier_cdo|CP||CHAMP. DRAPPIER CARTE D'OR
langlois|CP||CRÉMANT DE LOIRE LANGLOIS
salers|D||GENTIANE SALERS
aveze|D||GENTIANE AVÈZE
martini_rs|D||MARTINI ROUGE
lillet_bl|G||LILLET BLANC
verv_verte|D||VERVEINE DU VELAY VERTE
remy_vsop|D||COGNAC RÉMY MARTIN VSOP
jack|D||WHISKY JACK DANIEL'S
havana3|D||RHUM HAVANA CLUB 3 ANS
get27|D||GET 27
kro|PI||PRESSION KRONENBOURG
grim_bl|PI||PRESSION GRIMBERGEN BLONDE
milvus_bl|DE||PRESSION MILVUS BLONDE
blanc1664|S25||1664 BLANC
leffe_bl|S33||LEFFE BLONDE
chouffe|S33||LA CHOUFFE
pago_or|S20||JUS PAGO ORANGE
volvic|S100||VOLVIC
# vintages the library does not hold
ficelle_bl|G|2022|FICELLE BLANC
berioles_rg|B|2023|BÉRIOLES ROUGE
sauvat_boudes|B|2021|BOUDES SAUVAT
cros_vv|B|2020|DU CROS VV
cedre|G|2019|LE CÈDRE
probus|B|2017|PROBUS
coutale|B|2020|CLOS LA COUTALE
guigal_rg|G|2022|CDR GUIGAL ROUGE
telegraphe|B|2020|VIEUX TÉLÉGRAPHE
chasse|B|2018|CH. CHASSE-SPLEEN
corbin|B|2015|GD CORBIN DESPAGNE
floridene|B|2021|FLORIDÈNE BLANC
montel_chgay|B|2023|CHÂTEAUGAY MONTEL
cedre_her|B|2020|CÈDRE HÉRITAGE
# formats the library does not hold
meyney|M|2016|CH. MEYNEY
cedre_her|M|2022|CÈDRE HÉRITAGE
triguedina|H|2019|CLOS TRIGUEDINA
milvus_amb|DE||PRESSION MILVUS AMBRÉE
kro|S33||KRONENBOURG
blanc1664|PI||PRESSION 1664 BLANC
coca|S100||COCA-COLA
# no drink of the library
-CU|||TRUFFADE|dish
-CU|||ALIGOT|dish
-CU|||CANTAL ENTRE-DEUX|cheese
-CU|||SAINT-NECTAIRE FERMIER|cheese
-CU|||PÂTÉ AUVERGNAT|food
-CU|||FOURME D'AMBERT|cheese
-CU|||MENU DU JOUR|menu
-CU|||MENU TERROIR|menu
-CH|||CAFÉ EXPRESSO|coffee
-CH|||THÉ / INFUSION|tea
-DI|||DROIT DE BOUCHON|corkage
-DI|||ACOMPTE GROUPE|deposit
-VI|P50||VIN ROUGE MAISON|generic house wine
-VI|G||VIN BLANC MAISON|generic house wine
-VI|B||CAHORS CUVÉE MAISON|house Cahors, not a held wine
-VI|B|2019|CH. DU CÈDRE GC|Château du Cèdre's GC not held
-VI|B|2020|BOUDES SAUVAT BLANC|Sauvat's white Boudes not held (red only)
-VI|B||VIEUX TÉLÉGRAPHE BLANC|Vieux Télégraphe white not held
-VI|B||PRIEUR DE MEYNEY|Meyney's second wine not held
-VI|CP||CHAMP. DRAPPIER GRANDE SENDRÉE|Drappier Grande Sendrée not held
-AP|G||KIR AUVERGNAT|cocktail
-AL|D||RHUM HAVANA CLUB ESPECIAL|Havana Club Especial not held
-AL|D||WHISKY ABERLOUR A'BUNADH|Aberlour A'bunadh not held (only the 12)
-AL|D||COGNAC RÉMY MARTIN 1738|Rémy Martin 1738 not held
-AL|D||ARMAGNAC LAUBADE XO|Laubade XO not held (VSOP only)
-AL|D||CALVA PÈRE MAGLOIRE XO|Père Magloire XO not held (VSOP only)
-SO|S33||JUS DE POMME AUVERGNE|generic apple juice, none held
-SO|S100||EVIAN|Evian not held
-SO|||SIROP À L'EAU|syrup
"""
