"""The three tills' rendering habits, and reading a rendered label back.

caisse  - the counter's old electronic register, its journal line: the key text the owner
          programmed (ASCII capitals, his abbreviations, measure word first, two-digit
          vintage last) CUT AT 16 COLUMNS, padded, a space, then the price (decimal comma)
          right-aligned in 6 columns.
salle   - the dining room's touch till: the family prefix and a slash (`BLC/`, `RGE/`...),
          the button text in mixed case with accents, the four-digit vintage, then
          ` - ` and the measure word.  Not cut.
gestion - the back office's monthly sales-by-article export, `;`-separated:
          article number;FAMILY;DESIGNATION + four-digit vintage;PACKING;unit price.
          Capitals WITH accents, as the software upper-cases what was typed.
"""
import hashlib
import re

from auray_rules import bottle_formats, ordinary

CAISSE_WIDTH = 16

CAISSE_MEAS = {"G": "VRE", "G15": "VRE15", "V6": "6CL", "CP": "CPE", "K25": "CAR25",
               "K50": "CAR50", "D": "DOSE", "D2": "2CL", "DE": "DEMI", "PI": "PINTE",
               "H": "1/2", "M": "MAG", "C33": "33CL", "C25": "25CL", "C50": "50CL",
               "C75": "75CL", "C100": "1L", "B": "", "U": "", "": ""}

SALLE_FAM = {"BL": "BLC", "RG": "RGE", "RS": "RSE", "CH": "BUL", "BI": "BIE", "CI": "CID",
             "AL": "ALC", "AP": "APE", "SO": "SOF", "HC": "CHD", "CU": "CUI", "DV": "DIV"}
SALLE_MEAS = {"B": "Bouteille", "U": "", "H": "Demi-bouteille", "M": "Magnum",
              "G": "Verre", "G15": "Verre 15cl", "V6": "6cl", "CP": "Coupe",
              "K25": "Carafe 25cl", "K50": "Carafe 50cl", "D": "4cl", "D2": "2cl",
              "DE": "Demi", "PI": "Pinte", "": ""}

GESTION_FAM = {"BL": (1, "VINS BLANCS"), "RG": (2, "VINS ROUGES"), "RS": (3, "VINS ROSÉS"),
               "CH": (4, "CHAMPAGNES ET BULLES"), "BI": (5, "BIÈRES"), "CI": (6, "CIDRES"),
               "AL": (7, "ALCOOLS"), "AP": (7, "APÉRITIFS"), "SO": (8, "SOFTS"),
               "HC": (8, "BOISSONS CHAUDES"), "CU": (9, "CUISINE"), "DV": (9, "DIVERS")}
GESTION_MEAS = {"H": "1/2 BOUT 37,5CL", "M": "MAGNUM 150CL", "G": "VERRE",
                "G15": "VERRE 15CL", "V6": "VERRE 6CL", "CP": "COUPE",
                "K25": "PICHET 25CL", "K50": "PICHET 50CL", "D": "DOSE 4CL",
                "D2": "DOSE 2CL", "DE": "DEMI 25CL", "PI": "PINTE 50CL", "": "UNITE"}

# Prices (euros).  A wine's bottle price is fixed per drink (below, or hashed in its
# family's range); halves, magnums, glasses, carafes and coupes follow from it, as the owner
# priced them.  Other drinks: a per-drink price hashed in a range by measure and family.
BOTTLE = {"landron_amph": 34, "landron_fief": 39, "pepiere_briords": 42,
          "pepiere_clisson": 48, "gros_plant": 24, "vacheron": 46, "tracy": 49, "huet": 58,
          "guiberteau": 44, "baumard": 36, "graville": 38, "laroche": 42, "picpoul": 28,
          "baudry": 36, "rochesneuves": 39, "trinch": 33, "chassespleen": 72, "oratoire": 45,
          "larose": 36, "tourdeby": 38, "capfaugeres": 39, "peylatour": 29, "p45_rouge": 29,
          "meysonniers": 42, "offerus": 52, "cayron": 54, "telegraphe": 98, "p45_rose": 28,
          "minuty": 39, "whispering": 48, "aqueria": 36, "tempier": 62, "drappier": 72,
          "drappier_rose": 88, "billecart": 85, "billecart_rose": 105, "ruinart": 115,
          "bouvet": 36, "kerisac_brut": 16, "kerisac_doux": 16, "kinkiz_cidre": 21}
FIXED = {"CAFE": 1.8, "CAFE CREME": 3.2, "CHOCOLAT CHAUD": 3.8, "ACOMPTE": 50.0,
         "HUITRES N3 X6": 13.5, "CREPE BEURRE SUCRE": 4.5, "CAFÉ EXPRESSO": 1.8,
         "PLATEAU ROYAL": 89.0, "HUÎTRES SPÉCIALES N°2 LA DOUZAINE": 32.0,
         "FILET DE BAR BEURRE BLANC": 26.0, "CRÊPE FROMENT CARAMEL BEURRE SALÉ": 6.5,
         "PRIVATISATION TERRASSE": 250.0, "MAURESQUE": 4.5, "SIROP A L EAU": 2.5,
         "DIABOLO MENTHE": 3.5, "JUS ORANGE PRESSE": 5.0, "SPRITZ APEROL": 8.5}
