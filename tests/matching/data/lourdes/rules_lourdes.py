"""The bench README's answer rules, applied to a drink key, a measure and the RENDERED label's vintage."""
# measure code -> ("bottle", volume or None) or ("pour", volume in cl)
MEASURES = {
    "B": ("bottle", None), "B20": ("bottle", 20), "B25": ("bottle", 25), "B33": ("bottle", 33),
    "B37": ("bottle", 37.5), "B50": ("bottle", 50), "B70": ("bottle", 70), "B75": ("bottle", 75),
    "B100": ("bottle", 100), "B150": ("bottle", 150),
    "GL": ("pour", 12.5), "GL12": ("pour", 12), "GL15": ("pour", 15), "CP": ("pour", 12.5),
    "P25": ("pour", 25), "P50": ("pour", 50), "DOSE": ("pour", 4), "D2": ("pour", 2),
    "D4": ("pour", 4), "D6": ("pour", 6), "DEMI": ("pour", 25), "PINTE": ("pour", 50),
}


def units(x):
    return round(x + 0.0, 4) if round(x, 4) != int(x) else int(x)


def resolve(lib, ref, meas, vintage):
    """Return (expect, beverage_id, also_ok, units_per_sale, reason)."""
    if ref is None or meas is None:
        return "none", None, [], None, None
    rows = [r for r in lib if r["_key"] == ref]
    formats = sorted({r["format_cl"] for r in rows})
    kind, vol = MEASURES[meas]
    cat = rows[0]["category"]
    if kind == "bottle":
        if vol is None:
            if cat in ("vin", "champagne"):
                vol = 75
            elif len(formats) == 1:
                vol = formats[0]
            else:
                raise ValueError("bottle without volume for %s" % ref)
        target, u = vol, 1
    else:
        if cat == "bière" or meas in ("DEMI", "PINTE"):
            kegs = [f for f in formats if f >= 1000]
            if cat != "bière" or not kegs:
                return "none", None, [], None, "no keg held"
            target = kegs[0]
        elif 75 in formats:
            target = 75
        else:
            ordinary = [f for f in formats if f not in (37.5, 150)]
            if len(ordinary) != 1:
                return "none", None, [], None, "no ordinary bottle"
            target = ordinary[0]
        u = units(vol / target)
    cands = [r for r in rows if r["format_cl"] == target]
    if not cands:
        return "none", None, [], None, "format %s cl not held" % target
    vints = sorted({r["vintage"] for r in cands if r["vintage"] is not None})
    byv = {r["vintage"]: r["id"] for r in cands}
    if not vints:
        if vintage is not None:
            raise ValueError("vintage on a non-vintage drink %s" % ref)
        return "yes", cands[0]["id"], [], u, None
    if vintage is None:
        best = vints[-1]
        return "yes", byv[best], [byv[v] for v in vints if v != best], u, None
    if vintage in vints:
        return "yes", byv[vintage], [], u, None
    best = sorted(vints, key=lambda v: (abs(v - vintage), -v))[0]
    return "almost", byv[best], [byv[v] for v in vints if v != best], u, "has %s" % vints
