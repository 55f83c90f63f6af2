"""The three tills of the Bistrot de la Porte Royale and their habits.

Measures used in the case modules:
  B bottle (75 cl for a wine), H half bottle (37.5), M magnum (150), C<cl> a bottle of
  that size, G glass (12.5 cl), G12 / G15 glasses of 12 / 15 cl, P25 / P50 pichets,
  CP coupe (12.5 cl), D dose (4 cl), D2 2 cl dose, DE demi (25 cl of draught),
  PI pinte (50 cl of draught), '' no measure (food, hot drinks, services).
"""
import hashlib
import re
import unicodedata

POUR_CL = {"G": 12.5, "G12": 12, "G15": 15, "P25": 25, "P50": 50, "CP": 12.5,
           "D": 4, "D2": 2, "DE": 25, "PI": 50}
BOTTLE_CL = {"H": 37.5, "M": 150}


def bottle_cl(measure):
    """Format a bottle measure names, or None for B (the ordinary bottle) / pours."""
    if measure in BOTTLE_CL:
        return BOTTLE_CL[measure]
    if measure.startswith("C"):
        return float(measure[1:]) if "." in measure else int(measure[1:])
    return None


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("'", " ").replace("’", " ").replace("!", "")
    s = re.sub(r"\s+", " ", s)
    return s.upper().strip()


# ---------------------------------------------------------------- comptoir
COMPTOIR_WIDTH = 16
COMPTOIR_PREFIX = {"B": "BT", "H": "1/2", "M": "MAG", "C33": "33CL", "C25": "25CL",
                   "C50": "50CL", "C75": "75CL", "C70": "70CL", "C100": "1L",
                   "G": "VRE", "G12": "VRE12", "G15": "VRE15", "P25": "P25", "P50": "P50",
                   "CP": "CP", "D": "DOSE", "D2": "2CL", "DE": "DEMI", "PI": "PINT", "": ""}


def render_comptoir(text, measure, vintage):
    assert text == ascii_upper(text), text
    assert not re.search(r"(^| )\d\d$", text), text
    parts = [COMPTOIR_PREFIX[measure], text]
    if vintage:
        parts.append("%02d" % (vintage % 100))
    full = " ".join(p for p in parts if p)
    return full[:COMPTOIR_WIDTH].rstrip()


def read_comptoir(label):
    toks = label.split(" ")
    measure = ""
    inv = {v: k for k, v in COMPTOIR_PREFIX.items() if v}
    if toks[0] in inv and len(toks) > 1:
        measure = inv[toks[0]]
    vintage = None
    if len(toks) > 2 and re.fullmatch(r"\d\d", toks[-1]):
        vintage = 2000 + int(toks[-1]) if int(toks[-1]) < 50 else 1900 + int(toks[-1])
    return measure, vintage


# ---------------------------------------------------------------- salle
SALLE_WORD = {"B": "btle", "H": "demi-btle", "M": "magnum", "C33": "33cl", "C25": "25cl",
              "C50": "btle 50cl", "C75": "btle 75cl", "C70": "btle 70cl", "C100": "1l",
              "G": "verre", "G12": "verre 12cl", "G15": "verre 15cl", "P25": "pichet 25cl",
              "P50": "pichet 50cl", "CP": "coupe", "D": "dose", "D2": "dose 2cl",
              "DE": "demi", "PI": "pinte"}


def render_salle(text, measure, vintage):
    assert text == text.lower() and " - " not in text, text
    assert not re.search(r"\b(19|20)\d\d\b", text), text
    s = text
    if vintage:
        s += " %d" % vintage
    if measure:
        s += " - " + SALLE_WORD[measure]
    return s


def read_salle(label):
    measure = ""
    body = label
    if " - " in label:
        body, word = label.rsplit(" - ", 1)
        measure = {v: k for k, v in SALLE_WORD.items()}[word]
    m = re.search(r" ((?:19|20)\d\d)$", body)
    return measure, (int(m.group(1)) if m else None)


# ---------------------------------------------------------------- bo (back office)
BO_WIDTH = 26
BO_UNIT = {"B": "BTL 75CL", "H": "BTL 37,5CL", "M": "BTL 150CL", "C33": "BTL 33CL",
           "C25": "BTL 25CL", "C50": "BTL 50CL", "C75": "BTL 75CL", "C70": "BTL 70CL",
           "C100": "BTL 100CL", "G": "VERRE", "G12": "VERRE 12CL", "G15": "VERRE 15CL",
           "P25": "PICHET 25CL", "P50": "PICHET 50CL", "CP": "COUPE", "D": "DOSE 4CL",
           "D2": "DOSE 2CL", "DE": "DEMI 25CL", "PI": "PINTE 50CL", "": "UNITE"}
FAMILIES = ("VR", "VB", "VS", "VE", "VL", "AP", "DG", "BI", "SO", "BC", "CU", "DV")
PRICE_BAND = {"B": (24, 62), "C75": (24, 62), "H": (14, 30), "M": (55, 110), "G": (4.5, 9),
              "G12": (4.5, 9), "G15": (6, 11), "P25": (7, 12), "P50": (13, 22), "CP": (7, 12),
              "D": (5, 12), "D2": (3, 6), "DE": (3, 4.5), "PI": (6, 8), "C33": (3.5, 6.5),
              "C25": (3, 4.5), "C50": (3.5, 5), "C100": (5, 7), "C70": (45, 90), "": (2, 28)}


def _h(s):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest(), 16)


FAMILY_BAND = {("BC", ""): (1.5, 4.5), ("CU", ""): (5, 28), ("DV", ""): (10, 80),
               ("AP", "D"): (4, 7), ("SO", "G"): (2, 4)}


def bo_price(text, measure, family):
    lo, hi = FAMILY_BAND.get((family, measure), PRICE_BAND[measure])
    steps = int((hi - lo) / 0.5) + 1
    p = lo + (_h("prix|" + text + "|" + measure) % steps) * 0.5
    return ("%.2f" % p).replace(".", ",")


def render_bo(text, measure, vintage, family, used_codes):
    assert family in FAMILIES, family
    lib = ascii_upper(text)[:BO_WIDTH].rstrip()
    n = _h("code|" + text + "|" + measure) % 1000
    while (family, n) in used_codes:
        n = (n + 1) % 1000
    used_codes.add((family, n))
    code = "%s%03d" % (family, n)
    return ";".join([code, lib, str(vintage) if vintage else "", BO_UNIT[measure],
                     bo_price(text, measure, family)])


def read_bo(label):
    code, lib, mill, unit, price = label.split(";")
    measure = {"BTL 75CL": "C75"}.get(unit) or {v: k for k, v in BO_UNIT.items()}[unit]
    return measure, (int(mill) if mill else None)


READ = {"comptoir": read_comptoir, "salle": read_salle, "bo": read_bo}
