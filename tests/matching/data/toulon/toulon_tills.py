"""The three tills of Le Bar de la Rade and how each prints a label."""
import hashlib
import re
import unicodedata

# measure code -> (kind, volume in cl or bottle size)
MEASURES = {
    "": ("bottle", None), "h": ("bottle", 37.5), "m": ("bottle", 150),
    "s25": ("bottle", 25), "s33": ("bottle", 33), "s50": ("bottle", 50),
    "s70": ("bottle", 70), "s100": ("bottle", 100),
    "g": ("pour", 12.5), "c": ("pour", 12.5), "p": ("pour", 50), "d": ("pour", 4),
    "dm": ("draught", 25), "pt": ("draught", 50),
}

COMPTOIR_M = {"": "", "h": "1/2", "m": "MAG", "s25": "25CL", "s33": "33CL", "s50": "50CL",
              "s70": "70CL", "s100": "1L", "g": "VRE", "c": "CP", "p": "PICH50", "d": "DOSE",
              "dm": "DEMI", "pt": "PINTE"}
SALLE_M = {"": "", "h": "1/2 Btl", "m": "Magnum", "s25": "25cl", "s33": "33cl", "s50": "50cl",
           "s70": "70cl", "s100": "1L", "g": "Verre", "c": "Coupe", "p": "Pichet 50", "d": "Dose",
           "dm": "Demi", "pt": "Pinte"}
TERRASSE_M = {"": "", "h": "1/2", "m": "mag", "s25": "25cl", "s33": "33cl", "s50": "50cl",
              "s70": "70cl", "s100": "1l", "g": "verre", "c": "coupe", "p": "pichet50", "d": "dose",
              "dm": "demi", "pt": "pinte"}

COMPTOIR_WIDTH = 22


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.upper().replace("’", " ")


def price(core, meas, cat):
    h = int(hashlib.md5(core.encode("utf-8")).hexdigest()[:8], 16)
    lo, hi = {"": (26, 89), "h": (16, 34), "m": (58, 140), "g": (5, 10), "c": (9, 16),
              "p": (14, 24), "d": (3, 9), "dm": (3, 5), "pt": (6, 9)}.get(meas, (3, 6))
    if cat == "champagne" and meas == "":
        lo, hi = 65, 160
    if cat == "none" and meas == "":
        lo, hi = 2, 18
    cents = (h // 100) % 2 * 50
    return f"{lo + h % (hi - lo + 1)},{cents:02d}"


def render(till, fam, meas, vy, text, cat):
    """Return the label the till prints."""
    if till == "comptoir":
        parts = [COMPTOIR_M[meas], ascii_upper(text), f"20{vy}" if vy else ""]
        body = " ".join(p for p in parts if p)
        return (fam + "*" + body)[:COMPTOIR_WIDTH].rstrip()
    if till == "salle":
        parts = [text, vy, SALLE_M[meas]]
        core = " ".join(p for p in parts if p)
        return core + " " + price(core, meas, cat)
    if till == "terrasse":
        name = ".".join(text.lower().split()) + (f"'{vy}" if vy else "")
        return (TERRASSE_M[meas] + " " + name) if TERRASSE_M[meas] else name
    raise ValueError(till)


SPIRIT_MEASURES = {"DOSE", "DEMI", "PINTE", "25CL", "33CL", "50CL", "70CL", "1L",
                   "Dose", "Demi", "Pinte", "25cl", "33cl", "50cl", "70cl",
                   "dose", "demi", "pinte", "1l"}


def read_vintage(till, label):
    """The vintage printed on a rendered label, or None."""
    if till == "comptoir":
        m = re.search(r" ((?:19|20)\d\d)$", label)
        return int(m.group(1)) if m else None
    if till == "salle":
        toks = label.split()
        if SPIRIT_MEASURES & set(toks):
            return None
        core = toks[:-1]  # price dropped
        for w in ("Verre", "Coupe", "Magnum", "Btl", "50", "Pichet", "1/2"):
            while core and core[-1] == w:
                core = core[:-1]
        if core and re.fullmatch(r"\d\d", core[-1]):
            return 2000 + int(core[-1])
        return None
    if till == "terrasse":
        m = re.search(r"'(\d\d)$", label)
        return 2000 + int(m.group(1)) if m else None
    raise ValueError(till)
