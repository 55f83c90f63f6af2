"""What the staff typed on each till: `till|key|measure|yy|text|reason`.

- till: R (old register), T (terrace tablet), K (beach kiosk).
- key: a drink of corse_drinks.py, or `-fam` (the register's family, lower case) for a
  product that is no drink of the library; reason then says why it is none.
- measure: a code of corse_tills.MEASURES; yy: the vintage typed, two digits, or empty.
- text: the product's name as typed on that till (before the till's case, cut and price).
A drink typed in a format the library does not hold is computed to none by the build.
"""

SPECS = r"""
# ---------------------------------------------------------------- R: old register
R|gentile_r|BTL|21|DOM GENTILE|
R|gentile_r|GL|20|GENTILE PATRIM|
R|gentile_r|MAG|17|GENTILE|
R|gentile_r|BTL|16|GENTILE ROUGE|
R|gouverneurs|BTL|18|GOUVERNEURS|
R|gouverneurs|GL|20|ORENGA GOUVERNEURS|
R|gouverneurs|BTL|19|GAFFORY GOUV|
R|signadore|BTL|20|CLOS SIGNADOR|
R|signadore|GL|21|CLOS SIGNADORE|
R|mandria_r|BTL|20|A MANDRIA|
R|capitoro_r|BTL|19|CAPITORO AJAC|
R|capitoro_r|GL|20|CLOS CAPITORO|
R|capitoro_r|MAG|18|CAPITORO|
R|peraldi_r|DEMIW|21|PERALDI|
R|peraldi_r|BTL|22|COMTE PERALDI|
R|cardinal|BTL|19|CLOS DU CARDINAL|
R|alzeto_r|BTL|19|CLOS ALZETO|
R|fiume_r|GL||FIUME SECCU|
R|pumonte|BTL|18|ALZIPRATU PUMONTE|
R|landry_r|BTL|21|CLOS LANDRY|
R|eprove_r|BTL|21|E PROVE MAESTRACCI|
R|alexandra_r|BTL|20|TANELLA ALEXANDRA|
R|saparale_r|GL|21|SAPARALE|
R|saparale_r|BTL|19|DOM SAPARALE|
R|vassilia|BTL|19|FIUMICICOLI VASSILIA|
R|oriu|BTL|17|ORIU|
R|oriu|BTL|18|ORIU TORRACC|
R|torraccia_r|BTL|21|DOM TORRACCIA|
R|tvecchia_r|P50||TERRA VECCHIA|
R|culombu_ros|BTL|24|CULOMBU|
R|culombu_ros|MAG|23|CLOS CULOMBU|
R|culombu_ros|HALF|24|CULOMBU|
R|culombu_ros|GL|22|CULOMBU|
R|landry_gris|BTL|24|CLOS LANDRY GRIS|
R|landry_gris|BTL|22|LANDRY|
R|peraldi_ros|BTL|24|COMTE PERALDI|
R|agriates_ros|BTL|22|AGRIATES GIACOMETTI|
R|montemagni_ros|MAG||MONTEMAGNI|
R|montemagni_ros|BTL|23|MONTEMAGNI|
R|saparale_ros|MAG|23|SAPARALE|
R|casteddu_ros|GL|24|CASTEDDU|
R|tvecchia_ros|MAG|24|TERRA VECCHIA|
R|marquiliani|BTL|22|MARQUILIANI|
R|mirabeau|MAG|22|MIRABEAU PURE|
R|gassier_946|BTL|22|GASSIER 946|
R|gassier_946|BTL|20|GASSIER 946|
R|culombu_b|BTL|24|CULOMBU|
R|quartz|BTL|22|VACCELLI QUARTZ|
R|venturi_b|BTL|22|CLOS VENTURI|
R|nicrosi_musc|GL|20|MUSCAT NICROSI|
R|pietri_musc|BTL|21|MUSCAT PIETRI|
R|rappu|GL||RAPPU PIETRI|
R|moines_brut|HALF||BESSERAT BRUT|
R|mosaique|MAG||JACQUART MOSAIQUE|
R|jacquart_bdb|BTL|13|JACQUART BDB|
R|leonie|CP||CANARD DUCHENE|
R|cap_rouge|DOSE||MATTEI ROUGE|
R|cedratine|DOSE||CEDRATINE|
R|pm_signature|DOSE||P&M SIGNATURE|
R|glenfarclas_15|DOSE||GLENFAR 15A|
R|cardhu_12|DOSE||CARDHU 12A|
R|clynelish_14|BTL||CLYNELISH 14A|
R|pietra|PINTE||PIETRA|
R|serena|DEMI||SERENA|
R|colomba|BTL||COLOMBA|
R|orezza|S100||OREZZA|
# R none
R|-cui|-||FIGATELLU GRILLE|food: grilled Corsican liver sausage
R|-cui|-||AZIMINU|food: Corsican fish soup
R|-cui|-||FIADONE|food: brocciu cheesecake
R|-div|-||DROIT BOUCHON|service: corkage
R|-rge|GL||VIN DU MOMENT|generic: wine of the moment, none held as such
R|-ros|P50||ROSE MAISON|generic: no house rosé held
R|-rge|BTL|21|PATRIM ROUGE|appellation alone: several Patrimonio reds held
R|-ros|BTL|24|AJAC ROSE|appellation alone: three Ajaccio rosés held
R|-mus|GL||MUSCAT CAP|appellation alone: three Muscats du Cap Corse held
R|-rge|BTL|20|GENTILE GDE EXPRESSION|another cuvée of Domaine Gentile (Grande Expression), not held
R|-blc|BTL|23|CLOS LANDRY|Clos Landry white not held (its Gris and Rouge are)
R|-blc|BTL|23|TORRACCIA|Torraccia white not held (its red, Oriu and rosé are)
R|-ros|BTL|24|CLOS VENTURI|Clos Venturi rosé not held (its red and white are)
R|-rge|BTL|21|CLOS TEDDI|another Patrimonio estate (shares CLOS), not held
R|-mus|BTL|22|MUSCAT PIERETTI|Domaine Pieretti's muscat, not Domaine de Pietri's
R|-rge|BTL||VACCELLI COURREGES|Vaccelli's Roger Courrèges cuvée, not held
R|-rge|BTL||LUME ALZIPRATU|Alzipratu's Lume cuvée, not held
R|-blc|BTL|23|CASTEDDU|Casteddu white not held (its red and rosé are)
R|-ros|BTL||ESPRIT GASSIER|Gassier's Esprit Gassier, not held (946 and Sables d'Azur are)
R|venturi_r|MAG|20|CLOS VENTURI|
R|mirabeau|HALF|24|MIRABEAU PURE|
R|gentile_b|MAG|23|GENTILE|
R|colomba|PINTE||COLOMBA|
R|serena|S33||SERENA|
R|pietra|S75||PIETRA|
R|-bie|DEMI||PANACHE|mixed drink: shandy
R|-bie|BTL||TORRA CHATAIGNE|another Torra beer (chestnut), not held
R|-alc|DOSE||GLENFAR 21A|Glenfarclas 21 years not held (10 and 15 are)
R|-alc|DOSE||P&M RED OAK|another P&M whisky, not held (Signature and Tourbé are)
R|-alc|DOSE||WHISKY|generic: several whiskies held
R|-ape|DOSE||MYRTE|generic: two myrtle liqueurs held (Mattei, Mavela)
R|-ape|6CL||MATTEI QUINQUINA|Mattei's quinquina, not held (Cap Corse blanc and rouge are)
R|-chp|CP||CHAMPAGNE|generic: several champagnes held
R|-chp|BTL||LEONIE ROSE|Canard-Duchêne Léonie rosé, not held (the brut is)
"""

