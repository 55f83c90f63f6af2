"""The bench README's answer rules, applied to a drink group and a measure / vintage read
back from the rendered label."""

POUR_CL = {"V": 12.5, "V12": 12, "V15": 15, "P25": 25, "P50": 50, "CP": 12.5, "DS": 4, "D2": 2}
DRAUGHT_CL = {"DM": 25, "PT": 50}
SIZED = {"B25": 25, "B33": 33, "B50": 50, "B70": 70, "B100": 100}
MEASURES = set(POUR_CL) | set(DRAUGHT_CL) | set(SIZED) | {"BT", "DB", "MG", "FUT"}
WINE = ("vin", "champagne")


def ordinary_format(cat, formats):
    """The drink's ordinary bottle: 75 cl, else its only format that is no half / magnum / keg."""
    if 75 in formats:
        return 75
    plain = [f for f in formats if f not in (37.5, 150) and f < 2000]
    return plain[0] if len(plain) == 1 else None


def target(cat, formats, m):
    """(format_cl, units, why-none) for measure m of a drink held in formats."""
    if m == "BT":
        if cat in WINE:
            return (75, 1, None) if 75 in formats else (None, None, "no 75 cl bottle held")
        bottles = [f for f in formats if f < 2000]
        if len(bottles) == 1:
            return bottles[0], 1, None
        return None, None, "bottle format ambiguous"
    if m == "DB":
        return (37.5, 1, None) if 37.5 in formats else (None, None, "half bottle not held")
    if m == "MG":
        return (150, 1, None) if 150 in formats else (None, None, "magnum not held")
    if m in SIZED:
        f = SIZED[m]
        return (f, 1, None) if f in formats else (None, None, f"{f} cl bottle not held")
    if m == "FUT":
        kegs = [f for f in formats if f >= 2000]
        return (kegs[0], 1, None) if kegs else (None, None, "no keg held")
    if m in DRAUGHT_CL:
        if cat != "bière":
            raise ValueError("draught measure on a non-beer")
        kegs = [f for f in formats if f >= 2000]
        if not kegs:
            return None, None, "not on draught"
        return kegs[0], round(DRAUGHT_CL[m] / kegs[0], 4), None
    if m in POUR_CL:
        if cat in ("bière", "soft"):
            raise ValueError("pour of a beer or soft")
        f = ordinary_format(cat, formats)
        if f is None:
            return None, None, "no ordinary bottle to pour from"
        return f, round(POUR_CL[m] / f, 4), None
    raise ValueError(f"unknown measure {m!r}")


def answer(entries, m, vintage):
    """entries: library rows of one drink (all formats). Returns expect, id, also_ok, units, note."""
    e0 = entries[0]
    formats = sorted({e["format_cl"] for e in entries})
    fmt, units, why = target(e0["category"], formats, m)
    who = f"{e0['name']} ({e0['producer']})"
    if fmt is None:
        return "none", None, [], None, f"{who}: {why}"
    rows = [e for e in entries if e["format_cl"] == fmt]
    vints = sorted(e["vintage"] for e in rows if e["vintage"] is not None)
    byv = {e["vintage"]: e["id"] for e in rows}
    if not vints:
        if vintage is not None:
            raise ValueError("vintage on a non-vintage drink")
        return "yes", rows[0]["id"], [], units, who
    if vintage is None:
        best = vints[-1]
        return "yes", byv[best], [byv[v] for v in vints if v != best], units, who
    if vintage in byv:
        return "yes", byv[vintage], [], units, who
    best = min(vints, key=lambda v: (abs(v - vintage), -v))
    return (
        "almost",
        byv[best],
        [byv[v] for v in vints if v != best],
        units,
        f"{who}: label vintage {vintage} not in library, has {vints}",
    )
