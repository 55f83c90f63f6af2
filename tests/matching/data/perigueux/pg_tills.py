"""The three tills' habits: rendering a keyed product into a label, and reading the measure
and vintage back from the label."""

import hashlib
import re
import unicodedata

FAMILY = {
    "rouge": "RGE",
    "blanc": "BLC",
    "rosé": "ROS",
    "liquoreux": "LIQ",
    "effervescent": "CHP",
    "champagne": "CHP",
    "autre": "APE",
    "spiritueux": "DIG",
    "bière": "BIE",
    "soft": "SOF",
}
SALLE_CODE = {
    "BT": "BT",
    "DB": "DB",
    "MG": "MG",
    "B25": "25",
    "B33": "33",
    "B50": "50",
    "B70": "70",
    "B100": "1L",
    "V": "VR",
    "V12": "V12",
    "V15": "V15",
    "P25": "P25",
    "P50": "P50",
    "CP": "CP",
    "DS": "DS",
    "D2": "2CL",
    "DM": "DM",
    "PT": "PT",
}
TERR_WORD = {
    "BT": "btl",
    "DB": "demi-btl",
    "MG": "magnum",
    "B25": "25cl",
    "B33": "33cl",
    "B50": "50cl",
    "B70": "70cl",
    "B100": "1l",
    "V": "verre",
    "V12": "verre 12cl",
    "V15": "verre 15cl",
    "P25": "pichet 25cl",
    "P50": "pichet 50cl",
    "CP": "coupe",
    "DS": "dose",
    "D2": "2cl",
    "DM": "demi",
    "PT": "pinte",
}
TRAIT_UNIT = {
    "BT": "BTE",
    "DB": "1/2BTE",
    "MG": "MAG",
    "B25": "BTE25",
    "B33": "BTE33",
    "B50": "BTE50",
    "B70": "BTE70",
    "B100": "BTE1L",
    "V": "VERRE",
    "CP": "COUPE",
    "P25": "CAR25",
    "P50": "CAR50",
    "DS": "DOSE",
    "FUT": "FUT",
}
SALLE_WIDTH = 20
TRAIT_WIDTH = 44
BOTTLE_LIKE = {"BT", "DB", "MG", "B25", "B33", "B50", "B70", "B100", "FUT"}


def h(s, n):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest(), 16) % n


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return s.upper()


def cut(s, width):
    """Cut at width; stop if the cut leaves part of a number."""
    if len(s) <= width:
        return s
    out = s[:width].rstrip()
    last = out.split()[-1] if out.split() else ""
    full = s.split()[len(out.split()) - 1] if out.split() else ""
    if last.isdigit() and last != full:
        raise ValueError(f"cut leaves part of a number: {s!r} -> {out!r}")
    return out


def price(text, m, kind=None):
    base = h(text, 1000)
    if kind in ("soft", "bière") and m not in ("DM", "PT", "FUT"):
        return 2.5 + base % 5 + (base % 2) * 0.5
    if kind is None and m is None:
        return 3 + base % 25 + (base % 2) * 0.5
    if m in ("DS", "D2"):
        return 3 + base % 9 + (base % 2) * 0.5
    if m in ("V", "V12", "V15", "CP", "DM"):
        return 4 + base % 6 + (base % 2) * 0.5
    if m in ("P25", "PT"):
        return 7 + base % 5 + (base % 2) * 0.5
    if m == "P50":
        return 13 + base % 6
    if m == "FUT":
        return 150 + base % 120
    if m == "MG":
        return 70 + base % 90
    return 18 + base % 60 + (base % 2) * 0.5


# ---------------------------------------------------------------- salle
def render_salle(fam, m, vintage, text):
    body = ascii_upper(text)
    if vintage is not None:
        body += f" {vintage % 100:02d}"
    body = cut(body, SALLE_WIDTH)
    lab = f"{fam}>{body}"
    if m:
        lab += "/" + SALLE_CODE[m]
    return lab


def read_salle(label):
    fam, rest = label.split(">", 1)
    m = None
    if "/" in rest:
        rest, code = rest.rsplit("/", 1)
        m = {v: k for k, v in SALLE_CODE.items()}[code]
    toks = rest.split()
    v = None
    if toks and re.fullmatch(r"\d\d", toks[-1]):
        yy = int(toks[-1])
        v = 2000 + yy if yy < 40 else 1900 + yy
    return fam, m, v, rest


# ---------------------------------------------------------------- terrasse
def render_terrasse(m, vintage, text, kind=None):
    t = text
    if "{v}" in t:
        t = t.replace("{v}", str(vintage))
    elif vintage is not None:
        t += f" {vintage}"
    word = TERR_WORD.get(m, "")
    if "{m}" in t:
        t = t.replace("{m}", word)
    elif word:
        t = f"{word} {t}"
    t = " ".join(t.split())
    p = price(t, m, kind)
    return f"{t} @{p:.2f}"


TERR_RE = [
    (r"\bpichet 25cl\b", "P25"),
    (r"\bpichet 50cl\b", "P50"),
    (r"\bverre 12cl\b", "V12"),
    (r"\bverre 15cl\b", "V15"),
    (r"\bdemi-btl\b", "DB"),
    (r"\bverre\b", "V"),
    (r"\bmagnum\b", "MG"),
    (r"\bbtl\b", "BT"),
    (r"\bcoupe\b", "CP"),
    (r"\bdose\b", "DS"),
    (r"(?<![\w-])demi(?![\w-])", "DM"),
    (r"\bpinte\b", "PT"),
    (r"\b2cl\b", "D2"),
    (r"\b25cl\b", "B25"),
    (r"\b33cl\b", "B33"),
    (r"\b50cl\b", "B50"),
    (r"\b70cl\b", "B70"),
    (r"\b1l\b", "B100"),
]


def read_terrasse(label):
    t, p = label.rsplit(" @", 1)
    m = None
    rest = t
    for rx, code in TERR_RE:
        if re.search(rx, rest):
            m = code
            break
    vs = re.findall(r"\b(19\d\d|20\d\d)\b", t)
    return m, (int(vs[0]) if vs else None), t, p


# ---------------------------------------------------------------- traiteur
def render_traiteur(unit_m, vintage, text, kind=None):
    d = text
    if vintage is not None:
        d += f" {vintage}"
    d = cut(d, TRAIT_WIDTH)
    unit = TRAIT_UNIT.get(unit_m, unit_m)
    q = 6 + h(d + unit, 60)
    if unit_m in ("FUT", "MG"):
        q = 1 + h(d, 3)
    p = price(d + unit, unit_m if unit_m in TRAIT_UNIT else None, kind)
    pr = f"{p:.2f}".replace(".", ",")
    return f"{q:>3},00 {unit:<6} {d:<{TRAIT_WIDTH}} {pr:>7}"


def read_traiteur(label):
    qty = label[0:6]
    unit = label[7:13].strip()
    d = label[14 : 14 + TRAIT_WIDTH].rstrip()
    pr = label[15 + TRAIT_WIDTH :]
    m = {v: k for k, v in TRAIT_UNIT.items()}.get(unit)
    vs = re.findall(r"\b(19\d\d|20\d\d)\b", d)
    return m, (int(vs[-1]) if vs else None), d, unit, qty, pr
