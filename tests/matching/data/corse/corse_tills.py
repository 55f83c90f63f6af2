"""The three tills of U Scogliu and how each prints a product.

A spec gives a measure code, a two-digit vintage (or none) and the text the staff typed; each
till renders them its own way. Only the old register cuts.

Measure codes:
  BTL   the drink's ordinary bottle (no measure word on the register and the tablet)
  MAG   150 cl magnum          HALF  37.5 cl half bottle    DEMIW  `DEMI` on a wine (half)
  S25 S33 S50 S75 S100         a bottle of that size (cl)
  GL    glass 12.5 cl          GL15  glass 15 cl            CP     coupe 12.5 cl
  P25 P50  pichet 25 / 50 cl   DOSE  4 cl                   2CL 6CL  2 / 6 cl
  DEMI  beer 25 cl (draught)   PINTE  beer 50 cl (draught)
  -     no measure (food, services, cocktails)
"""
import hashlib
import unicodedata

# measure -> (kind, cl): kind "bottle" (ordinary bottle), "format" (a bottle size),
# "pour" (a volume of the ordinary bottle), "draught" (a volume from the keg), "none"
MEASURES = {
    "BTL": ("bottle", None), "MAG": ("format", 150), "HALF": ("format", 37.5),
    "DEMIW": ("format", 37.5), "S25": ("format", 25), "S33": ("format", 33),
    "S50": ("format", 50), "S75": ("format", 75), "S100": ("format", 100),
    "GL": ("pour", 12.5), "GL15": ("pour", 15), "CP": ("pour", 12.5),
    "P25": ("pour", 25), "P50": ("pour", 50), "DOSE": ("pour", 4),
    "2CL": ("pour", 2), "6CL": ("pour", 6),
    "DEMI": ("draught", 25), "PINTE": ("draught", 50), "-": ("none", None),
}

TILLS = {"R": "caisse", "T": "tablette", "K": "kiosque"}

# --- R: the old register of the dining room -------------------------------------------
R_WIDTH = 20
R_WORDS = {
    "BTL": "", "MAG": "MAG", "HALF": "1/2", "DEMIW": "DEMI", "S25": "25CL", "S33": "33CL",
    "S50": "50CL", "S75": "75CL", "S100": "1L", "GL": "VRE", "GL15": "VRE15", "CP": "CP",
    "P25": "PICH25", "P50": "PICH50", "DOSE": "DOSE", "2CL": "2CL", "6CL": "6CL",
    "DEMI": "DEMI", "PINTE": "PINTE", "-": "",
}
R_FAMILIES = ("RGE", "BLC", "ROS", "MUS", "CHP", "APE", "ALC", "BIE", "EAU", "SFT",
              "CUI", "DIV")

# --- T: the waiters' tablet on the terrace --------------------------------------------
T_FIRST = {"GL": "verre", "GL15": "verre 15cl", "CP": "coupe", "P25": "pichet 25",
           "P50": "pichet 50", "DOSE": "dose", "2CL": "2cl", "6CL": "6cl",
           "DEMI": "demi", "PINTE": "pinte"}
T_AFTER = {"MAG": "magnum", "HALF": "1/2", "DEMIW": "1/2", "S25": "25cl", "S33": "33cl",
           "S50": "50cl", "S75": "75cl", "S100": "1l"}

# --- K: the beach kiosk ---------------------------------------------------------------
K_WORDS = {
    "BTL": "bouteille", "MAG": "magnum", "HALF": "demi-bouteille",
    "DEMIW": "demi-bouteille", "S25": "25cl", "S33": "33cl", "S50": "50cl", "S75": "75cl",
    "S100": "1L", "GL": "verre", "GL15": "verre 15cl", "CP": "coupe", "P25": "pichet 25cl",
    "P50": "pichet 50cl", "DOSE": "dose", "2CL": "2cl", "6CL": "6cl",
    "DEMI": "pression 25cl", "PINTE": "pression 50cl",
}

# tablet prices in cents: (low, span) by measure, a bottle by family
T_PRICE = {
    "GL": (600, 400), "GL15": (750, 400), "CP": (1100, 500), "P25": (1000, 500),
    "P50": (1800, 700), "DOSE": (700, 600), "2CL": (400, 300), "6CL": (600, 300),
    "DEMI": (380, 100), "PINTE": (750, 150), "MAG": (6800, 5000), "HALF": (1900, 1000),
    "DEMIW": (1900, 1000), "S25": (350, 100), "S33": (450, 200), "S50": (400, 200),
    "S75": (3200, 1000), "S100": (550, 150),
}
T_BOTTLE = {"CHP": (7500, 3000), "ALC": (9000, 4000), "APE": (3200, 1000),
            "MUS": (3400, 1200), "BIE": (450, 200), "EAU": (500, 150), "SFT": (450, 150),
            "CUI": (900, 2400), "DIV": (300, 1200)}


def _h(text):
    return int(hashlib.md5(text.encode("utf-8")).hexdigest(), 16)


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s)
                   if unicodedata.category(c) != "Mn")


def t_drops_accents(text):
    """About four tablet buttons in ten were typed without accents."""
    return _h("acc:" + text) % 10 < 4


def t_price(text, measure, family):
    if measure in ("S25", "S33", "S50", "S100") and family not in ("BIE", "EAU", "SFT"):
        low, span = T_BOTTLE.get(family, (2600, 3400))
    elif measure in T_PRICE:
        low, span = T_PRICE[measure]
    elif measure == "-":
        low, span = T_BOTTLE.get(family, (900, 500)) if family in ("CUI", "DIV") else (900, 500)
    else:
        low, span = T_BOTTLE.get(family, (2600, 3400))
    cents = low + (_h("px:" + text + measure) % (span // 50 + 1)) * 50
    return "%d,%02d" % (cents // 100, cents % 100)


def render_r(family, measure, yy, text):
    """Return (label, vintage_kept, full) for the old register, or raise on a bad cut."""
    word = R_WORDS[measure]
    body = strip_accents(text).upper().replace("'", " ")
    full = family + "/" + (word + " " if word else "") + body
    name_tokens = full.split()
    full_v = full + (" " + yy if yy else "")
    if len(full_v) <= R_WIDTH:
        return full_v, bool(yy), full_v
    cut = full_v[:R_WIDTH].rstrip()
    toks = cut.split()
    if len(toks) > len(name_tokens):
        raise ValueError("cut inside the vintage: %r" % full_v)
    if len(toks) < len(name_tokens):
        raise ValueError("cut loses a whole word: %r -> %r" % (full_v, cut))
    last, orig = toks[-1], name_tokens[len(toks) - 1]
    if last != orig:
        if any(c.isdigit() for c in orig) or "/" in orig or "&" in orig:
            raise ValueError("cut inside a number or code: %r" % full_v)
        if len(last) < 3:
            raise ValueError("cut leaves fewer than 3 letters: %r" % full_v)
    return cut, False, full_v


def render_t(family, measure, yy, text):
    body = text.lower()
    if t_drops_accents(text):
        body = strip_accents(body)
    parts = []
    if measure in T_FIRST:
        parts.append(T_FIRST[measure])
    parts.append(body)
    if measure in T_AFTER:
        parts.append(T_AFTER[measure])
    if yy:
        parts.append("'" + yy)
    parts.append(t_price(text, measure, family))
    return " ".join(parts), bool(yy), None


def render_k(family, measure, yy, text):
    label = text + (" 20" + yy if yy else "")
    if measure != "-":
        label += " - " + K_WORDS[measure]
    return label, bool(yy), None


RENDER = {"R": render_r, "T": render_t, "K": render_k}
