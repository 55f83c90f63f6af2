"""What the staff typed on each till, one product button a line.

`family|key|measure|vintage|text` for a drink of the library (key from lyon_drinks),
`family|-|measure|vintage|text|reason[|bottle cl]` for a product that is no drink held.
family: rg reds, bl whites, rs rosés, bu bubbles, ap apéritifs, di digestifs, bi beers,
so softs and waters, cu kitchen, ca coffee, dv services. measure: see lyon_tills.MEASURES.
On R the text is what the register button holds before the till's own rendering; a `~`
marks where the words that identify the drink end (what follows may be cut off).
"""

R = """
rg|gbreton_morgon||22|MORGON BRETON
rg|gbreton_morgon|pot||MORGON~BRETON
rg|gbreton_morgon|half|22|MORGON~BRETON
rg|descombes_regnie|vre||REGNIE DESCOMBES
rg|descombes_bjv|pot||BJV DESCOMBES
rg|bouland_corcelette||21|CORCELETTE
rg|bouland_corcelette|pot||MORGON CORCELETTE
rg|bouland_chiroubles||22|CHIROUBLES
rg|brun_ancien||22|L ANCIEN BRUN
rg|brun_ancien|mag|21|ANCIEN~BRUN
rg|lapalu_brouilly||21|BROUILLY
rg|lapalu_cdb|fil||COTE BROUILLY~LAPALU
rg|metras_fleurie|||FLEURIE METRAS
rg|dutraive_gc||20|FLEURIE GD COUR
rg|dutraive_champagne|vre||FLEURIE CHAMPAGNE~DUTRAIVE
rg|janin_tremblay||19|CLOS TREMBLAY
rg|janin_tremblay|mag||CLOS TREMBLAY~JANIN
rg|pirolette_stamour||21|ST AMOUR
rg|guillot_rouge|||MACON CRUZILLE
rg|jacqueson_chaponnieres||20|RULLY JACQUESON
rg|lumpp_marole||18|GIVRY LUMPP
rg|juillot_mercurey|mag|20|MERCUREY
rg|ogier_reserve||18|C ROTIE OGIER
rg|gonon_sj||20|ST JOSEPH GONON
rg|combier_crozes|pot||CROZES COMBIER
rg|voge_vv||18|CORNAS VOGE
rg|allemand_chaillot||18|CHAILLOT~ALLEMAND
rg|cpbreton_trinch||22|TRINCH BRETON
rg|raffault_picasses||16|PICASSES
bl|guillot_genievrieres||20|CRUZILLE
bl|jacqueson_cloux||19|RULLY JACQUESON
bl|thibert_pf|half||POUILLY FUISSE~THIBERT
bl|bonhomme_vc||21|VIRE CLESSE
bl|gaillard_condrieu||20|CONDRIEU GAILLARD
bl|combier_blanc|||CROZES COMBIER
bl|tunnel_stperay||21|ST PERAY TUNNEL
bl|descotes_blanc|fil||CX LYONNAIS
bl|brun_blanc|pot||BJ BRUN
bl|berthet_chalon||14|CH CHALON
bl|vacheron_sancerre|half||SANCERRE
bl|ardoisieres_argile||20|ARGILE BLANC
rs|bottex_cueille|||CERDON BOTTEX
rs|renardat_cerdon|vre||CERDON RENARDAT
bu|drappier_cdo|cp||DRAPPIER
bu|drappier_cdo|mag||DRAPPIER
bu|drappier_rose|||DRAPPIER ROSE
bu|chartogne_steanne|||CHARTOGNE
ap|suze|dose||SUZE
ap|salers|dose||SALERS
ap|dolin_rouge|6cl||DOLIN ROUGE
di|chartreuse_verte|4cl||CHARTR VERTE
di|devoille_poire|dose||POIRE
di|devoille_kirsch|2cl||KIRSCH
di|marc_beaujolais|dose||MARC BJ
di|delamain_xo|dose||DELAMAIN XO
di|dolin_genepi|dose||GENEPI
bi|ninkasi_pa|demi||NINKASI PA
bi|ninkasi_ipa|b33||NINKASI IPA
bi|mb_rousse|demi||ROUSSE MB
bi|mb_rousse|b33||ROUSSE MB
so|coca|||COCA
so|coca_zero|||COCA ZERO
so|badoit|b50||BADOIT
rg|-|pot||BEAUJOLAIS|bare Beaujolais: two Beaujolais held (Terres Dorées, Vissoux)
rg|-|pot||ROUGE MAISON|generic house red, no house wine held
rg|-|pot||CDR|Côtes du Rhône not held
rg|-||21|FLEURIE|Fleurie from three growers
rg|-||22|MORGON|Morgon from three growers
rg|-|vre||REGNIE|Régnié from two growers
rg|-||21|COTE BROUILLY|Côte de Brouilly from two growers
rg|-||20|MORGON PY|Côte du Py not held
rg|-||17|HERMITAGE CHAVE|JL Chave's Hermitage, not Yann Chave's Crozes
rg|-||19|COTE ROTIE|Côte-Rôtie from three producers
rg|-||19|CORNAS|Cornas: four wines held
rg|-|||CORNAS REYNARD|Allemand's other cuvée, not held
rg|-||21|CROZES GRAILLOT|producer not held
rg|-||20|ST JOSEPH|Saint-Joseph rouge: three wines
rg|juillot_mercurey|half||MERCUREY
rg|raffault_picasses||19|CHINON
bl|-||21|CONDRIEU|Condrieu from three producers
bl|-||21|ST JOSEPH GAILLARD|Gaillard's Saint-Joseph is held only in red
bl|-||22|POUILLY FUME|appellation not held (shares Pouilly)
bl|-|vre||ST PERAY|Saint-Péray: two wines
rs|-|||CERDON|two Cerdons held
bu|-|cp||CHAMPAGNE|generic, two champagnes held
bu|-|||DRAPPIER NATURE|other cuvée of the house
bu|drappier_rose|half||DRAPP ROSE
ap|-|||KIR|mixed drink
ap|-|||COMMUNARD|mixed drink (Beaujolais and cassis)
ap|-|dose||GENTIANE|two gentian apéritifs held (Suze, Salers)
ap|-|||SUZE CASSIS|mixed drink
di|-|dose||MARC|two marcs held
di|-|dose||MARC BOURG|not held
di|-|||CHARTREUSE VEP|VEP not held
di|-|||DELAMAIN VESPER|another Delamain, not held
bi|-|demi||PRESSION|generic draught
bi|-|demi||NINKASI|two Ninkasi on draught
bi|ninkasi_ipa|pinte||NINK IPA
bi|mb_blonde|pinte||BLONDE MB
so|evian|b50||EVIAN
so|-|||DIABOLO MENTHE|mixed drink
so|-|||SIROP GRENADINE|syrup with water, not held as a drink
cu|-|||SAUCISSON BRIOCHE|food
rg|pirolette_stamour|mag||ST AMOUR
bl|-||21|CONDRIEU VILLARD|producer not held
cu|-|||TABLIER SAPEUR|food
cu|-|||QUENELLE BROCHET|food
ca|-|||CAFE|coffee
dv|-|||DROIT BOUCHON|service
dv|-|||CARAFE EAU|tap water
""".strip().splitlines()

