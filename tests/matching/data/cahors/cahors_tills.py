"""The three tills of "Le Pont Valentré": how each renders what was keyed, and how each
label is read back (measure and vintage). Deterministic: codes and prices come from SHA-256."""
import hashlib
import re
import unicodedata

BAR_WIDTH = 18      # the old register's name field
LIV_WIDTH = 40      # the platform's item field

# measure keys used in the case modules
BAR_CODES = {"btl": "BTL", "half": "1/2", "mag": "MAG", "glass": "VR", "glass15": "VR15",
             "p25": "P25", "p50": "P50", "dose": "DOSE", "cl2": "2CL", "demi": "DEMI",
             "pinte": "PINTE"}
TAB_WORDS = {"btl": "btl", "half": "½ btl", "mag": "mag", "glass": "verre",
             "glass15": "verre 15cl", "p25": "pichet 25cl", "p50": "pichet 50cl",
             "dose": "dose 4cl", "demi": "demi", "pinte": "pinte"}


def h(*parts):
    return int(hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest(), 16)


def ascii_(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def fmt_cl(v):
    return str(int(v)) if float(v).is_integer() else str(v).replace(".", ",")


# ---------- bar: the old register at the zinc ----------
def render_bar(measure, vintage, text):
    name = ascii_(text).upper().replace("'", " ").replace("-", " ")
    name = re.sub(r"\s+", " ", name).strip()
    full = name + (" M%02d" % (vintage % 100) if vintage else "")
    field = full[:BAR_WIDTH].rstrip()
    cut = vintage is not None and not field.endswith(" M%02d" % (vintage % 100))
    if measure is None:
        code = None
    elif measure.startswith("cl"):
        code = measure[2:] + "CL"
        if measure == "cl2":
            code = "2CL"
    else:
        code = BAR_CODES[measure]
    return (field + (" /" + code if code else "")), cut


def read_bar(label):
    if " /" in label:
        field, code = label.rsplit(" /", 1)
    else:
        field, code = label, None
    m = re.search(r" M(\d\d)$", field)
    vintage = 2000 + int(m.group(1)) if m else None
    return field, code_to_measure(code), vintage


def code_to_measure(code):
    if code is None:
        return None
    table = {"BTL": ("btl", None), "1/2": ("bottle", 37.5), "MAG": ("bottle", 150),
             "VR": ("pour", 12.5), "VR15": ("pour", 15), "P25": ("pour", 25),
             "P50": ("pour", 50), "DOSE": ("pour", 4), "2CL": ("pour", 2),
             "DEMI": ("draught", 25), "PINTE": ("draught", 50)}
    if code in table:
        return table[code]
    m = re.fullmatch(r"(\d+)CL", code)
    if m:
        return ("bottle", float(m.group(1)))
    raise ValueError("bar code " + code)


# ---------- tablette: the waiters' tablet ----------
PRICE = {"btl": (24, 70), "half": (14, 30), "mag": (58, 120), "glass": (5, 9),
         "glass15": (6, 10), "p25": (8, 12), "p50": (14, 20), "dose": (5, 12),
         "demi": (3, 5), "pinte": (6, 8), "cl": (3, 6), None: (4, 24)}


def render_tab(measure, vintage, text):
    if measure is None:
        word = None
    elif measure.startswith("cl"):
        word = measure[2:] + "cl"
    else:
        word = TAB_WORDS[measure]
    x = h("tab", text, measure, vintage)
    table = 1 + (x >> 16) % 24
    if "@" in text:                                   # a fixed price on the menu
        text, fixed = text.split("@")
        cents = round(float(fixed) * 100)
    else:
        kind = measure
        if measure and measure.startswith("cl"):
            kind = "btl" if int(measure[2:]) >= 50 and vintage else "cl"
        lo, hi = PRICE[kind]
        cents = 50 * (lo * 2 + x % ((hi - lo) * 2 + 1))   # half-euro steps
    parts = ["T%02d" % table, text]
    if vintage:
        parts.append(str(vintage))
    if word:
        parts.append("(%s)" % word)
    parts.append("%d,%02d €" % (cents // 100, cents % 100))
    return " ".join(parts), False


TAB_RE = re.compile(r"^T(\d\d) (.+?)(?: ((?:19|20)\d\d))?(?: \(([^)]+)\))? (\d+),(\d\d) €$")


def read_tab(label):
    m = TAB_RE.match(label)
    if not m:
        raise ValueError("tablette form: " + label)
    text, vint, word = m.group(2), m.group(3), m.group(4)
    return text, word_to_measure(word), (int(vint) if vint else None)


def word_to_measure(word):
    if word is None:
        return None
    table = {"btl": ("btl", None), "½ btl": ("bottle", 37.5), "mag": ("bottle", 150),
             "verre": ("pour", 12.5), "verre 15cl": ("pour", 15),
             "pichet 25cl": ("pour", 25), "pichet 50cl": ("pour", 50),
             "dose 4cl": ("pour", 4), "demi": ("draught", 25), "pinte": ("draught", 50)}
    if word in table:
        return table[word]
    m = re.fullmatch(r"(\d+)cl", word)
    if m:
        return ("bottle", float(m.group(1)))
    raise ValueError("tablette word " + word)


# ---------- livraison: the delivery / takeaway platform's order export ----------
LIV_FAMILY = {"rouge": "Vin Rouge", "blanc": "Vin Blanc", "rosé": "Vin Rose",
              "effervescent": "Bulles", "liquoreux": "Vin Doux", "spiritueux": "Digestif",
              "autre": "Aperitif", "bière": "Biere", "soft": "Boisson"}


def render_liv(measure, vintage, text, drink=None, vol=None):
    """text is the item name; for a library drink the platform puts its family first."""
    if drink is not None:
        fam = LIV_FAMILY[drink["colour"] or drink["category"]]
        item = fam + " - " + text
    else:
        item = text
    item = ascii_(item)
    # (the width is enforced by the slice below)
    item = item[:LIV_WIDTH].rstrip()
    fmt = (fmt_cl(vol) + "cl") if vol else ""
    mill = str(vintage) if vintage else ("NM" if vol else "")
    cmd = 100000 + h("cmd", text, measure, vintage) % 900000
    sku = "PV%04d" % (h("sku", text, vol) % 10000)
    return "cmd=%d;sku=%s;item=%s;fmt=%s;mill=%s" % (cmd, sku, item, fmt, mill), False


def read_liv(label):
    f = dict(kv.split("=", 1) for kv in label.split(";"))
    fmt = f["fmt"]
    meas = ("bottle", float(fmt[:-2].replace(",", "."))) if fmt else None
    v = int(f["mill"]) if re.fullmatch(r"\d{4}", f["mill"]) else None
    return f["item"], meas, v


READERS = {"bar": read_bar, "tablette": read_tab, "livraison": read_liv}
