"""The three tills of Winstub Zum Lowe: how each prints a product, and how each label reads back.

Abstract measures used in the case modules:
  B            the bottle: 75 cl for a wine, the only (non-keg) format of another drink
  B37 B150     half bottle, magnum
  B25 B33 B50 B70 B100   a bottle of that size
  P2 P4 P10 P12 P125 P25 P50   a pour of that many cl from the ordinary bottle
  D25 D40 D50  cl from the keg
  ''           no measure (food, coffee, services)
"""

import hashlib
import re

ALT_FIELD = 18  # the old till's article field
SOMMER_FIELD = 30  # the terrace terminal's name field

BOTTLE_CL = {"B37": 37.5, "B150": 150, "B25": 25, "B33": 33, "B50": 50, "B70": 70, "B100": 100}


def h(*parts):
    return int(hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest(), 16)


# ---------------------------------------------------------------- altkasse
ALT_TOK = {
    "B": "1/1",
    "B37": "1/2",
    "B150": "MAG",
    "B25": "25CL",
    "B33": "33CL",
    "B50": "50CL",
    "B70": "70CL",
    "B100": "1L",
    "P2": "2CL",
    "P4": "4CL",
    "P10": "0,1",
    "P12": "0,12",
    "P25": "0,25",
    "P50": "0,5",
    "D25": "0,25",
    "D40": "0,4",
    "D50": "0,5",
}
ALT_RE = re.compile(r"^(?P<field>[A-Z0-9 .&/'-]{1,18}?)(?: +(?P<m>1/1|1/2|MAG|\d+CL|1L|0,\d+))?$")


def render_altkasse(text, vintage, m, key):
    if not re.fullmatch(r"[A-Z0-9 .&/'-]+", text):
        raise ValueError(f"altkasse text must be ASCII capitals: {text!r}")
    field = text + (" %02dER" % (vintage % 100) if vintage else "")
    cut = False
    if len(field) > ALT_FIELD:
        if vintage and len(text) < ALT_FIELD - 1:
            raise ValueError(f"altkasse cut would leave part of the vintage: {field!r}")
        field = field[:ALT_FIELD].rstrip()
        cut = bool(vintage)
    if not m:
        return field.rstrip(), cut
    return field.ljust(ALT_FIELD) + " " + ALT_TOK[m].rjust(5), cut


def read_altkasse(label):
    """-> (vintage or None, measure token or None)"""
    field, tok = (
        (label[:ALT_FIELD], label[ALT_FIELD + 1 :].strip())
        if len(label) == ALT_FIELD + 6
        else (label, None)
    )
    mv = re.search(r"(?:^| )(\d\d)ER$", field.rstrip())
    return (
        2000 + int(mv.group(1)) if int(mv.group(1)) < 40 else 1900 + int(mv.group(1))
    ) if mv else None, tok


def alt_measure(tok, category):
    """token -> (kind, cl): kind bottle/pour/draught; cl None = the default bottle"""
    if tok is None:
        return None
    if tok == "1/1":
        return ("bottle", None)
    if tok == "1/2":
        return ("bottle", 37.5)
    if tok == "MAG":
        return ("bottle", 150)
    if tok == "1L":
        return ("bottle", 100)
    if tok.endswith("CL"):
        v = float(tok[:-2])
        return ("pour", v) if v <= 6 else ("bottle", v)
    v = float(tok.replace(",", ".")) * 100
    return ("draught" if category == "bière" else "pour", round(v, 1))


# ---------------------------------------------------------------- service (staff tablet)
SRV_TOK = {
    "B": "[btl]",
    "B37": "[1/2 btl]",
    "B150": "[magnum]",
    "B25": "[btl 25cl]",
    "B33": "[btl 33cl]",
    "B50": "[btl 50cl]",
    "B70": "[btl 70cl]",
    "B100": "[btl 1l]",
    "P2": "[2cl]",
    "P4": "[4cl]",
    "P10": "[verre 10cl]",
    "P12": "[verre 12cl]",
    "P125": "[verre]",
    "P25": "[pichet 25cl]",
    "P50": "[pichet 50cl]",
    "D25": "[demi]",
    "D40": "[40cl pression]",
    "D50": "[pinte]",
}
SRV_RE = re.compile(
    r"^(?:(?P<m>\[[^\]]+\]) )?(?P<name>.+?)(?: (?P<v>(?:19|20)\d\d))? \((?P<e>\d+)€(?P<c>\d\d)\)$"
)
PRICE_RANGE = {
    "B": (22, 78),
    "B37": (14, 32),
    "B150": (58, 140),
    "P10": (4, 10),
    "P12": (5, 10),
    "P125": (5, 11),
    "P25": (8, 15),
    "P50": (14, 26),
    "P2": (3, 5),
    "P4": (5, 9),
    "D25": (3, 4),
    "D40": (5, 6),
    "D50": (6, 7),
    "": (4, 24),
}


