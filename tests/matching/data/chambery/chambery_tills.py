"""The three tills' habits: render a keyed product as the till prints it, read it back."""
import hashlib
import re
import unicodedata

# canonical measures: btl (a wine's 75 cl), half, mag, vre (12.5), vre15, p25, p50, dose (4),
# 2cl, demi / pinte (draught from the keg), bNN (a bottle of NN cl), None (no drink)
VOLUME = {"vre": 12.5, "vre15": 15, "p25": 25, "p50": 50, "dose": 4, "2cl": 2}
DRAUGHT = {"demi": 25, "pinte": 50}
BOTTLE = {"btl": 75, "half": 37.5, "mag": 150, "b25": 25, "b33": 33, "b50": 50, "b70": 70,
          "b75": 75, "b100": 100}

BAR = {"btl": "", "half": "1/2", "mag": "MAG", "vre": "VRE", "vre15": "VRE15", "p25": "PI25",
       "p50": "PI50", "dose": "DOSE", "2cl": "2CL", "demi": "DEMI", "pinte": "PINT",
       "b25": "25CL", "b33": "33CL", "b50": "50CL", "b70": "70CL", "b75": "75CL", "b100": "1L",
       None: ""}
SALLE = {"btl": "btle", "half": "1/2 btle", "mag": "magnum", "vre": "verre",
         "vre15": "verre 15cl", "p25": "pichet 25cl", "p50": "pichet 50cl", "dose": "dose",
         "2cl": "2cl", "demi": "demi", "pinte": "pinte", "b25": "25cl", "b33": "33cl",
         "b50": "50cl", "b70": "70cl", "b75": "75cl", "b100": "1l"}
TERR = {"btl": "BT", "half": "DB", "mag": "MG", "vre": "VR", "vre15": "VR15", "p25": "PC25",
        "p50": "PC50", "dose": "SH", "2cl": "SH2", "demi": "PR25", "pinte": "PR50",
        "b25": "B25", "b33": "B33", "b50": "B50", "b70": "B70", "b75": "B75", "b100": "B1L",
        None: "--"}
BAR_FIELD = 16    # the bar register's name field
TERR_FIELD = 22   # the terrace terminal's name field


def ascii_(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def h(*parts):
    return int(hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:8], 16)


def cut(s, n):
    return s[:n].rstrip()


def render_bar(fam, meas, vint, text):
    t = re.sub(r"[-'’]", " ", ascii_(text).upper())
    t = re.sub(r" +", " ", t).strip()
    full = t + (" %02d" % (vint % 100) if vint else "")
    field = cut(full, BAR_FIELD)
    m = BAR[meas]
    return "(%s) %s%s" % (fam, field, " " + m if m else ""), field != full


def price(meas, key, text, fam=None):
    if meas is None:
        base = {"CU": 1250, "CA": 250, "DV": 500}.get(fam, 700)
        cents = base + 50 * (h(key, text) % 9)
        return "%d,%02d" % (cents // 100, cents % 100)
    base = {"btl": 2600, "half": 1500, "mag": 5400, "vre": 500, "vre15": 600, "p25": 900,
            "p50": 1700, "dose": 600, "2cl": 350, "demi": 350, "pinte": 650, "b25": 400,
            "b33": 450, "b50": 400, "b70": 3800, "b75": 550, "b100": 550, None: 700}[meas]
    step = 50 if base < 2000 else 100
    cents = base + step * (h(key, meas, text) % (9 if base < 2000 else 25))
    return "%d,%02d" % (cents // 100, cents % 100)


def render_salle(key, meas, vint, text, fam=None):
    s = text + (" %d" % vint if vint else "")
    if meas:
        s += " [%s]" % SALLE[meas]
    return "%s %s €" % (s, price(meas, key, text, fam)), False


def render_terr(key, meas, vint, text):
    t = ascii_(text).lower().replace("'", " ").replace("-", " ")
    t = re.sub(r" +", " ", t).strip()
    full = t + (" %d" % vint if vint else "")
    field = cut(full, TERR_FIELD)
    code = 100 + h("terr", key, text) % 900
    return "T%03d %s %s" % (code, TERR[meas], field), field != full


# ---- reading a printed label back ------------------------------------------------------
BAR_INV = {v: k for k, v in BAR.items() if v}
SALLE_INV = {v: k for k, v in SALLE.items()}
TERR_INV = {v: k for k, v in TERR.items()}


def read_bar(label):
    m = re.fullmatch(r"\(([A-Z]{2})\) (.+)", label)
    fam, rest = m.group(1), m.group(2)
    toks = rest.split(" ")
    meas = None
    if toks[-1] in BAR_INV:
        meas = BAR_INV[toks.pop()]
    name = " ".join(toks)
    vint = None
    if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
        y = int(toks[-1])
        vint = 2000 + y if y < 50 else 1900 + y
    if meas is None and fam in ("RG", "BL", "RS", "BU"):
        meas = "btl"
    return meas, vint, name


def read_salle(label):
    m = re.fullmatch(r"(.+?)(?: \[([^\]]+)\])? (\d+,\d\d) €", label)
    name, mw = m.group(1), m.group(2)
    meas = SALLE_INV[mw] if mw else None
    ys = re.findall(r"\b((?:19|20)\d\d)\b", name)
    return meas, (int(ys[-1]) if ys else None), name


def read_terr(label):
    m = re.fullmatch(r"T\d{3} (\S+) (.+)", label)
    meas = TERR_INV[m.group(1)]
    name = m.group(2)
    toks = name.split(" ")
    vint = int(toks[-1]) if re.fullmatch(r"(19|20)\d\d", toks[-1]) else None
    return meas, vint, name


TILLS = {"bar": (render_bar, read_bar), "salle": (render_salle, read_salle),
         "terrasse": (render_terr, read_terr)}
