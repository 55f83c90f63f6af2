"""The three tills of La Table du Port and how each renders a label.

A case gives the measure (a code below), the text the staff or the software typed, and the
vintage typed (or None). Measure codes: btl, half, mag, g (glass, no volume), g12, g15, p25,
p50 (pichet / carafe), cp (coupe / flute), dose (4 cl), d2 (2 cl), demi, pinte (draught),
s25 / s33 / s50 / s70 / s75 / s100 (a bottle of that size), unit (not a drink)."""
import re

POUR_CL = {"g": 12.5, "g12": 12, "g15": 15, "p25": 25, "p50": 50, "cp": 12.5,
           "dose": 4, "d2": 2, "demi": 25, "pinte": 50}
SIZE_CL = {"s25": 25, "s33": 33, "s50": 50, "s70": 70, "s75": 75, "s100": 100}

# --- comptoir: the bar's cash register, ASCII capitals, measure key first, 18 columns --------
COMPTOIR_WIDTH = 18
_C_PREFIX = {"btl": "", "half": "1/2 ", "mag": "MAG ", "g": "VRE ", "g15": "V15 ",
             "p25": "PICH25 ", "p50": "PICH50 ", "cp": "CP ", "dose": "DOSE ", "demi": "DEMI ",
             "pinte": "PINTE ", "unit": ""}
_C_SIZE = {"s25": " 25CL", "s33": " 33CL", "s50": " 50CL", "s75": " 75CL", "s100": " 1L"}


def render_comptoir(meas, text, vint):
    assert text == text.upper() and text.isascii(), text
    if meas in _C_SIZE:
        line = text + _C_SIZE[meas]
    else:
        line = _C_PREFIX[meas] + text
    if vint:
        line += " %02d" % (vint % 100)
    label = line[:COMPTOIR_WIDTH].rstrip()
    if meas in _C_SIZE:
        assert label.endswith(_C_SIZE[meas].strip()) or vint, label
    return label


def vintage_comptoir(label):
    last = label.split()[-1]
    if re.fullmatch(r"\d\d", last):
        n = int(last)
        return 2000 + n if n <= 30 else 1900 + n
    return None


# --- salle: the waiters' handheld, summer staff typing in English -----------------------------
_S_PREFIX = {"btl": "Btl ", "half": "Half btl ", "mag": "Magnum ", "g": "Glass ",
             "g15": "Glass 15cl ", "p25": "Carafe 25cl ", "p50": "Carafe 50cl ", "cp": "Flute ",
             "dose": "Shot 4cl ", "demi": "Half 25cl ", "pinte": "Pint ", "unit": ""}
_S_SIZE = {"s25": " 25cl", "s33": " 33cl", "s50": " 50cl", "s75": " 75cl", "s100": " 1L"}


def render_salle(meas, text, vint):
    assert text.isascii(), text
    if meas in _S_SIZE:
        line = "Btl " + text + _S_SIZE[meas]
    else:
        line = _S_PREFIX[meas] + text
    if vint:
        line += " %d" % vint
    return line


def vintage_salle(label):
    m = re.search(r" ((?:19|20)\d\d)$", label)
    return int(m.group(1)) if m else None


# --- gestion: the back-office catalogue synced to the dining-room till ------------------------
GESTION_DESIGNATION = 40
GESTION_POUR_FAMILIES = {"VINS AU VERRE", "PICHETS", "COUPES", "PRESSION", "APÉRITIFS",
                         "DIGESTIFS"}
GESTION_BOTTLE_FAMILIES = {"VINS ROUGES", "VINS BLANCS", "VINS ROSÉS", "VINS DOUX", "BULLES",
                           "DEMI-BOUTEILLES", "MAGNUMS", "CIDRES", "BIÈRES", "SOFTS", "EAUX"}
GESTION_OTHER_FAMILIES = {"CUISINE", "DESSERTS", "BOISSONS CHAUDES", "DIVERS"}
_G_VOL = {"btl": "75CL", "half": "37,5CL", "mag": "150CL", "g": "12,5CL", "g12": "12CL",
          "g15": "15CL", "p25": "25CL", "p50": "50CL", "cp": "12,5CL", "dose": "4CL",
          "d2": "2CL", "demi": "25CL", "pinte": "50CL", "s25": "25CL", "s33": "33CL",
          "s50": "50CL", "s70": "70CL", "s75": "75CL", "s100": "100CL", "unit": ""}


def render_gestion(meas, family, designation, vint):
    assert designation == designation.upper(), designation
    pour = meas in POUR_CL
    if meas == "unit":
        assert family in GESTION_OTHER_FAMILIES, family
    elif pour:
        assert family in GESTION_POUR_FAMILIES, family
    else:
        assert family in GESTION_BOTTLE_FAMILIES, family
    line = family + "/" + designation[:GESTION_DESIGNATION].rstrip()
    if vint:
        line += " MILL.%d" % vint
    if _G_VOL[meas]:
        line += " " + _G_VOL[meas]
    return line


def vintage_gestion(label):
    m = re.search(r" MILL\.(\d{4})\b", label)
    return int(m.group(1)) if m else None


def render(conn, case):
    if conn == "gestion":
        key, meas, vint, family, text = case[:5]
        return render_gestion(meas, family, text, vint)
    key, meas, vint, text = case[:4]
    return (render_comptoir if conn == "comptoir" else render_salle)(meas, text, vint)


VINTAGE_READER = {"comptoir": vintage_comptoir, "salle": vintage_salle,
                  "gestion": vintage_gestion}
