"""The three tills' rendering habits, and read_back (what a rendered label says).

A case is (key, measure, vintage, text):
  key      a drink key of pezenas_drinks, or "-" + a short reason for a product that is no
           drink of the library (food, services, generic labels, other cuvées...), or for
           the salle, "-FAMILY reason" naming the tablet family it sits in;
  measure  neutral measure code (see MEASURES) or None (food, services, coffee);
  vintage  the vintage typed (int) or None;
  text     what the staff typed for this till (the till adds measure, vintage, price...).
"""
import hashlib
import unicodedata

# neutral code: (kind, volume in cl or None)
#   kind "bottle": a whole bottle (volume None = the drink's ordinary bottle)
#   kind "pour":   a pour from the ordinary bottle, "draught": from the keg
MEASURES = {
    "B": ("bottle", None), "H": ("bottle", 37.5), "M": ("bottle", 150),
    "S25": ("bottle", 25), "S33": ("bottle", 33), "S50": ("bottle", 50), "S70": ("bottle", 70),
    "S35": ("bottle", 35), "S75": ("bottle", 75), "S100": ("bottle", 100),
    "S300": ("bottle", 300), "S500": ("bottle", 500),
    "N": ("only", None),
    "G": ("pour", 12.5), "G15": ("pour", 15), "C25": ("pour", 25), "C50": ("pour", 50),
    "CP": ("pour", 12.5), "D": ("pour", 4), "D2": ("pour", 2),
    "DE": ("draught", 25), "PI": ("draught", 50),
}

# ---------------------------------------------------------------- helpers

def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("'", " ").replace("’", " ").replace("-", " ")
    return " ".join(s.upper().split())


def _h(text):
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest(), 16)


def fmt_price(cents):
    return f"{cents // 100},{cents % 100:02d}"

# ---------------------------------------------------------------- comptoir
# The bar's old electronic register (a Casio-style keyboard register), read from its
# electronic journal: the key text (16 columns at most, cut mid-word), a space, the
# price with a decimal comma. The modifier key pressed first prints first.
COMPTOIR_WIDTH = 16
COMPTOIR_CODES = {"B": "BTL", "H": "1/2", "M": "MAG", "G": "VRE", "G15": "V15", "C25": "P25",
                  "C50": "P50", "CP": "CP", "D": "DOSE", "D2": "2CL", "DE": "DEMI", "PI": "PINT",
                  "S25": "25CL", "S33": "33CL", "S50": "50CL", "S70": "70CL", "S100": "1L",
                  "N": ""}
COMPTOIR_READ = {v: k for k, v in COMPTOIR_CODES.items() if v}
# price ranges in 10-cent steps, by measure (the bistro's prices)
COMPTOIR_PRICES = {"G": (40, 75), "G15": (50, 90), "C25": (70, 110), "C50": (120, 190),
                   "CP": (80, 130), "D": (40, 100), "D2": (30, 60), "DE": (30, 45),
                   "PI": (60, 85), "B": (220, 680), "H": (140, 300), "M": (520, 1200),
                   "S25": (30, 45), "S33": (30, 50), "S50": (25, 40), "S70": (400, 900),
                   "S100": (45, 65), "N": (28, 50), None: (35, 150)}


def render_comptoir(meas, vintage, text):
    parts = []
    code = COMPTOIR_CODES.get(meas, "") if meas else ""
    if code:
        parts.append(code)
    parts.append(ascii_upper(text))
    if vintage is not None:
        parts.append(f"{vintage % 100:02d}")
    desc = " ".join(parts)[:COMPTOIR_WIDTH].rstrip()
    lo, hi = COMPTOIR_PRICES[meas]
    if meas is None and desc.split()[0] in ("CAFE", "DECA", "THE", "CHOCOLAT", "DIABOLO"):
        lo, hi = 15, 40
    price = (lo + _h("comptoir|" + desc) % (hi - lo + 1)) * 10
    return f"{desc} {fmt_price(price)}"


def read_comptoir(label):
    desc, price = label.rsplit(" ", 1)
    toks = desc.split()
    meas = COMPTOIR_READ.get(toks[0]) if len(toks) > 1 else None
    vintage = None
    if len(toks) > 1 and len(toks[-1]) == 2 and toks[-1].isdigit():
        yy = int(toks[-1])
        vintage = 2000 + yy if yy <= 30 else 1900 + yy
    return {"measure": meas, "vintage": vintage, "desc": desc, "price": price}

# ---------------------------------------------------------------- salle
# The dining room's tablet (a cloud till). Each product sits in a family; the ticket and
# the export print "FAMILY: product" with the family in capitals (accents kept), the
# product as the owner typed it, the vintage in four digits, and the variant (déclinaison)
# chosen by the waiter in brackets. Food, coffee and services have no variant.
SALLE_VARIANTS = {"B": "Bouteille", "H": "1/2 bouteille", "M": "Magnum", "G": "Verre",
                  "G15": "Verre 15cl", "C25": "Carafe 25cl", "C50": "Carafe 50cl",
                  "CP": "Coupe", "D": "Dose", "D2": "Dose 2cl", "DE": "Demi", "PI": "Pinte",
                  "S25": "25cl", "S33": "33cl", "S50": "50cl", "S70": "70cl", "S100": "1L"}
