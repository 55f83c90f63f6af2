"""The bench README's answer rules, applied to what a rendered label says."""

# measure code -> (kind, volume in cl or None). kind: bottle (the entry's own format),
# pour (a glass, pichet, dose or cup from the ordinary bottle / bulk), draught (from a keg).
MEASURES = {
    "btl": ("bottle", None),       # a wine's 75 cl bottle
    "half": ("bottle", 37.5),
    "mag": ("bottle", 150),
    "b20": ("bottle", 20), "b25": ("bottle", 25), "b33": ("bottle", 33),
    "b50": ("bottle", 50), "b70": ("bottle", 70), "b100": ("bottle", 100),
    "vr": ("pour", 12.5), "vr15": ("pour", 15), "gob12": ("pour", 12), "cp": ("pour", 12.5),
    "p25": ("pour", 25), "p50": ("pour", 50),
    "ds": ("pour", 4), "ds2": ("pour", 2),
    "tas": ("pour", 25),            # a 25 cl mug / cup of the house hot wine (bag-in-box)
    "dm": ("draught", 25), "pt": ("draught", 50),
    "x": (None, None),              # food, coffee, services: no measure
}

KEG_MIN = 2000


def entries_of(library, key):
    return [e for e in library if e["_key"] == key]


def ordinary_format(entries):
    fmts = sorted({e["format_cl"] for e in entries})
    if 75 in fmts:
        return 75
    if len(fmts) == 1:
        return fmts[0]
    raise ValueError("no ordinary bottle for %s" % entries[0]["name"])


def fmt_num(x):
    return int(x) if float(x).is_integer() else x


def answer(library, key, measure, vintage):
    """-> (expect, beverage_id, also_ok, units, reason) for a keyed drink read from a label."""
    kind, vol = MEASURES[measure]
    ents = entries_of(library, key)
    if not ents:
        raise KeyError(key)
    cat = ents[0]["category"]
    if kind == "bottle":
        size = vol
        if size is None:
            if cat not in ("vin", "champagne"):
                raise ValueError("btl on a non-wine: %s" % key)
            size = 75
        cands = [e for e in ents if e["format_cl"] == size]
        if not cands:
            return "none", None, [], None, "format not held (%s cl)" % fmt_num(size)
        units = 1
    elif kind == "pour":
        if cat in ("bière", "soft"):
            raise ValueError("pour of a beer/soft: %s" % key)
        fmt = ordinary_format(ents)
        if fmt >= KEG_MIN:
            raise ValueError("pour from a keg: %s" % key)
        cands = [e for e in ents if e["format_cl"] == fmt]
        units = round(vol / fmt, 4)
    elif kind == "draught":
        cands = [e for e in ents if e["format_cl"] >= KEG_MIN]
        if not cands:
            return "none", None, [], None, "not on draught"
        units = round(vol / cands[0]["format_cl"], 4)
    else:
        raise ValueError("keyed drink without measure: %s" % key)
    vints = sorted(e["vintage"] for e in cands if e["vintage"] is not None)
    if not vints:
        assert len(cands) == 1
        if vintage is not None:
            raise ValueError("vintage on a non-vintage drink: %s" % key)
        return "yes", cands[0]["id"], [], units, ""
    by_v = {e["vintage"]: e["id"] for e in cands}
    if vintage is None:
        best = max(vints)
        return "yes", by_v[best], [by_v[v] for v in vints if v != best], units, ""
    if vintage in by_v:
        return "yes", by_v[vintage], [], units, ""
    best = min(vints, key=lambda v: (abs(v - vintage), -v))
    return ("almost", by_v[best], [by_v[v] for v in vints if v != best], units,
            "label vintage %d not held, has %s" % (vintage, vints))
