"""The bench README's answer rules, applied to what was read back from a rendered label."""
from pontarlier_drinks import DRINKS

KEGS = (2000, 3000)
# measure codes of COMPTOIR and SALLE: (kind, volume in cl or None)
#   kind "fmt": a bottle of that format ("btl" = the drink's ordinary bottle)
#   kind "pour": a glass / carafe / dose / beer measure of that volume
MEASURES = {
    "btl": ("fmt", None), "mag": ("fmt", 150), "half": ("fmt", 37.5), "clav": ("fmt", 62),
    "b25": ("fmt", 25), "b33": ("fmt", 33), "b70": ("fmt", 70), "b100": ("fmt", 100),
    "vre": ("pour", 12.5), "v15": ("pour", 15), "c25": ("pour", 25), "c50": ("pour", 50),
    "dose": ("pour", 4), "demi": ("pour", 25), "pinte": ("pour", 50),
}
WINE_CATS = ("vin", "champagne")


def expand():
    """Library entries in id order, and key -> {format: [(vintage, id)]}."""
    entries, index, n = [], {}, 0
    for key, name, prod, app, reg, country, colour, cat, formats in DRINKS:
        index[key] = {}
        for fmt, vints in formats.items():
            for v in sorted(vints, key=lambda x: x or 0):
                n += 1
                bid = "pq%03d" % n
                entries.append({"id": bid, "name": name, "producer": prod, "appellation": app,
                                "region": reg, "country": country, "colour": colour,
                                "category": cat, "vintage": v, "format_cl": fmt})
                index[key].setdefault(fmt, []).append((v, bid))
    return entries, index


ENTRIES, INDEX = expand()
ROW = {r[0]: r for r in DRINKS}


def category(key):
    return ROW[key][7]


def ordinary(key):
    """The bottle a glass or a bare bottle refers to: 75 cl, else the only non-keg format."""
    fmts = [f for f in INDEX[key] if f not in KEGS]
    if 75 in fmts:
        return 75
    if len(fmts) == 1:
        return fmts[0]
    raise ValueError("no ordinary bottle for %s: %s" % (key, fmts))


def keg(key):
    k = [f for f in INDEX[key] if f in KEGS]
    return k[0] if k else None


def resolve_code(key, code):
    """(format, pour volume or None) or (None, reason) for a measure code."""
    kind, vol = MEASURES[code]
    if kind == "fmt":
        fmt = ordinary(key) if vol is None else vol
        return (fmt, None) if fmt in INDEX[key] else (None, "%s cl not held" % fmt)
    return resolve_pour(key, vol)


def resolve_pour(key, vol):
    if category(key) == "bière":
        k = keg(key)
        return (k, vol) if k else (None, "not on draught")
    return (ordinary(key), vol)


def resolve_volume(key, vol):
    """GESTION: a volume equal to a held bottle is that bottle; 150 / 37.5 / 62 not held is
    none; any other volume is a pour of the ordinary bottle (the keg for a beer)."""
    held = [f for f in INDEX[key] if f not in KEGS]
    if vol in held:
        return (vol, None)
    if vol in (150, 37.5, 62, 75, 70, 100):
        return (None, "%s cl not held" % fmtnum(vol))
    return resolve_pour(key, vol)


def fmtnum(x):
    return ("%g" % x).replace(".", ",")


def answer(key, resolved, vintage):
    """expect, beverage_id, also_ok, units, note-suffix"""
    fmt, pour = resolved
    if fmt is None:
        return "none", None, [], None, pour
    lst = INDEX[key][fmt]
    vints = [v for v, _ in lst]
    units = 1 if pour is None else round(pour / fmt, 4)
    if vints == [None]:
        if vintage is not None:
            raise ValueError("vintage on a non-vintage drink: %s" % key)
        return "yes", lst[0][1], [], units, ""
    ids = dict(lst)
    if vintage is None:
        best = max(vints)
        return "yes", ids[best], [ids[v] for v in sorted(vints) if v != best], units, ""
    if vintage in ids:
        return "yes", ids[vintage], [], units, ""
    best = min(vints, key=lambda v: (abs(v - vintage), -v))
    return ("almost", ids[best], [ids[v] for v in sorted(vints) if v != best], units,
            "label vintage %d not in library, has %s" % (vintage, sorted(vints)))
