"""The three tills of the Hôtel-Restaurant du Livradois: rendering and read-back.

A case gives the text the staff typed, a measure code and a vintage; each till renders it
its own way. Read-back functions recover, from the RENDERED label only, the measure, the
bottle size the label names (cl) and the vintage, so that the answer follows the label.

Measure codes: B bottle, H half bottle, M magnum, G glass (12.5 cl), CP coupe (12.5 cl),
POT pot lyonnais 46 cl, C25 / C50 carafes, D dose 4 cl, D2 2 cl, DM demi 25 cl, PT pinte
50 cl, U no measure (softs, bottled beers, non-drinks; a size may be in the text).
"""
import hashlib
import re

POUR_CL = {"G": 12.5, "CP": 12.5, "POT": 46, "C25": 25, "C50": 50, "D": 4, "D2": 2,
           "DM": 25, "PT": 50}
BOTTLE_CL = {"B": 75, "H": 37.5, "M": 150}

# ---------------------------------------------------------------- comptoir
# The bar-tabac counter's old register: department number, 15-column PLU text, price.
DEPT = {"VIN": 1, "BIE": 2, "APE": 3, "ALC": 4, "SOF": 5, "CAF": 6, "CUI": 7, "TAB": 8, "DIV": 9}
COMPTOIR_KEY = {"B": "BTL", "H": "1/2", "M": "MAG", "G": "BAL", "CP": "CP", "POT": "POT",
                "C25": "1/4", "C50": "CAR50", "D": "DOSE", "D2": "2CL", "DM": "DEMI",
                "PT": "PINTE", "U": ""}
COMPTOIR_MEAS = {v: k for k, v in COMPTOIR_KEY.items() if v}
PRICE_BASE = {"B": (160, 300), "H": (110, 120), "M": (380, 300), "G": (25, 20),
              "CP": (55, 25), "POT": (85, 60), "C25": (48, 30), "C50": (85, 60),
              "D": (25, 40), "D2": (15, 15), "DM": (26, 10), "PT": (52, 20), "U": (25, 20)}
FAM_BASE = {"CAF": (14, 10), "CUI": (45, 120), "TAB": (12, 90), "DIV": (10, 40)}
WIDTH = 15


def _h(text):
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:12], 16)


def price(text, measure, fam):
    """A price in euros with a dot, from a hash of the PLU text (tenths of a euro)."""
    lo, span = FAM_BASE.get(fam) or PRICE_BASE[measure]
    tenths = lo + _h(text) % span
    return "%d.%d0" % (tenths // 10, tenths % 10)


def render_comptoir(text, measure, vintage, fam):
    parts = [COMPTOIR_KEY[measure], text, "%02d" % (vintage % 100) if vintage else ""]
    plu = " ".join(p for p in parts if p)
    cut = plu[:WIDTH].rstrip()
    return "%02d %-15s %6s" % (DEPT[fam], cut, price(plu, measure, fam))


COMPTOIR_RE = re.compile(r"^(0[1-9]) (.{15}) ([ 0-9]{3}\.[0-9]{2})$")
SIZE_GLUED = re.compile(r"[A-Z]((?:\d+(?:\.\d)?))(CL|L)$")


def read_comptoir(label):
    m = COMPTOIR_RE.match(label)
    if not m:
        raise ValueError("not a comptoir line: %r" % label)
    text = m.group(2).rstrip()
    toks = text.split()
    meas = COMPTOIR_MEAS.get(toks[0], "U")
    vintage = None
    if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
        vintage = 2000 + int(toks[-1])
    size = None
    for t in toks:
        s = SIZE_GLUED.search(t)
        if s:
            size = float(s.group(1)) * (100 if s.group(2) == "L" else 1)
    return {"measure": meas, "size": _num(size), "vintage": vintage, "dept": int(m.group(1)),
            "text": text}


def _num(x):
    if x is None:
        return None
    return int(x) if float(x).is_integer() else x


# ---------------------------------------------------------------- salle
# The dining room's touch till: the wine-list name in mixed case, producers' surnames in
# capitals, four-digit vintage, then " - " and the size chosen on the order screen.
SALLE_KEY = {"B": "btl", "H": "1/2 btl", "M": "mag", "G": "verre", "CP": "coupe",
             "POT": "pot", "C25": "car. 25", "C50": "car. 50", "D": "dose", "D2": "dose 2cl",
             "DM": "demi", "PT": "pinte"}
SALLE_MEAS = {v: k for k, v in SALLE_KEY.items()}
SIZE_WORD = re.compile(r"(?<![\w,.])(\d+(?:,\d)?) ?(cl|L)\b")


def render_salle(text, measure, vintage, fam):
    out = text
    if vintage:
        out += " %d" % vintage
    if measure != "U":
        out += " - " + SALLE_KEY[measure]
    return out


def read_salle(label):
    body, meas = label, "U"
    if " - " in label:
        body, suffix = label.rsplit(" - ", 1)
        meas = SALLE_MEAS[suffix]
    vintage = None
    m = re.search(r" ((?:19|20)\d\d)$", body)
    if m:
        vintage = int(m.group(1))
        body = body[:m.start()]
    size = None
    s = SIZE_WORD.search(body)
    if s:
        size = float(s.group(1).replace(",", ".")) * (100 if s.group(2) == "L" else 1)
    return {"measure": meas, "size": _num(size), "vintage": vintage, "text": body}


# ---------------------------------------------------------------- grossiste
# The back office, whose articles were imported from the drinks wholesaler's catalogue:
# the wholesaler's designation (ASCII capitals, AOP/IGP prefix, degree, container, size),
# the vintage in four digits; pours are child articles "POUR / designation".
GROS_KEY = {"G": "VERRE", "CP": "COUPE", "POT": "POT 46CL", "C25": "CARAFE 25CL",
            "C50": "CARAFE 50CL", "D": "DOSE 4CL", "D2": "DOSE 2CL", "DM": "DEMI 25CL",
            "PT": "PINTE 50CL"}
GROS_MEAS = {v: k for k, v in GROS_KEY.items()}
GROS_SIZE = re.compile(r"(?:^| )(FUT )?(\d+(?:\.\d)?)(CL|L)(?= |$)")


def render_grossiste(text, measure, vintage, fam):
    out = text + (" %d" % vintage if vintage else "")
    if measure in GROS_KEY:
        out = GROS_KEY[measure] + " / " + out
    return out


def read_grossiste(label):
    meas, body = "U", label
    if " / " in label:
        pre, body = label.split(" / ", 1)
        meas = GROS_MEAS[pre]
    vintage = None
    m = re.search(r" ((?:19|20)\d\d)$", body)
    if m:
        vintage = int(m.group(1))
        body = body[:m.start()]
    size = None
    for s in GROS_SIZE.finditer(body):
        size = float(s.group(2)) * (100 if s.group(3) == "L" else 1)
    return {"measure": meas, "size": _num(size), "vintage": vintage, "text": body}


TILLS = {
    "comptoir": (render_comptoir, read_comptoir),
    "salle": (render_salle, read_salle),
    "grossiste": (render_grossiste, read_grossiste),
}
