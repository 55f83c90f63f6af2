"""The three tills of "Le Mas de la Soulondres" and how each renders a sale.

A sale is (text the staff keyed, measure code, vintage or None). Measure codes:
BTL (the bottle: 75 cl for a wine, the only size otherwise), HALF, MAG, S25, S33,
S50, S100 (bottle sizes), VR (12.5 cl), VR12, VR15, P25, P50 (pichets), CP (coupe),
DOSE (4 cl), D2, D4, DEMI, PINTE (draught), None (food, coffee, services).
"""
import hashlib
import unicodedata

MEASURES = {
    "BTL": ("bottle", None), "HALF": ("bottle", 37.5), "MAG": ("bottle", 150),
    "S25": ("bottle", 25), "S33": ("bottle", 33), "S50": ("bottle", 50), "S100": ("bottle", 100),
    "VR": ("pour", 12.5), "VR12": ("pour", 12), "VR15": ("pour", 15), "P25": ("pour", 25),
    "P50": ("pour", 50), "CP": ("pour", 12.5), "DOSE": ("pour", 4), "D2": ("pour", 2),
    "D4": ("pour", 4), "DEMI": ("draught", 25), "PINTE": ("draught", 50),
}


def ascii_upper(text):
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = t.replace("'", " ").replace("’", " ").replace("-", " ")
    return " ".join(t.upper().split())


# ---- caisse: the bar's old register. Measure key first, 2-digit vintage last,
# the whole line cut at 18 columns.
CAISSE_WIDTH = 18
CAISSE_KEYS = {"BTL": "", "HALF": "1/2", "MAG": "MAG", "S25": "25CL", "S33": "33CL",
               "S50": "50CL", "S100": "1L", "VR": "VR", "VR12": "VR12", "VR15": "VR15",
               "P25": "P25", "P50": "P50", "CP": "CP", "DOSE": "DOSE", "D2": "2CL",
               "D4": "4CL", "DEMI": "DEMI", "PINTE": "PINTE"}


def render_caisse(text, measure, vintage, fmt):
    parts = []
    if measure and CAISSE_KEYS[measure]:
        parts.append(CAISSE_KEYS[measure])
    parts.append(ascii_upper(text))
    if vintage:
        parts.append("%02d" % (vintage % 100))
    line = " ".join(parts)
    return line[:CAISSE_WIDTH].rstrip()


# ---- tablette: the dining-room tablet (cloud till). "Product Vintage (Variant)",
# as the owner typed the products, accents kept; food without a variant.
TABLETTE_VARIANTS = {"BTL": "Bouteille", "HALF": "Demi-bouteille", "MAG": "Magnum",
                     "S25": "25cl", "S33": "33cl", "S50": "50cl", "S100": "1L",
                     "VR": "Verre", "VR12": "Verre 12cl", "VR15": "Verre 15cl",
                     "P25": "Pichet 25cl", "P50": "Pichet 50cl", "CP": "Coupe",
                     "DOSE": "Dose", "D2": "2cl", "D4": "4cl", "DEMI": "Demi", "PINTE": "Pinte"}


def render_tablette(text, measure, vintage, fmt):
    s = text
    if vintage:
        s += " %d" % vintage
    if measure:
        s += " (%s)" % TABLETTE_VARIANTS[measure]
    return s


# ---- gestion: the back office's article export, ART;LIBELLE;MILL;COND;PRIX.
GESTION_WIDTH = 22


def _cl(v):
    return ("%g" % v).replace(".", ",")


def gestion_cond(measure, fmt):
    if measure is None:
        return "UN"
    if measure == "BTL":
        return "BT" + _cl(fmt)
    kind, cl = MEASURES[measure]
    if kind == "bottle":
        return "BT" + _cl(cl)
    if kind == "draught":
        return "FUT" + _cl(cl)
    prefix = {"VR": "VR", "VR12": "VR", "VR15": "VR", "P25": "PI", "P50": "PI", "CP": "CP",
              "DOSE": "DO", "D2": "DO", "D4": "DO"}[measure]
    return prefix + _cl(cl)


def render_gestion(text, measure, vintage, fmt):
    lib = ascii_upper(text)[:GESTION_WIDTH].rstrip()
    cond = gestion_cond(measure, fmt)
    h = int(hashlib.sha256((lib + "|" + cond + "|" + str(vintage)).encode()).hexdigest(), 16)
    art = "%05d" % (10000 + h % 90000)
    kind = MEASURES[measure][0] if measure else "unit"
    cl = MEASURES[measure][1] if measure else None
    if kind == "bottle":
        size = cl or fmt
        if size <= 50:
            price = 3.5 + (h % 6) * 0.5
        elif size <= 100 and fmt != 75 and size != 75:
            price = 5.0 + (h % 4) * 0.5
        elif size == 37.5:
            price = 14.0 + (h % 10)
        elif size >= 150:
            price = 48.0 + (h % 25)
        else:
            price = 22.0 + (h % 24)
    elif kind == "draught":
        price = (3.5 if cl == 25 else 6.5) + (h % 4) * 0.5
    elif kind == "pour":
        price = {2: 3.5, 4: 4.5, 12: 4.5, 12.5: 4.5, 15: 5.5, 25: 8.0, 50: 13.0}[cl] + (h % 6) * 0.5
    else:
        price = 2.5 + (h % 30) * 0.5
    prix = ("%.2f" % price).replace(".", ",")
    mill = str(vintage) if vintage else ""
    return ";".join([art, lib, mill, cond, prix])


RENDER = {"caisse": render_caisse, "tablette": render_tablette, "gestion": render_gestion}


def read_vintage(till, label):
    """The vintage the rendered label shows (None when none or cut off)."""
    import re
    if till == "caisse":
        toks = label.split()
        if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
            yy = int(toks[-1])
            return 2000 + yy if yy < 40 else 1900 + yy
        return None
    if till == "tablette":
        name = re.sub(r" \([^()]*\)$", "", label)
        m = re.findall(r"\b((?:19|20)\d\d)\b", name)
        return int(m[-1]) if m else None
    if till == "gestion":
        mill = label.split(";")[2]
        return int(mill) if mill else None
    raise ValueError(till)
