"""The three tills of Le Berry Gourmand: how each renders a keyed product, and how its
labels are read back (measure and vintage).

A keyed product is (key, measure, vintage, text): measure is one of the codes below or ""
(no measure: food, services), vintage the year the staff typed (or None).
"""
import hashlib
import re
import unicodedata

# measure code -> (kind, volume in cl or None)
MEASURES = {
    "btl": ("bottle", None), "b25": ("bottle", 25), "b33": ("bottle", 33), "b50": ("bottle", 50),
    "b100": ("bottle", 100), "half": ("bottle", 37.5), "mag": ("bottle", 150),
    "vre": ("pour", 12.5), "vre15": ("pour", 15), "cp": ("pour", 12.5), "p25": ("pour", 25),
    "p50": ("pour", 50), "dose": ("pour", 4), "dose2": ("pour", 2),
    "demi": ("draught", 25), "pinte": ("draught", 50), "": (None, None),
}

# ---------------------------------------------------------------- comptoir (bar register)
COMPTOIR_WIDTH = 16
COMPTOIR_CODES = {
    "btl": "BTL", "b25": "25CL", "b33": "33CL", "b50": "50CL", "b100": "1L", "half": "1/2",
    "mag": "MAG", "vre": "VRE", "vre15": "VRE15", "cp": "CP", "p25": "PICH25", "p50": "PICH50",
    "dose": "DOSE", "dose2": "DOSE2", "demi": "DEMI", "pinte": "PINTE",
}
COMPTOIR_READ = {v: k for k, v in COMPTOIR_CODES.items()}
FAMILIES = ("BL", "RG", "RS", "BU", "PR", "BI", "AL", "AP", "SO", "EA", "CU", "CF", "DV")


def render_comptoir(text, measure, vintage):
    fam, name = text.split("/", 1)
    assert fam in FAMILIES, text
    full = name + (" %02d" % (vintage % 100) if vintage else "")
    field = full[:COMPTOIR_WIDTH].rstrip()
    label = fam + "/" + field
    if measure:
        label += " " + COMPTOIR_CODES[measure]
    return label


def read_comptoir(label):
    fam, rest = label.split("/", 1)
    toks = rest.split(" ")
    meas = ""
    if toks[-1] in COMPTOIR_READ and len(toks) > 1:
        meas = COMPTOIR_READ[toks[-1]]
        toks = toks[:-1]
    vint = None
    if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
        vint = 2000 + int(toks[-1]) if int(toks[-1]) < 40 else 1900 + int(toks[-1])
    return meas, vint


# ---------------------------------------------------------------- tablette (waiters)
TABLETTE_WORDS = {
    "btl": "bouteille", "b25": "bouteille 25cl", "b33": "bouteille 33cl", "b50": "bouteille 50cl",
    "b100": "bouteille 1l", "half": "demi-bouteille", "mag": "magnum", "vre": "verre",
    "vre15": "verre 15cl", "cp": "coupe", "p25": "pichet 25cl", "p50": "pichet 50cl",
    "dose": "dose", "dose2": "dose 2cl", "demi": "demi", "pinte": "pinte",
}
TABLETTE_READ = {v: k for k, v in TABLETTE_WORDS.items()}
PRICE_RANGE = {  # euros, by measure code
    "btl": (24, 95), "half": (16, 45), "mag": (60, 190), "vre": (4, 12), "vre15": (5, 13),
    "cp": (9, 16), "p25": (8, 14), "p50": (14, 26), "dose": (6, 14), "dose2": (3, 7),
    "demi": (3, 5), "pinte": (6, 9), "b25": (3, 5), "b33": (4, 8), "b50": (3, 6), "b100": (5, 7),
    "": (2, 24),
}


def _h(*parts):
    return int(hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest(), 16)


def price(key, measure, text):
    lo, hi = PRICE_RANGE[measure]
    cents = lo * 100 + _h(key, measure, text) % ((hi - lo) * 100)
    return cents - cents % 10


def render_tablette(text, measure, vintage, key):
    s = text + (" %d" % vintage if vintage else "")
    if measure:
        s += ", " + TABLETTE_WORDS[measure]
    p = price(key, measure, text)
    return "%s %d,%02d €" % (s, p // 100, p % 100)


def read_tablette(label):
    m = re.fullmatch(r"(.*) \d+,\d\d €", label)
    body = m.group(1)
    meas = ""
    if ", " in body:
        body, w = body.rsplit(", ", 1)
        meas = TABLETTE_READ[w]
    yrs = re.findall(r"(?<![\d])((?:19|20)\d\d)(?![\d])", body)
    return meas, (int(yrs[-1]) if yrs else None)


# ---------------------------------------------------------------- compta (accounting export)
COLOURS = {"rouge": "RGE", "blanc": "BLC", "rosé": "RSE", "effervescent": "EFF", "liquoreux": "LIQ"}


def ascii_caps(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"\s+", " ", s.upper().replace("'", " ").replace("-", " ")).strip()


def render_compta(text, measure, vintage, key, drink_colour, volume_cl):
    if "|" in text:
        text, coul = text.split("|")
    else:
        coul = COLOURS.get(drink_colour, "")
    code = "%06d" % (100000 + _h("art", key, text, measure) % 900000)
    qty = 1 + _h("qty", key, text, measure, vintage) % 4
    unit = price(key, measure or "", text)
    vol = "" if volume_cl is None else "%.3f" % (volume_cl / 100)
    amount = qty * unit
    cols = [code, ascii_caps(text), coul, str(vintage or ""), vol, str(qty),
            "%d.%02d" % (amount // 100, amount % 100)]
    return "\t".join(cols)


def read_compta(label):
    cols = label.split("\t")
    vol = float(cols[4]) * 100 if cols[4] else None
    vint = int(cols[3]) if cols[3] else None
    return vol, vint
