"""What the staff typed on each till of "La Flûte du Parvis".

A product that is a drink of the library (or a format of one):
    till|key|measure|vintage|text
A product that is no drink of the library:
    till|-FAMILY|measure|vintage|text|reason|fits
`fits` lists the held wines the label does not tell apart (a house, an appellation or a
word shared by several): the build checks each of them is held in the label's format.
Measures are those of reims_tills.py; the vintage is a year or empty. R texts are typed in
upper-case ASCII; I texts are `PRODUCER|cuvée`; C texts are the catalogue name.
"""

R = """
R|pal_br|jero||PALMER
R|pal_br|coupe||PALMER BRUT
R|pal_bdb|coupe||PALMER BDB
R|pal_rse|mag||PALMER ROSE RESERVE
R|pal_vint|btl|2015|PALMER VINTAGE
R|pal_vint|btl|2013|PALMER VINTAGE
R|pal_amz|btl||AMAZONE DE PALMER
R|thi_br|mag||THIENOT
R|thi_sta|btl|2012|THIENOT STANISLAS
R|thi_sta|btl|2014|THIENOT CUVEE STANISLAS
R|thi_gar|btl|2015|THIENOT GARANCE
R|mon_rse|coupe||HEIDSIECK MONOPOLE ROSE
R|gra_cl|half||GRATIEN BRUT CLASSIQUE
R|gra_par|btl||A GRATIEN PARADIS
R|gra_mil|btl|2014|A GRATIEN MILL
R|jp_jos|btl|2012|JOSEPHINE J PERRIER
R|dl_br|half||DUVAL LEROY
R|dl_fem|btl|2008|DUVAL LEROY FEMME
R|dl_fem|btl|2007|DUVAL LEROY FEMME
R|dv_prse|coupe||DE VENOGE PRINCES RSE
R|dx_d|btl||DEVAUX CUVEE D
R|lb_aby|btl|2017|LECLERC BRIANT ABYSS
R|lb_aby|btl|2018|LB ABYSS
R|mai_ech|btl|2013|MAILLY ECHANSONS
R|mai_bdn|coupe||MAILLY BDN GC
R|ber_rg|btl|2019|BERECHE RIVE GAUCHE
R|ber_cran|btl|2016|BERECHE LE CRAN
R|ber_camp|btl|2018|BERECHE CAMPANIA REMENSIS
R|ber_cc|glass||BERECHE LUDES ROUGE CC
R|ber_rat|cl6||RATAFIA BERECHE
R|sav_ouv|mag||SAVART OUVERTURE
R|sav_exp|btl|2016|SAVART EXPRESSION
R|prv_beg|btl||PREVOST LES BEGUINES
R|uc_pier|btl||U COLLIN PIERRIERES
R|lav_bn|btl||LAVAL BRUT NATURE
R|geo_exp|mag||GEOFFROY EXPRESSION
R|geo_emp|btl|2013|GEOFFROY EMPREINTE
R|geo_cc|glass||GEOFFROY CUMIERES ROUGE
R|lah_bdn|btl||LAHAYE BDN
R|pb_res|mag||BARA BRUT RES GC
R|pb_sc|btl|2015|BARA SPECIAL CLUB
R|pb_bouzy|btl|2021|BOUZY ROUGE BARA
R|gim_cuis|half||GIMONNET CUIS BDB
R|gim_sc|btl|2015|GIMONNET SPEC CLUB
R|dbv_bdb|mag||DIEBOLT VALLOIS BDB
R|heb_sel|coupe||HEBRART SELECTION 1ER
R|vs_fid|btl||VOUETTE SORBEE FIDELE
R|hor_riceys|btl|2017|HORIOT RICEYS VALINGRAIN
R|drn_ch|btl|2022|CHABLIS DROIN
R|drn_ch|glass|2020|CHABLIS DROIN
R|bm_meur|mag|2021|MEURSAULT BALLOT
R|dag_ps|btl|2021|DAGUENEAU PUR SANG
R|mel_mous|half||MELLOT MOUSSIERE
R|rn_ins|glass|2022|ROCHES NEUVES INSOLITE
R|goy_fine|dose||FINE DE LA MARNE
R|goy_marc|cl2||MARC CHAMPAGNE GOYARD
R|ves_bl|demi||VESLE BLONDE
R|ves_ipa|pinte||VESLE IPA
R|coca|b33||COCA
R|watt|b50||WATTWILLER
R|th_tonic|b20||TONIC THOMAS HENRY
R|geo_exp|jero||GEOFFROY EXPRESSION
R|pb_res|jero||BARA BRUT RES GC
R|gim_fleu|half|2016|GIMONNET FLEURON
R|thi_sta|mag|2012|THIENOT STANISLAS
R|ves_amb|demi||VESLE AMBREE
R|ves_bl|b33||VESLE BLONDE
R|bm_meur|half||MEURSAULT BALLOT
R|dv_prse|mag||DE VENOGE PRINCES RSE
R|-CU|||BISCUITS ROSES FOSSIER|food: Reims pink biscuits (not a rosé)|
R|-CU|||JAMBON DE REIMS|food|
R|-SV|||DROIT DE BOUCHON|service: corkage|
R|-CK|coupe||KIR ROYAL|cocktail (crème de cassis and champagne)|
R|-CK|||RATAFIA TONIC|mixed drink, not a ratafia sold neat|
R|-CH|coupe||CHAMPAGNE DU MOMENT|generic: the coupe of the moment names no wine|
R|-CH|btl||PALMER|Palmer & Co alone: five cuvées held in 75 cl|pal_br,pal_bdb,pal_rse,pal_vint,pal_amz
R|-CH|coupe||THIENOT|Thiénot alone: four cuvées held in 75 cl|thi_br,thi_rse,thi_sta,thi_gar
R|-CH|mag||PALMER|Palmer & Co alone: two magnums held (Brut Réserve, Rosé Réserve)|pal_br,pal_rse
R|-CH|btl||BERECHE|Bérêche alone: four champagnes held in 75 cl|ber_br,ber_rg,ber_cran,ber_camp
R|-CH|coupe||GEOFFROY|Geoffroy alone: three champagnes held in 75 cl|geo_exp,geo_emp,geo_rse
R|-CH|btl||BARONS ROTHSCHILD|Barons de Rothschild alone: Brut and Blanc de Blancs held|bdr_br,bdr_bdb
R|-CH|btl||CHARLES HEIDSIECK RES|another house (Charles Heidsieck) sharing Heidsieck with Monopole|
R|-CH|coupe||PIPER HEIDSIECK|another house (Piper-Heidsieck) sharing Heidsieck with Monopole|
R|-CH|btl||LAURENT PERRIER ROSE|another house (Laurent-Perrier) sharing Perrier with Joseph Perrier|
R|-SO|b33||PERRIER|Perrier water, not held (Joseph Perrier is a champagne)|
R|-VI|btl|2015|CHATEAU PALMER|Château Palmer (Margaux), not Palmer & Co|
R|-CH|btl||GRATIEN MEYER SAUMUR|Gratien & Meyer's Saumur brut, not Alfred Gratien|
R|-CH|btl|2012|THIENOT CUVEE ALAIN|another cuvée of Thiénot (Cuvée Alain Thiénot)|
R|-CH|btl||PALMER BDN|another cuvée of Palmer & Co (its Blanc de Noirs; the Blanc de Blancs is held)|
R|-CH|coupe||DEVAUX ULTRA D|another cuvée of Devaux (Ultra D; Cuvée D is held)|
R|-CH|btl||BERECHE REFLET ANTAN|another cuvée of Bérêche (Reflet d'Antan)|
R|-CH|coupe||BRUT NATURE|a style held from two growers|lav_bn,lah_bn
R|-CH|coupe||EXPRESSION|a cuvée name held from two growers (Savart, Geoffroy)|sav_exp,geo_exp
R|-VI|btl||BOUZY ROUGE|Bouzy Rouge held from two growers|lah_bouzy,pb_bouzy
R|-VI|glass||ROSE DES RICEYS|Rosé des Riceys held from two growers|hor_riceys,ab_riceys
R|-DI|dose||MARC DE CHAMPAGNE|two marcs held (Goyard, Lahaye)|goy_marc,lah_marc
R|-DI|cl6||RATAFIA|two ratafias held (Bérêche, Geoffroy)|ber_rat,geo_rat
R|-DI|dose||FINE MARNE 20 ANS|a 20-year-old Fine de la Marne is not held (the one held has no age)|
R|-BI|pinte||VESLE|two Vesle beers on draught (Blonde, IPA)|ves_bl,ves_ipa
R|-VI|btl||SANCERRE ROUGE MELLOT|Mellot's Sancerre is held only in white|
R|-VI|btl||CHABLIS 1ER CRU DROIN|no premier cru of Droin is held (its Chablis and Vaudésir grand cru are)|
R|-CH|btl||MONOPOLE RED TOP|another cuvée of Heidsieck & Co Monopole (Red Top)|
"""

