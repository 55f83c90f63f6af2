"""Till `bar`: the bar tablet. KEY|MEASURE|VINTAGE|WHAT STAFF TYPED|NOTE."""
CASES = """
crv_bila_rouge|vre12|2022|bila-haut rouge
crv_bila_rouge|pich25||bila haut
crv_bila_rouge|vre|2020|bila rouge
cdr_bila_rose|vre12|2023|bila-haut rosé
cdr_bila_rose|pich50||bila rosé
cdr_bila_rose|pich25|2022|bila-haut rosé
cc_bila_blanc|vre12|2023|bila-haut blanc
cc_bila_blanc|pich50|2024|bila blanc
cdr_lafage_nicolas|vre12||nicolas lafage
cdr_lafage_miraflors|vre12|2023|miraflors
cc_lafage_coteest|vre12|2022|côté est
cc_lafage_coteest|b150|2022|côté est lafage
coll_paulilles_rouge||2020|clos paulilles rouge
crv_cazes_alter|vre12|2020|alter
crv_gardies_milleres|b150|2022|millères
crv_fees_vv||2018|clos des fées vv
crv_jau|b37.5|2019|château de jau
cdr_planeres_romanie||2022|planères romanie
cdr_boudau_clos||2021|boudau le clos
cc_gauby_muntada||2019|muntada gauby
cc_cazes_canon_blanc|vre12|2023|canon du maréchal blanc
cc_cazes_canon_rouge|pich50|2022|canon maréchal rouge
cc_soula||2020|le soula blanc
bany_tourvieille_rimage|vre|2019|banyuls rimage tour vieille
bany_templiers_rimage|vre||rimage templiers
bany_templiers_rimage||2019|templiers rimage
maury_amiel_10|vre||maury 10 ans
maury_amiel_15|vre||maury 15 ans
maury_amiel_grenat|vre|2021|maury grenat
riv_cazes_ambre|vre||rivesaltes ambré
riv_cazes_aime|vre||aimé cazes
musc_cazes|vre|2022|muscat cazes
musc_jau|vre|2021|muscat jau
musc_jau|b50|2023|muscat de rivesaltes jau
lim_antech_emotion|cp||émotion antech
lim_laurens_moulin|cp||crémant laurens
ch_moet_brut|cp||moët
ch_moet_rose|||moët rosé
ch_ruinart_bdb|cp||ruinart
ch_clicquot|||veuve clicquot brut
ap_byrrh|dose||byrrh
ap_aperol|dose||apérol
sp_ricard|dose||ricard
sp_51|dose||51
sp_jameson|dose||jameson
sp_jack|dose||jack
sp_greygoose|dose||grey goose
sp_diplomatico|dose||diplo reserva
sp_havana3|dose||havana 3
sp_remy|dose||rémy vsop
sp_label5|dose||label 5
be_1664_keg|demi||1664 pression
be_1664_keg|pinte||kro 1664
be_grimb_keg|demi||grimbergen blonde
be_grimb_keg|pinte||grim blonde
be_grimb_ambree|||grimbergen ambrée
be_capdona_blanche|||cap d'ona blanche
be_capdona_blonde|||capdona blonde
be_heineken|||heineken
be_desperados|||despe
so_pellegrino|||san pellegrino
so_evian50|b50||evian
so_orangina|||orangina
# none
be_1664_blanc|pinte||1664 blanc
be_leffe|demi||leffe
be_grimb_ambree|pinte||grimbergen ambrée
ch_moet_brut|b150||moët
cdr_bila_rose|b150||bila-haut rosé
cdr_lafage_nicolas|b150||nicolas lafage
!VR|vre||vin rouge du moment|generic
!VRS|pich50||rosé maison|generic
!VB|vre||blanc|generic
!APE|pich50||sangria|mixed drink
!APE|||kir catalan|mixed drink
!APE|||spritz|mixed drink
!ALC|||mauresque|mixed drink
!PRS|demi||panaché|mixed drink
!PRS|pinte||monaco|mixed drink
!PRS|demi||picon bière|mixed drink
!DIV|||café|coffee
!DIV|||café crème|coffee
!SFT|||diabolo fraise|syrup drink
!CUI|||croque monsieur|food
!CUI|||planche mixte|food
!VRS|vre||collioure rosé|appellation alone, two Collioure roses held
!VR|vre||côtes du roussillon villages|appellation alone, many held
!VDN|vre||banyuls|appellation alone, several Banyuls held
!VDN|vre||maury|appellation alone, three Maury held
!VDN|vre||rivesaltes|appellation alone, ambre and tuile held
!VDN|vre||muscat|two Muscat de Rivesaltes held
!BIB|||cap d'ona ipa|IPA not held
!BUL|||ruinart rosé|colour not held
!VDN|vre||mas amiel 20 ans|age not held
!ALC|dose||lagavulin 8|age not held
!ALC|dose||jack honey|Jack Daniel's Honey not held
!ALC|dose||havana especial|Havana Club Especial not held
!BUL|cp||champagne|generic, five champagnes held
!VRS|vre||côté est rosé|Cote Est rose not held
!VRS|vre||gauby rosé|no Gauby rose held
"""
