"""The bench README's answer rules, applied to what the rendered label says.

A measure code (the same for the three tills, each till prints it its own way):
  BT  bottle: a wine's 75 cl, another drink's only format
  DB  half bottle 37.5 cl      MG  magnum 150 cl
  B25 B33 B50 B70 B100  a bottle of that size (beers, softs, spirits)
  VR  glass (12.5 cl)  CP  coupe (12.5 cl)  V15  glass 15 cl  C50  carafe 50 cl
  DS  dose 4 cl  T10  the shop's 10 cl tasting pour
  DM  draught demi 25 cl  PT  draught pinte 50 cl
  None  not a drink (food, service, accessory)
"""

MEASURES = {
    "BT": ("bottle", None), "DB": ("bottle", 37.5), "MG": ("bottle", 150),
    "B25": ("bottle", 25), "B33": ("bottle", 33), "B50": ("bottle", 50),
    "B70": ("bottle", 70), "B100": ("bottle", 100),
    "VR": ("pour", 12.5), "CP": ("pour", 12.5), "V15": ("pour", 15), "C50": ("pour", 50),
    "DS": ("pour", 4), "T10": ("pour", 10),
    "DM": ("draught", 25), "PT": ("draught", 50),
}
WINE_CATS = ("vin", "champagne")


def fmt_key(x):
    return float(x)


def bottle_format(drink, cl):
    """The format a bottle measure asks for, or None when it cannot be said."""
    formats = sorted(drink["formats"])
    if cl is not None:
        return cl
    if drink["category"] in WINE_CATS:
        return 75
    if len(formats) == 1:
        return formats[0]
    return None


def pour_base(drink):
    formats = sorted(drink["formats"])
    if 75 in formats:
        return 75
    if len(formats) == 1:
        return formats[0]
    return None


def pick(entries, vintage):
    """entries: [(vintage, id)] of one wine in one format. Returns (expect, id, also_ok, why)."""
    vints = sorted(v for v, _ in entries if v is not None)
    ids = dict(entries)
    if not vints:
        (v0, i0), = entries
        return "yes", i0, [], ""
    if vintage is None:
        best = vints[-1]
        return "yes", ids[best], [ids[v] for v in vints if v != best], ""
    if vintage in ids:
        return "yes", ids[vintage], [], ""
    best = min(vints, key=lambda v: (abs(v - vintage), -v))
    return ("almost", ids[best], [ids[v] for v in vints if v != best],
            ": label vintage %d not in library, has %s" % (vintage, vints))


def answer(drink, meas, vintage):
    """-> (expect, beverage_id, also_ok, units, why)."""
    kind, vol = MEASURES[meas]
    cat = drink["category"]
    if kind == "bottle":
        f = bottle_format(drink, vol)
        if f is None:
            raise ValueError("ambiguous bottle for %s" % drink["key"])
        if f not in drink["formats"]:
            return "none", None, [], None, ": %s cl not held (held: %s cl)" % (
                f, ", ".join(str(x) for x in sorted(drink["formats"])))
        units = 1
    elif kind == "pour":
        if cat in ("bière", "soft"):
            return "none", None, [], None, ": not poured by the glass"
        f = pour_base(drink)
        if f is None:
            raise ValueError("no ordinary bottle for %s" % drink["key"])
        units = round(vol / f, 4)
    else:
        kegs = [f for f in drink["formats"] if f >= 2000]
        if cat != "bière" or not kegs:
            return "none", None, [], None, ": not on draught (bottle only)"
        f = kegs[0]
        units = round(vol / f, 4)
    exp, bid, also, why = pick(drink["formats"][f], vintage)
    if units == int(units):
        units = int(units)
    return exp, bid, also, units, why
