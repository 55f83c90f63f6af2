"""The three tills' rendering habits and their reading of measure and vintage from a label."""
import hashlib
import re
import unicodedata

NAMES = ("pms", "piscine", "banquets")


def h(*parts):
    return int(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest(), 16)


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return s.upper().replace("'", " ").replace("’", " ").replace("-", " ")


# ---------------------------------------------------------------- pms
PMS_PREFIX = {"btl": "BTL", "half": "1/2", "mag": "MAG", "jero": "JERO", "glass": "VRE", "g15": "VRE15",
              "p50": "PICH50", "p25": "PICH25", "coupe": "CP", "dose": "4CL", "d2": "2CL", "demi": "DEMI",
              "pinte": "PINTE", "b33": "33CL", "b25": "25CL", "b20": "20CL", "b50": "50CL", "b100": "1L",
              "b355": "35.5CL", "b70": "70CL"}
PMS_WINE = ("btl", "half", "mag", "jero", "glass", "g15", "p50", "p25", "coupe")
PMS_READ = {v: k for k, v in PMS_PREFIX.items()}
# PMS revenue codes by department only (all wines share one code, so the code never tells a colour)
PMS_TRN = {"CH": 5100, "RG": 5100, "BL": 5100, "RS": 5100, "BI": 5200, "SP": 5300, "AP": 5300, "CK": 5300,
           "SO": 5400, "FD": 4100, "HB": 4200, "SV": 6100, "MB": 6200}
PMS_WIDTH = 22


def pms_render(key, meas, vint, text, fam):
    words = ([PMS_PREFIX[meas]] if meas else []) + ascii_upper(text).split()
    yy = "%02d" % (vint % 100) if vint else None
    full = " ".join(words + ([yy] if yy else []))
    item = full[:PMS_WIDTH]
    cut = len(full) > PMS_WIDTH
    if cut and full[PMS_WIDTH] != " " and item[-1] != " ":
        toks = item.split(" ")
        frag = toks[-1]
        if frag.isdigit() or len(frag) < 3:
            item = " ".join(toks[:-1])
    item = item.rstrip()
    outlet = "RSV" if meas in ("btl", "half", "b33", "b25", "b50", "b100") and h(text, "o") % 4 == 0 else \
        ("BAR" if meas in ("dose", "d2", "demi", "pinte", "coupe", "b20") or fam in ("SP", "AP", "CK") else
         ("MNB" if fam == "MB" else "RST"))
    room = 101 + h(text, meas, vint, "room") % 249
    if room % 100 == 0:
        room += 7
    lo, span = {"btl": (38, 150), "half": (24, 40), "mag": (90, 260), "jero": (280, 400)}.get(meas, (5, 14))
    amount = "%d.%02d" % (lo + h(text, meas, "p") % span, (h(text, "c") % 2) * 50)
    label = "#%03d %s %04d %-22s 1x%8s" % (room, outlet, PMS_TRN[fam], item, amount)
    return label, cut


def pms_read(label):
    item = label[14:36].rstrip()
    toks = item.split()
    meas = PMS_READ.get(toks[0]) if toks else None
    # a vintage only after a wine measure: "2CL PASTIS 51" is no year
    vint = 2000 + int(toks[-1]) if meas in PMS_WINE and len(toks) > 2 and re.fullmatch(r"\d\d", toks[-1]) else None
    return meas, vint


# ---------------------------------------------------------------- piscine (pool bar tablet with modifiers)
FAMWORD = {"RS": "Rosé", "BL": "Blanc", "RG": "Rouge", "CH": "Champagne", "AP": "Apéritif"}
POOL_BUTTON = {"glass": "Verre {f}", "g15": "Verre 15cl {f}", "coupe": "Coupe Champagne", "p25": "Pichet 25cl {f}",
               "p50": "Pichet 50cl {f}", "btl": "Bouteille {f}", "half": "Demi-bouteille {f}", "mag": "Magnum {f}",
               "jero": "Jéroboam {f}", "demi": "Pression 25cl", "pinte": "Pression 50cl", "dose": "{s} 4cl",
               "d2": "{s} 2cl", "b33": "{s} 33cl", "b25": "{s} 25cl", "b20": "{s} 20cl", "b355": "{s} 35,5cl",
               "b50": "{s} 50cl", "b100": "{s} 100cl"}
POOL_SIMPLE = {"BI": "Bière", "SO": "Soft", "SP": "Alcool", "AP": "Apéritif"}
POOL_OTHER = {"FD": "Snacking", "HB": "Boissons chaudes", "CK": "Cocktails", "SV": "Services", "DS": "Glaces"}


