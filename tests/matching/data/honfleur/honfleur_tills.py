"""The three tills of the Brasserie de la Lieutenance and how each prints a label.

render(till, fam, measure, vintage, text) -> label
read_back(till, label) -> (vintage, measure)   (what the printed label says)
"""
import hashlib
import re

TILLS = ("comptoir", "terrasse", "salle")


def is_vol(measure):
    """C<n>: a bottle of n cl (not CP, the coupe)."""
    return re.match(r"^C\d", measure) is not None

# ---------------------------------------------------------------- comptoir
# The counter's old electronic register.  Journal line: DEPARTMENT-KEYTEXT PRICE
# The key text (measure word + the owner's name + 2-digit vintage) holds 18 characters.
COMPTOIR_WIDTH = 18
COMPTOIR_FAMS = ("VIN", "CHAMP", "BIERE", "CIDRE", "ALCOOL", "APERO", "SOFT",
                 "CAFE", "CUISINE", "DIVERS")
COMPTOIR_PRE = {"B": "BTE", "H": "1/2", "M": "MAG", "G": "VRE", "G12": "VRE12",
                "G15": "VRE15", "CP": "CP", "P50": "PICH50", "P25": "PICH25",
                "BO25": "BOL25", "D": "DOSE", "D2": "2CL", "DE": "DEMI", "PI": "PINTE"}
COMPTOIR_PRE_INV = {v: k for k, v in COMPTOIR_PRE.items()}

# price bands (euros): by measure for a drink, by department for the rest
PRICE_BAND = {"B": (26, 68), "H": (16, 30), "M": (60, 130), "G": (5, 9), "G12": (5, 8),
              "G15": (6, 10), "CP": (10, 15), "P50": (18, 30), "P25": (10, 16),
              "BO25": (4, 6), "D": (6, 11), "D2": (3, 5), "DE": (3, 5), "PI": (7, 9),
              "C": (3, 6)}
DEPT_BAND = {"CAFE": (2, 5), "SOFT": (3, 6), "CUISINE": (8, 32), "DIVERS": (8, 15),
             "APERO": (6, 12), "BIERE": (4, 7), "CIDRE": (4, 7), "VIN": (5, 9),
             "CHAMP": (10, 15), "ALCOOL": (6, 11)}


def _h(s):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest(), 16)


def price(fam, measure, text):
    """The register's programmed price: a fixed band, hashed to a half euro."""
    if measure in PRICE_BAND:
        lo, hi = PRICE_BAND[measure]
    elif is_vol(measure):
        lo, hi = PRICE_BAND["C"]
    else:
        lo, hi = DEPT_BAND[fam]
    steps = (hi - lo) * 2
    p = lo + (_h("prix|" + measure + "|" + text) % (steps + 1)) / 2.0
    return ("%.2f" % p).replace(".", ",")


def _vol_word(measure):
    n = float(measure[1:])
    if n == 100:
        return "1L"
    return ("%g" % n) + "CL"


def render_comptoir(fam, measure, vintage, text):
    assert fam in COMPTOIR_FAMS, fam
    parts = []
    if measure in COMPTOIR_PRE:
        parts.append(COMPTOIR_PRE[measure])
    parts.append(text)
    if vintage is not None:
        parts.append("%02d" % (vintage % 100))
    if is_vol(measure):
        parts.append(_vol_word(measure))
    key = " ".join(parts)[:COMPTOIR_WIDTH].rstrip()
    return "%s-%s %s" % (fam, key, price(fam, measure, text))


def read_comptoir(label):
    m = re.match(r"^([A-Z]+)-(.+) (\d+,\d\d)$", label)
    if not m:
        raise ValueError("comptoir form: " + label)
    toks = m.group(2).split(" ")
    measure = ""
    if toks[0] in COMPTOIR_PRE_INV:
        measure = COMPTOIR_PRE_INV[toks[0]]
        toks = toks[1:]
    vintage = None
    if toks and re.match(r"^\d+(\.\d+)?CL$|^1L$", toks[-1]):
        v = toks[-1]
        measure = "C100" if v == "1L" else "C" + ("%g" % float(v[:-2]))
        toks = toks[:-1]
    if toks and re.match(r"^\d\d$", toks[-1]):
        vintage = 2000 + int(toks[-1])
    return vintage, measure

