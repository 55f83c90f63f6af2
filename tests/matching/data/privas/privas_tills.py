"""How each of the three tills of L'Auberge de la Châtaigne writes a label, and how a
label is read back (the vintage and the measure printed on it).

Measures (canonical keys used by the case modules):
BTL bottle, HALF half bottle, MAG magnum, GLASS glass (12.5 cl), GLASS15, P25, P50 (pichets),
CP coupe, DOSE (4 cl), D2, D4, DEMI / PINTE (draught from the keg), S25 S33 S50 S75 S100
(a bottle of that size), None (food, coffee, service)."""
import hashlib
import re
import unicodedata

POUR_CL = {"GLASS": 12.5, "GLASS15": 15, "P25": 25, "P50": 50, "CP": 12.5,
           "DOSE": 4, "D2": 2, "D4": 4, "DEMI": 25, "PINTE": 50}
SIZE_CL = {"HALF": 37.5, "MAG": 150, "S25": 25, "S33": 33, "S50": 50, "S75": 75,
           "S100": 100}


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def squash(s):
    return re.sub(r" +", " ", s).strip()


def two_digit_year(yy):
    n = int(yy)
    return 2000 + n if n <= 50 else 1900 + n


# ---------------------------------------------------------------- caisse
CAISSE_WIDTH = 18
CAISSE_CODE = {"BTL": "", "HALF": "DEMI", "MAG": "MAG", "GLASS": "VRE", "GLASS15": "V15",
               "P25": "P25", "P50": "P50", "CP": "CP", "DOSE": "DOSE", "D2": "2CL",
               "D4": "4CL", "DEMI": "DEMI", "PINTE": "PINTE", "S25": "25CL", "S33": "33CL",
               "S50": "50CL", "S75": "75CL", "S100": "1L", None: ""}


def render_caisse(text, measure, vintage, fmt=None, family=None):
    desc = ascii_fold(text).upper().replace("'", " ").replace("-", " ")
    desc = squash(desc)
    if vintage is not None:
        desc += " %02d" % (vintage % 100)
    desc = desc[:CAISSE_WIDTH].rstrip()
    code = CAISSE_CODE[measure]
    return desc + ("/" + code if code else "")


def read_caisse(label):
    desc, _, code = label.partition("/")
    toks = desc.split()
    vintage = two_digit_year(toks[-1]) if toks and re.fullmatch(r"\d\d", toks[-1]) else None
    return vintage, code


# ---------------------------------------------------------------- salle
SALLE_WORD = {"BTL": "Bouteille", "HALF": "Demi-bouteille", "MAG": "Magnum", "GLASS": "Verre",
              "GLASS15": "Verre 15cl", "P25": "Pichet 25cl", "P50": "Pichet 50cl",
              "CP": "Coupe", "DOSE": "Dose", "D2": "Dose 2cl", "D4": "Dose 4cl",
              "DEMI": "Demi", "PINTE": "Pinte", "S25": "25cl", "S33": "33cl", "S50": "50cl",
              "S75": "75cl", "S100": "1L", None: ""}


def render_salle(text, measure, vintage, fmt=None, family=None):
    out = text + (" %d" % vintage if vintage is not None else "")
    word = SALLE_WORD[measure]
    return out + (" - " + word if word else "")


def read_salle(label):
    body, sep, word = label.rpartition(" - ")
    if not sep:
        body, word = label, ""
    m = re.findall(r"(?<![\d])((?:19|20)\d\d)(?![\d])", body)
    return (int(m[-1]) if m else None), word


# ---------------------------------------------------------------- export
EXPORT_WIDTH = 24
EXPORT_COND = {"HALF": "BT37,5", "MAG": "BT150", "GLASS": "VR", "GLASS15": "VR15",
               "P25": "PI25", "P50": "PI50", "CP": "CP", "DOSE": "DO", "D2": "DO2",
               "D4": "DO4", "DEMI": "PR25", "PINTE": "PR50", "S25": "BT25", "S33": "BT33",
               "S50": "BT50", "S75": "BT75", "S100": "BT100", None: "UN"}


def cl_text(x):
    return ("%g" % x).replace(".", ",")


def _h(s):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest()[:8], 16)


# price ranges (euros) by conditionnement; the exact price is a hash of the article
PRICE_RANGE = {"BT75": (22, 48), "BT37,5": (14, 26), "BT150": (48, 92), "BT25": (3.5, 5),
               "BT33": (4, 6.5), "BT50": (3, 4), "BT100": (28, 36), "BT70": (45, 60),
               "VR": (4, 7), "VR15": (5, 8), "PI25": (6, 9), "PI50": (11, 16),
               "CP": (7, 10), "DO": (3.5, 5), "DO2": (2.5, 3.5), "DO4": (6, 9),
               "PR25": (3, 4), "PR50": (6, 7.5), "UN": (6, 22)}


def render_export(text, measure, vintage, fmt=None, family=None):
    lib = squash(ascii_fold(text).upper().replace("'", " ").replace("-", " "))
    cond = "BT" + cl_text(fmt or 75) if measure == "BTL" else EXPORT_COND[measure]
    h = _h(lib + "|" + cond + "|" + str(vintage))
    plu = 1000 + h % 9000
    lo, hi = PRICE_RANGE.get(cond, (6, 22))
    if cond == "UN" and family == "CAFE":
        lo, hi = 1.6, 3.6
    if cond == "BT100" and family == "SOFTS":
        lo, hi = 4, 6
    steps = int((hi - lo) * 2)
    price = lo + ((h >> 14) % (steps + 1)) / 2.0
    price_s = ("%.2f" % price).replace(".", ",")
    return ";".join(["%04d" % plu, family, lib[:EXPORT_WIDTH].rstrip(),
                     "" if vintage is None else str(vintage), cond, price_s])


def read_export(label):
    f = label.split(";")
    return (int(f[3]) if f[3] else None), f[4]


TILLS = {"caisse": (render_caisse, read_caisse),
         "salle": (render_salle, read_salle),
         "export": (render_export, read_export)}