SPECS_T = r"""
# ---------------------------------------------------------------- T: terrace tablet
T|gentile_r|GL|21|dom.gentile patrimonio rouge|
T|gentile_r|BTL|20|dom.gentile patrimonio rge|
T|gentile_r|P50||dom.gentile rouge|
T|gentile_b|BTL|21|dom.gentile patrimonio blanc|
T|gentile_musc|GL|22|muscat dom.gentile|
T|gouverneurs|BTL|16|cuvée des gouverneurs|
T|gaffory_ros|GL|24|orenga de gaffory rosé|
T|signadore|BTL|19|clos signadore|
T|signadore|BTL|21|clos signadore patrimonio|
T|mandria_r|GL15|22|a mandria signadore|
T|mandria_b|BTL|23|a mandria blanc|
T|agriates_ros|BTL|23|giacometti agriates rosé|
T|agriates_r|BTL|22|giacometti cru des agriates rouge|
T|montemagni_ros|MAG|23|dom.montemagni rosé|
T|capitoro_r|BTL|20|closcapitoro rouge|
T|capitoro_r|MAG|16|clos capitoro|
T|capitoro_ros|BTL|22|capitoro rosé ajaccio|
T|capitoro_b|GL|23|capitoro blanc|
T|peraldi_r|HALF|21|comte peraldi rouge|
T|peraldi_ros|P50|24|comte peraldi rosé|
T|cardinal|BTL|18|clos du cardinal peraldi|
T|granit|BTL|20|dom.vaccelli granit|
T|quartz|BTL|23|dom.vaccelli quartz|
T|culombu_ros|GL15|23|closculombu rosé|
T|culombu_ros|MAG|24|clos culombu rosé|
T|culombu_r|BTL|20|clos culombu rouge|
T|fiume_r|BTL|21|alzipratu fiume seccu rouge|
T|fiume_b|GL|23|fiume seccu blanc|
T|landry_gris|P50|23|clos landry gris|
T|landry_r|BTL|20|clos landry rouge|
T|eprove_r|BTL|20|maestracci e prove rouge|
T|reginu|BTL|21|maestracci clos reginu|
T|alexandra_ros|BTL|24|dom.tanella alexandra rosé|
T|saparale_b|BTL|23|dom.saparale blanc|
T|casteddu_r|BTL|21|casteddu saparale rouge|
T|fiumicicoli_ros|GL|24|fiumicicoli rosé|
T|oriu|BTL|19|torraccia oriu|
T|torraccia_ros|GL|24|dom.torraccia rosé|
T|nicrosi_musc|S50|22|muscat clos nicrosi|
T|pietri_musc|GL|22|muscat dom.pietri|
T|rappu|S50||rappu dom.pietri|
T|tvecchia_r|BTL|21|terra vecchia rouge|
T|marquiliani|GL|24|marquiliani rosé gris|
T|mirabeau|GL|24|mirabeau pure rosé|
T|gassier_946|BTL|21|ch.gassier 946 rosé|
T|sables|BTL|23|ch.gassier sables d'azur|
T|marie_chr|BTL|24|ch.aumérade marie-christine|
T|ile_ros|GL|24|dom.de l'île porquerolles rosé|
T|moines_brut|BTL||besserat cuvée des moines brut|
T|moines_rose|CP||besserat moines rosé|
T|mosaique|CP||jacquart mosaïque|
T|jacquart_bdb|BTL|15|jacquart blanc de blancs|
T|cap_blanc|6CL||cap corse mattei blanc|
T|cap_rouge|S75||cap corse mattei rouge|
T|myrte_mattei|DOSE||myrte mattei|
T|cedratine|2CL||cédratine mattei|
T|edv_myrte|DOSE||eau de vie myrte mavela|
T|pm_tourbe|DOSE||p&m tourbé|
T|glenfarclas_10|DOSE||glenfarclas 10 ans|
T|pulteney_12|DOSE||old pulteney 12 ans|
T|pietra|DEMI||pietra|
T|colomba|S33||colomba|
T|torra_arbouse|S33||torra arbouse|
T|orezza|S50||orezza|
T|st_georges|S100||st-georges|
# T none
T|-cui|-||langouste grillée 100g|food: grilled spiny lobster by weight
T|-cui|-||beignets de brocciu|food
T|-cui|-||canistrelli|food: Corsican biscuits
T|-div|-||location parasol|service
T|-ros|GL||rosé du moment|generic: no wine of the moment held
T|-blc|P50||blanc maison|generic: no house white held
T|-rge|BTL||patrimonio rouge|appellation alone: several Patrimonio reds held
T|-blc|BTL|23|patrimonio blanc|appellation alone: three Patrimonio whites held
T|-ros|GL||calvi rosé|appellation alone: several Calvi rosés held
T|-rge|BTL|21|sartène rouge|appellation alone: several Sartène reds held
T|-ros|GL||figari rosé|appellation alone: two Figari rosés held
T|-rge|BTL|19|clos culombu ribbe rosse|another cuvée of Clos Culombu, not held
T|-blc|BTL|23|orenga de gaffory blanc|Orenga de Gaffory white not held
T|-blc|BTL|23|comte peraldi blanc|Comte Peraldi white not held
T|-ros|BTL|24|dom.vaccelli rosé|Vaccelli rosé not held (Granit and Quartz are)
T|-ros|BTL|24|mirabeau belle année|another Mirabeau rosé, not held (Pure is)
T|-chp|BTL||besserat blanc de blancs|Besserat's blanc de blancs, not held (Jacquart's is)
T|-chp|CP||champagne brut|generic: several champagnes held
T|-bie|S33||pietra sans alcool|another beer of Brasserie Pietra, not held
T|colomba|DEMI||colomba|
T|pietra|S50||pietra|
T|orezza|S33||orezza|
T|-ape|DOSE||liqueur de clémentine|not held
T|-alc|DOSE||glenfarclas 12 ans|Glenfarclas 12 years not held (10 and 15 are)
T|-alc|DOSE||old pulteney 18 ans|Old Pulteney 18 years not held (12 is)
T|-alc|DOSE||eau de vie de poire mavela|another Mavela eau-de-vie, not held
T|-alc|DOSE||marc de patrimonio|a marc, not held (Patrimonio names wines)
T|-eau|S100||eau gazeuse|generic
T|-sft|S33||coca cherry|another Coca-Cola, not held
T|granit|MAG|21|dom.vaccelli granit|
T|landry_r|HALF|21|clos landry rouge|
T|gouverneurs|MAG|18|gouverneurs|
T|mosaique|HALF||jacquart mosaïque|
T|jacquart_bdb|MAG|15|jacquart blanc de blancs|
T|-blc|BTL|23|dom.de l'île blanc|Domaine de l'Île white not held (its rosé is)
"""

