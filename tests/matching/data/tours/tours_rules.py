"""Le Balto (Tours): the bench README's answer rules, applied to a rendered label."""
VOL = {"vre": 12.5, "cp": 12.5, "vre12": 12.0, "p25": 25.0, "p50": 50.0, "dose": 4.0, "d2": 2.0,
       "demi": 25.0, "pinte": 50.0}
POURS = ("vre", "vre12", "cp", "p25", "p50")


def same_wine(a, b):
    return all(a[k] == b[k] for k in ("name", "producer", "appellation", "colour", "format_cl"))


def target_format(entries, measure):
    """entries: all library entries of the drink; return the format_cl sold, or None."""
    e0 = entries[0]
    fmts = sorted({e["format_cl"] for e in entries})
    wine = e0["category"] in ("vin", "champagne")
    if wine:
        if measure == "btl":
            return 75 if 75 in fmts else None
        if measure == "half":
            return 37.5 if 37.5 in fmts else None
        if measure == "mag":
            return 150 if 150 in fmts else None
        if measure in POURS:
            if 75 in fmts:
                return 75
            return fmts[0] if len(fmts) == 1 else None
        return None
    if measure in ("demi", "pinte"):
        kegs = [f for f in fmts if f >= 2000]
        return kegs[0] if kegs else None
    small = [f for f in fmts if f < 2000]
    if measure in ("dose", "d2"):
        return small[0] if e0["category"] in ("spiritueux", "autre") and small else None
    if measure in ("btl", "bib", ""):
        return small[0] if len(small) == 1 else None
    if measure.startswith("cl"):
        v = float(measure[2:])
        return next((f for f in small if float(f) == v), None)
    return None


def answer(entries, measure, vintage):
    """Return (expect, beverage_id, also_ok, units, why)."""
    fmt = target_format(entries, measure)
    if fmt is None:
        return "none", None, [], None, "format not held"
    held = sorted((e for e in entries if e["format_cl"] == fmt), key=lambda e: (e["vintage"] or 0))
    units = 1 if measure not in VOL else round(VOL[measure] / fmt, 4)
    if units == int(units):
        units = int(units)
    vints = [e["vintage"] for e in held]
    if vintage is not None and vints != [None]:
        for e in held:
            if e["vintage"] == vintage:
                return "yes", e["id"], [], units, ""
        best = min(held, key=lambda e: (abs(e["vintage"] - vintage), -e["vintage"]))
        return "almost", best["id"], [e["id"] for e in held if e is not best], units, \
            "label vintage %d not held, has %s" % (vintage, vints)
    best = held[-1]
    return "yes", best["id"], [e["id"] for e in held if e is not best], units, ""
