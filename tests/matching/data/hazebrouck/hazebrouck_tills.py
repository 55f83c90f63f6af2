"""The three tills' habits: how each renders what the staff keyed, and how it reads back.

Measures (canonical codes used in the case modules):
  B bottle (75 cl for a wine, the only format otherwise), H half bottle 37.5, M magnum 150,
  G glass (12.5), G12 / G15 glass 12 / 15 cl, P25 / P50 pichet, CP coupe (12.5),
  D demi 25 cl from the keg, PT pinte 50 cl from the keg, DOSE 4 cl, D2 2 cl,
  S20 S25 S33 S50 S75 S100 a bottle of that size, '' nothing (food, services).
"""
import hashlib
import unicodedata

POUR_CL = {"G": 12.5, "G12": 12, "G15": 15, "P25": 25, "P50": 50, "CP": 12.5,
           "D": 25, "PT": 50, "DOSE": 4, "D2": 2}
SIZE_CL = {"S20": 20, "S25": 25, "S33": 33, "S50": 50, "S75": 75, "S100": 100,
           "H": 37.5, "M": 150}


def ascii_(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------- comptoir (bar register)
COMPTOIR_CUT = 16
C_TOKEN = {"D": "25CL", "PT": "50CL", "G": "VRE", "G12": "12CL", "G15": "15CL",
           "P25": "CAR25", "P50": "CAR50", "CP": "CP", "B": "BT", "H": "1/2BT", "M": "MAG",
           "DOSE": "DOSE", "D2": "2CL", "S20": "20CL", "S25": "25CL", "S33": "33CL",
           "S50": "50CL", "S75": "75CL", "S100": "1L"}
FAMILY = {"vin": "VIN", "champ": "CHP", "gen": "GEN", "alc": "ALC", "ape": "APE", "soft": "SFT"}


def comptoir_family(kind, measure):
    if kind in ("keg", "btl", "mixed"):
        return "PRS" if measure in ("D", "PT") else "BTL"
    return FAMILY[kind]


def render_comptoir(fam, text, measure, vintage):
    body = ascii_(text).upper()
    if vintage:
        body += " '%02d" % (vintage % 100)
    body = body[:COMPTOIR_CUT].rstrip()
    lab = fam + "-" + body
    if measure:
        lab += " " + C_TOKEN[measure]
    return lab


# ---------------------------------------------------------------- salle (waiters' tablet)
S_WORD = {"D": "Demi", "PT": "Pinte", "G": "Verre", "G12": "Verre 12cl", "G15": "Verre 15cl",
          "P25": "Pichet 25cl", "P50": "Pichet 50cl", "CP": "Coupe", "B": "Bouteille",
          "H": "Demi-bouteille", "M": "Magnum", "DOSE": "Dose", "D2": "Dose 2cl",
          "S20": "Btl 20cl", "S25": "Btl 25cl", "S33": "Btl 33cl", "S50": "Btl 50cl",
          "S75": "Btl 75cl", "S100": "Btl 1L"}


def render_salle(text, measure, vintage):
    lab = text + (" %d" % vintage if vintage else "")
    if measure:
        lab = S_WORD[measure] + " - " + lab
    return lab


# ---------------------------------------------------------------- semaine (weekly export)
def litres(cl):
    s = ("%.3f" % (cl / 100)).rstrip("0").rstrip(".")
    return s.replace(".", ",") + "l"


def render_semaine(text, measure, vintage, fmt_cl):
    """fmt_cl: the volume the back office records for one unit sold (None for food)."""
    des = ascii_(text).lower()
    if vintage:
        des += " %d" % vintage
    if measure in ("D", "PT"):
        des += " fut"
    tail = "pce" if fmt_cl is None else litres(fmt_cl)
    art = int(hashlib.sha256((des + "|" + tail).encode()).hexdigest(), 16) % 9000 + 1000
    return "%04d %s %s" % (art, des, tail)


# ---------------------------------------------------------------- reading a label back
def read_vintage(conn, label):
    toks = label.split()
    if conn == "comptoir":
        for t in toks:
            if len(t) == 3 and t[0] == "'" and t[1:].isdigit():
                return 2000 + int(t[1:]) if int(t[1:]) < 50 else 1900 + int(t[1:])
        return None
    if conn == "semaine":
        toks = toks[1:]          # the article number is not a vintage
    for t in toks:
        if len(t) == 4 and t.isdigit() and t[:2] in ("19", "20"):
            return int(t)
    return None
