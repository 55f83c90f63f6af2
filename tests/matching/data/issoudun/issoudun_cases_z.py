"""z: the dining-room till's printed Z report by article (the back office's designations).

One line an article: expect|drink key or -|measure|vintage typed or -|designation||reason
"""
CASES = """
y|raie|B|2023|REUILLY RAIE LAFOND
y|raie|G|2022|REUILLY LA RAIE
y|lafrge|C25|-|REUILLY ROUGE LAFOND
y|lafrse|G|2023|REUILLY ROSE LAFOND
y|jamain|B|-|REUILLY PIERRES PLATES
y|mardon|G|2023|QUINCY MARDON
y|mardon|B|2022|QUINCY MARDON
y|mardtvv|G15|2021|QUINCY TVV MARDON
y|tremblay|B|2022|QUINCY VV TREMBLAY
y|villalin|G|-|QUINCY VILLALIN
y|pelle|C50|2023|MENETOU PELLE
y|pellerge|B|-|MENETOU ROUGE PELLE
y|chatenoy|B|2023|MENETOU CHATENOY
y|baronnes|H|2023|SANCERRE BARONNES
y|baronnes|G|2022|SANCERRE BARONNES
y|baronnesr|G|2021|SANCERRE RGE BARONNES
y|montsd|B|2022|SANC MONTS DAMNES
y|vacheron|G|2023|SANCERRE VACHERON
y|crochet|C25|-|SANCERRE ROSE CROCHET
y|jourdainb|B|2023|VALENCAY BLC JOURDAIN
y|jourdainr|G|2021|VALENCAY RGE JOURDAIN
y|roy|C50|2024|VALENCAY ROSE ROY
y|ladoucette|G|2022|POUILLY FUME LADOUCETTE
y|bonnezeaux|G|-|BONNEZEAUX FESLES
y|langlois|CP|-|CREMANT LOIRE LANGLOIS
y|langloisr|B|-|CREMANT ROSE LANGLOIS
y|lp|H|-|CHAMP LAURENT PERRIER
y|lp|B|-|CHAMP LP LA CUVEE
y|drappier|B|-|CHAMP DRAPPIER CARTE OR
y|lanessan|B|2016|HAUT MEDOC LANESSAN
y|lanessan|M|2016|LANESSAN
y|chasse|B|2015|CHASSE SPLEEN
y|oratoire|G|2018|ORATOIRE CHASSE SPLEEN
y|thieuley|G|-|BORDEAUX BLC THIEULEY
y|pressac|B|2018|ST EMILION PRESSAC
y|coutet|B|2015|BARSAC COUTET
y|brocard|B|2023|CHABLIS BROCARD
y|brocmont|G|2021|CHABLIS 1ER CRU MONTMAINS
y|mercurey|C50|2021|MERCUREY FAIVELEY
y|deuxroches|G|-|ST VERAN DEUX ROCHES
y|martb|D|-|MARTINI BLANC
y|pineau|G|-|PINEAU CHARENTES BLANC
y|glen15|D|-|GLENFIDDICH 15 ANS
y|grimbkeg|DE|-|GRIMBERGEN BLONDE
y|grimb33|S33|-|GRIMBERGEN BLONDE
y|k1664|S25|-|1664
y|chimay|S33|-|CHIMAY BLEUE
y|pellegrino|S100|-|SAN PELLEGRINO
al|raie|G|2021|REUILLY RAIE
al|lafrge|B|2023|REUILLY ROUGE
al|mardon|C50|2021|QUINCY MARDON
al|villalin|B|2022|VILLALIN
al|pelle|G|2021|MENETOU PELLE
al|baronnes|B|2021|SANC BARONNES
al|baronnes|M|2023|SANC BARONNES
al|montsd|G|2021|MONTS DAMNES
al|jourdainr|C25|2023|VALENCAY RGE
al|lanessan|G|2015|LANESSAN
al|chasse|H|2015|CHASSESPLEEN
al|oratoire|B|2017|ORATOIRE
al|mercurey|B|2022|MERCUREY
al|laforet|H|2021|LAFORET PN
al|brocard|G|2024|CHABLIS BROCARD
n|-||-|MENU TERROIR||food
n|-||-|MENU ENFANT||food
n|-||-|FORMULE DU MIDI||food
n|-||-|POULET EN BARBOUILLE||food
n|-||-|PATE DE PAQUES||food
n|-||-|CHEVRE VALENCAY AOP||Valençay goat's cheese (food)
n|-||-|CAFE||coffee
n|-||-|SUPPL ROOM SERVICE||room-service charge
n|-||-|TAXE DE SEJOUR||tourist tax
n|-||-|DROIT BOUCHON||corkage
n|-|G|-|KIR VIN BLANC||kir: a mixed drink
n|-|CP|-|KIR ROYAL||kir royal: a mixed drink
n|-|C50|-|VIN ROUGE MAISON||generic house red
n|-|G|-|VIN DU MOMENT||generic wine of the moment
n|lafrge|H|-|REUILLY ROUGE
n|crochet|M|-|SANCERRE ROSE
n|mardtvv|H|-|QUINCY TVV MARDON
n|langloisr|H|-|CREMANT ROSE LANGLOIS
n|lprose|H|-|CHAMP LP ROSE
n|kro|S33|-|KRONENBOURG
n|chimay|DE|-|CHIMAY BLEUE
n|k1664|DE|-|1664
n|orangina|S33|-|ORANGINA
n|-|B|-|REUILLY BLC RENAUDAT||Renaudat's Reuilly is not held
n|-|B|-|QUINCY BALLANDORS||Quincy from the Ballandors is not held
n|-|B|-|MENETOU ROSE PELLE||Pellé's rosé is not held
n|-|B|-|SANCERRE RGE CROCHET||Crochet's red Sancerre is not held
n|-|B|-|CHATEAUMEILLANT GRIS||no Châteaumeillant held
n|-|B|-|TOURAINE SAUVIGNON||no Touraine held
n|-|B|-|PETIT CHABLIS BROCARD||Brocard's Petit Chablis is not held
n|-|B|-|CHAMP LP MILLESIME||Laurent-Perrier's vintage champagne is not held
n|-|B|-|CHASSESPLEEN BLANC||Chasse-Spleen's white is not held
n|-|D|-|HAVANA CLUB ESPECIAL||Havana Club Especial is not held
n|-|D|-|REMY MARTIN VS||Rémy Martin VS is not held
n|-|D|-|RHUM ARRANGE MAISON||house rum punch
n|-|DE|-|PANACHE||panaché: a mixed drink
"""
