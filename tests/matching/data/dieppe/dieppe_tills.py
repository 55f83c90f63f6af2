"""The three tills of "Le Galet": how each prints a sale, and how each label is read back.

Measures (internal codes): BTL (the ordinary bottle), HALF (37.5 cl), MAG (150 cl),
B<cl> (a bottle of that size), GLASS (12.5 cl), FLUTE (12.5 cl), G12 / G15 (12 / 15 cl glass),
P25 / P50 (pichet), DOSE (4 cl), D2 / D6 (2 / 6 cl pour), BOLEE (25 cl of cider or poiré),
DEMI / PINTE (25 / 50 cl draught), U:<unit> (food and services on the stall), '' (nothing).
"""
import hashlib
import re
import unicodedata

POUR_CL = {"GLASS": 12.5, "FLUTE": 12.5, "G12": 12, "G15": 15, "P25": 25, "P50": 50,
           "DOSE": 4, "D2": 2, "D6": 6, "BOLEE": 25}
DRAUGHT_CL = {"DEMI": 25, "PINTE": 50}


def h(*parts):
    return int(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12], 16)


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def fmt_cl(x):
    return ("%g" % x)


# ---------------------------------------------------------------- comptoir
# The old counter register: ASCII capitals, department code and '*', measure word, the
# text the owner programmed, the vintage as two digits; the printer cuts at 26 columns.
COMPTOIR_WIDTH = 26
DEPT = {"W": "01", "R": "02", "P": "03", "C": "04", "N": "05", "S": "06", "B": "07",
        "D": "08", "F": "11", "X": "12"}
C_TOK = {"BTL": "", "GLASS": "VRE", "FLUTE": "FLUTE", "G12": "VRE12", "G15": "VRE15",
         "P25": "PCH25", "P50": "PCH50", "HALF": "1/2", "MAG": "MAG", "DOSE": "DOSE",
         "D2": "2CL", "D6": "6CL", "DEMI": "DEMI", "PINTE": "PINTE", "BOLEE": "BOLEE",
         "B33": "33CL", "B25": "25CL", "B20": "20CL", "B50": "50CL", "B100": "1L",
         "B70": "70CL", "": ""}
C_TOK_BACK = {v: k for k, v in C_TOK.items() if v}


def render_comptoir(fam, measure, vintage, text, key):
    parts = [C_TOK[measure], ascii_fold(text).upper()]
    if vintage:
        parts.append("%02d" % (vintage % 100))
    body = " ".join(p for p in parts if p)
    full = DEPT[fam] + "*" + body
    return full[:COMPTOIR_WIDTH].rstrip()


def parse_comptoir(label):
    m = re.match(r"^(\d\d)\*(.*)$", label)
    toks = m.group(2).split()
    measure = C_TOK_BACK.get(toks[0], "BTL")
    vintage = None
    if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
        yy = int(toks[-1])
        vintage = 2000 + yy if yy < 40 else 1900 + yy
    return measure, vintage


# ---------------------------------------------------------------- salle
# The dining-room tablet: mixed case with accents, 4-digit vintage, ' · ' fields, the
# measure word, the price with a decimal comma and ' €', and sometimes a waiter's modifier.
S_WORD = {"BTL": "Bouteille", "HALF": "Demi-bouteille", "MAG": "Magnum", "GLASS": "Verre",
          "FLUTE": "Flûte", "G12": "Verre 12cl", "G15": "Verre 15cl", "P25": "Pichet 25cl",
          "P50": "Pichet 50cl", "DOSE": "Dose", "D2": "Dose 2cl", "D6": "Dose 6cl",
          "DEMI": "Demi", "PINTE": "Pinte", "BOLEE": "Bolée", "B33": "Bouteille 33cl",
          "B25": "Bouteille 25cl", "B20": "Bouteille 20cl", "B50": "Bouteille 50cl",
          "B100": "Bouteille 1L", "B70": "Bouteille 70cl"}
