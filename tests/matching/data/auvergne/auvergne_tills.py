"""The three tills of the buron and how each renders a product.

A spec is what the staff typed: (key, measure, vintage, text[, family, reason]). `measure`
is one of the internal codes below; `text` is the button's name as typed on that till (the
till does its own case and accent handling). On the register a `|` in the text marks the
end of the words that identify the drink: the cut must keep them (the build refuses a
button whose cut would take more).
"""

import hashlib
import unicodedata

# volume in cl of each pour; None for a bottle
POUR_CL = {"vre": 12.5, "vre15": 15, "p25": 25, "p50": 50, "cp": 12.5, "dose": 4,
           "2cl": 2, "6cl": 6, "demi": 25, "pinte": 50}
BOTTLE_CL = {"b25": 25, "b33": 33, "b50": 50, "b70": 70, "b75": 75, "b100": 100}
DRAUGHT = {"demi", "pinte"}
MEASURES = {"", "btl", "half", "mag"} | set(POUR_CL) | set(BOTTLE_CL)

# ---------------------------------------------------------------- C: the counter register
C_WIDTH = 18
C_TOKEN = {"": "", "btl": "", "half": "1/2", "mag": "MAG", "vre": "VRE", "vre15": "V15",
           "p25": "P25", "p50": "P50", "cp": "CP", "dose": "DOSE", "2cl": "2CL",
           "6cl": "6CL", "demi": "DEMI", "pinte": "PINTE", "b25": "25CL", "b33": "33CL",
           "b50": "50CL", "b70": "70CL", "b75": "75CL", "b100": "1L"}
C_FAMILIES = {"AUV", "STP", "AVY", "ROA", "LOI", "RHO", "BUL", "APE", "LIQ", "EDV", "BIE",
              "PRE", "EAU", "SFT", "CAF", "CUI", "FRO", "DIV"}

# ---------------------------------------------------------------- H: the terrace handheld
H_TOKEN = {"btl": "btl", "half": "dbtl", "mag": "mag", "vre": "vr", "vre15": "vr15",
           "p25": "pich25", "p50": "pich50", "cp": "cp", "dose": "dose", "2cl": "2cl",
           "6cl": "6cl", "demi": "demi", "pinte": "pinte", "b25": "25", "b33": "33",
           "b50": "50", "b70": "70", "b75": "75", "b100": "1l"}

# ---------------------------------------------------------------- Z: the daily Z report
Z_SERVING = {"btl": "bouteille 75 cl", "half": "demi-bouteille 37,5 cl",
             "mag": "magnum 150 cl", "vre": "verre 12,5 cl", "vre15": "verre 15 cl",
             "p25": "pichet 25 cl", "p50": "pichet 50 cl", "cp": "coupe",
             "dose": "dose 4 cl", "2cl": "dose 2 cl", "6cl": "dose 6 cl",
             "demi": "demi pression 25 cl", "pinte": "pinte pression 50 cl",
             "b25": "bouteille 25 cl", "b33": "bouteille 33 cl", "b50": "bouteille 50 cl",
             "b70": "bouteille 70 cl", "b75": "bouteille 75 cl", "b100": "bouteille 100 cl"}
Z_FAMILY = {"AUV": "VINS D'AUVERGNE", "STP": "SAINT-POURÇAIN", "AVY": "VINS DE L'AVEYRON",
            "ROA": "CÔTE ROANNAISE & FOREZ", "LOI": "LOIRE & RHÔNE", "RHO": "LOIRE & RHÔNE",
            "BUL": "BULLES", "APE": "APÉRITIFS", "LIQ": "LIQUEURS", "EDV": "EAUX-DE-VIE",
            "BIE": "BIÈRES BOUTEILLE", "PRE": "BIÈRES PRESSION", "EAU": "EAUX MINÉRALES",
            "SFT": "SOFTS", "CAF": "BOISSONS CHAUDES", "CUI": "CUISINE", "FRO": "FROMAGES",
            "DIV": "DIVERS"}
Z_OTHER_SERVING = {"portion", "unité", "assiette", "forfait", "pot", "tasse"}


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("'", "").replace("’", "").replace("-", " ")
    return " ".join(s.upper().split())


def h64(*parts):
    return int(hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:12], 16)


def render_c(family, measure, vintage, text):
    """Counter register: FAM/ + measure + name + yy, cut hard at 18 columns."""
    keep = text.split("|")[0]
    name = ascii_upper(text.replace("|", ""))
    parts = [C_TOKEN[measure], name, "" if vintage is None else "%02d" % (vintage % 100)]
    full = family + "/" + " ".join(p for p in parts if p)
    label = full[:C_WIDTH].rstrip()
    must = family + "/" + " ".join(p for p in [C_TOKEN[measure], ascii_upper(keep)] if p)
    if not label.startswith(must.rstrip()):
        raise ValueError("register cut takes identifying words: %r -> %r" % (full, label))
    return label


def render_h(measure, vintage, text):
    """Terrace handheld: lower case as typed, yy, then /measure glued at the end."""
    out = text
    if vintage is not None:
        out += " %02d" % (vintage % 100)
    if measure:
        out += "/" + H_TOKEN[measure]
    return out


def z_price(measure, key_text):
    h = h64("price", key_text, measure)
    lo, hi = {"btl": (24, 58), "half": (14, 26), "mag": (52, 96), "vre": (4, 8),
              "vre15": (5, 9), "p25": (8, 12), "p50": (14, 22), "cp": (6, 9),
              "dose": (4, 8), "2cl": (3, 5), "6cl": (4, 6), "demi": (3, 5),
              "pinte": (6, 8), "b70": (38, 64), "b75": (5, 9), "b25": (3, 5),
              "b33": (4, 6), "b50": (3, 5), "b100": (4, 6), "=unité": (2, 8),
              "=tasse": (3, 5), "=forfait": (8, 15), "=portion": (12, 18),
              "=assiette": (14, 22)}[measure]
    steps = int((hi - lo) * 2) + 1
    return lo * 100 + (h % steps) * 50


def euro(cents):
    return "%d,%02d" % (cents // 100, cents % 100)


def render_z(family, measure, vintage, text):
    """Daily Z report line: Zddd · dd/mm · FAMILY · Article yyyy · serving · qté n · CA x €."""
    h = h64("z", text, measure, vintage)
    day = h % 62                      # 1 July .. 31 August, the summer estive
    date = "%02d/07" % (day + 1) if day < 31 else "%02d/08" % (day - 30)
    znum = "Z%03d" % (181 + day)
    qty = 1 + (h >> 8) % 24
    article = text + ("" if vintage is None else " %d" % vintage)
    serving = measure if measure.startswith("=") else Z_SERVING[measure]
    serving = serving.lstrip("=")
    ca = qty * z_price(measure, text)
    return "%s · %s · %s · %s · %s · qté %d · CA %s €" % (
        znum, date, Z_FAMILY[family], article, serving, qty, euro(ca))