def pool_button(meas, fam):
    if not meas:
        return POOL_OTHER[fam]
    if meas == "btl" and fam in POOL_SIMPLE:
        return "Bouteille " + POOL_SIMPLE[fam]
    if meas in ("b50", "b100") and fam == "SO":
        return "Eau " + ("50cl" if meas == "b50" else "100cl")
    return POOL_BUTTON[meas].format(f=FAMWORD.get(fam, ""), s=POOL_SIMPLE.get(fam, "")).strip()


def pool_render(key, meas, vint, text, fam):
    parts = text.split("@")
    option = parts[0] + (" %d" % vint if vint else "")
    lo, span = {"btl": (42, 110), "half": (26, 30), "mag": (95, 160), "jero": (290, 240), "p50": (24, 16),
                "p25": (14, 8), "glass": (8, 9), "coupe": (14, 12)}.get(meas, (5, 10) if meas else (4, 22))
    price = lo + h(text, meas, vint, "pp") % span
    cents = (h(text, "pc") % 2) * 50
    label = " › ".join([pool_button(meas, fam), option, *parts[1:]]) + " = %d,%02d €" % (price, cents)
    return label, False


POOL_READ = [(r"Verre 15cl ", "g15"), (r"Verre ", "glass"), (r"Coupe ", "coupe"), (r"Pichet 25cl", "p25"),
             (r"Pichet 50cl", "p50"), (r"Bouteille ", "btl"), (r"Demi-bouteille ", "half"), (r"Magnum ", "mag"),
             (r"Jéroboam ", "jero"), (r"Pression 25cl", "demi"), (r"Pression 50cl", "pinte"),
             (r"\w+ 4cl$", "dose"), (r"\w+ 2cl$", "d2"), (r"\w+ 33cl$", "b33"), (r"\w+ 25cl$", "b25"),
             (r"\w+ 20cl$", "b20"), (r"\w+ 35,5cl$", "b355"), (r"\w+ 50cl$", "b50"), (r"\w+ 100cl$", "b100")]


def pool_read(label):
    fields = label.rsplit(" = ", 1)[0].split(" › ")
    button = fields[0]
    meas = next((m for rx, m in POOL_READ if re.match(rx, button)), None)
    opt = fields[1] if len(fields) > 1 else ""
    m = re.search(r"\b(19[5-9]\d|20[0-4]\d)$", opt)
    return meas, (int(m.group(1)) if m else None)


# ---------------------------------------------------------------- banquets (events team's BEO export)
EV_UNIT = {"btl": "per bottle", "half": "per half-bottle", "mag": "per magnum", "jero": "per jeroboam",
           "glass": "per glass", "coupe": "per flute", "p50": "per carafe 50cl", "p25": "per carafe 25cl",
           "dose": "per 4cl shot", "d2": "per 2cl shot", "k20": "per keg 20L", "k30": "per keg 30L",
           "case6": "per case of 6", "b33": "per bottle 33cl", "b25": "per bottle 25cl", "b20": "per bottle 20cl",
           "b50": "per bottle 50cl", "b100": "per bottle 1L", "b70": "per bottle 70cl", "b355": "per bottle 35.5cl",
           "demi": "per half-pint 25cl", "pinte": "per pint 50cl"}
EV_READ = {v: k for k, v in EV_UNIT.items()}
EV_TYPES = ["WEDDING", "SEMINAR", "GALA", "COCKTAIL", "BIRTHDAY", "PRIVATE DINNER"]


def ev_render(key, meas, vint, text, fam):
    unit = meas[1:] if meas.startswith("=") else EV_UNIT[meas]
    code = "EVT-0%03d" % (100 + h(text, "ev") % 900)
    typ = EV_TYPES[h(text, meas, "t") % len(EV_TYPES)]
    qty = 1 + h(text, meas, vint, "q") % 24 if meas not in ("k20", "k30") else 1 + h(text, "q") % 3
    item = text + (" %d" % vint if vint else "")
    return "%s %s · %s · %s · qty %d" % (code, typ, item, unit, qty), False


def ev_read(label):
    f = label.split(" · ")
    meas = EV_READ.get(f[2])
    m = re.search(r"\b(19[5-9]\d|20[0-4]\d)$", f[1])
    return meas, (int(m.group(1)) if m else None)


RENDER = {"pms": pms_render, "piscine": pool_render, "banquets": ev_render}
READ = {"pms": pms_read, "piscine": pool_read, "banquets": ev_read}
