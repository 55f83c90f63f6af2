"""bar: the counter's keyboard register. What the owner keyed as PLU text.

`key|measure|vintage|text` for a drink of the library (the build prints the measure
key, the size, the two-digit vintage, and cuts at 12), or
`-|measure|vintage|text|family|why` for no drink of the library.
"""
CASES = r"""
rmz|q25||R MAZET
rmz|p50||R MAZET
rmz|glass||ROCHE MAZET
lis|glass||GRAIN DE GRIS
gpl|q25||GROS PLANT
gpl|p50||GROSPLANT
pep|glass||PEPIE
pep|glass|2022|PEPIE
pep|glass|2020|PEPIE
bel|glass||BELLERUCHE
bel|glass|2021|BELLE
gui|glass|2018|GUIG
mcr|glass||MOUTON CADET
mcr|q25|2020|CADET
rpa|glass||ROSE ANJOU
sau|glass||CAB ANJOU
vfr|glass||FERME RG
vfo|glass||FERME RS
dub|glass|2021|BJV
tar|glass|2022|TARIQ
rag|glass||RAGOTIERE
rag|glass|2020|RAGOT
fil|glass||CHAMPIGNY
nfr|coupe||FEUILLATTE
nfr|half||FEUILLATTE
kro|demi||KRO
kro|s25||KRO
cob|demi||COREFF
cob|pinte||COREFF BLONDE
lef|demi||LEFFE
lef|s33||LEFFE
coa|btl||COREFF AMB
k16|btl||1664
coc|s33||COCA
coc|s50||COCA
vit|s50||VITTEL
vit|s100||VITTEL
ric|d2||RICARD
p51|d2||PASTIS51
mbi|dose||MART BL
pmv|dose||VSOP PM
pmf|dose||FINE PM
fbz|dose||FINE BRET
chu|glass||CHOUCHEN
lrd|btl||RAISON DOUX
mcr|btl|2019|MCADET
mcr|btl|2017|MCADET
mcr|btl|2020|MOUTON CADET
pda|btl|2019|PATACHE D AUX
fil|btl|2021|CHAMPIGNY FIL
bel|btl|2021|BELLERUCHE RG
mcr|half||MCADET
mcr|half|2019|CADET
pda|btl|2017|PATACHE
pda|mag|2016|PATAC
bel|half||BELLERUCHE
mal|btl|2019|MALESAN
dau|btl|2021|DAUPHINS
fil|btl|2020|CHAMPIGNY
rag|half|2022|RAGOT
cou|btl|2021|CHINON
pep|btl|2024|PEPIE
bnb|btl|2023|BONNET BL
-||CAFE|chaud|coffee
-||CAFE CALVA|chaud|coffee with a calva poured in: a mixed serving, not a dose from a bottle
-||CROQ MONSIEUR|cuisine|food
-||SANDWICH JB|cuisine|food (jambon-beurre)
-||GALETTE SAUCISSE|cuisine|food (galette-saucisse)
-||FAR BRETON|cuisine|dessert
-||DOUCHE|divers|shower for drivers
-||PARKING NUIT|divers|night parking for lorries
-||OUEST FRANCE|divers|newspaper
-|q25||ROUGE|pour|generic red, no wine named
-|glass||BLANC|pour|generic white, no wine named
-|p50||ROSE|pour|generic rosé, no wine named
-|q25||MAZET RS|pour|Roche Mazet rosé: colour not held (the house BIB is the red)
-|glass||MUSCADET|pour|appellation alone: several Muscadets held
-|glass||CDR|pour|appellation alone: several Côtes du Rhône reds held
-|glass||VIEILLE FERME|pour|La Vieille Ferme held in red and rosé, the label gives no colour
-|glass||KIR|pour|mixed drink
-||KIR BRETON|pour|mixed drink (cider and cassis)
-|demi||PANACHE|biere|mixed drink
-||PICON BIERE|biere|mixed drink
-|demi||1664|biere|1664 is held only in 25 cl bottles, not on draught
-|pinte||GUINNESS|biere|not held
-|demi||HEINEKEN|biere|not held
-|dose||CALVA|alcool|two calvados held (Père Magloire Fine and VSOP)
-|dose||MAGLOIRE FINE|alcool|cut at 12 to MAGLOIR: Fine or VSOP
-|dose||ARMORIK|alcool|two Armoriks held (Classic and Double Maturation)
-|dose||WHISKY|alcool|generic
-|d2||PASTIS|alcool|two pastis held (Ricard and 51)
-|dose||MARTINI|alcool|two Martinis held
-|dose||GET31|alcool|Get 31 not held (Get 27 is)
-||TOMATE|alcool|mixed drink (pastis and grenadine)
-||CIDRE BRUT|bottle|three brut ciders held
-||LOIC RAISON|bottle|Loïc Raison held in brut and doux, the label says neither
-|mag||BELLERUCHE|bottle|no magnum of Belleruche held
-|half||PATACHE|bottle|no half bottle of Patache d'Aux held
-|mag||MCADET|bottle|no magnum of Mouton Cadet held
-||DIABOLO MENTHE|soft|mixed soft (syrup and lemonade)
-||ORANGE PRESSEE|soft|fresh orange juice, no bottle
"""
