"""The bench README's answer rules, applied to a drink key, a measure and the vintage
read back from the RENDERED label."""

# measure code -> (kind, volume in cl)
#   bottle kinds: "btl" (the ordinary bottle), "half", "mag", "size" (volume = format)
#   pour kinds: "pour" from the ordinary bottle, "draught" from the keg
MEASURES = {
    "btl": ("btl", None), "half": ("half", 37.5), "mag": ("mag", 150),
    "sz20": ("size", 20), "sz25": ("size", 25), "sz33": ("size", 33), "sz50": ("size", 50),
    "sz100": ("size", 100), "sz70": ("size", 70),
    "vre": ("pour", 12.5), "vre15": ("pour", 15), "cp": ("pour", 12.5),
    "p25": ("pour", 25), "p50": ("pour", 50),
    "d2": ("pour", 2), "d4": ("pour", 4), "d6": ("pour", 6),
    "demi": ("draught", 25), "pinte": ("draught", 50),
    None: (None, None),
}

KEG_MIN = 1000


def ordinary_format(formats):
    """The wine's ordinary bottle: 75 cl if held, else its only non-keg format."""
    if 75 in formats:
        return 75
    small = sorted(f for f in formats if f < KEG_MIN)
    return small[0] if len(small) == 1 else None


def wanted_format(formats, measure):
    kind, vol = MEASURES[measure]
    if kind in ("btl", "pour"):
        return ordinary_format(formats)
    if kind in ("half", "mag", "size"):
        return vol
    if kind == "draught":
        kegs = [f for f in formats if f >= KEG_MIN]
        return kegs[0] if len(kegs) == 1 else None
    raise ValueError(measure)


def resolve(group, measure, label_vintage):
    """group: list of library entries of one drink (all formats).
    Returns (expect, beverage_id, also_ok, units, why)."""
    formats = sorted({e["format_cl"] for e in group})
    fmt = wanted_format(formats, measure)
    same = [e for e in group if e["format_cl"] == fmt]
    if fmt is None or not same:
        return "none", None, [], None, "format not held"
    kind, vol = MEASURES[measure]
    units = 1 if kind in ("btl", "half", "mag", "size") else round(vol / fmt, 4)
    same.sort(key=lambda e: e["vintage"] or 0)
    vintages = [e["vintage"] for e in same]
    if label_vintage is None or vintages == [None]:
        best = same[-1]
        expect = "yes"
    elif label_vintage in vintages:
        best = same[vintages.index(label_vintage)]
        return "yes", best["id"], [], units, ""
    else:
        best = min(same, key=lambda e: (abs(e["vintage"] - label_vintage), -e["vintage"]))
        expect = "almost"
    also = [e["id"] for e in same if e is not best]
    return expect, best["id"], also, units, ""
