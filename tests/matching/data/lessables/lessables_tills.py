"""The three tills of "Le Pavillon du Remblai": how each one prints a sale, and how a
printed label is read back (measure and vintage).  Used by the build; the check script
has its own copy of the reading rules so that it depends on the jsonl files only.

Canonical measures: BTL (the drink's ordinary bottle), HALF (37.5 cl), MAG (150 cl),
S<n> (a bottle of n cl: beers, softs, waters), GLASS (12.5 cl), G12, G15, P25, P50
(pichets), CP (coupe, 12.5 cl), DOSE (4 cl), D2 (2 cl), DEMI (25 cl of draught),
PINTE (50 cl of draught), "" (food, coffee, services: no measure).
"""
import hashlib
import re
import unicodedata

POUR_CL = {"GLASS": 12.5, "G12": 12, "G15": 15, "P25": 25, "P50": 50, "CP": 12.5,
           "DOSE": 4, "D2": 2, "DEMI": 25, "PINTE": 50}


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).replace("’", "'")


def size_str(n):
    return ("%g" % n)


# ---------------------------------------------------------------- caisse
# The counter register (bar and pression): key texts typed by the owner in capitals.
# FAM.TEXT YY in a 20-column field (cut, trailing blanks dropped), then the modifier
# key's code in its own column.
CAISSE_WIDTH = 20
CAISSE_FAMS = ("RS", "BL", "RG", "BUL", "APE", "DIG", "PRS", "BIB", "SFT", "GLA", "CUI", "CAF", "DIV")
CAISSE_M = {"BTL": "", "HALF": "1/2", "MAG": "MAG", "GLASS": "VRE", "G12": "VRE12", "G15": "VRE15",
            "P25": "P25", "P50": "P50", "CP": "CP", "DOSE": "DOSE", "D2": "2CL", "DEMI": "DEMI",
            "PINTE": "PINTE", "": ""}


def caisse_code(measure):
    if measure.startswith("S"):
        n = float(measure[1:])
        return "1L" if n == 100 else size_str(n) + "CL"
    return CAISSE_M[measure]


def render_caisse(fam, text, vintage, measure):
    core = "%s.%s" % (fam, ascii_fold(text).upper().replace("'", " "))
    if vintage:
        core += " %02d" % (vintage % 100)
    core = core[:CAISSE_WIDTH].rstrip()
    code = caisse_code(measure)
    return core + (" " + code if code else "")


def parse_caisse(label):
    toks = label.split(" ")
    codes = {caisse_code(m): m for m in [*list(CAISSE_M), "S20", "S25", "S33", "S35.5", "S50", "S70", "S100"]
             if caisse_code(m)}
    measure = ""
    if len(toks) > 1 and toks[-1] in codes:
        measure = codes[toks[-1]]
        toks = toks[:-1]
    core = " ".join(toks)
    vintage = None
    if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
        yy = int(toks[-1])
        vintage = 2000 + yy if yy <= 30 else 1900 + yy
    return core, measure, vintage


# ---------------------------------------------------------------- salle
# The dining-room and terrace iPad till, as its ticket and export print a line:
# "1 x Name yyyy [Variant] 12,50".
SALLE_M = {"BTL": "Bouteille", "HALF": "Demi-bouteille", "MAG": "Magnum", "GLASS": "Verre",
           "G12": "Verre 12 cl", "G15": "Verre 15 cl", "P25": "Pichet 25 cl", "P50": "Pichet 50 cl",
           "CP": "Coupe", "DOSE": "Dose", "D2": "Dose 2 cl", "DEMI": "Demi", "PINTE": "Pinte", "": ""}

PRICE_RANGE = {"BTL": (24, 70), "HALF": (16, 38), "MAG": (58, 140), "GLASS": (4.5, 9), "G12": (4.5, 8),
               "G15": (6, 11), "P25": (8, 13), "P50": (14, 24), "CP": (9, 14), "DOSE": (4, 9),
               "D2": (3, 5), "DEMI": (3.5, 4.5), "PINTE": (6.5, 8.5), "S": (3, 6.5), "": (6, 24)}