RANGE = {"D": (6.0, 11.0), "D2": (3.0, 4.5), "V6": (4.5, 6.5), "DE": (3.5, 4.5),
         "PI": (6.5, 8.0), "G": (4.5, 7.0), "CP": (9.0, 12.0), "K50": (14.0, 19.0),
         "B": (22.0, 30.0)}
RANGE_U = {"BI": (5.0, 7.0), "SO": (3.0, 4.5), "CI": (5.0, 6.5), "HC": (2.0, 4.5),
           "CU": (6.0, 18.0), "DV": (5.0, 20.0), "AP": (5.0, 8.0), "AL": (6.0, 10.0)}


def _h(*parts):
    return int(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest(), 16)


def _pick(lo, hi, *seed):
    steps = round((hi - lo) / 0.5)
    return lo + 0.5 * (_h("prix", *seed) % (steps + 1))


def _half_up(x):
    return int(x * 2 + 0.999) / 2


def price(fam, meas, pid, text):
    """pid: the drink's key, or the text for what is no drink of the library."""
    if text in FIXED:
        p = FIXED[text]
    elif fam in ("BL", "RG", "RS", "CH", "CI") and meas in ("B", "H", "M", "G", "G15",
                                                           "CP", "K25", "K50"):
        b = BOTTLE.get(pid) or _pick(*RANGE["B"], pid)
        p = {"B": b, "H": round(b * 0.6), "M": round(b * 2.2), "G": _half_up(b / 6),
             "G15": _half_up(b / 5), "CP": _half_up(b / 6.5), "K25": _half_up(b / 3.3),
             "K50": _half_up(b / 1.9)}[meas]
    elif meas == "D" and fam == "AP":
        p = _pick(3.0, 5.0, pid, meas)
    elif meas in RANGE:
        p = _pick(*RANGE[meas], pid, meas)
    else:
        p = _pick(*RANGE_U.get(fam, (3.0, 6.0)), pid, meas)
    return f"{p:.2f}".replace(".", ",")


def fmt_cl(f):
    return str(f).replace(".", ",")


def render(till, fam, meas, vintage, text, drink):
    pid = drink["key"] if drink else text
    if till == "caisse":
        assert text == text.upper() and text.isascii(), text
        words = [w for w in (CAISSE_MEAS[meas], text) if w]
        if vintage:
            words.append(f"{vintage % 100:02d}")
        key = " ".join(words)[:CAISSE_WIDTH].rstrip()
        return f"{key:<{CAISSE_WIDTH}} {price(fam, meas, pid, text):>6}"
    if till == "salle":
        s = f"{SALLE_FAM[fam]}/ {text}"
        if vintage:
            s += f" {vintage}"
        mw = SALLE_MEAS.get(meas)
        if mw is None:                      # C<n>
            mw = fmt_cl(float(meas[1:]) if "." in meas else int(meas[1:])) + "cl"
        return s + (f" - {mw}" if mw else "")
    if till == "gestion":
        assert text == text.upper(), text
        digit, famname = GESTION_FAM[fam]
        ref = f"{digit}{_h('ref', text, meas, vintage) % 10000:04d}"
        lib = text + (f" {vintage}" if vintage else "")
        if meas in GESTION_MEAS:
            cond = GESTION_MEAS[meas]
        elif meas.startswith("C") and meas != "CP":
            cond = f"BOUT {fmt_cl(meas[1:])}CL"
        elif meas == "B":
            f = ordinary(drink) if drink else (70 if fam in ("AL", "AP") else 75)
            cond = f"BOUT {fmt_cl(f)}CL"
        elif meas == "U":
            cond = f"BOUT {fmt_cl(bottle_formats(drink)[0])}CL" if drink else "UNITE"
        else:
            raise ValueError(meas)
        return f"{ref};{famname};{lib};{cond};{price(fam, meas, pid, text)}"
    raise ValueError(till)


VINTAGE4 = re.compile(r"(?<![\d,.])(19[5-9]\d|20[0-4]\d)(?![\d,.])")


def read_vintage(till, label):
    """The vintage a reader finds on the rendered label (None when there is none)."""
    if till == "caisse":
        toks = label[:CAISSE_WIDTH].split()
        if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
            return 2000 + int(toks[-1])
        return None
    if till == "salle":
        part = label.split(" - ")[0]
    else:
        part = label.split(";")[2]
    found = VINTAGE4.findall(part)
    assert len(found) <= 1, label
    return int(found[0]) if found else None