SPECS_K = r"""
# ---------------------------------------------------------------- K: beach kiosk
K|culombu_ros|GL|24|Clos Culombu rosé|
K|culombu_ros|BTL|23|Clos Culombu rosé|
K|culombu_ros|HALF|24|Clos Culombu rosé|
K|culombu_ros|P50||Culombu rosé|
K|landry_gris|BTL|24|Clos Landry Gris|
K|landry_gris|GL15||Clos Landry Gris|
K|landry_gris|MAG|23|Clos Landry Gris|
K|eprove_ros|P25|24|E Prove rosé|
K|marquiliani|BTL|23|Marquiliani Rosé Gris|
K|tvecchia_ros|BTL|23|Terra Vecchia rosé|
K|tvecchia_ros|MAG|24|Terra Vecchia rosé|
K|mirabeau|BTL|23|Mirabeau Pure|
K|mirabeau|GL|22|Mirabeau Pure|
K|gassier_946|BTL||Gassier 946|
K|sables|GL|24|Sables d'Azur|
K|marie_chr|GL|23|Aumérade Marie-Christine|
K|ile_ros|BTL|23|Domaine de l'Île Porquerolles|
K|petra_bianca|GL|24|Petra Bianca|
K|alexandra_ros|GL|23|Tanella Alexandra rosé|
K|robe_ros|BTL|24|Robe d'Ange rosé|
K|agriates_ros|GL|22|Agriates rosé|
K|saparale_ros|GL|24|Saparale rosé|
K|granajolo_ros|GL|24|Granajolo rosé|
K|gaffory_ros|BTL|23|Orenga de Gaffory rosé|
K|capitoro_ros|P50|24|Capitoro rosé|
K|culombu_b|GL|24|Culombu blanc|
K|fiume_b|BTL|22|Fiume Seccu blanc|
K|robe_b|GL|23|Robe d'Ange blanc|
K|venturi_b|BTL|23|Clos Venturi blanc|
K|nicrosi_b|GL|22|Clos Nicrosi blanc|
K|saparale_b|BTL|22|Saparale blanc|
K|gentile_b|GL|23|Gentile Patrimonio blanc|
K|montemagni_b|GL|24|Montemagni blanc|
K|culombu_r|GL|21|Culombu rouge|
K|fiume_r|P50|22|Fiume Seccu rouge|
K|moines_brut|CP||Besserat Cuvée des Moines|
K|moines_rose|BTL||Besserat Moines rosé|
K|mosaique|BTL||Jacquart brut|
K|mosaique|MAG||Jacquart Mosaïque|
K|leonie|BTL||Canard-Duchêne Léonie|
K|cap_blanc|6CL||Cap Corse Mattei blanc|
K|myrte_mavela|DOSE||Myrte Mavela|
K|edv_chataigne|DOSE||Eau-de-vie de châtaigne Mavela|
K|glenfarclas_10|DOSE||Glenfarclas 10 ans|
K|pm_signature|DOSE||P&M Signature|
K|pietra|DEMI||Pietra|
K|pietra|S33||Pietra|
K|serena|PINTE||Serena|
K|torra_myrte|S33||Torra Myrte|
K|st_georges|S50||Saint-Georges|
K|zilia|S100||Zilia|
K|coca|S33||Coca-Cola|
K|ice_tea|S33||Lipton Ice Tea pêche|
# K none
K|-cui|-||Panini figatellu|food
K|-cui|-||Glace 2 boules|food: ice cream
K|-cui|-||Beignets de courgette|food
K|-div|-||Transat journée|service: sunbed for the day
K|-div|-||Parasol|service
K|-ros|GL||Rosé du moment|generic: no wine of the moment held
K|-ros|P50||Rosé maison|generic: no house rosé held
K|-ros|GL||Patrimonio rosé|appellation alone: three Patrimonio rosés held
K|-ros|BTL||Vin de Corse rosé|generic: many Vin de Corse rosés held
K|-ros|BTL||Rosé de Provence|generic: several Provence rosés held
K|-ros|BTL|24|Mirabeau Forever Summer|another Mirabeau rosé, not held (Pure is)
K|-blc|GL|24|E Prove blanc|E Prove white not held (its red and rosé are)
K|-blc|GL|24|Terra Vecchia blanc|Terra Vecchia white not held (its rosé and red are)
K|-rge|BTL|23|Marquiliani rouge|Marquiliani red not held (its Rosé Gris is)
K|-chp|CP||Champagne|generic: several champagnes held
K|-chp|BTL||Jacquart rosé brut|Jacquart's rosé not held
K|mosaique|HALF||Jacquart Mosaïque|
K|leonie|MAG||Canard-Duchêne Léonie|
K|landry_gris|HALF|24|Clos Landry Gris|
K|culombu_b|MAG|24|Culombu blanc|
K|torra_myrte|DEMI||Torra Myrte|
K|pietra|S50||Pietra|
K|zilia|S50||Zilia|
K|coca|S50||Coca-Cola|
K|capitoro_ros|MAG|24|Capitoro rosé|
K|-rge|GL|22|Montemagni rouge|Montemagni red not held (its rosé and white are)
K|-bie|PINTE||Panaché|mixed drink
K|-bie|S33||Bière du moment|generic: no beer of the moment held
K|-bie|S33||Serena sans alcool|another beer of Brasserie Pietra, not held
K|-sft|S33||Limonade|generic soft, none held
K|-sft|S33||Lipton Ice Tea citron|another Lipton flavour, not held (pêche is)
K|-ape|-||Spritz myrte|mixed drink
K|-ape|-||Mattei tonic|mixed drink: Cap Corse and tonic
K|-ape|6CL||Cap Corse|two Cap Corse Mattei held (blanc, rouge)
K|-alc|DOSE||Glenfarclas 25 ans|Glenfarclas 25 years not held (10 and 15 are)
K|-alc|DOSE||Cardhu Amber Rock|another Cardhu, not held (12 years is)
"""


def lines():
    for block in (SPECS, SPECS_T, SPECS_K):
        for line in block.strip().splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                yield line
