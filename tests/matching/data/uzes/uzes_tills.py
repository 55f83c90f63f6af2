"""The three tills of Le Bistrot des Herbes and how each prints a label.

A case is (family, measure, vintage, text): `text` is what was typed into the till's
article file; the till adds its family, measure, vintage and (caisse) price.
"""
import hashlib
import re
import unicodedata

from uzes_rules import is_size

FAMS = ("RGE", "BLC", "ROS", "BUL", "APE", "DIG", "BIE", "SOF", "CAF", "CUI", "DIV")


def ascii_(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def cl(n):
    n = float(n)
    return str(int(n)) if n.is_integer() else str(n)


# ---------------------------------------------------------------- caisse
# The counter's electronic cash register (journal line): department code, measure key,
# the owner's short name, two-digit vintage; description cut at 20 columns, then the
# price right-aligned in 6 columns with a decimal comma.
CAISSE_WIDTH = 20
CAISSE_MEAS = {"B": "", "H": "1/2", "M": "MAG", "G": "VRE", "G15": "V15", "CP": "CPE",
               "P25": "PICH25", "P50": "PICH50", "D": "DOSE", "D2": "2CL", "DE": "DEMI",
               "PI": "PINTE", "": ""}
PRICE_BASE = {"B": 2600, "H": 1500, "M": 5200, "G": 450, "G15": 550, "CP": 900,
              "P25": 750, "P50": 1400, "D": 400, "D2": 350, "DE": 350, "PI": 650, "": 600}


def caisse_meas(meas, wine):
    if is_size(meas):
        return "1L" if meas == "C100" else cl(meas[1:]) + "CL"
    if meas == "B" and not wine:
        return ""
    return CAISSE_MEAS[meas]


FAM_BASE = {"CAF": 220, "CUI": 1100, "DIV": 800, "SOF": 400, "BIE": 450}


def price(fam, meas, text, wine):
    base = PRICE_BASE.get(meas, 450)
    if meas in ("", "B") and not wine:
        base = FAM_BASE.get(fam, 500)
    h = int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)
    cents = base + (h % 12) * 50 - 250 if base >= 1000 else base + (h % 6) * 10 * 5 - 100
    cents = max(cents, 150)
    return "%d,%02d" % (cents // 100, cents % 100)


def render_caisse(fam, meas, vintage, text, wine):
    parts = [fam, caisse_meas(meas, wine), text, "%02d" % (vintage % 100) if vintage else ""]
    desc = ascii_(" ".join(p for p in parts if p)).upper()
    desc = desc[:CAISSE_WIDTH].rstrip()
    return "%-*s %6s" % (CAISSE_WIDTH, desc, price(fam, meas, text, wine))


CAISSE_RE = re.compile(r"^([A-Z]{3}) (.*?) *\s(\d{1,3},\d\d)$")


def read_caisse(label):
    desc = label[:CAISSE_WIDTH].rstrip()
    toks = desc.split(" ")
    vintage = None
    if len(toks) > 2 and re.fullmatch(r"\d\d", toks[-1]):
        vintage = 2000 + int(toks[-1]) if int(toks[-1]) < 50 else 1900 + int(toks[-1])
    m = toks[1] if len(toks) > 1 else ""
    inv = {v: k for k, v in CAISSE_MEAS.items() if v}
    if m in inv:
        meas = inv[m]
    elif re.fullmatch(r"\d+(\.\d)?CL|1L", m):
        meas = "C100" if m == "1L" else "C" + m[:-2]
    else:
        meas = None          # a bottle (wine) or no measure
    return toks[0], meas, vintage


# ---------------------------------------------------------------- salle
# The dining room's tablet: the manager's wine-list wording, mixed case with accents,
# four-digit vintage, then " – " and the variant chosen on the tablet.
SALLE_MEAS = {"B": "Bouteille", "H": "Demi-bouteille", "M": "Magnum", "G": "Verre",
              "G15": "Verre 15cl", "CP": "Coupe", "P25": "Carafe 25cl",
              "P50": "Carafe 50cl", "D": "Dose", "D2": "Dose 2cl", "DE": "Demi",
              "PI": "Pinte"}


def salle_meas(meas):
    if is_size(meas):
        return "1L" if meas == "C100" else cl(meas[1:]).replace(".", ",") + "cl"
    return SALLE_MEAS[meas]


def render_salle(fam, meas, vintage, text, wine):
    out = text + (" %d" % vintage if vintage else "")
    return out + (" – " + salle_meas(meas) if meas else "")


def read_salle(label):
    name, _, var = label.rpartition(" – ")
    if not name:
        name, var = label, ""
    m = re.search(r" ((?:19|20)\d\d)$", name)
    inv = {v: k for k, v in SALLE_MEAS.items()}
    if var in inv:
        meas = inv[var]
    elif re.fullmatch(r"\d+(,\d)?cl", var):
        meas = "C" + var[:-2].replace(",", ".")
    elif var == "1L":
        meas = "C100"
    else:
        meas = ""
    return None, meas, int(m.group(1)) if m else None


# ---------------------------------------------------------------- terrasse
# The summer terrace handheld: lower-case ASCII, "family/" prefix, the staff's short
# names, vintage as 'yy, the measure last.
TERR_FAM = {"RGE": "rouge", "BLC": "blanc", "ROS": "rose", "BUL": "bulles", "APE": "apero",
            "DIG": "digo", "BIE": "biere", "SOF": "soft", "CAF": "chaud", "CUI": "cuisine",
            "DIV": "divers"}
TERR_MEAS = {"B": "btl", "H": "1/2btl", "M": "mag", "G": "vr", "G15": "vr15", "CP": "cp",
             "P25": "car25", "P50": "car50", "D": "dose", "D2": "2cl", "DE": "demi",
             "PI": "pinte"}


def terr_meas(meas, wine):
    if is_size(meas):
        return "1l" if meas == "C100" else cl(meas[1:]) + "cl"
    if meas == "B" and not wine:
        return ""
    return TERR_MEAS.get(meas, "")


def render_terrasse(fam, meas, vintage, text, wine):
    out = TERR_FAM[fam] + "/" + ascii_(text).lower()
    if vintage:
        out += " '%02d" % (vintage % 100)
    m = terr_meas(meas, wine)
    return out + (" " + m if m else "")


def read_terrasse(label):
    fam, _, rest = label.partition("/")
    toks = rest.split(" ")
    inv = {v: k for k, v in TERR_MEAS.items()}
    meas = ""
    if toks[-1] in inv:
        meas = inv[toks[-1]]
    elif re.fullmatch(r"\d+(\.\d)?cl", toks[-1]):
        meas = "C" + toks[-1][:-2]
    elif toks[-1] == "1l":
        meas = "C100"
    m = re.search(r" '(\d\d)( |$)", rest)
    v = None
    if m:
        y = int(m.group(1))
        v = 2000 + y if y < 50 else 1900 + y
    return fam, meas, v


TILLS = {"caisse": (render_caisse, read_caisse),
         "salle": (render_salle, read_salle),
         "terrasse": (render_terrasse, read_terrasse)}
