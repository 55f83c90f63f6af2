"""The three tills' rendering habits. Each render(i, text, meas, vint) -> label string."""
import hashlib
import re
import unicodedata


def h(s, n):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest()[:8], 16) % n


def ascii_up(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")
    return s.upper()


def price(text, meas):
    base = {"BT": 24, "HALF": 15, "MAG": 55, "VR": 4, "VR15": 5, "P25": 6, "P50": 11, "Q": 6,
            "BOL": 3, "FL": 8, "CP": 8, "DS": 6, "DS2": 3, "DS6": 5, "DEMI": 3, "PINTE": 6}
    return base.get(meas, 3) + h(text + str(meas), 25) / 10.0


# ---- caisse: the bar's old register (12-column keys, dots for spaces, journal line)
CAISSE_MEAS = {"HALF": "1/2", "MAG": "MAG", "VR": "VR", "VR15": "VR15", "P25": "P25", "P50": "P50",
               "Q": "P25", "BOL": "BOL", "FL": "FLT", "CP": "CP", "DS": "DS", "DS2": "DS2",
               "DS6": "DS6", "DEMI": "DEM", "PINTE": "PT"}
CAISSE_SIZE = {"S25": "25CL", "S33": "33CL", "S50": "50CL", "S70": "70CL", "S75": "75CL", "S100": "1L"}


def caisse(i, text, meas, vint):
    parts = []
    if meas in CAISSE_MEAS:
        parts.append(CAISSE_MEAS[meas])
    parts.append(ascii_up(text).replace(" ", ".").replace("'", "").replace("-", "."))
    if meas in CAISSE_SIZE:
        parts.append(CAISSE_SIZE[meas])
    if vint:
        parts.append("%02d" % (vint % 100))
    key = ".".join(parts)[:12].rstrip(".")
    q = 1 + h(text + "q", 3) if h(text, 4) == 0 else 1
    tot = ("%.2f" % (q * price(text, meas))).replace(".", ",")
    return "%-12s %dX%7s" % (key, q, tot)


# ---- groupes: the coach-group menu billing terminal
CARS = ["C03 Paroisse Cholet", "C07 Pèlerinage Vendée", "C11 ND Kraków", "C12 Diocèse Lyon",
        "C14 Parrocchia Bergamo", "C18 Tours Mayenne", "C21 Knock Pilgrims", "C05 Sanctuaires Voyages"]
MENUS = ["Menu Petite Thérèse", "Menu Pèlerin", "Menu Carmel", "Menu Pays d'Auge", "Menu Enfant"]
GROUPES_MEAS = {"BT": "btl", "HALF": "1/2 btl", "MAG": "magnum", "S25": "btl 25cl", "S33": "btl 33cl",
                "S50": "btl 50cl", "S70": "btl 70cl", "S75": "btl 75cl", "S100": "btl 1L",
                "VR": "verre", "VR15": "verre 15cl", "P25": "pichet 25cl", "P50": "pichet 50cl",
                "Q": "1/4 vin", "BOL": "bolée", "FL": "flûte", "CP": "coupe", "DS": "dose",
                "DS2": "dose 2cl", "DS6": "verre 6cl", "DEMI": "demi", "PINTE": "pinte"}


def groupes(i, text, meas, vint):
    car = CARS[h(text, len(CARS))]
    menu = MENUS[h(text + "m", 4)] if "enfant" not in text.lower() and "sirop" not in text.lower() \
        and "jus" not in text.lower() else MENUS[4]
    mode = "inclus" if meas in ("Q", "P25", "P50", "BOL") or "café" in text.lower() else "suppl."
    q = [1, 1, 2, 3, 4, 6, 12, 24][h(text + "n", 8)]
    body = text if meas is None else GROUPES_MEAS[meas] + " " + text
    if vint:
        body += " %d" % vint
    return "%s > %s > %s > %d x %s" % (car, menu, mode, q, body)


# ---- cahier: the cashier's handwritten notebook, retyped the next morning
CAHIER_MEAS = {"BT": ("bout.", "bout."), "HALF": ("demi-bout.", "demi-bout."), "MAG": ("mag.", "mag."),
               "VR": ("verre", "verres"), "VR15": ("grand verre", "grands verres"),
               "P25": ("pichet 25", "pichets 25"), "P50": ("pichet 50", "pichets 50"),
               "Q": ("quart", "quarts"), "BOL": ("bolée", "bolées"), "FL": ("flûte", "flûtes"),
               "CP": ("coupe", "coupes"), "DS": ("dose", "doses"), "DS2": ("petite dose", "petites doses"),
               "DS6": ("verre 6cl", "verres 6cl"), "DEMI": ("demi", "demis"), "PINTE": ("pinte", "pintes")}
CAHIER_SIZE = {"S25": "25cl", "S33": "33cl", "S50": "50cl", "S70": "70cl", "S75": "75cl", "S100": "1L"}


def cahier(i, text, meas, vint):
    day = 1 + h(text + "d", 28)
    month = 5 + h(text + "mo", 6)
    q = [1, 1, 1, 2, 2, 3, 4][h(text + "n", 7)]
    if meas in CAHIER_MEAS:
        body = "%d %s %s" % (q, CAHIER_MEAS[meas][q > 1], text)
    elif meas in CAHIER_SIZE:
        body = "%d bout. %s %s" % (q, text, CAHIER_SIZE[meas])
    else:
        body = "%d %s" % (q, text)
    if vint:
        body += " %d" % vint
    p = ("%.2f" % (q * price(text, meas))).replace(".", ",").replace(",00", "")
    return "%02d/%02d %s %s€" % (day, month, body, p)


RENDER = {"caisse": caisse, "groupes": groupes, "cahier": cahier}


def read_vintage(conn, label):
    """The vintage a reader finds on the rendered label (same rule as check_lisieux.py)."""
    if conn == "caisse":
        toks = label[:12].rstrip().split(".")
        t = toks[-1]
        if len(toks) > 1 and re.fullmatch(r"\d\d", t):
            y = int(t)
            return 2000 + y if y < 30 else 1900 + y
        return None
    if conn == "groupes":
        m = re.search(r" ((?:19|20)\d\d)$", label)
        return int(m.group(1)) if m else None
    m = re.search(r" ((?:19|20)\d\d) [\d,]+€$", label)
    return int(m.group(1)) if m else None
