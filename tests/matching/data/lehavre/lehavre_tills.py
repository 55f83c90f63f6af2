"""The three tills of the Le Havre set: how each renders a typed product, and how a printed
label is read back (measure, vintage). Measures: ("B", cl) a bottle of that size (cl None =
the drink's ordinary bottle), ("P", cl) a pour of that volume."""
import hashlib
import re
import unicodedata

BT, HALF, MAG = ("B", None), ("B", 37.5), ("B", 150)
B25, B33, B50, B1L, B70, B75, B355 = ("B", 25), ("B", 33), ("B", 50), ("B", 100), ("B", 70), ("B", 75), ("B", 35.5)
GL, G15, G175, G25 = ("P", 12.5), ("P", 15), ("P", 17.5), ("P", 25)
P25, P50 = ("PICH", 25), ("PICH", 50)   # pichets / carafes
DEMI, PINTE = ("DEMI", 25), ("PINTE", 50)   # draught beer measures
DOSE, DOUBLE = ("P", 4), ("P", 8)

ZINC_WIDTH = 20


def ascii_(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _fmt(cl):
    return "1L" if cl == 100 else ("35.5" if cl == 35.5 else str(int(cl)))


# ---------------- ZINC: the old counter register at the zinc
ZINC_CODES = {"BT": BT, "1/2": HALF, "MG": MAG, "VR": GL, "VR15": G15, "P25": P25,
              "P50": P50, "DM": DEMI, "PT": PINTE, "DS": DOSE, "DBL": DOUBLE,
              "B25": B25, "B33": B33, "B50": B50, "B1L": B1L, "B70": B70, "B75": B75, "B35": B355}
_ZINC_REV = {}
for k, v in ZINC_CODES.items():
    _ZINC_REV.setdefault(v, k)


def render_zinc(text, measure, vintage):
    parts = ([_ZINC_REV[measure]] if measure else []) + [ascii_(text).upper()]
    if vintage:
        parts.append("%02d" % (vintage % 100))
    return " ".join(parts)[:ZINC_WIDTH].rstrip()


def parse_zinc(label):
    w = label.split(" ")
    m = ZINC_CODES.get(w[0])
    v = None
    if len(w) > 1 and re.fullmatch(r"\d\d", w[-1]) and int(w[-1]) <= 30:
        v = 2000 + int(w[-1])
    return m, v


# ---------------- SALLE: the dining-room tablet
SALLE_SERV = {BT: "bouteille", HALF: "demi-bouteille", MAG: "magnum", GL: "verre",
              G15: "verre 15cl", G25: "verre 25cl", P25: "pichet 25cl", P50: "pichet 50cl",
              DEMI: "demi", PINTE: "pinte", DOSE: "4cl", DOUBLE: "8cl",
              B25: "bouteille 25cl", B33: "bouteille 33cl", B50: "bouteille 50cl",
              B1L: "bouteille 1L", B70: "bouteille 70cl", B75: "bouteille 75cl", B355: "bouteille 35,5cl"}
_SALLE_READ = {v: k for k, v in SALLE_SERV.items()}


def _h(s):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest()[:8], 16)


def render_salle(text, measure, vintage):
    s = text + (" %d" % vintage if vintage else "")
    if measure:
        s += " (%s)" % SALLE_SERV[measure]
    h = _h(s)
    if measure is None:
        euros = 4 + h % 22                  # food, desserts, services
    elif measure[0] != "B":
        euros = 3 + h % 9                   # glasses, pichets, draught, doses
    elif measure[1] in (None, 37.5, 150) and not text.startswith(("Cidre", "Coca", "Limonade", "Evian")):
        euros = 22 + h % 70                 # wine bottles
    else:
        euros = 3 + h % 6                   # bottled beers, ciders, softs, waters

    return "%s %d,%s€" % (s, euros, "50" if h & 64 else "00")


SALLE_RE = re.compile(r"^(?P<t>.+?)(?: (?P<v>(?:19|20)\d\d))?(?: \((?P<s>[^()]+)\))? (?P<p>\d+,\d0)€$")


def parse_salle(label):
    m = SALLE_RE.match(label)
    if not m:
        return "BAD", None
    meas = _SALLE_READ.get(m.group("s")) if m.group("s") else None
    if m.group("s") and meas is None:
        return "BAD", None
    return meas, int(m.group("v")) if m.group("v") else None


# ---------------- FERRY: the terrace handheld of the ferry evenings, back-office export
FERRY_SERV = {BT: "bottle", HALF: "half bottle", MAG: "magnum", GL: "glass",
              G15: "glass 150ml", G175: "glass 175ml", G25: "glass 250ml",
              P25: "carafe 25cl", P50: "carafe 50cl",
              DEMI: "half pint", PINTE: "pint", DOSE: "shot", DOUBLE: "double",
              B25: "bottle 25cl", B33: "bottle 33cl", B50: "bottle 50cl", B1L: "bottle 1l",
              B70: "bottle 70cl", B75: "bottle 75cl", B355: "bottle 35.5cl"}
_FERRY_READ = {v: k for k, v in FERRY_SERV.items()}


def render_ferry(text, measure, vintage):
    name = ascii_(text).lower() + (" %d" % vintage if vintage else "")
    serv = FERRY_SERV[measure] if measure else "misc"
    art = 10000 + _h(serv + "|" + name) % 90000
    return "%05d;%s;%s" % (art, serv, name)


FERRY_RE = re.compile(r"^\d{5};(?P<s>[a-z0-9. ]+);(?P<t>[a-z0-9 '&.+/-]+)$")


def parse_ferry(label):
    m = FERRY_RE.match(label)
    if not m:
        return "BAD", None
    s = m.group("s")
    meas = None if s == "misc" else _FERRY_READ.get(s, "BAD")
    last = m.group("t").split(" ")[-1]
    v = int(last) if re.fullmatch(r"(19|20)\d\d", last) else None
    return meas, v


RENDER = {"ZINC": render_zinc, "SALLE": render_salle, "FERRY": render_ferry}
PARSE = {"ZINC": parse_zinc, "SALLE": parse_salle, "FERRY": parse_ferry}
