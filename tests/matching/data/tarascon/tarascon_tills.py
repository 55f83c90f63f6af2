"""Measures and the three tills' rendering habits (and reading a label back)."""
import hashlib
import re
import unicodedata

# code: (kind, volume_cl, comptoir prefix, comptoir suffix, terrasse suffix, emporter format)
# kind: pour (volume / ordinary bottle), keg (volume / keg), bottle (one bottle of format
# volume_cl), pack6 (six bottles of volume_cl), unit (no measure: food, coffee, mixes).
MEASURES = {
    "V":     ("pour", 12.5, "VRE", None, " - Verre", None),
    "V15":   ("pour", 15, "VRE15", None, " - Verre 15cl", None),
    "CP":    ("pour", 12.5, "COUPE", None, " - Coupe", None),
    "P25":   ("pour", 25, "PICH25", None, " - Pichet 25cl", None),
    "P50":   ("pour", 50, "PICH50", None, " - Pichet 50cl", None),
    "D4":    ("pour", 4, "DOSE", None, " - Dose", None),
    "D2":    ("pour", 2, "2CL", None, " - Dose 2cl", None),
    "DEMI":  ("keg", 25, "DEMI", None, " - Demi", None),
    "PINTE": ("keg", 50, "PINTE", None, " - Pinte", None),
    "BT":    ("bottle", 75, "BTE", None, " - Bouteille", "75CL"),
    "HB":    ("bottle", 37.5, "1/2", None, " - Demi-bouteille", "37,5CL"),
    "MG":    ("bottle", 150, "MAG", None, " - Magnum", "150CL"),
    "B25":   ("bottle", 25, None, "25CL", " 25cl", "25CL"),
    "B33":   ("bottle", 33, None, "33CL", " 33cl", "33CL"),
    "B355":  ("bottle", 35.5, None, "35,5CL", " 35,5cl", "35,5CL"),
    "B50":   ("bottle", 50, None, "50CL", " 50cl", "50CL"),
    "B70":   ("bottle", 70, None, "70CL", " 70cl", "70CL"),
    "B100":  ("bottle", 100, None, "1L", " 1l", "1L"),
    "B150":  ("bottle", 150, None, "1,5L", " 1,5l", "1,5L"),
    "PK6":   ("pack6", 25, None, None, None, "6X25CL"),
    "U":     ("unit", None, None, None, "", None),
}
COMPTOIR_WIDTH = 20
# emporter prices in euros, by (category, measure) or category; None for no drink
PRICE_RANGE = {
    ("vin", "BT"): (12, 60), ("vin", "HB"): (9, 30), ("vin", "MG"): (30, 110),
    ("vin", "B50"): (14, 24), "champagne": (25, 90), "spiritueux": (18, 36), "autre": (12, 24),
    "bière": (2, 4), ("bière", "PK6"): (7, 12), "soft": (1, 4), None: (2, 9),
}
TILLS = ("comptoir", "terrasse", "emporter")


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s.replace("’", "'"))
    return "".join(c for c in s if not unicodedata.combining(c)).upper()


def _h(s):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest(), 16)


def render(till, text, meas, vintage, cat=None):
    """Return (label, cut) where cut is True when the vintage was typed but cut off."""
    kind, vol, cpre, csuf, tsuf, efmt = MEASURES[meas]
    if till == "comptoir":
        parts = ([cpre] if cpre else []) + [ascii_upper(text)]
        if vintage:
            parts.append("%02d" % (vintage % 100))
        if csuf:
            parts.append(csuf)
        full = " ".join(parts)
        label = full[:COMPTOIR_WIDTH].rstrip(" ")
        return label, bool(vintage) and len(full) > COMPTOIR_WIDTH and read_vintage(till, label) is None
    if till == "terrasse":
        if tsuf is None:
            raise ValueError("no terrasse form for %s" % meas)
        return text + (" %d" % vintage if vintage else "") + tsuf, False
    if till == "emporter":
        plu = 3000 + _h("plu|" + text + "|" + meas) % 6000
        lo, hi = PRICE_RANGE.get((cat, meas), PRICE_RANGE.get(cat, (2, 9)))
        price = lo * 100 + _h("prix|" + text + "|" + meas + "|" + str(vintage)) % ((hi - lo) * 100)
        price = price - price % 50 + 40 * (price % 100 >= 50)  # ends in ,00 ,40 ,50 or ,90
        parts = ["%d" % plu, text.upper()]
        if vintage:
            parts.append("%d" % vintage)
        if meas != "U":
            if efmt is None:
                raise ValueError("no emporter form for %s" % meas)
            parts.append(efmt)
        parts.append("%d,%02d" % (price // 100, price % 100))
        return " ".join(parts), False
    raise ValueError(till)


_SIZE = {v[3]: k for k, v in MEASURES.items() if v[3]}
_CPRE = {v[2]: k for k, v in MEASURES.items() if v[2]}
_TSUF = {v[4].strip(" -"): k for k, v in MEASURES.items() if v[4]}
_EFMT = {v[5]: k for k, v in MEASURES.items() if v[5]}


def read_vintage(till, label):
    toks = label.split(" ")
    if till == "comptoir":
        if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]) and int(toks[-1]) <= 30:
            return 2000 + int(toks[-1])
        return None
    if till == "emporter":
        toks = toks[1:-1]
    found = [int(t) for t in toks if re.fullmatch(r"(19|20)\d\d", t)]
    return found[-1] if found else None


def read_measure(till, label):
    toks = label.split(" ")
    if till == "comptoir":
        if toks[0] in _CPRE and len(toks) > 1:
            return _CPRE[toks[0]]
        if toks[-1] in _SIZE:
            return _SIZE[toks[-1]]
        return "U"
    if till == "terrasse":
        if " - " in label:
            return _TSUF.get(label.rsplit(" - ", 1)[1], "?")
        if toks[-1] in _TSUF:
            return _TSUF[toks[-1]]
        return "U"
    if till == "emporter":
        for t in toks[1:-1]:
            if t in _EFMT:
                return _EFMT[t]
        return "U"
    raise ValueError(till)
