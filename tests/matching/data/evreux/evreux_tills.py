"""The three tills' rendering habits and how each reads its own vintage back.

Measures (internal): btl, half, mag, gl (12.5 cl), gl15, car25, car50, cp (coupe/flute),
dose (4 cl), d2 (2 cl), c8 (8 cl), demi / pinte (draught), mini (minibar unit), none."""
import hashlib
import re

POUR_CL = {"gl": 12.5, "gl15": 15, "car25": 25, "car50": 50, "cp": 12.5, "dose": 4,
           "d2": 2, "c8": 8}
DRAUGHT_CL = {"demi": 25, "pinte": 50}


def _h(*parts):
    return int(hashlib.sha256("|".join(map(str, parts)).encode("utf-8")).hexdigest(), 16)


def size_txt(size, unit_upper):
    if size >= 100 and size % 100 == 0:
        t = "%dL" % (size // 100)
    elif size >= 100:
        t = ("%g" % (size / 100.0)) + "L"
    else:
        t = ("%g" % size) + "CL"
    return t if unit_upper else t.replace("CL", "cl")


# ---------------------------------------------------------------- BAR
BAR_WIDTH = 18
BAR_CODE = {"btl": "BT", "half": "1/2", "mag": "MAG", "gl": "VRE", "gl15": "V15",
            "car25": "C25", "car50": "C50", "cp": "CP", "dose": "4CL", "d2": "2CL",
            "c8": "8CL", "demi": "DEMI", "pinte": "PINTE", "none": ""}


def render_bar(measure, size, vintage, text, cat=None):
    name = text + (" %02d" % (vintage % 100) if vintage else "")
    name = name[:BAR_WIDTH].rstrip()
    code = size_txt(size, True) if measure in ("btl", "mini") and size else BAR_CODE[measure]
    return (name + " " + code).strip()


def bar_name_field(label):
    toks = label.split(" ")
    if len(toks) > 1 and (toks[-1] in BAR_CODE.values() or re.fullmatch(r"\d+(\.\d+)?CL|\d+L", toks[-1])):
        return " ".join(toks[:-1])
    return label


def read_bar(label):
    toks = bar_name_field(label).split(" ")
    if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
        n = int(toks[-1])
        return 2000 + n if n <= 30 else 1900 + n
    return None


# ---------------------------------------------------------------- SALLE
SALLE_WORD = {"btl": "Btl", "half": "1/2 Btl", "mag": "Magnum", "gl": "Verre",
              "gl15": "Verre 15cl", "car25": "Pichet 25cl", "car50": "Pichet 50cl",
              "cp": "Coupe", "dose": "Dose", "d2": "Dose 2cl", "c8": "Verre 8cl",
              "demi": "Demi", "pinte": "Pinte", "none": ""}
# (lowest price, spread) by measure; bottles by category
PRICE_BASE = {"half": (19, 30), "mag": (85, 110), "gl": (6, 5), "gl15": (7, 5), "car25": (9, 6),
              "car50": (17, 12), "cp": (11, 6), "dose": (8, 8), "d2": (4, 3), "c8": (6, 3),
              "demi": (4, 2), "pinte": (7, 3), "none": (4, 20)}
BOTTLE_BASE = {"vin": (29, 70), "champagne": (65, 90), "soft": (4, 4), "bière": (5, 3),
               "autre": (24, 12), "spiritueux": (70, 50), None: (24, 40)}


def render_salle(measure, size, vintage, text, cat=None):
    parts = [SALLE_WORD[measure], text]
    if measure == "btl" and size:
        parts.append(size_txt(size, False))
    if vintage:
        parts.append("%04d" % vintage)
    h = _h("salle", measure, text, vintage)
    low, spread = BOTTLE_BASE[cat] if measure == "btl" else PRICE_BASE[measure]
    if measure == "btl" and cat == "champagne" and vintage:
        low, spread = 190, 60
    price = low + h % spread
    cents = ("00", "50", "90")[(h >> 8) % 3]
    return " ".join(p for p in parts if p) + " • %d,%s€" % (price, cents)


def read_salle(label):
    body = label.rsplit(" • ", 1)[0]
    m = re.search(r" ((?:19|20)\d\d)$", body)
    return int(m.group(1)) if m else None


# ---------------------------------------------------------------- ETAGE
ETAGE_WIDTH = 34
ETAGE_WORD = {"btl": "BTL", "half": "HALF", "mag": "MAGNUM", "gl": "GLASS", "cp": "FLUTE",
              "dose": "SHOT", "car50": "CARAFE50", "mini": "MINIBAR", "none": ""}


def room(text, measure, vintage=None):
    h = _h("room", text, measure, vintage)
    return "%d%02d" % (1 + h % 3, 1 + (h >> 4) % 24)


def render_etage(measure, size, vintage, text, cat=None):
    parts = [room(text, measure, vintage), ETAGE_WORD[measure], size_txt(size, True) if size else "", text]
    head = " ".join(p for p in parts if p)
    if vintage:
        head += " %04d" % vintage
    return head[:ETAGE_WIDTH].rstrip()


def read_etage(label):
    m = re.search(r" ((?:19|20)\d\d)$", label)
    return int(m.group(1)) if m else None


RENDER = {"BAR": render_bar, "SALLE": render_salle, "ETAGE": render_etage}
READ = {"BAR": read_bar, "SALLE": read_salle, "ETAGE": read_etage}
