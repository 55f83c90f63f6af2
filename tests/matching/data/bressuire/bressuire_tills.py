"""The three tills of Le Relais du Bocage: how each prints a sale, and how a printed
label is read back (measure, vintage).

Measures (internal): 'btl' (the drink's ordinary bottle), 'half' (37.5 cl), 'mag' (150 cl),
'cl<N>' (a bottle of N cl), pours 'glass' (12.5 cl), 'p25', 'p50', 'p100' (pichets),
'dose' (4 cl), 'd2' (2 cl), draught 'demi' (25 cl) and 'pinte' (50 cl); None for food,
hot drinks and services.
"""
import hashlib
import re
import unicodedata

POUR_CL = {"glass": 12.5, "p25": 25, "p50": 50, "p100": 100, "dose": 4, "d2": 2,
           "demi": 25, "pinte": 50}
BOTTLE_CL = {"half": 37.5, "mag": 150}
DRAUGHT = ("demi", "pinte")


def cl_value(measure):
    """Bottle size of a 'cl<N>' measure."""
    v = float(measure[2:])
    return int(v) if v == int(v) else v


def size_word(cl, unit_l="L", unit_cl="CL"):
    if cl == 100:
        return "1" + unit_l
    if cl == 150:
        return "1,5" + unit_l
    txt = ("%g" % cl).replace(".", ",")
    return txt + unit_cl


def ascii_upper(text):
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c))
    return t.upper()


def h(text):
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest(), 16)


class CutError(Exception):
    pass


def cut(full, width):
    """Cut `full` at `width` columns like the till does. Refuse a cut that leaves part of a
    token holding a digit (a vintage, a size) or that removes the protected tail."""
    if len(full) <= width:
        return full
    kept = full[:width]
    if full[width] != " " and not kept.endswith(" "):
        # the cut falls inside a token: find it
        start = kept.rfind(" ") + 1
        end = full.find(" ", width)
        token = full[start:] if end < 0 else full[start:end]
        if any(c.isdigit() for c in token):
            raise CutError("cut inside %r of %r" % (token, full))
    return kept.rstrip()


# ---------------------------------------------------------------- comptoir
# The bar's keyboard register: ASCII capitals, the name first, the vintage as two digits,
# the measure code LAST; the descriptor is cut at 16 columns.
COMPTOIR_W = 16
COMPTOIR_CODE = {"btl": "", "half": "1/2", "mag": "MAG", "glass": "VR", "p25": "P25",
                 "p50": "P50", "p100": "P1L", "dose": "DOSE", "d2": "2CL", "demi": "DEMI",
                 "pinte": "PINTE", None: ""}


def comptoir_code(measure):
    if measure and measure.startswith("cl"):
        return size_word(cl_value(measure))
    return COMPTOIR_CODE[measure]


def render_comptoir(text, measure, vintage):
    code = comptoir_code(measure)
    name = ascii_upper(text)
    full = name + (" %02d" % (vintage % 100) if vintage else "") + (" " + code if code else "")
    label = cut(full, COMPTOIR_W)
    if code and not label.endswith(" " + code):
        raise CutError("the cut takes the measure off %r" % full)
    return label, full


def read_comptoir(label):
    toks = label.split()
    measure = "btl"  # no measure code: a bottle (or an article without measure)
    inv = {v: k for k, v in COMPTOIR_CODE.items() if v}
    if len(toks) > 1 and toks[-1] in inv:
        measure = inv[toks.pop()]
    elif len(toks) > 1 and re.fullmatch(r"\d+(,\d)?CL|1L|1,5L", toks[-1]):
        w = toks.pop()
        cl = 100 if w == "1L" else 150 if w == "1,5L" else float(w[:-2].replace(",", "."))
        measure = "cl%g" % cl
    vintage = None
    if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
        n = int(toks[-1])
        vintage = 2000 + n if n <= 30 else 1900 + n
    return measure, vintage


# ---------------------------------------------------------------- tablette
# The waiters' handheld: the size button first, ' - ', then the article in lower case
# as the patronne's son typed it (accents kept), the vintage in four digits; never cut.
TAB_VAR = {"btl": "bouteille", "half": "demi-bouteille", "mag": "magnum", "glass": "verre",
           "p25": "pichet 25cl", "p50": "pichet 50cl", "p100": "pichet 1l", "dose": "dose",
           "d2": "dose 2cl", "demi": "demi", "pinte": "pinte"}


def tab_var(measure):
    if measure and measure.startswith("cl"):
        return size_word(cl_value(measure), "l", "cl")
    return TAB_VAR[measure]


