"""The three tills' rendering habits, and each till's reading of its own labels.

Measure codes used in the case modules (what the waiter pressed):
  v 12.5 cl glass, v15 15 cl glass, p25 / p50 pichet, cp coupe, e15 / e25 / e50 Ecocup,
  bt bottle, bt33 / bt25 / bt50 / bt100 bottle of that size, db half bottle, mg magnum,
  demi / pinte draught, d2 / d4 dose, pc a piece (food, services), '' no measure.
"""
import hashlib
import re
import unicodedata

# kind, volume in cl
MEASURES = {
    "v": ("pour", 12.5), "v15": ("pour", 15), "p25": ("pour", 25), "p50": ("pour", 50),
    "cp": ("pour", 12.5), "e15": ("ecocup", 15), "e25": ("ecocup", 25), "e50": ("ecocup", 50),
    "bt": ("bottle", None), "bt25": ("bottle", 25), "bt33": ("bottle", 33), "bt50": ("bottle", 50),
    "bt70": ("bottle", 70), "bt100": ("bottle", 100), "db": ("half", 37.5), "mg": ("mag", 150),
    "demi": ("draught", 25), "pinte": ("draught", 50), "d2": ("dose", 2), "d4": ("dose", 4),
    "pc": ("piece", None), "": ("nothing", None),
}

ECAILLER_CODES = {"v": "V", "v15": "V15", "p25": "P25", "p50": "P50", "cp": "CP", "bt": "BT",
                  "bt25": "BT25", "bt33": "BT33", "bt50": "BT50", "bt70": "BT70", "bt100": "BT100",
                  "db": "DB", "mg": "MG", "demi": "D", "pinte": "PT", "d2": "2CL", "d4": "4CL", "pc": "PC"}
SALLE_WORDS = {"v": "verre", "v15": "verre 15 cl", "p25": "pichet 25 cl", "p50": "pichet 50 cl",
               "cp": "coupe", "bt": "bouteille", "bt25": "bouteille 25 cl", "bt33": "bouteille 33 cl",
               "bt50": "bouteille 50 cl", "bt70": "bouteille 70 cl", "bt100": "bouteille 1 l",
               "db": "demi-bouteille", "mg": "magnum", "demi": "demi", "pinte": "pinte",
               "d2": "dose 2 cl", "d4": "dose 4 cl", "": None}
JOUTES_WORDS = {"v": "Verre", "e15": "Ecocup15", "e25": "Ecocup25", "e50": "Ecocup50", "cp": "Coupe",
                "bt": "Bouteille", "bt25": "Bouteille25", "bt33": "Bouteille33", "bt50": "Bouteille50",
                "bt100": "Bouteille1L", "db": "DemiBouteille", "mg": "Magnum", "d4": "Dose4", "": None}

ECAILLER_WIDTH = 20
JOUTES_WIDTH = 22


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def _cut(name, vtok, width):
    """Name + vintage token cut at width. A cut inside the vintage token drops it whole."""
    full = name + vtok
    if len(full) <= width:
        return full, False
    cut_vintage = bool(vtok)
    return name[:width].rstrip(" ."), cut_vintage


def render_ecailler(text, meas, yy, cat=None):
    name = ascii_fold(text).upper().replace("'", " ").replace("-", " ")
    name = re.sub(r"\s+", " ", name).strip()
    vtok = f" M{yy}" if yy else ""
    body, lost = _cut(name, vtok, ECAILLER_WIDTH)
    return f"{body}#{ECAILLER_CODES[meas]}", lost


def render_salle(text, meas, yy, cat=None):
    s = text + (f" (20{yy})" if yy else "")
    w = SALLE_WORDS[meas]
    return (s + " – " + w if w else s), False


def price(text, meas, cat):
    """Deterministic price in euros from a SHA-256 of the product (no randomness)."""
    h = int(hashlib.sha256(f"{text}|{meas}".encode()).hexdigest(), 16)
    base = {"v": 5, "e15": 5, "e25": 6, "e50": 9, "cp": 11, "bt": 30, "mg": 70, "db": 19, "d4": 6}
    eur = base.get(meas, 4) + h % 5
    if meas.startswith("bt") and cat not in ("vin", "champagne"):
        eur = 3 + h % 3
    return f"{eur},{'50' if h % 2 else '00'}"


def render_joutes(text, meas, yy, cat=None):
    words = re.split(r"[\s'\-.]+", ascii_fold(text))
    name = "".join(w[:1].upper() + w[1:] for w in words if w)
    body, lost = _cut(name, yy or "", JOUTES_WIDTH)
    w = JOUTES_WORDS[meas]
    return (f"{body} {w} " if w else f"{body} ") + price(text, meas, cat), lost


RENDER = {"ecailler": render_ecailler, "salle": render_salle, "joutes": render_joutes}

# ---- reading back (the same readings are re-implemented in check_sete.py) ----
_EC_BACK = {v: k for k, v in ECAILLER_CODES.items()}
_SA_BACK = {v: k for k, v in SALLE_WORDS.items() if v}
_JO_BACK = {v: k for k, v in JOUTES_WORDS.items() if v}


def read(till, label):
    """(measure code, vintage or None) read from a rendered label."""
    if till == "ecailler":
        body, code = label.rsplit("#", 1)
        m = re.search(r" M(\d\d)$", body)
        return _EC_BACK[code], (2000 + int(m.group(1)) if m else None)
    if till == "salle":
        meas = ""
        if " – " in label:
            label, w = label.rsplit(" – ", 1)
            meas = _SA_BACK[w]
        m = re.search(r" \((\d{4})\)$", label)
        return meas, (int(m.group(1)) if m else None)
    parts = label.split(" ")
    meas = _JO_BACK[parts[1]] if len(parts) == 3 else ""
    m = re.search(r"(?<=[A-Za-z])(\d\d)$", parts[0])
    return meas, (2000 + int(m.group(1)) if m else None)
