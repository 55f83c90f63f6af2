"""What the staff typed, one product a line.

Drink of the library (or a format of one):  till|key|measure|vintage|text
Anything else:                               till|-family|measure|vintage|text|reason

till: H (beach handheld), T (bar tablet), R (dining-room register).
measure: btl (a bottle of the drink's ordinary format), mag, jero, mathu, half, vre, v15, car50,
cp, dose, 2cl, 6cl, demi, pinte, cl20 / cl25 / cl33 / cl50 / cl70 / cl100, or empty (food...).
The tills add the measure word, the vintage, the price or code and their cut (plage_tills.py).
"""

H = """
H|leoube|btl|2024|LEOUBE RSE
H|leoube|mag|2023|LEOUBE RSE
H|leoube|jero||LEOUBE RSE
H|secret|btl|2023|SECRET LEOUBE
H|secret|mag|2022|SECRET LEOUBE
H|mireille|btl|2023|OTT MIREILLE
H|mireille|mag|2022|OTT MIREILLE
H|mireille|half|2023|OTT MIREILLE
H|mireille|btl||OTT CL MIREILLE
H|byott|mag|2023|BYOTT
H|miraval|btl|2024|MIRAVAL
H|miraval|jero|2022|MIRAVAL
H|miraval|half||MIRAVAL
H|pampelonne|mag|2023|PAMPELONNE
H|prieure|btl|2022|ROSELINE PRIEURE
H|galoupet|mag|2022|GALOUPET CRU CL
H|charlotte|mag|2023|MADRAGUE CHARLOTTE
H|excellence|jero|2023|ST MAUR EXCELLENCE
H|inspiration|half|2024|BERNE INSPIRATION
H|liondragon|mag||ROUBINE LION DRAGON
H|irresistible|btl|2024|LA CROIX IRRESISTIBLE
H|aix|mathu|2023|AIX RSE
H|aix|jero||AIX RSE
H|leoube|vre||LEOUBE RSE
H|miraval|v15||MIRAVAL
H|fincas|vre||CHIVITE FINCAS RSDO
H|calafuria|vre|2024|CALAFURIA
H|aix|car50||AIX RSE
H|inspiration|car50||BERNE INSPIRATION
H|brignac|btl||ARMAND BRIGNAC GOLD
H|brignac|jero||ARMAND BRIGNAC
H|cartedor|mathu||DRAPPIER CARTE OR
H|cartedor|mag||DRAPPIER
H|mumm|mag||MUMM CORDON RGE
H|mumm|mathu||MUMM
H|royale|cp||PHILIPPONNAT ROYALE
H|jacq746|mag||JACQUESSON 746
H|goisses|btl|2013|CLOS GOISSES
H|ferrari|mag||FERRARI MAXIMUM
H|greygoose|mag||GREY GOOSE
H|greygoose|btl||GREY GOOSE
H|casablanco|btl||CASAMIGOS BLANCO
H|ricard|dose||RICARD
H|p51|dose||51
H|ouzo12|dose||OUZO 12
H|aperol|dose||APEROL
H|affligem|demi||AFFLIGEM
H|affligem|pinte||AFFLIGEM BLONDE
H|hoegaarden|demi||HOEGAARDEN
H|desperados|cl33||DESPE
H|vittel|cl100||VITTEL
H|cocazero|cl33||COCA ZERO
H|redbull|btl||RED BULL
H|leoube|btl|2022|LEOUBE RSE
H|miraval|mag|2024|MIRAVAL
H|mireille|btl|2024|OTT MIREILLE
H|capelune|btl|2024|CAPELUNE RSE
H|excellence|btl|2023|ST MAUR EXCELLENCE
H|galoupet|btl|2021|GALOUPET CRU CL
H|aix|mag|2023|AIX RSE
H|goisses|btl|2014|CLOS GOISSES
H|vannieresr|btl|2020|VANNIERES RGE
H|vannieresr|btl|2017|VANNIERES RGE
H|clarendon|btl|2024|GAVOTY CLARENDON
H|mireille|jero|2022|OTT MIREILLE
H|lovel|mag|2024|LOVE BY LEOUBE
H|capelune|mag||CAPELUNE RSE
H|leoube|half||LEOUBE RSE
H|bonbon|mag||ROSE BONBON
H|brignac|half||ARMAND BRIGNAC
H|mumm|btl||MUMM CORDON RGE
H|affligem|cl33||AFFLIGEM
H|desperados|pinte||DESPERADOS
H|ricard|cl70||RICARD
H|romassan|jero||OTT ROMASSAN
H|-div|||TRANSAT|a beach lounger, a service
H|-cui|||MAGNUM AMANDE|an ice cream on a stick, not a magnum of wine
H|-ape|||APEROL SPRITZ|a cocktail (mixed drink)
H|-ape|dose||PASTIS|generic pastis: several pastis are held
H|-rse|vre||ROSE DU MOMENT|generic house rosé, none held
H|-rse|btl|2023|OTT CH DE SELLE|another estate of Domaines Ott, not held
H|-rse|btl|2024|MUSE DE MIRAVAL|another cuvée of Miraval, not held
H|-blc|btl|2023|MIRAVAL BLC|Miraval white, not held
H|-rge|btl|2020|CAPELUNE RGE|Capelune red, not held
H|-rse|btl||OTT|Domaines Ott named alone: several Ott wines are held
H|-rse|btl|2023|BANDOL RSE|appellation alone: three Bandol rosés are held
H|-ape|btl||CASAMIGOS ANEJO|another grade of Casamigos, not held
H|-ape|dose||CASAMIGOS|brand alone: two Casamigos are held
H|-chp|btl||JACQUESSON 745|another cuvée number, only the 746 is held
H|-chp|mag||DRAPPIER ROSE|Drappier rosé, not held
H|-bie|cl33||HOEGAARDEN 0.0|alcohol-free Hoegaarden, not held
H|-cui|||CARPACCIO LOUP|food
H|-rse|||ROSE PISCINE|rosé on ice, a mixed drink
H|-ape|||MAURESQUE|pastis with orgeat, a mixed drink
H|-ape|||TOMATE|pastis with grenadine, a mixed drink
"""

