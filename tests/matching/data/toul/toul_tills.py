"""The three tills of the Relais: how each renders a button, and how a label is read back.

caisse  : the bar's old electronic register. ASCII capitals, measure key first, the
          owner's short text, two-digit vintage; the description holds 16 characters and
          is cut there; the journal prints the price right-aligned after it.
salle   : the dining room's tablet. "Famille : Text 2023 (mesure)", mixed case with accents.
z       : the back office's daily Z report by article, pasted from its CSV export:
          PLU;LIBELLE;UNITE;QTE;MONTANT, libellé of 22 characters, four-digit vintage.
"""
import hashlib
import re
import unicodedata

CAISSE_WIDTH = 16
Z_WIDTH = 22

CAISSE_M = {"B": "BTL", "H": "1/2", "M": "MAG", "C25": "25CL", "C33": "33CL", "C50": "50CL",
            "C70": "70CL", "C75": "75CL", "C100": "1L", "G": "VR", "G15": "VR15",
            "P25": "PT25", "P50": "PT50", "CP": "CP", "FL": "FLUT", "D": "DS", "D2": "DS2",
            "DE": "DEMI", "PI": "PINT", "": ""}
SALLE_M = {"B": "bouteille", "H": "1/2 bouteille", "M": "magnum", "C25": "25cl",
           "C33": "33cl", "C50": "50cl", "C70": "70cl", "C75": "75cl", "C100": "1l",
           "G": "verre", "G15": "verre 15cl", "P25": "pichet 25cl", "P50": "pichet 50cl",
           "CP": "coupe", "FL": "flûte", "D": "dose", "D2": "dose 2cl", "DE": "demi",
           "PI": "pinte", "": ""}
Z_M = {"H": "BT37", "M": "BT150", "C25": "BT25", "C33": "BT33", "C50": "BT50", "C70": "BT70",
       "C75": "BT75", "C100": "BT100", "G": "VE", "G15": "VE15", "P25": "PICH25",
       "P50": "PICH50", "CP": "CPE", "FL": "FLT", "D": "DOS", "D2": "DOS2", "DE": "DEM",
       "PI": "PIN", "": "U"}

FAMILIES = {"TOUL": "Côtes de Toul", "MOSELLE": "Moselle", "ALSACE": "Alsace",
            "BOURGOGNE": "Bourgogne", "BORDEAUX": "Bordeaux", "CHAMPAGNE": "Champagne",
            "VINS": "Vins", "APERO": "Apéritifs", "DIGESTIF": "Digestifs", "BIERE": "Bières",
            "SOFT": "Softs", "CHAUD": "Boissons chaudes", "CUISINE": "Cuisine",
            "DESSERT": "Desserts", "DIVERS": "Divers", "COCKTAIL": "Cocktails"}

# base prices in cents by measure (the hash adds 0 to 90 cents in steps of 10)
BASE = {"B": 2400, "H": 1500, "M": 5200, "C25": 350, "C33": 420, "C50": 450, "C70": 5500,
        "C75": 2400, "C100": 600, "G": 420, "G15": 500, "P25": 800, "P50": 1450, "CP": 900,
        "FL": 900, "D": 550, "D2": 350, "DE": 320, "PI": 620, "": 400}


def h(*parts):
    return int(hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest(), 16)


def price_cents(till, meas, text):
    return BASE[meas] + 10 * (h(till, meas, text) % 10)


def euros(c):
    return "%d,%02d" % (c // 100, c % 100)


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).upper()


def render(till, meas, vintage, text, family=None, z_bottle=None):
    """Return (label, printed_vintage)."""
    if till == "caisse":
        toks = [CAISSE_M[meas]] if CAISSE_M[meas] else []
        toks.append(text)
        if vintage:
            toks.append("%02d" % (vintage % 100))
        full = " ".join(toks)
        desc = full[:CAISSE_WIDTH].rstrip()
        label = "%-16s%7s" % (desc, euros(price_cents(till, meas, text)))
        return label, read_back(till, label)[0]
    if till == "salle":
        s = "%s : %s" % (FAMILIES[family], text)
        if vintage:
            s += " %d" % vintage
        if SALLE_M[meas]:
            s += " (%s)" % SALLE_M[meas]
        return s, vintage
    if till == "z":
        lib = text + (" %d" % vintage if vintage else "")
        lib = lib[:Z_WIDTH].rstrip()
        if vintage and re.search(r" \d\d$", lib) and not lib.endswith(" %d" % vintage):
            raise ValueError("z cut leaves a two-digit fragment: %r" % lib)
        unit = Z_M[meas] if meas != "B" else "BT%g" % z_bottle
        plu = 100 + h("plu", text, str(vintage), meas) % 9900
        qty = 1 + h("qty", text, meas) % 9
        amount = qty * price_cents(till, meas, text)
        label = "%04d;%s;%s;%d;%s" % (plu, lib, unit, qty, euros(amount))
        return label, read_back(till, label)[0]
    raise ValueError(till)


CAISSE_RE = re.compile(r"^(.{1,16}?) *(\d+,\d\d)$")
Z_RE = re.compile(r"^(\d{4});([^;]{1,22});([A-Z0-9]+);(\d+);(\d+,\d\d)$")
SALLE_RE = re.compile(r"^([^:]+) : (.+?)(?: \(([^()]+)\))?$")


def read_back(till, label):
    """(vintage printed on the label, measure code) read from a rendered label."""
    if till == "caisse":
        m = CAISSE_RE.match(label)
        if not m or len(label) != 23:
            raise ValueError("caisse form: %r" % label)
        toks = label[:16].split()
        rev = {v: k for k, v in CAISSE_M.items() if v}
        meas = rev.get(toks[0], "")
        body = toks[1:] if meas else toks
        vint = None
        if len(body) >= 2 and re.fullmatch(r"\d\d", body[-1]):
            vint = 2000 + int(body[-1])
        return vint, meas
    if till == "salle":
        m = SALLE_RE.match(label)
        if not m:
            raise ValueError("salle form: %r" % label)
        rev = {v: k for k, v in SALLE_M.items() if v}
        meas = rev[m.group(3)] if m.group(3) else ""
        mv = re.search(r" ((?:19|20)\d\d)$", m.group(2))
        return (int(mv.group(1)) if mv else None), meas
    if till == "z":
        m = Z_RE.match(label)
        if not m:
            raise ValueError("z form: %r" % label)
        unit = m.group(3)
        rev = {v: k for k, v in Z_M.items()}
        if unit in rev:
            meas = rev[unit]
        else:
            meas = {"BT75": "C75", "BT37": "H", "BT150": "M"}.get(unit, "C" + unit[2:])
        mv = re.search(r" ((?:19|20)\d\d)$", m.group(2))
        return (int(mv.group(1)) if mv else None), meas
    raise ValueError(till)
