"""caisse: the main till (counter and dining room), what was keyed on each sale.

expect|key|measure|vintage|text   (key "-family" for what is no drink of the library;
" # " starts the reason of a none). The till renders CODE.TEXT 'YY in capitals, cut at 22.
"""
CASES = """
y|minuty_rs|B|24|MINUTY PREST RS
y|minuty_rs|B150|23|MINUTY RS
y|minuty_bl|B||MINUTY PREST BLC
y|m_minuty|B37||M DE MINUTY
y|m_minuty|G||M MINUTY
y|roseline|B|23|STE ROSELINE PREST
y|whisp|B|23|WHISP ANGEL
y|whisp|G15||WHISPERING ANGEL
y|whisp|B37||WHISP ANGEL
y|selle|B||OTT CH DE SELLE
y|byott|B|23|BY OTT RSE
y|mirabeau|G||MIRABEAU PURE
y|gassier|P50||ESPRIT GASSIER
y|gassier|G14|22|ESPRIT GASSIER
y|regusse_rs|P25||REGUSSE RSE
y|simone_bl|B|22|CH SIMONE BLC
y|simone_rg|B|18|SIMONE PALETTE RGE
y|tempier_rg|B|20|TEMPIER RGE
y|pradeaux|B|17|PRADEAUX BANDOL
y|aqueria|G||TAVEL AQUERIA
y|vf_rs|P50||VX FERME RSE
y|vf_rg|P25||VX FERME RGE
y|vf_rg|G||VIEILLE FERME RGE
y|canorgue_rs|G14||CANORGUE RSE
y|cotedesroses|P50|24|COTE DES ROSES
y|guigal_rg|G||CDR GUIGAL RGE
y|beaucastel|B|19|BEAUCASTEL
y|telegraphe|B|19|VIEUX TELEGRAPHE
y|richaud|G||CAIRANNE RICHAUD
y|taitt_brut|B37||TAITTINGER BRUT
y|ricard|D2||RICARD
y|p51|D2||51
y|bardouin|D2||BARDOUIN
y|suze|D4||SUZE
y|rinquinquin|D4||RINQUINQUIN
y|genepi|D||GENEPI
y|chivas12|D4||CHIVAS 12A
y|havana7|D4||HAVANA 7A
y|poire|D||POIRE WILL
y|heineken|DEMI||HEINEKEN
y|affligem|DEMI||AFFLIGEM
y|bf_blonde|PINTE||BONNE FONT BLDE
y|bf_blanche|B||BONNE FONT BLANCHE
y|coca|B||COCA
y|sanpe|B50||SAN PELLE
y|evian|B100||EVIAN
y|milliat_abr|B||JUS ABRICOT
a|minuty_rs|B|22|MINUTY PREST RS
a|whisp|G|22|WHISP ANGEL
a|tempier_rs|B|24|TEMPIER RSE
a|tempier_rs|B150|23|TEMPIER RSE
a|beaucastel|B37|18|BEAUCASTEL
a|simone_rg|B|18|CH SIMONE RGE
a|aqueria|B|22|TAVEL AQUERIA
a|pesquier|B|19|PESQUIER GIGOND
a|guigal_rg|B|22|CDR GUIGAL RGE
a|vf_rg|G|21|VX FERME RGE
a|graillot|B|19|CROZES GRAILLOT
a|telegraphe|B|21|VX TELEGRAPHE
a|magdeleine|B|21|CASSIS STE MAGD
a|durban|B|22|MUSCAT DURBAN
a|regusse_rs|B|23|REGUSSE RSE
n|-food|X||PIEDS PAQUETS # dish: pieds et paquets
n|-food|X||DAUBE PROVENCALE # dish
n|-food|X||AGNEAU SISTERON # dish: Sisteron lamb
n|-food|X||SOUPE PISTOU # dish
n|-food|X||PLAT DU JOUR # dish
n|-food|X||TARTE TROPEZIENNE # dessert
n|-chaud|X||CAFE # coffee
n|-chaud|X||DECA # coffee
n|-chaud|X||THE MENTHE # tea
n|-service|X||DROIT BOUCHON # corkage service
n|-vin|G||ROSE MAISON # house wine, not in the library
n|-vin|P50||ROUGE MAISON # house wine, not in the library
n|-vin|G||VIN DU MOMENT # generic label
n|-autre|X||PERROQUET # mixed drink (pastis and mint syrup)
n|-autre|X||MAURESQUE # mixed drink (pastis and orgeat)
n|-autre|X||TOMATE # mixed drink (pastis and grenadine)
n|-autre|X||KIR # mixed drink (cassis and white wine)
n|-biere|DEMI||PANACHE # mixed drink (beer and lemonade)
n|-biere|B||HEINEKEN # Heineken is held only on draught
n|-biere|PINTE||DESPERADOS # Desperados is held only in bottle
n|-vin|B150||STE ROSELINE # no magnum of Sainte Roseline
n|-vin|B37||TEMPIER RGE # no half bottle of Tempier rouge
n|-vin|B||MINUTY PREST RGE # Minuty red not held
n|-vin|B||ROCK ANGEL # another Esclans wine
n|-vin|B||BANDOL RGE # two Bandol reds held (Tempier, Pradeaux)
n|-vin|G||CASSIS BLC # two Cassis whites held
n|-vin|B||BEAUCASTEL BLC # Beaucastel white not held
n|-vin|B||BELLERUCHE CHAPOUTIER # another Chapoutier wine
n|-spiritueux|D4||CHIVAS 25A # another age
n|-spiritueux|D4||HAVANA ESPECIAL # another Havana Club
n|-spiritueux|D4||HENNESSY XO # another grade
n|-spiritueux|D4||JACK HONEY # another Jack Daniel's
n|-autre|D||MARTINI DRY # Martini Extra Dry not held
n|-autre|D||LILLET ROSE # Lillet rosé not held
n|-soft|B100||PERRIER # Perrier held only in 33 cl
n|-soft|X||SIROP A L EAU # syrup and water
n|-champagne|B150||TAITTINGER BRUT # no magnum of Taittinger
"""
