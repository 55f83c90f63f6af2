"""How each of Le Buron's three tills prints a product (stdlib only, deterministic)."""
import hashlib

# measure code -> (kind, cl). kind: bottle (the entry's format is cl), pour (cl from the
# ordinary bottle), keg (cl from the keg), or item (no drink: food, services).
MEASURES = {
    "btl": ("bottle", 75), "half": ("bottle", 37.5), "mag": ("bottle", 150),
    "s25": ("bottle", 25), "s33": ("bottle", 33), "s50": ("bottle", 50), "s70": ("bottle", 70),
    "s75": ("bottle", 75), "s100": ("bottle", 100),
    "vr": ("pour", 12.5), "cp": ("pour", 12.5), "p25": ("pour", 25), "p50": ("pour", 50),
    "dose": ("pour", 4), "2cl": ("pour", 2), "6cl": ("pour", 6),
    "demi": ("keg", 25), "pinte": ("keg", 50),
    "portion": ("item", None), "unite": ("item", None), "forfait": ("item", None), "tasse": ("item", None),
}

# --- bar: the old register at the counter -----------------------------------------------
BAR_WIDTH = 20
BAR_MOD = {"btl": "", "half": "1/2", "mag": "MAG", "s25": "25", "s33": "33", "s50": "50",
           "s70": "70", "s75": "75", "s100": "1L", "vr": "VR", "cp": "CP", "p25": "P25",
           "p50": "P50", "dose": "DOSE", "2cl": "2CL", "6cl": "6CL", "demi": "DEMI",
           "pinte": "PINT", "portion": "", "unite": "", "forfait": "", "tasse": ""}
WINE_FAMS = ("RG", "BL", "RS", "BU", "LQ")
BAR_FAMS = (*WINE_FAMS, "AP", "DG", "WH", "PR", "BI", "CI", "SO", "EA", "CH", "CU", "FR", "DV")


def bar_family(fam, meas):
    if fam == "BE":
        return "PR" if MEASURES[meas][0] == "keg" else "BI"
    return fam


def render_bar(fam, meas, vintage, text):
    """FAM-NAME YY cut at 20 columns, then ' *MOD' (the modifier key, never cut).
    Returns (label, cut_ok): cut_ok is False if the cut reached before the '|' marker."""
    ident = text.split("|")[0]
    full = fam + "-" + text.replace("|", "")
    if vintage is not None:
        full += " %02d" % (vintage % 100)
    cut = full[:BAR_WIDTH].rstrip()
    ok = "|" not in text or len(fam) + 1 + len(ident) <= len(cut)
    mod = BAR_MOD[meas]
    return cut + (" *" + mod if mod else ""), ok


# --- appli: the waiters' phone app ---------------------------------------------------------
APP_MEAS = {"btl": "bout", "half": "1/2 bout", "mag": "mag", "s25": "25cl", "s33": "33cl",
            "s50": "50cl", "s70": "70cl", "s75": "75cl", "s100": "1l", "vr": "verre",
            "cp": "coupe", "p25": "pot 25", "p50": "pot 50", "dose": "dose", "2cl": "2cl",
            "6cl": "6cl", "demi": "demi", "pinte": "pinte", "portion": "", "unite": "",
            "forfait": "", "tasse": ""}

PRICES = {  # euros, lo..hi in 50-cent steps
    "btl": (24, 58), "half": (14, 30), "mag": (52, 96), "s25": (3, 5), "s33": (3.5, 6.5),
    "s50": (3, 6), "s70": (45, 90), "s75": (9, 16), "s100": (4, 7), "vr": (4, 9), "cp": (7, 12),
    "p25": (7, 13), "p50": (12, 22), "dose": (5, 12), "2cl": (3, 5), "6cl": (4, 6.5),
    "demi": (3, 4.5), "pinte": (6, 8.5), "portion": (4, 22), "unite": (3, 9), "forfait": (10, 90),
    "tasse": (2, 4.5),
}


def _h(*parts):
    return int(hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest(), 16)


DEAR = {"s50": (28, 45), "s70": (45, 90)}  # a 50 cl sweet wine


def price(meas, key, wine=False):
    lo, hi = DEAR[meas] if wine and meas in DEAR else PRICES[meas]
    steps = int((hi - lo) * 2)
    return lo + (_h("prix", meas, key) % (steps + 1)) / 2


def fmt_app_price(p):
    return ("%d" % p if p == int(p) else "%.1f" % p) + "e"


def render_app(meas, vintage, text, wine=False):
    m = APP_MEAS[meas]
    body = (m + " " if m else "") + text
    if vintage is not None:
        body += " %02d" % (vintage % 100)
    return body + " - " + fmt_app_price(price(meas, text, wine))


# --- compta: the accountant's monthly export -----------------------------------------------
COMPTA_UNIT = {"btl": "BOUT 75", "half": "DEMI-BOUT 37,5", "mag": "MAGNUM 150", "s25": "BOUT 25",
               "s33": "BOUT 33", "s50": "BOUT 50", "s70": "BOUT 70", "s75": "BOUT 75",
               "s100": "BOUT 100", "vr": "VERRE 12,5", "cp": "COUPE 12,5", "p25": "PICHET 25",
               "p50": "PICHET 50", "dose": "DOSE 4", "2cl": "DOSE 2", "6cl": "DOSE 6",
               "demi": "DEMI 25", "pinte": "PINTE 50", "portion": "PORTION", "unite": "UNITE",
               "forfait": "FORFAIT", "tasse": "TASSE"}
ACCOUNTS = {"RG": "707110", "BL": "707110", "RS": "707110", "BU": "707110", "LQ": "707110",
            "AP": "707130", "DG": "707130", "WH": "707130", "BE": "707120", "PR": "707120",
            "BI": "707120", "CI": "707120", "SO": "707140", "EA": "707140", "CH": "706200",
            "CU": "706100", "FR": "706100", "DV": "706300"}


def render_compta(fam, meas, vintage, text):
    h = _h("compta", meas, text, vintage)
    month = "2024-%02d" % (1 + h % 12)
    kind = MEASURES[meas][0]
    qmax = 12 if kind == "bottle" else 60
    qty = 1 + (h // 12) % qmax
    p = price(meas, text, fam in WINE_FAMS)
    amount = ("%.2f" % (qty * p)).replace(".", ",")
    return ";".join([month, ACCOUNTS[fam], text, "" if vintage is None else str(vintage),
                     COMPTA_UNIT[meas], str(qty), amount])