# ---------------------------------------------------------------- terrasse
# The terrace tablet, English menu for the tourists: "Name Year - Serving"
TERRASSE_SUF = {"B": "Bottle", "H": "Half Bottle", "M": "Magnum", "G": "Glass",
                "G12": "Glass 12cl", "G15": "Glass 15cl", "CP": "Flute",
                "P50": "Carafe 50cl", "P25": "Carafe 25cl", "BO25": "Bolée 25cl",
                "D": "Shot 4cl", "D2": "Shot 2cl", "DE": "Half 25cl", "PI": "Pint 50cl"}
TERRASSE_SUF_INV = {v: k for k, v in TERRASSE_SUF.items()}


def render_terrasse(fam, measure, vintage, text):
    s = text
    if vintage is not None:
        s += " %d" % vintage
    if measure in TERRASSE_SUF:
        s += " - " + TERRASSE_SUF[measure]
    elif is_vol(measure):
        n = float(measure[1:])
        s += " - " + ("1L" if n == 100 else ("%g" % n) + "cl")
    return s


def read_terrasse(label):
    measure = ""
    body = label
    if " - " in label:
        body, suf = label.rsplit(" - ", 1)
        if suf in TERRASSE_SUF_INV:
            measure = TERRASSE_SUF_INV[suf]
        elif suf == "1L":
            measure = "C100"
        elif re.match(r"^\d+(\.\d+)?cl$", suf):
            measure = "C" + ("%g" % float(suf[:-2]))
        else:
            body = label
    vs = re.findall(r"(?<![\d.])((?:19|20)\d\d)(?![\d.])", body)
    vintage = int(vs[-1]) if vs else None
    return vintage, measure

# ---------------------------------------------------------------- salle
# The dining-room till, articles imported from the drinks wholesaler's catalogue:
# "CODE DESIGNATION YY VOLUME-OR-SERVING", capitals, no accents.
SALLE_SUF = {"H": "37.5CL", "M": "150CL", "G": "VERRE", "G12": "VERRE 12CL",
             "G15": "VERRE 15CL", "CP": "COUPE", "P50": "PICHET 50CL",
             "P25": "PICHET 25CL", "BO25": "BOLEE 25CL", "D": "DOSE", "D2": "DOSE 2CL",
             "DE": "DEMI", "PI": "PINTE"}
SALLE_SUF_INV = {v: k for k, v in SALLE_SUF.items()}


def salle_code(text):
    return "%06d" % (100000 + _h("art|" + text) % 900000)


def render_salle(fam, measure, vintage, text, bottle_cl=None):
    parts = [salle_code(text), text]
    if vintage is not None:
        parts.append("%02d" % (vintage % 100))
    if measure == "B":
        parts.append("%gCL" % bottle_cl)
    elif measure in SALLE_SUF:
        parts.append(SALLE_SUF[measure])
    elif is_vol(measure):
        parts.append("%gCL" % float(measure[1:]))
    return " ".join(parts)


def read_salle(label):
    m = re.match(r"^(\d{6}) (.+)$", label)
    if not m:
        raise ValueError("salle form: " + label)
    toks = m.group(2).split(" ")
    measure = ""
    two = " ".join(toks[-2:])
    if len(toks) >= 2 and two in SALLE_SUF_INV:
        measure = SALLE_SUF_INV[two]
        toks = toks[:-2]
    elif toks[-1] in SALLE_SUF_INV:
        measure = SALLE_SUF_INV[toks[-1]]
        toks = toks[:-1]
    elif re.match(r"^\d+(\.\d+)?CL$", toks[-1]):
        n = float(toks[-1][:-2])
        measure = {37.5: "H", 150: "M"}.get(n, "C%g" % n)
        toks = toks[:-1]
    vintage = None
    if toks and re.match(r"^\d\d$", toks[-1]):
        vintage = 2000 + int(toks[-1])
    return vintage, measure


def read_back(till, label):
    return {"comptoir": read_comptoir, "terrasse": read_terrasse,
            "salle": read_salle}[till](label)
