"""The three tills of "Le Pot de Madargue" and how each one writes a label.

Canonical measures used in the case files:
  B bottle (the ordinary bottle), H half (37.5), M magnum (150), S<cl> a bottle of
  that volume (beers, softs, waters, spirits), G glass (12.5), CP coupe (12.5),
  POT pot lyonnais (46), P25 / P50 carafe, D dose (4), D2 dose 2 cl, D6 a 6 cl pour,
  DM demi (25, draught), PT pinte (50, draught), None: no drink measure.
"""
import hashlib
import re
import unicodedata

POUR_CL = {"G": 12.5, "CP": 12.5, "POT": 46, "P25": 25, "P50": 50, "D": 4, "D2": 2,
           "D6": 6, "DM": 25, "PT": 50}


def ascii_upper(text):
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c))
    return t.upper()


def _hash(*parts):
    return int(hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest(), 16)


def cl_txt(cl):
    """A volume in cl as the tills write it: 33 -> '33', 37.5 -> '37,5'."""
    if cl == int(cl):
        return str(int(cl))
    return str(cl).replace(".", ",")


# ---------------------------------------------------------------- caisse
CAISSE_WIDTH = 14
CAISSE_PREFIX = {"G": "VR", "CP": "CP", "POT": "POT", "D": "DOSE", "D2": "2CL",
                 "DM": "DEMI", "PT": "PINTE", "B": "BT", "H": "1/2"}
# price ranges in cents by measure (a bottle of wine is dearer than a glass)
CAISSE_PRICE = {"G": (300, 600), "CP": (650, 900), "POT": (1100, 1900), "D": (300, 900),
                "D2": (250, 450), "DM": (280, 380), "PT": (520, 720), "B": (2000, 4200),
                "H": (1300, 2200), "U": (280, 550)}


def price_txt(cents):
    return "%d,%02d" % divmod(cents, 100)


def render_caisse(text, measure, vintage, fixed=None):
    """Old keyboard register at the bar: PLU text of 14 columns + price."""
    parts = []
    if measure in CAISSE_PREFIX:
        parts.append(CAISSE_PREFIX[measure])
    parts.append(text)
    if vintage is not None:
        parts.append("%02d" % (vintage % 100))
    desc = ascii_upper(" ".join(parts))
    cut = desc[:CAISSE_WIDTH].rstrip()
    lo, hi = CAISSE_PRICE[measure]
    cents = fixed if fixed else lo + (_hash("caisse", text, measure) % ((hi - lo) // 10 + 1)) * 10
    label = cut.ljust(CAISSE_WIDTH) + " " + price_txt(cents).rjust(6)
    return label, desc != cut


def read_caisse(label):
    """-> (measure, size_cl, vintage) read back from a caisse label."""
    desc = label[:CAISSE_WIDTH].rstrip()
    toks = desc.split()
    rev = {v: k for k, v in CAISSE_PREFIX.items()}
    measure = rev.get(toks[0])
    size = None
    vintage = None
    if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
        vintage = 2000 + int(toks[-1])
    m = re.search(r"(\d+)(CL|L)$", desc)
    if measure is None and m:
        size = int(m.group(1)) * (100 if m.group(2) == "L" else 1)
        measure = "S%d" % size
    return measure, size, vintage


# ---------------------------------------------------------------- salle
SALLE_WORD = {"B": "Bout.", "H": "1/2 Bout.", "M": "Magnum", "G": "Verre", "CP": "Coupe",
              "POT": "Pot", "P25": "Carafe 25cl", "P50": "Carafe 50cl", "D": "Dose",
              "D2": "Dose 2cl"}


def salle_size(cl):
    return "%dL" % (cl // 100) if cl >= 100 and cl % 100 == 0 else "%scl" % cl_txt(cl)


def render_salle(text, measure, vintage):
    """Dining-room touch till: measure word first, the wine-list name, 4-digit vintage."""
    parts = []
    if measure in SALLE_WORD:
        parts.append(SALLE_WORD[measure])
    parts.append(text)
    if measure and measure.startswith("S"):
        parts.append(salle_size(float(measure[1:])))
    if vintage is not None:
        parts.append(str(vintage))
    return " ".join(parts), False


def read_salle(label):
    measure = None
    for code, word in sorted(SALLE_WORD.items(), key=lambda kv: -len(kv[1])):
        if label.startswith(word + " "):
            measure = code
            break
    vintage = None
    m = re.search(r"\b(19[5-9]\d|20[0-3]\d)$", label)
    if m:
        vintage = int(m.group(1))
    size = None
    m = re.search(r" (\d+(?:,5)?)(cl|L)(?: (?:19|20)\d\d)?$", label)
    if measure is None and m:
        size = float(m.group(1).replace(",", ".")) * (100 if m.group(2) == "L" else 1)
        if size == int(size):
            size = int(size)
        measure = "S%s" % cl_txt(size)
    return measure, size, vintage


# ---------------------------------------------------------------- gestion
GESTION_FAMILIES = ("VRG", "VBL", "VRS", "BUL", "PRE", "BIE", "APE", "DIG", "EAU", "SOF",
                    "CUI", "DES", "CAF", "DIV")
MEASURE_CL = {"B": 75, "H": 37.5, "M": 150, **POUR_CL}


def litres(cl):
    v = cl / 100
    s = ("%.3f" % v).rstrip("0").rstrip(".")
    return s.replace(".", ",")


GESTION_PRICE = {"B": (2200, 4800), "H": (1300, 2400), "M": (4800, 9000), "G": (350, 650),
                 "CP": (650, 900), "POT": (1100, 1900), "P25": (650, 900), "P50": (1100, 1600),
                 "D": (350, 900), "D2": (250, 450), "D6": (450, 700), "DM": (280, 380),
                 "PT": (520, 720), "S": (250, 600), "U": (200, 1500)}


def render_gestion(fam, text, measure, vintage, fixed=None, ordinary_cl=75, taken=None):
    """Back-office monthly sales export: CODE;LIBELLE;MILL;VOL;QTE;CA."""
    h = _hash("gestion", fam, text, measure, vintage)
    n = h % 900
    while taken is not None and "%s%03d" % (fam, 100 + n) in taken:
        n = (n + 1) % 900
    code = "%s%03d" % (fam, 100 + n)
    if taken is not None:
        taken.add(code)
    lib = re.sub(r"[-'’]", " ", ascii_upper(text))
    lib = re.sub(r" +", " ", lib).strip()
    if measure in (None, "U"):
        vol = ""
    elif measure.startswith("S"):
        vol = litres(float(measure[1:]))
    elif measure == "B":
        vol = litres(ordinary_cl)
    else:
        vol = litres(MEASURE_CL[measure])
    qte = 1 + (h >> 12) % 60
    lo, hi = GESTION_PRICE["S" if measure and measure.startswith("S") else (measure or "U")]
    unit = fixed if fixed else lo + ((h >> 20) % ((hi - lo) // 10 + 1)) * 10
    ca = price_txt(qte * unit)
    mill = "" if vintage is None else str(vintage)
    return ";".join([code, lib, mill, vol, str(qte), ca]), False


def read_gestion(label):
    code, lib, mill, vol, qte, ca = label.split(";")
    fam = code[:3]
    vintage = int(mill) if mill else None
    cl = None
    if vol:
        cl = float(vol.replace(",", ".")) * 100
        cl = round(cl, 1)
        if cl == int(cl):
            cl = int(cl)
    return fam, cl, vintage
