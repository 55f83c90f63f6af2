"""The three tills of the Winstub Am Kapellturm and how each prints a line.

A case is (text, key, meas, vintage, fam, note); the till adds the measure, the
vintage and whatever else it prints (family, price, EAN) in its own way.

Measure codes: B bottle (a wine's 75 cl, another drink's only format), H half
bottle, M magnum, S<cl> a bottle of that volume, G glass (12.5 cl), G12 glass of
12 cl, P25 / P50 pichets, CP flute, D4 / D2 doses, DEMI / PINTE draught beer,
'' nothing (food, coffee, services).
"""
import hashlib
import re
import unicodedata


# ---------------------------------------------------------------- helpers
def h(*parts):
    return int(hashlib.sha256("|".join(str(p) for p in parts).encode("utf-8")).hexdigest(), 16)


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.upper()


def cl_text(cl):
    """37.5 -> '37,5', 75 -> '75'"""
    if float(cl).is_integer():
        return str(int(cl))
    return str(cl).replace(".", ",")


def price(cents):
    return "%d,%02d" % (cents // 100, cents % 100)


POUR_CL = {"G": 12.5, "G12": 12, "P25": 25, "P50": 50, "CP": 12.5, "D4": 4, "D2": 2,
           "DEMI": 25, "PINTE": 50}

# ---------------------------------------------------------------- CAISSE
# the bar counter's electronic cash register: department prefix, 16-column PLU text
CAISSE_WIDTH = 16
CAISSE_FAMS = ["BLC", "RGE", "ROS", "CRE", "LIQ", "BIE", "EDV", "APE", "SOF", "CAF", "CUI", "DIV"]
CAISSE_MEAS = {"B": "", "H": "1/2 ", "M": "MAG ", "G": "VR ", "P25": "1/4 ", "P50": "1/2L ",
               "CP": "FLUTE ", "D4": "4CL ", "D2": "2CL ", "DEMI": "DEMI ", "PINTE": "PINTE ", "": ""}
CAISSE_BASE = {"B": 2200, "H": 1400, "M": 5200, "G": 350, "P25": 650, "P50": 1200, "CP": 650,
               "D4": 500, "D2": 350, "DEMI": 300, "PINTE": 550, "": 250, "S": 280}


def caisse_meas_word(meas):
    if meas.startswith("S"):
        cl = float(meas[1:])
        return ("1L " if cl == 100 else cl_text(cl) + "CL ")
    return CAISSE_MEAS[meas]


def render_caisse(text, meas, vintage, fam):
    assert text == ascii_upper(text) and text.isascii(), text
    assert fam in CAISSE_FAMS, fam
    full = caisse_meas_word(meas) + text + (" %02d" % (vintage % 100) if vintage else "")
    body = full[:CAISSE_WIDTH].rstrip()
    if meas == "B" or meas.startswith("S"):
        base = 2200 if fam in ("BLC", "RGE", "ROS", "CRE", "LIQ") else CAISSE_BASE["S"]
    elif meas == "" and fam == "CUI":
        base = 900
    else:
        base = CAISSE_BASE[meas]
    cents = base + (h("caisse", text, meas) % 25) * 10
    return "%s.%s  %s" % (fam, body, price(cents)), full


CAISSE_RE = re.compile(r"^(%s)\.(\S(?:[A-Z0-9 /.'&+-]*\S)?)  (\d{1,3},\d\d)$" % "|".join(CAISSE_FAMS))


def read_caisse(label):
    m = CAISSE_RE.match(label)
    if not m:
        raise ValueError("not a caisse line: %r" % label)
    fam, body, _ = m.groups()
    toks = body.split(" ")
    meas = ""
    first = toks[0]
    rev = {v.strip(): k for k, v in CAISSE_MEAS.items() if v}
    if first in rev:
        meas = rev[first]
    elif first == "1L":
        meas = "S100"
    elif re.fullmatch(r"\d+(,\d)?CL", first):
        meas = "S" + first[:-2].replace(",", ".")
    vintage = None
    if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
        vintage = 2000 + int(toks[-1])
    return {"fam": fam, "body": body, "meas": meas, "vintage": vintage}


# ---------------------------------------------------------------- SALLE
# the dining-room tablet: "Category / Article as the manager typed it 2020 (Variant)"
SALLE_CAT = {"BLC": "Vins blancs", "RGE": "Vins rouges", "ROS": "Vins rosés",
             "CRE": "Crémants & Champagnes", "LIQ": "Vins doux", "BIE": "Bières",
             "EDV": "Eaux-de-vie & Digestifs", "APE": "Apéritifs", "SOF": "Sans alcool",
             "CAF": "Boissons chaudes", "CUI": "Cuisine", "DES": "Desserts", "DIV": "Divers"}
SALLE_VAR = {"B": "Bouteille", "H": "Demi-bouteille", "M": "Magnum", "G": "Verre",
             "G12": "Verre 12cl", "P25": "Pichet 25cl", "P50": "Pichet 50cl", "CP": "Flûte",
             "D4": "4cl", "D2": "2cl", "DEMI": "Demi", "PINTE": "Pinte"}


def salle_var(meas):
    if meas.startswith("S"):
        cl = float(meas[1:])
        return "1L" if cl == 100 else cl_text(cl) + "cl"
    return SALLE_VAR[meas]


def render_salle(text, meas, vintage, fam):
    cat = SALLE_CAT[fam]
    s = "%s / %s" % (cat, text)
    if vintage:
        s += " %d" % vintage
    if meas:
        s += " (%s)" % salle_var(meas)
    return s, s


SALLE_RE = re.compile(r"^(%s) / (.+?)(?: \(([^()]+)\))?$" % "|".join(re.escape(c) for c in SALLE_CAT.values()))


def read_salle(label):
    m = SALLE_RE.match(label)
    if not m:
        raise ValueError("not a salle line: %r" % label)
    cat, art, var = m.groups()
    meas = ""
    if var is not None:
        rev = {v: k for k, v in SALLE_VAR.items()}
        if var in rev:
            meas = rev[var]
        elif var == "1L":
            meas = "S100"
        elif re.fullmatch(r"\d+(,\d)?cl", var):
            meas = "S" + var[:-2].replace(",", ".")
        else:
            raise ValueError("unknown variant %r" % var)
    vintage = None
    mv = re.search(r" ((?:19|20)\d\d)$", art)
    if mv:
        vintage = int(mv.group(1))
    fam = next(k for k, v in SALLE_CAT.items() if v == cat)
    return {"fam": fam, "body": art, "meas": meas, "vintage": vintage}


# ---------------------------------------------------------------- CAVE
# the shop corner's till (bottles to take away): EAN-13, designation, vintage, size, price
def ean13(seed):
    digits = "376" + "%09d" % (h("ean", seed) % 10 ** 9)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(digits))
    return digits + str((10 - s % 10) % 10)


