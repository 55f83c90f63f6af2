"""The three tills of Le Rocher de la Baume: how each renders a sale, and how each label is read back.

A sale is (measure, vintage typed, text typed). Measures:
  B (bottle of the drink's ordinary format), Bnn (bottle of nn cl: B37 = 37.5, B150 = magnum),
  G (glass, no volume), G12/G14/G15, P25/P50 (pichets), D2/D4 (doses), D (dose, no volume),
  DEMI/PINTE (draught), X (not a drink / no measure).
"""
import hashlib
import re
import unicodedata

VOLUME = {"G": 12.5, "G12": 12.0, "G14": 14.0, "G15": 15.0, "P25": 25.0, "P50": 50.0,
          "D2": 2.0, "D4": 4.0, "D": 4.0, "DEMI": 25.0, "PINTE": 50.0}


def ascii_fold(s):
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("’", "'")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def h(s):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest(), 16)


def bottle_cl(meas):
    if meas == "B37":
        return 37.5
    return float(meas[1:])


# ---------------------------------------------------------------- caisse (main till)
CAISSE_WIDTH = 22
CAISSE_CODE = {"B": "BT", "B37": "1/2", "B150": "MAG", "B100": "1L", "G": "VR", "G12": "VR12",
               "G14": "VR14", "G15": "VR15", "P25": "PICH25", "P50": "PICH50", "D2": "2CL",
               "D4": "4CL", "D": "DOSE", "DEMI": "DEMI", "PINTE": "PINTE"}


def caisse_code(meas):
    if meas in CAISSE_CODE:
        return CAISSE_CODE[meas]
    if meas.startswith("B"):
        return meas[1:] + "CL"
    raise ValueError(meas)


def render_caisse(meas, yy, text):
    t = ascii_fold(text).upper()
    assert "." not in t and "'" not in t, text
    s = t if meas == "X" else caisse_code(meas) + "." + t
    if yy:
        s += " '" + yy[-2:]
    return s[:CAISSE_WIDTH].rstrip()


# ---------------------------------------------------------------- tablette (terrace tablet)
TAB_WORD = {"B": "Bouteille", "B37": "Demi-bouteille", "B150": "Magnum", "B50": "Bouteille 50 cl",
            "B100": "Bouteille 1 L", "G": "Verre", "G12": "Verre 12 cl", "G14": "Verre 14 cl",
            "G15": "Verre 15 cl", "P25": "Pichet 25 cl", "P50": "Pichet 50 cl", "D2": "2 cl",
            "D4": "4 cl", "D": "Dose", "DEMI": "Demi", "PINTE": "Pinte"}
TAB_COMMENTS = ["bien frais", "seau à glace", "avec glaçons", "sans glaçon", "rondelle de citron",
                "pour la 7", "pour la 12", "pour la 21", "en même temps que les entrées",
                "à l'apéro", "pour le dessert"]


def tab_word(meas):
    if meas in TAB_WORD:
        return TAB_WORD[meas]
    if meas.startswith("B"):
        return meas[1:] + " cl"
    raise ValueError(meas)


def render_tablette(meas, yy, text):
    assert "[" not in text and " / " not in text, text
    s = text
    if yy:
        s += " " + (yy if len(yy) == 4 else "20" + yy)
    if meas != "X":
        s += " [" + tab_word(meas) + "]"
    k = h("tablette|" + s)
    if k % 4 == 0:
        s += " / " + TAB_COMMENTS[(k >> 8) % len(TAB_COMMENTS)]
    return s


# ---------------------------------------------------------------- export (accounting)
EXPORT_WIDTH = 32
ACCOUNT = {"vin": "707110", "champagne": "707120", "autre": "707130", "spiritueux": "707140",
           "bière": "707150", "biere": "707150", "soft": "707160", "chaud": "707170", "food": "706100",
           "service": "708800"}
TVA10 = {"soft", "chaud", "food"}
EXPORT_UNIT = {"G": "VERRE", "G12": "VERRE 12", "G14": "VERRE 14", "G15": "VERRE 15",
               "P25": "PICHET 25", "P50": "PICHET 50", "D2": "DOSE 2", "D4": "DOSE 4",
               "D": "DOSE", "DEMI": "DEMI", "PINTE": "PINTE", "X": "UNITE"}


def fmt_cl(v):
    return ("%g" % v).replace(".", ",")


def render_export(meas, yy, text, family, entry_cl):
    """family: the accounting family; entry_cl: the bottle size for a plain B."""
    lib = ascii_fold(text).upper()
    assert '"' not in lib
    lib = lib[:EXPORT_WIDTH].rstrip()
    if meas == "B":
        unit = "BTL " + fmt_cl(entry_cl)
    elif meas.startswith("B"):
        unit = "BTL " + fmt_cl(bottle_cl(meas))
    else:
        unit = EXPORT_UNIT[meas]
    year = "" if not yy else (yy if len(yy) == 4 else "20" + yy)
    tva = "10,00" if family in TVA10 else "20,00"
    return '"%s","%s","%s","%s","%s"' % (ACCOUNT[family], lib, year, unit, tva)


# ---------------------------------------------------------------- reading a label back
def read_vintage(conn, label):
    if conn == "caisse":
        m = re.search(r" '(\d\d)$", label)
        return 2000 + int(m.group(1)) if m else None
    if conn == "tablette":
        head = label.split(" [")[0].split(" / ")[0]
        m = re.findall(r"\b((?:19|20)\d\d)\b", head)
        return int(m[-1]) if m else None
    if conn == "export":
        y = label.split('","')[2]
        return int(y) if y else None
    raise ValueError(conn)
