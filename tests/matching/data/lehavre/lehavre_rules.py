"""The bench README's answer rules, applied to what the label says once rendered."""

WINE = ("vin", "champagne")


def entries_of(lib, key):
    return [e for e in lib if e["_key"] == key]


def answer(lib, key, measure, vintage):
    """-> (expect, beverage_id, also_ok, units, why) for a drink key, the measure and the
    vintage read back from the rendered label."""
    ents = entries_of(lib, key)
    assert ents, key
    cat = ents[0]["category"]
    kind, cl = measure
    fmts = sorted({e["format_cl"] for e in ents})
    if kind == "B":
        if cl is None:
            if cat in WINE:
                fmt = 75
            else:
                bottles = [f for f in fmts if f < 1000]
                assert len(bottles) == 1, (key, fmts)
                fmt = bottles[0]
        else:
            fmt = cl
        units = 1
    elif kind in ("DEMI", "PINTE"):
        kegs = [f for f in fmts if f >= 1000]
        if not kegs:
            return "none", None, [], None, "not on draught"
        fmt = kegs[0]
        units = round(cl / fmt, 4)
    else:
        if 75 in fmts:
            fmt = 75
        elif len(fmts) == 1:
            fmt = fmts[0]
        else:
            raise AssertionError(("no ordinary bottle", key))
        units = round(cl / fmt, 4)
    group = [e for e in ents if e["format_cl"] == fmt]
    if not group:
        return "none", None, [], None, "format %s cl not held" % fmt
    group.sort(key=lambda e: e["vintage"] or 0, reverse=True)
    vints = [e["vintage"] for e in group]
    if vintage is None:
        return "yes", group[0]["id"], [e["id"] for e in group[1:]], units, ""
    if None in vints:
        raise AssertionError(("vintage on a non-vintage drink", key, vintage))
    if vintage in vints:
        return "yes", group[vints.index(vintage)]["id"], [], units, ""
    best = min(group, key=lambda e: (abs(e["vintage"] - vintage), -e["vintage"]))
    return ("almost", best["id"], [e["id"] for e in group if e is not best], units,
            "label vintage %d not held, has %s" % (vintage, sorted(vints)))
