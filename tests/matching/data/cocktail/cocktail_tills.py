"""The three tills of Le Fil à Plomb: how each one prints a product.

- caisse: the counter register.  ASCII capitals; a measure code first; the description
  (code, name, two-digit vintage) is cut at 20 columns; then a space and the register's
  VAT status, T1 (20 %: alcohol, services) or T2 (10 %: softs, food, coffee).
- app: the bartenders' tablet app.  Lower-case ASCII English-ish shorthand; the vintage
  as 'yy after the name; the measure in square brackets; a service note in parentheses.
- priva: the events / privatisation export.  [PRIV yy-nnn] booking reference, a
  quantity and a multiplication sign, the serving word, the menu name with accents, a
  four-digit vintage, the volume in parentheses, and the unit price excluding VAT
  ("à 78,00 € HT").

Every number that is not in the spec (quantities, prices, booking references) is
derived from an MD5 of the product text, so the build is the same on every run.
"""
import hashlib
import re
import unicodedata

# measure key -> (kind, volume in cl)
MEAS = {
    "b75": ("bottle", 75), "b37": ("bottle", 37.5), "b150": ("bottle", 150),
    "b300": ("bottle", 300), "b70": ("bottle", 70), "b100": ("bottle", 100),
    "b50": ("bottle", 50), "b33": ("bottle", 33), "b25": ("bottle", 25), "b20": ("bottle", 20),
    "keg30": ("keg", 3000), "keg20": ("keg", 2000),
    "d2": ("pour", 2), "d4": ("pour", 4), "shot": ("pour", 4), "d5": ("pour", 5),
    "dbl": ("pour", 8), "gl": ("pour", 12.5), "gl15": ("pour", 15), "cp": ("pour", 12.5),
    "demi": ("draught", 25), "pinte": ("draught", 50),
}

CAISSE_CODE = {
    "b37": "1/2", "b150": "MAG", "b300": "JERO", "b70": "70CL", "b100": "1L", "b50": "50CL",
    "b33": "33CL", "b25": "25CL", "b20": "20CL", "d2": "2CL", "d4": "4CL", "d5": "5CL",
    "dbl": "DBL", "gl": "VRE", "gl15": "VRE15", "cp": "CP", "demi": "DEMI", "pinte": "PINTE",
}
APP_MEAS = {
    "b37": "half btl", "b150": "mag", "b300": "jero", "b70": "btl 70cl", "b100": "btl 1l",
    "b50": "btl 50cl", "b33": "33cl", "b25": "25cl", "b20": "20cl", "d2": "20ml", "d4": "40ml",
    "shot": "shot", "d5": "50ml", "dbl": "dbl", "gl": "gls", "gl15": "gls 15cl", "cp": "coupe",
    "demi": "draft 25", "pinte": "draft 50",
}
# priva: (serving word, volume printed or None)
PRIVA_MEAS = {
    "b75": ("Bouteille", "75 cl"), "b37": ("Demi-bouteille", "37,5 cl"),
    "b150": ("Magnum", "150 cl"), "b300": ("Jéroboam", "300 cl"), "b70": ("Bouteille", "70 cl"),
    "b100": ("Bouteille", "100 cl"), "b50": ("Bouteille", "50 cl"), "b33": ("Bouteille", "33 cl"),
    "b25": ("Bouteille", "25 cl"), "b20": ("Bouteille", "20 cl"),
    "keg30": ("Fût", "30 L"), "keg20": ("Fût", "20 L"),
    "d2": ("Dose", "2 cl"), "d4": ("Dose", "4 cl"), "d5": ("Dose", "5 cl"),
    "gl": ("Verre", None), "gl15": ("Verre", "15 cl"), "cp": ("Coupe", None),
    "demi": ("Pression", "25 cl"), "pinte": ("Pression", "50 cl"),
}

WIDTH = 20


def md5int(text):
    return int(hashlib.md5(text.encode("utf-8")).hexdigest(), 16)


def yy(vintage):
    return "%02d" % (vintage % 100)


def ascii_fold(text):
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


class CutError(ValueError):
    pass


def cut(desc, vint_token=None, width=WIDTH):
    """The register's fixed field: keep `width` columns, drop trailing blanks.

    The cut may take the vintage off (whole, or leave its first digit) and cut into the
    last word of the name when four letters of it remain; any other cut is refused (the
    staff typed such a button shorter).
    """
    if len(desc) <= width:
        return desc
    out = desc[:width].rstrip()
    base = desc[: -len(vint_token) - 1] if vint_token else desc
    if len(out) >= len(base):
        return out                      # only (part of) the vintage is lost
    rest = base[len(out):]
    if " " in rest or desc[len(out)] == " ":
        raise CutError("cut loses a whole word: %r -> %r" % (desc, out))
    last = out.split(" ")[-1]
    whole = base.split(" ")[-1]
    if not whole.isalpha() or len(last) < 4:
        raise CutError("cut leaves too little of %r: %r" % (whole, out))
    return out


