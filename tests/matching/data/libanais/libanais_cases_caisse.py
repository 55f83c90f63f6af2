"""What the owner programmed on the bar register (`caisse`).

`key|measure|yy|LATIN|arabic|alt`: the drink, the measure (see libanais_tills), the
vintage's two digits or nothing, the Latin text between the measure word and the size or
vintage (a `*` marks the word that tells the drink from its held siblings), the Arabic
name (empty: the button's usual name from libanais_tills.ARABIC), and what the label
means if the 24-column cut takes the marked word off (`=key`, or `none:reason`).
`-|measure|yy|LATIN|arabic|reason` is a product that is no drink of the library.
"""

CASES = r"""
kef_ch|btl|18|CH KFRAYA *RGE||
kef_ch|btl|17|CH KFRAYA *RGE||
kef_ch|mag|16|CH KFRAYA||
kef_comte|btl|17|KFRAYA COMTE DE M||
kef_comte|btl|15|KFRAYA COMTE DE M||
kef_comte|mag|14|COMTE DE M||
kef_bret|glass|22|KFRAYA BRETECHES||
kef_bret|car50|21|KFRAYA BRETECHES||
kef_myst|glass|23|MYST KFRAYA *RSE||=kef_myst
kef_comtesse|btl|19|KFRAYA COMTESSE DE M||
kef_vissi|btl|21|KFRAYA VISSI D ARTE||
mas_colo|btl|22|MASSAYA COLOMBIER||
mas_colo|glass|23|MASSAYA COLOMBIER||
mas_gold|btl|17|MASSAYA GOLD RES||
mas_gold|mag|16|MASSAYA GOLD RES||
mas_blanc|glass|23|MASSAYA *BLC||
mas_rose|car25|24|MASSAYA *RSE||
ix_alt_r|glass|20|IKSIR ALTITUDES *RGE||none:colour cut off, Altitudes held in three colours
ix_alt_r|btl|18|IKSIR ALT *RGE||
ix_alt_r|half|20|IKSIR ALT *RGE||
ix_alt_b|car50|24|IKSIR ALT *BLC||
ix_alt_rs|glass|24|IKSIR ALT *RSE||
ix_gr|btl|18|IKSIR GR RESERVE *RGE||=ix_gr
ix_gr|mag|16|IKSIR GR RESERVE||
ix_el|btl|17|EL IKSIR||
st_ch|btl|19|CH ST THOMAS||
st_ch|btl|18|CH ST THOMAS||
st_emirs|btl|20|ST THOMAS LES EMIRS||
st_obeidy|glass|23|ST THOMAS OBEIDY||
st_gourm|glass|24|ST THOMAS GOURMETS *RSE||=st_gourm
wa_cedres|half|18|WARDI CEDRES||
wa_cedres|btl|17|WARDI LES CEDRES||
wa_obeidi|glass|22|WARDI OBEIDI||
wa_priv|btl|19|WARDI PRIVATE SELECTION||
mar_ch_r|mag|15|CH MARSYAS *RGE||
mar_ch_b|glass|21|CHATEAU MARSYAS *BLANC||=mar_ch_b
mar_bqa|btl|21|BQA MARSYAS||
tou_r|btl|21|DOM TOURELLES *RGE||
tou_r|mag|19|TOURELLES *RGE||
tou_b|glass|23|DOMAINE TOURELLES *BLC|دومين توريل|none:colour cut off, Domaine des Tourelles held in three colours
tou_beys|btl|18|MARQUIS DES BEYS||
tou_cins|glass|21|TOURELLES VV CINSAULT||
baal_r|mag|18|DOM BAAL *RGE||
bv_ren|btl|16|BELLE VUE RENAISSANCE||
p45_r|glass|22|PARALLELE 45 *RGE||
p45_r|car50|20|P45 *RGE||
p45_rs|glass|24|P45 *RSE||
ld_chablis|glass|22|CHABLIS LONG DEPAQUIT||
ld_chablis|half|21|CHABLIS L DEPAQUIT||
margui|glass|24|CH MARGUI *RSE||
abele_brut|coupe||ABELE *BRUT||
abele_rose|btl||ABELE *ROSE||
arak_brun|70||ARAQ BRUN||
arak_brun|20||ARAQ BRUN||
arak_brun|dose||ARAQ BRUN||
arak_mas|35||ARAQ MASSAYA||
arak_ix|70||ARAK IKSIR||
arak_ga|20||ARAQ GANTOUS||
arak_ga|70||ARAQ GANTOUS A RAAD||
oranj|dose||ORANJALINE TOURELLES||
almaza|demi||ALMAZA PRESSION||
almaza|pinte||ALMAZA||
parisis_bl|pinte||PARISIS BLANCHE||
citron|only||CITRONNADE MENTHE||
laziza|33||LAZIZA||
sohat|150||SOHAT||
-|-||HOMMOS|حمص|food
jallab|only||JALLAB||
-|-||TABOULE|تبولة|food
-|-||FATTOUCH|فتوش|food
-|-||CHAWARMA POULET|شاورما دجاج|food
-|-||FALAFEL X6|فلافل|food
-|-||MECHOUI MIXTE|مشاوي مشكلة|food
-|-||KNEFE|كنافة|dessert
-|-||CAFE LIBANAIS|قهوة|coffee
-|-||CAFE BLANC|قهوة بيضاء|orange-blossom infusion, no drink of the library
-|-||NARGUILE POMME|أركيلة تفاحتين|service (water pipe)
-|glass||ROUGE LIBANAIS|نبيذ أحمر لبناني|generic: many Lebanese reds held
-|car50||BLANC MAISON|نبيذ أبيض|generic house white
-|dose||ARAQ|عرق|arak alone: four araks held
-|20||ARAQ|عرق|arak alone: two araks held in 20 cl
-|demi||PRESSION|بيرة|draught alone: two beers on tap
-|coupe||CHAMPAGNE|شمبانيا|champagne alone: two champagnes held
-|btl|19|BEKAA RGE|نبيذ البقاع أحمر|appellation alone: many Bekaa reds held
-|glass||BATROUN RGE|نبيذ البترون أحمر|appellation alone: three Ixsir reds held
-|btl|21|MASSAYA RGE|مسايا أحمر|producer without cuvée: three Massaya reds held
-|glass|23|IKSIR ALTITUDES|إكسير ألتيتود|cuvée without colour: Altitudes held in three colours
-|btl|21|DOM TOURELLES|توريل|domaine without colour: held in three colours and several cuvées
-|btl|17|CH MARSYAS|شاتو مرسياس|château without colour: held in red and white
-|btl||PARALLELE 45|باراليل ٤٥|cuvée without colour: Parallèle 45 held in three colours
-|glass|22|OBEIDY|عبيدي|grape alone: two Obeidy whites held (St Thomas, Wardy)
-|btl|19|KFRAYA BLC|كفريا أبيض|producer and colour: two Kefraya whites held
-|btl|21|IKSIR GR RESERVE BLC|إكسير غراند ريزيرف أبيض|another colour: Grande Réserve held in red only
-|btl|19|MASSAYA CAP EST|مسايا كاب إست|another cuvée of Massaya, not held
-|btl|20|ST THOMAS PINOT NOIR|مار توما بينو نوار|another cuvée of St Thomas, not held
-|btl|23|DOM BAAL RSE|دومين بعل روزيه|another colour: Domaine de Baal held in red and white
-|btl|21|CH MARGUI RGE|شاتو مارغي أحمر|another colour: Margüi held in rosé only
-|btl|22|LES EMIRS BLC|لي زمير أبيض|another colour: Les Emirs held in red only
-|70||ARAQ TOUMA|عرق توما|arak not held
-|70||ARAQ KFRAYA|عرق كفريا|arak not held (Kefraya's wines are)
-|33||ALMAZA LIGHT|ألمازة لايت|another beer of Almaza, not held
-|33||COCA COLA|كوكا كولا|soft not held
-|-||ARAQ CITRON MENTHE|عرق بالليمون والنعناع|mixed drink
-|-||MOJITO ARAQ|موهيتو عرق|cocktail
mas_gold|half|18|MASSAYA GOLD RES||
ix_alt_r|mag|20|IKSIR ALT *RGE||
l961_lager|pinte||961 LAGER||
arak_ix|20||ARAQ IKSIR||
sohat|100||SOHAT||
ix_gr|btl|17|IKSIR GR RESERVE *RGE||=ix_gr
"""
