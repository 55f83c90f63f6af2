"""The three tills of the Hôtel-Restaurant du Pont de l'Armançon and how each prints a sale.

Measures (what the staff keyed): B bottle (75 cl for a wine), H half, M magnum, G glass,
G15 glass 15 cl, P25 / P50 pichet, CP coupe, D dose 4 cl, D2 dose 2 cl, DE demi (beer 25 cl),
PI pinte (50 cl), C<cl> a bottle of that volume (C33, C25, C50, C75, C100), N nothing (food,
hot drinks, services, cocktails).

render(till, key, measure, vintage, text, zfam) -> label
read_back(till, label) -> (measure, vintage)
"""
import hashlib
import re
import unicodedata

TILLS = ("comptoir", "tablette", "z")

# --- comptoir: the bar's keyboard register ----------------------------------------------
# The barman named every key himself, the SIZE WORD FIRST, then his own shorthand, then the
# vintage in two digits; the register keeps 18 columns and cuts the rest (mid-word, mid-number).
COMPTOIR_WIDTH = 18
COMPTOIR_MEAS = {
    "B": "BTL", "H": "1/2", "M": "MAG", "G": "VRE", "G15": "VR15", "P25": "1/4", "P50": "PICH",
    "CP": "CPE", "D": "DOSE", "D2": "2CL", "DE": "DEMI", "PI": "PINTE", "C33": "33CL",
    "C25": "25CL", "C50": "50CL", "C75": "75CL", "C100": "1L", "N": "",
}

# --- tablette: the waiters' tablet in the dining room -------------------------------------
# Catalogue typed by the owner from her wine list: mixed case, accents, producer often in
# capitals, a four-digit vintage; the till appends the chosen option after " | ".
TABLETTE_OPT = {
    "B": "Bouteille", "H": "Demi-bouteille", "M": "Magnum", "G": "Verre", "G15": "Verre 15cl",
    "P25": "Carafe 25cl", "P50": "Carafe 50cl", "CP": "Coupe", "D": "Dose", "D2": "Dose 2cl",
    "DE": "Demi", "PI": "Pinte", "C33": "33cl", "C25": "25cl", "C50": "50cl", "C75": "75cl",
    "C100": "1L", "N": "",
}

# --- z: the daily Z report "ventes par article", printed 44 columns wide ---------------------
# PLU (4 digits), family code and a dot, the back-office designation in capitals with a
# two-digit vintage, cut at 22 columns and padded; the unit column (5); the unit price
# right-aligned on 6 with a decimal comma.
Z_DESIG = 22
Z_UNIT = {
    "B": "BTLE", "H": "1/2B", "M": "MAGN", "G": "VERR", "G15": "V15", "P25": "CAR25",
    "P50": "CAR50", "CP": "COUPE", "D": "DOSE", "D2": "DOS2", "DE": "DEMI", "PI": "PINTE",
    "C33": "33CL", "C25": "25CL", "C50": "50CL", "C75": "75CL", "C100": "1L", "N": "UNITE",
}
Z_FAMILIES = ("BLC", "RGE", "ROS", "BUL", "LIQ", "APE", "DIG", "BIE", "SOF", "CHD", "CUI", "DIV")
Z_RE = re.compile(r"^(\d{4}) ([A-Z]{3})\.(.{22}) (.{5}) ([ \d]{2}\d,\d\d)$")

# price ranges (euros, in 50-cent steps) by unit
PRICE = {
    "B": (24, 95), "H": (14, 45), "M": (55, 190), "G": (5, 12), "G15": (6, 14), "P25": (8, 14),
    "P50": (14, 26), "CP": (7, 12), "D": (5, 14), "D2": (2, 4), "DE": (3, 5), "PI": (6, 9),
    "C33": (3, 7), "C25": (3, 5), "C50": (3, 5), "C75": (6, 14), "C100": (5, 7),
}
PRICE_N = {"CUI": (7, 32), "CHD": (2, 5), "DIV": (1, 15), "SOF": (2, 4), "APE": (5, 12),
           "BIE": (3, 7), "DIG": (6, 12), "BLC": (5, 9), "RGE": (5, 9), "ROS": (5, 9),
           "BUL": (7, 12), "LIQ": (7, 12)}


def ascii_caps(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("Œ", "OE").replace("œ", "oe").replace("'", " ").replace("’", " ")
    s = s.upper()
    return re.sub(r" +", " ", s).strip()


def _h(*parts):
    return int(hashlib.sha256("|".join(str(p) for p in parts).encode("utf-8")).hexdigest(), 16)


def z_family(fields):
    cat, col = fields["category"], fields["colour"]
    if cat == "champagne" or col == "effervescent":
        return "BUL"
    if cat == "vin":
        return {"blanc": "BLC", "rouge": "RGE", "rosé": "ROS", "liquoreux": "LIQ"}[col]
    return {"autre": "APE", "spiritueux": "DIG", "bière": "BIE", "soft": "SOF"}[cat]


def render(till, key, measure, vintage, text, zfam):
    """zfam: the Z family code (from the drink, or given for a non-library line)."""
    yy = "" if vintage is None else " %02d" % (vintage % 100)
    if till == "comptoir":
        m = COMPTOIR_MEAS[measure]
        full = ascii_caps(((m + " ") if m else "") + text) + yy
        return full[:COMPTOIR_WIDTH].rstrip()
    if till == "tablette":
        s = text + ("" if vintage is None else " %d" % vintage)
        opt = TABLETTE_OPT[measure]
        return s + (" | " + opt if opt else "")
    if till == "z":
        desig = (ascii_caps(text) + yy)[:Z_DESIG].rstrip()
        plu = 1000 + _h("plu", key, measure, text, vintage) % 9000
        lo, hi = PRICE_N[zfam] if measure == "N" else PRICE[measure]
        cents = (lo * 100) + 50 * (_h("prix", key, measure, text, vintage) % ((hi - lo) * 2 + 1))
        price = "%d,%02d" % (cents // 100, cents % 100)
        return "%04d %s.%-22s %-5s %6s" % (plu, zfam, desig, Z_UNIT[measure], price)
    raise ValueError(till)


def _yy(tok):
    if re.fullmatch(r"\d\d", tok):
        n = int(tok)
        return 2000 + n if n <= 30 else 1900 + n
    return None


def read_back(till, label):
    """(measure, vintage) as a reader of the printed label sees them."""
    if till == "comptoir":
        toks = label.split(" ")
        inv = {v: k for k, v in COMPTOIR_MEAS.items() if v}
        meas = inv.get(toks[0], "N")
        v = _yy(toks[-1]) if len(toks) > 1 else None
        return meas, v
    if till == "tablette":
        name, _, opt = label.partition(" | ")
        inv = {v: k for k, v in TABLETTE_OPT.items() if v}
        meas = inv[opt] if opt else "N"
        last = name.split(" ")[-1]
        v = int(last) if re.fullmatch(r"(19|20)\d\d", last) else None
        return meas, v
    if till == "z":
        m = Z_RE.match(label)
        if not m:
            raise ValueError("bad z line: %r" % label)
        inv = {v: k for k, v in Z_UNIT.items()}
        meas = inv[m.group(4).strip()]
        toks = m.group(3).rstrip().split(" ")
        v = _yy(toks[-1]) if len(toks) > 1 else None
        return meas, v
    raise ValueError(till)
