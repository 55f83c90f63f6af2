"""The three tills of Le Relais de Saône: how each renders a sale, and how it is read back.

Measure codes used in the case modules (till-independent):
  B  a bottle in the drink's ordinary format     H  a half bottle (37.5 cl)   M  a magnum (150 cl)
  V  a glass (12.5 cl)   V15  a 15 cl glass   P46  a pot mâconnais (46 cl)   C50  a 50 cl carafe
  CP a coupe / flûte (12.5 cl)   D  a dose (4 cl)   D2  a 2 cl dose
  DM a demi (25 cl, draught)     PT a pinte (50 cl, draught)
  S25, S33, S50, S100  a bottle of that size       U  no measure (food, services)

A read-back measure is one of
  ("bottle", None)  the ordinary bottle        ("bottle", cl)  a bottle of that size
  ("pour", cl)      a pour from the ordinary bottle
  ("draught", cl)   a pour from the keg         ("vol", cl)  export volume, resolved per drink
  None              no measure
"""
import csv
import hashlib
import io
import re
import unicodedata


def h(*parts):
    return int(hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest(), 16)


def ascii_up(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return s.upper()


# ---------------------------------------------------------------- zinc (counter register)
ZINC_WIDTH = 20
ZINC_MEAS = {"B": "B", "H": "B37", "M": "MG", "V": "V", "V15": "V15", "P46": "POT",
             "C50": "C50", "CP": "CP", "D": "D", "D2": "D2", "DM": "DEMI", "PT": "PINT",
             "S25": "25", "S33": "33", "S50": "50", "S100": "1L"}


def zinc_render(text, vintage, meas):
    """Dots for spaces, capitals, vintage as .YY, name field cut at 20, then *MEASURE."""
    words = re.split(r"[\s\-']+", ascii_up(text).strip())
    name = ".".join(w for w in words if w)
    if vintage:
        name += ".%02d" % (vintage % 100)
    name = name[:ZINC_WIDTH].rstrip(".")
    if meas == "U":
        return name
    return name + "*" + ZINC_MEAS[meas]


def zinc_read(label):
    name, _, m = label.partition("*")
    toks = name.split(".")
    vint = None
    if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
        yy = int(toks[-1])
        vint = 2000 + yy if yy < 40 else 1900 + yy
    if not m:
        return vint, None
    table = {"B": ("bottle", None), "B37": ("bottle", 37.5), "MG": ("bottle", 150),
             "V": ("pour", 12.5), "V15": ("pour", 15), "POT": ("pour", 46), "C50": ("pour", 50),
             "CP": ("pour", 12.5), "D": ("pour", 4), "D2": ("pour", 2),
             "DEMI": ("draught", 25), "PINT": ("draught", 50),
             "25": ("bottle", 25), "33": ("bottle", 33), "50": ("bottle", 50), "1L": ("bottle", 100)}
    return vint, table[m]


# ---------------------------------------------------------------- pda (waiters' handheld)
PDA_MEAS = {"B": "btl", "H": "1/2btl", "M": "mag", "V": "vr", "V15": "vr15", "P46": "pot",
            "C50": "car50", "CP": "coupe", "D": "shot", "D2": "shot2", "DM": "demi",
            "PT": "pinte", "S25": "25cl", "S33": "33cl", "S50": "50cl", "S100": "1l"}


def pda_render(text, vintage, meas, seat):
    """'p<seat> ' then the text as typed (lower case, accents kept), ' yyyy', then ' >measure'."""
    s = "p%d %s" % (seat, text.lower().strip())
    if vintage:
        s += " %d" % vintage
    if meas != "U":
        s += " >" + PDA_MEAS[meas]
    return s


def pda_read(label):
    body, _, m = label.partition(" >")
    vint = None
    for t in body.split()[1:]:
        if re.fullmatch(r"(19|20)\d\d", t):
            vint = int(t)
    if not m:
        return vint, None
    table = {"btl": ("bottle", None), "1/2btl": ("bottle", 37.5), "mag": ("bottle", 150),
             "vr": ("pour", 12.5), "vr15": ("pour", 15), "pot": ("pour", 46), "car50": ("pour", 50),
             "coupe": ("pour", 12.5), "shot": ("pour", 4), "shot2": ("pour", 2),
             "demi": ("draught", 25), "pinte": ("draught", 50), "25cl": ("bottle", 25),
             "33cl": ("bottle", 33), "50cl": ("bottle", 50), "1l": ("bottle", 100)}
    return vint, table[m]


# ---------------------------------------------------------------- export (back-office report)
def fmt_cl(cl):
    s = ("%g" % cl).replace(".", ",")
    return s + "cl"


def money(cents):
    return "%d,%02d" % (cents // 100, cents % 100)


# unit price ranges in cents by measure: (lowest, step, steps)
PRICE = {"B": (2400, 100, 60), "H": (1400, 50, 40), "M": (5800, 200, 40),
         "V": (450, 50, 10), "V15": (550, 50, 10), "P46": (1200, 100, 8),
         "C50": (1400, 100, 10), "CP": (600, 50, 8), "D": (550, 50, 10), "D2": (300, 50, 4),
         "DM": (350, 10, 15), "PT": (650, 10, 20), "S25": (350, 10, 15), "S33": (380, 10, 20),
         "S50": (300, 10, 10), "S100": (450, 10, 20), "U": (250, 50, 40)}


def export_render(text, vintage, cl, key, meas):
    """"code","libellé","millésime","contenance","qté","pu","total": commas between quoted
    fields, decimal commas inside them. Code, quantity and price come from a SHA-256."""
    code = "%05d" % (h("art", key, text, cl) % 90000 + 10000)
    qty = h("qty", text, vintage, cl) % 6 + 1
    low, step, n = PRICE[meas]
    pu = low + h("pu", key, text, cl) % n * step
    fields = [code, text, str(vintage) if vintage else "", fmt_cl(cl) if cl else "",
              str(qty), money(pu), money(pu * qty)]
    return ",".join('"%s"' % f for f in fields)


def export_read(label):
    row = next(csv.reader(io.StringIO(label)))
    code, lib, mill, cont, qty, pu, tot = row
    vint = int(mill) if mill else None
    if not cont:
        return vint, None
    cl = float(cont[:-2].replace(",", "."))
    cl = int(cl) if cl == int(cl) else cl
    if "pression" in lib.lower():
        return vint, ("draught", cl)
    return vint, ("vol", cl)


EXPORT_CL = {"V": 12.5, "V15": 15, "P46": 46, "C50": 50, "CP": 12.5, "D": 4, "D2": 2,
             "DM": 25, "PT": 50, "H": 37.5, "M": 150, "S25": 25, "S33": 33, "S50": 50, "S100": 100}
