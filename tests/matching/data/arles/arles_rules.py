"""The bench README's answer rules, applied to what the rendered label says."""
WINE = ("vin", "champagne")


def entries_of(lib, key_entries, fmt):
    return [e for e in key_entries if e["format_cl"] == fmt]


def fmt_for(drink_entries, category, measure):
    """Format (cl) of the entry a measure refers to, or None when the library does not hold it."""
    fmts = sorted({e["format_cl"] for e in drink_entries})
    kind = measure[0]
    if kind == "btl":
        if category in WINE:
            return 75 if 75 in fmts else None
        bottles = [f for f in fmts if f < 2000]
        assert len(bottles) == 1, (drink_entries[0]["name"], fmts)
        return bottles[0]
    if kind == "half":
        return 37.5 if 37.5 in fmts else None
    if kind == "mag":
        return 150 if 150 in fmts else None
    if kind == "cl":
        return measure[1] if measure[1] in fmts else None
    if kind == "pour":
        assert category not in ("bière", "soft"), drink_entries[0]["name"]
        if 75 in fmts:
            return 75
        rest = [f for f in fmts if f not in (37.5, 150)]
        return rest[0] if len(rest) == 1 else None
    if kind == "draught":
        kegs = [f for f in fmts if f >= 2000]
        return kegs[0] if kegs else None
    if kind == "seau":
        bottles = [f for f in fmts if f < 2000]
        return bottles[0] if len(bottles) == 1 else None
    raise ValueError(measure)


def units(measure, fmt):
    kind = measure[0]
    if kind in ("btl", "half", "mag", "cl"):
        return 1
    if kind == "seau":
        return measure[1]
    return round(measure[1] / fmt, 4)


def answer(drink_entries, category, measure, vintage):
    """-> (expect, beverage_id, also_ok, units, why)"""
    fmt = fmt_for(drink_entries, category, measure)
    if fmt is None:
        return "none", None, [], None, "format not held"
    same = sorted(entries_of(None, drink_entries, fmt), key=lambda e: e["vintage"] or 0)
    vints = [e["vintage"] for e in same]
    u = units(measure, fmt)
    if vintage is None or vints == [None]:
        assert vintage is None, "vintage on a non-vintage drink"
        best = same[-1]
        return "yes", best["id"], [e["id"] for e in same[:-1]], u, ""
    if vintage in vints:
        best = same[vints.index(vintage)]
        return "yes", best["id"], [], u, ""
    best = min(same, key=lambda e: (abs(e["vintage"] - vintage), -e["vintage"]))
    return ("almost", best["id"], [e["id"] for e in same if e is not best], u,
            "label vintage %d not held, has %s" % (vintage, vints))
