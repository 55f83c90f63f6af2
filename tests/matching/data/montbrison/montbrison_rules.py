"""The bench README's answer rules (yes / almost / none, also_ok, units_per_sale)."""

WINE_CATS = ("vin", "champagne")
BOTTLE_FMT = {"BT": 75, "HB": 37.5, "MG": 150, "B33": 33, "B25": 25, "B50": 50, "B100": 100, "B70": 70}
WINE_POURS = ("VR", "CP", "P25", "P50", "POT")
DRAUGHT = {"DEM": 25, "PIN": 50}
KEGS = (2000, 3000)


def fmt_txt(f):
    return ("%g" % f)


def resolve(drink, meas, vol):
    """-> (format_cl, units) or (None, reason). drink: dict with 'category', 'formats'."""
    fmts = list(drink["formats"])
    cat = drink["category"]
    if meas in BOTTLE_FMT:
        f = BOTTLE_FMT[meas]
        if meas == "BT" and cat not in WINE_CATS:
            raise ValueError("BT is for wines only: %s" % drink["key"])
        if f not in fmts:
            return None, "format not held (%s cl)" % fmt_txt(f)
        return f, 1
    if meas in WINE_POURS:
        if cat not in WINE_CATS:
            raise ValueError("wine pour on a non-wine: %s" % drink["key"])
        if 75 in fmts:
            f = 75
        else:
            ordinary = [x for x in fmts if x not in (37.5, 150)]
            if len(ordinary) != 1:
                return None, "no ordinary bottle to pour from"
            f = ordinary[0]
        return f, round(vol / f, 4)
    if meas in DRAUGHT:
        if cat != "bière":
            raise ValueError("draught measure on a non-beer")
        kegs = [x for x in fmts if x in KEGS]
        if not kegs:
            return None, "not on draught"
        return kegs[0], round(DRAUGHT[meas] / kegs[0], 4)
    if meas == "DOS":
        if cat not in ("spiritueux", "autre"):
            raise ValueError("dose of a non-spirit")
        if len(fmts) != 1:
            raise ValueError("dose of a drink with several formats")
        return fmts[0], round(4 / fmts[0], 4)
    raise ValueError("measure %r for a drink" % meas)


def pick(entries, label_vintage):
    """entries: [(vintage, id)] of one wine in one format.
    -> (expect, beverage_id, also_ok, detail)"""
    vints = sorted(entries, key=lambda e: (e[0] is None, e[0] or 0))
    ids = dict(vints)
    years = [v for v, _ in vints if v is not None]
    if label_vintage is None:
        if not years:
            return "yes", vints[0][1], [], ""
        best = max(years)
        return "yes", ids[best], [ids[y] for y in sorted(years) if y != best], ""
    if not years:
        raise ValueError("vintage on a non-vintage drink")
    if label_vintage in ids:
        return "yes", ids[label_vintage], [], ""
    best = sorted(years, key=lambda y: (abs(y - label_vintage), -y))[0]
    return ("almost", ids[best], [ids[y] for y in sorted(years) if y != best],
            "label vintage %d not in library, has %s" % (label_vintage, sorted(years)))
