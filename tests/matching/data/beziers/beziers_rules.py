"""The answer rules of the bench README, applied to what the rendered label says."""

# measure -> (kind, volume in cl).  kind: bottle (a format), pour (of the ordinary
# bottle), dose (of the only bottle), draught (of the keg)
MEASURES = {
    "btl": ("bottle", 75), "half": ("bottle", 37.5), "mag": ("bottle", 150),
    "glass": ("pour", 12.5), "glass12": ("pour", 12), "glass15": ("pour", 15),
    "pich25": ("pour", 25), "pich50": ("pour", 50),
    "dose2": ("dose", 2), "dose4": ("dose", 4), "dose": ("dose", 4),
    "demi": ("draught", 25), "pinte": ("draught", 50), "girafe": ("draught", 250),
    "b25": ("size", 25), "b33": ("size", 33), "b355": ("size", 35.5), "b50": ("size", 50),
    "b75": ("size", 75), "b100": ("size", 100),
}
KEGS = (2000, 3000)


def units(x):
    return round(x + 0.0, 4) if round(x, 4) != int(round(x, 4)) else int(round(x, 4))


def target(entries, category, measure):
    """The entries of one product that the measure asks for, and units per sale."""
    kind, vol = MEASURES[measure]
    fmts = sorted({e["format_cl"] for e in entries})
    if kind == "bottle":
        if category in ("vin", "champagne"):
            f = vol
        else:
            nk = [x for x in fmts if x not in KEGS]
            f = vol if measure != "btl" else (nk[0] if len(nk) == 1 else None)
        return [e for e in entries if e["format_cl"] == f], 1
    if kind == "size":
        return [e for e in entries if e["format_cl"] == vol], 1
    if kind == "draught":
        ks = [e for e in entries if e["format_cl"] in KEGS]
        return ks, (units(vol / ks[0]["format_cl"]) if ks else None)
    if kind == "pour":
        if category not in ("vin", "champagne"):
            return [], None
        f = 75 if 75 in fmts else None
        if f is None:
            ordinary = [x for x in fmts if x not in (37.5, 150)]
            f = ordinary[0] if len(ordinary) == 1 else None
        es = [e for e in entries if e["format_cl"] == f]
        return es, (units(vol / f) if es else None)
    # dose
    nk = [x for x in fmts if x not in KEGS]
    if len(nk) != 1 or category in ("vin", "champagne", "bière", "soft"):
        return [], None
    es = [e for e in entries if e["format_cl"] == nk[0]]
    return es, units(vol / nk[0])


def answer(entries, vintage):
    """expect, beverage_id, also_ok from one wine's entries in one format."""
    vs = sorted(entries, key=lambda e: (e["vintage"] or 0))
    if vintage is None:
        best = vs[-1]
        return "yes", best["id"], [e["id"] for e in vs if e is not best]
    same = [e for e in vs if e["vintage"] == vintage]
    if same:
        return "yes", same[0]["id"], []
    if all(e["vintage"] is None for e in vs):
        return "yes", vs[-1]["id"], []
    best = min(vs, key=lambda e: (abs(e["vintage"] - vintage), -e["vintage"]))
    return "almost", best["id"], [e["id"] for e in vs if e is not best]