S_BACK = {v: k for k, v in S_WORD.items()}
MODS = {"W": ["seau à glace", "très frais", "2 verres"], "R": ["carafé", "chambré"],
        "P": ["seau à glace", "très frais"], "C": ["seau à glace", "4 flûtes"],
        "N": ["glaçons", "bien frais"], "S": ["glaçons", "sans glace", "zeste citron"],
        "B": ["bien fraîche"], "D": ["glaçons + citron", "sans glace"],
        "F": ["sans oignons", "allergie crustacés", "pour 2"], "X": ["table 7"]}
BASE_PRICE = {"BTL": 2800, "HALF": 1900, "MAG": 6200, "GLASS": 550, "FLUTE": 1100, "G12": 550,
              "G15": 650, "P25": 950, "P50": 1700, "DOSE": 700, "D2": 300, "D6": 450,
              "DEMI": 380, "PINTE": 720, "BOLEE": 450, "": 1200}


FAM_BOTTLE = {"D": 400, "B": 600, "N": 1900, "S": 5500}


def price_of(fam, key, measure, vintage, text):
    base = BASE_PRICE.get(measure, 450)
    if (measure == "BTL" or measure.startswith("B")) and fam in FAM_BOTTLE:
        base = FAM_BOTTLE[fam]
    if measure in ("B33", "B25", "B20"):
        base = 400
    cents = base + (h("price", key, measure, vintage, text) % (base // 2 + 1))
    return cents - cents % 50


def render_salle(fam, measure, vintage, text, key):
    name = text + (" %d" % vintage if vintage else "")
    fields = [name]
    if measure:
        fields.append(S_WORD[measure])
    c = price_of(fam, key, measure, vintage, text)
    fields.append("%d,%02d €" % (c // 100, c % 100))
    label = " · ".join(fields)
    hv = h("mod", key, measure, vintage, text)
    if hv % 4 == 0:
        mods = MODS[fam]
        label += " [%s]" % mods[hv // 4 % len(mods)]
    return label


def parse_salle(label):
    core = re.sub(r" \[[^\]]+\]$", "", label)
    fields = core.split(" · ")
    measure = S_BACK[fields[1]] if len(fields) == 3 else ""
    m = re.search(r" ((?:19|20)\d\d)$", fields[0])
    return measure, (int(m.group(1)) if m else None)


# ---------------------------------------------------------------- etal
# The seafood stall's takeaway terminal: article code (family letter + 3 digits), '*'
# fields, lower-case ASCII text, the vintage as 2 digits in its own field, the volume in cl.
E_FAM = {"W": "V", "R": "V", "P": "V", "C": "C", "N": "N", "S": "S", "B": "B", "D": "D",
         "F": "M", "X": "X"}
E_VOL = {"G12": "12cl", "G15": "15cl", "D2": "2cl", "DOSE": "4cl", "HALF": "37.5cl",
         "MAG": "150cl"}


def render_etal(fam, measure, vintage, text, key):
    code = "%s%03d" % (E_FAM[fam], 100 + h("code", key or text) % 900)
    if measure.startswith("U:"):
        vol = measure[2:]
    elif measure.startswith("B"):
        vol = measure[1:] + "cl"
    else:
        vol = E_VOL[measure]
    vin = "%02d" % (vintage % 100) if vintage else ""
    txt = re.sub(r"[^a-z0-9 .]", " ", ascii_fold(text).lower())
    txt = " ".join(txt.split())
    return "*".join([code, txt, vin, vol])


def parse_etal(label):
    code, txt, vin, vol = label.split("*")
    vintage = None
    if vin:
        yy = int(vin)
        vintage = 2000 + yy if yy < 40 else 1900 + yy
    m = re.fullmatch(r"(\d+(?:\.\d+)?)cl", vol)
    if not m:
        return "U:" + vol, vintage
    v = float(m.group(1))
    if v < 20:
        inv = {12: "G12", 15: "G15", 2: "D2", 4: "DOSE"}
        return inv[v], vintage
    return "B" + fmt_cl(v), vintage


RENDER = {"comptoir": render_comptoir, "salle": render_salle, "etal": render_etal}
PARSE = {"comptoir": parse_comptoir, "salle": parse_salle, "etal": parse_etal}
