"""The bench README's answer rules, applied to a rendered label's measure and vintage."""

POUR = {"vre": 12.5, "cp": 12.5, "vre15": 15, "dose": 4, "2cl": 2}
DRAUGHT = {"demi": 25, "pinte": 50}


def num(x):
    x = float(x)
    return int(x) if x == int(x) else x


def target_format(group, meas):
    """The format the label asks for, or None when the drink is not held in it."""
    fmts = sorted({f for _, f, _ in group["entries"]})
    if meas in DRAUGHT:
        kegs = [f for f in fmts if f >= 2000]
        return kegs[0] if kegs else None
    if meas in POUR:
        if 75 in fmts:
            return 75
        bottles = [f for f in fmts if f < 2000]
        assert len(bottles) == 1, (group["key"], meas)
        return bottles[0]
    if meas == "btl":
        if group["category"] in ("vin", "champagne"):
            return 75 if 75 in fmts else None
        assert len(fmts) == 1, group["key"]
        return fmts[0]
    want = {"half": 37.5, "mag": 150}.get(meas)
    if want is None:
        want = num(meas[1:])
    return want if want in fmts else None


def answer(group, meas, vint):
    """(expect, beverage_id, also_ok, units, note) for a label of `group` with vintage `vint`."""
    what = "%s (%s)" % (group["name"], group["producer"])
    fmt = target_format(group, meas)
    if fmt is None:
        return "none", None, [], None, "%s is not held in that format (%s)" % (what, meas)
    ents = sorted([(v, bid) for v, f, bid in group["entries"] if f == fmt],
                  key=lambda e: (e[0] or 0))
    if meas in POUR:
        units = round(POUR[meas] / fmt, 4)
    elif meas in DRAUGHT:
        units = round(DRAUGHT[meas] / fmt, 4)
    else:
        units = 1
    note = what if fmt == 75 or group["category"] not in ("vin", "champagne") else "%s, %g cl" % (what, fmt)
    vintages = [v for v, _ in ents]
    if vintages == [None]:
        return "yes", ents[0][1], [], units, note
    if vint is None:
        return "yes", ents[-1][1], [b for _, b in ents[:-1]], units, note
    for v, b in ents:
        if v == vint:
            return "yes", b, [], units, note
    best = min(ents, key=lambda e: (abs(e[0] - vint), -e[0]))
    return ("almost", best[1], [b for _, b in ents if b != best[1]], units,
            "%s: label vintage %d not in library, has %s" % (note, vint, vintages))