def render_tablette(text, measure, vintage):
    body = text.lower() + (" %d" % vintage if vintage else "")
    if measure is None:
        return body, body
    label = tab_var(measure) + " - " + body
    return label, label


def read_tablette(label):
    measure = None
    body = label
    if " - " in label:
        var, body = label.split(" - ", 1)
        inv = {v: k for k, v in TAB_VAR.items()}
        if var in inv:
            measure = inv[var]
        elif re.fullmatch(r"\d+(,\d)?cl|1l|1,5l", var):
            cl = 100 if var == "1l" else 150 if var == "1,5l" else float(var[:-2].replace(",", "."))
            measure = "cl%g" % cl
        else:
            raise ValueError("unknown size button %r" % var)
    toks = body.split()
    vintage = int(toks[-1]) if re.fullmatch(r"(19|20)\d\d", toks[-1]) else None
    return measure, vintage


# ---------------------------------------------------------------- z
# The dining-room till's daily Z report "ventes par article", as the back office exports it:
# article code (4 digits, the first two the family's), FAMILY/DESIGNATION (capitals with
# accents, the designation cut at 24 columns), the contenant, the unit price.
Z_W = 24
Z_FAMILIES = ["CUBI", "RG", "BL", "RS", "BUL", "MOEL", "APE", "DIG", "BIE", "SOF", "CAF",
              "CUI", "DIV"]
Z_CONT = {"btl": "BT", "half": "1/2BT", "mag": "MAG", "glass": "VERRE", "p25": "PICH25",
          "p50": "PICH50", "p100": "PICH1L", "dose": "DOSE4", "d2": "DOSE2", "demi": "DEMI",
          "pinte": "PINTE", None: "UNITE"}
Z_RE = re.compile(r"^(\d{4}) ([A-Z]+)/(.+) (\S+) (\d+,\d\d)$")


def z_cont(measure):
    if measure and measure.startswith("cl"):
        return size_word(cl_value(measure))
    return Z_CONT[measure]


# price ranges in cents (low, span) by what is sold
Z_PRICE = {"btl": (1500, 2400), "half": (900, 900), "mag": (3600, 3000), "wine_cl": (1800, 1000),
           "glass": (250, 350), "p25": (400, 250), "p50": (700, 350), "p100": (1200, 500),
           "dose": (250, 550), "d2": (200, 120), "demi": (280, 100), "pinte": (500, 250),
           "small": (250, 250), "CUI": (450, 1100), "CAF": (150, 200), "DIV": (200, 400),
           "SOF": (200, 180)}


def z_price(text, measure, family, vintage):
    if measure is None:
        cls = family if family in Z_PRICE else "DIV"
    elif measure.startswith("cl"):
        cls = "small" if family in ("BIE", "SOF") else "wine_cl"
    else:
        cls = measure
    low, span = Z_PRICE[cls]
    cents = low + h("prix|%s|%s|%s" % (text, measure, vintage)) % span
    cents -= cents % 10
    return "%d,%02d" % (cents // 100, cents % 100)


def z_code_base(family, text, measure, vintage):
    """First guess of the 4-digit article code: the family's two digits, then a hash;
    the build moves a colliding article to the next free number of its family."""
    return (Z_FAMILIES.index(family) + 10) * 100 + h("code|%s|%s|%s" % (text, measure, vintage)) % 100


def render_z(text, measure, vintage, family, code):
    desig = text.upper() + (" %d" % vintage if vintage else "")
    d = cut(desig, Z_W)
    label = "%04d %s/%s %s %s" % (code, family, d, z_cont(measure),
                                  z_price(text, measure, family, vintage))
    return label, desig


def read_z(label):
    m = Z_RE.match(label)
    if not m:
        raise ValueError("not a Z line: %r" % label)
    code, fam, desig, cont, price = m.groups()
    inv = {v: k for k, v in Z_CONT.items()}
    if cont in inv:
        measure = inv[cont]
    elif re.fullmatch(r"\d+(,\d)?CL|1L|1,5L", cont):
        cl = 100 if cont == "1L" else 150 if cont == "1,5L" else float(cont[:-2].replace(",", "."))
        measure = "cl%g" % cl
    else:
        raise ValueError("unknown contenant %r" % cont)
    toks = desig.split()
    vintage = int(toks[-1]) if re.fullmatch(r"(19|20)\d\d", toks[-1]) else None
    return measure, vintage


RENDER = {"comptoir": render_comptoir, "tablette": render_tablette, "z": render_z}
READ = {"comptoir": read_comptoir, "tablette": read_tablette, "z": read_z}