I = """
I|pal_br|mag||PALMER & CO|brut réserve
I|pal_br|jero||PALMER|brut réserve
I|pal_rse|btl||PALMER|rosé réserve
I|pal_vint|btl|2012|PALMER|vintage
I|pal_vint|flute|2014|PALMER|vintage
I|pal_amz|flute||PALMER|amazone
I|thi_rse|coupe||THIÉNOT|brut rosé
I|thi_gar|btl|2013|THIÉNOT|cuvée garance
I|thi_sta|btl||THIÉNOT|stanislas
I|mon_blue|mag||HEIDSIECK & CO MONOPOLE|blue top
I|gra_rse|coupe||ALFRED GRATIEN|rosé
I|gra_mil|btl|2015|ALFRED GRATIEN|millésime
I|jp_roy|mag||JOSEPH PERRIER|cuvée royale brut
I|jp_rse|btl||JOSEPH PERRIER|cuvée royale rosé
I|jp_jos|btl|2014|JOSEPH PERRIER|joséphine
I|dl_rse|coupe||DUVAL-LEROY|rosé prestige
I|dl_fem|btl||DUVAL-LEROY|femme de champagne
I|dx_cdb|btl||DEVAUX|cœur des bar
I|dx_d|mag||DEVAUX|cuvée d
I|lb_rse|btl||LECLERC BRIANT|rosé
I|bdr_bdb|btl||BARONS DE ROTHSCHILD|blanc de blancs
I|mai_ech|btl|2011|MAILLY|les échansons
I|ber_rg|btl|2017|BÉRÊCHE|rive gauche
I|ber_cran|btl|2014|BÉRÊCHE|le cran
I|ber_camp|btl||BÉRÊCHE|campania remensis rosé
I|sav_ouv|coupe||SAVART|l’ouverture
I|sav_bulle|coupe||SAVART|bulle de rosé
I|sav_exp|btl|2017|SAVART|expression
I|prv_fac|btl||PRÉVOST|fac-simile rosé
I|prv_beg|coupe||LA CLOSERIE|les béguines
I|uc_mail|btl||ULYSSE COLLIN|les maillons
I|lav_cc|btl|2019|GEORGES LAVAL|cumières rouge
I|lav_cc|glass|2017|LAVAL|cumières rouge
I|geo_rse|coupe||GEOFFROY|rosé de saignée
I|dx_gr|half||DEVAUX|grande réserve
I|geo_emp|btl|2015|GEOFFROY|empreinte
I|geo_rat|cl6||GEOFFROY|ratafia
I|lah_bn|btl||BENOÎT LAHAYE|brut nature
I|lah_bouzy|glass|2018|LAHAYE|bouzy rouge
I|lah_bouzy|btl|2020|LAHAYE|bouzy rouge
I|pb_sc|btl|2016|PAUL BARA|spécial club
I|pb_bouzy|btl||PAUL BARA|bouzy rouge
I|gim_cuis|mag||GIMONNET|
I|gim_fleu|btl|2017|GIMONNET|fleuron
I|dbv_trad|coupe||DIEBOLT-VALLOIS|tradition
I|heb_sc|btl|2015|HÉBRART|spécial club
I|vs_arg|btl||VOUETTE & SORBÉE|blanc d’argile
I|dg_tf|btl||DHONDT-GRELLET|les terres fines
I|ab_riceys|btl|2018|ALEXANDRE BONNET|rosé des riceys
I|hor_riceys|glass||HORIOT|rosé des riceys
I|dmo_ros|btl|2022|DE MOOR|rosette
I|drn_vau|btl|2019|DROIN|vaudésir
I|dag_silex|btl|2018|DAGUENEAU|silex
I|mel_mous|glass|2022|MELLOT|la moussière
I|bm_meur|g8|2020|BALLOT-MILLOT|meursault
I|mel_mous|btl|2022||sancerre
I|goy_marc|dose||GOYARD|marc de champagne
I|lah_marc|cl2||LAHAYE|marc de champagne
I|sac_bla|b33||SACRE|blanche
I|sac_tri|b75||SACRE|triple
I|ves_bl|pinte||VESLE|blonde
I|watt|b100||WATTWILLER|
I|th_tonic|b20||THOMAS HENRY|tonic
I|gra_par|mag||ALFRED GRATIEN|cuvée paradis
I|sav_ouv|jero||SAVART|l’ouverture
I|dx_d|half||DEVAUX|cuvée d
I|sac_tri|pinte||SACRE|triple
I|coca|b50||COCA-COLA|
I|ves_bl|b33||VESLE|blonde
I|uc_pier|mag||ULYSSE COLLIN|les pierrières
I|lah_bouzy|mag|2018|LAHAYE|bouzy rouge
I|-CU|||FOSSIER|biscuits roses|food: Reims pink biscuits|
I|-CK|coupe|||kir royal|cocktail|
I|-CK||||french 75|cocktail (gin, lemon, champagne); 75 is its name|
I|-CH|coupe|||champagne du moment|generic: names no wine|
I|-CH|flute||PALMER||Palmer & Co alone: five cuvées poured from 75 cl|pal_br,pal_bdb,pal_rse,pal_vint,pal_amz
I|-CH|btl||PAUL BARA||Paul Bara alone: two champagnes held in 75 cl|pb_res,pb_sc
I|-CH|coupe||SAVART||Savart alone: three champagnes held in 75 cl|sav_ouv,sav_bulle,sav_exp
I|-CH|btl||ULYSSE COLLIN||Ulysse Collin alone: two cuvées held|uc_pier,uc_mail
I|-CH|btl||JOSEPH PERRIER|cuvée royale demi-sec|another cuvée of Joseph Perrier (demi-sec is a sweetness, not a half bottle)|
I|-CH|btl|2013|PERRIER-JOUËT|belle époque|another house sharing Perrier|
I|-CH|btl||PALMER|rosé solera|another rosé cuvée of Palmer & Co (Rosé Réserve is held)|
I|-CH|btl|2007|CHARLES HEIDSIECK|blanc des millénaires|another house sharing Heidsieck|
I|-CH|btl|2015|HEIDSIECK & CO MONOPOLE|gold top|another cuvée of Monopole (Gold Top)|
I|-VI|btl|2019|GEORGES LAVAL|coteaux champenois blanc|Laval's still wine is held only in red (Cumières Rouge)|
I|-VI|glass|||bouzy rouge|Bouzy Rouge held from two growers|lah_bouzy,pb_bouzy
I|-VI|btl||BÉRÊCHE|ludes blanc|Bérêche's Coteaux Champenois is held only in red|
I|-VI|btl|2018|MARGUET|ambonnay rouge|a grower not held|
I|-DI|dose|||marc de champagne|two marcs held|goy_marc,lah_marc
I|-DI|cl6|||ratafia champenois|two ratafias held|ber_rat,geo_rat
I|-DI|dose||GOYARD|marc 10 ans|a 10-year-old marc is not held (Goyard's marc has no age)|
I|-SO|b100||WATTWILLER|pétillante|the sparkling Wattwiller is not held (only the still)|
I|-SV|||DÉGUSTATION|3 coupes vignerons|a tasting flight of three growers' coupes, no one drink|
I|-CH|coupe|||blanc de blancs|six blancs de blancs held|pal_bdb,jp_bdb,dv_pbdb,bdr_bdb,gim_cuis,dbv_bdb
I|-CH|btl|2014||spécial club|Spécial Club 2014 held from two growers (Bara, Gimonnet)|pb_sc,gim_sc
I|-CH|btl||DHONDT-GRELLET|dans un premier temps|another cuvée of Dhondt-Grellet|
I|-CH|btl||VOUETTE & SORBÉE|saignée de sorbée|the rosé of Vouette et Sorbée is not held|
I|-CH|btl||HORIOT|5 sens|another cuvée of Horiot (5 Sens; 5 is its name)|
I|-CH|btl||DUVAL-LEROY|fleur de champagne|another cuvée of Duval-Leroy (Femme de Champagne is held)|
I|-CH|btl|2012|DE VENOGE|louis xv|another cuvée of De Venoge|
"""

