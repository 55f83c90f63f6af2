"""The three tills' rendering habits, and the vintage read back from a printed label.

caisse   : counter register. ASCII capitals, a family prefix glued to the text (`ALS-`,
           `VIN BLC/`, `VIN RGE/`, `VIN ROSE/`, `BULLES/`, `BIERES `, `ALCOOL/`, `APERO/`,
           `SOFT/`, `CUISINE/`, `CAFE/`, `DIVERS/`), the measure word after it, a two-digit
           vintage at the end of a wine, the whole line cut at 22 characters.
tablette : waiters' tablet. Lower case with accents, no family, vintage as `'21`, the measure
           word after the name, a price with a decimal comma at the end.
gestion  : back-office article file exported to the dining-room till. A five-digit article
           number, then capitals with dots for spaces, the measure code first, a four-digit
           vintage last, the description cut at 24 characters.
"""
import hashlib
import re
import unicodedata

CUT = {"caisse": 22, "gestion": 24}

CAISSE_PREFIX = {
    ("ALS", "blanc"): "ALS-", ("ALS", "rouge"): "ALS-",
    ("LOR", "blanc"): "VIN BLC/", ("LOR", "rouge"): "VIN RGE/", ("LOR", "rosé"): "VIN ROSE/",
    ("BOUR", "blanc"): "VIN BLC/", ("BOUR", "rouge"): "VIN RGE/",
    ("BORD", "blanc"): "VIN BLC/", ("BORD", "rouge"): "VIN RGE/", ("BORD", "rosé"): "VIN ROSE/",
    ("VINS", "blanc"): "VIN BLC/", ("VINS", "rouge"): "VIN RGE/", ("VINS", "rosé"): "VIN ROSE/",
    ("CHAMP", None): "BULLES/", ("CREM", None): "BULLES/",
    ("BIERE", None): "BIERES ", ("ALC", None): "ALCOOL/", ("APE", None): "APERO/",
    ("SOFT", None): "SOFT/", ("EAU", None): "SOFT/",
    ("CUIS", None): "CUISINE/", ("CAFE", None): "CAFE/", ("DIV", None): "DIVERS/",
}
CAISSE_WINE_PREFIXES = ("ALS-", "VIN BLC/", "VIN RGE/", "VIN ROSE/", "BULLES/")

MEASURE_WORD = {
    #       caisse        tablette        gestion
    "B":   ("",           "",             ""),
    "H":   ("1/2",        "1/2 btl",      "1/2"),
    "M":   ("MAG",        "magnum",       "MAG"),
    "G":   ("VERRE",      "verre",        "VRE"),
    "CP":  ("CP",         "coupe",        "CP"),
    "P50": ("PICHET 50",  "pichet 50cl",  "PICH50"),
    "P25": ("PICHET 25",  "pichet 25cl",  "PICH25"),
    "D":   ("DOSE",       "dose",         "DOSE"),
    "D2":  ("2CL",        "2cl",          "2CL"),
    "DM":  ("DEMI",       "demi",         "DEMI"),
    "PT":  ("PINTE",      "pinte",        "PINTE"),
    "B25": ("25CL",       "25cl",         "25CL"),
    "B33": ("33CL",       "33cl",         "33CL"),
    "B50": ("50CL",       "50cl",         "50CL"),
    "B75": ("75CL",       "75cl",         "75CL"),
    "B100": ("1L",        "1l",           "1L"),
    "B150": ("1,5L",      "1,5l",         "150CL"),
    "U":   ("",           "",             ""),
}
TILLS = ("caisse", "tablette", "gestion")


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.upper()


def _h(*parts):
    return int(hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest(), 16)


def price(measure, category, text):
    h = _h("prix", measure, text)
    if measure in ("G", "CP"):
        lo, n = 5.0, 12
    elif measure in ("P50", "P25"):
        lo, n = 11.0, 14
    elif measure in ("D", "D2"):
        lo, n = 3.5, 14
    elif measure in ("DM", "PT"):
        lo, n = 3.5, 10
    elif measure == "U":
        lo, n = 2.5, 36
    elif category in ("soft", "bière") or (measure.startswith("B") and measure != "B"):
        lo, n = 3.5, 10
    elif measure == "H":
        lo, n = 19.0, 40
    elif measure == "M":
        lo, n = 69.0, 120
    elif category == "champagne":
        lo, n = 49.0, 200
    elif category == "spiritueux":
        lo, n = 59.0, 60
    else:
        lo, n = 24.0, 120
    v = lo + (h % n) * 0.5
    return ("%.2f" % v).replace(".", ",")


def article_number(key, measure, vintage, text):
    return 10000 + _h("art", key, measure, vintage, text) % 90000


def _cut(s, width):
    """Cut at width; report what was taken and refuse a cut that loses a whole word, a
    number other than the vintage, or leaves fewer than three letters of a word."""
    if len(s) <= width:
        return s, ""
    return s[:width].rstrip(" ."), s[width:]


def _tokens(s):
    return [t for t in re.split(r"[ .]", s) if t]


def check_cut(full, cut, vintage_token):
    ft, ct = _tokens(full), _tokens(cut)
    if not ct:
        raise ValueError("empty label")
    # every token of the cut label but the last is whole
    n = len(ct)
    last = ct[-1]
    whole = last == ft[n - 1]
    lost = ft[n:] if whole else ft[n:]
    if not whole:
        orig = ft[n - 1]
        if orig == vintage_token:
            pass  # stray digits of a vintage
        elif orig.isdigit() or any(ch.isdigit() for ch in orig):
            raise ValueError("cut splits a number: %r" % full)
        elif len(last) < 3:
            raise ValueError("cut leaves fewer than three letters: %r -> %r" % (full, cut))
    for t in lost:
        if t != vintage_token:
            raise ValueError("cut loses a whole word %r: %r -> %r" % (t, full, cut))


def render(till, key, fam, colour, category, measure, vintage, text):
    mw = MEASURE_WORD[measure][TILLS.index(till)]
    if till == "caisse":
        pre = CAISSE_PREFIX[(fam, colour if fam in ("ALS", "LOR", "BOUR", "BORD", "VINS") else None)]
        vt = "%02d" % (vintage % 100) if vintage else None
        body = " ".join(x for x in (mw, ascii_upper(text), vt) if x)
        full = pre + " ".join(body.split())
        label, _ = _cut(full, CUT[till])
        check_cut(full, label, vt)
        return label
    if till == "tablette":
        vt = "'%02d" % (vintage % 100) if vintage else None
        parts = [text.lower(), vt, mw, price(measure, category, text)]
        return " ".join(x for x in parts if x)
    if till == "gestion":
        vt = str(vintage) if vintage else None
        words = ascii_upper(text).split()
        desc = ".".join(x for x in [mw, *words, vt] if x)
        cut, _ = _cut(desc, CUT[till])
        check_cut(desc, cut, vt)
        return "%05d %s" % (article_number(key, measure, vintage, text), cut)
    raise ValueError(till)


def read_vintage(till, label):
    """The vintage still printed on a label (15 read as 2015), or None."""
    if till == "caisse":
        if not label.startswith(CAISSE_WINE_PREFIXES):
            return None
        m = re.search(r" (\d{2})$", label)
        return 2000 + int(m.group(1)) if m else None
    if till == "tablette":
        m = re.search(r"(?:^| )'(\d{2})(?= )", label)
        return 2000 + int(m.group(1)) if m else None
    if till == "gestion":
        m = re.search(r"\.((?:19|20)\d{2})$", label)
        return int(m.group(1)) if m else None
    raise ValueError(till)
