"""The three tills of Le Relais des Canaux: how each renders what was keyed, and how each
label is read back (measure, vintage).

Measure codes (internal): BT bottle of the ordinary format (75 cl for a wine, the only
format otherwise); B<cl> a bottle of that size (B37 = 37.5, MAG = 150); pours GL (12.5),
G12, G15, V6 (6 cl), P25, P50 (pichets), CP (coupe), FL (flûte), DOSE (4 cl); draught DEMI
(25 cl) and PINTE (50 cl)."""
import re
import unicodedata

POUR_CL = {"GL": 12.5, "G12": 12, "G15": 15, "V6": 6, "P25": 25, "P50": 50, "CP": 12.5,
           "FL": 12.5, "DOSE": 4, "DEMI": 25, "PINTE": 50}
BOTTLE_CL = {"BT": None, "B37": 37.5, "MAG": 150, "B50": 50, "B100": 100}


def ascii_up(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).upper()


# ---- caisse: the main till (ASCII capitals, measure prefix, 2-digit vintage, 24 columns)
CAISSE_WIDTH = 24
CAISSE_PREFIX = {"BT": "BTL", "B37": "1/2", "MAG": "MAG", "GL": "VRE", "G12": "VRE12",
                 "G15": "VRE15", "V6": "6CL", "P25": "PCH25", "P50": "PCH50", "CP": "CP",
                 "FL": "FLUTE", "DOSE": "DOSE", "DEMI": "DEMI", "PINTE": "PINTE"}
CAISSE_SUFFIX = {"B50": "50CL", "B100": "1L"}


def render_caisse(meas, vintage, text, wine):
    """wine: the drink is a wine/champagne (wines always carry a prefix; other bottles of
    their only format carry none)."""
    parts = []
    if meas in CAISSE_PREFIX and not (meas == "BT" and not wine):
        parts.append(CAISSE_PREFIX[meas])
    parts.append(ascii_up(text))
    if meas in CAISSE_SUFFIX:
        parts.append(CAISSE_SUFFIX[meas])
    if vintage:
        parts.append("%02d" % (vintage % 100))
    full = " ".join(parts)
    return full[:CAISSE_WIDTH].rstrip(), full


def read_caisse(label):
    toks = label.split()
    meas = None
    inv = {v: k for k, v in CAISSE_PREFIX.items()}
    if toks[0] in inv:
        meas = inv[toks[0]]
    for t, m in (("50CL", "B50"), ("1L", "B100")):
        if t in toks:
            meas = m
    vint = None
    if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
        vint = 2000 + int(toks[-1])
    return meas, vint


# ---- tablette: the waiters' tablet (mixed case with accents, measure word first,
# 4-digit vintage, waiter's comment after " * ")
TAB_WORD = {"BT": "Bouteille", "B37": "Demi-bouteille", "MAG": "Magnum", "B50": "Bouteille 50cl",
            "B100": "Bouteille 1L", "GL": "Verre", "G12": "Verre 12cl", "G15": "Verre 15cl",
            "V6": "Verre 6cl", "P25": "Pichet 25cl", "P50": "Pichet 50cl", "CP": "Coupe",
            "FL": "Flûte", "DOSE": "Dose", "DEMI": "Demi", "PINTE": "Pinte"}


def render_tablette(meas, vintage, text, wine):
    parts = []
    comment = None
    if " * " in text:
        text, comment = text.split(" * ")
    if meas in TAB_WORD and not (meas == "BT" and not wine):
        parts.append(TAB_WORD[meas])
    parts.append(text)
    if vintage:
        parts.append(str(vintage))
    s = " ".join(parts)
    if comment:
        s += " * " + comment
    return s, s


def read_tablette(label):
    body = label.split(" * ")[0]
    meas = None
    for k, w in sorted(TAB_WORD.items(), key=lambda kv: -len(kv[1])):
        if body == w or body.startswith(w + " "):
            meas = k
            break
    m = re.findall(r"\b((?:19|20)\d\d)\b", body)
    return meas, (int(m[-1]) if m else None)


# ---- compta: the accountant's export (account;DESIGNATION;year;unit), 32-column designation
ACCOUNTS = {"vin": "707110", "champagne": "707120", "bière": "707130", "spiritueux": "707140",
            "autre": "707140", "soft": "707150", "chaud": "707160", "cuisine": "707010",
            "service": "706000"}
COMPTA_WIDTH = 32


def litres(cl):
    s = ("%g" % (cl / 100)).replace(".", ",")
    return s + "L"


def compta_unit(meas, fmt):
    if meas is None:
        return "U"
    if meas not in POUR_CL:
        return "BTL " + litres(fmt)
    return {"GL": "VRE", "CP": "COUPE", "FL": "FLUTE", "DOSE": "DOSE",
            "G12": "VRE " + litres(12), "G15": "VRE " + litres(15), "V6": "VRE " + litres(6),
            "P25": "PICHET " + litres(25), "P50": "PICHET " + litres(50),
            "DEMI": "PRESSION " + litres(25), "PINTE": "PRESSION " + litres(50)}[meas]


def render_compta(meas, vintage, text, family, fmt):
    des = ascii_up(text)
    cut = des[:COMPTA_WIDTH].rstrip()
    s = "%s;%s;%s;%s" % (ACCOUNTS[family], cut, vintage or "", compta_unit(meas, fmt))
    return s, des


def read_compta(label):
    acct, des, year, unit = label.split(";")
    meas = None
    if unit.startswith("BTL "):
        cl = round(float(unit[4:-1].replace(",", ".")) * 100, 1)
        meas = {37.5: "B37", 150.0: "MAG"}.get(cl, "B%g" % cl)
    elif unit != "U":
        meas = {"VRE": "GL", "COUPE": "CP", "FLUTE": "FL", "DOSE": "DOSE", "VRE 0,12L": "G12",
                "VRE 0,15L": "G15", "VRE 0,06L": "V6", "PICHET 0,25L": "P25", "PICHET 0,5L": "P50",
                "PRESSION 0,25L": "DEMI", "PRESSION 0,5L": "PINTE"}[unit]
    return meas, (int(year) if year else None)
