"""What the seasonal staff key on the beach kiosk's summer terminal (`kiosque`).  One line
a product: expected|key|measure|yy|text as keyed|reason (see bastia_cases_bar)."""

CASES = """
# beers: pr25 / pr50 from the keg, 33 / 75 bottles
y|pie|demi||pietra
y|pie|pinte||pietra
y|pie|b33||pietra
y|pie|b75||pietra
y|col|demi||colomba
y|col|pinte||colomba
y|col|b33||colomba
n|col|b75||colomba
y|ser|demi||serena
y|ser|b33||serena
n|ser|b50||serena
y|ich|b33||ichnusa
n|ich|demi||ichnusa
n|-BI|b33||pietra sans alcool|not held
n|-PR|demi||panache|a mixed drink
n|-PR|demi||monaco|a mixed drink
n|-BI|b33||biere du moment|generic
# waters and softs
y|ore|b50||orezza
y|ore|b100||orezza
y|evi|b50||evian
n|evi|b33||evian
y|per|b33||perrier
y|cco|b33||corsica cola
y|coc|b33||coca
y|coz|b33||coca zero
y|ora|b25||orangina
y|sca|b25||schweppes agrumes
n|-SO|b33||fanta|not held
n|-SO|b33||ice tea peche|not held
n|-SO|b25||jus abricot|not held
# rosés and whites of the beach
y|orss|gl|24|rse orsini calvi
a|orss|gl|22|rse orsini calvi
y|orss||23|rse orsini calvi
a|orsb||22|blc orsini calvi
y|orsb|gl|23|blc orsini
y|vics|gl|24|rse vico
y|vics|mag|24|rse vico
y|vics||23|rse vico
a|vics||22|rse vico
y|pets|gl|24|rse petroni
a|pets|gl|23|rse petroni
y|petb|gl|23|blc petroni
a|petb|gl|22|blc petroni
y|oris||24|rse oriu torraccia
y|torb||23|blc torraccia
a|torb||22|blc torraccia
y|myrs|gl|24|rse myrtus sart
a|myrs|gl|23|rse myrtus sart
y|pers|gl|24|rse pero longo
y|lazs|car50|24|rse lazzarini patri
a|lazs|gl|21|rse lazzarini
y|sams|car25|24|rse santamaria
y|samb|gl|23|blc santamaria
a|samb|gl|22|blc santamaria
y|pass|gl|24|rse pastricciola
a|pass|gl|23|rse pastricciola
y|mars|gl|23|rse martini ajac
a|mars|gl|22|rse martini ajac
y|stis|gl|24|rse stiliccionu
y|orns||24|rse ornasca
a|orns||23|rse ornasca
n|-RS|gl|24|rse patri|an appellation alone: three Patrimonio rosés are held
n|-RS|gl|24|rse ajac|an appellation alone: three Ajaccio rosés are held
n|-RS|gl|24|rse sart|an appellation alone: two Sartène rosés are held
n|-RS|car50||rse maison|generic
n|-RS|gl||rse|generic
n|-RS|gl|24|rse catarelli|Catarelli rosé is not held
n|-BL|gl|23|blc pero longo|Pero Longo's white is not held
n|orss|mag|24|rse orsini calvi
n|oris|mag|24|rse oriu torraccia
# muscats
y|lazm|gl|22|muscat cc lazzarini
a|lazm|gl|20|muscat cc lazzarini
y|lazm|b50|21|muscat cc lazzarini
y|catm|gl|22|muscat cc catarelli
y|catm|half|22|muscat cc catarelli
a|pasm|gl|21|muscat cc pastricciola
n|-MU|gl||muscat cc|three Muscats du Cap Corse are held
# bubbles
y|lalg|cp||lallier gde res
y|lals|cp||lallier rse
y|delb||| delamotte brut
n|-BU|cp||champ|generic
# aperitifs and shots
y|mtb|6cl||capcorse mattei blc
y|mtr|6cl||capcorse mattei rge
n|-AP|6cl||capcorse|two Cap Corse Mattei are held
y|cas|dose||casanis
y|p51|dose||pastis 51
y|ape|6cl||aperol
n|-CK|pc||spritz aperol|a mixed drink
n|-CK|pc||spritz myrte|a mixed drink
y|omy|dose||myrte orsini
n|-LQ|dose||myrte|two myrte liqueurs held
y|oce|dose||cedrat orsini
# food and beach services
n|-CU|pc||panini figatellu|food
n|-CU|pc||beignets|food
n|-GL|pc||glace 2 boules|ice cream
n|-CU|pc||salade de poulpe|food
n|-CU|pc||frites|food
n|-DV|pc||transat journee|beach service
n|-DV|pc||parasol|beach service
"""
