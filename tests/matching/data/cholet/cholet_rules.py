"""The bench README's answer rules, applied to a measure and vintage read back from a label."""


def resolve_format(entries, category, meas):
    """-> (format_cl, units) or (None, reason)."""
    fmts = sorted({e["format_cl"] for e in entries})
    kegs = [f for f in fmts if f >= 2000]
    bottles = [f for f in fmts if f < 2000]
    wine = category in ("vin", "champagne")
    kind, cl = meas
    if kind == "demi":
        kind, cl = ("draught", 25) if category == "bière" else ("bottle", 37.5)
    if kind == "bottle":
        if cl is None:
            if wine:
                cl = 75
            elif len(bottles) == 1:
                cl = bottles[0]
            else:
                raise ValueError("bare bottle of a drink with %r" % bottles)
        if cl in bottles:
            return cl, 1
        return None, "format not held (%gcl)" % cl
    if kind == "draught":
        if category != "bière":
            raise ValueError("draught on a non-beer")
        if not kegs:
            return None, "not on draught"
        return kegs[0], round(cl / kegs[0], 4)
    # pour: from the ordinary bottle
    if category == "bière":
        raise ValueError("pour of a bottled beer")
    if 75 in bottles:
        base = 75
    elif len(bottles) == 1:
        base = bottles[0]
    else:
        raise ValueError("pour without an ordinary bottle")
    return base, round(cl / base, 4)


def answer(entries, category, meas, vint):
    """entries: the library entries of one wine/product (all formats).
    -> (expect, beverage_id, also_ok, units, reason)"""
    fmt, units = resolve_format(entries, category, meas)
    if fmt is None:
        return "none", None, [], None, units
    same = sorted((e for e in entries if e["format_cl"] == fmt),
                  key=lambda e: (e["vintage"] or 0))
    held = [e["vintage"] for e in same]
    if vint is not None and None in held:
        raise ValueError("vintage on a non-vintage drink")
    if vint is None or vint in held:
        if vint is None:
            best = same[-1]
            return "yes", best["id"], [e["id"] for e in same if e is not best], units, ""
        best = next(e for e in same if e["vintage"] == vint)
        return "yes", best["id"], [], units, ""
    best = sorted(same, key=lambda e: (abs(e["vintage"] - vint), -e["vintage"]))[0]
    return ("almost", best["id"], [e["id"] for e in same if e is not best], units,
            "label vintage %d not held, has %s" % (vint, held))
