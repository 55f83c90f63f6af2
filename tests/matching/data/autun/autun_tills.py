"""The three tills of "Le Relais du Morvan" and how each renders a label.

A case gives what the staff typed (`text`), a measure code, and the vintage typed.
Measure codes: B bottle (the drink's ordinary bottle), H half bottle, M magnum,
S20/S25/S33/S50/S100 a bottle of that size, G glass (12.5 cl), G15 glass 15 cl,
P25/P50 pichet, CP coupe, D dose (4 cl), D2 dose 2 cl, DEMI / PINTE draught
(25 / 50 cl from the keg), X not a drink (no measure).
"""
import hashlib
import re
import unicodedata

POUR_CL = {"G": 12.5, "G15": 15, "P25": 25, "P50": 50, "CP": 12.5, "D": 4, "D2": 2,
           "DEMI": 25, "PINTE": 50}
SIZE_CL = {"H": 37.5, "M": 150, "S20": 20, "S25": 25, "S33": 33, "S50": 50, "S100": 100}


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.upper()


# ---------------------------------------------------------------- BAR
# The bar's old register: ASCII capitals, the measure key first, the short name the
# owner typed, the vintage as two digits, the whole line cut at 18 columns.
BAR_WIDTH = 18
BAR_PREFIX = {"B": "", "H": "1/2", "M": "MAG", "G": "VRE", "G15": "V15", "P25": "P25",
              "P50": "P50", "CP": "CP", "D": "DOSE", "D2": "2CL", "DEMI": "DEMI",
              "PINTE": "PINTE", "S20": "20CL", "S25": "25CL", "S33": "33CL",
              "S50": "50CL", "S100": "1L", "X": ""}


def render_bar(text, measure, vintage, family=None, dept=None):
    parts = [BAR_PREFIX[measure], text]
    if vintage:
        parts.append("%02d" % (vintage % 100))
    line = ascii_upper(" ".join(p for p in parts if p))
    return line[:BAR_WIDTH].rstrip()


def vintage_bar(label):
    last = label.split()[-1]
    if re.fullmatch(r"\d\d", last):
        n = int(last)
        return 2000 + n if n <= 30 else 1900 + n
    return None


# ---------------------------------------------------------------- SALLE
# The dining room's tablet till: "FAMILY > Article 2020 - Measure", the article as the
# manager wrote it on the card (mixed case, accents), four-digit vintage, the family
# of the card in capitals (it carries the colour of the wines), never cut.
SALLE_MEASURE = {"B": "Bouteille", "H": "1/2 Bouteille", "M": "Magnum", "G": "Verre",
                 "G15": "Verre 15cl", "P25": "Pichet 25cl", "P50": "Pichet 50cl",
                 "CP": "Coupe", "D": "Dose", "D2": "Dose 2cl", "DEMI": "Demi",
                 "PINTE": "Pinte", "S20": "20cl", "S25": "25cl", "S33": "33cl",
                 "S50": "50cl", "S100": "1L", "X": ""}
SALLE_FAMILIES = ("ROUGES", "BLANCS", "ROSÉS", "BULLES", "APÉRITIFS", "DIGESTIFS",
                  "BIÈRES", "SOFTS", "BOISSONS CHAUDES", "CUISINE", "DESSERTS", "DIVERS")


def render_salle(text, measure, vintage, family=None, dept=None):
    s = "%s > %s" % (family, text)
    if vintage:
        s += " %d" % vintage
    if SALLE_MEASURE[measure]:
        s += " - " + SALLE_MEASURE[measure]
    return s


def vintage_salle(label):
    art = label.split(" > ", 1)[1].split(" - ")[0]
    m = re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", art)
    return int(m[-1]) if m else None


# ---------------------------------------------------------------- HOTEL
# The hotel PMS: charges posted to a room folio. Department code, a four-digit article
# number, then the article's libellé in ASCII capitals: measure word, name, four-digit
# vintage, the libellé field cut at 26 columns (a vintage cut to "20" or "202" is lost).
HOTEL_WIDTH = 26
HOTEL_MEASURE = {"B": "BTL", "H": "1/2BTL", "M": "MAGNUM", "G": "VERRE", "G15": "VERRE 15CL",
                 "P25": "CARAFE 25CL", "P50": "CARAFE 50CL", "CP": "COUPE", "D": "DOSE",
                 "D2": "DOSE 2CL", "DEMI": "DEMI", "PINTE": "PINTE", "S20": "20CL",
                 "S25": "25CL", "S33": "33CL", "S50": "50CL", "S100": "1L", "X": ""}
HOTEL_DEPTS = ("MINI", "RSV", "SEM", "BQT", "DP", "PDJ", "HEB", "DIV", "TAX")


_CODES = {}


def hotel_code(dept, lib):
    """The PMS article number: a SHA-256 of the article, unique over the whole PMS
    (on a clash the next salt is tried; rendering order is fixed, so it is deterministic)."""
    key = dept + "|" + lib
    if key in _CODES:
        return _CODES[key]
    salt = 0
    while True:
        h = hashlib.sha256(("%s|%d" % (key, salt)).encode("utf-8")).hexdigest()
        code = 1000 + int(h[:8], 16) % 9000
        if code not in _CODES.values():
            _CODES[key] = code
            return code
        salt += 1


def render_hotel(text, measure, vintage, family=None, dept=None):
    parts = [HOTEL_MEASURE[measure], text]
    if vintage:
        parts.append("%d" % vintage)
    lib = ascii_upper(" ".join(p for p in parts if p))[:HOTEL_WIDTH].rstrip()
    return "%s %04d %s" % (dept, hotel_code(dept, lib), lib)


def vintage_hotel(label):
    lib = label.split(" ", 2)[2]
    m = [t for t in lib.split() if re.fullmatch(r"(19|20)\d\d", t)]
    return int(m[-1]) if m else None


TILLS = {
    "BAR": (render_bar, vintage_bar),
    "SALLE": (render_salle, vintage_salle),
    "HOTEL": (render_hotel, vintage_hotel),
}
