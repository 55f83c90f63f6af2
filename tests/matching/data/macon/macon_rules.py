"""The bench README's answer rules, applied to what a rendered label says."""


def ordinary_format(entries):
    fmts = sorted({e["format_cl"] for e in entries if e["format_cl"] < 2000})
    if 75 in fmts:
        return 75
    return fmts[0] if len(fmts) == 1 else None


def resolve(entries, measure):
    """entries: all library entries of one drink. Returns (format_cl, units, why) or
    (None, None, why) when the label's measure is not held."""
    cat = entries[0]["category"]
    fmts = {e["format_cl"] for e in entries}
    keg = [f for f in fmts if f >= 2000]
    if measure is None:
        return None, None, "no measure on the label"
    kind, cl = measure
    if kind == "vol":
        if cl in fmts:
            kind = "bottle"
        elif cl >= 70 or cl in (37.5, 150):
            return None, None, "format not held"
        elif cat in ("bière", "soft"):
            return None, None, "not poured / not on draught"
        else:
            kind = "pour"
    if kind == "bottle":
        if cl is None:
            cl = ordinary_format(entries)
            if cl is None:
                return None, None, "no single ordinary bottle"
        if cl not in fmts:
            return None, None, "format not held"
        return cl, 1, ""
    if kind == "draught":
        if not keg:
            return None, None, "not on draught"
        return keg[0], round(cl / keg[0], 4), ""
    if kind == "pour":
        if cat in ("bière", "soft"):
            return None, None, "beers and softs are not poured"
        f = ordinary_format(entries)
        if f is None:
            return None, None, "no ordinary bottle"
        return f, round(cl / f, 4), ""
    raise ValueError(kind)


def answer(entries, measure, vintage):
    """Returns (expect, beverage_id, also_ok, units, why)."""
    fmt, units, why = resolve(entries, measure)
    if fmt is None:
        return "none", None, [], None, why
    same = [e for e in entries if e["format_cl"] == fmt]
    vints = [e["vintage"] for e in same]
    if vints == [None] or vintage is None:
        best = max(same, key=lambda e: e["vintage"] or 0)
        return "yes", best["id"], [e["id"] for e in same if e is not best], units, ""
    exact = [e for e in same if e["vintage"] == vintage]
    if exact:
        return "yes", exact[0]["id"], [], units, ""
    best = min(same, key=lambda e: (abs(e["vintage"] - vintage), -e["vintage"]))
    return ("almost", best["id"], [e["id"] for e in same if e is not best], units,
            "label vintage %d not held, has %s" % (vintage, sorted(vints)))
