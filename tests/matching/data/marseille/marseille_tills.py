"""The three tills of Le Pointu du Vieux-Port and how each prints a product.

A spec says what the staff typed: a measure code, a vintage (a year, ``"NV"`` or ``None``)
and a text in the till's own spelling, where ``!WORD`` marks a word that tells the drink
from its held siblings (a colour, a cuvée). ``render`` returns the printed label and what
is still on it: the vintage (``None`` when the till's cut took it off) and the marked words
that the cut took off.

- ``caisse``: the old register. PLU number (four digits, 0101-0998) and a space, then an
  18-character description in capitals without accents: measure first, text, two-digit
  vintage; cut hard at 18 characters, trailing blanks dropped.
- ``tablette``: the waiters' tablet. Lower case with accents, text, ``'yy``, measure word,
  price with a decimal comma. Never cut.
- ``resa``: the booking / pre-order site export. ``Section · Name · Appellation · Vintage ·
  Format`` joined by `` · ``; the name field is cut at 30 characters and ends with ``…``
  when cut; vintage ``2021`` or ``NM`` for a non-vintage wine; the format always printed.
"""

import hashlib
import unicodedata

CAISSE_WIDTH = 18
RESA_NAME_WIDTH = 30

# measure code -> (kind, volume cl). kind: "fmt" a bottle of that size (None = the ordinary
# bottle), "pour" poured from the ordinary bottle, "keg" drawn from the keg.
MEASURES = {
    "btl": ("fmt", None), "half": ("fmt", 37.5), "mag": ("fmt", 150),
    "s33": ("fmt", 33), "s50": ("fmt", 50), "s70": ("fmt", 70), "s100": ("fmt", 100),
    "vre": ("pour", 12.5), "vre12": ("pour", 12), "vre15": ("pour", 15), "cp": ("pour", 12.5),
    "cp12": ("pour", 12), "p25": ("pour", 25), "p50": ("pour", 50), "dose": ("pour", 4),
    "2cl": ("pour", 2), "demi": ("keg", 25), "pinte": ("keg", 50),
    "x": ("none", None),  # no measure: food, services, packages (none specs only)
}

WORDS = {
    "caisse": {"btl": "", "half": "1/2", "mag": "MAG", "s33": "33CL", "s50": "50CL",
               "s70": "70CL", "s100": "1L", "vre": "VRE", "cp": "CP", "p25": "PICH25",
               "p50": "PICH50", "dose": "DOSE", "2cl": "2CL", "demi": "DEMI",
               "pinte": "PINTE", "x": ""},
    "tablette": {"btl": "", "half": "demi-btl", "mag": "magnum", "s33": "33cl", "s50": "50cl",
                 "s70": "70cl", "s100": "1l", "vre": "verre", "vre15": "verre 15cl",
                 "cp": "coupe", "p25": "pichet 25cl", "p50": "pichet 50cl", "dose": "dose",
                 "2cl": "2cl", "demi": "demi", "pinte": "pinte", "x": ""},
    "resa": {"btl": "75 cl", "half": "37,5 cl", "mag": "150 cl", "s33": "33 cl",
             "s50": "50 cl", "s70": "70 cl", "s100": "100 cl", "vre12": "Verre 12 cl",
             "vre15": "Verre 15 cl", "cp12": "Coupe 12 cl", "p25": "Pichet 25 cl",
             "p50": "Pichet 50 cl", "dose": "4 cl", "2cl": "2 cl", "demi": "Pression 25 cl",
             "pinte": "Pression 50 cl", "x": ""},
}

TILLS = ("caisse", "tablette", "resa")


def _md5(s):
    return int(hashlib.md5(s.encode("utf-8")).hexdigest(), 16)


