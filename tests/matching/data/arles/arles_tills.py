"""The three tills of La Bodega du Forum: rendering a keyed product, and reading a label back.

A measure is one of: ("btl",), ("half",), ("mag",), ("cl", N) a bottle of N cl,
("pour", N) N cl poured from the ordinary bottle, ("draught", N) N cl from the keg,
("seau", K) a bucket of K bottles, or None (no drink measure)."""
import hashlib
import re
import unicodedata

ZINC_FIELD = 18  # the bar register's description field, cut there


def h(*parts):
    return int(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest(), 16)


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def fmt_cl(n):
    return ("%g" % n).replace(".", ",")


# ---------------------------------------------------------------- zinc (bar register)
ZINC_MEAS = {("btl",): "BT", ("half",): "DB", ("mag",): "MG", ("pour", 12.5): "V",
             ("pour", 15): "V15", ("pour", 25): "P25", ("pour", 50): "P50", ("pour", 100): "P1L",
             ("pour", 2): "D2", ("pour", 4): "D4", ("pour", 6): "D6", ("draught", 25): "DM",
             ("draught", 50): "PT", ("cl", 33): "33", ("cl", 25): "25", ("cl", 50): "50",
             ("cl", 35.5): "35,5", ("cl", 70): "70", ("cl", 100): "1L", ("cl", 150): "1,5L",
             None: "U"}
ZINC_READ = {v: k for k, v in ZINC_MEAS.items()}


def render_zinc(text, measure, vintage):
    assert text == text.upper() and text == ascii_fold(text), text
    field = text + (" %02d" % (vintage % 100) if vintage else "")
    field = field[:ZINC_FIELD].rstrip()
    return field + "/" + ZINC_MEAS[measure]


def read_zinc(label):
    field, code = label.rsplit("/", 1)
    toks = field.split()
    v = None
    if re.fullmatch(r"\d\d", toks[-1]):
        y = int(toks[-1])
        v = 2000 + y if y < 50 else 1900 + y
    elif re.fullmatch(r"\d", toks[-1]):
        raise ValueError("cut left a digit: " + label)
    return ZINC_READ[code], v


# ---------------------------------------------------------------- feria (pop-up terminal)
FERIA_CUP = {("btl",): "BTL", ("mag",): "MAG", ("pour", 12): "V12", ("pour", 25): "G25",
             ("pour", 50): "P50", ("pour", 100): "P100", ("pour", 2): "S2", ("pour", 4): "S4",
             ("draught", 25): "G25", ("draught", 50): "G50", ("cl", 33): "BTL33",
             ("cl", 25): "BTL25", ("cl", 50): "BTL50", ("cl", 35.5): "BTL35", ("cl", 100): "BTL100",
             ("seau", 5): "SEAU5", ("seau", 6): "SEAU6", None: "ART"}
CUP_VOL = {"V12": 12, "G25": 25, "G50": 50, "P50": 50, "P100": 100, "S2": 2, "S4": 4}


def render_feria(text, measure, vintage):
    assert text == text.lower() and text == ascii_fold(text), text
    key = (text, measure, vintage)
    qty = 1 + h("qty", *key) % 6
    tok = max(1, (h("tok", *key) % 5) + (8 if measure and measure[0] in ("btl", "mag", "seau") else 1))
    return "x%d %s-%s%s [%dJ]" % (qty, FERIA_CUP[measure], text, " %d" % vintage if vintage else "", tok)


def read_feria(label):
    m = re.fullmatch(r"x(\d+) ([A-Z0-9]+)-(.+) \[(\d+)J\]", label)
    cup, text = m.group(2), m.group(3)
    v = [int(w) for w in text.split() if re.fullmatch(r"(19|20)\d\d", w)]
    return cup, (v[-1] if v else None)


# ---------------------------------------------------------------- resto (dining-room tablet)
RESTO_MEAS = {("btl",): "bouteille", ("half",): "demi-bouteille", ("mag",): "magnum",
              ("pour", 12.5): "verre", ("pour", 15): "verre 15 cl", ("pour", 25): "pichet 25 cl",
              ("pour", 50): "pichet 50 cl", ("pour", 8): "copita 8 cl", ("pour", 4): "dose 4 cl",
              ("pour", 2): "dose 2 cl", ("draught", 25): "demi pression",
              ("draught", 50): "pinte pression", ("cl", 33): "33 cl", ("cl", 25): "25 cl",
              ("cl", 50): "50 cl", ("cl", 100): "1 l", ("cl", 70): "70 cl", ("cl", 35.5): "35,5 cl"}
RESTO_READ = {v: k for k, v in RESTO_MEAS.items()}
BASE_PRICE = {"btl": 2600, "half": 1500, "mag": 5200, "pour": 350, "draught": 350, "cl": 350, "seau": 2000}


def render_resto(text, measure, vintage):
    base = BASE_PRICE[measure[0]] if measure else 450
    step = 50 if measure and measure[0] in ("btl", "half", "mag", "seau") else 10
    cents = base + (h("prix", text, measure, vintage) % 40) * step
    price = "%d,%02d €" % (cents // 100, cents % 100)
    s = price + " " + text + (" %d" % vintage if vintage else "")
    if measure:
        s += " (" + RESTO_MEAS[measure] + ")"
    return s


def read_resto(label):
    m = re.fullmatch(r"(\d+,\d\d) € (.+?)(?: \(([^()]+)\))?", label)
    text, meas = m.group(2), m.group(3)
    measure = RESTO_READ[meas] if meas else None
    v = [int(w) for w in text.split() if re.fullmatch(r"(19|20)\d\d", w)]
    return measure, (v[-1] if v else None)


def feria_measure(cup, category, spec_measure):
    """The cup code read back with what the drink is (a G25 of a keg beer is a demi)."""
    if cup in ("G25", "G50") and category == "bière":
        return ("draught", CUP_VOL[cup])
    if cup in CUP_VOL:
        return ("pour", CUP_VOL[cup])
    for k, v in FERIA_CUP.items():
        if v == cup and (k is None or k[0] not in ("pour", "draught")):
            return k
    raise ValueError(cup)


RENDER = {"zinc": render_zinc, "feria": render_feria, "resto": render_resto}