C = """
C|pal_br|btl||Palmer & Co Brut Réserve
C|pal_br|half||Palmer & Co Brut Réserve
C|pal_bdb|btl||Palmer & Co Blanc de Blancs
C|pal_vint|btl|2016|Palmer & Co Vintage
C|thi_rse|btl||Thiénot Brut Rosé
C|thi_sta|btl|2011|Thiénot Cuvée Stanislas
C|mon_rse|btl||Heidsieck & Co Monopole Rosé Top
C|gra_rse|btl||Alfred Gratien Brut Rosé
C|gra_mil|btl|2013|Alfred Gratien Millésime
C|jp_roy|half||Joseph Perrier Cuvée Royale Brut
C|jp_bdb|btl||Joseph Perrier Cuvée Royale Blanc de Blancs
C|dl_br|btl||Duval-Leroy Brut Réserve
C|dl_fem|btl|2010|Duval-Leroy Femme de Champagne
C|dx_gr|half||Devaux
C|lb_aby|btl|2016|Leclerc Briant Abyss
C|bdr_br|btl||Barons de Rothschild Brut
C|mai_ech|btl|2014|Mailly Grand Cru Les Échansons
C|ber_br|btl||Bérèche et Fils Brut Réserve
C|ber_rat|b50||Bérêche Ratafia Champenois
C|ber_cc|btl|2019|Bérêche Coteaux Champenois Ludes Rouge
C|sav_bulle|btl||Savart Bulle de Rosé
C|sav_exp|btl|2015|Savart Expression
C|prv_beg|coupe||Jérôme Prévost Les Béguines
C|uc_pier|btl||Ulysse Collin Les Pierrières
C|lav_bn|coupe||Georges Laval Cumières Brut Nature
C|geo_exp|btl||René Geoffroy Expression Brut
C|geo_emp|btl|2016|René Geoffroy Empreinte
C|lah_bn|coupe||Benoît Lahaye Brut Nature
C|pb_bouzy|btl|2019|Paul Bara Bouzy Rouge
C|gim_cuis|btl||Pierre Gimmonet Cuis 1er Cru Blanc de Blancs
C|gim_fleu|btl|2014|Pierre Gimonnet Fleuron
C|dbv_bdb|btl||Diebolt Valois Blanc de Blancs
C|heb_sel|btl||Marc Hébrart Sélection Premier Cru
C|hor_riceys|btl|2015|Olivier Horiot Rosé des Riceys En Valingrain
C|drn_ch|car50|2022|Droin Chablis
C|drn_vau|btl|2020|Droin Chablis Grand Cru Vaudésir
C|bm_meur|btl|2019|Ballot-Millot Meursault
C|dag_ps|btl|2022|Didier Dagueneau Pouilly-Fumé Pur Sang
C|mel_mous|btl|2022|Alphonse Mellot Sancerre La Moussière
C|rn_ins|g10|2021|Roches Neuves Saumur L'Insolite
C|chi_bou|btl|2021|Chidaine Montlouis Les Bournais
C|goy_fine|b70||Goyard Fine de la Marne
C|geo_rat|b70||René Geoffroy Ratafia Champenois
C|ves_ipa|demi||Brasserie de la Vesle IPA
C|ves_amb|b33||Brasserie de la Vesle Ambrée
C|sac_tri|b33||Brasserie du Sacre Triple
C|th_tonic|b20||Thomas Henry Tonic
C|watt|b100||Wattwiller
C|mai_br|jero||Mailly Grand Cru Brut Réserve
C|sav_ouv|half||Savart L'Ouverture
C|prv_beg|mag||Jérôme Prévost Les Béguines
C|sac_bla|pinte||Brasserie du Sacre Blanche
C|rozana|b50||Rozana
C|-CU|||Jambon de Reims en croûte|food|
C|-SV|||Visite de cave et dégustation|service|
C|-CK|coupe||Mimosa|cocktail (orange juice and champagne)|
C|-CH|coupe||Champagne de la Maison|generic house champagne: none is held|
C|-CH|btl|2015|Palmer & Co Grands Terroirs|another cuvée of Palmer & Co|
C|-CH|btl||Thiénot|Thiénot alone: four cuvées held in 75 cl|thi_br,thi_rse,thi_sta,thi_gar
C|-CH|coupe||Alfred Gratien|Alfred Gratien alone: four cuvées poured from 75 cl|gra_cl,gra_rse,gra_par,gra_mil
C|-CH|btl||Mailly Grand Cru|Mailly alone: three cuvées held in 75 cl|mai_br,mai_bdn,mai_ech
C|-CH|btl||Piper-Heidsieck Cuvée Brut|another house sharing Heidsieck|
C|-CH|btl||Gratien & Meyer Crémant de Loire|a Loire crémant house sharing Gratien|
C|-CH|btl||Joseph Perrier Cuvée Royale Brut Nature|another cuvée of Joseph Perrier (Brut Nature)|
C|-CH|btl||Devaux Cuvée D Rosé|the rosé of Cuvée D is not held|
C|-CH|btl||De Venoge Princes Blanc de Noirs|another Princes cuvée of De Venoge|
C|-CH|btl||Bérêche et Fils Les Beaux Regards|another cuvée of Bérêche|
C|-VI|btl|2019|Coteaux Champenois Rouge|five Coteaux Champenois reds held|ber_cc,lav_cc,geo_cc,lah_bouzy,pb_bouzy
C|-VI|btl|2020|Alphonse Mellot Sancerre Génération XIX Rouge|another cuvée and colour of Mellot|
C|-VI|btl|2020|Didier Dagueneau Buisson Renard|another cuvée of Dagueneau|
C|-VI|btl|2016|Baron Edmond de Rothschild Château Clarke|a Listrac estate sharing Rothschild with the champagne|
C|-VI|btl|2015|Château Palmer Margaux|Château Palmer, not Palmer & Co|
C|-DI|dose||Goyard Fine de la Marne 20 ans|a 20-year-old Fine is not held|
C|-DI|b70||Marc de Champagne|two marcs held|goy_marc,lah_marc
C|-SO|b33||Coca-Cola Zéro|not held|
C|-BI|b33||Brasserie de la Vesle Double IPA|another beer of the Vesle brewery|
C|-SO|b20||Thomas Henry Ginger Beer|another variant of Thomas Henry|
"""


def specs():
    out = []
    for block in (R, I, C):
        for line in block.strip().splitlines():
            f = line.split("|")
            till = f[0]
            if till == "I":  # I texts hold one more "|" (producer|cuvée)
                f = [*f[:4], "|".join(f[4:6]), *f[6:]]
            if f[1].startswith("-"):
                t, fam, measure, vint, text, reason, fits = f
                out.append(
                    {
                        "till": t,
                        "key": None,
                        "family": fam[1:],
                        "measure": measure or None,
                        "vintage": int(vint) if vint else None,
                        "text": text,
                        "reason": reason,
                        "fits": [k for k in fits.split(",") if k],
                    }
                )
            else:
                t, key, measure, vint, text = f
                out.append(
                    {
                        "till": t,
                        "key": key,
                        "family": None,
                        "measure": measure or None,
                        "vintage": int(vint) if vint else None,
                        "text": text,
                        "reason": None,
                        "fits": [],
                    }
                )
    return out
