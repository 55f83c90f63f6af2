"""The bench README's answer rules, applied to a drink key, a measure (kind, cl) and the
vintage read back from the rendered label."""


def ordinary_format(entries):
    fmts = sorted({e["format_cl"] for e in entries})
    small = [f for f in fmts if f < 2000]
    if 75 in small and entries[0]["category"] in ("vin", "champagne", "autre"):
        return 75
    if len(small) == 1:
        return small[0]
    return None


def answer(entries, kind, cl, vintage):
    """entries: the library entries of one drink (all formats). Returns
    (expect, entry or None, also_ok ids, units, why)."""
    cat = entries[0]["category"]
    if kind == "BTL":
        fmt = cl if cl is not None else ordinary_format(entries)
        if fmt is None:
            raise ValueError("bottle without a format for %s" % entries[0]["name"])
        units = 1
    elif kind == "POUR":
        if cat in ("bière", "soft"):
            return "none", None, [], None, "no pour of a beer or soft"
        fmt = ordinary_format(entries)
        units = round(cl / fmt, 4)
    elif kind == "DRAFT":
        kegs = [e["format_cl"] for e in entries if e["format_cl"] >= 2000]
        if cat != "bière" or not kegs:
            return "none", None, [], None, "held in bottle only, no draught"
        fmt = kegs[0]
        units = round(cl / fmt, 4)
    else:
        raise ValueError(kind)
    same = [e for e in entries if e["format_cl"] == fmt]
    if not same:
        return "none", None, [], None, "format %g cl not held" % fmt
    vints = sorted((e["vintage"] for e in same), key=lambda v: -1 if v is None else v)
    byv = {e["vintage"]: e for e in same}
    if vintage is None or vints == [None]:
        if vintage is not None:
            raise ValueError("vintage on a non-vintage drink")
        best = byv[vints[-1]]
        return "yes", best, [byv[v]["id"] for v in vints[:-1]], units, ""
    if vintage in byv:
        return "yes", byv[vintage], [], units, ""
    best_v = min(vints, key=lambda v: (abs(v - vintage), -v))
    return ("almost", byv[best_v], [byv[v]["id"] for v in vints if v != best_v], units,
            "label vintage %d not in library, has %s" % (vintage, vints))
