"""The three tills of "Le Moulin du Vizézy": how each renders a sale, and how the measure
and the vintage are read back from the rendered label."""
import hashlib
import re
import unicodedata

TILLS = ("comptoir", "tablette", "export")


def ascii_(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


# ---- comptoir: the bar's cash register -------------------------------------------------
# ASCII capitals; the measure code first; the name; the vintage as two digits; the whole
# label cut at 18 columns (mid-word if need be), trailing blanks dropped.
CPT_WIDTH = 18
CPT_CODE = {"BT": "BT", "HB": "1/2", "MG": "MG", "VR": "VR", "CP": "CP", "P25": "P25",
            "P50": "P50", "POT": "POT", "DOS": "DOS", "DEM": "DEM", "PIN": "PIN",
            "B33": "33CL", "B25": "25CL", "B50": "50CL", "B100": "1L", "B70": "70CL"}
CPT_READ = {v: k for k, v in CPT_CODE.items()}
CPT_VOL = {"VR": 12.5, "CP": 12.5, "P25": 25, "P50": 50, "POT": 46}
CPT_WINE = ("BT", "HB", "MG", "VR", "CP", "P25", "P50", "POT")

# ---- tablette: the waiters' handheld ---------------------------------------------------
# The catalogue article in sentence case (first letter capital, accents kept), a 4-digit
# vintage where the owner typed one, then " - " and the option in lower case. Never cut.
TAB_OPT = {"BT": "bouteille", "HB": "demi-bouteille", "MG": "magnum", "VR": "verre",
           "CP": "coupe", "P25": "pichet 25cl", "P50": "pichet 50cl", "POT": "pot 46cl",
           "DOS": "dose", "DEM": "demi", "PIN": "pinte", "B33": "33cl", "B25": "25cl",
           "B50": "50cl", "B100": "1l", "B70": "70cl"}
TAB_READ = {v: k for k, v in TAB_OPT.items()}
TAB_VOL = {"VR": 12.5, "CP": 12.5, "P25": 25, "P50": 50, "POT": 46}

# ---- export: the back office's sales export ---------------------------------------------
# FAMILY;code;designation;serving;price  -- designation ASCII mixed case, vintage last,
# cut at 30 characters; serving with its volume; price with a decimal comma.
EXP_WIDTH = 30
EXP_SERV = {"BT": "BTL 75cl", "HB": "BTL 37,5cl", "MG": "BTL 150cl", "VR": "VERRE 12cl",
            "CP": "COUPE 12cl", "P25": "PICHET 25cl", "P50": "PICHET 50cl",
            "POT": "POT 46cl", "DOS": "DOSE 4cl", "DEM": "DEMI 25cl", "PIN": "PINTE 50cl",
            "B33": "BTL 33cl", "B25": "BTL 25cl", "B50": "BTL 50cl", "B100": "BTL 1L",
            "B70": "BTL 70cl", "-": "UNITE"}
EXP_READ = {v: k for k, v in EXP_SERV.items()}
EXP_VOL = {"VR": 12, "CP": 12, "P25": 25, "P50": 50, "POT": 46}
EXP_FAMILIES = ("VINS ROUGES", "VINS BLANCS", "VINS ROSES", "BULLES", "PRESSION", "BIERES",
                "APERITIFS", "DIGESTIFS", "SOFTS", "CUISINE", "DESSERTS",
                "BOISSONS CHAUDES", "DIVERS")
# base price (euros) by serving, for the hash-made prices
EXP_BASE = {"BT": 24, "HB": 14, "MG": 52, "VR": 4.5, "CP": 6, "P25": 7, "P50": 12,
            "POT": 11, "DOS": 4, "DEM": 3, "PIN": 5.5, "B33": 3.5, "B25": 3, "B50": 3,
            "B100": 4.5, "B70": 40, "-": 6}

VOL = {"comptoir": CPT_VOL, "tablette": TAB_VOL, "export": EXP_VOL}


def family(drink, meas):
    cat, col = drink["category"], drink["colour"]
    if cat == "champagne" or col == "effervescent":
        return "BULLES"
    if cat == "vin":
        return {"rouge": "VINS ROUGES", "blanc": "VINS BLANCS", "rosé": "VINS ROSES",
                "liquoreux": "VINS BLANCS"}[col]
    if cat == "bière":
        return "PRESSION" if meas in ("DEM", "PIN") else "BIERES"
    return {"autre": "APERITIFS", "spiritueux": "DIGESTIFS", "soft": "SOFTS"}[cat]


def _h(s):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest(), 16)


def render(till, meas, vintage, text, fam=None):
    """-> (label, vintage kept on the label or None, cut: bool)"""
    if till == "comptoir":
        name = ascii_(text).upper()
        full = " ".join(([CPT_CODE[meas]] if meas != "-" else []) + [name]
                        + (["%02d" % (vintage % 100)] if vintage else []))
        lab = full[:CPT_WIDTH].rstrip()
        cut = len(full) > CPT_WIDTH
        return lab, cpt_read(lab)[1], cut
    if till == "tablette":
        t = text.lower()
        if vintage:
            t = t.replace("{v}", str(vintage)) if "{v}" in t else t + " " + str(vintage)
        t = t[0].upper() + t[1:]
        lab = t + (" - " + TAB_OPT[meas] if meas != "-" else "")
        return lab, tab_read(lab)[1], False
    if till == "export":
        d = ascii_(text) + (" %d" % vintage if vintage else "")
        des = d[:EXP_WIDTH].rstrip()
        cut = len(d) > EXP_WIDTH
        h = _h(ascii_(text) + "|" + meas)
        code = "%05d" % (10000 + _h(ascii_(text)) % 90000)
        price = EXP_BASE[meas] * (1 + (h % 60) / 100.0)
        price = round(price * 10) / 10.0
        ptxt = ("%.2f" % price).replace(".", ",")
        lab = ";".join([fam, code, des, EXP_SERV[meas], ptxt])
        return lab, exp_read(lab)[1], cut
    raise ValueError(till)


def cpt_read(lab):
    toks = lab.split()
    meas = CPT_READ.get(toks[0], "-")
    v = None
    if meas in CPT_WINE and len(toks) >= 3 and re.fullmatch(r"\d\d", toks[-1]):
        v = 2000 + int(toks[-1])
    return meas, v


def tab_read(lab):
    meas = "-"
    prod = lab
    if " - " in lab:
        prod, opt = lab.rsplit(" - ", 1)
        meas = TAB_READ[opt]
    m = re.findall(r"\b(19\d\d|20\d\d)\b", prod)
    return meas, (int(m[-1]) if m else None)


def exp_read(lab):
    f = lab.split(";")
    meas = EXP_READ[f[3]]
    m = re.search(r" (19\d\d|20\d\d)$", f[2])
    return meas, (int(m.group(1)) if m else None)


def read(till, lab):
    return {"comptoir": cpt_read, "tablette": tab_read, "export": exp_read}[till](lab)
