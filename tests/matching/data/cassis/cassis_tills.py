"""The three tills of "Le Pointu de la Calanque" and how each renders a sale key.

A case gives: the department (family), a measure code, a vintage (or None) and the text
the staff typed for that till. Measure codes: B bottle, H half (37.5), M magnum (150),
C<cl> a bottle of that volume, G glass (12.5), G12 / G15 glasses, P25 / P50 pichets,
CP coupe, D dose (4 cl), D2 dose 2 cl, DE demi (25 cl draught), PI pinte (50 cl draught),
U a unit of something that is no drink of the list (food, coffee, service).
"""
import hashlib
import re

TILLS = ("comptoir", "salle", "gestion")

# ---- comptoir: the bar counter's electronic register (ASCII capitals, 20 columns)
BAR_WIDTH = 20
BAR_MEAS = {"B": "", "H": "1/2", "M": "MAG", "G": "VRE", "G12": "V12", "G15": "V15",
            "P25": "P25", "P50": "P50", "CP": "CP", "D": "DOSE", "D2": "2CL", "DE": "DEMI",
            "PI": "PINT", "C25": "25CL", "C33": "33CL", "C50": "50CL", "C70": "70CL",
            "C75": "75CL", "C100": "1L", "C150": "150CL", "U": ""}
BAR_FAMS = ("BL", "RS", "RG", "CHP", "APE", "ALC", "BIE", "SFT", "CUI", "CAF", "DIV")

# ---- salle: the waiters' tablet (mixed case, accents, price)
SALLE_MEAS = {"B": "Btl", "H": "1/2 btl", "M": "Magnum", "G": "Verre", "G12": "Verre 12cl",
              "G15": "Verre 15cl", "P25": "Pichet 25cl", "P50": "Pichet 50cl", "CP": "Coupe",
              "D": "Dose", "D2": "Dose 2cl", "DE": "Demi", "PI": "Pinte", "C25": "25cl",
              "C33": "33cl", "C50": "50cl", "C70": "70cl", "C75": "75cl", "C100": "1L",
              "C150": "150cl", "U": ""}
WINE_FAMS = ("BL", "RS", "RG", "CHP")

# ---- gestion: the back office's article export (code;DESIGNATION;FAMILLE;UNITE;PRIX)
GEST_WIDTH = 26
GEST_FAMS = {"BL": ("V", "VINS BLANCS"), "RS": ("V", "VINS ROSES"), "RG": ("V", "VINS ROUGES"),
             "CHP": ("C", "CHAMPAGNES"), "APE": ("A", "APERITIFS"), "ALC": ("S", "ALCOOLS"),
             "BIE": ("B", "BIERES"), "SFT": ("F", "SOFTS"), "CUI": ("R", "CUISINE"),
             "CAF": ("H", "BOISSONS CHAUDES"), "DIV": ("D", "DIVERS")}
GEST_UNIT = {"H": "BT37,5", "M": "BT150", "G": "VERRE", "G12": "VERRE12", "G15": "VERRE15",
             "P25": "PICH25", "P50": "PICH50", "CP": "COUPE", "D": "DOSE4", "D2": "DOSE2",
             "DE": "DEMI25", "PI": "PINTE50", "U": "UNITE"}

POUR_CL = {"G": 12.5, "G12": 12, "G15": 15, "P25": 25, "P50": 50, "CP": 12.5, "D": 4, "D2": 2}
DRAUGHT_CL = {"DE": 25, "PI": 50}


def _h(*parts):
    return int(hashlib.sha256("|".join(parts).encode()).hexdigest(), 16)


# price bands in cents: (low, high) by measure kind and family
def price_cents(fam, meas, text):
    h = _h(fam, meas, text)
    if meas == "U":
        band = {"CAF": (250, 450), "DIV": (300, 1500), "SFT": (250, 450),
                "APE": (800, 1400), "BIE": (800, 1400), "CHP": (1400, 1800)}.get(fam, (900, 4800))
    elif meas in ("B", "C75") and fam == "CHP":
        band = (7500, 14000)
    elif meas in ("B", "C75") and fam in WINE_FAMS:
        band = (3200, 7800)
    elif meas == "H":
        band = (1800, 3400)
    elif meas == "M":
        band = (7000, 16000)
    elif meas in ("G", "G12", "G15"):
        band = (600, 1200)
    elif meas == "CP":
        band = (1100, 1800)
    elif meas == "P50":
        band = (1800, 3000)
    elif meas == "P25":
        band = (1000, 1600)
    elif meas == "D":
        band = (400, 1400) if fam == "ALC" else (350, 650)
    elif meas == "D2":
        band = (250, 500)
    elif meas == "DE":
        band = (350, 500)
    elif meas == "PI":
        band = (650, 900)
    elif fam == "SFT":
        band = (350, 550)
    elif fam == "BIE":
        band = (550, 800)
    else:
        band = (3000, 9000)
    steps = (band[1] - band[0]) // 50
    return band[0] + 50 * (h % (steps + 1))