def salle_variant(measure):
    if measure.startswith("S"):
        n = float(measure[1:])
        return "1 l" if n == 100 else size_str(n).replace(".", ",") + " cl"
    return SALLE_M[measure]


def _h(*parts):
    return int(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:8], 16)


def _half_euros(x):
    return ("%.2f" % (round(x * 2) / 2)).replace(".", ",")


# A wine's pours and sizes follow its bottle price (a hash of the product between 24 and
# 70 euros); other drinks and dishes get a price in their range.
WINE_FACTOR = {"BTL": 1, "HALF": 0.58, "MAG": 2.2, "GLASS": 1 / 6.5, "G12": 1 / 6.8, "G15": 1 / 5.4,
               "P25": 1 / 2.6, "P50": 1 / 1.45, "CP": 1 / 6}


def salle_price(key, measure, text):
    if key in ("", "-"):
        key = text
    if measure in WINE_FACTOR:
        bottle = 24 + _h(key) % 93 / 2
        return _half_euros(bottle * WINE_FACTOR[measure])
    lo, hi = PRICE_RANGE["S" if measure.startswith("S") else measure]
    return _half_euros(lo + _h(key, measure, text) % (int((hi - lo) * 2) + 1) / 2)


def render_salle(key, text, vintage, measure):
    s = "1 x " + text
    if vintage:
        s += " %d" % vintage
    v = salle_variant(measure)
    if v:
        s += " [%s]" % v
    return s + " " + salle_price(key, measure, text)


def parse_salle(label):
    m = re.fullmatch(r"1 x (.+?)(?: \[([^\]]+)\])? (\d+,\d\d)", label)
    if not m:
        raise ValueError("not a salle line: %r" % label)
    name, variant = m.group(1), m.group(2) or ""
    inv = {salle_variant(k): k for k in [*list(SALLE_M), "S20", "S25", "S33", "S35.5", "S50", "S70", "S100"]}
    if variant not in inv:
        raise ValueError("unknown variant %r" % variant)
    years = [int(t) for t in name.split() if re.fullmatch(r"(19|20)\d\d", t)]
    return name, inv[variant], (years[-1] if years else None)


# ---------------------------------------------------------------- kiosque
# The summer kiosk on the Remblai (a phone app set up by the seasonal staff):
# lower case ASCII, vintage as 'yy, " - " and the variant in their words.
KIOSQUE_M = {"BTL": "btl", "HALF": "1/2 btl", "MAG": "magnum", "GLASS": "verre", "G12": "verre 12",
             "G15": "gd verre", "P25": "pichet 25", "P50": "pichet 50", "CP": "coupe", "DOSE": "shot",
             "D2": "shot 2cl", "DEMI": "demi", "PINTE": "pinte", "": ""}


def kiosque_code(measure):
    if measure.startswith("S"):
        n = float(measure[1:])
        return "1l" if n == 100 else size_str(n) + "cl"
    return KIOSQUE_M[measure]


def render_kiosque(text, vintage, measure):
    s = ascii_fold(text).lower()
    if vintage:
        s += " '%02d" % (vintage % 100)
    code = kiosque_code(measure)
    return s + (" - " + code if code else "")


def parse_kiosque(label):
    inv = {kiosque_code(k): k for k in [*list(KIOSQUE_M), "S20", "S25", "S33", "S35.5", "S50", "S70", "S100"]}
    name, measure = label, ""
    if " - " in label:
        name, code = label.rsplit(" - ", 1)
        if code not in inv:
            raise ValueError("unknown kiosk variant %r" % code)
        measure = inv[code]
    m = re.search(r"'(\d\d)\b", name)
    vintage = None
    if m:
        yy = int(m.group(1))
        vintage = 2000 + yy if yy <= 30 else 1900 + yy
    return name, measure, vintage