# ---------------------------------------------------------------- rendering

def render_caisse(meas, text, vintage, wine_like, alcoholic):
    code = ("BTL" if wine_like else "75CL") if meas == "b75" else CAISSE_CODE.get(meas, "")
    desc = (code + " " + text) if code else text
    vt = None
    if vintage is not None:
        vt = yy(vintage)
        desc += " " + vt
    assert desc == desc.upper() and desc.isascii(), desc
    return cut(desc, vt) + (" T1" if alcoholic else " T2")


def render_app(meas, text, vintage, mod=None, wine_like=True):
    out = text
    if vintage is not None:
        out += " '" + yy(vintage)
    if meas == "b75":
        out += " [btl]" if wine_like else " [75cl]"
    elif meas:
        out += " [" + APP_MEAS[meas] + "]"
    if mod:
        out += " (" + mod + ")"
    assert out == out.lower() and out.isascii(), out
    return out


def _price(cents):
    euros, c = divmod(cents, 100)
    s = str(euros)
    groups = []
    while len(s) > 3:
        groups.insert(0, s[-3:])
        s = s[:-3]
    groups.insert(0, s)
    return " ".join(groups) + ",%02d" % c


# unit price ranges in euros excluding VAT, per (category, measure); quantities per measure
PRICE = {
    ("vin", "b75"): (34, 96), ("vin", "b37"): (19, 48), ("vin", "b150"): (72, 190),
    ("champagne", "b75"): (62, 140), ("champagne", "b37"): (36, 70),
    ("champagne", "b150"): (130, 260), ("champagne", "b300"): (300, 520),
    ("vin", "gl"): (7, 13), ("vin", "gl15"): (8, 15), ("champagne", "cp"): (10, 17),
    ("spiritueux", "b70"): (90, 290), ("spiritueux", "b100"): (60, 110),
    ("spiritueux", "d2"): (6, 14), ("spiritueux", "d4"): (9, 22), ("spiritueux", "d5"): (10, 24),
    ("bière", "b33"): (5, 8), ("bière", "keg30"): (290, 420), ("bière", "keg20"): (240, 360),
    ("bière", "demi"): (4, 6), ("bière", "pinte"): (7, 10),
    ("soft", "b20"): (4, 6), ("soft", "b25"): (4, 6), ("soft", "b33"): (4, 6),
    ("soft", "b75"): (5, 8),
}
QTY = {"b75": 6, "b37": 4, "b150": 3, "b300": 1, "b70": 2, "b100": 2, "b33": 48, "b20": 40,
       "b25": 30, "b50": 20, "keg30": 1, "keg20": 1, "d2": 20, "d4": 30, "d5": 30, "gl": 40,
       "gl15": 30, "cp": 60, "demi": 40, "pinte": 40}


def priva_numbers(core, meas, category=None, price=None, qty=None):
    h = md5int(core)
    ref = "%02d-%03d" % (24 + h % 2, 1 + (h >> 8) % 180)
    if qty is None:
        qty = 1 + (h >> 20) % QTY.get(meas, 1)
    if price is None:
        lo, hi = PRICE[(category, meas)]
        price = lo * 100 + ((h >> 40) % ((hi - lo) * 4 + 1)) * 25   # quarter-euro steps
    return ref, qty, price


def render_priva(meas, name, vintage, category):
    serving, vol = PRIVA_MEAS[meas]
    core = serving + " " + name
    if vintage is not None:
        core += " %d" % vintage
    if vol:
        core += " (" + vol + ")"
    ref, qty, price = priva_numbers(core, meas, category)
    return "[PRIV %s] %d × %s à %s € HT" % (ref, qty, core, _price(price))


def render_priva_other(text, qty, price_eur):
    ref, qty, price = priva_numbers(text, None, price=round(price_eur * 100), qty=qty)
    return "[PRIV %s] %d × %s à %s € HT" % (ref, qty, text, _price(price))


# ---------------------------------------------------------------- vintages as each till prints them

def _year(two):
    n = int(two)
    return 1900 + n if n >= 31 else 2000 + n


def vintage_caisse(label):
    desc = label.rsplit(" ", 1)[0]
    last = desc.split(" ")[-1]
    return _year(last) if re.fullmatch(r"\d\d", last) else None


def vintage_app(label):
    m = re.search(r"(?<![a-z0-9])'(\d\d)(?![0-9])", label)
    return _year(m.group(1)) if m else None


def vintage_priva(label):
    m = re.search(r" (\d{4})(?: \([^)]*\))? à [0-9 ]+,\d\d € HT$", label)
    if m and 1950 <= int(m.group(1)) <= 2030:
        return int(m.group(1))
    return None


VINTAGE = {"caisse": vintage_caisse, "app": vintage_app, "priva": vintage_priva}