T = """
T|leoube|btl|2023|rosé de léoube
T|leoube|mag||leoube rosé
T|mireille|mag|2022|ott clos mireille rosé
T|miraval|btl||miraval rosé
T|miraval|mag|2023|miraval
T|miraval|half|2024|miraval rosé
T|meduse|mag|2023|lampe de méduse
T|capelune|btl|2022|clos de capelune
T|excellence|mag|2024|saint maur l'excellence
T|irresistible|mag|2023|irrésistible la croix
T|aix|jero|2023|aix rosé
T|aix|mathu||aix rosé
T|paternel|btl||cassis rosé
T|fontcreuse|mag|2023|fontcreuse cassis blanc
T|stvincent|btl|2021|clos st vincent le clos
T|bonnaudb|btl||palette blanc
T|belletr|btl||bellet rouge
T|lafran|mag|2017|lafran veyrolles cuvée spéciale
T|leoube|vre|2024|rosé de léoube
T|miraval|vre||miraval
T|byott|v15||byott
T|pgrigio|vre||pinot grigio santa margherita
T|calafuria|car50|2024|calafuria tormaresca
T|riscal|vre|2020|riscal reserva
T|brignac|mag||armand de brignac
T|brignacr|btl||armand de brignac rosé
T|cartedor|jero||drappier carte d'or
T|goisses|btl|2012|clos des goisses philipponnat
T|pommery|mag||pommery
T|henriotr|cp||henriot rosé
T|jacq746|btl||jacquesson 746
T|cartedor|cp||drappier
T|rosal|btl||terras gauda o rosal
T|aperol|dose||aperol
T|italicus|dose||italicus
T|stgermain|2cl||st germain
T|cocchi|6cl||cocchi americano
T|garagai|dose||lou garagai
T|pernod|cl70||pernod
T|greygoose|mag||grey goose
T|hoegaarden|pinte||hoegaarden blanche
T|affligem|demi||affligem blonde
T|mahou|cl33||mahou 5 estrellas
T|fevertree|btl||fever tree tonic
T|leoube|btl|2022|rosé de léoube
T|secret|btl|2024|secret de léoube
T|miraval|btl|2022|miraval rosé
T|meduse|btl|2024|lampe de méduse
T|galoupet|mag|2023|galoupet cru classé
T|riscal|btl|2018|riscal reserva
T|riscal|btl|2021|marques de riscal reserva
T|stvincent|btl|2023|clos st vincent le clos
T|fontcreuse|btl|2022|fontcreuse cassis
T|lafran|btl|2020|lafran veyrolles cuvée spéciale
T|goisses|btl|2010|clos des goisses
T|bonnaudr|btl|2018|henri bonnaud rouge
T|prieure|btl|2021|roseline prieuré
T|leoube|half||rosé de léoube
T|secret|jero||secret de léoube
T|miraval|mathu||miraval
T|claire|mag|2024|madrague claire
T|pampelonne|jero||pampelonne
T|souverain|jero||henriot souverain
T|brignacr|mag||armand de brignac rosé
T|mumm|btl||mumm cordon rouge 75cl
T|goisses|mag|2013|clos des goisses
T|hoerosee|pinte||hoegaarden rosée
T|ichnusa|pinte||ichnusa
T|perrier|cl100||perrier
T|vittel|cl33||vittel
T|greygoose|jero||grey goose
T|-ape|||aperol spritz|a cocktail
T|-ape|||hugo spritz st germain|a cocktail
T|-ape|||americano|a cocktail (campari, vermouth, soda), not Cocchi Americano
T|-ape|||gin tonic fever tree|a mixed drink; no gin is held
T|-rse|car50||sangria|a mixed drink
T|-rse|||rosé pamplemousse|rosé with grapefruit syrup, a mixed drink
T|-bie|demi||panaché|beer with lemonade, a mixed drink
T|-rse|vre||rosé maison|generic house rosé, none held
T|-rse|vre||côtes de provence rosé|appellation alone: many Côtes de Provence rosés are held
T|-rge|btl||bandol rouge|appellation alone: four Bandol reds are held
T|-blc|btl||cassis blanc|appellation alone: three Cassis whites are held
T|-blc|btl|2022|bellet blanc|appellation alone: two Bellet whites are held
T|-chp|cp||champagne|generic champagne glass
T|-bie|demi||pression|generic draught beer, two are held
T|-blc|btl|2024|pampelonne blanc|Pampelonne white, not held
T|-blc|btl||aix blanc|AIX white, not held
T|-rse|btl|2024|fontcreuse rosé|Fontcreuse rosé, not held
T|-rse|btl||château de bellet rosé|Bellet rosé, not held
T|-rse|btl|2024|berne romance|another Berne cuvée, not held
T|-chp|btl||armand de brignac demi-sec|another Armand de Brignac, not held
T|-chp|btl||philipponnat réserve rosée|Philipponnat rosé, not held
T|-chp|btl|2012|henriot millésime|Henriot vintage, not held
T|-ape|btl||diplomatico mantuano|another Diplomático, not held
T|-chp|btl||jacquesson 747|another cuvée number, only the 746 is held
T|-ape|dose||ouzo plomari|another ouzo, not held
T|-ape|dose||pernod absinthe|Pernod's absinthe, not the anise Pernod held
T|-cui|||salade niçoise|food
T|-cui|||tarte tropézienne|dessert
T|-cui|||glace vanille 2 boules|ice cream
T|-cui|||magnum chocolat blanc|an ice cream on a stick, not a magnum of wine
T|-cui|||café gourmand|coffee and small desserts
T|-div|||transat demi journée|a beach lounger, a service
T|-div|||droit de bouchon magnum|corkage, a service
"""