SALLE_READ = {v: k for k, v in SALLE_VARIANTS.items()}
SALLE_FAMILIES = ["ROUGES", "BLANCS", "ROSÉS", "BULLES", "VINS DOUX", "APÉRITIFS",
                  "ALCOOLS", "BIÈRES", "SOFTS", "EAUX", "CUISINE", "DESSERTS", "CAFÉS",
                  "DIVERS"]


def salle_family(drink):
    colour, cat, key = drink["colour"], drink["category"], drink["key"]
    if cat == "champagne" or colour == "effervescent":
        return "BULLES"
    if cat == "vin":
        return {"rouge": "ROUGES", "blanc": "BLANCS", "rosé": "ROSÉS",
                "liquoreux": "VINS DOUX"}[colour]
    if cat == "autre" or key in ("ricard", "p51"):
        return "APÉRITIFS"
    if cat == "spiritueux":
        return "ALCOOLS"
    if cat == "bière":
        return "BIÈRES"
    if key in ("evian", "pellegrino", "perrier"):
        return "EAUX"
    return "SOFTS"


def render_salle(family, meas, vintage, text):
    s = f"{family}: {text}"
    if vintage is not None:
        s += f" {vintage}"
    if meas:
        s += f" ({SALLE_VARIANTS[meas]})"
    return s


def read_salle(label):
    fam, rest = label.split(": ", 1)
    meas = None
    if rest.endswith(")") and " (" in rest and rest[:-1].rsplit(" (", 1)[1] in SALLE_READ:
        rest, var = rest[:-1].rsplit(" (", 1)
        meas = SALLE_READ[var]
    vintage = None
    toks = rest.split()
    if len(toks) > 1 and len(toks[-1]) == 4 and toks[-1].isdigit() and toks[-1][:2] in ("19", "20"):
        vintage = int(toks[-1])
    return {"family": fam, "measure": meas, "vintage": vintage}

# ---------------------------------------------------------------- cave
# The take-away shop corner's till (wine-shop software). Article designations in capitals
# without accents, a three-letter shelf family first, the designation cut at 28 columns
# (family included); then the vintage field (four digits, never cut), the content in
# litres with a decimal comma, the shop price with "€". Épicerie and sundries have no content.
CAVE_WIDTH = 28
# shop prices in whole euros (the till prints ",90"), by shelf family
CAVE_PRICES = {"RGE": (9, 45), "BLC": (9, 32), "RSE": (8, 18), "EFF": (14, 58), "LIQ": (14, 24),
               "APE": (12, 26), "SPI": (24, 72), "BIE": (2, 3), "SFT": (1, 2), "EPI": (3, 11),
               "DIV": (1, 39)}
CAVE_FAMILIES = ["RGE", "BLC", "RSE", "EFF", "LIQ", "APE", "SPI", "BIE", "SFT", "EPI", "DIV"]


def cave_family(drink):
    colour, cat, key = drink["colour"], drink["category"], drink["key"]
    if cat == "champagne" or colour == "effervescent":
        return "EFF"
    if cat == "vin":
        return {"rouge": "RGE", "blanc": "BLC", "rosé": "RSE", "liquoreux": "LIQ"}[colour]
    if cat == "autre" or key in ("ricard", "p51"):
        return "APE"
    return {"spiritueux": "SPI", "bière": "BIE", "soft": "SFT"}[cat]


def litres(cl):
    v = cl / 100
    s = (f"{v:.3f}").rstrip("0").rstrip(".")
    return s.replace(".", ",") + "L"


def read_litres(tok):
    return round(float(tok[:-1].replace(",", ".")) * 100, 1)


def render_cave(family, vol_cl, vintage, text):
    des = (family + " " + ascii_upper(text))[:CAVE_WIDTH].rstrip()
    parts = [des]
    if vintage is not None:
        parts.append(str(vintage))
    if vol_cl is not None:
        parts.append(litres(vol_cl))
    lo, hi = CAVE_PRICES[family]
    if vol_cl is not None and vol_cl >= 150:
        lo, hi = (25, 40) if vol_cl >= 500 else (2 * lo + 5, 2 * hi + 10)
    elif vol_cl is not None and vol_cl < 50 and family == "SPI":
        lo, hi = lo // 2, hi // 2
    euros = lo + _h(f"cave|{des}|{vintage}|{vol_cl}") % (hi - lo + 1)
    parts.append(f"{euros},90€")
    return " ".join(parts)


def read_cave(label):
    toks = label.split()
    price = toks.pop()
    vol = None
    if toks[-1].endswith("L") and toks[-1][:-1].replace(",", "").isdigit():
        vol = read_litres(toks.pop())
    vintage = None
    if len(toks[-1]) == 4 and toks[-1].isdigit():
        vintage = int(toks.pop())
    return {"family": toks[0], "volume": vol, "vintage": vintage,
            "measure": None if vol is None else "V", "price": price}
