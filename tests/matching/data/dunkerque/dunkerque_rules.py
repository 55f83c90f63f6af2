"""The bench README's answer rules, applied to a family key, a measure code and the vintage
read back from the RENDERED label."""

POUR_CL = {"vre": 12.5, "cp": 12.5, "p25": 25, "p50": 50, "demi": 25, "pinte": 50,
           "gal": 12.5, "dose": 4, "2cl": 2}
BOTTLE_CL = {"btl": 75, "half": 37.5, "mag": 150, "b33": 33, "b75": 75, "b25": 25,
             "b50": 50, "b100": 100, "b70": 70}
BEER_POURS = {"demi", "pinte", "gal"}
WINE_POURS = {"vre", "cp", "p25", "p50"}
SPIRIT_POURS = {"dose", "2cl"}


def target_format(fam, measure):
    """Format of the entry the sale draws on, or None when the library holds none."""
    fmts = [f for f, _ in fam["formats"]]
    if measure in BEER_POURS:
        kegs = [f for f in fmts if f >= 2000]
        return kegs[0] if kegs else None
    if measure in WINE_POURS:
        if 75 in fmts:
            return 75
        return fmts[0] if len(fmts) == 1 else None
    if measure in SPIRIT_POURS:
        small = [f for f in fmts if f < 2000]
        return small[0] if len(small) == 1 else None
    if measure == "btl" and fam["category"] in ("spiritueux", "autre") and len(fmts) == 1:
        return fmts[0]
    if measure == "btl" and fam["category"] in ("vin", "champagne") and 75 not in fmts \
            and len(fmts) == 1:
        return fmts[0]
    want = BOTTLE_CL[measure]
    return want if want in fmts else None


def units(measure, fmt):
    if measure in POUR_CL:
        return round(POUR_CL[measure] / fmt, 4)
    return 1


def answer(fam, measure, label_vintage, index):
    """-> (expect, beverage_id, also_ok, units, why)"""
    fmt = target_format(fam, measure)
    if fmt is None:
        return "none", None, [], None, "format or measure not held"
    held = index[(fam["key"], fmt)]
    years = [v for v, _ in held]
    byyear = dict(held)
    if years == [None]:
        return "yes", held[0][1], [], units(measure, fmt), ""
    if label_vintage is None:
        top = max(years)
        return "yes", byyear[top], [byyear[y] for y in sorted(years) if y != top], \
            units(measure, fmt), ""
    if label_vintage in years:
        return "yes", byyear[label_vintage], [], units(measure, fmt), ""
    best = sorted(years, key=lambda y: (abs(y - label_vintage), -y))[0]
    return "almost", byyear[best], [byyear[y] for y in sorted(years) if y != best], \
        units(measure, fmt), "label vintage %d not in library, has %s" % (label_vintage, sorted(years))
