"""tablette: the waiters' tablet, programmed in Greek by the Greek-speaking floor staff.

One line a case: key|measure|vintage|text[|why] (see taverne_cases_caisse.py). The tablet
puts the Greek measure word and ' · ' before the product, and the vintage in four digits
after it; Greek producers are in the genitive (Σιγαλά, Μπουτάρη), French wines and
champagnes keep their Latin names from the supplier's list.
"""
CASES = r"""
sig_assyr|B|2021|Ασύρτικο Σιγαλά
sig_assyr|G|2022|Ασύρτικο Σιγαλά
sig_assyr|B|2024|Σιγαλάς Ασύρτικο
sig_assyr|H|2021|Ασύρτικο Σιγαλά
sig_kaval|G15|2021|Καβαλιέρος Σιγαλά
sig_vinsanto|B|2014|Βινσάντο Σιγαλά
sig_vinsanto|G|0|Βινσάντο Σιγαλά
gaia_thal|B|2022|Θαλασσίτης Γαία
gaia_thal|G|2024|Θαλασσίτης Γαία
gaia_wild|B|2021|Γαία Ασύρτικο Άγρια Ζύμωση
hatz_assyr|B|2022|Ασύρτικο Χατζηδάκη
hatz_assyr|B|2019|Χατζηδάκης Ασύρτικο Σαντορίνη
argy_vins12|G|0|Βινσάντο 12 ετών Αργυρού
gerov_mala|B|2023|Μαλαγουζιά Γεροβασιλείου
gerov_mala|G|2022|Μαλαγουζιά Γεροβασιλείου
gerov_mala|H|2022|Μαλαγουζιά Γεροβασιλείου
gerov_avaton|B|2018|Άβατον Γεροβασιλείου
bout_naoussa|M|2018|Μπουτάρη Νάουσα
bout_naoussa|M|2020|Νάουσα Μπουτάρη
bout_naoussa|C50|2019|Μπουτάρη Ξινόμαυρο Νάουσα
thym_yv|B|2021|Θυμιόπουλος Νέα Φυτά Ξινόμαυρο
thym_yv|G|2023|Θυμιόπουλος Νέα Φυτά
thym_es|B|2019|Γη και Ουρανός Θυμιόπουλου
ky_ramnista|G|2019|Ραμνίστα Κυρ-Γιάννη
ky_ramnista|M|2019|Ραμνίστα Κυρ-Γιάννη
ky_akakies|B|2023|Ακακίες Κυρ-Γιάννη ροζέ
ky_samaro|G|2022|Σαμαρόπετρα Κυρ-Γιάννη
alpha_hedge|B|2021|Κτήμα Άλφα Σκαντζόχοιρος Ξινόμαυρο
alpha_turtles|B|2022|Κτήμα Άλφα Χελώνες Μαλαγουζιά
karanika|B|0|Καρανίκα Brut
pavl_thema_r|B|2020|Θέμα ερυθρό Παυλίδη
pavl_thema_b|G|2023|Θέμα λευκό Παυλίδη
laz_amet_b|B|2023|Αμέθυστος λευκός Λαζαρίδη
laz_amet_r|G|2019|Αμέθυστος ερυθρός Λαζαρίδη
tsant_rapsani|B|2017|Ραψάνη Τσάνταλη
gaia_estate|B|2019|Κτήμα Γαία Αγιωργίτικο Νεμέα
gaia_estate|C25|2020|Γαία Αγιωργίτικο
gaia_1418|B|2023|Γαία 14-18 ροζέ
skour_sg|B|2020|Άγιος Γεώργιος Σκούρα Αγιωργίτικο
semeli_ngr|B|2016|Σεμέλη Νεμέα Γκραν Ρεζέρβα
tselepos_mant|G|2023|Μαντινεία Τσέλεπου Μοσχοφίλερο
papag_sav|G|2023|Σαββατιανό Παπαγιαννάκου
lyra_plyto|G|2022|Πλυτό Λυραράκη
achaia_mavro|B|0|Μαυροδάφνη Αχάια Κλάους
parpa_mavro|G|0|Μαυροδάφνη Παρπαρούση
malamatina|B|0|Ρετσίνα Μαλαματίνα
kech_kechribari|B|0|Κεχριμπάρι Κεχρή
gaia_ritinitis|G|0|Ρητινίτης Nobilis Γαία
hb_baronnes|B|2022|Sancerre Les Baronnes λευκό
triennes_rose|G|2024|Triennes ροζέ
drappier_rose|B|0|σαμπάνια Drappier Rosé de Saignée
drappier_co|M|0|σαμπάνια Drappier Carte d'Or
plomari|B70|0|Ούζο Πλωμαρίου
plomari|K20|0|Πλωμάρι
ouzo_mini|D4|0|Ούζο Μίνι
pitsiladi|K20|0|Ούζο Πιτσιλαδή
tsil_sans|K20|0|Τσίπουρο Τσιλιλή χωρίς γλυκάνισο
idoniko|D4|0|Τσίπουρο Ιδωνικό
metaxa5|D4|0|Μεταξά 5*
metaxa7|B70|0|Μεταξά 7*
skinos|D4|0|Μαστίχα Σκίνος
mythos|P50|0|Μύθος
fix|P25|0|Φιξ
fix_dark|B33|0|Φιξ Ντάρκ
loux_orange|B33|0|Λουξ πορτοκαλάδα
zagori|B50|0|Νερό Ζαγόρι
-|G|0|κρασί χύμα λευκό|generic bulk house wine
-|C50|0|χύμα κόκκινο|generic bulk house wine
-|G|0|Ρετσίνα|four retsinas held
-|D4|0|Ούζο|four ouzos held
-|K20|0|Τσίπουρο|three tsipouros held
-|D4|0|Μεταξά Private Reserve|a Metaxa not held
-|D4|0|Μεταξά 3*|a Metaxa not held (5, 7, 12 stars are)
-|D4|0|Ούζο 12|an ouzo not held
-|D4|0|Τσικουδιά|Cretan raki not held
-|B|2022|Ασύρτικο Σαντορίνη|several Santorini Assyrtikos held
-|B|2019|Ξινόμαυρο Νάουσα|several Naoussa Xinomavros held
-|B|2020|Αγιωργίτικο Νεμέα|two Nemea Agiorgitikos of 2020 held
-|B|2021|Μαυροτράγανο Σιγαλά|another wine of a held producer
-|B|2022|Μοσχοφίλερο Μπουτάρη|another wine of a held producer
-|B|2019|Κτήμα Άλφα Ξινόμαυρο Reserve Vieilles Vignes|another cuvée of a held producer
-|B|2023|Αμέθυστος ροζέ Λαζαρίδη|another colour of a held cuvée
-|B|2022|Κτήμα Γεροβασιλείου ερυθρό|a red of a producer whose only red is Avaton, not named
gaia_thal|H|2022|Θαλασσίτης Γαία
gerov_mala|M|2023|Μαλαγουζιά Γεροβασιλείου
alfa|P50|0|Άλφα
-|B33|0|Μύθος Ρεντ|another beer of a held brewery
-|B33|0|Άλφα Βάις|another beer of a held brewery
-|B33|0|Φιξ Άνευ|alcohol-free Fix not held
-|P25|0|μπίρα|generic draught, two beers on tap
-|U|0|Τζατζίκι|food
-|U|0|Χωριάτικη σαλάτα|food
-|U|0|Μουσακάς|food
-|U|0|Σουβλάκι χοιρινό|food
-|U|0|Σπανακόπιτα|food
-|U|0|Μπακλαβάς|food
-|U|0|Ελληνικός καφές διπλός|coffee
-|U|0|Φραπέ μέτριο με γάλα|coffee
-|U|0|Φρέντο εσπρέσο σκέτο|coffee
-|U|0|Κουβέρ|service
-|U|0|Τσάι του βουνού|mountain tea
-|G|0|κρασί ημέρας ροζέ|generic wine of the day
"""
