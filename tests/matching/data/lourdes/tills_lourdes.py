"""The three tills' rendering habits and how each prints a vintage and a measure."""
import hashlib
import re
import unicodedata


def h(s, n):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest(), 16) % n


def ascii_caps(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")
    s = s.replace("'", " ").replace("-", " ").replace("°", "")
    return " ".join(s.upper().split())


# ---------- bar: the hotel bar's register (capitals, department codes, 5-letter words, 26 columns)
BAR_WIDTH = 26
BAR_WORD = 5
BAR_MEAS = {"B": "BT", "B75": "BT", "B37": "1/2", "B150": "MAG", "B50": "50CL", "B33": "33CL",
            "B25": "25CL", "B20": "20CL", "B100": "1L", "B70": "70CL", "GL": "VRE", "GL12": "V12",
            "GL15": "V15", "CP": "CP", "P25": "P25", "P50": "P50", "DOSE": "DOSE", "D2": "2CL",
            "D4": "4CL", "D6": "6CL", "DEMI": "DEMI", "PINTE": "PINTE"}
VIN_DEPT = {"rouge": "V1", "blanc": "V2", "rosé": "V3", "liquoreux": "V4", "effervescent": "V5"}


def bar_dept(drink):
    if drink is None:
        return None
    cat, col, app, fmt = drink["category"], drink["colour"], drink["appellation"], drink["format_cl"]
    if cat == "vin":
        return VIN_DEPT[col]
    if cat == "champagne":
        return "V5"
    if cat == "spiritueux":
        return "S1" if app and "Armagnac" in app else "S2"
    if cat == "autre":
        return "S3"
    if cat == "bière":
        return "B1" if fmt >= 1000 else "B2"
    return "D2" if drink["name"] in ("Evian", "Badoit", "Perrier", "San Pellegrino") else "D1"


def bar_render(dept, meas, vintage, text):
    words = []
    for w in ascii_caps(text).split():
        words.append(w if any(c.isdigit() for c in w) else w[:BAR_WORD])
    parts = [dept] + ([BAR_MEAS[meas]] if meas else []) + words
    if vintage is not None:
        parts.append("%02d" % (vintage % 100))
    line = " ".join(parts)[:BAR_WIDTH].rstrip()
    toks = line.split()
    if len(toks[-1]) == 1 and toks[-1].isdigit():
        line = " ".join(toks[:-1])
    return line


def bar_vintage(label):
    toks = label.split()
    if toks[0].startswith("V") and re.fullmatch(r"\d\d", toks[-1]):
        yy = int(toks[-1])
        return 2000 + yy if yy < 40 else 1900 + yy
    return None


# ---------- tablette: the restaurant's tablet, seasonal staff typing in their own language
STAFF = {"en": ["Emma", "Liam"], "es": ["Lucía", "Iker"], "it": ["Giulia", "Matteo"], "fr": ["Manon", "Théo"]}
TAB_MEAS = {
    "en": {"B": "bottle", "B37": "half bottle", "B150": "magnum", "GL": "glass", "CP": "flute",
           "P25": "carafe 25cl", "P50": "carafe 50cl", "DOSE": "shot", "D4": "4cl", "DEMI": "half pint",
           "PINTE": "pint", "GL15": "large glass 15cl"},
    "es": {"B": "botella", "B37": "media botella", "B150": "mágnum", "GL": "copa", "CP": "copa",
           "P25": "jarra 25cl", "P50": "jarra 50cl", "DOSE": "chupito", "D4": "4cl", "DEMI": "caña",
           "PINTE": "jarra 50cl", "GL15": "copa 15cl"},
    "it": {"B": "bottiglia", "B37": "mezza bottiglia", "B150": "magnum", "GL": "calice", "CP": "flûte",
           "P25": "caraffa 25cl", "P50": "caraffa 50cl", "DOSE": "bicchierino", "D4": "4cl",
           "DEMI": "spina 25cl", "PINTE": "spina 50cl", "GL15": "calice 15cl"},
    "fr": {"B": "bouteille", "B37": "demi-bouteille", "B150": "magnum", "GL": "verre", "CP": "coupe",
           "P25": "pichet 25cl", "P50": "pichet 50cl", "DOSE": "dose", "D4": "4cl", "DEMI": "demi",
           "PINTE": "pinte", "GL15": "verre 15cl"},
}
TAB_BOTTLE_VOL = {"B20": "20cl", "B25": "25cl", "B33": "33cl", "B50": "50cl", "B70": "70cl", "B100": "1L"}


def tab_render(lang, meas, vintage, text):
    staff = STAFF[lang][h(text + lang, 2)]
    table = 1 + h(text + str(meas) + str(vintage), 38)
    if meas in TAB_BOTTLE_VOL:
        mw = TAB_MEAS[lang]["B"] + " " + TAB_BOTTLE_VOL[meas]
    else:
        mw = TAB_MEAS[lang].get(meas, "") if meas else ""
    body = " ".join(x for x in (mw, text, str(vintage) if vintage else "") if x)
    return "T%02d %s: %s" % (table, staff, body)


def tab_vintage(label):
    m = re.search(r"(?<![\d.])((?:19|20)\d\d)(?![\d.])", label.split(": ", 1)[1])
    return int(m.group(1)) if m else None


# ---------- groupes: the half-board / tour-operator billing export (semicolon columns)
GROUPS = ["PEL-KRAKOW-0412", "PEL-DUBLIN-0419", "TO-VIAGGI-SACRI-0503", "PEL-VALENCIA-0510",
          "TO-JOIE-ET-FOI-0524", "PEL-MILANO-0607", "TO-CATHOLIC-TRAVEL-0614", "UNITALSI-0621"]
GRP_MEAS = {"B37": "BT37", "B150": "BT150", "B50": "BT50", "B33": "BT33", "B25": "BT25", "B20": "BT20",
            "B100": "BT100", "B70": "BT70", "B75": "BT75", "GL": "VR", "GL12": "VR12", "GL15": "VR15",
            "CP": "CP", "P25": "PI25", "P50": "PI50", "DOSE": "DS", "D2": "DS2", "D4": "DS4", "D6": "DS6",
            "DEMI": "PR25", "PINTE": "PR50"}


# base unit price in cents by unit code (the group contract's tariff); a hash of the line adds up to 60 %
GRP_BASE_PRICE = {"BT75": 2200, "BT37": 1400, "BT150": 5200, "BT50": 2600, "BT33": 350, "BT25": 350, "BT20": 350,
                  "BT100": 450, "BT70": 4500, "VR": 550, "VR12": 550, "VR15": 650, "CP": 900, "PI25": 900, "PI50": 1600,
                  "DS": 700, "DS2": 350, "DS4": 700, "DS6": 600, "PR25": 400, "PR50": 750, "PERS": 2500, "NUIT": 250,
                  "FORF": 8000}


def grp_render(unit_code, meas, vintage, text, drink):
    if meas == "B":
        unit = "BT75" if drink is None or drink["category"] in ("vin", "champagne") else "BT%g" % drink["format_cl"]
    elif meas:
        unit = GRP_MEAS[meas]
    else:
        unit = unit_code
    key = text + unit + str(vintage)
    contract = ["DP", "PC", "EXT"][h(key, 3)] if unit not in ("PERS", "NUIT") else ["DP", "PC"][h(key, 2)]
    group = GROUPS[h(key + "g", len(GROUPS))]
    room = "MASTER" if unit in ("PERS", "FORF") or h(key + "r", 5) == 0 else "%d%02d" % (1 + h(key + "f", 4), 1 + h(key + "n", 30))
    qty = 1 + h(key + "q", 6 if unit.startswith("BT") else 12)
    if unit == "PERS":
        qty = 20 + h(key + "q", 30)
    base = GRP_BASE_PRICE[unit]
    price = base + 10 * h(key + "p", base * 6 // 100 + 1)
    return "%s;%s;%s;%d;%s;%s;%s;%d.%02d" % (contract, group, room, qty, text, vintage or "", unit,
                                              price // 100, price % 100)


def grp_vintage(label):
    v = label.split(";")[5]
    return int(v) if v else None
