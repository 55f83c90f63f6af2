"""The three tills' rendering habits, and how each reads a vintage and a measure back.

P  the bar's cash register, captured from its thermal printer's data stream: upper case,
   accented letters DROPPED (the printer's code page has none, so the capture box never
   sees them), name field cut at 20 columns and padded, one blank, the price in 6 columns.
F  the Nuits de Nacre festival stand's rented tablet: Title Case names as the volunteers
   typed them (accents kept), the button name cut at 22 characters, then the volume in
   litres with a decimal comma in brackets, `(0,12 L)`; non-drinks `(1 u)`.
W  the dining room's phone app: the waiters' own dotted abbreviations in lower case,
   the vintage as `'19`, then a comma and the variant (`btl`, `vr`, `pich.25`...).
"""
import hashlib
import re

P_WIDTH = 20
F_WIDTH = 22

# measure code -> (kind, volume cl or None)   kind: bottle | pour | unit | none
MEASURES = {
    "btl": ("bottle", None), "u": ("bottle", None), "1/2": ("bottle", 37.5), "mag": ("bottle", 150),
    "b50": ("bottle", 50), "b33": ("bottle", 33), "b25": ("bottle", 25), "vr": ("pour", 12.5), "vr12": ("pour", 12), "vr15": ("pour", 15),
    "p25": ("pour", 25), "p50": ("pour", 50), "dose": ("pour", 4), "d2": ("pour", 2),
    "flute": ("pour", 12.5), "demi": ("pour", 25), "pinte": ("pour", 50), "x": ("none", None),
}

P_WORDS = {"btl": "", "u": "", "1/2": "1/2", "mag": "MAG", "b50": "50CL", "b33": "33CL", "b25": "25CL", "vr": "VRE",
           "vr12": "VRE12", "vr15": "VRE15", "p25": "P25", "p50": "P50", "dose": "DOSE",
           "d2": "DOSE2", "flute": "FLUTE", "demi": "DEMI", "pinte": "PINTE", "x": ""}
W_WORDS = {"btl": "btl", "u": "u", "1/2": "1/2 btl", "mag": "mag.", "b50": "btl 50", "b33": "33cl", "b25": "25cl",
           "vr": "vr", "vr12": "vr12", "vr15": "vr15", "p25": "pich.25", "p50": "pich.50",
           "dose": "dose", "d2": "dose 2", "flute": "flute", "demi": "demi", "pinte": "pinte",
           "x": "u"}
P_READ = {v: k for k, v in P_WORDS.items() if v}
W_READ = {v: k for k, v in W_WORDS.items() if k not in ("u", "x")}
F_POURS = (2, 4, 12, 12.5, 15, 25, 50)


def _h(*parts):
    return int(hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:8], 16)


PRICE_RANGE = {"btl": (18, 58), "b33": (3, 5), "b25": (3, 5), "1/2": (12, 28), "mag": (48, 110), "b50": (26, 48),
               "vr": (4, 8), "vr12": (4, 7), "vr15": (5, 9), "p25": (7, 13), "p50": (12, 22),
               "dose": (4, 9), "d2": (3, 6), "flute": (8, 12), "demi": (3, 4), "pinte": (6, 8),
               "u": (3, 5), "x": (2, 9), "cheap": (9, 18)}


def price(text, measure, cheap=False):
    lo, hi = PRICE_RANGE["cheap" if cheap and measure == "btl" else measure]
    steps = int((hi - lo) * 2) + 1
    return "%d,%02d" % divmod((lo * 2 + _h(text, measure) % steps) * 50, 100)


def litres(vol):
    s = ("%.3f" % (vol / 100.0)).rstrip("0").rstrip(".")
    return s.replace(".", ",") + " L"


def render(till, text, measure, vintage, fmt_cl, cheap=False):
    """fmt_cl: the volume of a bottle measure on this drink (F prints every volume)."""
    if till == "P":
        s = " ".join(w for w in (P_WORDS[measure], text.upper(),
                                 "%02d" % (vintage % 100) if vintage else "") if w)
        s = "".join(c for c in s if ord(c) < 128)          # the code page has no accents
        s = s[:P_WIDTH].rstrip()
        return s.ljust(P_WIDTH) + " " + price(text, measure, cheap).rjust(6)
    if till == "F":
        s = (text + (" %d" % vintage if vintage else ""))[:F_WIDTH].rstrip()
        kind, vol = MEASURES[measure]
        if kind == "none":
            return s + " (1 u)"
        return "%s (%s)" % (s, litres(vol if vol is not None else fmt_cl))
    if till == "W":
        s = text + (" '%02d" % (vintage % 100) if vintage else "")
        return s + ", " + W_WORDS[measure]
    raise ValueError(till)


def read_back(till, label):
    """(vintage or None, measure code or None, volume cl or None) as the label prints them."""
    if till == "P":
        name = label[:P_WIDTH].rstrip()
        toks = name.split()
        vin = None
        if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
            v = int(toks[-1])
            vin = 1900 + v if v > 30 else 2000 + v
        meas = P_READ.get(toks[0]) if toks else None
        return vin, meas, None
    if till == "F":
        m = re.fullmatch(r"(.*) \((.*)\)", label)
        name, vol = m.group(1), m.group(2)
        vin = None
        for t in name.split():
            if re.fullmatch(r"(19[5-9]\d|20[0-3]\d)", t):
                vin = int(t)
        if vol == "1 u":
            return vin, "x", None
        v = float(vol[:-2].replace(",", ".")) * 100
        v = round(v, 1)
        return vin, None, (int(v) if v == int(v) else v)
    if till == "W":
        name, meas = label.rsplit(", ", 1)
        m = re.search(r" '(\d\d)$", name)
        vin = None
        if m:
            v = int(m.group(1))
            vin = 1900 + v if v > 30 else 2000 + v
        return vin, W_READ.get(meas, "u" if meas == "u" else None), None
    raise ValueError(till)
