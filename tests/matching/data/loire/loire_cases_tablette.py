"""What the waiters' tablet (tablette) prints.

key|measure|year|text for a drink of the library, -|measure|year|text|reason
for a product that is none: text is the button as typed (lower case, accents,
words dotted or glued); the build adds 'yy, the measure word and the price.
"""

SPECS = r"""
# --- Muscadet
tourmaline||2022|muscadet dom.de.la.tourmaline
tourmaline|v|2023|tourmaline gadais
tourmaline|c25|2020|muscadet tourmaline
tourmaline|mag|2023|tourmaline
plantation|v||plantation1947
-||2022|muscadet sèvre-et-maine sur lie|an appellation alone: two Muscadets held
-||2021|gadais les.avineaux|another cuvée of Gadais (Les Avineaux), not held
# --- Anjou blanc, Savennières
boud_anjou|v||anjou.blanc t.boudignon
boud_anjou|mag|2022|boudignon anjou blanc
boud_hutte|v15|2021|clos.de.la.hutte
-||2022|boudignon anjou rouge|a red of Boudignon, not held
morgat_fides||2018|savennières fidès e.morgat
morgat_litus|v||litus morgat
-|v||savennières|an appellation alone: three Savennières held
souch_perrieres|v15||clos des perrières soucherie
-||2019|meursault perrières|a Burgundy (Meursault Perrières), not held; shares a word with Clos des Perrières
souch_chaume|v|2016|soucherie chaume 1er cru
souch_chaume|b75|2017|chaume soucherie
-||2018|ch.soucherie|Château Soucherie: five wines held, the label names none of them
# --- Aubance, Brissac, Cabernet d'Anjou, Layon
montgilet_avb|c25||dom.de.montgilet brissac
montgilet_schistes|b50|2015|montgilet les3schistes
montgilet_schistes|v|2017|aubance trois.schistes
escog_cab|c50|2023|cab.anjou escogriffe
escog_cab|v||cabernet d'anjou
escog_cremant|cp||crémant escogriffe
-||2018|juchepie le clos|another wine of Juchepie (Le Clos, a dry Anjou), not held
bellerive|b50|2016|quarts-de-chaume
bellerive|half|2018|bellerive
# --- Saumur
targe_trad||2021|saumur-champigny ch.de.targé tradition
targe_trad|c50|2022|targé tradition
targe_ferry|v15||cuvée ferry
-||2019|targé quintessence|another cuvée of Targé (Quintessence), not held
sanzay_paterne||2021|sanzay la.paterne
targe_fresnettes|v||les fresnettes targé
sanzay_poyeux|mag|2019|poyeux sanzay
-||2021|sanzay la.haye.dampierre|another cuvée of Sanzay (La Haye Dampierre), not held
-|v||saumur-champigny|an appellation alone: four Saumur-Champigny held
grenelle_saumur|cp||saumur brut grenelle
grenelle_saumur|mag||grenelle grande.cuvée
-|cp||crémant de loire|an appellation alone: three crémants held
# --- Chinon, Bourgueil, Saint-Nicolas
pallus_messanges|c25|2022|messanges
pallus_pensees|v|2016|pensées de pallus
-||2022|dom.de.pallus chinon|Domaine de Pallus: two Chinons held
-||2022|chinon blanc pallus|a white of Pallus, not held
ldb_chesnaies|half|2021|chesnaies lamé-delisle-boucard
ldb_vv|v|2015|bourgueil vv lamé
ldb_prestige||2011|bourgueil cuvée.prestige
-||2021|bourgueil rosé lamé.delisle|a rosé of Lamé Delisle Boucard, not held
taluau_vv||2018|st.nicolas.de.bourgueil taluau
taluau_vv|v||st-nicolas vieilles vignes
-||2020|vieilles vignes|two wines held named Vieilles Vignes (Lamé Delisle Boucard, Taluau)
# --- Vouvray, Montlouis
font_sec||2021|vouvray sec fontainerie
font_sec|v|2023|fontainerie sec
font_demisec|v|2020|vouvray demi-sec fontainerie
font_brut|||vouvray brut fontainerie
-||2022|vouvray fontainerie|Fontainerie: four Vouvrays held, the label names no style
bredif|v||brédif vouvray
-||2020|vouvray|an appellation alone: five Vouvrays held
tiphaine|v15|2022|grange.tiphaine clefdesol
# --- Sancerre, Pouilly-Fumé
delaporte_maxime|v||cuvée maxime delaporte
delaporte_blanc|half|2023|sancerre chavignol delaporte
delaporte_rouge|v|2020|sancerre rouge delaporte
delaporte_maxime|half|2021|delaporte maxime
-|v||sancerre blanc|an appellation alone: two white Sancerres held
-||2020|delaporte cul.de.beaujeu|another red Sancerre of Delaporte (Cul de Beaujeu), not held
cail_cris||2021|pouilly-fumé les.cris cailbourdin
cail_boisfleury|v|2021|boisfleury cailbourdin
rambarde|v||la rambarde landrat
-||2021|cailbourdin pouilly-fumé|Cailbourdin: three Pouilly-Fumés held
# --- Champagne and elsewhere
gardet_brut|half||champagne gardet brut.tradition
gardet_brut|cp||champagne gardet
-|cp||champagne|a generic label: champagne
-||2013|charles.gardet rosé de saignée|another cuvée of Gardet (Rosé de Saignée), not held
hb_blanc|v||haut-bergey blanc
ampodium||2018|côte-rôtie ampodium rostaing
ampodium||2016|côte-rôtie
# --- spirits
cointreau|d2||cointreau
menthe|d4||menthe-pastille giffard
menthe|b70||menthe pastille
guignolet|d4||guignolet d'angers
dudo_reserve|d4||cognac dudognon réserve
dudo_napoleon|d2||dudognon napoléon
-|d4||dudognon vieille réserve|another cognac of Dudognon (Vieille Réserve), not held
-|d4||cognac|a generic label: cognac
edradour|d2||edradour 10 ans
-|d4||triple sec|a generic label: triple sec
# --- beers
ang_blonde|pinte||angevine blonde
ang_blanche|pinte||blanche angevine
ang_ambree|b33||brasserie.angevine ambrée
ang_ambree|demi||ambrée angevine
piautre_blonde|b33||piautre blonde
piautre_ipa|demi||la piautre ipa
piautre_blanche|pinte||piautre blanche
-|b33||piautre brune|a beer of La Piautre not held (brown)
-|pinte||bière du moment|a generic label: the beer of the moment
# --- softs
perrier|b33||perrier
fanta|b33||fanta orange
st_amand|b50||st-amand
perrier|b100||perrier
-|x||diabolo menthe|a mixed soft drink
# --- kitchen, coffee, cocktails, services
-|x||rillettes maison|food
-|x||pâté aux prunes|dessert
-|x||café gourmand|coffee with small desserts
-|x||kir pétillant|a cocktail
-|x||carafe d'eau|tap water
"""
