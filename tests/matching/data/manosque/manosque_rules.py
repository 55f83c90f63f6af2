"""The bench README's answer rules, applied to a drink key, a measure and the vintage
read back from the rendered label."""
from manosque_drinks import FAMILIES, KEGS

ID_PREFIX = "MNQ"
WINE_CATS = {"vin", "champagne"}

# measure code -> (kind, volume in cl): kind "bottle" (volume None = the ordinary bottle),
# "pour" (a part of the ordinary bottle), "dose" (a part of a spirit's bottle), "keg"
MEASURES = {
    "B": ("bottle", None), "B37": ("bottle", 37.5), "B150": ("bottle", 150),
    "B20": ("bottle", 20), "B25": ("bottle", 25), "B33": ("bottle", 33),
    "B50": ("bottle", 50), "B70": ("bottle", 70), "B100": ("bottle", 100),
    "G": ("pour", 12.5), "CP": ("pour", 12.5), "P25": ("pour", 25), "P50": ("pour", 50),
    "D": ("dose", 4), "D2": ("dose", 2),
    "DEMI": ("keg", 25), "PINTE": ("keg", 50),
    "X": (None, None),
}


def build_library():
    entries, index = [], {}
    n = 0
    for key, (name, producer, app, region, colour, cat, formats) in FAMILIES:
        index[key] = {}
        for fmt, vintages in formats.items():
            index[key][fmt] = []
            for v in sorted(vintages, key=lambda x: (x is None, x)):
                n += 1
                bid = "%s%03d" % (ID_PREFIX, n)
                fmt_out = int(fmt) if float(fmt).is_integer() else fmt
                entries.append({"id": bid, "name": name, "producer": producer,
                                "appellation": app, "region": region, "country": "France",
                                "colour": colour, "category": cat, "vintage": v,
                                "format_cl": fmt_out})
                index[key][fmt].append((v, bid))
    return entries, index


FAM = dict(FAMILIES)


def is_wine(key):
    return FAM[key][5] in WINE_CATS


def ordinary_format(key):
    fmts = [f for f in FAM[key][6] if f not in KEGS]
    if is_wine(key):
        return 75 if 75 in fmts else (fmts[0] if len(fmts) == 1 else None)
    return fmts[0] if len(fmts) == 1 else None


def target_format(key, measure):
    """The format the measure refers to, or None when the library does not hold it."""
    kind, vol = MEASURES[measure]
    fmts = FAM[key][6]
    if kind == "bottle":
        if vol is None:
            f = ordinary_format(key)
            if is_wine(key):
                return 75 if 75 in fmts else None
            return f
        return vol if vol in fmts else None
    if kind in ("pour", "dose"):
        return ordinary_format(key)
    if kind == "keg":
        kegs = [f for f in fmts if f in KEGS]
        return kegs[0] if kegs else None
    return None


def units(measure, fmt):
    kind, vol = MEASURES[measure]
    if kind == "bottle":
        return 1
    u = round(vol / fmt, 4)
    return int(u) if u == int(u) else u


def answer(key, measure, vintage, index):
    """-> (expect, beverage_id, also_ok, units_per_sale)"""
    if key is None:
        return "none", None, [], None
    fmt = target_format(key, measure)
    if fmt is None:
        return "none", None, [], None
    held = index[key][fmt]
    vints = [v for v, _ in held]
    u = units(measure, fmt)
    if vintage is None or vints == [None]:
        best = max(held, key=lambda x: (x[0] or 0))
        return "yes", best[1], [b for v, b in held if b != best[1]], u
    for v, b in held:
        if v == vintage:
            return "yes", b, [], u
    best = min(held, key=lambda x: (abs(x[0] - vintage), -x[0]))
    return "almost", best[1], [b for v, b in held if b != best[1]], u
