"""The three tills' rendering habits.

caisse   : the counter's old cash register. ASCII capitals, no accents, apostrophes or
           hyphens (spaces instead); the measure key first (VR, VR15, P25, P50, 1/2, MAG,
           DEMI, PINTE, DOSE, 2CL, 4CL), then the staff's short name, a beer / soft bottle
           size after the name (33CL, 1L), two-digit vintage last; cut at 18 columns.
tablette : the waiters' tablet. Lower case as typed (accents kept or not), the vintage in
           four digits, then " - " the measure word, then " - " the price with a decimal
           comma and a glued euro sign. Not cut.
gestion  : the back office's article export: 5-digit article;family;libellé;cond;price.
           Libellé in Title Case without accents, four-digit vintage last, the field cut
           at 22 characters; cond = container code + volume (BT75, BT37,5, VR12, PI50 ...).
"""
import hashlib
import unicodedata

CAISSE_WIDTH = 18
GESTION_WIDTH = 22


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def _h(s):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest(), 16)


def price(core, meas, cat):
    base = {"btl": 26.0, "half": 15.0, "mag": 55.0, "gl": 4.5, "gl12": 4.5, "gl15": 6.0,
            "p25": 8.0, "cp": 9.0, "p50": 14.0, "demi": 3.2, "pinte": 6.4, "dose": 4.5, "cl2": 3.5,
            "cl4": 7.0, "un": 2.2}.get(meas, 3.5)
    if meas == "btl" and cat in ("bière", "soft", None):
        base = 4.0
    if meas == "btl" and cat == "champagne":
        base = 52.0
    if meas == "un":
        base = {"cuisine": 9.0, "service": 3.0, "cocktail": 8.0}.get(cat, 2.0)
    p = base + (_h(core + meas) % 9) * 0.5
    return ("%.2f" % p).replace(".", ",")


CAISSE_KEYS = {"gl": "VR", "cp": "CP", "gl15": "VR15", "p25": "P25", "p50": "P50", "half": "1/2",
               "mag": "MAG", "demi": "DEMI", "pinte": "PINTE", "dose": "DOSE",
               "cl2": "2CL", "cl4": "4CL"}
CAISSE_SIZES = {"s25": "25CL", "s33": "33CL", "s50": "50CL", "s75": "75CL", "s70": "70CL",
                "s100": "1L"}


def render_caisse(core, meas, vintage, cat):
    text = fold(core).upper().replace("'", " ").replace("-", " ")
    parts = []
    if meas in CAISSE_KEYS:
        parts.append(CAISSE_KEYS[meas])
    parts.append(text)
    if meas in CAISSE_SIZES:
        parts.append(CAISSE_SIZES[meas])
    if vintage:
        parts.append("%02d" % (vintage % 100))
    full = " ".join(" ".join(parts).split())
    return full[:CAISSE_WIDTH].rstrip()


TAB_WORDS = {"gl": "verre", "cp": "coupe", "gl12": "verre 12cl", "gl15": "verre 15cl", "p25": "pichet 25cl",
             "p50": "pichet 50cl", "half": "demi-bouteille", "mag": "magnum", "demi": "demi",
             "pinte": "pinte", "dose": "dose", "cl2": "2cl", "cl4": "4cl", "s25": "25cl",
             "s33": "33cl", "s50": "50cl", "s75": "75cl", "s70": "70cl", "s100": "1l"}


def render_tablette(core, meas, vintage, cat):
    name = core.lower()
    if vintage:
        name += " %d" % vintage
    if meas == "btl":
        word = "bouteille" if cat in ("vin", "champagne") else "btl"
    else:
        word = TAB_WORDS.get(meas)
    parts = [name] + ([word] if word else []) + [price(core, meas, cat) + "€"]
    return " - ".join(parts)


def fmt_cl(x):
    return ("%g" % x).replace(".", ",")


GESTION_POUR = {"gl": "VR12,5", "cp": "CP12,5", "gl12": "VR12", "gl15": "VR15", "p25": "PI25", "p50": "PI50",
                "demi": "FUT25", "pinte": "FUT50", "dose": "DO4", "cl4": "DO4", "cl2": "DO2",
                "un": "UN"}


def article(core, meas, vintage):
    return "%05d" % (10000 + _h("art:%s:%s:%s" % (core, meas, vintage)) % 90000)


def render_gestion(core, meas, vintage, cat, fam, fmt):
    lib = fold(core).replace("'", " ")
    lib = " ".join(w[:1].upper() + w[1:] for w in lib.split())
    if vintage:
        lib += " %d" % vintage
    lib = lib[:GESTION_WIDTH].rstrip()
    cond = GESTION_POUR.get(meas) or ("BT" + fmt_cl(fmt))
    return ";".join([article(core, meas, vintage), fam, lib, cond, price(core, meas, cat)])


import re

_VINT = {
    "caisse": re.compile(r" (\d\d)$"),
    "tablette": re.compile(r" ((?:19|20)\d\d) - "),
}


def read_vintage(conn, label):
    """The vintage printed on a rendered label (None when absent or cut off)."""
    if conn == "gestion":
        lib = label.split(";")[2]
        m = re.search(r" ((?:19|20)\d\d)$", lib)
        return int(m.group(1)) if m else None
    m = _VINT[conn].search(label)
    if not m:
        return None
    y = int(m.group(1))
    return 2000 + y if y < 100 else y