T = """
rg|gbreton_morgon|vre|20|Morgon Guy Breton
rg|gbreton_morgon||19|Morgon VV Guy Breton
rg|gbreton_regnie|pot||Régnié Guy Breton
rg|descombes_morgon|pot|21|Morgon Descombes
rg|descombes_morgon||22|morgon georges descombes
rg|descombes_bjv|fil|23|bojo villages descombes
rg|descombes_bjv||20|Beaujolais-Villages Descombes
rg|bouland_corcelette|vre|22|Morgon Corcelette Bouland
rg|bouland_corcelette||18|Corcelette Daniel Bouland
rg|brun_ancien|vre|21|L'Ancien Jean-Paul Brun
rg|brun_ancien||20|l'ancien terres dorées
rg|brun_fleurie||19|Fleurie Terres Dorées
rg|brun_mav||19|Moulin-à-Vent JP Brun
rg|brun_cdb|pot||Côte de Brouilly Terres Dorées
rg|dutraive_gc|mag|21|Fleurie Grand'Cour Dutraive
rg|dutraive_gc||21|Clos de la Grand'Cour Dutraive
rg|dutraive_champagne||21|Fleurie Champagne Dutraive
rg|lapalu_brouilly|pot|22|Brouilly VV Lapalu
rg|lapalu_brouilly||23|Brouilly Lapalu
rg|lapalu_cdb||21|Côte de Brouilly Lapalu
rg|metras_fleurie||20|Fleurie Yvon Métras
rg|janin_tremblay|mag|18|Clos du Tremblay Janin
rg|vissoux_poncie|vre|21|Fleurie Poncié Vissoux
rg|vissoux_roches||20|Moulin-à-Vent Trois Roches Vissoux
rg|vissoux_trad|pot|22|Beaujolais VV Vissoux
rg|aufranc_1939||21|Chénas Vignes de 1939 Aufranc
rg|aufranc_1939||22|Chénas 1939 Aufranc
rg|marrans_julienas||21|Juliénas Domaine des Marrans
rg|lumpp_marole||20|Givry Petit Marole Lumpp
rg|ogier_reserve||19|Côte-Rôtie Réserve Ogier
rg|cluselroch_schistes||18|Côte-Rôtie Les Schistes Clusel-Roch
rg|cluselroch_schistes|mag|17|Clusel-Roch Schistes
rg|gonon_sj||21|Saint-Joseph Gonon
rg|coursodon_olivaie||20|St Joseph L'Olivaie Coursodon
rg|gaillard_sj|vre||St-Joseph Pierre Gaillard
rg|combier_crozes|vre15||Crozes rouge Combier
rg|ychave_rouvre||20|Crozes Le Rouvre Yann Chave
rg|paris_granit30||21|Cornas Granit 30 Vincent Paris
rg|paris_granit30||19|Cornas Granit 30 V. Paris
rg|paris_granit60||20|Cornas Granit 60 Paris
rg|cuilleron_syrah|pot||Syrah Vignes d'à Côté Cuilleron
rg|tournelle_uva||21|Ploussard Uva Arbosiana Tournelle
rg|raffault_picasses||17|Chinon Picasses Olga Raffault
rg|cpbreton_trinch|vre||Trinch! Bourgueil Breton
bl|thibert_pf|half|20|Pouilly-Fuissé Thibert
bl|deuxroches_vv|vre||Saint-Véran Deux Roches
bl|bret_quarts||21|Pouilly-Vinzelles Les Quarts Bret Brothers
bl|aladame_decouverte||22|Montagny Découverte Aladame
bl|cuilleron_petitecote||22|Condrieu Petite Côte Cuilleron
bl|perret_chery||21|Condrieu Chéry André Perret
bl|gaillard_condrieu|half||Condrieu Pierre Gaillard
bl|voge_crussol||20|Saint-Péray Fleur de Crussol Voge
bl|berthet_chalon|vre|14|Château-Chalon Berthet-Bondet
bl|pinte_savagnin||18|Savagnin Domaine de la Pinte
bl|ardoisieres_argile|vre|22|Argile Ardoisières
rs|bottex_cueille|vre||Cerdon La Cueille Bottex
bu|drappier_cdo|||Drappier Carte d'Or
bu|drappier_cdo|half||Drappier brut
bu|chartogne_steanne|cp||Chartogne-Taillet Sainte Anne
ap|suze|6cl||Suze
ap|dolin_blanc|4cl||Dolin blanc
di|chartreuse_verte|dose||Chartreuse verte
di|marc_jura|2cl||Marc du Jura Berthet
di|roque_prune|dose||Vieille Prune Louis Roque
bi|ninkasi_pa|pinte||Ninkasi Pale Ale
bi|ninkasi_blanche|demi||Ninkasi blanche
bi|mb_rousse|pinte||Rousse du Mont Blanc
bi|bourganel_myrtille|||Bourganel myrtille
so|elixia|||Limonade Elixia
so|jus_raisin|vre||Jus de raisin gamay
rg|-|pot||Côtes du Rhône maison|generic house pot, not held
rg|-|vre||Vin rouge du moment|generic
rg|-||20|Morgon Corcelette Breton|Corcelette is Bouland's, not Breton's
rg|-||19|Moulin-à-Vent|two Moulin-à-Vent held (Brun, Janin, Vissoux)
rg|-||22|Beaujolais Nouveau|not held
rg|gbreton_morgon|mag||Morgon Breton
rg|-||20|Chénas Aufranc En Rémont|another cuvée of Aufranc
rg|-||20|Cornas Granit 60 Voge|Granit 60 is Vincent Paris's, credited to Voge
bl|-||21|Saint-Joseph blanc Coursodon|Coursodon's white not held
rg|-||20|Crozes-Hermitage|several Crozes held
rg|-||19|Hermitage Yann Chave|Hermitage not held
rg|-||20|Givry Lumpp Crausot|another climat of Lumpp
rg|-||20|Bourgueil Breton Nuits d'Ivresse|another cuvée of C&P Breton
rg|-||21|Chinon Raffault rosé|colour not held
bl|thibert_pf||19|Pouilly-Fuissé
bl|gonon_oliviers|mag|21|Saint-Joseph Les Oliviers Gonon
rg|-||19|Côte-Rôtie La Landonne Gerin|another cuvée of Gerin
rs|-|vre||Rosé piscine|mixed drink
bu|-|cp||Champagne|generic, two champagnes held
bu|-||12|Drappier Grande Sendrée|another cuvée
bu|chartogne_steanne|mag||Chartogne Sainte Anne
bu|-|vre||Crémant de Bourgogne|not held
ap|-|||Spritz|cocktail
ap|-|dose||Dolin dry|other vermouth of Dolin
di|-|dose||Chartreuse|two Chartreuses held
bi|ninkasi_pa|b33||Ninkasi Pale Ale
bi|bourganel_chataigne|demi||Bourganel châtaigne
so|-|||Sirop à l'eau menthe|mixed drink
so|coca|b50||Coca-Cola
so|-|||Perrier|not held
rg|gerin_champin|mag|19|Côte-Rôtie Champin le Seigneur Gerin
bl|-||20|Saint-Péray brut Voge|Voge's sparkling Saint-Péray not held
so|-|||Jus de pomme pétillant|variant not held
cu|-|||Planche mâchon|food
ca|-|||Café gourmand|coffee
dv|-|||Supplément terrasse|service
""".strip().splitlines()

