"""The three tills' habits: how a keyed product becomes a label, and how the label is read back."""
import hashlib
import re
import unicodedata

CUT_TPE = 18


def h(s, n):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest(), 16) % n


def ascii_(s):
    s = s.replace("Œ", "OE").replace("œ", "oe").replace("’", "'")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


# ---------------- ipad: the bar's iPad till, items created by three bartenders over the years
EMOJI = {"r": "🍷", "w": "🍷", "b": "🍾", "e": "🍺", "s": "🥃", "o": "🥤", "f": "🍽️", "c": "☕", "k": "🍸", "x": ""}
MOD_L = {"vr": "Verre", "vr12": "Verre 12cl", "vr15": "Verre 15cl", "cp": "Coupe", "p25": "Pichet 25cl",
         "p50": "Pichet 50cl", "btl": "Bouteille", "half": "Demi-bouteille", "mag": "Magnum", "demi": "Demi",
         "pinte": "Pinte", "dose": "Dose", "dose2": "Dose 2cl", "c33": "Bouteille 33cl", "c75": "Bouteille 75cl",
         "clav": "Clavelin", "bare": None}
MOD_M = {"vr": "VRE", "vr12": "VRE 12CL", "vr15": "VRE 15CL", "cp": "COUPE", "p25": "PICH 25", "p50": "PICH 50",
         "btl": "BTLE", "half": "1/2 BTLE", "mag": "MAG", "demi": "DEMI", "pinte": "PINTE", "dose": "DOSE",
         "dose2": "DOSE 2CL", "c33": "33CL", "c75": "75CL", "clav": "CLAVELIN", "bare": None}
MOD_J = {"vr": "glass", "vr12": "glass 12cl", "vr15": "glass 15cl", "cp": "coupe", "p25": "carafe 25cl",
         "p50": "carafe 50cl", "btl": "bottle", "half": "half bottle", "mag": "magnum", "demi": "half pint",
         "pinte": "pint", "dose": "shot", "dose2": "shot 2cl", "c33": "bottle 33cl", "c75": "bottle 75cl",
         "clav": "clavelin", "bare": None}
MODS = {"L": MOD_L, "M": MOD_M, "J": MOD_J}


def render_ipad(creator, text, measure, vintage, fam):
    if creator == "L":
        item = (EMOJI[fam] + " " if EMOJI[fam] else "") + text + (" %d" % vintage if vintage else "")
    elif creator == "M":
        item = ascii_(text).upper() + (" '%02d" % (vintage % 100) if vintage else "")
    else:
        item = ascii_(text).lower() + (" %02d" % (vintage % 100) if vintage else "")
    mod = MODS[creator][measure] if measure else None
    return item + (" / " + mod if mod else "")


def read_ipad(label):
    """-> (creator, measure, vintage, item)"""
    item, mod = ([*label.rsplit(" / ", 1), None])[:2]
    measure = None
    for _c, table in MODS.items():
        for m, w in table.items():
            if w is not None and w == mod:
                measure = m
    if mod is not None and measure is None:
        raise ValueError(f"unknown modifier {mod!r}")
    if measure is None:
        measure = "bare"
    m = re.search(r" (\d{4})$", item)
    if m and not item.isascii():
        return "L", measure, int(m.group(1)), item
    if item.isascii() and item == item.upper() and re.search(r"[A-Z]", item):
        m = re.search(r" '(\d\d)$", item)
        return "M", measure, (2000 + int(m.group(1)) if m else None), item
    if item.isascii() and item == item.lower():
        m = re.search(r" (\d\d)$", item)
        return "J", measure, (2000 + int(m.group(1)) if m else None), item
    m = re.search(r" (\d{4})$", item)
    return "L", measure, (int(m.group(1)) if m else None), item


# ---------------- tpe: the card terminal's itemised receipt export
PRE_T = {"vr": "VR", "vr12": "VR12", "vr15": "VR15", "cp": "CP", "p25": "P25", "p50": "P50", "btl": "BT",
         "half": "1/2", "mag": "MG", "demi": "DM", "pinte": "PT", "dose": "SH", "dose2": "SH2", "c33": "33CL",
         "c75": "75CL", "clav": "CLAV", "bare": ""}
PRICE_BASE = {"vr": 700, "vr12": 650, "vr15": 850, "cp": 1100, "p25": 1200, "p50": 2200, "btl": 4200,
              "half": 2400, "mag": 9000, "demi": 400, "pinte": 750, "dose": 900, "dose2": 500, "c33": 600,
              "c75": 4200, "clav": 6500, "bare": 450}


def render_tpe(text, measure, vintage):
    pre = PRE_T[measure]
    field = ((pre + " ") if pre else "") + ascii_(text).upper() + (" %02d" % (vintage % 100) if vintage else "")
    full = field
    field = field[:CUT_TPE].rstrip()
    cents = PRICE_BASE[measure] + 50 * h(text + measure, 12)
    qty = 2 if h(text + "q" + measure, 7) == 0 else 1
    return "%d x %s %d.%02d EUR" % (qty, field, cents // 100, cents % 100), field != full


TPE_RE = re.compile(r"^([1-9]) x (.{1,18}) (\d+\.\d\d) EUR$")


def read_tpe(label):
    m = TPE_RE.match(label)
    if not m:
        raise ValueError("tpe form")
    field = m.group(2)
    first = field.split(" ")[0]
    measure = "bare"
    for k, p in PRE_T.items():
        if p and first == p:
            measure = k
    mv = re.search(r" (\d\d)$", field)
    return measure, (2000 + int(mv.group(1)) if mv else None), field


# ---------------- shop: the cellar shop's e-commerce order lines (title - variant, SKU first)
SIZE_S = {"btl": "75 cl", "half": "37,5 cl", "mag": "Magnum 150 cl", "case6": "Caisse 6 × 75 cl",
          "clav": "Clavelin 62 cl", "c20": "20 cl", "c33": "33 cl", "c50": "50 cl", "c70": "70 cl",
          "c100": "1 L", "bare": None}
SKU_FAM = {"vin": "VIN", "champagne": "VIN", "spiritueux": "SPI", "autre": "SPI", "bière": "BIE", "soft": "SFT"}


def render_shop(text, measure, vintage, fam, in_title):
    size = SIZE_S[measure]
    if size is None:
        variant = "Default Title"
        title = text + (" %d" % vintage if vintage else "")
    elif in_title:
        variant = size
        title = text + (" %d" % vintage if vintage else "")
    else:
        variant = ("%d / " % vintage if vintage else "") + size
        title = text
    sku = "%s-%04d" % (fam, h(title + variant, 10000))
    return f"[{sku}] {title} - {variant}"


SHOP_RE = re.compile(r"^\[([A-Z]{3})-(\d{4})\] (.+) - (.+)$")


def read_shop(label):
    m = SHOP_RE.match(label)
    if not m:
        raise ValueError("shop form")
    fam, title, variant = m.group(1), m.group(3), m.group(4)
    measure = "bare"
    for k, s in SIZE_S.items():
        if s is not None and variant.endswith(s) and (variant == s or variant.endswith(" / " + s)):
            measure = k
    vins = re.findall(r"\b((?:19|20)\d\d)\b", variant if variant != "Default Title" else "")
    vins += re.findall(r"\b((?:19|20)\d\d)$", title)
    return fam, measure, (int(vins[0]) if vins else None), title, variant
