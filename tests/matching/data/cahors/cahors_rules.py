"""The bench README's answer rules, applied to what the rendered label says."""


def ordinary(entries):
    fmts = sorted({e["format_cl"] for e in entries})
    if 75 in fmts:
        return 75
    if len(fmts) == 1:
        return fmts[0]
    raise ValueError("no ordinary bottle for " + entries[0]["name"])


def num(x):
    return 1 if x == 1 else round(x, 4)


def answer(entries, measure, vintage):
    """entries: all library entries of one drink (all formats). measure: (kind, vol).
    Returns (expect, id, also_ok, units, reason)."""
    d = entries[0]
    kind, vol = measure
    keg = d["category"] == "bière" and d["format_cl"] >= 1000
    if kind == "btl":
        vol = 75 if d["category"] in ("vin", "champagne") else ordinary(entries)
        kind = "bottle"
    if kind == "bottle":
        if keg:
            return ("none", None, [], None, "a keg is not sold as a bottle")
        grp = [e for e in entries if e["format_cl"] == vol]
        if not grp:
            return ("none", None, [], None, "format not held (%g cl)" % vol)
        units = 1
    elif kind == "draught":
        if not keg:
            return ("none", None, [], None, "not on draught")
        grp = entries
        units = vol / grp[0]["format_cl"]
    else:  # pour
        if d["category"] in ("bière", "soft"):
            raise ValueError("pour of a beer or soft: " + d["name"])
        f = ordinary(entries)
        grp = [e for e in entries if e["format_cl"] == f]
        units = vol / f
    grp = sorted(grp, key=lambda e: (e["vintage"] or 0))
    vints = [e["vintage"] for e in grp]
    if vintage is not None and vints != [None] and vintage not in vints:
        best = min(grp, key=lambda e: (abs(e["vintage"] - vintage), -e["vintage"]))
        also = [e["id"] for e in grp if e is not best]
        return ("almost", best["id"], also, num(units),
                "label vintage %d not in library, has %s" % (vintage, vints))
    if vintage is not None and vintage in vints:
        best = grp[vints.index(vintage)]
        return ("yes", best["id"], [], num(units), "")
    best = grp[-1]
    return ("yes", best["id"], [e["id"] for e in grp[:-1]], num(units), "")