def price(text, m, category):
    lo, hi = PRICE_RANGE.get(m, (3, 6))
    if category == "food":
        lo, hi = 9, 26
    if category == "service":
        lo, hi = 2, 6
    if m in ("B", "B25", "B33", "B100", "B50") and category in ("soft", "bière"):
        lo, hi = 3, 6
    if m == "B" and category in ("spiritueux", "autre"):
        lo, hi = 38, 70
    x = h("price", text, m)
    return lo + x % (hi - lo + 1), (0, 20, 50, 80, 90)[(x >> 20) % 5]


def render_service(text, vintage, m, category):
    e, c = price(text, m, category)
    parts = ([SRV_TOK[m]] if m else []) + [text] + ([str(vintage)] if vintage else [])
    return " ".join(parts) + " (%d€%02d)" % (e, c), False


def read_service(label):
    mo = SRV_RE.match(label)
    return (int(mo.group("v")) if mo.group("v") else None), mo.group("m")


def srv_measure(tok, category):
    if tok is None:
        return None
    t = tok[1:-1]
    fixed = {
        "btl": ("bottle", None),
        "1/2 btl": ("bottle", 37.5),
        "magnum": ("bottle", 150),
        "btl 1l": ("bottle", 100),
        "verre": ("pour", 12.5),
        "demi": ("draught", 25),
        "pinte": ("draught", 50),
        "40cl pression": ("draught", 40),
    }
    if t in fixed:
        return fixed[t]
    mo = re.fullmatch(r"(btl|verre|pichet) (\d+)cl", t)
    if mo:
        return ("bottle" if mo.group(1) == "btl" else "pour", float(mo.group(2)))
    mo = re.fullmatch(r"(\d+)cl", t)
    return ("pour", float(mo.group(1)))


# ---------------------------------------------------------------- sommer (terrace terminal)
SECTION = {
    "blanc": "W",
    "rouge": "W",
    "rosé": "C",
    "effervescent": "C",
    "liquoreux": "L",
    "autre": "A",
    "spiritueux": "E",
    "bière": "B",
    "soft": "S",
}
SOM_RE = re.compile(
    r"^(?P<code>[WCLAEBSFX]\d\d) (?P<name>[a-z0-9 .&'/-]+?)(?: \((?P<ml>\d+)ml(?P<d> draft)?\))?$"
)


def sommer_ml(m, default_cl):
    if m == "B":
        return default_cl * 10
    if m[0] == "B":
        return BOTTLE_CL[m] * 10
    return {"P125": 125}.get(m, int(m[1:]) * 10)


def render_sommer(text, vintage, m, code, default_cl):
    if not re.fullmatch(r"[a-z0-9 .&'/-]+", text):
        raise ValueError(f"sommer text must be lower-case ASCII: {text!r}")
    name = text + (" %d" % vintage if vintage else "")
    cut = False
    if len(name) > SOMMER_FIELD:
        if vintage and len(text) < SOMMER_FIELD - 1:
            raise ValueError(f"sommer cut would leave part of the vintage: {name!r}")
        name = name[:SOMMER_FIELD].rstrip()
        cut = bool(vintage)
    lab = code + " " + name
    if m:
        ml = sommer_ml(m, default_cl)
        lab += " ({}ml{})".format((f"{ml:g}"), " draft" if m[0] == "D" else "")
    return lab, cut


def read_sommer(label):
    mo = SOM_RE.match(label)
    mv = re.search(r" ((?:19|20)\d\d)$", mo.group("name"))
    tok = None
    if mo.group("ml"):
        tok = (int(mo.group("ml")), bool(mo.group("d")))
    return (int(mv.group(1)) if mv else None), tok


def som_measure(tok, category, colour, formats):
    """formats: the cl formats the library holds for this drink"""
    if tok is None:
        return None
    ml, draft = tok
    cl = ml / 10
    if draft:
        return ("draught", cl)
    if category in ("bière", "soft"):
        return ("bottle", cl)
    if category == "vin":
        if cl in (37.5, 75, 150) or cl in formats:
            return ("bottle", cl)
        return ("pour", cl)
    if cl in formats or cl >= 50:
        return ("bottle", cl)
    return ("pour", cl)


TILLS = ("altkasse", "service", "sommer")