R = """
R|leoube|btl|2024|ROSE DE LEOUBE
R|leoube|mag|2023|ROSE DE LEOUBE
R|mireille|btl|2022|OTT CLOS MIREILLE ROSE
R|mireille|half|2023|CLOS MIREILLE
R|miraval|btl|2023|MIRAVAL ROSE
R|miraval|jero|2022|MIRAVAL ROSE
R|pampelonne|btl|2024|CH DE PAMPELONNE ROSE
R|galoupet|btl|2022|GALOUPET CRU CLASSE
R|charlotte|btl|2023|MADRAGUE CUVEE CHARLOTTE
R|capelune|btl|2023|CLOS DE CAPELUNE ROSE
R|recolte|btl||BERNE GRANDE RECOLTE
R|aix|mag|2024|AIX ROSE
R|irresistible|btl|2024|DOM DE LA CROIX IRRESISTIBLE
R|vannieresr|btl|2018|CH VANNIERES ROUGE
R|lafran|btl|2019|LAFRAN VEYROLLES C SPEC
R|lauves|btl||SUFFRENE LES LAUVES
R|belletb|btl|2022|CH DE BELLET BLANC
R|bonnaudr|btl||PALETTE ROUGE
R|valbruyere|btl|2022|CASSIS CLOS VAL BRUYERE
R|mireilleb|btl|2022|OTT CLOS MIREILLE BLANC
R|riscal|btl||RIOJA RESERVA
R|rosal|btl|2023|RIAS BAIXAS O ROSAL
R|cartedor|mag||DRAPPIER CARTE D OR
R|cartedor|btl||DRAPPIER
R|royale|btl||PHILIPPONNAT ROYALE RES
R|goisses|btl|2013|PHILIPPONNAT CLOS GOISSES
R|souverain|mag||HENRIOT BRUT SOUVERAIN
R|henriotr|cp||HENRIOT ROSE
R|ferrari|mag||FERRARI MAXIMUM BRUT
R|leoube|vre|2024|ROSE DE LEOUBE
R|capeluneb|vre||CAPELUNE BLANC
R|fontcreuse|v15|2024|FONTCREUSE
R|paternelb|car50||PATERNEL BLANC
R|miraval|car50||MIRAVAL
R|stgermain|dose||ST GERMAIN
R|hoegaarden|demi||HOEGAARDEN BLANCHE
R|affligem|pinte||AFFLIGEM
R|capelune|btl|2021|CLOS DE CAPELUNE ROSE
R|mireille|mag|2023|CLOS MIREILLE ROSE
R|miraval|btl|2022|MIRAVAL ROSE
R|vannieresr|btl|2016|CH VANNIERES ROUGE
R|belletb|btl|2023|CH DE BELLET BLANC
R|recolte|btl|2022|BERNE GRANDE RECOLTE
R|lauves|btl|2019|SUFFRENE LES LAUVES
R|romassanr|btl|2020|CH ROMASSAN ROUGE
R|aix|jero|2024|AIX ROSE
R|leoube|jero|2023|ROSE DE LEOUBE
R|secret|jero||SECRET DE LEOUBE
R|galoupet|jero||GALOUPET CRU CLASSE
R|lovel|half||LOVE BY LEOUBE
R|pommery|mathu||POMMERY
R|brignac|mathu||ARMAND DE BRIGNAC
R|goisses|mag|2012|CLOS DES GOISSES
R|riscal|mag||MARQUES DE RISCAL
R|sol|pinte||SOL
R|-rse|btl||COTES DE PROVENCE ROSE|appellation alone: many Côtes de Provence rosés are held
R|-rge|btl|2019|BANDOL ROUGE|appellation alone: four Bandol reds are held
R|-blc|btl||BELLET BLANC|appellation alone: two Bellet whites are held
R|-blc|btl||CASSIS BLANC|appellation alone: three Cassis whites are held
R|-rse|car50||ROSE MAISON|generic house rosé, none held
R|-rse|btl||HENRI BONNAUD ROSE|Palette rosé of Henri Bonnaud, not held
R|-blc|btl|2023|AIX BLANC|AIX white, not held
R|-rse|btl||CH DE SELLE ROSE|another Ott estate, not held
R|-rse|btl||ROUBINE INSPIRE|another Roubine cuvée, not held
R|-chp|btl|2013|DOM PERIGNON|not held
R|-chp|btl||PHILIPPONNAT RES ROSEE|Philipponnat rosé, not held
R|-chp|btl||POMMERY APANAGE|another Pommery cuvée, not held
R|-cui|||BOUILLABAISSE|food
R|-cui|||TARTE TROPEZIENNE|dessert
R|-cui|||DAME BLANCHE|ice-cream dessert
R|-cui|||COUPE COLONEL|lemon sorbet with vodka, a dessert, not a glass of champagne
R|-div|||DROIT DE BOUCHON|corkage, a service
R|-div|||MATELAS JOURNEE|beach mattress for the day, a service
R|-ape|||SPRITZ APEROL|a cocktail
R|-ape|||AMERICANO|a cocktail, not Cocchi Americano
"""
