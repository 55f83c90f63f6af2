"""The three tills' rendering habits (and how a label is read back)."""
import hashlib
import re

# ---------------------------------------------------------------- caisse
CAISSE_FAMILIES = ["ROU", "BLA", "ROS", "LIQ", "BUL", "PIN", "COG", "APE", "ALC", "PRE", "BIE",
                   "SOF", "CUI", "CAF", "DIV"]
CAISSE_CODES = {"bt": "", "half": "1/2", "mag": "MAG", "b25": "25CL", "b33": "33CL", "b35": "35CL",
                "b50": "50CL", "b70": "70CL", "b100": "1L", "b150": "150CL", "vre": "VRE", "v8": "V8",
                "v12": "V12", "v15": "V15", "p25": "P25", "p50": "P50", "cp": "CP", "d2": "2CL",
                "d4": "4CL", "dose": "DOSE", "demi": "DEMI", "pinte": "PINT", "food": ""}
CAISSE_FIELD = 18


def caisse(fam, text, vintage, meas):
    assert fam in CAISSE_FAMILIES, fam
    assert re.fullmatch(r"[A-Z0-9 ./&]+", text), text
    assert not re.search(r"(^| )\d\d$", text), "name ends in two digits: " + text
    full = text + (" %02d" % (vintage % 100) if vintage else "")
    cut = full[:CAISSE_FIELD].rstrip()
    if cut != full:
        words, fwords = cut.split(" "), full.split(" ")
        last, whole = words[-1], fwords[len(words) - 1]
        if last != whole:
            is_vint = vintage and len(words) == len(fwords) and len(last) == 1
            if not is_vint and len(last) < 4:
                raise ValueError("bad cut %r of %r" % (cut, full))
    code = CAISSE_CODES[meas]
    return fam + cut + (" " + code if code else "")


def caisse_read(label):
    """-> (vintage or None, measure code)."""
    toks = label[3:].split(" ")
    codes = {c for c in CAISSE_CODES.values() if c}
    meas = toks.pop() if toks[-1] in codes and len(toks) > 1 else ""
    v = None
    if re.fullmatch(r"\d\d", toks[-1]):
        n = int(toks[-1])
        v = 2000 + n if n <= 30 else 1900 + n
    return v, meas


# ---------------------------------------------------------------- tablette
TABLETTE_MEAS = {"bt": "Bouteille 75cl", "half": "Demi-bouteille 37,5cl", "mag": "Magnum 150cl",
                 "b25": "Bouteille 25cl", "b33": "Bouteille 33cl", "b35": "Bouteille 35cl",
                 "b50": "Bouteille 50cl", "b70": "Bouteille 70cl", "b100": "Bouteille 1L",
                 "b150": "Bouteille 1,5L", "vre": "Verre 12,5cl", "v8": "Verre 8cl", "v12": "Verre 12cl",
                 "v15": "Verre 15cl", "p25": "Pichet 25cl", "p50": "Pichet 50cl", "cp": "Coupe 12,5cl",
                 "d2": "Dose 2cl", "d4": "Dose 4cl", "dose": "Dose 4cl", "demi": "Demi 25cl",
                 "pinte": "Pinte 50cl"}

# price ranges in cents by measure (the tablet prints the menu price of the line)
PRICE_RANGE = {"bt": (2200, 9500), "half": (1400, 5000), "mag": (6000, 19000), "b25": (350, 650),
               "b33": (380, 750), "b35": (1200, 2500), "b50": (2500, 6000), "b70": (6000, 20000),
               "b100": (450, 700), "b150": (600, 900), "vre": (450, 1200), "v8": (350, 750),
               "v12": (450, 1100), "v15": (550, 1400), "p25": (800, 1600), "p50": (1400, 2800),
               "cp": (800, 1500), "d2": (350, 900), "d4": (600, 1500), "dose": (400, 900),
               "demi": (350, 550), "pinte": (650, 950), "food": (250, 3200)}


def _h(s, lo, hi, step=10):
    n = int(hashlib.sha256(s.encode("utf-8")).hexdigest()[:8], 16)
    return lo + (n % ((hi - lo) // step + 1)) * step


def price(meas, key):
    lo, hi = PRICE_RANGE[meas]
    cents = _h(key, lo, hi)
    return "%d,%02d" % (cents // 100, cents % 100)


def tablette(text, vintage, meas):
    """'=12,50' at the end of the typed text fixes the price (a service at 0,00)."""
    fixed = None
    if "=" in text:
        text, fixed = text.split("=")
    assert not re.search(r"\b(19|20)\d\d\b", text), text
    s = text + (" %d" % vintage if vintage else "")
    if meas != "food":
        s += " [" + TABLETTE_MEAS[meas] + "]"
    return s + " " + (fixed or price(meas, s)) + " €"


def tablette_read(label):
    m = re.fullmatch(r"(.+?)(?: \[([^\]]+)\])? (\d+,\d\d) €", label)
    assert m, label
    name, meas = m.group(1), m.group(2) or ""
    vm = re.search(r" ((?:19|20)\d\d)$", name)
    return (int(vm.group(1)) if vm else None), meas


# ---------------------------------------------------------------- export
def _vol(v):
    if v >= 100:
        s, u = ("%g" % (v / 100)), "l"
    else:
        s, u = ("%g" % v), "cl"
    return s.replace(".", ","), u


def export(text, vintage, meas, vol):
    assert ";" not in text and not re.search(r"\b(19|20)\d\d\b", text), text
    if meas == "food":
        qty = _h(text, 1, 4, 1)
        return "%s;;%d;;pce" % (text, qty)
    vs, u = _vol(vol)
    base = "%s;%s" % (text, vintage or "")
    qty = _h(base + vs, 1, 3 if vol >= 33 else 6, 1)
    return "%s;%d;%s;%s" % (base, qty, vs, u)


def export_read(label):
    f = label.split(";")
    assert len(f) == 5, label
    v = int(f[1]) if f[1] else None
    vol = None
    if f[3]:
        vol = float(f[3].replace(",", ".")) * (100 if f[4] == "l" else 1)
    return v, vol, f[4]
