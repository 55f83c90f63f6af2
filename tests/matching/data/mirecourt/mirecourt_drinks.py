"""The drinks of the Brasserie de la Vraine (Mirecourt): one product a line.

key|fam|name|producer|appellation|region|country|colour|category|formats
formats: `75:2021,2022;150:2020` (format_cl: vintages), `-` for a non-vintage drink.
fam is the menu family the tills file the product under (blanc, rouge, rose, bulles,
biere, apero, digestif, soft). Ids follow this order, formats ascending, vintages ascending.
"""
DRINKS = """
wolf_ries|blanc|Riesling|Wolfberger|Alsace|Alsace|France|blanc|vin|75:2021,2022
wolf_gewu|blanc|Gewurztraminer|Wolfberger|Alsace|Alsace|France|blanc|vin|75:2022
wolf_crem|bulles|Crémant d'Alsace Brut|Wolfberger|Crémant d'Alsace|Alsace|France|effervescent|vin|37.5:-;75:-
wolf_crem_rose|bulles|Crémant d'Alsace Rosé|Wolfberger|Crémant d'Alsace|Alsace|France|rosé|vin|75:-
schl_pg|blanc|Pinot Gris Les Princes Abbés|Domaines Schlumberger|Alsace|Alsace|France|blanc|vin|75:2020,2022
schl_ries|blanc|Riesling Les Princes Abbés|Domaines Schlumberger|Alsace|Alsace|France|blanc|vin|75:2021
blanck_pb|blanc|Pinot Blanc|Domaine Paul Blanck|Alsace|Alsace|France|blanc|vin|75:2023
blanck_vt|blanc|Gewurztraminer Vendanges Tardives|Domaine Paul Blanck|Alsace|Alsace|France|liquoreux|vin|50:2018
willm_edel|blanc|Edelzwicker|Willm|Alsace|Alsace|France|blanc|vin|75:-
pfaff_sylv|blanc|Sylvaner|Cave de Pfaffenheim|Alsace|Alsace|France|blanc|vin|75:2023
pfaff_pn|rouge|Pinot Noir|Cave de Pfaffenheim|Alsace|Alsace|France|rouge|vin|75:2021,2022
lar_gris|rose|Gris de Toul|Vignoble Laroppe|Côtes de Toul|Lorraine|France|rosé|vin|75:2023,2024;150:2023
lel_gris|rose|Gris de Toul|Domaine Lelièvre|Côtes de Toul|Lorraine|France|rosé|vin|75:2023,2024
lar_aux|blanc|Auxerrois|Vignoble Laroppe|Côtes de Toul|Lorraine|France|blanc|vin|75:2023
lel_pn|rouge|Pinot Noir|Domaine Lelièvre|Côtes de Toul|Lorraine|France|rouge|vin|75:2022
laroche_chab|blanc|Chablis Saint Martin|Domaine Laroche|Chablis|Bourgogne|France|blanc|vin|37.5:2022;75:2022,2023
chabl_petit|blanc|Petit Chablis Pas si Petit|La Chablisienne|Petit Chablis|Bourgogne|France|blanc|vin|75:2023
jadot_macon|blanc|Mâcon-Villages|Louis Jadot|Mâcon-Villages|Bourgogne|France|blanc|vin|75:2023
latour_pn|rouge|Bourgogne Pinot Noir|Louis Latour|Bourgogne|Bourgogne|France|rouge|vin|75:2021,2022;150:2020
latour_ch|blanc|Bourgogne Chardonnay|Louis Latour|Bourgogne|Bourgogne|France|blanc|vin|75:2022
bichot_hcn|rouge|Hautes-Côtes de Nuits|Albert Bichot|Bourgogne Hautes-Côtes de Nuits|Bourgogne|France|rouge|vin|75:2021
rodet_merc|rouge|Mercurey|Antonin Rodet|Mercurey|Bourgogne|France|rouge|vin|75:2020,2021
bailly_crem|bulles|Crémant de Bourgogne Brut|Bailly Lapierre|Crémant de Bourgogne|Bourgogne|France|effervescent|vin|75:-
mir_rouge|rouge|Château Tour de Mirambeau|Vignobles Despagne|Bordeaux|Bordeaux|France|rouge|vin|75:2020,2022
mir_blanc|blanc|Château Tour de Mirambeau|Vignobles Despagne|Bordeaux|Bordeaux|France|blanc|vin|75:2023
larose|rouge|Château Larose-Trintaudon|Château Larose-Trintaudon|Haut-Médoc|Bordeaux|France|rouge|vin|75:2018,2019;150:2016
lanessan|rouge|Château Lanessan|Château Lanessan|Haut-Médoc|Bordeaux|France|rouge|vin|75:2017
greysac|rouge|Château Greysac|Château Greysac|Médoc|Bordeaux|France|rouge|vin|75:2019
puyblanq|rouge|Château Puy-Blanquet|Château Puy-Blanquet|Saint-Émilion Grand Cru|Bordeaux|France|rouge|vin|37.5:2018;75:2018
guigal_r|rouge|Côtes du Rhône|E. Guigal|Côtes du Rhône|Vallée du Rhône|France|rouge|vin|37.5:2021;75:2020,2021
guigal_b|blanc|Côtes du Rhône|E. Guigal|Côtes du Rhône|Vallée du Rhône|France|blanc|vin|75:2022
perrin_res|rouge|Perrin Réserve|Famille Perrin|Côtes du Rhône|Vallée du Rhône|France|rouge|vin|75:2022
belleruche|rouge|Belleruche|M. Chapoutier|Côtes du Rhône|Vallée du Rhône|France|rouge|vin|75:2022
maison_r|rouge|Cuvée Maison|Cellier des Dauphins|Côtes du Rhône|Vallée du Rhône|France|rouge|vin|75:-
delas_crozes|rouge|Crozes-Hermitage Les Launes|Delas Frères|Crozes-Hermitage|Vallée du Rhône|France|rouge|vin|75:2021
lanson|bulles|Le Black Label Brut|Lanson|Champagne|Champagne|France|effervescent|champagne|37.5:-;75:-;150:-
kro|biere|Kronenbourg|Kronenbourg||Alsace|France||bière|25:-;3000:-
kro_blanc|biere|1664 Blanc|Kronenbourg||Alsace|France||bière|33:-
madelon_bl|biere|La Madelon Blonde|Brasserie La Madelon||Lorraine|France||bière|33:-;2000:-
madelon_amb|biere|La Madelon Ambrée|Brasserie La Madelon||Lorraine|France||bière|33:-
bete_vosges|biere|La Bête des Vosges|Brasserie La Madelon||Lorraine|France||bière|33:-
gero_blanche|biere|La Gérômoise Blanche|Brasserie La Gérômoise||Lorraine|France||bière|2000:-
gero_brune|biere|La Gérômoise Brune|Brasserie La Gérômoise||Lorraine|France||bière|33:-
paumee_bl|biere|La Paumée Blonde|La Lorraine Perdue||Lorraine|France||bière|33:-
majeste|biere|Sa Majesté des Arbres|Les Bières des Hauts||Lorraine|France||bière|33:-
grim_bl|biere|Grimbergen Blonde|Grimbergen|||Belgique||bière|2000:-
leffe_bl|biere|Leffe Blonde|Leffe|||Belgique||bière|33:-
chimay_bleue|biere|Chimay Bleue|Chimay|||Belgique||bière|33:-
desperados|biere|Desperados|Desperados|||France||bière|33:-
ricard|apero|Ricard|Ricard|||France||spiritueux|100:-
pastis51|apero|Pastis 51|Pernod|||France||spiritueux|100:-
suze|apero|Suze|Suze|||France||autre|100:-
martini_b|apero|Martini Bianco|Martini|||Italie||autre|100:-
lillet_b|apero|Lillet Blanc|Lillet||Bordeaux|France||autre|75:-
picon_b|apero|Picon Bière|Picon|||France||autre|100:-
lejay_cassis|apero|Crème de Cassis de Dijon|Lejay-Lagoute||Bourgogne|France||autre|70:-
sandeman_tawny|apero|Porto Tawny|Sandeman|Porto||Portugal||autre|75:-
leisen_mir|digestif|Mirabelle de Lorraine|Distillerie JM Leisen|Mirabelle de Lorraine|Lorraine|France||spiritueux|70:-
massenez_mir|digestif|Eau-de-vie de Mirabelle|Massenez||Alsace|France||spiritueux|70:-
devoille_liqmir|digestif|Liqueur de Mirabelle|Distillerie Paul Devoille||Franche-Comté|France||spiritueux|50:-
devoille_myrt|digestif|Liqueur de Myrtille|Distillerie Paul Devoille||Franche-Comté|France||spiritueux|50:-
guy_sapin|digestif|Liqueur de Bourgeons de Sapin|Distillerie Pierre Guy||Franche-Comté|France||spiritueux|70:-
miscault_sapin|digestif|Liqueur de Sapin|Distillerie René de Miscault||Alsace|France||spiritueux|50:-
devoille_kirsch|digestif|Kirsch de Fougerolles|Distillerie Paul Devoille|Kirsch de Fougerolles|Franche-Comté|France||spiritueux|70:-
massenez_poire|digestif|Poire Williams|Massenez||Alsace|France||spiritueux|70:-
hennessy_vs|digestif|Hennessy VS|Hennessy|Cognac|Cognac|France||spiritueux|70:-
courvoisier_vsop|digestif|Courvoisier VSOP|Courvoisier|Cognac|Cognac|France||spiritueux|70:-
boulard_vsop|digestif|Calvados Pays d'Auge VSOP|Boulard|Calvados Pays d'Auge|Normandie|France||spiritueux|70:-
jameson|digestif|Jameson|Jameson|||Irlande||spiritueux|70:-
chivas12|digestif|Chivas Regal 12 ans|Chivas Brothers|||Écosse||spiritueux|70:-
aberlour10|digestif|Aberlour 10 ans|Aberlour|||Écosse||spiritueux|70:-
havana3|digestif|Havana Club 3 ans|Havana Club|||Cuba||spiritueux|70:-
diplomatico|digestif|Diplomático Reserva Exclusiva|Diplomático|||Venezuela||spiritueux|70:-
gordons|digestif|Gordon's London Dry Gin|Gordon's|||Royaume-Uni||spiritueux|70:-
hendricks|digestif|Hendrick's Gin|Hendrick's|||Écosse||spiritueux|70:-
absolut|digestif|Absolut Vodka|Absolut|||Suède||spiritueux|70:-
get27|digestif|Get 27|Get|||France||spiritueux|70:-
baileys|digestif|Baileys Original|Baileys|||Irlande||spiritueux|70:-
chartreuse_v|digestif|Chartreuse Verte|Chartreuse||Savoie|France||spiritueux|70:-
vittel|soft|Vittel|Vittel||Lorraine|France||soft|50:-;100:-
contrex|soft|Contrex|Contrex||Lorraine|France||soft|100:-
badoit|soft|Badoit|Badoit|||France||soft|100:-
perrier|soft|Perrier|Perrier|||France||soft|33:-
coca|soft|Coca-Cola|Coca-Cola|||France||soft|33:-
coca_zero|soft|Coca-Cola Zéro|Coca-Cola|||France||soft|33:-
orangina|soft|Orangina|Orangina|||France||soft|25:-
schweppes|soft|Schweppes Indian Tonic|Schweppes|||France||soft|25:-
icetea|soft|Lipton Ice Tea Pêche|Lipton|||France||soft|25:-
madcola|soft|Mad Cola|Brasserie La Madelon||Lorraine|France||soft|33:-
milliat_pomme|soft|Jus de Pomme|Alain Milliat|||France||soft|33:-
lorina|soft|Limonade Lorina|Lorina||Lorraine|France||soft|33:-
"""


def _fmt(s):
    f = float(s)
    return int(f) if f == int(f) else f


def load():
    """[(key, fam, fields-dict-without-id-vintage-format, {format: [vintage|None]})]"""
    out = []
    for line in DRINKS.strip().splitlines():
        p = line.split("|")
        assert len(p) == 10, line
        key, fam, name, prod, app, reg, country, colour, cat, fmts = p
        formats = {}
        for part in fmts.split(";"):
            f, vs = part.split(":")
            formats[_fmt(f)] = [None] if vs == "-" else [int(v) for v in vs.split(",")]
        out.append((key, fam, {
            "name": name, "producer": prod, "appellation": app or None,
            "region": reg or None, "country": country, "colour": colour or None,
            "category": cat}, formats))
    return out
