"""zinc: the bar's keyboard register. One line a key, as the owner programmed it.

key|measure|vintage|key text          (a drink of the library)
-FAM|measure|vintage|key text|reason   (no drink of the library; FAM is unused here)
The register adds nothing but the measure word in front and cuts the whole text at 16.
"""

CASES = """
cleray|G||MUSC CLERAY
cleray|P50||CLERAY
cleray|G|2023|CLERAY
penin|G||BDX SUP PENIN
penin|P25||PENIN
penin|P50||PENIN
penin|G|2021|PENIN
grisbl|G||GRIS BLANC
grisbl|P50||GRIS BLANC
grisbl|G|2022|GRIS BLANC
corbil|G||TOURAINE SAUV
janasse|G||CDR JANASSE
janasse|G|2021|JANASSE CDR
sancbl|G||SANC BL
sancbl|G|2022|SANC BL
sancrg|G||SANC RG
villen|G||CHAMPI VILLEN
aqueria|G||TAVEL AQUERIA
trinch|G||BOURGUEIL TRINCH
feuilb|CP||FEUILL BRUT
feuilr|CP||FEUILL ROSE
feuilb|B||FEUILL BRUT
lprose|CP||LP ROSE
saphir|CP||SAPHIR BOUVET
coreffb|DE||COREFF
coreffb|PI||COREFF BLONDE
kro|DE||KRO
kro|PI||KRO
grimb|DE||GRIMBERGEN
grimb|PI||GRIMB
coreffa|U||COREFF AMBREE
telenn|U||TELENN DU
hermine|U||BLANCHE HERMINE
raisbrut|C25||RAISON BRUT
raisdoux|B||RAISON DOUX
valrance|B||VAL DE RANCE
ricard|D2||RICARD
p51|D2||PASTIS 51
martbl|D6||MARTINI BL
pommeau|D6||POMMEAU
ruby|D6||PORTO RUBY
chivas|D||CHIVAS 12ANS
jack|D||JACK DANIELS
drouinv|D||CALVA VSOP
get27|D||GET27
chartv|D||CHARTREUSE VERTE
chartj|D||CHARTREUSE JAUNE
breizh|U||BREIZH COLA
evian|C50||EVIAN
granor|U||JUS ORANGE GRANINI
penin|G|2019|PENIN
cleray|G|2021|CLERAY
penin|P50|2022|PENIN
janasse|G|2020|JANASSE
aqueria|G|2022|TAVEL
corbil|G|2022|TOURAINE
huetsec|B|2021|HUET SEC
sancrg|G|2019|SANC RG
sancbl|G|2021|SANC BL
saphir|CP|2022|SAPHIR
graillr|G|2019|CROZES RG
penin|P25|2018|PENIN
grisbl|P50|2021|GRIS
trinch|G|2021|TRINCH
coreffa|DE||COREFF AMBREE
telenn|PI||TELENN DU
kro|C33||KRO
orangina|C33||ORANGINA
perrier|C100||PERRIER
feuilr|M||FEUILL ROSE
raisdoux|C25||RAISON DOUX
hermine|DE||BLANCHE HERMINE
-BL|G||BLANC|generic white, no wine named
-RG|G||ROUGE|generic red, no wine named
-RS|P50||ROSE|generic rosé pichet
-CID|P50||CIDRE|a pichet of cider: several ciders held, none named
-BUL|CP||CHAMPAGNE|generic coupe, two champagne houses held
-BIE|DE||PRESSION|generic draught, three draughts held
-BIE|PI||BLONDE|three blonde draughts held, none named
-BL|G||MUSCADET|appellation alone, two Muscadets held
-RG|G||VILLENEUVE|producer alone, two Villeneuve wines held
-RG|G||ANJOU ROUGE|Anjou rouge not held (Passavant's Cabernet d'Anjou is a rosé)
-APE|D2||PASTIS|pastis alone, Ricard and 51 held
-DIG|D||CALVA HORS D AGE|a calvados grade not held (Drouin VSOP and XO held)
-DIG|D||CHIVAS 18ANS|another age of a held whisky
-DIG|D||MARTELL XO|a cognac grade not held
-BIE|DE||LEFFE|beer not held
-BIE|PI||GUINNESS|beer not held
-APE|N||KIR|cocktail
-APE|N||KIR BRETON|cocktail (cassis and cider)
-BIE|N||PICON BIERE|mixed drink
-CHAUD|N||CAFE|coffee
-CHAUD|N||CHOCOLAT|hot drink
-CHAUD|N||CAFE CALVA|coffee with a calvados
-CUIS|N||CROQUE MONSIEUR|food
-CUIS|N||GALETTE SAUCISSE|food
-SOFT|N||SIROP MENTHE|syrup
-SOFT|N||DIABOLO GRENADINE|syrup and lemonade
-SOFT|U||JUS ABRICOT|a juice not held
-DIG|D||JACK HONEY|another Jack Daniel's
"""