def bottle_cl_for_unit(meas, fam, only_format):
    """The bottle size the gestion unit prints for B / C<cl>."""
    if re.fullmatch(r"C[\d.]+", meas):
        return float(meas[1:])
    if fam in WINE_FAMS:
        return 75
    return only_format


def cl_txt(cl, sep):
    return str(int(cl)) if float(cl).is_integer() else str(cl).replace(".", sep)


def render(till, fam, meas, vintage, text, only_format=None):
    if till == "comptoir":
        parts = [BAR_MEAS[meas], text, "%02d" % (vintage % 100) if vintage else ""]
        full = fam + "/" + " ".join(p for p in parts if p)
        return full[:BAR_WIDTH].rstrip()
    if till == "salle":
        m = SALLE_MEAS[meas]
        if meas == "B" and fam not in WINE_FAMS:
            m = ""
        parts = [m, text, str(vintage) if vintage else ""]
        c = price_cents(fam, meas, text)
        return " ".join(p for p in parts if p) + " - %d,%02d€" % (c // 100, c % 100)
    if till == "gestion":
        letter, famname = GEST_FAMS[fam]
        code = letter + "%04d" % (_h("code", fam, meas, text) % 10000)
        desig = (text + (" %d" % vintage if vintage else ""))[:GEST_WIDTH].rstrip()
        if meas == "B" or re.fullmatch(r"C[\d.]+", meas):
            unit = "BT" + cl_txt(bottle_cl_for_unit(meas, fam, only_format), ",")
        else:
            unit = GEST_UNIT[meas]
        c = price_cents(fam, meas, text)
        return "%s;%s;%s;%s;%d.%02d" % (code, desig, famname, unit, c // 100, c % 100)
    raise ValueError(till)


# ---------------------------------------------------------------- reading a label back
BAR_MEAS_INV = {v: k for k, v in BAR_MEAS.items() if v}
SALLE_MEAS_INV = {v: k for k, v in SALLE_MEAS.items() if v}
GEST_UNIT_INV = {v: k for k, v in GEST_UNIT.items()}


def read_back(till, label):
    """(family, measure, vintage, text) as printed; measure None = no measure word
    (a wine's bottle, or a drink's only format), 'B<cl>' a bottle of that size."""
    if till == "comptoir":
        m = re.fullmatch(r"([A-Z]+)/(.*)", label)
        if not m:
            raise ValueError("comptoir form: " + label)
        fam, rest = m.groups()
        toks = rest.split(" ")
        meas = None
        if toks and toks[0] in BAR_MEAS_INV:
            meas = BAR_MEAS_INV[toks.pop(0)]
        vint = None
        if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
            yy = int(toks.pop())
            vint = 2000 + yy if yy <= 40 else 1900 + yy
        return fam, meas, vint, " ".join(toks)
    if till == "salle":
        m = re.fullmatch(r"(.*) - (\d+),(\d\d)€", label)
        if not m:
            raise ValueError("salle form: " + label)
        body = m.group(1)
        meas = None
        for word in sorted(SALLE_MEAS_INV, key=len, reverse=True):
            if body.startswith(word + " "):
                meas = SALLE_MEAS_INV[word]
                body = body[len(word) + 1:]
                break
        vint = None
        mv = re.search(r" ((?:19|20)\d\d)$", body)
        if mv:
            vint = int(mv.group(1))
            body = body[:mv.start()]
        return None, meas, vint, body
    if till == "gestion":
        f = label.split(";")
        if len(f) != 5:
            raise ValueError("gestion form: " + label)
        code, desig, famname, unit, price = f
        fam = [k for k, v in GEST_FAMS.items() if v[1] == famname]
        if not fam:
            raise ValueError("gestion family: " + label)
        if unit in GEST_UNIT_INV:
            meas = GEST_UNIT_INV[unit]
        elif re.fullmatch(r"BT\d+(,\d)?", unit):
            meas = "B" + unit[2:].replace(",", ".")
        else:
            raise ValueError("gestion unit: " + label)
        vint = None
        mv = re.search(r" ((?:19|20)\d\d)$", desig)
        if mv:
            vint = int(mv.group(1))
            desig = desig[:mv.start()]
        return fam[0], meas, vint, desig
    raise ValueError(till)
