"""The bench README's answer rules, applied to what a rendered label says."""


def _u(x):
    x = round(x, 4)
    return 1 if x == 1 else x


def answer(entries, category, kind, vol, vintage):
    """entries: the library entries of one drink (all formats and vintages).
    Returns (expect, entry, also_ok, units, why) or a none with why."""
    fmts = sorted({e["format_cl"] for e in entries})
    if kind == "item":
        raise ValueError("a library drink without a measure")
    if kind == "bottle":
        f = vol
        if f not in fmts:
            return ("none", None, [], None, "format not held")
        units = 1
    elif kind == "draught":
        if category != "bière":
            raise ValueError("draught of a non-beer")
        kegs = [x for x in fmts if x >= 2000]
        if not kegs:
            return ("none", None, [], None, "not on draught")
        f = kegs[0]
        units = vol / f
    else:
        if 75 in fmts:
            f = 75
        else:
            c = [x for x in fmts if x not in (37.5, 150) and x < 2000]
            if len(c) != 1:
                raise ValueError("no ordinary bottle")
            f = c[0]
        units = vol / f
    pool = sorted((e for e in entries if e["format_cl"] == f), key=lambda e: (e["vintage"] or 0))
    vins = [e["vintage"] for e in pool]
    if vins == [None]:
        if vintage is not None:
            raise ValueError("vintage on a non-vintage drink")
        return ("yes", pool[0], [], _u(units), "")
    if vintage is None:
        best = pool[-1]
        return ("yes", best, [e["id"] for e in pool if e is not best], _u(units), "")
    for e in pool:
        if e["vintage"] == vintage:
            return ("yes", e, [], _u(units), "")
    best = min(pool, key=lambda e: (abs(e["vintage"] - vintage), -e["vintage"]))
    return ("almost", best, [e["id"] for e in pool if e is not best], _u(units),
            "label vintage %d not held, has %s" % (vintage, sorted(vins)))