W = """
rg|gbreton_morgon||2020|Morgon Vieilles Vignes – Guy Breton – Vin Rouge du Beaujolais
rg|gbreton_morgon||2021|Morgon Vieilles Vignes – Guy Breton – Cru du Beaujolais
rg|bouland_corcelette||2017|Morgon « Corcelette » – Daniel Bouland – Rouge
rg|brun_ancien|mag|2021|L'Ancien Vieilles Vignes – Domaine des Terres Dorées – Beaujolais Rouge
rg|brun_ancien|pot||L'Ancien – Jean-Paul Brun – Beaujolais Rouge Servi en Pot
rg|dutraive_gc||2020|Fleurie Clos de la Grand'Cour – Jean-Louis Dutraive – Cru du Beaujolais
rg|dutraive_gc|mag|2021|Fleurie Clos de la Grand'Cour – Dutraive – Rouge
rg|lapalu_brouilly||2019|Brouilly Vieilles Vignes – Lapalu – Vin Rouge
rg|janin_tremblay||2020|Moulin-à-Vent Clos du Tremblay – Paul et Éric Janin – Rouge
rg|aufranc_1939||2019|Chénas « Vignes de 1939 » – Pascal Aufranc – Cru du Beaujolais
rg|marrans_julienas|half|2021|Juliénas – Domaine des Marrans – Rouge
rg|vissoux_trad|fil||Beaujolais Cuvée Traditionnelle – Domaine du Vissoux – Rouge
rg|descombes_bjv|pot|2023|Beaujolais-Villages – Georges Descombes – Rouge Nature
rg|ogier_reserve||2017|Côte-Rôtie Réserve – Domaine Michel et Stéphane Ogier – Rhône Septentrional
rg|cluselroch_schistes|mag|2017|Côte-Rôtie Les Schistes – Domaine Clusel-Roch – Rouge
rg|gerin_champin||2018|Côte-Rôtie Champin le Seigneur – Jean-Michel Gerin – Rouge
rg|gonon_sj||2022|Saint-Joseph Rouge – Domaine Gonon – Rhône Nord
rg|paris_granit60||2019|Cornas « Granit 60 » – Domaine Vincent Paris – Rouge
rg|voge_vv||2018|Cornas Les Vieilles Vignes – Domaine Alain Voge – Rouge
rg|combier_grives||2020|Crozes-Hermitage Clos des Grives – Domaine Combier – Rouge
rg|juillot_mercurey|mag|2019|Mercurey – Domaine Michel Juillot – Bourgogne Rouge
rg|raffault_picasses||2018|Chinon Les Picasses – Olga Raffault – Loire Rouge
bl|gaillard_condrieu||2022|Condrieu – Domaine Pierre Gaillard – Viognier
bl|gaillard_condrieu|half|2022|Condrieu – Pierre Gaillard – Blanc
bl|gonon_oliviers||2021|Saint-Joseph Blanc « Les Oliviers » – Domaine Gonon
bl|combier_blanc||2022|Crozes-Hermitage Blanc – Domaine Combier
bl|guillot_genievrieres||2020|Mâcon-Cruzille « Les Genièvrières » – Guillot-Broux – Blanc
bl|jacqueson_cloux||2022|Rully Premier Cru Les Cloux – Domaine Jacqueson – Blanc
bl|berthet_chalon||2016|Château-Chalon Vin Jaune – Domaine Berthet-Bondet
bl|berthet_chalon||2015|Château-Chalon – Berthet-Bondet – Vin Jaune du Jura
bl|vacheron_sancerre|half|2022|Sancerre Blanc – Domaine Vacheron
rs|renardat_cerdon|||Bugey Cerdon – Renardat-Fâche – Rosé Pétillant Méthode Ancestrale
bu|drappier_cdo|||Champagne Drappier Carte d'Or Brut – Champagne de la Maison
bu|drappier_rose|cp||Champagne Drappier Rosé de Saignée Brut
bu|chartogne_steanne|||Champagne Chartogne-Taillet Cuvée Sainte Anne Brut – Récoltant
di|chartreuse_jaune|4cl||Chartreuse Jaune – Liqueur des Pères Chartreux
bi|mb_rousse|demi||La Rousse du Mont Blanc – Bière Ambrée à la Pression
rg|-||2020|Morgon Côte du Py – Jean Foillard – Cru du Beaujolais|producer not held
rg|bouland_corcelette|mag|2020|Morgon Corcelette – Domaine Daniel Bouland – Rouge
rg|-||2021|Fleurie – Cru du Beaujolais – Sélection du Sommelier|generic Fleurie, three held
rg|-||2019|Hermitage Rouge – Domaine Jean-Louis Chave|not held
rg|ogier_reserve|half|2019|Côte-Rôtie Réserve – Domaine Ogier – Rouge
rg|-||2019|Côte-Rôtie La Belle Hélène – Ogier|another cuvée of Ogier
rg|paris_granit30|mag|2021|Cornas « Granit 30 » – Vincent Paris – Rouge
rg|-|pot||Vin Rouge de la Maison – Côtes du Rhône|house wine, not held
bl|-||2020|Condrieu – Rhône Septentrional – Blanc|three Condrieu held
bl|-||2021|Saint-Joseph Blanc – Domaine Pierre Gaillard|white not held
bl|-||2022|Pouilly-Fumé – Domaine Didier Dagueneau|not held
bl|-||2021|Coteaux du Lyonnais Rosé – Domaine Descotes|rosé not held
bl|-||2019|Beaujolais Blanc – Domaine du Vissoux|Vissoux's white not held
bu|drappier_rose|mag||Champagne Drappier Rosé de Saignée
bu|-|cp||Champagne – Coupe de Bienvenue|generic, two champagnes held
ap|-|vre12||Kir au Vin Blanc – Crème de Cassis de Dijon|mixed drink
ap|-|vre12||Communard – Beaujolais et Cassis|mixed drink
di|-|dose||Chartreuse V.E.P. Verte – Pères Chartreux|VEP not held
bi|-|pinte||Ninkasi – Bière Artisanale à la Pression|generic Ninkasi draught, two held
rg|-||2024|Beaujolais Nouveau – Vin Primeur – Rouge|not held
ap|suze|b70||Suze – Apéritif à la Gentiane
rs|-|vre12||Cerdon du Bugey – Rosé Pétillant Méthode Ancestrale|two Cerdons held
cu|-|||Saucisson Brioché Sauce Vin Rouge – Plat du Jour|food
cu|-|||Plateau de Fromages Lyonnais – Saint-Marcellin et Cervelle de Canut|food
""".strip().splitlines()
