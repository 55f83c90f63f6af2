"""pms: what the restaurant / bar / room-service POS sent to the hotel PMS (key|measure|vintage|text|family|reason)."""
CASES = """
tempier_rs|btl|2023|TEMPIER RS
tempier_rs|glass||BANDOL RS TEMPIER
tempier_rg|btl|2018|BANDOL ROUGE TEMPIER
tempier_migoua|btl|2018|LA MIGOUA TEMPIER
tempier_rg|mag|2019|TEMPIER RG
pibarnon_rg|btl|2016|PIBARNON RG
-|btl||PIBARNON|RS|Pibarnon alone: rosé and rouge held
minuty_prestige|btl|2021|MINUTY PRESTIGE
minuty_prestige|jero|2022|MINUTY PRESTIGE
minuty_prestige|mag||MINUTY PRESTIGE
minuty_281|btl|2022|MINUTY 281
-|btl||MINUTY|RS|Minuty alone: three Minuty rosés held
whispering|btl|2023|WHISPERING ANGEL
whispering|jero|2021|WHISP ANGEL
whispering|half||WHISP ANGEL
rock_angel|glass|2023|ROCK ANGEL
-|btl|2022|CLOS MIREILLE RS|RS|Clos Mireille rosé not held (only its blanc de blancs)
leoube_rose|btl|2023|ROSE DE LEOUBE
leoube_secret|btl|2023|SECRET LEOUBE
leoube_rose|btl|2020|LEOUBE RS
figuiere|btl|2022|FIGUIERE 1ERE
miraval|btl|2024|MIRAVAL
bellet_bl|btl|2020|BELLET BLANC CH BELLET
bellet_rs|btl|2023|CH BELLET RS
-|btl||BELLET BLANC|BL|Bellet blanc: two Bellet whites held
magdeleine_bl|btl|2023|STE MAGDELEINE BL
magdeleine_bl|half|2022|STE MAGDELEINE BL
-|btl|2022|CASSIS BL|BL|Cassis blanc: two producers held
trevallon|btl|2017|TREVALLON
trevallon|btl|2018|TREVALLON
-|btl|2019|TREVALLON BL|BL|Trévallon blanc not held
guigal_cdr|p50||CDR GUIGAL
beaucastel_rg|btl|2019|BEAUCASTEL RG
-|btl||CHNEUF DU PAPE RG|RG|Châteauneuf rouge: two held
telegraphe|btl|2020|VX TELEGRAPHE
la_chapelle|btl|2016|HERMITAGE LA CHAPELLE
laroche_stm|btl|2022|CHABLIS ST MARTIN
laroche_stm|glass|2021|CHABLIS LAROCHE
-|btl|2020|MEURSAULT 1ER CRU JADOT|BL|no Meursault premier cru held
jadot_puligny|btl|2021|PULIGNY JADOT
mouches_rg|btl|2018|MOUCHES RG DROUHIN
faiveley_gevrey|btl|2019|GEVREY VV FAIVELEY
faiveley_gevrey|btl|2017|GEVREY FAIVELEY
faiveley_mercurey|glass|2020|MERCUREY FAIVELEY
lynch|mag|2015|LYNCH BAGES
lynch|mag|2016|LYNCH BAGES
echo_lynch|btl|2018|ECHO LYNCH BAGES
connetable|btl|2017|CONNETABLE TALBOT
shl_blanc|btl|2019|SMITH HAUT LAFITTE BL
-|btl|2016|SHL ROUGE|RG|Smith Haut Lafitte rouge not held (only the blanc)
-|btl|2019|LYNCH MOUSSAS|RG|another Pauillac, not held
-|btl|2020|GARRUS ESCLANS|RS|Caves d'Esclans' Garrus not held
-|btl||CH D ESCLANS|RS|the cuvée Château d'Esclans not held
dom_perignon|btl|2013|DOM PERIGNON
dom_perignon|btl|2010|DOM PERIGNON
dom_perignon|mag|2012|DOM PERIGNON
moet_imperial|half||MOET IMPERIAL
moet_imperial|coupe||MOET IMPERIAL
ruinart_bdb|mag||RUINART BDB
ruinart_bdb|half||RUINART BDB
lp_rose|btl||LP CUVEE ROSE
lp_cuvee|coupe||LP LA CUVEE
bollinger|mag||BOLLINGER
-|coupe||CHAMPAGNE|CH|generic champagne
-|btl||GRANDE DAME|CH|Veuve Clicquot not held
k1664|pinte||1664
grimbergen|demi||GRIMBERGEN
leffe|demi||LEFFE
corona|b355||CORONA
heineken00|b33||HEINEKEN 0.0
hendricks|dose||HENDRICKS
glenfid18|dose||GLENFIDDICH 18A
glenfid12|d2||GLENFIDDICH 12A
-|dose||GLENFIDDICH 15A|SP|Glenfiddich 15 not held
lagavulin16|dose||LAGAVULIN 16A
hennessy_xo|dose||HENNESSY XO
pastis51|d2||PASTIS 51
-|d2||PASTIS|SP|pastis alone: three held
ricard|d2||RICARD
lillet|glass||LILLET
aperol|dose||APEROL
-|||SPRITZ APEROL|CK|cocktail
-|dose||WHISKY|SP|generic
evian|b100||EVIAN
evian|b33||EVIAN
coca_zero|b33||COCA ZERO
ft_med|b20||FEVER TREE MEDITERRANEAN
-|pinte||PANACHE|BI|mixed drink
-|glass||VIN DU MOMENT RS|RS|generic
-|p50||ROSE MAISON|RS|house rosé not in the library
-|btl||BANDOL RS|RS|Bandol rosé: two producers held
-|btl|2021|BANDOL BLANC TEMPIER|BL|Tempier blanc not held
-|glass||COTES DE PROVENCE RS|RS|generic appellation, many held
-|||CLUB SANDWICH|FD|food
-|||PDJ CONTINENTAL|FD|breakfast
-|||CAFE EXPRESSO|HB|coffee
-|||MENU DEGUSTATION|FD|food
-|||DROIT DE BOUCHON|SV|corkage
-|||ROOM SERVICE FEE|SV|service
-|||MINIBAR CACAHUETES|MB|minibar snack
""".strip().splitlines()
