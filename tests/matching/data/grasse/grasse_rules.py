"""The bench README's answer rules, applied to the measure and vintage read back from a label."""
# measure code -> (kind, volume_cl)
MEASURES = {
    "btl": ("bottle", None), "half": ("bottle", 37.5), "mag": ("bottle", 150), "jero": ("bottle", 300),
    "b20": ("bottle", 20), "b25": ("bottle", 25), "b33": ("bottle", 33), "b355": ("bottle", 35.5),
    "b50": ("bottle", 50), "b70": ("bottle", 70), "b100": ("bottle", 100),
    "case6": ("case", 75),
    "glass": ("pour", 12.5), "g15": ("pour", 15), "coupe": ("pour", 12.5), "p25": ("pour", 25), "p50": ("pour", 50),
    "dose": ("dose", 4), "d2": ("dose", 2),
    "demi": ("draught", 25), "pinte": ("draught", 50),
    "k20": ("keg", 2000), "k30": ("keg", 3000),
}
WINE = ("vin", "champagne")


def fmt_num(x):
    return int(x) if float(x).is_integer() else x


def pick_format(lib, entries, meas):
    """entries: the library rows of one drink (all formats). Returns (format_cl, units) or (None, why)."""
    kind, vol = MEASURES[meas]
    fmts = sorted({e["format_cl"] for e in entries})
    cat = entries[0]["category"]
    if kind == "bottle":
        if vol is None:
            if cat in WINE:
                vol = 75
            elif len(fmts) == 1:
                vol = fmts[0]
            else:
                return None, "bottle size ambiguous"
        return (vol, 1) if vol in fmts else (None, "format not held (%s cl)" % fmt_num(vol))
    if kind == "case":
        return (75, 6) if 75 in fmts and cat in WINE else (None, "format not held")
    if kind == "pour":
        if cat in ("bière", "soft", "spiritueux"):
            return None, "no such pour"
        if 75 in fmts:
            base = 75
        else:
            ordinary = [f for f in fmts if f not in (37.5, 150, 300)]
            if len(ordinary) != 1:
                return None, "no ordinary bottle"
            base = ordinary[0]
        return base, round(vol / base, 4)
    if kind == "dose":
        if cat not in ("spiritueux", "autre") or len(fmts) != 1:
            return None, "no dose"
        return fmts[0], round(vol / fmts[0], 4)
    if kind == "draught":
        kegs = [f for f in fmts if f >= 2000]
        if cat != "bière" or not kegs:
            return None, "not on draught"
        return kegs[0], round(vol / kegs[0], 4)
    if kind == "keg":
        return (vol, 1) if cat == "bière" and vol in fmts else (None, "keg size not held (%d L)" % (vol // 100))
    raise ValueError(meas)


def answer(entries, fmt, vintage):
    """entries of one drink; returns (expect, id, also_ok, detail)."""
    rows = [e for e in entries if e["format_cl"] == fmt]
    vints = sorted((e["vintage"] for e in rows), key=lambda v: v or 0)
    by_v = {e["vintage"]: e["id"] for e in rows}
    if vintage is None or vints == [None]:
        if vintage is not None:
            raise ValueError("vintage on a non-vintage drink")
        best = vints[-1]
        return "yes", by_v[best], [by_v[v] for v in vints if v != best], None
    if vintage in by_v:
        return "yes", by_v[vintage], [], None
    best = min(vints, key=lambda v: (abs(v - vintage), -v))
    return "almost", by_v[best], [by_v[v] for v in vints if v != best], vints
