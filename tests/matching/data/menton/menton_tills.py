"""The three tills of Il Limone: how each renders a keyed product, and how it is read back.

Measures (internal): btl, half, mag, gl (12.5 cl), gl15, c25, c50 (carafes), dose (4 cl),
d2, d4, demi, pinte (draught 25 / 50 cl), bNN (a bottle of NN cl), None (no measure).
"""
import hashlib
import re

ITALIAN_FAMS = {"ROS", "BIA", "RSA", "SPU", "DOL", "AMA", "GRP", "BIR", "BIB", "CUC", "VAR"}
BANCO_WIDTH = 25

BANCO_IT = {"gl": "CAL", "gl15": "CAL15", "c25": "1/4L", "c50": "1/2L"}
BANCO_FR = {"gl": "VRE", "gl15": "VRE15", "c25": "PICH25", "c50": "PICH50"}
BANCO_ANY = {"btl": "BTL", "half": "1/2", "mag": "MAG", "dose": "DOSE", "d2": "2CL",
             "d4": "4CL", "demi": "DEMI", "pinte": "PINTE"}
# what the register's measure words mean (the reading side)
BANCO_READ = {"CAL": ("pour", 12.5), "VRE": ("pour", 12.5), "FLUTE": ("pour", 12.5),
              "CAL15": ("pour", 15), "VRE15": ("pour", 15), "1/4L": ("pour", 25),
              "PICH25": ("pour", 25), "1/2L": ("pour", 50), "PICH50": ("pour", 50),
              "BTL": ("bottle", 75), "1/2": ("bottle", 37.5), "MAG": ("bottle", 150),
              "DOSE": ("pour", 4), "2CL": ("pour", 2), "4CL": ("pour", 4),
              "DEMI": ("draught", 25), "PINTE": ("draught", 50)}


def is_size(m):
    return m is not None and re.fullmatch(r"b[\d.]+", m) is not None


def _num(v):
    return ("%g" % v)


def hnum(text, lo, hi):
    h = int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:8], 16)
    return lo + h % (hi - lo + 1)


def banco_measure(m, fam):
    if m is None:
        return ""
    if is_size(m):
        v = float(m[1:])
        return "1L" if v == 100 else _num(v).replace(".", ",") + "CL"
    if fam == "CHP" and m == "gl":
        return "FLUTE"
    if m in BANCO_ANY:
        return BANCO_ANY[m]
    return (BANCO_IT if fam in ITALIAN_FAMS else BANCO_FR)[m]


def render_banco(fam, measure, vintage, text, cut=True):
    parts = [banco_measure(measure, fam), text, "%02d" % (vintage % 100) if vintage else ""]
    body = " ".join(p for p in parts if p)
    line = fam + "." + body
    if cut:
        line = line[:BANCO_WIDTH].rstrip()
    return line


def read_banco(label):
    fam, body = label.split(".", 1)
    toks = body.split()
    vint = None
    if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
        vint = 2000 + int(toks[-1])
    m = toks[0]
    if m in BANCO_READ:
        return fam, BANCO_READ[m], vint
    mm = re.fullmatch(r"(\d+(?:,\d+)?)CL|1L", m)
    if mm:
        v = 100.0 if m == "1L" else float(mm.group(1).replace(",", "."))
        return fam, ("bottle", v), vint
    return fam, None, vint


TAB_WORDS = {"btl": "Bouteille", "half": "Demi-bouteille", "mag": "Magnum", "gl": "Verre",
             "gl15": "Verre 15cl", "c25": "Carafe 25cl", "c50": "Carafe 50cl", "dose": "Dose",
             "d2": "Dose 2cl", "d4": "Dose 4cl", "demi": "Demi pression", "pinte": "Pinte pression"}
TAB_READ = {"Bouteille": ("bottle", 75), "Demi-bouteille": ("bottle", 37.5),
            "Magnum": ("bottle", 150), "Verre": ("pour", 12.5), "Coupe": ("pour", 12.5),
            "Verre 15cl": ("pour", 15), "Carafe 25cl": ("pour", 25), "Carafe 50cl": ("pour", 50),
            "Dose": ("pour", 4), "Dose 2cl": ("pour", 2), "Dose 4cl": ("pour", 4),
            "Demi pression": ("draught", 25), "Pinte pression": ("draught", 50)}


def tab_price(measure, text):
    if measure in ("btl", "mag", "half"):
        base = {"btl": (28, 95), "mag": (60, 180), "half": (18, 45)}[measure]
    elif measure is None:
        base = (3, 24)
    elif is_size(measure):
        base = (3, 9)
    else:
        base = (4, 14)
    cents = hnum(text + "c", 0, 1) * 50
    return "%d,%02d€" % (hnum(text, *base), cents)


def render_tablette(fam, measure, vintage, text, is_champ=False):
    if measure is None:
        m = ""
    elif is_size(measure):
        v = float(measure[1:])
        m = "Btl 1L" if v == 100 else "Btl " + _num(v).replace(".", ",") + "cl"
    elif measure == "gl" and is_champ:
        m = "Coupe"
    else:
        m = TAB_WORDS[measure]
    parts = [m, text, "[%d]" % vintage if vintage else ""]
    core = " ".join(p for p in parts if p)
    return core + " " + tab_price(measure, core)


def read_tablette(label):
    core = re.sub(r" \d+,\d\d€$", "", label)
    vint = None
    mv = re.search(r" \[(\d{4})\]$", core)
    if mv:
        vint = int(mv.group(1))
    for w in sorted(TAB_READ, key=len, reverse=True):
        if core.startswith(w + " "):
            return TAB_READ[w], vint
    mb = re.match(r"Btl (1L|(\d+(?:,\d+)?)cl) ", core)
    if mb:
        v = 100.0 if mb.group(1) == "1L" else float(mb.group(2).replace(",", "."))
        return ("bottle", v), vint
    return None, vint


LIV_CAT = {"rouge": "Red wine", "blanc": "White wine", "rosé": "Rosé wine",
           "effervescent": "Sparkling", "liquoreux": "Dessert wine"}


def liv_category(drink):
    if drink["category"] == "champagne":
        return "Sparkling"
    if drink["category"] == "vin":
        return LIV_CAT[drink["colour"]]
    return {"spiritueux": "Spirits & Aperitivi", "bière": "Beer", "soft": "Soft drinks"}[drink["category"]]


def render_livraison(cat, measure, vintage, text):
    sku = "ILM%04d" % hnum(text + cat + str(measure), 1000, 9999)
    item = text + (" (%d)" % vintage if vintage else "")
    size = ""
    if measure is not None:
        v = {"btl": 75, "half": 37.5, "mag": 150}.get(measure)
        if v is None:
            v = float(measure[1:])
        size = "%gml" % (v * 10)
    return "|".join([sku, cat, item, size, "x1"])


def read_livraison(label):
    sku, cat, item, size, qty = label.split("|")
    mv = re.search(r" \((\d{4})\)$", item)
    vint = int(mv.group(1)) if mv else None
    meas = None
    if size:
        meas = ("bottle", float(size[:-2]) / 10)
    return cat, meas, vint