def ascii_caps(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("'", " ").replace("’", " ").upper()


def _marked(text):
    """Return (clean text, [marked words])."""
    words, marks = [], []
    for w in text.split(" "):
        if w.startswith("!"):
            w = w[1:]
            marks.append(w)
        words.append(w)
    return " ".join(words), marks


def _lost(marks, tokens, cut_last):
    """Marked words no longer on the label. A word cut at the end survives when at least
    four of its letters remain (``ESPRI`` for ``ESPRIT``)."""
    lost = []
    for m in marks:
        if m in tokens:
            continue
        if cut_last and tokens and len(tokens[-1]) >= 4 and m.startswith(tokens[-1]):
            continue
        lost.append(m)
    return lost


# ---------------------------------------------------------------- caisse
_PLU_USED = {}


def plu_for(desc):
    """A PLU number per button, 0101-0998, stable and unique."""
    if desc in _PLU_USED:
        return _PLU_USED[desc]
    n = 101 + _md5("plu|" + desc) % 898
    taken = set(_PLU_USED.values())
    while n in taken:
        n = 101 + (n - 100) % 898
    _PLU_USED[desc] = n
    return n


def render_caisse(measure, vintage, text):
    clean, marks = _marked(ascii_caps(text))
    marks = [ascii_caps(m) for m in marks]
    parts = [WORDS["caisse"][measure]] if WORDS["caisse"][measure] else []
    parts.append(clean)
    yy = None
    if isinstance(vintage, int):
        yy = "%02d" % (vintage % 100)
        parts.append(yy)
    full = " ".join(parts)
    desc = full[:CAISSE_WIDTH].rstrip()
    cut = len(full) > CAISSE_WIDTH
    tokens = desc.split(" ")
    on_label = vintage if (yy is not None and tokens[-1] == yy and desc.endswith(" " + yy)
                           and len(full.rstrip()) <= CAISSE_WIDTH) else None
    cut_last = cut and not full[:CAISSE_WIDTH].endswith(" ")
    lost = _lost(marks, tokens, cut_last)
    label = "%04d %s" % (plu_for(desc), desc)
    return label, on_label, lost


# ---------------------------------------------------------------- tablette
PRICE_RANGES = {  # (category or "any", measure) -> (low, high) in euros
    "vin": {"btl": (36, 96), "half": (22, 44), "mag": (78, 180), "vre": (7, 14),
            "vre15": (9, 16), "p25": (12, 20), "p50": (22, 34)},
    "champagne": {"btl": (78, 140), "half": (42, 70), "mag": (160, 260), "cp": (13, 19)},
    "spiritueux": {"dose": (4, 16), "2cl": (3, 9), "s70": (45, 140), "s100": (40, 60)},
    "bière": {"demi": (4, 5), "pinte": (7, 9), "s33": (5, 8)},
    "soft": {"s33": (4, 6), "s50": (4, 6), "s100": (6, 8)},
}


def price(category, measure, key):
    if category and category.startswith("="):
        return category[1:]
    lo, hi = PRICE_RANGES.get(category, {}).get(measure, (5, 30))
    steps = int((hi - lo) * 2) + 1
    cents = (lo * 2 + _md5("price|%s|%s" % (key, measure)) % steps) * 50
    return "%d,%02d" % (cents // 100, cents % 100)


def render_tablette(measure, vintage, text, category, pkey):
    clean, _marks = _marked(text)
    parts = [clean]
    if isinstance(vintage, int):
        parts.append("'%02d" % (vintage % 100))
    if WORDS["tablette"][measure]:
        parts.append(WORDS["tablette"][measure])
    parts.append(price(category, measure, pkey))
    label = " ".join(parts)
    assert label == label.lower(), label
    return label, vintage if isinstance(vintage, int) else None, []


# ---------------------------------------------------------------- resa
def render_resa(measure, vintage, text):
    fields = text.split("|")
    section, name = fields[0], fields[1]
    clean, marks = _marked(name)
    cut = len(clean) > RESA_NAME_WIDTH
    shown = clean[:RESA_NAME_WIDTH].rstrip() + "…" if cut else clean
    out = [section, shown, *fields[2:]]
    if isinstance(vintage, int):
        out.append(str(vintage))
    elif vintage == "NV":
        out.append("NM")
    if WORDS["resa"][measure]:
        out.append(WORDS["resa"][measure])
    tokens = shown.rstrip("…").split(" ")
    cut_last = cut and not clean[:RESA_NAME_WIDTH].endswith(" ")
    lost = _lost(marks, tokens, cut_last)
    return " · ".join(out), vintage if isinstance(vintage, int) else None, lost


def render(till, measure, vintage, text, category=None, pkey=""):
    if measure not in WORDS[till]:
        raise ValueError("till %s has no measure %s" % (till, measure))
    if till == "caisse":
        return render_caisse(measure, vintage, text)
    if till == "tablette":
        return render_tablette(measure, vintage, text, category, pkey or text)
    return render_resa(measure, vintage, text)
