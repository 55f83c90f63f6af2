"""Drinks of "U Vechju Portu" (Ajaccio). One row per wine; formats map format_cl -> vintages.

key | name | producer | appellation | region | country | colour | category | formats
formats: "75:2019,2021;150:2019" ; NV drinks: "75:-"
"""
F = "France"
C = "Corse"
ROWS = """
prat_r|Domaine de Pratavone Rouge|Domaine de Pratavone|Ajaccio|C|F|rouge|vin|75:2019,2021;150:2019
prat_guil|Cuvée Prestige Guillaume|Domaine de Pratavone|Ajaccio|C|F|rouge|vin|75:2018
prat_b|Domaine de Pratavone Blanc|Domaine de Pratavone|Ajaccio|C|F|blanc|vin|75:2023
prat_rs|Domaine de Pratavone Rosé|Domaine de Pratavone|Ajaccio|C|F|rosé|vin|75:2023,2024;150:2024
peraccia_cm|Capitan Moru|Domaine A Peraccia|Ajaccio|C|F|rouge|vin|75:2020,2022;150:2020
peraccia_rs|A Peraccia Rosé|Domaine A Peraccia|Ajaccio|C|F|rosé|vin|75:2024
petra_r|Petra di Mela Rouge|Domaine Petra di Mela|Ajaccio|C|F|rouge|vin|75:2021
petra_rs|Petra di Mela Rosé|Domaine Petra di Mela|Ajaccio|C|F|rosé|vin|75:2024;37.5:2024
teddi_r|Clos Teddi Tradition Rouge|Clos Teddi|Patrimonio|C|F|rouge|vin|75:2020,2021
teddi_gc|Clos Teddi Grande Cuvée Rouge|Clos Teddi|Patrimonio|C|F|rouge|vin|75:2019
teddi_b|Clos Teddi Tradition Blanc|Clos Teddi|Patrimonio|C|F|blanc|vin|75:2023
teddi_rs|Clos Teddi Tradition Rosé|Clos Teddi|Patrimonio|C|F|rosé|vin|75:2024
teddi_mus|Muscat du Cap Corse|Clos Teddi|Muscat du Cap Corse|C|F|liquoreux|vin|50:2021,2022
santini_r|Clos Santini Rouge|Clos Santini|Patrimonio|C|F|rouge|vin|75:2021,2022;150:2021
santini_rs|Clos Santini Rosé|Clos Santini|Patrimonio|C|F|rosé|vin|75:2023,2024
santini_b|Clos Santini Blanc|Clos Santini|Patrimonio|C|F|blanc|vin|75:2023
sanq_b|Clos San Quilico Blanc|Clos San Quilico|Patrimonio|C|F|blanc|vin|75:2022,2023
sanq_r|Clos San Quilico Rouge|Clos San Quilico|Patrimonio|C|F|rouge|vin|75:2020
sanq_mus|Muscat du Cap Corse Clos San Quilico|Clos San Quilico|Muscat du Cap Corse|C|F|liquoreux|vin|75:2022
bona_lucien|Cuvée Lucien Bonaparte Rouge|Château Prince Pierre Napoléon Bonaparte|Calvi|C|F|rouge|vin|75:2020,2021
bona_rs|Château Prince Pierre Napoléon Bonaparte Rosé|Château Prince Pierre Napoléon Bonaparte|Calvi|C|F|rosé|vin|75:2024;150:2023
figa_rs|Domaine de la Figarella Rosé|Domaine de la Figarella|Calvi|C|F|rosé|vin|75:2023,2024
figa_b|Domaine de la Figarella Blanc|Domaine de la Figarella|Calvi|C|F|blanc|vin|75:2023
murta_r|Domaine de la Murta Rouge|Domaine de la Murta|Vin de Corse Figari|C|F|rouge|vin|75:2019,2021
murta_rs|Domaine de la Murta Rosé|Domaine de la Murta|Vin de Corse Figari|C|F|rosé|vin|75:2024
sanm_r|Domaine San Micheli Rouge|Domaine San Micheli|Vin de Corse Sartène|C|F|rouge|vin|75:2020,2022
sanm_rs|Domaine San Micheli Rosé|Domaine San Micheli|Vin de Corse Sartène|C|F|rosé|vin|75:2024;37.5:2024
casa_r|Domaine Casabianca Rouge|Domaine Casabianca|Vin de Corse|C|F|rouge|vin|75:2022
casa_rs|Domaine Casabianca Rosé|Domaine Casabianca|Vin de Corse|C|F|rosé|vin|75:2023,2024;150:2024
pogg_b|Clos Poggiale Blanc|Clos Poggiale|Vin de Corse|C|F|blanc|vin|75:2023,2024
pogg_r|Clos Poggiale Rouge|Clos Poggiale|Vin de Corse|C|F|rouge|vin|75:2021
muso_r|Domaine de Musoleu Rouge|Domaine de Musoleu|Vin de Corse|C|F|rouge|vin|75:2021
muso_rs|Domaine de Musoleu Rosé|Domaine de Musoleu|Vin de Corse|C|F|rosé|vin|75:2024
rdp_rs|Réserve du Président Rosé|Union des Vignerons de l'Île de Beauté|IGP Île de Beauté|C|F|rosé|vin|75:2024;150:2024
rdp_r|Réserve du Président Rouge|Union des Vignerons de l'Île de Beauté|IGP Île de Beauté|C|F|rouge|vin|75:2023
sancerre|Sancerre Les Baronnes|Henri Bourgeois|Sancerre|Loire|F|blanc|vin|75:2022,2023
pibarnon|Château de Pibarnon Rosé|Château de Pibarnon|Bandol|Provence|F|rosé|vin|75:2023
minuty|M de Minuty|Château Minuty|Côtes de Provence|Provence|F|rosé|vin|75:2024;150:2024
chablis|Chablis Saint Martin|Domaine Laroche|Chablis|Bourgogne|F|blanc|vin|75:2022
crozes|Crozes-Hermitage Rouge|Domaine Alain Graillot|Crozes-Hermitage|Rhône|F|rouge|vin|75:2021
ch_brut|Charles Heidsieck Brut Réserve|Charles Heidsieck|Champagne|Champagne|F|effervescent|champagne|75:-;37.5:-;150:-
ch_rose|Charles Heidsieck Rosé Réserve|Charles Heidsieck|Champagne|Champagne|F|rosé|champagne|75:-
pr_brut|Pol Roger Brut Réserve|Pol Roger|Champagne|Champagne|F|effervescent|champagne|75:-
pr_vint|Pol Roger Brut Vintage|Pol Roger|Champagne|Champagne|F|effervescent|champagne|75:2015,2016
pr_rose|Pol Roger Rosé|Pol Roger|Champagne|Champagne|F|rosé|champagne|75:2015
mattei_b|Cap Corse Mattei Blanc|L.N. Mattei|||F||autre|75:-
mattei_r|Cap Corse Mattei Rouge|L.N. Mattei|||F||autre|75:-
cedratine|Cédratine|L.N. Mattei|||F||autre|70:-
lillet|Lillet Blanc|Lillet|||F||autre|75:-
myrte_mav|Liqueur de Myrte|Distillerie Mavela|||F||autre|70:-
myrte_mat|Liqueur de Myrte Mattei|L.N. Mattei|||F||autre|70:-
casanis|Casanis|Casanis|||F||spiritueux|70:-
pastis51|Pastis 51|Pernod Ricard|||F||spiritueux|100:-
edv_chat|Eau-de-vie de Châtaigne|Distillerie Mavela|||F||spiritueux|70:-
edv_myrte|Eau-de-vie de Myrte|Distillerie Mavela|||F||spiritueux|70:-
pm|P&M Signature|Distillerie Mavela|||F||spiritueux|70:-
lagavulin|Lagavulin 16 ans|Lagavulin||Islay|Écosse||spiritueux|70:-
oban|Oban 14 ans|Oban||Highlands|Écosse||spiritueux|70:-
havana|Havana Club 7 ans|Havana Club|||Cuba||spiritueux|70:-
bombay|Bombay Sapphire|Bombay Sapphire|||Angleterre||spiritueux|70:-
greygoose|Grey Goose|Grey Goose|||F||spiritueux|70:-
henn_vs|Hennessy VS|Hennessy|Cognac|Cognac|F||spiritueux|70:-
henn_xo|Hennessy XO|Hennessy|Cognac|Cognac|F||spiritueux|70:-
chartreuse|Chartreuse Verte|Chartreuse|||F||spiritueux|70:-
pietra|Pietra|Brasserie Pietra|||F||bière|3000:-;33:-
serena|Serena|Brasserie Pietra|||F||bière|3000:-
colomba|Colomba|Brasserie Pietra|||F||bière|2000:-;33:-
torra_myrte|Torra Myrte|Brasserie Torra|||F||bière|33:-
torra_chat|Torra Châtaigne|Brasserie Torra|||F||bière|33:-
heineken|Heineken|Heineken|||Pays-Bas||bière|33:-
desperados|Desperados|Heineken|||Pays-Bas||bière|33:-
orezza|Orezza|Orezza|||F||soft|100:-;50:-
stgeorges|Saint-Georges|Saint-Georges|||F||soft|100:-;50:-
zilia|Zilia|Zilia|||F||soft|100:-
corsicacola|Corsica Cola|Corsica Cola|||F||soft|33:-
coca|Coca-Cola|Coca-Cola|||F||soft|33:-
cocazero|Coca-Cola Zéro|Coca-Cola|||F||soft|33:-
orangina|Orangina|Orangina|||F||soft|25:-
tonic|Schweppes Indian Tonic|Schweppes|||F||soft|25:-
agrumes|Schweppes Agrumes|Schweppes|||F||soft|25:-
clementine|Jus de Clémentine de Corse|Alain Milliat|||F||soft|25:-
"""

def _fmt(x):
    v = float(x)
    return int(v) if v == int(v) else v


def load():
    """Return (drinks: key -> dict with 'formats': {fmt: [vintages or None]}, order list)."""
    drinks, order = {}, []
    for line in ROWS.strip().splitlines():
        key, name, prod, app, reg, ctry, col, cat, fmts = line.split("|")
        reg = {"C": "Corse"}.get(reg, reg)
        ctry = {"F": "France"}.get(ctry, ctry)
        formats = {}
        for part in fmts.split(";"):
            f, vs = part.split(":")
            formats[_fmt(f)] = [None] if vs == "-" else [int(v) for v in vs.split(",")]
        drinks[key] = {"key": key, "name": name, "producer": prod, "appellation": app or None,
                           "region": reg or None, "country": ctry, "colour": col or None,
                           "category": cat, "formats": formats}
        order.append(key)
    return drinks, order


def entries():
    """Library entries in id order: per drink, per format (as listed), per vintage ascending."""
    drinks, order = load()
    out = []
    for key in order:
        d = drinks[key]
        for f, vs in d["formats"].items():
            for v in sorted(vs, key=lambda x: x or 0):
                out.append((key, f, v, d))
    return out