def ean_ok(code):
    if not re.fullmatch(r"\d{13}", code):
        return False
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(code[:12]))
    return (10 - s % 10) % 10 == int(code[12])


def cave_size(meas, fmt):
    if meas == "H":
        return "37,5CL"
    if meas == "M":
        return "150CL"
    if meas == "B":
        return cl_text(fmt) + "CL"
    if meas.startswith("S"):
        return cl_text(float(meas[1:])) + "CL"
    assert meas == "", meas
    return ""


def render_cave(text, meas, vintage, fam, bottle_fmt=75):
    assert text == ascii_upper(text) and text.isascii(), text
    size = cave_size(meas, bottle_fmt)
    body = text + (" %d" % vintage if vintage else "") + (" " + size if size else "")
    cents = {"": 590, "H": 1290, "M": 4590}.get(meas, 1190) + (h("cave", text, meas) % 40) * 100
    return "%s %s %s€" % (ean13(text + "|" + meas + "|" + str(vintage)), body, price(cents)), body


CAVE_RE = re.compile(r"^(\d{13}) ([A-Z0-9][A-Z0-9 '&.,/-]*?) (\d{1,3},\d\d)€$")


def read_cave(label):
    m = CAVE_RE.match(label)
    if not m:
        raise ValueError("not a cave line: %r" % label)
    ean, body, _ = m.groups()
    meas = ""
    ms = re.search(r" (\d+(?:,\d)?)CL$", body)
    if ms:
        meas = "S" + ms.group(1).replace(",", ".")
    vintage = None
    mv = re.search(r" ((?:19|20)\d\d)(?: \d+(?:,\d)?CL)?$", body)
    if mv:
        vintage = int(mv.group(1))
    return {"ean": ean, "body": body, "meas": meas, "vintage": vintage}


TILLS = {"caisse": (render_caisse, read_caisse), "salle": (render_salle, read_salle),
         "cave": (render_cave, read_cave)}
