"""The three tills' rendering habits, and reading a rendered label back.

Measures (what was rung up): B ordinary bottle, H half bottle, M magnum, S<cl> a bottle
of that size (S33, S35.5, S100), G glass (12.5 cl), G12 / G15 glass of 12 / 15 cl,
P50 / P25 pichet, CP coupe, D dose (4 cl), D2 dose of 2 cl, DE demi (25 cl of draught),
PI pinte (50 cl of draught), "-" nothing (food, services).
"""
import hashlib
import re
import unicodedata

POUR_CL = {"G": 12.5, "G12": 12, "G15": 15, "P50": 50, "P25": 25, "CP": 12.5,
           "D": 4, "D2": 2, "DE": 25, "PI": 50}
DRAUGHT = {"DE", "PI"}


def ascii_upper(s):
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("’", " ").replace("'", " ")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.upper()).strip()


def _cl(x):
    x = float(x)
    return str(int(x)) if x == int(x) else str(x)


# ---------------------------------------------------------------- caisse
# The main till (dining room and bar): a touch till of the 2000s whose keys were typed
# by the owner: measure key first, then his short name, a two-digit vintage; the ticket
# line and its export are cut at 24 characters.
CAISSE_CODE = {"B": "BT", "H": "1/2", "M": "MAG", "G": "VR", "G12": "VR12", "G15": "VR15",
               "P50": "PCH50", "P25": "PCH25", "CP": "CP", "D": "DS", "D2": "DS2",
               "DE": "DEMI", "PI": "PINTE"}
CAISSE_WIDTH = 24


def caisse(text, measure, vintage):
    if measure == "-":
        head = ""
    elif measure.startswith("S"):
        head = _cl(measure[1:]) + "CL "
    else:
        head = CAISSE_CODE[measure] + " "
    line = head + ascii_upper(text)
    if vintage:
        line += " %02d" % (vintage % 100)
    return line[:CAISSE_WIDTH].rstrip()


# ---------------------------------------------------------------- kiosque
# The beach-side kiosk: a tablet app whose tiles the seasonal staff typed on the iPad:
# sentence case, accents, typographic apostrophe, the vintage in four digits, and the
# variant of the tile in brackets with a spaced "cl".
KIOSQUE_VARIANT = {"B": "bouteille", "H": "demi-bouteille", "M": "magnum", "G": "verre",
                   "G12": "verre 12 cl", "G15": "verre 15 cl", "P50": "pichet 50 cl",
                   "P25": "pichet 25 cl", "CP": "coupe", "D": "shot 4 cl", "D2": "shot 2 cl",
                   "DE": "pression 25 cl", "PI": "pression 50 cl"}


def kiosque(text, measure, vintage):
    s = text.replace("'", "’")
    if vintage:
        s += " %d" % vintage
    if measure == "-":
        return s
    if measure.startswith("S"):
        v = float(measure[1:])
        var = (_cl(v / 100) + " l" if v >= 100 else _cl(v) + " cl").replace(".", ",")
    else:
        var = KIOSQUE_VARIANT[measure]
    return "%s (%s)" % (s, var)


# ---------------------------------------------------------------- export
# The back office's article export: code;DESIGNATION;vintage;content in litres;sale unit.
# The designation is the catalogue's: capitals without accents, the producer inverted
# with its particle in brackets, cut at 32 characters (the database field).
EXPORT_UNIT = {"B": "BTL", "H": "BTL", "M": "BTL", "G": "VERRE", "G12": "VERRE 12",
               "G15": "VERRE 15", "P50": "PICHET 50", "P25": "PICHET 25", "CP": "COUPE",
               "D": "DOSE", "D2": "DOSE 2", "DE": "DEMI", "PI": "PINTE"}
EXPORT_WIDTH = 32


def litres(cl):
    s = ("%.3f" % (float(cl) / 100)).rstrip("0").rstrip(".")
    return s.replace(".", ",")


def article_code(text, content):
    h = hashlib.sha256(("royan:%s:%s" % (text, content)).encode("utf-8")).hexdigest()
    return "%05d" % (int(h[:8], 16) % 90000 + 10000)


def export(text, measure, vintage, content_cl):
    desig = ascii_upper(text)[:EXPORT_WIDTH].rstrip()
    if measure == "-":
        unit, cont = "UNITE", ""
    else:
        unit = "BTL" if measure.startswith("S") else EXPORT_UNIT[measure]
        cont = litres(content_cl)
    return "%s;%s;%s;%s;%s" % (article_code(text, cont), desig, vintage or "", cont, unit)


# ---------------------------------------------------------------- reading back
def read_vintage(conn, label):
    if conn == "caisse":
        m = re.search(r" (\d{2})$", label)
        return 2000 + int(m.group(1)) if m else None
    if conn == "kiosque":
        m = re.search(r"\b((?:19|20)\d{2})\b", label.split(" (")[0])
        return int(m.group(1)) if m else None
    f = label.split(";")
    return int(f[2]) if f[2] else None


RENDER = {"caisse": caisse, "kiosque": kiosque}
