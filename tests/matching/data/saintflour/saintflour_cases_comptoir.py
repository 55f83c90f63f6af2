"""comptoir: the counter's keyboard register (what the owner keyed on each PLU).

One line a key: `key|measure|vintage|text` for a drink of the library, or
`-DEPT|measure|vintage|text|reason` for something that is no drink of it.
The till adds the department prefix, the measure key, the two-digit vintage and
cuts the line at 20 columns.
"""
CASES = """
ficelle_rg|G|2023|FICELLE RG
ficelle_rg|P50||FICELLE RG
ficelle_bl|G|2023|FICELLE BL
nebout_bl|G|2023|NEBOUT BL
nebout_rs|G|2024|NEBOUT ROSE
nebout_rs|P50|2024|NEBOUT RS
berioles_rg|G|2022|BERIOLES
bellevue_tres|G|2023|TRESSALLIER
volcane|G|2022|VOLCANE
volcane|P50|2020|VOLCANE MIOL
chanturgue|G15|2021|CHANTURGUE
sv_rose|P25|2024|ST VERNY RS
sauvat_boudes|G|2022|BOUDES
sauvat_boudes|H|2022|BOUDES SAUVAT
montel_chgay|G|2022|CHATEAUGAY
cros_sang|G|2023|MARCI SANG
cros_sang|M|2021|MARCI SANG
cros_vv|G|2021|MARCI VV CROS
laurens_pr|G|2022|PIERRES RGES
fel_bl|G|2023|ENTRAYGUES BL
cedre_her|G|2022|CEDRE HERITAGE
coutale|G|2022|COUTALE
coutale|H|2021|COUTALE
guigal_rg|G|2021|CDR GUIGAL
aqueria|G|2024|TAVEL
drappier_cdo|CP||DRAPPIER CARTE OR
drappier_rs|CP||DRAPPIER ROSE
langlois|CP||CREMANT LOIRE
salers|D||SALERS
aveze|D||AVEZE
ricard|D||RICARD
p51|D||PASTIS51
lillet_bl|G||LILLET
verv_verte|D2||VERVEINE VERTE
verv_jaune|D||VELAY JAUNE
aberlour12|D||ABERLOUR12
havana7|D||HAVANA7
kro|DE||KRO
kro|PI||KRO
grim_bl|DE||GRIM BLONDE
milvus_bl|PI||MILVUS BLONDE
milvus_bl|S33||MILVUS BLD
milvus_amb|S33||MILVUS AMBREE
coca|S33||COCA
orangina|S25||ORANGINA
volvic|S50||VOLVIC
styorre|S100||ST YORRE
tourtel|B||TOURTEL TWIST
# vintages the library does not hold
ficelle_rg|G|2021|FICELLE RG
nebout_bl|G|2024|NEBOUT BL
volcane|G|2021|VOLCANE
chanturgue|P50|2022|CHANTURGUE
sauvat_boudes|P50|2021|BOUDES
cros_sang|G|2024|MARCI SANG
cros_vv|P50|2020|MARCI VV
laurens_pr|P50|2023|LAURENS
coutale|P50|2023|COUTALE
guigal_rg|G|2022|CDR GUIGAL
aqueria|G|2023|TAVEL
sv_rose|G|2023|VERNY RS
berioles_rg|P25|2020|BERIOLES
montel_chgay|P50|2021|CHATEAUGAY
# formats the library does not hold
kro|S25||KRO
milvus_amb|DE||MILVUS AMBREE
grim_bl|S33||GRIM BLONDE
orangina|S33||ORANGINA
badoit|S50||BADOIT
drappier_rs|M||DRAPPIER ROSE
chasse|H|2015|CHASSE SPLEEN
# no drink of the library
-CH|||CAFE|coffee
-CH|||GRAND CREME|coffee
-CH|||CHOCOLAT CHAUD|hot chocolate
-CH|||INFUSION VERVEINE|herbal tea, not the Verveine du Velay liqueur
-CU|||TRUFFADE|dish
-CU|||ALIGOT SAUCISSE|dish
-CU|||PLANCHE CHARCUTERIE|food
-CU|||CROQUE CANTAL|food
-DI|||DROIT DE BOUCHON|corkage
-AP|||KIR VIN BLANC|cocktail, no cassis liqueur nor house white in the library
-AP|||KIR ROYAL|cocktail
-BI|||PICON BIERE|mixed drink, no Picon held
-BI|DE||PANACHE|shandy, a mixed drink
-BI|DE||MONACO|mixed drink
-BI|PI||GRIM ROUGE|Grimbergen Rouge not held (only the Blonde)
-BI|S33||LEFFE RUBY|Leffe Ruby not held (only the Blonde)
-SO|||SIROP MENTHE|syrup
-SO|S25||JUS ORANGE|generic juice, none held
-VI|G||VIN DU MOMENT|generic
-VI|G||ROUGE MAISON|generic house wine
-VI|P50||ROSE MAISON|generic house wine
-VI|G||CDR ROSE|Côtes-du-Rhône rosé not held (Guigal red and white only)
-VI|G||MARCILLAC|four Marcillacs held, the label does not say which
-VI|G||ST POURCAIN RG|three red Saint-Pourçains held, the label does not say which
-AL|D||ABERLOUR16|Aberlour 16 not held (only the 12)
-AL|D||HAVANA ESPECIAL|Havana Club Especial not held
-AL|D||CHARTR JAUNE|Chartreuse Jaune not held (only the Verte)
-AL|D||REMY VS|Rémy Martin VS not held (VSOP and XO)
-AL|D2||MIRABELLE|no mirabelle held
-AL|D||GET31|Get 31 not held (only Get 27)
"""
